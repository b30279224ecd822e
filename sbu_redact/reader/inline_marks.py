"""A higher mark in the middle of a portion's line, where no new portion begins (fixmarks35).

    2. (U) U.S. EXPORTERS SUBMITTED COMMENTS. AS REF A REPORTED, (C) THE VICE MINISTER TOLD ...

`marks.embedded` finds a second mark where a new portion would begin (after a sentence end, a
table bar); a mark after a comma, a conjunction or a semicolon-less clause break was not read,
and the classified clause was released with the (U) portion (adv145-022). Here every
mark-shaped token inside a portion's text, `(C)`, `(S//NF)`, `[S]`, after a blank and followed by
a blank and text, that reads as a mark with a level is one more mark inside the portion: the
caller raises the portion by it (never lowers) and a mark that reads with errors makes the portion
doubtful. Left alone: letters of a run of list letters (`(a) travel, (b) lodging, and (c) per
diem`; `(A) ... (B) ... (C)`), a lower-case letter, a copyright or company notice
(`(C) 2026 Reuters`), a mark talked about (`example_cue` before it: `a portion marked (C) is ...`; the backstop's mention words
after it: `(TS//NF) indicates`; one of a list of marks: `(C) or (S) on ...`)
a legend that glosses a mark by its level's name (`(C) confidential, (S) secret`) and an abbreviation defined by the initials of the words right before it (`Tropical Storm (TS)`).
"""
from __future__ import annotations

from ..lazyre import compile_pattern
from ..markings import Marking
from .backstop import mention_after, mention_defined
from .marks import _is_notice
from .state import Reading

_INLINE = compile_pattern(r"(?<=[ \t\n])(?P<mark>[(\[](?P<inner>[A-Z][A-Za-z/ \-]{0,30})[)\]])(?=[ \t]+\S)")
_WORD = compile_pattern(r"[^\W\d_][\w'’\-]*")
_MARK_LIST = compile_pattern(r"[ \t]*(?:,[ \t]*)?(?:or|and|,)[ \t]+[(\[][A-Z][A-Za-z/ \-]{0,30}[)\]]"
                             r"|[ \t]+(?:is|are)[ \t]+the\b")  # (`condition (C) is the consumption link`: a label defined)
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
        before = text[max(start, text.rfind("\n", 0, m.start("mark")) + 1):m.start("mark")]
        line_end = text.find("\n", m.end("mark"))
        after = text[m.end("mark"):line_end if line_end != -1 else len(text)]
        if r.g.example_cue.search(before) or _defined_by(inner, before) or _talked_about(r, m.group("mark"), after):
            continue  # (a mark talked about, `a portion marked (C) is ...`; an abbreviation, `Tropical Storm (TS) Lorna`)
        marking = r.marks.read_mark(inner)
        if marking is None or marking.level is None:
            continue  # (`(MFA)`, `(EU)`: an acronym, no mark)
        if " ".join(text[m.end("mark"):m.end("mark") + 40].split()).upper().startswith(marking.level.upper()):
            continue  # (a legend, `(C) confidential, (S) secret`: the mark glossed by its level's name)
        found.append((marking, m.start("mark"), m.end("mark")))
    return found


def _talked_about(r: Reading, mark: str, after: str) -> bool:
    """Is the mark talked about, not applied: the words after it say so (`backstop`'s mention words:
    `(TS//NF) indicates`, `(C) at the start of a paragraph means that paragraph is ...`), or it is one of a
    list of marks (`(C) or (S) on anything drawn from ...`), or a label being defined (`condition (C) is the ...`)?"""
    sentence = mark + after.split(". ", 1)[0]
    return bool(mention_after(r.g).match(after)
                or mention_defined(r.g).search(sentence) or _MARK_LIST.match(after))


def _defined_by(inner: str, before: str) -> bool:
    """Is `inner` the initials of the words right before it (`Tropical Storm (TS)`, `the Counselor (C)`): an
    abbreviation defined there, no mark? A single letter counts only after a word in title case (a name)."""
    letters = inner.replace(" ", "")
    words = _WORD.findall(before)[-len(letters):] if letters.isalpha() else []
    if len(words) != len(letters) or before[-1:] not in (" ", "\t"):
        return False
    if len(letters) == 1 and not (words[0][:1].isupper() and words[0][1:].islower()):
        return False
    return "".join(w[0] for w in words).upper() == letters.upper()


def _in_a_run(letter: str, letters: set[str]) -> bool:
    """Is `letter` one of a run of list letters, its neighbour in the alphabet bracketed in the same portion?"""
    return chr(ord(letter) - 1) in letters or chr(ord(letter) + 1) in letters
