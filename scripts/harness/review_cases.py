"""review_cases.py DOCSDIR OUT.json ID...: collect reviewer documents as test cases (text, must_withhold) into a JSON list."""
import json, sys, yaml
from pathlib import Path
root = Path(sys.argv[1]); out = Path(sys.argv[2]); ids = sys.argv[3:]
docs = {d["id"]: d for d in yaml.safe_load((root / "expected.yaml").read_text(encoding="utf-8"))["documents"]}
cases = json.loads(out.read_text()) if out.exists() else []
for i in ids:
    d = docs[i]
    with open(root / d["file"], encoding="utf-8", newline="") as fh:
        text = fh.read()
    cases.append({"id": f"{root.parent.name}-{i}", "why": d["why"], "text": text, "must_withhold": d["must_withhold"]})
out.write_text(json.dumps(cases, ensure_ascii=False, indent=1))
print(len(cases))
