"""The report's prose as sentences that know where they were written: what the text rules read.

Table cells and labels, table rows (lines with `|` or tabs), part headings and
page numbers are left out. The remaining lines are joined into paragraphs,
because a PDF breaks lines in the middle of a sentence, and the paragraphs are
cut into sentences at 。！？. Full-width digits and punctuation are folded to
ASCII one character for one, so positions stay exact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from gilint.model import Position, Report

_FOLD = list(zip("０１２３４５６７８９％．（），：；！？", "0123456789%.(),:;!?"))
_SENTENCE_END = re.compile(r"[。!?]")
_PARAGRAPH_END = ("。", "!", "?", ":", ";", "！", "？", "：", "；")
# A line that starts with a numbering (一、 （二） 3. 一是) starts a paragraph of its own.
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]是)")
_PAGE_NUMBER = re.compile(r"^(?:[-—–\s]*\d{1,3}[-—–\s]*|第\s*\d+\s*页.*|\d+\s*/\s*\d+)$")


@dataclass(slots=True)
class Sentence:
    text: str
    part: str  # the number of the part it is in (一 … 六), "" before the first part
    paragraph: int  # sentences of one paragraph share this number
    _begin: int  # where the sentence starts in its paragraph
    _anchors: list[tuple[int, int, int]]  # (offset in the paragraph, line, column) where each printed line starts

    def at(self, offset: int) -> Position:
        """The position of the character at `offset` in the sentence's text."""
        offset += self._begin
        index = bisect_right(self._anchors, (offset, 1 << 30, 0)) - 1
        start, line, column = self._anchors[max(index, 0)]
        return Position(line, column + offset - start)


_last: tuple[Report | None, list[Sentence]] = (None, [])


def sentences(report: Report) -> list[Sentence]:
    """The report's sentences, in order; computed once per report however many rules ask."""
    global _last
    last = _last
    if last[0] is not report:
        last = _last = (report, _split(report))
    return last[1]


def _fold(text: str) -> str:
    """Full-width digits and punctuation to ASCII, one character for one (str.translate is far slower)."""
    for wide, narrow in _FOLD:
        if wide in text:
            text = text.replace(wide, narrow)
    return text


def _part_of(report: Report, line: int) -> str:
    """The number of the part a line is in, "" before the first part."""
    part = ""
    for section in report.sections:
        if section.line > line:
            break
        part = section.number
    return part


def _table_lines(report: Report) -> set[int]:
    lines = {label.at.line for label in report.labels.values()}
    lines.update([section.line for section in report.sections])
    lines.update([cell.at.line for rows in report.tables.values() for cells in rows.values() for cell in cells.values()])
    return lines


def _paragraphs(report: Report):
    """Each paragraph as (text, anchors, line of its start)."""
    skip = _table_lines(report)
    pieces, anchors, start, length = [], [], 0, 0
    for number, raw in enumerate(report.lines, 1):
        line = raw.strip()
        if line and (line[0] in "-—–第" or line[0].isdecimal()) and _PAGE_NUMBER.match(line):  # cheap test first
            continue
        breaks = not line or number in skip or "|" in raw or "\t" in raw
        if pieces and (breaks or _NUMBERING.match(line) or pieces[-1].endswith(_PARAGRAPH_END)):
            yield _fold("".join(pieces)), anchors, start
            pieces, anchors, length = [], [], 0
        if breaks:
            continue
        if not pieces:
            start = number
        anchors.append((length, number, raw.index(line[0]) + 1))
        pieces.append(line)
        length += len(line)
    if pieces:
        yield _fold("".join(pieces)), anchors, start


def _split(report: Report) -> list[Sentence]:
    found: list[Sentence] = []
    for paragraph, (text, anchors, line) in enumerate(_paragraphs(report)):
        part = _part_of(report, line)
        begin = 0
        for end in [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
            piece = text[begin:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                found.append(Sentence(piece.strip(), part, paragraph, begin + lead, anchors))
            begin = end
    return found
