"""GitHub Actions workflow commands: each violation becomes an annotation on the pull request.

Chosen automatically when `GITHUB_ACTIONS=true` and no `--output-format` is given.
GitHub shows only the first ten annotations of each level per step; upload SARIF
for the complete list.
"""

from __future__ import annotations

import os

from gilint.reporters import relative_path, summary


def escape_data(text: str) -> str:
    """The escaping GitHub's toolkit applies to a command's message (`escapeData`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """The escaping of a property value (`escapeProperty`): also `:` and `,`, which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write(run, out, color: bool = False) -> None:
    workspace = os.environ.get("GITHUB_WORKSPACE")
    for violation in run.violations:
        path = escape_property(relative_path(violation.path, workspace))
        out.write(f"::{violation.severity} file={path},line={violation.at.line},col={violation.at.column},"
                  f"title={escape_property(violation.code)}::{escape_data(violation.message)}\n")
    out.write(summary(run) + "\n")
