"""Working out once what several rules ask of the same report in turn."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

Arg = TypeVar("Arg")
Result = TypeVar("Result")


def for_the_last(function: Callable[[Arg], Result]) -> Callable[[Arg], Result]:
    """Keep the result for the last argument (by identity): the rules run one report at a time, so
    a report's sentences or a table's columns are worked out once, and only one report's are kept."""
    last: list = [None, None]

    @wraps(function)
    def call(argument: Arg) -> Result:
        if last[0] is not argument:
            last[:] = argument, function(argument)
        return last[1]

    return call
