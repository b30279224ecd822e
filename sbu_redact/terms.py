"""Allow and deny lists: the one implementation both detection (rules/entities.yaml `allow`,
`deny`) and releases (rules/levels.yaml `allow`, `deny`) use.

Terms are compared with case, spacing, line breaks, hyphens between words and a final
possessive ignored: `Daniel Russell` matches `DANIEL  RUSSELL'S` and `Daniel\\nRussell`. An
allow list also allows the surname of a listed full name on its own (`RUSSELL` after `Daniel
Russell`), as later mentions name people.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

_POSSESSIVE = re.compile(r"['\u2019][sS]?$")


def normalize(text: str) -> str:
    """Casefolded words joined by single spaces, a final possessive dropped."""
    return " ".join(_POSSESSIVE.sub("", text.strip()).replace("-", " ").split()).casefold()


class TermList:
    def __init__(self, terms: Iterable[str], *, surnames: bool = False):
        self.terms = [t for t in terms if t.strip()]
        keys = {normalize(t) for t in self.terms}
        if surnames:
            keys |= {key.split()[-1] for key in list(keys) if len(key.split()) > 1}
        self.keys = frozenset(keys)
        words = sorted(self.terms, key=len, reverse=True)
        alternatives = "|".join(r"[\s\-]+".join(re.escape(w) for w in t.split()) for t in words)
        self._pattern = re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE) if words else None

    def __bool__(self) -> bool:
        return bool(self.terms)

    def __contains__(self, text: str) -> bool:
        """Whether `text` is one of the terms (or, with `surnames`, the surname of one)."""
        return normalize(text) in self.keys

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
        """Whole-word occurrences of any term in `text[start:end]`, longest term first."""
        if self._pattern is None:
            return
        for match in self._pattern.finditer(text, start, len(text) if end is None else end):
            yield match.span()
