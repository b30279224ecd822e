"""The strict schema of the rules files that every run needs: `markings.yaml` (the marking
vocabulary and the register's sections) and `levels.yaml` (the releasability levels).

Pydantic models with their validators: unknown keys, wrong types and values that break a rule
are errors that name the file and the key (`config.RuleSet.validate`). This module is imported
only to validate, that is when the rules cache (`rules_cache`) has no entry for these rules:
what a run uses are the records the models become (`records.from_model`: `markings.Vocabulary`,
`policy.LevelPolicy`...), which need no pydantic.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from . import markings, policy, register
from .markings import VocabularyNames, _rule_name
from .problems import REFERENCE
from .records import Record


class _Markings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Levels(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


# ---------------------------------------------------------------- rules/markings.yaml: the register's sections
Reference = Annotated[str, Field(pattern=REFERENCE.pattern)]


def _compiles(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a regular expression: {exc}") from exc
    return value


#: A regular expression of the rules, checked on load.
RegexText = Annotated[str, AfterValidator(_compiles)]


class SciSystemSpec(_Markings):
    banner: str
    portion: str
    aliases: list[str] = []
    compartments: dict[str, str] = {}  # named compartments: banner form -> portion form


class SciSpec(_Markings):
    compartment: str
    subcompartment: str
    systems: list[SciSystemSpec]
    reference: Reference = "CAPCO Register: SCI control systems"


class SapSpec(_Markings):
    banner_prefix: str
    portion_prefix: str
    program: str
    tokens: dict[str, list[str]] = {}
    reference: Reference = "CAPCO Register: SPECIAL ACCESS REQUIRED"


class QualifierSpec(_Markings):
    banner: str
    portion: str
    applies_to: list[str]
    number: str | None = None
    reference: Reference


class AeaSpec(_Markings):
    tokens: dict[str, list[str]]
    cnwdi: QualifierSpec
    sigma: QualifierSpec


class NatoSpec(_Markings):
    banner: str
    portion: str
    level: str


class AccmSpec(_Markings):
    prefix: str
    name: str
    reference: Reference = "CAPCO Register: ACCM"


class RuleSpec(_Markings):
    """One rule of the register: `when` a marking carries a name, what must hold."""

    when: str
    minimum: str | None = None
    maximum: str | None = None
    not_at: list[str] = []
    excludes: list[str] = []
    requires: list[str] = []
    requires_any: list[str] = []
    list_requires: list[str] = []  # countries a list (REL TO, JOINT owners) must name
    list_minimum: int | None = None  # how many countries it must name at least
    banner_requires_level: bool = False  # a banner cannot be this token alone (bare FOUO)
    reference: Reference

    @field_validator("reference")
    @classmethod
    def _reference(cls, value: str) -> str:
        if not REFERENCE.match(value):
            raise ValueError(f"'{value}' is not a rule reference (ISM-ID-nnnnn, DoDM 5200.01 V2 ..., "
                             f"CAPCO Register: ..., sbu_redact...)")
        return value


# ---------------------------------------------------------------- rules/markings.yaml

class LevelSpec(_Markings):
    name: str
    portion: str
    aliases: list[str] = []


class CableLineSpec(_Markings):
    words: str
    level: str
    controls: list[str] = []


class HandlingStatementSpec(_Markings):
    pattern: str
    controls: list[str]
    # True: the words also open ordinary sentences (`No foreign nationals were in the room when ...`): read only on a
    # line that holds little else, never as the value of a `Classification:` field (lead41, review41cd, review41z:
    # the phrases fix41c added; main read them as nothing)
    opens_sentences: bool = False


class InTextStatementSpec(_Markings):
    """A control stated in running text that only detection's CONTROL_MARKING finder reads (rules/entities.yaml
    `recognizers.control_marking.statements`; the reader does not): words apart by spaces or hyphens, as a handling
    statement's; `any_case: false` matches the words in capitals only (`US ONLY`, not `the US only`)."""

    pattern: str
    controls: list[str]
    any_case: bool = True


class _PatternSpec(_Markings):
    """An entry whose `pattern` is a regular expression (checked on load), matched against the
    reader's view of a document. A pattern may be written in the script of its language
    (`СЕКРЕТНО`): its characters are folded on load as the view folds a document's
    (`textview.fold_pattern`: the Cyrillic `С` of both is a `C` in a word of look-alikes, and an
    Urdu `ہ` stays itself in an Urdu word), so that it matches the view."""

    pattern: RegexText
    _flags: int = PrivateAttr(default=0)
    _words: tuple[Any, ...] = PrivateAttr(default=())

    @field_validator("pattern", mode="after")
    @classmethod
    def _as_the_view_reads(cls, value: str) -> str:
        if value.isascii():
            return value
        from .textview import fold_pattern

        return _compiles(fold_pattern(value))

    @model_validator(mode="after")
    def _keep_flags(self) -> "_PatternSpec":
        """The compiled pattern's flags (inline ones included), kept with the validated rules:
        a run tests a pattern's words with them (`prefilter`) before it compiles the pattern
        (`markings.LazyPattern`). The words themselves (`prefilter.required_words`) are kept
        too: a run whose rules come from the rules cache does not parse the patterns for them."""
        from .prefilter import required_words

        self._flags = re.compile(self.pattern).flags
        self._words = required_words(self.pattern, self._flags)
        return self


class WordsEvidenceSpec(_PatternSpec):
    """A phrase that says in words how classified (part of) a document is: a foreign or NATO
    marking (`NATO CONFIDENTIAL`, `VS - VERTRAULICH`) or a sentence (`is classified SECRET`).
    `level` names a level of `levels` (with `designations`, names of `designations`, for a
    controlled-unclassified one). `governs` says which portions it raises: `unmarked`
    (the default: unmarked portions inherit at least `level`), or `following` (a foreign
    government's classification stamp, `СЕКРЕТНО`, `机密★`, `GİZLİ`: every portion from the
    stamp to the end of the document, marked or not, since a lower U.S. mark on a translation
    of the stamped text cannot lower the foreign government's classification)."""

    level: str
    governs: Literal["unmarked", "following"] = "unmarked"
    # controlled-unclassified designations the phrase states with the level (names of
    # `designations`): "do not forward outside the mission" is UNCLASSIFIED with [SBU]
    designations: list[str] = []



class ControlsInWordsSpec(_PatternSpec):
    """A phrase that states a dissemination control for a page or the whole document
    (`THIS PAGE CONTAINS NOFORN INFORMATION`, `Releasable to USA, AUS and NZL only`): `pattern`
    is a regular expression; the phrase states `controls` (dissemination tokens), or, when the
    pattern has a group named `countries`, a REL TO list of the trigraphs that group holds. A
    pattern with a group named `excluded` and none named `countries` (a sentence saying whom the
    text may not go to: "do not share it with the British") states its `controls` only when that
    group names someone foreign (`countries`, `country_names`, `capital_cities`,
    `foreign_recipients`). With `list_names_a_country`, a `countries` list that names no country
    besides the USA states nothing (a sentence with a sharing verb, "may be shared with the
    Royal Navy liaison only", may limit who, not which country)."""

    controls: list[str] = []
    list_names_a_country: bool = False
    # (fix43d) the list is read only when it names a group of states (`country_groups`, or an unknown group: a
    # capitalised name before partners, governments, members...): "may be shared with NB8 partners" with no "only"
    list_names_a_group: bool = False
    # (fix46h, adv184-009) the list names capitals for their countries (`REL: Washington, Canberra, Ottawa`): read as a
    # limit to the USA and those countries, only where a capital is named (reader/evidence.py `_capitals_limit`)
    list_names_capitals: bool = False
    # (fix48e) who the words of group `excluded` must name for the controls to stand: someone foreign (the default),
    # the UK (`uk`: a config file's `exclude = OFSI, HMT, NCA`), or the UK or no one known (`uk_or_no_one`: a group
    # less one member, `E3 minus one`, where the member left out is not named)
    excluded_names: Literal["foreign", "uk", "uk_or_no_one"] = "foreign"
    # (fix48e) the controls stand when the closed list of group `listed` names a country or territory but not the UK
    # (`AU and US only`, `FIUs of Bermuda, the Cayman Islands and the BVI only`; reader/release_conditions.py)
    list_leaves_out_uk: bool = False
    # (fix48e) a release that waits on a form box (group `condition`: `if the FDO initials box 7`): the controls stand
    # unless that box's line in the document holds a value
    unless_box_filled: bool = False
    # (fix48e) an authorisation that ran until the date of group `until`: the controls stand when a date the document
    # states is later, or when it states none (fails closed)
    until_date_passed: bool = False
    # (fix48e) a release mark with a footnote sign (group `sign`: `REL GBR*`): the controls stand when the footnote
    # of that sign holds one of these words of condition (`* once MOU Annex C is countersigned`) or cannot be found
    footnote_conditions: list[str] = []
    # (fix49f) a release (or a record's release attribute) under the condition of group `condition` (`subject to
    # removal of all personal names`, `releaseCondition="ISA-44 countersigned"`): the controls stand unless the
    # document shows that condition met (a ticked box or a field of its words that says so:
    # reader/release_conditions.py `condition_shown_met`)
    unless_condition_shown_met: bool = False
    # (fix50g, adv196-040) an intersection of two groups (groups `first` and `second`: `NATO allies that are also EU
    # members`): the controls stand unless both groups hold the UK (reader/group_intersections.py)
    unless_both_hold_uk: bool = False
    # (fix50f) a release valid only FROM the date of group `since` (`"dissem_valid_from": "2027-01-15"`): the controls
    # stand unless the document's own date (its first date) is on or after it (reader/release_conditions.py)
    from_date_ahead: bool = False
    # (fix50f) a release under the condition of group `condition` (`subject to the condition in block 9`, a record's
    # `<condition>` element): the controls stand unless the document shows it completed: the block it names holds a
    # ticked box that says so and none that says not, or a value of completion; else the condition shown met or an
    # approval's `status` met (reader/release_conditions.py `condition_completed`)
    unless_condition_completed: bool = False
    # (fix50f) a table cell (`| yes, once the attache signs block 12 |`): the controls stand only when its column's
    # header names the UK, or names a release and no country (reader/release_conditions.py `column_may_name_uk`)
    column_may_name_uk: bool = False
    # (fix51f) a release after a waiting period (groups `number`, `unit`, `event`: `after 30 days' notice to the host
    # government`): the controls stand when the words before it on its line or its column's header name the UK or a
    # release, and the period has not run by the document's own date (reader/unmet_conditions.py)
    waiting_period_not_run: bool = False
    # (fix51f) a box or field a release requires left unticked or unfilled (group `label`, optional group `value`): the
    # controls stand when the release it is required for may be the UK's (reader/unmet_conditions.py)
    required_for_uk_release: bool = False
    # (fix51f) a ticked conditional release (group `condition`): the controls stand unless every `Condition satisfied`
    # box or field shows it met, or with none the condition is shown completed (reader/unmet_conditions.py)
    unless_condition_satisfied: bool = False
    # (fix51f) a release cell's condition in parentheses (group `condition`): the controls stand unless the row's
    # status column of the condition's words says it is met (reader/unmet_conditions.py)
    unless_status_column_met: bool = False

    @model_validator(mode="after")
    def _says_something(self) -> "ControlsInWordsSpec":
        groups = re.compile(self.pattern).groupindex
        if not self.controls and "countries" not in groups:
            raise ValueError("needs controls, or a group named countries in its pattern")
        for flag, group in (("list_leaves_out_uk", "listed"), ("unless_box_filled", "condition"),
                            ("until_date_passed", "until"), ("footnote_conditions", "sign"),
                            ("unless_condition_shown_met", "condition"), ("unless_both_hold_uk", "second"),
                            ("from_date_ahead", "since"), ("unless_condition_completed", "condition"),
                            ("waiting_period_not_run", "event"), ("required_for_uk_release", "label"),
                            ("unless_condition_satisfied", "condition"), ("unless_status_column_met", "condition")):
            if getattr(self, flag) and group not in groups:
                raise ValueError(f"{flag} needs a group named {group} in its pattern")
        if self.excluded_names != "foreign" and "excluded" not in groups:
            raise ValueError("excluded_names needs a group named excluded in its pattern")
        return self


class GoverningPatternSpec(_PatternSpec):
    """A regular expression of the governing statements (where a quoted message starts, a
    translation's label, a question's label)."""


def _matching_nothing() -> GoverningPatternSpec:
    return GoverningPatternSpec(pattern="(?!)")


