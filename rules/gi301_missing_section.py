from gilint import template as T
from gilint.model import Position
from gilint.rule import Example, Rule


class MissingSection(Rule):
    code = "GI301"
    name = "missing-section"
    severity = "error"
    summary = "六个部分（一、总体情况 … 六、其他需要报告的事项）缺少某一部分"
    why = ("《条例》第五十条和国办公开办函〔2021〕30号规定了年度报告的内容，“不能遗漏”。"
           "缺少部分标题，读者和评估者也找不到对应内容。")
    bad = [Example({"五、存在的主要问题及改进情况": ""}, note="删去了第五部分的标题")]

    def check(self, report):
        found = [section.number for section in report.sections]
        for index, number in enumerate(T.SECTION_NUMBERS):
            if number in found:
                continue
            # where it should have begun: at the first later part (sections are in document order), else the last
            later = next((s for s in report.sections if T.SECTION_NUMBERS.index(s.number) > index), None)
            where = later or (report.sections[-1] if report.sections else None)
            yield self.violation(f"缺少第{number}部分“{number}、{T.SECTION_TITLES[number]}”",
                                 where.at if where else Position(1, 1), hint=f"{number}、{T.SECTION_TITLES[number]}")
