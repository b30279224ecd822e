"""A prior FOIA release's (b)(1) annotations in a margin column raise the text beside them (lead42).

    B1 1.4(D)         2. AL-MASRI SAID TWELVE AQAP DETAINEES WERE QUIETLY RELEASED
    B1 1.4(D)         TO TRIBAL MEDIATORS IN MARIB IN EXCHANGE FOR A KIDNAPPED OFFICER.

A re-review working copy keeps the annotations of an earlier release in a column on the left (adv170-033): exemption
(b)(1) with an E.O. 13526 section 1.4 reason means that the text beside it was classified when it was withheld. The
paragraph numbers behind the column start no portion, so the annotated lines were read as part of the (U) paragraph
above them and released. Here each portion holding an annotated line (rules `reader_words.prior_release_exemption`:
the annotation at the line's start, then a gap) is raised to at least CONFIDENTIAL: it only raises, never splits a
portion (a (U) paragraph that swallowed annotated lines is withheld whole: fail closed).
"""
from __future__ import annotations

from ..document import Portion
from .raising import Overlaps, raised_to
from .state import Reading


def raise_prior_release_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each one that holds a line annotated `B1 1.4(x)` raised to at least CONFIDENTIAL."""
    text = r.text
    if "1.4" not in text:
        return portions
    pattern = r.g.prior_release_exemption.compiled
    classified = r.g.parse("CONFIDENTIAL")
    if classified is None:
        return portions
    out = list(portions)
    overlaps = Overlaps(portions)
    for m in pattern.finditer(text):
        line_end = text.find("\n", m.end())
        for i in overlaps(m.end(), line_end if line_end >= 0 else len(text)):
            out[i] = raised_to(r, out[i], [classified],
                               f"a prior release's exemption annotation '{m.group(0).strip()}' beside this text "
                               "withheld it as classified ((b)(1), E.O. 13526 section 1.4)")
    return out
