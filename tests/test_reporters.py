"""The machine formats against what their consumers document: SARIF 2.1.0, GitHub workflow
commands, GitLab Code Quality, JUnit; plus --output-file, --statistics and colour."""

from __future__ import annotations

import json
import shutil
from urllib.parse import unquote
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, SEEDS
from gilint import cli
from gilint.cli import app
from gilint.docs import rule_doc
from gilint.examples import EXAMPLE_REPORT
from gilint.model import Position
from gilint.reporters import write
from gilint.reporters.github import escape_data, escape_property
from gilint.rule import Violation
from gilint.run import Run

runner = CliRunner()
BROKEN = FIXTURES / "broken" / "总计错误-2024.txt"
EMPTY = FIXTURES / "broken" / "空文件.txt"
WARNINGS = SEEDS[1]  # label typos: five GI304 warnings
SARIF_SCHEMA = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def check(*args: str, env: dict | None = None):
    return runner.invoke(app, ["check", *args], env=env)


def output_of(*args: str) -> str:
    result = check(*args)
    assert result.exit_code in (0, 1, 2), result.output
    return result.stdout


# SARIF

def test_sarif_validates_against_the_2_1_0_schema():
    log = json.loads(output_of(str(BROKEN), str(EMPTY), str(WARNINGS), "--output-format", "sarif"))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1


def test_every_sarif_result_has_a_rule_entry_a_region_and_a_fingerprint(rules):
    log = json.loads(output_of(str(BROKEN), str(EMPTY), str(WARNINGS), "--output-format", "sarif"))
    run = log["runs"][0]
    entries = run["tool"]["driver"]["rules"]
    assert {result["ruleId"] for result in run["results"]} == {entry["id"] for entry in entries}
    for result in run["results"]:
        assert entries[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert result["partialFingerprints"]["primaryLocationLineHash"]
        assert result["level"] in ("error", "warning")
    for entry in entries:
        assert {"id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration"} <= set(entry)
        if entry["id"] != "GI000":
            rule = rules[entry["id"]]
            assert entry["help"]["markdown"] == rule_doc(rule)
            assert entry["shortDescription"]["text"] == rule.summary
            assert entry["defaultConfiguration"]["level"] == rule.severity
    assert {entry["id"]: entry["defaultConfiguration"]["level"] for entry in entries}["GI304"] == "warning"


def test_sarif_uris_are_relative_and_percent_encoded(monkeypatch):
    monkeypatch.chdir(FIXTURES.parent)
    log = json.loads(output_of(str(BROKEN), "--output-format", "sarif"))  # an absolute path inside the checkout
    uris = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for result in log["runs"][0]["results"]}
    assert len(uris) == 1
    uri = uris.pop()
    assert uri.isascii() and unquote(uri) == "fixtures/broken/总计错误-2024.txt"


def _fingerprints(path, format_name: str) -> dict[str, tuple[int, str]]:
    """code + message -> (line, fingerprint)."""
    found = json.loads(output_of(str(path), "--output-format", format_name))
    if format_name == "sarif":
        return {(r["ruleId"], r["message"]["text"]): (
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["partialFingerprints"]["primaryLocationLineHash"]) for r in found["runs"][0]["results"]}
    return {(issue["check_name"], issue["description"]): (issue["location"]["lines"]["begin"], issue["fingerprint"])
            for issue in found}


@pytest.mark.parametrize("format_name", ["sarif", "gitlab"])
def test_fingerprints_survive_a_line_inserted_above(tmp_path, monkeypatch, format_name):
    monkeypatch.chdir(tmp_path)
    lines = BROKEN.read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "报告.txt").write_text("".join(lines), encoding="utf-8")
    before = _fingerprints("报告.txt", format_name)
    (tmp_path / "报告.txt").write_text("".join(lines[:3] + ["（此处插入一段说明文字。）\n"] + lines[3:]),
                                       encoding="utf-8")
    after = _fingerprints("报告.txt", format_name)
    assert before.keys() == after.keys() and len(before) == 5
    for key, (line, fingerprint) in before.items():
        moved_line, moved_fingerprint = after[key]
        assert moved_fingerprint == fingerprint
        if line > 3:
            assert moved_line == line + 1
    assert len({fingerprint for _, fingerprint in before.values()}) == len(before)


