"""What every reader hands to the assembler: rows of positioned cells.

A row is one printed line or one table row. In a grid row (a tab-separated
line, a Markdown or HTML table row) empty cells are real blanks; elsewhere
only the text pieces count.
"""

from __future__ import annotations

from dataclasses import dataclass

from gilint.model import Position


@dataclass(slots=True)
class Token:
    text: str
    at: Position


@dataclass(slots=True)
class Row:
    tokens: list[Token]
    grid: bool = False

    @property
    def filled(self) -> list[Token]:
        """The cells with text; only grid rows keep empty ones."""
        return [token for token in self.tokens if token.text] if self.grid else self.tokens
