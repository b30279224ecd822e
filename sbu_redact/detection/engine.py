"""Build the Presidio `AnalyzerEngine` once per process per (rules directory, model).

The spaCy model is the one asked for, else the best installed of `models` in
rules/entities.yaml. Presidio's own model download is disabled: a missing model turns NER off
(pattern recognizers still run) with one warning per process. Presidio's predefined
recognizers are kept only for the enabled entity types, some replaced by cheaper stand-ins with
the same results (stand_ins.py).

Only what NER needs runs on every text: see spacy_engine.py.
"""
from __future__ import annotations

import importlib.util
import logging
import threading
import warnings
from dataclasses import dataclass, field
from typing import Any

from ..config import Rules
from .settings import load_settings

logger = logging.getLogger(__name__)

NER_OFF_HINT = "pip install 'sbu_redact[ner]'"
_ENGINES: dict[tuple[str, str | None], "Engine"] = {}  # (rules fingerprint, model)
_LOCK = threading.Lock()
_warned = False


@dataclass
class Engine:
    analyzer: Any  # presidio_analyzer.AnalyzerEngine
    nlp_engine: Any  # SpacyNlpEngine, or NoOpNlpEngine when NER is off
    model_name: str | None
    field_recognizers: list[Any] = field(default_factory=list)  # run on the reader's fields


def installed_model(candidates: list[str]) -> str | None:
    """The first of `candidates` installed as a package (found without loading it)."""
    for name in candidates:
        try:
            if importlib.util.find_spec(name) is not None:
                return name
        except (ImportError, ValueError):
            continue
    return None


def _warn_ner_off(reason: str) -> None:
    global _warned
    if _warned:
        return
    _warned = True
    message = (f"sbu_redact: NER is off ({reason}); only pattern recognizers run, so names are found "
               f"from cable conventions only. To enable NER: {NER_OFF_HINT}")
    warnings.warn(message, RuntimeWarning, stacklevel=4)


def _spacy_engine(model: str, labels_to_ignore: list[str]):
    """A loaded SpacyNlpEngine for `model`, or None if it cannot be loaded. Never downloads."""
    from presidio_analyzer.nlp_engine import NerModelConfiguration

    from .spacy_engine import NerOnlySpacyNlpEngine

    engine = NerOnlySpacyNlpEngine(models=[{"lang_code": "en", "model_name": model}],
                                   ner_model_configuration=NerModelConfiguration(labels_to_ignore=labels_to_ignore))
    try:
        engine.load()
    except (OSError, ImportError, ValueError) as exc:
        logger.debug("cannot load spaCy model %s: %s", model, exc)
        return None
    return engine


def _analyzer_class() -> type:
    """Presidio's AnalyzerEngine, handing each recognizer its results by one grouping pass
    instead of two scans of all results per recognizer (quadratic in results x recognizers);
    what it returns is unchanged."""
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult

    key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
    unchanged = EntityRecognizer.enhance_using_context  # returns a recognizer's results as they are

    class GroupingAnalyzerEngine(AnalyzerEngine):
        def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            groups: dict[Any, list[Any]] = {}
            for result in raw_results:
                groups.setdefault(result.recognition_metadata[key], []).append(result)
            results: list[Any] = []
            for recognizer_id, recognizer in _steps(self, recognizers):
                if recognizer is None:  # its results as they are
                    results.extend(groups.get(recognizer_id, ()))
                    continue
                others = [r for r in raw_results if r.recognition_metadata[key] != recognizer_id]
                results.extend(recognizer.enhance_using_context(
                    text=text, raw_recognizer_results=list(groups.get(recognizer_id, ())),
                    other_raw_recognizer_results=others, nlp_artifacts=nlp_artifacts, context=context))
            return self.context_aware_enhancer.enhance_using_context(
                text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context)

        def _AnalyzerEngine__remove_low_scores(self, results, score_threshold=None, recognizers=None):
            """Presidio's filter of low scores (the method `analyze` calls), which copies the
            thresholds of every recognizer for every unit: those of the recognizers that found
            something alone (the last of an id, as in Presidio's map of all), nothing when
            nothing was found."""
            if score_threshold is not None:
                return [result for result in results if result.score >= score_threshold]
            if not results:
                return []
            ids = {(result.recognition_metadata or {}).get(key) for result in results}
            thresholds = {recognizer.id: recognizer.score_thresholds for recognizer in recognizers or []
                          if recognizer.id in ids}
            threshold_of = self._AnalyzerEngine__get_result_score_threshold
            return [result for result in results if result.score >= threshold_of(result, thresholds)]

    def _steps(analyzer: Any, recognizers: list[Any]) -> list[tuple[Any, Any]]:
        """(id, the recognizer when it enhances its own results, else None) for each of
        `recognizers`, remembered for a list of the same recognizers (the analyzer passes the same
        ones for every unit): one pass over them per unit instead of a type check and an id each."""
        memo = analyzer.__dict__.setdefault("_sbu_steps", {})
        memo_key = tuple(map(id, recognizers))
        if memo_key not in memo:
            if len(memo) > 64:
                memo.clear()
            steps = [(r.id, r if type(r).enhance_using_context is not unchanged else None) for r in recognizers]
            memo[memo_key] = (steps, tuple(recognizers))  # (the recognizers kept alive: their ids stay theirs)
        return memo[memo_key][0]

    return GroupingAnalyzerEngine


