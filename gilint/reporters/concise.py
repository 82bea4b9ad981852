"""One line per violation: `path:line:col: CODE message`."""

from __future__ import annotations

from gilint.reporters import summary


def write(run, out, color: bool = False) -> None:
    for violation in run.violations:
        out.write(f"{violation.path}:{violation.at.line}:{violation.at.column}: {violation.code} {violation.message}\n")
    out.write(summary(run) + "\n")
