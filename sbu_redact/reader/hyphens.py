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

# an ASCII hyphen at the end of a line (its spaces after it, the line end, the next line's indent)
_LINE_HYPHEN = lazy(r"-(?P<end>[ \t]*\n[ \t]*)")
_HEAD = lazy(r"(?<![A-Za-z])[A-Za-z]{1,20}$")  # the piece of a word before the hyphen
_TAIL = lazy(r"[A-Za-z]{1,20}(?![A-Za-z])")  # ... and after the line end
# a file name (an underscore in it) before the hyphen, its extension on the next line
_NAME_HEAD = lazy(r"(?<![\w.\-])[\w.\-]{0,100}_[\w.\-]{0,100}\w$")
_NAME_TAIL = lazy(r"[\w\-]{1,60}\.[A-Za-z]{2,4}\b")


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
    for m in _LINE_HYPHEN.finditer(text):
        at, after = m.start(), m.end()
        head = _HEAD.search(text, max(0, at - 20), at)
        tail = _TAIL.match(text, after)
        if head is not None and tail is not None:
            first, rest = head.group(0), tail.group(0)
            joined = (first + rest).upper()
            if (rest.islower() or (first.isupper() and rest.isupper())) \
                    and (joined in words or (joined.endswith("S") and joined[:-1] in words)):
                gaps.append((at, after))  # the hyphen, the line end and the indent go
                continue
        if "_" in text[max(0, at - 200):at] and _NAME_TAIL.match(text, after) \
                and _NAME_HEAD.search(text, max(0, at - 201), at) is not None:
            gaps.append(m.span("end"))  # a wrapped file name: the hyphen stays
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
