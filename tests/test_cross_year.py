"""Rules over several reports, end to end: two bodies' 2023 and 2024 reports checked as one folder."""

from __future__ import annotations

import importlib.util
import json
import shutil

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import FIXTURES, ROOT
from gilint.cli import app

CROSS_YEAR = FIXTURES / "cross-year"
CARRIED_IN = "二、上年结转政府信息公开申请数量\t4\t0\t2\t0\t2\t6\t14"  # 财政局 2024, matching its 2023 四 row
runner = CliRunner()


def gilint(*args: str):
    return runner.invoke(app, ["check", *args, "--output-format", "json", "-j", "1"])


def findings(result) -> list[dict]:
    return json.loads(result.output[: result.output.rindex("]") + 1])


def folder(tmp_path, edits: dict[str, dict[str, str]] | None = None, config: str = ""):
    """A copy of fixtures/cross-year with some lines of some reports replaced."""
    shutil.copytree(CROSS_YEAR, tmp_path / "reports")
    for name, replace in (edits or {}).items():
        path = tmp_path / "reports" / name
        text = path.read_text(encoding="utf-8")
        for old, new in replace.items():
            assert old in text, old
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
    if config:  # replaces the folder's own (empty) configuration
        (tmp_path / "reports" / "gilint.toml").write_text(config, encoding="utf-8")
    return tmp_path / "reports"


def test_checking_the_whole_fixtures_folder_compares_no_reports_of_other_fixtures():
    """fixtures/ is not a repository (many copies of one report): its configuration turns GI7 off outside cross-year/."""
    result = gilint(str(FIXTURES))
    assert not [f for f in findings(result) if f["code"].startswith("GI7")]


def test_matching_years_raise_nothing():
    result = gilint(str(CROSS_YEAR))
    assert result.exit_code == 0, result.output
    assert findings(result) == []


def test_carry_over_that_differs_is_an_error_naming_the_cells_of_both_reports(tmp_path):
    reports = folder(tmp_path, {"财政局/2024年报.txt": {CARRIED_IN: CARRIED_IN.replace("6\t14", "5\t13")}})
    result = gilint(str(reports), "--select", "GI7")
    assert result.exit_code == 1
    found = findings(result)
    assert [(f["code"], f["severity"], f["cells"], f["line"]) for f in found] == [
        ("GI701", "error", ["依申请:二:其他"], 26), ("GI701", "error", ["依申请:二:总计"], 26)]
    assert found[0]["path"] == str(reports / "财政局" / "2024年报.txt")
    assert found[0]["message"] == (
        f"表三 二、上年结转 其他列=5，上一年（2023年）报告 {reports / '财政局' / '2023年报.txt'} 第 49 行"
        " 四、结转下年度继续办理 其他列=6，两者应相等")


def test_reports_are_compared_only_within_one_body(tmp_path):
    """司法局's 2024 report carries over 7; 财政局's 2023 report carried 14: different bodies, no finding."""
    result = gilint(str(folder(tmp_path)), "--select", "GI701")
    assert findings(result) == []


def test_in_force_count_rolls_forward_as_a_warning(tmp_path):
    reports = folder(tmp_path, {"财政局/2024年报.txt": {"规章\t10\t4\t12": "规章\t10\t4\t13"}})
    found = findings(gilint(str(reports), "--select", "GI7"))
    assert [(f["code"], f["severity"], f["cells"]) for f in found] == [("GI702", "warning", ["主动公开:规章:现行有效件数"])]
    assert "表二 规章 现行有效件数=13，上一年（2023年）现行有效件数 6 + 本年制发件数 10 − 本年废止件数 4 = 12" \
        in found[0]["message"]


def test_text_copied_from_last_year_is_reported_with_its_similarity(tmp_path):
    reports = folder(tmp_path)
    last_year = (reports / "司法局" / "2023年报.txt").read_text(encoding="utf-8")
    (reports / "司法局" / "2024年报.txt").write_text(
        last_year.replace("2023年", "2024年").replace("2024年1月25日", "2025年1月25日"), encoding="utf-8")
    found = findings(gilint(str(reports), "--select", "GI703"))
    assert [(f["code"], f["path"].rsplit("/", 2)[-2:]) for f in found] == [("GI703", ["司法局", "2024年报.txt"])]
    assert "相似度 100%" in found[0]["message"]


