"""Configuration and suppression, end to end through the command line, on copies of the example report."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from gilint.cli import app
from gilint.examples import EXAMPLE_REPORT

runner = CliRunner()
TYPO = ("2.其他法律行政法规禁止公开\t9\t8\t5\t7\t3\t0\t32", "2.其他法律行政止公开\t9\t8\t5\t7\t3\t0\t32")  # GI304, line 30
CARRIED_OUT = "四、结转下年度继续办理\t3\t9\t0\t5\t0\t1\t18"
LATE = ("2025年1月20日", "2025年3月10日")  # GI402: a department's report after 1月31日 (warning)


def gilint(*args: str):
    return runner.invoke(app, list(args))


def findings(*args: str) -> list[tuple[str, str, str]]:
    """(file name, code, severity) of every finding of `gilint check ARGS`."""
    result = gilint("check", *args, "--output-format", "json", "-j", "1")
    assert result.exit_code in (0, 1), result.output
    return sorted((f["path"].rsplit("/", 1)[-1], f["code"], f["severity"]) for f in json.loads(result.output))


def report(path, *edits: tuple[str, str]):
    text = EXAMPLE_REPORT.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_is_found_by_walking_up_from_the_checked_files(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.gilint]\nignore = ["GI304"]\n')
    checked = report(tmp_path / "reports" / "2024" / "a.txt", TYPO, LATE)
    assert findings(str(checked)) == [("a.txt", "GI402", "warning")]


def test_the_closest_configuration_wins_and_is_not_merged(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.gilint]\nignore = ["GI304"]\n')
    write(tmp_path / "reports" / "gilint.toml", 'ignore = ["GI402"]\n')
    write(tmp_path / "reports" / ".gilint.toml", 'ignore = ["GI4"]\n')  # beats gilint.toml in the same folder
    report(tmp_path / "reports" / "a.txt", TYPO, LATE)
    report(tmp_path / "other" / "b.txt", TYPO, LATE)
    assert findings(str(tmp_path / "reports"), str(tmp_path / "other")) == [
        ("a.txt", "GI304", "warning"), ("b.txt", "GI402", "warning")]


def test_a_pyproject_without_tool_gilint_is_passed_over(tmp_path):
    write(tmp_path / "gilint.toml", 'ignore = ["GI304"]\n')
    write(tmp_path / "reports" / "pyproject.toml", '[project]\nname = "x"\n')
    assert findings(str(report(tmp_path / "reports" / "a.txt", TYPO))) == []


def test_config_option_names_the_file_for_every_checked_file(tmp_path):
    config = write(tmp_path / "elsewhere" / "strict.toml", 'select = ["GI402"]\n[severity]\nGI402 = "error"\n')
    write(tmp_path / "reports" / "gilint.toml", 'ignore = ["GI402"]\n')  # not used: --config wins
    checked = report(tmp_path / "reports" / "a.txt", TYPO, LATE)
    assert findings(str(checked), "--config", str(config)) == [("a.txt", "GI402", "error")]


def test_per_file_ignores_apply_only_to_the_files_they_match(tmp_path):
    write(tmp_path / "gilint.toml", '[per-file-ignores]\n"2019/*" = ["GI3"]\n"旧稿.txt" = ["GI402"]\n')
    report(tmp_path / "2019" / "a.txt", TYPO, LATE)
    report(tmp_path / "2024" / "旧稿.txt", TYPO, LATE)
    both = [("a.txt", "GI402", "warning"), ("旧稿.txt", "GI304", "warning")]
    assert findings(str(tmp_path), "--ignore", "GI704") == both  # (two copies of one report: GI704)


def test_a_noqa_for_a_rule_ignored_in_that_file_is_not_unused(tmp_path):
    """The file's per-file-ignores silence GI304 first; its own noqa marker for GI304 then met nothing and
    drew GI009 'unused', although the marker is right wherever the ignore is lifted."""
    write(tmp_path / "gilint.toml", '[per-file-ignores]\n"旧稿.txt" = ["GI304"]\n')
    report(tmp_path / "旧稿.txt", (TYPO[0], "gilint: noqa GI304\n" + TYPO[1]))
    assert findings(str(tmp_path)) == []


def test_severity_override_makes_a_warning_fail_the_run(tmp_path):
    checked = report(tmp_path / "a.txt", TYPO)
    assert gilint("check", str(checked)).exit_code == 0
    write(tmp_path / "gilint.toml", '[severity]\nGI304 = "error"\n')
    assert findings(str(checked)) == [("a.txt", "GI304", "error")]
    assert gilint("check", str(checked)).exit_code == 1


def test_command_line_select_replaces_the_file_and_ignore_adds(tmp_path):
    write(tmp_path / "gilint.toml", 'select = ["GI3"]\nignore = ["GI304"]\nextend-select = ["GI402"]\n')
    checked = report(tmp_path / "a.txt", TYPO, LATE)
    assert findings(str(checked)) == [("a.txt", "GI402", "warning")]
    assert findings(str(checked), "--select", "GI304") == [("a.txt", "GI304", "warning")]
    assert findings(str(checked), "--ignore", "GI402") == []
    assert findings(str(checked), "--extend-select", "GI304") == [("a.txt", "GI304", "warning"),
                                                                  ("a.txt", "GI402", "warning")]


def test_rule_options_set_the_deadline_of_a_body_type(tmp_path):
    checked = report(tmp_path / "a.txt", LATE)
    assert findings(str(checked)) == [("a.txt", "GI402", "warning")]
    write(tmp_path / "gilint.toml", '[options.GI402]\ndeadline-by-suffix = { "人民政府" = "03-31", "司法局" = "03-31" }\n')
    assert findings(str(checked)) == []


def test_rules_dirs_are_relative_to_the_configuration(tmp_path):
    write(tmp_path / "my-rules" / "mine.toml",
          '[[identity]]\ncode = "X101"\nname = "x"\ntable = "复议诉讼"\neach = "row"\nidentity = "总计 <= 3"\n')
    write(tmp_path / "gilint.toml", 'rules-dirs = ["my-rules"]\nselect = ["X"]\n')
    assert findings(str(report(tmp_path / "reports" / "a.txt"))) == [("a.txt", "X101", "error")] * 3


@pytest.mark.parametrize(("config", "expected"), [
    ('selct = ["GI1"]\n', "gilint.toml: 未知的配置项 selct（是不是 select？）"),
    ('[options.GI703]\nmin-similarty = 90\n', "gilint.toml: options.GI703 中有未知的选项 min-similarty（是不是 min-similarity？）"),
    ('[options.GI703]\nmin-similarity = "90%"\n', "gilint.toml: options.GI703.min-similarity 应是整数，如 80"),
    ('[options.GI402]\ndeadline = "3月31日"\n', "gilint.toml: options.GI402：期限“3月31日”应写作 月-日"),
    ('ignore = ["GI3O4"]\n', "gilint.toml: ignore 中有未知的规则代码 GI3O4（是不是 GI304？）"),
    ('[severity]\nGI304 = "fatal"\n', 'gilint.toml: severity.GI304 应是 "error" 或 "warning"'),
    ('[[suppress]]\npath = "a.txt"\ncode = "GI304"\ncel = "依申请:一:总计"\n', "gilint.toml: suppress 第 1 条 中有未知的键 cel"),
    ('select = "GI1"\n', "gilint.toml: 配置项 select 应是列表"),
    ("select = [\n", "gilint.toml: 无法读取配置文件"),
])
def test_a_misspelt_setting_is_a_clear_error_naming_file_and_key(tmp_path, config, expected):
    write(tmp_path / "gilint.toml", config)
    result = gilint("check", str(report(tmp_path / "a.txt")))
    assert result.exit_code == 2
    assert f"gilint: {tmp_path / expected}" in result.output
    assert "Traceback" not in result.output


def test_misspelt_key_in_pyproject_is_named_with_its_table(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.gilint]\nper-file-ignore = {}\n')
    result = gilint("check", str(report(tmp_path / "a.txt")))
    assert result.exit_code == 2 and "未知的配置项 tool.gilint.per-file-ignore（是不是 per-file-ignores？）" in result.output


def test_gilint_config_shows_the_settings_in_effect_and_where_they_came_from(tmp_path):
    config = write(tmp_path / "pyproject.toml", '[tool.gilint]\nignore = ["GI304"]\n[tool.gilint.options.GI703]\n'
                                                 'min-similarity = 90\n')
    (tmp_path / "reports").mkdir()
    result = gilint("config", str(tmp_path / "reports"))
    assert result.exit_code == 0, result.output
    assert f"配置文件：{config}（tool.gilint.）" in result.output
    assert f'ignore = ["GI304"]    # {config}' in result.output
    assert "extend-select = []    # 默认" in result.output
    assert f"GI703.min-similarity = 90    # {config}" in result.output
    assert "GI703.min-length = 100    # 规则默认" in result.output
    assert "GI304" not in result.output.split("运行的规则")[1].split("规则选项")[0]


def test_the_documented_example_configuration_is_valid():
    result = gilint("config", "--config", str(FIXTURES / "config" / "gilint.toml"))
    assert result.exit_code == 0, result.output
    assert "GI402.deadline-by-suffix" in result.output


# --- suppression -------------------------------------------------------------------------------------


def test_a_suppress_entry_silences_one_finding_in_one_file(tmp_path):
    write(tmp_path / "gilint.toml", '[[suppress]]\npath = "a.txt"\ncode = "GI304"\nline = 30\nreason = "原件如此"\n')
    report(tmp_path / "a.txt", TYPO)
    report(tmp_path / "b.txt", TYPO)
    assert findings(str(tmp_path), "--ignore", "GI704") == [("b.txt", "GI304", "warning")]


def test_a_suppress_entry_may_name_one_cell(tmp_path):
    write(tmp_path / "gilint.toml", '[[suppress]]\npath = "*.txt"\ncode = "GI101"\ncell = "依申请:四:自然人"\n')
    checked = report(tmp_path / "a.txt", (CARRIED_OUT, CARRIED_OUT.replace("\t3\t9", "\t4\t9").replace("18", "19")))
    result = gilint("check", str(checked), "--output-format", "json", "-j", "1")
    assert [(f["code"], f["cells"][-1]) for f in json.loads(result.output)] == [("GI101", "依申请:四:总计")]


def test_a_suppress_entry_that_matches_nothing_is_reported_at_its_line(tmp_path):
    config = write(tmp_path / "gilint.toml", 'ignore = ["GI202"]\n\n[[suppress]]\npath = "a.txt"\ncode = "GI304"\n\n'
                                             '[[suppress]]\npath = "a.txt"\ncode = "GI402"\n')
    report(tmp_path / "a.txt", TYPO)
    result = gilint("check", str(tmp_path), "--output-format", "concise", "-j", "1")
    assert result.exit_code == 0
    assert (f"{config}:7:1: GI009 配置中的压制条目（path=a.txt、code=GI402）没有压制任何问题："
            "这里没有 GI402 的问题，可以删去") in result.output
    assert "GI304" not in result.output


def test_inline_markers_silence_the_next_line(tmp_path):
    typo_with_marker = (TYPO[0], f"<!-- gilint: noqa GI304 -->\n{TYPO[1]}")
    assert findings(str(report(tmp_path / "a.md", typo_with_marker))) == []
    plain = (TYPO[0], f"gilint: noqa GI304, GI101\n\n{TYPO[1]}")
    result = gilint("check", str(report(tmp_path / "b.txt", plain)), "--output-format", "concise", "-j", "1")
    assert "GI304" not in result.output.replace("noqa GI304", "")
    assert "GI009 标记“gilint: noqa GI101”（作用于第 32 行）没有压制任何问题" in result.output


def test_a_marker_with_an_unknown_code_or_no_code_is_reported(tmp_path):
    checked = report(tmp_path / "a.txt", ("六、其他需要报告的事项", "gilint: noqa GI3O4\n<!-- gilint: noqa -->\n六、其他需要报告的事项"))
    result = gilint("check", str(checked), "--output-format", "concise", "-j", "1")
    assert "GI009 标记“gilint: noqa GI3O4”（作用于第 58 行）没有压制任何问题：GI3O4 不是已知的规则代码" in result.output
    assert "没有写规则代码" in result.output


def test_a_marker_is_not_judged_when_its_rule_did_not_run(tmp_path):
    checked = report(tmp_path / "a.txt", ("六、其他需要报告的事项", "gilint: noqa GI304\n六、其他需要报告的事项"))
    assert findings(str(checked), "--select", "GI0") == []
    assert findings(str(checked)) == [("a.txt", "GI009", "warning")]


def test_exclude_skips_files_found_in_folders_but_not_files_named(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.gilint]\nexclude = ["README.md", "notes/*"]\n', encoding="utf-8")
    (tmp_path / "README.md").write_text("# 本仓库收存各部门的年度报告\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "待办.txt").write_text("核对表三\n", encoding="utf-8")
    shutil.copy(EXAMPLE_REPORT, tmp_path / "2024年报.txt")
    result = runner.invoke(app, ["check", str(tmp_path), "--output-format", "concise"])
    assert result.exit_code == 0, result.output
    assert "检查了 1 个文件" in result.output
    named = runner.invoke(app, ["check", str(tmp_path / "README.md"), "--output-format", "concise"])
    assert named.exit_code == 2 and "README.md:1:1: GI000" in named.output
