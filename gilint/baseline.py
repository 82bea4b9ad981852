"""The baseline: today's findings written down, so that from now on only new ones fail.

A repository with hundreds of old reports adopts gilint at once:
`gilint check reports/ --write-baseline gilint-baseline.json` records every
finding, and `gilint check reports/ --baseline gilint-baseline.json` then
reports only findings that are not in it. An entry names the file (relative to
the baseline file), the rule and what the finding is about: its cells, or else
its message with the numbers left out. Never the line: editing another part of
the report keeps the entry valid. A finding made twice is entered twice.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

from gilint.model import Position
from gilint.rule import Violation
from gilint.suppress import UNUSED, Suppression

FORMAT = 1
NEVER = {"GI000", UNUSED}  # an unreadable file or a stale suppression is never accepted as the way things are
_NUMBERS = re.compile(r"\d+(?:\.\d+)?")


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names it."""


def key(violation: Violation) -> str:
    """What a finding is about, without anything that moves when the report is edited elsewhere."""
    if violation.cells:
        return "cells: " + ", ".join(violation.cells)
    return "message: " + _NUMBERS.sub("#", violation.message)


@lru_cache(maxsize=None)
def _relative(path: str, baseline: Path) -> str:
    return Path(os.path.relpath(os.path.abspath(path), baseline.resolve().parent)).as_posix()


def write(baseline: Path, violations: list[Violation]) -> int:
    """Write the baseline; one entry per line so that a review of it reads like a list. Returns the count."""
    entries = sorted((_relative(v.path, baseline), v.code, key(v))
                     for v in violations if v.code not in NEVER and v.path != "-")
    lines = [json.dumps({"path": path, "code": code, "key": found}, ensure_ascii=False)
             for path, code, found in entries]
    baseline.write_text(f'{{"gilint-baseline": {FORMAT}, "findings": [\n' + ",\n".join(lines) + "\n]}\n",
                        encoding="utf-8")
    return len(lines)


def read(baseline: Path) -> list[Suppression]:
    """The baseline's entries, each silencing one finding of its file, code and key."""
    try:
        text = baseline.read_text(encoding="utf-8")
        data = json.loads(text)
        entries = data["findings"]
        assert data.get("gilint-baseline") == FORMAT and all({"path", "code", "key"} <= set(e) for e in entries)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AssertionError) as error:
        detail = f"：{error}" if str(error) else ""
        raise BaselineError(f"{baseline}: 无法读取基线文件（应由 gilint check --write-baseline 生成）{detail}") from None
    lines = text.splitlines()
    found = []
    for number, entry in enumerate(entries):
        line = number + 2 if len(lines) == len(entries) + 2 else 1
        found.append(Suppression(
            entry["code"], lambda path, wanted=entry["path"]: path != "-" and _relative(path, baseline) == wanted,
            lambda v, wanted=entry["key"]: key(v) == wanted, str(baseline), Position(line, 1),
            f"基线中的条目（{entry['path']} {entry['code']} {entry['key']}）", once=True))
    return found
