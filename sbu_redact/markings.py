"""Marking grammar: classification levels, controlled-unclassified designations,
dissemination controls and State captions.

Parses CAPCO banners (`SECRET//NOFORN`), portion marks (`(S//NF)`, `(SBU)`) and cable
classification lines (`C O N F I D E N T I A L SECTION 01 OF 02 BAGHDAD 001234`) into
`Marking`s; reports invalid or doubtful markings with a reason instead of guessing; rolls
portions up into the banner they require. The tokens come from `rules/markings.yaml`.
"""
from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from .config import Rules, as_rules
from .problems import Reported, Severity


# ---------------------------------------------------------------- vocabulary (rules/markings.yaml)
class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LevelSpec(_Strict):
    name: str
    portion: str
    aliases: list[str] = []


class CableLineSpec(_Strict):
    words: str
    level: str
    controls: list[str] = []


class HandlingStatementSpec(_Strict):
    pattern: str
    controls: list[str]


class WordsEvidenceSpec(_Strict):
    """A phrase that says in words how classified (part of) a document is: a foreign or NATO
    marking (`NATO CONFIDENTIAL`, `VS - VERTRAULICH`) or a sentence (`is classified SECRET`).
    `pattern` is a regular expression; `level` names a level of `levels`."""

    pattern: str
    level: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a regular expression: {exc}") from exc
        return value


class Vocabulary(_Strict):
    levels: list[LevelSpec]
    designations: dict[str, list[str]]
    cui_categories: list[str]
    dissemination: dict[str, list[str]]
    sci_controls: list[str]
    captions: dict[str, list[str]]
    caption_designations: dict[str, str]
    exclusive_with_rel_to: list[str]
    tetragraphs: list[str]
    countries: list[str]
    cable_lines: list[CableLineSpec]
    handling_statements: list[HandlingStatementSpec]
    security_indicators: dict[str, str]
    classification_in_words: list[WordsEvidenceSpec] = []

    @model_validator(mode="after")
    def _words_name_levels(self) -> "Vocabulary":
        names = {spec.name for spec in self.levels}
        for i, spec in enumerate(self.classification_in_words):
            if spec.level not in names:
                raise ValueError(f"classification_in_words[{i}].level {spec.level!r} is not one of levels")
        return self


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
    #: the grammar that read it: its vocabulary gives the abbreviations of `portion_mark()`
    grammar: "Grammar | None" = field(default=None, compare=False, repr=False)

    @property
    def valid(self) -> bool:
        """False when the marking cannot be trusted: policy then withholds what it covers."""
        return self.level is not None and not any(p.severity == "error" for p in self.problems)

    @property
    def controls(self) -> list[str]:
        out = [*self.designations, *self.cui_categories, *self.sci, *self.dissem]
        if self.rel_to:
            out.append("REL TO " + ", ".join(self.rel_to))
        out.extend(c for c in self.captions if c not in out)
        return out

    @property
    def noforn(self) -> bool:
        return "NOFORN" in self.dissem

    def banner(self) -> str:
        """The canonical CAPCO banner for this marking."""
        if self.level is None:
            return "UNKNOWN"
        dissem = [*self.dissem] + (["REL TO " + ", ".join(self.rel_to)] if self.rel_to else [])
        if self.rank == 0 and "CUI" in self.designations:
            parts = ["CUI", "/".join(self.cui_categories), "/".join(dissem)]
        else:
            others = [d for d in self.designations]
            parts = [self.level, "/".join(self.sci), "/".join(dissem), "/".join(others)]
        return "//".join(p for p in parts if p)

    def portion_mark(self) -> str:
        if self.level is None:
            return "(?)"
        abbreviations = self.grammar.dissem_abbreviations if self.grammar is not None else {}
        level = self.grammar.abbreviation.get(self.level, self.level) if self.grammar is not None else self.level
        dissem = [abbreviations.get(d, d) for d in self.dissem]
        if self.rel_to:
            dissem.append("REL TO " + ", ".join(self.rel_to))
        if self.rank == 0 and self.designations == ("SBU",) and not dissem and not self.sci:
            return "(SBU)"
        if self.rank == 0 and "CUI" in self.designations:
            parts = ["CUI", "/".join(self.cui_categories), "/".join(dissem)]
        else:
            parts = [level, "/".join(self.sci), "/".join(dissem),
                     "/".join(self.designations)]
        return "(" + "//".join(p for p in parts if p) + ")"

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
_REL_TO = re.compile(r"^REL(?:\s*TO)?\b\s*(?P<list>.*)$")
_SPLIT_COUNTRIES = re.compile(r"[,\s]+")


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
    designations: list[str] = field(default_factory=list)
    cui_categories: list[str] = field(default_factory=list)
    sci: list[str] = field(default_factory=list)
    dissem: list[str] = field(default_factory=list)
    rel_to: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    problems: list[MarkingProblem] = field(default_factory=list)

    def problem(self, code: str, severity: Severity, message: str) -> None:
        self.problems.append(MarkingProblem(code, severity, message))


