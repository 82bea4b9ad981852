"""A small, safe language for table identities: `一 + 二 = 三.七 + 四`.

An identity is two sums of cell references joined by `=`, `<=` or `>=`.
A reference is a canonical row or column key; `三.三.*` stands for every key
under 三.三 (and 三.三 itself where the report prints it as one row). Numbers
may appear as constants. Nothing is ever passed to `eval`: the text is
tokenised and read by the tiny grammar below.

    identity := sum ("=" | "<=" | ">=") sum
    sum      := term (("+" | "-") term)*
    term     := KEY | KEY ".*" | NUMBER
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"\s*(<=|>=|=|\+|-|[\w./]*\w(?:\.\*)?)")
_COMPARE = {"=": lambda a, b: abs(a - b) < 1e-9, "<=": lambda a, b: a <= b + 1e-9,
            ">=": lambda a, b: a + 1e-9 >= b}


class ExpressionError(ValueError):
    """An identity that does not follow the grammar; the message says where."""


@dataclass(frozen=True)
class Term:
    sign: int
    key: str | None  # None for a constant
    constant: float = 0
    wildcard: bool = False

    def keys(self, available: list[str]) -> list[str]:
        if self.key is None:
            return []
        if not self.wildcard:
            return [self.key] if self.key in available else []
        return [key for key in available if key == self.key or key.startswith(self.key + ".")]

    def text(self) -> str:
        if self.key is None:
            return f"{self.constant:g}"
        return self.key + (".*" if self.wildcard else "")


@dataclass(frozen=True)
class Identity:
    left: tuple[Term, ...]
    op: str
    right: tuple[Term, ...]
    source: str

    def holds(self, left: float, right: float) -> bool:
        return _COMPARE[self.op](left, right)

    @property
    def keys(self) -> list[str]:
        return [term.key for term in self.left + self.right if term.key is not None]


Side = tuple[tuple[tuple[int, str], ...], float]  # (sign, key) pairs and a constant


def resolve(identity: Identity, available: tuple[str, ...]) -> tuple[Side, Side] | None:
    """Both sides with wildcards expanded over the keys a table has; None when a key is absent."""
    sides = []
    for terms in (identity.left, identity.right):
        pairs: list[tuple[int, str]] = []
        constant = 0.0
        for term in terms:
            if term.key is None:
                constant += term.sign * term.constant
                continue
            keys = term.keys(list(available))
            if not keys:
                return None
            pairs += [(term.sign, key) for key in keys]
        sides.append((tuple(pairs), constant))
    return sides[0], sides[1]


def side_text(terms: tuple[Term, ...]) -> str:
    """A side as the user wrote it, for messages: 一+二."""
    out = ""
    for index, term in enumerate(terms):
        if index or term.sign < 0:
            out += "+" if term.sign > 0 else "-"
        out += term.text()
    return out


@lru_cache(maxsize=256)
def parse(source: str) -> Identity:
    tokens = _tokens(source)
    position = 0

    def sum_of_terms() -> tuple[Term, ...]:
        nonlocal position
        terms, sign = [], 1
        if position < len(tokens) and tokens[position] in "+-":
            sign = -1 if tokens[position] == "-" else 1
            position += 1
        while True:
            if position >= len(tokens) or tokens[position] in ("+", "-", "=", "<=", ">="):
                raise ExpressionError(f"“{source}”：第 {position + 1} 个记号处缺少单元格或数字")
            terms.append(_term(tokens[position], sign))
            position += 1
            if position < len(tokens) and tokens[position] in ("+", "-"):
                sign = -1 if tokens[position] == "-" else 1
                position += 1
                continue
            return tuple(terms)

    left = sum_of_terms()
    if position >= len(tokens) or tokens[position] not in _COMPARE:
        raise ExpressionError(f"“{source}”：缺少 =、<= 或 >=")
    op = tokens[position]
    position += 1
    right = sum_of_terms()
    if position != len(tokens):
        raise ExpressionError(f"“{source}”：多余的“{tokens[position]}”")
    return Identity(left, op, right, source)


def _tokens(source: str) -> list[str]:
    tokens, position = [], 0
    source = source.strip()
    while position < len(source):
        match = _TOKEN.match(source, position)
        if not match:
            raise ExpressionError(f"“{source}”：无法理解第 {position + 1} 个字符")
        tokens.append(match.group(1))
        position = match.end()
    return tokens


def _term(token: str, sign: int) -> Term:
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return Term(sign, None, float(token))
    if token.endswith(".*"):
        return Term(sign, token[:-2], wildcard=True)
    return Term(sign, token)
