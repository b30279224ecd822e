"""Paragraphs a writer counts when one sentence runs on across a blank line (fixrev37b, review37b p01, p03, p04).

Double-spaced text whose every line carries its own `(U)` mark (`(U) ... discussed the` / (blank) / `(U) upcoming
trade fair, ...`) holds one paragraph in two portions that a blank line parts. "The third paragraph below" may count
the blank-line blocks or the paragraphs a reader sees (the sentence run on is one): which one is meant cannot be
told, so a caller raises the n-th paragraph of each count (fail closed). Nothing here narrows a choice.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..document import Portion


def sentence_goes_on(text: str, a: Portion, b: Portion) -> bool:
    """Whether `a` ends in the middle of a sentence (on a word or a comma, with no other punctuation) that `b` goes on
    with in lower case, read after `b`'s own mark when it carries one (`(U) upcoming trade fair`): double-spaced
    lines of one paragraph, which a count of paragraphs may not count twice (review36f 34, review37b p01)."""
    ending = text[a.start:a.end].rstrip()
    opening = text[max(b.start, b.body_start):b.end].lstrip()
    return bool(ending) and (ending[-1].isalpha() or ending[-1] == ",") and opening[:1].islower()


def joined_paragraphs(text: str, portions: Sequence[Portion], indices: Sequence[int]) -> list[list[int]]:
    """`indices` (portions in document order) grouped into the paragraphs a reader sees: each portion that goes on
    with the sentence of the one before it (`sentence_goes_on`) joins that one's group."""
    groups: list[list[int]] = []
    for k in indices:
        if groups and sentence_goes_on(text, portions[groups[-1][-1]], portions[k]):
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups
