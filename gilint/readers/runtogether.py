"""Run-together rows: copies scraped from web pages lose every cell boundary.

`一、本年新收政府信息公开申请数量801000081` holds the seven cells 80 1 0 0 0 0 81.
The template says how many counts a row has, that counts have no leading zeros
(a lone 0 aside) and which of them are totals; the split is recovered only when
exactly one cut of the digits satisfies all that. Otherwise the row is reported
as ambiguous (with its candidate splits) or unreadable, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from gilint import template as T
from gilint.model import Cell, Diagnostic
from gilint.readers.layout import Token
from gilint.text import text_cache

# A group of the layout: (number of counts, whether a total of those counts follows them).
Group = tuple[int, bool]

_GLUED = re.compile(r"^(?P<label>.*[^\d\s.,，．])\s*(?P<numbers>\d[\d\s]*(?:[.．]\d+)?)$")
_NUMBER = re.compile(r"\d+(?:[.．]\d+)?")
# 表三 labels run together too: （三）不予公开1.属于国家秘密 is two labels.
_NUMBERING = re.compile(r"(?<=[\u4e00-\u9fff）])(?=（[一二三四五六七]）|\d{1,2}[.．、][\u4e00-\u9fff])")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# 表二's header cells run together too: 信息内容本年制发件数本年废止件数现行有效件数.
_HEADERS = sorted({"信息内容", *T.DISCLOSURE_COLUMN_LABELS.values(), *(
    column for blocks in (T.DISCLOSURE_2021, T.DISCLOSURE_2019) for columns, _ in blocks.values()
    for column in columns)}, key=len, reverse=True)
_SHOWN = 3  # candidate splits named in a message
_BUDGET = 200_000  # search steps before a row is declared too long to split reliably


class TooLong(Exception):
    """The digits allow too many cuts to search them all."""


def unglue(tokens: list[Token], table: str = "") -> list[Token]:
    """Cut `label123` or `label 1 2 3` into the label and its numbers, so the builders see cells.

    表三 labels printed side by side are cut before each row number, and 表二's
    header cells are cut into the template's column labels.
    """
    plans = [None if token.text.isdigit() or len(token.text) < 2 else _cuts(token.text, table) for token in tokens]
    if not any(plans):  # the common case: every cell stands on its own
        return tokens
    cut: list[Token] = []
    for token, pieces in zip(tokens, plans):
        if pieces is None:
            cut.append(token)
        else:
            cut += [_shifted(token, piece, offset) for piece, offset in pieces]
    return cut


@text_cache()
def _cuts(text: str, table: str) -> tuple[tuple[str, int], ...] | None:
    """Where a token's text is cut, as (piece, offset) pairs; None when it stays whole.
    Cached: labels repeat from report to report."""
    match = _GLUED.match(text)
    if table == "主动公开" and not match:
        return _header_cells(text)
    if not match or not _CHINESE.search(match["label"]):
        return None
    labels = _NUMBERING.split(match["label"]) if table == "依申请" else [match["label"]]
    pieces, offset = [], 0
    for label in labels:
        pieces.append((label, offset))
        offset += len(label)
    for number in _NUMBER.finditer(match["numbers"]):
        pieces.append((number[0], match.start("numbers") + number.start()))
    return tuple(pieces)


def _header_cells(text: str) -> tuple[tuple[str, int], ...] | None:
    """A text made only of 表二 column labels, cut into them; None for any other text."""
    cells, start = [], 0
    while start < len(text):
        word = next((word for word in _HEADERS if text.startswith(word, start)), None)
        if word is None:
            return None
        cells.append((word, start))
        start += len(word)
    return tuple(cells) if len(cells) > 1 else None


def _shifted(token: Token, text: str, offset: int) -> Token:
    """A piece of a token: further along its line, in the same page or document cell."""
    return Token(text, replace(token.at, column=token.at.column + offset))


def spaced(values: list[Token]) -> list[Token]:
    """The values with numbers that only spaces separate (58 74 71 …, a row copied from a PDF) cut
    apart, each placed at its own column. For a row that does not fit as written: a space may also
    sit inside one number."""
    found = []
    for token in values:
        parts = token.text.split()
        if len(parts) > 1 and all(_NUMBER.fullmatch(part) for part in parts):
            found += [Token(number[0], replace(token.at, column=token.at.column + number.start()))
                      for number in _NUMBER.finditer(token.text)]
        else:
            found.append(token)
    return found


def glued(values: list[Token], count: int) -> Token | None:
    """The row's one digit run when it stands for `count` cells, else None."""
    filled = [value for value in values if value.text]
    if len(filled) == 1 and count > 1 and filled[0].text.isascii() and filled[0].text.isdigit() \
            and len(filled[0].text) >= count:
        return filled[0]
    return None


