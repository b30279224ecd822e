"""A pandoc grid table's rows: every line of a row takes the row's mark (fixmarks35).

    +--------+------------------------------------------+-------+
    | Date   | Event                                    | Class |
    +========+==========================================+=======+
    | 5 Dec  | Staff holiday party; guest list and gate | SBU   |
    |        | code 2291 will be held by Post One.      |       |
    +--------+------------------------------------------+-------+

A grid row runs over several lines, up to the next `+---` rule, and its Class cell is filled on
its first line only: read one line at a time, the row's later lines were unmarked text (released
under an UNCLASSIFIED banner, adv143-052) and a `U` row's later lines took a SECRET document's
level (over-redaction, adv143-010). Here, in a grid whose header names a column of marks
(`marks_column_header`: Class, Classification, Mark), the cell's text of that column over the
row's lines, with or without parentheses (`U`, `(SBU)`, `S//NF`), read exactly as one mark, is the
row's mark: every portion of the row's lines is raised to it, never lowered. An unmarked line is
raised after it has inherited the document's level (`raise_grid_rows`, after `inherit`): a `U`
Class cell does not lower a row's later lines in a SECRET document, whatever another cell of the
row says (review35c: a row whose first line was marked `S//NF` in its text cell, and a `Level`
column of clearances, `TS`/`U`, released the row's notes). So a `U` row's later lines in a SECRET
document stay SECRET (adv143-010 over-redacted, failing closed).

A table drawn with Unicode box characters (`┌─┬─┐`, `│`, `├─┼─┤`, `╞═╪═╡`, double lines `╔═╦═╗ ║`) is the same
grid (adv146-006): it is read through a view of the text where each box character stands for its ASCII
equivalent, one character for one, so every offset is the original's. Such tables (and grids without a `+===+`
rule) seldom mark the header off with `=`: there, the first rule under the header row is the header rule.
Lines ending in CR LF are read without the CR. A portion that runs over several rows (a box table is not
split into lines as a `|` table is) is first cut at the rows' edges, each piece keeping its marking: the rows'
marks then only raise the pieces (adv146-036: the whole table had taken its first row's (U), the SBU row too).
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .cells import exact
from .state import Reading

_RULE = re.compile(r"[ \t]*\+(?:[-=:]+\+){2,}[ \t]*")
_HEADER_RULE = re.compile(r"[ \t]*\+(?:[=:]+\+){2,}[ \t]*")
# (one ASCII character for each box-drawing character, so the view keeps every offset of the text)
_BOX_TO_ASCII = str.maketrans({
    **{ch: "+" for ch in "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫┏┓┗┛┣┫┳┻╋┍┑┕┙┝┥┯┷┿┎┒┖┚┠┨┰┸╂"},
    **{ch: "-" for ch in "─━┄┅┈┉╌╍"},
    "═": "=",
    **{ch: "|" for ch in "│┃║┆┇┊┋╎╏"},
})


def grid_rows(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the lines of each row of a grid table marked by the row's Class cell (module docstring)."""
    text = r.text.translate(_BOX_TO_ASCII)
    if ("+-" not in text and "+=" not in text) or "|" not in text:
        return portions
    lines = _line_spans(text)
    out = list(portions)
    k = 0
    while k < len(lines):
        if not _RULE.fullmatch(text[lines[k][0]:lines[k][1]]):
            k += 1
            continue
        end = k + 1
        while end < len(lines) and (_RULE.fullmatch(text[lines[end][0]:lines[end][1]])
                                    or text[lines[end][0]:lines[end][1]].strip().startswith("|")):
            end += 1
        _table(r, text, lines[k:end], out)
        k = end
    return out


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    while at <= len(text):
        nl = text.find("\n", at)
        stop = len(text) if nl == -1 else nl
        spans.append((at, stop - 1 if stop > at and text[stop - 1] == "\r" else stop))
        if nl == -1:
            break
        at = nl + 1
    return spans


