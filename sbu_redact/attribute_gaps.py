"""Words in a tag's attribute that stand between portions are withheld with the portion the tag opens (review37f a08).

`<p>(U) The consular section reopened.</p>` / `<div title="defector is hiding at the Karimov dacha"><p>(U) Visa
appointments resume.</p></div>` on a SECRET page: the reader raises the portion the titled tag opens (or holds,
`reader/hidden_attributes.py`), but the tag itself stands in the markup between portions, which a version keeps as
written, so the title went out with it. Here each such attribute's value (the rules' `hidden_attribute_text`) outside
every portion is withheld wherever the portion it belongs to is withheld: the next portion after it (the tag opens
it), or the one before it when none follows. Only more is withheld, never less (fail closed).
"""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from .markings import Grammar
    from .policy import PortionDecision


def withheld_attribute_spans(text: str, decisions: Sequence[PortionDecision],
                             grammar: Grammar) -> list[tuple[int, int, PortionDecision]]:
    """(start, end, decision) of each hidden attribute's value outside every portion of `decisions` whose portion
    (the next one, else the one before) is withheld; offsets into `text`, the document's original."""
    if "=" not in text and "{{" not in text:
        return []
    ordered = sorted(decisions, key=lambda d: d.portion.start)
    starts = [d.portion.start for d in ordered]
    out = []
    for m in grammar.hidden_attribute_text.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and ordered[i].portion.start <= m.start() < ordered[i].portion.end:
            continue  # (inside a portion: withheld or released with it)
        owner = ordered[i + 1] if i + 1 < len(ordered) else (ordered[i] if i >= 0 else None)
        if owner is None or not owner.withheld:
            continue
        start, end = m.start(), m.end()
        quote = text[end - 1]
        if quote in "\"'":  # (an HTML attribute: its quoted value only, the tag stays whole)
            opening = text.rfind(quote, start, end - 1)
            if opening >= start:
                start, end = opening + 1, end - 1
        if start < end:
            out.append((start, end, owner))
    return out
