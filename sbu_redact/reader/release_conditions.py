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
    return bool(_patterns(r).unnamed_member.match(words)) and not _names_foreign(r, words)


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
    countries = _countries_named(r, w.british_territory.sub(" Bermuda ", words))[1:]
    if any(code in r.g.vocabulary.tetragraphs for code in countries):
        return False  # `Releasable to Five Eyes only`, `NATO only`: the UK is a member
    return bool(w.two_letter.search(words)) or bool(countries)


def box_filled(r: "Reading", condition: str) -> bool:
    """Is the box or field a release waits on (`if the FDO initials box 7`) filled in the document: its line
    (`Box 7 FDO initials: [ KT 2026-11-05 ]`) holds a value. A box not found, or found empty, is not filled."""
    m = _patterns(r).box.search(condition)
    if m is None:
        return False
    line = re.compile(r"(?im)^[ \t|>*\-]{0,8}" + re.escape(m.group("label")) + r"[ \t]*(?:no\.?[ \t]*|#[ \t]*)?"
                      + re.escape(m.group("number")) + r"\b[^:\n]{0,60}:(?P<value>[^\n]{0,120})$")
    found = [v.group("value") for v in line.finditer(r.text)]
    return bool(found) and all(not _EMPTY_VALUE.match(value) for value in found)


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
    date to compare with, or an end date that cannot be read, fails closed (lapsed)."""
    ends = _dates(r, until)
    if not ends:
        return True
    last = ends[0][1]
    stated = [d for at, d in _dates(r, r.text) if not start <= at < end]
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
_NAMED_VALUE = lazy(r"(?P<name>(?<![\w\-])[A-Za-z][\w\-]{2,40})[ \t]*=[ \t]*(?:\"(?P<dq>[^\"\n]{0,80})\"|'(?P<sq>[^'\n]{0,80})'|"
                    r"(?P<bare>[\w\-]{1,20}))|\"(?P<key>[A-Za-z][\w\- ]{2,40})\"[ \t]*:[ \t]*(?:\"(?P<jv>[^\"\n]{0,80})\"|"
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
    UK side), not the condition met."""
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
        if told and not told <= every and not (names_uk(r, value) and names_uk(r, condition)):
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
