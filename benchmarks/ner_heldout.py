"""PERSON precision/recall on the independent held-out corpus tests/corpus/ner/heldout.yaml.

Reuses the scoring of benchmarks/ner_benchmark.py unchanged (span-overlap matching; gold spans
are every whole-word, case-sensitive occurrence of each `persons` string) and prints the same
table for sbu_redact's Detector and plain Presidio on the same spaCy model, overall / mixed-case /
ALL-CAPS. Because a passage lists both full names and bare surnames, the surname inside a full
name is a separate (nested) gold span; a second table counts only maximal gold spans.
With --errors, lists sbu_redact's false negatives and false positives per passage.

A corpus whose passages also carry `contacts` and `not_persons` (tests/corpus/ner/heldout2.yaml)
gets two more tables: contacts found (an occurrence counts when findings of any entity type
together cover every letter and digit of it; a space in the listed string matches any whitespace
run) and not_persons false positives (whole-word, case-sensitive occurrences that a PERSON
finding overlaps). Corpora without these keys print exactly what they printed before.

With --passages odd|even only the passages at odd (1st, 3rd, ...) or even positions are scored:
a TUNE half to look at and a CHECK half to confirm that a change generalises (names15).
With --no-presidio plain Presidio is not run (its rows are left out).

"Never silent" (names17): each passage is read and a version is built from it at the `public`
level as `redact` builds one (one Pipeline; its findings, the policy's redaction, the leak check
and the possible_name net on the released text), except that every portion is released (the
passages carry real classification markings; withholding a portion would hide a miss from the net
without telling us whether the net would see it). A maximal gold name that detection does not
fully cover is "flagged" when a possible_name entry of that version overlaps one of its uncovered
letters, and a "silent miss" otherwise; the table also says how many silent misses the real
public decision would release. The review load is the number of possible_name entries per 1,000
words of released text, and the share of not_persons occurrences that an entry overlaps.

    python benchmarks/ner_heldout.py [--model NAME] [--corpus PATH] [--errors] [--write FILE]
                                     [--passages all|odd|even] [--no-presidio]
"""
from __future__ import annotations

import argparse
import re
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


def occurrences(text, string, whole_word=True):
    """Spans of `string` in `text`, a space matching any whitespace run (as nb.gold_spans does)."""
    pattern = r"\s+".join(re.escape(part) for part in string.split())
    if whole_word:
        pattern = r"(?<!\w)" + pattern + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text)]


# the context word nearest before a number decides between ID number and phone
CONTEXT_WORD = re.compile(r"(passport|foil|\bid\b|cnic|cpf|curp|national|c[eé]dula|kimlik|\bssn\b|\bdni\b|kebele|iqama|case number)"
                          r"|(phone|mobile|cell|\btel\b|fax|call)")


def contact_kind(contact, before=""):
    """Rough class of a contact string (`before`: the text just before it), for the per-kind rows
    of the contacts table only; it does not change what counts as found."""
    c = contact.lower()
    if c.startswith("@"):
        return "social handle"
    if "@" in c or re.search(r"\s[\[(]?at[\])]?\s.*\s[\[(]?dot[\])]?\s", c):
        return "e-mail"
    if re.search(r"https?://|www\.|\.(com|org|net|ru)/|\.blogspot\.", c):
        return "URL"
    context = list(CONTEXT_WORD.finditer(before.lower()))
    if not re.search(r"\d", c):
        return "social handle"
    if context and context[-1].group(1):
        return "ID number"
    if re.search(r"[^\W\d_]{3,}", c):
        return "street address"
    return "phone"


def contacts_found(findings, passages):
    """{subset: {kind: [total, found]}} and the missed contacts, for one system's findings."""
    out = {k: {} for k in ("all", "mixed", "caps")}
    missed = []
    for p in passages:
        t, pred = p["text"], findings(p["text"])
        for contact in p.get("contacts") or []:
            for a, b in occurrences(t, contact, whole_word=False):
                kind = contact_kind(contact, t[max(0, a - 40):a])
                ok = all(any(q[0] <= i < q[1] for q in pred) for i in range(a, b) if t[i].isalnum())
                for k in ("all", "caps" if p["caps"] else "mixed"):
                    for row in ("all kinds", kind):
                        cell = out[k].setdefault(row, [0, 0])
                        cell[0] += 1
                        cell[1] += ok
                if not ok:
                    missed.append((p["id"], kind, t[a:b]))
    return out, missed


def not_person_hits(persons, passages):
    """{subset: [occurrences, overlapped by a PERSON finding]} and the hits, for one system."""
    out = {k: [0, 0] for k in ("all", "mixed", "caps")}
    hits = []
    for p in passages:
        t, pred = p["text"], persons(p["text"])
        for string in p.get("not_persons") or []:
            for a, b in occurrences(t, string):
                hit = any(q[0] < b and a < q[1] for q in pred)
                for k in ("all", "caps" if p["caps"] else "mixed"):
                    out[k][0] += 1
                    out[k][1] += hit
                if hit:
                    hits.append((p["id"], t[a:b]))
    return out, hits


