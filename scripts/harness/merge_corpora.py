"""merge_corpora.py FILE: resolve merge conflicts in the CORPORA line of the harness by taking the union of both sides."""
import re, sys
p = sys.argv[1]; src = open(p, encoding="utf-8").read()
def repl(m):
    sides = re.findall(r"^CORPORA = (\{.*\})$", m.group(0), re.M)
    merged = {}
    for s in sides: merged.update(eval(s))
    return "CORPORA = " + repr(merged).replace("'", '"') + "\n"
new = re.sub(r"<<<<<<< [^\n]*\n(?:.*\n)*?>>>>>>> [^\n]*\n", repl, src)
assert "<<<<<<<" not in new and ">>>>>>>" not in new
open(p, "w", encoding="utf-8").write(new)
