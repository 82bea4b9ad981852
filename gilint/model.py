"""The report model: the one contract between readers and rules.

Readers build a `Report`; rules read it and nothing else. The names follow
`report-model.md` so that `gilint parse --format json` stays stable for tools
outside the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

Number = int | float

# table key -> row key -> column key -> Cell
Tables = dict[str, dict[str, dict[str, "Cell"]]]


@dataclass(slots=True)
class Position:
    """Where a piece of text was found: 1-based line and column of the text the reader saw,
    and where a person finds it in the document: the PDF page, the DOCX table, row and column."""

    line: int
    column: int
    page: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None

    def __reduce__(self):
        """Pickled as a plain call (a worker of `--jobs` sends many): half the bytes, a third of the time."""
        return Position, (self.line, self.column, self.page, self.table, self.row, self.col)

    def as_dict(self) -> dict:
        found = {"line": self.line, "column": self.column}
        for name in ("page", "table", "row", "col"):
            if getattr(self, name) is not None:
                found[name] = getattr(self, name)
        return found


@dataclass(slots=True)
class Cell:
    """One table cell: its value, its text as written, and where it was written."""

    value: Number | None
    raw: str
    at: Position
    recovered: bool = False  # split out of run-together digits, so it cannot prove its own row sum

    def as_dict(self) -> dict:
        found = {"value": self.value, "raw": self.raw, **self.at.as_dict()}
        if self.recovered:
            found["recovered"] = True
        return found


@dataclass(slots=True)
class Label:
    """A row or column label as printed, kept so rules can compare it with the template."""

    text: str
    at: Position


@dataclass(slots=True)
class Section:
    """A numbered part's heading; `column` matters on a web page minified to one line."""

    number: str
    title: str
    line: int
    column: int = 1

    @property
    def at(self) -> Position:
        return Position(self.line, self.column)

    def as_dict(self) -> dict:
        return {"number": self.number, "title": self.title, "line": self.line, "column": self.column}


@dataclass(slots=True)
class Dated:
    """A date as written in the report, with its place."""

    value: date
    raw: str
    at: Position


@dataclass(slots=True)
class Meta:
    title: str | None = None
    title_at: Position | None = None
    org: str | None = None
    year: int | None = None
    year_source: str | None = None  # "title", "period" or "published"
    title_year: int | None = None  # the year the title names, even where the period and publication date outvote it
    period_start: Dated | None = None
    period_end: Dated | None = None
    published: Dated | None = None

    def as_dict(self) -> dict:
        period = None
        if self.period_start and self.period_end:
            period = {
                "start": self.period_start.value.isoformat(),
                "end": self.period_end.value.isoformat(),
            }
        return {
            "title": self.title,
            "org": self.org,
            "year": self.year,
            "year_source": self.year_source,
            "period": period,
            "published": self.published.value.isoformat() if self.published else None,
        }


@dataclass(slots=True)
class Diagnostic:
    """Something the reader could not understand; reported to the user by rule GI001."""

    message: str
    at: Position
    severity: str = "error"

    def as_dict(self) -> dict:
        return {"message": self.message, "severity": self.severity, **self.at.as_dict()}


@dataclass(slots=True)
class TextLine:
    """A line of the report's text where the file's own lines are not its text: a web page's
    paragraph without its markup. `anchors` place its pieces: (offset in `text`, line, column)."""

    text: str
    anchors: list[tuple[int, int, int]]


@dataclass
class Report:
    path: str
    input_kind: str
    lines: list[str]
    # The text as a reader reads it, when `lines` hold markup (HTML); empty when `lines` are the text.
    text_lines: list[TextLine] = field(default_factory=list)
    line_pages: list[int] = field(default_factory=list)  # a PDF: the page each of `lines` was extracted from
    template: str = "unknown"
    meta: Meta = field(default_factory=Meta)
    sections: list[Section] = field(default_factory=list)
    tables: Tables = field(default_factory=dict)
    # (table, row) -> row label; (table, "列", column) -> column header; as printed
    labels: dict[tuple[str, ...], Label] = field(default_factory=dict)
    # table key -> where its template deviates, e.g. {"依申请": "2019"} for a one-row （六）
    template_of: dict[str, str] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def cell(self, table: str, row: str, column: str) -> Cell | None:
        return self.tables.get(table, {}).get(row, {}).get(column)

    def cells(self) -> list[tuple[str, str, str, Cell]]:
        """Every cell with its table, row and column keys."""
        return [(table, row, column, cell) for table, rows in self.tables.items() for row, cells in rows.items()
                for column, cell in cells.items()]

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "input_kind": self.input_kind,
            "template": self.template,
            "meta": self.meta.as_dict(),
            "sections": [section.as_dict() for section in self.sections],
            "tables": {
                table: {
                    row: {column: cell.as_dict() for column, cell in cells.items()}
                    for row, cells in rows.items()
                }
                for table, rows in self.tables.items()
            },
            "diagnostics": [diagnostic.as_dict() for diagnostic in self.diagnostics],
        }