def layout(table: str, count: int) -> list[Group]:
    """What the template guarantees about a row of `count` cells of `table`."""
    if table == "依申请":
        return [(len(T.APPLICANT_COLUMNS) - 1, True)]
    if table == "复议诉讼":
        return [(len(T.REVIEW_COLUMNS) - 1, True)] * len(T.REVIEW_GROUPS)
    return [(count, False)]  # 表二 has no sum to check: only an unambiguous cut counts


def splits(digits: str, groups: list[Group], limit: int = _SHOWN + 1) -> list[tuple[str, ...]]:
    """Every cut of `digits` into the layout's counts (at most `limit` of them), each count as written."""
    found: list[tuple[str, ...]] = []
    steps = 0
    minimum = [0] * (len(groups) + 1)  # digits the groups from i on need at least
    for index in range(len(groups) - 1, -1, -1):
        parts, total = groups[index]
        minimum[index] = minimum[index + 1] + parts + total

    def numbers(start: int, room: int) -> Iterator[str]:
        """Counts written from `start`, leaving `room` digits for what follows."""
        if digits[start] == "0":
            yield "0"
            return
        for end in range(start + 1, len(digits) - room + 1):
            yield digits[start:end]

    def search(start: int, group: int, part: int, subtotal: int, chosen: list[str]) -> None:
        nonlocal steps
        steps += 1
        if steps > _BUDGET:
            raise TooLong
        if len(found) >= limit:
            return
        if group == len(groups):
            if start == len(digits):
                found.append(tuple(chosen))
            return
        parts, total = groups[group]
        if part < parts:
            room = minimum[group + 1] + parts - part - 1 + total
            for number in numbers(start, room):
                after = start + len(number)
                if total and len(str(subtotal + int(number))) > len(digits) - after - room + 1:
                    break  # the group's total could no longer be written in the digits left
                search(after, group, part + 1, subtotal + int(number), [*chosen, number])
        elif total:
            written = str(subtotal)
            if digits.startswith(written, start):
                search(start + len(written), group + 1, 0, 0, [*chosen, written])
        else:
            search(start, group + 1, 0, 0, chosen)

    if len(digits) >= minimum[0]:
        search(0, 0, 0, 0, [])
    return found


def recover(table: str, label: Token | None, run: Token, count: int) -> list[Cell] | Diagnostic:
    """The row's cells cut out of its digit run, or a diagnostic saying why they cannot be."""
    where = f"{T.TABLE_NAMES[table]}「{label.text}」行" if label else T.TABLE_NAMES[table]
    groups = layout(table, count)
    try:
        found = splits(run.text, groups)
    except TooLong:
        found = None
    if found is None:
        return Diagnostic(f"{where}的数字连在一起（{run.text}），位数太多，无法可靠地拆分为 {count} 列，未读取", run.at)
    if not found:
        rule = "且每组总计等于其前各列之和" if any(total for _, total in groups) else ""
        return Diagnostic(
            f"{where}的数字连在一起（{run.text}），没有一种拆分符合模板（{count} 个数，不以 0 开头{rule}），"
            f"可能是提取损坏或数字本身有误，未读取", run.at)
    if len(found) > 1:
        shown = "；".join(" ".join(split) for split in found[:_SHOWN])
        more = " 等" if len(found) > _SHOWN else ""
        return Diagnostic(
            f"{where}的数字连在一起（{run.text}），可以拆成多种：{shown}{more}。提取结果有歧义，"
            f"未读取，请用带表格边界的版本核对", run.at)
    cells, offset = [], 0
    for number in found[0]:
        cells.append(Cell(int(number), number, replace(run.at, column=run.at.column + offset), recovered=True))
        offset += len(number)
    return cells
