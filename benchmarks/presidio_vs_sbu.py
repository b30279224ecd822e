#!/usr/bin/env python3
"""Throughput of a full three-level release against plain Presidio, in one process.

    python benchmarks/presidio_vs_sbu.py [--reps 3] [--documents 200] [--per-document]

Plain Presidio is set up as a Presidio user would: one `AnalyzerEngine` on the same spaCy
model (Presidio's default NLP configuration: the whole spaCy pipeline, every predefined
recognizer) and one `AnonymizerEngine`; each document is analyzed and anonymized. sbu_redact
reads each document and produces its `usg`, `partner` (GBR) and `public` versions with
`Pipeline.redact_many` (`--per-document` uses one `Pipeline.redact` call per document).

The corpus is `benchmarks/corpus.py` (about 200 documents), and its unclassified subset, where
every level releases the whole text and NER reads all of it. Both engines are built and warmed
up before timing. Each repetition times both systems on the whole corpus and on the subset, in
alternating order; the figures are medians over repetitions, and the ratios are throughput
ratios (plain Presidio's time over sbu_redact's, higher is better for sbu_redact), from wall
times and from this process's CPU time (which other jobs on a shared machine disturb less).
Reading alone (`sbu_redact.read`, no NLP) is timed too, in MB/s. Run it with PYTHONPATH set to
another checkout to measure that checkout's code with the same script.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import load_corpus  # noqa: E402

LEVELS = ["usg", "partner", "public"]


def plain_presidio(model: str):
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    import tldextract.tldextract

    from sbu_redact.detection.recognizers.email import offline_tld_extractor

    # Presidio's e-mail recognizer calls tldextract's default extractor, which fetches the public
    # suffix list over the network (air-gapped: a timeout and tracebacks): the same list, offline
    tldextract.tldextract.TLD_EXTRACTOR = offline_tld_extractor()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    anonymizer = AnonymizerEngine()

    def run(texts: list[str]) -> int:
        found = 0
        for text in texts:
            results = analyzer.analyze(text=text, language="en")
            anonymizer.anonymize(text=text, analyzer_results=results)
            found += len(results)
        return found

    return run


def sbu(per_document: bool):
    from sbu_redact import Pipeline
    from sbu_redact.leakcheck import LeakError

    pipeline = Pipeline()

    def run(texts: list[str]) -> int:
        if per_document:
            actions = 0
            for text in texts:
                try:
                    actions += sum(len(v.log) for v in pipeline.redact(text, LEVELS, partner="GBR").values())
                except LeakError:
                    pass
            return actions
        results = pipeline.redact_many(texts, LEVELS, partner="GBR")
        return sum(len(v.log) for r in results if not isinstance(r, Exception) for v in r.values())

    return run, pipeline


def read_all(texts: list[str]) -> int:
    from sbu_redact import read

    return sum(len(read(t).portions) for t in texts)


def timed(run, texts) -> tuple[float, float]:
    """Wall time and CPU time of this process (less disturbed by other jobs on a shared machine)."""
    began, cpu = time.perf_counter(), time.process_time()
    run(texts)
    return time.perf_counter() - began, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--per-document", action="store_true", help="one Pipeline.redact call per document")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    corpus = load_corpus(args.documents)
    subsets = {"all": [t for _, t, _ in corpus], "unclassified": [t for _, t, u in corpus if u]}
    sizes = {k: sum(len(t.encode()) for t in v) for k, v in subsets.items()}
    ours, pipeline = sbu(args.per_document)
    model = pipeline.detector.model_name
    if model is None:
        sys.exit("no spaCy model installed: plain Presidio cannot run")
    theirs = plain_presidio(model)
    systems = {"presidio": theirs, "sbu_redact": ours, "read": read_all}
    for run in systems.values():  # warm-up: engines built, caches filled
        run(subsets["unclassified"][:5])
    print(f"corpus: {len(subsets['all'])} documents ({sizes['all'] / 1e3:.0f} KB), "
          f"{len(subsets['unclassified'])} unclassified ({sizes['unclassified'] / 1e3:.0f} KB); "
          f"model {model}; sbu_redact levels {LEVELS} (partner GBR), "
          f"{'Pipeline.redact per document' if args.per_document else 'Pipeline.redact_many'}")
    times: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    for rep in range(args.reps):
        order = list(systems) if rep % 2 == 0 else list(reversed(systems))
        for subset, texts in subsets.items():
            for name in order:
                wall, used = timed(systems[name], texts)
                times.setdefault((name, subset), []).append(wall)
                cpu.setdefault((name, subset), []).append(used)
        line = ", ".join(f"{n}/{s} {v[-1]:.2f}s" for (n, s), v in times.items())
        print(f"rep {rep + 1}: {line} (load average {os.getloadavg()[0]:.1f})", flush=True)
    median = {key: statistics.median(v) for key, v in times.items()}
    print()
    print("Ratios are throughput ratios (plain Presidio's time / sbu_redact's): of the median wall times, the "
          "median of the per-repetition wall ratios, of the median CPU times of this process, and of the "
          "best (lowest) CPU times, the least disturbed by other jobs on a loaded machine.")
    print()
    print("| subset | documents | plain Presidio | sbu_redact, 3 levels | ratio (wall) | ratio (per rep) "
          "| ratio (CPU) | ratio (best CPU) | reading |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for subset, texts in subsets.items():
        p, s, r = median[("presidio", subset)], median[("sbu_redact", subset)], median[("read", subset)]
        per_rep = statistics.median(a / b for a, b in zip(times[("presidio", subset)], times[("sbu_redact", subset)]))
        by_cpu = statistics.median(cpu[("presidio", subset)]) / statistics.median(cpu[("sbu_redact", subset)])
        best = min(cpu[("presidio", subset)]) / min(cpu[("sbu_redact", subset)])
        print(f"| {subset} | {len(texts)} | {p:.2f} s ({len(texts) / p:.1f} doc/s) | {s:.2f} s "
              f"({len(texts) / s:.1f} doc/s) | {p / s:.2f}x | {per_rep:.2f}x | {by_cpu:.2f}x | {best:.2f}x | "
              f"{sizes[subset] / r / 1e6:.1f} MB/s |")

if __name__ == "__main__":
    main()
