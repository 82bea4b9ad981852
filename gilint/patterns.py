"""Regular expressions compiled when first used.

Compiling the ~75 patterns of gilint and its rules costs ~25 ms, a fifth of a one-file check
(what a pre-commit hook pays on every commit), and a report uses about half of them: most
belong to sentences a given report does not write (同比, 占比, 行政诉讼…).
"""

from __future__ import annotations

import re


class Pattern:
    """Stands for `re.compile(source, flags)` and compiles it at the first use."""

    def __init__(self, source: str, flags: int = 0):
        self.source, self.flags = source, flags

    def __getattr__(self, name: str):
        """Reached at the first use only: the compiled pattern's methods then become this object's own."""
        compiled = re.compile(self.source, self.flags)
        for method in ("match", "fullmatch", "search", "finditer", "findall", "sub", "split"):
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)
