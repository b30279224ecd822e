"""compare_phrases.py A B: phrase-level new leaks between two check_docs outputs (with ALL= lists)."""
import json, re, sys
def load(p):
    out = {}
    for line in open(p, encoding="utf-8"):
        if " | " not in line: continue
        doc, cells = line.rstrip("\n").split(" | ", 1)
        s = set()
        for cell in cells.split("; "):
            m = re.match(r"(usg|partner|public) \d+/\d+ e\.g\. .* ALL=(\[.*\])$", cell)
            if m:
                for ph in json.loads(m.group(2)): s.add((m.group(1), ph))
        out[doc] = s
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
new = [(d, x) for d in b for x in sorted(b[d] - a.get(d, set()))]
print("phrase-level NEW LEAKS:", len(new))
for d, (lvl, ph) in new: print("  ", d, lvl, ph[:80])
print("phrase-level fixed:", sum(len(a[d] - b.get(d, set())) for d in a))
