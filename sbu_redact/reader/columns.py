"""Two columns of text on the same lines: a page extracted line by line (`pdftotext -layout`), a
slide handout's column of notes, a diagonal watermark's letters at the line ends. The right
column's lines interleave with the left column's, so a paragraph continued at the top of the right
column, a handwritten note beside a `(U)` bullet, or a stamp's letters sit inside another
portion's lines, and no reading of the lines can tell which text belongs to which portion.

What cannot be told apart takes the highest marking that could apply (fail closed): every
portion that shares a line with a stretch of two-column lines takes the roll-up of all of them,
and a level the right column spells letter by letter (`C O N` / `F I D` / `E N` ...) raises them
too. A stretch needs at least two lines that hold both columns; a table (cells between bars, three
tab-separated cells, or more than one wide gap on a line) is no stretch. It never lowers a portion.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .marks import mark_inner
from .raising import Overlaps, raised_to
from .state import Reading

__all__ = ["two_column_stretches"]

_GAP = lazy(r"\S[ \t]{3,}(?=\S)")   # a wide gap between two runs of text on one line
_RIGHT_COLUMN = 20                  # (the right column starts this far in, at least)
_ALIGN = 10                         # (a line starts it within this many columns of the line above)
_MARK = lazy(r"[(\[][^()\[\]\n]{1,40}[)\]]")
_TABS = lazy(r"\t+")
_SPELLED = lazy(r"(?:[A-Z] ?){4,60}")  # letters one apart: a stamp spelled across the lines


def two_column_stretches(r: Reading, portions: list[Portion], inherited: Marking | None) -> list[Portion]:
    """`portions`, each one that shares a line with a two-column stretch raised to the roll-up
    of every portion of that stretch (module docstring), and to `inherited` (what unmarked text
    takes) when the right column does not open with a mark of its own: it is unmarked text."""
    if "    " not in r.text and "\t" not in r.text:
        return portions
    out = list(portions)
    overlapping: Overlaps | None = None  # (made at the first stretch: most texts have none)
    lines, counted = 1, 0  # (the line of a stretch's start: counted from the last one's)
    for first, last, right in _stretches(r):
        start, end = r.segs[first].start, r.segs[last].end
        overlapping = overlapping or Overlaps(out)
        inside = [k for k in overlapping(start, end) if out[k].marking is not None]
        stated: list[Marking] = [m for m in (out[k].marking for k in inside) if m is not None and m.valid]
        spelled = _spelled_level(r, right)
        if spelled is not None:
            stated.append(spelled)
        if inherited is not None and inherited.valid and not _opens_with_a_mark(r, right[0]):
            stated.append(inherited)
        if len(inside) < 2 and spelled is None:
            continue
        lines += r.text.count("\n", counted, start)
        line, counted = lines, start
        said = (f"two columns of text on lines {line}-{line + last - first} cannot be told apart"
                + (f" (the right column spells {spelled.banner()})" if spelled is not None else ""))
        for k in inside:
            out[k] = raised_to(r, out[k], stated, said)
    return out


def _stretches(r: Reading) -> list[tuple[int, int, list[str]]]:
    """(first, last, right column texts) of each stretch of two-column lines."""
    found: list[tuple[int, int, list[str]]] = []
    first = last = -1
    anchor = 0
    both = 0
    right: list[str] = []

    def close() -> None:
        if both >= 2:
            found.append((first, last, right))

    for index, seg in enumerate(r.segs):
        column = _right_column(seg.text) if not seg.blank else None
        if column is not None and first >= 0 and abs(column[0] - anchor) <= _ALIGN:
            last, anchor = index, column[0]
            both += column[1]
            right.append(column[2])
            continue
        close()
        first = last = -1
        both, right = 0, []
        if column is not None:
            first = last = index
            anchor, both, right = column[0], column[1], [column[2]]
    close()
    return found


def _right_column(text: str) -> tuple[int, int, str] | None:
    """(where the right column starts, 1 when the line holds both columns, its text), or None
    for a line of one column or of a table."""
    line = text.expandtabs(8).rstrip()
    if line.count("|") >= 2 or len(_TABS.findall(text.strip())) >= 2:
        return None  # (cells between bars, or three tab-separated cells: a table row)
    indent = len(line) - len(line.lstrip())
    if indent >= _RIGHT_COLUMN:
        return indent, 0, line.strip()
    gaps = [m.end() for m in _GAP.finditer(line)]
    if len(gaps) != 1 or gaps[0] < _RIGHT_COLUMN:
        return None
    return gaps[0], 1, line[gaps[0]:]


def _opens_with_a_mark(r: Reading, text: str) -> bool:
    m = _MARK.match(text)
    marking = r.marks.read_mark(mark_inner(m.group())) if m is not None else None
    return marking is not None and marking.level is not None


def _spelled_level(r: Reading, right: list[str]) -> Marking | None:
    """The level the right column spells when it is letters one apart and nothing else."""
    joined = " ".join(right)
    if not joined or re.fullmatch(r"[A-Z](?: {1,3}[A-Z])*", joined) is None or _SPELLED.fullmatch(joined) is None:
        return None
    letters = joined.replace(" ", "")
    for word, level in (("TOPSECRET", "TOP SECRET"), ("SECRET", "SECRET"), ("CONFIDENTIAL", "CONFIDENTIAL")):
        if word in letters:
            marking = r.g.parse(level)
            return marking if marking.valid else None
    return None
