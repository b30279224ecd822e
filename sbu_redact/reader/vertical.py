"""A marking written one letter per line: a stamp in the margin, rotated a quarter turn, comes
out of a PDF or OCR text layer as a column of single characters (`S` `E` `C` `R` `E` `T` `/`
`/` `N` `O` `F` `O` `R` `N`, each on its own line, at most one blank line between two).

Such a run of at least three lines, each one capital letter, `/` or `-`, is read as the line
its characters spell: when that is a banner (`marks.MarkReader.banner_at`: a level or a
designation first) it is a banner of the document, evidence of its level like a banner at the
foot of a page; when it is controls alone (`NOFORN`, `FOUO`) it is evidence of those controls,
as if stated in words. Words of the vocabulary written with a space (`TOP SECRET`) are read
in a run that lost the space. A run that spells anything else (a vertical acronym, initials,
a list `a.` `b.` `c.`, whose lines are not one character each) is left as it is.
"""
from __future__ import annotations

import functools

from ..lazyre import lazy
from ..markings import Grammar, Marking
from .evidence import _raise_classification
from .segments import Segment
from .state import Reading

__all__ = ["take_vertical_stamps"]

# A line of one character between two line ends: the cheap test that a text may hold a vertical
# stamp at all (every run of three has one; the pattern opens with a literal, so the engine
# skips from line end to line end, and most texts have none).
_SINGLE = lazy(r"\n[ \t]*[A-Z/\-][ \t]*\n")
_SHORTEST = 3


def take_vertical_stamps(r: Reading) -> None:
    """Read every run of single-character lines that spells a marking (module docstring): a
    banner field and evidence, its lines taken out of the layout."""
    if _SINGLE.search(r.text) is None:
        return
    for run in _runs(r.segs):
        first, last = r.segs[run[0]], r.segs[run[-1]]
        spelled = _spaced(r.g, "".join(r.segs[i].stripped for i in run))
        banner = r.marks.banner_at(Segment(first.start, last.end, spelled))
        if banner is not None:
            r.field("banner", (first.start, last.end), spelled)
            r.marking_problems(banner, first.start, last.end)
            r.witness("banner", banner, first.start, last.end)
            r.banner_markings.append(banner)
            _raise_classification(r, banner, first.start, last.end, "vertical stamp")
        else:
            controls = _controls(r.g, spelled)
            if controls is None:
                continue
            r.field("handling", (first.start, last.end), spelled)
            r.witness("dissemination_control", controls, first.start, last.end)
        r.taken.update(range(run[0], run[-1] + 1))
        r.problem("VERTICAL_MARKING", "warning", f"a marking written one letter per line reads '{spelled}' "
                  f"(a rotated stamp); it is taken as a marking of the document", first.start, last.end)


def _runs(segs: list[Segment]) -> list[list[int]]:
    """The runs of at least `_SHORTEST` single-character lines (indexes of the lines with a
    character), at most one blank line between two."""
    runs: list[list[int]] = []
    run: list[int] = []
    blanks = 0
    for index, seg in enumerate(segs):
        if seg.blank and run and blanks == 0:
            blanks = 1
            continue
        char = seg.stripped
        if len(char) == 1 and (char.isascii() and char.isupper() or char in "/-"):
            run.append(index)
            blanks = 0
            continue
        if len(run) >= _SHORTEST:
            runs.append(run)
        run, blanks = [], 0
    if len(run) >= _SHORTEST:
        runs.append(run)
    return runs


def _spaced(grammar: Grammar, spelled: str) -> str:
    """`spelled` with the spaces of the vocabulary's words that have one put back:
    `TOPSECRET//NOFORN` is `TOP SECRET//NOFORN`."""
    for compact, word in _compact_words(grammar):
        if compact in spelled:
            spelled = spelled.replace(compact, word)
    return spelled


@functools.lru_cache(maxsize=8)
def _compact_words(grammar: Grammar) -> tuple[tuple[str, str], ...]:
    words = sorted((t for t in grammar.all_tokens if " " in t and t.replace(" ", "").isalpha()), key=len, reverse=True)
    return tuple((w.replace(" ", ""), w) for w in words)


def _controls(grammar: Grammar, spelled: str) -> Marking | None:
    """The controls `spelled` names when it names controls and nothing else (`NOFORN`,
    `FOUO//NOFORN`), as an unclassified marking that carries them."""
    tokens = [t for t in spelled.split("/") if t]
    if not tokens or any(t not in grammar.dissem and t not in grammar.designations for t in tokens):
        return None
    marking = grammar.parse("UNCLASSIFIED//" + "//".join(tokens))
    return marking if marking.valid and not marking.problems and (marking.dissem or marking.designations) else None

