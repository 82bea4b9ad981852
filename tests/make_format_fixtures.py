"""Write fixtures/formats/: one report as text, Markdown, HTML (UTF-8 and GBK) and DOCX.

The HTML and DOCX use the official table layout with its merged cells (the
label columns merged down, the header rows merged across), as government
pages and Word documents print them. Run once and commit the output:

    .venv/bin/python tests/make_format_fixtures.py
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from gilint import template as T

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script
from reportgen import Tables  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "formats"

ORG = "某市某区司法局"
TITLE = f"{ORG}2024年政府信息公开工作年度报告"
PERIOD = "本报告所列数据的统计期限为2024年1月1日至2024年12月31日。"
BODY = {
    "一": ["2024年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。",
           "全年共收到政府信息公开申请356件。"],
    "五": ["信息公开的及时性有待提高。下一步将健全发布审核机制。"],
    "六": ["本年度未收取信息处理费。"],
}
SIGNATURE = [ORG, "2025年1月20日"]

DISCLOSURE = {"规章": [5, 2, 6], "行政规范性文件": [0, 1, 8], "行政许可": [1], "行政处罚": [5], "行政强制": [9],
              "行政事业性收费": [0.52]}
APPLICATION = {
    "一": "58 74 71 38 59 56 356", "二": "2 0 1 0 1 3 7", "三.一": "0 6 1 0 0 3 10", "三.二": "0 0 6 3 2 2 13",
    "三.三.1": "9 2 9 0 8 0 28", "三.三.2": "9 8 5 7 3 0 32", "三.三.3": "0 9 7 0 0 1 17",
    "三.三.4": "6 5 7 1 0 5 24", "三.三.5": "5 9 0 1 0 1 16", "三.三.6": "4 0 0 0 6 0 10",
    "三.三.7": "7 9 0 4 3 7 30", "三.三.8": "7 4 0 0 0 6 17", "三.四.1": "0 0 3 2 3 9 17",
    "三.四.2": "4 6 9 2 0 9 30", "三.四.3": "0 0 8 6 7 0 21", "三.五.1": "1 0 1 0 9 1 12",
    "三.五.2": "0 0 3 0 4 0 7", "三.五.3": "0 1 0 0 7 2 10", "三.五.4": "5 0 2 3 0 2 12",
    "三.五.5": "0 0 0 1 0 5 6", "三.六.1": "0 3 8 3 0 0 14", "三.六.2": "0 3 0 0 8 0 11",
    "三.六.3": "0 0 3 0 0 5 8", "三.七": "57 65 72 33 60 58 345", "四": "3 9 0 5 0 1 18",
}
REVIEW = [int(value) for value in "3 1 3 1 8 3 2 0 3 8 3 3 0 1 7".split()]
# The values of the fixture report, in the shape tests/reportgen.py writes random ones.
FIXTURE = Tables(
    disclosure={row: dict(zip(T.template_columns("主动公开")[row], values)) for row, values in DISCLOSURE.items()},
    application={row: [int(value) for value in values.split()] for row, values in APPLICATION.items()},
    review={group: REVIEW[5 * index: 5 * index + 5] for index, group in enumerate(T.REVIEW_GROUPS)},
)
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
PARTIAL = ("（二）部分公开", "（区分处理的，只计这一情形，不计其他情形）")


class Cell(str):
    """A table cell's text with the grid places it covers (rowspan, colspan)."""

    def __new__(cls, text: str, rows: int = 1, columns: int = 1):
        cell = super().__new__(cls, text)
        cell.rows, cell.columns = rows, columns
        return cell


def disclosure_table(tables: Tables) -> list[list[Cell]]:
    rows = []
    for block, (columns, names) in T.DISCLOSURE_2021.items():
        width = 3 // len(columns)
        rows.append([Cell(f"第二十条第（{block}）项", columns=4)])
        rows.append([Cell("信息内容")] + [Cell(T.column_label("主动公开", c), columns=width) for c in columns])
        rows += [[Cell(name)] + [Cell(f"{tables.disclosure[name][column]:g}", columns=width) for column in columns]
                 for name in names]
    return rows


