"""A mark that ends a line of text may mark the unmarked line under it (adv151-011; fix151).

OCR or a careless paste can lose a paragraph break and leave the next paragraph's mark at the end of the previous
paragraph's last line: `(U) The working group met ... draft` / `map annex prepared by the commission. (C//NF)` /
`The chief of staff confided that ... Meghri. (U)`. In a document where marks open portions (a line
opens with one), a mark that closes a line after its text is as likely the next line's as its own line's;
the next line, when it opens with no mark of its own, is raised to at least that mark (never lowered, nothing
split: fail closed). A document marked only at portions' ends is left as it reads.
"""
from __future__ import annotations

import bisect

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from .raising import raised_to
from .state import Reading

# a line that opens with a portion mark (after an enumerator, a bullet or a quote sign)
_OPENS_WITH_MARK = compile_pattern(r"^[ \t>*_\-•]*(?:[(\[]?[0-9A-Za-z]{1,3}[.)\]][ \t]*)?[(\[][A-Z][A-Za-z/ ,\-]{0,39}[)\]]")
_OPENING_LINES = compile_pattern(r"(?m)^[ \t>*_\-•]*(?:\d{1,3}[.)][ \t]*)?\((?:U|C|S|TS|SBU|CUI|FOUO|LES)(?://[^()\n]{1,40})?\)[ \t]+\w")
# a mark that closes a line after the line's own text (`... the commission. (C//NF)`, `SCHEDULE.(C)`)
_CLOSING_MARK = compile_pattern(r"\w[^\n]*?[ \t.,;!?\"')\]][ \t]*[(\[](?P<inner>[A-Z][A-Za-z/ ,\-]{0,39})[)\]][ \t*_]*$")


def raise_under_closing_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each one that holds the start of an unmarked line under a line closed by a mark raised to
    at least that mark, in a document whose marks open their portions."""
    if _OPENING_LINES.search(r.text) is None:
        return portions
    starts = [p.start for p in portions]
    raises: dict[int, list[Marking]] = {}
    for n in range(len(r.segs) - 1):
        line, below = r.segs[n], r.segs[n + 1]
        if line.blank or below.blank or _OPENS_WITH_MARK.match(below.text) is not None:
            continue
        m = _CLOSING_MARK.search(line.text)
        if m is None:
            continue
        marking = r.marks.read_mark(m.group("inner"))
        if marking is None or not marking.valid or marking.level is None:
            continue
        at = below.start + len(below.text) - len(below.text.lstrip())
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and portions[i].start <= at < portions[i].end:
            raises.setdefault(i, []).append(marking)
    if not raises:
        return portions
    return [raised_to(r, p, raises[i], "a mark closing the line above may be this line's own (a lost paragraph "
                                       "break): the text takes at least that mark") if i in raises else p
            for i, p in enumerate(portions)]
