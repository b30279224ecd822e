"""(fix48e) Checks behind the `controls_in_words` patterns that read a release list by subtraction or a release whose
condition is not shown met (rules/markings.yaml, the fix48e block; called by `evidence.take_controls_in_words`):
whether words name the UK, whether a closed list leaves it out, whether a form box a release waits on is filled,
whether an authorisation's end date has passed by the document's own dates, and whether a release mark's footnote
states a condition. Each only decides whether a pattern's NOFORN stands: none puts a country into any list.

The words are the rules' (fix49a): rules/record_words.yaml `release_conditions` (box labels, a member counted) and
`months` (fix50d: the one list of months),
and markings.yaml's names: the UK's code and two-letter names (`uk_government_names.country`, the `country_names` and
`excepted_country_names` naming it), the territories named `British` (`uk_government_names.territory_names`) and the
other countries' two-letter codes (`two_letter_country_codes`)."""
from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING

from ..lazyre import lazy
from .rule_words import alternatives, made_once, name_alternatives
from .rule_words import months as rule_months

if TYPE_CHECKING:
    from .state import Reading

class _Patterns:
    """The patterns of rules/record_words.yaml `release_conditions` and markings.yaml's names (fix49a: the words are the
    rules')."""

    def __init__(self, g: object):
        words = g.record_words["release_conditions"]  # type: ignore[attr-defined]
        vocabulary = g.vocabulary  # type: ignore[attr-defined]
        uk = vocabulary.uk_government_names

        def alt(key: str) -> str:
            return alternatives(words[key])

        stems = rule_months(g).stems  # (fix50d: the one list of months, rules/record_words.yaml `months`)
        self.months = {m: i + 1 for i, m in enumerate(stems)}
        months = alternatives(list(stems))
        # a date with its year: `30 June 2026`, `June 30, 2026`, `2026-06-30`, `06/30/2026`, `20260630T...` (iCalendar)
        self.date = lazy(r"(?i)\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?[ \t\-]+(?:of[ \t]+)?(?P<m1>" + months + r")[a-z]{0,7}\.?,?"
                         r"[ \t\-]+(?P<y1>(?:19|20)\d{2})|(?P<m2>" + months + r")[a-z]{0,7}\.?[ \t]+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?"
                         r"[ \t]+(?P<y2>(?:19|20)\d{2})|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})|(?P<m4>\d{1,2})/"
                         r"(?P<d4>\d{1,2})/(?P<y4>(?:19|20)\d{2})|(?P<y5>(?:19|20)\d{2})(?P<m5>[01]\d)(?P<d5>[0-3]\d)(?=T\d))\b")
        # the UK named by the words a closed list leaves out: its code and its two-letter names (`UK`, `U.K.`, `GB`:
        # `country_names` and `excepted_country_names` naming it), case as written
        short = [name for name, code in {**vocabulary.country_names, **vocabulary.excepted_country_names}.items()
                 if code == uk.country and re.fullmatch(r"[A-Z]\.?[A-Z]\.?", name)]
        self.uk_code = lazy(r"(?<![\w.])(?:" + name_alternatives([uk.country, *short]) + r")(?![\w])")
        # names that hold `British` but name a territory, not the UK (`uk_government_names.territory_names`)
        self.british_territory = lazy(r"(?i)\b(?:" + name_alternatives(uk.territory_names) + r")\b")
        # two-letter country codes in a closed list (`AU and US only`: `two_letter_country_codes`)
        self.two_letter = lazy(r"(?<![\w.])(?:" + name_alternatives(list(vocabulary.two_letter_country_codes)) + r")(?![\w])")
        # a box or field a condition names (`if the FDO initials box 7`, `once block 12 is signed`)
        self.box = lazy(r"(?i)\b(?P<label>" + alt("box_labels") + r")[ \t]*(?:no\.?[ \t]*|#[ \t]*)?(?P<number>\d{1,3}[a-z]?)\b")
        # a member counted, not named (`one`, `1`, `a member`, `one of them`, `a single partner`)
        self.unnamed_member = lazy(r"(?i)[ \t]*(?:" + alt("member_counts") + r")(?:[ \t]+(?:" + alt("member_nouns")
                                   + r")s?|[ \t]+of[ \t]+(?:them|the[ \t]+\w+|its[ \t]+\w+))?(?![\w\-])")


