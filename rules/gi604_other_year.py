from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule

# A sentence that opens with a year as its time frame: "2024年，" "2024年度以来" "（二）依申请公开：2024年，"
_OPENING = r"^(?:\(?[一二三四五六七八九十\d]{1,3}[)、.]\s*)?(?:[^,:;。]{1,12}[:])?\s*(?P<year>\d{4})\s*年度?"
_OPENING_YEAR = Pattern(_OPENING + r"(?:[,:]|以来|全年|内|上半年|下半年|期间)")
_FIRST_OPENING_YEAR = Pattern(_OPENING + r"(?!\s*[\d月日])")  # the report's first words: "2024年中埠镇全面…"
_COMPARISON = Pattern(r"同比|较|比上|相比|上年|去年|上一年|对比")
_PARTS = ("一", "五", "六")


class OtherYear(Rule):
    code = "GI604"
    name = "other-year"
    severity = "error"
    summary = "正文以别的年份开头叙述本年工作（如 2025 年报告的总体情况以“2024年，”开头）"
    why = ("照搬上一年报告改写时，最常漏改的是段首的年份。总体情况的第一句写错年份是错误；"
           "总体情况、问题和其他事项中其他以往年开头的句子给警告。写明年年计划、与上年比较的句子是正常的，不报告。")
    bad = [Example({"2024年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。":
                    "2023年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。"},
                   note="2024 年报告的总体情况以“2023年，”开头")]
    good = [Example({"信息公开的及时性有待提高。下一步将健全发布审核机制。":
                     "信息公开的及时性有待提高。2025年，本机关将健全发布审核机制。"}, note="下一年的计划")]

    def check(self, report):
        year = report.meta.year
        if year is None:
            return
        opening = True  # the first sentence of part 一
        for sentence in sentences(report):
            if sentence.part not in _PARTS:
                continue
            first = opening and sentence.part == "一"
            if sentence.part == "一":
                opening = False
            match = (_FIRST_OPENING_YEAR if first else _OPENING_YEAR).match(sentence.text)
            if not match or int(match.group("year")) >= year or _COMPARISON.search(sentence.text):
                continue
            where = "总体情况的第一句" if first else f"第{sentence.part}部分的句子"
            yield self.violation(
                f"这是 {year} 年度的报告，{where}却以“{match.group('year')}年”开头叙述工作：是否沿用了往年的文字？",
                sentence.at(match.start("year")), hint=f"{year}年", severity=None if first else "warning")
