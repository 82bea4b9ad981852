import re

from gilint.numbers import NUMBER, QUANTITY, UNITS, read_number
from gilint.prose import sentences
from gilint.rule import Example, Rule

_CHANGE = re.compile(
    rf"{QUANTITY}[^。;\d]{{0,4}}?(?:同比|(?:较|比)(?P<when>上一?年度?|去年|\d{{4}}\s*年度?))(?:同期)?的?"
    rf"(?:(?P<prev>{NUMBER})\s*(?P<prev_unit>{UNITS}))?,?(?P<dir>增长|增加|上升|提高|下降|减少|降低)了?"
    rf"(?P<change>\d+(?:\.\d+)?|{NUMBER})\s*(?P<change_unit>%|个百分点|{UNITS})")
_LAST_YEAR = r"(?:上一?年度?|去年|{year}\s*年度?)(?:同期)?[^,;。\d]{{0,12}}?(?P<n>{number})\s*(?P<unit>{units})"
_UP = ("增长", "增加", "上升", "提高")


class TextYearOnYear(Rule):
    code = "GI505"
    name = "text-year-on-year"
    severity = "error"
    summary = "正文中“同比增长/减少”的幅度与正文给出的本年、上年两个数算不上"
    why = ("同比变化是由本年数和上年数算出来的；两个数都写在句中时，读者可以自己复核，"
           "算错（如应为 1.08% 写成 1.05%）或方向写反会损害整份报告的可信度。只给出一个数时不检查。")
    bad = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，较上年的300件增长15%。"},
                   note="(356−300)÷300≈18.67%"),
           Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，较上年的300件减少56件。"},
                   note="方向写反了")]
    good = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，较上年的300件增长18.67%。"})]

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
        unit, current = match.group("unit"), read_number(match.group("n"))
        if match.group("prev"):
            if match.group("prev_unit") != unit:
                return None
            previous = read_number(match.group("prev"))
        else:
            stated = [m for m in last_year.finditer(sentence.text) if m.group("unit") == unit]
            if len(stated) != 1:
                return None
            previous = read_number(stated[0].group("n"))
        change, change_unit = read_number(match.group("change")), match.group("change_unit")
        if None in (current, previous, change) or change_unit == "个百分点" or not previous:
            return None
        up = match.group("dir") in _UP
        said = f"正文说本年 {current:g} {unit}、上年 {previous:g} {unit}，“{match.group('dir')}{match.group('change')}{change_unit}”"
        if current != previous and (current > previous) != up:
            return self.violation(f"{said}，但本年比上年{'少' if up else '多'}", sentence.at(match.start("dir")))
        if change_unit == "%":
            actual = abs(current - previous) / previous * 100
            text = match.group("change")
            decimals = len(text.split(".")[1]) if "." in text else 0
            if abs(actual - change) > 10 ** -decimals + 1e-9:
                return self.violation(f"{said}，应为 |{current:g}−{previous:g}|÷{previous:g}≈{actual:.2f}%",
                                      sentence.at(match.start("change")))
        elif change_unit == unit and abs(current - previous) != change:
            return self.violation(f"{said}，应为 |{current:g}−{previous:g}|={abs(current - previous):g} {unit}",
                                  sentence.at(match.start("change")))
        return None