def _patterns(r: "Reading") -> _Patterns:
    return made_once(r.g, "release_conditions", _Patterns)


# an empty value: brackets, underscores, dots or nothing
_EMPTY_VALUE = lazy(r"^[\s\[\](){}_.\-:|]*$")


def names_uk(r: "Reading", words: str, ambiguous: bool = True) -> bool:
    """Do the words name the UK: by name, trigraph, two-letter code, capital, seat or office (`excepted_country_names`,
    `uk_government_names`); `the British Virgin Islands` names a territory, not the UK. (fix50b) An office whose name
    does not say the country (`uk_government_names.ambiguous_offices`: `Ministry of Justice`) counts only with
    `ambiguous`: where naming the UK raises (an exclusion), not where it keeps a list releasable (a closed list)."""
    from .evidence import _countries_named, _name_pattern  # (evidence imports this module)
    w = _patterns(r)
    words = w.british_territory.sub(" ", words)
    if w.uk_code.search(words) or "GBR" in _countries_named(r, words, excepted=True, ambiguous=ambiguous):
        return True
    return any(code == "GBR" and _name_pattern(name, 0).search(words)
               for name, code in r.g.vocabulary.government_seats().items())


def names_no_one(r: "Reading", words: str) -> bool:
    """Do the words left out of a group count a member without naming it (`E3 minus one`, `P5 less a member`,
    `FVEY less 1`): the member left out is not known, so it may be the UK. Words that name someone (`minus China and
    Russia`) or count nothing (`less than a week`) are no such member."""
    from .evidence import _names_foreign
    return bool(_patterns(r).unnamed_member.match(words)) and not _names_foreign(r, words, wide=False)


def list_leaves_out_uk(r: "Reading", words: str) -> bool:
    """Does a closed list (`... only`) name a country or territory and not the UK: two-letter codes (`AU and US
    only`), the realms, dependencies and territories (`FIUs of Bermuda, the Cayman Islands and the BVI only`).
    (fix50b) A list that holds the UK keeps its text releasable, so an office whose name does not say the country
    (`REL TO USA, Ministry of Justice only`: `ambiguous_offices`) does not make it hold the UK."""
    from .evidence import _countries_named, _groups_named
    if names_uk(r, words, ambiguous=False):
        return False
    named, members = _groups_named(r, words)
    if named and (not members or "GBR" in members):
        return False  # `the Five Eyes only`, a group not known: it may hold the UK, main's reading stands
    w = _patterns(r)
    countries = _countries_named(r, w.british_territory.sub(" Bermuda ", words), people=True)[1:]
    if any(code in r.g.vocabulary.tetragraphs for code in countries):
        return False  # `Releasable to Five Eyes only`, `NATO only`: the UK is a member
    return bool(w.two_letter.search(words)) or bool(countries) or _groups_leaving_out_uk(r, words)


def _groups_leaving_out_uk(r: "Reading", words: str) -> bool:
    """(fix51g, round 199) Does a closed list name, in any case and anywhere in it, a group of `country_groups` whose
    members leave the UK out (`eurozone partner agencies`, `Visegrad Four liaison cell`, `Rio Treaty parties`), and no
    group the UK is in (`country_groups` with GBR, `groups_holding_uk`: `the eurozone and Five Eyes desks`)? Only one
    more reason for a pattern's NOFORN to stand, after the reasons above (it never takes one away)."""
    vocabulary = r.g.vocabulary
    named = [members for name, members in vocabulary.country_groups.items() if _group_pattern(name).search(words)]
    if not named or any("GBR" in members for members in named):
        return False
    return not any(_group_pattern(name).search(words) for name in vocabulary.groups_holding_uk)


