"""The example report that every rule's examples edit, and applying an edit."""

from __future__ import annotations

from pathlib import Path

from gilint.rule import Example

EXAMPLE_REPORT = Path(__file__).with_name("example_report.txt")
PREVIOUS_REPORT = Path(__file__).with_name("example_report_previous.txt")  # the same body's report a year earlier


def example_text(example: Example, previous: bool = False) -> str:
    """The example report (or last year's) with the example's lines replaced (an empty replacement deletes the line)."""
    replace = example.previous if previous else example.replace
    lines = (PREVIOUS_REPORT if previous else EXAMPLE_REPORT).read_text(encoding="utf-8").split("\n")
    missing = [old for old in replace if old not in lines]
    if missing:
        raise ValueError(f"示例要替换的行不在示例报告中：{missing[0]!r}")
    kept = []
    for line in lines:
        new = replace.get(line, line)
        if new or line not in replace:
            kept.append(new)
    return "\n".join(kept)
