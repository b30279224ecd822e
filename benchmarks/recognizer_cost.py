#!/usr/bin/env python3
"""What each text recognizer of rules/entities.yaml costs, alone, on the benchmark corpus.

    python benchmarks/recognizer_cost.py [--documents 200] [--reps 3]

Every recognizer that runs on the text (ours and the Presidio predefined ones kept for the
enabled entity types; spaCy's NER, which runs once per text, is not among them) is timed on the
whole text of each corpus document (`benchmarks/corpus.py`), its `analyze` called as the
analyzer calls it. Figures are the best of `--reps` passes, in milliseconds for the whole
corpus, with the share of the sum; Presidio's default phone recognizer (8 regions, whole-text
scan per region) is timed too, for comparison with ours.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import load_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()

    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    from sbu_redact.detection import Detector

    texts = [text for _, text, _ in load_corpus(args.documents)]
    detector = Detector()
    recognizers = list(detector._engine.analyzer.registry.recognizers)
    entities = detector.entity_types
    rows = []
    for recognizer in [*recognizers, PhoneRecognizer()]:
        best = float("inf")
        found = 0
        for _ in range(args.reps):
            start = time.perf_counter()
            found = sum(len(recognizer.analyze(t, entities, None)) for t in texts)
            best = min(best, time.perf_counter() - start)
        name = getattr(recognizer, "rule_name", None) or recognizer.name
        if recognizer not in recognizers:
            name = "(Presidio's default PhoneRecognizer, for comparison)"
        rows.append((name, best * 1000, found))
    total = sum(ms for name, ms, _ in rows if not name.startswith("("))
    print(f"corpus: {len(texts)} documents ({sum(map(len, texts)) // 1024} KB); best of {args.reps}\n")
    print("| recognizer | ms (corpus) | share | results |\n|---|---:|---:|---:|")
    for name, ms, found in sorted(rows, key=lambda r: -r[1]):
        share = "" if name.startswith("(") else f"{ms / total:.0%}"
        print(f"| {name} | {ms:.0f} | {share} | {found} |")
    print(f"| **all recognizers** | {total:.0f} | 100% | |")


if __name__ == "__main__":
    main()
