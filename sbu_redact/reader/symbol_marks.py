"""A `(U)` that opens a line in the middle of the sentence above is raised to that sentence's level (open37b; issue 8);
a `(U)` in a list of symbols whose other letters are no marks is raised to the level unmarked text takes (open38b).

`(S//NF) The reactor runs at 27 MW. Below` / `(U) is the coolant's internal energy; the reactor has not shut down
...` (review36m 67): the line above ends in no sentence punctuation and the text after the `(U)` goes on in lower
case, so the `(U)` may be the sentence's symbol (an energy, a variable) rather than a new portion's mark. Nothing is
split or released: the `(U)` portion only takes the level of the marked portion its line continues.

`- (U) denotes the enrichment fraction of the feed;` / `  the centrifuge hall at Qom-2 holds 1,044 IR-6 machines` /
`- (P) denotes the product assay.` (review37c e15): items of a list that each open with a letter in parentheses and a
verb of defining (rules `defined_symbol_item`), one of whose letters reads as no mark (`(P)`), define symbols; the
`(U)` among them is a symbol too, so its item is unmarked text and takes the level such text takes (`inherited`). A
legend of marks (`- (U) denotes unclassified` / `- (C) denotes confidential`: every letter a mark) is left as it is.
"""
from __future__ import annotations

from ..document import Portion
from ..markings import Marking
from ..lazyre import compile_pattern
from .chat_continuations import MESSAGE_LABEL
from .raising import raised_to
from .state import Reading

# a line that ends a sentence or a clause with no more to say (`.`, `!`, `?`, `:`, `;`, an ellipsis, a closing
# bracket or quote after them): the next line may open a new portion
_SENTENCE_END = compile_pattern(r"[.!?:;\u2026][\"'\u201d\u2019)\]*_]*[ \t]*$")
_LOWER_WORD = compile_pattern(r"[*_]{0,3}[ \t]*[^\W\d_A-Z]")
# (open38a, review37b) what may stand before a line's mark and still leave the mark at the line's head: an indent,
# quote markers, a bullet, Markdown emphasis (`  a.` outline items are not: they open items of their own)
_LINE_HEAD = compile_pattern(r"[ \t>]*(?:[-*+\u2022][ \t]+)?[*_]{0,3}")
_BLANK_LINE = compile_pattern(r"[ \t]*\n")


def raise_symbol_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each (U) portion whose mark opens a line that goes on with the sentence of the marked
    portion just above it raised to that portion's marking."""
    out = list(portions)
    for k in range(1, len(out)):
        p, above = out[k], out[k - 1]
        m, up = p.marking, above.marking
        if not p.explicit or p.mark_start is None or p.mark_end is None or m is None \
                or not m.valid or m.rank != 0 or up is None or not up.valid or up.rank == 0 \
                or above.mark_start is None or r.text[p.mark_start:p.mark_end] != "(U)":
            continue  # (only a bare `(U)` reads as a symbol; a table's class cell, `U`, is a mark)
        line_start = r.text.rfind("\n", 0, p.mark_start) + 1
        if line_start == 0 or not _opens_line(r, line_start, p.mark_start, p.kind):
            continue  # (the mark does not open its line: an outline's item, text before it)
        prev_end = line_start - 1
        gap_lines = 0
        # (open38a) one blank or blank-looking line between still leaves the sentence above open (`... through` /
        # `   ` / `(U) the Jebel Ali free zone ...`): a new paragraph opens in upper case, this one goes on in lower
        while gap_lines < 1 and prev_end > 0:
            before = r.text.rfind("\n", 0, prev_end) + 1
            if r.text[before:prev_end].strip(" \t>"):
                break
            prev_end, gap_lines = before - 1, gap_lines + 1
        gap = r.text[above.end:prev_end]
        if gap.strip() or above.end > line_start:
            continue  # (other text between: the author began a new paragraph)
        prev_start = r.text.rfind("\n", 0, prev_end) + 1
        prev_line = r.text[prev_start:prev_end]
        if not prev_start <= above.mark_start < prev_end or len(prev_line.split()) < 3 \
                or _SENTENCE_END.search(prev_line) is not None or _LOWER_WORD.match(r.text, p.mark_end) is None:
            continue  # (the marked sentence above opens on the line above, `(S//NF) The reactor runs at 27 MW.
            # Below`, and the `(U)` line goes on with it in lower case; not under a chat's sender line or a drop cap)
        above_head, head = r.text[prev_start:above.mark_start], r.text[line_start:p.mark_start]
        if above_head != head and not (p.kind == "paragraph" and line_start == p.mark_start) \
                and not (head and not head.strip() and len(head) == len(above_head)):
            continue  # (open38a: the `(U)` line stands where the line above stands, the same indent, quote, bullet
            # or chat sender before both marks, or a hanging indent under an item's label, `  a. (S//NF) ...` /
            # `     (U) is the ...`; a plain paragraph's mark at the margin as before)
        out[k] = raised_to(r, p, [up], "its mark opens a line that goes on with the sentence above in lower case (the "
                                       "`(U)` may be a symbol of that sentence): it takes that sentence's level")
    return out


def raise_defined_symbols(r: Reading, portions: list[Portion], inherited: Marking | None) -> list[Portion]:
    """`portions` with each unclassified item of a run of adjacent symbol-defining items (`defined_symbol_item`), one
    of which has a letter that is no mark, raised to `inherited`."""
    if inherited is None or not inherited.valid or inherited.rank == 0 or "(" not in r.text:
        return portions
    items = [r.g.defined_symbol_item.match(r.text, p.start) is not None for p in portions]
    out = list(portions)
    k = 0
    while k < len(out):
        if not items[k]:
            k += 1
            continue
        run_end = k + 1
        while run_end < len(out) and items[run_end] and r.text.count("\n", out[run_end - 1].end, out[run_end].start) <= 2:
            run_end += 1
        run = range(k, run_end)
        if len(run) > 1 and any(_no_mark(out[j]) for j in run):
            for j in run:
                m = out[j].marking
                if m is not None and m.valid and m.rank == 0:
                    out[j] = raised_to(r, out[j], [inherited], "its mark opens an item of a list of symbols whose other "
                                                               "letters are no marks: it is a symbol, and the item is "
                                                               "unmarked text")
        k = run_end
    return out


def _no_mark(p: Portion) -> bool:
    """Does `p` open with something that reads as no mark (`(P)`)."""
    return p.marking is None or not p.marking.valid or p.doubtful  # (`(P)` is read as an UNKNOWN, doubtful mark)


def _opens_line(r: Reading, line_start: int, mark_start: int, kind: str) -> bool:
    """Does the mark at `mark_start` stand at its line's head: at the margin of a paragraph (open37b), or (open38a,
    review37b) after only an indent, quote markers, a bullet or emphasis, or a chat message's sender, whatever the
    portion's kind (`> (U) the Kharg terminal ...`, `[14:02] k.ito: (U) is the ...`, `**(U)** the second hall`)?"""
    if line_start == mark_start:
        return kind == "paragraph"
    head = r.text[line_start:mark_start]
    return _LINE_HEAD.fullmatch(head) is not None or MESSAGE_LABEL.fullmatch(head) is not None
