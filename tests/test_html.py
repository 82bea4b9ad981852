"""The HTML reader: merged cells read once, blanks, nested markup, encodings, source positions."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gilint import template as T
from gilint.model import Position
from gilint.prose import sentences
from gilint.readers import UnreadableFile, read_bytes
from gilint.readers.grid import Span, layout
from make_format_fixtures import FIXTURE, write_html
from reportgen import consistent_tables

ARITHMETIC = {"GI101", "GI102", "GI103", "GI104"}


def page(charset: str = "utf-8", **options) -> bytes:
    return write_html(FIXTURE, charset, **options).encode("gbk" if charset != "utf-8" else "utf-8")


def texts(rows) -> list[list[str]]:
    return [[place.text for place in row] for row in rows]


def test_a_merged_label_is_read_once_and_a_merged_value_leaves_blanks():
    at = Position(1, 1)
    table = [
        [Span("（三）不予公开", at, rows=2), Span("1.属于国家秘密", at), Span("5", at, rows=2), Span("6", at)],
        [Span("2.其他法律行政法规禁止公开", at), Span("7", at)],
        [Span("行政许可", at), Span("1", at, columns=3)],
    ]
    assert texts(layout(table)) == [
        ["（三）不予公开", "1.属于国家秘密", "5", "6"],
        ["2.其他法律行政法规禁止公开", "", "7"],
        ["行政许可", "1"],
    ]
    assert [place.column for place in layout(table)[1]] == [1, 2, 3]


def test_a_huge_rowspan_stops_at_the_table_end():
    at = Position(1, 1)
    assert texts(layout([[Span("a", at, rows=10**9), Span("1", at)], [Span("2", at)]])) == [["a", "1"], ["2"]]


def cell_values(report, row: str) -> list:
    return [report.tables["依申请"][row][column].value for column in T.APPLICANT_COLUMNS]


def test_nbsp_and_empty_cells_are_blanks_in_their_own_column():
    row = "<td>0</td><td>6</td><td>1</td><td>0</td><td>0</td><td>3</td><td>10</td>"
    blanks = "<td>&nbsp;</td><td>6</td><td> </td><td>0</td><td><p><span>&nbsp;</span></p></td><td>3</td><td>10</td>"
    data = page().replace(row.encode(), blanks.encode())
    assert data != page()
    report = read_bytes("a.html", data)
    assert cell_values(report, "三.一") == [None, 6, None, 0, None, 3, 10]
    assert cell_values(report, "三.二") == FIXTURE.application["三.二"]


def test_numbers_in_nested_markup_and_labels_broken_by_br():
    report = read_bytes("a.html", page("gbk", word_style=True))
    assert cell_values(report, "一") == FIXTURE.application["一"]
    assert report.labels[("依申请", "三.二")].text == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"


@pytest.mark.parametrize("meta", [
    "<meta charset=gbk>",
    '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    "<META CHARSET='GB18030'>",
    "",  # nothing declared: detected
])
def test_chinese_pages_in_gbk_whatever_they_declare(meta):
    source = write_html(FIXTURE).replace('<meta charset="utf-8">', meta)
    source = source.replace("某市某区司法局", "堃镕区司法局")  # characters GB2312 does not have
    report = read_bytes("a.html", source.encode("gb18030"))
    assert report.meta.org == "堃镕区司法局"
    assert cell_values(report, "三.七") == FIXTURE.application["三.七"]


def test_a_bom_outweighs_a_wrong_meta_charset():
    source = write_html(FIXTURE).replace('<meta charset="utf-8">', '<meta charset="gbk">')
    report = read_bytes("a.html", b"\xef\xbb\xbf" + source.encode("utf-8"))
    assert report.meta.org == "某市某区司法局"


def test_positions_are_line_and_column_in_the_source_even_on_one_line():
    data = page(one_line=True)
    report = read_bytes("a.html", data)
    assert len(report.lines) == 1
    source = data.decode("utf-8")
    cell = report.tables["复议诉讼"]["复议后起诉"]["总计"]
    assert cell.at.line == 1 and source[cell.at.column - 1:].startswith(f"{cell.raw}</td></tr>")
    assert source[report.meta.title_at.column - 1:].startswith("某市某区司法局2024年政府信息公开工作年度报告</h1>")


def test_navigation_scripts_and_comments_are_not_report_text():
    report = read_bytes("a.html", page())
    assert report.lines[report.meta.title_at.line - 1].startswith("<h1")  # not the <title>, not the <nav>


def test_html_is_recognised_by_its_content_whatever_its_name():
    assert read_bytes("report.txt", page()).input_kind == "html"


@pytest.mark.parametrize("content", [b"<html><body><p>\xe9\xa6\x96\xe9\xa1\xb5</p></body></html>", b"<html></html>"])
def test_a_page_without_a_report_is_unreadable(content):
    with pytest.raises(UnreadableFile, match="未找到年度报告的内容"):
        read_bytes("a.html", content)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), word_style=st.booleans(), one_line=st.booleans(),
       charset=st.sampled_from(["utf-8", "gbk"]), data=st.data())
def test_generated_pages_parse_back_exactly_and_errors_name_the_cell(seed, word_style, one_line, charset, data,
                                                                     engine):
    tables = consistent_tables(random.Random(seed))
    broken = data.draw(st.booleans())
    if broken:
        raised, index = data.draw(st.sampled_from(sorted(tables.application))), data.draw(st.integers(0, 6))
        tables.application[raised][index] += data.draw(st.integers(1, 99))
    source = write_html(tables, charset, word_style=word_style, one_line=one_line)
    report = read_bytes("a.html", source.encode("utf-8" if charset == "utf-8" else "gbk"))
    for row, cells in tables.application.items():
        assert cell_values(report, row) == cells
    for group, cells in tables.review.items():
        assert [report.tables["复议诉讼"][group][column].value for column in T.REVIEW_COLUMNS] == cells
    for row, cells in tables.disclosure.items():
        assert {column: cell.value for column, cell in report.tables["主动公开"][row].items()} == cells
    lines = source.split("\n")
    for rows in report.tables.values():
        for cell in (cell for cells in rows.values() for cell in cells.values()):
            assert lines[cell.at.line - 1][cell.at.column - 1:].startswith(cell.raw)
    named = {ref for violation in engine.run(report) if violation.code in ARITHMETIC for ref in violation.cells}
    if broken:
        assert f"依申请:{raised}:{T.APPLICANT_COLUMNS[index]}" in named
    else:
        assert not named


def test_an_xhtml_page_with_an_xml_declaration():
    source = '<?xml version="1.0" encoding="gbk"?>\n' + write_html(FIXTURE, "gbk")
    report = read_bytes("a.html", source.encode("gbk"))
    assert cell_values(report, "四") == FIXTURE.application["四"]
    cell = report.tables["依申请"]["四"]["总计"]
    assert report.lines[cell.at.line - 1][cell.at.column - 1:].startswith("18</td>")


def test_a_page_nested_hundreds_deep_by_unclosed_tags_is_read_whole():
    report = read_bytes("a.html", page().replace(b'<div class="article">', b'<div class="article">' + b"<font>" * 600))
    assert len(report.sections) == 6 and cell_values(report, "三.七") == FIXTURE.application["三.七"]


def test_text_after_a_comment_is_kept():
    source = write_html(FIXTURE).replace("<h1", "<p>统计<!-- x -->期限：2024年1月1日至2024年12月31日</p><h1")
    report = read_bytes("a.html", source.replace("本报告所列数据的统计期限为", "本报告").encode("utf-8"))
    assert report.meta.period_start.value.isoformat() == "2024-01-01"


def test_rows_merged_differently_from_their_header_keep_one_value_per_printed_cell():
    """Word's web pages merge a row's cells where its text was wide, not where the header's are."""
    table = """<p>二、主动公开政府信息情况</p><table>
<tr><td colspan="5">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td colspan="2">本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td colspan="2"><p>5</p></td><td>&nbsp;</td><td>6</td></tr>
<tr><td>行政规范性文件</td><td>0</td><td colspan="2">1</td><td>8</td></tr>
</table><p>三、收到和处理政府信息公开申请情况</p>"""
    report = read_bytes("a.html", f"<html><body>{table}</body></html>".encode())
    values = {row: [cell.value for cell in cells.values()] for row, cells in report.tables["主动公开"].items()}
    assert values == {"规章": [5, None, 6], "行政规范性文件": [0, 1, 8]}


