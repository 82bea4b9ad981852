"""Word's automatic numbering: the 一、 and 1. that Word and WPS draw before a paragraph but do
not keep in its text (both turn a typed "一、总体情况" into a numbered list as one types).
Without them the parts and the rows of table 三 would lose their numbers."""

from __future__ import annotations

import re

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
_NUM_ID = etree.XPath("string(w:pPr/w:numPr/w:numId/@w:val)", namespaces=_NS)
_LEVEL = etree.XPath("string(w:pPr/w:numPr/w:ilvl/@w:val)", namespaces=_NS)
_STYLE = etree.XPath("string(w:pPr/w:pStyle/@w:val)", namespaces=_NS)
_NUMBERED_STYLES = etree.XPath("w:style[w:pPr/w:numPr]", namespaces=_NS)  # a heading style may carry a list
_VAL = qn("w:val")
_PLACEHOLDER = re.compile(r"%([1-9])")
_DIGITS = "〇一二三四五六七八九"


def chinese(number: int) -> str:
    """一 … 十、十一 … 九十九: the numbers parts and groups are counted with."""
    if number < 10:
        return _DIGITS[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else _DIGITS[tens % 10]) + "十" + (_DIGITS[ones] if ones else "")


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "chineseCounting": chinese,
    "chineseCountingThousand": chinese,
    "chineseLegalSimplified": chinese,
    "japaneseCounting": chinese,
    "ideographDigital": lambda n: "".join(_DIGITS[int(d)] for d in str(n)),
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 0 < n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if 0 < n <= 20 else str(n),
    "upperLetter": lambda n: chr(ord("A") + (n - 1) % 26),
    "lowerLetter": lambda n: chr(ord("a") + (n - 1) % 26),
}


def _attr(element, path: str, default: str = "") -> str:
    found = element.find(path, _NS)
    return found.get(_VAL, default) if found is not None else default


class Numbering:
    """The list numbers of a document's paragraphs, counted in document order."""

    def __init__(self, document):
        self.levels: dict[tuple[str, int], tuple[int, str, str]] = {}  # (abstract, level) -> start, format, text
        self.lists: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> abstract, restarts
        try:
            numbering = document.part.part_related_by(RT.NUMBERING).element
        except KeyError:
            numbering = None
        if numbering is not None:
            for abstract in numbering.iterfind("w:abstractNum", _NS):
                for level in abstract.iterfind("w:lvl", _NS):
                    self.levels[(abstract.get(qn("w:abstractNumId")), int(level.get(qn("w:ilvl"), 0)))] = (
                        int(_attr(level, "w:start", "1") or 1), _attr(level, "w:numFmt", "decimal"),
                        _attr(level, "w:lvlText"))
            for num in numbering.iterfind("w:num", _NS):
                restarts = {int(override.get(qn("w:ilvl"), 0)): int(_attr(override, "w:startOverride", "1") or 1)
                            for override in num.iterfind("w:lvlOverride", _NS)
                            if override.find("w:startOverride", _NS) is not None}
                self.lists[num.get(qn("w:numId"))] = (_attr(num, "w:abstractNumId"), restarts)
        self.styles = {style.get(qn("w:styleId")): (_NUM_ID(style), _LEVEL(style))
                       for style in _NUMBERED_STYLES(document.styles.element)} if self.lists else {}
        self.counts: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()

    def label(self, paragraph) -> str:
        """The number Word shows before this paragraph ("一、", "1."), or "" when it has none."""
        if not self.lists:
            return ""
        num_id, level = _NUM_ID(paragraph), _LEVEL(paragraph)
        if not num_id:
            num_id, style_level = self.styles.get(_STYLE(paragraph), ("", ""))
            level = level or style_level
        if num_id not in self.lists:
            return ""
        abstract, restarts = self.lists[num_id]
        level_number = int(level) if level.isdigit() else 0
        counts = self.counts.setdefault(abstract, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for restarted, start in restarts.items():
                counts[restarted] = start - 1
        start, form, text = self.levels.get((abstract, level_number), (1, "decimal", ""))
        if form in ("bullet", "none"):
            return ""
        counts[level_number] = counts.get(level_number, start - 1) + 1
        for deeper in [key for key in counts if key > level_number]:
            del counts[deeper]

        def number(match: re.Match) -> str:
            shown = int(match[1]) - 1
            start, form, _ = self.levels.get((abstract, shown), (1, "decimal", ""))
            return _FORMATS[form](counts.get(shown, start)) if form in _FORMATS else ""

        return _PLACEHOLDER.sub(number, text)
