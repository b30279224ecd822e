"""Marking grammar: classification levels, controlled-unclassified designations, the
register's categories (SCI, SAP, atomic energy, FGI/NATO/JOINT, IC and non-IC dissemination
controls) and State captions.

Parses CAPCO banners (`SECRET//NOFORN`), portion marks (`(S//NF)`, `(SBU)`, `(//GBR S)`) and
cable classification lines (`C O N F I D E N T I A L SECTION 01 OF 02 BAGHDAD 001234`) into
`Marking`s; reports invalid or doubtful markings with the code and reference of the rule they
break instead of guessing; rolls portions up into the banner they require. The tokens and
rules come from `rules/markings.yaml` (the register's own values: `register.py`).
"""
from __future__ import annotations

import difflib
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Protocol, TypeVar

from .config import Rules, RuleSet, as_rules
from .folding import ascii_fold
from .lazyre import LazyPattern as LazyRegex, compile_pattern, lazy
from .prefilter import literal_trie
from .problems import Reported, Severity
from .records import Record
from .register import CATEGORY_ORDER, Flaw, Foreign, Register, Token, alias_table

if TYPE_CHECKING:
    from .prefilter import Clauses, WordGate

T = TypeVar("T")


# ---------------------------------------------------------------- vocabulary (rules/markings.yaml)
# Validated records (`records.Record`): their schema, with every key and check, is in
# `rules_schema`.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # (Thai, Lao,
# Burmese, Khmer, kana, Han and Hangul words have no spaces around them: matched inside a run of letters)

class VocabularyNames:
    """The names of a vocabulary, for its schema's checks and for the rules that use it."""

    if TYPE_CHECKING:  # for mypy only: at run time the schema (or the record) has the fields
        _canonical: dict[str, str]
        sci: Any  # the section's model or record
        sap: Any
        aea: Any
        accm: Any
        captions: dict[str, list[str]]
        non_ic: dict[str, list[str]]
        dissemination: dict[str, list[str]]
        designations: dict[str, list[str]]
        fgi_prefix: str
        joint_prefix: str
        excepted_country_names: dict[str, str]
        foreign_recipients: list[str]
        capital_cities: dict[str, str]
        country_names: dict[str, str]
        country_names_read_to_limit: dict[str, str]
        uk_government_names: Any  # the section's model or record, or None

    def canonical_name(self, name: str) -> str:
        """The canonical name of a token as rules and levels may write it (`RD`, `KDK`, `NF`...)."""
        if not self._canonical:
            for system in self.sci.systems:
                for spelling in (system.banner, system.portion, *system.aliases):
                    self._canonical[_normalize(spelling)] = system.banner
            for table in (self.captions, self.sap.tokens, self.aea.tokens, self.non_ic, self.dissemination,
                          self.designations):  # the first tables win: designations, then dissemination...
                self._canonical.update(alias_table(table))
        key = _normalize(name)
        return self._canonical.get(key, key)

    def exception_names(self, ambiguous: bool = True) -> dict[str, str]:
        """(fix47b) The names a sentence's exception reads as countries: `excepted_country_names` and the offices of
        `uk_government_names` (`other than the FCDO`, `save King Charles Street`). (fix50b) With `ambiguous` (where
        naming the UK RAISES: a country left out of a list, an exclusion) also its `ambiguous_offices` (`other than
        the Serious Fraud Office`); without (where naming the UK keeps a text releasable to it: a closed list, a
        sharing sentence's exception) only names that say the country (a French `Ministry of Justice` is no UK)."""
        spec = self.uk_government_names
        if spec is None:
            return self.excepted_country_names
        return {**self.excepted_country_names, **{name: spec.country for name in self._uk_offices(ambiguous)}}

    def _uk_offices(self, ambiguous: bool) -> list[str]:
        """(fix50b) `uk_government_names.offices`, and its `ambiguous_offices` with `ambiguous`."""
        spec = self.uk_government_names
        if spec is None:
            return []
        return [*spec.offices, *(getattr(spec, "ambiguous_offices", ()) if ambiguous else ())]

    def foreign_audiences(self) -> list[str]:
        """(fix47b) Audiences that are foreign without naming a country: `foreign_recipients` and the offices of
        `uk_government_names` (`nothing goes to King Charles Street`), (fix50b) its `ambiguous_offices` too (`not to
        the Home Office`): read only where a sentence keeps a text from someone, so a broader list only raises."""
        return [*self.foreign_recipients, *self._uk_offices(ambiguous=True)]

    def government_seats(self) -> dict[str, str]:
        """(fix47b) Capital cities and the places standing for a government as its capital does: `capital_cities` and
        the seats of `uk_government_names` (`keep this away from our friends in Whitehall`)."""
        spec = self.uk_government_names
        if spec is None:
            return self.capital_cities
        return {**self.capital_cities, **{name: spec.country for name in spec.seats}}

    def uk_names(self, ambiguous: bool = True) -> list[str]:
        """(fix48b) Every name the rules give the UK, from the one list: `uk_government_names` (its country's code, seats,
        offices and `statement_names`) and the `country_names` naming its country (`United Kingdom`, `Britain`, `HMG`).
        (fix50b) With `ambiguous` (where the UK is named to RAISE: a UK release limited to parts, the UK leaving a
        community: reader/partial_releases.py, withdrawn_members.py) also its `ambiguous_offices`; without (where
        naming the UK keeps a text releasable: a participant list holding the UK, reader/missing_members.py) not."""
        spec = self.uk_government_names
        if spec is None:
            return []
        return [spec.country, *(name for name, code in self.country_names.items() if code == spec.country),
                *spec.seats, *self._uk_offices(ambiguous), *spec.statement_names]

    def rule_names(self) -> set[str]:
        """Every name a rule's `when` (or a level's `withhold_controls`) may use."""
        return {*CATEGORY_ORDER, *self.designations, *self.dissemination, *self.non_ic, *self.aea.tokens,
                *self.sap.tokens, *self.captions, *(s.banner for s in self.sci.systems), "REL TO", "DISPLAY ONLY",
                "SAR", self.accm.prefix.rstrip("-"), self.aea.cnwdi.banner, self.aea.sigma.banner,
                self.fgi_prefix, self.joint_prefix, "NATO"}


class Vocabulary(VocabularyNames, Record):
    """`rules/markings.yaml`, validated."""


class LevelSpec(Record):
    """A classification level: name, portion abbreviation, aliases."""


class CableLineSpec(Record):
    """The words of a cable classification line, its level and controls."""


class HandlingStatementSpec(Record):
    """A handling statement and the controls it states."""


class WordsEvidenceSpec(Record):
    """A phrase that says in words how classified (part of) a document is."""


class ControlsInWordsSpec(Record):
    """A phrase that states dissemination controls in words."""


class GoverningPatternSpec(Record):
    """A regular expression of the governing statements."""


class GoverningLevelSpec(Record):
    """A phrase of a governing statement that states a level."""


class GoverningTargetSpec(Record):
    """A phrase of a governing statement that names what it governs."""


class GoverningSpec(Record):
    """Statements that govern text elsewhere in the document."""


class EnumeratorsSpec(Record):
    """The labels of a list item at a line start, by kind, and the kinds each reading takes."""


class StructureSpec(Record):
    """The reader's structural vocabulary: list items' labels, the lines that end a portion."""


class ReaderWordsSpec(Record):
    """English words, field names and labels the reader reads a document's layout by."""


class OpeningControlSpec(Record):
    """(fix49i) A control in words read where it opens a portion's text right after its mark."""


class BackstopSpec(Record):
    """How the register's tokens count when left in a portion's text (the reader's backstop)."""


def validated_vocabulary(rules: RuleSet) -> Vocabulary:
    """`markings.yaml` of `rules`, checked against its strict schema (RulesError naming the file
    and key otherwise), as records."""
    from .records import from_model
    from .rules_schema import RECORDS, Vocabulary as Schema

    from .config import RulesError
    from .rules_schema import EnglishWordsSpec, NoteWordsSpec, RecordWordsSpec

    schema = rules.validate("markings", Schema)
    # (the commonest words of English are a file of their own, rules/english_words.yaml: `unreadable_notes.py`
    # reads them as the untranslated notes' `english_words`)
    english = rules.validate("english_words", EnglishWordsSpec).english_words
    scope = schema.unresolved_scope
    # (fix41d: the words of notes in the regional and smaller languages, rules/note_words.yaml; none may be English,
    # where a word read would make an English sentence a note's)
    notes = rules.validate("note_words", NoteWordsSpec)
    known = {w.casefold() for w in (*english, *scope.untranslated.english, *scope.untranslated.english_in_ascii_notes)}
    for language, spec in notes.languages.items():
        for kind in ("top_secret", "secret", "confidential", "noforn", "parts", "ordinals", "positions"):
            for word in getattr(spec, kind):
                if word in known:
                    raise RulesError(f"{rules.path('note_words')}: languages.{language}.{kind}: {word!r} is a word of "
                                     "English (rules/english_words.yaml or untranslated.english)")
    for language, words in notes.others.items():  # (fix48f)
        for word in words:
            if word in known:
                raise RulesError(f"{rules.path('note_words')}: others.{language}: {word!r} is a word of English "
                                 "(rules/english_words.yaml or untranslated.english)")
    levels = notes.level_words()
    for level in levels:
        if level not in scope.untranslated.level_words:
            raise RulesError(f"{rules.path('note_words')}: {level}: no such level in untranslated.level_words")
    untranslated = scope.untranslated.model_copy(update={
        "english_words": english, "note_level_words": levels, "note_part_words": notes.words_of("parts"),
        "note_ordinals": notes.words_of("ordinals"), "note_positions": notes.words_of("positions"),
        "note_conjunctions": notes.conjunction_words(), "note_exceptions": notes.exception_words(),
        "note_others": notes.other_words(), "note_others_negations": notes.other_negation_words()})
    schema = schema.model_copy(update={"unresolved_scope": scope.model_copy(update={"untranslated": untranslated})})
    # (fix46a: the words of records and notes that `negated_part_notes.py` and `edit_commands.py` read by,
    # rules/record_words.yaml)
    record_words = rules.validate("record_words", RecordWordsSpec).model_dump()
    # (fix48b) the levels a unit's own note may state are levels of markings.yaml (names or aliases)
    level_names = {n.casefold() for spec in schema.levels for n in (spec.name, *spec.aliases)}
    for i, word in enumerate(record_words["header_notes"]["own_note_levels"]):
        if word.casefold() not in level_names:
            raise RulesError(f"{rules.path('record_words')}: key 'header_notes.own_note_levels.{i}': {word!r} is no "
                             f"level's name or alias of {rules.path('markings')} levels")
    schema = schema.model_copy(update={"reader_words": schema.reader_words.model_copy(update={"record_words": record_words})})
    vocabulary: Vocabulary = from_model(schema, RECORDS)
    return vocabulary


