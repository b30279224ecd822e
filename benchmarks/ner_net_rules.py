"""Per rule of the possible_name net: how many of its flags are gold person words (names18).

For each passage of each corpus a version is built at the `public` level with every portion
released, as ner_heldout.py's never-silent table builds it (one Pipeline: its findings, the
policy's redaction, the leak check, the possible_name net on the released text). Each
possible_name entry is counted under its reason (`why`; the script of "a word in X script" is
kept) and classed by what it overlaps in the passage's gold:

- miss: a letter of a maximal gold name that detection left uncovered (promoting the rule into
  detection would cover it: recall);
- gold: another letter of a gold person string (harmless when promoted: not a false positive);
- not_person: a listed not_persons occurrence (a false positive when promoted);
- other: none of these (a false positive when promoted too).

Precision when promoted = (miss + gold) / flags: the share of the rule's flags that would be
correct PERSON predictions under ner_heldout.py's span-overlap precision.

    python benchmarks/ner_net_rules.py [--corpora 9-17] [--dump FILE.json] [--split 16]

Detection runs without the promotion of the net's sure flags (names18) unless --promoted is
given: the table says what each rule, and the sub-condition of it that is promoted, would do
on what detection finds otherwise. With --split N the table is given for heldout9..N and heldout(N+1).. apart (tune / check).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_benchmark as nb  # noqa: E402
from ner_heldout import maximal, occurrences  # noqa: E402

CORPUS_DIR = nb.ROOT / "tests" / "corpus" / "ner"


def corpus_numbers(spec: str) -> list[int]:
    out: list[int] = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out += range(int(a), int(b or a) + 1)
    return out


def flags_of(pipeline, passages, corpus: str) -> list[dict]:
    """One record per possible_name entry of each passage's public version (every portion released)."""
    from sbu_redact.detection.lexicon import lexicon_for
    from sbu_redact.detection.residual import ResidualNameNet
    from sbu_redact.leakcheck import LeakError
    from sbu_redact.policy import decide
    from sbu_redact.redaction import build_version

    level = pipeline.policy.level("public")
    whys: list = []

    class Recording(ResidualNameNet):
        def scan_document(self, *args, **kwargs):
            found = super().scan_document(*args, **kwargs)
            whys.extend(found)
            return found

    net = Recording(lexicon_for(pipeline.rules), level.allow)
    out = []
    for p in passages:
        t = p["text"]
        doc = pipeline.read(t)
        found = pipeline.detector.analyze(t, document=doc)
        pred = [(f.start, f.end) for f in found if f.entity_type == "PERSON"]
        whys.clear()
        try:
            build_version(doc, found, level, None, residual=net,
                          decisions=[replace(d, withheld=False) for d in decide(doc, level, None)])
        except LeakError:
            continue
        gold_all = nb.gold_spans(p)
        uncovered = set()
        for a, b in maximal(gold_all):
            uncovered.update(i for i in range(a, b) if t[i].isalnum() and not any(q[0] <= i < q[1] for q in pred))
        nps = [s for string in p.get("not_persons") or [] for s in occurrences(t, string)]
        for f in whys:
            if any(f.start <= i < f.end for i in uncovered):
                label = "miss"
            elif any(a < f.end and f.start < b for a, b in gold_all):
                label = "gold"
            elif any(a < f.end and f.start < b for a, b in nps):
                label = "not_person"
            else:
                label = "other"
            out.append({"corpus": corpus, "id": p["id"], "caps": bool(p["caps"]), "start": f.start, "end": f.end,
                        "text": t[f.start:f.end], "why": f.why, "sure": f.sure, "label": label,
                        "before": t[max(0, f.start - 30):f.start], "after": t[f.end:f.end + 30]})
    return out


def table(records: list[dict], title: str) -> str:
    rows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in records:
        why = re.sub(r"^a word in .* script$", "a word in a non-Latin script", r["why"])
        keys = [why, "(all rules)"]
        if r.get("sure"):
            keys += [f"{why}: the sub-condition promoted", "(all promoted)"]
        for key in keys:
            rows[key][r["label"]] += 1
            rows[key]["caps" if r["caps"] else "mixed"] += 1
    lines = [f"### {title}", "",
             "| rule (why) | flags | miss (recall) | gold | not_persons | other | precision if promoted |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for why, c in sorted(rows.items(), key=lambda kv: (kv[0].startswith("(all"), kv[0])):
        n = sum(c[k] for k in ("miss", "gold", "not_person", "other"))
        lines.append(f"| {why} | {n} | {c['miss']} | {c['gold']} | {c['not_person']} | {c['other']} | "
                     f"{(c['miss'] + c['gold']) / n:.3f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default="9-17")
    ap.add_argument("--split", type=int, default=16, help="tables for heldout..N and heldout N+1.. apart")
    ap.add_argument("--dump", type=Path, help="write every flag (record per entry) as JSON")
    ap.add_argument("--load", type=Path, help="read the records of an earlier --dump instead of running")
    ap.add_argument("--promoted", action="store_true",
                    help="detection promotes the net's sure flags (default: off, the net's rules on detection without them)")
    args = ap.parse_args(argv)
    if args.load:
        records = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        from sbu_redact.pipeline import Pipeline

        pipeline = Pipeline()
        pipeline.detector.promote_net = args.promoted
        records = []
        for n in corpus_numbers(args.corpora):
            records += flags_of(pipeline, nb.load_corpus(CORPUS_DIR / f"heldout{n}.yaml"), f"heldout{n}")
    if args.dump:
        args.dump.write_text(json.dumps(records, ensure_ascii=False, indent=0), encoding="utf-8")
    number = lambda r: int(r["corpus"].removeprefix("heldout"))  # noqa: E731
    tune = [r for r in records if number(r) <= args.split]
    check = [r for r in records if number(r) > args.split]
    print(table(tune, f"heldout..{args.split} (choose)"))
    if check:
        print()
        print(table(check, f"heldout{args.split + 1}.. (check)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
