"""Write fixtures/formats/report.pdf: the cross-format fixture report as a PDF.

The tables have the official merged cells and ruled lines, labels wrap inside
their cells, table 三 runs over a page break and every page has a page number,
as published PDFs do. The font is reportlab's built-in STSong-Light (a CID font
every PDF reader knows), so no font file is needed. Run once and commit the
output (reportlab is needed only here: `.venv/bin/pip install reportlab`):

    .venv/bin/python tests/make_pdf_fixture.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script
from make_format_fixtures import FIXTURE, OUT, PARTIAL, parts  # noqa: E402

FONT = "STSong-Light"
WIDTHS = {4: [150, 100, 100, 100], 10: [28, 60, 112] + [36] * 7, 15: [30] * 15}  # points, per table width


def grid(rows) -> tuple[list[list[str]], list[tuple]]:
    """The rows of merged cells as a full grid, with reportlab's SPAN commands for the merges."""
    width = sum(cell.columns for cell in rows[-1])
    full = [[""] * width for _ in rows]
    spans, taken = [], set()
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            taken |= {(r + down, c + right) for down in range(cell.rows) for right in range(cell.columns)}
            full[r][c] = "<br/>".join(PARTIAL) if cell == "".join(PARTIAL) else str(cell)
            if cell.rows > 1 or cell.columns > 1:
                spans.append(("SPAN", (c, r), (c + cell.columns - 1, r + cell.rows - 1)))
            c += cell.columns
    return full, spans


def main() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    text = ParagraphStyle("text", fontName=FONT, fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
    styles = {"title": ParagraphStyle("title", parent=text, fontSize=18, leading=26, alignment=1, firstLineIndent=0),
              "heading": ParagraphStyle("heading", parent=text, fontSize=14, leading=24), "text": text}
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10, wordWrap="CJK")

    story = []
    for kind, content in parts(FIXTURE):
        if kind != "table":
            story.append(Paragraph(content, styles[kind]))
            continue
        full, spans = grid(content)
        table = Table([[Paragraph(value, cell) for value in row] for row in full], colWidths=WIDTHS[len(full[0])])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   *spans]))
        story += [table, Spacer(0, 12)]

    def page_number(canvas, document):
        canvas.setFont(FONT, 10)
        canvas.drawCentredString(A4[0] / 2, 30, f"- {document.page} -")

    document = SimpleDocTemplate(str(OUT / "report.pdf"), pagesize=A4, title="", author="", creator="",
                                 producer="", invariant=True)
    document.build(story, onFirstPage=page_number, onLaterPages=page_number)


if __name__ == "__main__":
    main()
