"""Title, body, year, 统计期限 and publication date, as reports write them."""

from __future__ import annotations

import pytest

from gilint.examples import EXAMPLE_REPORT
from gilint.readers import read_bytes

EXAMPLE = EXAMPLE_REPORT.read_text(encoding="utf-8")
PERIOD_LINE = "本报告所列数据的统计期限为2024年1月1日至2024年12月31日。"


def parse(text: str):
    return read_bytes("r.txt", text.encode("utf-8"))


def test_period_wrapped_onto_the_next_line():
    meta = parse(EXAMPLE.replace(PERIOD_LINE, "本报告中所列数据的统计期限自 2024 年 1 月 1 日\n起至 2024 年 6 月 30 日止。")).meta
    assert str(meta.period_start.value) == "2024-01-01" and str(meta.period_end.value) == "2024-06-30"
    assert (meta.period_start.at.line, meta.period_end.at.line) == (2, 3)
    assert meta.period_end.at.column == 4


def test_period_with_the_end_year_left_out_and_chinese_numerals():
    meta = parse(EXAMPLE.replace(PERIOD_LINE, "数据统计期限从2024年1月1日到12月31日止。")).meta
    assert str(meta.period_end.value) == "2024-12-31"
    meta = parse(EXAMPLE.replace("2025年1月20日", "二〇二五年一月二十日")).meta
    assert str(meta.published.value) == "2025-01-20"


@pytest.mark.parametrize("written, end_column", [("2024.1.1-2024.6.30", 23), ("2024-01-01至2024-06-30", 25),
                                                 ("2024/1/1—2024/6/30", 23)])
def test_period_in_numeric_dates(written, end_column):
    meta = parse(EXAMPLE.replace(PERIOD_LINE, f"本报告所列数据的统计期限为{written}。")).meta
    assert str(meta.period_start.value) == "2024-01-01" and str(meta.period_end.value) == "2024-06-30"
    assert (meta.period_start.at.column, meta.period_end.at.column) == (14, end_column)


def test_period_in_chinese_numerals():
    """Written like the signature's date (二〇二五年一月二十日), a wrong period was never read, so never reported."""
    meta = parse(EXAMPLE.replace(PERIOD_LINE, "本报告所列数据的统计期限为二〇二四年一月一日至二〇二四年六月三十日。")).meta
    assert str(meta.period_start.value) == "2024-01-01" and str(meta.period_end.value) == "2024-06-30"
    assert (meta.period_start.at.column, meta.period_end.at.column) == (14, 24)


@pytest.mark.parametrize("written, start, end", [
    ("本报告所列数据的统计期限为2024年1月至12月。", "2024-01-01", "2024-12-31"),
    ("本报告所列数据的统计期限为2024年1-6月。", "2024-01-01", "2024-06-30"),
    ("本报告所列数据的统计期限为二〇二四年一月至二〇二四年二月。", "2024-01-01", "2024-02-29"),
    ("本报告所列数据的统计期限为2023年度。", "2023-01-01", "2023-12-31"),
    ("本报告统计时限为2024年全年。", "2024-01-01", "2024-12-31"),
    ("据统计，2024年1月至6月共收到申请5件。", None, None),  # a time in a sentence, not the period
])
def test_period_by_month_or_year(written, start, end):
    meta = parse(EXAMPLE.replace(PERIOD_LINE, written)).meta
    assert (meta.period_start and str(meta.period_start.value), meta.period_end and str(meta.period_end.value)) == \
        (start, end)


@pytest.mark.parametrize("header", ["发布时间：2025年2月10日　来源：区司法局", "发布日期:2025-02-10 浏览次数:12"])
def test_publication_date_in_a_pages_header_line(header):
    """A web page prints its date above the report as one line of label and value; it is the publication
    date (a late one is then reported), before the signature's."""
    meta = parse(header + "\n" + EXAMPLE).meta
    assert str(meta.published.value) == "2025-02-10"
    assert (meta.published.at.line, meta.published.at.column) == (1, 6)


@pytest.mark.parametrize("signature", ["某市某区司法局　2025年1月20日", "某市某区司法局    2025年1月20日"])
def test_body_and_date_on_one_line_under_the_report(signature):
    """The signature and its date set on one line (a right-aligned line on a web page, tabs in Word) gave no
    publication date, so a late or early one went unchecked."""
    meta = parse(EXAMPLE.replace("某市某区司法局\n2025年1月20日", signature)).meta
    assert str(meta.published.value) == "2025-01-20" and meta.published.at.column == len(signature) - 9


@pytest.mark.parametrize("above", [
    "某市某区司法局2023年政府信息公开工作年度报告",  # a web page's list of other reports, above this one
    "当前位置：首页 > 政府信息公开 > 政府信息公开年报",  # its breadcrumbs
])
def test_the_title_is_the_last_one_above_the_report(above):
    """A page lists other reports and prints its breadcrumbs before the report's own heading; the first of
    them was taken for the title (the wrong year, or no body at all)."""
    meta = parse(above + "\n" + EXAMPLE).meta
    assert (meta.title, meta.org, meta.year, meta.title_at.line) == (
        "某市某区司法局2024年政府信息公开工作年度报告", "某市某区司法局", 2024, 2)


