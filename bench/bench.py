"""Benchmark: reports per second on one core, the read-and-tokenise floor, and one-file latency.

    python bench/bench.py [--reports 3000]

Not a test: it prints figures for the README. The corpus is generated on the
fly (tests/reportgen.py) in every text layout, half of them with one error.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from reportgen import LAYOUTS, consistent_tables, render  # noqa: E402

from gilint.engine import Engine  # noqa: E402
from gilint.files import discover  # noqa: E402
from gilint.readers.decode import decode  # noqa: E402
from gilint.readers.text import split_line  # noqa: E402
from gilint.registry import load_rules  # noqa: E402
from gilint.run import check_paths  # noqa: E402


def make_corpus(folder: Path, count: int) -> None:
    rng = random.Random(2024)
    for index in range(count):
        tables = consistent_tables(rng)
        if index % 2:
            tables.application["四"][0] += 1
        text = render(tables, LAYOUTS[index % len(LAYOUTS)], org=f"某区第{index}局")
        (folder / f"report-{index:05d}.txt").write_text(text, encoding="utf-8")


def floor(paths: list[str]) -> float:
    """Seconds to merely read, decode and cut every file into cells."""
    started = time.perf_counter()
    for path in paths:
        lines = decode(Path(path).read_bytes()).split("\n")
        for number, line in enumerate(lines, 1):
            split_line(line, number)
    return time.perf_counter() - started


def one_file_latency(path: str, runs: int = 7) -> float:
    """Median wall time of `gilint check FILE` as a fresh process, as a pre-commit hook runs it."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "gilint", "check", path], capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        make_corpus(Path(folder), args.reports)
        paths = discover([folder])
        engine = Engine([rule() for rule in load_rules().values()])
        floor_seconds = floor(paths)
        started = time.perf_counter()
        run = check_paths(paths, engine)
        seconds = time.perf_counter() - started
        latency = one_file_latency(paths[0])
    print(f"machine: {platform.machine()} {platform.processor() or ''} Python {platform.python_version()}, one core")
    print(f"reports: {len(paths)}, violations: {len(run.violations)}")
    print(f"gilint check: {len(paths) / seconds:,.0f} reports/s ({seconds * 1000 / len(paths):.2f} ms each)")
    print(f"floor (read + decode + cut into cells): {len(paths) / floor_seconds:,.0f} reports/s")
    print(f"one-file check, fresh process (median of 7): {latency * 1000:.0f} ms")


if __name__ == "__main__":
    main()
