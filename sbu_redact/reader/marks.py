"""Portion marks: where they stand (after a paragraph number, a bullet, an enumerator or a
label at a line start, after a sentence end or in a table cell) and what they say, including
marks that only read after undoing OCR damage (reported as GARBLED_MARK, never trusted)."""
from __future__ import annotations

import functools

import re
import unicodedata
from dataclasses import replace

from ..lazyre import LazyPattern, compile_pattern, lazy
from ..markings import Grammar, Marking, MarkingProblem
from .rule_words import made_once
from .rule_words import months as rule_months
from .segments import Segment

# A portion mark as written: parentheses (or the brackets OCR turns them into), possibly
# unclosed; `mark_inner` takes the content out.
MARK = r"[(\[{][^()\[\]{}\n]{1,60}[)\]}]|\([A-Z0-9][A-Z0-9/]{0,11}(?=[ \t])"
# `(C)` and `(R)` that Word's AutoCorrect turned into signs: marks after a paragraph number, and
# at the start of a line before a sentence (`© The leader told us ...`), but not in a copyright
# notice (`© 2024 Reuters`, `© Crown copyright`, `© The Times. All rights reserved`).
AUTOCORRECTED = r"[©®](?=[ \t])"
_AUTOCORRECT = {"©": "C", "®": "R"}
# Bullets as Word, PDF and e-mail copies write them: ASCII ones, typographic ones, the
# private-use characters of the Symbol and Wingdings fonts, and Wingdings bullets shown in a
# text font when the symbol font is lost (`Ø` for ➢, `ü` for ✓, `q` for ❑, `v` for ❖, `n` for
# ■, `l` for ●): bullets only before a mark, as every enumerator here is.
BULLETS = r"[-*+•·◦▪▫■□●○◆◇►▸▹➢➤✓✔❖⁃‣∙o–—†‡‖§\uf000-\uf0ffØüqvnl]"  # († ‡ ‖ §: footnote signs)
# A numbered paragraph lead: optional Markdown residue, a pilcrow as OCR wrote it, the number,
# then an optional portion mark (well formed, or missing its opening parenthesis).
LEAD = lazy(
    r"^(?P<indent>[ \t]*)(?P<bullet>(?:[-*+•](?=[ \t])|\*\*)[ \t]*)?"
    r"(?P<pilcrow>Â?¶|\\P|\\¶|§|\\)?[ \t]*(?P<num>\d{1,3})(?P<dot>[.)])(?![\d.])(?:\*\*)?Â?[ \t]*(?:\*{1,3}|_{1,2})?"
    r"(?P<mark>" + MARK + r"|" + AUTOCORRECTED + r"|(?P<bare>[A-Za-z][A-Za-z/]{0,11})[)](?=[ \t]))?")
# What a lead may start with besides its number (after its indent): a bullet or a pilcrow.
LEAD_SIGNS = "-*+•Â¶\\§"
# Labels that may stand before a portion mark (a speaker's name is not one: it must not be kept
# as part of a lead, and a mark after it raises the portion it sits in).
LABELS = (r"(?i:COMMENT|NOTE|SUMMARY|BACKGROUND|ACTION(?:[ \t]+REQUEST)?|REQUEST|QUESTION|ANSWER|RESPONSE"
          r"|ISSUE|TEXT|POINTS?|RECOMMENDATION|DISCUSSION|ANALYSIS|ABSTRACT|PURPOSE):")
# A numbered label before a mark, or before a dash and a mark: `Item 3 — (C) ...`, `Question 2
# - (U) ...`, `Item 4 (U) ...`, a form's `Block 12 (U) Location: ...` (rounds 102, 105) (the dash is a
# bullet of its own: `ENUMERATOR` takes up to three).
_NUMBERED_LABEL = r"(?i:item|point|question|answer|issue|topic|task|step|slide|tab|block|box)[ \t]+\d{1,3}(?=[ \t]+[-–—(\[])"
# Enumerators that may stand before a portion mark at the start of a line: bullets, `A.`, `(a)`,
# `a)`, `II.`, `1.1`, `2a.`, `2`, `PARA 2.`, `¶ 2`, `COMMENT:`, Markdown headings and table bars, a wiki
# list's nested signs (`*#`, `**`, `#*`, `*:`) and its bold or italic quotes (`'''(U) ...`, MediaWiki, round 130).
ENUMERATOR = (r"(?:" + BULLETS + r"(?=[ \t])|\*[*#:]{1,5}(?=[ \t])|#[*:][*#:]{0,4}(?=[ \t])|\'\'\'?(?=[(\[])|[-–—•·†‡§‖¶]{1,2}(?=[(\[])|>+|--|\*\*|#{1,6}(?=[ \t])|\||\[[ xX]?\]|\[\^\w{1,8}\]:|<!--"
              r"|\[\d{1,3}\]|\[[A-Za-z]\]"
              r"|<[a-z]{1,10}>|\(?[A-Za-z]{1,4}[.)]|\(\d{1,3}\)|\d+(?:\.\d+)+\.?|\d{1,3}[A-Za-z]?[.):]?"
              r"|PARA(?:GRAPH)?[ \t]*\d+\.?|¶[ \t]*\d+\.?|" + LABELS + r"|" + _NUMBERED_LABEL + r")")
# A portion mark at the start of a line, after at most three enumerators: "(U) The ...",
# "A. (C) ...", "-- (SBU) ...", "| (U) cell |".
# Any other label (`Way ahead: (U)`, `BLUF: (S//NF)`, a speaker's `OKONKWO: (SBU)`) before a
# mark at a line start also starts a portion, but it is text of the portion, not its lead: a
# placeholder that keeps the lead must not keep a speaker's name.
# A label may also stand before a mark that a colon follows (`Comment (C):`, `Para 3 (C):`).
_OTHER_LABEL = (r"(?P<label>[A-Z][A-Za-z'\-]*(?:[ \t][A-Za-z][A-Za-z/&'\-]*){0,2}:[ \t]+(?=[(\[])"
                r"|[A-Z][A-Za-z'\-]*(?:[ \t][A-Za-z0-9][A-Za-z0-9'\-]*){0,2}[ \t]+(?=[(\[][^()\[\]\n]{1,40}[)\]][ \t]*:)"
                # a run-in heading of capitals before the mark, a dash after it: `NEXT STEPS (U) – ...`
                r"|[A-Z][A-Z'\-]+(?:[ \t][A-Z0-9][A-Z0-9'\-]*){0,2}[ \t]+"
                r"(?=[(\[][^()\[\]\n]{1,40}[)\]][ \t]*(?:[–—]|--?)[ \t])"
                # an owner or office in capitals, a dash, then the mark: `2. RSO - (U//FOUO) test ...`
                r"|[A-Z][A-Z/&'\-]{1,15}(?:[ \t][A-Z][A-Z/&'\-]*){0,2}[ \t]+(?:[–—]|--?)[ \t]+(?=[(\[])"
                # ... or a label in any case with a dash run against the mark: `Embassy comment --(C)-- the ...`
                r"|[A-Z][A-Za-z'\-]*(?:[ \t][A-Za-z][A-Za-z/&'\-]*){0,2}[ \t]*(?:[–—]|--)(?=[(\[])"
                # a WebVTT cue's voice span (the speaker): `<v Director>(U) ...`
                r"|<v(?:\.[\w.\-]+)?[ \t][^<>\n]{1,40}>[ \t]*(?=[(\[])"
                # a record's key in lower case (an RSS or YAML dump's `item:`, `description:`), round 96
                r"|[a-z][a-z]{1,11}(?:[A-Z][a-z]{1,11})?:[ \t]+(?=\([A-Za-z][^()\[\]\n]{0,39}\)[ \t]+[A-Z])"
                # a speaker or office in capitals in a margin, a wide gap, the mark: `RSO           (S) The ...`, round 89
                r"|[A-Z][A-Z/&'\-]{1,15}(?:[ \t][A-Z][A-Z/&'\-]{0,15})?(?:[ \t]{3,}|\t[ \t]*)(?=\([A-Za-z][^()\[\]\n]{0,39}\)[ \t]+[A-Z]))")
# A chat line's portion mark in square brackets before the post's time (and date):
# `[U] [10:40] user: ...`, `[C] [2026-11-30 09:02] user: ...`.
_CHAT_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<bullet>)(?P<mark>\[[A-Za-z]{1,4}\])"
                       r"(?=[ \t]+\[(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ \tT]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?Z?\])")
# (A month's name as dates write it, `12 May 2015`, `MAY 12, 2015`, `12 Sept. 2015`, and the leads that hold one are
# the rules' months: `DateLeads`, fix50d)
# A log's or case notes' entry: a numeric date (and a time), then the entry's mark:
# `2019-05-02 (S) Name matches ...`, `05/02/2019 14:10 (C) Caller ...` (round 36)
_DATE_SPACE_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
                             r"(?:[ \tT]+\d{1,2}:\d{2}(?::\d{2})?Z?)?[ \t]+)(?P<bullet>)(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]+\S)")
# A log entry's fields before its mark, each after a slash or a bar: `03.04 / RK / (S) Name is ...`,
# `2019-05-02 | 14:20 | JM | (C) ...` (round 41): dates, times, initials and short ids
_ENTRY_FIELD = r"(?:\d{1,4}(?:[./:\-]\d{1,4}){0,3}Z?|[A-Z]{1,4}\d{0,4}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?)"
_ENTRY_SEPARATOR = r"(?:[ \t]*[/|;–—][ \t]*|\t+)"  # (semicolons, tabs, em dashes too: round 44)
_ENTRY_FIELDS_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>" + _ENTRY_FIELD + r"(?:" + _ENTRY_SEPARATOR + _ENTRY_FIELD
                               + r"){0,3}" + _ENTRY_SEPARATOR + r")(?P<bullet>)(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]+\S)")
# An enumerator with stray punctuation before its mark: ` (ii).(S) smugglers ...`, ` iii -(C) a planned
# closure ...` (round 46: OCR and hand-typed outlines)
_ENUMERATOR_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>\(?(?:[ivx]{1,5}|[a-z]|\d{1,2})\)?[ \t]*[.\-–—:,]{1,2}[ \t]*)"
                             r"(?P<bullet>)(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]*\S)")
# A calendar line's weekday and time before its mark: `Tue 1500  (SBU) Drop the passports ...`,
# `WED 10:30-11:00 (C) ...` (round 45)
_WEEKDAY_TIME_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>(?i:mon|tue|wed|thu|fri|sat|sun)[A-Za-z]{0,6}\.?,?[ \t]+"
                               r"\d{1,2}[:.h]?\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]*[-–][ \t]*\d{1,2}[:.h]?\d{2}"
                               r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?)?[ \t]+)(?P<bullet>)(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]+\S)")