@functools.lru_cache(maxsize=1024)
def _group_pattern(name: str) -> re.Pattern[str]:
    """A group's name as words of a list: in any case (`eurozone`, `Euro Area`), a plural too, any space or hyphen
    between its words; an acronym of three or fewer characters (`V4`, `B9`, `TSD`) only as written."""
    words = r"[ \t\-]+".join(re.escape(w) for w in re.split(r"[ \t\-]+", name))
    flags = 0 if len(name) <= 3 else re.IGNORECASE
    return re.compile(r"(?<![\w\-])" + words + r"s?(?![\w\-])", flags)


def box_filled(r: "Reading", condition: str) -> bool:
    """Is the box or field a release waits on (`if the FDO initials box 7`) filled in the document: its line
    (`Box 7 FDO initials: [ KT 2026-11-05 ]`) holds a value. A box not found, or found empty, is not filled."""
    m = _patterns(r).box.search(condition)
    if m is None:
        return False
    line = re.compile(r"(?im)^[ \t|>*\-]{0,8}" + re.escape(m.group("label")) + r"[ \t]*(?:no\.?[ \t]*|#[ \t]*)?"
                      + re.escape(m.group("number")) + r"\b[^:\n]{0,60}:(?P<value>[^\n]{0,120})$")
    found = [v.group("value") for v in line.finditer(r.text)]
    return bool(found) and all(not _EMPTY_VALUE.match(value) and not says_unfilled(r, value) for value in found)


def _dates(r: "Reading", text: str, start: int = 0, end: int | None = None) -> list[tuple[int, datetime.date]]:
    w = _patterns(r)
    found = []
    for m in w.date.finditer(text, start, len(text) if end is None else end):
        for i in "12345":
            if m.group("y" + i):
                month = m.group("m" + i)
                month_number = w.months.get(month[:3].casefold()) if month.isalpha() else int(month)
                try:
                    found.append((m.start(), datetime.date(int(m.group("y" + i)), month_number or 0,
                                                           int(m.group("d" + i)))))
                except ValueError:
                    pass
                break
    return found


def lapsed(r: "Reading", start: int, end: int, until: str) -> bool:
    """Has an authorisation that ran `until` a date lapsed by the document's own dates: any date the document states
    outside the authorisation itself on or after it (the document was written or printed once it had passed); no
    date to compare with, or an end date that cannot be read, fails closed (lapsed). (fix51a, r50c-13) The document's
    dates are `_document_dates`' (a cable's date-time group and an ISO date-time too: `R 041530Z DEC 26` under a
    `Reference: our meeting of 2 November 2026` above the header is written after a `30 November 2026` end)."""
    ends = _dates(r, until)
    if not ends:
        return True
    last = ends[0][1]
    stated = [d for _, d in _document_dates(r, start, end)]
    return not stated or max(stated) > last


def footnote_states_condition(r: "Reading", sign: str, words: tuple[str, ...]) -> bool:
    """Does the footnote of a release mark's sign (`REL GBR*`) state a condition (`* once MOU Annex C is
    countersigned`): a line whose first sign (after cell separators and quotes) is `sign`, followed by one of the
    condition `words`. A sign whose footnote cannot be found fails closed (True)."""
    notes = re.compile(r"(?m)^[ \t,;|\"'#>]{0,12}" + re.escape(sign) + r"(?!" + re.escape(sign[-1]) + r")[ \t\"]*(?P<note>[^\n]{0,200})")
    found = [m.group("note") for m in notes.finditer(r.text)]
    if not found:
        return True
    condition = re.compile(r"(?i)\b(?:" + alternatives(list(words)) + r")\b")
    return any(condition.search(note) for note in found)


# (fix49f) a box: `[X]`, `[ ]`, `[~]`, `( )`, or a box glyph; its label runs to the next box or the line's end
_CHECK_BOX = lazy(r"(?:\[(?P<in_brackets>[^\[\]\n]{0,2})\]|\((?P<in_parens>[^()\n]{0,1})\)(?=[ \t]+[A-Za-z])|"
                  r"(?P<glyph>[☐☑☒□■✅❎]))[ \t]*(?P<label>[A-Za-z][^\[\]\n☐☑☒□■✅❎]{2,160})")
