"""Schema of `rules/entities.yaml`, the detection vocabulary, and helpers to load it.

Every shared word list is declared here and validated strictly (unknown keys are errors that
name the file and the key); each recognizer's own entry under `recognizers:` is validated by
that recognizer's `Spec` (see registry.py).
"""
from __future__ import annotations

import functools

from typing import Any

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..config import Rules, RulesError
from ..folding import name_fold


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntitySpec(_Strict):
    enabled: bool = True


_PHRASE_WORD = re.compile(r"[a-z][a-z.'\-]*")


def _check_phrases(phrases: list[str], wildcard: bool) -> list[str]:
    """Phrases in lower case, their words letters, dots, hyphens and apostrophes (and `*`, one
    word, inside a naming verb), none repeated."""
    seen = set()
    for phrase in phrases:
        words = phrase.split()
        if not words or any(not (_PHRASE_WORD.fullmatch(w) or wildcard and w == "*" and 0 < i < len(words) - 1)
                            for i, w in enumerate(words)):
            raise ValueError(f"{phrase!r}: words in lower case (letters, dots, hyphens, apostrophes"
                             + (", `*` inside" if wildcard else "") + ") expected")
        key = " ".join(words)
        if key in seen:
            raise ValueError(f"{phrase!r} is listed twice")
        seen.add(key)
    return phrases


class NamingVerbsSpec(_Strict):
    person: list[str] = []
    general: list[str] = []

    @field_validator("person", "general")
    @classmethod
    def _phrases(cls, words: list[str]) -> list[str]:
        return _check_phrases(words, wildcard=True)


