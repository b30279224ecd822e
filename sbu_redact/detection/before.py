"""Searches for the words right before an offset with a pattern anchored at the window's end.

`pattern.search(text, start - 40, start)` with a pattern ending in `\\Z` (the word before a
name, a cue and a comma before it) tries every position of the window in turn and runs the
matcher from each: most of the regular expression work of post-processing and of the lexicon's
checks around a name. `EndAnchored` gives the same match for less: the tail of the window is
read backwards by what the pattern's parts can match, last part first (`tail`: a run of
spaces, an optional character, a run of word characters...), which bounds from below where a
match can start; the pattern then searches from there. Each part of the tail consumes at
least what the pattern's part can match (a superset of its characters, the whole run), and
consecutive parts of the pattern are told apart by characters the next part of the tail does
not consume, so no match starts before the bound: the same leftmost match, the same groups
(lookbehinds still see the text before the window, as in the search over the whole window).
Most parts are optional (`*`, `?`): matched greedily on the reversed window, each takes all it
can, in order. A part the pattern needs (the colon after a label) makes the tail fail where no
match can end the window: then there is none. tests/test_speed32_before.py compares both on
random texts.
"""
from __future__ import annotations

import re
from typing import Any

# parts of a tail (read backwards: the pattern's last part first)
SPACES = "[ \t]*"
WORD_RUN = r"[\w\-'\u2019]*"  # (every letter, digit, _, hyphen and apostrophe: a word's characters and more)


def optional(characters: str) -> str:
    """The part of a tail for one of `characters`, or none."""
    return f"[{re.escape(characters)}]?"


class EndAnchored:
    """`re.compile(pattern)` for a pattern that ends with `\\Z`, whose `search(text, pos,
    endpos)` starts where `tail` bounds a match (see the module docstring). Other methods and
    attributes are the compiled pattern's."""

    def __init__(self, pattern: str, *tail: str):
        self.compiled = re.compile(pattern)
        self.pattern = pattern
        self._tail = re.compile("".join(tail)).match
        self._search = self.compiled.search

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        window = text[pos:endpos]
        tail = self._tail(window[::-1])
        if tail is None:
            return None  # (no match can end the window)
        return self._search(text, pos + len(window) - tail.end(), len(text) if endpos is None else endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)
