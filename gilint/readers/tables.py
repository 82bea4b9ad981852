"""Placing the cells of tables 二, 三 and 四 under their canonical keys.

Each builder is fed the rows of its part in order and knows the template:
rows are placed by their printed numbering (（三） then 2. is 三.三.2), so a
truncated or garbled label still lands in the right row; the label as printed
is kept for the rules that compare it with the template.
"""

from __future__ import annotations

import re

from gilint import template as T
from gilint.model import Cell, Diagnostic, Label, Report
from gilint.patterns import Pattern
from gilint.readers import runtogether
from gilint.readers.layout import Row, Token
from gilint.text import is_value, norm, parse_number, similarity

_TOP_ROW = re.compile(r"^([一二三四])、")
_RESULT_ROW = re.compile(r"^(?:\(([一二三四五六七])\)?|([一二三四五六七])\))")  # (一), and (一 or 一) with a bracket lost
_CONTINUED = Pattern(r"^(?:表[二三四])?\(?续表?\)?$")  # （续表）, 续表, 表三（续）: norm folds the brackets
_SUB_ROW = re.compile(r"^(\d{1,2})[.、]")
_BLOCK = re.compile(r"第二十条第\(([一二三四五六七八九十])\)项")


def fit(values: list[Token], expected: int) -> list[Token] | None:
    """The `expected` cells of a row, dropping blanks that only pad merged or trailing cells."""
    trimmed = list(values)
    while len(trimmed) > expected and not trimmed[-1].text:
        trimmed.pop()
    while len(trimmed) > expected and not trimmed[0].text:
        trimmed.pop(0)
    if len(trimmed) == expected:
        return trimmed
    filled = [value for value in values if value.text]
    return filled if len(filled) == expected else None


class TableBuilder:
    """Shared bookkeeping: the pending row and its values, and placing them."""

    table = ""

    def __init__(self, report: Report):
        self.report = report
        self.pending: tuple[str, Token, list[Token]] | None = None

    def start_row(self, key: str, label: Token) -> None:
        self.flush()
        self.pending = (key, label, [])
        self.report.labels[(self.table, key)] = Label(label.text, label.at)

    def add_value(self, token: Token) -> None:
        if self.pending is not None:
            self.pending[2].append(token)

    def expected_columns(self, key: str) -> list[str]:
        raise NotImplementedError

    def flush(self) -> None:
        if self.pending is None:
            return
        key, label, values = self.pending
        self.pending = None
        columns = self.expected_columns(key)
        if not columns or not values:
            return
        placed = fit(values, len(columns)) or fit(runtogether.spaced(values), len(columns))
        if placed is None and (run := runtogether.glued(values, len(columns))):
            self.place_run(key, label, run, columns)
            return
        if placed is None:
            found = len([value for value in values if value.text])
            self.report.diagnostics.append(Diagnostic(
                f"{T.TABLE_NAMES[self.table]}「{label.text}」行找到 {found} 个数，"
                f"应为 {len(columns)} 个，无法确定各列，未读取该行", label.at))
            return
        rows = self.report.tables.setdefault(self.table, {})
        if key in rows:  # two rows numbered alike, or a row printed twice: the later one is read
            self.report.diagnostics.append(Diagnostic(
                f"{T.TABLE_NAMES[self.table]}第 {next(iter(rows[key].values())).at.line} 行和这一行都是"
                f"“{T.row_label(self.table, key)}”，按这一行读取；请检查编号或删去重复的行", label.at, "warning"))
        row = rows.setdefault(key, {})
        for column, token in zip(columns, placed):
            row[column] = Cell(parse_number(token.text), token.text, token.at)

    def place_run(self, key: str, label: Token | None, run: Token, columns: list[str]) -> None:
        """A row whose cells lost their boundaries: placed only if the template allows one split."""
        cells = runtogether.recover(self.table, label, run, len(columns))
        if isinstance(cells, Diagnostic):
            self.report.diagnostics.append(cells)
        else:
            self.report.tables.setdefault(self.table, {})[key] = dict(zip(columns, cells))

    def feed(self, row: Row) -> None:
        raise NotImplementedError

    at_last_row = False  # whether the table's last row was met: a garbled heading of the next part can follow

    def next_part(self, row: Row) -> str | None:
        """The part a row starts although its words are garbled, known because it cannot be this table's."""
        return None

    def finish(self) -> None:
        self.flush()


