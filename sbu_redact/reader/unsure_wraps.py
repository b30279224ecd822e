"""A (U) portion whose second line may start text nobody marked is raised whole (open35b, open36c; issue 8).

Under the marked first line of a (U) paragraph in a document whose level is higher, an unmarked line is either the
paragraph's wrapped text or a new sentence no portion mark covers. Only a wrap is sure (open36c): the first line
ends in the middle of a sentence (in no `.`, `!`, `?` or `:`) and either was cut by the width (it is near the text's
wrap width, no narrower than a cable's 69 columns and no wider than a mail tool's 80) or the next line goes on with
its sentence in lower case. Everything else is unsure, whatever the next line opens with after a colon or a
sentence's end (a lower-case word, a digit or a quote start a sentence as well as go on with one, review35b 25, 46,
47) and wherever the mark stands on the line (`1. SUMMARY (U):`, `**1. (U) Background:**`, review35b 27, 67): a
label ending in a colon, a line ending a sentence however long (`2. (U) RSO RESTRICTED ACCESS ... AT THE GATE.` /
`TWO LOCAL GUARDS SOLD THE DUTY ROSTER ...`, review34c 41, review35b 28), a short line broken by its author. A
careful reviewer reads such a line as a new, unmarked paragraph: it takes the document's level. Not under
`(U) BEGIN TEXT:`, whose mark marks the text it quotes; not a mark alone on its line (or in markup, or a form's
labels marked after them), which heads the text under it; not over a label or a line of fewer than three words.
Splitting there would move the text a pointer names and cut names across lines; so the whole portion is raised
to the level its unmarked text would take (the document's) instead: fail closed, nothing is split.
"""
from __future__ import annotations

import bisect
import re
import unicodedata

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from .portions import wrap_width
from .raising import raised_to
from .state import Reading


def raise_unsure_wraps(r: Reading, portions: list[Portion], inherited: Marking | None) -> list[Portion]:
    """`portions` with each (U) portion whose second line may be an unmarked new sentence raised to `inherited`."""
    if inherited is None or not inherited.valid or inherited.rank == 0:
        return portions
    starts = [s.start for s in r.segs]
    out = []
    for p in portions:
        m = p.marking
        if p.explicit and p.kind != "subject" and m is not None and m.valid and m.rank == 0 \
                and _unsure_second_line(r, bisect.bisect_right(starts, p.start) - 1, p.end, p.mark_start, p.mark_end):
            p = raised_to(r, p, [inherited], "its second line may start a sentence that no mark covers (a label "
                                             "ending in a colon, or the text's longest line above it): the whole "
                                             "portion takes the level unmarked text takes")
        out.append(p)
    return out


# Longer than a cable's 69 columns and an e-mail's 76 to 78: a line this long was wrapped by no mail tool (a printer's
# 100 columns may have: `cable._UNWRAPPED_LINE` splits above that; between, the break is unsure)
_MAIL_WIDTH = 80
_CABLE_WIDTH = 69
# the slack a greedy wrap leaves at the end of a line: a long word's length
_LONG_WORD = 12
# (and a short word's, where the text shows no width of its own)
_SHORT_WORD = 6

