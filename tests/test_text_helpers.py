"""The small text helpers every reader and rule leans on: their fast paths must agree with the slow ones."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from gilint.text import fold

REPORT_LIKE = st.text(alphabet=st.sampled_from(list(
    "政府信息公开申请件年月日，。；：（）！？％．　０１２３４５６７８９0123456789 ,.;:()%\tＡａ①㈠ﬁ"
    "\u0301\u00e9e")), max_size=200)


@given(st.one_of(REPORT_LIKE, st.text(max_size=200)))
def test_fold_is_nfkc_without_white_space(text):
    assert fold(text) == re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
