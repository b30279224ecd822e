#!/usr/bin/env python3
"""Where a full three-level release spends its CPU time, stage by stage, in one process.

    python benchmarks/stage_times.py [--subset all|unclassified] [--reps 2]

Wraps the stages of `Pipeline.redact_many` (the spaCy NER stream, Presidio's analysis and each
recognizer in it, its context enhancer, the tagging for the titled-name check, recasing,
post-processing, reading, building the versions and, inside it, the leak check and the
residual-name net) with CPU-time counters (`time.process_time`, which other jobs on a shared
machine disturb less than wall time), runs `redact_many` on the benchmark corpus
(`benchmarks/corpus.py`) at `usg`, `partner` (GBR) and `public`, and prints each stage's time
and share of the whole for the fastest repetition. Stages nest (a recognizer is inside
Presidio's analysis, which is inside `analyze_many`), so shares do not add up to 100%.
The wrappers cost about 1 microsecond per call (some 40,000 calls per repetition).
"""
from __future__ import annotations

import argparse
import collections
import functools
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import load_corpus  # noqa: E402

LEVELS = ["usg", "partner", "public"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subset", choices=["all", "unclassified"], default="all")
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    import sbu_redact.leakcheck as leakcheck
    import sbu_redact.policy as policy
    import sbu_redact.redaction as redaction
    from sbu_redact import Pipeline
    from sbu_redact.detection import Detector
    from sbu_redact.detection import spacy_engine
    from sbu_redact.detection.postprocess import PostProcessor
    from sbu_redact.detection.recase import Recaser
    from sbu_redact.detection.residual import ResidualNameNet

    texts = [t for _, t, unclassified in load_corpus(200) if args.subset == "all" or unclassified]
    pipeline = Pipeline()
    engine = pipeline.detector._engine
    spent: collections.Counter[str] = collections.Counter()
    clock = time.process_time

    def timed(owner, name: str, label: str) -> None:
        function = getattr(owner, name)

        @functools.wraps(function)
        def counting(*a, **k):
            began = clock()
            try:
                return function(*a, **k)
            finally:
                spent[label] += clock() - began

        setattr(owner, name, counting)

    for recognizer in engine.analyzer.registry.recognizers:
        timed(recognizer, "analyze", "recognizer " + (getattr(recognizer, "rule_name", None) or recognizer.name))
    timed(type(engine.analyzer), "_enhance_using_context", "Presidio's context enhancer")
    timed(engine.analyzer, "analyze", "Presidio's analysis (recognizers and context)")
    stream = engine.nlp_engine.process_batch

    def ner_stream(*a, **k):
        batches = stream(*a, **k)
        while True:
            began = clock()
            try:
                item = next(batches)
            except StopIteration:
                return
            finally:
                spent["spaCy NER stream"] += clock() - began
            yield item

    engine.nlp_engine.process_batch = ner_stream
    timed(spacy_engine, "tag_many", "tagging for the titled-name check")
    timed(PostProcessor, "run", "post-processing")
    timed(Recaser, "view", "recasing")
    timed(redaction, "build_version", "building the versions")
    timed(leakcheck, "check_leaks", "  leak check (in building)")
    redaction.check_leaks = leakcheck.check_leaks
    timed(ResidualNameNet, "scan_document", "  residual-name net (in building)")
    timed(Pipeline, "read", "reading")
    timed(Detector, "analyze_many", "detection (analyze_many)")
    timed(policy, "spans_to_analyze", "spans to analyze")

    pipeline.redact_many(texts[:5], LEVELS, partner="GBR")  # warm-up: engines built
    best: tuple[float, dict[str, float]] | None = None
    for _ in range(args.reps):
        spent.clear()
        began = clock()
        pipeline.redact_many(texts, LEVELS, partner="GBR")
        total = clock() - began
        if best is None or total < best[0]:
            best = (total, dict(spent))
    assert best is not None
    total, stages = best
    print(f"{args.subset}: {len(texts)} documents, {LEVELS} (partner GBR); CPU of the fastest of {args.reps} "
          f"repetitions: {total:.2f} s\n")
    print("| stage | CPU s | share |\n|---|---:|---:|")
    for label, seconds in sorted(stages.items(), key=lambda item: -item[1])[:args.top]:
        print(f"| {label} | {seconds:.3f} | {seconds / total:.1%} |")


if __name__ == "__main__":
    main()
