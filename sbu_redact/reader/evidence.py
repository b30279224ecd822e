"""Evidence and inheritance: what the document as a whole is marked (the declared marking,
raised by every other piece of evidence of its classification), what an unmarked portion
inherits, marks embedded in a portion, and the problems of the whole (spillage, banners that
disagree with their portions, unmarked portions, an UNCLASSIFIED cable with an authority
block)."""
from __future__ import annotations

import difflib
from collections import Counter
import functools
import re
from dataclasses import replace

from ..lazyre import compile_pattern, lazy
from ..document import Portion, Severity
from ..markings import LazyPattern, Marking, MarkingProblem
from ..prefilter import Clauses, finditer_near_words, joined_words, may_match
from .inline_marks import inline_marks
from .marks import FIELD_LINE, LOOK_ALIKE_DIGITS, OCR_DAMAGED_WORD, banner_text, ends_sentence
from .portions import last_line, wrap_width
from .messages import message_parts
from .pages import page_parts
from .insertions import inserted_pieces, inserted_spans
from .quotes import quoted_pieces
from .tearlines import tearline_parts
from .repeated import word_runs
from .sections import scoped
from .document_controls import foreign_release_limit, orphan_document_controls
from . import group_intersections, release_conditions, unmet_conditions
from .state import BANNER_KINDS, Evidence, Reading

# `Classification: SECRET//NOFORN` (e-mail headers and footers, ClassNet and TITUS labels, a
# mail header `X-Classification:` or `X-Titus-Classification:`),
# and the `Caveats:` / `Dissemination:` line that may follow it.
# Also `Overall classification:`, `Classification of this page:` (a page's own footer), a ticket's `Data classification:`.
# Also a bare `Overall:` (a signature block's classification block: `Overall: CONFIDENTIAL`).
_CLASSIFICATION_LINE = lazy(r"^[ \t>]*(?:(?:%|//|;|--|\#|[.']?\\[\"\#])[ \t]*)?(?:\*\*)?(?:X-(?:[A-Z]{1,20}-)?)?"
                            r"(?:(?:(?:OVERALL|PAGE|DOCUMENT|MESSAGE|E-?MAIL|SECURITY|SHEET|WORKBOOK|CHANNEL|THREAD|CHAT|FILE|SITE|SPACE|DATA)[ \t]+)?"
                            r"(?:CLASSIFICATION|CLASS)(?:[ \t]+(?:OF|FOR)[ \t]+(?:THIS|THE)[ \t]+[A-Z\-]{3,12})?|OVERALL"
                            # (a ticket tool's field: Jira's `Custom field (Classification): SECRET`, round 130)
                            r"|CUSTOM[ \t]+FIELD[ \t]*\([ \t]*(?:SECURITY[ \t]+|DATA[ \t]+)?CLASSIFICATION[ \t]*\)"
                            # (the label in the languages posts write it: `Klassifizierung: SBU//NOFORN`, round 102)
                            r"|KLASSIFIZIERUNG|KLASSIFIKATION|EINSTUFUNG|CLASIFICACI[OÓ]N|CLASSIFICA[CÇ][AÃ]O|CLASSIFICAZIONE"
                            r"|CLASSIFICATIE|KLASYFIKACJA|KLAUZULA"
                            r"|(?P<page_label>(?:PAGE[ \t]+|TOP[ \t]+|BOTTOM[ \t]+)?(?:HEADER|FOOTER|BANNER)))"
                            # (a Lotus Notes header table has no colon: `Classification  CONFIDENTIAL`)
                            r"(?:\*\*)?(?:[ \t]*:[ \t]*|[ \t]{2,}(?=(?:TOP[ \t]+SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED)\b))(?:\*\*)?"
                            r"(?P<value>[^:]+?)(?:\*\*)?[ \t]*$", re.IGNORECASE)
# (a line of caveats under a classification line, `Caveats: NOFORN`: the rules' `reader_words.caveats_line`)
# An iCalendar file (RFC 5545) and its `CLASS:` property, an event's access flag.
_ICALENDAR = lazy(r"^BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL)[ \t]*$", re.MULTILINE)
# a vCard's `CLASS:` property alone on its line (RFC 2426's access classification)
_VCARD_CLASS = lazy(r"^CLASS:[ \t]*[A-Z]+[ \t]*$", re.IGNORECASE)
_ICALENDAR_CLASS = lazy(r"^CLASS:(?:PUBLIC|PRIVATE|CONFIDENTIAL|X-[A-Z0-9\-]+)[ \t]*$")
# Anything in a `Classification:` value that could be a damaged marking (`_states_no_marking`).
_MARKING_SHAPED = lazy(r"\b[A-Z]{2,}\b|[A-Za-z]\d|\d[A-Za-z]|/|=\?|[^\x00-\x7f]")
# A `Classification:` value that is a sentence, not a label: it ends one, or runs to five words.
_PROSE = lazy(r"[.!?][\"')\]]*[ \t]*$|(?:\S+\s+){4}\S")
_AUTHORITY_FIELDS = ("classified_by", "derived_from", "declassify_on", "reasons")


def take_classification_lines(r: Reading) -> None:
    """`Classification:` lines anywhere (header, footer, a quoted message of a reply chain, a
    source file's comment: `% Classification: CONFIDENTIAL`, a troff source's `.\\" Classification: ...`), a page's `Footer: SECRET//REL TO USA, GBR`
    (a diagram's exported labels, round 97) and their `Caveats:` lines: each is a banner of the document (the value is a field named
    banner, so a version replaces it), and the highest of them is the document's marking."""
    text = r.text
    heads = r.g.title_macro_heads  # (the words a man page's title macro starts with: most texts hold none)
    if heads is None or any(word in (r.text_in_any_case() if folded else text) for word, folded in heads):
        _take_title_macros(r)
    if not ("lassification" in text or "LASSIFICATION" in text or "lass:" in text or "LASS:" in text
            or "lass :" in text or "verall" in text or "VERALL" in text or "ooter" in text or "OOTER" in text
            or "eader" in text or "EADER" in text or "anner" in text or "ANNER" in text
            or "lassifi" in text or "LASSIFI" in text or "instufung" in text or "lasyfik" in text or "lauzul" in text):
        return  # a few substring scans instead of one match per line
    calendar = "BEGIN:V" in text and _ICALENDAR.search(text) is not None
    vcard = not calendar and "BEGIN:V" in text and text.upper().count("BEGIN:VCARD") == 1  # (one card: its CLASS is the file's)
    for index, seg in enumerate(r.segs):
        m = _CLASSIFICATION_LINE.match(seg.text)
        if m is None:
            continue
        if calendar and _ICALENDAR_CLASS.match(seg.text):
            continue  # iCalendar's access flag (PUBLIC, PRIVATE, CONFIDENTIAL): privacy, not a level
        value = banner_text(m.group("value"))
        marking = r.g.parse(value)
        if marking.level is None and vcard and value.strip().upper() in r.g.vcard_public_classes \
                and _VCARD_CLASS.match(seg.text):
            # a vCard's `CLASS:PUBLIC` (RFC 2426): the card is open to anyone, the level of unclassified text
            marking = replace(r.g.parse("UNCLASSIFIED"), raw=value)
        if m.group("page_label") and (marking.level is None or not marking.valid):
            continue  # `Footer: Page 3 of 7`: a page's header or footer line that states no marking it can read
        if marking.level is None and not marking.designations:
            damaged = _damaged_classification(r, value, marking)
            if damaged is None or damaged.level is None:
                damaged = _handling_classification(r, value, marking) or damaged
            if damaged is None:
                if _states_no_marking(r, value, "lass" in m.group(0)[:m.start("value")].lower()):
                    continue  # "Classification: pending review" says nothing a grammar can read
                damaged = _unreadable_classification(marking, m.group("value").strip())
            marking = damaged
        start = seg.start + m.start("value")
        end = start + len(m.group("value").rstrip("* \t"))
        taken = [index]
        following = r.segs[index + 1] if index + 1 < len(r.segs) else None
        caveats = r.g.caveats_line.match(following.text) if following is not None else None
        if caveats is not None and following is not None and marking.level is not None:
            extra = r.g.parse(f"{marking.banner()}//{caveats.group('value')}")
            r.field("handling", following)
            taken.append(index + 1)
            marking = replace(extra, raw=f"{value} {caveats.group('value')}") if extra.level else \
                replace(marking, problems=(*marking.problems, *extra.problems))
        if seg.start + len(seg.text) - len(seg.text.lstrip()) < start:
            # the label is no text of the portion above it (an e-mail's Subject line)
            r.field("classification_label", (seg.start + len(seg.text) - len(seg.text.lstrip()), start))
        r.field("banner", (start, end), value)
        r.marking_problems(marking, start, end)
        r.witness("classification_line", marking, start, end)
        r.banner_markings.append(marking)
        r.taken.update(taken)
        _raise_classification(r, marking, start, end)


def _take_title_macros(r: Reading) -> None:
    """A man page's title macro whose argument states a marking (`.TH GEOFENCE 1 "November 2026" "geofence 3.4"
    "SECRET//REL TO USA, GBR"`, `structure.title_macro_marking` of rules/markings.yaml): a banner of the page, as
    a `Classification:` line is (round 122)."""
    for seg in r.segs:
        if seg.text[:1] not in ".'" or r.g.title_macro.match(seg.text) is None:
            continue
        for m in r.g.title_macro_marking.finditer(seg.text):
            value = m.group("value")
            marking = r.g.parse(value)
            if marking.level is None or not marking.valid:
                continue
            start, end = seg.start + m.start("value"), seg.start + m.end("value")
            r.field("banner", (start, end), value)
            r.witness("classification_line", marking, start, end)
            r.banner_markings.append(marking)
            _raise_classification(r, marking, start, end)


def take_words_evidence(r: Reading) -> None:
    """Classification stated in words anywhere in the text (`NATO CONFIDENTIAL`, `VS -
    VERTRAULICH`, "paragraph 4 is classified SECRET", from `classification_in_words` of the
    marking vocabulary): evidence that the document holds text of that level, so its unmarked
    portions inherit at least that level (fail closed). Explicitly marked portions keep their
    marks, except under a reclassification stated in words (`reclassification_in_words`: "ALL
    PORTIONS ... ARE SECRET REGARDLESS OF THE PORTION MARKINGS", "should have been marked
    SECRET"), which raises every portion it names, or every portion (`governing`)."""
    text_in_any_case = r.text_in_any_case()
    seen = r.words_seen
    in_words = r.g.in_words
    # most documents hold none of these: a pattern is ruled out by its words (`in_words_candidates`),
    # else searched only near them
    for index in sorted(r.in_words_candidates()):
        pattern, kind, level = in_words[index]
        if kind == "controls_in_words":
            break  # (listed last: `take_controls_in_words`)
        for m in finditer_near_words(pattern.compiled, _search_words(r, pattern), r.text, text_in_any_case, seen,
                                     r.word_hits):
            marking = r.g.parse(level)
            r.witness(kind, marking, m.start(), m.end())
            treated = {"reclassification": "every portion it governs (all unless it names some) is",
                       "foreign_stamp": "every portion from it on, marked or not, is"}.get(kind, "unmarked portions are")
            r.problem("CLASSIFICATION_IN_WORDS", "warning",
                      f"'{m.group(0)}' says {level} in words; {treated} treated as at least {level}",
                      m.start(), m.end())


