"""CONTROL_MARKING: markings in running text, so a policy can strip or keep them: captions
(`SIPDIS`, `NOFORN`), designations in words (`SENSITIVE BUT UNCLASSIFIED`), handling
statements, portion marks (`(SBU)`, `(S//NF)`) and the level words of a classification line.
The vocabulary is the marking grammar's (rules/markings.yaml)."""
from __future__ import annotations

import re

from ..lexicon import zipf
from ...markings import grammar_for
from ...prefilter import Word, caseless, may_match, required_words
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

# What may precede a parenthesised letter that is an enumeration, not a portion mark: 1.4 (b)
_ENUMERATION = re.compile(r"(?i)(?:\d\.\d\s*|reasons?:?\s*[\d.]*\s*|and\s*|,\s*|\)\s*)$")
_OTHER_THAN_MARKING_WORDS = re.compile(r"[^A-Z\-\s/]")
_PORTION = re.compile(r"\(([A-Z][A-Z\-]*(?:/{1,2}[A-Z][A-Z ,\-]*)*)\)")


@register("control_marking")
class ControlMarkingRecognizer(CableRecognizer):
    ENTITY = "CONTROL_MARKING"

    class Spec(RecognizerSpec):
        # caption words that are also ordinary English: reported only on a line made of markings
        line_only: list[str]
        # other single marking words count anywhere only when rarer than this (zipf)
        max_zipf: float = 3.0

    @classmethod
    def create(cls, name, spec, lexicon, rules):
        return cls(lexicon, grammar_for(rules), spec)

    def __init__(self, lexicon, grammar, spec):
        super().__init__(lexicon, spec)
        self.grammar = grammar
        line_only = {w.upper() for w in spec.line_only}
        vocabulary = grammar.vocabulary
        candidates = [token for table in (vocabulary.captions, vocabulary.dissemination, vocabulary.designations)
                      for canonical, aliases in table.items() for token in (canonical, *aliases)]
        # Alone in a sentence, only marking words that are not ordinary English count.
        words = [t for t in candidates if t not in line_only and (" " in t or zipf(t) < spec.max_zipf)]
        words += [w.upper() for w in lexicon.settings.caption_variants]
        self.anywhere = re.compile(r"(?<![\w/])(?:" + "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)) + r")(?![\w/])")
        self.line_tokens = frozenset({*grammar.all_tokens, *line_only, *(w.upper() for w in lexicon.settings.caption_variants)})
        statements = grammar.handling_statements  # a method in older grammars, a property now
        self.statements = [pattern for pattern, _ in (statements() if callable(statements) else statements)]

    def find(self, text):
        spans: list[tuple[int, int, str]] = []
        in_any_case: str | None = None
        seen: dict[Word, bool] = {}
        for pattern in self.statements:
            # a statement is looked for only in a text holding the words every match of it needs
            clauses = required_words(pattern.pattern, pattern.flags)
            if clauses:
                in_any_case = caseless(text) if in_any_case is None else in_any_case
                if not may_match(clauses, text, in_any_case, seen):
                    continue
            spans += [(m.start(), m.end(), "handling statement") for m in pattern.finditer(text)]
        spans += [(m.start(), m.end(), "control marking") for m in self.anywhere.finditer(text)]
        spans += self._portion_marks(text)
        spans += self._marking_lines(text)
        return [self.result(s, e, why) for s, e, why in spans]

    def _portion_marks(self, text):
        out = []
        for match in _PORTION.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if _ENUMERATION.search(text[line_start:match.start()]):
                continue
            marking = self.grammar.parse(match.group(1))
            if marking.level is not None and marking.valid:
                out.append((match.start(), match.end(), "portion mark"))
        return out

    def _marking_lines(self, text):
        """Lines made only of marking words (`SENSITIVE SIPDIS`) and classification lines."""
        out = []
        for line in re.finditer(r"[^\n]+", text):
            # (a character that is no capital, hyphen, space or slash is left in `rest`)
            if _OTHER_THAN_MARKING_WORDS.search(line.group()) is None:
                words = list(re.finditer(r"[A-Z][A-Z\-]*", line.group()))
                rest = re.sub(r"[A-Z][A-Z\-]*|[\s/]", "", line.group())
                if words and not rest and all(w.group() in self.line_tokens for w in words):
                    out += [(line.start() + w.start(), line.start() + w.end(), "marking line") for w in words]
                    continue
            cable = self.grammar.parse_cable_line(line.group())
            if cable is not None:
                end = line.group().find(cable.post, cable.start) if cable.post else cable.end
                end = len(line.group()[:end].rstrip())
                out.append((line.start() + cable.start, line.start() + end, "classification line"))
        return out