# a field or attribute: `countersigned="false"`, `"namesRemoved": true`, a line's `Names removed: yes`
_NAMED_VALUE = lazy(r"(?P<name>(?<![\w\-])[A-Za-z][\w\-]{1,40})[ \t]*=[ \t]*(?:\"(?P<dq>[^\"\n]{0,80})\"|'(?P<sq>[^'\n]{0,80})'|"
                    r"(?P<bare>[\w\-]{1,20}))|\"(?P<key>[A-Za-z][\w\- ]{1,40})\"[ \t]*:[ \t]*(?:\"(?P<jv>[^\"\n]{0,80})\"|"
                    r"(?P<jbare>[\w\-]{1,20}))|(?m:^[ \t>*\-|]{0,8}(?P<label>[A-Za-z][A-Za-z\-]{1,20}(?:[ \t]+[A-Za-z][A-Za-z\-]"
                    r"{1,20}){0,3})[ \t]*:[ \t]*(?P<lv>[^\n]{0,80})$)")
_WORDS = lazy(r"[A-Za-z]+")
_LABEL_NOTE = lazy(r"[(:]")
_CAMEL = lazy(r"(?<=[a-z])(?=[A-Z])")
_SUFFIX = lazy(r"(?:ations?|ation|ments?|ing|ions?|ed|al|es|s)$")


def _stems(r: "Reading", words: str, shortest: int = 4) -> set[str]:
    """The words of `words` (camelCase and snake_case split) of `shortest` letters or more and not ignored
    (`conditions_shown_met.ignored_words`), each cut to its first six letters after a common ending."""
    ignored = set(r.g.record_words["conditions_shown_met"]["ignored_words"])  # type: ignore[attr-defined]
    out = set()
    for w in _WORDS.findall(_CAMEL.sub(" ", words).replace("_", " ")):
        if len(w) < 4 and not (shortest <= len(w) and w.isupper()):  # (three letters: an acronym, `DOJ`)
            continue
        w = w.casefold()
        if w in ignored:
            continue
        out.add(_SUFFIX.sub("", w)[:6] if len(w) > 5 else w[:6])
    return out


_RECORD_OPENS = lazy(r"[<{]")


def _other_party(r: "Reading", m: "re.Match[str]", condition: str, every: set[str]) -> bool:
    """(fix50c, review49b) Does the field `m` stand in a tag or a one-line object (`<...>`, `{...}`) beside a field that
    names whose record it is (`conditions_shown_met.party_attributes`: `office="DOS/L"`) and names a party the
    condition does not (its words not the condition's, and not the UK where the condition names the UK)? Then the field
    shows that party's step (`<approval office="DOS/L" countersigned="true"/>` under a condition countersigned by the
    UK side), not the condition met. (review50c) The UK named on both sides keeps the release, so only by the names that
    say the country (`ambiguous=False`: a `Cobra Gold planning cell` is not the UK)."""
    text = r.text
    line_start = text.rfind("\n", 0, m.start()) + 1
    opening = None
    for o in _RECORD_OPENS.finditer(text, line_start, m.start()):
        opening = o
    if opening is None:
        return False
    closing = text.find(">" if opening.group(0) == "<" else "}", m.end())
    newline = text.find("\n", m.end())
    end = closing + 1 if closing >= 0 and (opening.group(0) == "<" or newline < 0 or closing < newline) else m.end()
    words = r.g.record_words["conditions_shown_met"]  # type: ignore[attr-defined]
    party = re.compile(r"(?i)(?:" + "|".join(words["party_attributes"]) + r")$")
    for other in _NAMED_VALUE.finditer(text, opening.end(), end):
        name = other.group("name") or other.group("key") or ""
        if other.start() == m.start() or not party.match(name):
            continue
        value = next((v for v in (other.group(g) for g in ("dq", "sq", "bare", "jv", "jbare")) if v is not None), "")
        told = _stems(r, value, shortest=3)
        if told and not told <= every and not (names_uk(r, value, ambiguous=False) and names_uk(r, condition, ambiguous=False)):
            return True
    return False


