"""The small text helpers every reader and rule leans on: their fast paths must agree with the slow ones."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from gilint.text import fold, norm

REPORT_LIKE = st.text(alphabet=st.sampled_from(list(
    "政府信息公开申请件年月日，。；：（）！？％．　０１２３４５６７８９0123456789 ,.;:()%\tＡａ①㈠ﬁ"
    "\u0301\u00e9e")), max_size=200)


@given(st.one_of(REPORT_LIKE, st.text(max_size=200)))
def test_fold_is_nfkc_without_white_space(text):
    assert fold(text) == re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_a_huge_line_is_read_but_not_kept_in_any_cache(tmp_path):
    """The caches keep what repeats (labels, template lines); one huge line must not stay in memory."""
    from gilint.readers import read_path
    from gilint.readers.text import _shape

    huge = "全年共收到政府信息公开申请" * 20_000
    path = tmp_path / "huge.txt"
    path.write_text(f"一、总体情况（{tmp_path.name}）\n{huge}", encoding="utf-8")  # a heading no other test has
    sizes = _shape.cache_info().currsize, norm.cache_info().currsize
    report = read_path(str(path))
    assert report.lines[1] == huge and report.sections[0].number == "一"
    assert _shape.cache_info().currsize == sizes[0] + 1  # the heading, not the huge line
    assert norm(huge) == fold(huge) and norm.cache_info().currsize <= sizes[1] + 1
