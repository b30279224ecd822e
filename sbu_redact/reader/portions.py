"""Building portions from their starts: the span of each, its lead, its mark as written, and
the marking that mark stands for (an `ENTIRE TEXT` statement counts as a mark)."""
from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import replace

from ..lazyre import LazyPattern, first_of, lazy
from ..document import Portion, PortionKind
from ..escaped_marks import unescaped
from ..textview import TextView
from ..markings import Marking, MarkingProblem
from . import enumerators
from .backstop import level_alone, mention_before
from .diffs import holds_unified_hunk
from .pages import page_map, page_marker_alone
from .marks import AUTHOR_TIME, CHAT_TIME, ITEM_ID, date_leads, ends_sentence, mark_inner
from .rule_words import made_once
from .segments import Segment
from .split_raises import record_split
from .state import Reading

# (`SECRET - ENTIRE TEXT` after a paragraph's number: the rules' `reader_words.entire_text`)


def content_end(r: Reading, start: int, limit: int) -> int:
    """`limit` moved back over trailing blanks (not before `start`)."""
    end = limit
    while end > start and r.text[end - 1] in " \t\n":
        end -= 1
    return end


def portion_end(r: Reading, seg: Segment, next_start: int | None) -> int:
    """Where a portion that starts at `seg` ends: before the next portion or field."""
    limit = next_start if next_start is not None else len(r.text)
    limit = min(limit, r.next_field_start(seg.start) or limit)
    return content_end(r, seg.start, limit)


def interrupted(r: Reading, start_index: int, index: int) -> bool:
    """Does a field (section break, handling line, a `From:` line...) stand between a portion
    start and segment `index`? The portion ends at the field, so the text after it starts one."""
    following = r.next_field_start(r.segs[start_index].start)
    return following is not None and following < r.segs[index].start


def make_portion(r: Reading, seg: Segment, markm: re.Match[str] | None, end: int, kind: PortionKind,
                 number: int | None) -> Portion:
    start = seg.start + (len(seg.text) - len(seg.text.lstrip()))
    body_start = seg.start + markm.end() if markm else start
    while body_start < end and r.text[body_start] in " \t":
        body_start += 1
    if markm is not None and _group(markm, "label"):
        body_start = start  # a label is text of the portion (a speaker's name), never its lead
    marking, explicit = None, False
    mark_span: tuple[int, int] | tuple[None, None] = (None, None)
    if markm is not None and markm.group("mark"):
        raw_mark = markm.group("mark")
        mark_span = (seg.start + markm.start("mark"), seg.start + markm.end("mark"))
        marking = r.marks.parse_mark(mark_inner(raw_mark), after_number=bool(_group(markm, "num")))
        marking = _checked(r, marking, *mark_span)
        explicit = True
        r.marking_problems(marking, *mark_span)
        if raw_mark[0] != "(" or raw_mark[-1] != ")":
            r.problem("MALFORMED_MARK", "warning", f"portion mark '{raw_mark}' is not in parentheses", *mark_span)
    else:
        entire = r.g.entire_text.match(r.text, body_start, end) \
            if body_start < end and r.text[body_start] in first_of(r.g.entire_text) else None
        trailing = r.marks.trailing(last_line(r, body_start, end)) \
            if end > body_start and r.text[end - 1] in ")\"'" else None
        if entire:
            marking = r.g.parse(entire.group("level"))
            r.entire_text = marking
            explicit = True
            mark_span = (entire.start(), entire.end())
        elif trailing is not None:  # a slide or CSV row marked at its end: `... (U)`
            marking, mark_span = _checked(r, trailing[0], trailing[1], trailing[2]), (trailing[1], trailing[2])
            explicit = True
            r.marking_problems(marking, *mark_span)
    return Portion(start=start, end=end if end > body_start else body_start, body_start=body_start,
                   kind=kind, number=number, marking=marking, explicit=explicit,
                   mark_start=mark_span[0], mark_end=mark_span[1])


def _group(m: re.Match[str], name: str) -> str | None:
    """`m.groupdict().get(name)` without building the dict."""
    return m.group(name) if name in m.re.groupindex else None


_SENTENCE_END = lazy(r"[.!?:;][\"')\]]?[ \t]*$")
_LABEL_MARK_END = lazy(r"[A-Za-z0-9][ \t]*[(\[][A-Za-z/ ,\-]{1,40}[)\]][ \t]*:[ \t]*$")
# The time or date-time group that starts each entry of a log, one entry per line (a watch log's
# four-figure time, `0112  Cabo Delgado: ...`, `1530Z (U) ...`, `0905 hrs ...`, round 103: set off by a zone
# letter, `hrs` or a wider gap, so that a year opening a sentence is none)
_RECORD_LEAD = lazy(r"^[ \t]*(?:\d{6}Z|\d{1,2}:\d{2}(?::\d{2})?|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?"
                    r"|(?:[01]\d|2[0-3])[0-5]\d(?:[ZLJ]|[ \t]?hrs?\.?|[ \t]?[-–—|][ \t]?|(?=[ \t]{2}|\t)))[ \t]")
# ... and the rarer leads of an entry (`_is_record`): a chat line's time in brackets (`[07:41] rkowal:`),
# a transcript speaker's before it (`AMB [10:04]`), a chronology's date (`12 May 2015 -`), an action
# item's number (`AI-3  NSC:`), a comment's author and time (`m.planner - 2022-09-03 08:05 -`)
# (the month's names are the rules': `marks.DateLeads`, fix50d)
def _other_record_lead(g: object) -> LazyPattern:
    month = date_leads(g).month
    return lazy(r"^[ \t]*(?:(?:[A-Z][A-Z.'\-]{1,20}(?:[ \t][A-Z][A-Z.'\-]{0,20}){0,2}[ \t]+)?" + CHAT_TIME
                + r"|\d{1,2}[ \t]+" + month + r"[ \t]+\d{4},?|" + month + r"[ \t]+\d{1,2},?[ \t]+\d{4},?"
                + r"|" + ITEM_ID + r"|" + AUTHOR_TIME + r")[ \t]")


def _other_lead(r: Reading) -> LazyPattern:
    return made_once(r.g, "portions.other_record_lead", _other_record_lead)


# a four-figure time leading a log entry, set off by a single space (`0730 Received ...`): one only
# when the portion's first line is led by one too (a year may open a sentence)
_FOUR_FIGURE_TIME = lazy(r"(?:[01]\d|2[0-3])[0-5]\d[ \t]+\S")


