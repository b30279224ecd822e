"""Cheaper stand-ins for Presidio predefined recognizers: the same results, less regex work.

Presidio's URL recognizer tries its pattern (`[a-z0-9.\\-]{1,253}[.](com|...)`) at every
position of the text, which made it the costliest recognizer of the benchmark corpus (27% of
all recognizer time) for a handful of results. Every match it can give contains a `.` followed
by another character of the match, and no match contains ASCII whitespace (the host, the path
`[^\\s()<>"']*` and the quotes around a quoted URL exclude it). So a match lies inside one run
of non-whitespace characters holding such a dot: the stand-in blanks every other run (spaces of
the same length, so that offsets do not move) and runs Presidio's own recognizer on the result,
which finds exactly the matches it finds in the whole text, at the same offsets.

Every pattern recognizer (Presidio's and ours) whose patterns all need some characters in the
text (`prefilter.required_characters`: digits for an SSN or a passport number, `@` for an
e-mail address, `:` for a messenger handle or an IPv6 address) skips a text that lacks them
(`gated`): a third of the corpus's text has no digit. A recognizer runs only those of its
patterns whose characters the text holds (an IPv6 address needs a `:`, an IPv4 one digits and
a `.`), as a copy of itself with those patterns (same name, id and context).
"""
from __future__ import annotations

import copy
import functools
import re
from typing import Any

# ASCII whitespace: white space for Python's `re` and for the `regex` module Presidio uses
# (they disagree on some other characters, which therefore count as part of a run)
_RUN_WITH_INNER_DOT = re.compile(r"(?<![^ \t\n\r\f\v])[^ \t\n\r\f\v]*\.[^ \t\n\r\f\v]+")


def url_candidates(text: str) -> str | None:
    """`text` with every run of non-whitespace that holds no inner dot blanked out (same
    length), or None when no run holds one (no URL can be found)."""
    pieces: list[str] = []
    end = 0
    for m in _RUN_WITH_INNER_DOT.finditer(text):
        pieces.append(" " * (m.start() - end))
        pieces.append(m.group())
        end = m.end()
    if not pieces:
        return None
    pieces.append(" " * (len(text) - end))
    return "".join(pieces)


@functools.lru_cache(maxsize=1)
def _url_recognizer_class() -> type:
    from presidio_analyzer.predefined_recognizers import UrlRecognizer

    class PrefilteredUrlRecognizer(UrlRecognizer):
        """Presidio's URL recognizer, run only on the runs of text that can hold a URL."""

        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
            masked = url_candidates(text)
            if masked is None:
                return []
            return super().analyze(masked, entities, nlp_artifacts, regex_flags)

    return PrefilteredUrlRecognizer


# analyze methods that report only what the recognizer's patterns match in the text
_PATTERN_ANALYSES: set[Any] = set()
_GATED: dict[type, type] = {}


def _pattern_analyses() -> set[Any]:
    if not _PATTERN_ANALYSES:
        from presidio_analyzer import PatternRecognizer
        from presidio_analyzer.predefined_recognizers import IbanRecognizer

        from .recognizers.context_pattern import ContextPatternRecognizer

        _PATTERN_ANALYSES.update({PatternRecognizer.analyze, IbanRecognizer.analyze, ContextPatternRecognizer.analyze})
    return _PATTERN_ANALYSES


class CharacterGate:
    """Which character clauses (`prefilter.required_characters`) of the gated recognizers'
    patterns a text satisfies, as one bit mask per text: every distinct clause is tried once
    per text (on its set of characters, made once), not once per pattern and recognizer; each
    recognizer then looks its live patterns up by the mask. A text that is not ASCII satisfies
    every clause (`may_hold`)."""

    def __init__(self) -> None:
        self._bits: dict[frozenset[str], int] = {}
        # (text, mask, clauses counted): the recognizers ask in turn about one text
        self._last: tuple[str, int, int] | None = None

    def need(self, clauses: Any) -> int:
        """The bits of `clauses` (0: none, the pattern may match any text)."""
        bits = 0
        for clause in clauses or ():
            if clause not in self._bits:
                self._bits[clause] = 1 << len(self._bits)
            bits |= self._bits[clause]
        return bits

    def mask(self, text: str) -> int:
        last = self._last
        if last is not None and last[0] is text and last[2] == len(self._bits):
            return last[1]
        clauses = list(self._bits.items())  # (those of every pattern that asked before)
        if not text.isascii():
            mask = -1  # every clause may hold
        else:
            chars = frozenset(text)
            mask = 0
            for clause, bit in clauses:
                if not clause.isdisjoint(chars):
                    mask |= bit
        self._last = (text, mask, len(clauses))
        return mask


