"""A control word written in two pieces, split by a space or any punctuation (`NO_FORN` from a
tool, `NO–FORN`, `NO.FORN`, `NO - FORN`, `EX-DIS`): the reader's view leaves out what is
between the pieces, so the word reads whole (`NOFORN`) in a caption, a banner, a cable's
classification line or a portion mark. The pieces are the rules' `split_controls`
(`rules/markings.yaml`), in capitals, each piece a word of its own (`NO FORNICATION`, `SEX DISCOUNT`
are left as written). Reading only raises so: the joined word is a control. Offsets stay exact
(`TextView.leaving_out`).

Cost: one `str.find` per piece after the split, over the view's text; a look at the few
characters before each hit."""
from __future__ import annotations

import functools

from ..markings import Grammar
from ..textview import TextView

# what may stand between the pieces: blanks, or one punctuation sign with blanks around it
_SIGNS = frozenset("-_.·/\\~+\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2022\u00ad")
_BLANKS = frozenset(" \t\u00a0")


@functools.lru_cache(maxsize=8)
def _pieces(grammar: Grammar) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(second piece, first pieces) of the rules' split controls, the second pieces in order."""
    heads: dict[str, list[str]] = {}
    for entry in grammar.vocabulary.split_controls:
        first, second = entry.split()
        heads.setdefault(second, []).append(first)
    return tuple((second, tuple(firsts)) for second, firsts in sorted(heads.items()))


def _gap_before(text: str, at: int) -> int | None:
    """The start of the gap (blanks, or one sign with up to two blanks on either side) that ends
    at `at`, or None when there is none."""
    i = at
    while i > 0 and at - i < 2 and text[i - 1] in _BLANKS:
        i -= 1
    if i > 0 and text[i - 1] in _SIGNS:
        i -= 1
        j = i
        while i > 0 and j - i < 2 and text[i - 1] in _BLANKS:
            i -= 1
    return i if i < at else None


def join_split_controls(view: TextView, grammar: Grammar) -> TextView:
    """`view` with every split control word joined (module docstring)."""
    text = view.text
    gaps: list[tuple[int, int]] = []
    for second, firsts in _pieces(grammar):
        at = text.find(second)
        while at >= 0:
            end = at + len(second)
            if at > 1 and not (end < len(text) and text[end].isalpha()):
                start = _gap_before(text, at)
                if start is not None:
                    for first in firsts:
                        head = start - len(first)
                        if head >= 0 and text.startswith(first, head) and not (head > 0 and text[head - 1].isalpha()):
                            gaps.append((start, at))
                            break
            at = text.find(second, end)
    if not gaps:
        return view
    gaps.sort()
    left_out: list[int] = []
    pieces: list[str] = []
    cursor = 0
    for start, end in gaps:
        if start < cursor:
            continue
        left_out.extend(range(start, end))
        pieces.append(text[cursor:start])
        cursor = end
    pieces.append(text[cursor:])
    return view.leaving_out("".join(pieces), left_out)