def _table(r: Reading, text: str, lines: list[tuple[int, int]], out: list[Portion]) -> None:
    first = text[lines[0][0]:lines[0][1]]
    indent = len(first) - len(first.lstrip(" \t"))
    bars = [i for i, ch in enumerate(first) if ch == "+"]
    if len(bars) < 3:
        return
    rules = [i for i, (s, e) in enumerate(lines) if _RULE.fullmatch(text[s:e])]
    # (not the top rule: a double-line box table `╔═╦═╗` draws every rule with `=`)
    header_rule = next((i for i in rules if i > 0 and _HEADER_RULE.fullmatch(text[lines[i][0]:lines[i][1]])), None)
    if header_rule is None and len(rules) > 2:
        header_rule = rules[1]  # (no `=` rule: the first rule under the header row, as box tables draw it)
    if header_rule is None or header_rule == 0:
        return  # (no header row to name a column of marks)
    columns = [(a + 1, b) for a, b in zip(bars, bars[1:])]
    if any(not _aligned(text, s, e, bars, indent) for s, e in lines):
        return  # (cells not told apart for certain: left as read)
    header = [" ".join(_cell(text, lines[i], c) for i in range(1, header_rule)).strip(" *_:") for c in columns]
    named = [i for i, name in enumerate(header) if r.g.marks_column_header.fullmatch(" ".join(name.split()))]
    if len(named) != 1:
        return
    column = columns[named[0]]
    cuts = {lines[i][0] for i in rules if i > header_rule} | {lines[header_rule + 1][0]} if header_rule + 1 < len(lines) \
        else set()
    _cut_at(r, out, cuts)
    for top, bottom in zip(rules, rules[1:]):
        if top < header_rule or bottom - top < 2:
            continue
        row = lines[top + 1:bottom]
        value = " ".join(_cell(text, span, column) for span in row).strip()
        mark = _row_mark(r, value)
        if mark is None:
            continue
        _mark_row(r, out, row[0][0], row[-1][1], mark)


def _cut_at(r: Reading, out: list[Portion], cuts: set[int]) -> None:
    """Each portion of `out` that runs over one of `cuts` (a row's first line) cut there, the pieces keeping its
    marking. A cut portion's span is a block whose pieces a statement raises together (`diagram_labels.
    raise_split_blocks`): a statement that reaches one piece of the table reaches all (splits moved raises before)."""
    i = 0
    while i < len(out):
        p = out[i]
        inside = sorted(c for c in cuts if p.start < c < p.end)
        if not inside:
            i += 1
            continue
        edges = [p.start, *inside, p.end]
        pieces = []
        for lo, hi in zip(edges, edges[1:]):
            has_mark = p.mark_start is not None and lo <= p.mark_start < hi
            pieces.append(Portion(lo, hi, min(max(lo, p.body_start), hi), p.kind, p.number if lo == p.start else None,
                                  p.marking, p.explicit, p.mark_start if has_mark else None,
                                  p.mark_end if has_mark else None))
        r.diagram_blocks.append((p.start, p.end))
        out[i:i + 1] = pieces
        i += len(pieces)


def _aligned(text: str, s: int, e: int, bars: list[int], indent: int) -> bool:
    line = text[s:e].rstrip(" \t")
    seps = "+" if _RULE.fullmatch(line) else "|"
    return len(line) == bars[-1] + 1 and all(line[b] in seps for b in bars) and line[:indent].strip() == ""


def _cell(text: str, span: tuple[int, int], column: tuple[int, int]) -> str:
    return text[span[0] + column[0]:span[0] + column[1]].strip()


def _row_mark(r: Reading, value: str) -> Marking | None:
    inner = value[1:-1].strip() if value.startswith("(") and value.endswith(")") else value
    if not inner or "(" in inner or ")" in inner or len(inner) > 40:
        return None
    marking = r.marks.read_mark(inner)
    return marking if marking is not None and exact(marking) else None


def _mark_row(r: Reading, out: list[Portion], lo: int, hi: int, mark: Marking) -> None:
    changed = False
    for i, p in enumerate(out):
        if p.end <= lo or p.start >= hi:
            continue
        if p.marking is None:
            r.grid_row_raises.append((max(p.start, lo), min(p.end, hi), mark))  # (raised once it has inherited)
            changed = True
        elif p.marking.valid:
            raised = r.g.rollup([p.marking, mark])
            if raised is not None and raised.banner() != p.marking.banner():
                out[i] = p.with_marking(raised)
                changed = True
    if changed:
        r.problem("CELL_MARK", "info", f"every line of this grid table row is at least the row's {mark.portion_mark()}"
                  " in its marks column", lo, hi)


def raise_grid_rows(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` (inherited) with each unmarked line of a grid row raised to the row's mark, never lowered."""
    if not r.grid_row_raises:
        return portions
    out = list(portions)
    for i, p in enumerate(out):
        for lo, hi, mark in r.grid_row_raises:
            if p.end <= lo or p.start >= hi or p.marking is None or not p.marking.valid:
                continue
            raised = r.g.rollup([p.marking, mark])
            if raised is not None and raised.banner() != p.marking.banner():
                p = out[i] = p.with_marking(raised)
    return out