def _is_record(r: Reading, text: str) -> bool:
    """Does the line start like an entry of a log (`_RECORD_LEAD`, `_other_record_lead`)? Each
    pattern is tried only where the line's first characters allow it."""
    s = text.lstrip(" \t")
    heads = date_leads(r.g).month_heads
    if s[:1].isdecimal():
        if _RECORD_LEAD.match(text):
            return True
        words = s[:16].split(None, 2)  # (`12 May 2015`: a month's name second)
        return len(words) > 1 and words[1][:3].lower() in heads and _other_lead(r).match(text) is not None
    if "[" in s[:40] or s[:3].lower() in heads or "-" in s[1:5] or " - " in s[:34]:
        return _other_lead(r).match(text) is not None
    return False


# A heading between rule characters alone on its line (`--- Slide 4 ---`, `=== Notes ===`)
_RULE_CHARS = "-=*_~#"
# The lines that end a portion with no blank line before them (a wiki macro, a running head, a
# diff's hunk, a date and time, a heading between rules, a chat message's header) and the list
# items' labels are vocabulary: `structure` of rules/markings.yaml (`r.g`, `reader/enumerators.py`)
# A box drawn with box-drawing characters around text (a PDF's callout box, round 89) opens a block;
# the other lines that open one are vocabulary (`structure` of rules/markings.yaml)
_BOX_CHARS = frozenset(chr(c) for c in range(0x2500, 0x2580))
# a date or a time in parentheses, and nothing else in them (`(2024-05-02 10:41)`, `(09:12)`): no mark
_DATED_IN_PARENTHESES = lazy(r"\((?=[^()\n]*\d)[\d \t:./\-TZ,APMapm]{3,30}\)")
_FOOTNOTE = lazy(r"^[ \t]*\d{1,3}[ \t]+[A-Z\"']")
# a form's field label before the value's mark (`12. Remarks: (U) ...`, `Traveler(s): (U) ...`), and a line's full stop
_FIELD_LABEL = lazy(r"[ \t]*(?:\d{1,3}[.)][ \t]*)?[A-Za-z][\w ()./'\-]{0,40}:[ \t]+(?=[(\[])")
_FULL_STOP_END = lazy(r"[a-z0-9)\]][.!?][\"')\]]?[ \t]*$")
_OPENING_QUOTES = "\"“‘«„"
# a markup element opened at a line start, and one closed at a line end (an XML or HTML export, one element a line)
_ELEMENT_LINE = lazy(r"<[A-Za-z][\w:\-]{0,30}(?:[ \t][^<>]{0,200})?>")
# a record's key in lower case (LDIF, YAML, a log's fields: `description: ...`, `info: ...`)
# (letters and hyphens only: a chat line's user name, `tkaminski_pol: ...`, `rhausa.les: ...`, is the
# speaker of a message, and the lines of a chat stay together for its user names to be seen as a chat's)
_RECORD_KEY = lazy(r"[a-z][A-Za-z\-]{0,30}:[ \t]+\S")
# a label in brackets that opens a line, then its text (`[Shape 2] ...`, `[Connector 1 -> 2] ...`)
# (words in the brackets, or a Markdown footnote's definition, `[^2]: ...`; not one word, a chat's `[okwame_cons] ...`)
_BRACKETED_LABEL = lazy(r"\[(?:\^\w{1,8}|[^\[\]\n]{0,39}[ \t][^\[\]\n]{0,39})\]:?[ \t]+\S")
_CLOSED_ELEMENT = lazy(r"</[A-Za-z][\w:\-]{0,30}>[ \t]*$")


_END_TAGS_ONLY = lazy(r"(?:</[A-Za-z][\w:.\-]{0,30}>[ \t]*)+")


_START_TAG_NAME = lazy(r"<([A-Za-z][\w:\-]{0,30})[\s/>]")
_END_TAG_NAME = lazy(r"</([A-Za-z][\w:.\-]{0,30})>")


def _closes_marked_element(r: Reading, start_index: int, index: int) -> bool:
    """Has an element that the portion's first line opened before its mark (`<item>(U) ...</item>`,
    `<li><b>(U)</b> ...</li>`) closed on a line above line `index` (that line, `</item></items>`, or one
    before end tags alone, `</group>`), with line `index` more than end tags? Unmarked text after it is
    not under the mark, whatever the shape (known31, fixrev31b)."""
    first, s = r.segs[start_index], r.segs[index].stripped
    if first.stripped[:1] != "<" or not s or _END_TAGS_ONLY.fullmatch(s):
        return False
    m = r.marks.mark_lead(first)
    if m is None:
        return False
    opened = {t.group(1) for t in _START_TAG_NAME.finditer(first.text, 0, m.start("mark"))}
    if not opened:
        return False
    for j in range(start_index, index):
        line = r.segs[j].text
        if "</" in line and any(e.group(1) in opened
                                for e in _END_TAG_NAME.finditer(line, m.end() if j == start_index else 0)):
            return True
    return False


# a chat post's label before its mark: its time, then its author and a colon (`2026-11-13 09:02 Ana Ruiz: `,
# `[07:43] jtran: `)
_CHAT_POST_LABEL = lazy(r"[\[\d][^\n]{0,30}?\d{1,2}:\d{2}\S*[ \t]+[^\n]{1,40}:[ \t]+$")


def _chat_post_not_wrapped(r: Reading, start_index: int, index: int) -> bool:
    """Is line `index` under a chat post whose first line carries the post's time, author and mark
    (`2026-11-13 09:02 Ana Ruiz: (U) Latest from post, pasted below`) no certain wrap of the line above it
    (its first word would have fitted on that line)? The post's mark covers its own line and what certainly
    continues it: any other line under it (a pasted text, fixrev31b) is text of its own (unmarked, it takes
    the document's level)."""
    first = r.segs[start_index]
    if index <= start_index or first.stripped[:1] not in "[0123456789":
        return False
    m = r.marks.mark_lead(first)
    label = m.groupdict().get("label") if m is not None else None
    if not label or _CHAT_POST_LABEL.match(label) is None:
        return False
    s = r.segs[index].stripped
    if not s:
        return False
    prev_len = len(r.segs[index - 1].text.rstrip())
    return prev_len + 1 + len(s.split(None, 1)[0]) <= longest_line(r)


def _after_mark(r: Reading, seg: Segment) -> str:
    """The line's text after its leading portion mark (`(U) 1030 Training ...` -> `1030 Training ...`),
    or the line without its indent when it opens with none."""
    text = seg.text.lstrip(" \t")
    if text[:1] not in "([{":
        return text
    m = r.marks.mark_lead(seg)
    return seg.text[m.end():].lstrip(" \t") if m is not None else text