def contact_tables(findings_by_system, persons_by_system, passages):
    """Markdown for the contacts and not_persons tables, and the per-system error lists."""
    lines = ["Contacts found (findings of any entity type cover every letter and digit of the occurrence):", "",
             "| system | kind | all | mixed | caps |", "| --- | --- | ---: | ---: | ---: |"]
    missed_by_system, hits_by_system = {}, {}
    for name, findings in findings_by_system.items():
        table, missed_by_system[name] = contacts_found(findings, passages)
        kinds = ["all kinds"] + sorted(k for k in table["all"] if k != "all kinds")
        for kind in kinds:
            cells = []
            for subset in ("all", "mixed", "caps"):
                total, found = table[subset].get(kind, [0, 0])
                cells.append(f"{found}/{total} = {found / total:.3f}" if total else "-")
            lines.append(f"| {name} | {kind} | " + " | ".join(cells) + " |")
    lines += ["", "not_persons false positives (occurrences that a PERSON finding overlaps; lower is better):", "",
              "| system | all | mixed | caps |", "| --- | ---: | ---: | ---: |"]
    for name, persons in persons_by_system.items():
        table, hits_by_system[name] = not_person_hits(persons, passages)
        lines.append(f"| {name} | " + " | ".join(f"{table[k][1]}/{table[k][0]}" for k in ("all", "mixed", "caps")) + " |")
    return "\n".join(lines), missed_by_system, hits_by_system


def not_covered(analyze, passages):
    """The maximal gold spans some letter or digit of which no predicted span covers (the misses of
    the full-coverage row), one line each."""
    out = []
    for p in passages:
        t, pred = p["text"], analyze(p["text"])
        for a, b in maximal(nb.gold_spans(p)):
            left = [i for i in range(a, b) if t[i].isalnum() and not any(q[0] <= i < q[1] for q in pred)]
            if left:
                shown = "".join(c if i in left or not c.isalnum() else "." for i, c in enumerate(t[a:b], a))
                out.append(f"  {p['id']} {t[a:b]!r} uncovered: {shown!r}")
    return "\n".join(out)


def net_coverage(pipeline, findings_of, passages, level_name="public"):
    """{subset: counts} and the silent misses, for the possible_name net on versions built from
    each passage at `level_name` with every portion released (see the module docstring)."""
    from dataclasses import replace

    from sbu_redact.detection.lexicon import lexicon_for
    from sbu_redact.detection.residual import ResidualNameNet
    from sbu_redact.leakcheck import LeakError
    from sbu_redact.policy import decide
    from sbu_redact.redaction import build_version

    level = pipeline.policy.level(level_name)
    net = ResidualNameNet(lexicon_for(pipeline.rules), level.allow)
    keys = ("missed", "flagged", "silent", "silent_released", "flags", "words", "np", "np_flagged", "leak_errors")
    out = {k: dict.fromkeys(keys, 0) for k in ("all", "mixed", "caps")}
    silent = []
    for p in passages:
        t = p["text"]
        doc = pipeline.read(t)
        real = decide(doc, level, None)
        withheld = [(d.portion.start, d.portion.end) for d in real if d.withheld]
        found = findings_of(t)
        pred = [(f.start, f.end) for f in found if f.entity_type == "PERSON"]
        counts = {k: 0 for k in keys}
        try:
            version = build_version(doc, found, level, None, residual=net,
                                    decisions=[replace(d, withheld=False) for d in real])
        except LeakError:
            counts["leak_errors"] += 1
            flags, redacted = [], []
        else:
            flags = [(a.start, a.end) for a in version.log if a.kind == "possible_name"]
            redacted = sorted((a.start, a.end) for a in version.log if a.kind != "possible_name")
        counts["flags"] = len(flags)
        cursor = 0
        for a, b in redacted + [(len(t), len(t))]:  # words of the released text (between actions)
            if a > cursor:
                counts["words"] += len(re.findall(r"[^\W\d_]+", t[cursor:a]))
            cursor = max(cursor, b)
        for a, b in maximal(nb.gold_spans(p)):
            left = [i for i in range(a, b) if t[i].isalnum() and not any(q[0] <= i < q[1] for q in pred)]
            if not left:
                continue
            counts["missed"] += 1
            if any(fa <= i < fb for i in left for fa, fb in flags):
                counts["flagged"] += 1
            else:
                counts["silent"] += 1
                released = not any(wa <= a < wb for wa, wb in withheld)
                counts["silent_released"] += released
                silent.append(f"  {p['id']} {t[a:b]!r}" + ("" if released else " (withheld at public as marked)"))
        for string in p.get("not_persons") or []:
            for a, b in occurrences(t, string):
                counts["np"] += 1
                counts["np_flagged"] += any(fa < b and a < fb for fa, fb in flags)
        for k in ("all", "caps" if p["caps"] else "mixed"):
            for key, n in counts.items():
                out[k][key] += n
    return out, silent


