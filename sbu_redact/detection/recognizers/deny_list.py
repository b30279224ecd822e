"""PERSON: names and terms from the `deny` list of rules/entities.yaml, found wherever they
appear (whole words, any case)."""
from __future__ import annotations

import re

from .base import CableRecognizer


class DenyListRecognizer(CableRecognizer):
    def __init__(self, lexicon, terms: list[str], score: float = 1.0):
        super().__init__(lexicon, score)
        alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(terms, key=len, reverse=True))
        self.pattern = re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE) if terms else None

    def find(self, text):
        if self.pattern is None:
            return []
        return [self.result(m.start(), m.end(), "on the deny list") for m in self.pattern.finditer(text)]
