"""PERSON: the officer named after the office on a passage line (`MOSCOW FOR POL - SARAH
KENDRICK`, `KYIV FOR ECON/MICHAEL BRAUN`, `PASS TO USAID FOR AFR/WA - BETTY OKAFOR-JONES`)."""
from __future__ import annotations

import re

from ..names import NameReader
from .base import CableRecognizer

_PASSAGE_LINE = re.compile(r"^[ \t]*(?:[A-Z][A-Z./&]*[ \t]+){0,4}?(?:FOR|PASS(?:[ \t]+TO)?)[ \t].*$", re.MULTILINE)


class PassageNameRecognizer(CableRecognizer):
    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec.score)
        self.reader = NameReader(lexicon)
        self.separators = re.compile("|".join(re.escape(s) for s in spec.separators))
        self.given_name_after = set(spec.given_name_after)

    def find(self, text):
        results = []
        for line in _PASSAGE_LINE.finditer(text):
            for sep in self.separators.finditer(text, line.start(), line.end()):
                span = self.reader.read(text, sep.end(), caps=True)
                if not span or span[1] > line.end():
                    continue
                if sep.group() in self.given_name_after and not self.lexicon.is_given_name(
                        text[span[0]:span[1]].split()[0]):
                    continue
                results.append(self.result(*span, "officer named on a passage line"))
        return results
