"""A mark inside a fenced code block is code, not a portion mark: its portion takes the level of the portion that
introduces the block (review36m 04b; issue 8).

`(S//NF) The tasking script below pulls the feed for asset GRANITE HAWK` / ```` ``` ```` / `grep -E '(U)' feed.log |
\\` / `(U) asset GRANITE HAWK feed --since 0600Z` / ```` ``` ````: a `(U)` that opens a line of a Markdown code block
(```` ``` ```` or `~~~` fences, closed) is a string of the code (a grep pattern, a comment, a log line), so it marks
nothing; the block's lines belong to the portion above the fence, which the block goes on with. Nothing is split or
released: each portion whose mark stands inside the block only takes at least the marking of the last portion that
opens before the fence (raised, fail closed). A Mermaid or PlantUML block's labels are read by `diagram_labels`.
"""
from __future__ import annotations

import bisect

from ..document import Portion
from ..lazyre import compile_pattern
from .raising import raised_to
from .state import Reading

# a fence that opens a code block (its info string, `bash`, may follow) and one that closes it
_FENCE = compile_pattern(r"(?m)^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)$")
# diagram blocks whose quoted labels carry marks of their own (reader/diagram_labels.py)
_DIAGRAM = compile_pattern(r"(?i)(?:mermaid|plantuml|puml)\b")


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """The (open fence start, close fence end) of each closed fenced code block of `text`, diagrams left out."""
    blocks: list[tuple[int, int]] = []
    at = 0
    while True:
        m = _FENCE.search(text, at)
        if m is None:
            return blocks
        fence = m.group("fence")
        close = compile_pattern(r"(?m)^[ \t]{0,3}" + fence[0] + "{" + str(len(fence)) + r",}[ \t]*$").search(text, m.end())
        if close is None:
            return blocks  # (an unclosed fence: where the code ends is not known)
        if _DIAGRAM.match(m.group("info").strip()) is None:
            blocks.append((m.start(), close.end()))
        at = close.end()


def raise_code_block_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each portion whose mark stands inside a fenced code block raised to the marking of the last
    portion that opens before the block's fence."""
    if "```" not in r.text and "~~~" not in r.text:
        return portions
    blocks = _code_blocks(r.text)
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
        i = bisect.bisect_left(starts, block[0]) - 1
        owner = next((q.marking for q in reversed(out[:i + 1]) if q.marking is not None and q.marking.valid), None)
        if owner is None:
            continue
        out[k] = raised_to(r, p, [owner], "its mark stands inside a fenced code block, where it is code, not a mark: "
                                          "it takes the level of the portion the block goes on with")
    return out
