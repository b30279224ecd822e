"""The control markings of running text, found with the marking grammar's vocabulary (rules/markings.yaml):
captions (`SIPDIS`, `NOFORN`), designations in words (`SENSITIVE BUT UNCLASSIFIED`), handling statements,
portion marks (`(SBU)`, `(S//NF)`) and the level words of a classification line. Detection's CONTROL_MARKING
recognizer (recognizers/control_marking.py) reports them; `in_text_controls` reads them for `check`, which
loads no NER stack (this module imports no Presidio) and, with its rules from the rules cache, no pydantic:
what the finder takes of rules/entities.yaml is kept there as plain data (`ControlWordSettings`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
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

    def __init__(self, grammar: Any, settings: "ControlWordSettings"):
        self.grammar = grammar
        line_only, max_zipf, variants = settings.line_only, settings.max_zipf, settings.caption_variants
        line_only_words = {w.upper() for w in line_only}
        vocabulary = grammar.vocabulary
        candidates = [token for table in (vocabulary.captions, vocabulary.dissemination, vocabulary.designations)
                      for canonical, aliases in table.items() for token in (canonical, *aliases)]
        # Alone in a sentence, only marking words that are not ordinary English count.
        words = [t for t in candidates if t not in line_only_words and (" " in t or zipf(t) < max_zipf)]
        words += [w.upper() for w in variants]
        self.anywhere = re.compile(r"(?<![\w/])(?:" + "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)) + r")(?![\w/])")
        self.line_tokens = frozenset({*grammar.all_tokens, *line_only_words,
                                      *(w.upper() for w in variants)})
        statements = grammar.handling_statements  # a method in older grammars, a property now
        self.statements = [pattern for pattern, _ in (statements() if callable(statements) else statements)]
        self.in_text = [pattern for pattern, _ in in_text_statements(settings)]

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
        spans += [(m.start(), m.end(), "in-text statement") for p in self.in_text for m in p.finditer(text)]
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


@dataclass(frozen=True)
class ControlWordSettings:
    """What the finder takes of rules/entities.yaml, as plain data (pickled in the rules cache without pydantic):
    the `control_marking` entry's `line_only` words, `max_zipf` and `statements` (pattern, controls, any_case), and
    the file's `caption_variants`."""

    line_only: tuple[str, ...]
    max_zipf: float
    caption_variants: tuple[str, ...]
    statements: tuple[tuple[str, tuple[str, ...], bool], ...] = ()


_COMPILED: dict[tuple[tuple[str, tuple[str, ...], bool], ...], list[tuple[Any, tuple[str, ...]]]] = {}


def in_text_statements(settings: ControlWordSettings) -> list[tuple[Any, tuple[str, ...]]]:
    """(pattern, controls) of each in-text statement: its words apart by any spaces or hyphens, `US` written any
    way, as a handling statement's (`markings.handling_statement_pattern`)."""
    compiled = _COMPILED.get(settings.statements)
    if compiled is None:
        from ..markings import handling_statement_pattern

        compiled = _COMPILED[settings.statements] = [
            (re.compile(handling_statement_pattern(pattern), re.IGNORECASE if any_case else 0), controls)
            for pattern, controls, any_case in settings.statements]
    return compiled


def _validated_settings(rules: Any) -> ControlWordSettings:
    """From rules/entities.yaml as validated (pydantic); the recognizer validates its `control_marking` entry
    again, with its spec class, when detection loads (which needs Presidio)."""
    from ..config import RulesError
    from .settings import load_settings

    from pydantic import ValidationError

    from ..rules_schema import InTextStatementSpec

    settings = load_settings(rules)
    raw = settings.recognizers.get("control_marking") or {}
    where = f"{rules.path('entities')}: key 'recognizers.control_marking"
    line_only, max_zipf = raw.get("line_only") or [], raw.get("max_zipf", MAX_ZIPF)
    if not isinstance(line_only, list) or not all(isinstance(w, str) for w in line_only):
        raise RulesError(f"{where}.line_only': a list of words is expected")
    if isinstance(max_zipf, bool) or not isinstance(max_zipf, (int, float)):
        raise RulesError(f"{where}.max_zipf': a number is expected")
    statements = raw.get("statements") or []
    if not isinstance(statements, list):
        raise RulesError(f"{where}.statements': a list of statements is expected")
    grammar = rules.grammar
    lowest = min(grammar.ranks, key=grammar.ranks.__getitem__)
    read = []
    for index, entry in enumerate(statements):
        try:
            spec = InTextStatementSpec.model_validate(entry)
        except ValidationError as exc:
            first = exc.errors()[0]
            key = ".".join(str(part) for part in first["loc"])
            raise RulesError(f"{where}.statements.{index}{'.' + key if key else ''}': {first['msg']}") from None
        if not spec.pattern.split():
            raise RulesError(f"{where}.statements.{index}.pattern': no words")
        for control in spec.controls:
            if not grammar.parse(f"{lowest}//{control}").valid:
                raise RulesError(f"{where}.statements.{index}.controls': {control!r} is no control of markings.yaml")
        read.append((spec.pattern, tuple(spec.controls), spec.any_case))
    return ControlWordSettings(tuple(line_only), float(max_zipf), tuple(settings.caption_variants), tuple(read))


def control_word_settings(rules: Any) -> ControlWordSettings:
    """The finder's settings of these rules: validated once per rules fingerprint, then from the rules cache."""
    return rules.derived("control-word-settings", ControlWordSettings, lambda: _validated_settings(rules))  # type: ignore[no-any-return]


def control_words_for(rules: Any) -> ControlWords:
    """The finder of these rules (`check`'s: without Presidio and, warm, without pydantic)."""
    return ControlWords(rules.grammar, control_word_settings(rules))
