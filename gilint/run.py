"""Checking a set of files: read each, run the rules, keep going past files that cannot be read."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from gilint.engine import Engine
from gilint.model import Position
from gilint.readers import UnreadableFile, read_bytes, read_path
from gilint.rule import Rule, Violation

UNREADABLE = "GI000"


@dataclass
class Run:
    violations: list[Violation] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)  # path -> lines, for showing context
    rules: dict[str, type[Rule]] = field(default_factory=dict)  # code -> rule that ran, for SARIF's rule entries

    def count(self, severity: str) -> int:
        return sum(1 for violation in self.violations if violation.severity == severity)


def unreadable(path: str, reason: str) -> Violation:
    return Violation(UNREADABLE, f"无法检查此文件：{reason}", Position(1, 1), "error", "unreadable-file", path=path)


def check_paths(paths: list[str], engine: Engine) -> Run:
    run = Run(rules={rule.code: type(rule) for rule in engine.rules})
    for path in paths:
        run.files.append(path)
        try:
            report = read_bytes("-", sys.stdin.buffer.read()) if path == "-" else read_path(path)
        except UnreadableFile as error:
            reason = str(error)
        except Exception as error:  # a reader bug must cost one file, never the run
            reason = f"读取时出现内部错误（{type(error).__name__}: {error}），请报告此问题"
        else:
            reason = None
        if reason is not None:
            run.unreadable.append(path)
            run.violations.append(unreadable(path, reason))
            continue
        run.sources[path] = report.lines
        run.violations += engine.run(report)
    run.violations.sort(key=Violation.sort_key)
    return run
