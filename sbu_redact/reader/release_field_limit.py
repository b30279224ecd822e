"""A release field's limit on foreign release governs the whole document (open36b, review35b/35d).

A `Dissemination: NOFORN` line, a footer's `Handling: REL TO USA, NZL` cell, a JSON export's `"releasability"`
key, a meta tag or a DoD distribution statement B-F (`document_controls.take_release_fields`) states the
document's releasability without saying which portions it covers. The document's rule for controls no portion mark
carries (`document_controls.orphan_document_controls`) leaves plain (U) text to partners where a controlled portion
is there to hold the control, and applies nothing where the banner outranks the marks; both released text that the
field kept from partners. The reader cannot tie a field to a part, so its limit (NOFORN, or a REL TO list: the
countries every field names; fields that disagree: the most restrictive, review36b) goes to every marked portion,
unless a portion's own mark carries every field's limit (then only controlled (U//FOUO)-like portions that do not
carry it take it); plain (U)
text keeps the project's rule beside a controlled portion, which holds the control (fixbanner34) (fail closed towards partners; the level is not raised:
usg keeps the text). A field naming the partner (`REL TO USA, GBR`) still lets the partner see (U) text; a field
refusing a country by name (`Releasability: Five Eyes (no UK)`, `NOT GB`) reaches plain (U) text too (fix40b).
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
    limits = [limit for stated in r.document_controls
              if (limit := foreign_release_limit(r, stated.marking)) is not None]
    if not limits:
        return portions
    # (fields that disagree, `Releasability: REL TO USA, GBR` over `Dissemination: NOFORN`: the most restrictive
    # governs, also where a portion's own mark carries one of them, review36b)
    limit = _most_restrictive(r, limits)
    if all(any(as_far(m, each) for m in carried) for each in limits):
        # every field's limit is carried by a portion's own mark (a JSON message's `"dissemination": ["NOFORN"]`
        # over `S//NF` and `U` paragraph records): it is tied to that portion as a banner's control is, and plain
        # (U) text under it keeps the project's rule (`document_controls`); but a controlled portion, `(U//FOUO)`
        # beside `(S//NF)` under `Dissemination: NOFORN`, says nothing of foreign release and takes it (review36b)
        return [p.with_marking(limited(r, p.marking, limit))
                if p.explicit and p.marking is not None and p.marking.valid and p.marking.rank == 0
                and _controlled(p.marking) and not as_far(p.marking, limit) else p for p in portions]
    # (a plain (U) mark is an exact sign that its text is uncontrolled: beside a controlled portion, which is there
    # to hold the field's control, it keeps the project's rule and stays at partner, tests/test_reader_fixbanner34.py)
    # (the field's own line is no such portion: `DISTRIBUTION STATEMENT (C): ...` reads as a (C) mark)
    # (nor can a portion whose own mark says the opposite hold a NOFORN field, `(C//REL TO USA, GBR)`, NOFORN and REL
    # TO never apply together; nor a mail quote of an earlier message, `> (C) ...`: with only such portions beside
    # it, plain (U) text takes the field's limit, open37c, review36b 24)
    fields = [(c.start, c.end) for c in r.document_controls]
    held = any(p.explicit and p.marking is not None and p.marking.valid and (p.marking.rank > 0 or p.marking.designations)
               and not any(p.start < end and start < p.end for start, end in fields)
               and not (limit.noforn and p.marking.rel_to) and not r.text.startswith(">", p.start)
               for p in as_marked)
    if held and any(_refuses_a_country(r, c.start) for c in r.document_controls):
        held = False  # (fix40b, adv156-033: `Releasability: Five Eyes (no UK)` refuses the UK by name, plain (U) too)
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


def _refuses_a_country(r: Reading, at: int) -> bool:
    """(fix40b) Does the line of the release field at `at` refuse a country by name (`Five Eyes (no UK)`, `NOT GB`,
    `except GBR`: rules `release_field_refuses_country`)? The author kept the document from that country, so a plain
    (U) mark beside a controlled portion does not release its text there (fail closed towards partners)."""
    line_start = r.text.rfind("\n", 0, at) + 1
    line_end = r.text.find("\n", at)
    return r.g.release_field_refuses_country.search(r.text, line_start, len(r.text) if line_end == -1 else line_end) \
        is not None


def _controlled(m: Marking) -> bool:
    """`m` (an unclassified mark) states a control or designation (FOUO, LES, CUI, SBU): no plain (U)."""
    return bool(m.designations or m.dissem or m.non_ic or m.cui_categories)


def _most_restrictive(r: Reading, limits: list[Marking]) -> Marking:
    """The most the fields' `limits` limit foreign release: NOFORN if any says it (or their lists share no country
    but the USA), else the countries all their REL TO lists name."""
    if any(limit.noforn for limit in limits):
        return r.g.parse("UNCLASSIFIED//NOFORN")
    countries = set.intersection(*(set(limit.rel_to) for limit in limits))
    listed = [c for c in dict.fromkeys(c for limit in limits for c in limit.rel_to) if c in countries]
    if len(listed) < 2:
        return r.g.parse("UNCLASSIFIED//NOFORN")  # (a list of the USA alone)
    limit = r.g.parse("UNCLASSIFIED//REL TO " + ", ".join(listed))
    return limit if limit.valid else r.g.parse("UNCLASSIFIED//NOFORN")
