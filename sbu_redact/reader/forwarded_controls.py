"""The foreign-release limit of a forwarded or quoted message's own classification line (open35b, review34d).

An UNCLASSIFIED//FOUO or REL TO e-mail forwards a message under its own `Classification: SECRET//NOFORN`: the
forwarded message's (U) paragraphs are plain (U) to the file, and the document's rule for them (a plain (U) mark
takes a banner's NOFORN only where no controlled portion holds it, `document_controls`) saw the forwarded (S//NF)
portion carrying NOFORN and released them to partners. But the forwarded banner rolls up those paragraphs; nobody
can tell whether the author kept its NOFORN off them, so every marked portion after that line takes its limit on
foreign release (fail closed; the level is not raised: a (U) paragraph stays releasable to the US Government).

Only a banner or classification line that lies under a message header (a `From:` field) below the file's first
classification line or is quoted (`> Classification: SECRET//NOFORN`), and that limits foreign release further than that first line does: a page banner that
repeats the document's own first line changes nothing.
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Portion
from ..markings import Marking
from .document_controls import foreign_release_limit
from .state import BANNER_KINDS, Reading


def with_forwarded_controls(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the limit on foreign release of a forwarded message's own classification line applied to
    every marked portion after it (module docstring)."""
    lines = sorted((e for e in r.evidence if e.kind in BANNER_KINDS and e.marking is not None and e.marking.valid),
                   key=lambda e: e.start)
    if len(lines) < 2:
        return portions
    first = lines[0]
    assert first.marking is not None
    first_limit = foreign_release_limit(r, first.marking)
    headers = [f.start for f in r.fields if f.name == "from"]
    limits: list[tuple[int, Marking]] = []
    for e in lines[1:]:
        assert e.marking is not None
        limit = foreign_release_limit(r, e.marking)
        quoted = r.text[r.text.rfind("\n", 0, e.start) + 1:e.start].lstrip().startswith(">")
        if limit is None or not (quoted or any(first.end <= at < e.start for at in headers)) \
                or _as_far(first_limit, limit):
            continue
        limits.append((e.end, limit))
        r.problem("DOCUMENT_CONTROL_NOT_CARRIED", "warning",
                  f"a forwarded message's own classification line states {limit.banner().removeprefix('UNCLASSIFIED//')}"
                  ": every marked portion after it is treated as carrying it", e.start, e.end)
    if not limits:
        return portions
    out = []
    for p in portions:
        m = p.marking
        if m is not None and m.valid:
            for at, limit in limits:
                if p.start >= at and not _as_far(m, limit):
                    m = _limited(r, m, limit)
            if m is not p.marking:
                p = p.with_marking(m)
        out.append(p)
    return out


def _as_far(marking: Marking | None, limit: Marking) -> bool:
    """`marking` limits foreign release at least as far as `limit` does."""
    if marking is None:
        return False
    if marking.noforn:
        return True
    return not limit.noforn and bool(marking.rel_to) and set(marking.rel_to) <= set(limit.rel_to)


def _limited(r: Reading, marking: Marking, limit: Marking) -> Marking:
    """`marking` with `limit`'s limit on foreign release: NOFORN, or the countries both lists name."""
    if limit.noforn:
        order = r.g.register.precedence
        dissem = tuple(sorted(dict.fromkeys([*marking.dissem, "NOFORN"]), key=lambda d: order.get(d, len(order))))
        return replace(marking, dissem=dissem, rel_to=(), display_only=())
    rel_to = tuple(c for c in marking.rel_to if c in limit.rel_to) if marking.rel_to else limit.rel_to
    return replace(marking, rel_to=rel_to)
