"""A JSON array of violations, as report-model.md specifies."""

from __future__ import annotations

import json


def write(run, out, color: bool = False) -> None:
    json.dump([violation.as_dict() for violation in run.violations], out, ensure_ascii=False, indent=2)
    out.write("\n")
