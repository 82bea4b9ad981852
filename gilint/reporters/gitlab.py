"""GitLab Code Quality JSON, shown in merge requests (`artifacts: reports: codequality:`)."""

from __future__ import annotations

import json
import os

from gilint.reporters import fingerprints, relative_path

SEVERITIES = {"error": "major", "warning": "minor"}


def write(run, out, color: bool = False) -> None:
    paths = [relative_path(violation.path, os.environ.get("CI_PROJECT_DIR")) for violation in run.violations]
    issues = [
        {
            # GitLab shows the description but not check_name, so the code goes in front (as ruff does).
            "description": f"{violation.code}: {violation.message}",
            "check_name": violation.code,
            "fingerprint": fingerprint,
            "severity": SEVERITIES[violation.severity],
            "location": {"path": path, "lines": {"begin": violation.at.line}},
        }
        for violation, path, fingerprint in zip(run.violations, paths, fingerprints(run.violations, paths))
    ]
    json.dump(issues, out, ensure_ascii=False, indent=2)
    out.write("\n")
