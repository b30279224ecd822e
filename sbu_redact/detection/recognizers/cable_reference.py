"""CABLE_REFERENCE: cable identifiers, by post and number (`STATE 87399`, `MOSCOW 003736`) or
by year (`07MOSCOW3736`, `07 STATE 87399`)."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec


@register("cable_reference")
class CableReferenceRecognizer(CableRecognizer):
    ENTITY = "CABLE_REFERENCE"

    class Spec(RecognizerSpec):
        patterns: list[str]
        # matches on lines that start with one of these words (addressee serials) are skipped
        skip_lines_starting: list[str] = []
        # words that look like a post before a number but are not one
        not_posts: list[str]

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.patterns = [re.compile(p) for p in spec.patterns]
        self.not_posts = frozenset(w.upper() for w in spec.not_posts)
        self.skip_lines = frozenset(w.upper() for w in spec.skip_lines_starting)

    def find(self, text):
        spans: set[tuple[int, int]] = set()
        for pattern in self.patterns:
            for match in pattern.finditer(text):
                start = self._post_start(match)
                if start is None:
                    continue
                line_start = text.rfind("\n", 0, start) + 1
                first = (text[line_start:match.end()].split() or [""])[0]
                if first.split("/")[0].upper() in self.skip_lines:
                    continue
                spans.add((start, match.end()))
        return [self.result(s, e, "cable reference") for s, e in sorted(spans)]

    def _post_start(self, match: re.Match) -> int | None:
        """Where the reference starts once leading non-post words (`UNCLAS`) are dropped."""
        words = list(re.finditer(r"[A-Z]{3,}", match.group()))
        while words and self._not_post(words[0].group()):
            words.pop(0)
        if not words or any(self._not_post(w.group()) for w in words):
            return None
        prefix = re.match(r"\d{2}\s?", match.group())
        return match.start() if prefix else match.start() + words[0].start()

    def _not_post(self, word: str) -> bool:
        return word in self.not_posts or word in self.lexicon.marking_words