def no_pattern() -> Any:
    """The default of a pattern entry the rules may leave out: a pattern that matches nothing
    (`(?!)`), made anew for each model."""
    return Field(default_factory=_matching_nothing)


class GoverningLevelSpec(_PatternSpec):
    """A phrase of a governing statement that states a level: group `level`."""

    @model_validator(mode="after")
    def _has_level(self) -> "GoverningLevelSpec":
        if "level" not in re.compile(self.pattern).groupindex:
            raise ValueError("needs a group named level")
        return self


class GoverningTargetSpec(_PatternSpec):
    """A phrase of a governing statement that names what it governs (`names`)."""

    names: Literal["paragraph", "item", "row", "list", "below", "above", "section", "timespan", "next", "preceding",
                   "labelled"]

    @model_validator(mode="after")
    def _paragraph_has_number(self) -> "GoverningTargetSpec":
        groups = re.compile(self.pattern).groupindex
        if self.names in ("paragraph", "item") and not {"number", "ordinal", "letter"} & set(groups):
            raise ValueError("a paragraph or item target needs a group named number, ordinal or letter")
        if self.names == "row" and "number" not in groups:
            raise ValueError("a row target needs a group named number")
        if self.names == "timespan" and not {"start", "end"} <= set(groups):
            raise ValueError("a timespan target needs groups named start and end")
        if self.names == "preceding" and "count" not in groups:
            raise ValueError("a preceding target needs a group named count")
        return self


class GovernmentNamesSpec(_Markings):
    """(fix47b) One government's ministries, services and buildings (`offices`) and the places standing for it as a
    capital does (`seats`: Whitehall, Downing Street), in ONE list (`uk_government_names`). The reader derives both
    uses from it (`VocabularyNames.exception_names`, `foreign_audiences`, `government_seats`): in an exception they name
    `country` (`share w/ FVEY less the FCDO`), in a sentence that keeps a text from someone they are foreign
    (`nothing goes to King Charles Street`), and a seat is read as its capital is (`REL: Washington, Whitehall`)."""

    country: str
    seats: list[str] = []
    offices: list[str] = []
    # (fix50b) offices whose names do not say the country (another government has one of the same name: `Ministry of
    # Justice`, `Serious Fraud Office`): read only where naming the country RAISES (an exclusion, a refusal: the
    # `ambiguous` names of `VocabularyNames.exception_names`, `foreign_audiences`, `uk_names`), never where it keeps a
    # text releasable to it (a closed list, a participant list)
    ambiguous_offices: list[str] = []
    # (fix48b) more names of the country read only where a statement names it to RAISE (a UK release limited to parts,
    # the UK leaving a community: `VocabularyNames.uk_names`), never in a list that releases (`Brits`, `H.M.G.`)
    statement_names: list[str] = []
    # (fix49a: reader/release_conditions.py wrote them in Python) names that hold the country's adjective but name a
    # territory, not the country (`the British Virgin Islands`): read out of words checked for naming the UK
    territory_names: list[str] = []
    # (fix48d, adv190-011) the places of U.S. posts in that country (`Embassy London`) and the words a post uses for its
    # host government (`our hosts`): in a document from such a post, the hosts are that country, kept out only
    posts: list[str] = []
    hosts: list[str] = []
    # (fix49d, adv193-010) what a U.S. writer calls that country in speech (`our friends across the pond`): foreign
    # where a sentence keeps a text from someone, except in a document from one of its `posts`
    colloquial: list[str] = []
    # (fix51d, adv197-004) names of that country's bodies read only as written, capitalised (`the Yard`: New Scotland
    # Yard; a builder's `yard` is lower case), where a sentence keeps a text from someone (`evidence._names_foreign`)
    proper_names: list[str] = []


class GoverningSpec(_Markings):
    """Statements that govern text elsewhere in the document (`reader/governing.py`)."""

    window: Annotated[int, Field(ge=1, le=5000)] = 400
    levels: list[GoverningLevelSpec] = []
    targets: list[GoverningTargetSpec] = []
    ordinals: dict[str, int] = {}
    quoted_message_start: GoverningPatternSpec = no_pattern()
    translation_label: GoverningPatternSpec = no_pattern()
    question_label: GoverningPatternSpec = no_pattern()
    own_portion_level: GoverningPatternSpec = no_pattern()
    # (fix50e) a sentence whose subject is its own portion and whose predicate a level or control (group `stated`)
    self_statement: GoverningPatternSpec = no_pattern()
    transcribed_note: GoverningPatternSpec = no_pattern()
    # the words that close a labelled block before its kind (`END ENCLOSURE`, `--- end of attachment ---`)
    block_end: GoverningPatternSpec = no_pattern()
    # what belongs to a figure under its caption (its image, legend, key, source), at the start of a portion's text
    figure_part: GoverningPatternSpec = no_pattern()
    # the kind words of labels that head a part of a document (`attachment`, `annex`): the block a statement names by
    # such a label runs to the next label of its series or the document's end (`reader/labelled.py`)
    document_parts: list[Annotated[str, Field(pattern=r"^[a-z]+$")]] = []

    @model_validator(mode="after")
    def _self_statement_states(self) -> "GoverningSpec":
        """(fix50e) `self_statement` names what it states: group `stated`."""
        if self.self_statement.pattern != "(?!)" and "stated" not in re.compile(self.self_statement.pattern).groupindex:
            raise ValueError("self_statement: the pattern needs a group `stated` (the level or control stated)")
        return self

    @model_validator(mode="after")
    def _ordinals_lower_case(self) -> "GoverningSpec":
        for name in self.ordinals:
            if name != name.lower():
                raise ValueError(f"ordinals.{name}: write the word in lower case")
        return self


class UntranslatedSpec(_Markings):
    """A level in marking shape inside a sentence in words the reader cannot read (`reader/untranslated.py`):
    `token` the level or control as such a note writes it (`(CONFIDENTIAL)`, `SBU`, `(S//NF)`), `english`
    the words whose presence says a sentence is English (the claims read English sentences), and
    `english_in_ascii_notes` more of them for a note written in letters English uses too."""

    token: GoverningPatternSpec = no_pattern()
    english: list[str] = Field(default_factory=list)
    english_in_ascii_notes: list[str] = Field(default_factory=list)
    # a level's marking -> the words other languages write it with, in any case (a word may take up to
    # three more letters: `tajn` + `e`)
    level_words: dict[str, list[str]] = Field(default_factory=dict)
    # more level words read only by sentences of another language that name text (`foreign_level_sentences`), not
    # by the note readers: a level of `level_words` -> its words
    claim_level_words: dict[str, list[str]] = Field(default_factory=dict)
    # the beginnings of words that a level word (with its three more letters) would read but that are no level
    # (`secretaria`, a secretary, is `secreta` + `ria`): never read as one
    not_level_words: list[str] = Field(default_factory=list)
    # a rule against sharing with foreigners in a note's own words ("외국인에게 공유하지 마세요"): NOFORN
    sharing: GoverningPatternSpec = no_pattern()
    # a negation of the note's language right before a level word (`ei ole salainen`, `tidak rahasia`: the
    # pattern must end where the level word starts) or right after it (`gizli değil`): no level is stated
    negation_before: GoverningPatternSpec = no_pattern()
    negation_after: GoverningPatternSpec = no_pattern()
    # a language -> the words a note in it uses, its level words (of `level_words`) among them: a labelled note
    # whose level word is that language's and whose words English spells too are all its words is of it
    # (`reader/untranslated._own_language`: "Huom: lista on salainen", Finnish `on`)
    note_languages: dict[str, list[str]] = Field(default_factory=dict)
    # the copulas of more than four letters that may end a note's clause after its level word (Mongolian `байна`:
    # "Сүүлийн хоёр догол мөр нууц байна"); any word of four letters or fewer may (`reader/stated_notes._predicate`)
    copulas: list[str] = Field(default_factory=list)
    # a note the reader cannot read (`reader/unreadable_notes.py`, fixlang36): more words of English (its function
    # words) that make a line English, the function words of each language the rules read whose line is no
    # unreadable note, the nouns that say what a quotation is ("The slogan on the banners read: ..."), and the
    # level such a note is taken to state (it may state any: the highest that withholds at every level)
    english_function_words: list[str] = Field(default_factory=list)
    # (`english_words` is not written here: `validated_vocabulary` fills it from rules/english_words.yaml)
    english_words: list[str] = Field(default_factory=list)
    # (nor these: `validated_vocabulary` fills them from rules/note_words.yaml, fix41d: a level -> the words of the
    # regional and smaller languages' notes for it, their words that name a part of the text, and their ordinals)
    note_level_words: dict[str, list[str]] = Field(default_factory=dict)
    note_part_words: list[str] = Field(default_factory=list)
    note_ordinals: list[str] = Field(default_factory=list)
    note_positions: list[str] = Field(default_factory=list)
    note_conjunctions: list[str] = Field(default_factory=list)
    note_exceptions: list[str] = Field(default_factory=list)
    note_others: list[str] = Field(default_factory=list)
    note_others_negations: list[str] = Field(default_factory=list)  # (fix49f)
    read_languages: dict[str, list[str]] = Field(default_factory=dict)
    # (fixlang39) more words of a language of `read_languages` that read a line as that language where the reader
    # counts a document's foreign lines (`unreadable_notes._written_in_unread_language`), not where it finds notes:
    # the words fixlang38 pruned, so that the bilingual switch-off counts no line that main counted none of
    bilingual_read_languages: dict[str, list[str]] = Field(default_factory=dict)
    read_scripts: list[str] = Field(default_factory=list)
    quotation_kinds: list[str] = Field(default_factory=list)
    unreadable_level: str = ""
    unreadable_min_words: int = Field(default=4, ge=2, le=20)
    # (fixlang37: a note is set apart and short -- at most this many words -- and lone: a document with more than
    # `unreadable_max_notes` such lines is written in that language, its lines its own portions)
    unreadable_max_words: int = Field(default=24, ge=4, le=200)
    unreadable_max_notes: int = Field(default=2, ge=1, le=50)
    # (fixlang38: ... nor a run of more than this many such lines one after another)
    unreadable_max_run_lines: int = Field(default=3, ge=1, le=50)

    @model_validator(mode="after")
    def _languages_have_level_words(self) -> "UntranslatedSpec":
        levels = {w.lower() for spelled in self.level_words.values() for w in spelled}
        for language, words in self.note_languages.items():
            for word in words:
                if not word or word != word.lower() or not all(c.isalpha() or c in "' " for c in word):
                    raise ValueError(f"note_languages.{language}: {word!r} is not a lower-case word")
            if not levels.intersection(words):
                raise ValueError(f"note_languages.{language}: no word of level_words is among its words")
        return self

    @model_validator(mode="after")
    def _bilingual_languages_are_read(self) -> "UntranslatedSpec":
        for language, words in self.bilingual_read_languages.items():
            if language not in self.read_languages:
                raise ValueError(f"bilingual_read_languages.{language}: no such language in read_languages")
            for word in words:
                if not isinstance(word, str) or not word or word != word.casefold() or word.strip() != word:
                    raise ValueError(f"bilingual_read_languages.{language}: {word!r} is not a lower-case word")
        return self

    @model_validator(mode="after")
    def _claim_levels_are_levels(self) -> "UntranslatedSpec":
        for level in self.claim_level_words:
            if level not in self.level_words:
                raise ValueError(f"claim_level_words.{level}: no such level in level_words")
        return self

    @field_validator("level_words", "claim_level_words")
    @classmethod
    def _levels_named(cls, words: dict[str, list[str]]) -> dict[str, list[str]]:
        for level, spelled in words.items():
            if level not in ("TOP SECRET", "SECRET", "CONFIDENTIAL", "SBU", "NOFORN"):
                raise ValueError(f"{level!r} is not TOP SECRET, SECRET, CONFIDENTIAL, SBU or NOFORN")
            if not spelled or any(not isinstance(w, str) or not w.strip() for w in spelled):
                raise ValueError(f"{level!r} needs a list of words")
        return words

    @field_validator("english", "english_in_ascii_notes", "english_function_words", "english_words", "quotation_kinds")
    @classmethod
    def _lower_case_words(cls, words: list[str]) -> list[str]:
        return _lower_case(words)


def _lower_case(words: list[str]) -> list[str]:
    """`words` when each is a lower-case word (letters and apostrophes), else a ValueError naming the first that is not."""
    for word in words:
        if not word or word != word.lower() or not all(c.isalpha() or c == "'" for c in word):
            raise ValueError(f"{word!r} is not a lower-case word")
    return words


