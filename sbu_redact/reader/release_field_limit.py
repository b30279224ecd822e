"""A release field's limit on foreign release governs the whole document (open36b, review35b/35d).

A `Dissemination: NOFORN` line, a footer's `Handling: REL TO USA, NZL` cell, a JSON export's `"releasability"`
key, a meta tag or a DoD distribution statement B-F (`document_controls.take_release_fields`) states the
document's releasability without saying which portions it covers. The document's rule for controls no portion mark
carries (`document_controls.orphan_document_controls`) leaves plain (U) text to partners where a controlled portion
is there to hold the control, and applies nothing where the banner outranks the marks; both released text that the
field kept from partners. The reader cannot tie a field to a part, so its limit (NOFORN, or a REL TO list: the
countries every field names) goes to every marked portion, unless a portion's own mark carries it; plain (U)
text keeps the project's rule beside a controlled portion, which holds the control (fixbanner34) (fail closed towards partners; the level is not raised:
usg keeps the text). A field naming the partner (`REL TO USA, GBR`) still lets the partner see (U) text.
"""
from __future__ import annotations

from ..document import Portion
from ..markings import Marking
from .document_controls import foreign_release_limit
from .forwarded_controls import as_far, limited
from .state import Reading


def with_release_field_limit(r: Reading, portions: list[Portion], as_marked: list[Portion]) -> list[Portion]:
    """`portions` with the release fields' combined limit on foreign release applied to every marked portion;
    `as_marked` are the portions as their marks read, before any statement or stated control raised them."""
    carried = [p.marking for p in as_marked if p.explicit and p.marking is not None and p.marking.valid]
    limit = _combined_limit(r, carried)
    if limit is None:
        return portions
    # (a plain (U) mark is an exact sign that its text is uncontrolled: beside a controlled portion, which is there
    # to hold the field's control, it keeps the project's rule and stays at partner, tests/test_reader_fixbanner34.py)
    # (the field's own line is no such portion: `DISTRIBUTION STATEMENT (C): ...` reads as a (C) mark)
    fields = [(c.start, c.end) for c in r.document_controls]
    held = any(p.explicit and p.marking is not None and p.marking.valid and (p.marking.rank > 0 or p.marking.designations)
               and not any(p.start < end and start < p.end for start, end in fields) for p in as_marked)
    out = []
    for p in portions:
        m = p.marking
        if held and p.explicit and m is not None and m.rank == 0 and not m.designations:
            out.append(p)
            continue
        if m is not None and m.valid and not as_far(m, limit):
            p = p.with_marking(limited(r, m, limit))
        out.append(p)
    return out


def _combined_limit(r: Reading, carried: list[Marking]) -> Marking | None:
    """The most the release fields limit foreign release: NOFORN if any says it (or their lists share no country
    but the USA), else the countries all their REL TO lists name; None when no field limits it. A field whose limit
    a portion's own mark carries (a JSON message's `"dissemination": ["NOFORN"]` over `S//NF` and `U` paragraph
    records) is tied to that portion, as a banner's control is: it is the banner's, and plain (U) text under it
    keeps the project's rule (`document_controls`)."""
    countries: set[str] | None = None
    for stated in r.document_controls:
        limit = foreign_release_limit(r, stated.marking)
        if limit is None or any(as_far(m, limit) for m in carried):
            continue
        if limit.noforn:
            return r.g.parse("UNCLASSIFIED//NOFORN")
        countries = set(limit.rel_to) if countries is None else countries & set(limit.rel_to)
    if countries is None:
        return None
    order = [c for stated in r.document_controls for c in stated.marking.rel_to if c in countries]
    listed = list(dict.fromkeys(order))
    if len(listed) < 2:
        return r.g.parse("UNCLASSIFIED//NOFORN")  # (a list of the USA alone)
    limit = r.g.parse("UNCLASSIFIED//REL TO " + ", ".join(listed))
    return limit if limit.valid else r.g.parse("UNCLASSIFIED//NOFORN")
