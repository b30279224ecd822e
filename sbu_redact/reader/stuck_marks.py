"""A mark that ends a line of text may mark the unmarked line under it (adv151-011, fix151; adv154-001..003, fix154).

OCR or a careless paste can lose a paragraph break and leave the next paragraph's mark at the end of the previous
paragraph's last line: `(U) The working group met ... draft` / `map annex prepared by the commission. (C//NF)` /
`The chief of staff confided that ... Meghri. (U)`. A mark that closes a line after its text is then as likely the
next line's as its own line's; the next line, when it opens with no mark of its own, is raised to at least that mark
(never lowered, nothing split: fail closed). That reading applies
- in a document where marks open portions (a line opens with one): a closing mark there is out of place;
- in a block of lines (no blank line between) whose last mark closes a line with unmarked text still under it
  (`... Thursday. (S//NF)` / `Beridze said ...` / ... / `We will send a formal cable.`, a slide export's bullets
  with each mark tabbed out to the end of the bullet above): in a document marked at portions' ends the last
  line of a block carries a mark, so the marks of this block sit one line too early.
A block marked only at its portions' ends that ends on a mark is left as it reads. A mark written loosely
(`2. (C/NF)`, one slash) still raises: its level and controls are read, only its form is wrong.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from .raising import raised_to
from .segments import Segment
from .state import Reading

# a line that opens with a portion mark (after an enumerator, a bullet or a quote sign)
_OPENS_WITH_MARK = compile_pattern(r"^[ \t>*_\-•]*(?:[(\[]?[0-9A-Za-z]{1,3}[.)\]][ \t]*)?[(\[][A-Z][A-Za-z/ ,\-]{0,39}[)\]]")
# a line that opens with a portion mark and goes on in words (`2. (C//NF) The ...`); the mark's tokens are the grammar's
_OPENING_LINE = r"(?m)^[ \t>*_\-•]*(?:\d{{1,3}}[.)][ \t]*)?\((?:{tokens})(?://[^()\n]{{1,40}})?\)[ \t]+\w"


@functools.lru_cache(maxsize=8)
def _opening_lines(tokens: str) -> re.Pattern[str]:
    """`_OPENING_LINE` for one grammar's mark tokens (keyed by the tokens themselves: rules that spell other
    tokens get their own pattern)."""
    return compile_pattern(_OPENING_LINE.format(tokens=tokens))
# a mark that closes a line after the line's own text (`... the commission. (C//NF)`, `SCHEDULE.(C)`, `...\t\t(U)`)
_CLOSING_MARK_AT_END = compile_pattern(r"\w[^\n]*?[ \t.,;!?\"')\]][ \t]*[(\[](?P<inner>[A-Z][A-Za-z/ ,\-]{0,39})[)\]][ \t*_]*$")
# fix40b, adv156-020: and a loose one with a comma or semicolon after it, `... it publicly supports (S/NF),`
_CLOSING_MARK = compile_pattern(r"\w[^\n]*?[ \t.,;!?\"')\]][ \t]*[(\[](?P<inner>[A-Z][A-Za-z/ ,\-]{0,39})[)\]]"
                                r"[ \t*_]*(?:[,;][ \t*_]*)?$")


def _closing_marking(r: Reading, seg: Segment, closing: re.Pattern[str] = _CLOSING_MARK) -> Marking | None:
    """The marking of the mark that closes `seg` after its text, if it reads as a level (its form's errors dropped:
    `C/NF` still says CONFIDENTIAL and NOFORN)."""
    m = closing.search(seg.text)
    if m is None:
        return None
    marking = r.marks.read_mark(m.group("inner"))
    if marking is None or marking.level is None:
        return None
    return marking if marking.valid else replace(marking, problems=())


def _marks_one_line_early(r: Reading, block: list[Segment]) -> bool:
    """True when the last line of `block` that a mark closes has unmarked text under it in the block, the mark read
    at the line's very end or also before a comma or semicolon (either reading: a block's last line ending `(U),`
    must not hide the lines above that main's reading raised; review40b)."""
    return any(_last_closed_line_has_text_under(r, block, closing) for closing in (_CLOSING_MARK_AT_END, _CLOSING_MARK))


def _last_closed_line_has_text_under(r: Reading, block: list[Segment], closing: re.Pattern[str]) -> bool:
    for k in range(len(block) - 1, -1, -1):
        if _OPENS_WITH_MARK.match(block[k].text) is not None:
            return False
        if _closing_marking(r, block[k], closing) is not None:
            return k < len(block) - 1
    return False


def raise_under_closing_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each one that holds the start of an unmarked line under a line closed by a mark raised to
    at least that mark, in a document whose marks open their portions or in a block whose marks sit a line early."""
    marks_open = _opening_lines(r.g.portion_mark_tokens).search(r.text) is not None
    starts = [p.start for p in portions]
    raises: dict[int, list[Marking]] = {}
    n, count = 0, len(r.segs)
    while n < count:
        if r.segs[n].blank:
            n += 1
            continue
        end = n
        while end < count and not r.segs[end].blank:
            end += 1
        block = r.segs[n:end]
        if len(block) > 1 and (marks_open or _marks_one_line_early(r, block)):
            for line, below in zip(block, block[1:]):
                if _OPENS_WITH_MARK.match(below.text) is not None:
                    continue
                marking = _closing_marking(r, line)
                if marking is None:
                    continue
                at = below.start + len(below.text) - len(below.text.lstrip())
                i = bisect.bisect_right(starts, at) - 1
                if i >= 0 and portions[i].start <= at < portions[i].end:
                    raises.setdefault(i, []).append(marking)
        n = end
    if not raises:
        return portions
    return [raised_to(r, p, raises[i], "a mark closing the line above may be this line's own (a lost paragraph "
                                       "break): the text takes at least that mark") if i in raises else p
            for i, p in enumerate(portions)]
