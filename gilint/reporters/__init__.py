"""Output formats. Each module turns a finished `Run` into text; none of them knows a rule or a reader."""

from __future__ import annotations

from importlib import import_module
from typing import TextIO

from gilint.run import Run

FORMATS = {
    "full": "gilint.reporters.full",
    "concise": "gilint.reporters.concise",
    "json": "gilint.reporters.json_array",
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
