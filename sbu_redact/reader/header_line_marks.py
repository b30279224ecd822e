"""A portion mark held anywhere on a line of a cable's header zone raises the text of that line (fix44g).

    REF: A. BAMAKO 0398 (C//NF) NOFORN - COLONEL TRAORE MOVED THE LAUNCHERS TO THE QUARRY
    PASS TO: DIA/J2 (S//NF) NOFORN - AL-SHABAAB CELL SHELTERS IN THE GARISSA MOSQUE ANNEX

Such a line was a reference or passage field, printed as written in every version (review44ab c03-c15). The cable
reader now makes it text (`cable._holds_classified_mark`) and notes its marks (`Reading.header_line_marks`); here every
portion that overlaps the line is raised to at least each mark (never lowered), after the unmarked text took the
document's level, so an UNCLAS cable's `(S//NF)` reference is withheld as SECRET//NOFORN text.
"""
from __future__ import annotations

from ..document import Portion
from .raising import Overlaps, raised_to
from .state import Reading


def raise_header_line_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with every portion overlapping a header-zone line that holds a mark raised to that mark."""
    if not r.header_line_marks:
        return portions
    out = list(portions)
    overlaps = Overlaps(out)
    for start, end, marks in r.header_line_marks:
        for k in overlaps(start, end):
            out[k] = raised_to(r, out[k], marks, f"a portion mark on the cable's header line at {start}")
    return out
