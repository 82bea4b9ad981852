"""HTML pages: the report's paragraphs and tables, wherever the site's layout puts them.

lxml builds the tree; positions are found by walking the source beside it, text run
by text run, since lxml knows an element's line but not the column where its text is.
Tables that hold other tables are page layout and are read as text; the innermost
tables with more than one column are the report's tables, read as grids.
"""

from __future__ import annotations

import bisect
import html
import re

from lxml import etree

from gilint.model import Position, Report, TextLine
from gilint.readers.assemble import assemble
from gilint.readers.decode import REPLACEMENT, damaged_places, decode
from gilint.readers.grid import Span, cell_text, layout
from gilint.readers.layout import Row, Token

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w-]+)", re.IGNORECASE)
_GB = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "gb18030"}
_SKIPPED = {"head", "script", "style", "noscript", "template", "nav", "select", "button", "textarea"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b"}  # how pages set headings and titles
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
_RAW_TEXT = ("script", "style")  # their text is code, not words
_RAW = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<!--.*?-->|<[a-zA-Z/!?][^>]*>", re.DOTALL)
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?")
_CELL_TAG = re.compile(r"<t[dh][\s>/]", re.IGNORECASE)
# What lies between two texts of the page, skipped in one match: markup as _RAW and _TAG read it, and white space.
_MARKUP_AND_SPACE = re.compile(rf"(?:{_RAW.pattern}|{_TAG.pattern}|\s+)*", re.IGNORECASE | re.DOTALL)
_MAX_SKIPPED = 50  # text runs passed over looking for a text; beyond that its place is unknown
_DIGITS = re.compile(r"\s*(\d+)")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")  # XHTML pages: <?xml version="1.0" encoding="gbk"?>


def declared_charset(data: bytes) -> str | None:
    """The page's <meta charset>; GB2312 and GBK pages are read as GB18030, which contains both."""
    found = _CHARSET.search(data[:4096])
    if not found:
        return None
    charset = found[1].decode("ascii").lower()
    return "gb18030" if charset in _GB else charset


_NEWLINE = re.compile("\n")


class _Source:
    """The page's source text, walked forward in step with the tree to give every text its place."""

    def __init__(self, text: str):
        self.text = text
        self.cursor = 0
        self.run = (0, 0)  # where the text `find_text` last found is written
        self.line_starts = [0] + [match.end() for match in _NEWLINE.finditer(text)]

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self.line_starts, offset)
        return Position(line, offset - self.line_starts[line - 1] + 1)

    def _char(self, offset: int) -> tuple[str, int]:
        """The character written at `offset` and its length in the source (an entity is one character)."""
        if self.text[offset] == "&" and (entity := _ENTITY.match(self.text, offset)):
            return html.unescape(entity[0]), entity.end() - offset
        return self.text[offset], 1

    def find_text(self, text: str) -> Position | None:
        """Where `text`, the next text of the tree, starts: the next run between tags whose
        first character is the same. The cursor moves past that run."""
        first = text.strip()[:1]
        offset, end, skipped = self.cursor, len(self.text), 0
        while offset < end and skipped < _MAX_SKIPPED:
            offset = _MARKUP_AND_SPACE.match(self.text, offset).end()  # tags, comments, scripts, spaces
            if offset >= end:
                break
            char, size = self._char(offset) if self.text[offset] == "&" else (self.text[offset], 1)
            if char.isspace():  # an entity such as &nbsp;
                offset += size
                continue
            run_end = self.text.find("<", offset + 1)
            run_end = end if run_end < 0 else run_end
            if char == first:
                self.cursor, self.run = run_end, (offset, run_end)
                return self.position(offset)
            offset, skipped = run_end, skipped + 1
        return None

    def shifts(self, text: str) -> list[tuple[int, Position]]:
        """Inside the run `find_text` last found: after each entity, the offset in `text` and the place in
        the source (`&nbsp;` is one character of the text, six of the source); empty when the run has no
        entity, or when the source and `text` do not line up."""
        start, end = self.run
        if self.text.find("&", start, end) < 0:
            return []
        index, offset, found = len(text) - len(text.lstrip()), start, []
        while offset < end:
            entity = _ENTITY.match(self.text, offset) if self.text[offset] == "&" else None
            if entity:
                index, offset = index + len(html.unescape(entity[0])), entity.end()
                found.append((index, self.position(offset)))
            else:
                index, offset = index + 1, offset + 1
        return found if index == len(text) else []

    def find_cell(self) -> int | None:
        """The offset of the next <td> or <th>: the place of a cell without text. The cursor moves past the tag."""
        found = _CELL_TAG.search(self.text, self.cursor)
        if not found:
            return None
        tag = _TAG.match(self.text, found.start())
        self.cursor = tag.end() if tag else found.end()
        return found.start()


