"""PERSON: the value of a name field (`SURNAME: BRNIC-TOMASEVIC; GIVEN NAME: KRESIMIR`, `Family
name: Okonjo-Lind`, `(Attn: Marisol Quintanar-Eze)`): after a label of `labels`, opening a line
or after `:`, `;`, `(` or a comma, and its colon, the words up to the field's end (a semicolon,
a parenthesis, the line's end, another label) are a name, in capitals or not, whatever they look
like: the label says so. A value with a word that is never a name (a marking, an acronym, a
stop word, `UNKNOWN`, `N/A`: `not_names`) or with a digit is no name; the value may start on the
line after the label (`GIVEN NAME:` / `KRESIMIR`)."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

_WORD = r"[" + CAPITALS + r"][\w'\u2019\-]*\.?"


@register("labelled_name")
class LabelledNameRecognizer(CableRecognizer):
    exact_span = True  # the slot says it is a name: kept as found (a place or English word in it too)

    class Spec(RecognizerSpec):
        # labels of a field whose value is a person's name, any case
        labels: list[str]
        # values that say there is no name (UNKNOWN, N/A), any case
        not_names: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        labels = "|".join(re.escape(label).replace(r"\ ", r"[ \t]+")
                          for label in sorted(spec.labels, key=len, reverse=True)) or "(?!)"
        # (a value's second part after a comma, surname first: NAME: AL-SAWAD, Haider; not DOB: after it)
        # (the pattern opens with the label; what stands before it is checked in `find`)
        self._field = re.compile(rf"(?<![\w'\-])(?i:{labels})[ \t]*:[ \t]*\n?[ \t]*"
                                 rf"(?P<value>{_WORD}(?:[ \t]+{_WORD}){{0,4}}(?:,[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,3}}(?![ \t]*:))?)"
                                 rf"(?=[ \t]*(?:[;),]|$))", re.MULTILINE)
        self._not_names = frozenset(w.upper() for w in spec.not_names)

    def find(self, text):
        if ":" not in text:
            return []
        lex = self.lexicon
        out = []
        for m in self._field.finditer(text):
            opener = text[max(0, m.start() - 2):m.start()].rstrip(" \t")
            if opener and opener[-1] not in ":;(,\n":
                continue  # (Program name: a label of something else)
            value = m.group("value")
            words = [w.strip(".,") for w in value.replace(",", " ").split()]
            if any(w.upper() in self._not_names or lex.never_a_name(w) or w.upper() in lex.stop_words
                   for w in words) or not any(len(w) > 1 for w in words):
                continue
            out.append(self.result(*m.span("value"), "the value of a name field"))
        return out
