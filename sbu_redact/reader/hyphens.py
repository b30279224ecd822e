"""A marking word broken over a line end by an ASCII hyphen (`(CONFI-` / `DENTIAL)`, `SE-` /
`CRET//NOFORN`, `REL TO USA, A-` / `US`): the reader's view leaves out the hyphen and the line
end (and the spaces around them), so the word reads whole. Only where the joined word is a word
of the marking vocabulary and the two pieces are in capitals (or the second goes on in lower
case: `Confi-` / `dential`): ordinary hyphenated prose (`ANTI-` / `CORRUPTION`, `well-` /
`known`) is left as written. Offsets stay exact: the view's map composes
(`TextView.leaving_out`)."""
from __future__ import annotations

import functools
import re

from ..lazyre import lazy
from ..markings import Grammar
from ..textview import TextView

# a word, an ASCII hyphen at the end of its line, the word going on at the start of the next
_BROKEN = lazy(r"(?<![A-Za-z])(?P<head>[A-Za-z]{1,20})-[ \t]*\n[ \t]*(?P<tail>[A-Za-z]{1,20})(?![A-Za-z])")


@functools.lru_cache(maxsize=8)
def marking_words(grammar: Grammar) -> frozenset[str]:
    """The words (three letters or more, in capitals) of the marking vocabulary: every token the
    grammar reads, the cable classification lines, the handling statements, country codes."""
    vocabulary = grammar.vocabulary
    phrases = [*grammar.all_tokens, *grammar.cable_line_words, *(spec.pattern for spec in vocabulary.handling_statements),
               *vocabulary.countries, *vocabulary.tetragraphs]
    return frozenset(word for phrase in phrases for word in re.findall(r"[A-Z]{3,}", phrase.upper()))


def join_marking_hyphens(view: TextView, grammar: Grammar) -> TextView:
    """`view` with every marking word broken by a hyphen at a line end joined (module docstring)."""
    text = view.text
    if "-" not in text or "\n" not in text:
        return view
    words = marking_words(grammar)
    left_out: list[int] = []
    pieces: list[str] = []
    cursor = 0
    for m in _BROKEN.finditer(text):
        head, tail = m.group("head"), m.group("tail")
        if not (tail.islower() or (head.isupper() and tail.isupper())):
            continue
        if (head + tail).upper() not in words:
            continue
        left_out.extend(range(m.end("head"), m.start("tail")))
        pieces.append(text[cursor:m.end("head")])
        cursor = m.start("tail")
    if not left_out:
        return view
    pieces.append(text[cursor:])
    return view.leaving_out("".join(pieces), left_out)
