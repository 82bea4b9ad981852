"""SARIF 2.1.0, the format GitHub code scanning uploads (github/codeql-action/upload-sarif).

Every rule that fired gets a rule entry with its documentation; every result
carries its own `partialFingerprints`, since GitHub's fallback (a hash of the
source line) means nothing for a DOCX or PDF and would be computed on text
the reader never saw.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from gilint import __version__
from gilint.docs import rule_doc
from gilint.reporters import fingerprints, relative_path
from gilint.run import UNREADABLE

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

# GI000 is not a rule (no rule file), but it is a result like any other and needs an entry.
_UNREADABLE_TEXT = "文件为空、编码无法识别或不是年度报告时，gilint 无法检查它；其余文件照常检查，退出状态为 2。"
UNREADABLE_ENTRY = {
    "id": UNREADABLE,
    "name": "unreadable-file",
    "shortDescription": {"text": "文件无法读取，未能检查"},
    "fullDescription": {"text": _UNREADABLE_TEXT},
    "help": {"text": _UNREADABLE_TEXT, "markdown": _UNREADABLE_TEXT},
    "defaultConfiguration": {"level": "error"},
}


def rule_entry(rule) -> dict:
    doc = rule_doc(rule)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": rule.severity},
    }


def _uri(path: str) -> str:
    """Repository-relative where possible (GitHub needs that), percent-encoded as a URI must be."""
    return Path(path).as_uri() if Path(path).is_absolute() else quote(path)


def write(run, out, color: bool = False) -> None:
    paths = [relative_path(violation.path) for violation in run.violations]
    codes = sorted({violation.code for violation in run.violations})
    rules = [UNREADABLE_ENTRY if code == UNREADABLE else rule_entry(run.rules[code]) for code in codes]
    results = []
    for violation, path, fingerprint in zip(run.violations, paths, fingerprints(run.violations, paths)):
        result = {
            "ruleId": violation.code,
            "ruleIndex": codes.index(violation.code),
            "level": violation.severity,
            "message": {"text": violation.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(path)},
                "region": {"startLine": violation.at.line, "startColumn": violation.at.column},
            }}],
            "partialFingerprints": {"primaryLocationLineHash": fingerprint},
        }
        if violation.cells:
            result["properties"] = {"cells": violation.cells}
        results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "gilint", "version": __version__, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    json.dump(log, out, ensure_ascii=False, indent=2)
    out.write("\n")
