"""PERSON precision and recall on the labelled corpus (tests/corpus/ner/passages.yaml), for our
Detector and for plain Presidio (AnalyzerEngine with the same spaCy model and its default
recognizers), overall and on the ALL-CAPS passages; plus the time each takes to analyze the
example cable 07MOSCOW3736.

Matching rule (span overlap): gold spans are every whole-word, case-sensitive occurrence of
each `persons` string of a passage. A gold span is recalled when at least one predicted PERSON
span overlaps it by one character or more; a predicted PERSON span is correct when it overlaps
at least one gold span. Precision = correct predictions / predictions, recall = recalled gold
spans / gold spans; both are pooled over all passages of a subset.

    python benchmarks/ner_benchmark.py [--model NAME] [--write benchmarks/RESULTS_ner.md]
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "ner" / "passages.yaml"
CABLE = ROOT / "examples" / "cables" / "07MOSCOW3736.txt"


@dataclass
class Score:
    gold: int = 0
    recalled: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 1.0

    def add(self, gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> None:
        def overlaps(a, b):
            return a[0] < b[1] and b[0] < a[1]

        self.gold += len(gold)
        self.recalled += sum(any(overlaps(g, p) for p in predicted) for g in gold)
        self.predicted += len(predicted)
        self.correct += sum(any(overlaps(p, g) for g in gold) for p in predicted)


def load_corpus(path: Path = CORPUS) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["passages"]


def gold_spans(passage: dict) -> list[tuple[int, int]]:
    spans = set()
    for name in passage["persons"]:
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(part) for part in name.split()) + r"(?!\w)"
        spans.update(m.span() for m in re.finditer(pattern, passage["text"]))
    return sorted(spans)


def evaluate(analyze, passages: list[dict]) -> dict[str, Score]:
    """Scores for 'all', 'mixed' and 'caps' given `analyze(text) -> [(start, end)]` of PERSONs."""
    scores = {"all": Score(), "mixed": Score(), "caps": Score()}
    for passage in passages:
        gold, predicted = gold_spans(passage), analyze(passage["text"])
        scores["all"].add(gold, predicted)
        scores["caps" if passage["caps"] else "mixed"].add(gold, predicted)
    return scores


def ours(model: str | None = None):
    from sbu_redact.detection import Detector

    detector = Detector(model=model)

    def persons(text):
        return [(f.start, f.end) for f in detector.analyze(text) if f.entity_type == "PERSON"]

    return detector, persons


def plain_presidio(model: str):
    """Presidio's AnalyzerEngine with its default recognizers on the same spaCy model."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    import tldextract.tldextract

    from sbu_redact.detection.recognizers.email import offline_tld_extractor

    # Presidio's e-mail recognizer calls tldextract's default extractor, which fetches the public
    # suffix list over the network (and prints tracebacks when it cannot): the same list, offline
    tldextract.tldextract.TLD_EXTRACTOR = offline_tld_extractor()
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model}])
    nlp_engine.load()  # the model is installed (ours loaded it), so Presidio does not download
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine)

    def persons(text):
        return [(r.start, r.end) for r in analyzer.analyze(text, language="en") if r.entity_type == "PERSON"]

    return analyzer, persons


def timing(analyze_once, text: str, runs: int = 5) -> float:
    analyze_once(text)  # warm-up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        analyze_once(text)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def table(results: dict[str, dict[str, Score]]) -> str:
    lines = ["| system | subset | gold | predicted | precision | recall |",
             "| --- | --- | ---: | ---: | ---: | ---: |"]
    for system, scores in results.items():
        for subset in ("all", "mixed", "caps"):
            s = scores[subset]
            lines.append(f"| {system} | {subset} | {s.gold} | {s.predicted} | {s.precision:.3f} | {s.recall:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="spaCy model (default: the best installed)")
    parser.add_argument("--write", type=Path, help="also write the results as Markdown to this file")
    args = parser.parse_args(argv)

    passages = load_corpus()
    detector, our_persons = ours(args.model)
    if detector.model_name is None:
        print("no spaCy model installed: plain Presidio cannot run", file=sys.stderr)
        return 1
    analyzer, plain_persons = plain_presidio(detector.model_name)
    results = {"sbu_redact": evaluate(our_persons, passages), "plain Presidio": evaluate(plain_persons, passages)}

    cable = CABLE.read_text(encoding="utf-8")
    our_time = timing(detector.analyze, cable)
    plain_time = timing(lambda text: analyzer.analyze(text, language="en"), cable)

    caps = sum(p["caps"] for p in passages)
    report = "\n".join([
        f"Corpus: {len(passages)} passages ({caps} ALL-CAPS), spaCy model `{detector.model_name}`.",
        "Matching: span overlap (see the docstring of benchmarks/ner_benchmark.py).",
        "",
        table(results),
        "",
        f"Example cable 07MOSCOW3736 ({len(cable)} characters), median of 5 runs after a warm-up:",
        f"sbu_redact Detector.analyze {our_time * 1000:.0f} ms, plain Presidio AnalyzerEngine.analyze "
        f"{plain_time * 1000:.0f} ms.",
    ])
    print(report)
    if args.write:
        args.write.write_text("# NER benchmark (PERSON)\n\nGenerated by `python benchmarks/ner_benchmark.py "
                              f"--write {args.write.as_posix()}`.\n\n{report}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
