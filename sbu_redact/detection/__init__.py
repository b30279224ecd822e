"""Detection: find what must be protected in a cable, with Presidio on a spaCy model plus
cable-aware recognizers (names in office-symbol parentheses, signatures, `Classified By:`
lines, titled names, ALL-CAPS text, control markings, cable references, office symbols).

    >>> detector = Detector()                       # engine built once per process
    >>> findings = detector.analyze(text, spans=[(120, 900)])

Importing this module stays light: spaCy, Presidio and wordfreq load on first use.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Rules, as_rules
from .finding import Finding

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Engine

__all__ = ["Detector", "Finding"]

_NER_EXPLANATION = "spaCy NER"
_NER_RECASED_EXPLANATION = "spaCy NER on recased ALL-CAPS text"


class Detector:
    """Presidio analysis of a text, restricted to spans, with our recognizers and clean-up."""

    def __init__(self, rules: Rules | str | Path | None = None, model: str | None = None):
        from .engine import engine_for
        from .lexicon import lexicon_for
        from .postprocess import PostProcessor
        from .recase import Recaser

        self.rules = as_rules(rules)
        self._engine: Engine = engine_for(self.rules, model)
        lexicon = lexicon_for(self.rules)
        self._settings = lexicon.settings
        self._recaser = Recaser(lexicon)
        self._post = PostProcessor(lexicon)
        self._extra: list[Any] = []

    @property
    def model_name(self) -> str | None:
        """The spaCy model used, None when NER is off."""
        return self._engine.model_name

    @property
    def entity_types(self) -> list[str]:
        """Enabled entity types (rules/entities.yaml)."""
        return self._settings.enabled

    def add_recognizer(self, recognizer) -> None:
        """Add any Presidio `EntityRecognizer` to this detector (not to others sharing the engine).
        Its entity types are reported even when rules/entities.yaml does not list them."""
        self._extra.append(recognizer)

    def analyze(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[Finding]:
        """Findings in `text[start:end]` for each span (the whole text when None), with offsets
        into `text`, sorted by (start, end). Nothing outside the spans is analyzed."""
        spans = _normalize_spans(spans, len(text))
        if not spans:
            return []
        pieces = [text[s:e] for s, e in spans]
        views = [self._recaser.view(piece) for piece in pieces]
        entities = list(dict.fromkeys([*self.entity_types, *(e for r in self._extra for e in r.supported_entities)]))
        findings: list[Finding] = []
        for (offset, _), piece, (_, recased), artifacts in zip(spans, pieces, views,
                                                                self._nlp_artifacts([v for v, _ in views])):
            results = self._engine.analyzer.analyze(
                text=piece, language="en", entities=entities, nlp_artifacts=artifacts,
                ad_hoc_recognizers=self._extra or None, return_decision_process=True)
            findings += [self._finding(r, offset, recased) for r in results]
        return self._post.run(findings, text, spans)

    def _nlp_artifacts(self, views: list[str]):
        nlp_engine = self._engine.nlp_engine
        if self.model_name is None:
            return [nlp_engine.process_text(v, "en") for v in views]
        return [artifacts for _, artifacts in nlp_engine.process_batch(views, "en", batch_size=32)]

    @staticmethod
    def _finding(result, offset: int, recased: list[tuple[int, int]]) -> Finding:
        metadata = result.recognition_metadata or {}
        recognizer = metadata.get("recognizer_name") or "unknown"
        explanation = result.analysis_explanation.textual_explanation if result.analysis_explanation else None
        if recognizer == "SpacyRecognizer":
            in_caps = any(s <= result.start and result.end <= e for s, e in recased)
            explanation = _NER_RECASED_EXPLANATION if in_caps else _NER_EXPLANATION
        first_line = (explanation or recognizer).splitlines()[0]
        return Finding(result.entity_type, result.start + offset, result.end + offset, float(result.score),
                       recognizer, first_line)


def _normalize_spans(spans, length: int) -> list[tuple[int, int]]:
    if spans is None:
        return [(0, length)] if length else []
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        start, end = max(0, start), min(length, end)
        if end <= start:
            continue
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
