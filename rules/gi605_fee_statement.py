from gilint.prose import sentences
from gilint.rule import Example, Rule


class FeeStatement(Rule):
    code = "GI605"
    name = "fee-statement"
    severity = "warning"
    summary = "第六部分没有说明是否收取信息处理费"
    why = ("《条例》第四十二条允许对超出合理范围的申请收取信息处理费（国办函〔2020〕109号规定标准），"
           "年度报告的其他需要报告的事项中通常说明本年是否收取、收了多少（如“本年度未收取信息处理费”）。"
           "第六部分只字未提费用时给警告；正文别处提到“信息处理费”也算说明了。")
    bad = [Example({"本年度未收取信息处理费。": "无其他需要报告的事项。"}, note="第六部分没有提到信息处理费")]
    good = [Example({"本年度未收取信息处理费。": "本年度没有产生信息公开处理费用。"}, note="措辞不同也算说明了")]

    def check(self, report):
        part_six = next((section for section in report.sections if section.number == "六"), None)
        if part_six is None:
            return
        for sentence in sentences(report):
            if "处理费" in sentence.text or (sentence.part == "六" and "费" in sentence.text):
                return
        yield self.violation("第六部分“其他需要报告的事项”没有说明本年是否收取信息处理费",
                             part_six.at, hint="本年度未收取信息处理费。")
