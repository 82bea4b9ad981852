from gilint import template as T
from gilint.patterns import Pattern
from gilint.rule import Example, Rule
from gilint.text import norm

# Titles seen in published reports besides the template's own (format-and-rules.md §1.2).
_VARIANTS = {
    "四": ["因政府信息公开工作被申请行政复议提起行政诉讼情况"],
    "六": ["其他事项", "其他需要报告事项"],
}
_IGNORED = Pattern(r"[、，,。.和及与\s]")


def _core(title: str) -> str:
    return _IGNORED.sub("", norm(title))


_ACCEPTED = {number: [_core(title)] + [_core(v) for v in _VARIANTS.get(number, [])]
             for number, title in T.SECTION_TITLES.items()}


class SectionTitle(Rule):
    code = "GI603"
    name = "section-title"
    severity = "warning"
    summary = "部分标题与格式规定的标题（及常见变体）不同"
    why = ("国办公开办函〔2021〕30号规定了六个部分的标题。改写的标题（如“存在的主要问题及下一步努力方向”）"
           "不算错，但读者和评估者按标题找内容，统一的标题便于比较。标题前加机关名称、"
           "“因政府信息公开工作被申请行政复议、提起行政诉讼情况”等常见变体不报告。")
    bad = [Example({"五、存在的主要问题及改进情况": "五、存在的主要问题及下一步工作打算"}, note="改写了第五部分的标题")]
    good = [Example({"五、存在的主要问题及改进情况": "五、政府信息公开工作存在的主要问题及改进情况"}, note="常见变体")]

    def check(self, report):
        for section in report.sections:
            core = _core(section.title)
            if any(core.endswith(accepted) for accepted in _ACCEPTED[section.number]):
                continue
            yield self.violation(
                f"第{section.number}部分标题写作“{section.title}”，格式规定为“{section.number}、"
                f"{T.SECTION_TITLES[section.number]}”", section.at,
                hint=f"{section.number}、{T.SECTION_TITLES[section.number]}")
