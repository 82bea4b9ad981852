"""The example report that every rule's examples edit, and applying an edit."""

from __future__ import annotations

from pathlib import Path

from gilint.rule import Example

EXAMPLE_REPORT = Path(__file__).with_name("example_report.txt")


def example_text(example: Example) -> str:
    """The example report with the example's lines replaced (an empty replacement deletes the line)."""
    lines = EXAMPLE_REPORT.read_text(encoding="utf-8").split("\n")
    missing = [old for old in example.replace if old not in lines]
    if missing:
        raise ValueError(f"示例要替换的行不在示例报告中：{missing[0]!r}")
    kept = []
    for line in lines:
        new = example.replace.get(line, line)
        if new or line not in example.replace:
            kept.append(new)
    return "\n".join(kept)