def take_controls_in_words(r: Reading) -> None:
    """Dissemination controls stated in words (`controls_in_words` of the marking vocabulary:
    `THIS PAGE CONTAINS NOFORN INFORMATION`, `Releasable to USA, AUS, CAN and NZL only`,
    "not to be shared with any foreign government"): evidence of the document's controls,
    which then cover every controlled portion (`with_stated_controls`)."""
    seen = r.words_seen
    in_words = r.g.in_words
    for index in sorted(r.in_words_candidates()):
        pattern, kind, spec = in_words[index]
        if kind != "controls_in_words":
            continue
        controls = spec.controls
        for m in finditer_near_words(pattern.compiled, _search_words(r, pattern), r.text, r.text_in_any_case(), seen,
                                     r.word_hits):
            if not _condition_stands(r, spec, m):
                continue  # (fix48e) a closed list with the UK, a box filled, a date not passed, a footnote of no condition
            if "excluded" in pattern.groupindex and "countries" not in pattern.groupindex:
                excluded_words = m.group("excluded") or ""
                if spec.excluded_names == "uk":
                    if not release_conditions.names_uk(r, excluded_words):
                        continue  # (fix48e) `exclude = AUSTRAC`: the UK is not left out
                elif spec.excluded_names == "uk_or_no_one":
                    if not (release_conditions.names_uk(r, excluded_words) or
                            release_conditions.names_no_one(r, excluded_words)):
                        continue  # (fix48e) `P5 minus China and Russia`: the members left out are named, not the UK
                elif not _names_foreign(r, excluded_words, _line_around(r, m.start(), m.end())):
                    continue  # "do not share it with the press": no one foreign is kept out
                if "exception" in pattern.groupindex and _exception_names_a_country(r, m.group("exception") or ""):
                    continue  # (fix47b) "FVEY partners except Canada": a list less the countries named, read elsewhere
                marking = r.g.parse("UNCLASSIFIED//" + "/".join(controls))
            elif "countries" in pattern.groupindex and spec.list_names_capitals:
                capitals_limit = _capitals_limit(r, m.group("countries") or "")
                if capitals_limit is None:
                    continue  # no capital named: main's reading of the line stands alone
                marking = capitals_limit
            elif "countries" in pattern.groupindex:
                countries = _countries_named(r, m.group("countries") or "", people=True)
                group_named, members = _groups_named(r, m.group("countries") or "")
                if spec.list_names_a_group and not group_named:
                    continue  # "may be shared with Canadian partners": no "only", no group, no limit
                main_reads_no_limit = len(countries) == 1 and (
                    spec.list_names_a_country or spec.list_names_a_group or not _ONLY_AT_END.search(m.group(0)))
                if main_reads_no_limit and not _negated_anywhere(r, m.start(), m.end()):
                    # a group's members stand in only where main's reading limits nothing: added to a list main read
                    # (`Canadian liaison cell (P3)`), instead of the US-only limit main reads from `releasable to the
                    # embassy security office (P3) only`, or beside a negation (`never to G7 partners`), they would
                    # release the text to more countries than main did (review43cd x17, v01-v14)
                    countries = list(dict.fromkeys([*countries, *members]))
                # (fix43c, review42c h13) a country named after a negation (`not releasable to the United Kingdom or
                # releasable to Canada only`, `except`, `other than`) is never added to the list, nor kept from a
                # group's members (fix43d)
                negated = set(_negated_countries(r, m.start(), m.start("countries"), m.end("countries"))[1:])
                dropped = bool(negated & set(countries))
                countries = [c for c in countries if c not in negated]
                excluded = set(_countries_named(r, m.group("excluded") or "", excepted=True, people=True)[1:]) \
                    if "excluded" in pattern.groupindex else set()
                if excluded:
                    # "the Five Eyes with the exception of the United Kingdom": the countries named,
                    # less those excepted; a group cannot lose a member here, so it goes (fewer, never more)
                    tetragraphs = set(r.g.vocabulary.tetragraphs)
                    countries = [c for c in countries if c not in excluded and c not in tetragraphs]
                elif "excluded" in pattern.groupindex:
                    continue  # no exception that can be read: the sentence limits nothing known
                elif len(countries) == 1 and not dropped and not group_named and \
                        (spec.list_names_a_country or not _ONLY_AT_END.search(m.group(0))):
                    continue  # `RELEASABLE TO THE BRITISH`: no list read, and no "only" that limits one
                # a list that names no partner limits the text to the United States
                marking = r.g.parse("UNCLASSIFIED//" + ("REL TO " + ", ".join(countries) if len(countries) > 1
                                                        else "NOFORN"))
            else:
                marking = r.g.parse("UNCLASSIFIED//" + "/".join(controls))
            if marking is not None and marking.valid:
                r.witness("dissemination_control", marking, m.start(), m.end())
            else:
                r.problem("GARBLED_MARK", "error", f"'{m.group(0)}' states a dissemination control that cannot be "
                          "read; the document is treated as not releasable to any partner", m.start(), m.end())
                r.witness("dissemination_control", r.g.parse("UNCLASSIFIED//NOFORN"), m.start(), m.end())


def _condition_stands(r: Reading, spec: object, m: re.Match[str]) -> bool:
    """(fix48e) Whether the checks a `controls_in_words` entry asks for (`release_conditions`) let its controls stand:
    a closed list that leaves the UK out, a form box not filled, an authorisation's end date passed, a release mark's
    footnote that states a condition. An entry that asks for none stands."""
    if getattr(spec, "list_leaves_out_uk", False) and \
            not release_conditions.list_leaves_out_uk(r, m.group("listed") or ""):
        return False
    if getattr(spec, "unless_box_filled", False) and release_conditions.box_filled(r, m.group("condition") or ""):
        return False
    if getattr(spec, "unless_condition_shown_met", False) and \
            release_conditions.condition_shown_met(r, m.group("condition") or ""):
        return False  # (fix49f) `[X] Personal names removed`, `countersigned="true"`
    if getattr(spec, "until_date_passed", False) and \
            not release_conditions.lapsed(r, m.start(), m.end(), m.group("until") or ""):
        return False
    if getattr(spec, "unless_both_hold_uk", False) and \
            group_intersections.both_hold_uk(r, m.group("first") or "", m.group("second") or ""):
        return False  # (fix50g) `NATO allies that are also Five Eyes members`
    if getattr(spec, "from_date_ahead", False) and \
            not release_conditions.not_yet_valid(r, m.start(), m.end(), m.group("since") or ""):
        return False  # (fix50f) `"dissem_valid_from": "2026-10-01"` in a record dated after it
    if getattr(spec, "unless_condition_completed", False) and \
            release_conditions.condition_completed(r, m.group("condition") or ""):
        return False  # (fix50f) `[X] Received (date 9 Nov 2026)` in the block the condition names
    if getattr(spec, "column_may_name_uk", False) and not release_conditions.column_may_name_uk(r, m.start()):
        return False  # (fix50f) a conditional cell in a column of another country's
    if not unmet_conditions.stands(r, spec, m):
        return False  # (fix51f) a waiting period run, a required box ticked, a condition shown satisfied or met
    words = tuple(getattr(spec, "footnote_conditions", ()) or ())
    if words and not release_conditions.footnote_states_condition(r, m.group("sign") or "", words):
        return False
    return True


def _capitals_limit(r: Reading, words: str) -> Marking | None:
    """(fix46h, adv184-009) A release list that names capitals for their countries (`REL: Washington, Canberra,
    Ottawa, Wellington`): a limit to the USA, the countries of the capitals named (`capital_cities`, `Whitehall` too)
    and the countries the words name otherwise; None where no capital is named or the words name a U.S. post
    (`Embassy Ottawa`, rules `reader_words.us_post`). Only a limit: stated controls intersect, so a list that names
    London keeps the UK as main did, and one that does not keeps the text from it (never more than main reads)."""
    if r.g.us_post.search(words):
        return None
    capitals = [code for name, code in r.g.vocabulary.government_seats().items() if _name_pattern(name, 0).search(words)]
    if not capitals:
        return None
    countries = list(dict.fromkeys([*_countries_named(r, words), *capitals]))
    marking = r.g.parse("UNCLASSIFIED//REL TO " + ", ".join(countries))
    return marking if marking is not None and marking.valid else r.g.parse("UNCLASSIFIED//NOFORN")


def _search_words(r: Reading, pattern: LazyPattern) -> Clauses:
    """The words an in-words pattern is searched near: joined where a choice follows them
    (`prefilter.joined_words`: `\\.pdf`, not `.` and `pdf`), once its own words are all in the
    text (a pattern they rule out is not taken apart again)."""
    if not may_match(pattern.words, r.text, r.text_in_any_case(), r.words_seen):
        return pattern.words
    return joined_words(pattern.pattern, pattern.flags)


_ONLY_AT_END = lazy(r"(?i)\bonly\W*$")
# (fix43c) where a release is stated again after a negation (`... or releasable to`, `but may be shared with`)
_RELEASE_AGAIN = lazy(r"(?i)\b(?:releasable|released|shared|passed|disclosed|provided|given|shown|forwarded)\s+(?:only\s+)?(?:to|with)\b")


def _negated_countries(r: Reading, start: int, countries_start: int, countries_end: int) -> list[str]:
    """(fix43c) The countries a releasability sentence names after a negation (rules `release_negations`: `not
    releasable to the United Kingdom`, `except`, `other than`), each up to the next release stated again; USA first.
    A negation just before the sentence's own release (`not releasable to ...`) negates its list's start."""
    words = r.g.vocabulary.release_negations
    if not words:
        return ["USA"]
    negation = _negation_pattern(tuple(words))
    text = r.text
    clause = max(text.rfind(c, 0, start) for c in ".;:\n") + 1
    spans: list[tuple[int, int]] = []
    lead = list(negation.finditer(text, clause, start))
    if lead and _RELEASE_AGAIN.search(text, lead[-1].end(), countries_start) is not None:
        spans.append((countries_start, countries_end))
    for n in negation.finditer(text, countries_start, countries_end):
        spans.append((n.end(), countries_end))
    found = ["USA"]
    for a, b in spans:
        again = _RELEASE_AGAIN.search(text, a, b)
        found += _countries_named(r, text[a:again.start() if again is not None else b], excepted=True)[1:]
    return list(dict.fromkeys(found))


def _negated_anywhere(r: Reading, start: int, end: int) -> bool:
    """Whether a negation of `release_negations` stands in the sentence of `start`..`end` before its end."""
    words = r.g.vocabulary.release_negations
    clause = max(r.text.rfind(c, 0, start) for c in ".;:\n") + 1
    return bool(words) and _negation_pattern(tuple(words)).search(r.text, clause, end) is not None