class Grammar:
    """Parses and compares markings using one vocabulary."""

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
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
        self.sci = {_normalize(s): s for s in vocabulary.sci_controls}
        self.cui_categories = {_normalize(c): c for c in vocabulary.cui_categories}
        self.country_codes = set(vocabulary.countries) | set(vocabulary.tetragraphs)
        self.all_tokens = sorted({*self.levels, *self.designations, *self.dissem, *self.captions,
                                  *self.sci, *self.cui_categories, "REL TO"})
        lines = sorted(vocabulary.cable_lines, key=lambda spec: -len(spec.words))
        self._cable_specs = {_normalize(spec.words).replace(" ", ""): spec for spec in lines}
        caption_words = sorted({*vocabulary.captions, *(a for al in vocabulary.captions.values() for a in al)},
                               key=len, reverse=True)
        self._cable_line = re.compile(
            r"(?P<level>" + "|".join(_spaced(spec.words) for spec in lines) + r")\b"
            r"(?P<captions>(?:[ \t]+(?:" + "|".join(_spaced(c) for c in caption_words) + r")\b)*)"
            r"(?:[ \t]+SECTION[ \t]+(?P<section>\d{1,2})[ \t]+OF[ \t]+(?P<sections>\d{1,2}))?"
            r"(?:[ \t]+(?P<post>[A-Z][A-Z.'\-]*(?:[ \t][A-Z][A-Z.'\-]*){0,3}?)[ \t]+(?P<number>\d{3,7})\b)?",
        )
        self._caption_pattern = re.compile("|".join(_spaced(c) for c in caption_words))
        self._cable_initials = frozenset(spec.words[0] for spec in lines) | frozenset(
            ch for spec in lines for ch in unicodedata.normalize("NFKC", spec.words[0]).translate(_TO_FULLWIDTH))
        self.caption_line = re.compile(
            r"^[ \t]*(?:(?:" + "|".join(sorted((re.escape(c).replace(r"\ ", r"\s?") for c in vocabulary.captions),
                                              key=len, reverse=True)) + r")\b[ \t]*)+\.?[ \t]*$")
        # classification stated in words (foreign markings, sentences): reader evidence
        self.words_evidence = [(re.compile(spec.pattern), spec.level) for spec in vocabulary.classification_in_words]
        self._parsed: dict[str, Marking] = {}
        self.read_mark_cache: dict[tuple[str, bool], Marking | None] = {}  # the reader's, per vocabulary

    # -- parsing ---------------------------------------------------------
    def parse(self, text: str) -> Marking:
        """Parse a banner or the inside of a portion mark (parentheses optional)."""
        cached = self._parsed.get(text)
        if cached is None:
            cached = self._parsed[text] = self._parse(text)
            if len(self._parsed) > 4096:
                self._parsed.clear()
        return cached

    def _parse(self, text: str) -> Marking:
        raw = text
        body = _normalize(text)
        if body.startswith("(") or body.endswith(")"):
            body = body.strip("()").strip()
        parsed = _Parsed()
        if not body:
            parsed.problem("EMPTY", "error", "empty marking")
            return self._finish(raw, parsed)
        categories = body.split("//")
        if "/" in categories[0] and len(categories) == 1:
            head, *_ = categories[0].split("/")
            if head in self.levels and self.levels[head] != "UNCLASSIFIED" or head in {"TOP SECRET"}:
                parsed.problem("SINGLE_SLASH", "warning", f"categories in '{raw.strip()}' separated by '/' instead of '//'")
        for index, category in enumerate(categories):
            if not category.strip():
                parsed.problem("INCOMPLETE", "error", f"empty category in '{raw.strip()}'")
                continue
            for value in category.split("/"):
                self._classify(value.strip(), index, parsed)
        self._check(raw, parsed)
        return self._finish(raw, parsed)

    def _classify(self, value: str, index: int, parsed: _Parsed) -> None:
        if not value:
            parsed.problem("INCOMPLETE", "error", "empty control value")
            return
        if value in self.levels:
            if parsed.level is not None:
                parsed.problem("CONTRADICTORY", "error", f"two classification levels: {parsed.level} and {self.levels[value]}")
                parsed.level = max(parsed.level, self.levels[value], key=self.ranks.__getitem__)
                return
            parsed.level, parsed.level_category = self.levels[value], index
            return
        rel = _REL_TO.match(value)
        if rel:
            codes = [c for c in _SPLIT_COUNTRIES.split(rel.group("list")) if c]
            if not codes:
                parsed.problem("INCOMPLETE", "error", "REL TO without any country")
                return
            unknown = [c for c in codes if c not in self.country_codes]
            if unknown:
                parsed.problem("UNKNOWN_TOKEN", "error", f"unknown country code(s) in REL TO: {', '.join(unknown)}")
            parsed.rel_to.extend(c for c in codes if c not in parsed.rel_to)
            return
        for table, bucket in ((self.designations, parsed.designations), (self.dissem, parsed.dissem),
                              (self.sci, parsed.sci), (self.captions, parsed.captions)):
            if value in table:
                canonical = table[value]
                if canonical in bucket:
                    parsed.problem("DUPLICATE", "warning", f"{canonical} appears twice")
                else:
                    bucket.append(canonical)
                return
        if value in self.cui_categories:
            parsed.cui_categories.append(self.cui_categories[value])
            return
        hint = difflib.get_close_matches(value, self.all_tokens, n=1, cutoff=0.6)
        suffix = f" (did you mean {hint[0]}?)" if hint else ""
        parsed.problem("UNKNOWN_TOKEN", "error", f"unknown marking token '{value}'{suffix}")

    def _check(self, raw: str, parsed: _Parsed) -> None:
        shown = raw.strip()
        if parsed.level is None:
            if parsed.designations:
                parsed.level = "UNCLASSIFIED"
                parsed.level_category = 0
            elif parsed.problems and all(p.code == "UNKNOWN_TOKEN" for p in parsed.problems) \
                    and not (parsed.dissem or parsed.rel_to or parsed.sci or parsed.captions):
                parsed.problems = [MarkingProblem("UNREADABLE", "error",
                                                  f"'{shown}' is not a marking: "
                                                  + "; ".join(p.message for p in parsed.problems))]
                return
            else:
                parsed.problem("INCOMPLETE", "error", f"'{shown}' has no classification level")
        elif parsed.level_category not in (0, None):
            parsed.problem("OUT_OF_ORDER", "error",
                           f"classification level {parsed.level} must come first in '{shown}'")
        exclusive = [d for d in parsed.dissem if d in self.vocabulary.exclusive_with_rel_to]
        if parsed.rel_to and exclusive:
            parsed.problem("CONTRADICTORY", "error", f"REL TO and {exclusive[0]} cannot both apply")
        if parsed.rel_to:
            if "USA" not in parsed.rel_to:
                parsed.problem("NONCANONICAL", "warning", "REL TO list should begin with USA")
            expected = (["USA"] if "USA" in parsed.rel_to else []) + sorted(
                c for c in parsed.rel_to if c != "USA" and c not in self.vocabulary.tetragraphs) + sorted(
                c for c in parsed.rel_to if c in self.vocabulary.tetragraphs)
            if expected != parsed.rel_to:
                parsed.problem("NONCANONICAL", "warning", "REL TO list should be USA, then trigraphs in order")
            parsed.rel_to = expected
        if parsed.cui_categories and "CUI" not in parsed.designations:
            parsed.problem("CONTRADICTORY", "error", "CUI category without CUI")
        if parsed.level is not None and self.ranks[parsed.level] == 0:
            for caption in parsed.captions:  # (U//SENSITIVE) is SBU
                implied = self.vocabulary.caption_designations.get(caption)
                if implied and implied not in parsed.designations:
                    parsed.designations.append(implied)
            parsed.captions = [c for c in parsed.captions if c not in self.vocabulary.caption_designations]
        if parsed.level is not None and self.ranks[parsed.level] > 0 and parsed.designations:
            parsed.problem("CONTRADICTORY", "warning",
                           f"{'/'.join(parsed.designations)} is an unclassified designation but the level is {parsed.level}")

    def _finish(self, raw: str, parsed: _Parsed) -> Marking:
        return Marking(
            level=parsed.level,
            rank=self.ranks[parsed.level] if parsed.level is not None else -1,
            designations=tuple(parsed.designations),
            cui_categories=tuple(parsed.cui_categories),
            sci=tuple(parsed.sci),
            dissem=tuple(parsed.dissem),
            rel_to=tuple(parsed.rel_to),
            captions=tuple(parsed.captions),
            raw=raw,
            problems=tuple(parsed.problems),
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
        words = re.sub(r"\s", "", match.group("level"))
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
        """The overall marking a set of portions requires: highest level; NOFORN dominates
        REL TO; REL TO lists intersect; other controls accumulate."""
        marks = [m for m in markings if m.level is not None]
        if not marks:
            return None
        top = max(marks, key=lambda m: m.rank)
        designations = [] if top.rank > 0 else _union(m.designations for m in marks)
        dissem = _union(m.dissem for m in marks)
        rel_holders = [m for m in marks if m.rel_to]
        rel_to: tuple[str, ...] = ()
        if "NOFORN" not in dissem and rel_holders:
            classified_without_rel = any(m.rank > 0 and not m.rel_to for m in marks)
            if not classified_without_rel:
                common = set(rel_holders[0].rel_to).intersection(*(m.rel_to for m in rel_holders[1:]))
                rel_to = tuple(c for c in rel_holders[0].rel_to if c in common)
        return Marking(
            level=top.level, rank=top.rank, designations=tuple(designations),
            cui_categories=tuple(_union(m.cui_categories for m in marks)),
            sci=tuple(_union(m.sci for m in marks)), dissem=tuple(dissem), rel_to=rel_to,
            captions=tuple(_union(m.captions for m in marks)), raw="", grammar=self,
        )

    def covers(self, banner: Marking, portion: Marking) -> list[MarkingProblem]:
        """Problems when `banner` is less restrictive than `portion` (an empty list if it covers it)."""
        problems: list[MarkingProblem] = []
        if banner.level is None or portion.level is None:
            return problems
        if portion.rank > banner.rank:
            problems.append(MarkingProblem("SPILLAGE", "error",
                                           f"{portion.level} portion under a {banner.level} marking"))
        for control in portion.dissem:
            if control not in banner.dissem:
                problems.append(MarkingProblem("BANNER_MISSING_CONTROL", "error",
                                               f"portion carries {control} but the banner does not"))
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
    def handling_statements(self) -> list[tuple[re.Pattern[str], list[str]]]:
        return [(re.compile(r"\b" + re.escape(spec.pattern).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE),
                 spec.controls) for spec in self.vocabulary.handling_statements]


def _alias_table(entries: dict[str, list[str]]) -> dict[str, str]:
    table = {}
    for canonical, aliases in entries.items():
        for token in (canonical, *aliases):
            table[_normalize(token)] = canonical
    return table


def _union(groups: Iterable[Iterable[str]]) -> list[str]:
    return list(dict.fromkeys(token for group in groups for token in group))


def _is_spaced(words: str) -> bool:
    return bool(re.search(r"[A-Z] [A-Z] [A-Z]", words))


_FULLWIDTH = re.compile("[\uff00-\uffef]")
_TO_FULLWIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}


def _fold_fullwidth(text: str) -> str:
    """Fullwidth letters to ASCII, one character for one, so offsets do not move."""
    if not _FULLWIDTH.search(text):
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
