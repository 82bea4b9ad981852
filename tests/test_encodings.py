"""The same report in every encoding Chinese government sites use parses to the same model."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from gilint.readers import UnreadableFile, read_bytes

ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "gb18030": lambda text: text.encode("gb18030"),
    "gbk": lambda text: text.encode("gbk"),
    "utf-16-bom": lambda text: text.encode("utf-16"),
    "utf-16-le-no-bom": lambda text: text.encode("utf-16-le"),
    "utf-16-be-no-bom": lambda text: text.encode("utf-16-be"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("seed", SEEDS[:2] + SEEDS[4:], ids=lambda p: p.name[:3])
def test_same_model_in_every_encoding(seed, encoding):
    text = seed.read_text(encoding="utf-8")
    expected = read_bytes("a.txt", text.encode("utf-8")).as_dict()
    parsed = read_bytes("a.txt", ENCODINGS[encoding](text)).as_dict()
    assert parsed == expected


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"\x00\x01\x02" * 50, "随便一段文字，不是年报。".encode()])
def test_not_a_report_is_unreadable_with_a_reason(data):
    with pytest.raises(UnreadableFile) as error:
        read_bytes("x.txt", data)
    assert str(error.value)


def _damaged_lines(report) -> dict[int, int]:
    """line -> column of the reader's findings about undecodable bytes."""
    return {d.at.line: d.at.column for d in report.diagnostics if "无法解码" in d.message}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-bom", "gbk"])
def test_a_few_bad_bytes_are_reported_where_they_stand_and_the_rest_is_checked(encoding):
    """A file cut mid-character or with a fragment in another encoding is still a report: the
    bad bytes become U+FFFD, reported at their line and column, and the tables are still read."""
    text = SEEDS[0].read_text(encoding="utf-8")
    data = ENCODINGS[encoding](text)
    line = text.split("\n").index("五、政府信息公开工作存在的主要问题及改进措施") + 1
    codec = "gbk" if encoding == "gbk" else "utf-8"
    start = data.index("五、政府信息公开工作存在".encode(codec)) + len("五、政府信息公开工作".encode(codec))
    damaged = data[:start + 1] + data[start + 2:]  # one byte of 存 cut out
    report = read_bytes("a.txt", damaged)
    assert set(_damaged_lines(report)) == {line}
    if codec == "utf-8":  # in GBK the lone byte pairs with the next one: decoding fails a little later
        assert _damaged_lines(report)[line] == len("五、政府信息公开工作") + 1
    assert report.tables == read_bytes("a.txt", data).tables


@given(st.integers(0, 10**6))
@settings(max_examples=60, deadline=None)
def test_deleting_any_one_byte_leaves_a_readable_report(position):
    data = SEEDS[1].read_bytes()
    position %= len(data)
    report = read_bytes("a.txt", data[:position] + data[position + 1:])
    marked = {number for number, line in enumerate(report.lines, 1) if "\ufffd" in line}
    assert set(_damaged_lines(report)) == marked
