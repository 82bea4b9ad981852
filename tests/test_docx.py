"""The DOCX reader: Word's runs, merged cells read once, positions a person finds, broken files."""

from __future__ import annotations

import io
import random
import zipfile

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import FIXTURES
from gilint import template as T
from gilint.cli import app
from gilint.readers import UnreadableFile, read_bytes
from make_format_fixtures import FIXTURE, write_docx
from reportgen import consistent_tables

REPORT = FIXTURES / "formats" / "report.docx"


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def paragraph_starting(document, text: str):
    return next(p for p in document.paragraphs if p.text.startswith(text))


def test_a_label_split_over_runs_edits_and_proofing_marks_reads_as_written():
    """Word keeps a heading in pieces: runs cut by proofing marks and bookmarks, a tracked
    insertion, a tracked deletion or move (the moved text kept as w:t where it was), a smart tag,
    a hyperlink; WPS wraps blocks in content controls."""
    document = Document(str(REPORT))
    heading = paragraph_starting(document, "三、收到")
    for run in heading._p.r_lst:
        heading._p.remove(run)
    for xml in [
        "<w:r><w:t>三、收到</w:t></w:r>",
        '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="9" w:name="b"/>',
        "<w:r><w:t>和处理</w:t></w:r>",
        '<w:bookmarkEnd w:id="9"/><w:ins w:id="1" w:author="某"><w:r><w:t>政府信息</w:t></w:r></w:ins>',
        '<w:del w:id="2" w:author="某"><w:r><w:delText>已删除</w:delText></w:r></w:del>',
        '<w:moveFrom w:id="3" w:author="某"><w:r><w:t>移走的</w:t></w:r></w:moveFrom>',
        '<w:smartTag w:uri="u" w:element="e"><w:r><w:t>公开申请</w:t></w:r></w:smartTag>',
        '<w:hyperlink w:anchor="a"><w:r><w:t>情况</w:t></w:r></w:hyperlink>',
    ]:
        heading._p.extend(parse_xml(f'<w:p {nsdecls("w")}>{xml}</w:p>'))
    first = paragraph_starting(document, "一、总体")._p
    control = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent/></w:sdt>')
    first.addprevious(control)
    control[0].append(first)
    report = read_bytes("a.docx", saved(document))
    assert [(section.number, section.title) for section in report.sections] == list(
        zip(T.SECTION_TITLES, T.SECTION_TITLES.values()))
    assert report.lines[report.sections[2].line - 1] == "三、收到和处理政府信息公开申请情况"


def test_content_controls_inside_a_table_hide_no_cell():
    """A template's content controls wrap a cell's paragraph, a cell or a whole row (w:sdt): those cells
    read as blank or the row vanished (eight findings, or none at all for a lost row)."""
    document = Document(str(REPORT))
    table = document.tables[1]  # 表三: row 4 (1-based) is 一、本年新收, row 5 is 二、上年结转

    def wrap(element):
        control = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent/></w:sdt>')
        element.addprevious(control)
        control[0].append(element)

    wrap(table.rows[3]._tr.tc_lst[3].p_lst[0])  # a cell's paragraph
    wrap(table.rows[3]._tr.tc_lst[4])  # a cell
    wrap(table.rows[4]._tr)  # a row
    report = read_bytes("a.docx", saved(document))
    expected = read_bytes("b.docx", REPORT.read_bytes())
    for row in ("一", "二"):
        assert [cell.value for cell in report.tables["依申请"][row].values()] == \
            [cell.value for cell in expected.tables["依申请"][row].values()]


def test_a_tab_typed_after_a_number_aligns_the_text_and_cuts_no_cells(engine):
    """（一）<tab>本年度未收取信息处理费。 was two cells, so no sentence: GI605 said the fee statement is missing."""
    document = Document(str(REPORT))
    paragraph_starting(document, "本年度未收取").text = "（一）\t本年度未收取信息处理费。"
    report = read_bytes("a.docx", saved(document))
    assert [violation.code for violation in engine.run(report)] == []


def test_merged_cells_are_read_once_labels_in_their_first_row_values_leave_blanks():
    document = Document(str(REPORT))
    table = document.tables[1]  # 表三; rows 8 and 9 (1-based) are （三）1 and （三）2
    below = table.cell(8, 9)
    below.paragraphs[0].text = ""
    table.cell(7, 9).merge(below)
    report = read_bytes("a.docx", saved(document))
    assert report.tables["依申请"]["三.三.1"]["总计"].value == 28
    assert report.tables["依申请"]["三.三.2"]["总计"].value is None  # blank, not 28 again
    assert report.tables["依申请"]["三.三.2"]["其他"].value == 0
    label = report.labels[("依申请", "三.三")]
    assert (label.text, label.at.row, label.at.col) == ("（三）不予公开", 8, 2)