def net_table(table):
    lines = ["Never silent: maximal gold names not fully covered by detection, and the possible_name net on the",
             "released text of a public version built from the passage (every portion released):", "",
             "| subset | not covered | flagged by the net | silent misses (released as marked) |"
             " flags per 1,000 released words | not_persons flagged |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for k in ("all", "mixed", "caps"):
        c = table[k]
        rate = 1000 * c["flags"] / c["words"] if c["words"] else 0.0
        lines.append(f"| {k} | {c['missed']} | {c['flagged']} | {c['silent']} ({c['silent_released']}) | "
                     f"{rate:.1f} ({c['flags']}/{c['words']}) | {c['np_flagged']}/{c['np']} |")
    if table["all"]["leak_errors"]:
        lines.append(f"\n{table['all']['leak_errors']} passages raised a LeakError (no version, counted as not flagged)")
    return "\n".join(lines)


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


def select(passages, which):
    """The passages at odd or even 1-based positions, or all of them."""
    if which == "all":
        return passages
    return [p for i, p in enumerate(passages, 1) if i % 2 == (1 if which == "odd" else 0)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model")
    ap.add_argument("--corpus", type=Path, default=HELDOUT)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--write", type=Path)
    ap.add_argument("--passages", choices=("all", "odd", "even"), default="all",
                    help="score only the passages at odd or even positions (1-based)")
    ap.add_argument("--no-presidio", action="store_true", help="do not run plain Presidio")
    ap.add_argument("--no-net", action="store_true", help="leave out the never-silent (possible_name net) table")
    args = ap.parse_args(argv)

    from sbu_redact.pipeline import Pipeline

    passages = select(nb.load_corpus(args.corpus), args.passages)
    pipeline = Pipeline(model=args.model)  # one pipeline: its detector scores, its versions feed the net
    detector = pipeline.detector
    if detector.model_name is None:
        print("no spaCy model installed: plain Presidio cannot run", file=sys.stderr)
        return 1
    analyzer = None if args.no_presidio else nb.plain_presidio(detector.model_name)[0]
    cache = {}

    def cached(name, fn):
        return lambda text: cache.setdefault((name, text), fn(text))

    # every finding (entity type, start, end) once per text; PERSON spans are taken from them
    ours_findings = cached("findings", detector.analyze)
    ours_all = cached("ours", lambda t: [(f.start, f.end, f.entity_type) for f in ours_findings(t)])
    plain_all = cached("plain", lambda t: [(r.start, r.end, r.entity_type)
                                           for r in analyzer.analyze(t, language="en")])

    def persons_of(findings):
        return lambda text: [(a, b) for a, b, kind in findings(text) if kind == "PERSON"]

    ours_c, plain_c = persons_of(ours_all), persons_of(plain_all)
    has_contacts = any("contacts" in p or "not_persons" in p for p in passages)
    systems = {"sbu_redact": (ours_all, ours_c)}
    if analyzer is not None:
        systems["plain Presidio"] = (plain_all, plain_c)
    res = {name: nb.evaluate(c, passages) for name, (_, c) in systems.items()}
    res_max = {name: evaluate_maximal(c, passages) for name, (_, c) in systems.items()}
    caps = sum(p["caps"] for p in passages)
    report = "\n".join([
        f"Corpus: {args.corpus.relative_to(nb.ROOT) if args.corpus.is_relative_to(nb.ROOT) else args.corpus}: "
        f"{len(passages)} passages ({caps} ALL-CAPS{'' if args.passages == 'all' else '; ' + args.passages + ' positions'}), spaCy model `{detector.model_name}`.",
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
          + " |" for name, c in ((name, full_coverage(c, passages)) for name, (_, c) in systems.items())],
    ])
    if has_contacts:
        extra, missed, hits = contact_tables({name: a for name, (a, _) in systems.items()},
                                             {name: c for name, (_, c) in systems.items()}, passages)
        report += "\n\n" + extra
    silent = None
    if not args.no_net:
        net, silent = net_coverage(pipeline, ours_findings, passages)
        report += "\n\n" + net_table(net)
    print(report)
    if args.errors:
        print("\n# sbu_redact errors (FN = missed maximal gold span, FP = predicted span overlapping no gold,"
              " BND = overlapping but different boundaries)\n")
        print(errors(ours_c, passages))
        print("\n# sbu_redact: maximal gold spans not fully covered (covered letters shown as '.')\n")
        print(not_covered(ours_c, passages))
        if silent is not None:
            print("\n# sbu_redact: silent misses (not fully covered, and no possible_name entry on an uncovered letter)\n")
            print("\n".join(silent))
        if analyzer is not None:
            print("\n# plain Presidio errors\n")
            print(errors(plain_c, passages))
        if has_contacts:
            for name in systems:
                print(f"\n# {name}: contacts not fully covered\n")
                print("\n".join(f"  {pid} [{kind}] {text!r}" for pid, kind, text in missed[name]))
                print(f"\n# {name}: not_persons overlapped by a PERSON finding\n")
                print("\n".join(f"  {pid} {text!r}" for pid, text in hits[name]))
    if args.write:
        args.write.write_text(f"# Held-out NER benchmark (PERSON)\n\n{report}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
