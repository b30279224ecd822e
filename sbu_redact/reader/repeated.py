"""Text a document holds twice under different marks: a paragraph that a user re-marked lower by
hand ("I changed para 2 to U since it was in the press") above the original that keeps its
`(C)`, a reply that re-marks a quoted `(S//NF)` sentence `(U//FOUO)`. The same words cannot be at
two levels: every portion that holds a run of words an explicitly marked portion also holds takes
that portion's marking too (fail closed: the highest mark the text was given wins, round 39).

A run is twelve words in a row, compared in lower case with punctuation and quote signs left
out, so boilerplate of a few words does not count. Only explicit marks raise (an author's mark on
that text); the copy may be marked or not. It never lowers a portion.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate
from operator import sub

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .raising import raised_to
from .state import Reading

__all__ = ["repeated_text", "word_runs", "words_of"]

# a word of running text: not a tag's name (`<p>`, `</p>`) nor an entity's (`&amp;`)
_WORD = lazy(r"(?<![<&/])\b\w+\b(?![>;])")
_RUN = 12  # words in a row that make two portions' text the same text


def words_of(text: str) -> list[str]:
    """The words of running text `text`, in lower case, without punctuation, quote signs or markup."""
    return _WORD.findall(text.casefold())


def word_runs(text: str, length: int, skip: re.Pattern[str] | None = None) -> Counter[tuple[str, ...]]:
    """Every run of `length` words of `text` (with how often it stands there), in lower case,
    without punctuation or markup, leaving out the lines `skip` matches. Also how
    `evidence._closed_parts` tells a part's text from the rest of its file."""
    if skip is None:
        words = _WORD.findall(text.casefold())
    else:
        words = [w for line in text.splitlines() if not skip.match(line) for w in _WORD.findall(line.casefold())]
    return _runs(words, length)


def _runs(words: list[str], length: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i:i + length]) for i in range(len(words) - length + 1))


def run_sums(words: list[str], length: int) -> set[int]:
    """The sum of the hashes of the words of each run of `length` words (each run a sum; equal
    runs, equal sums), made in C (`accumulate`, `map`): two portions whose sums are all apart
    share no run, which is what most documents show, and then no run needs making."""
    if len(words) < length:
        return set()
    totals = [0, *accumulate(map(hash, words))]
    return set(map(sub, totals[length:], totals[:-length]))


def repeated_text(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each raised to the marking of every explicitly marked portion that holds
    a run of its words (see the module's docstring)."""
    marked = [p for p in portions if p.explicit and p.marking is not None and p.marking.valid]
    if not marked or len({p.marking.banner() for p in portions if p.marking is not None}) < 2:  # type: ignore[union-attr]
        return portions  # one marking throughout: nothing to raise
    words = [_WORD.findall(r.text[p.body_start:p.end].casefold()) for p in portions]
    # the runs of a portion that shares no run with another (no sum of its runs is another's)
    # are its own only: they raise it to its own marking at most, and are not made
    sums = [run_sums(w, _RUN) for w in words]
    seen: set[int] = set()
    twice: set[int] = set()
    for held in sums:
        twice |= held & seen
        seen |= held
    runs = [_runs(w, _RUN) if held and not held.isdisjoint(twice) else None for w, held in zip(words, sums)]
    # each run's markings once each, in first-seen order: equal markings are one (the roll-up of
    # equal markings is the roll-up of one of them), so that a text repeated n times costs n, not n x n
    source: dict[tuple[str, ...], dict[int, Marking]] = {}
    one: dict[Marking, Marking] = {}  # (each marking's first equal)
    one_of: dict[int, Marking] = {}  # (the same, by object: a marking is hashed once)
    own: list[Marking | None] = []  # (each portion's marking's first equal, if explicitly marked and valid)
    for p, said in zip(portions, runs):
        marking = None
        if p.explicit and p.marking is not None and p.marking.valid:
            marking = one_of.get(id(p.marking))
            if marking is None:
                marking = one_of[id(p.marking)] = one.setdefault(p.marking, p.marking)
            for run in said or ():
                source.setdefault(run, {}).setdefault(id(marking), marking)
        own.append(marking)
    if not any(marking is not None and held for marking, held in zip(own, sums)):
        return portions  # no explicitly marked portion holds a run
    out = []
    for p, said, held, marking in zip(portions, runs, sums, own):
        if p.marking is not None and p.marking.valid and held:
            found: dict[int, Marking] = {}
            if said is None:  # (its runs are its own)
                if marking is not None:
                    found[id(marking)] = marking
            else:
                for run in said:
                    for key, m in source.get(run, {}).items():
                        found.setdefault(key, m)
            stated = list(found.values())
            if stated:
                p = raised_to(r, p, stated, "the same words stand in a portion marked higher in this document")
        out.append(p)
    return out
