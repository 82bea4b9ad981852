from gilint.prose import written_dates
from gilint.rule import Example, Rule


class ImpossibleDate(Rule):
    code = "GI403"
    name = "impossible-date"
    severity = "error"
    summary = "文中写了不存在的日期（如 2月30日、13月1日）"
    why = "不存在的日期必是笔误，常见于统计期限和落款，会让读者无法确定真实日期。"
    bad = [Example({"2025年1月20日": "2025年2月30日"}, note="落款日期不存在")]

    def check(self, report):
        for at, found in written_dates(report):
            if found.value is None:
                yield self.violation(f"日期“{found.raw}”不存在", at)
