"""Small text helpers shared by readers and rules: normalising labels and reading numbers."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"^[+\-−－]?\d[\d,，  ]*(?:[.．]\d+)?\s*(?:件|条|个|项|次|万元|元)?$")
NULL_MARKERS = {"无", "/", "-", "—", "——", "–", "--", "不适用", "N/A", "NA", "空", "\\", "×"}


# The full-width forms reports use most. Replacing them first is exact (each is its own NFKC form)
# and far cheaper than normalising: CJK text with nothing else to fold is then left as it is.
_COMMON_WIDE = [(wide, unicodedata.normalize("NFKC", wide)) for wide in "，；：（）！？％．　０１２３４５６７８９"]


def fold(text: str) -> str:
    """Fold full-width forms to half-width (NFKC) and drop white space."""
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        for wide, narrow in _COMMON_WIDE:
            if wide in text:
                text = text.replace(wide, narrow)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub("", text)


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """`fold` for labels and cells, which repeat from report to report: cached."""
    return fold(text)


def is_value(text: str) -> bool:
    """Whether a table cell holds a value (a number, a blank, or a marker such as 无 or /)."""
    return (text.isascii() and text.isdigit()) or _is_other_value(text)


@lru_cache(maxsize=8192)
def _is_other_value(text: str) -> bool:
    """Cached: the labels a table is read against repeat in every report."""
    return not text or text in NULL_MARKERS or norm(text) in NULL_MARKERS or bool(_NUMBER.match(text))


def parse_number(text: str) -> int | float | None:
    """The number a cell holds, or None for blanks and markers such as 无, / or —."""
    if text.isascii() and text.isdigit():
        return int(text)
    if not _NUMBER.match(text):
        return None
    digits = re.sub(r"[,，\s  件条个项次万元]", "", unicodedata.normalize("NFKC", text)).replace("−", "-")
    return float(digits) if "." in digits else int(digits)


@lru_cache(maxsize=8192)
def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, norm(a), norm(b)).ratio()


def display_width(text: str) -> int:
    """Terminal columns a string takes: wide CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