class NamesSpec(_Strict):
    titles: list[str]
    # (fixnames51) honorifics and kin titles of other languages used before a name (oom, tannie, auntie, bhai, didi,
    # ma'am): cues of a name after them in lower case (lower_case_name's `cues_before` and `full_name_cues`,
    # chat_message_name's `kin_cues`) and a chat label's title; not `titles`, as some are nicknames too
    # (everyone calls me "Didi")
    kin_titles: list[str] = []
    leads: list[str]
    particles: list[str]
    # particles of `particles` that open only a surname, never a title's article (DAL CIN, ZU SCHWANSTEDT;
    # not De Standaard): a one-word name after one keeps it
    surname_only_particles: list[str] = []
    # particles inside a name only when written in lower case (Benedikt ten Brink, Avishai bar
    # Yosef, Vaz de Mascarenhas e Sousa): in capitals they are English words (TEN YEARS, THE BAR)
    lower_case_particles: list[str] = []
    # words written with a period inside a name, before the rest of it (MARGUERITE ST. JOHN-LAWAL)
    abbreviated_particles: list[str] = []
    # the word before one of these is a given name, even a title word (SULTAN BIN FAHD)
    filiation_particles: list[str] = []
    # words that open a name in some naming conventions and are English words or letters elsewhere
    # (the Balinese I and NI: I WAYAN SUDARSANA, Ni Kadek Sri Wahyuni): right before a name of two
    # words or more found, on its line and in its case, they are the name's
    name_prefixes: list[str] = []
    # abbreviated given names written with a period before a name (MA. GUADALUPE, Mohd. Irfan)
    given_name_abbreviations: list[str] = []
    # endings of patronymics (RUSTAMOVNA, NURLANULY): such a word after a name continues it
    patronymic_endings: list[str] = []
    stop_words: list[str]
    caps_continue_below_zipf: float = 4.2
    caps_not_name_suffixes: list[str] = []
    caps_suffix_min_zipf: float = 3.5
    # ... and at the end of a spaCy name in capitals, one at least this common is trimmed off
    # (ABU TALHA" FACILITATED)
    caps_trailing_verb_min_zipf: float = 3.0
    # a capitalized word rarer than this (zipf) is no English word in use: right before a name
    # in mixed case it is taken for a given name NER dropped (Tapiwa Chirwa-Moyo)
    rare_below_zipf: float = 2.5
    # (fixnames48b) languages (wordfreq codes) whose words used this much or more are no surname after a name
    # in lower-case prose (Indonesian `sudah`, `juga`: `mama lusi sudah tahu`)
    function_word_languages: list[str] = []
    function_word_min_zipf: float = 5.5
    # ... and English less than this (not `dan`, `cara`: English given names too)
    function_word_max_english_zipf: float = 3.0
    # a one-word spaCy name no name list knows is kept only before one of these verbs...
    person_verbs: list[str] = []
    # ... or a possessive and one of these nouns (KOVALENKO'S BROTHER), or after a title or given name
    person_nouns: list[str] = []
    # ... or a copula and one of person_nouns (SUPRIYANTO IS A VILLAGE HEAD IN PORONG), not one of these
    # that an organisation or a country is too (ECOWAS IS A MEMBER OF)
    predicate_not_nouns: list[str] = []
    # ... and those of person_nouns for what a person has or does, no person (cell, blog, arrest)
    possessed_nouns: list[str] = []
    # offices written with their post after them (LEGATT LAGOS): a place after one is no person
    posted_offices: list[str] = []
    # a spaCy name right after one of these is a place's (police in Dong Nai, the shura in Tarin Kowt)
    place_prepositions: list[str] = []
    # a capitalized word, a comma and a given name after one of these is a place, then a person (in Ardestan, Reza)
    place_leads: list[str] = []
    # given names that are English words (GIFT, SUNDAY, PRECIOUS): names only in a name's
    # position, next to a word no English word list knows (GIFT CHIRINDA, NABUKEERA HOPE)
    word_given_names: list[str] = []
    # words that make the next given name that is a word a word (THE HOPE, IN JUNE, WE HOPE):
    # elsewhere such a name opens a name before a word no English word list knows (THAT HOPE MASUKU)
    word_given_name_blockers: list[str] = []
    # the residual net's possessive rule (names27: ASALI'S FORCES, Mason's brother-in-law): a
    # word before these is a place's or a storm's (St. Jude's, Typhoon Reming's), and these after
    # the possessive make it an institution's (NEBAJ'S MAYOR is a title, Sastipen's office)
    possessive_place_words_before: list[str] = []
    possessive_institution_nouns: list[str] = []
    # the residual net's quoted-name rule (names28): a word before the quotes that makes the
    # quoted word a term's or a group's (the "Ujku" group, a "boyevik")
    quoted_name_blockers_before: list[str] = []
    # the residual net's list-item rule (names29): a line label (besides a person's noun: Applicant:)
    # after which a surname written first, a comma and the given names are a person's (Name: NASEEM, Mariyam)
    list_name_labels: list[str] = []
    # words for a person that a gloss in parentheses after a name may be, besides person_nouns,
    # one-word titles and nouns of a doer (names30: Pintus (LES), Piras (the old man), Kuku (one name))
    gloss_person_words: list[str] = []
    # (fixnames30) roles an organisation takes too: a gloss ending in one says a person only after a
    # known name (IGAD (MEDIATOR), Medtronic (sponsor) are none) ...
    gloss_organisation_roles: list[str] = []
    # ... and nouns for things counted: a number in parentheses before one (or after a brand's
    # product) is a count, no child's age (Dragunov (2) rifles, Toyota Hilux (4))
    gloss_count_nouns: list[str] = []
    # determiners: no name opens with or follows one (the gloss's, the possessive's, the quoted
    # nickname's), one list
    determiners: list[str] = []
    # words that close a text before the name signing it off (`Regards, Tunde`: names30's sign-offs)
    sign_off_words: list[str] = []
    # verbs that give a person's name before a nickname in quotes (names30): `person`, ones only a
    # person takes (goes by, calls himself; `*` stands for one word: signs * as), `general`, ones
    # said of anything, a person's only after a name or a word for a person (called, known as)
    naming_verbs: NamingVerbsSpec = Field(default_factory=lambda: NamingVerbsSpec())

    @field_validator("determiners", "sign_off_words")
    @classmethod
    def _phrases(cls, words: list[str]) -> list[str]:
        return _check_phrases(words, wildcard=False)
    # words after which a list item or a name's position starts (MET WITH X, LUNCH FOR X, A AND X)
    list_leads: list[str] = []
    # a word in capitals or capitalized, no known name and no English word in use, one letter
    # away (or two letters swapped) from a title word at least this long is that title misspelled
    # (GENRAL, AMBASADOR, CHEIF, COUNSLEOR): a title, not a name; 0 turns this off
    misspelled_title_min_length: int = Field(5, ge=0)
    max_words: int = Field(4, ge=1)
    # surnames of two letters, written with their diacritics, that open the name right after them
    # (Lê | Văn Hậu, Đỗ | Minh Quang): the name lexicons leave out names this short
    short_surnames: list[str] = []
    # job words and honorifics that are cut off a person's span's edge like a title (NURSE, DECKHAND,
    # CHOWKIDAR, Shri, Seth) and suffixes of a verb or adjective in capitals cut off its end (REPORTS)
    edge_words: list[str] = []
    # (of those, the regional titles cut even before a given name: WAZIR ZAHID HUSSAIN)
    edge_titles: list[str] = []
    edge_trailing_suffixes: list[str] = []
    edge_trailing_s_min_zipf: float = 4.0
    # words of festivals and movements that make a span no person's, and words right before a club's or
    # a team's name (SALWA JUDUM, BASTAR DUSSEHRA; FOOTBALL CLUB MOHUN BAGAN)
    event_words: list[str] = []
    thing_words_before: list[str] = []


