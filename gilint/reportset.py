"""Reports checked together: which body and year each is, and the small summaries set rules keep.

Rules over several reports (`SetRule`) must not hold whole reports: a
repository may have thousands. For each report we keep, per set rule, only
what the rule's `summarize` returns, and group the summaries by (body, year).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from gilint.model import Position, Report
from gilint.rule import SetRule, Summary, Violation
from gilint.text import norm

_TITLE_TAIL = re.compile(r"\d{4}\s*年.*$")
_REGION_END = re.compile(r"省|自治区|市|州|盟|地区")  # where a parent region's name ends: 江苏省, 淮安市


def body_of(report: Report) -> str | None:
    """The body a report is by: the org the reader found, else the title before its year."""
    name = report.meta.org or (_TITLE_TAIL.sub("", report.meta.title) if report.meta.title else "")
    return norm(name) or None


def _without_parent(body: str, bodies: set[str]) -> str:
    """One body however its reports name it: 淮安市洪泽区人民政府 is 洪泽区人民政府 when a report
    names it so. Looks only at the body's own name, so it costs the same whatever the number of bodies."""
    for match in _REGION_END.finditer(body):
        rest = body[match.end():]
        if rest in bodies:
            return _without_parent(rest, bodies)
    return body


def index(summaries: list[Summary]) -> dict[tuple[str, int], list[Summary]]:
    """Summaries by (body, year), each group in path order."""
    bodies = {summary.body for summary in summaries}
    same = {body: _without_parent(body, bodies) for body in bodies}
    groups: dict[tuple[str, int], list[Summary]] = {}
    for summary in sorted(summaries, key=lambda s: s.path):
        groups.setdefault((same[summary.body], summary.year), []).append(summary)
    return groups


def consecutive(summaries: list[Summary]):
    """(this year's, last year's) summary for every body that has both years; the first report of each."""
    groups = index(summaries)
    for (body, year), group in groups.items():
        previous = groups.get((body, year - 1))
        if previous:
            yield group[0], previous[0]


@dataclass
class ReportSet:
    """Collects, report by report, what the set rules need; then runs them once over all of it."""

    configured_body: Callable[[str], str | None] = lambda path: None  # a body named in the configuration
    kept: dict[str, list[Summary]] = field(default_factory=dict)  # rule code -> summaries

    def summarize(self, report: Report, rules: list[SetRule]) -> tuple[list[tuple[str, Summary]], list[Violation]]:
        """What each set rule keeps of a report, by rule code; and the rules that crashed doing it.

        Separate from `keep` because a worker process summarizes and the main process keeps.
        """
        body = self.configured_body(report.path) or body_of(report)
        if not rules or body is None or report.meta.year is None:
            return [], []
        at = report.meta.title_at or Position(1, 1)
        kept, crashes = [], []
        for rule in rules:
            try:
                data = rule.summarize(report)
            except Exception as error:  # a plugin rule that crashes must not stop the others
                crashes.append(rule.crashed(error, report.path))
                continue
            kept.append((rule.code, Summary(report.path, body, report.meta.year, at, data)))
        return kept, crashes

    def keep(self, summaries: list[tuple[str, Summary]]) -> None:
        for code, summary in summaries:
            self.kept.setdefault(code, []).append(summary)

    def check(self, rules: list[SetRule]) -> list[Violation]:
        found: list[Violation] = []
        for rule in rules:
            summaries = self.kept.get(rule.code, [])
            try:
                found += list(rule.check_set(summaries))
            except Exception as error:  # a plugin rule that crashes must not stop the others
                found.append(rule.crashed(error, summaries[0].path if summaries else ""))
        return found
