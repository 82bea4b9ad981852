"""The same report in every encoding Chinese government sites use parses to the same model."""

from __future__ import annotations

import codecs

import pytest

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
