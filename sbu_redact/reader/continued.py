"""A portion that says its text goes on on another page (`(continued on page 2)`, `>>> SEE
REVERSE`, `(Fortsetzung auf der Rueckseite)`; `structure.continued_elsewhere` of
rules/markings.yaml). On a printed form the rest of a field's text is written wherever there is
room on the next page, unmarked, inside whatever field comes first there: nothing tells which of
its lines are the continuation. So the first explicitly marked portion after the next page break
(a repeated banner, a running head) is raised to the continued portion's marking (fail closed,
round 99: an `(S)` narrative "continued on page 2" sat in a `(U)` block of page 2)."""
from __future__ import annotations

from ..document import Portion
from .pages import page_map
from .raising import raised_to
from .state import Reading

__all__ = ["continued_portions"]


def continued_portions(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the first marked portion after each page break that follows a portion
    saying it goes on there raised to that portion's marking."""
    pattern = r.g.continued_elsewhere.compiled
    continued = [p for p in portions if p.marking is not None and p.end > p.body_start
                 and r.search(pattern, p.body_start, p.end) is not None]
    if not continued:
        return portions
    breaks = sorted([f.start for f in r.fields if f.name == "banner"] + _running_heads(r) + _page_markers(r))
    out = list(portions)
    label = r.g.continuation_label.compiled
    for p in continued:
        page_break = min((at for at in breaks if at >= p.end), default=None)
        if page_break is None:
            continue
        page_end = min((at for at in breaks if at > page_break), default=len(r.text))
        # the page's unmarked text labelled as continued (`Item 12 continued:`, round 105) is the continuation;
        # else nothing tells which is: the first marked portion after the break
        k = next((k for k, q in enumerate(out) if page_break < q.start < page_end and not q.explicit
                  and label.match(r.text, q.start) is not None), None)
        if k is None:
            k = next((k for k, q in enumerate(out) if q.start > page_break and q.explicit and q.end > q.body_start), None)
        if k is not None and p.marking is not None:
            out[k] = raised_to(r, out[k], [p.marking], f"the text of the portion marked {p.marking.portion_mark()} "
                                                      f"that says it is continued on the next page may sit in it")
    return out


def _page_markers(r: Reading) -> list[int]:
    """The starts of the lines that give a page's number alone (`--- p. 2 ---`, `- 2 -`, `Page 2 of 3`)."""
    return [start for _, start, _ in page_map(r).marker_lines]


def _running_heads(r: Reading) -> list[int]:
    """The starts of the lines that end in a page number (`SECURITY INCIDENT REPORT    Page 2 of 2`)."""
    head = r.g.running_head.compiled
    return [seg.start for seg in r.segs if not seg.blank and seg.text[-1:].isdigit() and head.search(seg.text) is not None]
