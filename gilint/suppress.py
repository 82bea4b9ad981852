"""Silencing known findings: inline markers in a report, [[suppress]] entries, baseline entries.

Each of them becomes a `Suppression`. Those that silence nothing are reported
(GI009 unused-suppression), so that stale ones do not pile up. One is judged
only when a file it covers was checked and its rule ran there: a pre-commit run
on one file says nothing about the suppressions of the others.

The inline marker stands alone on its line and covers the next non-blank line:

    <!-- gilint: noqa GI304 -->        (invisible in rendered Markdown)
    gilint: noqa GI304, GI202          (plain text)

It never shares a line with table cells, so it cannot disturb how a table is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from gilint.model import Position
from gilint.rule import Rule, Violation

UNUSED = "GI009"
_MARKER = re.compile(r"^\s*(?:<!--)?\s*gilint\s*:\s*noqa\b[\s:=]*(?P<codes>.*?)\s*(?:-->)?\s*$", re.IGNORECASE)
_CODE_SEPARATORS = re.compile(r"[\s,，、;；]+")


@dataclass(eq=False)
class Suppression:
    code: str
    covers: Callable[[str], bool]  # whether it is about this report
    matches: Callable[[Violation], bool]  # beyond code and report: the line, the cell, the fingerprint
    where: str  # the file it is written in
    at: Position
    what: str  # how the unused-suppression message names it
    once: bool = False  # a baseline entry stands for one finding
    used: int = field(default=0)


@dataclass(frozen=True)
class Marker:
    """An inline marker as found in a report (plain data, so a worker process can send it back)."""

    line: int
    column: int
    target: int  # the line it covers
    code: str  # empty when the marker names no code


def markers(lines: list[str]) -> list[Marker]:
    """The inline markers of a report, one per code, each covering the next non-blank line."""
    found: list[Marker] = []
    if "gilint" not in "\n".join(lines).lower():  # almost every report: one look at the whole text
        return found
    for number, line in enumerate(lines, 1):
        if "gilint" not in line.lower():
            continue
        match = _MARKER.match(line)
        if not match:
            continue
        target = next((n for n in range(number + 1, len(lines) + 1) if lines[n - 1].strip()), number + 1)
        codes = [code.upper() for code in _CODE_SEPARATORS.split(match["codes"]) if code] or [""]
        found += [Marker(number, line.lower().index("gilint") + 1, target, code) for code in codes]
    return found


def marker_suppressions(path: str, found: list[Marker]) -> list[Suppression]:
    return [Suppression(marker.code, lambda other: other == path, lambda v, target=marker.target: v.at.line == target,
                        path, Position(marker.line, marker.column),
                        f"标记“gilint: noqa {marker.code}”（作用于第 {marker.target} 行）")
            for marker in found]


def apply(violations: list[Violation], suppressions: list[Suppression], checked: list[str],
          enabled: Callable[[str], dict[str, Rule]], known: set[str]) -> list[Violation]:
    """The violations no suppression silences, plus one GI009 for each suppression that silenced nothing."""
    by_code: dict[str, list[Suppression]] = {}
    for suppression in suppressions:
        by_code.setdefault(suppression.code, []).append(suppression)
    kept = []
    for violation in violations:
        hits = [s for s in by_code.get(violation.code, ()) if s.covers(violation.path) and s.matches(violation)]
        lasting = [s for s in hits if not s.once]
        for suppression in lasting:
            suppression.used += 1
        spare = None if lasting else next((s for s in hits if s.once and not s.used), None)
        if spare:
            spare.used = 1
        if not (lasting or spare):
            kept.append(violation)
    return kept + _unused(suppressions, checked, enabled, known)


def _unused(suppressions: list[Suppression], checked: list[str],
            enabled: Callable[[str], dict[str, Rule]], known: set[str]) -> list[Violation]:
    found = []
    for suppression in suppressions:
        if suppression.used:
            continue
        for path in (path for path in checked if suppression.covers(path)):
            rules = enabled(path)
            reporter = rules.get(UNUSED)
            if reporter is None:
                continue
            if not suppression.code:
                why = "没有写规则代码（应写作 gilint: noqa GI304）"
            elif suppression.code not in known:
                why = f"{suppression.code} 不是已知的规则代码（gilint rules 列出全部规则）"
            elif suppression.code in rules:
                why = f"这里没有 {suppression.code} 的问题，可以删去"
            else:
                continue  # its rule did not run here, so it cannot be judged
            found.append(Violation(UNUSED, f"{suppression.what}没有压制任何问题：{why}", suppression.at,
                                   reporter.severity, reporter.name, path=suppression.where))
            break
    return found
