"""A mark inside a fenced code block is code, not a portion mark: its portion takes the level of the portions that
introduce the block (review36m 04b, review38b; issue 8).

`(S//NF) The tasking script below pulls the feed for asset GRANITE HAWK` / ```` ``` ```` / `grep -E '(U)' feed.log |
\\` / `(U) asset GRANITE HAWK feed --since 0600Z` / ```` ``` ````: a `(U)` that opens a line of a fenced block (the
blocks `fenced_blocks` reads: any indentation, ```` ``` ```` or `~~~`, an unclosed fence running to the end) is a
string of the code (a grep pattern, a comment, a log line), so it marks nothing. Nothing is split or released: each
portion whose mark stands inside a block only takes at least the marking of the last portion that opens before the
fence (the block goes on with it) and of every portion on the unbroken run of lines right above the fence (no blank
line between): `(S//NF) The tasking script below pulls the feed ...` / `(U) Runbook excerpt:` / ```` ``` ```` /
`(U) curl ...?asset=GRANITE_HAWK` is the SECRET script's code, not (U) text (review38b cb01). A block set off by a
blank line under a (U) portion keeps (U) (`(U) An example of a portion mark in a template:` / blank / a block of
`(U) The office opens at 9.`, open38b): raising to the banner there cost (U) text.

A diagram's quoted label or `%%` comment that `diagram_labels` read by its own mark keeps it, raised only so (to the
portions that introduce the diagram: `(S//NF) Source chain for OBSIDIAN:` over a Mermaid graph's `["(U) OBSIDIAN
meets ..."]`, review38b cb04; only by marked portions: an unmarked caption's inherited level does not overrule the
labels' marks, structure32); every other mark in a diagram block (a line-start `(U)` in a ```` ```puml notes ````
block, which no diagram reader reads) is code like any other.
"""
from __future__ import annotations

import bisect

from ..document import Portion
from ..markings import Marking
from .fenced_blocks import fenced_blocks
from .raising import raised_to
from .state import Reading


def raise_code_block_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each portion whose mark stands inside a fenced block raised to the markings of the portions
    that introduce the block (module docstring)."""
    blocks = [(b.start, b.end) for b in fenced_blocks(r.text)]
    if not blocks:
        return portions
    out = list(portions)
    starts = [p.start for p in out]
    for k, p in enumerate(out):
        if p.mark_start is None or p.marking is None:
            continue
        block = next(((s, e) for s, e in blocks if s < p.mark_start < e), None)
        if block is None:
            continue
        label = p.mark_start in r.diagram_label_marks
        owners = _introducing(r, out[:bisect.bisect_left(starts, block[0])], block[0], marked_only=label)
        if not owners:
            continue
        said = ("a diagram label's own mark: at least the level of the marked portions that introduce the diagram"
                if label else
                "its mark stands inside a fenced code block, where it is code, not a mark: it takes the level of the "
                "portions that introduce the block")
        out[k] = raised_to(r, p, owners, said)
    return out


def _introducing(r: Reading, before: list[Portion], fence: int, marked_only: bool) -> list[Marking]:
    """The markings of the portions that introduce a block whose fence starts at `fence`: the last portion with a
    valid marking that opens before it, and every portion that ends on the unbroken run of lines above it. With
    `marked_only` (for a diagram label's own mark), only portions marked by a mark of their own: an unmarked
    caption takes the document's level, which must not overrule the labels' own marks (round 134)."""
    text = r.text
    run_start = fence
    while run_start > 0:  # (back over the lines above the fence up to a blank line)
        line_start = text.rfind("\n", 0, run_start - 1) + 1
        if not text[line_start:run_start].strip():
            break
        run_start = line_start
    owners: list[Marking] = []
    for q in reversed(before):
        if q.marking is None or not q.marking.valid or marked_only and not q.explicit:
            continue
        if not owners:
            owners.append(q.marking)
        elif q.end > run_start:
            owners.append(q.marking)
        else:
            break
    return owners