def indented_form_wrap(r: Reading, start_index: int, index: int) -> bool:
    """Is line `index` set in deeper than the first line of its portion, a form's field whose value
    carries a mark after its label (`7. Justification: (U) Visit to ...` / `      to meet the ...`, a
    flattened PDF form, round 108), or a field after the mark of a numbered or labelled item (`Item 15 (U)
    Remarks: lodging at the Serena,` / a tab, `the source met ...`) in a document above that mark? The mark is
    the first line's value's; what is set in under it may be the value wrapped or text of its own (a form's
    text box), which nothing marks: unmarked, it takes the document's level (fail closed)."""
    first, seg = r.segs[start_index], r.segs[index]
    if index <= start_index or seg.text[:1] not in " \t" or _indent(seg.text) <= _indent(first.text) \
            or ":" not in first.text[:60]:
        return False
    if (r.marks.lead(seg) or r.marks.mark_lead(seg)) is not None:
        return False
    return _FIELD_LABEL.match(first.text) is not None \
        or _field_after_mark(r, first, labelled=True) and document_above_mark(r, first)


# the end of a line that ends a sentence, a question or a label (`:`): no heading's
ENDS_SENTENCE_OR_HEADS = lazy(r"[.!?:;?][\"')\]]?[ \t]*$")
# a field's label and its value after a line's portion mark (`Item 8 (U) Location: warehouse near the port`)
_VALUE_LABEL = lazy(r"[ \t]*[A-Za-z][\w ()./'\-]{0,40}:[ \t]+\S")


def heading_then_sentence(r: Reading, index: int) -> bool:
    """Does line `index` start a sentence (a capital) under a line that reads as a heading or a field's value,
    not as a sentence broken mid-clause (`2. (U) Port headline` / `The navy will move ...`, `Item 8 (U) Location:
    warehouse near the port` / `The source says ...`): the line above ends without a stop, a comma or a dash,
    and not on a word a sentence broken mid-clause ends on (`mid_clause_words` of rules/markings.yaml)? (A
    hard break inside a sentence leaves the line above ending in mid-clause; this line starts a sentence.)
    After a comma, the line starts one when its first word is such a word capitalised (`... at the Serena,` /
    `The source met ...`: mid-sentence it would be in lower case; not a name, `... Serena,` / `Nairobi ...`).
    The callers say where the line above is short enough for that (reader/cable.py, `paragraph_break`)."""
    prev, seg = r.segs[index - 1], r.segs[index]
    if not seg.stripped[:1].isupper() or ENDS_SENTENCE_OR_HEADS.search(prev.text) is not None:
        return False
    end = prev.text.rstrip()[-1:]
    if end == ",":
        first = seg.stripped.split(None, 1)[0]
        return first[1:].islower() and first.lower() in r.g.mid_clause_words
    return end != "-" and r.g.heading_last_word.compiled.search(prev.text) is not None


def _field_after_mark(r: Reading, seg: Segment, labelled: bool = False) -> bool:
    """Does the line open with a portion mark (after its number or label, if any; with `labelled`, after one:
    a form's item, not a bullet's hanging indent, `- (U) Kherson: ...`) and then a field's label and value
    (`Item 15 (U) Remarks: lodging at ...`, `8. (U) Location: warehouse ...`)?"""
    if ":" not in seg.text[:80]:
        return False
    lead = r.marks.lead(seg) or r.marks.mark_lead(seg)
    if lead is None or not lead.group("mark") or labelled and not _labelled(seg, lead):
        return False
    return _VALUE_LABEL.match(seg.text, lead.end()) is not None


def _labelled(seg: Segment, lead: re.Match[str]) -> bool:
    """Does an item's number or letter stand before the line's portion mark, with a word before the number or
    not (`Item 8 (U)`, `Block 12 (U)`, `Q8. (U)`, `8. (U)`, `B. (U)`, `(b) (U)`: a form's or a list's item; not a
    bullet's `- (U)`, a key's `Title: (U)`, a card's `[Card #118] (U)`, a row's `A | (U) |`)?"""
    return _ITEM_LABEL.fullmatch(seg.text, 0, lead.start("mark")) is not None


# what stands before the mark of a form's or a list's item (`_labelled`)
_ITEM_LABEL = lazy(r"[ \t]*(?:[A-Za-z]{1,10}[ \t]*)?\d{1,3}[A-Za-z]?[.)]?[ \t]*|[ \t]*\(?[A-Za-z]{1,2}[.)][ \t]*")


def _labelled_item(r: Reading, seg: Segment) -> bool:
    """Does the line open with a portion mark after a number, a letter or a label (`_labelled`)?"""
    lead = r.marks.lead(seg) or r.marks.mark_lead(seg)
    return lead is not None and bool(lead.group("mark")) and _labelled(seg, lead)


def document_above_mark(r: Reading, seg: Segment) -> bool:
    """Does the line open with a portion mark below what the document may hold: its banner is missing,
    unread, or says more than the mark (a (U) item in a SECRET or CUI report)? Unmarked text under it then
    takes more than the mark. (Under an UNCLASSIFIED banner a (U) line's text reads the same either way.)"""
    lead = r.marks.lead(seg) or r.marks.mark_lead(seg)
    if lead is None or not lead.group("mark"):
        return False
    document = r.classification
    if document is None or not document.valid:
        return True
    marking = r.marks.parse_mark(mark_inner(lead.group("mark")))
    if not marking.valid:
        return True
    combined = r.g.rollup([document, marking])
    return combined is None or combined.banner() != marking.banner()


def section_label(r: Reading, s: str) -> bool:
    """Does the stripped line open with the label of a comment or note section, in any case
    (`Post comment:`, `drafter's note --`: `section_label` of rules/markings.yaml)?"""
    head = s[:90]
    if ":" not in head and "--" not in head and "\u2013" not in head and "\u2014" not in head \
            and "olon" not in head and "omma" not in head and "OLON" not in head and "OMMA" not in head:
        return False  # (a label's colon, a dash, or its punctuation dictated: `note to file comma`)
    return r.g.section_label.match(s) is not None


