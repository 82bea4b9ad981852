from gilint.reportset import index
from gilint.rule import Example, SetRule


class DuplicateReport(SetRule):
    code = "GI704"
    name = "duplicate-report"
    severity = "error"
    summary = "一起检查的报告中，两份报告是同一机关同一年度的"
    why = ("同一机关一个年度只有一份年报。两份说明有一份放错了位置、写错了年度或机关，"
           "或者同一份报告存了两个版本；跨年度的检查也无法确定该用哪一份。"
           "机关取自报告标题（或配置中的 body-names），年度取自标题；只有标题的年份写错、"
           "统计期限和发布日期都指向另一年度时，按后者算，标题由 GI401 指出。")
    bad = [Example(previous={"某市某区司法局2023年政府信息公开工作年度报告": "某市某区司法局2024年政府信息公开工作年度报告",
                             "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。":
                             "本报告所列数据的统计期限为2024年1月1日至2024年12月31日。",
                             "2024年1月25日": "2025年1月25日"},
                   note="上一年的报告改成了 2024 年的（标题、统计期限、落款），与本年的报告重复")]
    good = [Example(note="示例报告（2024 年）和上一年的示例报告（2023 年）")]

    def check_set(self, reports):
        for (body, year), group in index(reports).items():
            for other in group[1:]:
                yield self.violation_in(other.path, f"与 {group[0].path} 同为“{body}”{year}年的报告，同一机关同一年度只应有一份",
                                        other.at)
