"""Choosing a reader for a file, from its extension and its first bytes."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from gilint.files import os_error
from gilint.model import Report
from gilint.readers.decode import UnreadableFile

_HTML = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table)[\s>]",
                   re.IGNORECASE | re.DOTALL)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Word .doc and WPS .wps


def kind_of(path: str, data: bytes) -> str:
    """Which reader a file needs: its first bytes decide, then its extension."""
    suffix = Path(path).suffix.lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(_OLE):
        raise UnreadableFile("这是旧版 Word（.doc）或 WPS（.wps）格式，无法读取；请另存为 .docx 后再检查")
    if suffix in (".pdf", ".docx"):
        return suffix[1:]  # not what its name says: that reader explains why it cannot read it
    if suffix in (".html", ".htm", ".shtml") or _HTML.match(data[:2048]):
        return "html"
    return "text"


def read_bytes(path: str, data: bytes) -> Report:
    """Parse a report; raises UnreadableFile with a message for the user when it cannot."""
    if not data.strip():
        raise UnreadableFile("文件为空")
    kind = kind_of(path, data)
    if kind == "pdf":
        from gilint.readers.pdf import read_pdf

        report = read_pdf(path, data)
    elif kind == "docx":
        from gilint.readers.docx import read_docx

        report = read_docx(path, data)
    elif kind == "html":
        from gilint.readers.html import read_html

        report = read_html(path, data)
    else:
        from gilint.readers.text import read_text

        report = read_text(path, data)  # Markdown too: its input_kind is "text", as report-model.md lists
    if not report.sections and not report.tables:
        raise UnreadableFile("未找到年度报告的内容（没有“一、总体情况”等部分，也没有表格）")
    return report


def read_path(path: str, max_megabytes: float | None = None) -> Report:
    """Read a report from a file, or from standard input when the path is `-`; one larger than
    `max_megabytes` is refused unread (standard input, having no size to look at, up to the cap)."""
    cap = None if max_megabytes is None else int(max_megabytes * 1024 * 1024)
    if path == "-":
        data = sys.stdin.buffer.read(-1 if cap is None else cap + 1)
        if cap is not None and len(data) > cap:
            raise UnreadableFile(f"标准输入超过 {max_megabytes:g} MB 的上限（可用 --max-file-size 调整）")
        return read_bytes("-", data)
    try:
        if cap is not None and os.path.getsize(path) > cap:
            raise UnreadableFile(f"文件过大（{os.path.getsize(path) / 1024 / 1024:.0f} MB，上限 {max_megabytes:g} MB，"
                                 "可用 --max-file-size 调整）")
        data = Path(path).read_bytes()
    except OSError as error:
        raise UnreadableFile(f"无法读取文件：{os_error(error)}") from None
    return read_bytes(path, data)