# ---------------------------------------------------------------- results
@dataclass(frozen=True)
class MarkingProblem(Reported):
    """A problem of one marking (no location: the reader adds it)."""


@dataclass(frozen=True)
class Marking:
    """A parsed marking. `rank` orders levels (-1 when the level could not be read)."""

    level: str | None
    rank: int
    designations: tuple[str, ...] = ()
    cui_categories: tuple[str, ...] = ()
    sci: tuple[str, ...] = ()
    dissem: tuple[str, ...] = ()
    rel_to: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    raw: str = ""
    problems: tuple[MarkingProblem, ...] = ()
    sap: tuple[str, ...] = ()
    aea: tuple[str, ...] = ()
    fgi: tuple[str, ...] = ()  # FGI sources (trigraphs, tetragraphs; `FGI` alone: concealed)
    non_ic: tuple[str, ...] = ()
    display_only: tuple[str, ...] = ()
    #: a foreign-owned classification (`//GBR SECRET`, `//NATO SECRET`, `//JOINT SECRET CAN USA`)
    foreign: Foreign | None = None
    #: the grammar that read it: its vocabulary gives the abbreviations of `portion_mark()`
    grammar: "Grammar | None" = field(default=None, compare=False, repr=False)

    @property
    def valid(self) -> bool:
        """False when the marking cannot be trusted: policy then withholds what it covers."""
        return self.level is not None and not (self.problems and any(p.severity == "error" for p in self.problems))

    @property
    def controls(self) -> list[str]:
        out = [*self.designations, *self.cui_categories, *self.sci, *self.sap, *self.aea]
        if self.fgi:
            out.append(_fgi_text(self.fgi))
        out.extend(self.dissem)
        if self.rel_to:
            out.append("REL TO " + ", ".join(self.rel_to))
        if self.display_only:
            out[out.index("DISPLAY ONLY")] = "DISPLAY ONLY " + ", ".join(self.display_only)
        out.extend(self.non_ic)
        out.extend(c for c in self.captions if c not in out)
        return out

    def names(self) -> frozenset[str]:
        """Every name this marking carries (see `_names`), computed once per marking."""
        return self._names

    @functools.cached_property
    def _names(self) -> frozenset[str]:
        """Every name this marking carries, as rules and levels name them: its tokens, their
        SCI systems, `SAR`, `ACCM`, `CNWDI`, `SIGMA`, `REL TO`, `FGI`, `NATO`, `JOINT` and the
        categories it uses (`sci`, `sap`, `aea`, `fgi`, `non_ic`)."""
        found = {*self.designations, *self.dissem, *self.captions, *self.non_ic, *self.sci, *self.sap}
        found.update(part.split(" ")[0] for value in self.sci for part in value.split("-")[:1])
        found.update(name for value in self.aea for name in _aea_names(value))
        if any(v.startswith("SPECIAL ACCESS REQUIRED-") for v in self.sap):
            found.add("SAR")
        if any(v.startswith("ACCM-") for v in self.non_ic):
            found.add("ACCM")
        if self.rel_to:
            found.add("REL TO")
        if self.noforn:
            found.add("NOFORN")
        categories = {"sci": self.sci, "sap": self.sap, "aea": self.aea, "fgi": self.fgi, "non_ic": self.non_ic}
        found.update(name for name, values in categories.items() if values)
        if self.fgi:
            found.add("FGI")
        if self.foreign is not None:
            found.update({"fgi", self.foreign.owner} if self.foreign.owner != "JOINT" else {"JOINT"})
        return frozenset(found)

    @property
    def noforn(self) -> bool:
        """NOFORN, written or meant (`LES NOFORN`, `EXDIS`: the vocabulary's noforn_controls)."""
        implied = self.grammar.vocabulary.noforn_controls if self.grammar is not None else ()
        return "NOFORN" in self.dissem or any(c in implied for c in self.non_ic)

    def banner(self) -> str:
        """The canonical CAPCO banner for this marking."""
        return self._banner

    def portion_mark(self) -> str:
        return self._portion_mark

    @functools.cached_property
    def _banner(self) -> str:
        return "UNKNOWN" if self.level is None else self._render(portion=False)

    @functools.cached_property
    def _portion_mark(self) -> str:
        if self.level is None:
            return "(?)"
        if self.rank == 0 and self.designations == ("SBU",) and not self.controls[1:] and self.foreign is None:
            return "(SBU)"
        return "(" + self._render(portion=True) + ")"

    def _render(self, portion: bool) -> str:
        """Banner line or portion mark text: the categories in register order."""
        g = self.grammar
        reg = g.register if g is not None else None

        def form(table: dict[str, str] | None, value: str) -> str:
            return table.get(value, value) if (portion and table is not None) else value

        dissem = [form(g.dissem_abbreviations if g else None, d) for d in self.dissem]
        if self.rel_to:
            dissem.append("REL TO " + ", ".join(self.rel_to))
        if self.display_only and "DISPLAY ONLY" in dissem:
            dissem[dissem.index("DISPLAY ONLY")] = "DISPLAY ONLY " + ", ".join(self.display_only)
        sci = [reg.sci_portion(v) if (portion and reg) else v for v in self.sci]
        sap = [reg.sap_portion(v) if (portion and reg) else v for v in self.sap]
        aea = [reg.aea_portion(v) if (portion and reg) else v for v in self.aea]
        non_ic = [form(reg.non_ic_portion if reg else None, v) for v in self.non_ic]
        fgi = _fgi_text(self.fgi) if self.fgi else ""
        if self.foreign is not None:
            head = "//" + (self.foreign.portion if portion else self.foreign.banner)
        elif self.rank == 0 and "CUI" in self.designations:
            return "//".join(p for p in ["CUI", "/".join(self.cui_categories), "/".join(dissem)] if p)
        else:
            head = (g.abbreviation.get(str(self.level), str(self.level)) if (portion and g) else str(self.level))
        parts = [head, "/".join(sci), "/".join(sap), "/".join(aea), fgi, "/".join(dissem), "/".join(non_ic),
                 "/".join(self.designations)]
        return "//".join(p for p in parts if p)

    def to_dict(self) -> dict:
        return {
            "level": self.level,
            "controls": self.controls,
            "raw": self.raw,
            "banner": self.banner(),
            "valid": self.valid,
            "problems": [p.__dict__ for p in self.problems],
        }


@dataclass(frozen=True)
class CableLine:
    """A cable classification line such as `UNCLAS SECTION 01 OF 03 MOSCOW 003736`."""

    marking: Marking
    start: int  # offsets relative to the string given to parse_cable_line
    end: int
    section: int | None = None
    sections: int | None = None
    post: str | None = None
    number: str | None = None


# ---------------------------------------------------------------- grammar
_SYNTAX = "CAPCO Manual: banner line syntax"
_REL_TO = lazy(r"^REL(?:\s*TO)?\b\s*(?P<list>.*)$")
_DISPLAY_ONLY = lazy(r"^DISPLAY ONLY\b\s*(?P<list>.*)$")
_SPLIT_COUNTRIES = lazy(r"[,\s]+")


_WHITESPACE = lazy(r"\s")


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).upper().strip()
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"\s*/\s*", "/", text)


def _spaced(words: str) -> str:
    """Regex for `words` whose letters may be spaced out, as in `C O N F I D E N T I A L`."""
    return r"\s+".join(r"\s?".join(re.escape(ch) for ch in word) for word in words.split())


@dataclass
class _Parsed:
    level: str | None = None
    level_category: int | None = None
    level_written: bool = False
    designations: list[str] = field(default_factory=list)
    cui_categories: list[str] = field(default_factory=list)
    sci: list[str] = field(default_factory=list)
    sap: list[str] = field(default_factory=list)
    aea: list[str] = field(default_factory=list)
    fgi: list[str] = field(default_factory=list)
    dissem: list[str] = field(default_factory=list)
    non_ic: list[str] = field(default_factory=list)
    rel_to: list[str] = field(default_factory=list)
    display_only: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    foreign: Foreign | None = None
    names: set[str] = field(default_factory=set)
    lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: per `//` group, the register categories of its values (designations and captions aside)
    groups: list[list[str]] = field(default_factory=list)
    legacy_in_group: list[bool] = field(default_factory=list)
    unknown: bool = False  # an unknown token where the level belongs
    any_unknown: bool = False
    problems: list[MarkingProblem] = field(default_factory=list)

    def problem(self, code: str, severity: Severity, message: str, reference: str = "") -> None:
        if not any(p.code == code and p.message == message for p in self.problems):
            self.problems.append(MarkingProblem(code, severity, message, reference=reference))

    def bucket(self, category: str) -> list[str]:
        return getattr(self, category)  # type: ignore[no-any-return]


class LazyPattern:
    """A regular expression of the rules, compiled on first use. `pattern` and `flags` are
    those of the compiled pattern (the flags were kept when the rules were validated), so a
    caller can first rule it out by the words every match needs (`prefilter.required_words`):
    a start-up then compiles only the patterns some document may match."""

    __slots__ = ("pattern", "flags", "_compiled", "_words")

    def __init__(self, pattern: str, flags: int, words: Clauses | None = None):
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None
        self._words = words  # (kept with the validated rules; made here for older records)

    @property
    def words(self) -> Clauses:
        """`prefilter.required_words` of the pattern."""
        if self._words is None:
            from .prefilter import required_words

            self._words = required_words(self.pattern, self.flags)
        return self._words

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compile_pattern(self.pattern)
            assert self._compiled.flags == self.flags, self.pattern  # the validated rules' own flags
        return self._compiled

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)


class Derived(Protocol):
    """`RuleSet.derived`'s signature: what `build()` makes, of type `expected`, called `name`."""

    def __call__(self, name: str, expected: type[T], build: Callable[[], T]) -> T: ...