@functools.lru_cache(maxsize=8)
def _negation_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?i)(?:" + "|".join(("" if w.startswith("n'") else r"(?<![\w'])") + re.escape(w).replace(r"\ ", r"\s+")
                                            for w in sorted(words, key=len, reverse=True)) + r")(?![\w'])")


def _countries_named(r: Reading, words: str, excepted: bool = False, realms: bool = True,
                     ambiguous: bool = True, people: bool = False) -> list[str]:
    """The countries a releasability list in words names, USA first: trigraphs and tetragraphs
    of the vocabulary and the names of `country_names` (a plural too: "the Kiwis"). Anything else is left out, so a list
    that cannot be read releases to fewer countries, never to more. The countries a sentence `excepted` from its list
    also count the short names of `excepted_country_names` (`GB`: initials or gigabytes in a list of who may see the
    text would release it to the UK, review38b; in an exception it only keeps text from the UK). (fix50b) Those short
    names and offices are read in an exception with the UK's `ambiguous_offices` (`other than the Serious Fraud Office`:
    `exception_names`) unless the caller reads the UK named to keep a text releasable (`ambiguous=False`). (fix51g) With
    `people`, also the names of `country_names_read_to_limit` (`Canuck`, `Estonian`, `RAAF`): only callers for which
    more countries named can only raise."""
    vocabulary = r.g.vocabulary
    codes = {*vocabulary.countries, *vocabulary.tetragraphs}
    found = ["USA"]
    # (fix46c) the other realms, the Crown dependencies and the Overseas Territories by name (`crown_realm_names`:
    # "the Government of Barbados", "the States of Jersey"), read before their governments' words go; never the UK
    realm_codes = [code for name, code in vocabulary.crown_realm_names.items()
                   if _name_pattern(name, 0).search(words)] if realms else []
    if not excepted:  # (fix45e) "His Majesty's Government in Canada" is Canada's: the UK is not read from it
        words = r.g.crown_realm_government.sub(" ", words)
    for token in re.findall(r"\b[A-Z]{3,4}\b", words):
        if token in codes:
            found.append(token)
    names = {**vocabulary.country_names, **vocabulary.exception_names(ambiguous)} if excepted else vocabulary.country_names
    if excepted:
        words = _without_phrases_naming_no_one(r, words)
    if people:
        names = {**names, **getattr(vocabulary, "country_names_read_to_limit", {})}
    for name, code in names.items():
        if _name_pattern(name, 0).search(words):
            found.append(code)
    return list(dict.fromkeys(found + realm_codes))


# (fix43d) a group of states in a sharing sentence: a capitalised name (an acronym in parentheses may follow it)
# before a word for its states, or an acronym in parentheses alone ("Nordic-Baltic Eight (NB8) partners")
# ((fix44d) a word for its area may come between: "Schengen area partner services", "the Visegrad format capitals")
_GROUP_PHRASE = lazy(r"(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,3})(?:[ \t]+\((?P<acronym>[A-Z][\w\-]{1,9})\))?"
                     r"(?:[ \t]+(?:area|zone|format|bloc|region))?"
                     r"[ \t]+(?i:partners|partner\s+(?:nations|states|governments|countries|services|agencies|authorities)|"
                     r"governments|members|"
                     r"member\s+states|member\s+countries|allies|nations|countries|states|capitals|"
                     r"realms|dependencies|territories)\b"  # (fix46c: "the Caribbean realms", "the Crown dependencies")
                     r"|\((?P<alone>[A-Z][A-Z0-9\-]{1,9})\)")
_GROUP_ARTICLES = frozenset({"the", "our", "all", "any", "other", "fellow"})


def _groups_named(r: Reading, words: str) -> tuple[bool, list[str]]:
    """Does a sharing sentence's list of recipients name a GROUP of states, and its members (fix43d): a name or
    acronym of `country_groups` ("ANZUS partners", "the Weimar Triangle governments", "(NB8)"), or a capitalised name
    before a word for its states that is no country name, trigraph or tetragraph of the rules ("Pacific Islands
    Forum members"): a group the rules cannot expand, which names no member. The members only LIMIT the text (the
    list is intersected with every other): a group whose members are unknown limits it to the USA and the countries
    the words name. Names the rules already read ("Five Eyes partners", "NATO allies", "Canadian partners") are no
    group here."""
    vocabulary = r.g.vocabulary
    # (fix46c) "the British Overseas Territories", "HMG in Canada partners": no word of the UK's government
    words = r.g.crown_realm_government.sub(" ", words)
    groups = {name.casefold(): members for name, members in vocabulary.country_groups.items()}
    codes = {*vocabulary.countries, *vocabulary.tetragraphs}
    named, members = False, []
    for m in _GROUP_PHRASE.finditer(words):
        tokens = (m.group("name") or "").split()
        while tokens and tokens[0].casefold() in _GROUP_ARTICLES:
            tokens = tokens[1:]
        candidates = [" ".join(tokens[i:]) for i in range(len(tokens))]
        candidates += [a for a in (m.group("acronym"), m.group("alone")) if a]
        known = next((groups[c.casefold()] for c in candidates if c.casefold() in groups), None)
        if known is not None:
            named = True
            members.extend(known)
            continue
        if m.group("alone") is not None:
            if m.group("alone") in codes:
                continue  # "(FVEY)", "(GBR)": read as a code already
            if len(_countries_named(r, words, realms=False)) > 1:
                continue  # "(France, Germany)"-style lists are read by name; an acronym beside named countries
            named = True
            continue
        if not tokens or any(t in codes or t.upper() in codes for t in tokens) or \
                any(_name_pattern(name, re.IGNORECASE).search(" ".join(tokens))
                    for name in (*vocabulary.country_names, *vocabulary.government_seats())):
            continue  # "Five Eyes partners", "Canadian partners", "NATO allies": read by the rules already
        named = True
    # (fix49d, adv193-017) states named by a region that leaves the UK out (`partners in the Pacific`, `allies in Asia`,
    # `regions_leaving_out_uk`): a group whose members are unknown
    regions = vocabulary.regions_leaving_out_uk
    if regions and _region_phrase(tuple(regions)).search(words):
        named = True
    # (fix46c) a group of `country_groups` whose name is an acronym of four or more capitals, named bare ("releasable
    # only to CARICOM"): its members ((fix47d) digits too: "REL TO EU27")
    for name, known_members in vocabulary.country_groups.items():
        if len(name) >= 4 and name.isupper() and name.isalnum() and \
                re.search(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", words):
            named = True
            members.extend(known_members)
    return named, list(dict.fromkeys(members))


@functools.lru_cache(maxsize=4)
def _region_phrase(regions: tuple[str, ...]) -> re.Pattern[str]:
    """(fix49d) States named by a region (`partners in the Pacific`, `governments of Latin America`, `allies in the
    Asia-Pacific region`)."""
    names = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in sorted(regions, key=len, reverse=True))
    return re.compile(r"(?i)\b(?:partners?|allies|nations|countries|governments|states|members|services|agencies|"
                      r"authorities|capitals|realms)[ \t]+(?:in|of|from|across|around)[ \t]+(?:the[ \t]+)?(?-i:" +
                      names + r")(?![\w\-])")


@functools.lru_cache(maxsize=4096)
def _name_pattern(name: str, flags: int) -> re.Pattern[str]:
    """A name of a country, capital or audience as a word of a text (a plural too, any white
    space between its words), compiled once (not looked up again in `re`'s own cache, which the
    many names of the vocabulary would overrun)."""
    return re.compile(r"(?<![\w.])" + re.escape(name).replace(r"\ ", r"\s+") + r"s?(?!\w)", flags)


def _without_phrases_naming_no_one(r: Reading, words: str) -> str:
    """`words` without the phrases of `excepted_name_phrases_naming_no_one` (`Welsh rarebit`, `Scottish Widows`: fix45i):
    a name of `excepted_country_names` in them names no one."""
    for phrase in r.g.vocabulary.excepted_name_phrases_naming_no_one:
        words = _name_pattern(phrase, re.IGNORECASE).sub(" ", words)
    return words


def _names_foreign(r: Reading, words: str, line: str = "", wide: bool = True) -> bool:
    """Do the words a sentence keeps the text from name someone foreign: a country (trigraph,
    tetragraph or a name of `country_names`, in any case, a plural too: "the Canadians"), a
    capital city standing for its government (`capital_cities`: "not with London"; not when the
    words name a U.S. post there, "Embassy London"), or a foreign audience (`foreign_recipients`:
    host nation, coalition, locally employed staff). A trigraph counts only in a text that is not
    all capitals (`AND`, `CAN` are words there): (fix47b) the words, or the `line` they stand in
    (`releasable to GBR pending FDO approval`); in capitals, one that is no common English word (`GBR`, not `CAN`).
    (review51c) Only with `wide` (callers where naming someone can only raise) also the demonyms and services of
    `country_names_read_to_limit` and `the Yard`: where naming someone LOWERS a reading (`names_no_one`: `FVEY less one
    partner at the irish desk` would drop its NOFORN), main's names alone are read."""
    vocabulary = r.g.vocabulary
    mixed_case = any(c.islower() for c in words) or any(c.islower() for c in line)
    if any((mixed_case or token.casefold() not in r.g.unreadable_english) and
           (token in vocabulary.countries or token in vocabulary.tetragraphs)
           for token in re.findall(r"\b[A-Z]{3,4}\b", words) if token != "USA"):
        return True
    words = _without_phrases_naming_no_one(r, words)
    names = [name for name, code in {**vocabulary.country_names, **vocabulary.exception_names()}.items()
             if code != "USA"]
    names += vocabulary.foreign_audiences() + list(vocabulary.crown_realm_names)  # (fix46c; fix47b: the UK's offices)
    if wide:
        names += list(getattr(vocabulary, "country_names_read_to_limit", {}))  # (fix51g: `Canucks`, `the Estonians`)
    if not r.g.us_post.search(words):  # (`Embassy London`: rules, `reader_words.us_post`)
        names += list(vocabulary.government_seats())
    return any(_name_pattern(name, re.IGNORECASE).search(words) for name in names) or _hosts_from_post(r, words) or \
        _colloquial_uk(r, words) or (wide and _proper_uk(r, words))


def _proper_uk(r: Reading, words: str) -> bool:
    """(fix51d, adv197-004) Do the words call a UK body by a nickname that is a common word in lower case
    (`uk_government_names.proper_names`: `not to be passed to the Yard reps`), written as the rules write it
    (capitalised), or in words all in capitals? Read only where a sentence keeps a text from someone."""
    names = getattr(r.g.vocabulary.uk_government_names, "proper_names", ())
    upper = not any(c.islower() for c in words)
    return any(_name_pattern(n.upper() if upper else n, 0).search(words) for n in names)


