"""A (U) portion whose second line may start text nobody marked is raised whole (open35b, issue 8).

Under the marked first line of a (U) paragraph in a document whose level is higher, an unmarked line that opens
with a capital is either the paragraph's wrapped text or a new sentence no portion mark covers. The layout splits
it off only where no wrapping can have put it there (`cable._sentence_under_short_first`, `portions`): it cannot
tell when
- the first line ends a sentence and is itself the text's longest line, longer than any mail tool wraps at: the
  line's own width is the only width to measure it by, so whether the next word would have fitted says nothing
  (`2. (U//FOUO//NF) RSO RESTRICTED ACCESS ... AT THE GATE.` / `TWO LOCAL GUARDS SOLD THE DUTY ROSTER ...` in a
  SECRET cable, review34c 41);
- the first line is a label ending in a colon (`1. (U) BACKGROUND:` / `THE SOURCE MET THE AQAP COURIER ...`);
- the first line ends a sentence and the next opens one whose first word would have fitted on it (at the text's
  wrap width, its longest line or a cable's 69 columns, whichever is widest: a short cable's longest line shows no
  width), in a quoted part too (`> (U) Post held its weekly call.` / `> The Malian junta has asked ...` under the
  forward's own `> Classification: SECRET//NOFORN`, adv144-058; `3. (U//NF) ... WITH THE BRITISH SIDE.` /
  `AL-MAJALI PRIVATELY SAID ...` in a cable with no fixed width, adv144-055; fixwrap35). A careful reviewer reads
  an author's line break before a new sentence as a new, unmarked paragraph: it takes the document's level.
Not under `(U) BEGIN TEXT:`, whose mark marks the text it quotes. Only where the mark opens the line: a label
marked after it (`11. PURPOSE OF TRAVEL (U):`) marks its value below.
Splitting there would move the text a pointer names and cut names across lines; so the whole portion is raised
to the level its unmarked text would take (the document's) instead: fail closed, nothing is split.
"""
from __future__ import annotations

import bisect
import re

from ..document import Portion
from ..markings import Marking
from .portions import longest_line, wrap_width
from .raising import raised_to
from .state import Reading


def raise_unsure_wraps(r: Reading, portions: list[Portion], inherited: Marking | None) -> list[Portion]:
    """`portions` with each (U) portion whose second line may be an unmarked new sentence raised to `inherited`."""
    if inherited is None or not inherited.valid or inherited.rank == 0:
        return portions
    starts = [s.start for s in r.segs]
    out = []
    for p in portions:
        m = p.marking
        if p.explicit and p.kind != "subject" and m is not None and m.valid and m.rank == 0 \
                and _unsure_second_line(r, bisect.bisect_right(starts, p.start) - 1, p.end, p.mark_start):
            p = raised_to(r, p, [inherited], "its second line may start a sentence that no mark covers (a label "
                                             "ending in a colon, or the text's longest line above it): the whole "
                                             "portion takes the level unmarked text takes")
        out.append(p)
    return out


# Longer than a cable's 69 columns and an e-mail's 76 to 78: a line this long was wrapped by no mail tool (a printer's
# 100 columns may have: `cable._UNWRAPPED_LINE` splits above that; between, the break is unsure). Shorter, the
# longest line is most likely a wrapped paragraph's (a report's one sentence a line, adv27-015): nothing is raised
_MAIL_WIDTH = 80
_CABLE_WIDTH = 69

# what may stand before a mark that opens its line: an enumerator (`1.`, `a)`, `(2)`) or a bullet
_BEFORE_MARK = re.compile(r"[ \t>]*(?:[(\[]?[0-9A-Za-z]{1,3}[.)\]][ \t]*|[-*•·▪–—][ \t]*)?")


def _unsure_second_line(r: Reading, first: int, end: int, mark_start: int | None) -> bool:
    """Is the line under segment `first` (still inside the portion, which ends at `end`; its mark at
    `mark_start`, which must open the line) maybe a new sentence?"""
    if first < 0 or first + 1 >= len(r.segs):
        return False
    prev, seg = r.segs[first], r.segs[first + 1]
    opening = seg.stripped.lstrip("> \t")  # (a quoted part's line: `> The Malian junta has asked ...`)
    if prev.blank or seg.blank or seg.start >= end or not opening[:1].isupper() \
            or len(opening.split()) < 3 or opening.endswith(":"):
        return False  # (a label, `Signature block:`, opens no sentence)
    if mark_start is None or not prev.start <= mark_start < prev.end \
            or _BEFORE_MARK.fullmatch(r.text, prev.start, mark_start) is None:
        return False  # (a form's label marked after it, `11. PURPOSE OF TRAVEL (U):`, marks the value under it)
    line = prev.text.rstrip()
    if line.endswith(":"):
        if r.g.quotation_begins.search(r.text, mark_start, prev.end) is not None:
            return False  # (`2. (U) BEGIN TEXT:`: the mark is the quoted text's, which runs to END TEXT)
        wanted = len(line) + 1 + len(opening.split(None, 1)[0])
        return wanted <= max(wrap_width(r), longest_line(r)) or 2 * len(line) <= wrap_width(r)
    if line[-1:] not in ".!?":
        return False
    # the first line ends a sentence and the next opens one: a wrap only if the next word could not have fitted.
    # Where it could (at the text's wrap width, or its longest line in a text not wrapped at a fixed width), or the
    # line is the text's longest and longer than any mail tool wraps at, the break is the author's: the next line is
    # a new, unmarked sentence (no narrower than a cable's 69 columns: a short text's longest line does not show the
    # width it was wrapped at). Not every line over 80 columns: a report wrapped at 90 breaks before a sentence that
    # did not fit (adv33-002's `(U) This assessment was directed ...` / `It covers fiscal years ...`)
    wanted = len(line) + 1 + len(opening.split(None, 1)[0])
    return wanted <= max(wrap_width(r), longest_line(r), _CABLE_WIDTH) \
        or len(line) >= longest_line(r) and len(line) > _MAIL_WIDTH
