"""compare_runs.py A B: compare two harness outputs document by document (A = before, B = after)."""
import re, sys
def load(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if " | " not in line: continue
        doc, cells = line.rstrip("\n").split(" | ", 1)
        levels = set(re.findall(r"(?:^|; )(usg|partner|public) \d+/\d+", cells))
        over = "over-redacts" in cells
        crash = cells.startswith("crash")
        out[doc] = (levels, over, crash)
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
common = set(a) & set(b)
newleak = sorted(d for d in common if b[d][0] - a[d][0])
fixed = sorted(d for d in common if a[d][0] and not b[d][0])
partial = sorted(d for d in common if a[d][0] - b[d][0] and b[d][0])
newover = sorted(d for d in common if b[d][1] and not a[d][1])
fixover = sorted(d for d in common if a[d][1] and not b[d][1])
crash = sorted(d for d in b if b[d][2])
print(f"docs A {len(a)} B {len(b)} common {len(common)}")
print(f"leaking A {sum(1 for d in a if a[d][0])} B {sum(1 for d in b if b[d][0])}; level-checks A {sum(len(a[d][0]) for d in a)} B {sum(len(b[d][0]) for d in b)}")
print(f"over A {sum(1 for d in a if a[d][1])} B {sum(1 for d in b if b[d][1])}")
print("NEW LEAKS (level newly leaking):", len(newleak)); [print("  ", d, sorted(b[d][0]-a[d][0])) for d in newleak]
print("fixed:", len(fixed)); [print("  ", d) for d in fixed]
print("fewer levels:", len(partial)); [print("  ", d) for d in partial]
print("new over-redaction:", len(newover)); [print("  ", d) for d in newover]
print("fixed over-redaction:", len(fixover)); [print("  ", d) for d in fixover]
print("crashes in B:", crash)
only = sorted(set(b) - set(a))
if only: print("only in B:", len(only), "leaking:", [d for d in only if b[d][0]])
