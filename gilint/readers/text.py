"""Plain-text reports: cells one per line ending in ` |`, `|` rows, tab rows, Markdown tables."""

from __future__ import annotations

import re

from gilint.model import Position, Report
from gilint.readers.assemble import assemble
from gilint.readers.decode import decode
from gilint.readers.layout import Row, Token

_SEPARATOR = re.compile(r"[|\t]")
_MARKDOWN_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MARKDOWN_MARKS = re.compile(r"\s*(?:#{1,6}\s+)?(?:\*\*|__)?\s*")  # `# 标题`, `**五、…**`


def split_line(line: str, number: int) -> Row | None:
    """Cut one line into cells, each with its 1-based column."""
    if "|" not in line and "\t" not in line:
        text = line.strip()
        if not text:
            return None
        start = len(line) - len(line.lstrip())
        if text[0] in "#*_" or text[-1] in "#*_":  # Markdown heading or bold marks around the text
            start = _MARKDOWN_MARKS.match(line).end()
            text = line[start:].strip().rstrip("*#_").rstrip()
        return Row([Token(text, Position(number, start + 1))]) if text else None
    stripped = line.strip()
    if not stripped.replace("|", "").strip() or ("-" in line and _MARKDOWN_RULE.match(line)):
        return None
    if stripped.endswith("|") and stripped.count("|") == 1 and "\t" not in line:  # `cell |`, the commonest
        return Row([Token(stripped[:-1].rstrip(), Position(number, len(line) - len(line.lstrip()) + 1))])
    markdown = stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3
    grid = "\t" in line or markdown
    tokens, offset = [], 0
    for piece in _SEPARATOR.split(line):
        text = piece.strip()
        if text or grid:
            tokens.append(Token(text, Position(number, offset + len(piece) - len(piece.lstrip()) + 1)))
        offset += len(piece) + 1
    if markdown:
        tokens = tokens[1:-1]
    return Row(tokens, grid=grid) if any(token.text for token in tokens) else None


def read_text(path: str, data: bytes, kind: str = "text") -> Report:
    lines = decode(data).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = [row for number, line in enumerate(lines, 1) if (row := split_line(line, number))]
    return assemble(path, kind, lines, rows)
