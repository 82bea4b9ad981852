"""Benchmark: files per second per format beside the floor, where the time goes, one-file latency,
--jobs, peak memory, and the time of issue 6's folder of hostile inputs.

    python bench/bench.py [--reports 2000]

Not a test: it prints the figures the README quotes, so that every change can be compared.
Corpora are generated on the fly (tests/reportgen.py, tests/make_format_fixtures.py), half of
them with one error; PDFs are copies of the committed fixtures, since no PDF writer is a
dependency. The floor is what merely reading and cutting the same files costs, measured in
the same run: gilint's figure is only meaningful beside it. Every file is read once before
timing starts, so that both figures find the files in the page cache (this machine's disk
reads a cold 4 KB file in ~0.35 ms, as long as gilint checks it).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from make_format_fixtures import write_docx, write_html  # noqa: E402
from test_hostile_folder import build as build_hostile_folder  # noqa: E402
from reportgen import LAYOUTS, consistent_tables, render  # noqa: E402

from gilint.files import discover  # noqa: E402
from gilint.readers.decode import decode  # noqa: E402
from gilint.readers.text import split_line  # noqa: E402


def tables(index: int, rng: random.Random):
    found = consistent_tables(rng)
    if index % 2:
        found.application["四"][0] += 1
    return found


def make_corpus(folder: Path, count: int, kind: str = "text") -> None:
    """`count` reports of one kind, each of its own body so that no cross-report rule fires."""
    rng = random.Random(2024)
    folder.mkdir(parents=True, exist_ok=True)
    pdfs = sorted((ROOT / "fixtures").glob("**/*.pdf"))
    for index in range(count):
        name = folder / f"report-{index:05d}"
        if kind == "text":
            text = render(tables(index, rng), LAYOUTS[index % len(LAYOUTS)], org=f"某区第{index}局")
            name.with_suffix(".txt").write_text(text, encoding="utf-8")
        elif kind == "html":
            name.with_suffix(".html").write_text(
                write_html(tables(index, rng), word_style=index % 2 == 0, org=f"某区第{index}局"), encoding="utf-8")
        elif kind == "docx":
            write_docx(tables(index, rng), name.with_suffix(".docx"), org=f"某区第{index}局")
        else:
            shutil.copy(pdfs[index % len(pdfs)], name.with_suffix(".pdf"))


def text_floor(paths: list[str]) -> float:
    started = time.perf_counter()
    for path in paths:
        for number, line in enumerate(decode(Path(path).read_bytes()).split("\n"), 1):
            split_line(line, number)
    return time.perf_counter() - started


def html_floor(paths: list[str]) -> float:
    from lxml import etree

    started = time.perf_counter()
    for path in paths:
        etree.HTML(Path(path).read_bytes())
    return time.perf_counter() - started


FLOORS = {"text": text_floor, "html": html_floor}


def stages(paths: list[str]) -> dict[str, float]:
    """Where a report's time goes (ms, in this process): reading it into the model, the rules, and what
    the rules over several reports keep of it. The first pass warms the caches, as a long run does."""
    from gilint.engine import Engine
    from gilint.readers import read_path
    from gilint.registry import load_rules

    engine = Engine([rule() for rule in load_rules().values()])
    spent = dict.fromkeys(("read", "rules", "summaries"), 0.0)
    for path in paths + paths:
        started = time.perf_counter()
        report = read_path(path)
        read = time.perf_counter()
        engine.run(report)
        ruled = time.perf_counter()
        engine.summarize(report)
        spent["read"] += read - started
        spent["rules"] += ruled - read
        spent["summaries"] += time.perf_counter() - ruled
    return {stage: 1000 * seconds / len(paths + paths) for stage, seconds in spent.items()}


RUNS = 3  # timed runs of each command; the fastest counts, since this VM's speed varies from run to run
JOB_TURNS = 5  # --jobs 1 and --jobs 2 taken in turns: their ratio is the figure, and noise hits it twice


def rate(folder: str, count: int) -> float:
    """Files per second through `gilint check --jobs 1` (read, every rule, cross-report rules), as users run it."""
    return count / min(cli(folder, "--jobs", "1", "--output-file", os.devnull)[0] for _ in range(RUNS))


# As installed by pip: with compiled bytecode (some environments set PYTHONDONTWRITEBYTECODE).
ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def cli(*args: str) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "gilint", "check", *args], capture_output=True, text=True,
                            env=ENVIRONMENT)
    return time.perf_counter() - started, result.stdout


def peak_memory_mb(*args: str) -> float:
    """Peak resident memory of one `gilint check` process (its own parent, so no other child counts)."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "gilint", "check", *args],
                            capture_output=True, text=True, env=ENVIRONMENT)
    return int(result.stdout) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=2000, help="text reports; other formats get fewer")
    args = parser.parse_args()
    sizes = {"text": args.reports, "html": args.reports // 4, "docx": args.reports // 20, "pdf": 12}
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        corpora = {}
        for kind, count in sizes.items():
            make_corpus(root / kind, count, kind)
            corpora[kind] = discover([str(root / kind)])
        cli(corpora["text"][0])  # compiles the bytecode once, as pip install does
        for paths in corpora.values():  # into the page cache: the figures below measure gilint, not the disk
            for path in paths:
                Path(path).read_bytes()
        print(f"\nthroughput, `gilint check --jobs 1`, one core (files/s, best of {RUNS} runs):")
        for kind, paths in corpora.items():
            line = f"  {kind:<5} {rate(str(root / kind), len(paths)):>7,.0f}  ({len(paths)} files)"
            if kind in FLOORS:
                floor = min(FLOORS[kind](paths) for _ in range(RUNS))
                line += f"   floor (read + tokenise only): {len(paths) / floor:,.0f}"
            print(line)
        for kind in FLOORS:
            split = stages(corpora[kind][:500])
            print(f"  {kind:<5} per file, in process: " + ", ".join(f"{stage} {ms:.2f} ms" for stage, ms in split.items()))
        print("\none-file check, fresh process, median of 7 (ms):")
        for kind, paths in corpora.items():
            print(f"  {kind:<5} {1000 * statistics.median(cli(paths[0])[0] for _ in range(7)):>5.0f}")
        folder = str(root / "text")
        # Taken in turns, so that a slow spell of the host (this VM's speed drifts by ±20%) slows both alike.
        turns = [(cli(folder, "--jobs", "1", "--output-format", "json"), cli(folder, "--jobs", "2", "--output-format", "json"))
                 for _ in range(JOB_TURNS)]
        serial, parallel = min(one[0] for one, _ in turns), min(two[0] for _, two in turns)
        identical = len({output for pair in turns for _, output in pair}) == 1
        print(f"\n--jobs on {len(corpora['text'])} text files, best of {JOB_TURNS} turns: 1 job {serial:.2f} s, 2 jobs {parallel:.2f} s, "
              f"speed-up {serial / parallel:.2f}x, identical output: {identical}")
        print(f"peak memory, {len(corpora['text'])} text files, 1 job: {peak_memory_mb(folder, '--jobs', '1'):.0f} MB")
        hostile = root / "hostile"
        hostile.mkdir()
        build_hostile_folder(hostile)
        seconds = cli(str(hostile))[0]
        print(f"issue 6's hostile folder ({len(list(hostile.iterdir()))} entries, a 1 GiB zip bomb among them): "
              f"{seconds:.2f} s, peak memory {peak_memory_mb(str(hostile)):.0f} MB")


if __name__ == "__main__":
    main()
