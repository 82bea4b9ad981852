"""Output formats. Each module turns a finished `Run` into text; none of them knows a rule or a reader."""

from __future__ import annotations

import json
import os
from collections import Counter
from importlib import import_module
from pathlib import Path
from typing import TextIO

from gilint.rule import Violation
from gilint.run import Run

FORMATS = {
    "full": "gilint.reporters.full",
    "concise": "gilint.reporters.concise",
    "json": "gilint.reporters.json_array",
    "json-lines": "gilint.reporters.json_lines",
    "sarif": "gilint.reporters.sarif",
    "github": "gilint.reporters.github",
    "gitlab": "gilint.reporters.gitlab",
    "junit": "gilint.reporters.junit",
}


def write(format_name: str, run: Run, out: TextIO, color: bool = False) -> None:
    import_module(FORMATS[format_name]).write(run, out, color=color)


def summary(run: Run) -> str:
    """The closing line of every terminal run."""
    errors, warnings = run.count("error"), run.count("warning")
    with_errors = len({v.path for v in run.violations if v.severity == "error"})
    text = f"检查了 {len(run.files)} 个文件：{errors} 个错误，{warnings} 个警告"
    if with_errors:
        text += f"，{with_errors} 个文件有错误"
    if run.unreadable:
        text += f"，{len(run.unreadable)} 个文件无法读取"
    return text + "。"


def counts_by_rule(run: Run, as_json: bool = False) -> str:
    """`--statistics`: how often each rule fired, most frequent first (as ruff prints it); a JSON array
    when the output format is JSON, so that a CI step can still parse what it reads."""
    counts = Counter((v.code, v.name) for v in run.violations)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    if as_json:
        return json.dumps([{"code": code, "name": name, "count": count} for (code, name), count in ranked],
                          ensure_ascii=False, indent=2) + "\n"
    return "".join(f"{count}\t{code}\t{name}\n" for (code, name), count in ranked)


def relative_path(path: str, base: str | None = None) -> str:
    """A path as CI services want it: relative to the checkout (`base`, else the working directory), with `/`.

    A file outside the checkout keeps its absolute path; standard input stays `-`.
    """
    if path == "-":
        return path
    full = os.path.abspath(path)
    try:
        relative = os.path.relpath(full, os.path.abspath(base or os.getcwd()))
    except ValueError:  # another drive on Windows
        relative = full
    return Path(full if relative.startswith("..") else relative).as_posix()


def fingerprints(violations: list[Violation], paths: list[str]) -> list[str]:
    """A stable id per violation for CI services that track findings across commits.

    Built from the path, the code and the cells the violation names (or its
    message), never from the line: inserting a line above a finding keeps its
    id, which also makes it meaningful for DOCX and PDF input. Identical findings
    are told apart by their order of occurrence.
    """
    import hashlib  # only the SARIF and GitLab formats need it

    seen: Counter[str] = Counter()
    found = []
    for violation, path in zip(violations, paths):
        basis = "\0".join([path, violation.code, *(violation.cells or [violation.message])])
        seen[basis] += 1
        found.append(hashlib.sha256(f"{basis}\0{seen[basis]}".encode()).hexdigest()[:32])
    return found
