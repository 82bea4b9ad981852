"""Finding the six numbered parts and the report's title, body, year, period and date."""

from __future__ import annotations

import re
from dataclasses import replace

from gilint import template as T
from gilint.dates import chinese_number, find_dates, find_period
from gilint.model import Dated, Meta, Position, Section
from gilint.patterns import Pattern
from gilint.readers.layout import Row
from gilint.text import norm, similarity, text_cache

# 一、总体情况 as the template prints it, and as reports also write it: 一．/一. , 一　总体情况 (a space),
# 第一部分 总体情况 / 第一部分：总体情况.
_HEADING = re.compile(r"^[#*\s]*第?(?P<number>[一二三四五六])(?:部分)?(?:\s*[、.．,，:：]\s*|\s+)(?P<title>.{2,40}?)[*\s]*$")
# 一总体情况: the space lost (a web page drops the space between two Chinese characters); only a title
# close to the template's is taken then, so that 一是加强… or 五是解决…问题 stay sentences.
_JOINED_HEADING = Pattern(r"^[#*\s]*第?(?P<number>[一二三四五六])(?:部分)?(?P<title>[^\s、.．,，:：是].{1,39}?)[*\s]*$")
_BARE_NUMBER = Pattern(r"^第?[一二三四五六](?:部分)?[、.．]?$")
_NUMBER = re.compile(r"^[#*_\s]*第?[一二三四五六](?:部分)?\s*[、.．,，:：]?\s*")
# Words a part's title must contain, so that table rows such as 一、本年新收… are not taken for parts.
_SECTION_WORDS = {
    "一": ("总体", "概述", "基本情况", "概况"),
    "二": ("主动公开",),
    "三": ("申请",),
    "四": ("复议", "诉讼"),
    "五": ("问题", "改进", "不足"),
    "六": ("其他", "其它", "需要报告"),
}
_TITLE_WORDS = ("年度报告", "年报")
_DATE_LABELS = ("发文日期", "成文日期", "发布日期", "印发日期", "发布时间")
_ORG_LABELS = ("发布机构", "发文机关", "发布单位")
# The same label and its value in one piece of text, as a web page's header line prints them:
# 发布时间：2025年01月22日　来源：区司法局
_LABELLED_TEXT = Pattern(rf"({'|'.join(_DATE_LABELS + _ORG_LABELS)})\s*[:：]\s*([^\s　]+)")
_YEAR = re.compile(r"(\d{4}|[〇○零一二三四五六七八九]{4})\s*年")  # 2024年, 二〇二四年
# How a body's name ends, to tell a signature (某区司法局 2025年1月20日) from a sentence (截至2025年1月20日).
_BODY_ENDINGS = ("局", "委员会", "委", "办公室", "办", "政府", "中心", "街道", "处", "镇", "乡", "所", "院", "站", "厅", "部",
                 "公司", "管委会", "社区")


def section_heading(row: Row) -> Section | None:
    filled = row.filled
    if len(filled) == 2 and len(filled[0].text) <= 5 and _BARE_NUMBER.match(filled[0].text):  # 一、<tab>总体情况: a tab after the number
        heading = _heading(filled[0].text + filled[1].text)
    elif len(filled) == 1:
        heading = _heading(filled[0].text)
    else:
        return None
    return Section(*heading, filled[0].at.line, filled[0].at.column) if heading else None


def garbled_heading(row: Row, number: str) -> Section:
    """A part heading known by its place, not its words: its title is whatever follows the number."""
    token = row.filled[0]
    title = _NUMBER.sub("", token.text).rstrip("*#_ ")
    return Section(number, title, token.at.line, token.at.column)


@text_cache(4096)
def _heading(text: str) -> tuple[str, str] | None:
    """The number and title of a part heading; cached, since most lines are table cells that repeat."""
    if text.lstrip("#* 第")[:1] not in _SECTION_WORDS:
        return None
    match = _HEADING.match(text)
    if not match:
        joined = _JOINED_HEADING.match(text)
        if joined and similarity(joined["title"], T.SECTION_TITLES[joined["number"]]) >= 0.6:
            return joined["number"], joined["title"].strip()
        return None
    number, title = match["number"], match["title"].strip()
    if any(word in title for word in _SECTION_WORDS[number]):
        return number, title
    # Another part's own title under this number (四、存在的主要问题及改进情况): a numbering mistake, kept as
    # written so that the structure rules report it; table rows (一、本年新收…申请数量) are not that close.
    if any(similarity(title, T.SECTION_TITLES[other]) >= 0.8 for other in T.SECTION_TITLES if other != number):
        return number, title
    return None


def _dated(found, at: Position) -> Dated | None:
    value = found.value
    return Dated(value, found.raw, Position(at.line, at.column + found.start, at.page)) if value else None


def find_meta(rows: list[Row], sections: list[Section]) -> Meta:
    meta = Meta()
    first_part = (sections[0].line, sections[0].column) if sections else None
    for index, row in enumerate(rows):
        above = first_part is None or (row.tokens[0].at.line, row.tokens[0].at.column) < first_part
        if meta.title is None or above:  # the last title above the report: a page's links and breadcrumbs come first
            _find_title(row, rows[index - 1] if index else None, meta)
        if meta.period_start is None:
            _find_period(row, rows[index + 1] if index + 1 < len(rows) else None, meta)
        if len(row.tokens) > 1:
            _find_labelled(row, meta)
        elif first_part and above:
            _find_labelled_text(row.tokens[0], meta)  # a page's header, above the report
    if meta.published is None:
        _find_signature_date(rows, sections, meta)
    _find_year_and_org(meta)
    return meta


