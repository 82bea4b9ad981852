from gilint import template as T
from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule

_NOTHING = Pattern(r"(?:无|暂无|没有|不涉及|无相关内容)[。.]?")
_WRITTEN = ("一", "五")  # the parts written as text; 二–四 are tables, and 六 may well have nothing to report


class EmptySection(Rule):
    code = "GI607"
    name = "empty-section"
    severity = "error"
    summary = "第一部分（总体情况）或第五部分（存在的主要问题及改进情况）只有标题，没有内容或只写了“无”"
    why = ("《条例》第五十条要求年度报告写明工作的总体情况和存在的主要问题及改进情况，"
           "国办公开办函〔2021〕30号要求逐项报告、不能遗漏；评估时只写标题或写“无”的按漏项处理。")
    bad = [Example({"信息公开的及时性有待提高。下一步将健全发布审核机制。": "无。"}, note="第五部分只写了“无”"),
           Example({"信息公开的及时性有待提高。下一步将健全发布审核机制。": ""}, note="第五部分只有标题")]

    def check(self, report):
        said = {}
        for sentence in sentences(report):
            if sentence.part in _WRITTEN:
                said[sentence.part] = said.get(sentence.part, "") + sentence.text
        for section in report.sections:
            if section.number not in _WRITTEN:
                continue
            text = said.get(section.number, "")
            if not text or _NOTHING.fullmatch(text):
                content = f"只写了“{text}”" if text else "没有内容"
                yield self.violation(f"第{section.number}部分“{T.SECTION_TITLES[section.number]}”{content}",
                                     section.at)
