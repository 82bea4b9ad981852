from gilint import template as T
from gilint.rule import Example, Rule


class SectionOrder(Rule):
    code = "GI302"
    name = "section-order"
    severity = "error"
    summary = "六个部分的顺序颠倒，或同一部分出现两次"
    why = "格式规定了六个部分的顺序；顺序错乱或重复的标题多是拼接、复制上一年报告时留下的。"
    bad = [Example({"五、存在的主要问题及改进情况": "六、其他需要报告的事项",
                    "六、其他需要报告的事项": "五、存在的主要问题及改进情况"}, note="第五、六部分顺序颠倒")]

    def check(self, report):
        seen: dict[str, int] = {}
        highest = -1
        for section in report.sections:
            rank = T.SECTION_NUMBERS.index(section.number)
            at = section.at
            if section.number in seen:
                yield self.violation(f"第{section.number}部分“{section.title}”重复出现（第 {seen[section.number]} 行已有）", at)
            elif rank < highest:
                before = T.SECTION_NUMBERS[highest]
                yield self.violation(f"第{section.number}部分“{section.title}”出现在第{before}部分之后，顺序颠倒", at)
            seen.setdefault(section.number, section.line)
            highest = max(highest, rank)