class EnglishWordsSpec(_Markings):
    """rules/english_words.yaml: the commonest words of English, a line of which is no note in a language the
    reader cannot read (`reader/unreadable_notes.py`); lower-case words."""

    english_words: list[str] = Field(min_length=1)

    _lower_case_words = field_validator("english_words")(classmethod(lambda cls, words: _lower_case(words)))


_NOTE_LEVEL_KINDS = {"top_secret": "TOP SECRET", "secret": "SECRET", "confidential": "CONFIDENTIAL", "noforn": "NOFORN"}


class NoteLanguageSpec(_Markings):
    """One language of rules/note_words.yaml (fix41d): the words a note in it says a level with (`top_secret`,
    `secret`, `confidential`; `noforn`: 'not for foreigners', 'only for Americans'), names a part of the text with
    (`parts`: paragraph, message, point, section, bullet, item) and places it with (`ordinals`: second, third,
    last)."""

    top_secret: list[str] = Field(default_factory=list)
    secret: list[str] = Field(default_factory=list)
    confidential: list[str] = Field(default_factory=list)
    noforn: list[str] = Field(default_factory=list)
    parts: list[str] = Field(default_factory=list)
    ordinals: list[str] = Field(default_factory=list)
    # (fix44c) words that place a part RELATIVE to the note or to the end (previous, next, following, above, below,
    # second to last, the one before): a note holding one names parts the reader does not place exactly
    positions: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _words_are_words(self) -> "NoteLanguageSpec":
        if not (self.top_secret or self.secret or self.confidential or self.noforn):
            raise ValueError("no level word (top_secret, secret, confidential or noforn)")
        if not self.parts:
            raise ValueError("parts: no word that names a part of the text")
        for kind in (*_NOTE_LEVEL_KINDS, "parts", "ordinals", "positions"):
            for word in getattr(self, kind):
                if not isinstance(word, str) or word != word.casefold() or word.strip() != word \
                        or not all(c.isalpha() or c in "'’- \u200d" or unicodedata.category(c).startswith("M")
                                   for c in word) or "  " in word:  # (fix46f: the vowel signs of India's scripts)
                    raise ValueError(f"{kind}: {word!r} is not a lower-case word or phrase of letters")
                if " " not in word and word.isascii() and len(word) < 4:
                    raise ValueError(f"{kind}: {word!r} is shorter than four letters (some language's everyday word)")
        return self


def _record_word(word: str) -> str:
    """A word of rules/record_words.yaml: lower case, no blank at either end, one regular expression alternative."""
    if not isinstance(word, str) or not word or word.strip() != word or any(c.isupper() for c in word):
        raise ValueError(f"{word!r} is not a lower-case word")
    try:
        compiled = re.compile(f"(?:{word})")
    except re.error as exc:
        raise ValueError(f"{word!r} is not a regular expression alternative ({exc})") from None
    if compiled.match(""):
        raise ValueError(f"{word!r} matches no text at all")
    return word


RecordWord = Annotated[str, AfterValidator(_record_word)]


class NegatedPartNoteWordsSpec(_Markings):
    """rules/record_words.yaml `negated_part_notes` (reader/negated_part_notes.py)."""

    negations: list[RecordWord] = Field(min_length=1)
    only: list[RecordWord] = Field(min_length=1)
    excepts: list[RecordWord] = Field(min_length=1)
    all: list[RecordWord] = Field(min_length=1)
    ordinals: list[RecordWord] = Field(min_length=1)
    numbered_parts: list[RecordWord] = Field(min_length=1)
    part_negations: list[RecordWord] = Field(min_length=1)
    negated_parts: list[RecordWord] = Field(min_length=1)
    parts: list[RecordWord] = Field(min_length=1)


class EditCommandWordsSpec(_Markings):
    """rules/record_words.yaml `edit_commands` (reader/edit_commands.py)."""

    verbs: list[RecordWord] = Field(min_length=1)
    links: list[RecordWord] = Field(min_length=1)
    articles: list[RecordWord] = Field(min_length=1)
    mark_words: list[RecordWord] = Field(min_length=1)
    deleted: list[RecordWord] = Field(min_length=1)
    inserted: list[RecordWord] = Field(min_length=1)
    deleted_balloon: list[RecordWord] = Field(min_length=1)
    inserted_balloon: list[RecordWord] = Field(min_length=1)


class PartialReleaseWordsSpec(_Markings):
    """rules/record_words.yaml `partial_releases` (fix48b: reader/partial_releases.py)."""

    release_nouns: list[RecordWord] = Field(min_length=1)
    releasable: list[RecordWord] = Field(min_length=1)
    released: list[RecordWord] = Field(min_length=1)
    permits: list[RecordWord] = Field(min_length=1)
    passing: list[RecordWord] = Field(min_length=1)
    recipients: list[RecordWord] = Field(min_length=1)
    paragraphs: list[RecordWord] = Field(min_length=1)
    parts: list[RecordWord] = Field(min_length=1)
    part_joiners: list[RecordWord] = Field(min_length=1)
    negations: list[RecordWord] = Field(min_length=1)
    released_before: list[RecordWord] = Field(min_length=1)  # (fix49a: fix48d's words)
    next_recipients: list[RecordWord] = Field(min_length=1)
    positions: list[RecordWord] = Field(min_length=1)
    counts: list[RecordWord] = Field(min_length=1)
    list_words: list[RecordWord] = Field(min_length=1)
    numbered_list_words: list[RecordWord] = Field(min_length=1)


class WithdrawnMemberWordsSpec(_Markings):
    """rules/record_words.yaml `withdrawn_members` (fix48b: reader/withdrawn_members.py)."""

    release_verbs: list[RecordWord] = Field(min_length=1)
    communities: list[RecordWord] = Field(min_length=1)
    auxiliaries: list[RecordWord] = Field(min_length=1)
    leaving: list[RecordWord] = Field(min_length=1)
    left_from: list[RecordWord] = Field(min_length=1)
    membership: list[RecordWord] = Field(min_length=1)
    community_words: list[RecordWord] = Field(min_length=1)
    not_names: list[Annotated[str, Field(pattern=r"^[a-z]+$")]] = Field(min_length=1)
    lapsed_releases: list[RecordWord] = Field(min_length=1)
    lapsed_release_lists: list[RecordWord] = Field(min_length=1)
    lapsing: list[RecordWord] = Field(min_length=1)
    revoking: list[RecordWord] = Field(min_length=1)
    passive: list[RecordWord] = Field(min_length=1)


class ForbiddenReleaseWordsSpec(_Markings):
    """rules/record_words.yaml `forbidden_releases` (fix51a: reader/forbidden_releases.py)."""

    permissions: list[RecordWord] = Field(min_length=1)
    release_adjectives: list[RecordWord] = Field(min_length=1)


class MissingMemberWordsSpec(_Markings):
    """rules/record_words.yaml `missing_members` (fix49a: reader/missing_members.py)."""

    member_lists: list[RecordWord] = Field(min_length=1)
    services: list[RecordWord] = Field(min_length=1)  # (fix50c)
    uk_royal_words: list[RecordWord] = Field(min_length=1)  # (fix50c)


class ConditionShownMetWordsSpec(_Markings):
    """rules/record_words.yaml `conditions_shown_met` (fix49f: reader/release_conditions.py `condition_shown_met`)."""

    ticks: list[RecordWord] = Field(min_length=1)
    met_values: list[RecordWord] = Field(min_length=1)
    label_negations: list[RecordWord] = Field(min_length=1)  # (lead49)
    party_attributes: list[RecordWord] = Field(min_length=1)  # (fix50c)
    ignored_words: list[Annotated[str, Field(pattern=r"^[a-z]+$")]] = Field(min_length=1)


class CompilationPartWordsSpec(_Markings):
    """rules/record_words.yaml `compilation_parts` (fix48b: reader/compilation_parts.py)."""

    compilation: list[RecordWord] = Field(min_length=1)
    copulas: list[RecordWord] = Field(min_length=1)
    after_level: list[RecordWord] = Field(min_length=1)
    parts: list[RecordWord] = Field(min_length=1)
    parts_above: list[RecordWord] = Field(min_length=1)
    # (fix51d) a record's key naming its level as a compilation (`compilation_classification`)
    record_keys: list[RecordWord] = []


class HeaderNoteWordsSpec(_Markings):
    """rules/record_words.yaml `header_notes` (fix48b: reader/header_notes.py). `own_note_levels` are names or aliases
    of markings.yaml `levels` (checked where both files are read: `markings.validated_vocabulary`)."""

    labels: list[RecordWord] = Field(min_length=1)
    property_attributes: list[RecordWord] = Field(min_length=1)
    value_attributes: list[RecordWord] = Field(min_length=1)
    units: list[RecordWord] = Field(min_length=1)
    own_note_tags: list[RecordWord] = Field(min_length=1)
    own_note_levels: list[Annotated[str, Field(pattern=r"^[a-z]+(?: [a-z]+)*$")]] = Field(min_length=1)


def _plain_word(word: str) -> str:
    """One lower-case word of letters, read as it is (not as a regular expression)."""
    if not isinstance(word, str) or not word.isalpha() or word != word.casefold():
        raise ValueError(f"{word!r} is not one lower-case word of letters")
    return word


PlainWord = Annotated[str, AfterValidator(_plain_word)]


class JoinedClaimWordsSpec(_Markings):
    """rules/record_words.yaml `joined_claims` (fix48b: reader/joined_claims.py, and trailing_controls.py's clauses)."""

    clause_joiners: list[RecordWord] = Field(min_length=1)
    no_subject: list[PlainWord] = Field(min_length=1)
    level_stems: list[RecordWord] = Field(min_length=1)


class TrailingControlWordsSpec(_Markings):
    """rules/record_words.yaml `trailing_controls` (fix48b: reader/trailing_controls.py; it reads `joined_claims`'
    clause words and these)."""

    more_clause_joiners: list[RecordWord] = []
    us_only: list[RecordWord] = Field(min_length=1)
    more_no_subject: list[PlainWord] = []


class OcrProseWordsSpec(_Markings):
    """rules/record_words.yaml `ocr_prose` (fix49b: reader/ocr.py `fold_ocr_prose`)."""

    # the short words of a control sentence OCR damages (`1s`, `t0`, `N0t`, `Th1s`), besides the marking words
    short_words: list[PlainWord] = Field(min_length=1)


class HeadedBoxWordsSpec(_Markings):
    """rules/record_words.yaml `headed_boxes` (fix48b: reader/headed_boxes.py)."""

    region_words: list[RecordWord] = Field(min_length=1)


class RefDescriptionWordsSpec(_Markings):
    """rules/record_words.yaml `ref_descriptions` (fix48b: reader/ref_descriptions.py; read in capitals)."""

    reference_words: list[PlainWord] = Field(min_length=1)
    passage_words: list[PlainWord] = Field(min_length=1)


class RefLevelWordsSpec(_Markings):
    """rules/record_words.yaml `ref_levels` (fix51d: reader/ref_levels.py)."""

    same_as: list[RecordWord] = Field(min_length=1)
    references: list[RecordWord] = Field(min_length=1)
    following: list[RecordWord] = []


class SecondTargetWordsSpec(_Markings):
    """rules/record_words.yaml `second_targets` (fix48b: reader/second_targets.py)."""

    no_topic: list[PlainWord] = Field(min_length=1)


class RelativeRemarkWordsSpec(_Markings):
    """rules/record_words.yaml `relative_remarks` (fix48b: reader/relative_remarks.py)."""

    before_first: list[RecordWord] = Field(min_length=1)
    after_first: list[RecordWord] = Field(min_length=1)
    parts: list[RecordWord] = Field(min_length=1)
    before_then: list[RecordWord] = Field(min_length=1)
    after_then: list[RecordWord] = Field(min_length=1)
    pointers: list[RecordWord] = Field(min_length=1)
    number_leads: list[RecordWord] = Field(min_length=1)


class ReleaseConditionWordsSpec(_Markings):
    """rules/record_words.yaml `release_conditions` (fix49a: reader/release_conditions.py)."""

    box_labels: list[RecordWord] = Field(min_length=1)
    member_counts: list[RecordWord] = Field(min_length=1)
    member_nouns: list[RecordWord] = Field(min_length=1)
    # (fix50f) values of a box or field that say it is not completed (`Block 12: unsigned`, `Consent: not received`)
    unfilled_values: list[RecordWord] = Field(min_length=1)
    # (fix50f) words of a table column's header that name a release (`Share with`, `Release?`): a column whose header
    # names no country but these may be the UK's
    release_headers: list[RecordWord] = Field(min_length=1)


