"""PERSON: names and terms from the `deny` list of rules/entities.yaml, found wherever they
appear (whole words, any case; the list implementation is sbu_redact/terms.py)."""
from __future__ import annotations

from ...terms import TermList
from ..registry import register
from .base import CableRecognizer


@register("deny_list")
class DenyListRecognizer(CableRecognizer):
    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.terms = TermList(lexicon.settings.deny)

    def find(self, text):
        return [self.result(s, e, "on the deny list") for s, e in self.terms.find(text)]
