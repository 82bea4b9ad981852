"""Plain-text reports: cells one per line ending in ` |`, `|` rows, tab rows, Markdown tables."""

from __future__ import annotations

import re

from gilint.model import Position, Report
from gilint.readers.assemble import assemble
from gilint.readers.decode import REPLACEMENT, damaged_places, decode
from gilint.readers.layout import Row, Token
from gilint.text import PAGE_MARK, PAGE_MARK_LENGTH, text_cache, visible

_SEPARATOR = re.compile(r"[|\t]")
_MARKDOWN_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MARKDOWN_BOLD = re.compile(r"^(\*\*|__)(.+)\1$")
_MARKDOWN_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_MARKDOWN_MARKS = re.compile(r"\s*(?:#{1,6}\s+)?(?:\*\*|__)?\s*")  # `# 标题`, `**五、…**`


def split_line(line: str, number: int) -> Row | None:
    """Cut one line into cells, each with its 1-based column."""
    shape = _shape(line)
    if shape is None:
        return None
    pieces, grid = shape
    if len(pieces) == 1:  # most lines: a single cell or a line of text
        return Row([Token(pieces[0][0], Position(number, pieces[0][1]))], grid)
    return Row([Token(text, Position(number, column)) for text, column in pieces], grid)


@text_cache(16384)
def _shape(line: str) -> tuple[tuple[tuple[str, int], ...], bool] | None:
    """The cells of a line as (text, column), and whether it is a grid row; cached, since
    template lines (labels, headers, rows of zeros) repeat from report to report."""
    if "|" not in line and "\t" not in line:
        text = line.strip()
        if not text:
            return None
        start = len(line) - len(line.lstrip())
        if text[0] in "#*_" or text[-1] in "#*_":  # Markdown heading or bold marks around the text
            start = _MARKDOWN_MARKS.match(line).end()
            text = line[start:].strip().rstrip("*#_").rstrip()
        if not text or len(text) <= PAGE_MARK_LENGTH and (text[0] in "-—–－第" or "/" in text) \
                and PAGE_MARK.fullmatch(text):
            return None  # a page number copied from a PDF ("- 3 -") is no cell
        return ((text, start + 1),), False
    stripped = line.strip()
    if not stripped.replace("|", "").strip() or ("-" in line and _MARKDOWN_RULE.match(line)):
        return None
    if stripped.endswith("|") and stripped.count("|") == 1 and "\t" not in line:  # `cell |`, the commonest
        return ((stripped[:-1].rstrip(), len(line) - len(line.lstrip()) + 1),), False
    markdown = stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3
    grid = "\t" in line or markdown
    pieces, offset = [], 0
    for piece in _SEPARATOR.split(line):
        text = piece.strip()
        if text or grid:
            column = offset + len(piece) - len(piece.lstrip()) + 1
            if markdown and ("*" in text or "_" in text or "<" in text):
                text, column = _markdown_cell(text, column)
            pieces.append((text, column))
        offset += len(piece) + 1
    if markdown:
        pieces = pieces[1:-1]
    return (tuple(pieces), grid) if any(text for text, _ in pieces) else None


def _markdown_cell(text: str, column: int) -> tuple[str, int]:
    """A Markdown cell's text without emphasis (**（七）总计**, **345**) and line breaks (<br>), which a
    web page's table shows as plain text."""
    if bold := _MARKDOWN_BOLD.match(text):
        text, column = bold[2].strip(), column + 2
    return _MARKDOWN_BREAK.sub("", text), column


def read_text(path: str, data: bytes, kind: str = "text") -> Report:
    text = visible(decode(data).replace("\r\n", "\n").replace("\r", "\n"))
    lines = text.split("\n")
    rows = [row for number, line in enumerate(lines, 1) if (row := split_line(line, number))]
    report = assemble(path, kind, lines, rows)
    if REPLACEMENT in text:
        report.diagnostics += damaged_places(lines)
    return report