def _build(name: str, expected: type[T], build: Callable[[], T]) -> T:
    return build()


def _stated(spec: Any) -> str:
    """The marking a `classification_in_words` phrase states, as the grammar parses it: its level,
    with its designations (`UNCLASSIFIED//SBU`)."""
    designations = getattr(spec, "designations", None) or []
    return "//".join([spec.level, "/".join(designations)]) if designations else spec.level


class Grammar:
    """Parses and compares markings using one vocabulary. `derived(name, type, build)` gives what
    `build()` makes of this grammar alone (a structure the reader compiles from the vocabulary):
    a rule set's grammar keeps it on disk for later processes (`RuleSet.derived`, keyed by the
    rules' and the code's fingerprints); a grammar made from a vocabulary alone just builds it."""

    def _level_words_pattern(self, level_words_of: dict[str, list[str]], not_level_words: list[str]) -> "LazyPattern | None":
        """The pattern of a level written in another language's words (`scope_level_words`): group `level<k>` for the
        k-th level of `level_words_of` (`scope_level_names`), never a word of `not_level_words`."""
        # (a phrase that opens with a level word, `reservado por`, is a look-ahead; one whose level word comes after
        # its first words, `derechos reservados`, a look-behind of those words: never the level word alone)
        spelled = [w.casefold() for words in level_words_of.values() for w in words]
        behind = {" ".join(w.split()[:-1]) + " " for w in not_level_words
                  if len(w.split()) > 1 and not any(w.casefold().startswith(level) for level in spelled)}
        not_levels = "|".join(re.escape(w) for w in sorted(not_level_words, key=len, reverse=True)
                              if " ".join(w.split()[:-1]) + " " not in behind)
        # (first, a look-ahead for some level word, a trie of them: the same matches, and at an offset where no level
        # word starts the look-behinds and the look-ahead of phrases are not tried, a tenth of the time; written as
        # the negation of a negative look-ahead, which gives `prefilter` no anchor words: it gates the pattern by the
        # level words themselves as before, not by the trie's fragments)
        level_words = [_with_ascii_folds(words, self.scope_english_ascii) for words in level_words_of.values()]
        heads = "(?!" + literal_trie(sorted({w for words in level_words for w in words})) + ")"
        return LazyPattern(
            "(?i:(?!" + heads + ")" + "".join(f"(?<!{re.escape(w)})" for w in sorted(behind)) + (f"(?!{not_levels})" if not_levels else "") + "(?:" + "|".join(f"(?P<level{k}>" + "|".join(
                re.escape(w) if _UNSPACED.search(w) else rf"(?<![^\W\d_]){re.escape(w)}\w{{0,3}}(?![^\W\d_])"
                for w in sorted(words, key=len, reverse=True)) + ")"
                for k, words in enumerate(level_words)) + "))", re.UNICODE, None) \
            if level_words_of else None


    def __init__(self, vocabulary: Vocabulary, derived: "Derived | None" = None):
        self.vocabulary = vocabulary
        self.derived: Derived = derived if derived is not None else _build
        self.ranks = {spec.name: i for i, spec in enumerate(vocabulary.levels)}
        self.abbreviation = {spec.name: spec.portion for spec in vocabulary.levels}
        self.dissem_abbreviations = {canonical: aliases[0] for canonical, aliases in vocabulary.dissemination.items()
                                     if aliases}
        self.levels: dict[str, str] = {}
        for spec in vocabulary.levels:
            for token in (spec.name, spec.portion, *spec.aliases):
                self.levels[_normalize(token)] = spec.name
        self.designations = _alias_table(vocabulary.designations)
        self.dissem = _alias_table(vocabulary.dissemination)
        self.captions = _alias_table(vocabulary.captions)
        self.cui_categories = {_normalize(c): c for c in vocabulary.cui_categories}
        self.country_codes = set(vocabulary.countries) | set(vocabulary.tetragraphs)
        self.register = Register(
            sci=vocabulary.sci, sap=vocabulary.sap, aea=vocabulary.aea, nato=vocabulary.nato,
            non_ic=vocabulary.non_ic, accm=vocabulary.accm, dissemination=vocabulary.dissemination,
            fgi_prefix=vocabulary.fgi_prefix, joint_prefix=vocabulary.joint_prefix,
            fgi_reference=vocabulary.fgi_reference, joint_reference=vocabulary.joint_reference,
            rules=[r.model_copy(update={
                "when": _rule_name(vocabulary, r.when),
                "excludes": [_rule_name(vocabulary, n) for n in r.excludes],
                "requires": [_rule_name(vocabulary, n) for n in r.requires],
                "requires_any": [_rule_name(vocabulary, n) for n in r.requires_any]}) for r in vocabulary.rules],
            levels=self.levels, ranks=self.ranks, countries=frozenset(vocabulary.countries),
            tetragraphs=frozenset(vocabulary.tetragraphs))
        self.all_tokens = sorted({*self.levels, *self.designations, *self.dissem, *self.captions,
                                  *self.register.sci_systems, *self.register.non_ic, *self.register.aea_tokens,
                                  *self.register.sap_tokens, *self.register.nato, *self.cui_categories, "REL TO"})
        lines = sorted(vocabulary.cable_lines, key=lambda spec: -len(spec.words))
        self._cable_specs = {_normalize(spec.words).replace(" ", ""): spec for spec in lines}
        self.cable_line_words = tuple(spec.words for spec in lines)  # longest first
        self.cable_first_words = tuple(dict.fromkeys(words.split()[0] for words in self.cable_line_words))
        # longest first; words of one length in alphabetical order, so that the patterns are the
        # same in every process (a set's order is not: `lazyre` keeps compiled code by pattern)
        caption_words = sorted(sorted({*vocabulary.captions, *(a for al in vocabulary.captions.values() for a in al)}),
                               key=len, reverse=True)
        self._cable_line = lazy(
            r"(?P<level>" + "|".join(_spaced(spec.words) for spec in lines) + r")\b"
            r"(?P<captions>(?:[ \t]+(?:" + "|".join(_spaced(c) for c in caption_words) + r")\b)*)"
            r"(?:[ \t]+SECTION[ \t]+(?P<section>\d{1,2})[ \t]+OF[ \t]+(?P<sections>\d{1,2}))?"
            r"(?:[ \t]+(?P<post>[A-Z][A-Z.'\-]*(?:[ \t][A-Z][A-Z.'\-]*){0,3}?)[ \t]+(?P<number>\d{3,7})\b)?",
        )
        # (compiled on first use, as are the reader's own patterns: most documents have no captions)
        self._caption_pattern = lazy("|".join(_spaced(c) for c in caption_words))
        self._cable_initials = frozenset(spec.words[0] for spec in lines) | frozenset(
            ch for spec in lines for ch in unicodedata.normalize("NFKC", spec.words[0]).translate(_TO_FULLWIDTH))
        self.caption_line = lazy(
            r"^[ \t]*(?:(?:" + "|".join(sorted((re.escape(c).replace(r"\ ", r"\s?") for c in vocabulary.captions),
                                              key=len, reverse=True)) + r")\b[ \t]*)+\.?[ \t]*$")
        # classification stated in words (foreign markings, sentences): reader evidence
        # compiled on first use: the reader rules most of them out by their words first
        self.words_evidence = [(LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None)), _stated(spec))
                               for spec in vocabulary.classification_in_words
                               if getattr(spec, "governs", "unmarked") == "unmarked"]
        # a foreign government's stamp (`governs: following`): it raises every portion after it
        self.words_evidence_following = [
            (LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None)), _stated(spec))
            for spec in vocabulary.classification_in_words if getattr(spec, "governs", "unmarked") == "following"]
        self.controls_in_words = [(LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None)), spec)
                                  for spec in vocabulary.controls_in_words]
        self.reclassification_in_words = [(LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None)), spec.level)
                                          for spec in vocabulary.reclassification_in_words]
        governing = vocabulary.governing_statements
        self.governing_levels = [LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
                                 for spec in governing.levels]
        self.governing_targets = [(LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None)), spec.names)
                                  for spec in governing.targets]
        self.quoted_message_start, self.translation_label, self.question_label, self.own_portion_level, \
            self.transcribed_note, self.block_end, self.figure_part = (
                LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
                for spec in (governing.quoted_message_start, governing.translation_label, governing.question_label,
                             governing.own_portion_level, governing.transcribed_note, governing.block_end,
                             governing.figure_part))
        self.document_parts = frozenset(governing.document_parts)
        self.self_statement = LazyPattern(governing.self_statement.pattern, governing.self_statement._flags,  # (fix50e)
                                          getattr(governing.self_statement, "_words", None))
        scope = vocabulary.unresolved_scope  # the fail-closed fallback of governing statements (reader/scope.py)
        self.scope_refers, self.scope_states, self.scope_itself, self.scope_back, self.scope_ahead, \
            self.scope_elsewhere, self.scope_claims, self.scope_not_claims, self.scope_not_claim_subjects, \
            self.scope_refers_abroad = (
                LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
                for spec in (scope.refers, scope.states, scope.itself, scope.back, scope.ahead, scope.elsewhere,
                             scope.claims, scope.not_claims, scope.not_claim_subjects, scope.refers_abroad))
        self.scope_refers_abroad = _ascii_folded(self.scope_refers_abroad)  # (`đoạn` typed `doan`, round 119)
        self.scope_adjacent = LazyPattern(scope.adjacent.pattern, scope.adjacent._flags, getattr(scope.adjacent, "_words", None))
        self.scope_brackets, self.scope_brackets_except = (
            LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None)) for spec in (scope.brackets, scope.brackets_except))
        self.scope_page_named, self.scope_page_word = (
            LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None)) for spec in (scope.page_named, scope.page_word))
        self.scope_untranslated = LazyPattern(scope.untranslated.token.pattern, scope.untranslated.token._flags,
                                              getattr(scope.untranslated.token, "_words", None))
        self.scope_english = frozenset(scope.untranslated.english)
        self.scope_english_ascii = self.scope_english | frozenset(scope.untranslated.english_in_ascii_notes)
        self.scope_copulas = frozenset(w.casefold() for w in scope.untranslated.copulas)
        self.unreadable_english = self.scope_english_ascii | frozenset(scope.untranslated.english_function_words) \
            | frozenset(scope.untranslated.english_words)
        self.unreadable_read_languages = tuple(frozenset(w.casefold() for w in words)
                                               for words in scope.untranslated.read_languages.values())
        # (fixlang39: the same languages with the words fixlang38 pruned, for the bilingual count only)
        self.unreadable_bilingual_read_languages = tuple(
            frozenset(w.casefold() for w in (*words, *scope.untranslated.bilingual_read_languages.get(language, ())))
            for language, words in scope.untranslated.read_languages.items())
        self.unreadable_read_scripts = tuple(re.compile(f"[{ranges}]") for ranges in scope.untranslated.read_scripts)
        self.unreadable_quotation_kinds = frozenset(scope.untranslated.quotation_kinds)
        self.unreadable_level = scope.untranslated.unreadable_level
        self.unreadable_min_words = scope.untranslated.unreadable_min_words
        self.unreadable_max_words = scope.untranslated.unreadable_max_words
        self.unreadable_max_notes = scope.untranslated.unreadable_max_notes
        self.unreadable_max_run_lines = scope.untranslated.unreadable_max_run_lines
        self.scope_level_names = {f"level{k}": name for k, name in enumerate(scope.untranslated.level_words)}
        self.scope_level_words = self._level_words_pattern(scope.untranslated.level_words, scope.untranslated.not_level_words)
        # (fix40c's words for sentences of another language that name text, and the note readers' words: one more
        # pattern, with the same groups, read by `foreign_level_sentences` alone; review40z)
        # (fix41d: and the words of rules/note_words.yaml, the regional and smaller languages' notes, many at once)
        claim_words = {level: list(dict.fromkeys([*words, *scope.untranslated.claim_level_words.get(level, ()),
                                                  *scope.untranslated.note_level_words.get(level, ())]))
                       for level, words in scope.untranslated.level_words.items()}
        self.scope_claim_level_words = self._level_words_pattern(claim_words, scope.untranslated.not_level_words) \
            if scope.untranslated.claim_level_words or scope.untranslated.note_level_words else self.scope_level_words
        # (fix41d: the words of those notes that name a part of the text, and their ordinals: each with up to three
        # more letters where the word starts, typed with or without its diacritics)
        self.scope_note_parts, self.scope_note_ordinals = (
            _ascii_folded(LazyPattern(r"(?i:(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                                      + r")[^\W\d_]{0,3}(?![^\W\d_]))", re.UNICODE, None)) if words else None
            for words in (scope.untranslated.note_part_words, scope.untranslated.note_ordinals))
        # (fix44c: the words of those notes that place a part relative to the note or the end, `previous`, `next`,
        # `second to last`: read where a word starts, with any ending, "претпоследњи", "sebelumnya")
        positions = sorted(scope.untranslated.note_positions, key=len, reverse=True)
        self.scope_note_positions = _ascii_folded(LazyPattern(
            r"(?i:(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in positions) + r"))", re.UNICODE, None)) if positions else None
        # (fix43c: the words that join two parts a note names, rules/note_words.yaml `conjunctions`: a word in Latin
        # letters stands alone; one of another script may be written onto the next word, "และที่สาม")
        joins = sorted(scope.untranslated.note_conjunctions, key=len, reverse=True)
        self.scope_note_join = lazy(r"[ \t]*(?:(?:,|&|/|\+)[ \t]*)?(?:" + "|".join(
            re.escape(w) + (r"(?![^\W\d_])" if w.isascii() else "") for w in joins) + r")[ \t]*", re.IGNORECASE) if joins else None
        # (fix45g: the words that except or negate a part a note names, rules/note_words.yaml `exceptions`: a word stands
        # alone (Persian `نه` is inside `محرمانه`); one of a script written with no spaces may be written onto the words
        # around it, "第1段落以外の")
        excepts = sorted(scope.untranslated.note_exceptions, key=len, reverse=True)
        self.scope_note_exceptions = _ascii_folded(LazyPattern(r"(?i:" + "|".join(
            re.escape(w) if _UNSPACED.search(w) else (r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])")
            for w in excepts) + ")", re.UNICODE, None)) if excepts else None
        # (fix48f: the words for the others, all the rest, rules/note_words.yaml `others`: read as `exceptions` are)
        others = sorted(scope.untranslated.note_others, key=len, reverse=True)
        self.scope_note_others = _ascii_folded(LazyPattern(r"(?i:" + "|".join(
            re.escape(w) if _UNSPACED.search(w) else (r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])")
            for w in others) + ")", re.UNICODE, None)) if others else None
        # (fix49f: the words that negate a level in a sentence about the others, rules/note_words.yaml
        # `others_negations`: each stands alone)
        others_negations = sorted(scope.untranslated.note_others_negations, key=len, reverse=True)
        self.scope_note_others_negations = _ascii_folded(LazyPattern(r"(?i:" + "|".join(
            r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])" for w in others_negations) + ")", re.UNICODE,
            None)) if others_negations else None
        spelled_levels = {w.lower() for spelled in scope.untranslated.level_words.values() for w in spelled}
        # (each language a labelled note may be in: its words that are no level word, and its level words)
        self.scope_note_languages = tuple(
            (frozenset(w for w in words if w not in spelled_levels), tuple(w for w in words if w in spelled_levels))
            for words in scope.untranslated.note_languages.values())
        self.scope_opening_words, self.scope_item_number, self.scope_page_numbers = (
            LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
            for spec in (scope.opening_words, scope.item_number, scope.page_numbers))
        self.scope_topic_abroad = LazyPattern(scope.topic_abroad.pattern, scope.topic_abroad._flags,
                                              getattr(scope.topic_abroad, "_words", None))
        self.scope_figure_caption, self.scope_figure_comment, self.scope_figure_mention = (
            LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
            for spec in (scope.figure_caption, scope.figure_comment, scope.figure_mention))
        self.scope_block_surroundings = LazyPattern(scope.block_surroundings.pattern, scope.block_surroundings._flags,
                                                    getattr(scope.block_surroundings, "_words", None))
        self.scope_direction_anchored = LazyPattern(scope.direction_anchored.pattern, scope.direction_anchored._flags,
                                                    getattr(scope.direction_anchored, "_words", None))
        self.scope_sharing = _ascii_folded(LazyPattern(scope.untranslated.sharing.pattern, scope.untranslated.sharing._flags,
                                                       getattr(scope.untranslated.sharing, "_words", None)))
        self.scope_negation_before, self.scope_negation_after = (
            LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
            for spec in (scope.untranslated.negation_before, scope.untranslated.negation_after))
        self.scope_places_abroad = [(LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None)), spec.kind,
                                     spec.place) for spec in scope.places_abroad]
        stretch = vocabulary.classified_stretch  # `[CLASSIFIED PORTION BEGINS - SECRET]` ... `[... ENDS]`
        self.stretch_begins = [LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
                               for spec in stretch.begins]
        self.stretch_ends = LazyPattern(stretch.ends.pattern, stretch.ends._flags, getattr(stretch.ends, "_words", None))
        inserted = vocabulary.inserted_text  # redline insertions (`reader/insertions.py`)
        self.inserted_text = LazyPattern(inserted.pattern, inserted._flags, getattr(inserted, "_words", None))
        nothing = vocabulary.inserted_text_states_nothing
        self.inserted_text_states_nothing = LazyPattern(nothing.pattern, nothing._flags, getattr(nothing, "_words", None))
        parts = vocabulary.banner_parts  # items of a file under their own banners (`reader/evidence._closed_parts`)
        self.part_separator, self.part_heading, self.part_message_header, self.part_repeated_header = (
            LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
            for spec in (parts.separator, parts.heading, parts.message_header, parts.repeated_header))
        structure = vocabulary.structure  # the layout of a plain text (`reader/enumerators.py`, `reader/portions.py`)
        enumerators = structure.enumerators
        self.enumerator = LazyPattern(enumerators._pattern, enumerators._flags)
        # the kinds of label each reading takes, and the characters their labels begin with
        self.enumerator_kinds: dict[str, frozenset[str]] = {
            use: frozenset(getattr(enumerators, use)) for use in ("list_item", "sibling_item", "subparagraph")}
        self.enumerator_starts: dict[str, frozenset[str]] = enumerators._starts
        self.wiki_macro, self.running_head, self.diff_hunk, self.timestamp_lead, self.ruled_heading, \
            self.chat_message_header = (
                LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
                for spec in (structure.wiki_macro, structure.running_head, structure.diff_hunk,
                             structure.timestamp_lead, structure.ruled_heading, structure.chat_message_header))
        self.admonition, self.file_name_line, self.labelled_note, self.block_directive, self.conflict_marker, \
            self.sub_item, self.form_field, self.continued_elsewhere, self.points_below, self.edited_message, \
            self.continuation_label, self.row_number, self.running_line, self.section_label, \
            self.previous_one, self.message_header_line, self.answer_label, self.outline_node, self.column_held_back = (
                LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
                for spec in (structure.admonition, structure.file_name_line, structure.labelled_note,
                             structure.block_directive, structure.conflict_marker, structure.sub_item, structure.form_field,
                             structure.continued_elsewhere, structure.points_below, structure.edited_message,
                             structure.continuation_label, structure.row_number,
                             structure.running_line, structure.section_label, structure.previous_one,
                             structure.message_header_line, structure.answer_label, structure.outline_node,
                             structure.column_held_back))
        # a context diff's hunk headers and a normal diff's change command (`reader/diffs.py`)
        self.context_diff_hunk, self.normal_diff_change, self.calendar_level = (
            LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
            for spec in (structure.context_diff_hunk, structure.normal_diff_change, structure.calendar_level))
        # a man page's title macro and the marking in capitals one of its arguments gives (`reader/evidence.py`)
        self.title_macro, self.title_macro_marking = (
            LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
            for spec in (structure.title_macro, structure.title_macro_marking))
        # a meeting chat saved as text: a message's header (`reader/portions.py`)
        spec = structure.saved_chat_header
        self.saved_chat_header = LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
        # ... and the words one of which every such macro starts with (`.TH`, `'TH`, `.Dt`, `'Dt`): a text that holds
        # none holds no title macro (None: not known, every text is read for one; none when the rules give no macro)
        from .prefilter import head_words

        self.title_macro_heads = () if structure.title_macro.pattern == "(?!)" \
            else head_words(structure.title_macro.pattern, structure.title_macro._flags) or None
        # the properties of an iCalendar or vCard file that name its level (`reader/calendars.py`)
        self.calendar_level_properties = frozenset(structure.calendar_level_properties)
        self.vcard_public_classes = frozenset(structure.vcard_public_classes)
        pages = structure.page_forms  # the forms of page markers (`reader/pages.PageMap`)
        self.page_forms_marker, self.page_forms_heading, self.page_forms_alone, self.page_forms_numbered, \
            self.page_forms_ruled = (LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
                                     for spec in (pages.marker, pages.heading, pages.alone, pages.numbered, pages.ruled))
        self.page_forms_footer_status, self.page_forms_footer_number = (
            LazyPattern(spec.pattern, spec._flags, getattr(spec, "_words", None))
            for spec in (pages.footer_status, pages.footer_number))
        # the last word of a heading: not a word a sentence broken mid-clause ends on (`reader/portions.py`)
        self.heading_last_word = LazyPattern(
            r"(?<![\w'])(?!(?i:" + ("|".join(structure.mid_clause_words) or "(?!)") + r")[ \t]*$)\w[\w'-]*[ \t]*$", re.UNICODE)
        # ... and those words themselves: capitalised after a comma, one starts a sentence (`reader/portions.py`)
        self.mid_clause_words = frozenset(structure.mid_clause_words)
        # a line that stops on a function word, an abbreviation, a comma or a dash (`reader/evidence.py`)
        self.unfinished_line = LazyPattern(
            r"(?i)(?:\b(?:" + ("|".join(structure.unfinished_line_words) or "(?!)") + r")|\b(?:"
            + ("|".join(re.escape(a) for a in structure.unfinished_line_abbreviations) or "(?!)")
            + r")\.|[,(/&\-–—])[ \t]*$", re.IGNORECASE | re.UNICODE)
        # English words, field names and labels of the reader (`reader_words`): the reader's own kind of pattern
        # (`lazyre`: compiled on first use, searched from an offset), made once per rules object
        words = vocabulary.reader_words
        self.memo_field, self.memo_more_controls, self.end_of_summary, self.quotation_begins, self.quotation_ends, \
            self.introduces_quotation, self.answer_back, self.review_header, self.review_column, self.portion_column, \
            self.message_opens, self.inline_replies, self.repeated_message_header, self.abbreviation_at_end, \
            self.example_cue, self.company_notice, self.us_post, self.json_controls, self.json_marking_key, \
            self.marks_column_header, self.cites_at_end, self.conjunction_at_end, self.autocorrected_notice, \
            self.xml_marking_element, self.yaml_classification_key, self.derived_from_label, self.statement_subject, \
            self.caveats_line, self.level_word, self.paragraph_record_line, self.notes_heading, self.message_header, \
            self.entire_text, self.row_after_table, self.row_before_table, self.row_to_table, self.table_to_row, \
            self.banner_note_words, self.sentence_named, self.sentence_lead, self.pointer_lead, self.page_range, \
            self.names_more = (
                lazy(spec.pattern) for spec in (
                    words.memo_field, words.memo_more_controls, words.end_of_summary, words.quotation_begins,
                    words.quotation_ends, words.introduces_quotation, words.answer_back, words.review_header,
                    words.review_column, words.portion_column, words.message_opens, words.inline_replies,
                    words.repeated_message_header, words.abbreviation_at_end, words.example_cue, words.company_notice,
                    words.us_post, words.json_controls, words.json_marking_key, words.marks_column_header,
                    words.cites_at_end, words.conjunction_at_end, words.autocorrected_notice, words.xml_marking_element,
                    words.yaml_classification_key, words.derived_from_label, words.statement_subject,
                    words.caveats_line, words.level_word, words.paragraph_record_line, words.notes_heading,
                    words.message_header, words.entire_text, words.row_after_table, words.row_before_table,
                    words.row_to_table, words.table_to_row, words.banner_note_words, words.sentence_named,
                    words.sentence_lead, words.pointer_lead, words.page_range, words.names_more))
        self.release_field = lazy(words.release_field.pattern)  # (reader/document_controls.py)
        self.crown_realm_government = lazy(words.crown_realm_government.pattern)  # (reader/evidence.py)
        self.authority_slot_prose = lazy(words.authority_slot_prose.pattern)  # (reader/authority.py)
        self.release_condition_line = lazy(words.release_condition_line.pattern)  # (reader/document_controls.py)
        self.release_field_refuses_country = lazy(words.release_field_refuses_country.pattern)  # (release_field_limit)
        self.style_legend = lazy(words.style_legend.pattern)  # (reader/style_legends.py)
        self.yaml_level_key = lazy(words.yaml_level_key.pattern)  # (reader/level_keys.py)
        self.page_head_line = lazy(words.page_head_line.pattern)  # (reader/resumed_portions.py)
        self.prior_release_exemption = lazy(words.prior_release_exemption.pattern)  # (reader/prior_release_marks.py)
        # (a capital subsection letter under a citation: reader/marks.py `cites_subsection`)
        self.cites_section_at_end = lazy(words.cites_section_at_end.pattern)
        # (open39a: reader/inline_marks.py `_next_item_is_a_clause`, reader/unsure_wraps.py)
        self.list_item_clause = lazy(words.list_item_clause.pattern)
        self.wrap_sentence_opener = lazy(words.wrap_sentence_opener.pattern)
        self.subsection_continues = lazy(words.subsection_continues.pattern)
        self.style_legend_level = lazy(words.style_legend_level.pattern)
        self.style_legend_markup = lazy(words.style_legend_markup.pattern)
        self.hidden_attribute_text = lazy(words.hidden_attribute_text.pattern)
        self.cell_note_level = lazy(words.cell_note_level.pattern)  # (reader/cell_notes.py)
        self.cell_note_noforn = lazy(words.cell_note_noforn.pattern)
        self.cell_note_key = lazy(words.cell_note_key.pattern)
        self.cell_note_names_a_part = lazy(words.cell_note_names_a_part.pattern)
        self.paragraph_key_column = lazy(words.paragraph_key_column.pattern)
        self.paragraph_cell_level = lazy(words.paragraph_cell_level.pattern)
        self.paragraph_number_column = lazy(words.paragraph_number_column.pattern)
        self.paragraph_class_column = lazy(words.paragraph_class_column.pattern)
        self.record_level_key = lazy(words.record_level_key.pattern)
        self.csv_note_column = lazy(words.csv_note_column.pattern)
        self.cell_level_names = dict(words.cell_level_names)
        self.release_field_signs = frozenset(words.release_field_signs)
        self.distribution_statement = lazy(words.distribution_statement.pattern)  # (reader/document_controls.py)
        self.foreign_release_refused = lazy(words.foreign_release_refused.pattern)  # (reader/document_controls.py)
        self.defined_symbol_item = lazy(words.defined_symbol_item.pattern)  # (reader/symbol_marks.py)
        self.correction_points_above = lazy(words.correction_points_above.pattern)  # (reader/chat_corrections.py)
        self.correction_more_than_one = lazy(words.correction_more_than_one.pattern)  # (reader/chat_corrections.py)
        self.change_record_part = lazy(words.change_record_part.pattern)  # (reader/change_records.py)
        self.review_comment_level = lazy(words.review_comment_level.pattern)  # (reader/review_comments.py)
        self.remark_raise_level = lazy(words.remark_raise_level.pattern)  # (reader/review_comments.py, fix41b)
        self.comment_lead = lazy(words.comment_lead.pattern)  # (reader/review_comments.py, fix41b)
        self.part_remark_level = lazy(words.part_remark_level.pattern)  # (reader/part_remarks.py, fix43b)
        self.record_negated_mark = lazy(words.record_negated_mark.pattern)  # (reader/named_targets.py, fix45f)
        self.record_bare_level = lazy(words.record_bare_level.pattern)  # (reader/named_targets.py, fix45f)
        self.guide_item_ref = lazy(words.guide_item_ref.pattern)  # (reader/named_targets.py, fix45f)
        self.record_part_number = lazy(words.record_part_number.pattern)  # (reader/named_targets.py, fix45f)
        self.record_also_target = lazy(words.record_also_target.pattern)  # (reader/second_targets.py, fix46a)
        self.record_others_level = lazy(words.record_others_level.pattern)  # (reader/second_targets.py, fix46a)
        self.record_and_target = lazy(words.record_and_target.pattern)  # (reader/second_targets.py, fix46g)
        self.record_place_target = lazy(words.record_place_target.pattern)  # (reader/second_targets.py, fix46g)
        self.record_place_level = lazy(words.record_place_level.pattern)  # (reader/second_targets.py, fix46g)
        self.record_size_letters = lazy(words.record_size_letters.pattern)  # (reader/second_targets.py, fix46g)
        self.record_words = words.record_words  # (rules/record_words.yaml: reader/negated_part_notes.py, edit_commands.py)
        self.comments_heading = lazy(words.comments_heading.pattern)  # (reader/review_comments.py, fix41b)
        self.stray_release_list = lazy(words.stray_release_list.pattern)  # (reader/document_controls.py)
        self.header_noise = lazy(words.header_noise.pattern)  # (reader/cable.py `_routing_shape`)
        self.letterhead = lazy(words.letterhead.pattern)
        self.code_signs = frozenset(words.code_signs)
        self.routing_words = frozenset(words.routing_words)
        self.routing_leads = frozenset(words.routing_leads)
        self.letterhead_words = frozenset(words.letterhead_words)
        self.header_verbs = frozenset(words.header_verbs)
        self.place_leads = frozenset(words.place_leads)
        self.place_joins = frozenset(words.place_joins)
        # a source comment's note words (`reader/marks.py` `banner_at`): the level words and abbreviations (`top`, `secret`,
        # `ts`, `s`, `c`, `u`, `conf`, ...) come from the grammar's level tokens, not re-listed in the pattern (a re-list
        # is how a TS/S/C gap got in, session 30)
        token_words = sorted({w.casefold() for token in self.levels for w in re.split(r"[\s/]+", token) if w},
                             key=lambda w: (-len(w), w))
        self.banner_note_words = lazy(words.banner_note_words.pattern + r"|(?i:\b(?:"
                                      + "|".join(map(re.escape, token_words)) + r")\b)")
        self.opening_named = lazy(words.opening_named.pattern)  # (reader/governing.py)
        self.quoted_header_line = lazy(words.quoted_header_line.pattern)  # (reader/governing.py)
        self.review_words = tuple(words.review_words)
        self.not_signature = frozenset(words.not_signature)
        self._parsed: dict[tuple[str, bool], Marking] = {}
        self.way_scans: dict[str, Any] = {}  # (`prefilter.WayScan` of a pattern, once per rules object: reader/scope.py)
        self.read_mark_cache: dict[tuple[str, bool], Marking | None] = {}  # the reader's, per vocabulary
        self.mistyped: dict[str, str | None] = {}  # (a level a word in capitals is one slip from: reader/scope.py)
        # the reader's classification lines by line text and damaged forms (`reader.cable.cable_line_at`)
        self.cable_line_cache: dict[tuple[str, bool], CableLine | None] = {}
        # roll-ups by the identity of their marks, which the entry keeps alive (see `rollup`)
        self.rollup_cache: dict[tuple[int, ...], tuple[tuple[Marking, ...], Marking | None]] = {}
        # `raised` by the value of its two marks (and the grammar of the first: it renders its banner)
        self.raised_cache: dict[tuple[Marking, Marking, int], tuple[Marking, Marking | None]] = {}

    # -- parsing ---------------------------------------------------------
    def parse(self, text: str) -> Marking:
        """Parse a portion mark (parentheses optional) or any marking where it is not known
        whether it is a banner."""
        return self._cached(text, banner=False)

    def parse_banner(self, text: str) -> Marking:
        """Parse a banner line: as `parse`, plus the rules that hold for banners only (a bare
        `FOUO` banner is incomplete)."""
        return self._cached(text, banner=True)

    def _cached(self, text: str, banner: bool) -> Marking:
        key = (text, banner)
        cached = self._parsed.get(key)
        if cached is None:
            cached = self._parsed[key] = self._parse(text, banner)
            if len(self._parsed) > 4096:
                self._parsed.clear()
        return cached

    def _parse(self, text: str, banner: bool = False) -> Marking:
        raw = text
        body = _normalize(text)
        if body.startswith("(") or body.endswith(")"):
            body = body.strip("()").strip()
        parsed = _Parsed()
        if not body:
            parsed.problem("EMPTY", "error", "empty marking")
            return self._finish(raw, parsed)
        foreign_owned = body.startswith("//")
        categories = body[2:].split("//") if foreign_owned else body.split("//")
        for index, category in enumerate(categories):
            parsed.groups.append([])
            parsed.legacy_in_group.append(False)
            if not category.strip():
                parsed.problem("INCOMPLETE", "error", f"empty category in '{raw.strip()}'")
                continue
            if index == 0 and foreign_owned:
                self._classify_foreign(category.strip(), parsed)
                continue
            for value in category.split("/"):
                self._classify(value.strip(), index, parsed)
        self._check(raw, parsed, banner, foreign_owned)
        return self._finish(raw, parsed)

    def _classify_foreign(self, value: str, parsed: _Parsed) -> None:
        found = self.register.foreign(value)
        if isinstance(found, Flaw):
            parsed.problem(found.code, found.severity, found.message, found.reference)
        elif found is None:
            parsed.unknown = True
            hint = difflib.get_close_matches(value, list(self.register.nato), n=1, cutoff=0.6)
            suffix = f" (did you mean {hint[0]}?)" if hint else ""
            parsed.problem("UNKNOWN_TOKEN", "error", f"unknown foreign classification '{value}'{suffix}")
        else:
            parsed.foreign, parsed.level, parsed.level_category, parsed.level_written = found, found.level, 0, True
            parsed.groups[0].append("level")
            parsed.names.update({"fgi", found.owner} if found.owner != "JOINT" else {"JOINT"})
            if found.owner == "JOINT":
                parsed.lists["JOINT"] = found.owners
            for flaw in found.flaws:
                parsed.problem(flaw.code, flaw.severity, flaw.message, flaw.reference)

    def _classify(self, value: str, index: int, parsed: _Parsed) -> None:
        if not value:
            parsed.problem("INCOMPLETE", "error", "empty control value")
            return
        if value in self.levels:
            parsed.groups[index].append("level")
            if parsed.level is not None:
                parsed.problem("CONTRADICTORY", "error", f"two classification levels: {parsed.level} and "
                               f"{self.levels[value]}", _SYNTAX)
                parsed.level = max(parsed.level, self.levels[value], key=self.ranks.__getitem__)
                return
            parsed.level, parsed.level_category, parsed.level_written = self.levels[value], index, True
            return
        for name, pattern in (("REL TO", _REL_TO), ("DISPLAY ONLY", _DISPLAY_ONLY)):
            listed = pattern.match(value)
            if listed:
                self._country_list(name, listed.group("list"), index, parsed)
                return
        for table, bucket, category in ((self.designations, parsed.designations, None),
                                        (self.dissem, parsed.dissem, "dissem")):
            if value in table:
                self._add(table[value], bucket, category, index, parsed)
                return
        found = self.register.classify(value)
        if isinstance(found, Token):
            parsed.names.update(found.names)
            if found.category == "fgi":  # the sources, not the written token, are kept
                parsed.groups[index].append("fgi")
                parsed.fgi[:] = _union([parsed.fgi, found.members])
            else:
                self._add(found.value, parsed.bucket(found.category), found.category, index, parsed)
            return
        if isinstance(found, Flaw):
            parsed.problem(found.code, found.severity, found.message, found.reference)
            return
        if value in self.captions:
            self._add(self.captions[value], parsed.captions, None, index, parsed)
            return
        if value in self.cui_categories:
            parsed.cui_categories.append(self.cui_categories[value])
            return
        parsed.unknown = parsed.unknown or index == 0  # where the level belongs
        parsed.any_unknown = True
        hint = difflib.get_close_matches(value, self.all_tokens, n=1, cutoff=0.6)
        suffix = f" (did you mean {hint[0]}?)" if hint else ""
        parsed.problem("UNKNOWN_TOKEN", "error", f"unknown marking token '{value}'{suffix}")

    def _add(self, canonical: str, bucket: list[str], category: str | None, index: int, parsed: _Parsed) -> None:
        if category is not None:
            parsed.groups[index].append(category)
        else:
            parsed.legacy_in_group[index] = True
        if canonical in bucket:
            parsed.problem("DUPLICATE", "warning", f"{canonical} appears twice")
        else:
            bucket.append(canonical)

    def _country_list(self, name: str, text: str, index: int, parsed: _Parsed) -> None:
        written = [c for c in _SPLIT_COUNTRIES.split(text) if c]
        unknown = [c for c in written if c not in self.country_codes]
        if unknown:  # (as main: a name that is no code stays a flaw, whatever fix50g reads from it below)
            parsed.problem("UNKNOWN_TOKEN", "error", f"unknown country code(s) in {name}: {', '.join(unknown)}")
        text, members = self._groups_listed(text) if name == "REL TO" else (text, [])
        codes = [c for c in _SPLIT_COUNTRIES.split(text) if c]
        unknown = [c for c in codes if c not in self.country_codes]
        known = [c for c in codes if c in self.country_codes]
        # (fix50g) a named group's members and the countries named in words (`UK`, `AUS`... by `country_names` and
        # `two_letter_country_codes`); the UK's only where no code was read (where main read no list at all)
        names = {_normalize(k): v for k, v in (*self.vocabulary.country_names.items(),
                                               *self.vocabulary.two_letter_country_codes.items())}
        members += [names[c] for c in unknown if c in names and name == "REL TO"]  # (not DISPLAY ONLY's: as main)
        added = [m for m in members if m in self.country_codes and (not known or m != "GBR")]
        if name == "REL TO" and (added or (codes and not known)):  # the USA always; a list none of whose names
            added = ["USA", *added]                                   # reads: the USA only
        known = [*known, *added]
        parsed.groups[index].append("dissem")
        parsed.names.add(name)
        if name == "REL TO":
            if known and known != self.register.country_order(known):
                parsed.problem("NONCANONICAL", "warning", "REL TO list should be USA, then trigraphs in order")
            parsed.rel_to = self.register.country_order([*parsed.rel_to, *known])
            parsed.lists[name] = tuple(parsed.rel_to)
        else:
            if "DISPLAY ONLY" not in parsed.dissem:
                parsed.dissem.append("DISPLAY ONLY")
            parsed.display_only = self.register.country_order([*parsed.display_only, *known])
            parsed.lists[name] = tuple(parsed.display_only)

    def _groups_listed(self, text: str) -> tuple[str, list[str]]:
        """(fix50g, adv196-001) The groups of states a country list names by `country_groups` (`REL TO QUAD`, `REL TO
        WEIMAR TRIANGLE`): the text without them and their members. Read to LIMIT a list (fewer, never more)."""
        members: list[str] = []
        for group in sorted(self.vocabulary.country_groups, key=len, reverse=True):
            pattern = r"(?<![\w\-])" + re.escape(_normalize(group)) + r"(?![\w\-])"
            if re.search(pattern, text):
                text = re.sub(pattern, " ", text)
                members.extend(self.vocabulary.country_groups[group])
        return text, members

    def _check(self, raw: str, parsed: _Parsed, banner: bool, foreign_owned: bool) -> None:
        shown = raw.strip()
        if parsed.level is None:
            recognized = (parsed.designations or parsed.dissem or parsed.rel_to or parsed.sci or parsed.captions
                          or parsed.sap or parsed.aea or parsed.fgi or parsed.non_ic or parsed.cui_categories)
            if parsed.any_unknown and not recognized and not foreign_owned \
                    and all(p.code == "UNKNOWN_TOKEN" for p in parsed.problems):
                parsed.problems = [MarkingProblem("UNREADABLE", "error",
                                                  f"'{shown}' is not a marking: "
                                                  + "; ".join(p.message for p in parsed.problems))]
                return
            if parsed.unknown:
                # never infer a level (UNCLASSIFIED from FOUO) past a token that may be the level
                parsed.problem("UNKNOWN_LEVEL", "error", f"the classification level of '{shown}' cannot be read "
                               "(unknown token); the marking's level is unknown")
            elif parsed.designations:
                parsed.level, parsed.level_category = "UNCLASSIFIED", 0
            else:
                parsed.problem("INCOMPLETE", "error", f"'{shown}' has no classification level")
        elif parsed.level_category not in (0, None):
            parsed.problem("OUT_OF_ORDER", "error",
                           f"classification level {parsed.level} must come first in '{shown}'")
        self._check_structure(shown, parsed)
        if parsed.cui_categories and "CUI" not in parsed.designations:
            parsed.problem("CONTRADICTORY", "error", "CUI category without CUI")
        if parsed.level is not None and self.ranks[parsed.level] == 0:
            for caption in parsed.captions:  # (U//SENSITIVE) is SBU
                implied = self.vocabulary.caption_designations.get(caption)
                if implied and implied not in parsed.designations:
                    parsed.designations.append(implied)
            parsed.captions = [c for c in parsed.captions if c not in self.vocabulary.caption_designations]
        names = {*parsed.names, *parsed.designations, *parsed.dissem, *parsed.captions, *parsed.non_ic}
        before = len(parsed.problems)
        self.register.check(parsed.level, names, parsed.lists, banner, parsed.level_written,
                            lambda code, message, ref: parsed.problem(code, "error", message, ref))
        if parsed.level is not None and self.ranks[parsed.level] > 0 and parsed.designations \
                and len(parsed.problems) == before:
            parsed.problem("CONTRADICTORY", "warning",
                           f"{'/'.join(parsed.designations)} is an unclassified designation but the level is {parsed.level}")

    def _check_structure(self, shown: str, parsed: _Parsed) -> None:
        """Categories separated by `//` (not `/`) and in register order."""
        previous = -1
        for index, group in enumerate(parsed.groups):
            kinds = list(dict.fromkeys(group))
            if len(kinds) > 1:
                parsed.problem("SINGLE_SLASH", "error", f"categories in '{shown}' separated by '/' instead of '//'")
            elif kinds == ["level"] and parsed.legacy_in_group[index] and index == 0:
                parsed.problem("SINGLE_SLASH", "warning", f"'{shown}' joins the level and a designation with '/'")
            if not kinds:
                continue
            rank = CATEGORY_ORDER.index(kinds[0])
            if rank <= previous and kinds[0] != "level":
                parsed.problem("OUT_OF_ORDER", "error", f"{kinds[0].replace('_', '-').upper()} is out of the "
                               f"register's order ({' // '.join(c.upper() for c in CATEGORY_ORDER)}) in '{shown}'")
            previous = max(previous, rank)

    def _finish(self, raw: str, parsed: _Parsed) -> Marking:
        reg = self.register
        order = reg.precedence
        return Marking(
            level=parsed.level,
            rank=self.ranks[parsed.level] if parsed.level is not None else -1,
            designations=tuple(parsed.designations),
            cui_categories=tuple(parsed.cui_categories),
            sci=tuple(parsed.sci),
            dissem=tuple(sorted(parsed.dissem, key=lambda d: order.get(d, len(order)))),
            rel_to=tuple(parsed.rel_to),
            captions=tuple(parsed.captions),
            raw=raw,
            problems=tuple(parsed.problems),
            sap=tuple(parsed.sap),
            aea=tuple(parsed.aea),
            fgi=tuple(parsed.fgi),
            non_ic=tuple(sorted(parsed.non_ic, key=lambda d: order.get(d, len(order)))),
            display_only=tuple(parsed.display_only),
            foreign=parsed.foreign,
            grammar=self,
        )

    def parse_cable_line(self, line: str) -> CableLine | None:
        """Match a cable classification line at the start of `line` (leading blanks allowed)."""
        stripped = line.lstrip()
        if not stripped or stripped[0] not in self._cable_initials:
            return None
        offset = len(line) - len(stripped)
        match = self._cable_line.match(_fold_fullwidth(stripped))
        if not match:
            return None
        words = _WHITESPACE.sub("", match.group("level"))
        spec = self._cable_specs[words]
        captions = [self.captions[_normalize(re.sub(r"\s+", " ", c))] if _normalize(c) in self.captions
                    else self.captions[_normalize(c.replace(" ", ""))]
                    for c in self._caption_pattern.findall(match.group("captions") or "")]
        post, number = match.group("post"), match.group("number")
        # A bare level word followed by text (e.g. "SECRET meetings were held") is not a cable line.
        if not (post or match.group("section") or match.end() == len(stripped.rstrip())
                or words in {"UNCLAS", "CONFIDENTIAL", "SECRET", "TOPSECRET"} and _is_spaced(match.group("level"))):
            return None
        marking = Marking(level=spec.level, rank=self.ranks[spec.level], designations=tuple(spec.controls),
                          captions=tuple(dict.fromkeys(captions)), raw=match.group(0), grammar=self)
        return CableLine(
            marking=marking,
            start=offset,
            end=offset + match.end(),
            section=int(match.group("section")) if match.group("section") else None,
            sections=int(match.group("sections")) if match.group("sections") else None,
            post=post.strip() if post else None,
            number=number,
        )

    # -- comparing -------------------------------------------------------
    def rollup(self, markings: Iterable[Marking]) -> Marking | None:
        """The overall marking a set of portions requires: the highest level; SCI, SAP, atomic
        energy, non-IC controls and FGI sources accumulate (RD supersedes FRD; a concealed FGI
        source conceals all); NOFORN dominates REL TO, RELIDO and DISPLAY ONLY; REL TO and
        DISPLAY ONLY lists intersect; a set of portions of one foreign owner keeps its owner."""
        # the same mark object recurs in most documents (the reader caches what it parsed):
        # once each, in first-seen order, which is all the roll-up depends on
        marks = tuple({id(m): m for m in markings if m.level is not None}.values())
        if not marks:
            return None
        # markings are immutable and the cache entry holds them, so their ids are not reused
        key = tuple(map(id, marks))
        entry = self.rollup_cache.get(key)
        if entry is None:
            if len(self.rollup_cache) > 4096:
                self.rollup_cache.clear()
            entry = self.rollup_cache[key] = (marks, self._rollup(marks))
        return entry[1]

    def raised(self, marking: Marking, stated: Marking) -> Marking | None:
        """`marking` raised to at least `stated` (the roll-up of the two, keeping `marking`'s raw
        text), or None when that changes nothing (the same banner). One object per pair of
        markings: the portions raised alike share their new marking (and the roll-ups of it)."""
        key = (marking, stated, id(marking.grammar))
        entry = self.raised_cache.get(key)
        if entry is None:
            rolled = self.rollup([marking, stated])
            result = None if rolled is None or rolled.banner() == marking.banner() else \
                replace(rolled, raw=marking.raw)
            if len(self.raised_cache) > 4096:
                self.raised_cache.clear()
            entry = self.raised_cache[key] = (marking, result)  # (keeps the grammar of the key alive)
        return entry[1]

    def _rollup(self, marks: tuple[Marking, ...]) -> Marking:
        top = max(marks, key=lambda m: m.rank)
        designations = () if top.rank > 0 else _union(m.designations for m in marks)
        dissem = _union(m.dissem for m in marks)
        order = self.register.precedence
        # the register's categories beyond level and dissemination, when any portion has them
        # (most documents have none: check's speed depends on this being cheap)
        extended = [m for m in marks if m.sci or m.sap or m.aea or m.fgi or m.non_ic or m.display_only or m.foreign]
        noforn = "NOFORN" in dissem or any(m.noforn for m in extended)
        rel_to = () if noforn or not any(m.rel_to for m in marks) else _common(marks, "rel_to")
        display_only = () if noforn or not extended else _common(marks, "display_only")
        if noforn or "DISPLAY ONLY" in dissem:
            dissem = tuple(d for d in dissem if not (d == "RELIDO" and noforn) and (d != "DISPLAY ONLY" or display_only))
        if len(dissem) > 1:
            dissem = tuple(sorted(dissem, key=lambda d: order.get(d, len(order))))
        sci: tuple[str, ...] = ()
        sap: tuple[str, ...] = ()
        aea: tuple[str, ...] = ()
        fgi: tuple[str, ...] = ()
        non_ic: tuple[str, ...] = ()
        foreign = None
        if extended:
            sci, sap, non_ic = (_union(m.sci for m in extended), _union(m.sap for m in extended),
                                _union(m.non_ic for m in extended))
            non_ic = tuple(sorted(non_ic, key=lambda d: order.get(d, len(order))))
            aea = _union(m.aea for m in extended)
            if any(v.startswith("RESTRICTED DATA") for v in aea):
                aea = tuple(v for v in aea if not v.startswith("FORMERLY RESTRICTED DATA"))
            owners = {(m.foreign.owner, m.foreign.owners) if m.foreign else None for m in marks}
            foreign = top.foreign if len(owners) == 1 and None not in owners else None
            if foreign is None:
                prefix = self.vocabulary.fgi_prefix
                sources = _union([*(m.fgi for m in extended), *(_sources(m.foreign) for m in extended if m.foreign)])
                fgi = (prefix,) if prefix in sources else tuple(self.register.country_order(list(sources)))
        return Marking(
            level=top.level, rank=top.rank, designations=designations,
            cui_categories=_union(m.cui_categories for m in marks), sci=sci, dissem=dissem, rel_to=rel_to,
            captions=_union(m.captions for m in marks), raw="", sap=sap, aea=aea, fgi=fgi, non_ic=non_ic,
            display_only=display_only, foreign=foreign, grammar=self,
        )

    def covers(self, banner: Marking, portion: Marking) -> list[MarkingProblem]:
        """Problems when `banner` is less restrictive than `portion` (an empty list if it covers it)."""
        problems: list[MarkingProblem] = []
        if banner.level is None or portion.level is None:
            return problems
        if portion.rank > banner.rank:
            problems.append(MarkingProblem("SPILLAGE", "error",
                                           f"{portion.level} portion under a {banner.level} marking"))
        has = {*banner.sci, *banner.sap, *banner.aea, *banner.dissem, *banner.non_ic}
        for control in (*portion.sci, *portion.sap, *portion.aea, *portion.dissem, *portion.non_ic):
            if control not in has:
                problems.append(MarkingProblem("BANNER_MISSING_CONTROL", "error",
                                               f"portion carries {control} but the banner does not"))
        sources = [*portion.fgi, *_sources(portion.foreign)] if (portion.fgi or portion.foreign) else []
        concealed = self.vocabulary.fgi_prefix in banner.fgi
        same_owner = portion.foreign is not None and banner.foreign is not None \
            and (portion.foreign.owner, portion.foreign.owners) == (banner.foreign.owner, banner.foreign.owners)
        missing = [s for s in sources if s not in banner.fgi and not concealed and not same_owner]
        if missing:
            problems.append(MarkingProblem("BANNER_MISSING_CONTROL", "error",
                                           f"portion carries foreign government information ({', '.join(missing)}) "
                                           f"but the banner does not say so"))
        if banner.rel_to and not portion.noforn:
            extra = [c for c in banner.rel_to if portion.rel_to and c not in portion.rel_to]
            if extra:
                problems.append(MarkingProblem("BANNER_REL_TO_WIDER", "error",
                                               f"banner releases to {', '.join(extra)} but a portion does not"))
        if banner.rank == 0 and portion.rank == 0:
            missing = [d for d in portion.designations if d not in banner.designations]
            if missing:
                problems.append(MarkingProblem("BANNER_MISSING_CONTROL", "warning",
                                               f"portion carries {', '.join(missing)} but the banner does not"))
        return problems

    @functools.cached_property
    def portion_mark_tokens(self) -> str:
        """The tokens that stand alone as a portion mark (each level's abbreviation, each designation: `U`,
        `C`, `TS`, `SBU`, `FOUO`), as a regular-expression alternation, longest first: for the stages that
        look for a mark's shape before reading it (`(S//...)` opening a line)."""
        tokens = {spec.portion for spec in self.vocabulary.levels} | set(self.vocabulary.designations)
        return "|".join(re.escape(t) for t in sorted(tokens, key=lambda t: (-len(t), t)))

    @functools.cached_property
    def level_tokens(self) -> str:
        """Every way a level is written (name, portion abbreviation, aliases: `TOP SECRET`, `TS`, `CONF`), as a
        regular-expression alternation, longest first, a space matching any run of blanks."""
        tokens = {t for spec in self.vocabulary.levels for t in (spec.name, spec.portion, *spec.aliases)}
        return "|".join(re.escape(t).replace(r"\ ", r"[ \t]+") for t in sorted(tokens, key=lambda t: (-len(t), t)))

    @functools.cached_property
    def in_words(self) -> list[tuple[LazyPattern, str, Any]]:
        """The patterns of classification, foreign stamps and reclassification stated in words
        and of controls stated in words, in the order the reader searches them, each with what
        it is (`classification_in_words`, `foreign_stamp`, `reclassification`,
        `controls_in_words`) and what it states (a level; the `controls_in_words` entry)."""
        return [*((p, "classification_in_words", level) for p, level in self.words_evidence),
                *((p, "foreign_stamp", level) for p, level in self.words_evidence_following),
                *((p, "reclassification", level) for p, level in self.reclassification_in_words),
                *((p, "controls_in_words", spec) for p, spec in self.controls_in_words)]

    @functools.cached_property
    def word_gated(self) -> dict[str, list[LazyPattern]]:
        """The families of patterns the reader looks for only in a text that holds their words,
        by name: `in_words` (in its order), `governing_levels`, `governing_targets`,
        `translation_label`, `stretch_begins` and `places_abroad` (`word_gate` decides which may match a text)."""
        return {"in_words": [p for p, _, _ in self.in_words], "governing_levels": list(self.governing_levels),
                "governing_targets": [p for p, _ in self.governing_targets],
                "translation_label": [self.translation_label], "stretch_begins": list(self.stretch_begins),
                "places_abroad": [p for p, _, _ in self.scope_places_abroad]}

    @functools.cached_property
    def word_gate(self) -> tuple[WordGate, dict[str, range]]:
        """`prefilter.WordGate` of every pattern of `word_gated` (one pass over all their words
        decides which of them a text may hold), and the range of its indexes each family has."""
        from .prefilter import WordGate

        clauses: list[Clauses] = []
        sources: list[tuple[str, int]] = []
        ranges: dict[str, range] = {}
        for family, patterns in self.word_gated.items():
            ranges[family] = range(len(clauses), len(clauses) + len(patterns))
            clauses.extend(p.words for p in patterns)
            sources.extend((p.pattern, p.flags) for p in patterns)
        return WordGate(clauses, sources), ranges

    @functools.cached_property
    def handling_statements(self) -> list[tuple[LazyRegex, list[str]]]:
        # words apart by any spaces or hyphens: `Sensitive-But-Unclassified`; `US`, `U.S.`, `USA` and `NON-US` with
        # any dots, spaces or hyphens inside (`NON-U. S. CITIZENS`, `NON U.S.A. NATIONALS`, fixrev32e)
        return [(lazy(handling_statement_pattern(spec.pattern), re.IGNORECASE), spec.controls)
                for spec in self.vocabulary.handling_statements]

    @functools.cached_property
    def classification_statements(self) -> list[tuple[LazyRegex, list[str]]]:
        """The handling statements a `Classification:` field's value may state (not `opens_sentences`)."""
        return [statement for statement, spec in zip(self.handling_statements, self.vocabulary.handling_statements)
                if not spec.opens_sentences]

    @functools.cached_property
    def any_handling_statement(self) -> LazyRegex:
        """Matches where any handling statement does: one scan of a line instead of one per statement."""
        return lazy("|".join(f"(?:{pattern.pattern})" for pattern, _ in self.handling_statements) or "(?!)",
                    re.IGNORECASE)