def running_line(r: Reading, s: str) -> bool:
    """Is the stripped line a page's running head or footer (`running_line` of rules/markings.yaml)?
    Gated by what every such line has: fields set apart (a wide gap, a bar, a spaced dash), or a
    short line with a digit (a page's number alone) or in capitals (a banner alone)."""
    if not s or len(s) > 120:
        return False
    if not ("   " in s or "|" in s or "\t" in s or " - " in s or " \u2013 " in s or " \u2014 " in s
            or len(s) <= 20 and any(c.isdigit() for c in s) or len(s) <= 60 and s.isupper()):
        return False
    if r.g.running_line.fullmatch(s) is None:
        return False
    # with no page number, a line is a running head where it runs (on more than one page) or where it cuts a
    # paragraph (a line of text right above it); after a blank line it is a heading that states its section's
    # level (`Speaker notes - CONFIDENTIAL//NOFORN`, round 11), which labels the text under it
    if any(c.isdigit() for c in s) or r.text.count(s) >= 2:
        return True
    at = r.text.find(s)
    above = r.text[:at].rstrip(" \t")
    return bool(above) and not above.endswith("\n\n") and above[-1:] == "\n" and bool(above[:-1].strip(" \t")[-1:].strip())


def _rule_line(stripped: str) -> bool:
    """Is the line a rule across the page: three or more of one rule character alone (`_____`, `-----`)?"""
    return len(stripped) >= 3 and stripped[0] in _RULE_CHARS and stripped == stripped[0] * len(stripped)


def _edited(r: Reading, start_index: int) -> bool:
    """Is the portion that starts at segment `start_index` a chat message that says it was edited, on
    its first line or on the header line just above it?"""
    edited = r.edited_starts.get(start_index)  # (tested once per portion)
    if edited is None:
        lines = [r.segs[start_index]] + ([r.segs[start_index - 1]] if start_index > 0 else [])
        edited = r.edited_starts[start_index] = any(
            not seg.blank and r.g.edited_message.search(seg.text) is not None for seg in lines)
    return edited


def _tabs(line: str) -> int:
    return len(line) - len(line.lstrip("\t"))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _caps_heading(s: str) -> bool:
    """Is the stripped line a heading in capitals: short, letters and no lower-case one, no
    sentence's end (`SIDEBAR: WHAT WE ARE HEARING`, `KEY POINTS`)?"""
    return len(s) <= 80 and not any(c.islower() for c in s) and sum(c.isalpha() for c in s) >= 4 \
        and s[-1:] not in ".!?;,"


def wrap_width(r: Reading) -> int:
    """The width the text is wrapped at: nearly the longest of the lines that another line
    follows (a wrapped paragraph's lines are about that long; in a longer text one odd long
    line does not count). A text saved with one line per paragraph, as Word and Outlook save plain text,
    has a very wide one."""
    if r.wrap_width is None:  # (asked for many portions of a document: computed once)
        segs = r.segs
        lengths = sorted([len(seg.text.rstrip()) for seg, following in zip(segs, segs[1:])
                          if not seg.blank and not following.blank])
        if len(lengths) < 10:  # too few to tell an odd line from the width
            r.wrap_width = lengths[-1] if lengths else 0
        else:
            r.wrap_width = lengths[int(0.9 * (len(lengths) - 1))]
    return r.wrap_width


def longest_line(r: Reading) -> int:
    """The length of the text's longest line (computed once per reading)."""
    if r.longest_line is None:
        r.longest_line = max((len(seg.text.rstrip()) for seg in r.segs if not seg.blank), default=0)
    return r.longest_line


_QUOTE_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*")


def _quote_depth(line: str) -> int:
    """How many `>` open `line` (a reply's quotation depth)."""
    prefix = _QUOTE_PREFIX.match(line)
    return prefix.group(0).count(">") if prefix is not None else 0


