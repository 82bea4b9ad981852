"""Property tests: consistent tables written in any layout parse back exactly and balance,
and raising any single number of tables 三 or 四 is an error naming that cell."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gilint import template as T
from gilint.readers import read_bytes
from reportgen import LAYOUTS, consistent_tables, render

ARITHMETIC = {"GI101", "GI102", "GI103", "GI104"}
seeds = st.integers(min_value=0, max_value=2**32 - 1)


@settings(max_examples=60, deadline=None)
@given(seed=seeds, layout=st.sampled_from(LAYOUTS), scale=st.sampled_from([0, 3, 50, 5000]))
def test_consistent_tables_parse_back_exactly(seed, layout, scale, engine):
    tables = consistent_tables(random.Random(seed), scale=scale)
    report = read_bytes("generated.txt", render(tables, layout).encode("utf-8"))
    assert report.diagnostics == []
    for row, values in tables.application.items():
        assert [report.tables["依申请"][row][column].value for column in T.APPLICANT_COLUMNS] == values
    for group, values in tables.review.items():
        assert [report.tables["复议诉讼"][group][column].value for column in T.REVIEW_COLUMNS] == values
    for row, columns in tables.disclosure.items():
        for column, value in columns.items():
            assert report.tables["主动公开"][row][column].value == value
    assert not {violation.code for violation in engine.run(report)} & ARITHMETIC


@settings(max_examples=80, deadline=None)
@given(seed=seeds, layout=st.sampled_from(LAYOUTS), data=st.data())
def test_raising_one_number_names_that_cell(seed, layout, data, engine):
    tables = consistent_tables(random.Random(seed))
    if data.draw(st.booleans()):
        table, row = "依申请", data.draw(st.sampled_from(sorted(tables.application)))
        index = data.draw(st.integers(0, 6))
        tables.application[row][index] += data.draw(st.integers(1, 99))
        column = T.APPLICANT_COLUMNS[index]
    else:
        table, row = "复议诉讼", data.draw(st.sampled_from(T.REVIEW_GROUPS))
        index = data.draw(st.integers(0, 4))
        tables.review[row][index] += data.draw(st.integers(1, 99))
        column = T.REVIEW_COLUMNS[index]
    report = read_bytes("generated.txt", render(tables, layout).encode("utf-8"))
    named = [ref for violation in engine.run(report) if violation.code in ARITHMETIC
             and violation.severity == "error" for ref in violation.cells]
    assert f"{table}:{row}:{column}" in named


@pytest.mark.parametrize("sentence", [
    "本年新收政府信息公开申请356件。",  # the words of table 三's first row, in part 一
    "本年新收政府信息公开申请",  # the same, cut at the end of a printed line
    "按照条例第二十条，主动公开各类信息。",  # the words of table 二's blocks
], ids=["row-一-in-a-sentence", "row-一-at-a-line-end", "block-in-a-sentence"])
def test_a_sentence_with_a_tables_words_does_not_take_the_table_away(sentence):
    """Tables met without their headings are recognised by their words; a sentence with the same words
    before them must not claim the table, or the real one is never read."""
    from make_format_fixtures import FIXTURE, write_text

    expected = read_bytes("a.txt", write_text(FIXTURE).encode())
    text = write_text(FIXTURE).replace("全年共收到政府信息公开申请356件。", sentence)
    report = read_bytes("a.txt", text.encode())
    assert report.tables == expected.tables
    assert {key: label.text for key, label in report.labels.items()} == \
        {key: label.text for key, label in expected.labels.items()}


def test_table_four_without_its_heading_is_still_read():
    from make_format_fixtures import FIXTURE, write_text

    expected = read_bytes("a.txt", write_text(FIXTURE).encode())
    report = read_bytes("a.txt", write_text(FIXTURE).replace("四、政府信息公开行政复议、行政诉讼情况\n", "").encode())

    def values(found):
        return {group: {column: cell.raw for column, cell in cells.items()} for group, cells in found.tables["复议诉讼"].items()}

    assert values(report) == values(expected)


@pytest.mark.parametrize("label, warned", [("一）予以公开", False), ("（一予以公开", True)])
def test_a_result_row_that_lost_a_bracket_is_still_placed_and_an_unclosed_one_flagged(label, warned, engine):
    from make_format_fixtures import FIXTURE, write_text

    expected = read_bytes("a.txt", write_text(FIXTURE).encode())
    report = read_bytes("a.txt", write_text(FIXTURE).replace("（一）予以公开", label).encode())
    assert report.tables["依申请"]["三.一"].keys() == expected.tables["依申请"]["三.一"].keys()
    assert [cell.raw for cell in report.tables["依申请"]["三.一"].values()] == \
        [cell.raw for cell in expected.tables["依申请"]["三.一"].values()]
    assert [(v.code, v.severity) for v in engine.run(report)] == ([("GI304", "warning")] if warned else [])


@pytest.mark.parametrize("printed, spaced", [
    ("一、本年新收政府信息公开申请数量\t58\t74\t71\t38\t59\t56\t356", "一、本年新收政府信息公开申请数量\t58 74 71 38 59 56 356"),
    ("一、本年新收政府信息公开申请数量\t58\t74\t71\t38\t59\t56\t356", "一、本年新收政府信息公开申请数量 58 74 71 38 59 56 356"),
    ("3\t1\t3\t1\t8\t3\t2\t0\t3\t8\t3\t3\t0\t1\t7", "3 1 3 1 8 3 2 0 3 8 3 3 0 1 7"),
    ("规章\t5\t2\t6", "规章 5 2 6"),
], ids=["application-row", "application-row-label-too", "review-table", "disclosure-row"])
def test_numbers_separated_only_by_spaces_are_cells(printed, spaced):
    """A row copied from a PDF often keeps only spaces between its numbers; each is then a cell in its own
    column, found at its own place. A space inside one number (3 56) still reads as one where the row fits."""
    from make_format_fixtures import FIXTURE, write_text

    def cells(report):
        return {(table, row, column): cell.raw for table, rows in report.tables.items()
                for row, found in rows.items() for column, cell in found.items()}

    text = write_text(FIXTURE)
    report = read_bytes("a.txt", text.replace(printed, spaced).encode())
    assert cells(report) == cells(read_bytes("a.txt", text.encode())) and not report.diagnostics
    for rows in report.tables.values():
        for found in rows.values():
            for cell in found.values():
                assert report.lines[cell.at.line - 1][cell.at.column - 1:].startswith(cell.raw)


@settings(max_examples=60, deadline=None)
@given(seed=seeds, layout=st.sampled_from(LAYOUTS), data=st.data(),
       mark=st.sampled_from(["- 3 -", "—12—", "－ 3 －", "第 3 页", "第3页，共8页", "3/8"]))
def test_a_page_number_between_cells_is_no_cell(seed, layout, data, mark):
    """Text copied out of a PDF keeps its page numbers, often between two cells of a table: read as a
    cell, one would shift every value after it into the wrong column."""
    tables = consistent_tables(random.Random(seed))
    lines = render(tables, layout).split("\n")
    expected = read_bytes("a.txt", "\n".join(lines).encode())
    lines.insert(data.draw(st.integers(1, len(lines) - 1)), mark)
    report = read_bytes("a.txt", "\n".join(lines).encode())
    assert report.diagnostics == []
    assert {table: {row: {column: cell.value for column, cell in cells.items()} for row, cells in rows.items()}
            for table, rows in report.tables.items()} == \
        {table: {row: {column: cell.value for column, cell in cells.items()} for row, cells in rows.items()}
         for table, rows in expected.tables.items()}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("garbled", ["四、因政府信息公开工作被申请行政夏议、提起行政讼情况", "四、XX"])
def test_a_garbled_heading_of_part_four_is_that_part_not_a_second_row_four(layout, garbled, engine):
    """Part 四's heading follows table 三, whose last row is numbered 四、 too; with its words garbled it
    was read as that row printed again, blanking the real one (a dozen findings). It is part 四, whose
    title GI603 questions."""
    text = render(consistent_tables(random.Random(4)), layout)
    expected = read_bytes("a.txt", text.encode())
    report = read_bytes("a.txt", text.replace("四、政府信息公开行政复议、行政诉讼情况", garbled).encode())
    assert report.tables == expected.tables
    assert [section.number for section in report.sections] == list("一二三四五六")
    assert [violation.code for violation in engine.run(report)] == ["GI603"]


def test_markdown_cells_in_bold_or_with_line_breaks_read_as_plain_cells(engine):
    """A Markdown table's `**（七）总计**`, `**345**` and `（二）部分公开<br>（区分处理的…）` show on the page
    as the plain cell; read with their marks, row 三.七 was lost and labels differed from the template."""
    from make_format_fixtures import FIXTURE, write_markdown

    text = write_markdown(FIXTURE)
    expected = read_bytes("a.md", text.encode())
    marked = (text.replace("| （七）总计 | 57 |", "| **（七）总计** | 57 |").replace("| 345 |", "| **345** |")
              .replace("| 规章 |", "| __规章__ |").replace("（二）部分公开（区分处理的", "（二）部分公开<br>（区分处理的"))
    assert marked.count("**") == text.count("**") + 4 and "<br>" in marked
    report = read_bytes("a.md", marked.encode())
    assert {key: {column: cell.value for column, cell in cells.items()} for key, cells in report.tables["依申请"].items()} \
        == {key: {column: cell.value for column, cell in cells.items()} for key, cells in expected.tables["依申请"].items()}
    # the marks of the label before it and its own opening ** move 345 six columns on
    assert report.cell("依申请", "三.七", "总计").at.column == expected.cell("依申请", "三.七", "总计").at.column + 6
    assert [violation.code for violation in engine.run(report)] == []


@pytest.mark.parametrize("layout", ["tabs", "markdown"])
def test_table_four_with_its_last_cell_left_blank_is_read(layout, engine):
    """The last cell of table 四's row left empty (`…0\t1\t`, `| 1 |  |`) was taken for padding: fourteen
    numbers, so the whole table went unread (GI303 and GI001). It is a blank cell, reported as one."""
    from make_format_fixtures import FIXTURE, write_markdown, write_text

    text = {"tabs": write_text, "markdown": write_markdown}[layout](FIXTURE)
    row, blanked = {"tabs": ("0\t1\t7", "0\t1\t"), "markdown": ("| 0 | 1 | 7 |", "| 0 | 1 |  |")}[layout]
    assert text.count(row) == 1
    report = read_bytes("a.txt", text.replace(row, blanked).encode())
    assert report.cell("复议诉讼", "复议后起诉", "总计").raw == ""
    assert report.cell("复议诉讼", "复议后起诉", "尚未审结").value == 1
    assert sorted({violation.code for violation in engine.run(report)}) == ["GI104", "GI202"]


@pytest.mark.parametrize("caption", ["（续表）", "续表", "表三（续）"])
def test_the_caption_of_a_table_continued_on_the_next_page_is_no_row(caption, engine):
    """A table split over two pages is captioned 续表 where it goes on; inside group （三） the caption took
    the next numbered place (GI304, or GI001 'found 0 numbers' where its row had blank cells)."""
    from make_format_fixtures import FIXTURE, write_markdown

    text = write_markdown(FIXTURE)
    row = next(line for line in text.split("\n") if line.startswith("| 2.其他法律行政法规禁止公开"))
    report = read_bytes("a.md", text.replace(row, f"{row}\n| {caption} |  |  |  |  |  |  |  |").encode())

    def values(found):
        return {table: {key: {column: cell.value for column, cell in cells.items()} for key, cells in rows.items()}
                for table, rows in found.tables.items()}

    assert values(report) == values(read_bytes("a.md", text.encode()))
    assert [violation.code for violation in engine.run(report)] == []
