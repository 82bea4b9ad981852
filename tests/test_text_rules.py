"""The text rules (GI5xx: the text against the tables and itself; GI6xx: wording and template).

A correct report with a text full of numbers raises nothing; each error planted
in it is reported by the right rule; qualified numbers are warnings; the seeds
raise no error.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reportgen
from conftest import FIXTURES, SEEDS
from gilint.engine import Engine
from gilint.numbers import NUMBER, read_number
from gilint.prose import sentences
from gilint.readers import read_bytes, read_path

TEXT_RULES = FIXTURES / "text-rules"
CORRECT = TEXT_RULES / "正确-2024.txt"
HONGZE = TEXT_RULES / "洪泽区-2024-代表区政府受理17件.txt"


@pytest.fixture(scope="module")
def text_engine(rules):
    return Engine([rule() for code, rule in rules.items() if code.startswith(("GI5", "GI6"))])


def findings(engine, text: str, name: str = "报告.txt"):
    return engine.run(read_bytes(name, text.encode("utf-8")))


def planted(old: str, new: str) -> str:
    text = CORRECT.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


# --- numbers -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("356", 356), ("3,646", 3646), ("3，646", 3646), ("1.2万", 12000), ("1.5 万", 15000), ("0.52", 0.52),
    ("十七", 17), ("十", 10), ("一百零五", 105), ("两千三百", 2300), ("三万五千", 35000), ("零", 0),
    ("二〇二四", 2024), ("三四", None), ("万", None),
])
def test_read_number(text, value):
    assert read_number(text) == value


def chinese(value: int) -> str:
    """The way a person writes a count in Chinese numerals: 10 -> 十, 105 -> 一百零五."""
    digits = "零一二三四五六七八九"

    def below_10000(n: int, leading: bool) -> str:
        out, zero = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = n // unit % 10
            if digit == 0:
                zero = bool(out) or not leading
                continue
            if zero and (out or not leading):
                out += "零"
            zero = False
            out += ("" if (unit == 10 and digit == 1 and not out and leading) else digits[digit]) + name
        return out

    if value == 0:
        return "零"
    high, low = divmod(value, 10000)
    if not high:
        return below_10000(low, True)
    return below_10000(high, True) + "万" + ("" if not low else ("零" if low < 1000 else "") + below_10000(low, True))


@given(st.integers(min_value=0, max_value=99_999_999))
def test_chinese_numerals_read_back(value):
    assert read_number(chinese(value)) == value


@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_separators_read_back(value):
    assert read_number(f"{value:,}") == value
    assert read_number(f"{value:,}".replace(",", "，")) == value


def test_a_list_is_not_one_number_with_separators():
    import re

    assert [m.group() for m in re.finditer(NUMBER, "7条，1条，462条")] == ["7", "1", "462"]
    assert [m.group() for m in re.finditer(NUMBER, "7，12，3,646")] == ["7", "12", "3,646"]


# --- sentences -----------------------------------------------------------------

@pytest.mark.parametrize("path", [*SEEDS, HONGZE], ids=lambda path: path.name)
def test_sentence_positions_point_at_their_text(path):
    report = read_path(str(path))
    for sentence in sentences(report):
        for offset in (0, len(sentence.text) - 1):
            at = sentence.at(offset)
            written = report.lines[at.line - 1][at.column - 1]
            assert written.translate(str.maketrans("０１２３４５６７８９，：；（）", "0123456789,:;()")) == \
                sentence.text[offset]


def test_a_sentence_broken_over_lines_is_read_whole():
    report = read_path(str(HONGZE))
    assert any("区政府办代表区政府受理政府信息公开申请 17 件" in sentence.text for sentence in sentences(report))


# --- the done-when cases ---------------------------------------------------------

def test_the_correct_report_raises_nothing(engine):
    assert [v for v in engine.run(read_path(str(CORRECT))) if v.severity == "error"] == []
    assert engine.run(read_path(str(CORRECT))) == []


PLANTED = [
    ("GI501", "全年共收到政府信息公开申请356件", "全年共收到政府信息公开申请350件", "正文说收到申请 350 件，表三 一、本年新收 总计为 356"),
    ("GI501", "部分公开13件", "部分公开15件", "表三 （二）部分公开 总计为 13"),
    ("GI501", "不予公开174件", "不予公开184件", "（三）不予公开 总计（8 项之和）为 174"),
    ("GI501", "结转下年度继续办理18件", "结转下年度继续办理19件", "四、结转下年度继续办理 总计为 18"),
    ("GI502", "被申请行政复议8件", "被申请行政复议9件", "正文说行政复议 9 件，表四 行政复议 总计为 8"),
    ("GI502", "被提起行政诉讼15件", "被提起行政诉讼16件", "未经复议直接起诉、复议后起诉 总计为 15"),
    ("GI503", "已审结的行政复议案件中结果维持3件。", "行政复议、行政诉讼案件均获维持。", "尚未审结为 1"),
    ("GI504", "占办结总数的2.9%", "占办结总数的3.9%", "10÷356≈2.81%"),
    ("GI505", "增长17.5%", "增长15.5%", "应为 |470−400|÷400≈17.50%"),
    ("GI506", "其他56件", "其他50件", "其中各项 58+74+71+38+59+50=350，不等于总数"),
    ("GI506", "微信公众号发布458条", "微信公众号发布468条", "其中各项 12+468=480，大于总数"),
    ("GI601", "《中华人民共和国政府信息公开条例》", "《中华人民共和国信息公开条例》", "应为“《中华人民共和国政府信息公开条例》”"),
    ("GI602", "本报告所列数据的统计期限", "本报告依据国办公开办函〔2019〕60号编制，所列数据的统计期限", "〔2019〕60号"),
    ("GI604", "2024年，本机关认真贯彻落实", "2023年，本机关认真贯彻落实", "总体情况的第一句却以“2023年”开头"),
]


@pytest.mark.parametrize(("code", "old", "new", "says"), PLANTED, ids=[f"{p[0]}-{p[2][:12]}" for p in PLANTED])
def test_each_planted_error_is_reported(text_engine, code, old, new, says):
    found = [v for v in findings(text_engine, planted(old, new)) if v.code == code]
    assert len(found) == 1, found
    assert found[0].severity == "error"
    assert says in found[0].message, found[0].message


def test_a_finding_points_at_the_number_in_the_text(text_engine):
    text = planted("全年共收到政府信息公开申请356件", "全年共收到政府信息公开申请350件")
    found = next(v for v in findings(text_engine, text) if v.code == "GI501")
    line = text.split("\n")[found.at.line - 1]
    assert line[found.at.column - 1:].startswith("350件")
    assert found.cells == ["依申请:一:总计", "依申请:二:总计"]


def test_all_upheld_after_the_decided_cases_only_counts_corrections(text_engine):
    text = planted("已审结的行政复议案件中结果维持3件。", "已审结的行政复议案件均获维持。")
    found = [v for v in findings(text_engine, text) if v.code == "GI503"]
    assert len(found) == 1 and "结果纠正为 1" in found[0].message and "尚未审结" not in found[0].message


# --- scope: qualified numbers are warnings, parts are not compared -----------------

@pytest.mark.parametrize(("old", "new", "qualifier"), [
    ("全年共收到政府信息公开申请356件", "全市共收到政府信息公开申请3646件", "全市"),
    ("全年共收到政府信息公开申请356件", "区政府办代表区政府受理政府信息公开申请17件", "代表区政府"),
    ("全年共收到政府信息公开申请356件", "区财政局共收到政府信息公开申请20件", "区财政局"),
    ("全年共收到政府信息公开申请356件", "2023年共收到政府信息公开申请300件", "2023年"),
    ("被申请行政复议8件", "全区备案行政复议案件134件", "全区"),
])
def test_a_qualified_number_is_a_warning(text_engine, old, new, qualifier):
    found = [v for v in findings(text_engine, planted(old, new)) if v.code in ("GI501", "GI502")]
    assert found and all(v.severity == "warning" for v in found)
    assert f"限定为“{qualifier}”" in found[0].message


@pytest.mark.parametrize("new", [
    "全年共收到政府信息公开申请356件，其中通过网络收到申请300件。",
    "全年共收到政府信息公开申请363件（含上年结转）。",
    "全年共收到政府信息公开申请356件，较上年收到申请400件有所减少。",
    "全年共收到政府信息公开申请三百五十六件。",
    "全年共收到政府信息公开申请356件，其中自然人58件、商业企业74件。",
    "收到政府信息公开申请356件，上年结转7件，其中自然人60件、商业企业74件、科研机构72件、社会公益组织38件、"
    "法律服务机构60件、其他59件。",
])
def test_parts_and_other_wordings_are_not_findings(text_engine, new):
    first = CORRECT.read_text(encoding="utf-8").split("\n")[4].split("。")[0] + "。"
    assert findings(text_engine, planted(first, new)) == []


REALISTIC = [
    "本年度共受理政府信息公开申请356件，其中当面申请30件，网络申请326件。",
    "2024年，本机关共收到政府信息公开申请356件，较上年增加3件，同比增长25%。",
    "全年共办理依申请公开事项12件，均在法定期限内答复。",
    "累计发布信息1,234条，其中政策文件56条、工作动态1,178条。",
    "主动公开政府信息3.2万条，其中政策解读1.1万条。",
    "共收到政府信息公开申请356件（其中自然人58件，法人298件）。",
    "收到申请356件，办结345件，18件结转下年度办理。",
    "因政府信息公开被申请行政复议8件，结果维持3件，结果纠正1件；被提起行政诉讼15件。",
    "网站日均访问量均维持在较高水平。",
    "上年收到申请300件，本年收到申请356件，同比增长18.7%。",
    "本年度新收申请356件，上年结转7件，合计363件，其中予以公开10件，占2.8%。",
    "全区各部门共收到政府信息公开申请1200件，办结1180件。",
    "2023年，本机关收到申请300件。",
    "全年累计接待群众咨询2000人次，其中电话咨询1500人次、现场咨询500人次。",
    "本机关门户网站发布信息120条，较上年的100条增长20%，其中图解10条、视频5条。",
    "全年办结12345热线工单300件，按时办结率100%。",
    "依申请公开工作规范，全年办结群众诉求200件。",
]


@pytest.mark.parametrize("sentence", REALISTIC)
def test_realistic_sentences_raise_no_error(text_engine, sentence):
    text = planted("全年主动公开政府信息470条，其中门户网站发布12条、微信公众号发布458条，较上年的400条增长17.5%。", sentence)
    assert [v for v in findings(text_engine, text) if v.severity == "error"] == []


def test_the_hongze_sentence_is_a_warning_because_of_its_qualifier(text_engine):
    found = [v for v in text_engine.run(read_path(str(HONGZE))) if v.code == "GI501"]
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert found[0].message.startswith("正文说受理申请 17 件，表三 一、本年新收 总计为 95")
    assert "代表区政府" in found[0].message
    assert (found[0].at.line, found[0].at.column) == (21, 8)


def test_unqualified_the_hongze_sentence_is_an_error(text_engine):
    text = HONGZE.read_text(encoding="utf-8").replace("区政府办代表区政府受理政府", "本机关受理政府")
    found = [v for v in findings(text_engine, text) if v.code == "GI501"]
    assert [v.severity for v in found] == ["error"]


# --- wording -------------------------------------------------------------------

@pytest.mark.parametrize(("name", "reported"), [
    ("《中华人民共和国政府信息公开条例》", False),
    ("《政府信息公开条例》", False),
    ("《中华人民共和国政府信息公开条例（2019年修订）》", False),
    ("《政府信息公开信息处理费管理办法》", False),
    ("《中华人民共和国政府信息公开工作年度报告格式》", False),
    ("《广东省政府信息公开条例》", False),
    ("《中华人民共和国信息公开条例》", True),
    ("《中华人民共和国政府信息公开条列》", True),
    ("《中华人民共和国政府公开信息条例》", True),
    ("《政府信息公开条列》", True),
])
def test_regulation_names(text_engine, name, reported):
    text = planted("《中华人民共和国政府信息公开条例》", name)
    assert any(v.code == "GI601" for v in findings(text_engine, text)) == reported


def test_an_old_notice_in_an_old_report_is_fine(text_engine):
    text = planted("本报告所列数据的统计期限", "本报告依据国办公开办函〔2019〕60号编制，所列数据的统计期限")
    text = text.replace("2024", "2020")
    assert not [v for v in findings(text_engine, text) if v.code == "GI602"]


@pytest.mark.parametrize(("sentence", "reported"), [
    ("2023年，本机关将政务公开纳入考核。", "warning"),
    ("2025年，本机关将继续做好政府信息公开工作。", None),
    ("2023年，本机关收到申请较2024年少。", None),
    ("2023年12月，本机关印发了政务公开工作要点。", None),
])
def test_other_years_in_later_sentences(text_engine, sentence, reported):
    text = planted("全年主动公开政府信息470条", sentence + "全年主动公开政府信息470条")
    found = [v.severity for v in findings(text_engine, text) if v.code == "GI604"]
    assert found == ([reported] if reported else [])


def test_a_government_report_must_cover_assessment(text_engine):
    text = planted("某市某区司法局2024年", "某市某区人民政府2024年")
    found = [v for v in findings(text_engine, text) if v.code == "GI606"]
    assert len(found) == 1 and found[0].severity == "warning"
    covered = text.replace("信息公开的及时性有待提高。", "将政务公开纳入绩效考核，开展社会评议，未发生责任追究。")
    assert not [v for v in findings(text_engine, covered) if v.code == "GI606"]


# --- the seeds and generated reports ---------------------------------------------

@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.name)
def test_no_error_on_the_seeds(text_engine, seed):
    assert [v for v in text_engine.run(read_path(str(seed))) if v.severity == "error"] == []


def test_the_seeds_breakdowns_are_read(text_engine):
    """The seeds' 其中 sentences add up; changing their totals must be noticed."""
    for seed, old, new in ((SEEDS[0], "累计公开信息达470条", "累计公开信息达469条"),
                           (SEEDS[1], "累计主动公开政府信息59条", "累计主动公开政府信息58条")):
        text = seed.read_text(encoding="utf-8")
        assert old in text
        assert [v.code for v in findings(text_engine, text.replace(old, new))] .count("GI506") == 1


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=2**32), st.sampled_from(reportgen.LAYOUTS))
def test_generated_consistent_reports_raise_nothing(text_engine, seed, layout):
    tables = reportgen.consistent_tables(random.Random(seed))
    assert findings(text_engine, reportgen.render(tables, layout)) == []


def test_the_real_hongze_pdf(text_engine):
    pytest.importorskip("pdfplumber")
    report = read_path(str(FIXTURES / "pdf" / "hongze-2024.pdf"))
    found = [v for v in text_engine.run(report) if v.code.startswith("GI5")]
    assert [(v.code, v.severity) for v in found] == [("GI501", "warning")]
    assert found[0].message.startswith("正文说受理申请 17 件，表三 一、本年新收 总计为 95")
    earlier = text_engine.run(read_path(str(FIXTURES / "pdf" / "hongze-2023.pdf")))
    assert [v for v in earlier if v.code.startswith("GI5")] == []  # 2023: "全区受理…21件", and table 三 says 21