def test_cells_know_their_table_row_and_column_and_the_line_of_the_extracted_text():
    report = read_bytes("a.docx", REPORT.read_bytes())
    cell = report.tables["依申请"]["三.三.2"]["自然人"]
    assert (cell.at.table, cell.at.row, cell.at.col) == (2, 9, 4)
    assert cell.as_dict() == {"value": 9, "raw": "9", "line": cell.at.line, "column": cell.at.column,
                              "table": 2, "row": 9, "col": 4}
    assert report.lines[cell.at.line - 1] == "2.其他法律行政法规禁止公开\t9\t8\t5\t7\t3\t0\t32"
    assert report.lines[report.sections[0].line - 1] == "一、总体情况"


def test_the_terminal_output_shows_where_word_shows_the_cell(tmp_path):
    document = Document(str(REPORT))
    document.tables[1].cell(3, 9).paragraphs[0].runs[0].text = "357"
    path = tmp_path / "报告.docx"
    path.write_bytes(saved(document))
    result = CliRunner().invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:25:36: GI102 错误" in result.output
    assert "位置：文档第2个表格 第4行 第10列" in result.output


@pytest.mark.parametrize("data", [
    b"not a zip at all",
    b"PK\x03\x04 truncated",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
])
def test_a_file_that_is_not_a_docx_gets_one_clear_message(data):
    with pytest.raises(UnreadableFile, match=r"\.docx"):
        read_bytes("报告.docx", data)


def test_a_zip_that_is_not_a_word_document_is_unreadable():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnreadableFile, match="Word"):
        read_bytes("a.docx", out.getvalue())


@settings(max_examples=8, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_generated_documents_parse_back_exactly(seed, tmp_path_factory):
    tables = consistent_tables(random.Random(seed))
    path = tmp_path_factory.mktemp("docx") / "r.docx"
    write_docx(tables, path)
    report = read_bytes(str(path), path.read_bytes())
    assert report.diagnostics == []
    for row, cells in tables.application.items():
        assert [report.tables["依申请"][row][column].value for column in T.APPLICANT_COLUMNS] == cells
    for group, cells in tables.review.items():
        assert [report.tables["复议诉讼"][group][column].value for column in T.REVIEW_COLUMNS] == cells
    for row, cells in tables.disclosure.items():
        assert {column: cell.value for column, cell in report.tables["主动公开"][row].items()} == cells


def test_the_fixture_is_what_the_generator_writes(tmp_path):
    write_docx(FIXTURE, tmp_path / "r.docx")
    with zipfile.ZipFile(tmp_path / "r.docx") as new, zipfile.ZipFile(REPORT) as old:
        assert new.read("word/document.xml") == old.read("word/document.xml")


def numbered(document, paragraph, num_id: int, prefix: str) -> None:
    """Make Word draw `prefix` as an automatic number instead of keeping it in the text."""
    assert paragraph.text.startswith(prefix)
    paragraph.text = paragraph.text[len(prefix):]
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


@pytest.mark.parametrize("heading_numbers", ["in each paragraph", "in the heading style"])
def test_word_automatic_numbering_gives_parts_and_rows_their_numbers(heading_numbers):
    document = Document(str(REPORT))
    numbering = document.part.part_related_by(RT.NUMBERING).element
    for abstract, form, text in ((90, "chineseCounting", "%1、"), (91, "decimal", "%1.")):
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{form}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'))
    for num, abstract, restart in ((90, 90, ""), (91, 91, ""), (92, 91, '<w:lvlOverride w:ilvl="0">'
                                                                       '<w:startOverride w:val="1"/></w:lvlOverride>')):
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num}"><w:abstractNumId w:val="{abstract}"/>'
                                   f"{restart}</w:num>"))
    for number in T.SECTION_TITLES:
        numbered(document, paragraph_starting(document, f"{number}、"), 90, f"{number}、")
    if heading_numbers == "in the heading style":
        style = document.styles["Heading 2"].element
        style.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="90"/></w:numPr>'))
        for paragraph in document.paragraphs:
            for numbers in paragraph._p.xpath("w:pPr/w:numPr"):
                numbers.getparent().remove(numbers)
    table = document.tables[1]
    for row in range(7, 18):  # （三）1-8 in one list, （四）1-3 in a list restarting at 1
        label = table.cell(row, 2).paragraphs[0]
        numbered(document, label, 91 if row < 15 else 92, label.text.split(".")[0] + ".")
    report = read_bytes("a.docx", saved(document))
    assert [section.number for section in report.sections] == list(T.SECTION_TITLES)
    assert report.diagnostics == []
    assert report.labels[("依申请", "三.三.8")].text == "8.属于行政查询事项"
    assert report.labels[("依申请", "三.四.1")].text == "1.本机关不掌握相关政府信息"
    assert report.tables["依申请"]["三.四.3"]["总计"].value == 21
