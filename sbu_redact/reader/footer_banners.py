"""A page's banner printed in its footer line beside the page number (issue 8, adv155-020, fix155).
A PDF pasted as text keeps each page's footer on one line, its parts set apart by wide gaps or bars:
`Page 2 of 2        CONFIDENTIAL//NOFORN        Derived From: State OCG Sec 1.4(b),(d)`. The page may have no
banner at its top, so this is the one marking of its text; read as a sentence, the line marked nothing and the
page's unmarked paragraphs took the UNCLASSIFIED banner of page 1. The line is read as a page banner (a field
that raises the document, `evidence.take_page_banner`, fail closed) when one of its parts is a page number alone
(`page_forms.alone` of rules/markings.yaml), another is a banner alone (`MarkReader.banner_at`) and any other is an
authority line (`Derived From:`, `Classified By:`, `Reason:`, `Declassify On:`) or the document's state (`DRAFT`,
`page_forms.footer_status`, fix161): a line with other text (a fixed-width table's row) stays text, since a field's
words are not read as a portion's. A footer whose banners are all UNCLASSIFIED beside an authority part stays text
too, its authority witnessed as evidence of a classified text."""
from __future__ import annotations

from ..lazyre import lazy
from .authority import CLASSIFIED_BY, DECLASSIFY_ON, REASON_LINE
from .evidence import take_page_banner
from .pages import alone_on_its_line, footer_page_number, footer_state
from .segments import Segment
from .state import Reading

# the gaps that part a footer line: three blanks or more, a tab, a bar between blanks
_GAP = lazy(r"[ ]{3,}|\t+|[ \t]+\|[ \t]+")


def take_footer_banner(r: Reading, index: int) -> bool:
    """Read line `index` as a page banner when it is a footer line whose parts hold a page number and a banner."""
    seg = r.segs[index]
    parts: list[Segment] = []
    at = 0
    for gap in _GAP.finditer(seg.text):
        parts.append(Segment(seg.start + at, seg.start + gap.start(), seg.text[at:gap.start()]))
        at = gap.end()
    parts.append(Segment(seg.start + at, seg.end, seg.text[at:]))
    parts = [p for p in parts if not p.blank]

    def page_number(p: Segment) -> bool:
        return alone_on_its_line(r.g, p.stripped) or footer_page_number(r.g, p.stripped)

    if len(parts) < 2 or not any(page_number(p) for p in parts):
        return False
    status = any(footer_page_number(r.g, p.stripped) for p in parts)  # (raises only, as a state word)
    markings = []
    authority: list[Segment] = []
    for p in parts:
        if page_number(p):
            continue
        if any(a.match(p.stripped) for a in (CLASSIFIED_BY, REASON_LINE, DECLASSIFY_ON)):
            authority.append(p)
            continue
        if footer_state(r.g, p.stripped):
            status = True
            continue  # (the document's state, `DRAFT`, beside the number and the banner: adv158-007, fix161)
        marking = r.marks.banner_at(p)
        if marking is None:
            return False  # (other text on the line: no footer)
        markings.append(marking)
    if status and all(m.rank == 0 for m in markings):
        return False  # (a state word lets a footer raise the page, never lower it: read as a banner, `- 1 -
        # UNCLASSIFIED  DRAFT` made the unmarked note above it UNCLASSIFIED, review39f m01)
    if not markings or authority and all(m.rank == 0 for m in markings):
        # (`Page 1 of 2   UNCLASSIFIED   Declassify On: 20361231`: an authority line says the text is classified,
        # the banner beside it says not; read as a field, the banner would drop that evidence: review38f)
        for p in authority if markings else ():
            # (and the authority is evidence as it is on a line of its own, `authority.take_declassify_on`: the
            # footer's UNCLASSIFIED does not make the unmarked text UNCLASSIFIED, review38f b21; the line itself
            # stays text, a portion, so the field releases nothing)
            name = "classified_by" if CLASSIFIED_BY.match(p.stripped) else \
                "reasons" if REASON_LINE.match(p.stripped) else "declassify_on"
            r.field(name, p, p.stripped)
            r.witness("authority", None, p.start, p.end)
        return False
    return take_page_banner(r, index, marking=markings[0])