def condition_shown_met(r: "Reading", condition: str) -> bool:
    """(fix49f) Does the document show the condition a release waits on met (`subject to removal of all personal
    names`, `releaseCondition="ISA-44 countersigned"`): a numbered box filled (`box_filled`), or a ticked box whose
    label, or a field or attribute whose name, shares the condition's words (`[X] Personal names removed`,
    `countersigned="true"`), and no box left unticked nor field of another value of those words (`[ ] Personal names
    removed`, `countersigned="false"`). Nothing found of its words fails closed (not met)."""
    if box_filled(r, condition):
        return True
    stems = _stems(r, condition)
    if not stems:
        return False
    words = r.g.record_words["conditions_shown_met"]  # type: ignore[attr-defined]
    ticks = re.compile(r"(?i)^[ \t]*(?:" + "|".join(words["ticks"]) + r")[ \t]*$")
    met_values = {v.casefold() for v in words["met_values"]}
    shown, not_shown = False, False
    # (lead49, review49b) a box or field shows THIS condition only when every word of its label or name is one of the
    # condition's (acronyms too: `DOJ concurrence` is not `FCDO concurrence`; `Personal effects` is not `personal
    # names`), its label says no negation (`[X] Personal names not yet removed`), and a box's label shares two of them
    # when the condition has two (`[X] Numbers` is not `removal of all personal names and phone numbers`)
    every = _stems(r, condition, shortest=3)
    negation = re.compile(r"(?i)\b(?:" + "|".join(words["label_negations"]) + r")\b")
    for m in _CHECK_BOX.finditer(r.text):
        label = _stems(r, _LABEL_NOTE.split(m.group("label"), 1)[0], shortest=3)  # (not its `(initial and date): RJM`)
        if not label or not label <= every or len(label & stems) < min(2, len(stems)):
            continue
        if negation.search(m.group("label")):
            not_shown = True
            continue
        box = m.group("glyph") or (m.group("in_brackets") if m.group("in_brackets") is not None else m.group("in_parens"))
        if ticks.match(box or ""):
            shown = True
        else:
            not_shown = True
    for m in _NAMED_VALUE.finditer(r.text):
        name = m.group("name") or m.group("key") or m.group("label") or ""
        named = _stems(r, name, shortest=3)
        if not _stems(r, name) & stems or not named <= every:
            continue
        if _other_party(r, m, condition, every):
            continue  # (fix50c: `<approval office="DOS/L" countersigned="true"/>` is DOS/L's step, not the UK's)
        value = next((v for v in (m.group(g) for g in ("dq", "sq", "bare", "jv", "jbare", "lv")) if v is not None), "")
        if value.strip().strip("\"',.").casefold() in met_values:
            shown = True
        else:
            not_shown = True
    return shown and not not_shown


# ---- (fix50f, adv195-029/030/031/036) releases valid only from a later date, under a condition a block or an
# approval's status shows not completed, and conditional cells of a table column that may be the UK's. Each only
# decides whether a `controls_in_words` pattern's NOFORN stands (rules/markings.yaml, the fix50f block).

class _MorePatterns:
    """(fix50f) The patterns of rules/record_words.yaml `release_conditions` `unfilled_values`, `release_headers`."""

    def __init__(self, g: object):
        words = g.record_words["release_conditions"]  # type: ignore[attr-defined]
        shown = g.record_words["conditions_shown_met"]  # type: ignore[attr-defined]
        self.unfilled = lazy(r"(?i)^[\s\[\](){}_.\-:|*\"']*(?:" + alternatives(words["unfilled_values"]) + r")(?![\w])")
        self.release_header = lazy(r"(?i)\b(?:" + alternatives(words["release_headers"]) + r")\b")
        self.negation = lazy(r"(?i)\b(?:" + alternatives(shown["label_negations"]) + r")\b")
        self.met = lazy(r"(?i)\b(?:" + alternatives(shown["met_values"]) + r")\b")
        self.ticks = lazy(r"(?i)^[ \t]*(?:" + "|".join(shown["ticks"]) + r")[ \t]*$")
        # a block a condition names: `block 9`, `box E`, `item 12a`
        self.block = lazy(r"(?i)\b(?P<label>" + alternatives(words["box_labels"]) + r")[ \t]*(?:no\.?[ \t]*|#[ \t]*)?"
                          r"(?P<number>\d{1,3}[a-z]?|(?-i:[A-Z]))(?![\w])")
        self.item_start = lazy(r"(?im)^[ \t|>*\-]{0,8}(?:(?:" + alternatives(words["box_labels"]) + r")[ \t]*(?:no\.?[ \t]*|#[ \t]*)?"
                               r"(?:\d{1,3}[a-z]?|(?-i:[A-Z]))(?![\w])|(?:\d{1,3}[a-z]?|(?-i:[A-Z]))[.)](?=[ \t]))")


