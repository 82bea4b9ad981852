"""Plain-text reports: cells one per line ending in ` |`, `|` rows, tab rows, Markdown tables."""

from __future__ import annotations

import re

from gilint.model import Position, Report
from gilint.readers.assemble import assemble
from gilint.readers.decode import decode
from gilint.readers.layout import Row, Token

_SEPARATOR = re.compile(r"[|\t]")
_MARKDOWN_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def split_line(line: str, number: int) -> Row | None:
    """Cut one line into cells, each with its 1-based column."""
    if not line.strip() or _MARKDOWN_RULE.match(line):
        return None
    if "|" not in line and "\t" not in line:
        start = len(line) - len(line.lstrip())
        return Row([Token(line.strip(), Position(number, start + 1))])
    stripped = line.strip()
    markdown = stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3
    grid = "\t" in line or markdown
    tokens, offset = [], 0
    for piece in _SEPARATOR.split(line):
        text = piece.strip()
        column = offset + len(piece) - len(piece.lstrip()) + 1
        offset += len(piece) + 1
        if text or grid:
            tokens.append(Token(text, Position(number, column)))
    if markdown:
        tokens = tokens[1:-1]
    if not any(token.text for token in tokens):
        return None
    return Row(tokens, grid=grid)


def read_text(path: str, data: bytes, kind: str = "text") -> Report:
    lines = decode(data).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = [row for number, line in enumerate(lines, 1) if (row := split_line(line, number))]
    return assemble(path, kind, lines, rows)
