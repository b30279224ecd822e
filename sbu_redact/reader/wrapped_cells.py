"""A (U) table row whose text goes on with the classified row right above it is raised to that row's level (fix40b).

    | (S//NF) | A liaison service reports that Iranian advisers at Hodeidah are preparing |
    | (U)     | two explosive boats for an attack on a tanker before the end of December. |

A spreadsheet export or a pasted table wraps a long cell onto the next row, and the next row's mark cell says
`(U)` (adv156-017, adv158-026): the wrapped half of the classified sentence was released under the row's `(U)`.
Where the row above is marked higher, its text cell stops in the middle of a sentence (no `.`, `!`, `?`, `:` or
`;` at its end, at least five words) and this row's text cell in the same column goes on with it (in lower case, or
after a word no sentence ends on: rules `unfinished_line_words`), the row's `(U)` may be a wrap's: the row takes the
level of the row above. A row with cells of its own after its text (`| (U) | Update the list | RSO | 12/07 |`) under a
row that has them too is a row, not a wrap. Nothing is split or lowered; a run of such rows is raised row by row.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import compile_pattern
from .raising import raised_to
from .state import Reading

_SENTENCE_END = compile_pattern(r"[.!?:;\u2026][\"'\u201d\u2019)\]*_]*[ \t]*$")
_LOWER_START = compile_pattern(r"[ \t*_]*[^\W\d_A-Z]")
_CELL_SPLIT = re.compile(r"\t|[ \t]*\|[ \t]*|[ \t]{2,}")
_MIN_WORDS = 5


def raise_wrapped_cells(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each unclassified table row whose text cell goes on with the higher row above raised to it."""
    out = list(portions)
    for k in range(1, len(out)):
        p, above = out[k], out[k - 1]
        m, up = p.marking, above.marking
        if p.kind != "table_row" or above.kind != "table_row" or not p.explicit or p.mark_start is None \
                or m is None or not m.valid or m.rank != 0 or up is None or not up.valid \
                or not (up.rank > 0 or up.controls) or above.mark_start is None:
            continue
        if r.text[above.end:p.start].strip() or r.text.count("\n", above.end, p.start) > 1:
            continue  # (rows of one table, line after line)
        here = _text_cell(r, p)
        there = _text_cell(r, above)
        if here is None or there is None or here[0] != there[0] or here[2] and there[2]:
            continue  # (a row with its own cells after the text, `| (U) | Update the list | RSO | 12/07 |`, under
            # one that has them too is a row of its own, not a wrap; adv103-023)
        before, after = there[1], here[1]
        if len(before.split()) < _MIN_WORDS or _SENTENCE_END.search(before) is not None or not after:
            continue
        if _LOWER_START.match(after) is None and not _ends_on_a_word_that_goes_on(r, before):
            continue
        out[k] = raised_to(r, p, [up], "its text cell goes on with the sentence of the higher row above it (a wrapped "
                                       "cell under a `(U)` mark cell): it takes that row's level")
    return out


def _text_cell(r: Reading, p: Portion) -> tuple[int, str, bool] | None:
    """(its column after the mark cell, its text, whether a later cell holds text) of the first cell after row `p`'s
    mark cell that holds text."""
    assert p.mark_start is not None and p.mark_end is not None
    line_start = r.text.rfind("\n", 0, p.mark_start) + 1
    line_end = r.text.find("\n", p.mark_end)
    line_end = len(r.text) if line_end == -1 else line_end
    rest = r.text[p.mark_end:line_end]
    if r.text[line_start:p.mark_start].strip(" \t|"):
        return None  # (the mark cell opens the row)
    cells = _CELL_SPLIT.split(rest)
    for column, cell in enumerate(cells):
        if cell.strip():
            return column, cell.strip(), any(later.strip() for later in cells[column + 1:])
    return None


def _ends_on_a_word_that_goes_on(r: Reading, text: str) -> bool:
    found = r.g.unfinished_line.compiled.search(text)
    return found is not None and found.group(0).rstrip()[-1:].isalpha()
