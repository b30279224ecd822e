"""PERSON: names and terms from the `deny` list of rules/entities.yaml, found wherever they
appear (whole words, any case; the list implementation is sbu_redact/terms.py)."""
from __future__ import annotations

from ...terms import TermList
from ..registry import register
from .base import CableRecognizer


@register("deny_list")
class DenyListRecognizer(CableRecognizer):
    @classmethod
    def create(cls, name, spec, lexicon, rules):
        return cls(lexicon, lexicon.settings.deny, spec.score)

    def __init__(self, lexicon, terms: list[str], score: float = 1.0):
        super().__init__(lexicon, score)
        self.terms = TermList(terms)

    def find(self, text):
        return [self.result(s, e, "on the deny list") for s, e in self.terms.find(text)]
