"""From rows of cells to a `Report`: the parts, the metadata and the three tables.

Every reader ends here, so every format yields the same model.
"""

from __future__ import annotations

import re

from gilint.model import Report, TextLine
from gilint.readers.layout import Row
from gilint.readers.meta import find_meta, garbled_heading, section_heading
from gilint.readers.tables import ApplicationBuilder, DisclosureBuilder, ReviewBuilder, TableBuilder

_BUILDERS = {"二": DisclosureBuilder, "三": ApplicationBuilder, "四": ReviewBuilder}


# What only each table prints, to recognise a table met without its part heading.
_ANCHORS = {"第二十条": "二", "勾稽关系": "三", "本年新收": "三", "结果维持": "四", "复议后起诉": "四"}
_ANCHOR = re.compile("|".join(_ANCHORS))


def _anchor(row: Row) -> str | None:
    """The table a row belongs to by its words. A sentence with the same words (本年新收申请 356 件。)
    is the report's text, not the table."""
    tokens = row.tokens
    text = tokens[0].text if len(tokens) == 1 else "".join(token.text for token in tokens)
    found = _ANCHOR.search(text)
    if not found or (not row.grid and ("。" in text or "，" in text)):
        return None
    return _ANCHORS[found[0]]


def assemble(path: str, kind: str, lines: list[str], rows: list[Row], text_lines: list[TextLine] = (),
             line_pages: list[int] = ()) -> Report:
    report = Report(path=path, input_kind=kind, lines=lines, text_lines=list(text_lines), line_pages=list(line_pages))
    builders: dict[str, TableBuilder] = {}
    current: TableBuilder | None = None

    def switch(part: str) -> TableBuilder | None:
        """Finish the table being read and start `part`'s, unless it was read already: a table guessed
        from its words that read nothing gives way to the part's own heading, and its labels go."""
        if current:
            current.finish()
        started = builders.get(part)
        if part not in _BUILDERS or (started and started.table in report.tables):
            return None
        if started:
            report.labels = {key: label for key, label in report.labels.items() if key[0] != started.table}
        builders[part] = _BUILDERS[part](report)
        return builders[part]

    for row in rows:
        section = section_heading(row)
        if section is None and current and current.at_last_row and (number := current.next_part(row)):
            section = garbled_heading(row, number)
        if section:
            report.sections.append(section)
            current = switch(section.number)
            continue
        if len(builders) < len(_BUILDERS):  # tables met without their headings
            anchor = _anchor(row)
            if anchor and anchor not in builders:
                current = switch(anchor)
        if current:
            current.feed(row)
    if current:
        current.finish()
    report.meta = find_meta(rows, report.sections)
    templates = set(report.template_of.values())
    report.template = "2019" if "2019" in templates else "2021" if templates else "unknown"
    return report
