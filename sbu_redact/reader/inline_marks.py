"""A higher mark in the middle of a portion's line, where no new portion begins (fixmarks35).

    2. (U) U.S. EXPORTERS SUBMITTED COMMENTS. AS REF A REPORTED, (C) THE VICE MINISTER TOLD ...

`marks.embedded` finds a second mark where a new portion would begin (after a sentence end, a
table bar); a mark after a comma, a conjunction or a semicolon-less clause break was not read,
and the classified clause was released with the (U) portion (adv145-022). Here every
mark-shaped token inside a portion's text, `(C)`, `(S//NF)`, `[S]`, after a blank and followed by
a blank and text, that reads as a mark with a level is one more mark inside the portion: the
caller raises the portion by it (never lowers) and a mark that reads with errors makes the portion
doubtful. Left alone only what is provably no mark
(open36a: every other exception released the mark's text, review35c): a letter of a run of list letters
that the portion spells out from `(A)` in order, each once, right up to it (`(A) travel, (B) lodging, and (C) per
diem`), or that the reader took for a list letter at a line start (`marks.is_enumerator`: `(A)`, `(B)`, `(C)` lines); a lower-case letter; a copyright or company notice that is the whole rest of the portion (`(C) Reuters 2026`), or
the whole rest of its line where it says it is one (`(C) 2026 Acme Corp. All rights reserved.`); a legend whose whole rest is marks glossed by their own names (`(C) confidential,
(S) secret.`). A mark talked about (`marked (C) the ...`, `than (S) usual`, `(S) CABLES ...`, `(S) is the ...`) or
after words with its initials (`in Seoul (S) the ...`, `Threat Section (TS) the ...`) may be applied as well: it
raises the portion (fail closed; over-redaction goes to the review list, not the release).
open37a (review36a) narrowed those exceptions: a run is a list only where its letters are items, not cited, and the
last item ends plainly (`_spelled_out_run`); a notice read from its line is none where the portion wraps on past
that line (`marks.notice_runs_on`); a legend needs a second glossed mark (a lone `(S) SECRET` is a mark). Unmarked
text is read too, in one narrow shape (`unmarked`): a mark right after a clause break, or a list item's own letter.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import compile_pattern
from ..markings import Marking
from .marks import CHAT_TIME, _is_notice, _line_after, cites_subsection, notice_runs_on, stated_notice
from .raising import raised_to
from .state import Reading

# (after an open parenthesis too: `((S) the army ...`, review37a e05)
_INLINE = compile_pattern(r"(?<=[ \t\n(])(?P<mark>[(\[](?P<inner>[A-Z][A-Za-z/ \-]{0,30})[)\]])(?=[ \t]+\S)")
_MARK_IN = compile_pattern(r"[(\[][A-Z][A-Za-z/ \-]{0,30}[)\]]")
_LETTER = compile_pattern(r"(?<![\w.])[(\[](?P<letter>[A-Za-z])[)\]]")
# what a legend holds besides its marks and their level names: joining words and punctuation
_LEGEND_TOKEN = compile_pattern(r"(?P<mark>[(\[][A-Z][A-Za-z/ \-]{0,30}[)\]])|(?P<word>[^\W\d_]+)|[\s,;:=.\-\u2013\u2014/]+")
_LEGEND_JOINS = frozenset({"and", "or"})
# (open37a) a reference to a list letter, not an item of a list: `REFTELS (A) AND (B)`, `REF (B)`
_CITED_LETTER = compile_pattern(r"\b(?:REF(?:TEL)?S?|REFERENCES?|PARA(?:GRAPH)?S?|OPTIONS?)[ \t.:]*$", re.IGNORECASE)
# what may end the item before the next letter of a list: punctuation and `and`/`or` (`lodging, and (C)`)
_ITEM_JOIN = compile_pattern(r"[\s,;:]*(?:\b(?:and|or)[\s,;:]*)?$", re.IGNORECASE)
_ITEM_WORD = compile_pattern(r"[^\W\d_]{2,}")
# (open37a) all the rest of unmarked text after a `(C)`: a short name and its rights (`Eon Productions, used under
# licence.`), a credit line
_NAMED_RIGHTS = compile_pattern(r"(?-i:[A-Z])[\w&.'\-]*(?:[ \t]+(?-i:[A-Z])[\w&.'\-]*){0,3},?[ \t]+(?:all[ \t]+rights[ \t]+"
                                r"reserved|used[ \t]+under[ \t]+licen[cs]e|used[ \t]+with[ \t]+permission)\.?", re.IGNORECASE)
# (open37a) in unmarked text, a mark right after a clause break: `said that, (S) the army ...`, `per ops, (S) the ...`
_AFTER_CLAUSE_BREAK = compile_pattern(r"[,;:][ \t]+$")
# (fixrev37a, review37a) and a classified mark ((C), (S), (TS), with controls) after other breaks that open a clause:
# a spaced dash or slash (`meeting - (S) the army`, `roads open / (S) the minister`), an open parenthesis
# (`((S) the army ...`) or `that` (`told me that (S) the army`). Only a classified level: a `(U)` or `(R)` there
# raises nothing a reader loses, and bracketed acronyms after `(` stay none (their level is None)
_AFTER_OTHER_BREAK = compile_pattern(r"(?:[ \t][-/\u2013\u2014][ \t]*|\(|\bthat[ \t]+)$", re.IGNORECASE)
_CLASSIFIED_LEVELS = frozenset({"CONFIDENTIAL", "SECRET", "TOP SECRET"})


def inline_marks(r: Reading, start: int, end: int, seen: set[int], *,
                 unmarked: bool = False) -> list[tuple[Marking, int, int]]:
    """Marks with a level inside `r.text[start:end]` that no other rule read (`seen`: starts of
    the marks already found), as (marking, start, end). In `unmarked` text (a portion with no mark of its own, which
    takes the document's level) only a mark right after a clause break (`said that, (S) the ...`) or a list letter
    at the text's start that reads as a mark (`(C) THE MINISTER WILL ...` after `(A)`, `(B)` lines) counts: other
    bracketed letters of unmarked text are too often no mark (`34 (C)`, office symbols; open36a)."""
    text = r.text
    if text.find("(", start, end) == -1 and text.find("[", start, end) == -1:
        return []
    found: list[tuple[Marking, int, int]] = []
    for m in _INLINE.finditer(text, start, end):
        if m.start("mark") in seen:
            continue
        inner = m.group("inner").strip()
        # (a list item that reads as a mark, `(C) THE MINISTER WILL RESIGN ...` in an unclassified document, raises
        # its own text: the item is unmarked, no level of its own says the letter is none; review36a e01)
        item_mark = unmarked and m.start("mark") == start and r.marks.is_enumerator(m.start("mark")) \
            and not _cited_subsection(r, m.start("mark"), m.end("mark"))
        other_break = False
        if unmarked and not item_mark and _AFTER_CLAUSE_BREAK.search(text, start, m.start("mark")) is None:
            if _AFTER_OTHER_BREAK.search(text, start, m.start("mark")) is None:
                continue
            other_break = True
        if len(inner) == 1 and not item_mark and (r.marks.is_enumerator(m.start("mark"))
                                                  or _spelled_out_run(r, start, m.start("mark"), end, inner)):
            continue  # (`(A) ..., (B) ..., and (C) ...`: a list letter, its run spelled out before it)
        rest = " ".join(text[m.end("mark"):end].split())
        if unmarked and inner == "C" and _NAMED_RIGHTS.fullmatch(rest):
            continue  # (`Images (C) Paramount Pictures, (C) Eon Productions, used under licence.`: a credit line)
        if inner == "C" and (_is_notice(r.g, " " + rest) or stated_notice(r.g, _line_after(text, m.end("mark")))
                             and not notice_runs_on(text, m.end("mark"), end)):
            continue  # (`(C) 2026 Acme Corp. All rights reserved.`: a notice, all that follows it, or its whole line)
        marking = r.marks.read_mark(inner)
        if marking is None or marking.level is None:
            continue  # (`(MFA)`, `(EU)`: an acronym, no mark)
        if other_break and marking.level not in _CLASSIFIED_LEVELS:
            continue
        if _legend(r, marking, rest) and (_MARK_IN.search(rest) or _glossed_mark_before(r, text, start, m.start("mark"))) \
                and _legend_opens(r, text, start, m.start("mark")):
            continue  # (`(C) confidential, (S) secret.`: marks glossed by their names, and nothing else)
        found.append((marking, m.start("mark"), m.end("mark")))
    return found


# (fix40b) a lower-case `(c)` or `(s)` after a run of list items in its sentence: `(a) visas, (b) housing, and (c)
# the delegation head admitted ...`, `(i) the survey, (ii) the lease review, and (c) the landlord is a front ...`
_LOWER_LETTER = compile_pattern(r"(?<=[ \t\n])(?P<mark>\((?P<inner>[cs])\))(?=[ \t]+\S)")
_RUN_ITEM = compile_pattern(r"(?<![\w.])\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)(?=[ \t])")
_BEFORE_ITEM = compile_pattern(r"(?:[,;][ \t\n]*(?:(?:and|or)[ \t\n]+)?|[ \t\n](?:and|or)[ \t\n]+)$")
_RUN_SENTENCE_END = compile_pattern(r"[.!?](?=[ \t\n])")
_MAX_ITEM_WORDS = 12


def _lower_case_marks(r: Reading, start: int, end: int, seen: set[int]) -> list[tuple[Marking, int, int]]:
    """(fix40b, adv156-014, adv158-025) A lower-case `(c)` or `(s)` that could be a list's letter or a mark, read as a
    mark when what follows it is a clause: it ends a run of at least two items in its sentence (`(a)`, `(b)`; `(i)`,
    `(ii)`), each short and no clause of its own, joined by a comma or `and`, and the text after it reads as a clause
    of its own (`_next_item_is_a_clause`). A list of clauses (`(a) the fund will ..., (b) ...`) or a lone `(c)` is
    left as it was."""
    text = r.text
    found: list[tuple[Marking, int, int]] = []
    for m in _LOWER_LETTER.finditer(text, start, end):
        at = m.start("mark")
        if at in seen or _BEFORE_ITEM.search(text, start, at) is None:
            continue
        marking = r.marks.read_mark(m.group("inner").upper())
        if marking is None or marking.level not in _CLASSIFIED_LEVELS:
            continue
        sentence = start
        for stop in _RUN_SENTENCE_END.finditer(text, start, at):
            if r.g.abbreviation_at_end.search(text, max(start, stop.end() - 10), stop.end()) is None:
                sentence = stop.end()
        run = list(_RUN_ITEM.finditer(text, sentence, at))
        if len(run) < 2:
            continue
        ends = [x.start() for x in run[1:]] + [at]
        items = [text[x.end():e] for x, e in zip(run, ends)]
        if any(len(_ITEM_WORD.findall(item)) > _MAX_ITEM_WORDS or r.g.list_item_clause.search(item.strip()) is not None
               for item in items):
            continue
        item_words = [len(_ITEM_WORD.findall(item)) for item in items]
        if _next_item_is_a_clause(r, at, end, item_words, items) and _head_is_a_clause(r, m.end("mark"), end, item_words):
            found.append((marking, at, m.end("mark")))
    return found


def raise_lower_case_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each one that holds a lower-case `(c)` or `(s)` read as a mark (`_lower_case_marks`) raised whole
    to at least that mark. A pass of its own, after the document's controls are placed (review40b2): read inside
    `inherit`, the raised portion counted as the classified portion that holds an `UNCLASSIFIED//NOFORN` banner's
    control, and the other (U) paragraphs lost the NOFORN main gave them."""
    out = list(portions)
    for i, p in enumerate(portions):
        found = _lower_case_marks(r, p.mark_end if p.mark_end is not None else p.body_start, p.end, set())
        if found:
            out[i] = raised_to(r, p, [marking for marking, _, _ in found], "a lower-case `(c)` or `(s)` after a run of "
                               "list items opens a clause: it reads as a mark, and the portion takes at least it")
    return out


# (lead41, adv168-069) a mark at the head of a chat post after its time and its author, in the forms IRC and other
# chat logs print with no colon after the author: `[14:04] <lydia> (C) ...`, `14:04 <@dana> (S) ...`, `<kim> (C) ...`,
# `[14:04] lydia (C) ...` (a bare author only after a time). Such a post's mark went unread in unmarked text (only
# `nick:` forms are read as portion starts) and the (C) post was released with the (U) log around it.
_CHAT_HEAD_MARK = compile_pattern(
    r"^[ \t>]*(?:(?:" + CHAT_TIME + r"|\d{1,2}:\d{2}(?::\d{2})?)[ \t]+"
    r"(?:<[@+%&~]?[^<>\s]{1,40}>|[A-Za-z][\w.\-']{0,30})|<[@+%&~]?[^<>\s]{1,40}>):?[ \t]+[*_]{0,2}"
    r"(?P<mark>[(\[](?P<inner>[^()\[\]\n]{1,40})[)\]])(?=[*_]{0,2}[ \t]+\S)", re.MULTILINE)


def raise_chat_head_marks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each one that holds a chat post whose mark follows its time and author with no colon
    (`[14:04] <lydia> (C) The alarm code ...`) raised whole to at least that mark. A pass of its own, after the
    document's controls are placed (as `raise_lower_case_marks`): it only raises, never splits a portion."""
    text = r.text
    if "<" not in text and "]" not in text and ":" not in text:
        return portions
    out = list(portions)
    for i, p in enumerate(portions):
        start = p.mark_end if p.mark_end is not None else p.body_start
        stated: list[Marking] = []
        for m in _CHAT_HEAD_MARK.finditer(text, text.rfind("\n", 0, start) + 1, p.end):
            if m.start("mark") < start or m.start("mark") == p.mark_start:
                continue
            inner = m.group("inner").strip()
            if inner == "C" and _is_notice(r.g, " " + " ".join(text[m.end("mark"):p.end].split())):
                continue  # (`<kim> (C) 2026 Acme Corp.`: a notice)
            marking = r.marks.read_mark(inner)
            if marking is not None and marking.level is not None:
                stated.append(marking)
        if stated:
            out[i] = raised_to(r, p, stated, "a chat post's mark after its time and author (`[14:04] <nick> (C) ...`) "
                               "is the post's mark: the portion that holds it takes at least it")
    return out


_HEAD_END = compile_pattern(r"[,;:!?]|\.(?=\s|$)")


def _head_is_a_clause(r: Reading, after: int, end: int, item_words: list[int]) -> bool:
    """(fix40b) Is the head of the item after a lower-case letter, to its first clause break (a line's end does not
    break it), a clause of its own: a clause's verb in it (`reader_words.list_item_clause`), or over three times as
    long as the longest item before it and over six words? A noun with a clause after a comma is an item
    (`(c) the minister's favorite band, which the office has booked`, adv158-066)."""
    stop = _HEAD_END.search(r.text, after, end)
    head = r.text[after:stop.start() if stop is not None else end]
    if r.g.list_item_clause.search(head.strip()) is not None:
        return True
    return len(_CLAUSE_WORDS.findall(head)) > max(6, 3 * max(item_words, default=0))


def _spelled_out_run(r: Reading, start: int, at: int, end: int, letter: str) -> bool:
    """Do the bracketed single letters of the portion before `at` spell `(A)`, `(B)`, ... up to the letter
    before `letter`, in order and each once (a list of items, `letter` its next)? Anything else (a letter
    repeated, `REF (B)` ... `(C)`; one skipped, `REFS (B) AND (D)`) leaves `letter` a mark. So does a run that
    is no list of items (open37a, review36a): a letter cited (`REFTELS (A) AND (B), AND (C) THE MINISTER ...`), a
    letter with no item of its own (`(A) AND (B)`), or a last item that goes on past a clause break or
    ends in other words than `and`/`or` (`(B) Doha International, although (C) the Emir ...`,
    `(B) the port tender is reopened; and, per his chief of staff, (C) the Minister ...`)."""
    text = r.text
    found = list(_LETTER.finditer(text, start, at))
    if not found or [x.group("letter") for x in found] != [chr(c) for c in range(ord("A"), ord(letter))]:
        return False
    ends = [x.start() for x in found[1:]] + [at]
    for x, item_end in zip(found, ends):
        if _CITED_LETTER.search(text, start, x.start()) is not None:
            return False
        item = text[x.end():item_end]
        joined = _ITEM_JOIN.search(item)
        words = item[:joined.start()] if joined is not None else item
        if _ITEM_WORD.search(words) is None:
            return False
    if any(c in words for c in ",;:"):
        return False
    return not _next_item_is_a_clause(r, at, end, [len(_ITEM_WORD.findall(text[x.end():e])) for x, e in zip(found, ends)],
                                      [text[x.end():e] for x, e in zip(found, ends)])


# (open39a) where the item after a run's next letter ends: its sentence's end, a full stop that is no abbreviation's
# (`(C) Gen. Haftar's son will ...`, `[C] the U.S. Navy will ...`), or the portion's end; not a comma, a colon or a
# line's end, where a clause goes on (review38a l02, l03, l20: cutting the item there released the clause)
_SENTENCE_END = compile_pattern(r"[.!?;](?=[\s\"'\u201d\u2019)\]]|$)")
_CLAUSE_WORDS = compile_pattern(r"[^\W\d_][\w'\-]*")
# (open38a's item end: the first clause break or sentence end, where the item's head ends)
_ITEM_BREAK = compile_pattern(r"[,;:.!?\n]")


def _next_item_is_a_clause(r: Reading, at: int, end: int, item_words: list[int], items: list[str]) -> bool:
    """Does the text after the letter at `at` (to its sentence's end, inside the portion ending at `end`) read as no
    item of the run before it but as a clause of its own, so the letter may be a mark (open38a, review37a l01-x04):
    in capitals where no item before it is (`(A) travel, (B) lodging, and (C) THE MINISTER PLANS TO RESIGN ...`), over
    three times as long as the longest item before it and over six words (`(A) flights and (B) hotels or (C) the asset
    confirmed the missile transfer to the militia ...`), or (open39a, review38a) holding a clause's verb or opening
    as one does (`(C) the governor is on our payroll.`, `(C) on 2 March, two Russian radar crews ...`: the rules'
    `reader_words.list_item_clause`)? Only a short item with no verb is a list's (`(C) per diem for the team.`)."""
    text = r.text
    close = text.find(")", at, at + 4)
    close = close if close != -1 else text.find("]", at, at + 4)
    after = close + 1 if close != -1 else at + 3
    stop, cursor = end, after
    while (full_stop := _SENTENCE_END.search(text, cursor, end)) is not None:
        cursor = full_stop.end()
        if text[full_stop.start()] != "." or r.g.abbreviation_at_end.search(text, max(after, cursor - 10), cursor) is None:
            stop = full_stop.start()
            break
    else:
        if text[after:end].rstrip().endswith(".") and cursor > after:
            return True  # (the portion ends on an abbreviation's full stop, `(C) Mr.` / `Khan ... is brokering ...`:
            # its item goes on past the portion, unread; review38a l12)
    item = text[after:stop]
    words = _CLAUSE_WORDS.findall(item)
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    in_capitals = len(lettered) >= 2 and all(w.isupper() for w in lettered)
    # (and its head, to the first clause break, as open38a read it: `(C) THE MINISTER WILL RESIGN, per ROOK.` is in
    # capitals to its comma though not to its sentence's end; reading only the whole sentence released it, review39a)
    head_break = _ITEM_BREAK.search(item)
    head = item[:head_break.start()] if head_break is not None else item
    head_lettered = [w for w in _CLAUSE_WORDS.findall(head) if any(c.isalpha() for c in w)]
    head_in_capitals = len(head_lettered) >= 2 and all(w.isupper() for w in head_lettered)
    if (in_capitals or head_in_capitals) and not any(w.isupper() for item in items for w in _ITEM_WORD.findall(item)):
        return True
    if r.g.list_item_clause.search(item.lower() if in_capitals else item) is not None \
            or head_in_capitals and r.g.list_item_clause.search(head.lower()) is not None:
        return True
    return len(words) > max(6, 3 * max(item_words, default=0))


def _cited_subsection(r: Reading, at: int, mark_end: int) -> bool:
    """Is the line-start letter at `at` a subsection that a citation ending the line above leaves open, with lower-case
    text after it (`under section 2` / `(S) of the fee schedule annex`): the sentence above goes on, no item opens?"""
    previous_end = r.text.rfind("\n", 0, at)
    if previous_end <= 0 or not r.text[mark_end:mark_end + 2].strip()[:1].islower():
        return False
    previous = r.text[r.text.rfind("\n", 0, previous_end) + 1:previous_end]
    if not r.marks.raising_letter(r.text[at + 1:mark_end - 1]):  # (fixrev37a: only marks that raise are narrowed)
        return r.g.cites_at_end.search(previous) is not None
    return cites_subsection(r.g, previous, r.text[mark_end:mark_end + 40])


def _legend_opens(r: Reading, text: str, start: int, at: int) -> bool:
    """Does the legend that the mark at `at` belongs to open where a legend can, at its line's or portion's start or
    after a label's colon or a sentence end (`Markings used below: (U) unclassified, (C) ...`), not trail the
    portion's words (`... the raid on the Kandahar compound (S) SECRET (C) CONFIDENTIAL`, review36a a08)?"""
    first = at
    lo = min(start, text.rfind("\n", 0, at) + 1)  # (the portion's own mark opens the legend: `Examples: (U) unclassified,`)
    while True:
        marks = list(_MARK_IN.finditer(text, lo, first))
        if not marks:
            break
        other = r.marks.read_mark(marks[-1].group(0)[1:-1].strip())
        if other is None or other.level is None or not _legend(r, other, " ".join(text[marks[-1].end():first].split())):
            break
        first = marks[-1].start()
    before = text[text.rfind("\n", 0, first) + 1:first].rstrip()
    return not before or before[-1] in ":.=-\u2013\u2014"


def _glossed_mark_before(r: Reading, text: str, start: int, at: int) -> bool:
    """Does a mark glossed by its level's name stand right before `at` (`(C) confidential, ` before `(S) secret.`):
    the mark at `at` is a legend's last entry, not a lone `(S) SECRET` after the portion's text (review36a a08)?"""
    marks = list(_MARK_IN.finditer(text, min(start, text.rfind("\n", 0, at) + 1), at))
    if not marks:
        return False
    other = r.marks.read_mark(marks[-1].group(0)[1:-1].strip())
    if other is None or other.level is None:
        return False
    return _legend(r, other, " ".join(text[marks[-1].end():at].split()))


def _legend(r: Reading, marking: Marking, rest: str) -> bool:
    """Is `rest` (the portion after a mark) a legend and nothing else: the mark's own level name first, then only
    marks, their level and control names, `and`/`or` and punctuation (`(C) confidential, (S) secret.`)?"""
    names = set(marking.banner().casefold().replace("/", " ").split())
    first = True
    for t in _LEGEND_TOKEN.finditer(rest):
        if t.group("mark"):
            other = r.marks.read_mark(t.group("mark")[1:-1].strip())
            if other is None or other.level is None:
                return False
            names |= set(other.banner().casefold().replace("/", " ").split())
        elif t.group("word"):
            word = t.group("word").casefold()
            if word not in names and (first or word not in _LEGEND_JOINS):
                return False
            first = False
    return not first and _LEGEND_TOKEN.sub("", rest).strip() == ""
