from gilint.model import Position
from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule

# 某某县人民政府, not 某某县人民政府办公室 or 某某县人民政府国有资产监督管理委员会.
_GOVERNMENT = Pattern(r"人民政府\s*(?:\d{4}\s*年|$)")
_TOPICS = {"工作考核": ("考核",), "社会评议": ("评议", "评价", "满意度"), "责任追究": ("追究", "问责")}


class GovernmentAssessment(Rule):
    code = "GI606"
    name = "government-assessment"
    severity = "warning"
    summary = "人民政府的报告没有报告工作考核、社会评议和责任追究结果情况"
    why = ("《条例》第五十条第（四）项：各级人民政府的年度报告还应当包括工作考核、社会评议和责任追究结果情况"
           "（国办公开办函〔2021〕30号放在总体情况的监督保障中）。部门、街道办事处的报告不要求。")
    bad = [Example({"某市某区司法局2024年政府信息公开工作年度报告": "某市某区人民政府2024年政府信息公开工作年度报告",
                    "某市某区司法局": "某市某区人民政府"},
                   note="区人民政府的报告，正文没有提到工作考核、社会评议和责任追究")]
    good = [Example({"某市某区司法局2024年政府信息公开工作年度报告": "某市某区人民政府2024年政府信息公开工作年度报告",
                     "某市某区司法局": "某市某区人民政府",
                     "信息公开的及时性有待提高。下一步将健全发布审核机制。":
                     "将政务公开纳入绩效考核，开展社会评议，全年未发生责任追究情况。"})]

    def check(self, report):
        names = [name for name in (report.meta.title, report.meta.org) if name]
        if not any(_GOVERNMENT.search(name) for name in names):
            return
        text = "".join(sentence.text for sentence in sentences(report))
        missing = [topic for topic, words in _TOPICS.items() if not any(word in text for word in words)]
        if not missing:
            return
        first = next((section for section in report.sections if section.number == "一"), None)
        at = first.at if first else report.meta.title_at or Position(1, 1)
        yield self.violation(f"人民政府的年度报告应报告工作考核、社会评议和责任追究结果情况，正文未提到：{'、'.join(missing)}", at)
