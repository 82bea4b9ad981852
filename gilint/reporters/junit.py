"""JUnit XML for test dashboards: one test case per file, a failure per violation.

A file that could not be read (GI000) is an `<error>`: it was not checked at all.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from gilint.reporters import relative_path
from gilint.run import UNREADABLE

_LEVEL = {"error": "错误", "warning": "警告"}


def write(run, out, color: bool = False) -> None:
    by_file = {path: [] for path in run.files}
    for violation in run.violations:
        by_file.setdefault(violation.path, []).append(violation)
    failed = sum(1 for path, found in by_file.items() if found and path not in run.unreadable)
    counts = {"tests": str(len(by_file)), "failures": str(failed), "errors": str(len(run.unreadable))}
    suites = ET.Element("testsuites", name="gilint", **counts)
    suite = ET.SubElement(suites, "testsuite", name="gilint", **counts)
    for path, found in by_file.items():
        shown = relative_path(path)
        case = ET.SubElement(suite, "testcase", classname="gilint", name=shown, file=shown)
        for violation in found:
            kind = "error" if violation.code == UNREADABLE else "failure"
            where = f"{shown}:{violation.at.line}:{violation.at.column}"
            problem = ET.SubElement(case, kind, type=violation.code,
                                    message=f"{violation.code} {_LEVEL[violation.severity]} {violation.message}")
            problem.text = f"{where}: {violation.code} {violation.message}"
    ET.indent(suites)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(suites, encoding="unicode") + "\n")