def _found(engine, source: str, code: str):
    report = read_bytes("a.html", source.encode("utf-8"))
    return [violation for violation in engine.run(report) if violation.code == code], source.split("\n")


def test_text_rules_read_the_words_of_the_page_not_its_markup(engine):
    """Word's pages put numbers in their own <span> and break paragraphs over source lines: the text
    rules must read the sentence a reader sees, and point at the number in the source."""
    wrong = write_html(FIXTURE).replace("申请<span>356</span>件", "申请<span>365</span>件")
    found, lines = _found(engine, wrong, "GI501")
    assert len(found) == 1 and "365" in found[0].message
    assert lines[found[0].at.line - 1][found[0].at.column - 1:].startswith("365</span>件")
    broken = wrong.replace("全年共收到政府信息公开申请", "全年共收到政府信息\n      公开申请")
    found, lines = _found(engine, broken, "GI501")
    assert len(found) == 1 and lines[found[0].at.line - 1][found[0].at.column - 1:].startswith("365</span>件")


def test_a_number_after_entities_in_the_same_text_is_placed_exactly(engine):
    """`&nbsp;` is one character of the text and six of the source: a number after it, in the same run,
    on the same line or the next, is still pointed at where the source writes it."""
    one_run = write_html(FIXTURE).replace("申请<span>356</span>件", "申请&nbsp;&amp;&nbsp;365&nbsp;件")
    found, lines = _found(engine, one_run, "GI501")
    assert len(found) == 1 and lines[found[0].at.line - 1][found[0].at.column - 1:].startswith("365&nbsp;件")
    two_lines = one_run.replace("全年共收到政府信息公开申请", "全年&nbsp;共收到政府信息\n  公开&nbsp;申请")
    found, lines = _found(engine, two_lines, "GI501")
    assert len(found) == 1 and lines[found[0].at.line - 1][found[0].at.column - 1:].startswith("365&nbsp;件")


