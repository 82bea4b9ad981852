"""gilint.patterns.Pattern: compiled at first use, then the same as re.compile."""

import re

import pytest
from hypothesis import given, strategies as st

from gilint.patterns import Pattern


def test_compiles_only_when_first_used():
    pattern = Pattern(r"(\d+)件")
    assert "search" not in vars(pattern)
    assert pattern.search("收到申请12件")[1] == "12"
    assert "search" in vars(pattern)


def test_an_invalid_pattern_fails_at_its_first_use():
    pattern = Pattern(r"(unclosed")
    with pytest.raises(re.error):
        pattern.search("x")


@given(st.text(alphabet="申请收到件12３4 ,，。", max_size=40))
def test_every_method_answers_as_the_compiled_pattern(text):
    source = r"(?P<n>\d+)\s*件|[,，]"
    lazy, compiled = Pattern(source), re.compile(source)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("#", text) == compiled.sub("#", text)
    assert lazy.split(text) == compiled.split(text)
    assert bool(lazy.match(text)) == bool(compiled.match(text))
    assert bool(lazy.fullmatch(text)) == bool(compiled.fullmatch(text))
    assert lazy.groupindex == compiled.groupindex
