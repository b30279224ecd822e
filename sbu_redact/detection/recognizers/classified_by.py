"""PERSON: the classifying official on the `Classified By:` line
(`Classified By: Ambassador John Smith for reasons 1.4 (b) and (d)`,
`CLASSIFIED BY: POLOFF JANE DOE, REASON: 1.5 (D)`)."""
from __future__ import annotations

import re

from ..names import NameReader
from .base import CableRecognizer


class ClassifiedByRecognizer(CableRecognizer):
    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec.score)
        self.reader = NameReader(lexicon)
        self.pattern = re.compile(spec.pattern + r"(?:(?i:" + lexicon.titles_pattern + r"))*")

    def find(self, text):
        results = []
        for match in self.pattern.finditer(text):
            span = self.reader.read(text, match.end())
            if span:
                results.append(self.result(*span, "name on the Classified By line"))
        return results
