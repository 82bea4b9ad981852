"""Turn the bytes of a text-like file into text, whatever encoding a government site used."""

from __future__ import annotations

import codecs


class UnreadableFile(Exception):
    """The file cannot be read as a report; the message says why, in words a user understands."""


_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: Chinese text in it has NUL bytes on one side for ASCII."""
    sample = data[:4000]
    if len(sample) < 4 or sample.count(0) < len(sample) // 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return "utf-16-le" if odd > even else "utf-16-be"


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode with the BOM, then the declared charset, then UTF-8, UTF-16, GB18030."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding)
    candidates = [declared] if declared else []
    utf16 = guess_utf16(data)
    candidates += [utf16] if utf16 else []
    candidates += ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\x00" not in text:
            return text
    raise UnreadableFile("无法识别文件编码（不是 UTF-8、UTF-16 或 GB18030 文本）")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableFile(f"文件声明为 {encoding} 编码，但第 {error.start} 字节处无法解码") from None
