from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
sys.path.insert(0, str(Path(__file__).parent))  # reportgen


@pytest.fixture(scope="session")
def rules():
    from gilint.registry import load_rules

    return load_rules()


@pytest.fixture(scope="session")
def engine(rules):
    from gilint.engine import Engine

    return Engine([rule() for rule in rules.values()])


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch):
    """The same output whether the suite runs in a terminal, under GitHub Actions or GitLab CI."""
    for name in ("GITHUB_ACTIONS", "GITHUB_WORKSPACE", "CI_PROJECT_DIR", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