def application_table(tables: Tables) -> list[list[Cell]]:
    rows = [
        [Cell(NOTE, rows=3, columns=3), Cell("申请人情况", columns=7)],
        [Cell("自然人", rows=2), Cell("法人或其他组织", columns=5), Cell("总计", rows=2)],
        [Cell(name) for name in T.APPLICANT_COLUMNS[1:6]],
    ]
    values = {key: [Cell(str(value)) for value in row] for key, row in tables.application.items()}
    rows.append([Cell(T.APPLICATION_ROWS["一"], columns=3)] + values["一"])
    rows.append([Cell(T.APPLICATION_ROWS["二"], columns=3)] + values["二"])
    rows.append([Cell("三、本年度办理结果", rows=22), Cell("（一）予以公开", columns=2)] + values["三.一"])
    rows.append([Cell("".join(PARTIAL), columns=2)] + values["三.二"])
    for group, (title, items) in T.RESULT_GROUPS.items():
        for number, item in enumerate(items, 1):
            label = [Cell(title, rows=len(items))] if number == 1 else []
            rows.append(label + [Cell(f"{number}.{item}")] + values[f"{group}.{number}"])
    rows.append([Cell("（七）总计", columns=2)] + values["三.七"])
    rows.append([Cell(T.APPLICATION_ROWS["四"], columns=3)] + values["四"])
    return rows


def review_table(tables: Tables) -> list[list[Cell]]:
    return [
        [Cell("行政复议", columns=5), Cell("行政诉讼", columns=10)],
        [Cell(name, rows=2) for name in T.REVIEW_COLUMNS] + [Cell("未经复议直接起诉", columns=5),
                                                           Cell("复议后起诉", columns=5)],
        [Cell(name) for name in T.REVIEW_COLUMNS * 2],
        [Cell(str(value)) for group in T.REVIEW_GROUPS for value in tables.review[group]],
    ]


TABLES = {"二": disclosure_table, "三": application_table, "四": review_table}


def parts(tables: Tables, org: str = ORG) -> list[tuple[str, object]]:
    """The report in order: ("title"|"heading"|"text", text) or ("table", rows of cells)."""
    body = dict(BODY, 一=[BODY["一"][0], f"全年共收到政府信息公开申请{tables.application['一'][6]}件。"])
    out: list[tuple[str, object]] = [("title", TITLE.replace(ORG, org)), ("text", PERIOD)]
    for number, title in T.SECTION_TITLES.items():
        out.append(("heading", f"{number}、{title}"))
        out += [("text", line) for line in body.get(number, [])]
        if number in TABLES:
            out.append(("table", TABLES[number](tables)))
    return out + [("text", line.replace(ORG, org)) for line in SIGNATURE]


# --- text and Markdown: the grid without merges, each label once ------------------------

def write_text(tables: Tables) -> str:
    lines = []
    for kind, content in parts(tables):
        lines += ["\t".join(row) for row in content] if kind == "table" else [content]
    return "\n".join(lines) + "\n"


def write_markdown(tables: Tables) -> str:
    lines = []
    for kind, content in parts(tables):
        if kind == "title":
            lines += [f"# {content}", ""]
        elif kind == "heading":  # one part heading in bold, as some editors write them
            lines += ["", f"## {content}" if content[0] != "五" else f"**{content}**", ""]
        elif kind == "table":
            width = max(len(row) for row in content)
            lines += ["| " + " | ".join(content[0] + [""] * (width - len(content[0]))) + " |", "|" + "---|" * width]
            lines += ["| " + " | ".join(row) + " |" for row in content[1:]]
        else:
            lines.append(content)
    return "\n".join(lines) + "\n"


# --- HTML: the official layout with rowspan/colspan, inside a site's page layout --------------

def html_cell(cell: Cell, word_style: bool) -> str:
    spans = "".join(f' {name}="{value}"' for name, value in (("rowspan", cell.rows), ("colspan", cell.columns))
                    if value > 1)
    text = html.escape(cell)
    if cell == "".join(PARTIAL):
        text = "<br>".join(html.escape(piece) for piece in PARTIAL)
    if word_style:  # Word's "save as web page": every cell's text in <p><span>
        text = f'<p class="MsoNormal" align="center"><span style="font-size:10.5pt">{text}</span></p>'
    return f"<td{spans}>{text}</td>"


