"""Other occurrences of a text already found, the one implementation of propagation: detection
finds the later mentions of a name's parts with it (`Sokolova` after `Natalia Sokolova`), and
redaction the other occurrences of every text a version redacts (a name found once is redacted
everywhere).

An occurrence is a whole-word, case-insensitive match in which the phrase's words may be
separated by any run of spaces, line breaks or hyphens (`Smith-Jones`, `SMITH JONES`,
`Smith\\nJones`). `WordIndex` finds them without a scan of the whole text per phrase.
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from typing import Iterable, Iterator

__all__ = ["phrase_pattern", "WordIndex", "word_index", "sharing_indexes"]

# the indexes of the current `sharing_indexes` scope (None outside one): per context, so threads
# and concurrent calls never share one
_SCOPE: contextvars.ContextVar[dict[str, "WordIndex"] | None] = contextvars.ContextVar("sbu_word_indexes",
                                                                                        default=None)


@functools.lru_cache(maxsize=4096)
def phrase_pattern(words: str) -> re.Pattern[str]:
    """The pattern of the occurrences of `words` (see the module docstring)."""
    parts = [re.escape(w) for w in words.split()]
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(parts) + r"(?!\w)", re.IGNORECASE)


class WordIndex:
    """Where each word of a text starts, so that a phrase is looked for only where its first
    word stands instead of by a scan of the whole text per phrase (quadratic in long documents).

    A phrase starts where no word character precedes, and the first run of word characters of
    its first word is followed by something that cannot match a word character, so a match
    starts exactly at a run of word characters of the text that equals that run (ignoring case).
    Runs with non-ASCII characters, whose case matching Python's `re` decides, are tried for
    every phrase, as are phrases whose first word does not start with a word character or has
    non-ASCII letters."""

    _RUN = re.compile(r"\w+")

    def __init__(self, text: str):
        self.text = text
        self.ascii: dict[str, list[int]] = {}
        self.other: list[int] = []
        index = self.ascii
        if text.isascii():  # most texts: every run is ASCII, lowered with the text at the same offsets
            for m in self._RUN.finditer(text.lower()):
                starts = index.get(run := m.group())
                if starts is None:
                    index[run] = [m.start()]
                else:
                    starts.append(m.start())
            return
        for m in self._RUN.finditer(text):
            run = m.group()
            if run.isascii():
                index.setdefault(run.lower(), []).append(m.start())
            else:
                self.other.append(m.start())

    def occurrences(self, phrase: str) -> Iterable[re.Match[str]]:
        """The occurrences of `phrase` in the text, in order, not overlapping."""
        return self.finditer(phrase_pattern(phrase), phrase)

    def finditer(self, pattern: re.Pattern[str], phrase: str) -> Iterable[re.Match[str]]:
        """The matches `pattern.finditer(text)` gives, for the `phrase_pattern` of `phrase`."""
        first = self._RUN.match(phrase.split()[0]) if phrase.split() else None
        if first is None or not first.group().isascii():
            yield from pattern.finditer(self.text)
            return
        candidates = sorted(self.ascii.get(first.group().lower(), []) + self.other) if self.other \
            else self.ascii.get(first.group().lower(), [])
        end = 0
        for position in candidates:
            if position < end:
                continue
            m = pattern.match(self.text, position)
            if m is not None:
                end = m.end()
                yield m


@contextlib.contextmanager
def sharing_indexes() -> Iterator[None]:
    """Within this scope `word_index(text)` builds the index of each text once: detection (later
    mentions) and the versions of every level (propagation) of a batch's documents share it.
    Nothing outlives the scope; a nested scope uses the outer one."""
    if _SCOPE.get() is not None:
        yield
        return
    token = _SCOPE.set({})
    try:
        yield
    finally:
        _SCOPE.reset(token)


def word_index(text: str) -> WordIndex:
    """The `WordIndex` of `text`: the one of the current `sharing_indexes` scope, else one of
    the last few texts asked about (the versions of one document's levels)."""
    scope = _SCOPE.get()
    if scope is None:
        return _recent_index(text)
    index = scope.get(text)
    if index is None:
        index = scope[text] = WordIndex(text)
    return index


@functools.lru_cache(maxsize=4)
def _recent_index(text: str) -> WordIndex:
    return WordIndex(text)
