from datetime import date

from gilint.patterns import Pattern
from gilint.rule import Example, Rule

_MONTH_DAY = Pattern(r"^(\d{1,2})-(\d{1,2})$")


def month_day(text: str) -> tuple[int, int]:
    """A deadline written as "月-日" (e.g. "03-31"), checked so that a typo in the configuration is named."""
    match = _MONTH_DAY.match(text.strip())
    try:
        date(2001, int(match[1]), int(match[2])) if match else date(2001, 13, 1)
    except ValueError:
        raise ValueError(f"期限“{text}”应写作 月-日，如 \"01-31\"") from None
    return int(match[1]), int(match[2])


class PublicationDate(Rule):
    code = "GI402"
    name = "publication-date"
    severity = "error"
    summary = "发布日期应在报告年度结束之后、法定期限之内（部门 1月31日前，人民政府 3月31日前）"
    why = ("《条例》第四十九条：政府部门每年 1 月 31 日前、县级以上人民政府每年 3 月 31 日前公布上一年度报告。"
           "早于年度结束的日期必是写错；晚于期限是“不按时发布”。机关的类别按名称的结尾判断，可在配置中调整。")
    options = {"deadline": "01-31", "deadline-by-suffix": {"人民政府": "03-31"}}
    option_help = {"deadline": "次年的发布期限（月-日），适用于名称不以 deadline-by-suffix 中任何一项结尾的机关",
                   "deadline-by-suffix": "机关名称的结尾 -> 次年的发布期限（月-日），如 {\"管理委员会\" = \"03-31\"}"}
    bad = [Example({"2025年1月20日": "2024年12月20日"}, note="发布日期早于年度结束"),
           Example({"2025年1月20日": "2025年3月10日"}, note="部门的报告晚于 1 月 31 日（警告）")]
    good = [Example(note="示例报告本身"),
            Example({"2025年1月20日": "2025年3月10日"}, options={"deadline-by-suffix": {"司法局": "03-31"}},
                    note="配置中把“司法局”结尾的机关的期限设为 3 月 31 日")]

    def __init__(self, severity=None, options=None):
        super().__init__(severity, options)
        self.deadline = month_day(self.options["deadline"])
        self.by_suffix = {suffix: month_day(str(value)) for suffix, value in self.options["deadline-by-suffix"].items()}

    def check(self, report):
        meta = report.meta
        if not meta.published or meta.year is None:
            return
        published = meta.published.value
        if published <= date(meta.year, 12, 31):
            yield self.violation(f"发布日期 {published.isoformat()} 早于 {meta.year} 年度结束，应在 {meta.year + 1} 年发布",
                                 meta.published.at)
            return
        org = (meta.org or "").rstrip()
        suffix = next((suffix for suffix in sorted(self.by_suffix, key=len, reverse=True) if org.endswith(suffix)), None)
        deadline = date(meta.year + 1, *(self.by_suffix[suffix] if suffix else self.deadline))
        if published > deadline:
            if suffix in (None, "人民政府"):
                limit = f"{suffix or '政府部门'}的法定期限 {deadline.isoformat()}（《条例》第四十九条）"
            else:
                limit = f"名称以“{suffix}”结尾的机关的发布期限 {deadline.isoformat()}（配置的 deadline-by-suffix）"
            yield self.violation(f"发布日期 {published.isoformat()} 晚于{limit}", meta.published.at, severity="warning")
