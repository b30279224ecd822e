"""PERSON: names led by a title or honorific in any case (`Mr.`, `Ambassador`, `DCM`, `PolOff`,
`Deputy Director`, `FM`...) or by a verb such as `met (with)`."""
from __future__ import annotations

import re

from ..names import NameReader
from .base import CableRecognizer


class TitledNameRecognizer(CableRecognizer):
    def __init__(self, lexicon, score: float):
        super().__init__(lexicon, score)
        self.reader = NameReader(lexicon)
        names = lexicon.settings.names
        titles = lexicon.titles_pattern
        leads = "|".join(re.escape(lead).replace(r"\ ", r"\s+") for lead in
                         sorted(names.leads, key=len, reverse=True))
        self.title_cue = re.compile(r"(?<![\w/])(?i:" + titles + r")+")
        self.lead_cue = re.compile(r"\b(?i:(?:" + leads + r")\s+(?:the\s+)?)(?i:" + titles + r")*")

    def find(self, text):
        results = []
        for cue, explanation in ((self.title_cue, "name after a title"), (self.lead_cue, "name after 'met (with)'")):
            for match in cue.finditer(text):
                span = self.reader.read(text, match.end())
                if span:
                    results.append(self.result(*span, explanation))
        return results