class UnmetConditionWordsSpec(_Markings):
    """rules/record_words.yaml `unmet_conditions` (fix51f: reader/unmet_conditions.py)."""

    period_numbers: dict[Annotated[str, Field(pattern=r"^[a-z]+(?:-[a-z]+)?$")], int] = Field(min_length=1)
    period_units: dict[PlainWord, int] = Field(min_length=1)
    period_ignored_words: list[PlainWord] = Field(min_length=1)
    release_words: list[RecordWord] = Field(min_length=1)
    public_releases: list[RecordWord] = Field(min_length=1)
    satisfied_labels: list[RecordWord] = Field(min_length=1)
    header_ignored_words: list[PlainWord] = Field(min_length=1)
    status_met_values: list[RecordWord] = Field(min_length=1)
    status_negations: list[RecordWord] = Field(min_length=1)


class ChangeRecordWordsSpec(_Markings):
    """rules/record_words.yaml `change_records` (fix50d: reader/change_records.py)."""

    old_keys: list[PlainWord] = Field(min_length=1)
    new_keys: list[RecordWord] = Field(min_length=1)
    key_suffixes: list[RecordWord] = Field(min_length=1)
    new_headers: list[RecordWord] = Field(min_length=1)
    row_links: list[RecordWord] = Field(min_length=1)
    prose_leads: list[RecordWord] = Field(min_length=1)
    prose_links: list[RecordWord] = Field(min_length=1)
    prose_and: list[RecordWord] = Field(min_length=1)
    prose_is: list[RecordWord] = Field(min_length=1)
    section_words: list[RecordWord] = Field(min_length=1)
    range_words: list[RecordWord] = Field(min_length=1)
    list_joiners: list[RecordWord] = Field(min_length=1)


# (fix50d) a phrase read as it is, words of lower-case letters joined by single spaces (`très secret`)
LetterPhrase = Annotated[str, Field(pattern=r"^[^\W\d_A-Z]+(?: [^\W\d_A-Z]+)*$")]


class ReviewCommentWordsSpec(_Markings):
    """rules/record_words.yaml `review_comments` (fix50d: reader/review_comments.py)."""

    comment_words: list[RecordWord] = Field(min_length=1)
    bullet_words: list[RecordWord] = Field(min_length=1)
    part_words: list[RecordWord] = Field(min_length=1)
    next_words: list[RecordWord] = Field(min_length=1)
    after_words: list[RecordWord] = Field(min_length=1)
    before_words: list[RecordWord] = Field(min_length=1)
    page_words: list[RecordWord] = Field(min_length=1)
    top_secret_words: list[LetterPhrase] = Field(min_length=1)
    secret_words: list[LetterPhrase] = Field(min_length=1)
    confidential_words: list[LetterPhrase] = Field(min_length=1)


class SedCorrectionWordsSpec(_Markings):
    """rules/record_words.yaml `sed_corrections` (fix50d: reader/sed_corrections.py)."""

    all_words: list[RecordWord] = Field(min_length=1)
    above_words: list[RecordWord] = Field(min_length=1)
    part_kinds: list[RecordWord] = Field(min_length=1)
    ordinal_part_kinds: list[RecordWord] = Field(min_length=1)
    ordinals: list[PlainWord] = Field(min_length=1)
    last_words: list[PlainWord] = Field(min_length=1)


class NumberWordsSpec(_Markings):
    """rules/record_words.yaml `numbers` (fix50d: reader/sed_scopes.py, sed_targets.py): numbered by their place."""

    cardinals: list[PlainWord] = Field(min_length=1)
    ordinals: list[PlainWord] = Field(min_length=1)


class SedScopeWordsSpec(_Markings):
    """rules/record_words.yaml `sed_scopes` (fix50d: reader/sed_scopes.py, sed_targets.py)."""

    part_nouns: list[RecordWord] = Field(min_length=1)
    numbered_nouns: list[RecordWord] = Field(min_length=1)
    range_words: list[RecordWord] = Field(min_length=1)
    from_end_words: list[RecordWord] = Field(min_length=1)
    end_words: list[RecordWord] = Field(min_length=1)
    last_words: list[PlainWord] = Field(min_length=1)
    first_words: list[RecordWord] = Field(min_length=1)
    last_one_words: list[RecordWord] = Field(min_length=1)
    part_kinds: list[RecordWord] = Field(min_length=1)
    below_words: list[RecordWord] = Field(min_length=1)
    below_after_things: list[RecordWord] = Field(min_length=1)
    above_words: list[RecordWord] = Field(min_length=1)
    above_before_things: list[RecordWord] = Field(min_length=1)
    place_determiners: list[RecordWord] = Field(min_length=1)
    divider_words: list[RecordWord] = Field(min_length=1)
    all_words: list[RecordWord] = Field(min_length=1)
    quote_verbs: list[RecordWord] = Field(min_length=1)
    more_position_words: list[RecordWord] = Field(min_length=1)


class PartRemarkWordsSpec(_Markings):
    """rules/record_words.yaml `part_remarks` (fix50d: reader/part_remarks.py)."""

    change_words: list[RecordWord] = Field(min_length=1)
    line_words: list[RecordWord] = Field(min_length=1)
    subject_leads: list[RecordWord] = Field(min_length=1)
    subject_articles: list[RecordWord] = Field(min_length=1)
    subject_verbs: list[RecordWord] = Field(min_length=1)
    stop_words: list[PlainWord] = Field(min_length=1)
    arrow_verbs: list[RecordWord] = Field(min_length=1)
    arrow_links: list[RecordWord] = Field(min_length=1)
    pointing_words: list[RecordWord] = Field(min_length=1)
    banner_lines: list[str] = Field(min_length=1)  # (fix51b) as written whole (compared in upper case)


class SedTargetWordsSpec(_Markings):
    """rules/record_words.yaml `sed_targets` (fix50d: reader/sed_targets.py)."""

    opening_verbs: list[RecordWord] = Field(min_length=1)
    after_sides: list[RecordWord] = Field(min_length=1)
    before_sides: list[PlainWord] = Field(min_length=1)
    part_kinds: list[RecordWord] = Field(min_length=1)
    topic_parts: list[RecordWord] = Field(min_length=1)
    topic_abouts: list[RecordWord] = Field(min_length=1)
    topic_articles: list[RecordWord] = Field(min_length=1)
    topic_elided_articles: list[RecordWord] = Field(min_length=1)


class MonthWordsSpec(_Markings):
    """rules/record_words.yaml `months` (fix50d: reader/marks.py, portions.py, release_conditions.py and
    ref_descriptions.py wrote them in Python): the months' names in the year's order, and other short forms, each a
    name's first letters (a date also writes each by its first three)."""

    names: list[PlainWord] = Field(min_length=12, max_length=12)
    abbreviations: list[PlainWord] = []

    @model_validator(mode="after")
    def _short_forms_of_names(self) -> "MonthWordsSpec":
        for i, name in enumerate(self.names):
            if len(name) < 3:
                raise ValueError(f"names.{i}: {name!r} is shorter than three letters (its first three are its stem)")
        if len({name[:3] for name in self.names}) < len(self.names):
            raise ValueError("names: two names share their first three letters")
        for i, short in enumerate(self.abbreviations):
            if not any(name.startswith(short) and 3 < len(short) < len(name) for name in self.names):
                raise ValueError(f"abbreviations.{i}: {short!r} is no name's first letters (longer than three, "
                                 "shorter than the name)")
        return self


def _capitals_word(word: str) -> str:
    """(fix49a) A word read in capitals (`word.upper()`): no escape, which capitals would change (`\\w` to `\\W`)."""
    if "\\" in word:
        raise ValueError(f"{word!r} is read in capitals: no escapes")
    return word


class RecordTargetWordsSpec(_Markings):
    """rules/record_words.yaml `record_targets` (fix49a: reader/record_targets.py)."""

    parts: list[RecordWord] = Field(min_length=1)
    about: list[RecordWord] = Field(min_length=1)
    stops: list[Annotated[RecordWord, AfterValidator(_capitals_word)]] = Field(min_length=1)
    stops_any_case: list[RecordWord] = Field(min_length=1)
    footnotes: list[RecordWord] = Field(min_length=1)
    range_joiners: list[RecordWord] = Field(min_length=1)
    notes_headings: list[RecordWord] = Field(min_length=1)
    withholds: list[RecordWord] = Field(min_length=1)
    negations: list[RecordWord] = Field(min_length=1)
    not_withheld: list[RecordWord] = Field(min_length=1)
    negated_levels: list[RecordWord] = Field(min_length=1)
    topic_stop_words: list[PlainWord] = Field(min_length=1)
    block_kinds: list[RecordWord] = Field(min_length=1)  # (fix49g)
    decisions: list[RecordWord] = Field(min_length=1)  # (fix49g)
    discussion: list[RecordWord] = Field(min_length=1)  # (fix49g)
    heading_words: list[RecordWord] = Field(min_length=1)  # (fix51e)
    item_words: list[RecordWord] = Field(min_length=1)  # (fix51e)
    item_joiners: list[RecordWord] = Field(min_length=1)  # (fix51e)
    item_ranges: list[RecordWord] = Field(min_length=1)  # (fix51e)


class RecordWordsSpec(_Markings):
    """rules/record_words.yaml (fix46a): the words of records and notes the readers read by, by section and key."""

    negated_part_notes: NegatedPartNoteWordsSpec
    edit_commands: EditCommandWordsSpec
    partial_releases: PartialReleaseWordsSpec  # (fix48b)
    release_conditions: ReleaseConditionWordsSpec  # (fix49a)
    months: MonthWordsSpec  # (fix50d)
    weekdays: list[PlainWord] = Field(min_length=7, max_length=7)  # (fix51b: detection's calendar words)
    change_records: ChangeRecordWordsSpec  # (fix50d)
    review_comments: ReviewCommentWordsSpec  # (fix50d)
    sed_corrections: SedCorrectionWordsSpec  # (fix50d)
    numbers: NumberWordsSpec  # (fix50d)
    sed_scopes: SedScopeWordsSpec  # (fix50d)
    part_remarks: PartRemarkWordsSpec  # (fix50d)
    sed_targets: SedTargetWordsSpec  # (fix50d)
    withdrawn_members: WithdrawnMemberWordsSpec  # (fix48b)
    forbidden_releases: ForbiddenReleaseWordsSpec  # (fix51a)
    missing_members: MissingMemberWordsSpec  # (fix49a)
    compilation_parts: CompilationPartWordsSpec  # (fix48b)
    header_notes: HeaderNoteWordsSpec  # (fix48b)
    joined_claims: JoinedClaimWordsSpec  # (fix48b)
    trailing_controls: TrailingControlWordsSpec  # (fix48b)
    headed_boxes: HeadedBoxWordsSpec  # (fix48b)
    ref_descriptions: RefDescriptionWordsSpec  # (fix48b)
    ref_levels: RefLevelWordsSpec | None = None  # (fix51d)
    second_targets: SecondTargetWordsSpec  # (fix48b)
    relative_remarks: RelativeRemarkWordsSpec  # (fix48b)
    record_targets: RecordTargetWordsSpec  # (fix49a)
    ocr_prose: OcrProseWordsSpec  # (fix49b)
    conditions_shown_met: ConditionShownMetWordsSpec  # (fix49f)
    unmet_conditions: UnmetConditionWordsSpec  # (fix51f)


