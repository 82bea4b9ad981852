"""Turn the bytes of a text-like file into text, whatever encoding a government site used."""

from __future__ import annotations

import codecs

from gilint.model import Diagnostic, Position


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


REPLACEMENT = "\ufffd"
_DAMAGE_LIMIT = 0.01  # share of undecodable bytes a text may have: beyond it the file is not text


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode with the BOM, then the declared charset, then UTF-8, UTF-16, GB18030.

    A report that no encoding reads cleanly but one reads with a few bad bytes (a file cut
    mid-character, a fragment pasted in another encoding) is read with them as U+FFFD, so that
    the rest is still checked; the readers report each place (`damaged_places`)."""
    bom = next(((mark, encoding) for mark, encoding in _BOMS if data.startswith(mark)), None)
    if bom:
        data, candidates = data[len(bom[0]):], [bom[1]]
    else:
        candidates = [declared] if declared else []
        utf16 = guess_utf16(data)
        candidates += [utf16] if utf16 else []
        candidates += ["utf-8", "gb18030"]
    for errors in ("strict", "replace"):
        for encoding in candidates:
            try:
                text = data.decode(encoding, errors)
            except (UnicodeDecodeError, LookupError):
                continue
            if "\x00" not in text and (errors == "strict" or text.count(REPLACEMENT) <= len(data) * _DAMAGE_LIMIT):
                return text
    if bom:
        raise UnreadableFile(f"文件以 {bom[1]} 的字节顺序标记开头，但有超过 1% 的字节无法按该编码解码")
    raise UnreadableFile("无法识别文件编码（不是 UTF-8、UTF-16 或 GB18030 文本）")


def damaged_places(lines: list[str]) -> list[Diagnostic]:
    """Where the bytes that could not be decoded stand, one finding per line."""
    return [
        Diagnostic(f"此处有 {line.count(REPLACEMENT)} 个无法解码的字符，已读作“{REPLACEMENT}”：文件可能损坏或混用了编码，"
                   "请核对此处并以 UTF-8 重新保存", Position(number, line.index(REPLACEMENT) + 1))
        for number, line in enumerate(lines, 1) if REPLACEMENT in line
    ]
