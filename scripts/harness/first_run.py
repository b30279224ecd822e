"""first_run.py TREE N "kind" "when" OUT SHA: write tests/corpus/adversarialN/FIRST_RUN.md and BASELINE_OUTPUT.log in TREE."""
import re, sys, shutil, yaml
from pathlib import Path
tree, n, kind, when, out, sha = sys.argv[1:7]
folder = Path(tree) / "tests" / "corpus" / f"adversarial{n}"
docs = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))["documents"]
by = {d["id"]: d for d in docs}
rows, over, checks, leaking_checks = [], [], 0, 0
for d in docs: checks += sum(1 for l in ("usg", "partner", "public") if d["must_withhold"].get(l))
with_release = sum(1 for d in docs if d.get("must_release", {}).get("usg"))
for line in open(out, encoding="utf-8"):
    if " | " not in line: continue
    doc, cells = line.rstrip("\n").split(" | ", 1)
    levels = [l for l in ("usg", "partner", "public") if re.search(rf"(?:^|; ){l} \d+/\d+", cells)]
    if levels:
        leaking_checks += len(levels); rows.append((doc, levels))
    m = re.search(r"over-redacts at usg: (\d+/\d+)", cells)
    if m: over.append((doc, m.group(1)))
def kind_of(doc_id):
    m = re.match(r"^[a-z]+\d*-\d+-(a|b|trap)-", doc_id)
    return m.group(1) if m else ""
kinds = {k: sum(1 for d in docs if kind_of(d["id"]) == k) for k in ("a", "b", "trap")}
over_b = sum(1 for d, _ in over if kind_of(d) == "b"); over_t = sum(1 for d, _ in over if kind_of(d) == "trap")
text = [f"# Round {n}, first run (the lead, {when}, on main `{sha}`, the session's first main)", "",
        f"Round {n}: {kind}",
        "Written by a helper that did not read sbu_redact/, rules/ or the tests (README.md says what it read);",
        "the corpus landed without ever being run by the lead. First run, before any change made for it:",
        f"`python tests/test_adversarial_corpus.py adversarial{n}`.", "",
        f"- On main {sha}: **leaks in {leaking_checks} of {checks} (document, level) checks, {len(rows)} of {len(docs)} documents** "
        f"({kinds['a']} `-a-`, {kinds['b']} `-b-`, {kinds['trap']} `-trap-`); over-redaction at `usg`: {len(over)} of {with_release} "
        f"documents with must_release phrases ({over_b} ordinary records, {over_t} traps).", ""]
if rows:
    text += ["Leaking documents:", "", "| document | levels that released withheld text | why (expected.yaml) |", "|---|---|---|"]
    text += [f"| `{d}` | {', '.join(l)} | {by[d]['why'].replace('|', '/')} |" for d, l in rows]
    text.append("")
if over:
    text += ["Over-redacted at usg (must_release phrases missing):", ""] + [f"- `{d}`: {c}" for d, c in over]
(folder / "FIRST_RUN.md").write_text("\n".join(text) + "\n", encoding="utf-8")
shutil.copy(out, folder / "BASELINE_OUTPUT.log")
print(f"{n}: {len(rows)}/{len(docs)} docs, {leaking_checks}/{checks} checks, over {len(over)}/{with_release}")