_COLUMNS_2021 = {column for columns, _ in T.DISCLOSURE_2021.values() for column in columns}


class DisclosureBuilder(TableBuilder):
    """表二: four (2019: five) blocks 第二十条第（x）项, each with its own header row."""

    table = "主动公开"

    def __init__(self, report: Report):
        super().__init__(report)
        self.block: str | None = None
        self.columns: list[str] = []
        self.seen: set[str] = set()

    def feed(self, row: Row) -> None:
        for token in runtogether.unglue(row.tokens, self.table):
            text = norm(token.text)
            block = _BLOCK.search(text)
            if block:
                self.flush()
                self.block, self.columns = block[1], []
            elif is_value(token.text):
                self.add_value(token)
            elif self.block is None or text == "信息内容":
                continue
            elif (key := self.row_key(text)) is not None:
                self.start_row(key, token)
            elif (column := self.column_key(text)) is not None:
                self.flush()
                self.columns.append(column)
                self.seen.add(column)
                self.report.labels[(self.table, "列", column)] = Label(token.text, token.at)
        if row.grid:
            self.flush()

    def _block(self, template: str) -> tuple[list[str], list[str]]:
        blocks = T.DISCLOSURE_2019 if template == "2019" else T.DISCLOSURE_2021
        return blocks.get(self.block, ([], []))

    def column_key(self, text: str) -> str | None:
        text = re.sub(r"\(单位:?[^)]*\)", "", text)
        candidates = self._block("2021")[0] + self._block("2019")[0]
        best = max(candidates, key=lambda key: similarity(text, key), default=None)
        return best if best and similarity(text, best) >= 0.6 else None

    def block_template(self) -> str:
        """A block whose header has no 2021 column is a 2019 block."""
        return "2019" if self.columns and not set(self.columns) & _COLUMNS_2021 else "2021"

    def row_key(self, text: str) -> str | None:
        """Rows are matched among the rows of the block's template, most similar label first."""
        known = self._block("2021")[1] + self._block("2019")[1]
        if len(text) < 2 or not any(key in text or text in key for key in known):
            return None
        rows = self._block(self.block_template())[1]
        return max(rows, key=lambda key: similarity(text, key), default=None)

    def expected_columns(self, key: str) -> list[str]:
        return self.columns

    def finish(self) -> None:
        super().finish()
        if self.table in self.report.tables:
            self.report.template_of[self.table] = "2019" if self.seen - _COLUMNS_2021 else "2021"


def _applicant_header(text: str) -> str | None:
    """The applicant column a header cell names, also cut short (社会公 for 社会公益组织, as seed 003 prints it)."""
    if text in T.APPLICANT_COLUMNS:
        return text
    named = [column for column in T.APPLICANT_COLUMNS if len(text) >= 2 and column.startswith(text)]
    return named[0] if len(named) == 1 else None