class NoteWordsSpec(_Markings):
    """rules/note_words.yaml (fix41d): a language -> the words of its notes (`NoteLanguageSpec`), read only by
    `reader/foreign_level_sentences.py`."""

    languages: dict[str, NoteLanguageSpec] = Field(min_length=1)
    # (fix43c) a language -> its words that join two parts a note names ("екінші ЖӘНЕ үшінші абзацтар")
    conjunctions: dict[str, list[str]] = Field(default_factory=dict)
    # (fix45g) a language -> its words that EXCEPT or NEGATE a part a note names ("all paragraphs but the first",
    # "not the first, but the two after it"): a note holding one places its parts unsurely (`note_positions.py`)
    exceptions: dict[str, list[str]] = Field(default_factory=dict)
    # (fix48f) a language -> its words for THE OTHERS, ALL THE REST ("allar hinar", "қалғандары", "மற்ற அனைத்தும்"): a
    # note's sentence holding one and a level or a bar on foreigners claims it for every other part
    # (`reader/others_claims.py`)
    others: dict[str, list[str]] = Field(default_factory=dict)
    # (fix49f) a language -> its words that negate a level in a sentence about the others ("të tjerët NUK janë
    # sekret"): read only by `reader/others_claims.py`, where such a level claims nothing for the others
    others_negations: dict[str, list[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _conjunctions_are_words(self) -> "NoteWordsSpec":
        for kind in ("conjunctions", "exceptions", "others", "others_negations"):
            for language, words in getattr(self, kind).items():
                for word in words:
                    if not isinstance(word, str) or word != word.casefold() or not word or word.strip() != word \
                            or not all(c.isalpha() or unicodedata.category(c).startswith("M") or (kind != "conjunctions"
                                                                                                and c in "' ")
                                       for c in word):
                        raise ValueError(f"{kind}.{language}: {word!r} is not a lower-case word of letters (and marks)")
                    if kind in ("exceptions", "others") and word.isascii() and " " not in word and len(word) < 4:
                        raise ValueError(f"{kind}.{language}: {word!r} is shorter than four letters")
        return self

    def exception_words(self) -> list[str]:
        """Every language's words that except or negate a part (`exceptions`), once each."""
        return list(dict.fromkeys(w for words in self.exceptions.values() for w in words))

    def other_words(self) -> list[str]:
        """Every language's words for the others, all the rest (`others`), once each."""
        return list(dict.fromkeys(w for words in self.others.values() for w in words))

    def other_negation_words(self) -> list[str]:
        """(fix49f) Every language's words that negate a level in a sentence about the others, once each."""
        return list(dict.fromkeys(w for words in self.others_negations.values() for w in words))

    def conjunction_words(self) -> list[str]:
        """Every language's conjunctions, once each."""
        return list(dict.fromkeys(w for words in self.conjunctions.values() for w in words))

    def level_words(self) -> dict[str, list[str]]:
        """A level's marking -> every language's words for it (in the order of the file, once each)."""
        out: dict[str, list[str]] = {}
        for language in self.languages.values():
            for kind, level in _NOTE_LEVEL_KINDS.items():
                out.setdefault(level, []).extend(w for w in getattr(language, kind) if w not in out.get(level, ()))
        return {level: words for level, words in out.items() if words}

    def words_of(self, kind: str) -> list[str]:
        """Every language's `parts`, `ordinals` or `positions`, once each."""
        return list(dict.fromkeys(w for language in self.languages.values() for w in getattr(language, kind)))


class PlaceAbroadSpec(_PatternSpec):
    """Text named by its place in another language (`reader/scope_exact.by_place_abroad`): a
    paragraph, item, row or page (`kind`) that is the `place`-th (`1`..`10`), the `last` (the last two or
    three: `last2`, `last3`), the `previous` or the `next`, or that carries the `number` the pattern's group `number` holds;
    a chat `message`: the message (`previous`) or the two or three (`last2`, `last3`) right before the statement's own."""

    kind: Literal["paragraph", "item", "row", "page", "message"]
    place: Literal["number", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "last", "last2", "last3", "previous", "next"]

    @model_validator(mode="after")
    def _number_has_group(self) -> "PlaceAbroadSpec":
        if (self.place == "number") != ("number" in re.compile(self.pattern).groupindex):
            raise ValueError("a place `number` needs a group named number, and only it")
        return self


class UnresolvedScopeSpec(_Markings):
    """The fail-closed fallback for governing statements (`reader/scope.py`): `refers` names
    other text (a paragraph, an item, a section, the text below), `back` points back at earlier
    text, `ahead` only forward, `elsewhere` names another document (a reference cable); `claims`
    says a level of text in any words, `not_claims` are words that look like such a claim and are none."""

    refers: GoverningPatternSpec = no_pattern()
    states: GoverningPatternSpec = no_pattern()
    itself: GoverningPatternSpec = no_pattern()
    back: GoverningPatternSpec = no_pattern()
    ahead: GoverningPatternSpec = no_pattern()
    elsewhere: GoverningPatternSpec = no_pattern()
    # other text named in the languages posts write notes in ("второй абзац", "la mensagem anterior",
    # "η τέταρτη παράγραφος"): a level written in such a note's text names that text
    refers_abroad: GoverningPatternSpec = no_pattern()
    # text pointed at by the words it opens with, quoted (group `words`: "the paragraph you quoted below (starting
    # \"Per the liaison service\")"), by its number in its first cell (group `number`: "item 4", "bod 4"), or
    # pages by number (group `numbers`: "pages 2-3", "หน้า 2-3", under the lines that head them:
    # `structure.page_forms.heading`): `reader/pointers.py`, round 115
    opening_words: GoverningPatternSpec = no_pattern()
    item_number: GoverningPatternSpec = no_pattern()
    page_numbers: GoverningPatternSpec = no_pattern()
    # a paragraph named by its topic in another language (group `topic` or `topic2`: "đoạn về Cam Ranh",
    # "doan ve Cam Ranh", "el párrafo sobre la visita"): `reader/pointers.by_topic_abroad`, round 119
    topic_abroad: GoverningPatternSpec = no_pattern()
    # a figure's caption named by its kind and number in any language the rules hold ("la légende du schéma 3",
    # "the caption of figure 2"; groups `kind`, `number`), with the paragraph that comments it
    # (`figure_comment`: "et le paragraphe qui le commente"): `reader/pointers.by_figure_mentions`, round 132;
    # `figure_mention`: a figure named by any kind word and a number in a portion's text (group `number`)
    figure_caption: GoverningPatternSpec = no_pattern()
    figure_comment: GoverningPatternSpec = no_pattern()
    figure_mention: GoverningPatternSpec = no_pattern()
    # the text around a figure or table a claim names with it ("Figure 2 and the text wrapped around it", "Table 3
    # and its discussion"): `reader/governing._with_unmarked_around`, round 135
    block_surroundings: GoverningPatternSpec = no_pattern()
    # a direction word from other text than the statement ("the paragraph above my signature"): points both ways
    direction_anchored: GoverningPatternSpec = no_pattern()
    # the one paragraph right above or right below the statement (`the para above`, `the paragraph
    # directly below`): group `above` or `below`
    adjacent: GoverningPatternSpec = no_pattern()
    # a legend naming text by the brackets around it (`text in [square brackets] is SECRET//NOFORN`,
    # `BRACKETED TEXT IS CLASSIFIED`, `anything inside double angle brackets << >>`): group `square`, `angle`
    # or `brace`, the kind; `brackets_except` words that turn it round (`except`, `outside`, `the rest`)
    # (`reader/scope_exact.by_brackets`, helper overred67)
    brackets: GoverningPatternSpec = no_pattern()
    brackets_except: GoverningPatternSpec = no_pattern()

    @model_validator(mode="after")
    def _bracket_groups(self) -> "UnresolvedScopeSpec":
        groups = set(re.compile(self.brackets.pattern).groupindex)
        if self.brackets.pattern != "(?!)" and not groups <= {"square", "angle", "brace"}:
            raise ValueError("brackets: groups may only be named square, angle, brace")
        if self.brackets.pattern != "(?!)" and not groups:
            raise ValueError("brackets: needs a group named square, angle or brace")
        return self
    # a page of a paged file named (`reader/page_refs.named_page_target`): group `this` the page the statement
    # is on, `a` (to `b`) pages by number, `above` the page above it; `page_word` every word naming a page
    page_named: GoverningPatternSpec = no_pattern()
    page_word: GoverningPatternSpec = no_pattern()

    @model_validator(mode="after")
    def _page_named_groups(self) -> "UnresolvedScopeSpec":
        missing = {"this", "a", "b", "above"} - set(re.compile(self.page_named.pattern).groupindex)
        if self.page_named.pattern != "(?!)" and missing:
            raise ValueError(f"page_named: needs groups named {', '.join(sorted(missing))}")
        return self
    # ... by its place ("üçüncü paragraf", "wiersz 3", "prejšnji odstavek"): what it names, when certain
    places_abroad: list[PlaceAbroadSpec] = []
    # a level claimed for text in any words (group `level`), and what looks like one but is none
    # (matched at the level's start)
    claims: GoverningPatternSpec = no_pattern()
    not_claims: GoverningPatternSpec = no_pattern()
    # what a level in a portion mark's letters is said of when it is no level ("her grade ... is S"),
    # searched in its sentence before it
    not_claim_subjects: GoverningPatternSpec = no_pattern()
    # a level in marking shape in a sentence of another language (a note the claims cannot read)
    untranslated: UntranslatedSpec = Field(default_factory=UntranslatedSpec)


class StretchSpec(_Markings):
    """A classified stretch between two bracketed lines (`reader/scope.py`): `begins` lines
    (group `level` optional), and the `ends` line."""

    begins: list[GoverningPatternSpec] = []
    ends: GoverningPatternSpec = no_pattern()


class PartsSpec(_Markings):
    """Parts of a file under their own banners (`reader/evidence._closed_parts`): a `separator`
    line right above a part's top banner (`-----Original Message-----`, `--- Slide 3 ---`), or
    a `heading` line right under it (`TAB B:`), or in a file of two messages or more a
    `message_header` line right under it (`From:`), says the part is an item of its own (a
    message, a tab, a slide), not one more page of the same document."""

    separator: GoverningPatternSpec = no_pattern()
    heading: GoverningPatternSpec = no_pattern()
    message_header: GoverningPatternSpec = no_pattern()
    repeated_header: GoverningPatternSpec = no_pattern()


# A kind of list item's label (`reader/enumerators.py`): a name of a `structure.enumerators.labels` entry.
LabelKind = Annotated[str, Field(pattern=r"^[a-z][a-z_]{0,39}$")]


class EnumeratorsSpec(_Markings):
    """The labels of a list item at a line start (`reader/enumerators.py`): `labels` by kind (a
    regular expression each, with no capturing group; kinds should not overlap: a label of two is of
    the first listed), and the kinds each reading takes (`list_item`, `sibling_item`, `subparagraph`). Validated into one pattern
    (`_pattern`: the indent, then one group per kind, then a space and text) and, for each
    reading, the characters its labels begin with read as ASCII (`_starts`: a line that opens
    with none of them is not tried)."""

    labels: dict[LabelKind, RegexText] = {}
    list_item: list[LabelKind] = []
    sibling_item: list[LabelKind] = []
    subparagraph: list[LabelKind] = []
    _pattern: str = PrivateAttr(default="(?!)")
    _flags: int = PrivateAttr(default=0)
    _starts: dict[str, frozenset[str]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _one_pattern(self) -> "EnumeratorsSpec":
        from .prefilter import first_chars

        for kind, label in self.labels.items():
            if kind == "indent":
                raise ValueError("labels.indent: the name of the indent's group, not a kind")
            if re.compile(label).groups:
                raise ValueError(f"labels.{kind}: a label has no capturing group (write (?:...))")
        for use in ("list_item", "sibling_item", "subparagraph"):
            for i, kind in enumerate(getattr(self, use)):
                if kind not in self.labels:
                    raise ValueError(f"{use}.{i}: {kind!r} is not one of labels")
        if self.labels:
            self._pattern = r"^(?P<indent>[ \t]*)(?:" + "|".join(
                f"(?P<{kind}>{label})" for kind, label in self.labels.items()) + r")[ \t]+\S"
            try:
                self._flags = re.compile(self._pattern).flags
            except re.error as exc:
                raise ValueError(f"labels: not one regular expression together: {exc}") from exc
        else:
            self._flags = re.compile(self._pattern).flags
        for use in ("list_item", "sibling_item", "subparagraph"):
            starts: set[str] = set()
            for kind in getattr(self, use):
                chars = first_chars(re.sub(r"(?<!\\)\\d", "[0-9]", self.labels[kind]), re.ASCII)  # (`\d` as 0-9)
                if chars is None:
                    raise ValueError(f"labels.{kind}: its first characters are not known (write them out)")
                starts |= chars
            self._starts[use] = frozenset(starts)
        return self


class PageFormsSpec(_Markings):
    """The forms of page markers, one entry: the page map reads them (`reader/pages.PageMap`), and
    every place that reads pages asks it. `marker` a page's number on a line of its own (`--- p. 2
    ---`, `- 2 -`, `[Seite 2]`); `heading` a line that heads a page (`--- Police summary, page 2
    ---`, group `number`); `alone` a line that is a page's number and nothing else (`Page 2 of 3`, `- 2 -`: a memo's `page` field); `numbered` a page's
    number at a line's start or end (`Page 4`, `Page 4 of 9`, group `number`: the number of a page
    of a file split by form feeds); `ruled` a line that is `page N` between rules alone (`-- Page 2
    of 3 --`: in a statement, its page's label, not a page it names)."""

    marker: GoverningPatternSpec = no_pattern()
    heading: GoverningPatternSpec = no_pattern()
    alone: GoverningPatternSpec = no_pattern()
    numbered: GoverningPatternSpec = no_pattern()
    ruled: GoverningPatternSpec = no_pattern()
    # a document's state printed beside the page number and banner in a footer line (`- 2 -   SECRET//NOFORN   DRAFT`):
    # the line is still the page's banner (`reader/footer_banners`)
    footer_status: GoverningPatternSpec = no_pattern()
    # a page number only a footer line counts, and only beside a classified banner (`-- 2 --   CONFIDENTIAL`): the
    # line raises its page, never lowers it (`reader/footer_banners`)
    footer_number: GoverningPatternSpec = no_pattern()

    @model_validator(mode="after")
    def _numbered_has_number(self) -> "PageFormsSpec":
        for name in ("heading", "numbered"):
            pattern = getattr(self, name).pattern
            if pattern != "(?!)" and "number" not in re.compile(pattern).groupindex:
                raise ValueError(f"{name}: needs a group named number")
        return self


class StructureSpec(_Markings):
    """The reader's structural vocabulary (`reader/portions.py`, `reader/cable.py`): the list
    items' labels (`enumerators`) and the lines that end a portion with no blank line before
    them (a wiki macro, a running head, a diff's hunk header, a date and time, a heading between
    rules, a chat message's header, a block's directive, an admonition, a file name, a labelled
    note, a merge conflict's marker, a sub-item's number, a form's field label, a note that text goes on
    on another page, a sheet's row number)."""

    enumerators: EnumeratorsSpec = Field(default_factory=EnumeratorsSpec)
    wiki_macro: GoverningPatternSpec = no_pattern()
    running_head: GoverningPatternSpec = no_pattern()
    running_line: GoverningPatternSpec = no_pattern()
    section_label: GoverningPatternSpec = no_pattern()
    previous_one: GoverningPatternSpec = no_pattern()
    diff_hunk: GoverningPatternSpec = no_pattern()
    context_diff_hunk: GoverningPatternSpec = no_pattern()
    normal_diff_change: GoverningPatternSpec = no_pattern()
    calendar_level: GoverningPatternSpec = no_pattern()
    calendar_level_properties: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9\-]*$")]] = []
    vcard_public_classes: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9\-]*$")]] = []
    timestamp_lead: GoverningPatternSpec = no_pattern()
    ruled_heading: GoverningPatternSpec = no_pattern()
    chat_message_header: GoverningPatternSpec = no_pattern()
    admonition: GoverningPatternSpec = no_pattern()
    file_name_line: GoverningPatternSpec = no_pattern()
    labelled_note: GoverningPatternSpec = no_pattern()
    block_directive: GoverningPatternSpec = no_pattern()
    conflict_marker: GoverningPatternSpec = no_pattern()
    sub_item: GoverningPatternSpec = no_pattern()
    form_field: GoverningPatternSpec = no_pattern()
    edited_message: GoverningPatternSpec = no_pattern()
    points_below: GoverningPatternSpec = no_pattern()
    continued_elsewhere: GoverningPatternSpec = no_pattern()
    continuation_label: GoverningPatternSpec = no_pattern()
    page_forms: PageFormsSpec = Field(default_factory=PageFormsSpec)
    # the words a sentence broken mid-clause may end its line on (`met with`, `the`, `of`): a line ending on
    # one is no heading (reader/portions.py `heading_then_sentence`)
    mid_clause_words: list[Annotated[str, Field(pattern=r"^[a-z]+$")]] = []
    # a line that stops where no sentence or heading can, so a mark under it may go on with it (reader/evidence.py
    # `_continuations`): on one of these words, on one of these abbreviations (written without their last dot)
    unfinished_line_words: list[Annotated[str, Field(pattern=r"^[a-z]+$")]] = []
    unfinished_line_abbreviations: list[Annotated[str, Field(pattern=r"^[a-z]+(?:\.[a-z]+)*$")]] = []
    row_number: GoverningPatternSpec = no_pattern()
    message_header_line: GoverningPatternSpec = no_pattern()
    answer_label: GoverningPatternSpec = no_pattern()
    outline_node: GoverningPatternSpec = no_pattern()
    column_held_back: GoverningPatternSpec = no_pattern()
    title_macro: GoverningPatternSpec = no_pattern()
    title_macro_marking: GoverningPatternSpec = no_pattern()
    # a meeting chat saved as text: a message's header alone on its line (`14:03:40 From Tom Quist to Everyone:`);
    # the tool writes each line of a message as it was typed, never wrapped (reader/portions.py)
    saved_chat_header: GoverningPatternSpec = no_pattern()


class OpeningControlSpec(_Markings):
    """(fix49i) A control in words that opens a portion's text right after its mark (`backstop.opening_controls`)."""

    pattern: RegexText
    controls: list[str]


class BackstopSpec(_Markings):
    """The reader's backstop (`reader/backstop.py`): how the register's tokens count when they
    are left in a portion's text. `mention_before` / `mention_after` are regular expressions."""

    min_length: Annotated[int, Field(ge=1, le=20)] = 4
    prose_words: list[str] = []
    # words that are no token of the register but count in marking syntax (`TS//SCI`: SCI is the class of the
    # control systems, not one of them): read there, they make the run a marking that cannot be read
    syntax_only_words: list[str] = []
    # (fix49i) more controls in words read only where they open a portion's text right after its mark (besides
    # `handling_statements` and the `controls_in_words` that state a control): `(U) Do not forward this memo
    # outside the USG. The ...`; each a regular expression and the controls it states
    opening_controls: list[OpeningControlSpec] = []
    mention_before: RegexText = r"(?!)"
    mention_after: RegexText = r"(?!)"
    # the words right before an opening quotation mark that make a short quoted marking a label
    # shown, not applied (`a sample marked "SECRET - not for foreigners"`)
    mention_quoted_before: RegexText = r"(?!)"
    # the words of a level's sentence before it that make it part of a definition or an example, not a
    # claim (`a mark such as (S//NF) means the portion is SECRET`, `example: a paragraph that says it is
    # confidential`); searched in the sentence up to the level, never in one that names other text
    mention_defined: RegexText = r"(?!)"
    # (after a level: a clearance held or a service, no level of text even in a sentence that names other text)
    held_after: RegexText = r"(?!)"
    # words that name other text of this document than the sentence they are in (the next paragraph, the table
    # below, what comes next, this thread): a level anywhere in their sentence is a claim on it, never a mention
    names_other: RegexText = r"(?!)"
    # a marking verb before a quoted level in the same sentence (`mark the table below "SECRET"`): with
    # `names_other` in that sentence the quoted level is a claim, not a label shown
    mark_before_quoted: RegexText = r"(?!)"
    # (the words that alone may stand before a level that opens a line wrapped inside its sentence: `and`, `or`)
    wrap_joins: list[Annotated[str, Field(pattern=r"^[a-z]+$")]] = []
class ReaderWordsSpec(_Markings):
    """English words, field names and labels the reader reads a document's layout by (`reader/memo.py`,
    `cable.py`, `cable_header.py`, `authority.py`, `governing.py`, `messages.py`, `marks.py`, `evidence.py`,
    `portions.py`, `json_export.py`): a regular expression each (a missing one matches nothing), some with
    the named groups the reader takes, and two word lists (`review_words`, `not_signature`)."""

    memo_field: GoverningPatternSpec = no_pattern()  # group `name`
    memo_more_controls: GoverningPatternSpec = no_pattern()  # group `value`
    end_of_summary: GoverningPatternSpec = no_pattern()
    quotation_begins: GoverningPatternSpec = no_pattern()
    quotation_ends: GoverningPatternSpec = no_pattern()
    introduces_quotation: GoverningPatternSpec = no_pattern()
    answer_back: GoverningPatternSpec = no_pattern()
    # a review table: words one of which the text holds (lower case), its header, its columns' headers
    review_words: list[Annotated[str, Field(pattern=r"^[a-z][a-z' ]*[a-z]$")]] = []
    review_header: GoverningPatternSpec = no_pattern()
    review_column: GoverningPatternSpec = no_pattern()
    portion_column: GoverningPatternSpec = no_pattern()
    message_opens: GoverningPatternSpec = no_pattern()
    inline_replies: GoverningPatternSpec = no_pattern()
    repeated_message_header: GoverningPatternSpec = no_pattern()
    abbreviation_at_end: GoverningPatternSpec = no_pattern()
    example_cue: GoverningPatternSpec = no_pattern()
    company_notice: GoverningPatternSpec = no_pattern()
    us_post: GoverningPatternSpec = no_pattern()
    crown_realm_government: GoverningPatternSpec = no_pattern()  # (fix45e: reader/evidence.py `_countries_named`)
    json_controls: GoverningPatternSpec = no_pattern()  # groups `key`, `value`, `values`
    json_marking_key: GoverningPatternSpec = no_pattern()
    marks_column_header: GoverningPatternSpec = no_pattern()
    cites_at_end: GoverningPatternSpec = no_pattern()
    # (open39a) what makes the item after a spelled-out run's next letter a clause of its own (`(C) the governor is on
    # our payroll`), and the words that open a sentence and continue no word broken by a hyphen (`Euro-` / `The`)
    list_item_clause: GoverningPatternSpec = no_pattern()
    wrap_sentence_opener: GoverningPatternSpec = no_pattern()
    conjunction_at_end: GoverningPatternSpec = no_pattern()
    cites_section_at_end: GoverningPatternSpec = no_pattern()
    subsection_continues: GoverningPatternSpec = no_pattern()
    autocorrected_notice: GoverningPatternSpec = no_pattern()
    banner_note_words: GoverningPatternSpec = no_pattern()
    xml_marking_element: GoverningPatternSpec = no_pattern()
    yaml_classification_key: GoverningPatternSpec = no_pattern()
    # (fix41c) a record key that may name its record's level (`level: C//NF`): read only to raise (reader/level_keys.py)
    yaml_level_key: GoverningPatternSpec = no_pattern()
    # (fix44b) a line reprinted at a page's head or foot (reader/resumed_portions.py, fix42c's `_PAGE_LINE`)
    page_head_line: GoverningPatternSpec = no_pattern()
    prior_release_exemption: GoverningPatternSpec = no_pattern()  # (reader/prior_release_marks.py)
    derived_from_label: GoverningPatternSpec = no_pattern()
    # a word of prose where a `Classified By:` line names the classifier (reader/authority.py)
    authority_slot_prose: GoverningPatternSpec = no_pattern()
    # a note right under a release field that may narrow its list (reader/document_controls.py)
    release_condition_line: GoverningPatternSpec = no_pattern()
    # a release field that refuses a country by name: plain (U) text takes its limit too (reader/release_field_limit.py)
    release_field_refuses_country: GoverningPatternSpec = no_pattern()
    # the lines alone in capitals that are no signature (upper case)
    not_signature: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z ]*[A-Z]$")]] = []
    statement_subject: GoverningPatternSpec = no_pattern()
    caveats_line: GoverningPatternSpec = no_pattern()  # group `value`
    # a legend that gives a style of text a level (group `style` or `style2`), the level it states, and the markup
    # that sets a run of text apart (reader/style_legends.py)
    style_legend: GoverningPatternSpec = no_pattern()
    style_legend_level: GoverningPatternSpec = no_pattern()
    style_legend_markup: GoverningPatternSpec = no_pattern()
    # a tag whose attribute holds words a browser hides (reader/hidden_attributes.py)
    hidden_attribute_text: GoverningPatternSpec = no_pattern()
    # a note in a table cell or a record's note key that gives its row a level; a table keyed by paragraph number
    # (reader/cell_notes.py): groups `level`, `letters`, `control` of cell_note_level, `level` of paragraph_cell_level
    cell_note_level: GoverningPatternSpec = no_pattern()
    cell_note_noforn: GoverningPatternSpec = no_pattern()
    cell_note_key: GoverningPatternSpec = no_pattern()
    cell_note_names_a_part: GoverningPatternSpec = no_pattern()
    paragraph_key_column: GoverningPatternSpec = no_pattern()
    paragraph_cell_level: GoverningPatternSpec = no_pattern()
    paragraph_number_column: GoverningPatternSpec = no_pattern()
    paragraph_class_column: GoverningPatternSpec = no_pattern()
    record_level_key: GoverningPatternSpec = no_pattern()
    csv_note_column: GoverningPatternSpec = no_pattern()
    cell_level_names: dict[Annotated[str, Field(pattern=r"^[A-Z][A-Z ]*$")], Annotated[str, Field(pattern=r"^[A-Z][A-Z ]*$")]] = {}
    # a metadata line stating the document's releasability (`Releasability: ...`, `Handling: ...`), group `value`
    release_field: GoverningPatternSpec = no_pattern()
    # words of an unread release field's value that make it a statement of who may receive the text (upper case)
    release_field_signs: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z\-]*$")]] = []
    release_field_label_notes: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z \-]*$")]] = []
    # a REL TO list standing as a value with no field's label (a custom property, a mail header), group `list`
    stray_release_list: GoverningPatternSpec = no_pattern()
    # a DoD distribution statement B-F (release to US government bodies only): read as NOFORN
    distribution_statement: GoverningPatternSpec = no_pattern()
    # a foreign-disclosure field that answers no (`Foreign-Disclosure: NO`): read as NOFORN
    foreign_release_refused: GoverningPatternSpec = no_pattern()
    # a chat correction pointing back in words (`correction: the two lines above`) (reader/chat_corrections.py)
    correction_points_above: GoverningPatternSpec = no_pattern()
    # a chat channel's metadata field whose value may open with the channel's marking (`Channel topic: CUI//NOFORN -
    # US persons only`, a JSON export's `"topic": "..."`): the label, matched whole (reader/channel_topics.py)
    channel_topic_label: GoverningPatternSpec = no_pattern()
    # words by which a chat correction may mean more than the message above it (`both`, `the one before that`),
    # group `three` for three of them (reader/chat_corrections.py)
    correction_more_than_one: GoverningPatternSpec = no_pattern()
    # the part a compare summary or changelog names, group `number` (`Para 3`, `Absatz 4`; reader/change_records.py)
    change_record_part: GoverningPatternSpec = no_pattern()
    # a reviewer's comment that says the text beside it should carry a level, groups `level`, `next`
    # (reader/review_comments.py)
    review_comment_level: GoverningPatternSpec = no_pattern()
    # (fix41b) a remark in any tool's comment or language that a part is or should be a level, group `level`
    # (reader/review_comments.py `raise_remarks`)
    remark_raise_level: GoverningPatternSpec = no_pattern()
    # (fix41b) where a line is a comment: its lead (`[Comment AB1:`, `M. Sorensen:`, `Note:`) or a comments heading
    comment_lead: GoverningPatternSpec = no_pattern()
    # (fix43b) a reply's or record's remark that the part it quotes or names is or should be higher, group `level`
    # (reader/part_remarks.py)
    part_remark_level: GoverningPatternSpec = no_pattern()
    # (fix45f) a record naming its target by a time stamp, a quoted fragment or a guide item (reader/named_targets.py):
    # a negation just before a mark (`не (U)`, `not (U)`); a bare level after a copula (`is S`), group `level`; a guide
    # item it cites (`item 4.2`), group `item`; the paragraph it numbers (`para 3`), group `n`
    record_negated_mark: GoverningPatternSpec = no_pattern()
    record_bare_level: GoverningPatternSpec = no_pattern()
    guide_item_ref: GoverningPatternSpec = no_pattern()
    record_part_number: GoverningPatternSpec = no_pattern()
    # (fix46a) a record's second target named by topic, group `topic`/`topic2`; the level it says of the parts it does
    # not name, group `level` (reader/second_targets.py)
    record_also_target: GoverningPatternSpec = no_pattern()
    record_others_level: GoverningPatternSpec = no_pattern()
    # (fix46g) a second target after a plain `and`, group `topic`; a target named by its place (group `line`, `fn`);
    # the level a record keeps or sets, group `level`; letters that are clothing sizes (reader/second_targets.py)
    record_and_target: GoverningPatternSpec = no_pattern()
    record_place_target: GoverningPatternSpec = no_pattern()
    record_place_level: GoverningPatternSpec = no_pattern()
    record_size_letters: GoverningPatternSpec = no_pattern()
    # (fix46a; not written here: `validated_vocabulary` fills it from rules/record_words.yaml) a section -> a key -> its
    # words, each a regular expression alternative (reader/negated_part_notes.py, reader/edit_commands.py)
    record_words: dict[str, dict[str, list[str]]] = Field(default_factory=dict)
    comments_heading: GoverningPatternSpec = no_pattern()
    # an item of a list of symbols (`- (U) denotes the feed's fraction`), group `symbol`
    defined_symbol_item: GoverningPatternSpec = no_pattern()
    level_word: GoverningPatternSpec = no_pattern()
    paragraph_record_line: GoverningPatternSpec = no_pattern()
    notes_heading: GoverningPatternSpec = no_pattern()
    message_header: GoverningPatternSpec = no_pattern()  # group `quote`
    entire_text: GoverningPatternSpec = no_pattern()  # group `level`
    row_after_table: GoverningPatternSpec = no_pattern()
    row_before_table: GoverningPatternSpec = no_pattern()
    row_to_table: GoverningPatternSpec = no_pattern()
    table_to_row: GoverningPatternSpec = no_pattern()
    json_classification_key: GoverningPatternSpec = no_pattern()  # set inside the key's pattern: no global flags
    structure_banner_key: GoverningPatternSpec = no_pattern()  # a structure's banner field (document_controls)
    sentence_named: GoverningPatternSpec = no_pattern()
    opening_named: GoverningPatternSpec = no_pattern()
    quoted_header_line: GoverningPatternSpec = no_pattern()
    sentence_lead: GoverningPatternSpec = no_pattern()
    pointer_lead: GoverningPatternSpec = no_pattern()
    page_range: GoverningPatternSpec = no_pattern()  # groups `first`, `last`
    names_more: GoverningPatternSpec = no_pattern()
    header_noise: GoverningPatternSpec = no_pattern()  # (reader/cable.py `_routing_shape`)
    # (reader/cable.py `_routing_shape`): a letterhead's line in mixed case, the signs of source code, the words of
    # routing and letterhead lines (upper case) and the verbs that make a line in capitals a sentence (upper case)
    letterhead: GoverningPatternSpec = no_pattern()
    code_signs: Annotated[str, Field(pattern=r"^[^\sA-Za-z0-9]*$")] = ""
    routing_words: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z.\-]*$")]] = []
    letterhead_words: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z.\-]*$")]] = []  # (upper case)
    routing_leads: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z.\-]*$")]] = []  # (upper case: the first word of a routing line)
    header_verbs: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z']*$")]] = []
    # (reader/cable.py `_ordinary_words`): the address words after which one place word may stand (upper case), and
    # the joining words inside a place's name (`RIO DE JANEIRO`)
    place_leads: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z.\-]*$")]] = []
    place_joins: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z.\-]*$")]] = []

    @model_validator(mode="after")
    def _named_groups(self) -> "ReaderWordsSpec":
        """The groups the reader takes from a pattern are in it; the first characters of a line's
        pattern are known (the reader tries it only on lines that start with one: `lazyre.first_of`)."""
        from .prefilter import first_chars

        for key, groups in (("memo_field", ("name",)), ("memo_more_controls", ("value",)),
                            ("json_controls", ("key", "value", "values")), ("caveats_line", ("value",)), ("release_field", ("value",)), ("defined_symbol_item", ("symbol",)), ("correction_more_than_one", ("three",)), ("stray_release_list", ("list",)),
                            ("message_header", ("quote",)), ("entire_text", ("level",)),
                            ("page_range", ("first", "last")), ("style_legend", ("style", "style2")),
                            ("cell_note_level", ("level", "letters", "control")), ("paragraph_cell_level", ("level",))):
            pattern = getattr(self, key).pattern
            missing = set(groups) - set(re.compile(pattern).groupindex)
            if pattern != "(?!)" and missing:
                raise ValueError(f"{key}.pattern: needs groups named {', '.join(sorted(missing))}")
        for key in ("memo_field", "end_of_summary", "quotation_begins", "quotation_ends", "entire_text"):
            pattern = getattr(self, key).pattern
            if pattern != "(?!)" and first_chars(pattern, re.compile(pattern).flags) is None:
                raise ValueError(f"{key}.pattern: its first characters are not known (write them out)")
        try:  # (set inside the pattern of a key and its value: `reader/json_export._classification_key`)
            re.compile(r"\"(?P<key>(?:" + self.json_classification_key.pattern + r"))\"\s*:\s*\"(?P<value>[^\"]*)\"")
        except re.error as e:
            raise ValueError(f"json_classification_key.pattern: not a key name's pattern inside quotes ({e}): "
                             "no global flags (write `(?i:...)`), no group named key or value") from None
        return self


