"""Quality gate on the labelled corpus (tests/corpus/ner/passages.yaml): PERSON recall >= 0.95
and precision >= 0.90 for our Detector, and clearly better than plain Presidio on ALL-CAPS text.
Scoring is the benchmark's (benchmarks/ner_benchmark.py: span overlap)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _benchmark():
    spec = importlib.util.spec_from_file_location("ner_benchmark", ROOT / "benchmarks" / "ner_benchmark.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


bench = _benchmark()


@pytest.fixture(scope="module")
def passages():
    return bench.load_corpus()


@pytest.fixture(scope="module")
def our_scores(passages):
    detector, persons = bench.ours()
    assert detector.model_name is not None, "the corpus gate needs a spaCy model"
    return bench.evaluate(persons, passages), detector.model_name


def test_corpus_shape(passages):
    assert len(passages) >= 40
    assert sum(p["caps"] for p in passages) * 3 >= len(passages)
    for passage in passages:
        assert len(bench.gold_spans(passage)) >= len(passage["persons"]), passage["id"]
        if passage["caps"]:
            assert passage["text"] == passage["text"].upper(), passage["id"]


def test_quality_gate(our_scores):
    scores, _ = our_scores
    assert scores["all"].recall >= 0.95, bench.table({"ours": scores})
    assert scores["all"].precision >= 0.90, bench.table({"ours": scores})


def test_beats_plain_presidio_on_all_caps(our_scores, passages):
    scores, model = our_scores
    _, plain = bench.plain_presidio(model)
    baseline = bench.evaluate(plain, passages)
    assert scores["caps"].recall >= baseline["caps"].recall + 0.3
    assert scores["caps"].precision >= baseline["caps"].precision
