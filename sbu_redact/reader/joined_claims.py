"""A note that joins a claim about one named part to a second clause about another (fix46i, issue 8).

`il paragrafo 2 è solo per il personale americano e il terzo è segreto`, `paragraph 2 is NOFORN and the third is
SECRET`, `paragraph 2 is NOFORN - Ny andininy faha-3 dia tsiambaratelo avo`, or the same note run over a line end:
the first clause names a part by its number and states a control; the clause after `and`/`e`/`y`/`et`/`und`, a
comma, a dash or a sentence end names another part (an ordinal alone, `il terzo`, `the third`, `le troisième`, or
words the reader cannot read) and states a level. The governing statements placed that level on the part the
FIRST clause names (the number nearest the level word), and the part the second clause meant went out.

Here such a note fails closed (only raises): within one stretch of a portion's text (its lines up to a blank line),
after a clause that names a part by number,

- a clause that names no part by number and holds a level a governing statement read (a GOVERNED_PORTION problem's
  offset), with a word of its own before that level (`il terzo è`, not `and is`), states that level for a part no
  reader placed: every other portion is raised to it;
- a clause the reader cannot read (`unreadable_notes._unreadable`) may state any level: every other portion is
  raised to `unreadable_level`.

Runs last among the raising passes; raises through `raising.raised_to` only (never lowers).

The words are the rules' (fix48b): rules/record_words.yaml `joined_claims` (the joining words, the words that are no
subject, the level stems; `trailing_controls.py` reads the same clause words). `SECRET` in English is the marking
grammar's, read by name here.
"""
from __future__ import annotations

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from ..textview import view_of
from .governing import stated_marking
from .raising import raised_to
from .rule_words import alternatives, made_once
from .scope import _NAMED_BY_NUMBER, _STATES
from .state import Reading
from .untranslated import untranslated_levels
from .unreadable_notes import _unreadable, _written_in_unread_language

_STRETCH = compile_pattern(r"\n[ \t]*\n")
# a part named by its number in the languages read (`_NAMED_BY_NUMBER`), or Korean's `2항`, `para 2` in brackets
_NUMBERED = compile_pattern(r"\d{1,3}[ \t]*(?:항|段|번)")
_WORD = compile_pattern(r"[^\W\d_]+")


class _Patterns:
    """The patterns of rules/record_words.yaml `joined_claims` (fix48b: the words are the rules')."""

    def __init__(self, g: object):
        words = g.record_words["joined_claims"]  # type: ignore[attr-defined]
        # where a clause ends: a joining word, a comma, a semicolon, a colon, a dash, a sentence end, a line end
        self.cut = compile_pattern(r"(?i:[ \t]+(?:" + alternatives(words["clause_joiners"]) + r")[ \t]+|[ \t]*\n[ \t]*"
                                   r"|[,;:，；][ \t]+|[ \t]+[-–—][ \t]+|(?<=\w)[.!?。](?:[ \t]+|(?=\n)))")
        # (a level word of a read language, by its stem: no subject of its own)
        self.level_stem = compile_pattern(r"(?i:" + alternatives(words["level_stems"]) + r")")
        # words before a level that are no subject of their own (`and is SECRET`, `e è segreto`, `and it is SECRET`)
        self.no_subject = frozenset(words["no_subject"])


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "joined_claims", _Patterns)


def raise_joined_claims(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every portion a joined note's second clause may mean raised (module docstring)."""
    if not portions or not any(_NAMED_BY_NUMBER.search(r.text, p.body_start, p.end) or
                               _NUMBERED.search(r.text, p.body_start, p.end) for p in portions):
        return portions
    statements = _statements(r)
    unread_ok = bool(r.g.unreadable_level) and not _written_in_unread_language(r)
    out = list(portions)
    for k, p in enumerate(portions):
        for lo, hi in _stretches(r.text, p.body_start, p.end):
            for stated, why in _second_clause_levels(r, lo, hi, statements, unread_ok):
                said = f"a note '{' '.join(r.text[lo:hi].split())[:80]}' {why}"
                for j in range(len(out)):
                    if j != k:
                        out[j] = raised_to(r, out[j], [stated], said)
    return out


def _statements(r: Reading) -> list[tuple[int, Marking]]:
    """(view offset, level stated) of each governing statement that raised a portion."""
    found: list[tuple[int, Marking]] = []
    for problem in r.problems:
        m = _STATES.search(problem.message) if problem.code == "GOVERNED_PORTION" else None
        if m is not None:
            at = int(m.group(1))
            stated = r.g.parse(m.group(2))
            if stated is not None and stated.valid and stated.rank > 0:
                found.append((at if r.view.identity else r.view.to_view(at), stated))
    return found


def _stretches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, lo = [], start
    for m in _STRETCH.finditer(text, start, end):
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _names_number(r: Reading, lo: int, hi: int) -> bool:
    return _NAMED_BY_NUMBER.search(r.text, lo, hi) is not None or _NUMBERED.search(r.text, lo, hi) is not None


def _second_clause_levels(r: Reading, lo: int, hi: int, statements: list[tuple[int, Marking]],
                          unread_ok: bool) -> list[tuple[Marking, str]]:
    """The levels the clauses of `lo:hi` after one that names a part by number may state for a part not placed."""
    text = r.text
    cuts = [lo, *(x for m in _patterns(r).cut.finditer(text, lo, hi) for x in (m.start(), m.end())), hi]
    clauses = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if text[cuts[i]:cuts[i + 1]].strip()]
    out: list[tuple[Marking, str]] = []
    named_before = False
    for a, b in clauses:
        if _names_number(r, a, b):
            named_before = True
            continue
        if not named_before:
            continue
        for stated in _clause_levels(r, a, b, statements):
            out.append((stated, f"states {stated.banner()} in a clause after one naming a part by number, "
                                "for a part no reader placed (every portion raised, fail closed)"))
        if unread_ok and _unreadable(r, text, a, b):
            level = stated_marking(r, r.g.unreadable_level)
            if level is not None and level.valid:
                out.append((level, "holds a clause the reader cannot read beside a claim naming a part: it may "
                                   "state any level (every portion raised, fail closed)"))
    return out


_ENGLISH_LEVEL = compile_pattern(r"(?i:\b(?:top[ \t]+secret|secret|confidential)\b)")


def _clause_levels(r: Reading, a: int, b: int, statements: list[tuple[int, Marking]]) -> list[Marking]:
    """The classified levels clause `a:b` states, when a word of its own (a subject: `il terzo`, `the third`) stands
    beside them: a governing statement read inside it, a level in a read language's words, `SECRET` in English."""
    text = r.text
    found = [stated for at, stated in statements if a <= at < b]
    alone = Reading(view_of(text[a:b]), r.g)  # (the clause read as a text of its own: after a line end too)
    for written, *_ in [*untranslated_levels(r, a, b), *untranslated_levels(alone, 0, b - a)]:
        stated = stated_marking(r, written)
        if stated is not None and stated.valid and (stated.rank > 0 or stated.dissem):
            found.append(stated)
    for m in _ENGLISH_LEVEL.finditer(text, a, b):
        stated = stated_marking(r, " ".join(m.group(0).split()).upper())
        if stated is not None and stated.valid and stated.rank > 0:
            found.append(stated)
    if not found:
        return []
    words = _patterns(r)
    subject = [w for w in _WORD.finditer(text, a, b) if w.group(0).casefold() not in words.no_subject
               and _ENGLISH_LEVEL.fullmatch(w.group(0)) is None and not list(untranslated_levels(r, w.start(), w.end()))
               and not words.level_stem.match(w.group(0))]
    return found if subject else []