def _registry_class() -> type:
    """Presidio's RecognizerRegistry, answering `get_recognizers` for a request it has answered
    before from a memo (the analyzer asks it once per analyzed unit, and the answer, a filter of
    every recognizer by every requested entity type, was 1.3% of the time of a release). The memo
    is keyed by the request and by the identity of every recognizer it can return, so adding or
    replacing a recognizer asks Presidio again; the list is the one Presidio built, in its order."""
    from presidio_analyzer import RecognizerRegistry

    class MemoRecognizerRegistry(RecognizerRegistry):
        def get_recognizers(self, language, entities=None, all_fields=False, ad_hoc_recognizers=None):
            key = (language, tuple(entities) if entities is not None else None, all_fields,
                   tuple(map(id, self.recognizers)), tuple(map(id, ad_hoc_recognizers or ())))
            memo = self.__dict__.setdefault("_sbu_memo", {})
            if key not in memo:
                if len(memo) > 64:
                    memo.clear()
                found = super().get_recognizers(language=language, entities=entities, all_fields=all_fields,
                                                ad_hoc_recognizers=ad_hoc_recognizers)
                # the key's recognizers are kept alive with the answer: their ids cannot be reused
                memo[key] = (found, tuple(self.recognizers), tuple(ad_hoc_recognizers or ()))
            return list(memo[key][0])

    return MemoRecognizerRegistry


def _keep_phone_patterns() -> None:
    """libphonenumber's metadata holds hundreds of patterns per region, compiled at each use
    through `re`'s bounded cache (512 entries, first in first out): with our own patterns
    they no longer fit, and recompiling them was a third of the phone recognizer's time.
    phonenumbers' own switch keeps each compiled pattern once compiled (bounded by its metadata)."""
    try:
        import phonenumbers
    except ImportError:  # pragma: no cover - Presidio depends on it
        return
    getattr(phonenumbers, "enable_pattern_cache", lambda: None)()


def _build(rules: Rules, model: str | None) -> Engine:
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    from . import registry as recognizer_registry
    from .stand_ins import cheaper, gated
    from .spacy_engine import BisectContextEnhancer

    settings = load_settings(rules)
    name = model or installed_model(settings.models)
    nlp_engine = _spacy_engine(name, settings.ner_labels_to_ignore) if name else None
    if nlp_engine is None:
        _warn_ner_off(f"spaCy model {name!r} is not installed or cannot be loaded" if name
                      else f"no spaCy model installed (looked for {', '.join(settings.models)})")
        nlp_engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
        nlp_engine.load()
        name = None
    enabled = set(settings.enabled)
    registry = _registry_class()(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    ours = recognizer_registry.build(rules)
    kept = []
    for recognizer in registry.recognizers:
        wanted = [e for e in recognizer.supported_entities if e in enabled]
        if wanted and getattr(recognizer, "name", None) not in ours.replaces:
            recognizer.supported_entities = wanted
            kept.append(gated(cheaper(recognizer)))
    registry.recognizers = kept
    _keep_phone_patterns()
    for recognizer in ours.text:
        registry.add_recognizer(gated(recognizer))
    analyzer = _analyzer_class()(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"],
                              default_score_threshold=settings.min_score,
                              context_aware_enhancer=BisectContextEnhancer() if name else None)
    return Engine(analyzer=analyzer, nlp_engine=nlp_engine, model_name=name, field_recognizers=ours.fields)


def engine_for(rules: Rules, model: str | None) -> Engine:
    """The process-wide engine for these rules and model (built on first use), keyed by the
    rules' content: rules edited on disk get an engine of their own."""
    key = (rules.fingerprint(), model)
    with _LOCK:
        if key not in _ENGINES:
            _ENGINES[key] = _build(rules, model)
        return _ENGINES[key]
