"""Which files a run checks: files named on the command line, report files found in folders."""

from __future__ import annotations

import errno
import os
from pathlib import Path

REPORT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".docx", ".pdf"}


_OS_ERRORS = {errno.ENOENT: "文件或目录不存在", errno.EACCES: "没有权限", errno.EPERM: "没有权限",
              errno.EISDIR: "这是一个目录，不是文件", errno.ENOSPC: "磁盘已满", errno.EROFS: "文件系统只读"}


def os_error(error: OSError) -> str:
    """What went wrong, in the user's words for the common cases; any other error as the system says it."""
    return _OS_ERRORS.get(error.errno) or error.strerror or str(error)


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