class ApplicationBuilder(TableBuilder):
    """表三: rows placed by their numbering 一、 二、 （一）… 1. …, seven applicant columns."""

    table = "依申请"

    def __init__(self, report: Report):
        super().__init__(report)
        self.group: str | None = None
        self.sub = 0

    def feed(self, row: Row) -> None:
        tokens = row.tokens
        if len(tokens) == 1 and not row.grid and is_value(tokens[0].text):
            self.add_value(tokens[0])  # a value on a line of its own (never cut): most lines of some layouts
            return
        for token in runtogether.unglue(row.tokens, self.table):
            if is_value(token.text):
                self.add_value(token)
                continue
            text = norm(token.text)
            key = self.row_key(text)
            if key:
                self.start_row(key, token)
            elif (column := _applicant_header(text)) and (self.table, "列", column) not in self.report.labels:
                self.report.labels[(self.table, "列", column)] = Label(token.text, token.at)
        if row.grid and self.pending and self.pending[2]:
            self.flush()

    def row_key(self, text: str) -> str | None:
        if match := _TOP_ROW.match(text):
            self.group = None
            self.at_last_row = match[1] == "四"
            return None if match[1] == "三" else match[1]
        if match := _RESULT_ROW.match(text):
            number = match[1] or match[2]
            key = T.RESULT_NUMBERS[number]
            self.group = key if number in "三四五六" else None
            self.sub = 0
            return key
        if self.group is None:
            return self._by_wording(text)
        if match := _SUB_ROW.match(text):
            self.sub = int(match[1])
        elif self._is_header(text):
            return None
        else:
            self.sub += 1  # an unnumbered label in a group takes the next place
        return f"{self.group}.{self.sub}"

    def next_part(self, row: Row) -> str | None:
        """A lone line 四、… after row 四 was read, unlike that row's label, is part 四's heading with its
        words garbled (四、因政府信息公开工作被申请行政夏议): read as row 四 printed twice, it would blank
        the real row and draw a dozen findings."""
        tokens = row.tokens  # a heading is a line of its own: one token
        if len(tokens) != 1 or "四" not in tokens[0].text[:3]:
            return None
        read = "四" in self.report.tables.get(self.table, {}) or (self.pending and self.pending[0] == "四"
                                                                  and self.pending[2])
        text = norm(tokens[0].text).lstrip("#*第")
        if read and _TOP_ROW.match(text) and similarity(text, T.APPLICATION_ROWS["四"]) < 0.5:
            return "四"
        return None

    @staticmethod
    def _is_header(text: str) -> bool:
        """A header cell, or the 续表 caption of a table split over two pages."""
        return any(word in text for word in ("勾稽", "申请人情况", "法人或其他组织")) or \
            text in T.APPLICANT_COLUMNS or ("续" in text and bool(_CONTINUED.match(text)))  # the columns are in normal form

    def _by_wording(self, text: str) -> str | None:
        """A top row whose number was lost: recognise it by its words."""
        for key, words in (("一", "本年新收"), ("二", "上年结转"), ("四", "结转下年度")):
            if words in text:
                return key
        return None

    def expected_columns(self, key: str) -> list[str]:
        return T.APPLICANT_COLUMNS

    def finish(self) -> None:
        super().finish()
        rows = self.report.tables.get(self.table, {})
        if "三.六" in rows:
            self.report.template_of[self.table] = "2019"
        elif rows:
            self.report.template_of[self.table] = "2021"


class ReviewBuilder(TableBuilder):
    """表四: one data row of fifteen counts, three groups of five, read in order."""

    table = "复议诉讼"
    size = len(T.REVIEW_GROUPS) * len(T.REVIEW_COLUMNS)

    def __init__(self, report: Report):
        super().__init__(report)
        self.values: list[Token] = []

    def feed(self, row: Row) -> None:
        values = [token for token in runtogether.unglue(row.tokens) if is_value(token.text)]
        if not any(token.text for token in values):
            return
        if row.grid:  # blanks inside a grid row are real cells; those around it pad merged cells or stand
            # for a row label, unless without them the table is short (the last case left blank: 0\t1\t)
            while len(self.values) + len(values) > self.size and not values[0].text:
                values.pop(0)
            while len(self.values) + len(values) > self.size and not values[-1].text:
                values.pop()
        self.values += values

    def finish(self) -> None:
        if not self.values:
            return
        at = self.values[0].at
        placed = self.values if len(self.values) == self.size else runtogether.spaced(self.values)
        if run := runtogether.glued(self.values, self.size):
            found = runtogether.recover(self.table, None, run, self.size)
        elif len(placed) == self.size:
            found = [Cell(parse_number(token.text), token.text, token.at) for token in placed]
        else:
            found = Diagnostic(
                f"表四找到 {len(self.values)} 个数，应为 {self.size} 个（行政复议、未经复议直接起诉、"
                f"复议后起诉各 5 列），无法确定各列，未读取表四", at)
        if isinstance(found, Diagnostic):
            self.report.diagnostics.append(found)
            return
        rows = self.report.tables.setdefault(self.table, {})
        cells = iter(found)
        for group in T.REVIEW_GROUPS:
            rows[group] = {column: next(cells) for column in T.REVIEW_COLUMNS}
