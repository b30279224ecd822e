"""In-text controls in released portions (issue 8, fix50a): a control that detection finds in the text of a
portion a level releases (`NOFORN`, `For Official Use Only`, `SBU`, a handling statement, `REL TO USA, AUS`)
is read as a statement about that portion, not as a caveat to strip. `(U) The figures below are NOFORN until
the minister signs. <text>` was released at public with `NOFORN` removed: the release looked clean.

Where the control, rolled up with the portion's marking, makes the level's policy (`policy.decide`'s rules)
withhold the portion, the portion is withheld at that level; the decision's reason names the control seen
and the problem code `MARKING_IN_TEXT`, and it is listed for review. Only raises: a portion the policy
releases with the control is left as it was (the control is then removed or kept as the level says).

Not counted: a level (a portion mark, `TOP SECRET`: the reader's and the backstop's), a control inside a header field (banners, classification and handling lines are the reader's),
in a portion's own lead or mark, or one the reader's backstop takes as a mention (`backstop.is_mention`: in
quotation marks, `the NOFORN caveat`, a legend, a definition). Offsets are the original text's; `decide`
stays as it is: `build_version` and `check` apply this to its decisions.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Sequence

from .document import Document
from .markings import Grammar, Marking
from .policy import LevelPolicy, PortionDecision, _decide_portion, overall_marking

if TYPE_CHECKING:  # (redaction imports this module: the type only)
    from .redaction import FindingLike

__all__ = ["CODE", "raise_for_controls", "control_findings", "named_control"]

CODE = "MARKING_IN_TEXT"
_ENTITY = "CONTROL_MARKING"


def _read_control(g: Grammar, written: str, in_text: Sequence[tuple[Any, Sequence[str]]] = ()) -> Marking | None:
    """What a control marking as written says, as a valid marking (None when it reads as none): the
    marking itself (`S//NF`, `SBU`), the control below the lowest level (`NOFORN`, `REL TO USA, AUS`), or
    the controls a handling statement (or an in-text statement of the finder, `in_text`) states."""
    key = " ".join(written.split()).upper().strip("()[]")
    if not key:
        return None
    lowest = min(g.ranks, key=g.ranks.__getitem__)
    for candidate in (key, f"{lowest}//{key}"):
        marking = g.parse(candidate)
        if marking.valid and marking.level is not None:
            if marking.rank <= g.ranks[lowest]:
                return marking
            # a level (`(C)`, `TOP SECRET`, `S//NF`) is the reader's and the backstop's to read: only the
            # controls written with it count here (`S//NF` -> `U//NF`; `(C)` alone -> none)
            controls = key.split("//", 1)[1] if "//" in key else ""
            below = g.parse(f"{lowest}//{controls}") if controls else None
            return below if below is not None and below.valid else None
    stated = [c for pattern, controls in (*g.handling_statements, *in_text) if pattern.search(written)
              for c in controls]
    if stated:
        read = [m for m in (g.parse(f"{lowest}//{c}") for c in dict.fromkeys(stated)) if m.valid]
        if read:
            return g.rollup(read)
    return None


def raise_for_controls(document: Document, decisions: Sequence[PortionDecision],
                       findings: Sequence[FindingLike], level: LevelPolicy,
                       partner: str | None) -> list[PortionDecision]:
    """`decisions` (of `decide(document, level, partner)`), each released portion withheld where a control
    found in its own text (`findings` of type CONTROL_MARKING) makes the level withhold it."""
    from .detection.control_words import control_word_settings, in_text_statements
    from .reader.backstop import is_mention

    controls = sorted((max(0, int(f.start)), int(f.end)) for f in findings if f.entity_type == _ENTITY)
    if not controls or document.rules is None:
        return list(decisions)
    g = document.rules.grammar
    in_text = in_text_statements(control_word_settings(document.rules))
    text = document.text
    fields = [(f.start, f.end) for f in document.fields]
    overall = overall_marking(document)
    doc_captions = document.classification.captions if document.classification else ()
    out = list(decisions)
    for index, d in enumerate(out):
        portion = d.portion
        marking = d.marking if d.marking is not None else portion.marking
        if d.withheld or marking is None or not marking.valid:
            continue
        mark = (portion.mark_start, portion.mark_end) if portion.mark_start is not None \
            and portion.mark_end is not None else None
        for start, end in controls:
            if start < portion.body_start or end > portion.end or start >= end:
                continue
            if any(start < e and s < end for s, e in fields) or (mark and start < mark[1] and mark[0] < end):
                continue
            seen = _read_control(g, text[start:end], in_text)
            if seen is None or is_mention(g, text, start, end, portion.body_start, portion.end):
                continue
            raised = g.rollup([marking, seen])
            if raised is None:
                continue
            decided = _decide_portion(portion.with_marking(raised), level, partner, overall, doc_captions)
            if not decided.withheld:
                continue
            written = " ".join(text[start:end].split())
            out[index] = replace(decided, review=True, rule=f"{level.name}.in_text_controls",
                                 reason=f"{decided.reason} ({CODE}: in-text control '{written}' in this "
                                        f"{portion.kind}, not read by the reader; withheld rather than "
                                        f"released with it removed; a reviewer must confirm it)")
            break
    return out


def named_control(decision: PortionDecision) -> str | None:
    """The in-text control, as written, that made `raise_for_controls` withhold this decision's portion (None for
    any other decision): what `check` names in its finding."""
    if not decision.rule.endswith(".in_text_controls"):
        return None
    found = re.search(rf"\({CODE}: in-text control '(.*?)' in this ", decision.reason)
    return found.group(1) if found else None


_FINDERS: dict[str, Any] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class _Found:
    entity_type: str
    start: int
    end: int


def control_findings(document: Document) -> list[Any]:
    """Detection's CONTROL_MARKING findings in `document` (its finder, `detection.control_words`, without
    Presidio or NER and, with the rules from the rules cache, without pydantic), for callers that decide
    without running detection (`check`)."""
    rules = document.rules
    if rules is None:
        return []
    key = rules.fingerprint()
    with _LOCK:
        finder = _FINDERS.get(key)
        if finder is None:
            from .detection.control_words import control_words_for

            finder = _FINDERS[key] = control_words_for(rules)
    return [_Found(_ENTITY, s, e) for s, e, _why in finder.spans(document.text)]