def test_similarity_threshold_is_an_option(tmp_path):
    reports = folder(tmp_path, config="[options.GI703]\nmin-similarity = 25\n")
    found = findings(gilint(str(reports), "--select", "GI703"))
    assert {f["code"] for f in found} == {"GI703"} and len(found) == 2  # each body's 2024 report, 30% alike
    assert all("相似度 30%" in f["message"] and "达到 25% 即报告" in f["message"] for f in found)


def test_two_reports_of_one_body_and_year_are_an_error(tmp_path):
    reports = folder(tmp_path)
    shutil.copy(reports / "司法局" / "2024年报.txt", reports / "司法局" / "2024年报-修订.txt")
    found = findings(gilint(str(reports), "--select", "GI704"))
    assert [(f["code"], f["severity"], f["path"]) for f in found] == [
        ("GI704", "error", str(reports / "司法局" / "2024年报.txt"))]
    assert f"与 {reports / '司法局' / '2024年报-修订.txt'} 同为“某市某区司法局”2024年的报告" in found[0]["message"]


def test_expected_bodies_without_a_report_are_warnings(tmp_path):
    config = '[options.GI705]\nexpected-bodies = ["某市某区司法局", "某市某区财政局", "某市某区教育局"]\n'
    reports = folder(tmp_path, config=config)
    (reports / "财政局" / "2023年报.txt").unlink()
    found = findings(gilint(str(reports), "--select", "GI705"))
    assert {(f["severity"], f["path"][len(str(reports)) + 1:], f["message"]) for f in found} == {
        ("warning", "财政局/2024年报.txt", "配置中列出的机关“某市某区财政局”没有 2023 年的报告（本文件是它 2024 年的报告）"),
        ("warning", "司法局/2023年报.txt", "配置中列出的机关“某市某区教育局”没有 2023 年的报告"),
        ("warning", "司法局/2024年报.txt", "配置中列出的机关“某市某区教育局”没有 2024 年的报告")}
    assert len(found) == 3


def test_body_names_in_the_configuration_group_a_renamed_body(tmp_path):
    renamed = {"财政局/2024年报.txt": {CARRIED_IN: CARRIED_IN.replace("6\t14", "5\t13"),
                                      "某市某区财政局2024年": "某市某区财政局（国资办）2024年"}}
    unnamed = folder(tmp_path / "a", renamed)
    assert findings(gilint(str(unnamed), "--select", "GI701")) == []  # a different body now: nothing to compare
    named = folder(tmp_path / "b", renamed, config='[body-names]\n"财政局/*" = "某市某区财政局"\n')
    assert [f["code"] for f in findings(gilint(str(named), "--select", "GI701"))] == ["GI701", "GI701"]


def test_parallel_workers_give_the_same_findings(tmp_path):
    reports = folder(tmp_path, {"财政局/2024年报.txt": {CARRIED_IN: CARRIED_IN.replace("6\t14", "5\t13")}})
    serial = gilint(str(reports), "--select", "GI7").output
    parallel = runner.invoke(app, ["check", str(reports), "--select", "GI7", "--output-format", "json", "-j", "2"])
    assert parallel.output == serial


def _similar_text_rule():
    spec = importlib.util.spec_from_file_location("gi703", ROOT / "rules" / "gi703_similar_text.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GI703 = _similar_text_rule()


@given(st.text(alphabet="政府信息公开申请办理答复本机关年度工作", min_size=5, max_size=3000))
def test_a_text_is_wholly_like_itself_and_its_fingerprint_stays_small(text):
    fingerprint = GI703.fingerprint(text)
    assert len(fingerprint) <= GI703.SKETCH
    assert GI703.similarity(fingerprint, fingerprint) == 1.0


@given(st.text(min_size=5, max_size=500), st.text(min_size=5, max_size=500))
def test_similarity_is_symmetric_and_a_share(a, b):
    first, second = GI703.fingerprint(a), GI703.fingerprint(b)
    assert GI703.similarity(first, second) == GI703.similarity(second, first)
    assert 0.0 <= GI703.similarity(first, second) <= 1.0


def test_a_body_named_with_its_parent_region_is_the_same_body(tmp_path):
    """洪泽区 titles its 2024 report 淮安市洪泽区人民政府, its 2023 one 洪泽区人民政府: one body, compared."""
    title = "某市某区财政局2023年政府信息公开工作年度报告"
    reports = folder(tmp_path, {"财政局/2023年报.txt": {title: "江苏省" + title},
                                "财政局/2024年报.txt": {CARRIED_IN: CARRIED_IN.replace("6\t14", "5\t13")}})
    found = findings(gilint(str(reports), "--select", "GI701"))
    assert [f["path"] for f in found] == [str(reports / "财政局" / "2024年报.txt")] * 2
