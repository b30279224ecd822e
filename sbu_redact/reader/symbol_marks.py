"""A `(U)` that opens a line in the middle of the sentence above is raised to that sentence's level (open37b; issue 8).

`(S//NF) The reactor runs at 27 MW. Below` / `(U) is the coolant's internal energy; the reactor has not shut down
...` (review36m 67): the line above ends in no sentence punctuation and the text after the `(U)` goes on in lower
case, so the `(U)` may be the sentence's symbol (an energy, a variable) rather than a new portion's mark. Nothing is
split or released: the `(U)` portion only takes the level of the marked portion its line continues.
"""
from __future__ import annotations

from ..document import Portion
from ..lazyre import compile_pattern
from .raising import raised_to
from .state import Reading

# a line that ends a sentence or a clause with no more to say (`.`, `!`, `?`, `:`, `;`, an ellipsis, a closing
# bracket or quote after them): the next line may open a new portion
_SENTENCE_END = compile_pattern(r"[.!?:;\u2026][\"'\u201d\u2019)\]*_]*[ \t]*$")
_LOWER_WORD = compile_pattern(r"[ \t]*[^\W\d_A-Z]")


def raise_symbol_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each (U) portion whose mark opens a line that goes on with the sentence of the marked
    portion just above it raised to that portion's marking."""
    out = list(portions)
    for k in range(1, len(out)):
        p, above = out[k], out[k - 1]
        m, up = p.marking, above.marking
        if not p.explicit or p.kind != "paragraph" or p.mark_start is None or p.mark_end is None or m is None \
                or not m.valid or m.rank != 0 or up is None or not up.valid or up.rank == 0 \
                or above.mark_start is None or r.text[p.mark_start:p.mark_end] != "(U)":
            continue  # (only a bare `(U)` reads as a symbol; a table's class cell, `U`, is a mark)
        line_start = r.text.rfind("\n", 0, p.mark_start) + 1
        if line_start != p.mark_start or line_start == 0:
            continue  # (the mark does not open its line at its first column: an outline's indented item)
        gap = r.text[above.end:line_start]
        if gap.strip() or gap.count("\n") > 1 or above.end > line_start:
            continue  # (a blank line or other text between: the author began a new paragraph)
        prev_start = r.text.rfind("\n", 0, line_start - 1) + 1
        prev_line = r.text[prev_start:line_start - 1]
        if not prev_start <= above.mark_start < line_start or len(prev_line.split()) < 3 \
                or _SENTENCE_END.search(prev_line) is not None or _LOWER_WORD.match(r.text, p.mark_end) is None:
            continue  # (the marked sentence above opens on the line above, `(S//NF) The reactor runs at 27 MW.
            # Below`, and the `(U)` line goes on with it in lower case; not under a chat's sender line or a drop cap)
        out[k] = raised_to(r, p, [up], "its mark opens a line that goes on with the sentence above in lower case (the "
                                       "`(U)` may be a symbol of that sentence): it takes that sentence's level")
    return out
