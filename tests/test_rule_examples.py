"""Every rule's documented examples are its tests: bad ones are reported, good ones are not."""

from __future__ import annotations

import pytest

from gilint.docs import example_findings, rule_doc
from gilint.examples import EXAMPLE_REPORT
from gilint.readers import read_path
from gilint.registry import load_rules

RULES = load_rules()
CASES = [(code, "bad", index) for code, rule in RULES.items() for index in range(len(rule.bad))]
CASES += [(code, "good", index) for code, rule in RULES.items() for index in range(len(rule.good))]


def test_example_report_is_clean(engine):
    assert engine.run(read_path(str(EXAMPLE_REPORT))) == []


@pytest.mark.parametrize("code", RULES)
def test_rule_is_documented(code):
    rule = RULES[code]
    assert rule.name and rule.name == rule.name.lower() and " " not in rule.name
    assert rule.severity in ("error", "warning")
    assert rule.summary and rule.why and rule.bad, f"{code} needs a summary, a why and a bad example"


@pytest.mark.parametrize(("code", "kind", "index"), CASES)
def test_example(code, kind, index):
    rule = RULES[code]
    example = getattr(rule, kind)[index]
    codes = [violation.code for violation in example_findings(rule, example)]
    if kind == "bad":
        assert code in codes, f"{code} missed its bad example: {example.note}"
    else:
        assert code not in codes


@pytest.mark.parametrize("code", RULES)
def test_rule_doc_shows_real_messages(code):
    doc = rule_doc(RULES[code])
    assert doc.startswith(f"# {code} ")
    assert "→ 第" in doc and code in doc.split("→", 1)[1]


@pytest.mark.parametrize("cut, expected", [(2, 2), (3, 1)])
def test_rows_missing_from_a_table_cut_off_are_one_finding_from_three_on(tmp_path, engine, cut, expected):
    lines = EXAMPLE_REPORT.read_text(encoding="utf-8").split("\n")
    end = next(number for number, line in enumerate(lines) if line.startswith("四、结转下年度继续办理"))
    path = tmp_path / "cut.txt"
    path.write_text("\n".join(lines[: end + 1 - cut] + lines[end + 1:]), encoding="utf-8")
    found = [v for v in engine.run(read_path(str(path))) if v.code == "GI303"]
    assert len(found) == expected
    # at the last row the table has before them: where they belong
    assert {violation.at.line for violation in found} == {end + 1 - cut}
    if expected == 1:  # naming the first and last missing row
        assert found[0].message == ("表三缺少从“（六）其他处理 3.其他”到“四、结转下年度继续办理”的 3 行，表格可能不完整")