def paragraph_break(r: Reading, start_index: int, index: int, width: int) -> bool:
    """Does line `index` start a new paragraph although no blank line comes before it? Text
    is not always separated by blank lines: Word's "save as text" and Outlook plain text write
    one line per paragraph, a typewriter indents the first line of each. Either way, the
    text after the break is not part of the (marked) portion above (fail closed: it is
    unmarked and inherits the document's level).

    A break is where the first word of the line would have fitted on the line before, which
    ends a sentence or is a first line of its portion under half the width (a heading such
    as `(U) Background`), so nothing wrapped it there; or where the line is indented like the first
    line of its portion and deeper than the line before (first-line indents)."""
    prev, seg = r.segs[index - 1], r.segs[index]
    if prev.blank or seg.blank or prev.text.rstrip(" \t").endswith(":") and _LABEL_MARK_END.search(prev.text):
        return False  # (`11. PURPOSE OF TRAVEL (U):` heads the text below it)
    if prev.text.lstrip(" \t").startswith(">") or seg.text.lstrip(" \t").startswith(">"):
        # a reply's quotation: a line of `>` alone is its blank line, and a deeper or shallower
        # quotation is another message (`> (U) Tola, ...` / `>` / `>> The commissioner told us ...`,
        # round 63): the text after either is not part of the marked portion above
        if _quote_depth(prev.text) != _quote_depth(seg.text) or not prev.text.replace(">", "").strip():
            return True
    s = seg.stripped
    if outline_heading(r, seg.text) or outline_heading(r, r.segs[start_index].text):
        # an Org-mode heading (`*** Berbera follow-up` under `** (U) Staff meeting` and its text) opens a node of its own,
        # and a heading is one line: the text under it is no part of it. Neither takes the mark of the node above or
        # of the heading (unmarked, it takes the document's level: round 136)
        return True
    if saved_chat_line(r, start_index, index):
        return True
    if r.marks.field_lead(r.segs[start_index]):
        # a source format's field whose value opens with its mark (`"text": "(U) ...",`, `title = {(U) ...},`,
        # `<description>(U) ...</description>`, round 126) marks its own line only: where the field ends below it
        # (a wrapped value, a child element, a `;` after a Graphviz label) is not certain, so the next line is
        # not under that mark (unmarked, it takes the level of its document or record: fail closed)
        return True
    if s[:1] == ";" or prev.stripped[:1] == ";":
        # a configuration file's comment line (an INI file's `; (U) Route all ...`, round 122) is a portion of
        # its own, and so is the setting or the other comment after it: a comment's mark marks only its line
        return True
    if (s[:3].lower() in date_leads(r.g).month_heads or s[:1].isdecimal() and s[10:11] == "T") \
            and date_leads(r.g).syslog_line.match(s) is not None:
        return True  # a syslog line (`Dec  3 23:41:07 relay-04 guardd[77]: ...`, round 122) is a record of its own
    if s[:1] in _RULE_CHARS and prev.stripped[:1] not in _RULE_CHARS and r.g.ruled_heading.fullmatch(s) is not None \
            and ("(" not in s or _DATED_IN_PARENTHESES.search(s) is not None) and not any(c.isdigit() for c in s[:3]):
        # a heading between rules (`--- Slide 4 ---`, `=== Speaker notes ===`, round 71; a thread's `--- Comment
        # by mokafor (2024-05-02 10:41) ---`, round 83) starts a part of its own; not a closing rule that gives
        # the level of what is above it (`--- END OF ANNEX B (SECRET) ---`)
        return True
    if s[:1] == "[" and s[-1:] == "]" and s.count("[") == s.count("]") and _SENTENCE_END.search(prev.text):
        # a line in brackets after a sentence: an insertion of its own (`[Norway's ambassador told us ...]`, round 75;
        # a comment balloon with its own bracketed tag, `[Comment [JR1]: Jane Rowe ...: ...]`, round 87)
        return True
    if s[:1] in _BOX_CHARS and prev.stripped[:1] not in _BOX_CHARS:
        return True  # a box drawn around text (a callout, round 89) after the text above it: a block of its own
    if s[:1] in "!?" and r.g.admonition.match(s) is not None:
        return True  # a Markdown admonition (`!!! warning "(C) Source sensitivity"`, round 89) opens a block
    if s[-1:].isalpha() and "." in s[-6:] and r.g.file_name_line.fullmatch(s) is not None:
        return True  # an attachment's file name alone (`route_options_v3.txt`, round 89): the attachment follows
    if s[:1] == "[" and s[-1:] == "]" and r.g.labelled_note.fullmatch(s) is not None:
        return True  # a bracketed note with its label (`[handwritten in margin: ...]`, round 89), even mid-sentence
    if s[:1] in "<=>" and r.g.conflict_marker.match(s) is not None or \
            prev.stripped[:1] in "<=>" and r.g.conflict_marker.match(prev.stripped) is not None:
        return True  # a merge conflict's markers (`<<<<<<< HEAD`, `=======`) part its two sides (round 94)
    if _edited(r, start_index):
        return True  # a line under the first of an edited chat message (`@mholm 09:20 (edited)`, round 102): the edit's
    if prev.text.rstrip()[-1:] in ":.)wW" and r.g.points_below.search(prev.text) is not None:
        return True  # the text a line points at (`... see below (edited)`, a chat reply's added lines, round 101)
    if s[:1] in "#.:+[<{`~=@" and r.g.block_directive.match(s) is not None or prev.stripped == "+":
        # a markup block's directive opens a block (round 93), and AsciiDoc's `+` attaches one; a source format's
        # section head (`=head1`, `== Procedure`, `@section`, round 128) opens a section
        return True
    first_line = r.segs[start_index].stripped
    if _rule_line(prev.stripped) or _rule_line(s) and not _rule_line(prev.stripped):
        return True  # a rule across the page (`_______`) parts the text above it from what is below (a footnote, round 96)
    if s[:1] in _OPENING_QUOTES and s[1:2] != "(" and _indent(seg.text) > _indent(prev.text) and _SENTENCE_END.search(prev.text):
        # (not a quotation that carries its own mark, `"(C) THE ARMED FORCES ...`: that mark is read in its portion)
        return True  # a quotation set in deeper after a sentence (a newsletter's pull quote, round 96): a block of its own
    if prev.text.rstrip()[-1:] == ">" and s[:1] == "<" and _ELEMENT_LINE.match(s) and _CLOSED_ELEMENT.search(prev.text):
        return True  # an element on a line of its own after one that closed (`<content>...` after `...</title>`, round 96)
    if _chat_post_not_wrapped(r, start_index, index):
        return True
    if _closes_marked_element(r, start_index, index):
        # text after the element that a mark opened has closed (`<item>(U) Public square</item>` / `The courier
        # meets ...`, known31): not under that mark (unmarked, it takes the document's level: fail closed)
        return True
    if seg.text[:1] == "\t" and prev.text[:1] == "\t" and _tabs(seg.text) > _tabs(prev.text):
        return True  # a node set one tab deeper under a node of an outline (a PowerPoint outline view, round 97): a child of its own
    if index - 1 == start_index and seg.text[:1] == " " and prev.text[:1] == " " and _indent(seg.text) >= _indent(prev.text) + 2 \
            and (r.marks.lead(prev) or r.marks.mark_lead(prev)) is not None:
        return True  # a node set deeper under an indented marked node (a OneNote outline's child, round 102)
    if s[:1] == "[" and first_line[:1] == "[" and _BRACKETED_LABEL.match(s) and _BRACKETED_LABEL.match(first_line):
        return True  # another labelled line (`[Connector 1 -> 2] ...` after `[Shape 2] (U) ...`, a diagram's labels, round 97)
    if ":" in s[:32] and ":" in first_line[:32] and _RECORD_KEY.match(s) and _RECORD_KEY.match(first_line):
        return True  # another key of a record (`info: ...` under `description: (U) ...`, an LDIF entry, round 101)
    if s.count("\t") >= 2 and s.count("\t") == first_line.count("\t"):
        return True  # another row of a tab-separated table (a contacts sheet's next row, round 96)
    if s[:1].isupper() and _caps_heading(s) and _SENTENCE_END.search(prev.text) and any(c.islower() for c in prev.text) \
            and not ends_in_abbreviation(r, prev.text, s):
        return True  # a heading in capitals after prose in mixed case (a PDF sidebar's `SIDEBAR: WHAT WE ARE HEARING`, round 96)
    if s[:1].isdigit() and first_line[:1].isdigit() and r.g.sub_item.match(s) is not None and \
            s.split(None, 1)[0].startswith(first_line.split(None, 1)[0].rstrip(".") + "."):
        return True  # a sub-item numbered under its item (`2.1` under `2   (U) ...`, `3.2.1` under `3.2 (U)`, round 93)
    if ":" in s[:48] and ":" in first_line[:48] and r.g.form_field.match(s) is not None \
            and r.g.form_field.match(first_line) is not None:
        return True  # a form's next field (`Block 9 (cont.):    ...` under `10. Reported by:    (U) ...`, round 93)
    if _may_continue(s) and r.g.continuation_label.match(s) is not None:
        return True  # a field's text continued from elsewhere (`Item 12 continued:` under `Item 13 (U) ...`, round 105)
    if s[:1] == "{" and r.g.wiki_macro.match(s) is not None:
        return True  # a wiki macro's line (`{panel:title=Host contacts (C)}`, `{code}`, round 79) opens a block of its own
    if indented_form_wrap(r, start_index, index):
        return True
    if running_line(r, s) and not _names_level(r, prev.text, s) or running_line(r, prev.stripped):
        # (not a level alone that the line above names: "... a higher level, e.g.⏎SECRET", known32, fixrev32d)
        # a page's running head or footer (`Page 1 of 2      CONFIDENTIAL      Quito 2026-0412`, `— 3 —`,
        # round 108) cuts the text: the line is no part of the portion above, and the text under it, unmarked,
        # takes the document's level (not the mark of the portion it may go on from)
        return True
    if prev.text[-1:].isdigit() and r.g.running_head.search(prev.text) is not None:
        # the text under a page's running head (`(U) Annual Review ...      Page 2`, round 79) goes on
        # with the page before it, not with the head's mark: unmarked, it takes the document's level
        return True
    if s[:1] in "+-" and prev.stripped[:1] != s[:1] and s[:3] not in ("+++", "---"):
        if holds_unified_hunk(r):
            return True  # a diff's added or removed lines after its context lines (`+Tell the minister ...`, round 83)
    if s[:1].isdigit() and r.g.timestamp_lead.match(s) is not None:
        return True  # a log entry's date and time (`2024-03-11 14:40:10 - Work notes`, round 83): another entry
    if s[:1] in enumerators.starts(r.g, "list_item") and r.segs[start_index] is not seg:
        first_item = enumerators.list_shape(r.g, r.segs[start_index].text)
        if first_item is not None and enumerators.list_shape(r.g, seg.text) == first_item:
            return True  # another item of the same list (`(ii)` after `(i) (U) ...`, `[3]` after `[2] (U)`, round 79)
    if not s[:1].isalnum() and s[:1] in enumerators.starts(r.g, "sibling_item") \
            and enumerators.same_list(r.g, r.segs[start_index].text, seg.text):
        return True  # another bullet of the list the portion's first line opens (`\uf0b7 Two of ...` after `\uf0b7 (U) ...`, round 110)
    if ":" in s[-8:] and r.g.chat_message_header.match(s) is not None:
        return True  # a chat export's message header (`    ↳ Tom Becker  09:05`, round 69): another message
    if s[:1].isdecimal() and _FOUR_FIGURE_TIME.match(s) is not None \
            and _FOUR_FIGURE_TIME.match(_after_mark(r, r.segs[start_index])) is not None:
        # `0730 Received tasking ...` under `0615 (U) Sunrise ...` or `(U) 0615 Sunrise ...`: each entry led by its
        # time (round 108)
        return True
    if s[:1].isdecimal() and first_line[:1].isdecimal() and r.g.row_number.match(seg.text) is not None \
            and r.g.row_number.match(r.segs[start_index].text) is not None:
        return True  # a sheet's next row (`5       Track ...` under `4    (U) Phase 2 ...`, round 110)
    record = r.record_starts.get(start_index)  # (the portion's first line, tested once per portion)
    if record is None:
        record = r.record_starts[start_index] = _is_record(r, r.segs[start_index].text)
    if record and _is_record(r, seg.text):
        return True  # a log of one entry per line: `220742Z NSC asked ...` after `220615Z (U) ...`
    prev_len = len(prev.text.rstrip())
    fits = prev_len + 1 + len(s.split(None, 1)[0]) <= width  # (the line's first word)
    if _under_marked_node(r, start_index, index, fits) or indented_item_under_mark(r, start_index, index):
        return True
    if index - 1 == start_index and s[:1].isupper() and heading_then_sentence(r, index) and len(s.split(None, 2)) > 2:
        # a sentence (three words or more: not a signature's name) under a marked first line that reads as a
        # heading or a field (`Item 8 (U) Ministerial reshuffle in Nairobi` / `    Embassy reporting says ...`,
        # `Item 8 (U) Location: ...` / `The source says ...`, issue 8): its first word would have fitted on that
        # line (against the text's width, or the line itself, which no wrapped line is longer than: a form's few
        # lines set the width too narrow to tell), so no wrapping broke it there, and that line is an item's (a
        # number or a letter before its mark), a field's value, or under half that width (a heading). Unmarked,
        # the sentence takes the document's level, not the heading's mark (in a document above that mark)
        room = max(width, len(seg.text.rstrip()))
        if prev_len + 1 + len(s.split(None, 1)[0]) <= room and document_above_mark(r, prev) \
                and (2 * prev_len <= room or _labelled_item(r, prev) or _field_after_mark(r, prev)):
            return True
    if record and fits and index - 1 == start_index and (_SENTENCE_END.search(prev.text) or 2 * prev_len <= width):
        # a line under a chat message's first line that did not wrap it (`the convoy was stopped ...` under
        # `[19:11] skumar: (U) Latest from post, pasted:`, round 110): the message's further lines, which its
        # first line's mark does not mark; unmarked, they take the room's level
        return True
    if fits and s[:1].islower() and ends_sentence(r.g, prev.text) and _marked(r, r.segs[start_index]) \
            and _under_page_break(r, start_index):
        # a line in lower case after a marked line that ends its sentence, right under a page's break (a running head
        # or footer, a page's number, a form feed): the rest of a paragraph that the break cut, not the caption's
        # or heading's text under whose mark it sits (`(U) Table 1 follows below.` / `by eighteen months ...`,
        # round 130). Unmarked, it takes the document's level
        return True
    if fits and s[:1].isupper() and (_SENTENCE_END.search(prev.text) or index - 1 == start_index
                                     and 2 * prev_len <= width and _text_after_lead(r, prev)) \
            and not ends_in_abbreviation(r, prev.text, s):
        return True  # (the second: a heading)
    if not fits and index - 1 == start_index and s[:1].isupper() and _SENTENCE_END.search(prev.text) \
            and not ends_in_abbreviation(r, prev.text, s) \
            and prev_len + 1 + len(s.split(None, 1)[0]) <= longest_line(r) \
            and (r.marks.lead(prev) or r.marks.mark_lead(prev)) is not None:
        # a marked first line that ends its sentence short of the text's longest line: the few wrapped
        # lines set the width too narrow to tell (`(U) Access ... census.` / `The deputy minister
        # said ...` under a CONFIDENTIAL banner): the line after it is text of its own (round 39)
        return True
    if index - 1 == start_index and s[:1].isupper() and ":" in prev.text and _FULL_STOP_END.search(prev.text):
        label = _FIELD_LABEL.match(prev.text)
        if label is not None and prev_len - label.end() + 1 + len(s.split(None, 1)[0]) <= width:
            # a form's field (`12. Remarks: (U) Travel supports ... network.`): its value wraps in the value's box,
            # right of the label; a sentence that would have fitted there was not wrapped onto the next line: it
            # is text of its own, not the field's (a flattened PDF form, round 103)
            return True
    if s[:1].isdecimal() and _FOOTNOTE.match(seg.text) and ends_sentence(r.g, prev.text, abbreviations=True):
        return True  # a footnote set in the text flow (pdftotext): `... nearby.` / `1 Two of the ...`
    if seg.text[0] not in " \t" or index - 1 == start_index:
        return False  # (no first-line indent)
    indent = len(seg.text) - len(seg.text.lstrip(" \t"))
    first = r.segs[start_index]
    return indent == len(first.text) - len(first.text.lstrip(" \t")) and len(prev.text) - len(prev.text.lstrip(" \t")) < indent


