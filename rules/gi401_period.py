from gilint.rule import Example, Rule


class Period(Rule):
    code = "GI401"
    name = "period"
    severity = "error"
    summary = "统计期限应为报告年度全年：当年1月1日至12月31日"
    why = ("年度报告统计的是上一年度全年的数据（DB51/T 2660—2019 等规范写明 1 月 1 日至 12 月 31 日）。"
           "年份写错或只统计了半年，表中数据就不是本年度的。统计期限和发布日期都指向同一年度、"
           "只有标题的年份不同时，错的是标题，指在标题上。")
    bad = [Example({"本报告所列数据的统计期限为2024年1月1日至2024年12月31日。":
                    "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。"}, note="统计期限写成了上一年"),
           Example({"本报告所列数据的统计期限为2024年1月1日至2024年12月31日。":
                    "本报告所列数据的统计期限为2024年1月1日至2024年6月30日。"}, note="只统计了半年"),
           Example({"本报告所列数据的统计期限为2024年1月1日至2024年12月31日。":
                    "本报告所列数据的统计期限为2023年度。"}, note="只写年度，也要与标题的年度一致"),
           Example({"某市某区司法局2024年政府信息公开工作年度报告": "某市某区司法局2023年政府信息公开工作年度报告"},
                   note="统计期限和发布日期都指向 2024 年度：错的是标题")]
    good = [Example({"本报告所列数据的统计期限为2024年1月1日至2024年12月31日。":
                     "本报告所列数据的统计期限为二〇二四年一月至十二月。"}, note="按月或用汉字数字写出的全年")]

    def check(self, report):
        meta = report.meta
        if not (meta.period_start and meta.period_end):
            return
        start, end = meta.period_start.value, meta.period_end.value
        if meta.title_year not in (None, meta.year):  # the period and the publication date agree on another year
            yield self.violation(
                f"标题中的年度 {meta.title_year} 与统计期限（{start.year}年）和发布日期（{meta.published.value.isoformat()}）"
                f"都不符，标题的年份可能写错", meta.title_at or meta.period_start.at, hint=f"{meta.year}年")
            return
        year = meta.year if meta.year_source == "title" else start.year
        if (start.month, start.day, end.month, end.day) != (1, 1, 12, 31) or start.year != end.year:
            problem = "不是完整的一年"
        elif start.year != year:
            problem = f"与标题中的 {year} 年度不符"
        else:
            return
        yield self.violation(
            f"统计期限为{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日，{problem}，"
            f"应为{year}年1月1日至{year}年12月31日", meta.period_start.at, hint=f"{year}年1月1日至{year}年12月31日")