def _colloquial_uk(r: Reading, words: str) -> bool:
    """(fix49d, adv193-010) Do the words call the UK by a colloquial name (`uk_government_names.colloquial`: `our
    friends across the pond`, `our cousins`) in a document that is not from a U.S. post in the UK (from London, `across
    the pond` is home)? Read only where a sentence keeps a text from someone."""
    names = getattr(r.g.vocabulary.uk_government_names, "colloquial", ())
    return any(_name_pattern(n, re.IGNORECASE).search(words) for n in names) and not _from_post(r)


def _hosts_from_post(r: Reading, words: str) -> bool:
    """(fix48d, adv190-011) Do the words name the host government (`uk_government_names.hosts`: `our hosts`) in a
    document from a U.S. post in that country (`U.S. Embassy London`: a `reader_words.us_post` word next to one of
    `uk_government_names.posts`)? Read only where a sentence keeps a text from someone."""
    spec = r.g.vocabulary.uk_government_names
    hosts = getattr(spec, "hosts", ())
    if not hosts or not any(_name_pattern(h, re.IGNORECASE).search(words) for h in hosts):
        return False
    return _from_post(r)


def _from_post(r: Reading) -> bool:
    """(fix48d) Is the document from a U.S. post in the UK (a post's word next to one of `uk_government_names.posts`:
    `U.S. Embassy London`, `Consulate General Belfast`)?"""
    posts = getattr(r.g.vocabulary.uk_government_names, "posts", ())
    if not posts:
        return False
    places = "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in posts)
    post = r"(?:embass(?:y|ies)|consulate(?:[ \t]+general)?|mission|post|station|AMEMBASSY|AMCONSUL|USEMB)"
    return re.search(r"(?i)\b" + post + r"[ \t]+(?:in[ \t]+|to[ \t]+)?(?:the[ \t]+)?(?:" + places + r")\b|\b(?:"
                     + places + r")[ \t]+" + post + r"\b", r.text) is not None




def _line_around(r: Reading, start: int, end: int) -> str:
    """(fix47b) The line(s) of the text from `start` to `end`, whole."""
    text = r.text
    return text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]


def _exception_names_a_country(r: Reading, words: str) -> bool:
    """(fix47b) Do the words of a sharing sentence's exception name a country (`FVEY partners except Canada`, `other
    than the FCDO`), so that the list less them is read by the other rules; an exception that names none (`except where
    the annex says otherwise`, `other than those named in para 4`) may keep the text from anyone. (fix50b) Naming a
    country here drops the sentence's own NOFORN, so an office whose name does not say the country (`other than the
    Ministry of Justice`: `ambiguous_offices`) names none."""
    return len(_countries_named(r, words, excepted=True, ambiguous=False)) > 1


def _damaged_classification(r: Reading, value: str, marking: Marking) -> Marking | None:
    """A `Classification:` value that reads only after undoing OCR or look-alike damage
    (`C0NFIDENTIAL`) is taken at that level and doubtful; one whose words come close to a level
    word (`CONFIDENTAIL`) is doubtful with no level. Either way the unmarked text it governs is
    withheld rather than taken as unclassified."""
    corrected = OCR_DAMAGED_WORD.sub(lambda m: m.group(0).translate(LOOK_ALIKE_DIGITS), value.upper())
    repaired = r.g.parse(corrected) if corrected != value.upper() else marking
    if repaired.level is not None:
        note = MarkingProblem("GARBLED_BANNER", "error", f"classification '{value[:60]}' reads as "
                              f"{repaired.banner()} only after correcting OCR or look-alike damage; "
                              f"a reviewer must confirm it")
        return replace(repaired, problems=(*repaired.problems, note))
    words = re.findall(r"[A-Z0-9]{4,}", corrected)
    level_words = [w for w in (*r.g.levels, *r.g.cable_first_words) if len(w) >= 4]
    if not any(difflib.get_close_matches(word, level_words, n=1, cutoff=0.75) for word in words):
        return None
    note = MarkingProblem("GARBLED_BANNER", "error", f"classification '{value[:60]}' looks like a level "
                          f"word but cannot be read; a reviewer must read it")
    return replace(marking, problems=(*marking.problems, note))



def _handling_classification(r: Reading, value: str, marking: Marking) -> Marking | None:
    """A `Classification:` value that states a designation in words rather than as a marking
    (`Sensitive But Unclassified`, `Official Use Only`: the `handling_statements` of the
    vocabulary, the words a handling line states; `Sensitive`: a cable caption that states a
    designation, `caption_designations`): an UNCLASSIFIED banner with that designation, so the
    text it governs is handled as the designation requires, whatever a footer says. Not when
    the rest of the value comes close to a level word (`Sensitive But Unclassified SECERT`)."""
    controls = []
    rest = value
    for pattern, cs in r.g.classification_statements:
        if pattern.search(rest):
            controls += cs
            rest = pattern.sub(" ", rest)
    if controls and _damaged_classification(r, rest, marking) is not None:
        return None
    implied = r.g.vocabulary.caption_designations
    captions = r.g.parse(value.upper()).captions
    if captions and all(c in implied for c in captions):
        controls += [implied[c] for c in captions]
    if not controls:
        return None
    marking = r.g.parse("UNCLASSIFIED//" + "/".join(dict.fromkeys(controls)))
    return replace(marking, raw=value) if marking.valid else None


def _states_no_marking(r: Reading, value: str, labelled: bool = True) -> bool:
    """A `Classification:` value that is prose (`Overall: the talks went well.`: a sentence,
    `_PROSE`, with nothing shaped like a marking, i.e. no word in capitals, no digit inside a
    word, no slash, no encoded word, no letter outside ASCII) or made only of words that say no
    marking is stated (`PENDING REVIEW`, `N/A`, `TBD`, a fare class: `classification_values_not_markings`
    of the vocabulary). A short value in words (`Internal`, `Proprietary`, `Protected B`) is a
    label that may state any level: not prose. After a bare `Overall:` (no word of
    classification in the label: `Overall: positive`) any value without a marking's shape is prose."""
    upper = r.g.parse(value.upper())
    if upper.level is not None or upper.designations or upper.dissem:
        return False  # a marking in sentence case (`Official Use Only`, `Noforn`): doubtful, not prose
    words = re.findall(r"[^\W\d_]+", value.casefold())
    if not words or not _MARKING_SHAPED.search(value) and (_PROSE.search(value) or not labelled):
        return True  # (no letter at all, `Class: 3`, states no level)
    allowed = r.g.vocabulary.classification_values_not_markings
    return all(word in allowed for word in words)


def _unreadable_classification(marking: Marking, value: str) -> Marking:
    """Any other value the grammar cannot read (`S3CR3T//N0F0RN`, an encoded word that does not
    decode) may state any level: doubtful, so the text it governs is withheld (fail closed)."""
    note = MarkingProblem("GARBLED_BANNER", "error", f"classification '{value[:60]}' cannot be read as a "
                          f"marking; a reviewer must read it")
    return replace(marking, problems=(*marking.problems, note))


def _raise_classification(r: Reading, marking: Marking, start: int, end: int, said: str = "classification line") -> None:
    """The document's classification raised by `marking` (read from `said`): the more
    restrictive of the two, and a mismatch when they differ."""
    current = r.classification
    if current is None or not marking.valid:
        if current is None or current.valid:
            r.classification = marking
        return
    if not current.valid:
        return
    combined = r.g.rollup([current, marking])
    if combined is not None and combined.banner() != current.banner():
        r.problem("BANNER_MISMATCH", "error", f"{said} {marking.banner()} differs from "
                  f"{current.banner()}; the document is treated as the more restrictive", start, end)
        r.classification = replace(combined, raw=current.raw)


def take_cable_banners(r: Reading) -> None:
    """Whole-line banners of a document read as a cable: each is evidence of its level too, so the highest counts
    (review37z: a `SECRET//NOFORN` banner over a body whose last line, a letter-spaced `U N C L A S S I F I E D`, was
    taken for the cable's classification line was dropped, and the unmarked text released as UNCLASSIFIED). Only a
    level above UNCLASSIFIED is taken: this can only raise what unmarked text inherits."""
    taken = [(e.start, e.end) for e in r.evidence]
    for seg in r.segs:
        marking = r.marks.banner_at(seg)
        if marking is None or not marking.valid or marking.level is None or marking.rank == 0:
            continue
        start = seg.start + len(seg.text) - len(seg.text.lstrip())
        end = seg.start + len(seg.text.rstrip())
        if any(s < end and start < e for s, e in taken):
            continue
        r.evidence.append(Evidence("banner", marking, start, end, seg.stripped))


def declared_marking(r: Reading) -> Marking | None:
    """The classification line or banner, with the captions and handling statements added."""
    marking = r.classification
    if marking is None:
        return None
    vocabulary = r.g.vocabulary
    captions = [c for c in dict.fromkeys(r.captions) if c not in vocabulary.caption_designations]
    designations = list(marking.designations)
    if marking.rank == 0:
        for caption in r.captions:
            implied = vocabulary.caption_designations.get(caption)
            if implied and implied not in designations:
                designations.append(implied)
        for d in r.designations:
            if d not in designations:
                designations.append(d)
    dissem = list(marking.dissem)
    for c in captions:
        if c in vocabulary.dissemination and c not in dissem:
            dissem.append(c)
    # a caption line such as NOFORN stays a caption too: it covers every portion of the cable
    all_captions = tuple(dict.fromkeys([*marking.captions, *captions]))
    if tuple(designations) == marking.designations and tuple(dissem) == marking.dissem \
            and all_captions == marking.captions:
        return marking  # (nothing added: the parsed banner itself, whose roll-ups are kept)
    return replace(marking, designations=tuple(designations), dissem=tuple(dissem), captions=all_captions)


