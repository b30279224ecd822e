"""CONTROL_MARKING: markings in running text, so a policy can strip or keep them: captions
(`SIPDIS`, `NOFORN`), designations in words (`SENSITIVE BUT UNCLASSIFIED`), handling
statements, portion marks (`(SBU)`, `(S//NF)`) and the level words of a classification line.
The vocabulary is the marking grammar's (rules/markings.yaml); the finder is
`detection.control_words` (shared with `in_text_controls`, which `check` runs without Presidio)."""
from __future__ import annotations

from ..control_words import MAX_ZIPF, ControlWords, ControlWordSettings
from ...markings import grammar_for
from ...rules_schema import InTextStatementSpec
from ..registry import register
from .base import CableRecognizer, RecognizerSpec


@register("control_marking")
class ControlMarkingRecognizer(CableRecognizer):
    ENTITY = "CONTROL_MARKING"

    class Spec(RecognizerSpec):
        # caption words that are also ordinary English: reported only on a line made of markings
        line_only: list[str]
        # other single marking words count anywhere only when rarer than this (zipf)
        max_zipf: float = MAX_ZIPF
        # controls stated in running text that the reader does not read (`control_words.ControlWordSettings`)
        statements: list[InTextStatementSpec] = []

    @classmethod
    def create(cls, name, spec, lexicon, rules):
        return cls(lexicon, grammar_for(rules), spec)

    def __init__(self, lexicon, grammar, spec):
        super().__init__(lexicon, spec)
        self.grammar = grammar
        self.words = ControlWords(grammar, ControlWordSettings(
            tuple(spec.line_only), spec.max_zipf, tuple(lexicon.settings.caption_variants),
            tuple((s.pattern, tuple(s.controls), s.any_case) for s in spec.statements)))

    def find(self, text):
        return [self.result(s, e, why) for s, e, why in self.words.spans(text)]
