"""Exact targets for the fail-closed fallback (`scope.py`): a statement for other text that
governing statements (`governing.py`) did not read, but that names its target so plainly that
the target is certain. The fallback then raises that target (and the statement's own portion, as
it would), not every portion the statement could mean.

Resolved here, only when nothing else could be meant (else the fallback stays):

- a numbered paragraph (`para 4 carries the wrong marking; it should be (C)`, `UPGRADE PARA 3 TO
  CONFIDENTIAL`): the statement's portion names one paragraph number and no other text (its only
  words naming other text are `para`/`paragraph`, each of them in a `para N`), nothing says the
  paragraph is another document's (`of`/`in`/`from` after it, `its`/`your` before it, a
  reference in its sentence, `>` quoting), exactly one portion of the document is numbered N,
  no two portions share a number, and all numbered portions are in one message (a reply names
  the paragraphs of the message it quotes when that one alone has numbers). What it names is that portion and its
  sub-items (as governing.py reads `PARA 3`).
"""
from __future__ import annotations

from bisect import bisect_right

from ..document import Portion
from ..lazyre import compile_pattern
from .governing import _QUOTED_HEADER, _subitems
from .state import Reading

_PARA_REF = compile_pattern(r"(?i)\b(?:para(?:graph)?|¶)\.?[ \t]*(?:(?:no\.|number|#)[ \t]*)?(\d{1,3})\b")
_PARA_WORD = compile_pattern(r"(?i)\bpara(?:graph)?\b|¶")
_REF_AFTER = compile_pattern(r"(?i)(?:[.\-\u2013]\d|[ \t]*(?:[,&/\-\u2013]|\band\b|\bor\b|\bthrough\b|\bthru\b|\bto\b)[ \t]*\(?\d"
                             r"|[ \t]*\(?[a-z]\)|[ \t]*,?[ \t]*(?:of|in|from|on|at)\b)")
_REF_BEFORE = compile_pattern(r"(?i)\b(?:its|their|his|her|your|my|our|that|same|reftel|ref|cable|memo|message|"
                              r"e-?mail|letter|note|doc(?:ument)?|report|version|draft|[a-z]+'s)[ \t]*$")
_QUOTE_LINE = compile_pattern(r"(?m)^[ \t]*>")
_OWN_WORDS = frozenset({"para", "paragraph"})


def exact_target(r: Reading, ordered: list[Portion], at: int, refers: list[str]) -> set[int] | None:
    """The positions in `ordered` (the portions in document order) of what the statement in
    `ordered[at]` names, when that is certain (module docstring); None when it is not."""
    if not refers or not set(refers) <= _OWN_WORDS:
        return None
    return _numbered_paragraph(r, ordered, at)


def _numbered_paragraph(r: Reading, ordered: list[Portion], at: int) -> set[int] | None:
    p = ordered[at]
    refs = list(_PARA_REF.finditer(r.text, p.start, p.end))
    if not refs or len({int(m.group(1)) for m in refs}) != 1:
        return None
    if sum(1 for _ in _PARA_WORD.finditer(r.text, p.start, p.end)) != len(refs):
        return None  # ("the para on the tender" beside "para 3": which one it means is not certain)
    for m in refs:
        if _REF_AFTER.match(r.text, m.end()) is not None:
            return None  # `para 4 of my 0900`, `para 3 and 4`, `para 3(b)`, `para 2.4`
        if _REF_BEFORE.search(r.text, max(p.start, m.start() - 40), m.start()) is not None:
            return None  # `its paragraph 4`, `reftel para 2`
        lo, hi = _sentence(r.text, m.start(), m.end(), p.start, p.end)
        if r.g.scope_elsewhere.compiled.search(r.text, lo, hi) is not None:
            return None  # ("In reftel, para 2 ...": another document's; a reference in another sentence is not)
    if _QUOTE_LINE.search(r.text) is not None:
        return None  # (`>` quoting: what a paragraph of the quoted text is cannot be told from the portions)
    numbers = [q.number for q in ordered if q.number is not None]
    if len(numbers) != len(set(numbers)):
        return None
    # one message only holds numbered paragraphs (a reply over the message it quotes names the
    # quoted message's paragraphs when that one alone has numbers)
    starts = sorted({0, *(h.start() for h in _QUOTED_HEADER.finditer(r.text)),
                     *(h.start() for h in r.g.quoted_message_start.compiled.finditer(r.text))})
    if len({bisect_right(starts, q.start) for q in ordered if q.number is not None}) != 1:
        return None
    n = int(refs[0].group(1))
    found = [j for j, q in enumerate(ordered) if q.number == n]
    if len(found) != 1 or found[0] == at:
        return None
    return {found[0], *_subitems(r.text, ordered, {found[0]})} - {at}


def _sentence(text: str, start: int, end: int, floor: int, ceiling: int) -> tuple[int, int]:
    """The sentence (or clause) holding `start:end`, within `floor:ceiling`."""
    lo = max(floor, *(text.rfind(c, floor, start) + 1 for c in ".!?;\n"))
    ends = [e for e in (text.find(c, end, ceiling) for c in ".!?;\n") if e >= 0]
    return lo, min(ends) if ends else ceiling
