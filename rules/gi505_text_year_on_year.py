import re

from gilint.numbers import NUMBER, QUANTITY, UNITS, read_number
from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule

_CHANGE = Pattern(
    rf"(?:同比|(?:较|比)(?P<when>上一?年度?|去年|\d{{4}}\s*年度?))(?:同期)?的?"
    rf"(?:(?P<prev>{NUMBER})\s*(?P<prev_unit>{UNITS}))?,?(?P<dir>增长|增加|上升|提高|下降|减少|降低)了?"
    rf"(?P<change>\d+(?:\.\d+)?|{NUMBER})\s*(?P<change_unit>%|个百分点|{UNITS})")
_QUANTITY = Pattern(QUANTITY)
# "上年为300件", "去年同期收到申请300件"; not "较上年增加3件", where the number is the change.
_LAST_YEAR = r"(?:上一?年度?|去年|{year}\s*年度?)(?:同期)?[^,;。\d增减降升提]{{0,12}}?(?P<n>{number})\s*(?P<unit>{units})"
_UP = ("增长", "增加", "上升", "提高")


def _agrees(current: float, previous: float, up: bool, change: float, change_text: str, change_unit: str) -> bool:
    if current != previous and (current > previous) != up:
        return False
    if change_unit == "%":
        decimals = len(change_text.split(".")[1]) if "." in change_text else 0
        return abs(abs(current - previous) / previous * 100 - change) <= 10 ** -decimals + 1e-9
    return abs(current - previous) == change


class TextYearOnYear(Rule):
    code = "GI505"
    name = "text-year-on-year"
    severity = "error"
    summary = "正文中“同比增长/减少”的幅度与正文给出的本年、上年两个数算不上"
    why = ("同比变化是由本年数和上年数算出来的；两个数都写在句中时，读者可以自己复核，"
           "算错（如应为 1.08% 写成 1.05%）或方向写反会损害整份报告的可信度。"
           "只给出一个数时不检查；句中本年数有几种读法（如“共470条，其中…458条，较上年…”）时，任一种算得上即不报告。")
    bad = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，较上年的300件增长15%。"},
                   note="(356−300)÷300≈18.67%"),
           Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，较上年的300件减少56件。"},
                   note="方向写反了")]
    good = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，较上年的300件增长18.67%。"}),
            Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件。上年共收到申请300件，本年较上年增长18.67%。"},
                    note="句中只有上年数：本年数在前一句，不检查")]

    def check(self, report):
        year = report.meta.year
        last_year = re.compile(_LAST_YEAR.format(year=year - 1 if year else r"\d{4}", number=NUMBER, units=UNITS))
        for sentence in sentences(report):
            if "比" not in sentence.text and "较" not in sentence.text:
                continue
            for match in _CHANGE.finditer(sentence.text):
                found = self._check_one(sentence, match, last_year, year)
                if found:
                    yield found

    def _check_one(self, sentence, match, last_year, year):
        when = match.group("when") or ""
        if when[:4].isdigit() and (year is None or int(when[:4]) != year - 1):
            return None
        before = list(_QUANTITY.finditer(sentence.text[:match.start()]))
        if not before:
            return None
        unit = match.group("prev_unit") or before[-1].group("unit")
        if match.group("prev"):
            previous = read_number(match.group("prev"))
        else:
            stated = [m for m in last_year.finditer(sentence.text) if m.group("unit") == unit]
            if len(stated) != 1:
                return None
            previous = read_number(stated[0].group("n"))
            # "上年共收到申请300件，本年较上年增长18.67%": the count before the comparison is last year's, not this year's
            before = [quantity for quantity in before if quantity.start("n") != stated[0].start("n")]
        # The current figure: the nearest count before the comparison, or any earlier one of the same unit.
        currents = [read_number(m.group("n")) for m in reversed(before) if m.group("unit") == unit]
        change, change_unit = read_number(match.group("change")), match.group("change_unit")
        if not currents or None in (previous, change, *currents) or change_unit == "个百分点" or not previous:
            return None
        if change_unit not in ("%", unit):
            return None
        up = match.group("dir") in _UP
        if any(_agrees(current, previous, up, change, match.group("change"), change_unit) for current in currents):
            return None
        parts_from = sentence.text.rfind("其中", 0, match.start())  # "共470条，其中…458条，较上年…": the total is meant
        totals = [read_number(m.group("n")) for m in before if m.group("unit") == unit and m.start() < parts_from]
        current = totals[-1] if totals else currents[0]
        stated = f"{match.group('dir')}{match.group('change')}{change_unit}"
        said = f"正文说本年 {current:g} {unit}、上年 {previous:g} {unit}，“{stated}”"
        if current != previous and (current > previous) != up:
            return self.violation(f"{said}，但本年比上年{'少' if up else '多'}", sentence.at(match.start("dir")))
        if change_unit == "%":
            actual = abs(current - previous) / previous * 100
            return self.violation(f"{said}，应为 |{current:g}−{previous:g}|÷{previous:g}≈{actual:.2f}%",
                                  sentence.at(match.start("change")))
        return self.violation(f"{said}，应为 |{current:g}−{previous:g}|={abs(current - previous):g} {unit}",
                              sentence.at(match.start("change")))
