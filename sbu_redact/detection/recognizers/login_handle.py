"""SOCIAL_HANDLE: a personal log-in name or handle written without an `@` or a site, where a
context word before it says what it is (fixnames49b): `username d.alexie99`, `his login is
kbutcher_48fss`, `Skype name: m.tumaeva` aside (`messenger_handle`), `goes by bri_ol online`.

A Presidio `PatternRecognizer` (`context_pattern`): the pattern is a handle's shape (a lower-case
word joined to another by a dot or an underscore, or letters and digits together), and a match
counts only after one of the entry's context words in the same sentence. A handle is no file name
or web address (`report.pdf`, `state.gov`: their last part is one of the entry's `not_endings`)
and no word of the dictionary alone.
"""
from __future__ import annotations

from typing import ClassVar

from ..registry import register
from .base import RecognizerSpec
from .context_pattern import ContextPatternRecognizer, ContextPatternSpec
from .pattern import _class_name, patterns_of


class LoginHandleSpec(ContextPatternSpec):
    # last parts that make a dotted word a file or a domain, not a handle (pdf, doc, gov, com)
    not_endings: list[str] = []


@register("login_handle")
class LoginHandleRecognizer(ContextPatternRecognizer):
    Spec: ClassVar[type[RecognizerSpec]] = LoginHandleSpec

    def __init__(self, *, not_endings: list[str] | None = None, **kwargs):
        super().__init__(**kwargs)
        self.not_endings = {e.lower() for e in not_endings or []}

    @classmethod
    def create(cls, name, spec, lexicon, rules):
        return cls(supported_entity=spec.entity, name=_class_name(name), patterns=patterns_of(name, spec, rules),
                   context=list(spec.context), window=spec.window, min_digits=spec.min_digits,
                   max_digits=spec.max_digits, not_endings=list(spec.not_endings))

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        if not super().validate_result(pattern_text):
            return False
        parts = pattern_text.replace("_", ".").split(".")
        if all(len(p) <= 2 for p in parts):
            return False  # e.g, i.e, a.m: an abbreviation
        return parts[-1].lower() not in self.not_endings


__all__ = ["LoginHandleRecognizer"]