def _more(r: "Reading") -> _MorePatterns:
    return made_once(r.g, "release_conditions_fix50f", _MorePatterns)


def says_unfilled(r: "Reading", value: str) -> bool:
    """(fix50f) Does a box's or field's value say it is not completed (`unsigned`, `not received`, `pending`:
    `release_conditions.unfilled_values`)?"""
    return bool(_more(r).unfilled.match(value))


# an ISO date and time (`2026-11-30T09:12:44Z`) and a cable's date-time group (`031022Z DEC 26`)
_ISO_DATETIME = lazy(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)T\d")
_DTG = lazy(r"(?<![\w])(?P<d>[0-3]\d)[0-2]\d[0-5]\dZ[ \t]+(?P<mon>[A-Za-z]{3})[ \t]+(?P<y>\d{2})(?![\w])")


def _document_dates(r: "Reading", start: int, end: int) -> list[tuple[int, datetime.date]]:
    """(fix50f) The dates the document states outside `start:end`, in order: those `_dates` reads, ISO dates with a time
    and a cable's date-time group."""
    found = [(at, d) for at, d in _dates(r, r.text) if not start <= at < end]
    months = _patterns(r).months
    for m in _ISO_DATETIME.finditer(r.text):
        if not start <= m.start() < end:
            try:
                found.append((m.start(), datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))))
            except ValueError:
                pass
    for m in _DTG.finditer(r.text):
        month = months.get(m.group("mon").casefold())
        if month and not start <= m.start() < end:
            try:
                found.append((m.start(), datetime.date(2000 + int(m.group("y")), month, int(m.group("d")))))
            except ValueError:
                pass
    return sorted(found)


def not_yet_valid(r: "Reading", start: int, end: int, since: str) -> bool:
    """(fix50f) Is a release valid only from the date `since` not yet in force by the document's own date: its first
    stated date outside the release is before it. No date to compare with, or a date that cannot be read, fails
    closed (not yet valid)."""
    begins = _dates(r, since)
    if not begins:
        return True
    stated = _document_dates(r, start, end)
    return not stated or stated[0][1] < begins[0][1]


def _block_lines(r: "Reading", label: str, number: str) -> list[str]:
    """(fix50f) The lines of the block a condition names (`block 9`: a line opening `Block 9` or `9.`, and the lines
    under it up to the next numbered item or a blank line)."""
    w = _more(r)
    start = re.compile(r"(?im)^[ \t|>*\-]{0,8}(?:" + re.escape(label) + r"[ \t]*(?:no\.?[ \t]*|#[ \t]*)?" + re.escape(number)
                       + r"(?![\w])|(?-i:" + re.escape(number) + r")[.)](?=[ \t]))")
    out: list[str] = []
    for m in start.finditer(r.text):
        lines = r.text[m.start():].split("\n")
        out.append(lines[0])
        for line in lines[1:6]:
            if not line.strip() or w.item_start.match(line):
                break
            out.append(line)
    return out


