"""Finding dates in report text: Arabic, full-width and Chinese-numeral forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from gilint.patterns import Pattern
from gilint.text import text_cache

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(?:\d{1,4}|[〇○零一二三四五六七八九十]{1,4})"
_YEAR = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})"

# 2024年1月1日, 2024 年 1 月 1 日, 二〇二五年一月二十日
DATE = re.compile(rf"(?P<y>{_YEAR})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]")
ISO_DATE = re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_TO = r"\s*(?:起)?\s*[,，]?\s*(?:至|到|—|-|~|～)+\s*"  # between the first and the last day of a period
# 自2024年1月1日起至2024年12月31日止 / 从2019年1月1日到12月31日 / 二〇二四年一月一日至十二月三十一日
PERIOD = re.compile(
    rf"(?P<y1>{_YEAR})\s*年\s*(?P<m1>{_NUM})\s*月\s*(?P<d1>{_NUM})\s*日{_TO}"
    rf"(?:(?P<y2>{_YEAR})\s*年\s*)?(?P<m2>{_NUM})\s*月\s*(?P<d2>{_NUM})\s*日"
)
# 2024.1.1-2024.12.31 / 2024-01-01至2024-12-31
ISO_PERIOD = re.compile(
    rf"(?<!\d)(?P<y1>\d{{4}})(?P<sep>[-/.])(?P<m1>\d{{1,2}})(?P=sep)(?P<d1>\d{{1,2}}){_TO}"
    r"(?P<y2>\d{4})(?P=sep)(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?!\d)"
)

# Written without days, a period is read only right after its name: elsewhere 2024年1月至6月 is just a time.
_NAMED = r"统计(?:期限|时限|时间|区间)\D{0,6}?"
# 统计期限为2024年1月至12月 / 2024年1-12月: whole months, from the first day of one to the last day of the other
MONTH_PERIOD = Pattern(
    rf"{_NAMED}(?P<y1>{_YEAR})\s*年\s*(?P<m1>{_NUM})\s*月?{_TO}(?:(?P<y2>{_YEAR})\s*年\s*)?(?P<m2>{_NUM})\s*月"
    rf"(?!\s*{_NUM}\s*[日号])"
)
# 统计期限为2024年度 / 2024年全年: the whole year
YEAR_PERIOD = Pattern(rf"{_NAMED}(?P<y1>{_YEAR})\s*年(?:度|全年)")


def chinese_number(text: str) -> int:
    """Read 2024, ２０２４, 二〇二四, 十二, 二十一 as integers."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    return int("".join(str(_CN_DIGITS[ch]) for ch in text))


_PLANS = ("计划", "拟", "将", "力争", "争取", "预计", "力求", "下一步")


def _labelled(before: str) -> bool:
    """Whether a date is a label's value: 发布时间：2025年1月22日, a web page's 当前日期：… (what the page
    says of itself)."""
    return before.rstrip(" 　:：")[-2:] in ("日期", "时间")


def _planned(before: str, after: str) -> bool:
    """Whether a date is a plan or a deadline: 计划于2025年6月30日…, …2025年6月30日前完成."""
    clause = re.split("[。；;，,]", before[-8:])[-1]
    return any(word in clause for word in _PLANS) or after.lstrip().startswith(("前", "之前", "以前"))


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date written in the text; `value` is None when no such day exists (2月30日)."""

    year: int
    month: int
    day: int
    start: int
    end: int
    raw: str
    labelled: bool = False  # written as a label's value (发布时间：…), not in a sentence
    planned: bool = False  # a plan or a deadline (计划于…, …前完成), which may lie after publication

    @property
    def value(self) -> date | None:
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None


def _found(match: re.Match, y: str = "y", m: str = "m", d: str = "d") -> FoundDate:
    text, start, end = match.string, match.start(), match.end()
    before = text[max(0, start - 8):start]
    return FoundDate(chinese_number(match[y]), chinese_number(match[m]), chinese_number(match[d]),
                     start, end, match.group(0), _labelled(before), _planned(before, text[end:end + 4]))


@text_cache(16384)
def find_dates(line: str) -> tuple[FoundDate, ...]:
    """Dates in one line; cached, since table lines repeat across reports."""
    found = [_found(match) for match in DATE.finditer(line)] if "月" in line else []
    if "-" in line or "/" in line or "." in line:
        found += [_found(match) for match in ISO_DATE.finditer(line)]
    return tuple(sorted(found, key=lambda item: item.start))


def find_period(line: str) -> tuple[FoundDate, FoundDate] | None:
    """The first and last day of the period a line states: by day, by month or as a whole year."""
    match = PERIOD.search(line) or ISO_PERIOD.search(line)
    if match:
        start = _found(match, "y1", "m1", "d1")
        end_year = chinese_number(match["y2"]) if match["y2"] else start.year
        end = FoundDate(end_year, chinese_number(match["m2"]), chinese_number(match["d2"]),
                        match.start("m2") if not match["y2"] else match.start("y2"), match.end(), match.group(0))
        return start, end
    match = MONTH_PERIOD.search(line) or YEAR_PERIOD.search(line)
    if not match:
        return None
    written = {name: chinese_number(text) for name, text in match.groupdict().items() if text}
    year, first, last = written["y1"], written.get("m1", 1), written.get("m2", 12)
    end_year = written.get("y2", year)
    # the day before the next month's first; 0 (no such day) for a month such as 13月
    last_day = (date(end_year + last // 12, last % 12 + 1, 1) - timedelta(days=1)).day if 1 <= last <= 12 else 0
    end_at = match.start("y2" if "y2" in written else "m2" if "m2" in written else "y1")
    raw = line[match.start("y1"):match.end()]
    return (FoundDate(year, first, 1, match.start("y1"), match.end(), raw),
            FoundDate(end_year, last, last_day, end_at, match.end(), raw))
