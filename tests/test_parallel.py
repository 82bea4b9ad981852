"""--jobs spreads files over processes; the output must be identical to a serial run."""

from __future__ import annotations

import pickle
import random

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from gilint.cli import app
from gilint.model import Position
from gilint.rule import Summary
from reportgen import LAYOUTS, consistent_tables, render


def test_parallel_output_is_identical_and_in_the_same_order(tmp_path):
    rng = random.Random(5)
    for index in range(40):
        tables = consistent_tables(rng)
        if index % 3 == 0:
            tables.review["行政复议"][4] += 1
        (tmp_path / f"r{index:02d}.txt").write_text(render(tables, LAYOUTS[index % 4]), encoding="utf-8")
    (tmp_path / "r07.txt").write_bytes(b"")  # an unreadable file in the middle
    runner = CliRunner()
    outputs = {}
    for jobs in ("1", "2", "3"):
        for output_format in ("json", "full"):
            result = runner.invoke(app, ["check", str(tmp_path), "--jobs", jobs, "--output-format", output_format])
            assert result.exit_code == 2
            outputs[jobs, output_format] = result.output
    for output_format in ("json", "full"):
        assert outputs["1", output_format] == outputs["2", output_format] == outputs["3", output_format]
    assert outputs["1", "json"].count('"GI104"') == 14
    assert "r07.txt:1:1: GI000" in outputs["2", "full"]


@given(st.integers(1, 10**6), st.integers(1, 500), st.none() | st.integers(1, 300), st.none() | st.integers(1, 9))
def test_what_workers_send_back_survives_pickling(line, column, page, table):
    """Position and Summary pickle as plain calls (cheaper for --jobs): every field must come back."""
    at = Position(line, column, page, table, None if table is None else 2, None if table is None else 3)
    summary = Summary("a/2024.txt", "某局", 2024, at, {"二": {"总计": (5, at)}})
    assert pickle.loads(pickle.dumps(at)) == at
    assert pickle.loads(pickle.dumps(summary)) == summary