# what may stand before a mark that opens its line: an enumerator (`1.`, `a)`, `(2)`), a bullet, Markdown emphasis
_BEFORE_MARK = compile_pattern(r"[ \t>*_]*(?:[(\[]?[0-9A-Za-z]{1,3}[.)\]][ \t]*|[-*•·▪–—][ \t]*)?[*_]*")
# a line a mark closes after a label's words (`11. PURPOSE OF TRAVEL (U):`, `Answer 2 (C):`, `PARTICIPANTS:  (U)`)
# (or a divider's, `--- Slide 3 (U) ---`)
_LABEL_MARKED_AFTER = compile_pattern(r"^[^\n]*[^\W\d_][^\n(]*[(\[][A-Z][A-Za-z/ ,\-]{0,40}[)\]][^\w\n]*$", re.M)
_WORD = compile_pattern(r"[^\W_]")
# (a box that ticks a level, `Block classification:  [X] U   [ ] C`; not any `[x]` in a sentence, `filed [X] on
# Monday`, review36c)
_TICKED_BOX = compile_pattern(r"\[[xX✓✔]\][ \t]*(?:U|C|S|TS|UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP[ \t]+SECRET)\b")
_OPENING_MARK = compile_pattern(r"\((?:U|C|S|TS|R|SBU|CUI|FOUO|LES|LOU)(?://[^()\n]{1,40})?\)")
# (the bracket closing a label marked after it is a level's mark, `PURPOSE OF TRAVEL (U):`; not an acronym a line ends
# in, `MINISTRY OF FOREIGN AFFAIRS (MFA)`, which shows no form that marks its labels so, review36c c05)
_CLOSING_MARK = compile_pattern(r"[(\[](?:U|C|S|TS|R|SBU|CUI|FOUO|LES|LOU)(?://[^()\[\]\n]{1,40})?[)\]][^\w\n]*$")
# (an export's record: a short first field and at least three of its separator on the line, `11,UNCLASSIFIED,...`;
# not a sentence opening with `Separately,` or `Thanks,`, review36c)
_RECORD = compile_pattern(r'^[ \t]*"?[\w.\-]{1,20}"?([,;\t|])[^\n]*?\1[^\n]*?\1', re.M)
_RULE = compile_pattern(r"([-=_*~#])\1\1")
_LETTERED = compile_pattern(r"\S*[^\W\d_]\S*")  # (a word with a letter in it)

# what may close a line after its last word and before its punctuation is read: closing quotes and brackets, and
# Markdown emphasis (`**1. (U) Background:**`)
_CLOSERS = " \t*_\"'\u201d\u2019)]"


# an ellipsis in one character: horizontal, two-dot leader, midline (`...` and `. . .` end in a point)
_ELLIPSES = "\u2026\u2025\u22ef"


def _ends_in_dash(r: Reading, line: str, line_start: int) -> bool:
    """Does `line` (a view line starting at `line_start`, closers stripped) end in a dash, in any of its forms? Any
    dash punctuation or minus sign but the hyphen-minus; a hyphen-minus only when doubled (`--`), spaced (`said -`)
    or written as another dash that the view folds to it (an en dash, a figure dash, a minus sign, `said–`): a
    word's hyphen at a line's end (`well-` / `known`) is a wrap."""
    last = line[-1]
    if last != "-":
        return unicodedata.category(last) == "Pd" or last == "\u2212"
    if len(line) == 1 or line.endswith("--") or line[-2] in " \t":
        return True
    written = r.view.to_original(line_start + len(line) - 1)
    return r.view.original[written:written + 1] != "-"


def _breaks_a_word(r: Reading, line: str, line_start: int) -> bool:
    """Does `line` (a view line at `line_start`, closers stripped) end in a word's hyphen after a letter or digit
    (`said-`, `45-`), or in a soft hyphen, which the view drops (`said\u00ad`)?"""
    if line.endswith("-"):
        return line[-2:-1].isalnum()
    written = r.view.to_original(line_start + len(line) - 1)
    line_end = r.view.original.find("\n", written)
    return "\u00ad" in r.view.original[written:line_end if line_end != -1 else len(r.view.original)]


_QUOTE_OPENERS = "\"'(\u201c\u2018["


