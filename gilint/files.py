"""Which files a run checks: files named on the command line, report files found in folders."""

from __future__ import annotations

import os
from pathlib import Path

REPORT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".docx", ".pdf"}


def discover(paths: list[str]) -> list[str]:
    """Named files as given; folders searched recursively for report files, in a stable order."""
    found: list[str] = []
    for name in paths:
        path = Path(name)
        if name == "-" or not path.is_dir():
            found.append(name)
            continue
        for root, folders, files in os.walk(path):
            folders[:] = sorted(folder for folder in folders if not folder.startswith("."))
            # ~$name.docx is the lock file Word leaves beside an open document
            found += [os.path.join(root, file) for file in sorted(files)
                      if Path(file).suffix.lower() in REPORT_SUFFIXES and not file.startswith((".", "~$"))]
    return list(dict.fromkeys(found))
