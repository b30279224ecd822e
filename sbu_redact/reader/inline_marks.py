"""A higher mark in the middle of a portion's line, where no new portion begins (fixmarks35).

    2. (U) U.S. EXPORTERS SUBMITTED COMMENTS. AS REF A REPORTED, (C) THE VICE MINISTER TOLD ...

`marks.embedded` finds a second mark where a new portion would begin (after a sentence end, a
table bar); a mark after a comma, a conjunction or a semicolon-less clause break was not read,
and the classified clause was released with the (U) portion (adv145-022). Here every
mark-shaped token inside a portion's text, `(C)`, `(S//NF)`, `[S]`, after a blank and followed by
a blank and text, that reads as a mark with a level is one more mark inside the portion: the
caller raises the portion by it (never lowers) and a mark that reads with errors makes the portion
doubtful. Left alone: letters of a run of list letters (`(a) travel, (b) lodging, and (c) per
diem`; `(A) ... (B) ... (C)`), a lower-case letter, and a copyright or company notice
(`(C) 2026 Reuters`).
"""
from __future__ import annotations

from ..lazyre import compile_pattern
from ..markings import Marking
from .marks import _is_notice
from .state import Reading

_INLINE = compile_pattern(r"(?<=[ \t\n])(?P<mark>[(\[](?P<inner>[A-Z][A-Za-z/ \-]{0,30})[)\]])(?=[ \t]+\S)")
_YEAR = compile_pattern(r"[ \t]+(?:19|20)\d\d\b")
_LETTER = compile_pattern(r"(?<![\w.])[(\[](?P<letter>[A-Za-z])[)\]]")


def inline_marks(r: Reading, start: int, end: int, seen: set[int]) -> list[tuple[Marking, int, int]]:
    """Marks with a level inside `r.text[start:end]` that no other rule read (`seen`: starts of
    the marks already found), as (marking, start, end)."""
    text = r.text
    if text.find("(", start, end) == -1 and text.find("[", start, end) == -1:
        return []
    found: list[tuple[Marking, int, int]] = []
    letters: set[str] | None = None
    for m in _INLINE.finditer(text, start, end):
        if m.start("mark") in seen:
            continue
        inner = m.group("inner").strip()
        if len(inner) == 1:
            if letters is None:
                letters = {x.group("letter").upper() for x in _LETTER.finditer(text, start, end)}
            if _in_a_run(inner, letters):
                continue  # (a list letter among its neighbours: `(b) ..., and (c) ...`)
            after = text[m.end("mark"):m.end("mark") + 120].split("\n", 1)[0]
            if inner == "C" and (_is_notice(r.g, after) or _YEAR.match(after)):
                continue  # (`(C) 2026 Reuters`: a copyright notice, also in the middle of a line)
        marking = r.marks.read_mark(inner)
        if marking is None or marking.level is None:
            continue  # (`(MFA)`, `(EU)`: an acronym, no mark)
        found.append((marking, m.start("mark"), m.end("mark")))
    return found


def _in_a_run(letter: str, letters: set[str]) -> bool:
    """Is `letter` one of a run of list letters, its neighbour in the alphabet bracketed in the same portion?"""
    return chr(ord(letter) - 1) in letters or chr(ord(letter) + 1) in letters
