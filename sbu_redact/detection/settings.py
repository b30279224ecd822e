"""Schema of `rules/entities.yaml`, the detection vocabulary, and helpers to load it.

Every word list and pattern the recognizers use is declared here and validated strictly
(unknown keys are errors that name the file and the key).
"""
from __future__ import annotations

import functools

from pydantic import BaseModel, ConfigDict, Field

from ..config import Rules, RulesError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntitySpec(_Strict):
    enabled: bool = True


class NamesSpec(_Strict):
    titles: list[str]
    leads: list[str]
    particles: list[str]
    stop_words: list[str]
    caps_continue_below_zipf: float = 4.2
    caps_not_name_suffixes: list[str] = []
    caps_suffix_min_zipf: float = 3.5
    max_words: int = Field(4, ge=1)


class ClassifiedBySpec(_Strict):
    pattern: str
    score: float = Field(ge=0, le=1)


class SignatureSpec(_Strict):
    max_lines: int = Field(3, ge=1)
    not_names: list[str]
    score: float = Field(ge=0, le=1)


class ScoreSpec(_Strict):
    score: float = Field(ge=0, le=1)


class MentionsSpec(_Strict):
    min_length: int = Field(3, ge=1)
    score: float = Field(ge=0, le=1)


class ControlMarkingSpec(_Strict):
    line_only: list[str]
    max_zipf: float = 3.0
    variants: list[str] = []
    score: float = Field(ge=0, le=1)


class CableReferenceSpec(_Strict):
    patterns: list[str]
    skip_lines_starting: list[str] = []
    not_posts: list[str]
    score: float = Field(ge=0, le=1)


class OfficeSymbolSpec(_Strict):
    pattern: str
    exclude: list[str]
    routing_indicator: str
    score: float = Field(ge=0, le=1)


class ContactPatternSpec(_Strict):
    entity: str
    name: str
    regex: str
    score: float = Field(ge=0, le=1)
    context: list[str] = []


class PassageNameSpec(_Strict):
    # what separates an office from the officer's name on a passage line: " - ", "/"
    separators: list[str]
    # separators after which only a known given name starts a name (ECON/MICHAEL, not EUR/PRA)
    given_name_after: list[str] = []
    score: float = Field(ge=0, le=1)


class SuppressSpec(_Strict):
    name_types: list[str]
    acronyms: list[str]
    nationalities: list[str]
    header_words: list[str]
    patterns: list[str]
    numeric_types: list[str]
    numeric_patterns: list[str]
    # a name right after one of these is a ship's (USS NIMITZ), not a person's
    ship_prefixes: list[str] = []


class RecaseSpec(_Strict):
    upper_ratio: float = Field(0.85, gt=0, le=1)
    min_letters: int = Field(12, ge=1)
    common_zipf: float = 3.3
    keep_upper: list[str] = []


class EntitiesSettings(_Strict):
    entities: dict[str, EntitySpec]
    models: list[str]
    ner_labels_to_ignore: list[str] = []
    min_score: float = Field(0.4, ge=0, le=1)
    allow: list[str] = []
    deny: list[str] = []
    given_names_file: str | None = None
    names: NamesSpec
    classified_by: ClassifiedBySpec
    signature: SignatureSpec
    office_symbol_name: ScoreSpec
    titled_name: ScoreSpec
    mentions: MentionsSpec
    control_marking: ControlMarkingSpec
    cable_reference: CableReferenceSpec
    office_symbol: OfficeSymbolSpec
    passage_name: PassageNameSpec
    drafting_line: ScoreSpec
    address_line: ScoreSpec
    contact_patterns: list[ContactPatternSpec] = []
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