def _opens_a_sentence_under_a_break(r: Reading, line: str, opening: str, below: str) -> bool:
    """Under `line`, which ends in a word broken by a hyphen, may the next line (`opening`, its text) open a new
    sentence rather than finish that word? Only a word that provably goes on is a wrap: one in lower case
    (`well-` / `known`), or a name's or a compound's part in capitals, `Indo-` / `Pacific`. So (open38a) a capital
    after a lower-case part or a number (`He said-` / `The colonel ...`), and (open39a, review38a w01-w10) also:
    - a capital after a quote mark (`He said-` / `"The colonel ...`, `off-` / `'The army ...`);
    - a quoted part (`his deputy said "Stop-"` / `The colonel ...`): a word quoted, no name's part;
    - a part in title case under a word that opens sentences and goes on no word (`the Euro-` / `The colonel ...`,
      `Well-` / `The colonel ...`: the rules' `reader_words.wrap_sentence_opener`);
    - a part in capitals in a text in capitals (`THE PORT'S LONG-` / `SOURCE TIGERLILY CONFIRMED ...`), where no case
      tells a word's part from a sentence's first word;
    - a number's part under a number (`call extension 45-` / `2 brigades will cross ...`);
    - a part whose next line (`below`) is longer than the broken line would have been with that line's first word on
      it (`... Mr. Abdul-` / `Karim. The ambassador's protective detail ...`): no wrapping at any width made that break."""
    first = opening.lstrip(_QUOTE_OPENERS)
    last = line.split()[-1]
    quoted = last[:1] in _QUOTE_OPENERS and last.lstrip(_QUOTE_OPENERS)[:1].isalpha()
    part = last.lstrip(_QUOTE_OPENERS)
    if first[:1].isupper() and not line.isupper() and (not part.istitle() or quoted):
        return True
    if first[:1].isupper() and part.istitle() and r.g.wrap_sentence_opener.match(first) is not None:
        return True
    if first[:1].isupper() and line.isupper() and part[:-1].isupper():
        return True
    if line[-2:-1].isdigit() and first[:1].isdigit():
        return True
    return first[:1].isupper() and len(below.rstrip()) > len(line) + len(opening.split(None, 1)[0])


