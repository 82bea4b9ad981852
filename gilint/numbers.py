"""Reading the numbers a report's text states: 356, 3,646, 1.2万, 十七, 一百零五.

The text rules match numbers with `NUMBER` (a regex fragment) and turn what
they matched into a value with `read_number`.
"""

from __future__ import annotations

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}

# Thousands separators only where they group three digits (so "7，1" in a list is two numbers).
_ARABIC = r"(?:\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:\s*万)?"
_CHINESE = r"[零〇一二两三四五六七八九十百千万]+"
NUMBER = f"(?:{_ARABIC}|{_CHINESE})"
# A count with its unit, as the text states it: 356件, 3,646 件, 十七条.
UNITS = "人次|件|条|篇|个|项|次|期|场|份|起|宗"
QUANTITY = f"(?P<n>{NUMBER})\\s*(?P<unit>{UNITS})"


def read_number(text: str) -> int | float | None:
    """The value of a number as written in the text, or None if it is not one."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if text[0].isdigit():
        return _arabic(text)
    return _chinese(text)


def _whole(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _arabic(text: str) -> int | float | None:
    scale = 1
    if text.endswith("万"):
        text, scale = text[:-1], 10000
    text = text.replace(",", "").replace("，", "")
    try:
        value = float(text) if "." in text else int(text)
    except ValueError:
        return None
    return _whole(round(value * scale, 6)) if scale != 1 else value


def _chinese(text: str) -> int | None:
    """一百零五 -> 105, 十七 -> 17, 三万五千 -> 35000, 二〇二四 -> 2024; 三四 (three or four) -> None."""
    if any(ch not in _DIGITS and ch not in _UNITS and ch != "万" for ch in text):
        return None
    if all(ch in _DIGITS for ch in text) and len(text) > 1:  # a year written digit by digit, or 三四 (3 or 4)
        return int("".join(str(_DIGITS[ch]) for ch in text)) if "〇" in text else None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            if digit is not None and _DIGITS[ch] != 0:
                return None  # two digits in a row: not a number (e.g. 三四)
            digit = _DIGITS[ch] if _DIGITS[ch] != 0 else None
        elif ch in _UNITS:
            section += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
        else:  # 万
            section += digit or 0
            if section == 0:
                return None
            total += section * 10000
            section, digit = 0, None
    return total + section + (digit or 0)