def _block_completed(r: "Reading", lines: list[str]) -> bool:
    """(fix50f) Do a block's lines show it completed: a ticked box whose label says so (`[X] Received (date 9 Nov)`)
    and none ticked that says not (`[X] Not received`); with no box, a value (after a colon) that names a completion or
    a date and says nothing unfilled (`signed 1 Dec`, not `unsigned`)."""
    w = _more(r)
    text = "\n".join(lines)
    boxes = list(_CHECK_BOX.finditer(text))
    if boxes:
        done = False
        for m in boxes:
            label = _LABEL_NOTE.split(m.group("label"), 1)[0]
            box = m.group("glyph") or (m.group("in_brackets") if m.group("in_brackets") is not None else m.group("in_parens"))
            if not w.ticks.match(box or ""):
                continue
            if w.negation.search(label) or says_unfilled(r, label):
                return False
            if w.met.search(label):
                done = True
        return done
    for line in lines:
        _, colon, value = line.partition(":")
        if not colon or not value.strip() or says_unfilled(r, value) or w.negation.search(value) or \
                _CONDITION_WORDS.search(value):
            continue  # (`9. Condition: release only after ...` states the condition, not its completion)
        if w.met.search(value) or _dates(r, value):
            return True
    return False


_CONDITION_WORDS = lazy(r"(?i)\b(?:after|once|if|upon|subject|until|when|unless|provided|before|must|shall|should|will)\b")
_STATUS = lazy(r"<(?:[\w.\-]+:)?(?P<tag>[A-Za-z][\w\-]*)\b[^>]{0,200}?\bstatus[ \t]*=[ \t]*[\"'](?P<value>[^\"'\n]{0,40})[\"']"
               r"|\"(?P<key>[A-Za-z][\w\- ]{1,40})\"[ \t]*:[ \t]*\{[^{}]{0,200}?\"status\"[ \t]*:[ \t]*\"(?P<jv>[^\"\n]{0,40})\"")


def _status_met(r: "Reading", condition: str) -> bool:
    """(fix50f) Does an approval the condition names show a status met (`<fdoApproval status="approved"/>`,
    `"directorConcurrence": {"status": "granted"}`): every element or object whose name shares the condition's words
    has a `status` of a met value, and there is one."""
    stems = _stems(r, condition, shortest=3)
    values = [m.group("value") if m.group("value") is not None else m.group("jv") for m in _STATUS.finditer(r.text)
              if _stems(r, m.group("tag") or m.group("key") or "", shortest=3) & stems]
    met = {v.casefold() for v in r.g.record_words["conditions_shown_met"]["met_values"]}  # type: ignore[attr-defined]
    return bool(values) and all(v.strip().casefold() in met for v in values)


def condition_completed(r: "Reading", condition: str) -> bool:
    """(fix50f) Does the document show a release's condition completed: a block it names (`the condition in block 9`)
    shown completed (`_block_completed`); a condition naming no block found shown met (`condition_shown_met`) or
    its approval's status met (`_status_met`). A block named and not found falls back to `condition_shown_met`."""
    m = _more(r).block.search(condition)
    if m is not None:
        lines = _block_lines(r, m.group("label"), m.group("number"))
        if lines:
            return _block_completed(r, lines)
    return condition_shown_met(r, condition) or _status_met(r, condition)


def column_may_name_uk(r: "Reading", at: int) -> bool:
    """(fix50f) Does the table column of the cell at offset `at` (`| ... | yes, once ... |`, a tab-separated row)
    name the UK in its header, or a release and no country (`Share?`): its header is the first line of the table."""
    from .evidence import _countries_named
    text = r.text
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    sep = "|" if "|" in line else "\t"
    column = text.count(sep, line_start, at)
    header = line
    start = line_start
    while start > 0:
        prev_start = text.rfind("\n", 0, start - 1) + 1
        prev = text[prev_start:start - 1]
        if sep not in prev:
            break
        if not re.fullmatch(r"[\s|:\-+=]*", prev):
            header = prev
        start = prev_start
    cells = header.split(sep)
    if column >= len(cells):
        return True  # (a header that cannot be read: fail closed)
    cell = cells[column]
    if names_uk(r, cell):
        return True
    return bool(_more(r).release_header.search(cell)) and len(_countries_named(r, cell)) <= 1