_WEEKDAY_HEADS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
# A chat line's mark after the post's time and the author's nick (in Markdown emphasis or not):
# `[07:43] jtran: (S) two brigades ...`, `[2020-08-04 18:07] m.obi: *(S//NF)* the port ...`
CHAT_TIME = (r"\[(?:\d{4}-\d{2}-\d{2}[ \tT]+|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+)?(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?Z?"
             r"|(?:[01]\d|2[0-3])[0-5]\dZ?)\]")  # (and a four-digit military time: `[0911]`, `[0810Z]`)
# ... or the time bare, as a chat export or a transcript writes it: `10:01 duty: (U) ...`, `00:02:14 Dana Cole: (U) ...`,
# after the post's numeric date as Slack and Teams exports write it: `2026-11-13 09:02 Ana Ruiz: (U) ...`
_BARE_CHAT_TIME = r"(?:\d{4}-\d{2}-\d{2}[ \tT]+|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
# The author: a nick (`jtran`, `maj.ross`) or a name of up to four words as Teams, WhatsApp and
# Slack export it (`Hamid, J`, `Ana Ruiz`, `Lt Col Ames`, `Dev P.`, `Mensah-Boateng, Kofi`).
_CHAT_AUTHOR = r"<?[A-Za-z][\w.\-']{0,30}(?:,?[ \t][A-Za-z][\w.\-']{0,20}){0,3}>?"
_CHAT_NICK_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>" + CHAT_TIME + r"[ \t]+<?[A-Za-z][\w.\-]{0,30}>?:[ \t]+)"
                            r"(?P<bullet>)(?:\*{1,2}|_{1,2})?(?P<mark>\([^()\[\]{}\n]{1,40}\))(?:\*{1,2}|_{1,2})?(?=[ \t]+\S)")
# ... the same with the rarer forms: an author's name of several words, a bare time (read only in a
# chat whose every post is marked: `MarkReader._chat_marked_throughout`)
_CHAT_NAME_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>(?:" + CHAT_TIME + r"|" + _BARE_CHAT_TIME + r")[ \t]+"
                            + _CHAT_AUTHOR + r":[ \t]+)"
                            r"(?P<bullet>)(?:\*{1,2}|_{1,2})?(?P<mark>\([^()\[\]{}\n]{1,40}\))(?:\*{1,2}|_{1,2})?(?=[ \t]+\S)")
# A chat line's mark between the post's time and the author: `[0815Z] (S//REL TO USA, GBR) maj.ross: ...`
_CHAT_TIME_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>" + CHAT_TIME + r"[ \t]+)(?P<bullet>)"
                            r"(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]+[A-Za-z][\w.\-]{0,30}:[ \t]+\S)")
# A chat post's first line (its time, then its author or its mark), and what may follow the time on it
# in a chat whose every post is marked: the author and a mark, the author alone (the post's text on
# the lines below), or a mark and the author
_CHAT_POST = compile_pattern(r"^[ \t]*(?:" + CHAT_TIME + r"|" + _BARE_CHAT_TIME + r")[ \t]+(?P<rest>\S.*)$")
_CHAT_POST_MARKED = compile_pattern(r"(?:" + _CHAT_AUTHOR + r":[ \t]*(?:\*{1,2}|_{1,2})?(?P<mark>\([^()\[\]{}\n]{1,40}\))"
                                    r"|(?P<first>\([^()\[\]{}\n]{1,40}\))[ \t]+[A-Za-z][\w.\-]{0,30}:)[ \t]+\S"
                                    r"|" + _CHAT_AUTHOR + r":[ \t]*$")
_LINE_ENDS = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# A transcript's speaker in capitals and the time in brackets before the mark:
# `AMB [10:04] (S//NF) The President told me ...`
_SPEAKER_TIME_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>[A-Z][A-Z.'\-]{1,20}(?:[ \t][A-Z][A-Z.'\-]{0,20}){0,2}[ \t]+"
                               + CHAT_TIME + r"[ \t]+)(?P<bullet>)(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]+\S)")
# An inline reply's initials in brackets before its mark: `[JR] (U) Yes, the consulate ...`
_INITIALS_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>\[[A-Z]{2,4}\][ \t]+)(?P<bullet>)"
                           r"(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]+\S)")
# An editorial or routing label in brackets before a mark: `[Cover note to S/ES, not part of the
# letter] (SBU) The delegation ...` (round 31)
_BRACKET_LABEL_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>\[(?P<inner>[^\[\]()\n]{3,80})\][ \t]+)(?P<bullet>)"
                                r"(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]+\S)")
# An action item's number and owner before its mark and a colon: `AI-2  OFAC (S): prepare ...`
ITEM_ID = r"[A-Z]{1,4}-\d{1,3}"
_ITEM_OWNER_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>" + ITEM_ID + r"[ \t]+[A-Z][A-Za-z/&'\-]{0,15}"
                             r"(?:[ \t][A-Z][A-Za-z/&'\-]{0,15}){0,2}[ \t]+)(?P<bullet>)"
                             r"(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]*:[ \t]+\S)")
# A comment's author and time, dashes around the time, then its mark (a tracker's export):
# `m.planner - 2022-09-02 11:40 - (S//NF) Source reporting ...`
AUTHOR_TIME = r"[A-Za-z][\w.\-]{0,30}[ \t]+[-–—][ \t]+\d{4}-\d{2}-\d{2}[ \tT]+\d{1,2}:\d{2}(?::\d{2})?"
_AUTHOR_TIME_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<label>" + AUTHOR_TIME + r"[ \t]+[-–—][ \t]+)(?P<bullet>)"
                              r"(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]+\S)")
def _label_then_mark(label: str, mark: str = r"\([^()\[\]{}\n]{1,40}\)") -> LazyPattern:
    """A line lead of a tool's label (a syslog prefix, a comment sign, a balloon tag, a field) and then a mark:
    the label is kept with the lead, the mark read as the portion's."""
    return lazy(r"^(?P<indent>[ \t]*)(?P<label>" + label + r")(?P<bullet>)(?P<mark>" + mark + r")(?=[ \t]+\S)")


class DateLeads:
    """(fix50d) The leads that hold a month's name, made from the rules' months (rules/record_words.yaml `months`,
    `rule_words.months`) once per grammar: `month` a month's name as dates write it (`12 May 2015`, `MAY 12, 2015`,
    `12 Sept. 2015`), `month_heads` the months' first three letters (a line that may open with one)."""

    def __init__(self, g: object):
        months = rule_months(g)
        self.month = month = r"(?i:" + months.pattern + r")\.?"
        self.month_heads = frozenset(months.stems)
        # A date that leads an entry of a chronology or a log: `12 May 2015`, `May 12, 2015`,
        # `2015-05-12`, `05/12/2015`.
        entry_date = (r"(?:\d{1,2}[ \t]+" + month + r"(?:[ \t]+\d{4})?|" + month + r"[ \t]+\d{1,2},?[ \t]+\d{4}"
                      r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})")
        # A chronology's entry: its date, a dash, then the entry's mark: `12 May 2015 - (C) The army ...`
        # (a date and a comma before the mark is no such form: that entry stays unmarked).
        self.date_dash_mark_lead = lazy(r"^(?P<indent>[ \t]*)(?P<label>" + entry_date + r"[ \t]+(?:[–—]|--?)[ \t]+"
                                        r"(?:[A-Z]{2,4}[ \t]+(?:[–—]|--?)[ \t]+)?)"  # (and the writer's initials: `19 Jan -- JRK -- (C)`)
                                        r"(?P<bullet>)(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]+\S)")
        # An action item's owner and due date before its mark and a colon: `- POL, due 3/15 (S): confirm ...`
        self.due_mark_lead = lazy(r"^(?P<indent>[ \t]*)(?:[-*+•][ \t]+)?(?P<label>[A-Z][A-Za-z/&'\-]{0,15}(?:[ \t][A-Z][A-Za-z/&'\-]{0,15}){0,2}"
                                  r",?[ \t]+(?i:due)[ \t]+(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[ \t]+" + month + r"|" + month
                                  + r"[ \t]+\d{1,2}|\d{4}-\d{2}-\d{2})[ \t]+)(?P<bullet>)(?P<mark>\([^()\[\]{}\n]{1,40}\))(?=[ \t]*:[ \t]+\S)")
        # A syslog line's time stamp, host and program (with its process id) before the mark (round 122):
        # `Nov 20 02:09:58 cdg-yokota-01 xferd[990]: (U) queue drained ...`, also with an ISO 8601 time stamp
        syslog_prefix = (r"(?:(?i:" + "|".join(re.escape(stem) for stem in months.stems) + r")[ \t]+\d{1,2}[ \t]+"
                         r"\d{2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+\-]\d{2}:?\d{2})?)[ \t]+"
                         r"[A-Za-z0-9][\w.\-]{0,62}[ \t]+[A-Za-z_][\w./\-]{0,39}(?:\[\d{1,7}\])?:[ \t]+")
        #: a syslog line's time stamp, host and program (each line is a record of its own: `portions.paragraph_break`)
        self.syslog_line = lazy(r"[ \t]*" + syslog_prefix)
        self.syslog_mark_lead = _label_then_mark(syslog_prefix)


def date_leads(g: object) -> DateLeads:
    """(fix50d) `DateLeads` of the grammar `g`'s rules, made once."""
    return made_once(g, "marks.date_leads", DateLeads)
# A configuration file's comment sign before the comment's mark (an INI file's `;`, round 122):
# `; (U) Keep routed copies for ninety days, then archive.`
_COMMENT_SIGN_MARK_LEAD = _label_then_mark(r";{1,2}[ \t]*")
# A word processor's comment balloon with its tag (initials and a number) before the comment's mark
# (round 122): `Comment [JA1]: (U) please check ...`; the tag is no mark
_BALLOON_MARK_LEAD = _label_then_mark(r"(?i:comment)[ \t]*\[[A-Za-z]{1,4}\d{1,3}\][ \t]*:[ \t]+")
# A source format's field before its value's mark (round 126): an XML or KML element's start tag
# (`<description>(U) Public square ...</description>`), a JSON member (`"text": "(U) Thanks ...`, an object's
# brace before it too), a BibTeX or HCL field (`title = {(U) Transit ...`, `description = "(U) ...`) or a
# Graphviz node's attribute (`news [label="(U) News desk ..."]`). Read only where the mark reads valid and
# exactly (`MarkReader._find_mark_lead`); the mark governs only its own line (`portions.paragraph_break`).
FIELD_LABEL = (r"(?:<[A-Za-z][\w:.\-]{0,30}(?:[ \t][^<>\n]{0,120})?>|\{?[ \t]*\"[^\"\n]{1,40}\"[ \t]*:[ \t]*\""
               r"|[A-Za-z][\w\-]{0,30}[ \t]*=[ \t]*[{\"]|[\w.]{1,40}[ \t]*\[[ \t]*[A-Za-z]{1,20}[ \t]*=[ \t]*\")")
