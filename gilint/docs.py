"""A rule's documentation, built from the rule itself: what, why, and its examples run for real."""

from __future__ import annotations

import json

from gilint.engine import Engine
from gilint.examples import example_text
from gilint.readers import read_bytes
from gilint.rule import Example, Rule, SetRule


def example_findings(rule: type[Rule], example: Example) -> list:
    """What gilint reports on the example: this year's report, and last year's too for a rule over several."""
    report = read_bytes("示例.txt", example_text(example).encode("utf-8"))
    if not (issubclass(rule, SetRule) or example.also or example.options):
        return Engine([rule()]).run(report)
    from gilint.registry import load_rules
    from gilint.suppress import apply, marker_suppressions, markers

    everything = load_rules() if example.also else {}
    engine = Engine([rule(options=example.options)] + [everything[code]() for code in example.also])
    reports = [report]
    if issubclass(rule, SetRule):
        reports.append(read_bytes("上一年示例.txt", example_text(example, previous=True).encode("utf-8")))
    found = []
    for one in reports:
        found += engine.run(one)
        engine.keep(engine.summarize(one)[0])
    found += engine.finish()
    if not example.also:
        return found
    enabled = {each.code: each for each in engine.rules}
    return apply(found, marker_suppressions(report.path, markers(report.lines)), [report.path],
                 lambda path: enabled, set(everything))


def _example_block(rule: type[Rule], example: Example, bad: bool) -> list[str]:
    lines = [f"- {example.note}" if example.note else "-"]
    if example.options:
        lines += [f"    选项：{name} = {json.dumps(value, ensure_ascii=False)}" for name, value in example.options.items()]
    for old, new in example.replace.items():
        new = new.replace("\n", "\n    ")  # an edit that inserts a line
        if bad:
            lines += [f"    原文：{old}", f"    改为：{new}" if new else "    （删去此行）"]
        else:
            lines += [f"    {new}"]
    for old, new in example.previous.items():
        lines += [f"    上一年报告原文：{old}", f"    上一年报告改为：{new}" if new else "    （上一年报告删去此行）"]
    for violation in example_findings(rule, example) if bad else []:
        where = "" if violation.path == "示例.txt" else f"{violation.path} "  # a rule over several reports
        lines.append(f"    → {where}第 {violation.at.line} 行 {violation.code} {violation.message}")
    return lines


def rule_doc(rule: type[Rule]) -> str:
    """Markdown for `gilint rule CODE`; the bad examples show the messages gilint really prints."""
    lines = [f"# {rule.code} {rule.name}", "", f"严重程度：{rule.severity}", "", "## 检查什么", rule.summary,
             "", "## 为什么", rule.why, "", "## 错误示例（在示例报告上修改）"]
    for example in rule.bad:
        lines += _example_block(rule, example, bad=True)
    lines += ["", "## 正确示例"]
    for example in rule.good:
        lines += _example_block(rule, example, bad=False)
    if rule.options:
        lines += ["", "## 选项（在配置的 [tool.gilint.options." + rule.code + "] 中修改）"]
        lines += [f"- `{name}`（默认 {json.dumps(value, ensure_ascii=False)}）：{rule.option_help.get(name, '')}"
                  for name, value in rule.options.items()]
    identity = getattr(rule, "identity", None)
    if identity:
        lines += ["", "## 恒等式", f"`{identity}`（{'逐列' if rule.each == 'column' else '逐行'}检查）"]
    return "\n".join(lines) + "\n"


def rules_table(rules: dict[str, type[Rule]]) -> str:
    """The README's rule table, generated from the rules so the two cannot drift apart."""
    lines = ["| 代码 | 名称 | 级别 | 检查什么 |", "|---|---|---|---|"]
    lines += [f"| {code} | {rule.name} | {rule.severity} | {rule.summary} |" for code, rule in rules.items()]
    return "\n".join(lines) + "\n"
