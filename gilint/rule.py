"""What a rule is: a code, a name, a severity, its documentation with examples, and a check.

A rule file in `rules/` (or a user's rule directory) defines one subclass of
`Rule`. Its `bad` and `good` examples are edits of the example report
(`gilint/example_report.txt`); the test suite runs every example, and
`gilint rule CODE` prints them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from gilint import expr
from gilint import template as T
from gilint.memo import for_the_last
from gilint.model import Cell, Position, Report

SEVERITIES = ("error", "warning")


@dataclass(slots=True)
class Violation:
    code: str
    message: str
    at: Position
    severity: str
    name: str = ""
    cells: list[str] = field(default_factory=list)
    hint: str = ""
    path: str = ""

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            **self.at.as_dict(),
            "cells": self.cells,
        }

    def sort_key(self) -> tuple:
        return (self.path, self.at.line, self.at.column, self.code)


@dataclass(frozen=True)
class Example:
    """A report for a rule's documentation and tests: the example report with lines replaced.

    `replace` maps a line of the example report (whole, as printed) to what it
    becomes; an empty string deletes the line.
    """

    replace: dict[str, str] = field(default_factory=dict)
    note: str = ""
    # For a rule over several reports (`SetRule`): line edits of last year's example report
    # (`gilint/example_report_previous.txt`), checked together with this one.
    previous: dict[str, str] = field(default_factory=dict)
    options: dict[str, object] = field(default_factory=dict)  # the rule's options for this example
    also: tuple[str, ...] = ()  # codes of other rules that run too (for a rule about their findings)


def cell_ref(table: str, row: str, column: str) -> str:
    """A cell as the JSON output names it: 依申请:一:自然人."""
    return f"{table}:{row}:{column}"


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[str] = "error"
    summary: ClassVar[str]  # one line: what it checks
    why: ClassVar[str]  # why it matters
    bad: ClassVar[list[Example]] = []
    good: ClassVar[list[Example]] = [Example(note="示例报告本身")]
    # Settings a user may change in the configuration ([tool.gilint.options.CODE]), with their defaults.
    # A rule whose `__init__` finds an option value it cannot use raises ValueError with a Chinese message.
    options: ClassVar[dict[str, object]] = {}
    option_help: ClassVar[dict[str, str]] = {}  # option -> what it means, for `gilint rule CODE`

    def __init__(self, severity: str | None = None, options: dict[str, object] | None = None):
        self.severity = severity or type(self).severity
        self.options = {**type(self).options, **(options or {})}

    def check(self, report: Report) -> Iterable[Violation]:
        raise NotImplementedError

    def violation(self, message: str, at: Position, cells: Iterable[str] = (), hint: str = "",
                  severity: str | None = None) -> Violation:
        return Violation(self.code, message, at, severity or self.severity, self.name, list(cells), hint)

    def crashed(self, error: Exception, path: str = "") -> Violation:
        """The finding for a rule that raised: reported under its own code, so the other rules still run."""
        return Violation(self.code, f"规则 {self.code}（{self.name}）内部错误：{type(error).__name__}: {error}",
                         Position(1, 1), "error", self.name, path=path)


@dataclass(frozen=True, slots=True)
class Summary:
    """What a rule over several reports keeps of one report: never the report itself, so memory stays small."""

    path: str
    body: str
    year: int
    at: Position  # the title (or 1:1): where a finding about the whole report points
    data: object = None  # what the rule's `summarize` kept

    def __reduce__(self):
        """Pickled as a plain call: a worker of `--jobs` sends several per report."""
        return Summary, (self.path, self.body, self.year, self.at, self.data)


class SetRule(Rule):
    """A rule over the reports checked together (a folder, a repository), grouped by body and year.

    For each report the engine keeps only what `summarize` returns; `check_set`
    then sees every summary at once. `gilint.reportset.index` groups them by
    (body, year), so a rule compares a report only with its neighbours, never
    all pairs. The examples run on two reports: this year's (`Example.replace`)
    and last year's (`Example.previous`).
    """

    def check(self, report: Report) -> Iterable[Violation]:
        return ()

    def summarize(self, report: Report) -> object:
        return None

    def check_set(self, reports: list[Summary]) -> Iterable[Violation]:
        raise NotImplementedError

    def violation_in(self, path: str, message: str, at: Position, cells: Iterable[str] = (),
                     severity: str | None = None) -> Violation:
        found = self.violation(message, at, cells, severity=severity)
        found.path = path
        return found


class IdentityRule(Rule):
    """A rule that is only an identity over one table, applied to each column or each row.

    `each = "column"`: the keys in `identity` are rows, checked in every column.
    `each = "row"`: the keys are columns, checked in every row that has them.
    """

    table: ClassVar[str]
    identity: ClassVar[str]
    each: ClassVar[str] = "column"

    def __init__(self, severity: str | None = None, options: dict[str, object] | None = None):
        super().__init__(severity, options)
        self.parsed = expr.parse(self.identity)
        # the identity resolved per set of keys: the same for every column and every report of a template
        self.resolved: dict[tuple[str, ...], tuple | None] = {}

    def check(self, report: Report) -> Iterator[Violation]:
        rows = report.tables.get(self.table)
        if not rows:
            return
        if self.each == "column":
            row_keys = tuple(rows)
            for column, cells in _by_column(rows).items():
                found = self._check_one(cells, row_keys, column)
                if found:
                    yield found
        else:
            for row, cells in rows.items():
                found = self._check_one(cells, tuple(cells), row)
                if found:
                    yield found

    def _check_one(self, cells: dict[str, Cell], available: tuple[str, ...], along: str) -> Violation | None:
        """Check the identity where the keys name `cells` (the rows of column `along`, or the columns
        of row `along`); skip it when a cell it needs is missing."""
        sides = self.resolved.get(available, False)
        if sides is False:
            sides = self.resolved[available] = expr.resolve(self.parsed, available)
        if sides is None:
            return None
        totals = []
        for pairs, constant in sides:
            total = constant
            for sign, key in pairs:
                cell = cells.get(key)
                if cell is None:
                    return None
                total += sign * (cell.value or 0)
            totals.append(total)
        if self.parsed.holds(*totals):
            return None
        used = [key for pairs, _ in sides for _, key in pairs]  # only now: most identities hold
        refs = [cell_ref(self.table, key, along) if self.each == "column" else cell_ref(self.table, along, key)
                for key in used]
        return self.violation(self.describe(self.parsed, along, *totals), cells[used[0]].at, refs)

    def describe(self, parsed: expr.Identity, along: str, left: float, right: float) -> str:
        name = T.TABLE_NAMES.get(self.table, self.table)
        where = f"{T.column_label(self.table, along)}列" if self.each == "column" \
            else f"{T.row_label(self.table, along)} 行"
        relation = {"=": "两者应相等", "<=": "前者不应大于后者", ">=": "前者不应小于后者"}[parsed.op]
        return (f"{name} {where}：{expr.side_text(parsed.left)}={_number(left)}，"
                f"{expr.side_text(parsed.right)}={_number(right)}，{relation}")


@for_the_last
def _by_column(rows: dict[str, dict[str, Cell]]) -> dict[str, dict[str, Cell]]:
    """A table turned column by column (column -> row -> cell), once for all the column identities of a report."""
    columns: dict[str, dict[str, Cell]] = {}
    for row, cells in rows.items():
        for column, cell in cells.items():
            columns.setdefault(column, {})[row] = cell
    return columns


def _number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))
