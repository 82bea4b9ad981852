"""A rule's documentation, built from the rule itself: what, why, and its examples run for real."""

from __future__ import annotations

from gilint.engine import Engine
from gilint.examples import example_text
from gilint.readers import read_bytes
from gilint.rule import Example, Rule


def example_findings(rule: type[Rule], example: Example) -> list:
    report = read_bytes("示例.txt", example_text(example).encode("utf-8"))
    return Engine([rule()]).run(report)


def _example_block(rule: type[Rule], example: Example, bad: bool) -> list[str]:
    lines = [f"- {example.note}" if example.note else "-"]
    for old, new in example.replace.items():
        if bad:
            lines += [f"    原文：{old}", f"    改为：{new}" if new else "    （删去此行）"]
        else:
            lines += [f"    {new}"]
    for violation in example_findings(rule, example) if bad else []:
        lines.append(f"    → 第 {violation.at.line} 行 {violation.code} {violation.message}")
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
    identity = getattr(rule, "identity", None)
    if identity:
        lines += ["", "## 恒等式", f"`{identity}`（{'逐列' if rule.each == 'column' else '逐行'}检查）"]
    return "\n".join(lines) + "\n"


def rules_table(rules: dict[str, type[Rule]]) -> str:
    """The README's rule table, generated from the rules so the two cannot drift apart."""
    lines = ["| 代码 | 名称 | 级别 | 检查什么 |", "|---|---|---|---|"]
    lines += [f"| {code} | {rule.name} | {rule.severity} | {rule.summary} |" for code, rule in rules.items()]
    return "\n".join(lines) + "\n"