def test_a_title_set_on_two_lines_keeps_its_body():
    meta = parse(EXAMPLE.replace("某市某区司法局2024年", "某市某区司法局\n2024年", 1)).meta
    assert (meta.title, meta.org, meta.title_at.line) == ("某市某区司法局2024年政府信息公开工作年度报告", "某市某区司法局", 1)


@pytest.mark.parametrize("edit", [("一、总体情况", "一、\t总体情况"), ("某市某区司法局\n2025年1月20日", "某市某区司法局\t2025年1月20日")])
def test_a_tab_after_a_part_number_or_before_the_date_is_no_table(edit):
    report = parse(EXAMPLE.replace(*edit))
    assert [section.number for section in report.sections] == list("一二三四五六")
    assert str(report.meta.published.value) == "2025-01-20"


def test_the_date_of_a_link_to_another_report_under_this_one_is_not_its_date():
    """A web page lists related reports under the signature, each with its own date: the last of them was
    taken for the publication date (GI402: 2024-01-25 is before the year ends)."""
    meta = parse(EXAMPLE + "相关链接\n某市某区司法局2023年政府信息公开工作年度报告\n2024-01-25\n").meta
    assert str(meta.published.value) == "2025-01-20"


def test_year_from_the_publication_date_when_nothing_else_says_it():
    text = EXAMPLE.replace("某市某区司法局2024年政府信息公开工作年度报告\n", "").replace(PERIOD_LINE + "\n", "")
    meta = parse(text).meta
    assert (meta.year, meta.year_source, meta.org) == (2024, "published", "某市某区司法局")


@pytest.mark.parametrize("heading", ["一、总体情况", "一．总体情况", "一　总体情况", "一 总体情况", "第一部分 总体情况",
                                     "第一部分：总体情况", "**一、总体情况**", "## 一、总体情况", "一总体情况"])
def test_a_part_heading_in_the_ways_reports_write_it(heading):
    """Reports set the template's 一、 as 一． or a (full-width) space, or write 第一部分: each is part 一."""
    report = parse(EXAMPLE.replace("一、总体情况", heading))
    assert [(section.number, section.title) for section in report.sections][0] == ("一", "总体情况")


@pytest.mark.parametrize("line", ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
                                  "四、结转下年度继续办理", "一是加强组织领导", "二 0 3 5", "一本年新收政府信息公开申请数量",
                                  "三本年度办理结果", "四结转下年度继续办理", "五是着力解决群众反映的问题"])
def test_table_rows_and_sentences_are_not_part_headings(line):
    from gilint.readers.meta import _heading

    assert _heading(line) is None


def test_a_parts_title_under_the_wrong_number_is_a_heading_as_numbered(engine):
    """四、存在的主要问题及改进情况 (五 numbered 四) was not a heading at all: its text joined part 四 and the
    report was only told that part 五 is missing. Kept as numbered, the structure rules say what is wrong."""
    report = parse(EXAMPLE.replace("五、存在的主要问题及改进情况", "四、存在的主要问题及改进情况"))
    assert [section.number for section in report.sections] == list("一二三四四六")
    assert sorted(violation.code for violation in engine.run(report)) == ["GI301", "GI302", "GI603"]


@pytest.mark.parametrize("title", ["某市某区司法局2024年政府信息公开工作年度报告", "某市某区司法局关于2024年政府信息公开工作年度报告",
                                   "某市某区司法局政府信息公开工作2024年度报告", "某市某区司法局2024年度政府信息公开工作报告",
                                   "《某市某区司法局2024年政府信息公开工作年度报告》", "某市某区司法局二〇二四年政府信息公开工作年度报告"])
def test_body_and_year_from_the_ways_titles_are_written(title):
    """The body names the report to the rules over several years: 关于 and the words after it are not part of it."""
    meta = parse(EXAMPLE.replace("某市某区司法局2024年政府信息公开工作年度报告", title)).meta
    assert (meta.title, meta.org, meta.year, meta.year_source) == (title, "某市某区司法局", 2024, "title")


def test_a_title_year_that_the_period_and_publication_date_both_contradict_is_outvoted(engine):
    """标题 2023, 统计期限 2024, 发布 2025-01: the title is what was written wrong. The report is a 2024 report
    (for cross-year rules and deadlines: no 'published after 2024-01-31'), and GI401 names the title."""
    report = parse(EXAMPLE.replace("某市某区司法局2024年", "某市某区司法局2023年"))
    assert (report.meta.title_year, report.meta.year, report.meta.year_source) == (2023, 2024, "period")
    assert [(violation.code, violation.at.line) for violation in engine.run(report)] == [("GI401", 1)]