#: a source format's field that opens a line (`FIELD_LABEL`, its indent before it)
FIELD_LINE = lazy(r"[ \t]*" + FIELD_LABEL)
_FIELD_MARK_LEAD = _label_then_mark(FIELD_LABEL, r"\([A-Za-z][A-Za-z/ ,\-]{0,39}\)")
# A mark in doubled parentheses at a line start: `((C)) The prison director ...` (the outer pair
# is kept with the lead, the inner pair is the mark)
_DOUBLED_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<bullet>\()(?P<mark>\([A-Z][A-Z/ ,\-]{0,39}\))\)(?=[ \t]+\S)")
# A paragraph number and a bare mark with a dash, no parentheses: `2. C - A presidential ...`; read
# only where the document's numbered paragraphs all use that form (`MarkReader._bare_dash_form`)
_BARE_DASH_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<bullet>)(?P<pilcrow>)(?P<num>\d{1,3})(?P<dot>[.)])[ \t]+"
                       r"(?P<mark>[A-Z]{1,3}(?://?[A-Z]{1,6}){0,3})[ \t]+(?:[–—]|--?)(?=[ \t]+\S)")
# Every numbered line's first token, for that test: a parenthesised mark, or a token before a dash.
_NUMBERED_FIRST = lazy(r"^[ \t]*\d{1,3}[.)][ \t]+(?:(?P<paren>[(\[]|[A-Za-z][A-Za-z/]{0,11}\)[ \t])|(?P<token>[A-Z][A-Za-z/]{0,11})[ \t]+(?:[–—]|--?)[ \t])",
                       re.MULTILINE)
# What a line that a label leads holds in its first 80 characters: a colon, a dash after or
# before a mark or a WebVTT voice span.
_LABEL_SIGN = compile_pattern(r"[)\]][ \t]*[–—-]|[–—-][ \t]*[(\[]|<v[ .]")
MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)" + r"(?P<bullet>(?:" + ENUMERATOR + r"[ \t]*){0,3})"
                 r"(?:\*{1,3}|_{1,2})?(?P<mark>" + MARK + "|" + AUTOCORRECTED + ")")
# (a numbered form field may stand before the label: `12. NARRATIVE (S//NF):`)
_LABELLED_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?:\d{1,3}[.)][ \t]+)?" + _OTHER_LABEL + r"(?P<bullet>(?:" + ENUMERATOR + r"[ \t]*){0,3})"
                       r"(?:\*{1,3}|_{1,2})?(?P<mark>" + MARK + ")")
# A mark inside a portion (in parentheses, square or curly brackets), where a new portion would
# begin: after a sentence end (also with a footnote reference glued to it, `May.³(C) The`, whose
# superscript the view reads as a digit, `October.[^1] (S) The`, `^2`, `*`, `†`; or an escaped line
# break, `year.\n(S) Item two` in an iCalendar or JSON text value) or a table bar.
# A mark wrapped over a line end (`... in June. (C//` / `NF) After ...`) is one mark; a mark
# after a wide gap is the start of a second column of a two-column page (`pdftotext -layout`).
EMBEDDED_MARK = lazy(r"(?:[.!?;:|][\"')\]]?(?:[ \t]+|[ \t]*\n[ \t]*|(?:\\[rn]){1,2}[ \t]*)|"
                     # a chat line's speaker and time (`Ayse K. 10:07 (SBU) The ...`, `Tom B. 10:05 (edited) (U)`) or
                     # a list label in words (`item four (SBU) the ...`, a dictated list) at a line's start (round 108)
                     r"(?<=\n)[ \t]*(?:(?:[A-Z@][\w.'\-]{0,30}(?:[ \t]{1,2}[A-Z][\w.'\-]{0,30}){0,3}[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
                     r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]*\((?i:edited)\))?|(?i:item|point|para(?:graph)?|entry|number)[ \t]+"
                     r"(?i:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[.:)]?)[ \t]+|(?<=[^\W\d_])[.!?][\"')\]]?(?:\d{1,3}|\[\^?[0-9A-Za-z]{1,6}\]|\^\d{1,3}|[*†‡]{1,3})[ \t]*)[\"“‘«]?(?:\d{1,3}\.[ \t]?|[A-Za-z]{1,3}\.[ \t]+)?"
                     r"(?P<mark>[(\[{][^()\[\]{}\n]{1,40}(?:\n[ \t]*[^()\[\]{}\n \t][^()\[\]{}\n]{0,39})?[)\]}])"
                     r"(?=[ \t]+\S)"
                     r"|\|(?P<cell>[(\[{][^()\[\]{}\n]{1,40}[)\]}])(?=[ \t]+\S)"
                     # a delimited row's cell that opens with a mark: `F-2020-0103,2020-01-08,"(SBU) Requester ...` (round 36),
                     # also after a weekday and a time: `2019-03-07,Thu 1100,"Thu 1500 (C) handled ...` (round 47)
                     r"|[,\t]\"?(?:(?i:mon|tue|wed|thu|fri|sat|sun)[A-Za-z]{0,6}\.?,?[ \t]+\d{1,2}[:.h]?\d{2}[ \t]+)?(?P<field>[(\[{][^()\[\]{}\n]{1,40}[)\]}])(?=[ \t]+\S)"
                     # a quoted sentence's own mark before its closing quote: `... the port authority (C)," the
                     # cable says` (a newspaper quoting a cable with its marks kept; round 37)
                     r"|(?<=[\w.,;:!?])[ \t]?(?P<quoted>\([A-Z][A-Za-z/ ,\-]{0,30}\))(?=[.,;:!?。]?[ \t]?[\"”’»'“‘」』》〉›])"
                     # ... or right after the closing quote: `... reads "the task force will stage from
                     # the airfield" (S).` (round 44)
                     r"|(?:(?<=[\w.,;:!?][\"”“»」』’'])|(?<=[\w.,;:!?] [»”“]))[ \t]?(?P<quoted_after>\([A-Z][A-Za-z/ ,\-]{0,30}\))(?=[.,;:!?]?(?:[ \t]|$))"
                     # ... or before the closing parenthesis of an aside: `(this came from the adviser's
                     # notes (C))` (round 46), an angle bracket, or a dash that goes on with other text:
                     # `... told Beijing (C)—the public announcement ...` (round 48); after a single
                     # closing quote too: `... the budget committee’(C).` (round 48)
                     r"|(?<=[\w.,;:!?'’])[ \t](?P<aside_end>\([A-Z][A-Za-z/ ,\-]{0,30}\))(?=[)\]}>〉》›]|[ \t]?[—–])"
                     r"|\S[ \t]{3,}(?P<column>[(\[{][^()\[\]{}\n]{1,40}[)\]}])(?=[ \t]+\S)"
                     # a label's mark before a colon, the label too long to lead a portion: `Addendum to the
                     # answer to Question 1 (C): Kazakhstan sold ...` (round 57)
                     # (a mark's letters, not a level in words: `BEGIN TEXT OF AMMAN 4410 (SECRET):` introduces a block)
                     r"|(?<=\w)[ \t](?P<labelled>\([A-Z]{1,4}(?://[A-Za-z/ ,\-]{1,25})?\))(?=:[ \t]+\S)")
# A mark glued to the full stop before it and to the sentence after it: `... Monday.(C)A ministry ...`
# (searched only where a text holds `.(`)
_GLUED_MARK = lazy(r"[a-z0-9]\.(?P<glued>\([A-Z][A-Z/\-]{0,20}\))(?=[A-Z][a-z]{0,20}[ \t])")
_QUOTE_SIGNS = lazy(r"^(?:[>|»][ \t]*)+")
_DOUBLED_STACKED = lazy(r"\((?P<mark>\([^()\[\]{}\n]{1,40}\))\)(?=[ \t]+\S)")
_STACKED_MARK = lazy(r"(?P<mark>[(\[{][^()\[\]{}\n]{1,40}[)\]}])(?=[ \t]+\S)")
LIST_ITEM = lazy(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)]|[A-Za-z][.)])[ \t]+")
_LIST_MARK = lazy(r"^(?P<lead>[ \t]*(?:[-*+•]|\d{1,3}[.)]|[A-Za-z][.)])[ \t]+)(?P<mark>[(][^()\n]{1,60}[)])?")
_SUBJECT_MARK = lazy(r"^(?P<lead>[ \t]*(?:\*\*)?SUBJ(?:ECT)?(?:\*\*)?\s*:\s*(?:\*\*)?)(?P<mark>[(][^()\n]{1,60}[)])?",
                     re.IGNORECASE)
# Digits OCR reads for letters (5BU, S8U, FOU0); look-alike letters are folded by the view.
OCR_LETTERS = str.maketrans({"5": "S", "8": "B", "0": "O", "1": "I", "l": "I", "|": "I"})
# ... and the digits typed for letters (`S3CR3T`), for banner and `Classification:` values only
# (a cable's routing lines hold real digits).
LOOK_ALIKE_DIGITS = str.maketrans({"5": "S", "8": "B", "0": "O", "1": "I", "l": "I", "|": "I",
                                   "3": "E", "4": "A", "7": "T"})
# A capitalised word with a digit inside (`C0NFIDENTIAL`, `F0RN`): OCR or look-alike damage.
OCR_DAMAGED_WORD = lazy(r"\b(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{2,}\b")
# A line that ends a sentence (a footnote reference may follow the full stop); the abbreviations
# whose full stop ends none (`... crime victims, i.e.` / `(U) visas`) are the rules' (`reader_words.abbreviation_at_end`).
_ENDS_SENTENCE = lazy(r"[.!?][\"')\]]?\d{0,3}[ \t]*$")


def ends_sentence(g: Grammar, line: str, *, abbreviations: bool = False) -> bool:
    """Does `line` end a sentence? A full stop after an abbreviation or an initial (`g`'s
    `abbreviation_at_end`) counts only with `abbreviations`."""
    if _ENDS_SENTENCE.search(line) is None:
        return False
    # (an abbreviation's full stop is the line's last character but blanks, its word at most 7
    # before it: only the end of a line, often a whole paragraph, is searched)
    return abbreviations or g.abbreviation_at_end.search(line, max(0, len(line.rstrip()) - _ABBREVIATION_REACH)) is None


