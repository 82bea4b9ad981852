"""Small text helpers shared by readers and rules: normalising labels and reading numbers."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache, wraps

from gilint.patterns import Pattern

_SPACE = re.compile(r"\s+")
# Zero-width spaces and joiners, and a BOM inside the text: a CMS leaves &#8203; after numbers and before
# headings. Invisible on the page, they made 58\u200b no number and 一、总体情况 no heading.
_INVISIBLE = Pattern("[\u200b\u200c\u200d\u2060\ufeff]")


def visible(text: str) -> str:
    """The text as the page shows it, without invisible characters. (On a line that has them, later
    columns count one less per character: a price paid only where they are.)"""
    if "\u200b" in text or "\ufeff" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text:
        return _INVISIBLE.sub("", text)  # five plain searches: a regular expression over a whole report is slow
    return text
_NUMBER = re.compile(r"^[+\-−－]?\d[\d,，  ]*(?:[.．]\d+)?\s*(?:件|条|个|项|次|万元|元)?$")
# A page number as footers print it: "- 3 -", "—3—", "第 3 页", "第3页，共8页", "3/8". Where no table cell can
# stand (a paragraph, a PDF page's margin) a bare "3" is one too; in a table it is a cell.
_PAGE = r"[-—–－]\s*\d{1,3}\s*[-—–－]|[-—–－]?\s*第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?\s*[-—–－]?|\d{1,3}\s*/\s*\d{1,3}"
PAGE_MARK = Pattern(_PAGE)
PAGE_NUMBER = Pattern(rf"{_PAGE}|[-—–－]?\s*\d{{1,3}}\s*[-—–－]?")
PAGE_MARK_LENGTH = 16  # characters at most: "第 3 页，共 12 页"
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


SHORT = 300  # characters: labels and template lines are shorter


def text_cache(maxsize: int = 8192):
    """lru_cache for what is worked out from a text that repeats from report to report (a label, a
    line of the template). A longer text is worked out each time and not kept: a huge line of one
    file must not stay in memory for the rest of a run."""
    def decorate(function):
        cached = lru_cache(maxsize=maxsize)(function)

        if function.__code__.co_argcount == 1:  # no *args: this runs hundreds of times per report
            def call(text):
                return cached(text) if len(text) <= SHORT else function(text)
        else:
            def call(text, other):
                return cached(text, other) if len(text) <= SHORT else function(text, other)
        call = wraps(function)(call)
        call.cache_info = cached.cache_info
        return call
    return decorate


@text_cache()
def norm(text: str) -> str:
    """`fold` for labels and cells, which repeat from report to report: cached."""
    return fold(text)


def is_value(text: str) -> bool:
    """Whether a table cell holds a value (a number, a blank, or a marker such as 无 or /)."""
    return (text.isascii() and text.isdigit()) or _is_other_value(text)


@text_cache()
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


@text_cache()
def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, norm(a), norm(b)).ratio()


def display_width(text: str) -> int:
    """Terminal columns a string takes: wide CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
