"""Paragraphs and items labelled by an ordinal (`SECOND PARAGRAPH:`, `Paragraph two:`, `Second point -`):
an ordinal pointer ("the second paragraph") may mean the one labelled so rather than the one counted, so
it raises both (fail closed, issue 8, round 136). The words are the rules' `governing_statements.ordinals`."""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..document import Portion
from ..lazyre import compile_pattern
from .state import Reading

LABEL_KINDS = {"para": "paragraph", "paragraph": "paragraph", "point": "any", "item": "item", "bullet": "item"}


def ordinal_words(r: Reading) -> str:
    return "|".join(sorted((re.escape(w) for w in r.g.vocabulary.governing_statements.ordinals), key=len, reverse=True))


def ordinal_pointer(r: Reading) -> re.Pattern[str]:
    return _pointer(ordinal_words(r))


# (compiled once per set of ordinal words, keyed by the words themselves: a few milliseconds a compilation,
# asked for by every statement that points by an ordinal)
@functools.lru_cache(maxsize=16)
def _pointer(words: str) -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b(?P<o>{words})[ \t]+(?P<k>para(?:graph)?|point|item|bullet)\b")


@functools.lru_cache(maxsize=16)
def _label(words: str) -> re.Pattern[str]:
    return compile_pattern(
        rf"(?i)[ \t]*(?:(?P<o>{words})[ \t]+(?P<k>para(?:graph)?|point|item|bullet)|(?P<k2>para(?:graph)?|point|item|bullet)"
        rf"[ \t]+(?:(?P<o2>{words})|(?P<d>\d{{1,2}})))\b[ \t]*[:\-\u2013\u2014]")


def labelled_ordinal(r: Reading, ordered: Sequence[Portion], at: int, kind: str, n: int) -> set[int]:
    """The portions (but the statement) whose own text opens with a label naming the `n`-th `kind`
    (`SECOND PARAGRAPH:`, `Paragraph two:`, `Second point -`, any case; `kind` "any": of any kind; the words
    are the rules' `governing_statements.ordinals`): an ordinal pointer raises them beside the counted one, since which
    one it means is not certain (fail closed, round 136)."""
    ordinals = r.g.vocabulary.governing_statements.ordinals
    label = _label(ordinal_words(r))
    found = set()
    for j, q in enumerate(ordered):
        m = label.match(r.text, q.body_start, q.end) if j != at else None
        if m is None:
            continue
        family = LABEL_KINDS[(m.group("k") or m.group("k2")).lower()]
        word = (m.group("o") or m.group("o2") or "").lower()
        number = int(m.group("d")) if m.group("d") else ordinals.get(word, 0)
        if n != 0 and number == n and (kind == "any" or family in (kind, "any")):
            found.add(j)
    return found