# A column or key name as an export writes it, compared in lower case.
ColumnName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9 _\-]{0,39}$")]


class Vocabulary(VocabularyNames, _Markings):
    levels: list[LevelSpec]
    designations: dict[str, list[str]]
    cui_categories: list[str]
    dissemination: dict[str, list[str]]
    sci: SciSpec
    sap: SapSpec
    aea: AeaSpec
    fgi_prefix: str = "FGI"
    fgi_reference: str = "CAPCO Register: FGI"
    joint_prefix: str = "JOINT"
    joint_reference: str = "CAPCO Register: JOINT"
    nato: list[NatoSpec]
    non_ic: dict[str, list[str]]
    noforn_controls: list[str] = []
    split_controls: list[str] = []
    accm: AccmSpec
    rules: list[RuleSpec]
    captions: dict[str, list[str]]
    caption_designations: dict[str, str]
    tetragraphs: list[str]
    countries: list[str]
    cable_lines: list[CableLineSpec]
    handling_statements: list[HandlingStatementSpec]
    security_indicators: dict[str, str]
    _canonical: dict[str, str] = PrivateAttr(default_factory=dict)
    classification_in_words: list[WordsEvidenceSpec] = []
    controls_in_words: list[ControlsInWordsSpec] = []
    reclassification_in_words: list[WordsEvidenceSpec] = []
    country_names: dict[str, str] = {}
    excepted_country_names: dict[str, str] = {}
    # (fix46c) the other Commonwealth realms, the Crown dependencies and the Overseas Territories by name: their
    # countries in a releasability list in words (never the UK: `reader_words.crown_realm_government`)
    crown_realm_names: dict[str, str] = {}
    # (fix51g) more names of countries, their people, nicknames and air forces (`Canuck`, `Estonian`, `RAAF`), none the
    # UK's: read only where a name can raise (reader/evidence.py `_countries_named(people=True)`, `_names_foreign`)
    country_names_read_to_limit: dict[str, str] = {}
    # (fix49a: reader/release_conditions.py wrote them in Python) two-letter codes of countries other than the UK, read
    # only where a closed list (`AU and US only`) is checked for leaving the UK out (never to release): code -> country
    two_letter_country_codes: dict[str, str] = {}
    # (fix45i) phrases holding such a name that name no one (`Welsh rarebit`): no name where they stand
    excepted_name_phrases_naming_no_one: list[str] = []
    # (fix43c) the words that negate a release in a releasability list written in words (`not releasable to the United
    # Kingdom`, `except`, `other than`): a country named after one is never added to the list
    release_negations: list[Annotated[str, Field(pattern=r"^[a-z][a-z' ]*[a-z]$")]] = []
    capital_cities: dict[str, str] = {}
    foreign_recipients: list[str] = []
    # (fix47b) the UK government's ministries, services, buildings and seats, listed once: the reader derives from it
    # the names of an exception, the foreign audiences and the seats read as capitals (the three methods below)
    uk_government_names: GovernmentNamesSpec | None = None
    country_groups: dict[str, list[str]] = {}
    # (fix49d, adv193-017) regions whose states leave the UK out (`partners in the Pacific`, `allies in Asia`): a sharing
    # list that names states by one is a group whose members are not known (`evidence._groups_named`), a limit only
    regions_leaving_out_uk: list[str] = []
    # (fix50g, adv196-040) groups the UK belongs to that `country_groups` does not expand (`NATO`, `Five Eyes`, `the
    # Commonwealth`): an intersection of two groups (`NATO allies that are also EU members`) holds the UK only when both
    # are such groups or `country_groups` entries that hold it (reader/group_intersections.py)
    groups_holding_uk: list[str] = []
    banner_controls_cover_portions: list[str] = []
    governing_statements: GoverningSpec = Field(default_factory=GoverningSpec)
    backstop: BackstopSpec = Field(default_factory=BackstopSpec)
    unresolved_scope: UnresolvedScopeSpec = Field(default_factory=UnresolvedScopeSpec)
    classified_stretch: StretchSpec = Field(default_factory=StretchSpec)
    banner_parts: PartsSpec = Field(default_factory=PartsSpec)
    structure: StructureSpec = Field(default_factory=StructureSpec)
    reader_words: ReaderWordsSpec = Field(default_factory=ReaderWordsSpec)

    @model_validator(mode="after")
    def _backstop_names_known_spellings(self) -> "Vocabulary":
        """`backstop.prose_words` are spellings of the register (a typo would silently make a
        word count again)."""
        spellings = {s for table in (self.dissemination, self.non_ic, self.captions, self.designations,
                                     self.sap.tokens, self.aea.tokens) for name, aliases in table.items()
                     for s in (name, *aliases)}
        spellings.update(s for system in self.sci.systems for s in (system.banner, system.portion, *system.aliases))
        spellings.update(self.cui_categories)
        for i, word in enumerate(self.backstop.prose_words):
            if word not in spellings:
                raise ValueError(f"backstop.prose_words.{i}: {word!r} is no spelling of a token of the register")
        return self
    # exports and tables: the names of the columns and keys that hold a record's marking
    record_marking_columns: list[ColumnName] = []
    record_releasability_columns: list[ColumnName] = []
    # the names of an export's free-text columns (`Notes`, `Comments`, `REMARKS`) and the tags of a tagged record's
    # free-text fields (RIS `N1`): unmarked text of the record, never its marked cell's (reader/free_text_cells.py)
    record_free_text_columns: list[ColumnName] = []
    record_free_text_tags: list[ColumnName] = []
    releasable_to_all: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z ]*$")]] = []
    # the labels of a caption (`Table 2 (S//NF). Planned deliveries`): its mark marks the caption and
    # what follows it, not the paragraph above it (reader/evidence.py)
    caption_labels: list[Annotated[str, Field(pattern=r"^[A-Z][a-z]+$")]] = []
    # the words of a `Classification:` value that states no marking (`pending review`); any other
    # value the grammar cannot read is a garbled banner (reader/evidence.py)
    classification_values_not_markings: list[Annotated[str, Field(pattern=r"^[a-z]+$")]] = []
    # text a redline or compare output shows as inserted or moved in (`[MOVED TO: ...]`, `{++...++}`):
    # it came from elsewhere, so its portion's mark does not mark it (reader/insertions.py)
    inserted_text: GoverningPatternSpec = no_pattern()
    # what inserted text may hold that states no marking (an AsciiDoc `////` fence, a URL's `https://`)
    inserted_text_states_nothing: GoverningPatternSpec = no_pattern()

    @model_validator(mode="after")
    def _words_name_levels(self) -> "Vocabulary":
        names = {spec.name for spec in self.levels}
        for key in ("classification_in_words", "reclassification_in_words"):
            for i, spec in enumerate(getattr(self, key)):
                if spec.level not in names:
                    raise ValueError(f"{key}[{i}].level {spec.level!r} is not one of levels")
                for designation in spec.designations:
                    if designation not in self.designations:
                        raise ValueError(f"{key}[{i}].designations: {designation!r} is not one of designations")
        for i, control_spec in enumerate(self.controls_in_words):
            for control in control_spec.controls:
                if control not in self.dissemination:
                    raise ValueError(f"controls_in_words[{i}].controls: {control!r} is not one of dissemination")
        for i, control in enumerate(self.banner_controls_cover_portions):
            if control != "REL TO" and control not in self.dissemination:
                raise ValueError(f"banner_controls_cover_portions.{i}: {control!r} is not REL TO or one of "
                                 f"dissemination")
        codes = {*self.countries, *self.tetragraphs}
        for key in ("country_names", "excepted_country_names", "capital_cities", "crown_realm_names", "country_names_read_to_limit",
                    "two_letter_country_codes"):
            for name, code in getattr(self, key).items():
                if code not in codes:
                    raise ValueError(f"{key}.{name}: {code!r} is not one of countries or tetragraphs")
        for name, code in self.two_letter_country_codes.items():  # (fix49a)
            if not re.fullmatch(r"[A-Z]{2}", name):
                raise ValueError(f"two_letter_country_codes.{name}: not two capital letters")
            if self.uk_government_names is not None and code == self.uk_government_names.country:
                raise ValueError(f"two_letter_country_codes.{name}: {code!r} is the UK's (its short names are "
                                 "country_names' and excepted_country_names')")
        for name, code in self.country_names_read_to_limit.items():  # (fix51g: read only to limit, never the UK's)
            if self.uk_government_names is not None and code == self.uk_government_names.country:
                raise ValueError(f"country_names_read_to_limit.{name}: {code!r} is the UK's (read only to limit a list)")
            if name in self.country_names:
                raise ValueError(f"country_names_read_to_limit.{name}: listed again in country_names (list it once)")
        for name, members in self.country_groups.items():
            for i, member in enumerate(members):
                if member not in self.countries:
                    raise ValueError(f"country_groups.{name}.{i}: {member!r} is not one of countries")
        return self

    @model_validator(mode="after")
    def _government_names_listed_once(self) -> "Vocabulary":
        """(fix47b) `uk_government_names` names a known country, and each of its names stands once in the rules: not
        again in its own lists, `excepted_country_names`, `foreign_recipients` or `capital_cities` (one list, from which
        the reader derives every use: `VocabularyNames.exception_names`, `foreign_audiences`, `government_seats`)."""
        spec = self.uk_government_names
        if spec is None:
            return self
        if spec.country not in {*self.countries, *self.tetragraphs}:
            raise ValueError(f"uk_government_names.country: {spec.country!r} is not one of countries or tetragraphs")
        elsewhere = {name.casefold(): key for key in ("excepted_country_names", "foreign_recipients", "capital_cities",
                                                      "country_names")
                     for name in getattr(self, key)}
        seen: set[str] = set()
        for key in ("seats", "offices", "ambiguous_offices", "statement_names", "posts", "hosts", "territory_names",
                    "proper_names"):
            for i, name in enumerate(getattr(spec, key)):
                if not name.strip():
                    raise ValueError(f"uk_government_names.{key}.{i}: an empty name")
                if name.casefold() in seen:
                    raise ValueError(f"uk_government_names.{key}.{i}: {name!r} is listed twice")
                if name.casefold() in elsewhere and key in ("seats", "offices", "ambiguous_offices", "statement_names"):  # (posts, hosts: another use)
                    raise ValueError(f"uk_government_names.{key}.{i}: {name!r} is listed again in "
                                     f"{elsewhere[name.casefold()]} (list it once, here)")
                seen.add(name.casefold())
        return self

    @model_validator(mode="after")
    def _rules_name_known_tokens(self) -> "Vocabulary":
        """Every rule names tokens and levels of this vocabulary (a typo would silently
        disable it)."""
        levels = {spec.name for spec in self.levels}
        known = self.rule_names()
        for i, rule in enumerate(self.rules):
            for key in ("when", "excludes", "requires", "requires_any"):
                value = getattr(rule, key)
                for name in ([value] if isinstance(value, str) else value):
                    if _rule_name(self, name) not in known:
                        raise ValueError(f"rules.{i}.{key}: unknown token or category '{name}'")
            for key in ("minimum", "maximum", "not_at"):
                value = getattr(rule, key)
                for name in ([] if value is None else [value] if isinstance(value, str) else value):
                    if name not in levels:
                        raise ValueError(f"rules.{i}.{key}: unknown level '{name}'")
        for i, name in enumerate(self.noforn_controls):
            if name not in self.non_ic:
                raise ValueError(f"noforn_controls.{i}: '{name}' is not a non-IC control of non_ic")
        tokens = {t.upper() for table in (self.dissemination, self.non_ic, self.captions)
                  for canonical, aliases in table.items() for t in (canonical, *aliases)}
        for i, name in enumerate(self.split_controls):
            words = name.split()
            if len(words) != 2 or not name.isupper() or "".join(words) not in tokens:
                raise ValueError(f"split_controls.{i}: '{name}' is not two pieces in capitals of a control or caption")
        for key in ("fgi_reference", "joint_reference"):
            if not REFERENCE.match(getattr(self, key)):
                raise ValueError(f"{key}: not a rule reference")
        return self


