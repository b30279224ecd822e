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

open39b (review38a s-class, review38z 65, review38b sy02/sy04): the `(U)` line may stand elsewhere than the line
above (another indent, quote depth, emphasis; up to three blank lines; a repeated sender header; the same chat
sender at another minute), open with a capital after a line that stops on an open word (`at`, `to`), and follow a
sentence marked with controls alone (`SBU//NF`); a list whose letters are all marks is one of symbols when an item
defines no marking, and an SBU or FOUO banner is inherited too. Each of these only raises.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from ..lazyre import compile_pattern
from .chat_continuations import MESSAGE_LABEL
from .pages import alone_on_its_line, page_marker_alone
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
_BULLET = compile_pattern(r"[-+\u2022]|\*(?=[ \t])")
# (open39b) an IRC-style chat line's head: a time and a nick in angle brackets (`09:42 <dana> (U) ...`)
_NICK_HEAD = compile_pattern(r"[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?<[^<>\n]{1,40}>[ \t]*[*_]{0,3}")
_CLOCK = compile_pattern(r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?")
_MAX_BLANK_LINES = 3
_MAX_FURNITURE_LINES = 4
_LIST_LABEL = compile_pattern(r"[ \t]*(?:\d{1,2}|[A-Za-z])[.)][ \t]+[*_]{0,3}")


def raise_symbol_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each (U) portion whose mark opens a line that goes on with the sentence of the marked
    portion just above it raised to that portion's marking."""
    out = list(portions)
    for k in range(1, len(out)):
        p, above = out[k], out[_marked_above(r, out, k)]
        m, up = p.marking, above.marking
        if not p.explicit or p.mark_start is None or p.mark_end is None or m is None \
                or not m.valid or m.rank != 0 or up is None or not up.valid or not _above_plain(up) \
                or above.mark_start is None or r.text[p.mark_start:p.mark_end] != "(U)":
            continue  # (only a bare `(U)` reads as a symbol; a table's class cell, `U`, is a mark)
        line_start = r.text.rfind("\n", 0, p.mark_start) + 1
        item = _LIST_LABEL.fullmatch(r.text, line_start, p.mark_start) is not None
        if line_start == 0 or not _opens_line(r, line_start, p.mark_start, p.kind) and not item:
            continue  # (the mark does not open its line: an outline's item, text before it)
        prev_end = line_start - 1
        gap_lines = 0
        # (open38a) one blank or blank-looking line between still leaves the sentence above open (`... through` /
        # `   ` / `(U) the Jebel Ali free zone ...`): a new paragraph opens in upper case, this one goes on in lower
        # (open39b, review38a s04/s18) and so do two or three (`... through` / `` / `` / `(U) the Jebel Ali ...`)
        bare = _alone_on_line(r, p.mark_end)
        furniture = 0
        while gap_lines < _MAX_BLANK_LINES and prev_end > 0:
            before = r.text.rfind("\n", 0, prev_end) + 1
            if r.text[before:prev_end].strip(" \t>\x0c"):
                # (fix40b) a bare `(U)` line may follow a page's foot and head (`Page 1 of 2` / `SECRET` / form feed)
                if not bare or furniture >= _MAX_FURNITURE_LINES or not _page_furniture(r, r.text[before:prev_end]):
                    break
                furniture += 1
                prev_end = before - 1
                continue
            prev_end, gap_lines = before - 1, gap_lines + 1
        prev_end = _over_repeated_header(r, above, prev_end)
        gap = r.text[above.end:prev_end]
        if gap.strip() or above.end > line_start:
            continue  # (other text between: the author began a new paragraph)
        prev_start = r.text.rfind("\n", 0, prev_end) + 1
        prev_line = r.text[prev_start:prev_end]
        if not (prev_start <= above.mark_start < prev_end or bare and _runs_on_to(r, above.mark_start, prev_start)) \
                or len(prev_line.split()) < 3 or _SENTENCE_END.search(prev_line) is not None \
                or _LOWER_WORD.match(r.text, _after_bare(r, p.mark_end) if bare else p.mark_end) is None \
                and not _ends_on_a_word_that_goes_on(r, prev_line):
            continue  # (the marked sentence above opens on the line above, `(S//NF) The reactor runs at 27 MW.
            # Below`, and the `(U)` line goes on with it in lower case, or in any case after a word no sentence
            # ends on (open39b, `... will load crude at` / `- (U) Kharg Island ...`); not under a chat's sender line)
        above_head, head = r.text[prev_start:above.mark_start], r.text[line_start:p.mark_start]
        if not _same_place(above_head, head, _ends_on_a_word_that_goes_on(r, prev_line)) and not (
                (item and _LIST_LABEL.fullmatch(above_head) is not None or _BULLET.search(head) is not None
                 and not _is_chat_head(head)) and _ends_on_a_word_that_goes_on(r, prev_line)):
            continue  # (open39b: a numbered item or a sub-item under a line that stops on `to`, `at`, `with`: `1. (S)
            # ... hand the drives to` / `2. (U) Colonel Haddad ...`, as review38a s05's bullets)
        out[k] = raised_to(r, p, [up], "its mark opens a line that goes on with the sentence above in lower case (the "
                                       "`(U)` may be a symbol of that sentence): it takes that sentence's level")
    return out


def raise_defined_symbols(r: Reading, portions: list[Portion], inherited: Marking | None) -> list[Portion]:
    """`portions` with each unclassified item of a run of adjacent symbol-defining items (`defined_symbol_item`), one
    of which has a letter that is no mark, raised to `inherited`."""
    if inherited is None or not inherited.valid or not _above_plain(inherited) or "(" not in r.text:
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
        if len(run) > 1 and any(_no_mark(out[j]) or not _defines_a_marking(r, out[j]) for j in run):
            for j in run:
                m = out[j].marking
                if m is not None and m.valid and m.rank == 0:
                    out[j] = raised_to(r, out[j], [inherited], "its mark opens an item of a list of symbols whose other "
                                                               "letters are no marks: it is a symbol, and the item is "
                                                               "unmarked text")
        k = run_end
    return out


def _marked_above(r: Reading, portions: list[Portion], k: int) -> int:
    """The index of the portion above `portions[k]` that the `(U)` may continue: the one right above, or (open39b,
    review38a s11/s18) the marked one above up to two unmarked portions that are blank quote lines (`>`) or a
    sender's header line (`Oduya, Mark  9:15 AM`); the gap between is checked by the caller."""
    j = k - 1
    while j > 0 and k - j <= 2 and portions[j].mark_start is None \
            and len(r.text[portions[j].start:portions[j].end].split()) <= 6:
        j -= 1
    return j if portions[j].mark_start is not None else k - 1


def _alone_on_line(r: Reading, mark_end: int) -> bool:
    """(fix40b) Does the mark ending at `mark_end` stand alone on its line (`(U)` and then the line's end)?"""
    line_end = r.text.find("\n", mark_end)
    return line_end != -1 and not r.text[mark_end:line_end].strip(" \t*_")


def _after_bare(r: Reading, mark_end: int) -> int:
    """(fix40b) Where the text under a bare `(U)` line starts: past its line's end and the next line's indent."""
    at = r.text.find("\n", mark_end) + 1
    while at < len(r.text) and r.text[at] in " \t>":
        at += 1
    return at


def _runs_on_to(r: Reading, mark_start: int, line_start: int) -> bool:
    """(fix40b, adv161-005) Does the marked paragraph opening at `mark_start` run on line by line, no blank line
    between, to the line starting at `line_start` (`2. (C) The governor confirmed ... of the` / `next shipment will be
    diverted to`): that line is its sentence's, and a bare `(U)` under it may stand inside that sentence?"""
    if mark_start >= line_start:
        return False
    lines = r.text[mark_start:line_start].split("\n")
    return len(lines) <= 12 and all(line.strip(" \t>") for line in lines[1:-1])


def _page_furniture(r: Reading, line: str) -> bool:
    """(fix40b, adv162-016) Is `line` a page's foot or head between a sentence and its bare `(U)` line: a page's
    number alone (`Page 1 of 2`, `- 2 -`) or a banner alone (`SECRET`), a form feed before either?"""
    stripped = line.strip(" \t\x0c")
    if alone_on_its_line(r.g, stripped) or page_marker_alone(r.g, stripped):
        return True
    if not stripped.isupper() or len(stripped) > 60:
        return False
    marking = r.g.parse(stripped)
    return marking.valid and marking.level is not None


def _above_plain(m: Marking) -> bool:
    """Does `m` say more than a plain `U`: a level above it, or a control (`SBU//NF`, `U//FOUO`: open39b, review38a
    s14, review38b sy04)?"""
    return m.rank > 0 or bool(m.controls)


def _ends_on_a_word_that_goes_on(r: Reading, line: str) -> bool:
    """Does `line` stop on a word no sentence ends on (`at`, `to`, `through`: rules `unfinished_line_words`), so that
    what opens the next line, a capital too, goes on with its sentence? (Not a comma or a dash: a list's items.)"""
    found = r.g.unfinished_line.compiled.search(line)
    return found is not None and found.group(0).rstrip()[-1:].isalpha()


def _same_place(above_head: str, head: str, open_end: bool) -> bool:
    """May the `(U)` line after `head` go on with the marked line after `above_head`? (open38a) the same indent,
    quote, bullet or chat sender before both marks; (open39b, review38a s03/s08/s17/s21, review38z 65) or another
    indent, quote depth or emphasis where the `(U)` line opens no item of its own (no bullet, no list label), and a
    chat sender whose message time alone differs where the line above stops on an open word (`open_end`: `... crosses
    on`; chat lines end in no stop as a rule). Not a chat line of another sender, nor a sub-item's bullet."""
    if _NICK_HEAD.fullmatch(head) is not None and not open_end:
        return False  # (an IRC line, read since open39b: only under a line stopping on an open word, adv103-044)
    if above_head == head:
        return True
    chat_above, chat_here = _is_chat_head(above_head), _is_chat_head(head)
    if chat_above and chat_here:
        return open_end and _speaker(above_head) == _speaker(head)
    if chat_here:
        return False  # (a chat message under a marked paragraph opens a message of its own)
    return _LINE_HEAD.fullmatch(head) is not None and _BULLET.search(head) is None


def _is_chat_head(head: str) -> bool:
    return MESSAGE_LABEL.fullmatch(head) is not None or _NICK_HEAD.fullmatch(head) is not None


def _speaker(head: str) -> str:
    """A chat line's head without its time (`[09:15] m.oduya: ` and `[09:16] m.oduya: ` are one speaker)."""
    return re.sub(r"[\d\s]", "", _CLOCK.sub("", head))


def _over_repeated_header(r: Reading, above: Portion, prev_end: int) -> int:
    """Where the line above the `(U)` line (ending at `prev_end`) is a sender's header line like the one above the
    marked portion's line, the same but for its time (a Teams export's `Oduya, Mark  9:15 AM`, review38a s11): the
    end of the line before it, so the sentence above is read across it; else `prev_end`."""
    assert above.mark_start is not None
    header_start = r.text.rfind("\n", 0, prev_end) + 1
    mark_line = r.text.rfind("\n", 0, above.mark_start) + 1
    if header_start == 0 or mark_line == 0 or r.text[mark_line:above.mark_start].strip() \
            or not header_start <= prev_end or above.mark_start >= header_start:
        return prev_end
    first_header_start = r.text.rfind("\n", 0, mark_line - 1) + 1
    header, first = r.text[header_start:prev_end], r.text[first_header_start:mark_line - 1]
    if not _CLOCK.search(header) or not _CLOCK.search(first) or _speaker(header) != _speaker(first) \
            or len(header.split()) > 6:
        return prev_end
    return header_start - 1


def _defines_a_marking(r: Reading, p: Portion) -> bool:
    """Does the item `p` (a `defined_symbol_item`) define its letter as a marking (`(C) denotes confidential`,
    `(U) = information that is unclassified`)? A legend of marks does; an item of a list of symbols whose letters all
    read as marks does not (`(U) denotes the enrichment fraction ...` / `(C) denotes the cascade count`, open39b,
    review38b sy02): a word of a level or a control among the first four words of its definition."""
    found = r.g.defined_symbol_item.match(r.text, p.start)
    if found is None:
        return True
    line_end = r.text.find("\n", found.end())
    words = re.findall(r"[^\W\d_]{3,}", r.text[found.end():line_end if line_end >= 0 else len(r.text)])[:4]
    return any(r.g.parse(w.upper()).valid for w in words)


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
    return _LINE_HEAD.fullmatch(head) is not None or _is_chat_head(head)
