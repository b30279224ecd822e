"""What a draft level leaves to a reviewer: flags on released portions and suggested exemptions.

SBU, FOUO, LES, LOU and CUI are handling designations, not FOIA exemptions. A draft level
(`review:` in levels.yaml) releases such portions and flags each for review; the exemptions it
suggests (for instance (b)(6) where people are named, (b)(5) for pre-decisional language) are
suggestions from the rules, never decisions. The `why` of a suggestion comes from the rules and
never quotes the document.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from .policy import SuggestRule

DRAFT_STAMP = "DRAFT - REVIEW REQUIRED"


@dataclass(frozen=True)
class Suggestion:
    """An exemption a reviewer may want to consider, and the rule's reason for it."""

    exemption: str
    why: str

    def to_dict(self) -> dict[str, str]:
        return {"exemption": self.exemption, "why": self.why}


@dataclass(frozen=True)
class ReviewFlag:
    """A released portion a reviewer must look at before release (the text is not changed).
    `start:end` is its span in the original, `version_start:version_end` in the version."""

    start: int
    end: int
    reason: str
    rule: str
    designation: str
    paragraph: int | None = None
    suggested: tuple[Suggestion, ...] = ()
    version_start: int | None = None
    version_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "length": self.end - self.start,
                "paragraph": self.paragraph, "designation": self.designation, "reason": self.reason,
                "rule": self.rule, "suggested": [s.to_dict() for s in self.suggested],
                "version_start": self.version_start, "version_end": self.version_end}


@functools.lru_cache(maxsize=256)
def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    parts = [r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in phrases]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def suggest(text: str, designations: Iterable[str], redacted_types: Iterable[str],
            rules: Sequence["SuggestRule"]) -> tuple[Suggestion, ...]:
    """The suggestions of `rules` for one passage: `text` is the passage, `designations` what
    it carried, `redacted_types` the entity types redacted in it. One suggestion per exemption,
    in rule order (pure)."""
    carried, redacted = set(designations), set(redacted_types)
    out: dict[str, Suggestion] = {}
    for rule in rules:
        if rule.exemption in out:
            continue
        pattern = _phrases(tuple(rule.phrases))
        if (carried & set(rule.designations) or redacted & set(rule.entity_types)
                or (pattern is not None and pattern.search(text))):
            out[rule.exemption] = Suggestion(rule.exemption, rule.why)
    return tuple(out.values())


def review_counts(redacted: Any) -> dict[str, int]:
    """How much of a version is left to a reviewer: `portions` (withheld without an exemption,
    or released and flagged), `spans` (redactions to confirm) and `possible_names` (what the
    residual name check reported, when it ran)."""
    log = list(redacted.log)
    flags = redacted.flags or []
    return {
        "portions": sum(1 for a in log if a.review and a.kind == "withhold") + len(flags),
        "spans": sum(1 for a in log if a.review and a.kind != "withhold"),
        "possible_names": sum(1 for a in log if is_possible_name(a)),
    }


def is_possible_name(action: Any) -> bool:
    """An entry of the residual name check (its kind, entity type or rule says possible_name)."""
    return any("possible_name" in str(getattr(action, key, "") or "").lower()
               for key in ("kind", "entity_type", "rule"))
