"""A copy of a raised part takes what raised it (fix45a, issue 8): a reply or review record raises a
paragraph (`This one is S`, `s/(U)/(C)/ for para 1`, `[Comment KT1: the paragraph above should be S//NF]`),
and the thread also holds a copy of that paragraph, quoted (`> (U) ...`, under `On ... wrote:`,
`-----Original Message-----`, after `|` or an indent) or not, that still reads `(U)`. The same words
cannot be at two levels: the copy takes the raised part's marking too (fail closed).

A part is raised when its marking now differs from the one it had before any statement or remark
was read (`before`, matched by offsets). A copy is matched by text, never by position: another
portion that holds most of the raised part's words in runs of `_RUN` words in a row (compared in
lower case, without marks, quote signs or punctuation: `repeated.words_of`). It only raises.
"""
from __future__ import annotations

from ..document import Portion
from .raising import Overlaps, raised_to
from .repeated import words_of
from .state import Reading

__all__ = ["raise_raised_copies"]

_RUN = 4  # words in a row that a copy shares with the raised part
_LEAST_WORDS = 8  # a raised part of fewer words is no text to match (a heading, a memo's `MEMORANDUM FOR ...` line)
_MOST = 0.8  # the share of the raised part's words that the copy's shared runs must cover


def _raised(before: list[Portion], portions: list[Portion]) -> list[int]:
    """The indices of `portions` whose marking differs from every portion of `before` at their place."""
    overlaps = Overlaps(before)
    out = []
    for k, p in enumerate(portions):
        if p.marking is None:
            continue
        was = [before[j].marking for j in overlaps(p.start, p.end)]
        now = p.marking.banner() if p.marking.valid else None
        if was and all(m is None or (m.banner() if m.valid else None) != now for m in was) \
                and not all(m is None or not m.valid for m in was):
            out.append(k)
    return out


def _covered(part: list[str], runs: set[tuple[str, ...]]) -> int:
    """How many of `part`'s words stand in one of `runs`."""
    hit = [False] * len(part)
    for i in range(len(part) - _RUN + 1):
        if tuple(part[i:i + _RUN]) in runs:
            hit[i:i + _RUN] = [True] * _RUN
    return sum(hit)


def raise_raised_copies(r: Reading, before: list[Portion], portions: list[Portion]) -> list[Portion]:
    """`portions` with each copy of a raised portion raised to that portion's marking."""
    raised = _raised(before, portions)
    if not raised:
        return portions
    texts = [words_of(r.text[p.body_start:p.end]) for p in portions]
    sources = [k for k in raised if len(texts[k]) >= _LEAST_WORDS]
    if not sources:
        return portions
    grams = [_grams(words_of(r.text[q.start:q.end])) for q in portions]
    holding: dict[tuple[str, ...], list[int]] = {}  # each run of words: the portions that hold it
    for j, held in enumerate(grams):
        for gram in held:
            holding.setdefault(gram, []).append(j)
    out = list(portions)
    for k in sources:
        src = portions[k]
        part = texts[k]
        candidates = sorted({j for gram in _grams(part) for j in holding.get(gram, ())})
        for j in candidates:
            q = out[j]
            if j == k or q.start < src.end and src.start < q.end or q.marking is None or not q.marking.valid:
                continue
            if _covered(part, grams[j]) < _MOST * len(part):
                continue
            if src.marking is not None and not src.marking.valid:
                out[j] = q.with_marking(src.marking)  # a doubtful part's copy is doubtful too
            elif src.marking is not None:
                out[j] = raised_to(r, q, [src.marking], "a copy of a part raised elsewhere in this document")
    return out


def _grams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + _RUN]) for i in range(len(words) - _RUN + 1)}
