"""A higher mark in the middle of a portion's line, where no new portion begins (fixmarks35).

    2. (U) U.S. EXPORTERS SUBMITTED COMMENTS. AS REF A REPORTED, (C) THE VICE MINISTER TOLD ...

`marks.embedded` finds a second mark where a new portion would begin (after a sentence end, a
table bar); a mark after a comma, a conjunction or a semicolon-less clause break was not read,
and the classified clause was released with the (U) portion (adv145-022). Here every
mark-shaped token inside a portion's text, `(C)`, `(S//NF)`, `[S]`, after a blank and followed by
a blank and text, that reads as a mark with a level is one more mark inside the portion: the
caller raises the portion by it (never lowers) and a mark that reads with errors makes the portion
doubtful. Left alone only what is provably no mark
(open36a: every other exception released the mark's text, review35c): a letter of a run of list letters
that the portion spells out from `(A)` in order, each once, right up to it (`(A) travel, (B) lodging, and (C) per
diem`), or that the reader took for a list letter at a line start (`marks.is_enumerator`: `(A)`, `(B)`, `(C)` lines); a lower-case letter; a copyright or company notice that is the whole rest of the portion (`(C) Reuters 2026`), or
the whole rest of its line where it says it is one (`(C) 2026 Acme Corp. All rights reserved.`); a legend whose whole rest is marks glossed by their own names (`(C) confidential,
(S) secret.`). A mark talked about (`marked (C) the ...`, `than (S) usual`, `(S) CABLES ...`, `(S) is the ...`) or
after words with its initials (`in Seoul (S) the ...`, `Threat Section (TS) the ...`) may be applied as well: it
raises the portion (fail closed; over-redaction goes to the review list, not the release).
"""
from __future__ import annotations

from ..lazyre import compile_pattern
from ..markings import Marking
from .marks import _is_notice, _line_after, stated_notice
from .state import Reading

_INLINE = compile_pattern(r"(?<=[ \t\n])(?P<mark>[(\[](?P<inner>[A-Z][A-Za-z/ \-]{0,30})[)\]])(?=[ \t]+\S)")
_LETTER = compile_pattern(r"(?<![\w.])[(\[](?P<letter>[A-Za-z])[)\]]")
# what a legend holds besides its marks and their level names: joining words and punctuation
_LEGEND_TOKEN = compile_pattern(r"(?P<mark>[(\[][A-Z][A-Za-z/ \-]{0,30}[)\]])|(?P<word>[^\W\d_]+)|[\s,;:=.\-\u2013\u2014/]+")
_LEGEND_JOINS = frozenset({"and", "or"})


def inline_marks(r: Reading, start: int, end: int, seen: set[int]) -> list[tuple[Marking, int, int]]:
    """Marks with a level inside `r.text[start:end]` that no other rule read (`seen`: starts of
    the marks already found), as (marking, start, end)."""
    text = r.text
    if text.find("(", start, end) == -1 and text.find("[", start, end) == -1:
        return []
    found: list[tuple[Marking, int, int]] = []
    for m in _INLINE.finditer(text, start, end):
        if m.start("mark") in seen:
            continue
        inner = m.group("inner").strip()
        if len(inner) == 1 and (r.marks.is_enumerator(m.start("mark")) or _spelled_out_run(text, start, m.start("mark"), inner)):
            continue  # (`(A) ..., (B) ..., and (C) ...`: a list letter, its run spelled out before it)
        rest = " ".join(text[m.end("mark"):end].split())
        if inner == "C" and (_is_notice(r.g, " " + rest) or stated_notice(r.g, _line_after(text, m.end("mark")))):
            continue  # (`(C) 2026 Acme Corp. All rights reserved.`: a notice, all that follows it, or its whole line)
        marking = r.marks.read_mark(inner)
        if marking is None or marking.level is None:
            continue  # (`(MFA)`, `(EU)`: an acronym, no mark)
        if _legend(r, marking, rest):
            continue  # (`(C) confidential, (S) secret.`: marks glossed by their names, and nothing else)
        found.append((marking, m.start("mark"), m.end("mark")))
    return found


def _spelled_out_run(text: str, start: int, at: int, letter: str) -> bool:
    """Do the bracketed single letters of the portion before `at` spell `(A)`, `(B)`, ... up to the letter
    before `letter`, in order and each once (a list of items, `letter` its next)? Anything else (a letter
    repeated, `REF (B)` ... `(C)`; one skipped, `REFS (B) AND (D)`) leaves `letter` a mark."""
    before = [x.group("letter") for x in _LETTER.finditer(text, start, at)]
    return bool(before) and before == [chr(c) for c in range(ord("A"), ord(letter))]


def _legend(r: Reading, marking: Marking, rest: str) -> bool:
    """Is `rest` (the portion after a mark) a legend and nothing else: the mark's own level name first, then only
    marks, their level and control names, `and`/`or` and punctuation (`(C) confidential, (S) secret.`)?"""
    names = set(marking.banner().casefold().replace("/", " ").split())
    first = True
    for t in _LEGEND_TOKEN.finditer(rest):
        if t.group("mark"):
            other = r.marks.read_mark(t.group("mark")[1:-1].strip())
            if other is None or other.level is None:
                return False
            names |= set(other.banner().casefold().replace("/", " ").split())
        elif t.group("word"):
            word = t.group("word").casefold()
            if word not in names and (first or word not in _LEGEND_JOINS):
                return False
            first = False
    return not first and _LEGEND_TOKEN.sub("", rest).strip() == ""
