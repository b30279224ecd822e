"""OFFICE_SYMBOL: State Department office symbols (`EUR/RUS`, `OES/SAT`, `ISN/CATR`, `L/NP`)."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec


@register("office_symbol")
class OfficeSymbolRecognizer(CableRecognizer):
    ENTITY = "OFFICE_SYMBOL"

    class Spec(RecognizerSpec):
        pattern: str
        # slash-joined words that are not office symbols
        exclude: list[str]
        # a first element matching this is a routing indicator (RUEHC/SECSTATE), not an office
        routing_indicator: str

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.pattern = re.compile(spec.pattern)
        self.exclude = frozenset(w.upper() for w in spec.exclude)
        self.routing = re.compile(spec.routing_indicator)

    def find(self, text):
        results = []
        for match in self.pattern.finditer(text):
            parts = match.group().split("/")
            if match.group() in self.exclude or self.routing.match(parts[0]):
                continue
            if all(p in self.lexicon.marking_words for p in parts):
                continue  # NOFORN/ORCON is a marking
            results.append(self.result(match.start(), match.end(), "office symbol"))
        return results