# ---------------------------------------------------------------- rules/levels.yaml
EXEMPTION_PATTERN = r"^\(b\)\([1-9]\)(\([A-F]\))?$"
Exemption = Annotated[str, Field(pattern=EXEMPTION_PATTERN)]
Style = Literal["block", "label", "mask", "pseudonym"]


class EntityRule(_Levels):
    """How one entity type is redacted in released text."""

    exemption: Exemption
    style: Style = "label"
    min_score: Annotated[float, Field(ge=0.0, le=1.0)] = 0.0


class DenyTerm(_Levels):
    """A term always redacted in released text, whether or not a recognizer found it."""

    text: Annotated[str, Field(min_length=2)]
    exemption: Exemption
    entity_type: Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]*$")] = "DENY_LIST"
    style: Style = "label"


class SuggestRule(_Levels):
    """When to suggest an exemption for a portion a reviewer must look at. Any condition that
    is set and holds makes the suggestion; it stays a suggestion: the reviewer decides."""

    exemption: Exemption
    why: Annotated[str, Field(min_length=1)]
    designations: list[str] = []   # the portion carries one of these designations
    entity_types: list[str] = []   # something of these types is redacted in the portion
    phrases: list[Annotated[str, Field(min_length=2)]] = []   # words found in the portion


class ReviewPolicy(_Levels):
    """What a draft level leaves to a human reviewer (`review:` in levels.yaml)."""

    designations: list[str] = []   # released portions carrying these are flagged for review
    redactions: bool = False       # every entity redaction is a proposal a reviewer confirms
    draft_stamp: bool = False      # anything left to review: stamp DRAFT - REVIEW REQUIRED
    suggest: list[SuggestRule] = []


