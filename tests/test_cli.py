"""The command line as users meet it: output, exit codes, broken files, selection."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.parse

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, SEEDS
from gilint.cli import app
from gilint.examples import EXAMPLE_REPORT
from gilint.text import display_width

runner = CliRunner()
BROKEN = FIXTURES / "broken" / "总计错误-2024.txt"


def gilint(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_clean_report_exits_0():
    result = gilint("check", str(EXAMPLE_REPORT))
    assert result.exit_code == 0, result.output
    assert "检查了 1 个文件：0 个错误，0 个警告。" in result.output


def test_errors_exit_1_with_path_line_col_code_and_a_marker():
    result = gilint("check", str(BROKEN))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    head = next(line for line in lines if " GI104 " in line)
    assert head.startswith(f"{BROKEN}:54:9: GI104 错误 表四 行政复议 行：总计=0，结果维持+结果纠正+其他结果+尚未审结=8")
    marker_line = lines[lines.index(head) + 3]
    assert marker_line.endswith("^")


def test_marker_is_aligned_under_the_cell_in_wide_characters():
    result = gilint("check", str(BROKEN), "--select", "GI101")
    lines = result.output.splitlines()
    source, marker = lines[2], lines[3]
    # the cell 58 follows a label of wide characters and a tab (shown as four spaces)
    assert source.split(" | ", 1)[1].startswith("一、本年新收政府信息公开申请数量    58")
    assert display_width(marker.split(" | ", 1)[1]) == display_width("一、本年新收政府信息公开申请数量    ") + 1


def test_concise_format():
    result = gilint("check", str(BROKEN), "--output-format", "concise", "--select", "GI1")
    assert result.exit_code == 1
    assert f"{BROKEN}:25:18: GI101 表三 自然人列：一+二=60，三.七+四=61，两者应相等" in result.output


def test_json_format_follows_the_spec():
    result = gilint("check", str(BROKEN), "--output-format", "json")
    found = json.loads(result.output)
    assert {tuple(sorted(item)) for item in found} == {
        ("cells", "code", "column", "line", "message", "name", "path", "severity")}
    balance = next(item for item in found if item["code"] == "GI101")
    assert balance["name"] == "table-balance" and balance["severity"] == "error"
    assert balance["cells"] == ["依申请:一:自然人", "依申请:二:自然人", "依申请:三.七:自然人", "依申请:四:自然人"]
    keys = [(item["path"], item["line"], item["column"], item["code"]) for item in found]
    assert keys == sorted(keys)


def test_unreadable_files_exit_2_and_the_others_are_still_checked(tmp_path):
    shutil.copy(BROKEN, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\x00" * 3 + b"\x00\xd8")
    result = gilint("check", str(tmp_path), "--output-format", "concise")
    assert result.exit_code == 2
    assert f"{tmp_path / 'b.txt'}:1:1: GI000 无法检查此文件：文件为空" in result.output
    assert f"{tmp_path / 'c.txt'}:1:1: GI000 无法检查此文件" in result.output
    assert f"{tmp_path / 'a.txt'}:25:18: GI101" in result.output
    assert "Traceback" not in result.output
    assert "2 个文件无法读取" in result.output


def test_missing_file_is_named():
    result = gilint("check", "nosuch.txt", "--output-format", "concise")
    assert result.exit_code == 2
    assert "nosuch.txt:1:1: GI000 无法检查此文件：无法读取文件：文件或目录不存在" in result.output


def test_a_folder_that_cannot_be_opened_is_named_and_the_rest_is_checked(tmp_path, monkeypatch):
    """os.walk passes over a folder it may not open; a CI run would then go green having checked nothing
    in it. The folder gets its GI000 (exit 2). Tests run as root, so access is denied here by hand."""
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    shutil.copy(EXAMPLE_REPORT, locked / "a.txt")
    shutil.copy(EXAMPLE_REPORT, tmp_path / "b.txt")
    scandir, access = os.scandir, os.access

    def denied(path):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    monkeypatch.setattr(os, "access", lambda path, mode: os.fspath(path) != str(locked) and access(path, mode))
    result = gilint("check", str(tmp_path), "--jobs", "1", "--output-format", "concise")
    assert result.exit_code == 2
    assert f"{locked}:1:1: GI000 无法检查此文件：无法打开这个目录（没有读取权限）" in result.output
    assert "检查了 2 个文件" in result.output


def test_one_file_named_two_ways_is_checked_once(tmp_path):
    """a.txt and ./a.txt (or a folder and a file in it) are one report: checked twice, it was reported as
    its own duplicate (GI704)."""
    shutil.copy(EXAMPLE_REPORT, tmp_path / "a.txt")
    result = gilint("check", str(tmp_path / "a.txt"), f"{tmp_path}/./a.txt", str(tmp_path), "--output-format", "concise")
    assert result.exit_code == 0, result.output
    assert "检查了 1 个文件" in result.output


def _run(*args: str, **environment: str) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "gilint", *args], capture_output=True,
                          env={**os.environ, **environment})


@pytest.mark.parametrize("output_format", ["json", "sarif", "gitlab", "junit"])
def test_a_file_name_that_is_not_utf8_is_shown_and_every_format_is_written(tmp_path, output_format):
    """A zip made on Windows names its files in GBK: such a name crashed SARIF and GitLab output and made
    the JSON invalid UTF-8. It is shown decoded as GB18030."""
    import os

    shutil.copy(BROKEN, os.fsdecode(os.fsencode(tmp_path) + b"/" + "年报".encode("gbk") + b".txt"))
    result = _run("check", str(tmp_path), "--output-format", output_format)
    assert result.returncode == 1, result.stderr.decode()
    output = result.stdout.decode("utf-8")
    assert "年报.txt" in urllib.parse.unquote(output)  # SARIF writes the path as a URI
    if output_format != "junit":
        json.loads(output)


def test_a_terminal_without_chinese_gets_escapes_not_a_traceback():
    """PYTHONIOENCODING=ascii (an old CI runner) crashed on the first Chinese character, JSON included."""
    plain = _run("check", str(BROKEN), "--output-format", "json")
    ascii_only = _run("check", str(BROKEN), "--output-format", "json", PYTHONIOENCODING="ascii")
    assert ascii_only.returncode == plain.returncode == 1
    assert json.loads(ascii_only.stdout) == json.loads(plain.stdout)
    assert b"Traceback" not in _run("check", str(BROKEN), PYTHONIOENCODING="ascii").stderr


def test_statistics_with_json_output_is_json(tmp_path):
    """A CI step that asks for JSON parses standard output: --statistics wrote a text table there."""
    result = _run("check", str(BROKEN), "--statistics", "--output-format", "json")
    counts = json.loads(result.stdout)
    assert {"code": "GI101", "name": "table-balance", "count": 1} in counts
    assert "检查了 1 个文件" in result.stderr.decode()


def test_write_baseline_names_the_unreadable_files_and_a_missing_folder(tmp_path):
    result = gilint("check", str(FIXTURES / "broken"), "--write-baseline", str(tmp_path / "b.json"))
    assert result.exit_code == 2
    assert "空文件.txt: 无法检查此文件：文件为空" in result.output  # why the exit status is 2
    result = gilint("check", str(BROKEN), "--write-baseline", str(tmp_path / "no" / "b.json"))
    assert result.exit_code == 2 and "无法写入" in result.output and "Traceback" not in result.output


def test_standard_input_keeps_to_the_size_cap():
    """A file over --max-file-size is refused unread; standard input was read whole whatever its size."""
    result = gilint("check", "-", "--max-file-size", "0.01", "--output-format", "concise", input="一" * 20_000)
    assert result.exit_code == 2 and "-:1:1: GI000 无法检查此文件：标准输入超过 0.01 MB 的上限" in result.output
    assert gilint("check", "-", input=EXAMPLE_REPORT.read_text(encoding="utf-8")).exit_code == 0


@pytest.mark.parametrize("option", ["--max-file-size", "--timeout"])
def test_limits_must_be_positive(option):
    result = gilint("check", str(BROKEN), option, "0")
    assert result.exit_code == 2 and "应大于 0" in result.output


def test_rules_as_json_and_unknown_formats_or_paths_refused():
    """'gilint rules --format json' printed text and exited 0; 'gilint config 不存在的路径' printed defaults."""
    listed = json.loads(gilint("rules", "--format", "json").output)
    assert {"code": "GI101", "name": "table-balance", "severity": "error"}.items() <= listed[2].items()
    assert gilint("rules", "--format", "xml").exit_code == 2
    result = gilint("config", "no/such/place")
    assert result.exit_code == 2 and "不存在" in result.output


def test_warnings_fail_only_with_strict():
    seed = next(seed for seed in SEEDS if seed.name.startswith("001"))
    assert gilint("check", str(seed)).exit_code == 0
    assert gilint("check", str(seed), "--strict").exit_code == 1


def test_select_and_ignore_by_prefix():
    result = gilint("check", str(BROKEN), "--output-format", "json", "--select", "GI1,GI4", "--ignore", "GI104")
    codes = {item["code"] for item in json.loads(result.output)}
    assert codes == {"GI101", "GI102", "GI401", "GI403"}


def test_unknown_code_is_a_usage_error():
    result = gilint("check", str(BROKEN), "--select", "XX9")
    assert result.exit_code == 2
    assert "未知的规则代码：XX9" in result.output


def test_stdin():
    result = gilint("check", "-", input=BROKEN.read_text(encoding="utf-8"))
    assert result.exit_code == 1
    assert "-:25:18: GI101" in result.output


def test_parse_prints_the_model():
    result = gilint("parse", str(EXAMPLE_REPORT))
    model = json.loads(result.output)
    assert set(model) >= {"path", "input_kind", "template", "meta", "sections", "tables", "diagnostics"}
    assert model["meta"]["year"] == 2024 and model["meta"]["published"] == "2025-01-20"
    assert model["meta"]["period"] == {"start": "2024-01-01", "end": "2024-12-31"}
    cell = model["tables"]["依申请"]["一"]["自然人"]
    assert cell == {"value": 58, "raw": "58", "line": 25, "column": 18}
    assert model["sections"][0] == {"number": "一", "title": "总体情况", "line": 3, "column": 1}


def test_rules_and_rule():
    listing = gilint("rules").output
    assert "GI101  table-balance" in listing
    doc = gilint("rule", "GI101")
    assert doc.exit_code == 0 and "一 + 二 = 三.七 + 四" in doc.output and "错误示例" in doc.output
    assert gilint("rule", "GI999").exit_code == 2


def test_rules_dir_adds_user_rules(tmp_path):
    (tmp_path / "mine.toml").write_text(
        '[[identity]]\ncode = "X101"\nname = "x"\ntable = "复议诉讼"\neach = "row"\nidentity = "总计 <= 3"\n',
        encoding="utf-8")
    result = gilint("check", str(EXAMPLE_REPORT), "--rules-dir", str(tmp_path), "--output-format", "concise")
    assert result.exit_code == 1
    assert "GI" not in result.output.replace("X101", "") .split("检查了")[0]
    assert "X101 表四 行政复议 行：总计=8，3=3，前者不应大于后者" in result.output


def test_installed_command_runs_from_any_folder(tmp_path):
    result = subprocess.run([sys.executable, "-m", "gilint", "check", str(BROKEN), "--output-format", "concise"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1 and "GI101" in result.stdout


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_checking_never_writes_to_the_report(path, tmp_path):
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    before = (copy.read_bytes(), copy.stat().st_mtime_ns)
    gilint("check", str(copy))
    assert (copy.read_bytes(), copy.stat().st_mtime_ns) == before