def ends_in_abbreviation(r: Reading, line: str, s: str, refs: bool = True) -> bool:
    """Does `line` end in "e.g." or "i.e." (the backstop's `mention_before` words that end in a full stop), which
    ends no sentence, and is the next line `s` the level word that completes it ("... carries a higher level,
    e.g.⏎SECRET.", known32)? Only a level word or a marking alone (at most its end punctuation) goes on: ordinary
    text or a heading under "ref."/"e.g." is a line of its own, unmarked (fixrev32d). With `refs` false, not
    after "ref."/"reftel." (a page banner under a line citing a reference stays a banner, memo.py)."""
    line = line.rstrip()
    if line[-1:] != "." or not level_alone(r.g, s):
        return False
    found = mention_before(r.g).search(line)
    return found is not None and (refs or not found.group(0).lstrip().lower().startswith("ref"))


def _names_level(r: Reading, line: str, s: str) -> bool:
    """Does `line` end in a `mention_before` word and is the next line `s` a level word or marking alone?"""
    return level_alone(r.g, s) and mention_before(r.g).search(line.rstrip()) is not None


def _under_marked_node(r: Reading, start_index: int, index: int, fits: bool) -> bool:
    """Is line `index` text of its own under a portion whose first line is marked, which that mark does not
    mark (round 114, 116)? Unmarked, it takes the level of its document or message, not the (U) above it:
    - a deeper node of an outline (`** Designation package` under `* (U) Shipping`, Org-mode; a line set one tab
      deeper, or an item set deeper, `   o ...`, `  - ...`, under a marked node's first line: OneNote, round 120);
    - an answer under a marked question (`A: ...` under `(U) Q: ...`; a line under `(U) Q3. ...?` or `(U) Q2.
      Describe ... this year.`, a question's last line that ends a sentence, whose first word would have fitted
      after it: a form's response, whatever its case);
    - a chat message's further line under its marked first line, right under the message's header
      (`[2026-11-30 07:55] Okafor, Miriam` / `(U) Update from last night's call:` / `the liaison says ...`),
      where the line above ends a sentence or a label, or is short, and the line's first word would have
      fitted on it (a Shift+Enter line, not a wrap)."""
    segs = r.segs
    first, seg, prev = segs[start_index], segs[index], segs[index - 1]
    s = seg.stripped
    head = s[:1]
    if head in "*#" and first.stripped[:1] in "(*[#":
        # (a wiki list's child opens with its parent's signs, `*#` or `**` under `*`, `##` or `#:` under `#`; any
        # deeper item, `#*` under `*` too, is a node of its own: fixrev31b)
        node, parent = r.g.outline_node.match(s), r.g.outline_node.match(_after_mark(r, first))
        if parent is None:
            parent = r.g.outline_node.match(first.stripped)
        if node is not None and parent is not None and len(node.group("depth")) > len(parent.group("depth")) \
                and _marked(r, first):
            return True
    prev_end = prev.text.rstrip()[-1:]
    prev_len = len(prev.text.rstrip())
    # (a form's or a chat's lines are short: a few set the wrap width too narrow to tell, so the word is
    # tried against the text's longest line, as under a marked first line that ends a sentence)
    fits = fits or prev_len + 1 + len(s.split(None, 1)[0]) <= longest_line(r)
    if index - 1 == start_index:
        if head in "AaRr" and r.g.answer_label.match(s) is not None and _marked(r, first) \
                and (prev_end == "?" or r.g.question_label.match(_after_mark(r, first)) is not None):
            return True
        if fits and seg.text[:1] in " \t" and _marked(r, first) and (
                seg.text[:1] == "\t" and _tabs(seg.text) > _tabs(first.text)
                or _indent(seg.text) > _indent(first.text) and enumerators.opens_item(r.g, s)):
            # an outline's child set in deeper under its marked node, by a tab or as a bullet (`(U) Motor pool review`
            # / `<TAB>Vehicle 14 ...`, a OneNote page, round 120): a node of its own, not a wrap of the node above
            return True
    if fits and prev_end in "?.:!" and index - start_index <= 4 and r.g.question_label.match(_after_mark(r, first)) \
            is not None and _marked(r, first) and not any(segs[k].text.rstrip()[-1:] in "?.:!"
                                                          for k in range(start_index, index - 1)):
        # the answer under a question labelled `Q2.` whose last line ends a sentence, `?` or not (`(U) Q2. Describe
        # any ... this year.`, a question wrapped onto a second line too, round 120)
        return True
    if fits and (prev_end in ".!?:;" or index - 1 == start_index and 2 * prev_len <= wrap_width(r)) \
            and start_index > 0 and _marked(r, first) and _under_message_header(r, start_index):
        return True
    if fits and index - 1 == start_index and start_index > 0 and _under_message_header(r, start_index) \
            and document_above_mark(r, first):
        # a chat export that writes each message's author and time on a line of their own (Slack's `Renee Abara
        # 9:15 AM`, adv141-016) writes its lines as they were typed, not wrapped: the line under the message's
        # marked first line is text of its own, whatever that line ends with. Unmarked, it takes the channel's
        # level, and keeps any raise of the message's first line (`split_raises`)
        return record_split(r, first.start, seg.start)
    return False