def inherit(r: Reading, kind: str, portions: list[Portion],
            declared: Marking | None) -> tuple[list[Portion], Marking | None, Marking | None]:
    """Portions with their final markings, the roll-up of the explicit marks, and what an
    unmarked portion inherits."""
    if declared is not None and not declared.valid:
        declared = _designation_banner(r, declared) or declared  # (`FOR OFFICIAL USE ONLY` alone)
    embedded: dict[int, list[tuple[Marking, int, int]]] = {}
    pieces = []
    inserted = inserted_spans(r)
    if inserted:  # text a redline shows as moved in is not marked by the portion it sits in
        portions = [q for p in portions for q in (inserted_pieces(r, p, inserted) or [p])]
    for p in portions:
        found = _marks_inside(r, p)
        quoted = quoted_pieces(r, p, found) if found else None  # (a quotation marked at its end: `quotes`)
        for piece in quoted or (_split_at_raising_marks(r, p, found) if p.explicit and found else [p]):
            embedded[piece.start] = [f for f in found if piece.start <= f[1] < piece.end and f[1] != piece.mark_start] \
                if found else []
            pieces.append(piece)
    portions = pieces
    portions = [p.with_marking(_with_embedded(r, p, p.marking, embedded[p.start]))
                if p.explicit and embedded[p.start] else p for p in portions]
    explicit = [p.marking for p in portions if p.explicit and p.marking is not None]
    portion_marked = bool(explicit)
    rollup = r.g.rollup(explicit) if explicit else None
    # Unmarked portions take the overall marking, and never less than what the portions show
    # (fail closed when the banner is lower than its portions).
    indicator = _security_indicator(r, declared)
    # every piece of evidence with a level counts: the document is at least what any says (a
    # dissemination control stated in words has none: "do not share it with the British" says
    # nothing about the level of a text that no banner marks, so it cannot make it UNCLASSIFIED;
    # nor can a designation stated in words, "do not forward outside the mission": an
    # UNCLASSIFIED//SBU statement adds SBU to what marks the document, and marks nothing itself)
    levelled = [e for e in r.evidence if e.marking is not None and e.marking.valid and e.kind != "dissemination_control"
                and e.marking.rank > 0]
    evidence = [e.marking for e in levelled]
    # (a foreign stamp governs the text after it, not the whole: `governing.govern` raises that;
    # a file name's classification that heads a section of pasted text governs that section:
    # `sections.sections`)
    local = {id(r.evidence[k]) for k in scoped(r)}
    overall = [e.marking for e in levelled if e.kind != "foreign_stamp" and id(e) not in local]
    sources = [m for m in (declared, rollup, indicator, *overall) if m is not None]
    controls = [e.marking for e in r.evidence if e.marking is not None and e.marking.valid
                and (e.kind == "dissemination_control" or e.marking.rank == 0)]
    inherited = r.entire_text or (r.g.rollup([*sources, *controls]) if sources else None)
    if declared is not None and not declared.valid:
        inherited = declared
    inherited = _classification_authority(r, declared, inherited)
    if declared is None and indicator is None and not evidence and r.entire_text is None and portion_marked \
            and inherited is not None and inherited.valid and any(not p.explicit for p in portions):
        # Nothing marks the document as a whole, only its portions: the marks that could be read
        # say nothing about the text that has none (a banner lost in copying or not read).
        note = MarkingProblem("UNMARKED_WITHOUT_BANNER", "error", "no banner or classification line says what "
                              "unmarked text is; an unmarked portion is doubtful")
        inherited = replace(inherited, problems=(*inherited.problems, note))
    parts = _closed_parts(r, kind, declared, portions, local) if inherited is not None and inherited.valid else []
    # (a message of a chain under its own classification line: `messages.message_parts`)
    parts += message_parts(r, kind, declared, inherited, portions, local)
    parts += tearline_parts(r, inherited, portions, local)  # (the text between a tearline and its end)
    parts += page_parts(r, kind, declared, inherited, portions, local)  # (a page under its own banner: `pages`)
    result = []
    for p in portions:
        if not p.explicit:
            owns = [level for start, end, level in parts if start <= p.start and p.end <= end]
            own = owns[0] if len(owns) == 1 else r.g.rollup(owns)  # (a closed part inside a message: the higher)
            if own is not None and own.rank < inherited.rank:  # type: ignore[union-attr]
                r.problem("PART_BANNER", "info", f"unmarked {p.kind} inside a part that its own banners mark "
                          f"{own.banner()} above and below; treated as {own.banner()}", p.start, p.end)
                result.append(p.with_marking(_with_embedded(r, p, own, embedded[p.start])))
                continue
            if inherited is None:
                r.problem("NO_MARKING", "error", "portion has no marking and the document declares none",
                          p.start, p.end)
            elif portion_marked and r.entire_text is None:
                severity: Severity = "warning" if p.kind in ("subject", "heading") else "error"
                treated = f"treated as {inherited.banner()}" if inherited.valid else "doubtful (withheld)"
                r.problem("UNMARKED_PORTION", severity,
                          f"unmarked {p.kind} in a portion-marked document; {treated}", p.start, p.end)
            p = p.with_marking(_with_embedded(r, p, inherited, embedded[p.start]))
        result.append(p)
    if declared is None:
        result = _with_captions(r, result)
    result = _continuations(r, result)
    if declared is None and not portion_marked and r.text.strip():
        r.problem("NO_MARKING", "error", "no classification line, banner or portion mark found", 0, 0)
    if declared is not None and rollup is not None:
        _check_cover(r, kind, result, declared, rollup)
    # (then: statements that govern text elsewhere and foreign stamps, `governing.govern`, and the
    # controls stated for the document, `with_stated_controls`)
    return result, rollup, inherited




def _closed_parts(r: Reading, kind: str, declared: Marking | None, portions: list[Portion],
                  local: set[int]) -> list[tuple[int, int, Marking]]:
    """Parts of a file that the same banner closes above and below, with no other banner
    between (a page, a slide, a tab, one message of a chain whose `Classification:` lines frame
    it), and the marking their unmarked text takes: that banner, raised by every mark and
    every piece of evidence inside the part, and by the evidence that no such part holds
    (fail closed: a statement whose reach is not known reaches every part). A page marked
    UNCLASSIFIED top and bottom in a SECRET file is an UNCLASSIFIED page; text between two
    different banners, or after the last one, keeps what the whole file says."""
    if kind != "document" or declared is None or not declared.valid or r.entire_text is not None:
        return []
    banners = r.banners_of_two_levels(3)
    if not banners:
        return []
    closed = [(top.end, bottom.start, top.marking) for top, bottom in zip(banners, banners[1:])
              if top.marking.banner() == bottom.marking.banner()]  # type: ignore[union-attr]
    chain = len(r.g.part_message_header.compiled.findall(r.text)) >= 2  # (a file of two messages or more)
    every = _word_runs(r, 0, len(r.text))
    closed = [(start, end, banner) for start, end, banner in closed if _item_of_its_own(r, start, end, chain, every)]
    if not closed:
        return []
    inside = [(start, end) for start, end, _ in closed]

    def within(start: int, end: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in inside if s <= start and end <= e), None)

    others = [e for e in r.evidence if e.kind not in BANNER_KINDS and id(e) not in local and e.kind != "foreign_stamp"]
    anywhere = [e for e in others if within(e.start, e.end) is None]
    authority_anywhere = any(f.name in _AUTHORITY_FIELDS and within(f.start, f.end) is None for f in r.fields)
    parts = []
    for start, end, banner in closed:
        said = [banner, *(e.marking for e in anywhere if e.marking is not None and e.marking.valid)]
        said += [e.marking for e in others if e.marking is not None and e.marking.valid and start <= e.start < end]
        said += [p.marking for p in portions if p.explicit and p.marking is not None and start <= p.start < end]
        level = r.g.rollup(said)  # type: ignore[arg-type]
        if level is None or not level.valid:
            continue
        if level.rank == 0 and (authority_anywhere or any(f.name in _AUTHORITY_FIELDS and start <= f.start < end
                                                          for f in r.fields)):
            continue  # classified after all, at a level nobody wrote down (`_classification_authority`)
        parts.append((start, end, level))
    return parts


def _item_of_its_own(r: Reading, start: int, end: int, chain: bool, every: Counter[tuple[str, ...]]) -> bool:
    """Does the part between a top banner ending at `start` and a bottom banner at `end` say
    that it is an item of its own (`banner_parts` of the marking vocabulary: a separator line
    above its banner, a heading under it), and hold no run of words that the file also holds
    outside it (the same text under two banners, as a message's plain-text and HTML
    alternatives: the highest governs)? `chain`: the file holds two message headers or more;
    `every`: the runs of words of the whole file (`_word_runs`)."""
    g, text = r.g, r.text
    top = text.rfind("\n", 0, start) + 1
    above_line, line_end = "", top - 1  # (the last line above the banner that holds text)
    while line_end > 0 and not above_line:
        line_start = text.rfind("\n", 0, line_end) + 1
        above_line, line_end = text[line_start:line_end].strip(), line_start - 1
    below, at = "", start  # (the first line under it that holds text)
    while at < end and not below:
        line_end = text.find("\n", at, end)
        line_end = end if line_end == -1 else line_end
        below, at = text[at:line_end].strip(), line_end + 1
    if not (g.part_separator.compiled.search(above_line) or g.part_heading.compiled.search(below)
            or chain and g.part_message_header.compiled.search(below)):
        return False
    return not any(every[run] > count for run, count in _word_runs(r, start, end).items())


_PART_RUN = 8  # words in a row that make a part's text the same as text outside it


def _word_runs(r: Reading, start: int, end: int) -> Counter[tuple[str, ...]]:
    """The runs of `_PART_RUN` words of `text[start:end]` (`repeated.word_runs`), leaving out the
    header lines a chain repeats in every message (`From:`, `Subject:`)."""
    return word_runs(r.text[start:end], _PART_RUN, r.g.part_repeated_header.compiled)


def _marks_inside(r: Reading, p: Portion) -> list[tuple[Marking, int, int]]:
    """Marks inside a portion besides its own: after a sentence end or a table bar, and at the
    end of its last line."""
    found = r.marks.embedded(r.text, p.mark_end or p.body_start, p.end)
    found.extend(f for f in _caption_marks(r, p) if all(f[1] != s for _, s, _ in found))
    found.extend(f for f in _introducing_marks(r, p) if all(f[1] != s for _, s, _ in found))
    after = p.body_start
    if p.mark_end is not None and p.body_start < p.mark_end < p.end:
        # a label kept in the portion (`[07:43] jtran: (U) (S) ...`): what stands after its mark,
        # past Markdown emphasis (`*(U)* (S) ...`)
        after = p.mark_end
        while after < p.end and r.text[after] in " \t*_":
            after += 1
    if p.mark_end is not None and after < p.end and r.text[after] in "([{":
        stacked = r.marks.stacked(r.text, after, p.end)  # `3. (U) (S) The ...`: a stale mark left before the new one
        if stacked is not None and all(stacked[1] != s for _, s, _ in found):
            found.append(stacked)
    if p.end > p.body_start and (r.text[p.end - 1] in ")\"'" or r.text[p.end - 2:p.end] in (").", ")!", ")?")):
        trailing = r.marks.trailing(last_line(r, p.body_start, p.end))
        if trailing is not None and trailing[1] != p.mark_start and all(s != trailing[1] for _, s, _ in found):
            found.append(trailing)
    # a higher mark in the middle of a line (`..., (C) THE VICE MINISTER ...`): it raises the portion; in unmarked
    # text split off a marked portion too (open36a: a chat message's indented line, `    Per the chief, (S) the ...`)
    if p.explicit or p.marking is None and any(cut == p.start for _, cut in r.wrap_splits):
        seen = {s for _, s, _ in found} | ({p.mark_start} if p.mark_start is not None else set())
        inline = inline_marks(r, p.mark_end or p.body_start, p.end, seen)
        if inline:
            found = sorted([*found, *inline], key=lambda f: f[1])
    elif p.mark_start is None:
        # unmarked text (a paragraph with no mark, a chat message, a list item): a mark after a clause break
        # (`said that, (S) the army ...`) or a list item's letter that reads as a mark raises it (open37a, review36a)
        seen = {s for _, s, _ in found}
        inline = inline_marks(r, p.body_start, p.end, seen, unmarked=True)
        if inline:
            found = sorted([*found, *inline], key=lambda f: f[1])
    return found


