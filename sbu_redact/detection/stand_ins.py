"""Cheaper stand-ins for Presidio predefined recognizers: the same results, less regex work.

Presidio's URL recognizer tries its pattern (`[a-z0-9.\\-]{1,253}[.](com|...)`) at every
position of the text, which made it the costliest recognizer of the benchmark corpus (27% of
all recognizer time) for a handful of results. Every match it can give contains a `.` followed
by another character of the match, and no match contains ASCII whitespace (the host, the path
`[^\\s()<>"']*` and the quotes around a quoted URL exclude it). So a match lies inside one run
of non-whitespace characters holding such a dot: the stand-in blanks every other run (spaces of
the same length, so that offsets do not move) and runs Presidio's own recognizer on the result,
which finds exactly the matches it finds in the whole text, at the same offsets.
"""
from __future__ import annotations

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
