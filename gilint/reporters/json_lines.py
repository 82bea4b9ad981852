"""One JSON object per line (the objects of the `json` format), for streaming and `grep`."""

from __future__ import annotations

import json


def write(run, out, color: bool = False) -> None:
    for violation in run.violations:
        out.write(json.dumps(violation.as_dict(), ensure_ascii=False) + "\n")
