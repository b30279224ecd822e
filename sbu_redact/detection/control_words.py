"""The control markings of running text, found with the marking grammar's vocabulary (rules/markings.yaml):
captions (`SIPDIS`, `NOFORN`), designations in words (`SENSITIVE BUT UNCLASSIFIED`), handling statements,
portion marks (`(SBU)`, `(S//NF)`) and the level words of a classification line. Detection's CONTROL_MARKING
recognizer (recognizers/control_marking.py) reports them; `in_text_controls` reads them for `check`, which
loads no NER stack (this module imports no Presidio)."""
from __future__ import annotations

import re
from typing import Any

from ..prefilter import Word, caseless, may_match, required_words
from .zipf import zipf  # (not .lexicon: it loads pydantic through the settings)

# What may precede a parenthesised letter that is an enumeration, not a portion mark: 1.4 (b)
_ENUMERATION = re.compile(r"(?i)(?:\d\.\d\s*|reasons?:?\s*[\d.]*\s*|and\s*|,\s*|\)\s*)$")
_OTHER_THAN_MARKING_WORDS = re.compile(r"[^A-Z\-\s/]")
_PORTION = re.compile(r"\(([A-Z][A-Z\-]*(?:/{1,2}[A-Z][A-Z ,\-]*)*)\)")


class ControlWords:
    """The finder, built once per rules: `line_only` caption words that are also ordinary English count only on
    a line made of markings; other single marking words count anywhere only when rarer than `max_zipf`."""

    def __init__(self, lexicon: Any, grammar: Any, line_only: list[str], max_zipf: float):
        self.grammar = grammar
        line_only_words = {w.upper() for w in line_only}
        vocabulary = grammar.vocabulary
        candidates = [token for table in (vocabulary.captions, vocabulary.dissemination, vocabulary.designations)
                      for canonical, aliases in table.items() for token in (canonical, *aliases)]
        # Alone in a sentence, only marking words that are not ordinary English count.
        words = [t for t in candidates if t not in line_only_words and (" " in t or zipf(t) < max_zipf)]
        words += [w.upper() for w in lexicon.settings.caption_variants]
        self.anywhere = re.compile(r"(?<![\w/])(?:" + "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)) + r")(?![\w/])")
        self.line_tokens = frozenset({*grammar.all_tokens, *line_only_words,
                                      *(w.upper() for w in lexicon.settings.caption_variants)})
        statements = grammar.handling_statements  # a method in older grammars, a property now
        self.statements = [pattern for pattern, _ in (statements() if callable(statements) else statements)]

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, why) of each control marking in `text`."""
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
        return spans

    def _portion_marks(self, text: str) -> list[tuple[int, int, str]]:
        out = []
        for match in _PORTION.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if _ENUMERATION.search(text[line_start:match.start()]):
                continue
            marking = self.grammar.parse(match.group(1))
            if marking.level is not None and marking.valid:
                out.append((match.start(), match.end(), "portion mark"))
        return out

    def _marking_lines(self, text: str) -> list[tuple[int, int, str]]:
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


MAX_ZIPF = 3.0  # the default of `max_zipf` (the recognizer's spec)


def control_words_for(lexicon: Any, grammar: Any, raw: dict[str, Any]) -> ControlWords:
    """The finder of the `control_marking` entry `raw` of rules/entities.yaml, read without the recognizer's
    spec class (which needs Presidio); the recognizer validates the same entry when detection loads."""
    return ControlWords(lexicon, grammar, [str(w) for w in raw.get("line_only") or []],
                        float(raw.get("max_zipf", MAX_ZIPF)))
