"""Word and WPS documents (.docx): paragraphs and tables in document order.

The text a person sees is extracted, one line per paragraph and per table row (cells
joined by tabs); positions point into those lines and, for table cells, also give the
table, row and grid column a person counts in Word ("文档第2个表格 第4行 第10列" in the
terminal). Merged cells are read once, by the rule `grid.py` explains.
"""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from gilint.model import Position, Report
from gilint.patterns import Pattern
from gilint.readers.assemble import assemble
from gilint.readers.decode import UnreadableFile
from gilint.readers.grid import cell_text
from gilint.readers.layout import Row, Token
from gilint.readers.numbering import Numbering
from gilint.readers.text import split_line
from gilint.text import is_value, visible

_P, _TBL, _TR, _TC, _T, _TAB = (qn(f"w:{name}") for name in ("p", "tbl", "tr", "tc", "t", "tab"))
_VAL, _TYPE = qn("w:val"), qn("w:type")
_WRAPPERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")}  # content controls around blocks
_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
# Compiled once: python-docx's own properties compile an XPath at every call, ten times slower.
# Text boxes are left out, and so is text a tracked move took away (w:moveFrom keeps it as w:t).
_RUN_TEXT = etree.XPath(".//w:r[not(ancestor::w:txbxContent or ancestor::w:moveFrom)]"
                        "/*[self::w:t or self::w:tab or self::w:br or self::w:cr]", namespaces=_NS)
_TAB_AFTER_NUMBER = Pattern(r"^(\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]))\t+")
_SPAN = etree.XPath("string(w:tcPr/w:gridSpan/@w:val)", namespaces=_NS)
_BEFORE = etree.XPath("string(w:trPr/w:gridBefore/@w:val)", namespaces=_NS)
_VMERGE = etree.XPath("w:tcPr/w:vMerge", namespaces=_NS)


def paragraph_text(paragraph) -> str:
    """Every run's text, also inside hyperlinks, content controls, smart tags and tracked insertions
    (Word splits a label into runs wherever editing or proofing touched it); deleted text is left out."""
    return "".join(_run_text(node) for node in _RUN_TEXT(paragraph))


def _run_text(node) -> str:
    if node.tag == _T:
        return node.text or ""
    if node.tag == _TAB:
        return "\t"
    return "" if node.get(_TYPE) == "page" else "\n"  # w:br, w:cr: a line break; a page break is none


def _count(text: str, default: int) -> int:
    return int(text) if text.isdigit() else default


def _merge(tc) -> str | None:
    """vMerge: "restart" starts a vertical merge, "continue" (the default) is a place it covers."""
    found = _VMERGE(tc)
    return found[0].get(_VAL, "continue") if found else None


def _children(element, *tags):
    """The children of these kinds, also those a content control or custom XML wraps: around a paragraph
    or a table, and in a table around a row, a cell or a cell's paragraph."""
    for child in element.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, *tags)


class _Extract:
    def __init__(self, numbering: Numbering):
        self.numbering = numbering
        self.lines: list[str] = []
        self.rows: list[Row] = []
        self.tables = 0

    def text(self, paragraph) -> str:
        """The paragraph as Word shows it: its automatic number ("一、", "1.") and its text. A tab after a
        number typed by hand (（一）<tab>本年度…) only aligns the text: it is no cell boundary."""
        return _TAB_AFTER_NUMBER.sub(r"\1", visible(self.numbering.label(paragraph) + paragraph_text(paragraph)))

    def paragraph(self, element) -> None:
        for line in self.text(element).split("\n"):
            self.lines.append(line)
            row = split_line(line, len(self.lines))
            if row:
                self.rows.append(row)

    def table(self, element) -> None:
        """Cells placed on Word's grid: gridSpan merges across, vMerge down; read once,
        a value merged down leaving a blank in the rows below (see grid.py)."""
        self.tables += 1
        above: dict[int, str] = {}  # grid column -> text of the cell that starts there, for vMerge
        for number, tr in enumerate(_children(element, _TR), 1):
            places: list[tuple[int, str]] = []
            column = _count(_BEFORE(tr), 0)
            for tc in _children(tr, _TC):
                width = _count(_SPAN(tc), 1)
                if _merge(tc) != "continue" or column not in above:
                    above[column] = cell_text("\n".join(self.text(p) for p in _children(tc, _P)))
                    places.append((column, above[column]))
                elif is_value(above[column]):
                    places.append((column, ""))
                column += width
            self.row(number, places)

    def row(self, number: int, places: list[tuple[int, str]]) -> None:
        tokens, offset = [], 0
        for column, text in places:
            tokens.append(Token(text, Position(len(self.lines) + 1, offset + 1,
                                               table=self.tables, row=number, col=column + 1)))
            offset += len(text) + 1
        self.lines.append("\t".join(text for _, text in places))
        if any(token.text for token in tokens):
            self.rows.append(Row(tokens, grid=True))


MAX_UNPACKED = 200 * 1024 * 1024  # a real report unpacks to a few MB; far more is a zip bomb


def _check_unpacked_size(data: bytes) -> None:
    """Refuse a document whose parts would unpack to more than MAX_UNPACKED, before unpacking any."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile:
        return  # Document() below says what is wrong with it
    if unpacked > MAX_UNPACKED:
        raise UnreadableFile(f"Word 文档解压后达 {unpacked // 1024 // 1024} MB，远超正常报告，"
                             "可能是压缩炸弹，未读取")


def read_docx(path: str, data: bytes) -> Report:
    _check_unpacked_size(data)
    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError):
        raise UnreadableFile("不是有效的 Word 文档（.docx）：文件已损坏，或是旧版 .doc、WPS 专有格式；"
                             "请用 Word 或 WPS 另存为 .docx 后再检查") from None
    extract = _Extract(Numbering(document))
    for block in _children(document.element.body, _P, _TBL):
        if block.tag == _P:
            extract.paragraph(block)
        else:
            extract.table(block)
    return assemble(path, "docx", extract.lines, extract.rows)
