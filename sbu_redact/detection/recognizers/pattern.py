"""Regex recognizers declared entirely in rules/entities.yaml (`kind: pattern`): a Presidio
`PatternRecognizer` for one entity type, with its patterns (name, regex, base score) and the
context words that raise a match's score when they appear nearby. Adding one needs no code."""
from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer
from pydantic import BaseModel, ConfigDict, Field

from ..registry import register
from .base import RecognizerSpec


class PatternSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    regex: str
    score: float = Field(ge=0, le=1)


@register("pattern")
class YamlPatternRecognizer(PatternRecognizer):
    class Spec(RecognizerSpec):
        entity: str
        patterns: list[PatternSpec] = Field(min_length=1)
        context: list[str] = []

    @classmethod
    def create(cls, name, spec, lexicon, rules):
        return cls(supported_entity=spec.entity, name=_class_name(name), patterns=patterns_of(name, spec, rules),
                   context=list(spec.context) or None)


def patterns_of(name: str, spec, rules) -> list[Pattern]:
    """The Presidio patterns of a YAML entry, each regex checked (errors name file and key) with
    the `regex` module Presidio matches them with (variable-width look-behind allowed)."""
    import regex as re

    for i, p in enumerate(spec.patterns):
        try:
            re.compile(p.regex)
        except re.error as exc:
            from ...config import RulesError

            raise RulesError(f"{rules.path('entities')}: key 'recognizers.{name}.patterns.{i}.regex': "
                             f"invalid regular expression ({exc})") from None
    return [Pattern(p.name, p.regex, p.score) for p in spec.patterns]


def _class_name(name: str) -> str:
    return "".join(part.title() for part in name.split("_")) + "Recognizer"