def write_html(tables: Tables, charset: str = "utf-8", word_style: bool = False, one_line: bool = False,
               org: str = ORG) -> str:
    """A government page: navigation, a layout table, the report in it; `one_line` as minified pages are."""
    body = []
    for kind, content in parts(tables, org):
        if kind == "table":
            rows = "\n".join("<tr>" + "".join(html_cell(cell, word_style) for cell in row) + "</tr>"
                             for row in content)
            body.append(f'<table border="1" cellspacing="0" cellpadding="0" width="100%">\n<tbody>\n{rows}\n'
                        f"</tbody>\n</table>")
        elif kind == "title":
            body.append(f'<h1 class="title">{html.escape(content)}</h1>')
        elif kind == "heading":
            body.append(f'<p style="text-indent:2em"><strong><span>{html.escape(content)}</span></strong></p>')
        else:
            text = re.sub(r"(\d+)件", r"<span>\1</span>件", html.escape(content))
            body.append(f'<p style="text-indent:2em">&nbsp;&nbsp;{text}</p>')
    article = "\n".join(body)
    meta = f'<meta charset="{charset}">' if charset == "utf-8" else \
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta}
<title>{TITLE.replace(ORG, org)}_某市某区人民政府</title>
<script>var nav = "<td>1</td>"; if (a < b) {{ show(); }}</script>
<style>td {{ border: 1px solid #000; }}</style>
</head>
<body>
<nav>首页 &gt; 政府信息公开 &gt; 政府信息公开工作年度报告</nav>
<table class="layout" width="1000" align="center"><tr>
<td class="sidebar" width="200"><ul><li>机构概况</li><li>政策文件</li></ul></td>
<td class="main">
<!-- 正文开始 -->
<div class="article">
{article}
</div>
</td></tr></table>
<footer>主办：某市某区人民政府办公室　网站标识码：0000000000</footer>
</body>
</html>
"""
    return page.replace("\n", "") if one_line else page


# --- DOCX: Word tables with horizontal (gridSpan) and vertical (vMerge) merges ---------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def runs(text: str) -> str:
    """Word cuts a label into runs wherever editing or proofing touched it."""
    return "".join(f'<w:r><w:t xml:space="preserve">{html.escape(text[start:start + 4])}</w:t></w:r>'
                   for start in range(0, len(text), 4))


def docx_table(rows: list[list[Cell]]) -> str:
    """A Word table: a merged cell spans columns with gridSpan and rows with vMerge restart/continue."""
    width = sum(cell.columns for cell in rows[-1])
    origin: dict[tuple[int, int], tuple[Cell, int]] = {}  # grid place -> cell covering it, its first row
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in origin:
                c += 1
            origin |= {(r + down, c + right): (cell, r) for down in range(cell.rows) for right in range(cell.columns)}
            c += cell.columns
    xml = []
    for r in range(len(rows)):
        tcs, c = [], 0
        while c < width:
            cell, first = origin[(r, c)]
            span = f'<w:gridSpan w:val="{cell.columns}"/>' if cell.columns > 1 else ""
            merge = "" if cell.rows == 1 else '<w:vMerge w:val="restart"/>' if first == r else "<w:vMerge/>"
            if first != r:
                paragraphs = "<w:p/>"
            elif cell == "".join(PARTIAL):  # two paragraphs in one cell
                paragraphs = "".join(f"<w:p>{runs(piece)}</w:p>" for piece in PARTIAL)
            else:
                paragraphs = f"<w:p>{runs(cell)}</w:p>"
            tcs.append(f"<w:tc><w:tcPr>{span}{merge}</w:tcPr>{paragraphs}</w:tc>")
            c += cell.columns
        xml.append(f"<w:tr>{''.join(tcs)}</w:tr>")
    grid = "<w:gridCol/>" * width
    return (f'<w:tbl {W}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(xml)}</w:tbl>")


def write_docx(tables: Tables, path, org: str = ORG) -> None:
    from docx import Document
    from docx.oxml import parse_xml

    document = Document()
    for kind, content in parts(tables, org):
        if kind == "table":
            document.element.body.sectPr.addprevious(parse_xml(docx_table(content)))
            continue
        paragraph = document.add_heading(level=1 if kind == "title" else 2) if kind in ("title", "heading") \
            else document.add_paragraph()
        paragraph._p.extend(parse_xml(f'<w:p {W}>{runs(content)}</w:p>'))
    document.save(path)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "report.txt").write_text(write_text(FIXTURE), encoding="utf-8")
    (OUT / "report.md").write_text(write_markdown(FIXTURE), encoding="utf-8")
    (OUT / "report-utf8.html").write_text(write_html(FIXTURE), encoding="utf-8")
    (OUT / "report-gbk.html").write_bytes(write_html(FIXTURE, "gbk", word_style=True).encode("gbk"))
    write_docx(FIXTURE, OUT / "report.docx")


if __name__ == "__main__":
    main()
