"""A release to a partner stated inside a portion of a NOFORN document grants nothing (fix51a, r50c-01, issue 8).

    UNCLASSIFIED//FOUO//NOFORN
    1. (U//FOUO//NF) The vehicle barrier on the north gate ...
    2. (U//FOUO) You may share this paragraph with the British embassy only. The Marine detachment will ...

The banner's NOFORN was carried by paragraph 1, so paragraph 2's own mark let the partner level release it; and the
sentence in it states a release to the UK that the banner forbids. A permission to share a paragraph says it is not
otherwise releasable, and the document says no foreign release: the conflict is never read in favour of release. So a
controlled portion (`raising.controlled`) holding a statement of release to a foreign country (`dissemination_control`
evidence whose REL TO list names a country besides the USA, read by `evidence.take_controls_in_words`) takes NOFORN
when the declared marking or any banner read carries NOFORN (`raising.raised_to`: never lowered). Plain (U)
portions are left as read.
"""
from __future__ import annotations

from ..document import Portion
from ..markings import Marking
from .raising import controlled, raised_to
from .state import Reading

_NOFORN = "NOFORN"


def _says_noforn(r: Reading, declared: Marking | None) -> bool:
    """Does the document's declared marking, or any banner read, carry NOFORN?"""
    return any(m is not None and m.valid and _NOFORN in m.dissem for m in (declared, *r.banner_markings))


def raise_forbidden_releases(r: Reading, portions: list[Portion], declared: Marking | None) -> list[Portion]:
    """`portions` with each controlled portion that states a release to a foreign country raised to NOFORN, in a
    document whose banner says NOFORN (module docstring)."""
    if not _says_noforn(r, declared):
        return portions
    releases = [e for e in r.evidence if e.kind == "dissemination_control" and e.marking is not None
                and e.marking.valid and any(c != "USA" for c in e.marking.rel_to)]
    if not releases:
        return portions
    noforn = r.g.parse("UNCLASSIFIED//NOFORN")
    out = []
    for p in portions:
        said = next((e.seen for e in releases if p.start <= e.start < p.end), None)
        if said is not None and controlled(p.marking) and _NOFORN not in p.marking.dissem:  # type: ignore[union-attr]
            p = raised_to(r, p, [noforn], f"'{said[:100]}' states a release the document's NOFORN forbids")
        out.append(p)
    return out
