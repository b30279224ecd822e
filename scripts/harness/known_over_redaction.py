"""known_over_redaction.py HARNESS_OUT TESTFILE [TAG]: KNOWN_OVER_REDACTION follows HARNESS_OUT for the documents it covers:
a document over-redacted at usg gets an entry (reason from expected.yaml, or TAG), one no longer over-redacted loses it."""
import re, sys, yaml
from pathlib import Path
out, testfile = sys.argv[1], Path(sys.argv[2]); tag = sys.argv[3] if len(sys.argv) > 3 else None
src = testfile.read_text(encoding="utf-8")
start = src.index("KNOWN_OVER_REDACTION = {"); end = src.index("\n}\n", start)
body = src[start:end]
root = testfile.parent / "corpus"
over, seen = set(), set()
for line in open(out, encoding="utf-8"):
    if " | " not in line: continue
    doc, cells = line.rstrip("\n").split(" | ", 1); seen.add(doc)
    if "over-redacts" in cells: over.add(doc)
present = set(re.findall(r'^    "([^"]+)":', body, re.M))
removed = [d for d in present if d in seen and d not in over]
for d in removed:
    body = re.sub(rf'^    "{re.escape(d)}":.*\n(?:(?!    "|\n).*\n)*', "", body + "\n", flags=re.M).rstrip("\n")
added = []
for d in sorted(over - present):
    n = re.match(r"adv(\d+)-", d).group(1)
    why = {e["id"]: e["why"] for e in yaml.safe_load((root / f"adversarial{n}" / "expected.yaml").read_text(encoding="utf-8"))["documents"]}[d]
    reason = (f"{tag}: " if tag else f"round {n}: ") + why[:140].replace('"', "'").replace("\\", "/") + " (over-redacted at usg; fails closed)"
    body += f"\n    {d!r}: {reason!r},".replace("'", '"', 2) if False else f"\n    \"{d}\": {reason!r},"
    added.append(d)
src = src[:start] + body + src[end:]
testfile.write_text(src, encoding="utf-8")
print("removed", len(removed), "added", len(added))
