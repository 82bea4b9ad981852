"""Choosing a reader for a file, from its extension and its first bytes."""

from __future__ import annotations

from pathlib import Path

from gilint.model import Report
from gilint.readers.decode import UnreadableFile

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
REPORT_SUFFIXES = TEXT_SUFFIXES - {""}


def read_bytes(path: str, data: bytes) -> Report:
    """Parse a report; raises UnreadableFile with a message for the user when it cannot."""
    if not data.strip():
        raise UnreadableFile("文件为空")
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        from gilint.readers.pdf import read_pdf

        report = read_pdf(path, data)
    else:
        from gilint.readers.text import read_text

        report = read_text(path, data, "markdown" if suffix in (".md", ".markdown") else "text")
    if not report.sections and not report.tables:
        raise UnreadableFile("未找到年度报告的内容（没有“一、总体情况”等部分，也没有表格）")
    return report


def read_path(path: str) -> Report:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise UnreadableFile(f"无法读取文件：{error.strerror or error}") from None
    return read_bytes(path, data)
