"""What a number in the text is about, and comparing it with the report's own tables.

A sentence's number is only comparable with a table cell when it speaks of the
reporting body, this year, as a whole. `scope` reads the words before the
number: a part of the whole (其中, 通过网络…, 同比) makes it incomparable; another
subject (代表区政府, 全市, 备案, a named department, another year) makes a
difference worth a warning but not an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gilint import template as T
from gilint.model import Report
from gilint.numbers import NUMBER, read_number
from gilint.patterns import Pattern
from gilint.prose import Sentence
from gilint.rule import Rule, Violation, cell_ref

_OTHER_SUBJECT = Pattern(
    r"代表[^,;:]{0,8}|受[^,;:]{1,8}委托|全(?:市|区|县|省|州|盟|旗|镇|乡|系统)|各(?:级|部门|单位|乡镇|街道|区县|县区|县市区|地区|成员单位)"
    r"|备案|汇总|所属|下属|系统内")
_DEPARTMENT = Pattern(r"([^\s,;:、()“”《》]{2,12}?(?:局|委员会|委|办公室|中心|街道|镇|乡|公司|医院|学校))"
                      r"(?:共计?|全年|累计|本年度?|今年)?$")
# 上年结转 is table 三's row 二, not last year: "上年结转7件，办结345件" speaks of this year.
_PART_OF_WHOLE = Pattern(r"其中|通过|网上|网络|在线|信函|当面|现场|传真|邮件|邮寄|来信|来电|同比|较上|比上|上一?年(?!度?结转)|去年")
_YEAR = Pattern(r"(\d{4})\s*年度?(?!\s*\d)")
NUMBER_GROUP = f"(?P<n>{NUMBER})"


def scope(report: Report, sentence: Sentence, start: int, parts_matter: bool = True) -> str | None:
    """Why the number at `start` may not be the report's own whole-year figure.

    Returns "" when it speaks of only a part (skip it; only asked when
    `parts_matter`), the qualifying words when it speaks of another subject or
    year (a warning at most), None when it is the report's own figure.
    """
    before = sentence.text[:start]
    if parts_matter and _PART_OF_WHOLE.search(before):
        return ""
    years = _YEAR.findall(before)
    if years and report.meta.year and int(years[-1]) != report.meta.year:
        return f"{years[-1]}年"
    other = _OTHER_SUBJECT.search(before)
    if other:
        return other.group()
    named = _DEPARTMENT.search(before.rstrip())
    if named and not named.group(1).startswith(("我", "本")) and named.group(1) not in (report.meta.title or "") \
            and named.group(1) not in (report.meta.org or ""):
        return named.group(1)
    return None


@dataclass(frozen=True)
class Figure:
    """A table figure the text may be stating: one cell or the sum of a few, named as printed."""

    name: str
    value: float
    cells: tuple[str, ...]


def application_figure(report: Report, rows: list[str], name: str, columns: tuple[str, ...] = ("总计",)) -> Figure | None:
    """表三's `columns` (the 总计 column unless told) summed over rows; a row key also takes its numbered
    items (三.三 -> 三.三.1…8)."""
    table = report.tables.get("依申请", {})
    found = [[key for key in table if key == row or key.startswith(row + ".")] for row in rows]
    keys = [key for row_keys in found for key in row_keys]
    places = [(key, column) for key in keys for column in columns]
    cells = [report.cell("依申请", key, column) for key, column in places]
    if not all(found) or any(cell is None or cell.value is None for cell in cells):
        return None
    if len(keys) > len(rows):
        name += f"（{len(keys)} 项之和）"
    return Figure(name, sum(cell.value for cell in cells), tuple(cell_ref("依申请", *place) for place in places))


def review_figure(report: Report, groups: list[str], column: str = "总计") -> Figure | None:
    cells = [report.cell("复议诉讼", group, column) for group in groups]
    if any(cell is None or cell.value is None for cell in cells):
        return None
    name = "、".join(groups) + f" {column}"
    return Figure(name, sum(cell.value for cell in cells), tuple(cell_ref("复议诉讼", g, column) for g in groups))


def disclosure_figure(report: Report, row: str, column: str) -> Figure | None:
    cell = report.cell("主动公开", row, column)
    if cell is None or cell.value is None:
        return None
    return Figure(f"{row} {column}", cell.value, (cell_ref("主动公开", row, column),))


def shown(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def qualified(message: str, qualifier: str | None) -> str:
    return message + (f"（该句限定为“{qualifier}”，请核对口径是否与表格一致）" if qualifier else "")


def compare(rule: Rule, sentence: Sentence, match: re.Match, said: str, figures: list[Figure | None],
            qualifier: str | None, table: str = "依申请") -> Violation | None:
    """A finding when the number the text states (group `n` of `match`) equals none of the figures it may mean.

    `said` describes the statement ("收到申请"); the figures are shown in the
    order given, each value once. A qualified statement is at most a warning.
    """
    distinct: dict[float, Figure] = {}
    for figure in figures:
        if figure is not None:
            distinct.setdefault(figure.value, figure)
    value = read_number(match.group("n"))
    if value is None or not distinct or value in distinct:
        return None
    figures_text = "，".join(f"{figure.name}为 {shown(figure.value)}" for figure in distinct.values())
    message = qualified(f"正文说{said} {shown(value)} 件，{T.TABLE_NAMES[table]} {figures_text}", qualifier)
    cells = list(dict.fromkeys(ref for figure in distinct.values() for ref in figure.cells))
    return rule.violation(message, sentence.at(match.start("n")), cells, severity="warning" if qualifier else None)


def compare_in_scope(rule: Rule, report: Report, sentence: Sentence, match: re.Match, said: str,
                     figures: list[Figure | None], table: str) -> Violation | None:
    """`compare`, unless the words before the number make it a part (其中, 通过网络…); another subject or
    year makes a difference a warning."""
    qualifier = scope(report, sentence, match.start())
    return None if qualifier == "" else compare(rule, sentence, match, said, figures, qualifier, table)
