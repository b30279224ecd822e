"""A marking word broken over a line end by an ASCII hyphen (`(CONFI-` / `DENTIAL)`, `SE-` /
`CRET//NOFORN`, `REL TO USA, A-` / `US`): the reader's view leaves out the hyphen and the line
end (and the spaces around them), so the word reads whole. Only where the joined word is a word
of the marking vocabulary or of its statements in words (`foreign gov-` / `ernments`) and the
two pieces are in capitals (or the second goes on in lower case: `Confi-` / `dential`): ordinary
hyphenated prose (`ANTI-` / `CORRUPTION`, `well-` /
`known`) is left as written. A file name wrapped after one of its own hyphens
(`Ankara_readout_S-` / `NF.docx`) is joined too, its hyphen kept: the line end alone goes, so
the name reads whole (`Ankara_readout_S-NF.docx`: the file-name classification of the rules).
Offsets stay exact: the view's map composes (`TextView.leaving_out`)."""
from __future__ import annotations

import functools
import re

from ..lazyre import lazy
from ..markings import Grammar
from ..textview import TextView

# a word, an ASCII hyphen at the end of its line, the word going on at the start of the next
_BROKEN = lazy(r"(?<![A-Za-z])(?P<head>[A-Za-z]{1,20})-[ \t]*\n[ \t]*(?P<tail>[A-Za-z]{1,20})(?![A-Za-z])")
# a file name (an underscore in it) wrapped after a hyphen of its own, its extension on the next line
_WRAPPED_NAME = lazy(r"(?<![\w.\-])[\w.\-]{0,100}_[\w.\-]{0,100}?\w-(?P<end>[ \t]*\n[ \t]*)[\w\-]{1,60}\.[A-Za-z]{2,4}\b")


@functools.lru_cache(maxsize=8)
def marking_words(grammar: Grammar) -> frozenset[str]:
    """The words (three letters or more, in capitals) of the marking vocabulary: every token the
    grammar reads, the cable classification lines, the handling statements, country codes; and
    the words (five letters or more) that the statements in words need (`GOVERNMENTS` of "not for
    dissemination to foreign gov-" / "ernments")."""
    vocabulary = grammar.vocabulary
    phrases = [*grammar.all_tokens, *grammar.cable_line_words, *(spec.pattern for spec in vocabulary.handling_statements),
               *vocabulary.countries, *vocabulary.tetragraphs]
    words = {word for phrase in phrases for word in re.findall(r"[A-Z]{3,}", phrase.upper())}
    words.update(word.upper() for pattern, _, _ in grammar.in_words for clause in pattern.words for word, _ in clause
                 if len(word) >= 5 and word.isascii() and word.isalpha())
    return frozenset(words)


def join_marking_hyphens(view: TextView, grammar: Grammar) -> TextView:
    """`view` with every marking word broken by a hyphen at a line end joined (module docstring)."""
    text = view.text
    if "-" not in text or "\n" not in text:
        return view
    words = marking_words(grammar)
    gaps: list[tuple[int, int]] = []
    for m in _BROKEN.finditer(text):
        head, tail = m.group("head"), m.group("tail")
        if not (tail.islower() or (head.isupper() and tail.isupper())):
            continue
        joined = (head + tail).upper()
        if joined not in words and not (joined.endswith("S") and joined[:-1] in words):
            continue
        gaps.append((m.end("head"), m.start("tail")))
    if "_" in text:
        gaps += [m.span("end") for m in _WRAPPED_NAME.finditer(text)]
    left_out: list[int] = []
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(set(gaps)):
        if start < cursor:
            continue
        left_out.extend(range(start, end))
        pieces.append(text[cursor:start])
        cursor = end
    if not left_out:
        return view
    pieces.append(text[cursor:])
    return view.leaving_out("".join(pieces), left_out)