class MentionsSpec(_Strict):
    min_length: int = Field(3, ge=1)
    score: float = Field(ge=0, le=1)
    # a known given name rarer than this as a word is propagated alone at a sentence's start in
    # mixed case (Alice, signing after `Wellesley, Alice G`; not Rose, Mark, Bill)
    given_name_max_zipf: float = 4.5
    # a word of a name found is taken again written in lower case when English uses it less than
    # this (fixnames34: brandt, mirta; not sun, fan, rose)
    lower_case_max_zipf: float = 3.5
    # (fixnames48) a sign-off in lower case (`thanks, innes`, `- innes`) is a name when English uses its
    # words less than this (or a known name English uses less than names.caps_continue_below_zipf)
    lower_sign_off_max_zipf: float = 3.5
    # (fixnames44) a family by a surname found, in the plural after one of these words (the LOWRYS after
    # ALTON LOWRY), and another family joined to it (`the Xs and the Ys`); the plural no word in use
    family_articles: list[str] = []
    family_plural_endings: list[str] = []
    family_joiners: list[str] = []
    # (fixnames45) a family whose singular is found nowhere, by the words around its plural: verbs of persons
    # after it (THE TOBRISES ASK), maybe after an auxiliary (the Laus do not deny), and words before it (family
    # (the Bairds), visited the Osemwengies)
    family_verbs_after: list[str] = []
    family_auxiliaries: list[str] = []
    family_words_before: list[str] = []
    # (fixnames46) adverbs before the verb (THE XS ALSO OWN), and prepositions of where they are from between
    # the plural and the verb (the Xs in Orlando want, THE XS OF ENMORE, WANT)
    family_adverbs: list[str] = []
    family_place_prepositions: list[str] = []
    # (fixnames50) a surname shown in full (Harlan Cash, KO MYUNG-SOOK, Mr Heard) used alone again, in any case,
    # plural, possessive or hyphenated (detection/word_surname_mentions.py): short clan surnames taken though
    # shorter than min_length; words before it that make it a word (she heard, IS STILL); verbs after it, beside
    # names.person_verbs and family_verbs_after, that make it a person (Fry won't)
    clan_surnames: list[str] = []
    word_surname_words_before: list[str] = []
    word_surname_verbs_after: list[str] = []
    # (fixnames50) nouns that are given names or surnames too (Tit, Wren, Jay), taken for the noun in lower case or
    # capitals after a modifier (a penduline tit, THE GREAT TIT, blue jay), where no person's verb follows
    modified_nouns: list[str] = []


class PersonSlotsSpec(_Strict):
    """Person slots (detection/slots.py): a run of capitalized words where the sentence says a
    person stands (a list next to a name found, before a person's verb, after a title) is a name
    when it is no English phrase, place or organisation."""
    enabled: bool = True
    score: float = Field(default=0.8, ge=0, le=1)
    min_words: int = Field(default=2, ge=1)
    max_words: int = Field(default=4, ge=1)
    # one word of the run rarer than this (zipf) says name (else every word rarer than
    # names.caps_continue_below_zipf, or a known name that English uses little)
    distinct_below_zipf: float = 3.0
    # one word alone, this long or longer and rarer than this (zipf), is a name where the words
    # around it say person (lexicon.person_cue: Noy's father, KAMENOV SAID, HER SON, TUNDE)
    lone_min_length: int = Field(default=3, ge=1)
    lone_below_zipf: float = 2.5
    # ... in capitals, this long or longer, with an acronym's shape nowhere (names25: HAXHIU'S MEN)
    caps_lone_min_length: int = Field(default=5, ge=1)
    # (fixnames46) ... or shorter, three letters or more, opening a clause right before one of these verbs said only
    # of a person (TIONG WAS ARRESTED, LAU WAS RELEASED)
    caps_lone_verbs_after: list[str] = []
    # ... rarer than this as a word (LAU, KOH: short surnames English writes now and then)
    caps_lone_verb_below_zipf: float = 2.5
    # honorifics that are English words or letters too (U, KO, THAO): two name words after them
    weak_titles: list[str] = []
    # verbs after which the run before them is a person's, besides names.person_verbs
    verbs: list[str] = []
    # verbs whose object is a person: the words after them are a slot, as after names.list_leads
    object_verbs: list[str] = []
    # list leads after which no slot opens (AND, FOR: too common before other things)
    not_leads: list[str] = []
    # capitalized words that are never a name word in a slot (GENERATION, COMMENT)
    not_name_words: list[str] = []


