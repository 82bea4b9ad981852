from datetime import date

from gilint.rule import Example, Rule


def is_government(org: str | None) -> bool:
    """人民政府 publish by 3月31日; their departments and other bodies by 1月31日 (《条例》第四十九条)."""
    return bool(org) and org.rstrip().endswith("人民政府")


class PublicationDate(Rule):
    code = "GI402"
    name = "publication-date"
    severity = "error"
    summary = "发布日期应在报告年度结束之后、法定期限之内（部门 1月31日前，人民政府 3月31日前）"
    why = ("《条例》第四十九条：政府部门每年 1 月 31 日前、县级以上人民政府每年 3 月 31 日前公布上一年度报告。"
           "早于年度结束的日期必是写错；晚于期限是“不按时发布”。")
    bad = [Example({"2025年1月20日": "2024年12月20日"}, note="发布日期早于年度结束"),
           Example({"2025年1月20日": "2025年3月10日"}, note="部门的报告晚于 1 月 31 日（警告）")]

    def check(self, report):
        meta = report.meta
        if not meta.published or meta.year is None:
            return
        published = meta.published.value
        if published <= date(meta.year, 12, 31):
            yield self.violation(f"发布日期 {published.isoformat()} 早于 {meta.year} 年度结束，应在 {meta.year + 1} 年发布",
                                 meta.published.at)
            return
        government = is_government(meta.org)
        deadline = date(meta.year + 1, 3 if government else 1, 31)
        if published > deadline:
            body = "人民政府" if government else "政府部门"
            yield self.violation(f"发布日期 {published.isoformat()} 晚于{body}的法定期限 {deadline.isoformat()}"
                                 "（《条例》第四十九条）", meta.published.at, severity="warning")
