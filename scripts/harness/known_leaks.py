"""known_leaks.py HARNESS_OUT TESTFILE SHA: for each round in HARNESS_OUT, (re)write its _ROUNDNNN_LEAKS block from the
leaking documents (levels from the output, reason from expected.yaml's why) and make sure KNOWN_LEAKS lists it.
Only rounds that appear in HARNESS_OUT are touched; a round with no leak gets no block (an existing one is removed)."""
import re, sys, yaml
from pathlib import Path
out, testfile, sha = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
src = testfile.read_text(encoding="utf-8")
root = testfile.parent / "corpus"
rounds: dict[str, dict[str, list[str]]] = {}
for line in open(out, encoding="utf-8"):
    if " | " not in line: continue
    doc, cells = line.rstrip("\n").split(" | ", 1)
    n = re.match(r"adv(\d+)-", doc).group(1)
    levels = [l for l in ("usg", "partner", "public") if re.search(rf"(?:^|; ){l} \d+/\d+", cells)]
    rounds.setdefault(n, {})
    if levels: rounds[n][doc] = levels
for n, leaks in rounds.items():
    name = f"_ROUND{n}_LEAKS"
    block_re = re.compile(rf"^{name}: dict\[.*?\n\}}\n", re.M | re.S)
    src = block_re.sub("", src)
    src = re.sub(rf"\b{name}\b, ", "", src)
    src = re.sub(rf", {name}\)", ")", src)
    if not leaks: continue
    why = {d["id"]: d["why"] for d in yaml.safe_load((root / f"adversarial{n}" / "expected.yaml").read_text(encoding="utf-8"))["documents"]}
    lines = [f"# Round {n}'s first-run leaks not fixed yet (tests/corpus/adversarial{n}/FIRST_RUN.md; first run on main `{sha}`): strict, so a fix shows up here.",
             f"{name}: dict[str, tuple[tuple[str, ...], str]] = {{"]
    for doc, levels in leaks.items():
        reason = f"round {n} first run: " + why[doc][:160].replace('"', "'").replace("\\", "/")
        lines.append(f"    {doc!r}: ({tuple(levels)!r}, {reason!r}),")
    lines.append("}\n")
    src = src.replace("KNOWN_LEAKS = {", "\n".join(lines) + "KNOWN_LEAKS = {", 1)
    src = re.sub(r"(KNOWN_LEAKS = \{\(doc, level\): reason for leaks in \((?:[^)]*))\)", lambda m: m.group(1) + f", {name})", src, count=1)
testfile.write_text(src, encoding="utf-8")
