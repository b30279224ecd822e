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


from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .raising import raised_to
from .state import Reading

__all__ = ["repeated_text"]

_WORD = lazy(r"\w+")
_RUN = 12  # words in a row that make two portions' text the same text


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + _RUN]) for i in range(len(words) - _RUN + 1)}


def repeated_text(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each raised to the marking of every explicitly marked portion that holds
    a run of its words (see the module's docstring)."""
    marked = [p for p in portions if p.explicit and p.marking is not None and p.marking.valid]
    if not marked or len({p.marking.banner() for p in portions if p.marking is not None}) < 2:  # type: ignore[union-attr]
        return portions  # one marking throughout: nothing to raise
    words = [_WORD.findall(r.text[p.body_start:p.end].casefold()) for p in portions]
    source: dict[tuple[str, ...], list[Marking]] = {}
    for p, said in zip(portions, words):
        if p.explicit and p.marking is not None and p.marking.valid and len(said) >= _RUN:
            for run in _runs(said):
                source.setdefault(run, []).append(p.marking)
    if not source:
        return portions
    out = []
    for p, said in zip(portions, words):
        if p.marking is not None and p.marking.valid and len(said) >= _RUN:
            stated = [m for run in _runs(said) for m in source.get(run, ())]
            if stated:
                p = raised_to(r, p, stated, "the same words stand in a portion marked higher in this document")
        out.append(p)
    return out