_ABBREVIATION_REACH = 10  # (characters before a line's last one where an abbreviation may start: 8 at most)
# `(x)` anywhere: much faster to scan for than a line-start pattern (it starts with a literal);
# `_letters_at_line_starts` keeps those with only blanks before them on their line.
_LETTER_IN_PARENTHESES = lazy(r"\(([A-Za-z])\)")
# (The end of a line that a subsection letter continues, `section 5` / `(c)`: the rules' `reader_words.cites_at_end`,
# `conjunction_at_end`)
# `(C) 2026 Reuters Limited. All rights reserved.`: a copyright notice, not a CONFIDENTIAL portion
# (and the short credit lines of agencies: `(C) Reuters 2026`, `(c) 2026 Agence France-Presse`)
# What follows a `©` or `®` in a notice rather than a portion: a year or a name and a year
# (`_COPYRIGHT`), a rights or trademark statement anywhere on the line, or a short line that is
# no sentence (`© Reuters`, `® Microsoft Word`).
# (the rules' `reader_words.autocorrected_notice`)
# (open36a: the notice is the whole rest of its line, nothing after it: `(C) 2026 TALKS WITH THE MINISTRY WILL ...
# SECRET ANNEX` or `(C) 2025 Acme Corp. All rights reserved. The CEO said ...` is a mark, its text withheld)
_NOTICE_YEAR = r"(?:19|20)\d\d(?:[ \t]*[-\u2013][ \t]*(?:19|20)\d\d)?"
# (a name's word opens with a capital even where the notice's own words match in any case: `(C) Copyright raids set
# for April 2026` is no notice, review36a)
_NOTICE_WORD = r"(?-i:[A-Z])[\w&.'\u2019\-]*"
_NOTICE_NAME = _NOTICE_WORD + r"(?:,?[ \t]+(?:" + _NOTICE_WORD + r"|&|[-\u2013])){0,%d}"
_NOTICE_RIGHTS = (r"(?:[ \t]*[.,;]?[ \t]*(?:all|some)[ \t]+rights[ \t]+reserved"
                  r"|[ \t]*[.,;]?[ \t]*(?:used|reprinted)[ \t]+(?:under[ \t]+licen[cs]e|with[ \t]+permission|by[ \t]+permission))")
_NOTICE_END = r"[ \t]*[.!]?[ \t]*[\"'\u201d\u2019)\]]*[ \t]*$"  # (a notice quoted: `... All rights reserved."`)
_NOTICE_NAMED = (r"(?:" + _NOTICE_YEAR + r",?[ \t]+" + _NOTICE_NAME % 7 + r"|" + _NOTICE_NAME % 7 + r",?[ \t]+"
                 + _NOTICE_YEAR + r")[ \t]*\.?")
# (a notice that says it is one: its rights, or the word copyright, and nothing else after it on its line)
_STATED_NOTICE = lazy(r"(?:[ \t]+copyright[ \t]+(?:\u00a9[ \t]*)?|[ \t]*(?=(?:19|20)\d\d)|[ \t]+(?=[^\W\d_]))"
                      + _NOTICE_NAMED + _NOTICE_RIGHTS + r"+" + _NOTICE_END
                      # (without its rights, the year right after the word and a short name: `(C) Copyright 2019 Le Soleil.`;
                      # `(C) COPYRIGHT ENFORCEMENT RAIDS PLANNED FOR MARCH 2026` is a mark, review36a)
                      + r"|[ \t]+copyright[ \t]+(?:\u00a9[ \t]*)?" + _NOTICE_YEAR + r",?[ \t]+" + _NOTICE_NAME % 3
                      + r"[ \t]*\.?" + _NOTICE_END, re.IGNORECASE)
# (a short credit line, `(C) Reuters 2026`: a notice only where nothing follows it, `inline_marks`)
_COPYRIGHT = lazy(_STATED_NOTICE.pattern + r"|[ \t]+" + _NOTICE_NAME % 3 + r",?[ \t]+" + _NOTICE_YEAR + _NOTICE_END
                  + r"|[ \t]+" + _NOTICE_YEAR + r",?[ \t]+" + _NOTICE_NAME % 3 + _NOTICE_END, re.IGNORECASE)
# (`(C) 2023 Acme Learning Systems, Inc. Used under license.` on a line of its own, a notice: the rules'
# `reader_words.company_notice`)
# `(C) +351 912 555 018`: a cell-phone label before a number that is all the line holds
_PHONE_LABELLED = lazy(r"[ \t]*\+?\(?\d[\d \t().\-/]{5,}\d(?:[ \t]*(?:ext\.?|x)[ \t]*\d{1,6})?[ \t]*$", re.IGNORECASE)
_MARKLIKE = lazy(r"[A-Za-z/ ,\-]{1,60}")
# Short, letters and slashes, at most three words: shaped like a mark whatever its alphabet.
_MARK_SHAPED = lazy(r"(?=.*[^\W\d_])[\w/,.\-]{1,12}(?:[ /][\w/,.\-]{1,12}){0,2}")
# A mark at the end of a line (slides, CSV exports): `Force posture is unchanged. (U)`, `"...","(S//NF)"`.
# a CSV row of quoted cells whose first cell alone holds text (`"SECRET//NOFORN","","",""`, `"SECRET",,,`)
_QUOTED_FIRST_CELL = lazy(r'"[^"\n]{1,80}"(?:[ \t]*[,;][ \t]*(?:"")?)+')
TRAILING_MARK = lazy(r"[ \t,;\"'](?P<mark>\([^()\n]{1,40}\))[.!?\"' \t]*$")  # (`... reopened (C).`: round 44)
# (Words that make a mark at a sentence's end an example, "as in (S//NF).", or the object of the sentence's
# verb, "should have been marked (S//NF).": the rules' `reader_words.example_cue`)
# A label at a line start: it starts a portion of its own even without a mark (`Comment:`).
LABEL_LEAD = lazy(r"^[ \t]*(?:\*\*)?" + LABELS)
# A line that may be a banner: letters, slashes, commas, hyphens, digits (dates, page numbers,
# OCR damage) and Markdown emphasis, nothing else.
_BANNER_SHAPED = lazy(r"[*#_ \t]*(?://)?[A-Za-z][A-Za-z0-9/ ,\-\t]{0,150}[*#_ \t]*$")
_ELEMENT_BANNER = lazy(r"<(?P<tag>[A-Za-z][\w:\-]{0,30})(?:[ \t][^<>]{0,200})?>(?P<inner>[^<>]{1,150})</(?P=tag)>")
_BANNER_TEMPLATE = lazy(r"(?i:classif|banner|marking)")
_BANNER_CHARS = lazy(r"[A-Za-z0-9/ ,\-]+")
_THREE_LETTERS = lazy(r"[A-Za-z]{3}")
# a dash between two tokens of a banner written without `//` (`SECRET - NOFORN`, `SBU – NOFORN`)
_BANNER_DASH = lazy(r"[ \t]*-[ \t]*")
# what separates the pieces of a banner once its controls in words are taken out (`//`, a dash between spaces)
# a control, a separator, then the rest of a banner (`NOFORN -- SENSITIVE BUT UNCLASSIFIED`, `NOFORN / SBU`)
_CONTROL_FIRST = lazy(r"(?P<control>[A-Z][A-Z \-]{1,40}?)[ \t]*(?:--?|//?)[ \t]*(?P<rest>[A-Z][A-Z /\-]{1,80})")
# A portion mark OCR damaged at a line start (round 137's faxes): the level's S read as a digit or a sign
# (`(5)`, `($)`, `(T5)`, `(5//NF)`), or the closing parenthesis read as a letter (`(Cl The ...`). Read only in a
# document whose portions are marked (`_EXACT_MARK_LINE`); what it marks is doubtful (`_ocr_damaged_lead`).
_OCR_MARK_LEAD = lazy(r"^(?P<indent>[ \t]*)(?P<bullet>)(?P<mark>\((?:(?P<digit>5)|[$§]|T[5$§])(?://[A-Z][A-Z/ ,]{0,30})?\)"
                      r"(?=[ \t]+\S)|\((?:[CSU]|TS)[l1I|](?=[ \t]+[A-Z]))")
_EXACT_MARK_LINE = lazy(r"^[ \t]*(?:\d{1,3}\.[ \t]+)?\((?:U|C|S|TS|SBU|FOUO|CUI)(?://[A-Z][A-Z/ ,\-]{0,30})?\)[ \t]+\S",
                        re.MULTILINE)
# a list numbered `(4)`, `(5)`, `(6)` at line starts: its `(5)` is a number, not a damaged `(S)`
_NUMBER_IN_PARENTHESES_LINE = lazy(r"^[ \t]*\((?:4|6)\)[ \t]", re.MULTILINE)
_SPELLED_APART = lazy(r"[ \t]+-+[ \t]+")
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
_DIGIT = lazy(r"\d")
# What a banner line may carry besides the banner: a page number, a declassification date.
_PAGE_NUMBER = lazy(r"(?i)^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-)\s+|\s+(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-)$")
_DECLASSIFY_DATE = lazy(r"//\s*(?:\d{8}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|25X\d(?:\s*,\s*\d{8})?|MR)\s*$",
                        re.IGNORECASE)


def mark_inner(raw: str) -> str:
    """`(SBU)` -> `SBU`; also `[SBU]`, an unclosed `(SBU`, a bare `C)`, an autocorrected `©`
    and a mark wrapped over a line end (`(C//` / `NF)`); a label `SBU` is itself."""
    if raw in _AUTOCORRECT:
        return _AUTOCORRECT[raw]
    if "\n" in raw:  # (a word hyphenated over the line end is one word: `(CON-` / `FIDENTIAL)`)
        raw = re.sub(r"(?<=[A-Za-z])-[ \t]*\n[ \t]*(?=[A-Za-z])|[ \t]*\n[ \t]*", "", raw)
    if raw[:1] in "([{":
        return raw[1:-1] if raw[-1:] in ")]}" else raw[1:]
    return raw[:-1] if raw[-1:] in ")]}" else raw  # (a designation written as a label: `SBU:`)


def _letters_at_line_starts(text: str) -> list[tuple[int, str]]:
    """Every `(x)` (a letter in parentheses) with only blanks before it on its line, as (offset
    of the `(`, letter): what a multi-line pattern `^[ \t]*[(]([A-Za-z])[)]` finds."""
    found = []
    for m in _LETTER_IN_PARENTHESES.finditer(text):
        offset = m.start()
        line_start = text.rfind("\n", 0, offset) + 1
        if line_start == offset or not text[line_start:offset].strip(" \t"):
            found.append((offset, m.group(1)))
    return found


@functools.lru_cache(maxsize=8)
def _designation_label(grammar: Grammar) -> re.Pattern[str]:
    """`SBU: the annex door code changes on Monday`: a designation of the grammar (SBU, FOUO, LES,
    CUI ...) written as a label at a line start, in capitals and without brackets, marks the line
    as a bracketed mark would (it only raises: a designation is withheld at `public`)."""
    tokens = sorted({t for t in grammar.designations.values() if t.isupper() and " " not in t}, key=len, reverse=True)
    # (also after e-mail quote signs and in Markdown bold, with or without its colon: `> **SBU** Setback ...`)
    # an unclassified marking with its controls, in banner or portion form, is such a label too:
    # `UNCLASSIFIED//FOUO: the bridge line is ...`, `U//SBU: ...`
    unclassified = r"(?:UNCLASSIFIED|U)//[A-Z][A-Z0-9\-]*(?:(?:/{1,2}|,[ \t]?)[A-Z][A-Z0-9\-]*)*"
    return compile_pattern(r"^(?P<indent>[ \t]*(?:>[ \t]*)*)(?P<bullet>(?:\*\*|__)?)(?P<mark>" + unclassified + "|"
                           + "|".join(map(re.escape, tokens)) + r")(?=(?:(?:\*\*|__)[ \t]*:?|[ \t]*:)[ \t]+\S)")


