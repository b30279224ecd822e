"""A quoted passage that carries its own mark inside a portion: `the post's cable said ``the prime
minister has already decided to call early elections (C)'' and we should not echo that`, `The
article reads in part: ‘The minister is receiving payments ... (S)’ The ministry called the report
baseless.`

The mark stands at the end of the quoted text, right before the closing quotation mark: it marks
the quotation, which opens at the matching opening mark. Read as a mark inside the portion, it
raised the whole portion (`evidence._marks_inside`: a mark closed by punctuation marks what comes
before it, and how far back is not known). Here it is known: `quoted_pieces` splits the portion
into the text before the quotation, the quotation, and the text after it. The quotation takes the
portion's marking raised by its mark (fail closed: an unmarked quotation takes what unmarked text
takes, raised by the mark); the text around it keeps the portion's own.

Only when certain: every mark inside the portion that would raise it closes a quotation this way
(another mark may mark the text around it: the portion is raised whole, as before); the opening
mark is a distinct opening character (`“`, `‘`, two backquotes, `«`) or a straight double quote
that opens (an even number of them before it in the portion); straight single quotes (apostrophes)
open nothing; the quotation holds no line of its own that opens with a mark.
"""
from __future__ import annotations

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from .state import Reading

# after the mark: an optional full stop, then the closing quotation mark
_CLOSING = compile_pattern(r"[ \t]*[.!?]?[ \t]*(?P<close>”|’|''|\"|»|'(?![\w']))")
_SINGLE_OPENER = compile_pattern(r"(?:(?<=[\s(\[:—–])|^)'(?=[\w\"])")
_OPENERS = {"”": "“", "’": "‘", "''": "``", "»": "«"}


def _opening(text: str, lo: int, at: int, close: str) -> int | None:
    """Where the quotation closed at `at` by `close` opens, in `text[lo:at]`; None when that is not certain."""
    if close == "'":  # (the view folds curly quotes: an opening one stands after a blank, before a letter)
        openers = [m.start() for m in _SINGLE_OPENER.finditer(text, lo, at)]
        if len(openers) != 1 or _SINGLE_OPENER.search(text, openers[0] + 1, at) is not None:
            return None
        return openers[0]
    if close == '"':
        before = text.count('"', lo, at)
        if before % 2 != 1:
            return None
        opened = text.rfind('"', lo, at)
        return opened if opened >= 0 else None
    opener = _OPENERS[close]
    opened = text.rfind(opener, lo, at)
    if opened < 0 or text.find(close, opened + len(opener), at) >= 0:
        return None
    return opened


def quoted_pieces(r: Reading, p: Portion, found: list[tuple[Marking, int, int]]) -> list[Portion] | None:
    """`p` split around each quotation whose own mark closes it (module docstring), or None."""
    text = r.text
    lo = p.mark_end if p.mark_end is not None else p.body_start
    quotes: list[tuple[int, int]] = []
    for mark, ms, me in sorted(found, key=lambda f: f[1]):
        if p.explicit and p.marking is not None:
            raised = r.g.rollup([p.marking, mark])
            if raised is not None and raised.banner() == p.marking.banner() and mark.valid:
                continue  # (a mark that raises nothing splits nothing)
        m = _CLOSING.match(text, me)
        if m is None or not mark.valid or m.end() > p.end:
            return None
        opened = _opening(text, max(lo, quotes[-1][1] if quotes else lo), ms, m.group("close"))
        if opened is None or "\n(" in text[opened:ms] or not text[opened:ms].strip(" \t\"“‘`«"):
            return None
        quotes.append((opened, m.end()))
    if not quotes:
        return None
    pieces: list[Portion] = []
    at = p.start
    for opened, closed in quotes:
        if text[at:opened].strip():
            pieces.append(_piece(p, *_trimmed(text, at, opened, not pieces), first=not pieces))
        pieces.append(_piece(p, *_trimmed(text, opened, closed, not pieces), first=not pieces))
        at = closed
    if text[at:p.end].strip():
        pieces.append(_piece(p, *_trimmed(text, at, p.end, False), first=False))
    r.problem("QUOTED_MARK", "info", "a quotation marked at its end takes its mark; the text around it keeps "
              "the portion's", p.start, p.end)
    return pieces


def _piece(p: Portion, start: int, end: int, first: bool) -> Portion:
    if first:
        return Portion(p.start, end, p.body_start, p.kind, p.number, p.marking, p.explicit, p.mark_start, p.mark_end)
    return Portion(start, end, start, p.kind, None, p.marking, p.explicit)


def _trimmed(text: str, start: int, end: int, first: bool) -> tuple[int, int]:
    """`start:end` without the blanks around it (the first piece keeps its start: the portion's)."""
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    while not first and start < end and text[start] in " \t\n":
        start += 1
    return start, end
