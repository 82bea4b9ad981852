"""The CI recipes in examples/ keep working: their `gilint check` commands are run as written,
on a repository with a good and a bad report, and what they write is what the next step reads."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys

import jsonschema
import pytest
import yaml

from conftest import FIXTURES, ROOT
from gilint.examples import EXAMPLE_REPORT

GITHUB = ROOT / "examples" / "github-actions.yml"
GITLAB = ROOT / "examples" / "gitlab-ci.yml"


def gilint_commands(scripts: list[str]) -> list[list[str]]:
    commands = [shlex.split(line) for script in scripts for line in script.splitlines()
                if line.strip().startswith("gilint check")]
    assert commands, "the recipe runs no gilint check"
    return commands


def option(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


@pytest.fixture(params=["clean", "broken"])
def repository(request, tmp_path):
    """A repository of reports laid out as the recipes expect (reports/), with or without an error."""
    (tmp_path / "reports" / "2024").mkdir(parents=True)
    shutil.copy(EXAMPLE_REPORT, tmp_path / "reports" / "2024" / "示例街道-2024.txt")
    if request.param == "broken":
        shutil.copy(FIXTURES / "broken" / "总计错误-2024.txt", tmp_path / "reports" / "2024" / "总计错误-2024.txt")
    return tmp_path, request.param


def run_in(directory, command: list[str]) -> subprocess.CompletedProcess:
    assert command[0] == "gilint"
    return subprocess.run([sys.executable, "-m", "gilint", *command[1:]], cwd=directory,
                          capture_output=True, text=True, timeout=120)


def test_github_workflow_checks_uploads_sarif_even_on_failure_and_fails_on_errors(repository):
    directory, kind = repository
    workflow = yaml.safe_load(GITHUB.read_text(encoding="utf-8"))
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["gilint"]["steps"]
    upload = next(step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert "cancelled()" in upload["if"] or "always()" in upload["if"]
    (command,) = gilint_commands([step["run"] for step in steps if "run" in step])
    assert option(command, "--output-format") == "sarif"
    assert option(command, "--output-file") == upload["with"]["sarif_file"]

    done = run_in(directory, command)
    assert done.returncode == (1 if kind == "broken" else 0), done.stdout + done.stderr
    assert done.stdout.splitlines()[-1].startswith("检查了 ")
    log = json.loads((directory / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    schema = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    uris = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for result in log["runs"][0]["results"]}
    broken_uri = "reports/2024/%E6%80%BB%E8%AE%A1%E9%94%99%E8%AF%AF-2024.txt"
    assert broken_uri in uris if kind == "broken" else uris == set()


def test_gitlab_job_writes_the_code_quality_artifact_and_fails_on_errors(repository):
    directory, kind = repository
    job = yaml.safe_load(GITLAB.read_text(encoding="utf-8"))["gilint"]
    assert job["artifacts"]["when"] == "always"
    (command,) = gilint_commands(job["script"])
    assert option(command, "--output-format") == "gitlab"
    artifact = job["artifacts"]["reports"]["codequality"]
    assert option(command, "--output-file") == artifact

    done = run_in(directory, command)
    assert done.returncode == (1 if kind == "broken" else 0), done.stdout + done.stderr
    data = (directory / artifact).read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    issues = json.loads(data)
    paths = {issue["location"]["path"] for issue in issues}
    assert "reports/2024/总计错误-2024.txt" in paths if kind == "broken" else paths == set()