def _rare_lead(g: Grammar, text: str) -> re.Match[str] | None:
    """A mark at a line start after a lead of a rarer form, each tried only where its first
    characters are: a chat line's time and nick (`[07:43] jtran: (S) ...`, `*(S//NF)*` too), a
    transcript speaker and time (`AMB [10:04] (S//NF) ...`), doubled parentheses (`((C)) ...`),
    a chronology's date and dash (`12 May 2015 - (C) ...`), a log entry's numeric date and time
    (`2019-05-02 (S) ...`), an action item's owner and due date
    (`- POL, due 3/15 (S): ...`) or number and owner (`AI-2  OFAC (S): ...`), a log entry's
    fields after slashes or bars (`03.04 / RK / (S) ...`), a calendar line's weekday and time
    (`Tue 1500  (SBU) ...`), a comment's author and time
    (`m.planner - 2022-09-02 11:40 - (S//NF) ...`). Each is the author's mark
    written exactly: nothing here guesses."""
    if ")" not in text[:100]:
        return None  # (every form here has its mark in the line's first 100 characters)
    body = text.lstrip(" \t")
    head = body[:1]
    if (head == "(" or head in "ivx") and ".(" in body[:10] or "-(" in body[:10] or ":(" in body[:10]:
        m = _ENUMERATOR_MARK_LEAD.match(text)
        if m is not None:
            return m
    if head == ";":
        return _COMMENT_SIGN_MARK_LEAD.match(text)
    if head == "(":
        return _DOUBLED_MARK_LEAD.match(text) if body[1:2] == "(" else None
    first = body[:60]
    if head == "[":
        return (_CHAT_NICK_MARK_LEAD.match(text) or _CHAT_NAME_MARK_LEAD.match(text) or _CHAT_TIME_MARK_LEAD.match(text)) \
            if ":" in first else None
    if head.isdecimal() and (":" in body[1:3] or (body[4:5] == "-" or "/" in body[:6]) and ":" in body[8:20]):
        m = _CHAT_NAME_MARK_LEAD.match(text)
        if m is not None:
            return m
    if "[" in first and head.isupper():
        m = _SPEAKER_TIME_MARK_LEAD.match(text)
        if m is not None:
            return m
    dates = date_leads(g)
    if ":" in first and (body[:3].lower() in dates.month_heads or head.isdecimal() and body[10:11] == "T"):
        m = dates.syslog_mark_lead.match(text)
        if m is not None:
            return m
    if ("-" in first or "–" in first or "—" in first) and (head.isdecimal() or body[:3].lower() in dates.month_heads):
        m = dates.date_dash_mark_lead.match(text)
        if m is not None:
            return m
    if head.isdecimal() and (body[4:5] == "-" or "/" in body[:6]):
        m = _DATE_SPACE_MARK_LEAD.match(text)
        if m is not None:
            return m
    if ("due " in first or "Due " in first or "DUE " in first) and ":" in body[:80]:
        return dates.due_mark_lead.match(text)
    if body[2:5].find("-") != -1 and head.isupper() and ":" in first:
        m = _ITEM_OWNER_MARK_LEAD.match(text)
        if m is not None:
            return m
    if body[:3].lower() in _WEEKDAY_HEADS:
        m = _WEEKDAY_TIME_MARK_LEAD.match(text)
        if m is not None:
            return m
    if any(c in first for c in "/|;\t–—") and (head.isdecimal() or head.isupper()):
        m = _ENTRY_FIELDS_MARK_LEAD.match(text)
        if m is not None:
            return m
    if " - 1" in first or " - 2" in first or " – 2" in first or " — 2" in first:
        m = _AUTHOR_TIME_MARK_LEAD.match(text)
        if m is not None:
            return m
    near = body[:180]
    if (head == "<" and ">(" in near) or ('"(' in near and (head in '"{' or "=" in near)) or ("{(" in near and "=" in near):
        return _FIELD_MARK_LEAD.match(text)
    return None


# what may follow a field's value on its line: closing syntax only (quotes, brackets, commas, end tags)
_FIELD_REST = lazy(r"[\s,;\]})]*(?:</[A-Za-z][\w:.\-]{0,30}>[\s,;\]})]*)*")


def _field_alone(text: str, m: re.Match[str]) -> bool:
    """Does the field whose value a mark opens (`_FIELD_MARK_LEAD`) hold the rest of its line, so that no other
    field on the line would be read under its mark (`{"text": "(U) ...", "note": "..."}`: no)? A value that goes
    on past the line end (a BibTeX abstract over several lines, an element closed below) is alone too."""
    label, start = m.group("label").rstrip(), m.end("mark")
    if label[-1:] == ">":
        tag = re.match(r"<([A-Za-z][\w:.\-]{0,30})", label.lstrip())
        close = text.find(f"</{tag.group(1)}>", start) if tag else -1
        return close < 0 or _FIELD_REST.fullmatch(text, close + len(tag.group(1)) + 3) is not None  # type: ignore[union-attr]
    if label[-1:] == "{":
        depth, i = 1, start
        while i < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        return depth > 0 or _FIELD_REST.fullmatch(text, i) is not None
    i = start
    while i < len(text) and text[i] != '"':
        if text[i:i + 2] in ("\\n", "\\r"):
            return False  # a JSON string with an escaped line break (`"(U) Thanks.\\nCARLOS meets ...`): more paragraphs
        i += 2 if text[i] == "\\" else 1
    return i >= len(text) or _FIELD_REST.fullmatch(text, i + 1) is not None


def _line_after(text: str, at: int) -> str:
    """The rest of the line from `at` (all of it: a notice is the whole rest of its line)."""
    end = text.find("\n", at)
    return text[at:end if end != -1 else len(text)]


def stated_notice(g: Grammar, line: str) -> bool:
    """Is the rest of a `(C)`'s line a copyright or company notice that says it is one (its rights, the word
    copyright, a company's name) and nothing else? Such a line is no mark whatever text follows it."""
    return bool(_STATED_NOTICE.match(line) or g.company_notice.match(line))


# (a notice states itself where it names its rights: `All rights reserved`, `Used under license`)
_RIGHTS_STATED = lazy(_NOTICE_RIGHTS, re.IGNORECASE)


_SENTENCE_UNDER_NOTICE = 5  # (words on the line under a notice that make it text of its own: `MarkReader._text_under`)


def notice_runs_on(text: str, at: int, end: int) -> bool:
    """Does the portion's text go on past the line of a notice-shaped `(C)` (whose rest of line starts at `at`, the
    portion ending at `end`) without the line stating its rights? Then the "notice" may be the opening of a
    sentence that wraps to the next line (`(C) 2025 SHIPMENTS WERE BROKERED BY HANSA TECH GMBH` / `AND WERE ROUTED
    ...`, review36a): the `(C)` is read as a mark (fail closed)."""
    line_end = text.find("\n", at, end)
    if line_end == -1 or not text[line_end:end].strip():
        return False
    return _RIGHTS_STATED.compiled.search(text, at, line_end) is None


def cites_subsection(g: Grammar, previous: str, after: str) -> bool:
    """Is a capital line-start letter (`(S)`, `(C)`: a mark's shape) a subsection that the line above cites and leaves
    open, `after` its text? Only where the line above ends in a citation word and its number (`under section 4`,
    the rules' `cites_section_at_end`) and the text goes on with a word that continues a citation (`of the fee
    schedule`, the rules' `subsection_continues`). A line ending in any digit (`dial-in is 555 0143`), a bare
    conjunction (`... by 1800 and`) or `section 4` / `(S) the source ...` leaves the mark read (fail closed;
    fixrev37a, review37a)."""
    return g.cites_section_at_end.search(previous) is not None and g.subsection_continues.match(after) is not None


def _is_notice(g: Grammar, after: str) -> bool:
    """Does the text after a `(C)` make it a copyright, company or telephone notice, not a mark?"""
    return bool(_COPYRIGHT.match(after) or g.company_notice.match(after) or _PHONE_LABELLED.match(after))


def may_be_designation_label(text: str) -> bool:
    """What `_designation_label` needs near the line start: a label's colon or Markdown bold."""
    head = text[:32]
    return ":" in head or "**" in head or "__" in head