class SuppressSpec(_Strict):
    name_types: list[str]
    acronyms: list[str]
    nationalities: list[str]
    # peoples, ethnic and religious groups and their languages: a finding that opens with one
    # and goes on with common words names a group (NENETS HERDER), see PostProcessor._group_name
    peoples: list[str] = []
    header_words: list[str]
    patterns: list[str]
    numeric_types: list[str]
    numeric_patterns: list[str]
    # a name right after one of these is a ship's (USS NIMITZ), not a person's
    ship_prefixes: list[str] = []
    # nouns for vessels: a name right after one is a ship's (the tug ALMIRANTE ORTEGA)
    vessel_words: list[str] = []
    # (fixnames51b) words around a ship's name written as a person's after `the` (`the laker EDWIN H. GOTT`,
    # `aboard the John G. Munson`, `THE ADMIRAL KUZNETSOV REFIT`): one of these near it says ship
    ship_cues: list[str] = []
    # (fixnames51b) words that open the name of an iwi, a hapu or a tribe (NGĀTI POROU, Ngāi Tahu): no person's
    tribe_openers: list[str] = []
    # (fixnames51b) nouns of trades that are surnames too (FARMER, CONTRACTOR): alone in capitals no person's unless a
    # name of two words or more found holds the word
    trade_nouns: list[str] = []
    trade_counts: list[str] = []
    # nouns for a group of people: one word no name list knows as a given name right before one
    # is a people's or a group's name (the Sarakole community, ZOMI DIASPORA, BATWA VILLAGERS)
    group_nouns: list[str] = []
    # words of offices, correspondence and FOIA processing: never a name in any case (Requester, TELCON)
    office_words: list[str] = []
    # words of identity documents and numbers in other languages (KIMLIK, CODICE FISCALE,
    # TEUDAT ZEHUT, OBCIANSKY PREUKAZ): never a name
    document_words: list[str] = []
    # first halves of compound ethnonyms (AFRO-COLOMBIAN, Indo-Fijian): with a people or a
    # nationality after the hyphen, the word is a people's name
    people_prefixes: list[str] = []


class NameLexiconSpec(_Strict):
    # Faker locales whose given names and surnames are known names
    locales: list[str] = []
    # locale or language -> letter -> Latin letters, to add Latin forms of non-Latin names
    transliteration: dict[str, dict[str, str]] = {}
    # Faker's given names count as given names only when rarer than this (zipf): Mark and May
    # are words first (given_names_file lists the common given names that are names first)
    given_max_zipf: float = 4.4
    # names shorter than this are ignored (Vietnamese An, Chinese Li are also words)
    min_length: int = 3
    # Faker locales whose long lists hold English words too (the US lists: Dell, Red, Hand): their
    # given names and surnames are known names only when rarer than `rare_max_zipf` (names25)
    rare_locales: list[str] = []
    rare_max_zipf: float = 3.0
    # (fixnames51) short and hypocoristic forms of given names (Gaz, Bev, Boetie): the maintained list of a data
    # package (`short_forms_package`: the module `nicknames`) and a rules file of the forms it lacks; names only where
    # the layout says speaker or addressee (Lexicon.is_short_given_name)
    short_forms_package: str = ""
    short_forms_file: str = ""
    # the package's forms count when of three letters or more and rarer in English than this (not ONE, DAY, LIFE,
    # which its table also gives as nicknames); the rules file's count whatever their frequency
    short_forms_max_zipf: float = 4.3


class RecaseSpec(_Strict):
    upper_ratio: float = Field(0.85, gt=0, le=1)
    min_letters: int = Field(12, ge=1)
    # a line opening in lower case is lower-case prose with at most this share of capitalized words
    lower_line_max_capitalized: float = Field(0.0, ge=0, le=1)
    common_zipf: float = 3.3
    keep_upper: list[str] = []