def _split_at_raising_marks(r: Reading, p: Portion, found: list[tuple[Marking, int, int]]) -> list[Portion]:
    """A marked portion with a more restrictive mark after a sentence end inside it (`1. (U) ...
    March. [S//NF] The station ...`): the text before that mark keeps the portion's own mark,
    the text from it to the end takes both marks (fail closed). A mark that would lower the
    portion, or one that cannot be read, does not split it (it raises the whole portion)."""
    if p.marking is None or not p.marking.valid:
        return [p]
    pieces, current = [], p
    for mark, start, end in found:
        caption = _caption_start(r, current, start)
        if caption is not None and mark.valid and current.marking is not None:
            raised = r.g.rollup([current.marking, mark])
            if raised is not None and raised.banner() != current.marking.banner():
                before = r.text[current.body_start:caption].rstrip()
                pieces.append(Portion(current.start, current.body_start + len(before), current.body_start, current.kind,
                                      current.number, current.marking, True, current.mark_start, current.mark_end))
                r.problem("EMBEDDED_MARK", "warning", f"a caption's portion mark {mark.portion_mark()} inside this "
                          f"{p.kind}; the caption and the text after it are treated as {raised.portion_mark()}",
                          start, end)
                current = Portion(caption, p.end, caption, p.kind, None, replace(raised, raw=mark.raw), True, start, end)
            continue
        before = r.text[current.body_start:start].rstrip(" \t")
        line_end = r.text.find("\n", end)
        rest = r.text[end:line_end if line_end != -1 else len(r.text)]
        gap = r.text[current.body_start + len(before):start]
        if not mark.valid or current.marking is None or not before or before[-1] not in ".!?\"')]" \
                or not rest.strip() or len(gap) > 2 or "\t" in gap or rest[:1] in ".,!?)]}>—–":
            # a mark at a line end or closed by punctuation (it marks what comes before it: `... the
            # budget committee’(C). He asked`, round 48; not a colon: `[COMMENT] (C): DEPUTY ...` opens text), after a table bar, a wide gap (a
            # second column), an enumerator or a label (`-- LINDQVIST: (SBU)`, whose speaker would
            # be left behind): the whole portion is raised below
            continue
        raised = r.g.rollup([current.marking, mark])
        if raised is None or raised.banner() == current.marking.banner():
            continue
        body = end
        while body < p.end and r.text[body] in " \t":
            body += 1
        pieces.append(Portion(current.start, current.body_start + len(before), current.body_start, current.kind,
                              current.number, current.marking, True, current.mark_start, current.mark_end))
        r.problem("EMBEDDED_MARK", "warning", f"a second portion mark {mark.portion_mark()} inside this {p.kind}; "
                  f"the text from it on is treated as {raised.portion_mark()}", start, end)
        current = Portion(start, p.end, body, p.kind, None, replace(raised, raw=mark.raw), True, start, end)
    return [*pieces, current]


def _caption_marks(r: Reading, p: Portion) -> list[tuple[Marking, int, int]]:
    """Portion marks right after a caption's label and number at the start of a line of `p` after
    its first (`Table 2 (S//NF). Planned deliveries`): what `_split_at_raising_marks` splits at."""
    labels = r.g.vocabulary.caption_labels
    text = r.text
    if not labels or text.find("\n", p.body_start, p.end) == -1 or text.find("(", p.body_start, p.end) == -1 \
            or not any(text.find(label, p.body_start, p.end) != -1 for label in labels):
        return []
    pattern = _caption_pattern(labels)
    found = []
    line = text.find("\n", p.body_start, p.end)
    while line != -1:
        m = pattern.match(text, line + 1, p.end)
        if m is not None and m.group("mark"):
            marking = r.marks.read_mark(m.group("mark")[1:-1])
            if marking is not None and marking.level is not None:
                found.append((marking, m.start("mark"), m.end("mark")))
        line = text.find("\n", line + 1, p.end)
    return found


_INTRODUCING_LABEL = (r"\b(?i:begin[ \t]+)?(?i:comment|note|text|quote|summary|assessment|analysis|background|"
                      r"readout|translation|excerpt|remark|aside)\b\]?")
_INTRODUCING_MARK = lazy(r"(?m)[(\[](?P<mark>[A-Za-z][A-Za-z/ ,\-]{0,39})[)\]][ \t]*(?::|;|—|–|--?|\.{3}|…)[ \t]*$"
                         # ... or after a label inside a line, before its colon or dash: `... this month.
                         # BEGIN COMMENT (C): A deputy ...`, `[COMMENT] (C):`, `Embassy comment (c) --`
                         # (round 41, 44; lower case only before a dash: `see note (c):` is an item); a
                         # few words after the label only in capitals (`Text of AMMAN 4410 [S]:`)
                         r"|" + _INTRODUCING_LABEL + r"[ \t]*[(\[](?:(?P<label_mark>[A-Z][A-Za-z/ ,\-]{0,39})[)\]]"
                         r"[ \t]*(?::|—|–|--|\.{3}|…)|(?P<lower_mark>[a-z]{1,2})[)\]][ \t]*(?:—|–|--))"
                         r"|" + _INTRODUCING_LABEL + r"[^()\[\]\n:.;]{1,40}?[ \t][(\[](?P<far_mark>[A-Z][A-Z/ ,\-]{0,39})[)\]]"
                         r"[ \t]*(?::|—|–|--|\.{3}|…)")


def _introducing_marks(r: Reading, p: Portion) -> list[tuple[Marking, int, int]]:
    """A mark that ends a line before its colon, introducing what follows (`BEGIN TEXT OF AMMAN
    4410 (SECRET):` above the quoted telegram, in the same portion): the text it introduces is
    at that level, so it raises the portion that holds it (round 38)."""
    if r.text.find(")", p.body_start, p.end) == -1 and r.text.find("]", p.body_start, p.end) == -1:
        return []
    found = []
    for m in _INTRODUCING_MARK.finditer(r.text, p.body_start, p.end):
        if m.start() == p.mark_start:
            continue
        group = next(g for g in ("mark", "label_mark", "lower_mark", "far_mark") if m.group(g) is not None)
        marking = r.marks.read_mark(m.group(group))
        if marking is not None and marking.level is not None:
            found.append((marking, m.start(group) - 1, m.end(group) + 1))
    return found


def _caption_pattern(labels: list[str]) -> re.Pattern[str]:
    """A caption's label and number at a line start, then (group `mark`) a portion mark if one follows."""
    pattern = _CAPTION.get(tuple(labels))
    if pattern is None:
        pattern = _CAPTION[tuple(labels)] = compile_pattern(
            r"[ \t]*(?:" + "|".join(map(re.escape, labels)) + r")[ \t]+(?:[A-Z]|\d{1,3})(?:[.\-]\d{1,3})?[.:]?[ \t]*"
            r"(?P<mark>\([^()\n]{1,40}\))?")
    return pattern


def _caption_start(r: Reading, p: Portion, start: int) -> int | None:
    """The start of the line a mark at `start` heads as a caption's (`Table 2 (S//NF).`: a label of
    `caption_labels` and its number before it on its line), when the portion's text above that
    line ends a sentence (else the caption may continue it: None)."""
    labels = r.g.vocabulary.caption_labels
    line = r.text.rfind("\n", 0, start) + 1
    if not labels or line <= p.body_start:
        return None
    m = _caption_pattern(labels).match(r.text, line)
    above = r.text[p.body_start:line].rstrip()
    if m is None or m.start("mark") != start or not above or above[-1] not in ".!?":
        return None
    return line


_CAPTION: dict[tuple[str, ...], re.Pattern[str]] = {}


# An HTML tag that opens or closes a block (a paragraph, list item, table row, heading): a long
# line before it was not wrapped there (`<br>` may be); a line that stops on a function word or
# a comma may still go on after it (`... for <p>(U) the army ...` keeps the mark above).
_BLOCK_TAG = compile_pattern(r"</?(?:p|div|li|tr|h[1-6]|blockquote|table|ul|ol)\b", re.IGNORECASE)


def _block_tag_break(r: Reading, offset: int) -> bool:
    """Is the view's line end at `offset` an HTML block tag of the original?"""
    view = r.view
    if view.identity:
        return False
    at = view.to_original(offset)  # (a character of the tag: the tag is the `<` before it)
    tag = view.original.rfind("<", max(0, at - 200), at + 1)
    return tag >= 0 and ">" not in view.original[tag:at] and _BLOCK_TAG.match(view.original, tag) is not None


def _continuations(r: Reading, portions: list[Portion]) -> list[Portion]:
    """A line right under a line of the portion above that ends mid-sentence may go on with that
    portion, so it keeps that portion's marking as well as its own (a mark there can raise what it
    marks, never lower it): a mark at the start of the line under a wrapped line, or one that stops
    on a function word or a comma (`... under INA 101(a)(15)` / `(U) because ...`, `... indicted in
    2024 for` / `(U) visa fraud`); and a line that ends with a mark and starts with a small letter
    (`... east of the` / `river tonight. The weather is fine. (U)`: which sentence the mark marks
    cannot be told; as a portion of its own it released the end of the sentence above)."""
    out: list[Portion] = []
    for p in portions:
        prev = out[-1] if out else None
        mark = p.marking
        if prev is None or not p.explicit or mark is None or not mark.valid or prev.end > p.start \
                or p.start in r.form_questions:  # (a form's next question, under the answer above: `tables.form_answers`)
            out.append(p)
            continue
        line_start = r.text.rfind("\n", 0, p.start) + 1
        prev_start = r.text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        prev_line = r.text[prev_start:max(line_start - 1, prev_start)]
        above = line_start > 0 and bool(prev_line.strip()) and prev.start <= prev_start < max(prev.end, prev_start + 1) \
            and not ends_sentence(r.g, prev_line) and not _closed_line(r, prev_line, _line_at(r.text, p.start))
        if above and p.kind == "paragraph" and p.number is None and p.mark_start == p.start \
                and r.text[line_start:p.start].strip() == "" \
                and (len(prev_line.rstrip()) >= 0.75 * wrap_width(r) and not _block_tag_break(r, line_start - 1)
                     and not _parallel_records(r, prev, prev_start, p) or r.g.unfinished_line.compiled.search(prev_line)
                     or _in_lower_case(r.text[p.start:p.mark_end or p.start])):
            p = _keep_above(r, prev, p, f"{mark.portion_mark()} starts a line that may continue the portion above")
        elif above and p.mark_start is not None and p.mark_start > p.start and r.text[p.start:p.start + 1].islower() \
                and prev_line.rstrip()[-1:] not in ":;" and _RECORD_KEY.fullmatch(r.text, line_start, p.mark_start) is None \
                and FIELD_LINE.fullmatch(r.text, line_start, p.mark_start) is None:  # (`title = {(U) ...`: the field's own)
            p = _keep_above(r, prev, p, f"a line ending with {mark.portion_mark()} goes on with a sentence the "
                                        f"line above left open")
        out.append(p)
    return out


