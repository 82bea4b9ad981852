"""PDF reports: the text layer and its ruled tables, page by page (pdfplumber).

Each printed line outside a table and each table row becomes one line of the
extracted text (table cells joined by tabs), so positions are a line and a
column in that text plus the page. Tables that run over a page break need no
stitching: their rows arrive in order and the table builders carry on.
"""

from __future__ import annotations

import io

from gilint.model import Position, Report
from gilint.readers.assemble import assemble
from gilint.readers.decode import UnreadableFile
from gilint.readers.layout import Row, Token
from gilint.text import PAGE_NUMBER

_MARGIN = 0.1  # page numbers sit in the top or bottom tenth of the page
_COLUMN_GAP = 2.0  # a gap wider than two characters separates columns of an unruled table
_SPACE_GAP = 0.2  # a gap wider than a fifth of a character is a space
MAX_PAGES = 300  # annual reports run to a few dozen pages; thousands would take minutes to read


def read_pdf(path: str, data: bytes) -> Report:
    """Parse a PDF report; raises UnreadableFile for files that are not PDFs, damaged ones and scans."""
    if b"%PDF-" not in data[:1024]:
        raise UnreadableFile("文件扩展名为 .pdf，但内容不是 PDF 文件")
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    lines: list[str] = []
    pages: list[int] = []  # the page of each line
    rows: list[Row] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise UnreadableFile(f"PDF 有 {len(pdf.pages)} 页，超过 {MAX_PAGES} 页，不像一份年度报告，未读取")
            for page in pdf.pages:
                for cells, grid in _page_lines(page):
                    rows.append(_add_line(lines, cells, grid, page.page_number))
                    pages.append(page.page_number)
    except PdfminerException as error:
        raise UnreadableFile(f"PDF 文件已损坏或已加密，无法读取（{error}）") from None
    if not rows:
        raise UnreadableFile("PDF 中没有文字层（多半是扫描件或图片），需先做文字识别（OCR）才能检查")
    return assemble(path, "pdf", lines, rows, line_pages=pages)


def _add_line(lines: list[str], cells: list[str], grid: bool, page: int) -> Row:
    """Append one extracted line and return its row, each cell positioned in that line."""
    number, column, tokens = len(lines) + 1, 1, []
    for text in cells:
        tokens.append(Token(text, Position(number, column, page)))
        column += len(text) + 1
    lines.append("\t".join(cells))
    return Row(tokens, grid=grid)


def _page_lines(page) -> list[tuple[list[str], bool]]:
    """The page's table rows and text lines, top to bottom: (cells, whether it is a table row)."""
    tables = page.find_tables()
    found: list[tuple[float, list[str], bool]] = []
    for table in tables:
        for row, texts in zip(table.rows, table.extract()):
            present = [text for text in texts if text is not None]  # None: covered by a merged cell
            if len(present) > 1:
                found.append((row.bbox[1], [_cell_text(text) for text in present], True))
            elif present:  # a row of one cell is text: WPS frames whole paragraphs, one line each
                found += [(row.bbox[1], [line.strip()], False) for line in present[0].split("\n") if line.strip()]
    outside = page.filter(lambda obj: not any(_inside(obj, table.bbox) for table in tables))
    text_lines = outside.extract_text_lines()
    for line in _join_title(text_lines) if page.page_number == 1 else text_lines:
        cells = _pieces(line["chars"])
        if cells and not _is_page_number(cells, line, page.height):
            found.append((line["top"], cells, len(cells) > 1))
    found.sort(key=lambda item: item[0])
    return [(cells, grid) for _, cells, grid in found]


def _join_title(lines: list[dict]) -> list[dict]:
    """A title printed over two or three lines in a font larger than the text below is one title,
    so that `洪泽区人民政府` / `2023年政府信息公开工作年度报告` names the body that reports."""
    def size(line: dict) -> float:
        return line["chars"][0]["size"]

    count = 1
    while count < min(len(lines), 3) and abs(size(lines[count]) - size(lines[0])) < 0.5:
        count += 1
    if count == 1 or count == len(lines) or size(lines[count]) >= size(lines[0]):
        return lines
    return [dict(lines[0], chars=[char for line in lines[:count] for char in line["chars"]]), *lines[count:]]


def _cell_text(text: str) -> str:
    """A cell's lines joined: labels wrap inside their cell, and Chinese needs no space between lines."""
    return "".join(part.strip() for part in text.split("\n"))


def _inside(obj: dict, bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    middle_x, middle_y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


def _pieces(chars: list[dict]) -> list[str]:
    """A printed line cut where the gap is wider than two characters: the columns of an unruled table."""
    pieces, text, last = [], "", None
    for char in chars:
        if char["text"].isspace():
            continue
        if last is not None:
            gap = char["x0"] - last["x1"]
            if gap > _COLUMN_GAP * last["size"]:
                pieces.append(text)
                text = ""
            elif gap > _SPACE_GAP * last["size"] and last["text"].isascii() and char["text"].isascii():
                text += " "  # between Chinese characters a gap is only justification
        text += char["text"]
        last = char
    return [*pieces, text] if text else pieces


def _is_page_number(cells: list[str], line: dict, height: float) -> bool:
    in_margin = line["bottom"] < height * _MARGIN or line["top"] > height * (1 - _MARGIN)
    return in_margin and len(cells) == 1 and bool(PAGE_NUMBER.fullmatch(cells[0]))