class LevelPolicy(_Levels):
    """One releasability level. Every key is optional in YAML: unset keys take the value in
    the file's `defaults:` section, then the defaults below (which fail closed)."""

    name: str = ""
    description: str = ""
    # -- which portions the audience may see
    ceiling: str = "UNCLASSIFIED"
    designations: list[str] = []
    cui_categories: list[str] | Literal["all"] = "all"
    partner: bool = False
    withhold_controls: list[str] = []
    # `all`: a portion's other controls are released; a list: the only dissemination controls,
    # non-IC controls and captions a released portion may carry (any other one is withheld)
    release_controls: list[str] | Literal["all"] = "all"
    # fail closed: a level releases these categories only when it says so
    withhold_categories: list[Literal["sci", "sap", "aea", "fgi", "nato", "joint"]] = \
        ["sci", "sap", "aea", "fgi", "nato", "joint"]
    withhold_rel_to: bool = False
    unmarked: Literal["inherit", "withhold"] = "inherit"
    doubtful: Literal["withhold", "inherit"] = "withhold"
    classified_exemption: Exemption = "(b)(1)"
    rel_to_groups: dict[str, list[str]] = {}
    # -- what is redacted in the released text
    entities: dict[str, EntityRule] = {}
    field_entities: dict[str, str] = {}
    allow: list[str] = []
    deny: list[DenyTerm] = []
    propagate: bool = True
    without_ner: Literal["withhold", "release"] = "withhold"
    ner_entity_types: list[str] = ["PERSON"]
    protected_fields: list[str] = ["classification", "section", "banner"]
    # -- what the version looks like
    handling_lines: Literal["keep", "remove"] = "keep"
    caveats: Literal["keep", "remove"] = "keep"
    banner: Annotated[str, Field(min_length=1)] = "auto"
    stamp: bool = False
    review: ReviewPolicy | None = None
    mask_text: Annotated[str, Field(min_length=1)] = "XXXXXXXX"
    block_char: Annotated[str, Field(min_length=1, max_length=1)] = "\u2588"


class LevelsFile(_Levels):
    defaults: LevelPolicy = Field(default_factory=LevelPolicy)  # built when validating, not at import
    levels: Annotated[dict[str, LevelPolicy], Field(min_length=1)]


#: The record class each model becomes (by the model's name).
RECORDS: dict[str, type[Record]] = {
    name: getattr(module, name)
    for module, names in ((register, ("SciSystemSpec", "SciSpec", "SapSpec", "QualifierSpec", "AeaSpec", "NatoSpec",
                                      "AccmSpec", "RuleSpec")),
                          (markings, ("LevelSpec", "CableLineSpec", "HandlingStatementSpec", "WordsEvidenceSpec",
                                      "ControlsInWordsSpec", "OpeningControlSpec", "BackstopSpec", "GoverningPatternSpec", "GoverningLevelSpec",
                                      "GoverningTargetSpec",
                                      "GoverningSpec", "EnumeratorsSpec", "StructureSpec", "ReaderWordsSpec", "Vocabulary")),
                          (policy, ("EntityRule", "DenyTerm", "SuggestRule", "ReviewPolicy", "LevelPolicy")))
    for name in names}