def _in_lower_case(mark: str) -> bool:
    """Is a mark written in small letters (`(u)`, `(s//nf)`)? Portion marks are written in capitals: under a line
    that ends mid-sentence, such a `(u)` is a list's or a citation's letter that a wrap put at the line start
    (`subsections (k) through` / `(u) of the draft decree`, adv147-001), so its line keeps the paragraph's level."""
    return any(c.isalpha() for c in mark) and not any(c.isupper() for c in mark)


# the key a record's line opens with after its mark: a time (`0910`, `14:20`, `0910Z`) or a word and a number
# (`Box 2`, `Case 14`), then a space or a dash, colon or stop
_RECORD_OPENING = lazy(r"[ \t]*(?:(?P<time>\d{1,2}:\d{2}(?::\d{2})?|\d{4}Z?)|(?P<word>[A-Za-z]{2,12})[ \t]+\d{1,4})"
                       r"(?=[ \t]|[-–—:.,][ \t])")


def _parallel_records(r: Reading, prev: Portion, prev_start: int, p: Portion) -> bool:
    """Is the marked line `p` a record of its own like the line above it: the portion above is that one
    line, opening with its own mark, and both lines go on after their marks with a key of the same
    shape (a log's `(S//NF) 0910 ...` / `(U) 1000 ...`, an inventory's `(S) Box 2 - ...` / `(U) Box 3 -
    ...`, rounds 72, 107)? A new record's key after a mark opens no continuation of a sentence (a line above
    that stops on a function word or a comma still may go on: `_continuations`)."""
    if not prev.explicit or prev.start != prev_start or prev.mark_start != prev.start \
            or prev.mark_end is None or p.mark_end is None:
        return False
    a, b = _RECORD_OPENING.match(r.text, prev.mark_end), _RECORD_OPENING.match(r.text, p.mark_end)
    if a is None or b is None:
        return False
    if a.group("time") or b.group("time"):
        return a.group("time") is not None and b.group("time") is not None \
            and re.sub(r"\d", "9", a.group("time")) == re.sub(r"\d", "9", b.group("time"))
    return a.group("word").casefold() == b.group("word").casefold()


# Markup that closes after the text it holds (`{++ ... ++}`, `<ins>...</ins>`, `**...**`): the sentence
# before it may end inside it (`... until it is operational. ++}`)
_CLOSING_MARKUP = lazy(r"(?:[ \t]*(?:[+\-~]{1,2}\}|</[A-Za-z][A-Za-z0-9]{0,10}[ \t]*>|\*\*|~~))+[ \t]*$")
# a record's key before the mark that opens its line (`item: (U) ...`, `description: (U) ...`): the
# mark leads the line, it does not end a sentence from the line above
_RECORD_KEY = lazy(r"[ \t]*[a-z][a-z]{1,11}(?:[A-Z][a-z]{1,11})?:[ \t]+")
# a line of rule characters alone (`-----`, `=====`, `_____`), a drawn rule under or over a box
_RULE_LINE = lazy(r"[ \t]*([-=*_~#])\1{4,}[ \t]*$")


def _closed_line(r: Reading, above: str, line: str) -> bool:
    """Does the line `above` close where it stops, so that the marked line under it cannot go on
    with it? A rule (`-----`) or a heading between rules (`--- Reply from t.hale ---`: a separator
    of a thread or a box, no sentence); an insertion's closing markup after a sentence's end
    (`... operational. ++}`, `... fail by January.</ins>`); a Markdown admonition's title
    (`!!! note "Classification levels"`, round 89); a line of no words (an SRT cue's timing,
    `00:00:03,600 --> 00:00:08,000`) or a chat export's message header (`Park, Mina  11/21 8:55 AM`),
    round 101; a table row whose next row, with as many cells, is the marked line (`(S//NF) | Black
    Sea Bunkering | ...` / `(U) | admin | ...`, round 88)."""
    stripped = above.strip()
    if _RULE_LINE.match(stripped) is not None or stripped[:1] in "-=*_~#" \
            and r.g.ruled_heading.fullmatch(stripped) is not None:
        return True
    closing = _CLOSING_MARKUP.search(above)
    if closing is not None and closing.start() > 0 and ends_sentence(r.g, above[:closing.start()]):
        return True
    if stripped[:1] in "!?" and stripped.endswith('"') and r.g.admonition.match(stripped) is not None:
        return True
    if stripped and not any(c.isalpha() for c in stripped):
        return True  # a line of no words (a caption cue's timing, `00:00:03,600 --> 00:00:08,000`, round 101): no sentence
    if ":" in stripped[-8:] and r.g.chat_message_header.match(stripped) is not None:
        return True  # a chat export's message header (`Park, Mina  11/21 8:55 AM`, round 101): the message is under it
    cells = stripped.count("|")
    return cells >= 2 and line.count("|") == cells and line.lstrip(" \t").split("|", 1)[0].strip()[:1] in "([" \
        and stripped.split("|", 1)[0].strip()[:1] in "(["


def _line_at(text: str, start: int) -> str:
    """The text from `start` to the end of its line."""
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)]


def _keep_above(r: Reading, prev: Portion, p: Portion, said: str) -> Portion:
    """`p` with the marking of `prev` kept as well as its own (`_continuations`)."""
    assert p.marking is not None
    kept = prev.marking if prev.marking is None or not prev.marking.valid else r.g.rollup([prev.marking, p.marking])
    if kept is not None and kept.valid and kept.banner() == p.marking.banner():
        return p
    shown = kept.portion_mark() if kept is not None and kept.valid else "doubtful"
    r.problem("CONTINUED_PORTION", "warning", f"{said}; the text is treated as {shown}",
              p.mark_start or p.start, p.mark_end or p.mark_start or p.start)
    return p.with_marking(kept)


def _banner_controls(r: Reading, declared: Marking | None) -> Marking | None:
    """The controls of the declared marking that cover every controlled portion
    (`banner_controls_cover_portions` of the vocabulary: a banner's REL TO, DISPLAY ONLY and
    DL ONLY lists), as a marking of their own; None when it has none."""
    covering = r.g.vocabulary.banner_controls_cover_portions
    if declared is None or not declared.valid or not (declared.rel_to or declared.dissem):
        return None
    parts = []
    if "REL TO" in covering and declared.rel_to:
        parts.append("REL TO " + ", ".join(declared.rel_to))
    for control in declared.dissem:
        if control in covering:
            listed = declared.display_only if control == "DISPLAY ONLY" else ()
            parts.append(control + (" " + ", ".join(listed) if listed else ""))
    if not parts:
        return None
    marking = r.g.parse("UNCLASSIFIED//" + "/".join(parts))
    return marking if marking.valid else None


def _orphan_banner_controls(r: Reading, portions: list[Portion], declared: Marking | None) -> Marking | None:
    """The dissemination controls of the declared marking (`UNCLASSIFIED//LES//NOFORN`) that no
    portion mark carries: a banner rolls up its portions, so they belong to portions whose marks
    left them out, and nobody can tell which: every controlled portion carries them (fail
    closed), as a marking of their own; None when every control is carried. A banner that reads but for
    words that are no token (`... - NOT RELEASABLE TO FOREIGN NATIONALS OR CONTRACTORS`) counts too: its
    controls only raise (round 132), and so does a banner that only lacks its level (`NOFORN / FOR OFFICIAL USE
    ONLY`, round 137)."""
    if declared is None or not declared.dissem:
        return None
    if not declared.valid and not all(p.code in ("UNKNOWN_TOKEN", "INCOMPLETE") or p.severity != "error"
                                      for p in declared.problems):
        return None
    carried = {d for p in portions if p.explicit and p.marking is not None and p.marking.valid for d in p.marking.dissem}
    orphans = [d for d in declared.dissem if d not in carried and d in r.g.vocabulary.dissemination]
    if not orphans:
        return None
    marking = r.g.parse("UNCLASSIFIED//" + "/".join(orphans))
    return marking if marking.valid else None


def with_stated_controls(r: Reading, portions: list[Portion], declared: Marking | None,
                         as_marked: list[Portion] | None = None) -> list[Portion]:
    """A dissemination control stated for the document in a designation block (`Limited
    Dissemination Control: NOFORN`, `REL TO USA, AUS, CAN`) applies to its controlled
    information without saying which portions those are: every portion that is not plain
    (U) carries it (fail closed). Unmarked portions inherit it with the document's marking.
    So do the list controls of the banner (`_banner_controls`): a `(U//FOUO)` portion under a
    `REL TO USA, AUS` banner is released no further than the banner says. A control that a
    banner, `Classification:` line or release field states and no portion mark carries
    (`document_controls`) covers them too, and plain (U) portions as well when no other portion is
    there to hold it (as the limit on foreign release it sets)."""
    stated = [e.marking for e in r.evidence if e.kind == "dissemination_control" and e.marking is not None]
    holders = as_marked if as_marked is not None else portions  # (see below: the portions as marked)
    banner = _banner_controls(r, declared)
    if banner is not None:
        stated.append(banner)
    orphan = _orphan_banner_controls(r, holders, declared)
    if orphan is not None:
        stated.append(orphan)
    # (the controls no portion mark carries also cover plain (U) portions: `document_controls`)
    document = orphan_document_controls(r, holders, declared)
    if document is not None:
        stated.append(document)
    # (plain (U) text is uncontrolled as marked: it takes the limit only when no controlled portion is there to
    # hold the control: `UNCLASSIFIED//NOFORN` over (U) paragraphs alone; an unmarked header field line that only
    # inherits the banner, `Subject: Weekly schedule`, holds nothing, review34d)
    # (the holder is looked for among the portions as marked, before statements raised any: a note that raises a (U)
    # paragraph to C, `Item 3 graduates to C`, `Para 3 is CONFIDENTIAL`, must not make it the portion that holds an
    # `UNCLASSIFIED//NOFORN` banner's control and so take NOFORN off the other (U) paragraphs, review40z)
    plain_limit = None if any(p.marking is not None and p.marking.valid and (p.marking.rank > 0 or p.marking.designations)
                              and (p.explicit or _holds_text(r, p))
                              for p in holders) else foreign_release_limit(r, document)
    if plain_limit is None:
        plain_limit = _refused_by_name(r)
    if not stated:
        return portions
    order = r.g.register.precedence
    out = []
    # what the stated controls make of a marking's controls depends on those alone: worked out
    # once for each set of them (a long document has thousands of portions, a few sets)
    made: dict[tuple[bool, tuple[tuple[str, ...], ...]], tuple[tuple[str, ...], ...]] = {}
    copies: dict[Marking, Marking] = {}  # one new marking for equal ones (later steps work once per marking)
    for p in portions:
        m = p.marking
        plain = m is not None and m.valid and m.rank == 0 and not m.designations
        if m is not None and m.valid and (m.rank > 0 or m.designations or plain and plain_limit is not None):
            key = (m.dissem, m.rel_to, m.display_only, m.non_ic)
            controls = made.get((plain, key))
            if controls is None:
                dissem, rel_to, display_only, non_ic = key
                for control in (stated if not plain else [plain_limit]):
                    assert control is not None  # (`plain` only with a limit)
                    dissem = tuple(sorted(dict.fromkeys([*dissem, *control.dissem]),
                                          key=lambda d: order.get(d, len(order))))
                    non_ic = tuple(dict.fromkeys([*non_ic, *control.non_ic]))
                    if control.rel_to:
                        rel_to = tuple(c for c in rel_to if c in control.rel_to) if rel_to else control.rel_to
                    if control.display_only:  # DISPLAY ONLY keeps its list as REL TO does
                        display_only = tuple(c for c in display_only if c in control.display_only) \
                            if display_only else control.display_only
                controls = made[(plain, key)] = (dissem, rel_to, display_only, non_ic)
            if controls != key:
                copy = copies.get(m)
                if copy is None:
                    copy = copies[m] = replace(m, dissem=controls[0], rel_to=controls[1], display_only=controls[2],
                                               non_ic=controls[3])
                m = copy
            p = p.with_marking(m)
        out.append(p)
    return out


