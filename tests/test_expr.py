"""The identity language: what it accepts, what it refuses, and user rule files built on it."""

from __future__ import annotations

import pytest

from gilint import expr
from gilint.engine import Engine
from gilint.examples import EXAMPLE_REPORT
from gilint.readers import read_bytes
from gilint.registry import RuleError, load_folder


def test_parses_sums_wildcards_and_constants():
    identity = expr.parse("三.七 = 三.一 + 三.三.* - 2")
    assert identity.op == "="
    assert [term.key for term in identity.right] == ["三.一", "三.三", None]
    assert identity.right[1].wildcard and identity.right[2].sign == -1
    assert expr.side_text(identity.right) == "三.一+三.三.*-2"


def test_wildcard_covers_the_single_2019_row():
    term = expr.parse("x = 三.六.*").right[0]
    assert term.keys(["三.六"]) == ["三.六"]
    assert term.keys(["三.六.1", "三.六.2", "三.五.1"]) == ["三.六.1", "三.六.2"]


@pytest.mark.parametrize("bad", ["", "一 +", "一 + 二", "= 三", "一 = 二 = 三", "一 == 二", "__import__('os') = 1"])
def test_refuses_what_is_not_an_identity(bad):
    with pytest.raises(expr.ExpressionError):
        expr.parse(bad)


def _example():
    return read_bytes("r.txt", EXAMPLE_REPORT.read_bytes())


def test_user_toml_rule_runs(tmp_path):
    (tmp_path / "mine.toml").write_text(
        '[[identity]]\ncode = "X101"\nname = "carry-small"\ntable = "依申请"\neach = "column"\n'
        'identity = "四 <= 二"\nseverity = "warning"\n', encoding="utf-8")
    [rule] = load_folder(tmp_path)
    found = Engine([rule()]).run(_example())
    assert found and all(v.code == "X101" and v.severity == "warning" for v in found)
    assert found[0].message.startswith("表三 自然人列：四=3，二=2")


def test_user_python_rule_runs(tmp_path):
    (tmp_path / "my_rule.py").write_text(
        "from gilint.rule import Rule\n\n"
        "class NeedsTitle(Rule):\n    code = 'X200'\n    name = 'needs-org'\n    summary = why = 'x'\n"
        "    def check(self, report):\n        if report.meta.org != '某市某区司法局':\n"
        "            yield self.violation('org', report.meta.title_at)\n", encoding="utf-8")
    [rule] = load_folder(tmp_path)
    assert Engine([rule()]).run(_example()) == []


@pytest.mark.parametrize("content", [
    '[[identity]]\ncode = "X1"\nname = "n"\ntable = "依申请"\n',
    '[[identity]]\ncode = "X1"\nname = "n"\ntable = "依申请"\nidentity = "一 +"\n',
    '[[identity]]\ncode = "X1"\nname = "n"\ntable = "依申请"\nidentity = "一 = 二"\ncolour = 1\n',
    "not toml [",
])
def test_bad_rule_files_are_named_errors(tmp_path, content):
    (tmp_path / "bad.toml").write_text(content, encoding="utf-8")
    with pytest.raises(RuleError, match="bad.toml"):
        load_folder(tmp_path)


def test_rules_from_an_installed_plugin_distribution(tmp_path, monkeypatch):
    """A package that declares the `gilint.rules` entry-point group adds its rules to every run."""
    from gilint.registry import load_rules

    (tmp_path / "gilint_plugin_demo.py").write_text(
        "from gilint.rule import Rule\n\n"
        "class NoOp(Rule):\n    code = 'P100'\n    name = 'plugin-demo'\n    summary = why = 'x'\n"
        "    def check(self, report):\n        return []\n", encoding="utf-8")
    info = tmp_path / "gilint_plugin_demo-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: gilint-plugin-demo\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[gilint.rules]\ndemo = gilint_plugin_demo\n", encoding="utf-8")
    assert "P100" not in load_rules()
    monkeypatch.syspath_prepend(str(tmp_path))
    assert load_rules()["P100"].name == "plugin-demo"
