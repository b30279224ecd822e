"""A classification that a front matter field states in words governs the text under it (fix44b).

    ---
    title: contacts
    note: This file is classified SECRET//NOFORN in full.
    ---
    - (U) Source reports ...

The front matter is a header of the whole file (a field, printed as written), so `classified SECRET` in one of its
values is the file's classification, as a `classification:` key is: every portion after it reads at least at that
level, whatever its own mark or `level: U` key says (a record's own lower level never lowers what the header states).
A stated level that a portion under it justifies (a portion of that level, or text with no mark of its own, which
inherits it: adv126-008's footnotes) is a roll-up, as a banner is: main's reading stands. Only raising: a portion already higher keeps its level, a doubtful one stays doubtful, and a stated level that does
not read as a valid marking raises nothing here (main's reading stands).
"""
from __future__ import annotations

from ..document import Portion
from .raising import raised_to
from .state import Reading

_KINDS = ("classification_in_words",)


def raise_under_front_matter(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` after a front matter field raised to the classification its values state in words."""
    front = next((f for f in r.fields if f.name == "front_matter"), None)
    if front is None:
        return portions
    stated = [e for e in r.evidence if e.kind in _KINDS and e.marking is not None and e.marking.valid
              and front.start <= e.start < front.end]
    if not stated:
        return portions
    markings = [e.marking for e in stated if e.marking is not None]
    under = [p for p in portions if p.start >= front.end]
    if any(p.marking is None or not p.marking.valid or not p.explicit and p.kind != "table_row" for p in under):
        return portions  # (text that inherits, or a doubtful portion: the stated level is justified, main stands)
    reached = r.g.rollup([p.marking for p in under if p.marking is not None])
    if reached is not None and (r.g.rollup([reached, *markings]) or reached).banner() == reached.banner():
        return portions  # (a portion justifies the stated level: it is the roll-up of its portions, as a banner is)
    top = max(stated, key=lambda e: e.marking.rank if e.marking is not None else -1)
    said = f"the front matter says '{' '.join(top.seen.split())}': the text under it reads at least at that level"
    return [raised_to(r, p, markings, said) if p.start >= front.start else p for p in portions]
