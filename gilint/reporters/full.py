"""The default terminal format: each violation with its source line and a marker under the cell."""

from __future__ import annotations

from gilint.reporters import summary
from gilint.text import display_width

_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "bold": "\x1b[1m", "dim": "\x1b[2m", "end": "\x1b[0m"}
_LEVEL = {"error": "错误", "warning": "警告"}


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_COLORS[style]}{text}{_COLORS['end']}" if color else text


def write(run, out, color: bool = False) -> None:
    for violation in run.violations:
        head = f"{violation.path}:{violation.at.line}:{violation.at.column}:"
        level = _paint(f"{violation.code} {_LEVEL[violation.severity]}", violation.severity, color)
        out.write(f"{_paint(head, 'bold', color)} {level} {violation.message}  [{violation.name}]\n")
        line = run.sources.get(violation.path, {}).get(violation.at.line)
        if line is not None:
            source = line.replace("\t", "    ")
            before = line[: violation.at.column - 1].replace("\t", "    ")
            gutter = str(violation.at.line)
            out.write(f"{' ' * len(gutter)} |\n{gutter} | {source}\n")
            out.write(f"{' ' * len(gutter)} | {' ' * display_width(before)}{_paint('^', violation.severity, color)}\n")
        if violation.hint:
            out.write(f"  {_paint('提示', 'dim', color)}：应为 {violation.hint}\n")
        out.write("\n")
    out.write(summary(run) + "\n")