def test_dates_are_read_in_the_page_text_and_its_tables_not_in_scripts(engine):
    in_script = write_html(FIXTURE).replace("<script>", '<script>var updated = "2024-02-30";')
    assert _found(engine, in_script, "GI403")[0] == []
    in_table = write_html(FIXTURE).replace(
        "<h1", "<table><tr><td>发文日期</td><td>2025-02-30</td></tr></table><h1")
    found, lines = _found(engine, in_table, "GI403")
    assert len(found) == 1 and lines[found[0].at.line - 1][found[0].at.column - 1:].startswith("2025-02-30</td>")


def test_a_page_with_a_few_bad_bytes_is_read_and_the_place_reported():
    """A page whose text lost a byte mid-character: the tables still read, the damage found in the source."""
    data = page()
    start = data.index("全年共收到".encode())
    damaged = data[:start + 1] + data[start + 2:]
    report = read_bytes("a.html", damaged)
    places = [d.at for d in report.diagnostics if "无法解码" in d.message]
    assert len(places) == 1
    assert report.lines[places[0].line - 1][places[0].column - 1:].startswith("\ufffd年共收到")
    assert report.tables == read_bytes("a.html", data).tables


def test_on_a_page_minified_to_one_line_parts_are_told_by_their_column(engine):
    """Government CMS pages often put the whole page on one line: a part's heading, and which part a
    sentence is in, must then be told by the column too, not by the line alone."""
    source = write_html(FIXTURE, one_line=True).replace("存在的主要问题及改进情况", "存在的主要问题及下一步打算")
    report = read_bytes("a.html", source.encode())
    assert [section.number for section in report.sections] == list("一二三四五六")
    for section in report.sections:
        assert report.lines[section.line - 1][section.column - 1:].startswith(section.number + "、")
    parts = {sentence.text: sentence.part for sentence in sentences(report)}
    assert (parts["机构概况"], parts["全年共收到政府信息公开申请356件。"], parts["本年度未收取信息处理费。"]) == ("", "一", "六")
    found, lines = _found(engine, source, "GI603")
    assert len(found) == 1 and lines[0][found[0].at.column - 1:].startswith("五、存在的主要问题及下一步打算")


@pytest.mark.parametrize("changes", [
    {"本年度未收取信息处理费。": "本年度工作平稳。"},  # GI605
    {"本年度未收取信息处理费。": "本年度工作平稳。",  # GI605 still: a 费 in part 一 is no fee statement
     "依法做好政府信息公开工作。": "依法做好政府信息公开工作，经费保障到位。"},
    {"存在的主要问题及改进情况": "存在的主要问题及下一步打算"},  # GI603
    {"申请<span>356</span>件": "申请<span>999</span>件"},  # GI501
    {"2025年1月20日": "2025年2月30日"},  # GI403
    {"2025年1月20日": "2025年4月20日"},  # GI402
    {"四、政府信息公开行政复议、行政诉讼情况": "政府信息公开行政复议、行政诉讼情况"},  # GI301 (table 四 is still read, by its words)
], ids=["fee", "fee-in-part-one", "title", "count", "date", "late", "heading"])
def test_a_page_minified_to_one_line_gets_the_findings_of_the_same_page_on_many_lines(engine, changes):
    found = {}
    for one_line in (False, True):
        source = write_html(FIXTURE, one_line=one_line)
        for printed, mistaken in changes.items():
            source = source.replace(printed, mistaken, 1)
        found[one_line] = sorted(v.code for v in engine.run(read_bytes("a.html", source.encode())))
    assert found[True] == found[False] != []


@pytest.mark.parametrize("tag", ["strong", "h2"])
def test_a_br_inside_a_heading_wraps_its_title_and_cuts_nothing(tag, engine):
    """A long heading wrapped with <br> inside <strong> or <h2> was cut at the break: GI603 said part 四's title
    is "政府信息公开行政复议、"."""
    page = write_html(FIXTURE).replace(
        "<strong><span>四、政府信息公开行政复议、行政诉讼情况</span></strong>",
        f"<{tag}><span>四、政府信息公开行政复议、<br>行政诉讼情况</span></{tag}>")
    assert "<br>行政诉讼情况" in page
    report = read_bytes("a.html", page.encode())
    assert report.sections[3].title == "政府信息公开行政复议、行政诉讼情况"
    assert [violation.code for violation in engine.run(report)] == []