class NamedAfterSpec(_Strict):
    """Places and institutions named after people (INDIRA GANDHI INTERNATIONAL AIRPORT)."""

    facilities: list[str] = []
    connectors: list[str] = []
    # facility words that are also surnames (Hall, Park, Tower): the thing's name only after two
    # name words of which the last is no known given name (NELSON MANDELA HALL; not MARY ANNE HALL)
    surname_facilities: list[str] = []


class EntitiesSettings(_Strict):
    entities: dict[str, EntitySpec]
    models: list[str]
    ner_labels_to_ignore: list[str] = []
    min_score: float = Field(0.4, ge=0, le=1)
    allow: list[str] = []
    deny: list[str] = []
    given_names_file: str | None = None
    name_lexicon: NameLexiconSpec = NameLexiconSpec()
    places_file: str | None = None
    places: list[str] = []
    # words after which the name before them is a place's (Barents Sea, Charles River)
    place_words: list[str] = []
    named_after_person: NamedAfterSpec = NamedAfterSpec()
    # words before a name that make it a street's or building's (Rue Hamra, Edificio Torre Luna)
    place_words_before: list[str] = []
    # saints' titles: a name after one is a saint's or a place's (San Juan, St Helena, Sveti Nikola),
    # and a word of it is not propagated alone as a person's (see PostProcessor._mentions)
    saints: list[str] = []
    # brands and companies named like persons (CHIQUITA, STARBUCKS, TATA): a finding that is one
    # of them (with or without an organisation word) is no person unless a title or given name
    # comes before it or a person's verb after it
    brands: list[str] = []
    # a spaCy name ending with one of these words is an organisation's (Novaya Gazeta, Alfa Bank)
    organization_words: list[str] = []
    # ... and so is one right after, or right before, one of these (the newspaper Kommersant,
    # Kommersant daily)
    organization_kinds: list[str] = []
    # ... and a name on one line right before one of these (BARTOLINA SISA FEDERATION), not after
    organization_kinds_after: list[str] = []
    # endings of one-word company names (GazPROM, RosNEFT, SinoCHEM): such a word is no surname
    organization_endings: list[str] = []
    # ... and so is one right after one of these phrases (WRITES FOR DZERKALO TYZHNIA)
    organization_leads: list[str] = []
    # a name followed by one of these (after a comma, `&` or `and`: John Snow, Inc.; Kamau & Sons)
    # is a company's
    company_suffixes: list[str] = []
    names: NamesSpec
    mentions: MentionsSpec
    person_slots: PersonSlotsSpec = PersonSlotsSpec()
    # fields of the reader whose names the field recognizers read: NER findings there are dropped
    ner_off_fields: list[str] = []
    # misspellings of captions seen in web and OCR copies (STPDTS for SIPDIS)
    caption_variants: list[str] = []
    # name -> settings of each recognizer (validated by the recognizer's own Spec, see registry.py)
    recognizers: dict[str, dict[str, Any] | None]
    suppress: SuppressSpec
    recase: RecaseSpec

    @property
    def enabled(self) -> list[str]:
        return [name for name, spec in self.entities.items() if spec.enabled]


def load_settings(rules: Rules) -> EntitiesSettings:
    return rules.section("entities", EntitiesSettings)


@functools.lru_cache(maxsize=8)
def given_names(rules: Rules) -> frozenset[str]:
    """Upper-cased given names from the file named by `given_names_file` (empty if none)."""
    name = load_settings(rules).given_names_file
    if not name:
        return frozenset()
    path = rules.directory / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RulesError(f"{path}: cannot read given names ({exc.__class__.__name__})") from None
    return frozenset(line.strip().upper() for line in lines if line.strip() and not line.startswith("#"))


def _word_file(rules: Rules, name: str, what: str) -> list[str]:
    path = rules.directory / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RulesError(f"{path}: cannot read {what} ({exc.__class__.__name__})") from None
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=8)
def place_names(rules: Rules) -> frozenset[str]:
    """Place names from `places_file` and `places`, folded as folding.name_fold does (upper case, no
    diacritics, hyphens as spaces)."""

    settings = load_settings(rules)
    names = [*(_word_file(rules, settings.places_file, "place names") if settings.places_file else []),
             *settings.places]
    return frozenset(" ".join(name_fold(n).replace("-", " ").split()) for n in names)