class MarkReader:
    """Reads portion marks and banners with one grammar; what it read is cached per grammar."""

    def __init__(self, grammar: Grammar, text: str = ""):
        self.g = grammar
        self._leads: dict[int, re.Match[str] | None] = {}
        self._mark_leads: dict[tuple[int, str], re.Match[str] | None] = {}
        self._banners: dict[str, Marking | None] = {}  # (banner line as stripped -> `banner_at`)
        self._enumerators = self._letter_enumerators(text)
        self._label: re.Pattern[str] | None = None  # (`_designation_label`, built on first use)
        self._text = text
        self._bare_dash: bool | None = None  # (`_bare_dash_form`, found on first use)
        self._chat_marked: bool | None = None  # (`_chat_marked_throughout`, found on first use)
        self._portion_marked: bool | None = None  # (`_ocr_damaged_lead`, found on first use)
        self._numbered_in_parentheses = False
        self.has_enumerators = bool(self._enumerators)  # (False: `enumerates` is False for every line)

    def _label_pattern(self) -> re.Pattern[str]:
        if self._label is None:
            self._label = _designation_label(self.g)
        return self._label

    def _letter_enumerators(self, text: str) -> frozenset[int]:
        """Offsets of the `(x)` at line starts of `text` that enumerate rather than mark: the
        letters of an alphabetical run that holds a letter which is no mark (`(A)` `(B)` `(C)`,
        `(a)` ... `(u)`), and a lowercase letter, or one that a lowercase word follows, right
        under a line that ends in a citation (`... section 5` / `(c) allows ...`): that line goes
        on with the text above it. (Under any other unfinished line a `(c)` may be a mark: it
        stays one, and may raise.)"""
        if "(" not in text:
            return frozenset()
        found = _letters_at_line_starts(text)
        enumerators: set[int] = set()
        run: list[tuple[int, str]] = []
        for offset, letter in [*found, (-1, "")]:
            if run and letter and ord(letter) == ord(run[-1][1]) + 1:
                run.append((offset, letter))
                continue
            if len(run) > 1 and not all(self._is_mark(c) for _, c in run):
                enumerators.update(o for o, _ in run)
            run = [(offset, letter)]
        for offset, letter in found:
            line_start = text.rfind("\n", 0, offset) + 1
            # under a citation a lowercase letter, or any letter that a lowercase word follows
            # (`section 2` / `(S) of the annex`: a portion starts with a capital), is a subsection
            if line_start > 0 and (letter.islower() or text[offset + 3:offset + 5].strip()[:1].islower()):
                previous = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
                cited = self.g.cites_at_end.search(previous)
                # (a capital after a bare conjunction, `... personally and` / `(C) has placed ...`,
                # may be a mark inside a quoted sentence: it stays one, and may raise; round 37)
                # (fixrev37a: a letter whose mark raises, `(C)` or `(S)`, stays a mark unless the citation is
                # one and the text continues it; any other keeps the rule before, so nothing is released)
                if cited and (letter.islower() or (cites_subsection(self.g, previous, text[offset + 3:offset + 43])
                                                   if self.raising_letter(letter)
                                                   else not self.g.conjunction_at_end.search(previous))):
                    enumerators.add(offset)
        return frozenset(enumerators)

    def raising_letter(self, letter: str) -> bool:
        """Does `(letter)` read as a mark of a level above UNCLASSIFIED (`(C)`, `(S)`, `(R)`)?"""
        marking = self.read_mark(letter)
        return marking is not None and marking.level not in (None, "UNCLASSIFIED")

    def is_enumerator(self, offset: int) -> bool:
        """Is the `(x)` at `offset` (a line start) a list letter of a run, not a portion mark (`_letter_enumerators`)?"""
        return offset in self._enumerators

    def enumerates(self, seg: Segment) -> bool:
        """Does the segment start with a list letter (`(A)`, `(c)`) that is not a portion mark?"""
        return seg.start + len(seg.text) - len(seg.text.lstrip()) in self._enumerators

    def list_letter_problem(self, seg: Segment) -> tuple[str, int, int] | None:
        """The problem to report for a list letter that also reads as a portion mark (`(C)`
        after `(A)` and `(B)`): a reviewer should confirm it is one."""
        at = seg.start + len(seg.text) - len(seg.text.lstrip())
        letter = seg.text.lstrip()[1:2]
        if not self._is_mark(letter):
            return None
        return (f"'({letter})' read as a list letter (an alphabetical run or a citation), not as a portion mark; "
                f"the text takes the document's marking", at, at + 3)

    def _is_mark(self, letter: str) -> bool:
        marking = self.read_mark(letter)
        return marking is not None and marking.valid

    def parse_mark(self, raw: str, *, after_number: bool = False) -> Marking:
        return self.read_mark(raw, after_number=after_number) or self.g.parse(raw)

    def looks_like_mark(self, inner: str, *, after_number: bool = False) -> bool:
        """Is a parenthesised string at a portion start meant as a portion mark?"""
        return self.read_mark(inner, after_number=after_number) is not None

    def read_mark(self, inner: str, *, after_number: bool = False) -> Marking | None:
        key = (inner, after_number)
        cache = self.g.read_mark_cache
        if key not in cache:
            if len(cache) > 4096:
                cache.clear()
            cache[key] = self._read_mark(inner, after_number=after_number)
        return cache[key]

    def _read_mark(self, inner: str, *, after_number: bool = False) -> Marking | None:
        """The marking a portion mark's content stands for, None when it is not a mark at all.

        A mark that only reads after undoing OCR damage (`5BU`, `FOU0`, `SB U`, `C.`) comes back
        with a GARBLED_MARK error, so that the portion is withheld until a reviewer confirms
        it. A bare digit such as `(5)` counts only right after a paragraph number: elsewhere it
        is an enumerator."""
        folded = inner.strip()
        if not folded or len(folded) > 60:
            return None
        if _MARKLIKE.fullmatch(folded):
            marking = self.g.parse(folded)
            if marking.level is not None or marking.designations \
                    or not any(p.code == "UNREADABLE" for p in marking.problems):
                return marking
        if not re.fullmatch(r"[A-Za-z0-9/ ,.\-|]{1,20}", folded):
            if _MARK_SHAPED.fullmatch(folded) and not re.search(r"[a-z]{3}", folded):
                return self.g.parse(folded)  # a mark in letters no grammar knows (`(Σ)`): doubtful
            return None
        if folded[-1:] == "." and folded[:1].isupper() and _MARKLIKE.fullmatch(folded[:-1].rstrip()):
            # a typist's period closing the mark, `(C.)`, `(U.)`, `(S//NF.)`: the mark as written,
            # when it reads exactly (and has a level) without the period
            marking = self.g.parse(folded[:-1].rstrip())
            if marking.valid and marking.level is not None and not marking.problems:
                return marking
        letters = [c for c in folded if c.isalpha()]
        if not letters and not after_number:
            return None
        if sum(c.isupper() or c == "l" for c in letters) < 0.75 * len(letters):
            return None  # "(see below)": words, not a mark
        ocr = folded.translate(OCR_LETTERS).upper()
        for variant in dict.fromkeys([ocr, ocr.replace(" ", ""), re.sub(r"\s+", "//", ocr), ocr.replace(".", "")]):
            marking = self.g.parse(variant)
            if marking.valid:
                note = MarkingProblem("GARBLED_MARK", "error",
                                      f"portion mark looks garbled (it reads as {marking.portion_mark()} only "
                                      f"after correcting OCR errors); a reviewer must confirm it")
                return replace(marking, raw=inner, problems=(*marking.problems, note))
        if folded.isupper() and len(folded) <= 12 and " " not in folded:
            return self.g.parse(folded)  # an unknown upper-case token where a mark belongs: doubtful
        return None

    # -- where marks stand ----------------------------------------------------------------
    def lead(self, seg: Segment) -> re.Match[str] | None:
        """A numbered paragraph lead at the start of the segment (`1. (C)`, `¶2.`, `\\P 7.`)."""
        head = seg.stripped[:1]  # (a lead's first character, after its indent: `_find_lead`)
        if not (head.isdecimal() or head in LEAD_SIGNS):
            return None
        if seg.start not in self._leads:
            self._leads[seg.start] = self._find_lead(seg)
        return self._leads[seg.start]

    def _find_lead(self, seg: Segment) -> re.Match[str] | None:
        head = seg.text.lstrip(" \t")[:1]  # a lead starts with its number, a bullet or a pilcrow
        if not (head.isdecimal() or head and head in LEAD_SIGNS):
            return None
        m = LEAD.match(seg.text)
        if m is None:
            return None
        if m.group("mark") and not m.group("bare") and not self.looks_like_mark(mark_inner(m.group("mark")),
                                                                                 after_number=True):
            # "3. (the text in parentheses)": a numbered paragraph without a mark
            return LEAD.match(seg.text[: m.start("mark")]) or m
        rest = seg.text[m.end():]
        if not m.group("mark") and rest[:1].isupper() and ("-" in rest[:16] or "–" in rest[:16] or "—" in rest[:16]):
            bare = _BARE_DASH_LEAD.match(seg.text)  # `2. C - A presidential ...`
            if bare is not None and self._reads_valid(bare.group("mark")) and self._bare_dash_form():
                return bare
        if not m.group("mark") and not rest.strip() and not m.group("pilcrow"):
            return None  # a bare "12." line
        if not m.group("mark") and (":" in rest[:40] or _LABEL_SIGN.search(rest[:80])
                                    or rest[1:3] in (".(", ".[", ")(") or rest[2:4] in (".(", ".[")) \
                and self.mark_lead(seg) is not None:
            # `14. ABSTRACT: (U) ...`, `2. RSO - (U) ...`, `3.A.(U) ...`: the mark after the label or the
            # sub-paragraph letter leads the portion
            return None
        if m.group("bare") and not self.looks_like_mark(m.group("bare")):
            return LEAD.match(seg.text[: m.start("mark")])
        return m

    def _chat_marked_throughout(self) -> bool:
        """Is the document a chat export (at least two posts, each a line opening with its time)
        whose every post carries a mark that reads valid after its author (`[10:02] Hamid, J: (U)
        ...`, `10:01 duty: (U) ...`) or before it (`[0815Z] (S) maj.ross: ...`), or is an author
        alone on its line (the post's text on the lines below)? Only then are the rarer forms of a
        chat post's mark read (`_CHAT_NAME_MARK_LEAD`): an unmarked post among them may be a
        claim in free words about another ("that one can't go to London"), which is read only
        when the chat's marks are not."""
        if self._chat_marked is None:
            posts = 0
            ok = True
            for line in _LINE_ENDS.split(self._text):
                post = _CHAT_POST.match(line)
                if post is None:
                    continue
                posts += 1
                marked = _CHAT_POST_MARKED.match(post.group("rest"))
                mark = marked and (marked.group("mark") or marked.group("first"))
                if marked is None or mark and not self._reads_valid(mark_inner(mark)):
                    ok = False
                    break
            self._chat_marked = ok and posts >= 2
        return self._chat_marked

    def _reads_valid(self, token: str) -> bool:
        """Does a bare token read as a valid marking with a level (`U`, `C`, `S//NF`), with
        nothing to correct (`A`, `5BU`: no)?"""
        marking = self.read_mark(token, after_number=True)
        return marking is not None and marking.valid and marking.level is not None \
            and not any(p.code == "GARBLED_MARK" for p in marking.problems)

    def _bare_dash_form(self) -> bool:
        """Do the document's numbered paragraphs carry bare marks with a dash (`1. U - ...`,
        `2. C - ...`), exactly and throughout? At least two do, every token before a dash after
        a number reads as a mark (`1. A - ...` in an options list does not), and no numbered
        paragraph has a mark in brackets or `C)` (two forms side by side: this one is not read;
        an unmarked numbered paragraph stays unmarked)."""
        if self._bare_dash is None:
            tokens, ok = 0, True
            for m in _NUMBERED_FIRST.finditer(self._text):
                if m.group("paren") or not self._reads_valid(m.group("token")):
                    ok = False
                    break
                tokens += 1
            self._bare_dash = ok and tokens >= 2
        return self._bare_dash

    def mark_lead(self, seg: Segment) -> re.Match[str] | None:
        """A portion mark at the start of a line after at most three enumerators."""
        text = seg.text
        if "(" not in text and "[" not in text and "{" not in text and "©" not in text and "®" not in text \
                and not may_be_designation_label(text):
            return None  # (what `_find_mark_lead` needs: a bracket, or a designation label's colon)
        key = (seg.start, text)  # (a segment made up by a caller may share a start)
        if key not in self._mark_leads:
            self._mark_leads[key] = self._find_mark_lead(seg)
        return self._mark_leads[key]

    def _ocr_damaged_lead(self, seg: Segment) -> re.Match[str] | None:
        """An OCR-damaged portion mark at the start of the line (`_OCR_MARK_LEAD`), in a document whose portions
        carry at least two exact marks at line starts: its portion starts there and is doubtful (the damaged
        mark reads as no marking), so the text under it is not folded into the portion above (round 137: a
        fax's `(Cl` and `(5)` paragraphs ran on in the `(U)` paragraph before them). A `(5)` in a list that
        also numbers `(4)` or `(6)` is a number."""
        if seg.text.lstrip(" \t")[:1] != "(":
            return None
        m = _OCR_MARK_LEAD.match(seg.text)
        if m is None:
            return None
        if self._portion_marked is None:
            self._portion_marked = len(_EXACT_MARK_LINE.findall(self._text, 0, 200_000)) >= 2
            self._numbered_in_parentheses = _NUMBER_IN_PARENTHESES_LINE.search(self._text) is not None
        if not self._portion_marked or m.group("digit") and self._numbered_in_parentheses:
            return None
        return m

    def _find_mark_lead(self, seg: Segment) -> re.Match[str] | None:
        damaged = self._ocr_damaged_lead(seg)
        if damaged is not None:
            return damaged
        if "(" not in seg.text and "[" not in seg.text and "{" not in seg.text and "©" not in seg.text \
                and "®" not in seg.text:
            # every mark opens a bracket (and most lines have none: skip the long pattern), but for
            # a designation written as a label
            return self._label_pattern().match(seg.text) if may_be_designation_label(seg.text) else None
        m = MARK_LEAD.match(seg.text)
        if m is not None and m.group("mark") in _AUTOCORRECT and self.g.autocorrected_notice.search(seg.text[m.end("mark"):]):
            return None  # a copyright or trademark notice, not an autocorrected (C) or (R)
        if m is None:  # (the labelled form costs more: only where a label may be)
            head = seg.text[:80]
            if ":" in head or ("<v" in head or "–" in head or "—" in head or "-" in head) and _LABEL_SIGN.search(head) \
                    or ("   (" in head or "\t(" in head or "\t (" in head) and head[:1].isupper():
                m = _LABELLED_MARK_LEAD.match(seg.text)
        if m is not None and m.group("bullet").lstrip()[:1] == "[" and not self.looks_like_mark(mark_inner(m.group("mark"))):
            # a chat line's mark in square brackets before its time, `[U] [10:40] user: ...`, is no
            # lettered enumerator (`[a]`): the time that follows is no mark
            m = _CHAT_MARK_LEAD.match(seg.text) or m
        if m is None and may_be_designation_label(seg.text):
            m = self._label_pattern().match(seg.text)
        if m is not None and m.group("mark")[:1] == "[" and not m.group("bullet").strip():
            # an inline reply's initials in brackets before its mark, `[JR] (U) Yes, ...`: the
            # initials are no mark (they read as none), the mark after them is the reply's
            initials = _INITIALS_MARK_LEAD.match(seg.text)
            if initials is not None and not self._reads_valid(mark_inner(m.group("mark"))) \
                    and self._reads_valid(mark_inner(initials.group("mark"))):
                m = initials
        if m is not None and m.group("mark")[:1] == "[" and not self._reads_valid(mark_inner(m.group("mark"))):
            # a comment balloon's tag, `Comment [JA1]: (U) ...`: the mark after it is the comment's
            balloon = _BALLOON_MARK_LEAD.match(seg.text)
            if balloon is not None and self._reads_valid(mark_inner(balloon.group("mark"))):
                m = balloon
        if seg.text.lstrip()[:1] == "[" and (m is None or m.group("mark")[:1] == "["
                                             and not self._reads_valid(mark_inner(m.group("mark")))):
            # a label in brackets that reads as no mark, then a mark that reads valid (round 31)
            labelled = _BRACKET_LABEL_MARK_LEAD.match(seg.text)
            if labelled is not None and not self.looks_like_mark(labelled.group("inner")) \
                    and self._reads_valid(mark_inner(labelled.group("mark"))):
                m = labelled
            else:  # a chat post's military time in brackets, then its mark: `[0815Z] (S) maj.ross: ...`
                timed = _CHAT_TIME_MARK_LEAD.match(seg.text)
                if timed is not None and self._reads_valid(mark_inner(timed.group("mark"))) \
                        and self._chat_marked_throughout():
                    m = timed
        if m is None or not self.looks_like_mark(mark_inner(m.group("mark"))):
            m = _rare_lead(self.g, seg.text)  # (a chat line's `[07:41] nick: (U)`, `((C))`, `12 May 2015 - (C)` ...)
            if m is None or not self.looks_like_mark(mark_inner(m.group("mark"))):
                return None
            if m.re in (_CHAT_NAME_MARK_LEAD.compiled, _CHAT_TIME_MARK_LEAD.compiled) and not self._chat_marked_throughout():
                return None
            if m.re is _FIELD_MARK_LEAD.compiled and (not self._reads_valid(mark_inner(m.group("mark")))
                                                      or not _field_alone(seg.text, m)):
                return None  # a field's value in parentheses that is no exact mark, or a line with more fields: text
        if len(m.group("mark")) == 3:  # `(S)he`, a list letter, `(C) 2026 Reuters ... All rights reserved`
            after = seg.text[m.end("mark"):]
            if after[:1].islower() or seg.start + m.start("mark") in self._enumerators \
                    or m.group("mark") in ("(C)", "(c)") and _is_notice(self.g, after) \
                    and not self._text_under(seg):
                return None
        return m

    def _text_under(self, seg: Segment) -> bool:
        """Does unmarked text follow the segment's line in the same paragraph (the next line a sentence of five words
        or more, not opening with a bracket nor in a banner's capitals)? A notice line there (`(C) 2026 Acme Corp. All rights reserved.` /
        `Shipments in Q1 were brokered ...`) is read as a mark: the notice may be one, but the text under it would
        take the (U) of the portion above (fixrev37a, review37a n02, n06, n07; fail closed)."""
        text = self._text
        line_end = text.find("\n", seg.start)
        if line_end == -1 or not text:
            return False
        next_end = text.find("\n", line_end + 1)
        following = text[line_end + 1:next_end if next_end != -1 else len(text)].strip()
        # (a sentence of five words or more: a page number, `End Reuters text.` or a heading under a notice is none)
        return len(following.split()) >= _SENTENCE_UNDER_NOTICE and following[:1] not in "([{<>|#*-" \
            and not following.isupper()

    def field_lead(self, seg: Segment) -> bool:
        """Does a source format's field lead the segment's mark (`<description>(U) ...`, `"text": "(U) ...`,
        `title = {(U) ...`: `_FIELD_MARK_LEAD`)?"""
        if "(" not in seg.text:
            return False
        m = self.mark_lead(seg)
        return m is not None and m.re is _FIELD_MARK_LEAD.compiled

    def subject_mark(self, seg: Segment) -> re.Match[str] | None:
        m = _SUBJECT_MARK.match(seg.text)
        if m and m.group("mark") and self.looks_like_mark(mark_inner(m.group("mark"))):
            return m
        if m:
            return re.match(r"(?P<lead>[ \t]*(?:\*\*)?SUBJ(?:ECT)?(?:\*\*)?\s*:\s*)(?P<mark>)", seg.text, re.IGNORECASE)
        return None

    def list_mark(self, seg: Segment) -> re.Match[str] | None:
        marked = self.mark_lead(seg)
        if marked is not None:
            return marked
        m = _LIST_MARK.match(seg.text)
        if m and m.group("mark") and self.looks_like_mark(mark_inner(m.group("mark"))):
            return m
        return re.match(r"^(?P<lead>[ \t]*(?:[-*+•]|\d{1,3}[.)]|[A-Za-z][.)])[ \t]+)(?P<mark>)", seg.text)

    def trailing(self, seg: Segment) -> tuple[Marking, int, int] | None:
        """A portion mark that ends the line (view offsets of the mark), if it reads as one."""
        if not seg.stripped.endswith((")", ')"', ")'", ").", ')."', ").'", ")!", ")?")):
            return None
        m = TRAILING_MARK.search(seg.text)
        if m is None:
            return None
        if seg.text[m.end("mark"):].strip(" \t\"'") and self.g.example_cue.search(seg.text, 0, m.start("mark")):
            return None  # `... the portion form is NF, as in (S//NF).`: an example ending a sentence
        marking = self.read_mark(mark_inner(m.group("mark")))
        if marking is None or marking.level is None:
            return None
        return marking, seg.start + m.start("mark"), seg.start + m.end("mark")

    def embedded(self, text: str, start: int, end: int) -> list[tuple[Marking, int, int]]:
        """Portion marks between `start` and `end` where a new portion would begin (after a
        sentence end or a table bar) that the layout did not split off: `2. (U) ... (SBU) ...`,
        `| (U) Item | (FOUO) Detail |`, a collapsed copy's `2.(S/NF)`."""
        found: list[tuple[Marking, int, int]] = []
        if text.find("(", start, end) == -1 and text.find("[", start, end) == -1 and text.find("{", start, end) == -1:
            return found  # every form of embedded mark opens a bracket
        matches = list(EMBEDDED_MARK.finditer(text, start, end))
        if text.find(".(", start, end) != -1:
            matches = sorted([*matches, *_GLUED_MARK.finditer(text, start, end)], key=lambda m: m.start())
        for m in matches:
            group = next(g for g in ("mark", "cell", "field", "quoted", "quoted_after", "aside_end", "column", "glued",
                                     "labelled")
                         if g in m.re.groupindex and m.group(g))
            if m.group(group) in ("(C)", "(c)") and _is_notice(self.g, _line_after(text, m.end(group))) \
                    and not notice_runs_on(text, m.end(group), end):
                continue  # `(C) 2026 Reuters ...` after a sentence: a copyright or company notice
            marking = self.read_mark(mark_inner(m.group(group)))
            if marking is not None and marking.level is not None:  # "(MFA)" is an acronym, not a mark
                found.append((marking, m.start(group), m.end(group)))
        return found

    def stacked(self, text: str, start: int, end: int) -> tuple[Marking, int, int] | None:
        """A second portion mark right after a portion's own (`3. (U) (S) The ...`: a corrected
        copy that left the stale mark before the new one), at `start`, if it reads as one. A
        copyright or company notice (`(U) (C) 2026 Reuters`) is none."""
        # (doubled parentheses: `((U)) ((S)) The ...`)
        m = (_DOUBLED_STACKED if text.startswith("((", start) else _STACKED_MARK).match(text, start, end)
        if m is None or m.group("mark") in ("(C)", "(c)") and _is_notice(self.g, _line_after(text, m.end("mark"))) \
                and not notice_runs_on(text, m.end("mark"), end):
            return None
        marking = self.read_mark(mark_inner(m.group("mark")))
        if marking is None or marking.level is None:
            return None
        return marking, m.start("mark"), m.end("mark")

    # -- banners ---------------------------------------------------------------------------
    def banner_at(self, seg: Segment | None) -> Marking | None:
        """The marking if the whole line is a banner (Markdown emphasis allowed around it, a markup
        comment's signs, and an e-mail's quote signs before it: `> CONFIDENTIAL`, Lotus Notes' `| CONFIDENTIAL`, the banner
        of a forwarded message)."""
        if seg is None or seg.blank:
            return None
        line = seg.stripped
        if line[:1] in "<{%;" and ("." in line or ":" in line or "(" in line):
            return None  # (a sentence, a field, a portion, an element with attributes: the layout's gate, as below)
        if line[:2] == "/*" or line[:2] == "//" and line[2:3] in (" ", "\t") or line[:1] == "@" and line[:9].lower() == "@comment{":
            # (not `//DEU CONFIDENTIAL`, `//NATO SECRET`, `//JOINT SECRET CAN USA`: a `//` before a word is an FGI or
            # joint marking's own, read as the line it is)
            comment = self._source_comment(line)  # `// UNCLASSIFIED -- org chart ...`, `@Comment{CONFIDENTIAL}` (round 126)
            if comment is None:
                return None
            line = comment
        if line[:4] == "<!--" and line[-3:] == "-->" or line[:1] in "%;":
            # a banner in a markup comment (`<!-- SECRET -->`, an Atom feed's, round 96) or a TeX source's (`% SECRET`, round 97)
            # (an INI file's `; CONFIDENTIAL`, round 122)
            line = line[4:-3].strip(" \t-") if line[:1] == "<" else line.lstrip("%; \t")
            if not line:
                return None
        if line[:1] == "<" and line[-1:] == ">" and line[:4] != "<!--":
            # a markup element that holds only the banner (`<note>SECRET//NOFORN</note>`, DocBook's
            # `<releaseinfo>CONFIDENTIAL</releaseinfo>`, round 102)
            element = _ELEMENT_BANNER.fullmatch(line)
            if element is None:
                return None
            line = element.group("inner").strip()
        if line[:2] == "{{" and line[-2:] == "}}":
            # a wiki template that prints the banner (`{{Classification banner|CONFIDENTIAL}}`, round 97)
            name, _, value = line[2:-2].partition("|")
            if not value or _BANNER_TEMPLATE.search(name) is None:
                return None
            line = value.rpartition("=")[2].strip()
        if line[:1] in ">|»":
            line = _QUOTE_SIGNS.sub("", line)
            if not line or "|" in line:
                return None  # (a table row: a bar after the text too)
            # another message's banner only raises: a quoted UNCLASSIFIED banner must not give
            # this document's unmarked text a level (it stays doubtful)
            quoted = self._banners[line] if line in self._banners else self._banner_line(line)
            self._banners.setdefault(line, quoted)
            return quoted if quoted is not None and quoted.valid and quoted.rank > 0 else None
        if not line.isascii():  # (a banner's tokens joined by an en or em dash: `SECRET—NOFORN`)
            line = line.translate(_DASHES)
        if line[-2:] in (";;", ",,"):
            # a spreadsheet export's banner in its first cell, the others empty (`SECRET//NOFORN;;;;`, LibreOffice
            # Calc's semicolon CSV, round 120)
            line = line.rstrip(";, \t")
            if line[:1] == '"' and line[-1:] == '"' and line.count('"') == 2:
                line = line[1:-1]  # (`"SECRET//NOFORN",,,`)
        elif line[:1] == '"' and line[-2:] in ('""', '",', '";') and _QUOTED_FIRST_CELL.fullmatch(line) is not None:
            # the same with the cells quoted (`"SBU//NOFORN","","",""`, a tracker's CSV export, round 130)
            line = line[1:line.index('"', 1)]
        if "." in line or ":" in line or "(" in line:
            return None  # a sentence, a field, a portion: not a banner
        if _BANNER_SHAPED.match(line) is None:  # (a sentence's characters: no banner shape)
            return self._bilingual_banner(line) if " / " in line else None
        if line not in self._banners:  # (a page banner repeats on every page: read once per reading)
            self._banners[line] = self._banner_line(line)
        return self._banners[line]

    def _source_comment(self, line: str) -> str | None:
        """The banner a source file's comment line holds (`// SECRET`, `/* SECRET */`, BibTeX's `@Comment{SECRET}`),
        with a note after a dash that only describes the file (`// UNCLASSIFIED -- org chart for the newsletter`):
        the banner's text, or None where the comment holds more (a note with a level, a control, an exception
        or a word about marking, `rules/markings.yaml` `reader_words.banner_note_words`: no banner, as before)."""
        if line[:2] == "//":
            inner = line[2:]
        elif line[:2] == "/*":
            if line[-2:] != "*/":
                return None
            inner = line[2:-2]
        else:
            if line[-1:] != "}":
                return None
            inner = line[9:-1]
        head, dash, note = inner.strip(" \t*/").partition(" -- ")
        if not dash:
            head, dash, note = head.partition(" — ")
        if dash and (not note.strip() or self.g.banner_note_words.search(note) is not None):
            return None
        head = head.strip()
        return head or None

    def _bilingual_banner(self, line: str) -> Marking | None:
        """`UNCLASSIFIED / NON CLASSIFIÉ`: a banner and its translation (a name of the same level
        in `rules/markings.yaml`), as bilingual governments write it; read when both halves say
        exactly the same, else not a banner (as before)."""
        if line not in self._banners:
            halves = banner_text(line).split(" / ")
            marking = None
            if len(halves) == 2 and _BANNER_SHAPED.match(halves[0]) is not None:
                first = self._banner_line(halves[0].strip())
                second = self.g.parse_banner(halves[1].strip().upper())
                if first is not None and first.valid and second.valid and second.banner() == first.banner():
                    marking = first
            self._banners[line] = marking
        return self._banners[line]

    def _banner_line(self, line: str) -> Marking | None:
        body = banner_text(line)
        if not body or len(body) > 120 or body.startswith("(") or ":" in body:
            return None
        if not _BANNER_CHARS.fullmatch(body) or not _THREE_LETTERS.search(body.translate(LOOK_ALIKE_DIGITS)):
            return None  # (`S3CR3T` has three letters once its digits are read as letters)
        marking = self._banner(body)
        if (marking is None or _unknown_token(marking)) and "-" in body and "/" not in body and body.isupper():
            # tokens joined by a dash (`SECRET - NOFORN`, `SBU – NO FORN`, `CONFIDENTIAL-NOFORN`): read
            # so when every piece is a token (`SECRET - DRAFT` stays as it was)
            joined = self._banner(_BANNER_DASH.sub("//", body))
            if joined is not None and not _unknown_token(joined):
                marking = joined
        if marking is not None and _unknown_token(marking) and self.g.any_handling_statement.search(body) is not None:
            marking = self._spelled_out_banner(body, marking)
        words = body.split()
        if marking is None and "/" not in body and 2 <= len(words) <= 3 and body.isupper() and words[0] in self.g.designations:
            marking = self._banner("//".join(words))  # `LES NOFORN` on a line of its own (round 82): `LES//NOFORN`
        if marking is None:
            marking = self._control_first_banner(body)
        if marking is None and _DIGIT.search(body):
            # `SECRET//N0FORN`, `C0NFIDENTIAL`, `S3CR3T`: a banner once the damage is undone; never trusted
            marking = self._banner(body.translate(LOOK_ALIKE_DIGITS).upper())
            if marking is not None:
                note = MarkingProblem("GARBLED_BANNER", "error",
                                      f"banner '{body}' reads as {marking.banner()} only after correcting OCR or "
                                      f"look-alike damage; a reviewer must confirm it")
                marking = replace(marking, raw=body, problems=(*marking.problems, note))
        if marking is None and "//" in body and len(body.split("//")[0].split()) <= 2 \
                and not any(char.islower() for char in body):
            # `SXCRXT//NOFORN`: a line of capitals that is a level's word or two and the banner
            # separator, and does not read, is a banner that cannot be read, not text (the other
            # banner must not govern alone); a sentence with a banner in it is text
            note = MarkingProblem("GARBLED_BANNER", "error", f"'{body}' is shaped like a banner but cannot be "
                                  f"read; a reviewer must read it")
            parsed = self.g.parse_banner(body)
            marking = replace(parsed, raw=body, problems=(*parsed.problems, note))
        return marking

    def _control_first_banner(self, body: str) -> Marking | None:
        """A banner written with its dissemination control before its level (`NOFORN -- SENSITIVE BUT
        UNCLASSIFIED`, `NOFORN / SBU`, round 137): read as the level with that control after it, so the
        control governs (it only ever adds a control: the level part must read as a banner on its own)."""
        m = _CONTROL_FIRST.fullmatch(body)
        if m is None or m.group("control").upper() not in self.g.dissem:
            return None
        rest = m.group("rest").strip()
        level = self._banner(rest) or self._banner(_BANNER_DASH.sub("//", rest))
        if level is None or _unknown_token(level) or (level.level is None and not level.designations):
            return None
        marking = self._banner(f"{rest}//{m.group('control').upper()}")
        if marking is None or _unknown_token(marking) or not marking.noforn and "NOFORN" in m.group("control").upper():
            return None
        return replace(marking, raw=body)

    def _spelled_out_banner(self, body: str, marking: Marking) -> Marking:
        """A banner whose controls are spelled out in words after its level (`UNCLASSIFIED//FOR OFFICIAL USE
        ONLY - NOT RELEASABLE TO FOREIGN NATIONALS`, `SECRET//NOT RELEASABLE TO FOREIGN GOVERNMENTS`: the
        `handling_statements` of the vocabulary, round 132): read with those controls, and only ever raised by
        them; words left over that read as no token keep the banner's problem (doubtful, as before)."""
        controls: list[str] = []
        rest = body
        for pattern, cs in self.g.handling_statements:
            if pattern.search(rest) is not None:
                controls += cs
                rest = pattern.sub("//", rest)
        pieces = [word for piece in rest.split("//") for word in (part.strip(" \t-") for part in _SPELLED_APART.split(piece))
                  if word]
        if not controls or not pieces:
            return marking
        spelled = self._banner("//".join([pieces[0], *dict.fromkeys(controls), *pieces[1:]]))
        if spelled is None or spelled.level is None or spelled.rank < marking.rank:
            return marking
        return replace(spelled, raw=body)

    def _banner(self, body: str) -> Marking | None:
        # a banner names a level or a designation first; "NOFORN" alone is a caption (tested
        # before the banner is parsed: a line of words is no banner, whatever it parses as)
        first = body.upper().split("//")[0].split("/")[0].strip()
        named = first in self.g.levels or first in self.g.designations
        if not named and not body.startswith("//"):
            return None
        marking = self.g.parse_banner(body)
        if marking.level is None and not marking.designations:
            return None
        if any(p.code == "UNREADABLE" for p in marking.problems):
            return None
        foreign_owned = body.startswith("//") and marking.foreign is not None and marking.level is not None
        if not named and not foreign_owned:
            return None  # (a foreign-owned banner starts with its owner: //NATO SECRET, //GBR SECRET)
        if _DIGIT.search(body) and not marking.valid:
            return None  # digits that only OCR correction can read: the caller decides
        return marking


def _unknown_token(marking: Marking) -> bool:
    return any(p.code == "UNKNOWN_TOKEN" for p in marking.problems)


def banner_text(line: str) -> str:
    """The banner in a banner line: without Markdown emphasis, a page number on the same line
    (`SECRET//NOFORN   Page 1 of 2`) or a declassification date (`SECRET//NOFORN//20341231`)."""
    body = line.strip("*#_ \t").strip()
    body = _PAGE_NUMBER.sub("", body).strip()
    return _DECLASSIFY_DATE.sub("", body).strip()


def fold(text: str) -> str:
    """NFKC: what is left for a text already in the view (it folded the rest). ASCII is its
    own NFKC form."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)