# a handling statement's word for the United States, written any way (`US`, `U.S.`, `U. S.`, `USA`, `U.S.A.`), after
# `NON-` or not (`NON-U.S.`, `NON U. S.`, `NON-USA`)
_US_WORD = re.compile(r"(?P<non>NON-)?(?:US|U\.S\.|USA|U\.S\.A\.)", re.IGNORECASE)
_US_PATTERN = r"U\.?[\s\-]*S\.?(?:[\s\-]*A\b\.?)?"


def handling_statement_pattern(words: str) -> str:
    """The regular expression of a handling statement written as words (`markings.yaml` `handling_statements`)."""
    return r"\b" + r"[\s\-]+".join(_statement_word(w) for w in words.split()) + r"\b"


def _statement_word(word: str) -> str:
    """The pattern of one word of a handling statement (`markings.yaml` `handling_statements`)."""
    m = _US_WORD.fullmatch(word)
    if m is None:
        return re.escape(word)
    return (r"NON[\s\-]*" if m.group("non") else "") + _US_PATTERN


def _alias_table(entries: dict[str, list[str]]) -> dict[str, str]:
    table = {}
    for canonical, aliases in entries.items():
        for token in (canonical, *aliases):
            table[_normalize(token)] = canonical
    return table


def _union(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """The tokens of every group, each once, in first-seen order."""
    return tuple(dict.fromkeys(itertools.chain.from_iterable(groups)))


def _common(marks: tuple[Marking, ...], attribute: str) -> tuple[str, ...]:
    """A country list (REL TO, DISPLAY ONLY) the roll-up keeps: the countries common to every
    portion that has one, provided every classified portion has one."""
    holders = [getattr(m, attribute) for m in marks if getattr(m, attribute)]
    if not holders or any(m.rank > 0 and not getattr(m, attribute) for m in marks):
        return ()
    common = set(holders[0]).intersection(*holders[1:])
    return tuple(c for c in holders[0] if c in common)


def _sources(foreign: Foreign | None) -> list[str]:
    """The FGI sources a foreign-owned marking brings into a US roll-up."""
    if foreign is None:
        return []
    if foreign.owner == "JOINT":
        return [o for o in foreign.owners if o != "USA"]
    return [foreign.owner]


def _fgi_text(sources: tuple[str, ...]) -> str:
    return "FGI" if sources in ((), ("FGI",)) else "FGI " + " ".join(sources)


def _aea_names(value: str) -> set[str]:
    base, *qualifiers = value.split("-")
    return {base, *(q.split(" ")[0] for q in qualifiers)}


def _rule_name(vocabulary: VocabularyNames, name: str) -> str:
    return name if name in CATEGORY_ORDER else vocabulary.canonical_name(name)


def _is_spaced(words: str) -> bool:
    return bool(re.search(r"[A-Z] [A-Z] [A-Z]", words))


_FULLWIDTH = lazy("[\uff00-\uffef]")
_TO_FULLWIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}


