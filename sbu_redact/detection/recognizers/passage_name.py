"""PERSON: the officer named after the office on a passage line the reader found (`MOSCOW FOR
POL - SARAH KENDRICK`, `KYIV FOR ECON/MICHAEL BRAUN`, `PASS TO USAID FOR AFR/WA - BETTY
OKAFOR-JONES`). After a dash the rest of the item is a name slot: when it does not read as a
name but holds more than office words (`POL - S. KENDRICK`), it is reported whole. After a
slash only a known given name starts a name (ECON/MICHAEL, not EUR/PRA)."""
from __future__ import annotations

import re

from ..names import NameReader
from ..registry import register
from .base import FieldRecognizer, RecognizerSpec


@register("passage_name")
class PassageNameRecognizer(FieldRecognizer):
    FIELDS = ("passage",)

    class Spec(RecognizerSpec):
        # what separates an office from the officer's name: " - ", "/"
        separators: list[str]
        # separators after which only a known given name starts a name
        given_name_after: list[str] = []

    def __init__(self, lexicon, spec, name=None):
        super().__init__(lexicon, spec, name)
        self.reader = NameReader(lexicon)
        self.separators = re.compile("|".join(re.escape(s) for s in spec.separators))
        self.given_name_after = set(spec.given_name_after)

    def find_in_field(self, text, start, end, field):
        out = []
        for sep in self.separators.finditer(text, start, end):
            slot_end = _item_end(text, sep.end(), end)
            span = self.reader.read(text, sep.end(), caps=True, end=slot_end)
            if span:
                if sep.group() in self.given_name_after and not self.lexicon.is_given_name(
                        text[span[0]:span[1]].split()[0]):
                    continue
                out.append(self.finding(*span, "officer named on a passage line"))
            elif sep.group() not in self.given_name_after and self._personal(text[sep.end():slot_end]):
                slot = text[sep.end():slot_end]
                lead = len(slot) - len(slot.lstrip())
                out.append(self.finding(sep.end() + lead, sep.end() + len(slot.rstrip()),
                                        "name slot of a passage line, redacted whole: it does not read as a name"))
        return out

    def _personal(self, slot: str) -> bool:
        lex = self.lexicon
        words = re.findall(r"[A-Za-z][\w'\-]*", slot)
        return any(len(w) > 1 and not (lex.never_a_name(w) or w.upper() in lex.stop_words
                                       or w.upper() in lex.title_words) for w in words)


def _item_end(text: str, pos: int, end: int) -> int:
    m = re.compile(r"[,;]").search(text, pos, end)
    return m.start() if m else end
