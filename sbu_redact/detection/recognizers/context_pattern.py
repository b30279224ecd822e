"""Regex recognizers that report a match only after one of their context words: a Presidio
`PatternRecognizer` (patterns and context from rules/entities.yaml) whose matches count when a
context word stands shortly before them, in the same sentence, with no other number in between
(`passport number is EK 118342`, `CNIC: 42201-5551234-7`, `cell 0803 555 2716`).

A bare number is a page count, a budget line or a cable number far more often than a passport:
the context word is what makes it personal. Presidio's own context enhancement only raises a
score and needs an NLP engine; this check is the recognizer's own, so it holds with NER off.

`kind: context_pattern` needs no code; the recognizers for particular identifiers subclass it
(one module each) to add their own validation.
"""
from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import PatternRecognizer
from pydantic import Field

from ..registry import register
from .base import RecognizerSpec
from .pattern import PatternSpec, _class_name, patterns_of

# what may stand between a context word and its value: words, `no.`, `#`, `:`, `(`, a line end
_NO_DIGIT = re.compile(r"[^\d]*")
# a sentence ends at a full stop that is not one of an abbreviation such as `no.` or `tel.`
_SENTENCE_END = re.compile(r"(?<!\bno)(?<!\bnr)(?<!\bnum)(?<!\btel)(?<!\bmob)(?<!\bph)[.;!?](?:\s|$)",
                           re.IGNORECASE)
# a date: year first (2008-01-02) or last (19.02.1971, 03/11/81); 284-17-63 is a phone number
_DATE = re.compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})")


def looks_like_date(value: str) -> bool:
    """`03/11/1981`, `19.02.1971`, `2008-01-02`: a date, not an identifier."""
    return _DATE.fullmatch(value.strip()) is not None


class ContextPatternSpec(RecognizerSpec):
    entity: str
    patterns: list[PatternSpec] = Field(min_length=1)
    # words or phrases, any case; one must stand within `window` characters before a match
    context: list[str] = Field(min_length=1)
    window: int = Field(48, ge=1, le=200)
    # digits a match must have (separators and letters aside); dates never count
    min_digits: int = Field(6, ge=0)
    max_digits: int = Field(20, ge=1)


@register("context_pattern")
class ContextPatternRecognizer(PatternRecognizer):
    Spec: ClassVar[type[RecognizerSpec]] = ContextPatternSpec

    def __init__(self, *, window: int = 48, min_digits: int = 6, max_digits: int = 20, **kwargs):
        super().__init__(**kwargs)
        self.window = window
        self.min_digits, self.max_digits = min_digits, max_digits
        words = sorted((w.strip() for w in self.context), key=len, reverse=True)
        # a context word, as a whole word; spaces inside a phrase match any whitespace run
        self._context = re.compile(r"(?<![\w])(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                                             for w in words) + r")(?![\w])", re.IGNORECASE)

    @classmethod
    def create(cls, name, spec, lexicon, rules):
        return cls(supported_entity=spec.entity, name=_class_name(name), patterns=patterns_of(name, spec, rules),
                   context=list(spec.context), window=spec.window, min_digits=spec.min_digits,
                   max_digits=spec.max_digits)

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        digits = sum(ch.isdigit() for ch in pattern_text)
        return self.min_digits <= digits <= self.max_digits and not looks_like_date(pattern_text)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        if self._context.search(text) is None:
            return []  # no context word anywhere: nothing to report (and no pattern to run)
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        out = []
        for r in results:
            word = self._context.match(text, r.start)  # CPF 412.887.309-15: the letters taken were the context word
            if word is not None and (value := re.match(r"[ \t:#]*", text[word.end():r.end])) is not None \
                    and any(ch.isdigit() for ch in text[word.end():r.end]):
                r.start = word.end() + value.end()
                out.append(r)
            elif self.has_context(text, r.start):
                out.append(r)
        return out

    def has_context(self, text: str, start: int) -> bool:
        """Whether a context word stands before `start` within the window, in the same
        sentence, with no digit between it and `start`."""
        before = text[max(0, start - self.window):start]
        for match in reversed(list(self._context.finditer(before))):
            # (searching from the context word's end lets `no.` see its `no`)
            return _NO_DIGIT.fullmatch(before, match.end()) is not None \
                and _SENTENCE_END.search(before, match.end()) is None
        return False
