"""partner_over.py: over-redaction at the partner level, which the harness does not count (it counts usg only).

`python scripts/harness/partner_over.py [CORPUS...] > OUT` prints, for each document, the `must_release` phrases
that the usg version keeps but the partner version drops (`id | partner-drops k/n ALL=[...]`; documents with none
are not printed). Those phrases are (U) text by the writers' rules, so a drop is over-redaction at partner, or a
writer's mistake (an SBU phrase listed as releasable). Use it as a DELTA between two trees:
`python scripts/harness/partner_over.py --compare A B` lists documents that drop more (or fewer) at partner on B.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))


def run(corpora: list[str]) -> None:
    import sbu_redact
    from test_adversarial_corpus import DOCUMENTS, LEVELS, PARTNER, document_text, leaked

    pipeline = sbu_redact.Pipeline()
    for entry in DOCUMENTS:
        if corpora and entry["corpus"] not in corpora:
            continue
        phrases = entry.get("must_release", {}).get("usg", [])
        if not phrases:
            continue
        try:
            out = pipeline.redact(document_text(entry), levels=list(LEVELS), partner=PARTNER)
        except Exception:  # a LeakError or crash: the harness reports it; nothing to measure at partner
            continue
        usg, partner = out["usg"].text, out["partner"].text
        drops = [p for p in phrases if leaked(usg, [p]) and not leaked(partner, [p])]
        if drops:
            print(f"{entry['id']} | partner-drops {len(drops)}/{len(phrases)} ALL={json.dumps(drops)}", flush=True)


def read(path: str) -> dict[str, set[str]]:
    found = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        doc_id, _, rest = line.partition(" | ")
        if "ALL=" in rest:
            found[doc_id] = set(json.loads(rest.split("ALL=", 1)[1]))
    return found


def compare(a: str, b: str) -> None:
    before, after = read(a), read(b)
    more = {d: after[d] - before.get(d, set()) for d in after if after[d] - before.get(d, set())}
    fewer = {d: before[d] - after.get(d, set()) for d in before if before[d] - after.get(d, set())}
    print(f"documents dropping phrases at partner: {len(before)} -> {len(after)}")
    print(f"NEW partner drops ({len(more)} documents):")
    for d, ps in sorted(more.items()):
        print(f"  {d}: {sorted(ps)[:2]}")
    print(f"released again at partner ({len(fewer)} documents):")
    for d, ps in sorted(fewer.items()):
        print(f"  {d}: {sorted(ps)[:2]}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--compare"]:
        compare(sys.argv[2], sys.argv[3])
    else:
        run(sys.argv[1:])