def _unsure_second_line(r: Reading, first: int, end: int, mark_start: int | None, mark_end: int | None) -> bool:
    """Is the line under segment `first` (still inside the portion, which ends at `end`; its mark at
    `mark_start`, on that line) maybe a new sentence? Only a wrap is sure (open36c): the first line was cut by the
    width (the next line's first word would not have fitted on it) in the middle of a sentence (it ends in no
    sentence punctuation and no colon), or the next line goes on with it in lower case."""
    if first < 0 or first + 1 >= len(r.segs):
        return False
    prev, seg = r.segs[first], r.segs[first + 1]
    opening = seg.stripped.lstrip("> \t")  # (a quoted part's line: `> The Malian junta has asked ...`)
    if prev.blank or seg.blank or seg.start >= end \
            or len(_LETTERED.findall(opening)) < 3 and not opening.rstrip(" \t*_\"'”’)").endswith((".", "!", "?")) \
            or opening.rstrip(" \t*_").endswith(":") or _RULE.match(opening) is not None \
            or _OPENING_MARK.match(opening) is not None \
            or _RECORD.match(opening) is not None and sum(1 for _ in _RECORD.finditer(r.text)) >= 3:
        return False  # (a label, `Findings:`, `Signature block:`, or a line of fewer than three words: a signature,
        # `BT`, a URL, `</item>`, unless it ends one: `Agent burned.`; nor a rule, `----- Forwarded by ...`; a line
        # opening with its own mark is marked text, and one opening an export's record, `11,UNCLASSIFIED,...`)
    if mark_start is None or not prev.start <= mark_start < prev.end:
        return False  # (the mark is not on the line above: nothing to say about this break)
    if _TICKED_BOX.search(r.text, prev.start, prev.end) is not None:
        return False  # (a form's ticked box, `Block classification:  [X] U   [ ] C`, classifies the block under it)
    if mark_end is not None and prev.start <= mark_end <= prev.end \
            and _WORD.search(r.text, mark_end, prev.end) is None:
        # nothing of the line's own text after the mark: the mark heads the text under it when it stands alone on
        # its line (`(U)` / `Attache's notes ...`, after an enumerator or a bullet) or in markup (an element's
        # attribute); a label marked after it (`11. PURPOSE OF TRAVEL (U):`) marks its value below in a form
        # that marks its labels so, not where it is the one such line (`1. SUMMARY (U):` over a new sentence in a
        # cable whose marks open their paragraphs, review35b 27)
        head = r.text[prev.start:mark_start]
        return not (_BEFORE_MARK.fullmatch(head) is not None or head.lstrip(" \t>").startswith("<")
                    or _labels_marked_after(r.text) >= 2)
    # a mark inside Markdown emphasis (`**1. (U) Background:**`) marks no more text below than a mark opening its
    # line (review35b 67): only a width-cut line is sure to go on
    line = prev.text.rstrip(_CLOSERS)
    if not line:
        return True
    if line.endswith(":"):
        # (`2. (U) BEGIN TEXT:`: the mark is the quoted text's, which runs to END TEXT)
        return r.g.quotation_begins.search(r.text, mark_start, prev.end) is None
    if line[-1] in ".!?" + _ELLIPSES or _ends_in_dash(r, line, prev.start):
        return True  # the author's break after a sentence (review35b 28), or after an ellipsis or a dash that may
        # end one (`... as the minister explained it to us privately…`, adv150-016; `the contact said –`, where
        # the view reads the en dash as `-`, adv152-014): the next line is unmarked text
    if _breaks_a_word(r, line, prev.start) and _opens_a_sentence_under_a_break(r, line, opening, seg.text):
        return True  # (open38a, review37f b02-b06: a word broken at the line's end goes on in lower case, `well-` /
        # `known`; a capital under a lower-case part or a number, `He said-` / `The colonel will defect ...`, `call
        # extension 45-` / `The ambassador's ...`, opens a new sentence; not `Indo-` / `Pacific`, a name's parts)
    # in the middle of a sentence: a wrap where the next word could not have fitted at the text's wrap width (no
    # narrower than a cable's 69 columns, as a short text's lines do not show its width; no wider than a mail tool's,
    # as a text saved with a line a paragraph has a very wide one): anywhere else the author broke the line
    # Near that width is enough (a paragraph is not always wrapped at the text's widest lines: a cable's first line
    # may run to 77 columns and its paragraphs break at 70)
    width = min(max(wrap_width(r), _CABLE_WIDTH), _MAIL_WIDTH)
    length = len(prev.text.rstrip())
    if opening[:1].islower() and 2 * length > width:
        return False  # (a line over half the width whose next goes on with the sentence in lower case: `... fell
        # by a third during the drought` / `of 2014, according to ...`, a caption wrapped narrower than the text)
    if opening[:1].isupper() and line[-1].isalnum() and wrap_width(r) <= length <= _CABLE_WIDTH \
            and not line.isupper():
        return True  # (the text's widest line, no wider than a cable's, ending on a word over a line opening with a
        # capital: a width-cut wrap or the author's break before a new sentence, which cannot be told apart; fail
        # closed, review37b w2_63 ... w2_68 at 63 to 68 columns, w09 at a cable's 69; not in a cable written in
        # capitals, where every line opens with one, fixwrap34)
    fits = length + 1 + len(opening.split(None, 1)[0]) <= width
    # (when the marked line is the text's widest and short of a cable's width, nothing shows the text wraps near it:
    # only a short word's slack, not a long one's, proves a cut, `1. (U) Minutes of the ... meeting, 3 March` /
    # `BLUEBIRD reported ...` at 58 columns, review36c c07; a 66-column cable line over `25 MAY ...` still is one)
    slack = _SHORT_WORD if wrap_width(r) <= length < _CABLE_WIDTH else _LONG_WORD
    return fits and length + slack < width


def _labels_marked_after(text: str) -> int:
    """The lines of `text` that a level's mark closes after their words (`11. PURPOSE OF TRAVEL (U):`)."""
    return sum(1 for m in _LABEL_MARKED_AFTER.finditer(text) if _CLOSING_MARK.search(m.group()) is not None)
