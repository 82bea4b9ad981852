"""The default terminal format: each violation with its source line and a marker under the cell."""

from __future__ import annotations

from gilint.reporters import summary
from gilint.text import display_width

# Plain ANSI codes rather than rich: importing rich costs a pre-commit run ~70 ms for four colours.
_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "bold": "\x1b[1m", "dim": "\x1b[2m", "end": "\x1b[0m"}
_LEVEL = {"error": "错误", "warning": "警告"}


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_COLORS[style]}{text}{_COLORS['end']}" if color else text


def _excerpt(line: str, column: int, before: int = 30, after: int = 50) -> tuple[str, str]:
    """The source line and its text before the marker; only the part around the marker when
    the line is long, as an HTML page's table row is."""
    if len(line) <= before + after:
        return line, line[: column - 1]
    start, end = max(0, column - 1 - before), column - 1 + after
    lead, trail = "…" if start else "", "…" if end < len(line) else ""
    return lead + line[start:end] + trail, lead + line[start: column - 1]


def write(run, out, color: bool = False) -> None:
    for violation in run.violations:
        head = f"{violation.path}:{violation.at.line}:{violation.at.column}:"
        level = _paint(f"{violation.code} {_LEVEL[violation.severity]}", violation.severity, color)
        out.write(f"{_paint(head, 'bold', color)} {level} {violation.message}  [{violation.name}]\n")
        if violation.at.table is not None:  # a DOCX cell, counted as Word shows it (not the report's 表二/三/四)
            out.write(f"  位置：文档第{violation.at.table}个表格 第{violation.at.row}行 第{violation.at.col}列\n")
        elif violation.at.page is not None:  # a PDF: the line counts in the extracted text, the page in the file
            out.write(f"  位置：PDF 第{violation.at.page}页（行号指提取出的文字）\n")
        line = run.sources.get(violation.path, {}).get(violation.at.line)
        if line is not None:
            line, before = _excerpt(line, violation.at.column)
            source, before = line.replace("\t", "    "), before.replace("\t", "    ")
            gutter = str(violation.at.line)
            out.write(f"{' ' * len(gutter)} |\n{gutter} | {source}\n")
            out.write(f"{' ' * len(gutter)} | {' ' * display_width(before)}{_paint('^', violation.severity, color)}\n")
        if violation.hint:
            out.write(f"  {_paint('提示', 'dim', color)}：应为 {violation.hint}\n")
        out.write("\n")
    out.write(summary(run) + "\n")
