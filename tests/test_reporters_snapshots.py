"""Every output format on the same few files, compared with the stored output in tests/snapshots/.

A change to any emitter shows up as a diff in review. After an intended change, regenerate:

    GILINT_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/test_reporters_snapshots.py

and read the diff of tests/snapshots/ before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from gilint.cli import OutputFormat, app

SNAPSHOTS = Path(__file__).parent / "snapshots"
# Relative paths, run from the checkout root, so the snapshots do not depend on where it lives.
FILES = ["fixtures/broken/总计错误-2024.txt", "fixtures/broken/空文件.txt", "gilint/example_report.txt"]
# The rules are pinned so that new rules do not change the snapshots: these test the emitters.
RULES = ["--select", "GI101,GI102,GI104,GI401,GI403"]
EXTENSION = {"json": "json", "json-lines": "jsonl", "sarif": "sarif", "gitlab": "json", "junit": "xml"}


def matches_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("GILINT_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    assert path.exists(), f"没有快照 {path}：用 GILINT_UPDATE_SNAPSHOTS=1 生成"
    assert text == path.read_text(encoding="utf-8"), f"{name} 与快照不同"


@pytest.fixture
def gilint(monkeypatch):
    monkeypatch.chdir(ROOT)

    def run(*args: str) -> str:
        result = CliRunner().invoke(app, ["check", *FILES, *RULES, *args])
        assert result.exit_code == 2, result.output  # the empty file cannot be read
        return result.stdout

    return run


@pytest.mark.parametrize("output_format", [member.value for member in OutputFormat])
def test_format_matches_snapshot(gilint, output_format):
    matches_snapshot(f"{output_format}.{EXTENSION.get(output_format, 'txt')}", gilint("--output-format", output_format))


def test_statistics_matches_snapshot(gilint):
    matches_snapshot("statistics.txt", gilint("--statistics"))
