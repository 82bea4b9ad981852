"""The pre-commit hook, for real: `pre-commit try-repo` installs this checkout and runs it.

try-repo installs a fresh environment on every call (about ten seconds with a warm pip
cache), so this file runs it only twice: once on a good report, once on a bad one.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pre_commit.clientlib import load_manifest

from conftest import FIXTURES, ROOT
from gilint.examples import EXAMPLE_REPORT

MANIFEST = ROOT / ".pre-commit-hooks.yaml"
# pip's words when it cannot reach an index: only then is a failure to install not gilint's fault.
OFFLINE = re.compile(r"No matching distribution found|Could not find a version that satisfies|"
                     r"Failed to establish a new connection|Temporary failure in name resolution|"
                     r"Network is unreachable")


def test_manifest_is_valid_and_matches_the_report_formats():
    (hook,) = load_manifest(str(MANIFEST))  # pre-commit's own schema check
    assert hook["id"] == "gilint" and hook["entry"] == "gilint check" and hook["language"] == "python"
    assert hook["require_serial"] is True  # cross-report rules need every file in one process
    files = re.compile(hook["files"])
    for name in ("年报.txt", "a/年报.md", "年报.markdown", "年报.HTML", "年报.htm", "年报.docx", "年报.PDF"):
        assert files.search(name), name
    for name in ("README.rst", "data.csv", "gilint.py", "年报.txt.bak"):
        assert not files.search(name), name


def _git(*args: str, cwd: Path) -> str:
    command = ["git", "-c", "user.name=gilint", "-c", "user.email=gilint@example.invalid",
               "-c", "commit.gpgsign=false", *args]
    return subprocess.run(command, cwd=cwd, check=True, capture_output=True, text=True, env=_clean_env()).stdout


def _clean_env(**extra: str) -> dict[str, str]:
    """No GIT_* variables leaking in (as when the suite itself runs inside a git hook)."""
    return {**{k: v for k, v in os.environ.items() if not k.startswith("GIT_")}, **extra}


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    """This checkout as pre-commit would clone it: the working copy's files (tracked and new), committed."""
    if shutil.which("git") is None:
        pytest.skip("git 不可用")
    try:
        listed = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    except subprocess.CalledProcessError:
        pytest.skip("不是 git 检出，无法让 pre-commit 克隆它")
    repo = tmp_path_factory.mktemp("gilint-hook")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name)
    _git("init", "-q", cwd=repo)
    _git("add", "-A", cwd=repo)
    _git("commit", "-q", "-m", "gilint working copy", cwd=repo)
    return repo


@pytest.fixture
def try_repo(hook_repo, tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    _git("init", "-q", cwd=reports)
    shutil.copy(EXAMPLE_REPORT, reports / "好的年报-2024.txt")
    shutil.copy(FIXTURES / "broken" / "总计错误-2024.txt", reports / "总计错误-2024.txt")

    def run(*files: str) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "gilint", "--color", "never",
             "--files", *files],
            cwd=reports, capture_output=True, text=True, timeout=600,
            env=_clean_env(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home")))
        if done.returncode == 3 and OFFLINE.search(done.stdout + done.stderr):
            pytest.skip("pre-commit 无法在离线状态下创建钩子环境（pip 连不上软件包索引）")
        return done

    return run


def test_try_repo_passes_a_good_report_and_fails_a_bad_one_with_the_violation(try_repo):
    good = try_repo("好的年报-2024.txt")
    assert good.returncode == 0, good.stdout + good.stderr
    assert re.search(r"^gilint.*Passed$", good.stdout, re.M)

    bad = try_repo("总计错误-2024.txt", "好的年报-2024.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert re.search(r"^gilint.*Failed$", bad.stdout, re.M)
    assert "总计错误-2024.txt:25:18: GI101 错误 表三 自然人列：一+二=60，三.七+四=61，两者应相等" in bad.stdout