def indented_item_under_mark(r: Reading, start_index: int, index: int) -> bool:
    """Is line `index` an item of an outline or a note set in deeper than the marked first line of its portion
    (`(U) Meetings with the opposition` / `    * The meeting place changes ...`, an Evernote or OneNote note, a
    notes app's export, round 124), in a document above that mark (or with no banner)? Each such item is a
    portion of its own: the heading's mark does not mark it; unmarked, it takes the document's level (fail
    closed). Not a heading's wrapped line (no item's label) nor an item at the heading's own depth."""
    seg = r.segs[index]
    if index <= start_index or seg.text[:1] not in " \t" or seg.blank:
        return False
    first = r.segs[start_index]
    s = seg.stripped
    if _indent(seg.text) <= _indent(first.text) or not enumerators.opens_item(r.g, s):
        return False
    return _marked(r, first) and document_above_mark(r, first)


def _under_page_break(r: Reading, start_index: int) -> bool:
    """Does line `start_index` stand right under a page's break: a running head or footer, or a page's number
    alone, among the three lines of text above it, or a form feed between it and the third of them?"""
    segs = r.segs
    seen, k = 0, start_index - 1
    while k >= 0 and seen < 3:
        seg = segs[k]
        if not seg.blank:
            t = seg.stripped
            if running_line(r, t) or t[-1:].isdigit() and (r.g.running_head.search(seg.text) is not None
                                                           or page_marker_alone(r.g, t)):
                return True
            seen += 1
        k -= 1
    if seen and page_map(r).has_feeds:
        lo = segs[k + 1].start
        return any(lo <= at <= segs[start_index].start for at, _ in page_map(r).feeds[1:])
    return False


