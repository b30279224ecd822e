"""PERSON: a personal name written in another script inside an English document (`Иван
Петров`, `وجيهة الحويدر`): a run of one to four words in one non-Latin script of which one is
a known given name or surname (the name lexicons keep names in their own script), or, in a
script with capitals (Cyrillic, Greek), two or more capitalized words."""
from __future__ import annotations

import re

from ..registry import register
from ..residual import script_of
from .base import CableRecognizer

_RUN = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F][\w\u00ad\u200c\u200d'’\-]*"
                  r"(?:[ \t\u00a0]+[^\W\d_A-Za-z\u00C0-\u024F][\w\u00ad\u200c\u200d'’\-]*){0,3}")


@register("script_name")
class ScriptNameRecognizer(CableRecognizer):
    def find(self, text):
        results = []
        for run in _RUN.finditer(text):
            words = run.group().split()
            scripts = {script_of(w) for w in words}
            if len(scripts) != 1 or None in scripts:
                continue
            known = any(self._known(w.replace("\u00ad", "")) for w in words)
            capitalized = len(words) >= 2 and all(w[:1].isupper() and len(w) > 1 for w in words)
            if known or capitalized:
                results.append(self.result(run.start(), run.end(), f"a name in {scripts.pop()} script"))
        return results

    def _known(self, word: str) -> bool:
        lex = self.lexicon
        bare = word[2:] if word.startswith("\u0627\u0644") and len(word) > 4 else word  # the Arabic article al-
        return any(lex.is_given_name(w) or lex.is_surname(w) for w in {word, bare})
