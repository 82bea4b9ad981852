"""The README's rule table is generated from the rules; this keeps the two in step."""

from __future__ import annotations

from conftest import ROOT
from gilint.docs import rules_table


def test_readme_rule_table_matches_the_rules(rules):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("-->\n", readme.index("<!-- rules-table")) + 4
    end = readme.index("<!-- end rules-table -->")
    assert readme[start:end] == rules_table(rules), "run: gilint rules --format markdown, and paste it in README.md"