def _with_ascii_folds(words: Iterable[str], english: Iterable[str] = ()) -> list[str]:
    """`words` (the rules' level words) and each one's ASCII fold (`ascii_fold`) when it differs, is no
    shorter than four letters (`mật` typed `mat` is an English word: not read so) and reads no word of
    `english` (the fold with the three letters a level word may take: `confidențial` typed `confidential`
    is the English word, a level of the document's own language, not a foreign note's)."""
    out = list(words)
    seen = set(out)
    spelled = [e.casefold() for e in english]
    for w in list(out):
        folded = ascii_fold(w)
        if any(e.startswith(folded.casefold()) and len(e) - len(folded) <= 3 for e in spelled):
            continue
        if folded not in seen and folded.isascii() and len(folded.replace(" ", "")) >= 4:
            seen.add(folded)
            out.append(folded)
    return out


def _ascii_folded(pattern: LazyPattern) -> LazyPattern:
    """`pattern` (words of other languages, no named group) that reads its words typed without their
    diacritics too: the pattern or its ASCII fold (`ascii_fold` of its source's letters, round 119)."""
    source = pattern.pattern
    folded = ascii_fold(source)
    if folded == source or "(?P<" in source or source.startswith("(?") and not source.startswith("(?i:"):
        return pattern
    combined = f"(?:{source})|(?:{folded})"
    return LazyPattern(combined, pattern.flags, None)  # (a fold changes no flag: `(?i:` scoped in both)


def _fold_fullwidth(text: str) -> str:
    """Fullwidth letters to ASCII, one character for one, so offsets do not move."""
    if text.isascii() or not _FULLWIDTH.search(text):
        return text
    return "".join(unicodedata.normalize("NFKC", ch) if len(unicodedata.normalize("NFKC", ch)) == 1 else ch
                   for ch in text)


def grammar_for(rules: Rules | str | None) -> Grammar:
    """The grammar of a rule set (built once per rule set)."""
    return as_rules(rules).grammar


def parse_marking(text: str, rules: Rules | str | None = None) -> Marking:
    """Parse a banner or portion mark with the vocabulary of `rules` (the package's own rules
    when None)."""
    return grammar_for(rules).parse(text)
