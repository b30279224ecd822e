"""PERSON: the signature at the end of a cable, a surname in capitals on one of the last lines
(`RUSSELL`, `CLINTON`, two signers as `RICE / BURNS`)."""
from __future__ import annotations

import re

from .base import CableRecognizer

_LINE = re.compile(r"^[ \t]*([A-Z][A-Z'\-]+(?:[ \t]*(?:/|,|[ \t])[ \t]*[A-Z][A-Z'\-]+){0,3})[ \t#]*$")
_NAME = re.compile(r"[A-Z][A-Z'\-]+")


class SignatureRecognizer(CableRecognizer):
    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec.score)
        self.max_lines = spec.max_lines
        self.not_names = frozenset(w.upper() for w in spec.not_names)

    def find(self, text):
        lines = [m for m in re.finditer(r"[^\n]*", text) if m.group().strip()]
        results = []
        for line in reversed(lines[-self.max_lines:]):
            match = _LINE.match(line.group())
            if not match:
                break  # the signature comes after the last sentence
            names = [w for w in _NAME.finditer(match.group(1))
                     if w.group() not in self.not_names and not self.lexicon.never_a_name(w.group())]
            if not names:
                continue  # a terminator or marking line below the signature
            before = text[:line.start()].rstrip(" \t")
            if before and not (before.endswith("\n\n") or before.rstrip()[-1:] in ".:;)\"'"):
                break  # the end of a wrapped sentence, not a signature
            for word in names:
                start = line.start() + word.start()
                results.append(self.result(start, start + len(word.group()), "surname on the signature line"))
            break
        return results