# (fix40b) a line that opens with a label, `Releasability:`, `Releasable to:`, `Distribution:` (not a sentence of prose)
_LABELLED_LINE = compile_pattern(r"[ \t>*_|\-]*(?:[A-Za-z][\w\-]*[ \t]+){0,3}[A-Za-z][\w\-]*[ \t*_]*:")


def _refused_by_name(r: Reading) -> Marking | None:
    """(fix40b, adv156-033) The limit on foreign release of a stated control on a labelled line that refuses a country
    by name (`Releasability: Five Eyes (no UK)`, `Releasable to: FVEY except GBR`: rules
    `release_field_refuses_country`; a sentence of prose keeps the project's rule for plain (U) text): the
    author kept the document from that country, so it reaches plain (U) text too, beside controlled portions
    (NOFORN where two such limits differ; fail closed towards partners, usg keeps the text)."""
    limits = [limit for e in r.evidence if e.kind == "dissemination_control" and e.marking is not None
              and _LABELLED_LINE.match(r.text, r.text.rfind("\n", 0, e.start) + 1) is not None
              and r.g.release_field_refuses_country.search(r.text, e.start, e.end) is not None
              and (limit := foreign_release_limit(r, e.marking)) is not None]
    if not limits:
        return None
    if len({limit.banner() for limit in limits}) > 1:
        return r.g.parse("UNCLASSIFIED//NOFORN")
    return limits[0]


def _with_captions(r: Reading, portions: list[Portion]) -> list[Portion]:
    """A dissemination control stated for the whole document (`NOT FOR RELEASE TO FOREIGN
    GOVERNMENTS`, a NOFORN caption) when no banner or classification line carries it: every
    portion it covers carries it (a banner would; policy reads it from there)."""
    controls = [c for c in dict.fromkeys(r.captions) if c in r.g.vocabulary.dissemination]
    if not controls:
        return portions
    covered = []
    for p in portions:
        m = p.marking
        if m is not None and m.valid and any(c not in m.dissem for c in controls):
            m = replace(m, dissem=tuple(dict.fromkeys([*m.dissem, *controls])))
            p = p.with_marking(m)
        covered.append(p)
    return covered


def _check_cover(r: Reading, kind: str, portions: list[Portion], declared: Marking, rollup: Marking) -> None:
    """Each banner as written must cover every portion (spillage, missing controls)."""
    where = next((f for f in r.fields if f.name in ("classification", "banner")), None)
    start, end = (where.start, where.end) if where else (0, 0)
    seen: set[tuple[str, int]] = set()
    # distinct banners only (a long document repeats its page banners), each pair compared once
    banners = list({m.banner(): m for m in r.banner_markings if m.valid}.values()) or [declared]
    compared: dict[int, list[MarkingProblem]] = {}  # by identity: the same parsed mark recurs
    for p in portions:
        if not p.explicit or p.marking is None or p.marking.level is None:
            continue
        if id(p.marking) not in compared:
            compared[id(p.marking)] = [prob for banner in banners for prob in r.g.covers(banner, p.marking)]
        for prob in compared[id(p.marking)]:
            key = (prob.message, p.start if prob.code == "SPILLAGE" else -1)
            if key not in seen:
                seen.add(key)
                r.problem(prob.code, prob.severity, f"{prob.message} ({p.marking.portion_mark()})",
                          p.mark_start or p.start, p.mark_end or p.end)
    if kind == "document" and rollup.rank < (declared.rank if declared.level else -1):
        r.problem("BANNER_ROLLUP_MISMATCH", "warning",
                  f"banner {declared.banner()} is higher than its portions require ({rollup.banner()})", start, end)


def _with_embedded(r: Reading, portion: Portion, marking: Marking | None,
                   extra: list[tuple[Marking, int, int]]) -> Marking | None:
    """A portion's marking raised by the marks embedded in it (fail closed); each mark that
    raises it is reported."""
    if not extra or marking is None:
        return marking
    result = marking
    for mark, start, end in extra:
        if not mark.valid:
            result = replace(result, problems=(*result.problems, *mark.problems))
        elif result.valid:
            raised = r.g.rollup([result, mark])
            if raised is None or raised.banner() == result.banner():
                continue
            result = replace(raised, raw=result.raw)
        else:
            continue
        r.problem("EMBEDDED_MARK", "warning",
                  f"a second portion mark {mark.portion_mark()} inside this {portion.kind}; the whole "
                  f"{portion.kind} is treated as the most restrictive of its marks", start, end)
    return result


def _classification_authority(r: Reading, declared: Marking | None, inherited: Marking | None) -> Marking | None:
    """A classification authority block (`Classified By:`, `Derived From:`, `Declassify On:`,
    `Reason: 1.4`, a cable's `E.O. 12958: DECL: date`) in a document that nothing else says is classified means that it is
    classified after all, at a level nobody wrote down: unmarked portions become doubtful
    (withheld everywhere until a reviewer decides)."""
    # (lead42, adv170-033) a cable's `E.O. 12958: DECL: 05/02/2021` gives a date to declassify on: only a
    # classified cable has one (an unclassified cable's says `E.O. 12958: N/A`)
    authority = next((f for f in r.fields if f.name in _AUTHORITY_FIELDS
                      or f.name == "eo" and r.header.declassify_on), None)
    if authority is None or inherited is None or inherited.rank > 0:
        return inherited
    said = f"says {declared.level}" if declared is not None and declared.level else "has no banner"
    note = MarkingProblem("UNCLASSIFIED_WITH_AUTHORITY", "error",
                          f"the document {said} but carries a classification authority block "
                          f"('{r.text[authority.start:authority.end][:40]}')")
    r.problem(note.code, note.severity, f"{note.message}; its unmarked portions are doubtful",
              authority.start, authority.end)
    return replace(inherited, problems=(*inherited.problems, note))


def _designation_banner(r: Reading, declared: Marking) -> Marking | None:
    """A banner that is a designation alone, `FOR OFFICIAL USE ONLY` (DoD's banner of an
    unclassified FOUO document before CUI, in any case): the register wants the level written
    before FOUO, but the banner can only mean UNCLASSIFIED//FOUO, which is what its unmarked text
    inherits (the finding stays for `check`). Only when the missing level is all that is wrong:
    a damaged or otherwise invalid banner stays doubtful."""
    if declared.level != "UNCLASSIFIED" or not declared.designations or declared.rank != 0:
        return None
    if not declared.problems or any(p.code != "INCOMPLETE" for p in declared.problems):
        return None
    written = r.g.parse_banner(declared.banner())
    return written if written.valid and written.designations == declared.designations else None


def _security_indicator(r: Reading, declared: Marking | None) -> Marking | None:
    """The transmission security indicator (`ZNY CCCCC`) when it is higher than the
    classification line, or stands alone because that line is missing or garbled: unmarked
    portions then take the indicator's level (fail closed)."""
    if r.indicator is None:
        return None
    marking, where = r.indicator
    if declared is not None and declared.level is not None and marking.rank <= declared.rank:
        return None
    said = f"the classification line says {declared.level}" if declared is not None and declared.level \
        else "no classification line was read"
    r.problem("SECURITY_INDICATOR", "error",
              f"security indicator '{where.value}' means {marking.level} but {said}", where.start, where.end)
    return marking


def take_page_banner(r: Reading, index: int, marking: Marking | None = None, raise_only: bool = False) -> bool:
    """A banner line inside a document (a page break of a multi-page memo or cable, with or
    without a page number, on a line of its own; a read file's next cable): a field, not a
    portion; a higher one raises the document (fail closed). `marking`: the line as read
    otherwise (a letter-spaced `C O N F I D E N T I A L`). `raise_only`: a line that would not
    raise the document's marking (an UNCLASSIFIED one when none is read yet, a doubtful one, or
    one as high) is left where it stands."""
    marking = marking or r.marks.banner_at(r.segs[index])
    if marking is None:
        return False
    if raise_only and (r.classification is None and marking.valid and marking.rank == 0
                       or r.classification is not None and (not r.classification.valid
                                                            or marking.valid and _no_higher(r, r.classification, marking))):
        # (a doubtful marking stays doubtful: a valid banner would only lower it; with none read, a
        # banner above UNCLASSIFIED is the document's evidence: `SECRET//NOFORN` under a headless
        # numbered agenda, round 96)
        return False
    seg = r.segs[index]
    r.field("banner", seg, seg.stripped)
    r.witness("banner", marking, seg.start, seg.end)
    r.banner_markings.append(marking)
    current = r.classification
    if current is None or not marking.valid:
        r.classification = marking  # a garbled page banner makes the document doubtful
    elif marking.rank > current.rank or marking.banner() != current.banner():
        combined = r.g.rollup([current, marking])
        if combined is not None and combined.banner() != current.banner():
            r.problem("BANNER_MISMATCH", "error", f"page banner {marking.banner()} differs from "
                      f"{current.banner()}; the document is treated as the more restrictive", seg.start, seg.end)
            r.classification = replace(combined, raw=current.raw)
    return True


def _no_higher(r: Reading, current: Marking, marking: Marking) -> bool:
    """Does `marking` add nothing to `current` (their roll-up is `current`)?"""
    combined = r.g.rollup([current, marking])
    return combined is not None and combined.banner() == current.banner()


_HEADER_FIELD = re.compile(r"[ \t]*[A-Za-z][\w /.-]{0,30}:")


def _holds_text(r: Reading, p: Portion) -> bool:
    """Whether an unmarked portion holds text of its own (four words or more, no header field line such as
    `Subject: ...`): text a document control stated for the whole document can belong to."""
    body = r.text[p.body_start:p.end]
    return _HEADER_FIELD.match(body) is None and len(body.split()) >= 4
