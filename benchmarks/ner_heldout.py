"""PERSON precision/recall on the independent held-out corpus tests/corpus/ner/heldout.yaml.

Reuses the scoring of benchmarks/ner_benchmark.py unchanged (span-overlap matching; gold spans
are every whole-word, case-sensitive occurrence of each `persons` string) and prints the same
table for sbu_redact's Detector and plain Presidio on the same spaCy model, overall / mixed-case /
ALL-CAPS. Because a passage lists both full names and bare surnames, the surname inside a full
name is a separate (nested) gold span; a second table counts only maximal gold spans.
With --errors, lists sbu_redact's false negatives and false positives per passage.

    python benchmarks/ner_heldout.py [--model NAME] [--corpus PATH] [--errors] [--write FILE]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_benchmark as nb  # noqa: E402

HELDOUT = nb.ROOT / "tests" / "corpus" / "ner" / "heldout.yaml"


def maximal(spans):
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


def evaluate_maximal(analyze, passages):
    scores = {"all": nb.Score(), "mixed": nb.Score(), "caps": nb.Score()}
    for p in passages:
        gold, pred = maximal(nb.gold_spans(p)), analyze(p["text"])
        scores["all"].add(gold, pred)
        scores["caps" if p["caps"] else "mixed"].add(gold, pred)
    return scores


def full_coverage(analyze, passages):
    """Recall where a (maximal) gold span counts only if every letter/digit of it lies inside some
    predicted span, i.e. nothing of the name would be left visible after redaction."""
    out = {"all": [0, 0], "mixed": [0, 0], "caps": [0, 0]}
    for p in passages:
        t, pred = p["text"], analyze(p["text"])
        for a, b in maximal(nb.gold_spans(p)):
            ok = all(any(q[0] <= i < q[1] for q in pred) for i in range(a, b) if t[i].isalnum())
            for k in ("all", "caps" if p["caps"] else "mixed"):
                out[k][0] += 1
                out[k][1] += ok
    return out


def errors(analyze, passages):
    def ov(a, b):
        return a[0] < b[1] and b[0] < a[1]

    out = []
    for p in passages:
        t = p["text"]
        gold, pred = maximal(nb.gold_spans(p)), analyze(t)
        fn = [t[a:b] for a, b in gold if not any(ov((a, b), q) for q in pred)]
        fp = [t[a:b] for a, b in pred if not any(ov((a, b), g) for g in nb.gold_spans(p))]
        partial = []  # predicted spans overlapping gold but with different boundaries
        for a, b in pred:
            for g in gold:
                if ov((a, b), g) and (a, b) != g:
                    partial.append(f"{t[a:b]!r} vs gold {t[g[0]:g[1]]!r}")
        if fn or fp or partial:
            out.append(f"## {p['id']} ({'CAPS' if p['caps'] else 'mixed'})")
            for x in fn:
                out.append(f"  FN  {x!r}")
            for x in fp:
                out.append(f"  FP  {x!r}")
            for x in partial:
                out.append(f"  BND {x}")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model")
    ap.add_argument("--corpus", type=Path, default=HELDOUT)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--write", type=Path)
    args = ap.parse_args(argv)

    passages = nb.load_corpus(args.corpus)
    detector, ours = nb.ours(args.model)
    if detector.model_name is None:
        print("no spaCy model installed: plain Presidio cannot run", file=sys.stderr)
        return 1
    _, plain = nb.plain_presidio(detector.model_name)
    cache = {}

    def cached(name, fn):
        return lambda text: cache.setdefault((name, text), fn(text))

    ours_c, plain_c = cached("ours", ours), cached("plain", plain)
    res = {"sbu_redact": nb.evaluate(ours_c, passages), "plain Presidio": nb.evaluate(plain_c, passages)}
    res_max = {"sbu_redact": evaluate_maximal(ours_c, passages),
               "plain Presidio": evaluate_maximal(plain_c, passages)}
    caps = sum(p["caps"] for p in passages)
    report = "\n".join([
        f"Corpus: {args.corpus.relative_to(nb.ROOT) if args.corpus.is_relative_to(nb.ROOT) else args.corpus}: "
        f"{len(passages)} passages ({caps} ALL-CAPS), spaCy model `{detector.model_name}`.",
        "Matching: span overlap (as in benchmarks/ner_benchmark.py).",
        "",
        "All gold spans (ner_benchmark.py rule):",
        "",
        nb.table(res),
        "",
        "Maximal gold spans only (a surname nested inside a listed full name is not counted separately):",
        "",
        nb.table(res_max),
        "",
        "Full-coverage recall (maximal gold span whose every letter is inside a predicted span):",
        "",
        "| system | all | mixed | caps |",
        "| --- | ---: | ---: | ---: |",
        *[f"| {name} | " + " | ".join(f"{c[k][1]}/{c[k][0]} = {c[k][1] / c[k][0]:.3f}" for k in ("all", "mixed", "caps"))
          + " |" for name, c in (("sbu_redact", full_coverage(ours_c, passages)),
                                 ("plain Presidio", full_coverage(plain_c, passages)))],
    ])
    print(report)
    if args.errors:
        print("\n# sbu_redact errors (FN = missed maximal gold span, FP = predicted span overlapping no gold,"
              " BND = overlapping but different boundaries)\n")
        print(errors(ours_c, passages))
        print("\n# plain Presidio errors\n")
        print(errors(plain_c, passages))
    if args.write:
        args.write.write_text(f"# Held-out NER benchmark (PERSON)\n\n{report}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
