"""PERSON: the signature the reader found at the end of a cable (`RUSSELL`, `CLINTON`): every
word of it that may be a name. When the reader found none, a last line of the document made of
two or three surnames in capitals joined by `/` or `,` after a blank line (`RICE / BURNS`, the
form of joint signatures) is the signature."""
from __future__ import annotations

import re

from ..registry import register
from .base import FieldRecognizer, RecognizerSpec

_NAME = re.compile(r"[A-Z][\w'\u2019\-]+")
_JOINT = re.compile(r"[ \t]*[A-Z][A-Z'\-]+(?:[ \t]*[/,][ \t]*[A-Z][A-Z'\-]+){1,2}[ \t]*")


@register("signature")
class SignatureRecognizer(FieldRecognizer):
    FIELDS = ("signature",)

    class Spec(RecognizerSpec):
        # words of a signature line that are not names: message terminators and similar
        not_names: list[str] = []

    def __init__(self, lexicon, spec, name=None):
        super().__init__(lexicon, spec, name)
        self.not_names = frozenset(w.upper() for w in spec.not_names)

    def find(self, document):
        found = super().find(document)
        if found or document.kind == "document" or document.fields_named("signature"):
            return found
        text = document.text.rstrip()
        last = text.rfind("\n") + 1
        # (not the list a paragraph ending with a colon introduced: SPONSORS WERE: / SONATRACH, SONELGAZ)
        if _JOINT.fullmatch(text[last:]) and text[:last].endswith("\n\n") and not text[:last].rstrip().endswith(":"):
            return self.find_in_field(text, last, len(text), "signature")
        return []

    def find_in_field(self, text, start, end, field):
        return [self.finding(m.start(), m.end(), "surname on the signature line")
                for m in _NAME.finditer(text, start, end)
                if m.group().upper() not in self.not_names and not self._never(m.group())]

    def _never(self, word: str) -> bool:
        """Markings and acronyms are never a signature; nationality words may be (ENGLISH)."""
        lex = self.lexicon
        return lex.never_a_name(word) and word.upper() not in lex.nationalities
