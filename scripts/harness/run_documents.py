"""run_documents.py DOCSDIR: run every document of DOCSDIR/expected.yaml (harness schema) through the
sbu_redact found on PYTHONPATH and print the harness's line per document (leaks per level, over-redaction).
Run it twice: PYTHONPATH=<main tree> and PYTHONPATH=<changed tree>, then compare with compare_runs.py and
compare_phrases.py (each leaked phrase is printed after ALL=)."""
import json, sys
from pathlib import Path
import yaml
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
from test_adversarial_corpus import LEVELS, PARTNER, report  # noqa: E402  (the harness's own line)
import sbu_redact  # noqa: E402

root = Path(sys.argv[1])
docs = yaml.safe_load((root / "expected.yaml").read_text(encoding="utf-8"))["documents"]
pipeline = sbu_redact.Pipeline()
print("# sbu_redact from", sbu_redact.__file__, file=sys.stderr)
for entry in docs:
    with open(root / entry["file"], encoding="utf-8", newline="") as fh:
        text = fh.read()
    try:
        out = pipeline.redact(text, levels=list(LEVELS), partner=PARTNER)
        texts = {level: out[level].text for level in LEVELS}
    except sbu_redact.LeakError:
        texts = {level: None for level in LEVELS}
    except Exception as error:
        print(entry["id"], "|", f"crash: {type(error).__name__}: {error}"); continue
    print(report(entry, texts, every_phrase=True))
