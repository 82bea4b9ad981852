"""Which files a run checks: files named on the command line, report files found in folders."""

from __future__ import annotations

import os
from pathlib import Path

REPORT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".docx", ".pdf"}


def display_path(path: str) -> str:
    """A path as a person reads it. A name that is not UTF-8 (a zip made on Windows names its files in GBK)
    reaches Python with its bytes kept as surrogates, which no output format can encode: it is read as
    GB18030 instead, its likeliest encoding here."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("gb18030", "replace")
    return path


def discover(paths: list[str]) -> list[str]:
    """Named files as given; folders searched recursively for report files, in a stable order. A folder
    that cannot be opened is listed itself, so that the run names it instead of passing over it."""
    found: list[str] = []
    for name in paths:
        if name == "-" or not os.path.isdir(name):  # os.path: a path that cannot even be looked at is a file to report
            found.append(name)
            continue
        for root, folders, files in os.walk(name, onerror=lambda error: found.append(error.filename)):
            folders[:] = sorted(folder for folder in folders if not folder.startswith("."))
            # ~$name.docx is the lock file Word leaves beside an open document
            found += [os.path.join(root, file) for file in sorted(files)
                      if Path(file).suffix.lower() in REPORT_SUFFIXES and not file.startswith((".", "~$"))]
    # One file named two ways (a.txt and ./a.txt, a folder and a file in it) is checked once: twice, it
    # would be its own duplicate (GI704).
    unique: dict[str, str] = {}
    for path in found:
        unique.setdefault(path if path == "-" else os.path.realpath(path), path)
    return list(unique.values())
