"""Merged table cells, read once: the shared rule of the HTML and DOCX readers.

A label merged over several rows (（三）不予公开 beside its eight rows) or
columns (行政复议 over five) is printed once, so it is handed over once, in
the row where it starts: the table builders place rows by the labels they
meet, exactly as in a tab-separated text. A cell merged across columns is one
printed cell, so one value: Word's exports often merge a row's cells
differently from its header's (行政许可 | 0 over two columns | 0 | 0). A value
merged down over several rows leaves a blank in each row below, so that those
rows keep their count of cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gilint.model import Position
from gilint.text import is_value, visible

_SPACE = re.compile(r"\s+")
_SPACE_BY_WIDE = re.compile(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])")
MAX_SPAN = 200  # a page's rowspan="9999" must not build a huge grid


@dataclass(slots=True)
class Span:
    """One cell as the source prints it, with the grid places it covers."""

    text: str
    at: Position
    rows: int = 1
    columns: int = 1


@dataclass(slots=True)
class Place:
    """One grid place handed to the assembler: its column, the cell printed there and the text it gets."""

    column: int
    cell: Span
    text: str


def cell_text(text: str) -> str:
    """A cell's text on one line: line breaks inside a label (<br>, several paragraphs) join
    without a space between Chinese characters; &nbsp; and full-width spaces are white space."""
    text = visible(text)
    if not _SPACE.search(text):  # most cells: nothing to do
        return text
    return _SPACE_BY_WIDE.sub("", _SPACE.sub(" ", text).strip())


def layout(table: list[list[Span]]) -> list[list[Place]]:
    """Resolve rowspans and colspans into the real grid, keeping each label once."""
    taken: list[dict[int, tuple[Span, int, int]]] = [{} for _ in table]  # row -> column -> (cell, its first place)
    for row, cells in enumerate(table):
        column = 0
        for cell in cells:
            while column in taken[row]:
                column += 1
            rows = min(max(cell.rows, 1), len(table) - row, MAX_SPAN)
            for down in range(rows):
                for right in range(min(max(cell.columns, 1), MAX_SPAN)):
                    taken[row + down][column + right] = (cell, row, column)
            column += max(cell.columns, 1)
    grid: list[list[Place]] = [[] for _ in table]
    for row, places in enumerate(taken):
        for column in sorted(places):
            cell, first_row, first_column = places[column]
            if (row, column) == (first_row, first_column):
                grid[row].append(Place(column, cell, cell.text))
            elif row != first_row and column == first_column and is_value(cell.text):
                grid[row].append(Place(column, cell, ""))
    return grid
