"""The cells of an HTML table row (issue 8, round 134): `<tr><td>(U) Fraud unit</td><td>Investigating a ring
...</td><td>The bank's compliance office ...</td></tr>`, which the view reads as a bar row (`|(U) Fraud unit|
Investigating ...|...`: `textview`, a cell's start tag a `|`). A mark that opens a cell's text marks that cell:
where the cell ends is certain from the markup (the next cell's start tag), so the row's next cells, without marks
of their own, are no part of the marked portion. Unmarked, they take what unmarked text takes (the level of the
page), never the (U) of the cell beside them; a next cell with a mark of its own is marked by it.

Only rows whose every bar in the view is a cell's start tag in the original (no `|` written in a cell's text);
a mark alone in its cell (a column of marks) and a mark that does not read exactly leave the row as it was
(`cells.table_cells` reads those). Nothing is lowered: the marked cell keeps its mark.
"""
from __future__ import annotations

import re

from ..document import Portion
from .cells import cell_mark, exact, row_cells
from .state import Reading


# a cell's start tag (`<td>`, `<TH class="x">`), not `<thead>` or `<tbody>`
_CELL_TAG = re.compile(r"<t[dh](?=[\s>/])", re.IGNORECASE)

def html_cells(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the next cells of a marked HTML table cell set apart (module docstring)."""
    view = r.view
    if view.identity or "|" not in r.text or "<t" not in view.original and "<T" not in view.original:
        return portions
    out: list[Portion] = []
    for p in portions:
        pieces = _split(r, p) if p.kind == "table_row" and p.explicit else None
        out.extend(pieces if pieces is not None else [p])
    return out


def _split(r: Reading, p: Portion) -> list[Portion] | None:
    text = r.text
    if p.mark_start is None or p.mark_end is None or p.marking is None or not exact(p.marking) \
            or "\n" in text[p.start:p.end].rstrip("\n"):
        return None
    lo = text.rfind("\n", 0, p.start) + 1
    hi = text.find("\n", p.start)
    hi = len(text) if hi == -1 else hi
    if not _html_row(r, lo, hi):
        return None
    cells = row_cells(text, lo, hi)
    if cells is None:
        return None
    at = next((k for k, (s, e) in enumerate(cells) if s <= p.mark_start < e), None)
    if at is None or at + 1 == len(cells):
        return None
    own = cell_mark(r, text, *cells[at])
    if own is None or own[1] != p.mark_start or own[3]:
        return None  # (the mark does not open its cell, or stands alone in it: a column of marks)
    later = [(s, e) for s, e in cells[at + 1:] if s < p.end]
    marks = [cell_mark(r, text, s, e) for s, e in later]
    if all(m is not None for m in marks) or any(m is not None and not exact(m[0]) for m in marks):
        return None
    r.problem("CELL_MARK", "info", "a mark inside an HTML table cell marks that cell only: the row's next cells "
              "take what unmarked text takes, not that cell's mark", later[0][0], p.end)
    s0, e0 = cells[at]
    out = [Portion(p.start, e0, min(p.body_start, e0), p.kind, p.number, p.marking, True, p.mark_start, p.mark_end)]
    for (s, e), m in zip(later, marks):
        e = min(e, p.end)
        if m is None:
            out.append(Portion(s, e, s, p.kind, None, None, False))
        else:
            body = m[2]
            while body < e and text[body] in " \t":
                body += 1
            out.append(Portion(s, e, body if m[1] == s else s, p.kind, None, m[0], True, m[1], m[2]))
    return out


def _html_row(r: Reading, lo: int, hi: int) -> bool:
    """Is the view's line `lo:hi` a row of HTML cells: does each of its bars stand for a cell's start tag in the
    original (`<td>`, `<th class="x">`), with no bar written in the original line?"""
    view = r.view
    bars = r.text.count("|", lo, hi)
    if bars < 2:
        return False
    original = view.original[view.to_original(lo):view.to_original_end(hi)]
    if "|" in original:
        return False
    return len(_CELL_TAG.findall(original)) == bars  # (`<thead>` is no cell)