class _Page:
    """Turns the tree into rows: a line of text per block, a grid row per table row."""

    def __init__(self, source: _Source):
        self.source = source
        self.rows: list[Row] = []
        self.text_lines: list[TextLine] = []  # the same blocks as the prose rules read them
        self.line: list[tuple[str, Position | None, list[tuple[int, Position]]]] = []

    def text(self, text: str | None, keep: bool = True) -> None:
        if text and text.strip():
            at = self.source.find_text(text)
            if keep:
                self.line.append((text, at, self.source.shifts(text) if at else []))

    def end_line(self) -> None:
        text = cell_text("".join(piece for piece, _, _ in self.line))
        at = next((at for _, at, _ in self.line if at), None)
        if text:
            self.rows.append(Row([Token(text, at or Position(1, 1))]))
            self.text_lines.append(_text_line(self.line, at or Position(1, 1)))
        self.line = []

    def walk(self, root) -> None:
        hidden = 0  # open elements whose text is not the report's: <head>, <script>, <nav>…
        heading = 0  # open <h1>…<h6>, <strong>, <b>: a <br> there only wraps a long title, which stays one line
        events = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        for event, element in events:
            if event in ("comment", "pi"):  # no text of its own; its tail is text
                self.text(element.tail, keep=not hidden)
                continue
            tag = element.tag
            if event == "start":
                hidden += tag in _SKIPPED
                if tag == "table" and is_grid(element):  # a report table, read whole as a grid
                    self.end_line()
                    self.grid(element, keep=not hidden)
                    events.skip_subtree()
                    continue
                heading += tag in _HEADINGS
                if tag in _BLOCKS and not (heading and tag == "br"):
                    self.end_line()
                if tag not in _RAW_TEXT:
                    self.text(element.text, keep=not hidden)
            else:
                if tag in _BLOCKS and not (heading and tag == "br"):
                    self.end_line()
                heading -= tag in _HEADINGS
                hidden -= tag in _SKIPPED
                self.text(element.tail, keep=not hidden)

    def cell(self, element) -> tuple[str, Position | None]:
        """A cell's text (its paragraphs and <br> as line breaks) and where it starts."""
        if len(element) == 0:  # text only, the common case
            text = element.text
            return (text, self.source.find_text(text)) if text and text.strip() else ("", None)
        texts: list[str] = []
        first: Position | None = None
        for event, node in etree.iterwalk(element, events=("start", "end", "comment", "pi")):
            if event == "start":
                if node.tag in _BLOCKS:
                    texts.append("\n")
                text = None if node.tag in _RAW_TEXT else node.text
            elif node is not element:
                text = node.tail
            else:
                continue
            if text and text.strip():
                at = self.source.find_text(text)  # every text, so that the cursor moves past each
                first = first or at
                texts.append(text)
        return "".join(texts), first

    def grid(self, table, keep: bool) -> None:
        spans: list[list[Span]] = []
        for row in table.iter("tr"):
            spans.append([])
            for element in row:
                if element.tag not in ("td", "th"):
                    continue
                tag_at = self.source.find_cell()
                text, at = self.cell(element)
                if at is None:
                    at = Position(1, 1) if tag_at is None else self.source.position(tag_at)
                spans[-1].append(Span(cell_text(text), at, _span(element.get("rowspan")), _span(element.get("colspan"))))
        if not keep:
            return
        for places in layout(spans):
            tokens = [Token(place.text, place.cell.at) for place in places]
            if any(token.text for token in tokens):
                self.rows.append(Row(tokens, grid=True))
                self.text_lines.append(_grid_line(tokens))


def _text_line(runs: list[tuple[str, Position | None, list[tuple[int, Position]]]], first: Position) -> TextLine:
    """A block's text without its markup, each piece placed where the source writes it.

    The pieces are joined without white space, as the lines of a text file are: a paragraph
    broken over source lines, or a number in its own <span>, reads as one sentence. After an
    entity inside a piece the place starts anew (`_Source.shifts`)."""
    text, anchors = "", []
    for run, at, shifts in runs:
        start = 0  # of the piece in `run`
        for index, piece in enumerate(run.split("\n")):
            stripped = piece.strip()
            begins, start = start + len(piece) - len(piece.lstrip()), start + len(piece) + 1
            if not stripped:
                continue
            if at is not None:  # a run whose place was not found continues the piece before it
                column = at.column if index == 0 else len(piece) - len(piece.lstrip()) + 1
                anchors.append((len(text), at.line + index, column))
                anchors += [(len(text) + shift - begins, place.line, place.column)
                            for shift, place in shifts if begins < shift < begins + len(stripped)]
            text += stripped
    if not anchors or anchors[0][0] > 0:
        anchors.insert(0, (0, first.line, first.column))
    return TextLine(text, anchors)


def _grid_line(tokens: list[Token]) -> TextLine:
    """A table row as a line of the text: its cells joined by tabs, as in a tab-separated file."""
    text, anchors = "", []
    for token in tokens:
        if text or anchors:
            text += "\t"
        anchors.append((len(text), token.at.line, token.at.column))
        text += token.text
    return TextLine(text, anchors)


def _span(value: str | None) -> int:
    digits = _DIGITS.match(value) if value else None
    return int(digits[1]) if digits else 1


def is_grid(element) -> bool:
    """A report table: no table inside it, and a row with at least two cells (lxml lower-cases tag names)."""
    if element.find(".//table") is not None:
        return False
    return any(len([cell for cell in row if cell.tag in ("td", "th")]) > 1 for row in element.iter("tr"))


def read_html(path: str, data: bytes) -> Report:
    text = decode(data, declared_charset(data)).replace("\r\n", "\n").replace("\r", "\n")
    tree_text = _XML_DECLARATION.sub("", text)  # lxml refuses a decoded text that declares an encoding
    parser = etree.HTMLParser(default_doctype=False, huge_tree=True)  # unclosed <font> tags nest deep
    root = etree.HTML(tree_text, parser) if tree_text.strip() else None
    page = _Page(_Source(text))
    if root is not None:
        page.walk(root)
        page.end_line()
    lines = text.split("\n")
    report = assemble(path, "html", lines, page.rows, page.text_lines)
    if REPLACEMENT in text:
        report.diagnostics += damaged_places(lines)
    return report