def _marked(r: Reading, seg: Segment) -> bool:
    """Does the line open with a portion mark (after its number, if any)?"""
    lead = r.marks.lead(seg) or r.marks.mark_lead(seg)
    return lead is not None and bool(lead.group("mark"))


# What makes a file an Org-mode file (a keyword line, `#+TITLE:`, or a heading two stars deep or more), where a star
# at a line's start opens no Markdown bullet
_ORG_FILE = re.compile(r"(?m)^(?:\*{2,}[ \t]+\S|#\+[A-Za-z_]+:)")


def outline_heading(r: Reading, line: str) -> bool:
    """Is the line an Org-mode heading of an Org-mode file: stars at the line's start, then a blank (`* Notes`,
    `** (U) Staff meeting`: an outline's node of stars only, `structure.outline_node`), in a file `_ORG_FILE` says is
    one?"""
    if line[:1] != "*":
        return False
    node = r.g.outline_node.match(line)
    return node is not None and not node.group("depth").strip("*") and r.holds(_ORG_FILE)


def saved_chat_line(r: Reading, start_index: int, index: int) -> bool:
    """Does line `index` begin a part of its own in a meeting chat saved as text (`structure.saved_chat_header`,
    Zoom's `14:05:02 From Rachel Abbott to Everyone:`, round 134; Webex's lower-case `from`, round 138)? A
    message's header does (the message above has ended), and so does any line under the first line of a message that a header heads: the tool writes the lines
    of a message as they were typed, never wrapped, so a mark on the message's first line marks that line only (the
    next, unmarked, takes the level of the chat: fail closed)."""
    s = r.segs[index].stripped
    if s[-1:] == ":" and "rom " in s and r.g.saved_chat_header.fullmatch(s) is not None:
        return True
    if start_index == 0 or index <= start_index:
        return False
    above = r.segs[start_index - 1].stripped
    return above[-1:] == ":" and "rom " in above and r.g.saved_chat_header.fullmatch(above) is not None


def _under_message_header(r: Reading, start_index: int) -> bool:
    """Is the line above `start_index` a chat message's header alone on its line (its time, then its author)?"""
    above = r.segs[start_index - 1]
    if above.blank or len(above.stripped) > 90:
        return False
    s = above.stripped
    return ":" in s and r.g.message_header_line.fullmatch(s) is not None \
        or ":" in s[-8:] and r.g.chat_message_header.fullmatch(s) is not None


def _may_continue(s: str) -> bool:
    """Can the stripped line open with a continuation's label (`structure.continuation_label`: its words
    hold `cont`, or are French, German, Dutch or not in ASCII)?"""
    head = s[:64].lower()
    return "cont" in head or not head.isascii() or "suite" in head or "fortsetz" in head or "vervolg" in head


def _text_after_lead(r: Reading, seg: Segment) -> bool:
    """Has the line text besides its lead (a mark alone on its line heads the text below)?"""
    lead = r.marks.lead(seg) or r.marks.mark_lead(seg)
    return lead is None or bool(seg.text[lead.end():].strip())


def start_list_letter(r: Reading, seg: Segment) -> bool:
    """Does the segment start with a list letter (not a portion mark)? Reported when the letter
    could also be a mark."""
    if not r.marks.enumerates(seg):
        return False
    problem = r.marks.list_letter_problem(seg)
    if problem is not None:
        r.problem("LIST_LETTER", "warning", *problem)
    return True


def original_start(view: TextView, offset: int) -> int:
    """The original offset of a span that starts at view `offset`, with the characters the
    view left out just before it: a mark written `&#x28;U&#x29;` in HTML source starts at its
    `&`, so a portion is never cut inside a character reference."""
    start = view.to_original(offset)
    index = bisect.bisect_left(view.deleted, start)
    while index > 0 and view.deleted[index - 1] == start - 1:
        start, index = start - 1, index - 1
    return start


def last_line(r: Reading, start: int, end: int) -> Segment:
    """The last line of the view span `start:end`."""
    line_start = max(start, r.text.rfind("\n", 0, end) + 1)
    return Segment(line_start, end, r.text[line_start:end])


def _checked(r: Reading, marking: Marking, start: int, end: int) -> Marking:
    """A mark written with look-alike or invisible characters is read, but not trusted."""
    written = _as_written(r, start, end)
    if written is None or marking.level is None:
        return marking
    note = MarkingProblem("GARBLED_MARK", "error",
                          f"portion mark {written!r} is written with look-alike or invisible characters "
                          f"(it reads as {marking.portion_mark()}); a reviewer must confirm it")
    return replace(marking, problems=(*marking.problems, note))


def _as_written(r: Reading, start: int, end: int) -> str | None:
    """The mark as the original writes it, when that differs from what the view reads other
    than by compatibility forms (fullwidth): look-alike letters or invisible characters."""
    view = r.view
    if view.identity:
        return None
    o_start, o_end = view.span(start, end)
    written = view.original[o_start:o_end]
    read = r.text[start:end]
    if written == read or unicodedata.normalize("NFKC", written) == read:
        return None
    if ("\u0332" in written or "\u0333" in written) \
            and unicodedata.normalize("NFKC", written.replace("\u0332", "").replace("\u0333", "")) == read:
        return None  # a mark underlined with combining low lines (`(U̲)`): formatting, the letters are the mark's
    # HTML source may write a mark with character references (`&#x28;U&#x29;`, OWASP
    # encoding): that is the mark itself, not a disguise
    referenced = view.original[original_start(view, start):o_end]
    if "&" in referenced and unicodedata.normalize("NFKC", html.unescape(referenced)) == read:
        return None
    # an export may escape a mark's brackets and slashes (`\\(SBU\\)`, `%28U%29`, `\\u0028U\\u0029`): that is the mark
    # itself, as the export writes it (`escaped_marks`)
    if unescaped(referenced) == read:
        return None
    return written.encode("ascii", "backslashreplace").decode("ascii")
