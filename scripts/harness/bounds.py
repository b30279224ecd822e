"""bounds.py: the rules patterns (words evidence, reclassification and controls in words) whose reach is unbounded,
as tests/test_prefilter.py counts them (at most 3 may be), fast: no corpus scan. `PYTHONPATH=<tree> python bounds.py`."""
from sbu_redact.config import as_rules
from sbu_redact.prefilter import match_reach

grammar = as_rules(None).grammar
patterns = [p for table in (grammar.words_evidence, grammar.reclassification_in_words, grammar.controls_in_words)
            for p, _ in table]
unbounded = [p.pattern for p in patterns if match_reach(p.pattern, p.flags) is None]
print(f"{len(patterns)} patterns, {len(unbounded)} unbounded")
for pattern in unbounded:
    print("  ", pattern[:300])
