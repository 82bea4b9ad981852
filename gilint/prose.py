"""The report's prose as sentences that know where they were written: what the text rules read.

Table cells and labels, table rows (lines with `|` or tabs), part headings and
page numbers are left out. The remaining lines are joined into paragraphs,
because a PDF breaks lines in the middle of a sentence, and the paragraphs are
cut into sentences at 。！？. Full-width digits and punctuation are folded to
ASCII one character for one, so positions stay exact. A web page's lines are
markup: there the reader's `text_lines` (its blocks, without the tags) are read
instead, each block a paragraph, and positions still point into the source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from gilint.dates import FoundDate, find_dates
from gilint.memo import for_the_last
from gilint.model import Position, Report
from gilint.text import PAGE_MARK_LENGTH, PAGE_NUMBER

_FOLD = list(zip("０１２３４５６７８９％．（），：；！？", "0123456789%.(),:;!?"))
_SENTENCE_END = re.compile(r"[。!?]")
_PARAGRAPH_END = ("。", "!", "?", ":", ";", "！", "？", "：", "；")
# A line that starts with a numbering (一、 （二） 3. 一是) starts a paragraph of its own.
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]是)")


@dataclass(slots=True)
class Sentence:
    text: str
    part: str  # the number of the part it is in (一 … 六), "" before the first part
    paragraph: int  # sentences of one paragraph share this number
    _begin: int  # where the sentence starts in its paragraph
    _anchors: list[tuple[int, int, int]]  # (offset in the paragraph, line, column) where each printed line starts

    def at(self, offset: int) -> Position:
        """The position of the character at `offset` in the sentence's text."""
        return _place(self._anchors, offset + self._begin)


def _place(anchors: list[tuple[int, int, int]], offset: int) -> Position:
    """Where the character at `offset` of a text was written, from where its pieces start."""
    index = bisect_right(anchors, (offset, 1 << 30, 0)) - 1
    start, line, column = anchors[max(index, 0)]
    return Position(line, column + offset - start)


@for_the_last
def sentences(report: Report) -> list[Sentence]:
    """The report's sentences, in order; computed once per report however many rules ask."""
    return _split(report)


def _fold(text: str) -> str:
    """Full-width digits and punctuation to ASCII, one character for one (str.translate is far slower)."""
    for wide, narrow in _FOLD:
        if wide in text:
            text = text.replace(wide, narrow)
    return text


@for_the_last
def written_dates(report: Report) -> list[tuple[Position, FoundDate]]:
    """Every date written in the report, tables included, with its place; worked out once per report
    however many rules ask. Only a line with 月 - / or . can hold one, so only such lines are read."""
    if report.text_lines:
        return [(_place(line.anchors, date.start), date) for line in report.text_lines
                for date in find_dates(line.text)]
    return [(Position(number, date.start + 1), date) for number, line in enumerate(report.lines, 1)
            if "月" in line or "-" in line or "/" in line or "." in line for date in find_dates(line)]


def _part_of(report: Report, place: tuple[int, int]) -> str:
    """The number of the part a place (line, column) is in, "" before the first part."""
    part = ""
    for section in report.sections:
        if (section.line, section.column) > place:
            break
        part = section.number
    return part


def _table_lines(report: Report) -> set[int]:
    lines = {label.at.line for label in report.labels.values()}
    lines.update([section.line for section in report.sections])
    lines.update([cell.at.line for rows in report.tables.values() for cells in rows.values() for cell in cells.values()])
    return lines


def _lines(report: Report):
    """Each line of the text as (number, as written, stripped, whether it is a table's or a heading,
    anchors or None): the file's own lines, or a web page's blocks as its reader found them. A line
    of a file is told by its number; a block by its exact place, since a page may be a single line."""
    if not report.text_lines:
        skip = _table_lines(report)
        return ((number, raw, raw.strip(), number in skip, None) for number, raw in enumerate(report.lines, 1))
    places = {(label.at.line, label.at.column) for label in report.labels.values()}
    places.update([(cell.at.line, cell.at.column) for rows in report.tables.values() for cells in rows.values()
                   for cell in cells.values()])
    places.update([(section.line, section.column) for section in report.sections])
    return ((line.anchors[0][1], line.text, line.text, line.anchors[0][1:] in places, line.anchors)
            for line in report.text_lines)


def _paragraphs(report: Report):
    """Each paragraph as (text, anchors); the first anchor is where it starts."""
    pieces, anchors, length = [], [], 0
    for number, raw, line, table, own in _lines(report):
        breaks = not line or table or "|" in raw or "\t" in raw
        if not breaks and len(line) <= PAGE_MARK_LENGTH and (line[0] in "-—–－第" or line[0].isdecimal()) \
                and PAGE_NUMBER.fullmatch(line):  # cheap tests first
            continue
        # a page's block is a paragraph of its own; a file's lines join until one ends a sentence
        if pieces and (breaks or own is not None or _NUMBERING.match(line) or pieces[-1].endswith(_PARAGRAPH_END)):
            yield _fold("".join(pieces)), anchors
            pieces, anchors, length = [], [], 0
        if breaks:
            continue
        if own is None:
            anchors.append((length, number, raw.index(line[0]) + 1))
        else:
            anchors += [(length + offset, at_line, column) for offset, at_line, column in own]
        pieces.append(line)
        length += len(line)
    if pieces:
        yield _fold("".join(pieces)), anchors


def _split(report: Report) -> list[Sentence]:
    found: list[Sentence] = []
    for paragraph, (text, anchors) in enumerate(_paragraphs(report)):
        part = _part_of(report, anchors[0][1:])
        begin = 0
        for end in [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
            piece = text[begin:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                found.append(Sentence(piece.strip(), part, paragraph, begin + lead, anchors))
            begin = end
    return found
