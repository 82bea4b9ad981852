from gilint.prose import written_dates
from gilint.rule import Example, Rule


class DateAfterPublication(Rule):
    code = "GI404"
    name = "date-after-publication"
    severity = "warning"
    summary = "文中写到的日期晚于报告的发布日期"
    why = ("报告只能陈述发布之前发生的事；晚于发布日期的日期多是年份写错（例如把 2024 写成 2025）。"
           "网页上“发布时间：”“当前日期：”这类标注的日期是网页自己的，不是报告的陈述，不检查；"
           "计划和期限（“计划于2025年6月30日”“2025年6月30日前完成”）本来就在发布之后，也不检查。")
    bad = [Example({"本年度未收取信息处理费。": "本年度未收取信息处理费，2025年6月1日起执行新的收费标准。"},
                   note="提到发布日期之后的日期")]
    good = [Example({"本年度未收取信息处理费。": "本年度未收取信息处理费。\n打印本页　当前日期：2025年3月4日"},
                    note="网页打印时的日期"),
            Example({"信息公开的及时性有待提高。下一步将健全发布审核机制。":
                     "信息公开的及时性有待提高。计划于2025年6月30日前完成政务公开专栏改版。"},
                    note="改进计划的期限")]

    def check(self, report):
        published = report.meta.published
        if not published:
            return
        for at, found in written_dates(report):
            if found.value and found.value > published.value and not (found.labelled or found.planned):
                yield self.violation(f"日期“{found.raw}”晚于发布日期 {published.value.isoformat()}", at)
