"""Run-together text: rows whose cell boundaries were lost are split only where the template allows
exactly one split; otherwise they are reported as ambiguous or unreadable, never guessed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gilint.examples import EXAMPLE_REPORT
from gilint.model import Cell, Diagnostic, Position
from gilint.readers.layout import Token
from gilint.readers.runtogether import layout, recover, splits, unglue
from gilint.readers.text import read_text

EXAMPLE = EXAMPLE_REPORT.read_text(encoding="utf-8")


def glue(text: str) -> str:
    """The report as a scraped web page leaves it: no boundary between cells."""
    return text.replace("\t", "")


def read(text: str):
    return read_text("glued.txt", text.encode("utf-8"))


def values(report, table: str) -> dict:
    return {row: {column: cell.value for column, cell in cells.items()}
            for row, cells in report.tables.get(table, {}).items()}


def test_the_issue_example_is_split_and_marked_recovered():
    report = read("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量801000081\n")
    row = report.tables["依申请"]["一"]
    assert [cell.value for cell in row.values()] == [80, 1, 0, 0, 0, 0, 81]
    assert all(cell.recovered for cell in row.values())
    line = report.lines[row["总计"].at.line - 1]
    assert line[row["总计"].at.column - 1:] == "81"  # each cell points at its own digits
    assert row["总计"].as_dict()["recovered"] is True
    assert report.diagnostics == []


def test_a_whole_glued_report_parses_to_the_same_values_as_its_tab_version(engine):
    original, glued = read(EXAMPLE), read(glue(EXAMPLE))
    for table in ("主动公开", "依申请", "复议诉讼"):
        assert values(glued, table) == values(original, table)
    assert glued.diagnostics == []
    assert glued.tables["依申请"]["三.三.1"]["自然人"].recovered
    assert not glued.tables["主动公开"]["行政许可"]["本年处理决定数量"].recovered  # one column: nothing was cut
    assert engine.run(glued) == [] == engine.run(original)


def test_an_ambiguous_row_is_reported_with_its_candidates_and_not_read():
    report = read("三、收到和处理政府信息公开申请情况\n二、上年结转政府信息公开申请数量121000013\n")
    assert "二" not in report.tables.get("依申请", {})
    [diagnostic] = report.diagnostics
    assert "歧义" in diagnostic.message
    assert "1 2 10 0 0 0 13" in diagnostic.message and "12 1 0 0 0 0 13" in diagnostic.message


def test_a_row_no_split_fits_is_unreadable_not_a_row_sum_error(engine):
    """1000002: seven counts whose total is not the sum; a recovered row never yields GI102."""
    text = glue(EXAMPLE).replace("2.重复申请0030407", "2.重复申请1000002")
    report = read(text)
    assert "三.五.2" not in report.tables["依申请"]
    codes = [violation.code for violation in engine.run(report)]
    assert "GI001" in codes and "GI102" not in codes
    [diagnostic] = report.diagnostics
    assert "没有一种拆分符合模板" in diagnostic.message and "1000002" in diagnostic.message


def test_other_identities_still_apply_to_recovered_cells(engine):
    # 结转下年度 one more in 自然人 (and 总计), 重复申请 one more in 自然人 (and 总计), both glued
    text = glue(EXAMPLE).replace("四、结转下年度继续办理39050118", "四、结转下年度继续办理49050119")
    text = text.replace("2.重复申请0030407", "2.重复申请1030408")
    report = read(text)
    assert report.tables["依申请"]["四"]["自然人"].recovered
    assert report.tables["依申请"]["三.五.2"]["总计"].value == 8
    found = {(violation.code, violation.cells[0]) for violation in engine.run(report)}
    assert ("GI101", "依申请:一:自然人") in found
    assert ("GI103", "依申请:三.七:自然人") in found
    assert not [code for code, _ in found if code == "GI102"]


def test_table_two_rows_split_only_when_one_split_is_possible():
    head = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容本年制发件数本年废止件数现行有效件数\n"
    report = read(head + "规章000\n行政规范性文件5320\n")
    assert values(report, "主动公开") == {"规章": {"本年制发件数": 0, "本年废止件数": 0, "现行有效件数": 0}}
    [diagnostic] = report.diagnostics
    assert "行政规范性文件" in diagnostic.message and "5 3 20" in diagnostic.message


def test_table_four_is_cut_into_its_three_groups_by_their_totals():
    report = read("四、政府信息公开行政复议、行政诉讼情况\n结果维持结果纠正其他结果尚未审结总计313183203833017\n")
    assert values(report, "复议诉讼") == {
        "行政复议": dict(zip(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], [3, 1, 3, 1, 8])),
        "未经复议直接起诉": dict(zip(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], [3, 2, 0, 3, 8])),
        "复议后起诉": dict(zip(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], [3, 3, 0, 1, 7])),
    }


# --- generated rows: the split is exact or declared ambiguous, never wrong ---------------------

COUNTS = st.one_of(st.integers(0, 3), st.integers(0, 120), st.integers(0, 999))


def _check(table: str, numbers: list[int]) -> None:
    run = Token("".join(map(str, numbers)), Position(7, 3))
    truth = tuple(map(str, numbers))
    candidates = splits(run.text, layout(table, len(numbers)))
    assert truth in candidates or len(candidates) > 3  # search stops after four
    found = recover(table, Token("某行", Position(7, 1)), run, len(numbers))
    if isinstance(found, Diagnostic):
        assert len(candidates) > 1 and "歧义" in found.message
    else:
        assert found == [Cell(number, str(number), found[i].at, recovered=True) for i, number in enumerate(numbers)]
        assert candidates == [truth]


@settings(max_examples=150, deadline=None)
@given(st.lists(COUNTS, min_size=6, max_size=6))
def test_generated_table_three_rows(applicants):
    _check("依申请", [*applicants, sum(applicants)])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(COUNTS, min_size=4, max_size=4), min_size=3, max_size=3))
def test_generated_table_four_rows(groups):
    _check("复议诉讼", [number for group in groups for number in (*group, sum(group))])


@settings(max_examples=100, deadline=None)
@given(st.lists(COUNTS, min_size=2, max_size=3))
def test_generated_table_two_rows(counts):
    _check("主动公开", counts)


def test_pieces_of_a_cut_cell_keep_the_document_cell_they_came_from():
    """A Word table cell 本年新收…数量80 cut into label and number, or a digit run cut into counts: every
    piece still names the document's table, row and column, so the message says where to look."""
    at = Position(7, 1, page=None, table=2, row=4, col=1)
    label, number = unglue([Token("一、本年新收政府信息公开申请数量80", at)], "依申请")
    assert (number.text, number.at) == ("80", Position(7, 17, None, 2, 4, 1))
    cells = recover("依申请", label, Token("801000081", Position(7, 17, None, 2, 4, 2)), 7)
    assert [(cell.raw, cell.at) for cell in cells][-1] == ("81", Position(7, 24, None, 2, 4, 2))