def _find_title(row: Row, previous: Row | None, meta: Meta) -> None:
    for token in row.filled:
        if "报" not in token.text:  # cheap test before normalising
            continue
        text = norm(token.text)
        named = any(word in text for word in _TITLE_WORDS) or ("年度" in text and text.endswith("报告"))  # …年度…工作报告
        if "政府信息公开" in text and named and len(text) <= 80 and not text.startswith(("本报告", "本年度报告")) \
                and "。" not in text and "," not in text:
            meta.title, meta.title_at = token.text, token.at
            name = previous.filled[0] if previous and len(previous.filled) == 1 else None
            if name and _YEAR.match(text) and _names_body(name.text):
                meta.title, meta.title_at = name.text + token.text, name.at  # 某区司法局 / 2024年…报告, on two lines
            return


def _find_period(row: Row, following: Row | None, meta: Meta) -> None:
    """The 统计期限 sentence, also when a PDF or a narrow page wrapped it onto the next line."""
    for token in row.filled:
        if "统计" not in token.text:
            continue
        found = find_period(token.text)
        wrapped = following.filled[0] if following and following.filled and not found else None
        if wrapped:
            found = find_period(token.text + wrapped.text)
        if not found:
            continue
        start, end = found
        meta.period_start = _dated(start, token.at)
        if end.start < len(token.text) or not wrapped:
            meta.period_end = _dated(end, token.at)
        else:
            meta.period_end = _dated(replace(end, start=end.start - len(token.text)), wrapped.at)
        return


def _find_labelled(row: Row, meta: Meta) -> None:
    """`发文日期: | 2025-01-23` and `发布机构: | 某某镇` in a header table."""
    filled = row.filled
    if len(filled) < 2:
        return
    for label, value in zip(filled, filled[1:]):
        _take_label(meta, norm(label.text).rstrip(":"), value.text, value.at)


def _find_labelled_text(token, meta: Meta) -> None:
    """`发布时间：2025年01月22日　来源：…` and `发布机构：某某镇` in one piece of text."""
    if "：" not in token.text and ":" not in token.text:
        return
    for label, value in _LABELLED_TEXT.findall(token.text):
        _take_label(meta, label, value, replace(token.at, column=token.at.column + token.text.index(value)))


def _take_label(meta: Meta, name: str, value: str, at: Position) -> None:
    """A header's 发文日期/发布时间 is the publication date, its 发布机构 the body; the first of each counts."""
    if name in _DATE_LABELS and meta.published is None and (dates := find_dates(value)):
        meta.published = _dated(dates[0], at)
    elif name in _ORG_LABELS and meta.org is None:
        meta.org = value


def _find_signature_date(rows: list[Row], sections: list[Section], meta: Meta) -> None:
    """The date under the signature: the last line after the last part starts that is only a date, or a
    date after the body's name."""
    last_part = sections[-1].line if sections else 0
    for index in range(len(rows) - 1, -1, -1):
        row = rows[index]
        filled = row.filled
        if not filled or filled[0].at.line < last_part:
            return
        # the date alone, or after the body's name on the same line (某区司法局　2025年1月20日, or a tab between)
        named = filled[0].text if len(filled) == 2 else ""
        if len(filled) > 2 or (named and not _names_body(named)):
            continue
        text = filled[-1].text
        dates = find_dates(text)
        if len(dates) != 1:
            continue
        before = named or text[:dates[0].start].strip()
        above = rows[index - 1].filled if index else []
        if not named and len(above) == 1 and "报告" in above[0].text and "年" in above[0].text:
            continue  # the date of a link to another report (相关链接 under a web page's report), not the signature
        alone = len(norm(text)) <= len(norm(dates[0].raw)) + 2
        if alone or (not text[dates[0].end:].strip() and _names_body(before)):
            meta.published = _dated(dates[0], filled[-1].at)
            if meta.org is None and (named or not alone):
                meta.org = before
            elif meta.org is None and len(above) == 1 and _is_signature(above[0].text):
                meta.org = above[0].text
            return


def _is_signature(text: str) -> bool:
    """Whether a line can be the body's name above or beside the date: short, and no sentence."""
    return 0 < len(text) <= 30 and not any(mark in text for mark in "。，；：:,;")


def _names_body(text: str) -> bool:
    """A signature that also ends like a body's name (某区司法局), where a date's neighbour must be one."""
    return _is_signature(text) and text.endswith(_BODY_ENDINGS)


def _find_year_and_org(meta: Meta) -> None:
    title_year = _YEAR.search(meta.title) if meta.title else None
    if title_year:
        meta.title_year = chinese_number(title_year[1])
        meta.year, meta.year_source = meta.title_year, "title"
        # 某区司法局2024年…, 某区司法局关于2024年…, 某区司法局政府信息公开工作2024年度报告
        org = meta.title[: title_year.start()].split("政府信息公开")[0].strip(" 《").removesuffix("关于").strip()
        if org:
            meta.org = org
    elif meta.period_start:
        meta.year, meta.year_source = meta.period_start.value.year, "period"
    elif meta.published:
        meta.year, meta.year_source = meta.published.value.year - 1, "published"
    period_year = meta.period_start.value.year if meta.period_start else None
    if meta.year_source == "title" and meta.published and period_year not in (None, meta.year) \
            and meta.published.value.year - 1 == period_year:
        meta.year, meta.year_source = period_year, "period"  # the title's year is the one written wrong (GI401)