_GATE = CharacterGate()
_GATE_TOKEN = object()  # a recognizer's bits are this process's (a pickled copy computes its own)


def _gated_class(cls: type) -> type:
    """`cls` with an `analyze` that runs only the patterns whose characters the text holds (a
    class of this module, by name, so that a recognizer still pickles)."""
    if cls not in _GATED:
        from ..prefilter import required_characters

        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
            if regex_flags is not None:
                return cls.analyze(self, text, entities, nlp_artifacts, regex_flags)
            patterns = self.patterns
            gate = self.__dict__.get("_sbu_gate")
            if gate is None or gate[0] is not _GATE_TOKEN or gate[1] is not patterns:
                flags = self.global_regex_flags
                needs = [(p, _GATE.need(required_characters(p.regex, flags))) for p in patterns]
                gate = self.__dict__["_sbu_gate"] = (_GATE_TOKEN, patterns, needs, {})
            mask = _GATE.mask(text)
            live = gate[3].get(mask)
            if live is None:
                if len(gate[3]) > 256:
                    gate[3].clear()
                live = gate[3][mask] = tuple(p for p, need in gate[2] if need & mask == need)
            if not live:
                return []  # no pattern can match: what the recognizer's own analysis finds
            if len(live) == len(patterns):
                return cls.analyze(self, text, entities, nlp_artifacts, regex_flags)
            # the others cannot match: the same recognizer (name, id, context...) with these only
            variants = self.__dict__.setdefault("_sbu_variants", {})
            variant = variants.get(live)
            if variant is None:
                if len(variants) > 64:
                    variants.clear()
                variant = variants[live] = copy.copy(self)
                variant.patterns = list(live)
            return cls.analyze(variant, text, entities, nlp_artifacts, regex_flags)

        name = f"Gated{cls.__name__}"
        gated_cls = type(name, (cls,), {"analyze": analyze, "__module__": __name__, "__qualname__": name})
        globals()[name] = _GATED[cls] = gated_cls
    return _GATED[cls]


def gated(recognizer: Any) -> Any:
    """The recognizer, made to run on a text only the patterns whose characters it holds (see
    the module docstring), when its analysis reports only its patterns' matches and some
    pattern needs characters; otherwise as it was."""
    from presidio_analyzer import PatternRecognizer

    from ..prefilter import required_characters

    if not isinstance(recognizer, PatternRecognizer) or type(recognizer).analyze not in _pattern_analyses():
        return recognizer
    patterns: list[Any] = getattr(recognizer, "patterns", None) or []
    if not any(required_characters(p.regex, recognizer.global_regex_flags) for p in patterns):
        return recognizer
    recognizer.__class__ = _gated_class(type(recognizer))
    return recognizer


def cheaper(recognizer: Any) -> Any:
    """The stand-in of a Presidio predefined recognizer (a new object with the same settings,
    name, entities and context), or the recognizer itself when it has none."""
    from presidio_analyzer.predefined_recognizers import UrlRecognizer

    if type(recognizer) is UrlRecognizer:
        cls = _url_recognizer_class()
        settings: dict[str, Any] = vars(recognizer)
        replacement = cls(patterns=settings["patterns"], context=settings["context"],
                          supported_language=settings["supported_language"],
                          supported_entity=settings["supported_entities"][0], name=settings["name"])
        replacement.supported_entities = list(recognizer.supported_entities)
        return replacement
    return recognizer
