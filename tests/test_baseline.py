"""The baseline, end to end: write today's findings, then only new ones fail."""

from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from conftest import FIXTURES
from gilint.cli import app

runner = CliRunner()
BROKEN = FIXTURES / "broken" / "总计错误-2024.txt"  # 5 errors, some with cells, some without
CLEAN = FIXTURES / "cross-year" / "司法局" / "2024年报.txt"
CARRIED_OUT = "四、结转下年度继续办理\t3\t9\t0\t5\t0\t1\t18"


def gilint(*args: str):
    return runner.invoke(app, ["check", *args, "-j", "1"])


def repository(tmp_path):
    (tmp_path / "reports").mkdir()
    shutil.copy(BROKEN, tmp_path / "reports" / "old.txt")
    shutil.copy(CLEAN, tmp_path / "reports" / "new.txt")
    return tmp_path / "reports", tmp_path / "gilint-baseline.json"


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_round_trip_silences_todays_findings(tmp_path):
    reports, baseline = repository(tmp_path)
    assert gilint(str(reports)).exit_code == 1
    written = gilint(str(reports), "--write-baseline", str(baseline))
    assert written.exit_code == 0
    assert f"已把 5 个问题写入基线 {baseline}" in written.output
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert {entry["path"] for entry in entries} == {"reports/old.txt"}  # relative to the baseline file
    assert all("line" not in entry for entry in entries)
    result = gilint(str(reports), "--baseline", str(baseline))
    assert result.exit_code == 0, result.output
    assert "检查了 2 个文件：0 个错误，0 个警告。" in result.output
    assert "另有 5 个基线中已记录的问题未列出。" in result.output


def test_baseline_entries_survive_lines_added_above_them(tmp_path):
    reports, baseline = repository(tmp_path)
    gilint(str(reports), "--write-baseline", str(baseline))
    edit(reports / "old.txt", "一、总体情况\n", "一、总体情况\n本年度新增了一段说明。\n另一段说明。\n")
    assert gilint(str(reports), "--baseline", str(baseline)).exit_code == 0


def test_only_new_findings_fail(tmp_path):
    reports, baseline = repository(tmp_path)
    gilint(str(reports), "--write-baseline", str(baseline))
    edit(reports / "new.txt", CARRIED_OUT, CARRIED_OUT.replace("\t3\t9", "\t4\t9").replace("18", "19"))
    result = runner.invoke(app, ["check", str(reports), "--baseline", str(baseline), "--output-format", "json"])
    assert result.exit_code == 1
    found = json.loads(result.stdout)
    assert {(f["path"].rsplit("/", 1)[-1], f["code"]) for f in found} == {("new.txt", "GI101")}


def test_a_fixed_finding_leaves_a_stale_entry_that_is_reported(tmp_path):
    reports, baseline = repository(tmp_path)
    gilint(str(reports), "--write-baseline", str(baseline))
    edit(reports / "old.txt", "2025年2月30日", "2025年1月20日")  # GI403 fixed
    result = gilint(str(reports), "--baseline", str(baseline), "--output-format", "concise")
    assert result.exit_code == 0  # a warning
    stale = [line for line in result.output.splitlines() if " GI009 " in line]
    assert len(stale) == 1 and stale[0].startswith(f"{baseline}:")
    line = int(stale[0].split(":")[1])
    assert "GI403" in baseline.read_text(encoding="utf-8").splitlines()[line - 1]
    assert "没有压制任何问题" in stale[0]
    assert gilint(str(reports), "--baseline", str(baseline), "--strict").exit_code == 1


def test_checking_one_file_does_not_judge_the_other_files_entries(tmp_path):
    """pre-commit passes only the changed files: the baseline entries of the others are not stale."""
    reports, baseline = repository(tmp_path)
    gilint(str(reports), "--write-baseline", str(baseline))
    result = gilint(str(reports / "new.txt"), "--baseline", str(baseline), "--output-format", "concise")
    assert result.exit_code == 0 and "GI009" not in result.output


def test_a_finding_made_twice_needs_two_entries(tmp_path):
    reports, baseline = repository(tmp_path)
    gilint(str(reports), "--write-baseline", str(baseline))
    edit(reports / "old.txt", "2025年2月30日", "2025年2月30日，2024年13月1日")  # a second impossible date
    result = gilint(str(reports), "--baseline", str(baseline), "--output-format", "concise")
    assert result.exit_code == 1
    assert result.output.count(" GI403 ") == 1  # the baseline holds one such finding; the second is new


def test_an_unreadable_baseline_is_a_usage_error(tmp_path):
    reports, baseline = repository(tmp_path)
    baseline.write_text("{not json", encoding="utf-8")
    result = gilint(str(reports), "--baseline", str(baseline))
    assert result.exit_code == 2
    assert f"{baseline}: 无法读取基线文件" in result.output
