"""Audit log of one version: every action and portion decision, summary counts, hashes.

A draft level's log adds `review`: how many portions and spans are left to the reviewer and
the flags on released portions, with their suggested exemptions.

The log is deterministic (no timestamps, sorted keys and actions: the same input and policy
give the same bytes) and, by default, releasable at the level of its version: it gives spans,
lengths, reasons, rules, exemptions and scores, never the removed text, unless the caller asks
for it (`include_text=True`).
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .redaction import Redacted

FORMAT = "sbu-redact-audit/1"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_log(redacted: "Redacted", *, document_id: str, include_text: bool = False) -> dict[str, Any]:
    source = redacted._source
    actions = sorted(redacted.log, key=lambda a: (a.start, a.end, a.kind, a.entity_type or "", a.rule))
    withheld = [d for d in redacted.decisions if d.withheld]
    counts_kind = Counter(a.kind for a in actions)
    summary = {
        "portions": len(redacted.decisions),
        "portions_released": len(redacted.decisions) - len(withheld),
        "portions_withheld": len(withheld),
        "actions": len(actions),
        "by_kind": dict(sorted(counts_kind.items())),
        "by_exemption": dict(sorted(Counter(a.exemption for a in actions if a.exemption).items())),
        "by_entity_type": dict(sorted(Counter(a.entity_type for a in actions
                                              if a.kind == "redact" and a.entity_type).items())),
        "characters_withheld": sum(a.length for a in actions if a.kind == "withhold"),
        "characters_redacted": sum(a.length for a in actions if a.kind == "redact"),
        "needs_review": sum(1 for a in actions if a.review),
        # words of the released text that may still be names (the residual-name net)
        "possible_names": sum(1 for a in actions if a.kind == "possible_name"),
    }
    portions = []
    for d in redacted.decisions:
        p = d.portion
        portions.append({
            "number": p.number, "kind": p.kind, "start": p.start, "end": p.end,
            "mark": p.marking.portion_mark() if (p.explicit and p.marking and p.marking.level) else None,
            "explicit": p.explicit,
            "effective": d.marking.banner() if d.marking is not None else None,
            "withheld": d.withheld, "reason": d.reason, "rule": d.rule, "exemption": d.exemption,
            "review": d.review,
        })
    log = {
        "format": FORMAT,
        "document": document_id,
        "level": redacted.level,
        "partner": redacted.partner,
        "input_sha256": redacted.source_sha256 or _sha256(source),
        "input_length": len(source),
        "output_sha256": _sha256(redacted.text),
        "banner": redacted.banner,
        "stamp": redacted.stamp,
        "summary": summary,
        "portions": portions,
        "actions": [a.to_dict(source if include_text else None) for a in actions],
    }
    if redacted.flags is not None:  # a draft level: what is left to the reviewer
        from .suggest import review_counts

        log["review"] = {**review_counts(redacted),
                         "flags": [f.to_dict() for f in sorted(redacted.flags, key=lambda f: f.start)]}
    return log


def dumps(log: dict[str, Any]) -> str:
    """The log as JSON text, byte-for-byte stable."""
    return json.dumps(log, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
