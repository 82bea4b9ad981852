from gilint.reportset import index
from gilint.rule import Example, SetRule
from gilint.text import norm


class MissingReport(SetRule):
    code = "GI705"
    name = "missing-report"
    severity = "warning"
    summary = "配置中列出的机关（expected-bodies），在一起检查的报告所涉及的某个年度没有报告"
    why = ("汇总一个地区或系统的年报时，要知道谁还没有报。列出应当报告的机关后，"
           "gilint 对检查到的每个年度逐一核对，指出缺了哪个机关哪一年。"
           "问题指向该机关最接近那一年的报告；该机关一份报告都没有时，指向那一年的第一份报告。")
    options = {"expected-bodies": []}
    option_help = {"expected-bodies": "应当报告的机关名称列表，与报告标题中的机关名称（或 body-names 配置的名称）一致"}
    bad = [Example(options={"expected-bodies": ["某市某区司法局", "某市某区财政局"]},
                   note="配置列出了财政局，但只有司法局的报告")]
    good = [Example(options={"expected-bodies": ["某市某区司法局"]}, note="司法局 2023、2024 年的报告都在")]

    def __init__(self, severity=None, options=None):
        super().__init__(severity, options)
        bodies = self.options["expected-bodies"]
        if not all(isinstance(body, str) and body.strip() for body in bodies):
            raise ValueError("expected-bodies 应是机关名称（字符串）的列表")
        self.expected = list(dict.fromkeys(norm(body) for body in bodies))

    def check_set(self, reports):
        groups = index(reports)
        years = sorted({year for _, year in groups})
        for body in self.expected:
            own = sorted(year for name, year in groups if name == body)
            for year in years:
                if (body, year) in groups:
                    continue
                nearest = min(own, key=lambda y: (abs(y - year), y)) if own else None
                where = groups[(body, nearest)][0] if nearest else min(
                    (group[0] for (_, y), group in groups.items() if y == year), key=lambda s: s.path)
                about = f"（本文件是它 {nearest} 年的报告）" if nearest else ""
                yield self.violation_in(where.path, f"配置中列出的机关“{body}”没有 {year} 年的报告{about}", where.at)