def test_the_same_finding_twice_gets_two_fingerprints(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    twice = [Violation("GI403", "日期“2025年2月30日”不存在", Position(line, 1), "error", "impossible-date",
                       path="a.txt") for line in (3, 9)]
    found = json.loads(_write("gitlab", Run(violations=twice, files=["a.txt"])))
    assert found[0]["fingerprint"] != found[1]["fingerprint"]


# GitHub

def _write(format_name: str, run: Run) -> str:
    import io

    out = io.StringIO()
    write(format_name, run, out)
    return out.getvalue()


def test_github_commands_escape_as_the_toolkit_does():
    assert escape_data("100% a\r\nb") == "100%25 a%0D%0Ab"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    odd = Violation("GI101", "第一行\n合计 100%，不对", Position(7, 3), "warning", "x", path="年报,2024:版.txt")
    text = _write("github", Run(violations=[odd], files=[odd.path]))
    assert text.splitlines()[0] == "::warning file=年报%2C2024%3A版.txt,line=7,col=3,title=GI101::第一行%0A合计 100%25，不对"


def test_github_format_is_chosen_under_github_actions(monkeypatch):
    monkeypatch.chdir(FIXTURES.parent)
    env = {"GITHUB_ACTIONS": "true"}
    result = check(str(BROKEN), env=env)
    assert result.stdout.startswith("::error file=fixtures/broken/总计错误-2024.txt,line=2,col=14,title=GI401::")
    assert "::error file=fixtures/broken/总计错误-2024.txt,line=25,col=18,title=GI101::表三 自然人列" in result.stdout
    assert check(str(BROKEN), "--output-format", "concise", env=env).stdout.startswith(f"{BROKEN}:2:14: GI401")
    assert check(str(BROKEN)).stdout.startswith(f"{BROKEN}:2:14: GI401 错误")  # full outside Actions


def test_github_paths_are_relative_to_the_workspace(tmp_path, monkeypatch):
    shutil.copy(BROKEN, tmp_path / "a.txt")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    assert output_of(str(tmp_path / "a.txt"), "--output-format", "github").startswith("::error file=a.txt,line=2,")


# GitLab

def test_gitlab_code_quality_has_the_documented_fields_and_no_bom(tmp_path, monkeypatch):
    project = tmp_path / "project"
    (project / "reports").mkdir(parents=True)
    shutil.copy(BROKEN, project / "reports" / "a.txt")
    shutil.copy(WARNINGS, project / "reports" / "b.txt")
    monkeypatch.setenv("CI_PROJECT_DIR", str(project))
    report = tmp_path / "gl-code-quality-report.json"
    result = check(str(project / "reports"), "--output-format", "gitlab", "--output-file", str(report),
                   "--select", "GI101,GI304")
    assert result.exit_code == 1
    data = report.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    issues = json.loads(data.decode("utf-8"))
    assert isinstance(issues, list) and len(issues) == 6
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["description"].startswith(f"{issue['check_name']}: ")
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["path"] in ("reports/a.txt", "reports/b.txt")
        assert isinstance(issue["location"]["lines"]["begin"], int)
    severities = {issue["check_name"]: issue["severity"] for issue in issues}
    assert severities["GI101"] == "major" and severities["GI304"] == "minor"
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)


# JUnit

def test_junit_has_one_test_case_per_file_and_a_failure_per_violation():
    text = output_of(str(BROKEN), str(EMPTY), str(EXAMPLE_REPORT), "--output-format", "junit",
                     "--select", "GI101,GI102,GI104,GI401,GI403")
    suites = ET.fromstring(text.encode("utf-8"))
    assert suites.tag == "testsuites"
    cases = suites.findall("testsuite/testcase")
    assert [case.get("name").rsplit("/", 1)[-1] for case in cases] == [BROKEN.name, EMPTY.name, EXAMPLE_REPORT.name]
    broken, empty, clean = cases
    assert [failure.get("type") for failure in broken.findall("failure")] == \
        ["GI401", "GI101", "GI102", "GI104", "GI403"]
    assert ":25:18: GI101 表三 自然人列" in broken.findall("failure")[1].text
    assert [error.get("type") for error in empty.findall("error")] == ["GI000"] and not empty.findall("failure")
    assert list(clean) == []
    suite = suites.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")


# JSON Lines

def test_json_lines_holds_the_json_objects_one_per_line():
    lines = output_of(str(BROKEN), "--output-format", "json-lines").splitlines()
    array = json.loads(output_of(str(BROKEN), "--output-format", "json"))
    assert [json.loads(line) for line in lines] == array and len(lines) == 5


# --output-file, --statistics

def test_output_file_gets_the_report_and_the_terminal_the_summary(tmp_path):
    target = tmp_path / "out.json"
    result = check(str(BROKEN), "--output-format", "json", "--output-file", str(target))
    assert result.exit_code == 1
    assert result.stdout == "检查了 1 个文件：5 个错误，0 个警告，1 个文件有错误。\n"
    assert [item["code"] for item in json.loads(target.read_text(encoding="utf-8"))] == \
        ["GI401", "GI101", "GI102", "GI104", "GI403"]


def test_output_file_that_cannot_be_written_exits_2(tmp_path):
    result = check(str(BROKEN), "--output-file", str(tmp_path / "no" / "such" / "dir" / "out.txt"))
    assert result.exit_code == 2 and "无法写入" in result.output


def test_statistics_counts_per_rule_most_frequent_first():
    result = check(str(BROKEN), str(WARNINGS), "--statistics", "--select", "GI102,GI101,GI304")
    assert result.stdout.splitlines() == [
        "5\tGI304\tlabel-differs", "1\tGI101\ttable-balance", "1\tGI102\tapplicant-total",
        "检查了 2 个文件：2 个错误，5 个警告，1 个文件有错误。"]
    assert result.exit_code == 1


# colour

@pytest.mark.parametrize("env, tty, expected", [
    ({}, True, True),
    ({}, False, False),
    ({"NO_COLOR": "1"}, True, False),
    ({"NO_COLOR": ""}, True, True),  # no-color.org: only a non-empty value counts
    ({"FORCE_COLOR": "1"}, False, True),
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, False, False),
])
def test_colour_follows_no_color_force_color_and_the_terminal(monkeypatch, env, tty, expected):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(cli.sys.stdout, "isatty", lambda: tty, raising=False)
    assert cli._use_color() is expected


def test_colour_only_in_the_full_format_on_the_terminal(tmp_path):
    forced = {"FORCE_COLOR": "1"}
    assert "\x1b[31m" in check(str(BROKEN), env=forced).stdout
    assert "\x1b[" not in check(str(BROKEN), env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
    assert "\x1b[" not in check(str(BROKEN), "--output-format", "concise", env=forced).stdout
    check(str(BROKEN), "--output-file", str(tmp_path / "out.txt"), env=forced)
    assert "\x1b[" not in (tmp_path / "out.txt").read_text(encoding="utf-8")
