"""Running the selected rules over a report and collecting their violations."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from gilint.model import Report
from gilint.reportset import ReportSet
from gilint.rule import Rule, SetRule, Summary, Violation


@dataclass
class Engine:
    rules: list[Rule]
    reports: ReportSet = field(default_factory=ReportSet)  # what the rules over several reports keep

    def run(self, report: Report) -> list[Violation]:
        found: list[Violation] = []
        for rule in self.rules:
            try:
                found += list(rule.check(report))
            except Exception as error:  # a plugin rule that crashes must not stop the others
                found.append(rule.crashed(error))
        pages = report.line_pages
        for violation in found:
            violation.path = report.path
            if pages and violation.at.page is None and 0 < violation.at.line <= len(pages):
                # a text or heading finding in a PDF: its line counts in the extracted text, so give its page
                violation.at = replace(violation.at, page=pages[violation.at.line - 1])
        return sorted(found, key=Violation.sort_key)

    @property
    def set_rules(self) -> list[SetRule]:
        return [rule for rule in self.rules if isinstance(rule, SetRule)]

    def summarize(self, report: Report) -> tuple[list[tuple[str, Summary]], list[Violation]]:
        """What the rules over several reports keep of this report (and crashes); see `ReportSet`."""
        return self.reports.summarize(report, self.set_rules)

    def keep(self, summaries: list[tuple[str, Summary]]) -> None:
        self.reports.keep(summaries)

    def finish(self) -> list[Violation]:
        """Findings of the rules over several reports, once every report has been run."""
        return sorted(self.reports.check(self.set_rules), key=Violation.sort_key)
