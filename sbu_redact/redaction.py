"""Build one redacted version of a document for one level.

Every change to the text is an `Action` with its span in the original:
- `withhold`: a portion the level may not see becomes a placeholder on its own lines that keeps
  the portion's lead (number and mark as written) and says why, padded with empty lines to the
  line count of the portion, e.g. `¶2. (SBU) [Withheld: SBU, not releasable at public]` or
  `3. (C) [Withheld (b)(1): CONFIDENTIAL, not releasable at usg]`;
- `redact`: an entity in released text (style `label` `[(b)(6)]`, `block` one block character per
  character, `mask` a fixed text, `pseudonym` `[PERSON-1]`);
- `remove`: a handling line or in-text caveat (the line stays, empty);
- `banner`: an existing banner line (memos) replaced in place by the version's banner.
All replacements are applied by presidio-anonymizer operators (custom ones registered below)
in one pass over the original; overlaps are resolved before that, deterministically.

Layout of a version. Documents without banner lines (cables):

    <stamp>                      (only when the level stamps)
    <banner>
    <empty line>
    <the document, changed only inside action spans>
    <empty line>
    <banner>

Documents with banner lines: those lines are replaced in place (a missing top or bottom banner
is added as above); the stamp, when the level stamps, is the first line there too. Line ends
follow the document's (CRLF in, CRLF out). The stamp is `RELEASED IN FULL`, `RELEASED IN PART
B1, B6` or `DENIED IN FULL B1`, listing the exemptions actually applied; withholdings for
SBU/FOUO/CUI carry no exemption (a reviewer must assign one), so they do not add to it. A draft
level (`review.draft_stamp`) stamps `DRAFT - REVIEW REQUIRED` instead while anything is left to
review. `Redacted.stamp` is always computed, even when the level does not print it.

The version is leak-checked before it is returned; `LeakError` means it must not be written.
"""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Protocol, Sequence

from .attribute_gaps import withheld_attribute_spans
from .document import Document, Portion
from .in_text_controls import raise_for_controls
from .leakcheck import MIN_ENTITY_CHARS, LeakError, OriginalTokens, check_leaks
from .markings import Grammar
from .mentions import WordIndex as _WordIndex
from .mentions import word_index as _word_index_of
from .mentions import phrase_pattern as _phrase
from .policy import LevelPolicy, PortionDecision, _at, decide, withhold_unchecked
from .suggest import DRAFT_STAMP, ReviewFlag, Suggestion, suggest

__all__ = ["Action", "Redacted", "build_version", "LeakError", "CONTROL_MARKING", "format_stamp",
           "exemption_code"]

CONTROL_MARKING = "CONTROL_MARKING"
KINDS = ("withhold", "banner", "remove", "redact")


class FindingLike(Protocol):
    @property
    def entity_type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def score(self) -> float | None: ...


@dataclass(frozen=True)
class Action:
    """One change: `start:end` is the span in the original, `version_start:version_end` where
    its replacement sits in the version. `replacement` is text the tool wrote (never original
    text, except a withheld portion's lead)."""

    kind: str
    start: int
    end: int
    reason: str
    rule: str
    exemption: str | None = None
    score: float | None = None
    entity_type: str | None = None
    paragraph: int | None = None
    replacement: str = ""
    review: bool = False
    recognizer: str | None = None
    style: str | None = None
    version_start: int | None = None
    version_end: int | None = None
    suggested: tuple[Suggestion, ...] = ()

    @property
    def length(self) -> int:
        return self.end - self.start

    def to_dict(self, include_text: str | None = None) -> dict[str, Any]:
        """JSON-able record. Pass the original text as `include_text` to add the removed text
        (never done by default: a public log must itself be releasable)."""
        data = {
            "kind": self.kind, "start": self.start, "end": self.end, "length": self.length,
            "reason": self.reason, "rule": self.rule, "exemption": self.exemption,
            "score": None if self.score is None else round(float(self.score), 4),
            "entity_type": self.entity_type, "paragraph": self.paragraph, "review": self.review,
            "recognizer": self.recognizer, "style": self.style, "replacement": self.replacement,
            "version_start": self.version_start, "version_end": self.version_end,
        }
        if self.suggested:  # only draft levels suggest: other levels' logs are unchanged
            data["suggested"] = [s.to_dict() for s in self.suggested]
        if include_text is not None:
            data["text"] = include_text[self.start:self.end]
        return data


@dataclass
class Redacted:
    """One version of a document at one level."""

    level: str
    text: str
    log: list[Action]
    stamp: str
    banner: str
    partner: str | None = None
    decisions: list[PortionDecision] = field(default_factory=list, repr=False)
    flags: list[ReviewFlag] | None = None  # released portions to review (None: the level flags none)
    source_sha256: str = ""
    _source: str = field(default="", repr=False, compare=False)

    def log_dict(self, *, document_id: str, include_text: bool = False) -> dict[str, Any]:
        from .audit import build_log

        return build_log(self, document_id=document_id, include_text=include_text)


# ---------------------------------------------------------------- presidio operators
def _operator_classes() -> tuple[type, type]:
    from presidio_anonymizer.operators import Operator, OperatorType

    class LayoutReplace(Operator):
        """Replace with `new_value`, padded with line breaks to the line count of the original
        span, so that versions line up with the original."""

        def operate(self, text: str = "", params: dict | None = None) -> str:  # type: ignore[override]
            new = (params or {})["new_value"]
            newline = "\r\n" if "\r\n" in text else "\n"  # CRLF in, CRLF out
            return new + newline * max(0, text.count("\n") - new.count("\n"))

        def validate(self, params: dict | None = None) -> None:  # type: ignore[override]
            if not isinstance((params or {}).get("new_value"), str):
                raise ValueError("sbu_replace needs a string new_value")

        def operator_name(self) -> str:
            return "sbu_replace"

        def operator_type(self):
            return OperatorType.Anonymize

    class Block(Operator):
        """Every non-blank character becomes `char` (length and line breaks kept)."""

        def operate(self, text: str = "", params: dict | None = None) -> str:  # type: ignore[override]
            return re.sub(r"\S", (params or {})["char"], text)

        def validate(self, params: dict | None = None) -> None:  # type: ignore[override]
            if not isinstance((params or {}).get("char"), str) or len((params or {})["char"]) != 1:
                raise ValueError("sbu_block needs a one-character char")

        def operator_name(self) -> str:
            return "sbu_block"

        def operator_type(self):
            return OperatorType.Anonymize

    return LayoutReplace, Block


@functools.lru_cache(maxsize=1)
def _engine():
    from presidio_anonymizer import AnonymizerEngine

    engine = AnonymizerEngine()
    for cls in _operator_classes():
        engine.add_anonymizer(cls)
    return engine


# ---------------------------------------------------------------- planning
def _plan(kind: str, start: int, end: int, reason: str, rule: str, exemption: str | None = None,
          score: float | None = None, entity_type: str | None = None, style: str | None = None,
          **more: Any) -> Action:
    """A planned action (offsets in the original; version offsets are filled in at the end)."""
    return Action(kind=kind, start=start, end=end, reason=reason, rule=rule, exemption=exemption,
                  score=score, entity_type=entity_type, style=style, **more)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _subtract(start: int, end: int, cuts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces = [(start, end)]
    for cut_start, cut_end in cuts:
        next_pieces = []
        for s, e in pieces:
            if cut_end <= s or cut_start >= e:
                next_pieces.append((s, e))
                continue
            if s < cut_start:
                next_pieces.append((s, cut_start))
            if cut_end < e:
                next_pieces.append((cut_end, e))
        pieces = next_pieces
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _intersects(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _placeholder(document: Document, decision: PortionDecision, at: str) -> str:
    portion = decision.portion
    text = document.text
    if portion.doubtful and portion.mark_start is not None and portion.mark_end is not None \
            and portion.mark_end <= portion.body_start:  # a mark at the end is no part of the lead
        # an unreadable mark is not repeated: it may be a name rather than a marking
        lead = (text[portion.start:portion.mark_start] + "(?)" + text[portion.mark_end:portion.body_start]).rstrip()
    else:
        lead = text[portion.start:max(portion.start, portion.body_start)].rstrip()
    exemption = f" {decision.exemption}" if decision.exemption else ""
    note = f"[Withheld{exemption}: {decision.label}, not releasable at {at}]"
    return f"{lead} {note}" if lead else note


def _entity_plans(document: Document, findings: Sequence[FindingLike], level: LevelPolicy,
                  at: str) -> list[Action]:
    text = document.text
    allow = {_norm(a) for a in level.allow}
    plans: list[Action] = []
    for f in findings:
        start, end = max(0, int(f.start)), min(len(text), int(f.end))
        if start >= end:
            continue
        recognizer = getattr(f, "recognizer", None)
        score = float(f.score) if f.score is not None else None
        if f.entity_type == CONTROL_MARKING:
            if level.caveats == "remove":
                plans.append(_plan("remove", start, end, f"in-text caveat removed at {at}",
                                   f"{level.name}.caveats", score=score, entity_type=CONTROL_MARKING,
                                   recognizer=recognizer))
            continue
        rule = level.entity_rule(f.entity_type)
        if rule is None or (score is not None and score < rule.min_score):
            continue
        if _norm(text[start:end]) in allow:
            continue
        plans.append(_plan("redact", start, end,
                           f"{f.entity_type} redacted under {rule.exemption} at {at}",
                           f"{level.name}.entities.{f.entity_type}", rule.exemption, score,
                           f.entity_type, rule.style, recognizer=recognizer))
    for fname, entity_type in sorted(level.field_entities.items()):
        rule = level.entities[entity_type]
        for fld in document.fields_named(fname):
            start, end = _trim(text, fld.start, fld.end)
            if start < end and _norm(text[start:end]) not in allow:
                plans.append(_plan("redact", start, end,
                                   f"{fname} field redacted as {entity_type} under {rule.exemption} at {at}",
                                   f"{level.name}.field_entities.{fname}", rule.exemption, 1.0,
                                   entity_type, rule.style, recognizer=f"field:{fname}"))
    for term in level.deny:
        for m in _phrase(term.text).finditer(text):
            plans.append(_plan("redact", m.start(), m.end(),
                               f"deny-listed term redacted under {term.exemption} at {at}",
                               f"{level.name}.deny", term.exemption, 1.0, term.entity_type,
                               term.style, recognizer="deny_list"))
    return plans


def _caption_removals(document: Document, level: LevelPolicy, at: str,
                      taken: list[tuple[int, int]], grammar: Grammar) -> list[Action]:
    """Captions such as SENSITIVE SIPDIS on the classification line itself."""
    vocabulary = grammar.vocabulary.captions
    words = sorted({w for c, aliases in vocabulary.items() for w in (c, *aliases)}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w/])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w/])[ \t]*")
    out = []
    for fld in document.fields_named("classification"):
        for m in pattern.finditer(document.text, fld.start, fld.end):
            if not _intersects(m.start(), m.end(), taken):
                out.append(_plan("remove", m.start(), m.end(), f"caption removed from the classification "
                                 f"line at {at}", f"{level.name}.handling_lines"))
    return out


def _word_index(text: str) -> _WordIndex:
    """The index of a text, shared by the versions of all levels built from it (and with
    detection's, within `Pipeline.redact_many`)."""
    return _word_index_of(text)


def _propagate(text: str, plans: list[Action], level: LevelPolicy, at: str) -> list[Action]:
    """Other occurrences of redacted texts (a name detected once is redacted everywhere), found
    as detection finds the later mentions of a name (`sbu_redact.mentions`)."""
    if not level.propagate:
        return []
    seen: dict[str, Action] = {}
    for p in sorted(plans, key=lambda p: (p.start, p.end, p.entity_type or "")):
        if p.kind == "redact":
            key = _norm(text[p.start:p.end])
            if sum(map(str.isalnum, key)) >= MIN_ENTITY_CHARS:
                seen.setdefault(key, p)
    covered = {(p.start, p.end) for p in plans}
    words = _word_index(text)
    extra = []
    for key, p in sorted(seen.items()):
        for m in words.occurrences(text[p.start:p.end]):
            if (m.start(), m.end()) not in covered:
                extra.append(_plan("redact", m.start(), m.end(),
                                   f"{p.entity_type} redacted under {p.exemption} at {at} "
                                   f"(same text as a detected {p.entity_type})",
                                   f"{level.name}.propagate", p.exemption, p.score, p.entity_type,
                                   p.style, recognizer="propagation"))
    return extra


def _resolve(plans: list[Action]) -> list[Action]:
    """Merge overlapping entity plans into one per cluster: the union of their spans, with the
    type and rule of the strongest (redact before remove, then score, length, type name)."""
    out: list[Action] = []
    cluster: list[Action] = []
    cluster_end = -1

    def flush() -> None:
        if not cluster:
            return
        best = sorted(cluster, key=lambda p: (p.kind != "redact", -(p.score or 0.0), -(p.end - p.start),
                                              p.entity_type or "", p.rule))[0]
        start = min(p.start for p in cluster)
        end = max(p.end for p in cluster)
        merged = len(cluster) - 1
        note = f" (merged with {merged} overlapping finding{'s' if merged > 1 else ''})" if merged else ""
        out.append(replace(best, start=start, end=end, reason=best.reason + note))

    for p in sorted(plans, key=lambda p: (p.start, p.end, p.kind, p.entity_type or "", p.rule)):
        if cluster and p.start < cluster_end:
            cluster.append(p)
            cluster_end = max(cluster_end, p.end)
            continue
        flush()
        cluster, cluster_end = [p], p.end
    flush()
    return out


class _Pseudonyms:
    """`[TYPE-n]` numbered per type in order of first occurrence; a surname alone gets the
    pseudonym of the full name it ends (and the reverse)."""

    def __init__(self, text: str, plans: Iterable[Action]):
        self.table: dict[tuple[str, str], str] = {}
        counters: dict[str, int] = {}
        for p in sorted(plans, key=lambda p: (p.start, p.end)):
            if p.style != "pseudonym" or p.kind != "redact":
                continue
            etype = p.entity_type or "ENTITY"
            key = _norm(text[p.start:p.end])
            if (etype, key) in self.table:
                continue
            alias = self._alias(etype, key)
            if alias is None:
                counters[etype] = counters.get(etype, 0) + 1
                alias = f"[{etype}-{counters[etype]}]"
            self.table[(etype, key)] = alias

    def _alias(self, etype: str, key: str) -> str | None:
        if etype != "PERSON":
            return None
        words = key.split()
        for (other_type, other), alias in self.table.items():
            if other_type != etype:
                continue
            other_words = other.split()
            if (len(words) == 1 and len(other_words) > 1 and other_words[-1] == words[0]) or \
                    (len(other_words) == 1 and len(words) > 1 and words[-1] == other_words[0]):
                return alias
        return None

    def __call__(self, etype: str, original: str) -> str:
        return self.table[(etype, _norm(original))]


def _replacement_text(p: Action, level: LevelPolicy, text: str, pseudonyms: "_Pseudonyms") -> str:
    if p.kind == "remove":
        return ""
    if p.style == "mask":
        return level.mask_text
    if p.style == "pseudonym":
        return pseudonyms(p.entity_type or "ENTITY", text[p.start:p.end])
    if p.style == "block":
        return re.sub(r"\S", level.block_char, text[p.start:p.end])
    return f"[{p.exemption}]"


def _replacement(p: Action, level: LevelPolicy):
    from presidio_anonymizer.entities import OperatorConfig

    if p.kind == "redact" and p.style == "block":
        return OperatorConfig("sbu_block", {"char": level.block_char})
    return OperatorConfig("sbu_replace", {"new_value": p.replacement})


# ---------------------------------------------------------------- banner and stamp
def exemption_code(exemption: str) -> str:
    """`(b)(6)` -> `B6`, `(b)(7)(C)` -> `B7(C)` (the codes State's stamps use)."""
    parts = re.findall(r"\(([^)]*)\)", exemption)
    if len(parts) >= 2 and parts[0].lower() == "b":
        return "B" + parts[1] + "".join(f"({p})" for p in parts[2:])
    return exemption


def _exemption_sort_key(code: str) -> tuple[int, str]:
    m = re.match(r"B(\d+)", code)
    return (int(m.group(1)) if m else 99, code)


def format_stamp(actions: Sequence[Action], original: str) -> str:
    """RELEASED IN FULL when nothing is withheld or redacted; DENIED IN FULL when no word of
    the original survives outside the actions (header lines count as released text);
    otherwise RELEASED IN PART. The exemptions applied follow, in numeric order."""
    codes = sorted({exemption_code(a.exemption) for a in actions
                    if a.kind in ("withhold", "redact") and a.exemption}, key=_exemption_sort_key)
    listed = (" " + ", ".join(codes)) if codes else ""
    if not any(a.kind in ("withhold", "redact") for a in actions):
        return "RELEASED IN FULL"
    cursor, released = 0, False
    for a in sorted(actions, key=lambda a: (a.start, a.end)):
        if re.search(r"\w", original[cursor:a.start]):
            released = True
            break
        cursor = max(cursor, a.end)
    if not released and not re.search(r"\w", original[cursor:]):
        return "DENIED IN FULL" + listed
    return "RELEASED IN PART" + listed


def _banner(level: LevelPolicy, decisions: Sequence[PortionDecision], grammar: Grammar) -> str:
    if level.banner != "auto":
        return level.banner
    released = [d.marking for d in decisions if not d.withheld and d.marking is not None]
    rolled = grammar.rollup(released) if released else None
    return rolled.banner() if rolled is not None else "UNCLASSIFIED"


# ---------------------------------------------------------------- building
def build_version(document: Document, findings: Sequence[FindingLike], level: LevelPolicy,
                  partner: str | None = None, *, ner: bool = True,
                  tokens: OriginalTokens | None = None, residual: Any = None,
                  decisions: Sequence[PortionDecision] | None = None) -> Redacted:
    """The version of `document` for `level` (pure: same inputs, same output), with the rule
    set the document was read with (its captions, its roll-up). Raises LeakError when the
    leak check finds withheld or redacted text in the result.
    `ner=False` says the findings come from pattern recognizers only (no spaCy model).
    `tokens` (of the document's text) lets the versions of one document share the leak
    check's tokenization. `residual` (a detection.residual.ResidualNameNet) looks through the
    released text for possible names left; each is logged as a `possible_name` action (the text
    is unchanged). `decisions`, when given, are `decide(document, level, partner)` (made once by
    the caller, who needed them before)."""
    from presidio_anonymizer.entities import RecognizerResult

    text = document.text
    code = partner.strip().upper() if (partner and level.partner) else None
    at = _at(level, code)
    decisions = list(decisions) if decisions is not None else decide(document, level, code)
    # (fix50a) a control found in a released portion's text that excludes this level withholds the portion
    decisions = raise_for_controls(document, decisions, findings, level, code)
    if not ner:
        decisions = withhold_unchecked(decisions, level)
    if document.rules is None:
        raise ValueError("the document carries no rule set: read it with sbu_redact.read(text, rules)")
    grammar = document.rules.grammar
    banner = _banner(level, decisions, grammar)

    review = level.review
    structural: list[Action] = []
    for d in decisions:
        if d.withheld:
            suggested = (suggest(text[d.portion.start:d.portion.end], _designations(d), (), review.suggest)
                         if review is not None and d.review else ())
            structural.append(_plan("withhold", d.portion.start, d.portion.end, d.reason, d.rule,
                                    d.exemption, None, None, replacement=_placeholder(document, d, at),
                                    review=d.review, suggested=suggested))
    for start, end, d in withheld_attribute_spans(text, decisions, grammar):
        # (a titled tag between portions: its hidden words go with the portion it opens, `attribute_gaps`)
        structural.append(_plan("withhold", start, end, d.reason + " (words of a tag's attribute that opens it)",
                                d.rule, d.exemption, None, None, replacement="[Withheld]"))
    withheld_spans = [(p.start, p.end) for p in structural]
    banner_fields = [f for f in document.fields_named("banner") if not _intersects(f.start, f.end, withheld_spans)]
    for fld in banner_fields:
        start, end = _trim(text, fld.start, fld.end)
        if start < end:
            structural.append(_plan("banner", start, end, f"banner replaced by the banner of level {at}",
                                    f"{level.name}.banner", replacement=banner))
    if level.handling_lines == "remove":
        for fld in document.fields_named("handling"):
            start, end = _trim(text, fld.start, fld.end)
            if start < end and not _intersects(start, end, [(p.start, p.end) for p in structural]):
                structural.append(_plan("remove", start, end, f"handling line removed at {at}",
                                        f"{level.name}.handling_lines"))
    if level.handling_lines == "remove":
        structural += _caption_removals(document, level, at, [(p.start, p.end) for p in structural], grammar)
    blocked = [(p.start, p.end) for p in structural]
    leads = [(d.portion.start, d.portion.body_start) for d in decisions
             if not d.withheld and d.portion.body_start > d.portion.start]
    protected = [(f.start, f.end) for f in document.fields if f.name in level.protected_fields]

    entity = _entity_plans(document, findings, level, at)
    entity += _propagate(text, entity, level, at)
    clipped: list[Action] = []
    for p in entity:
        if p.kind == "remove" and _intersects(p.start, p.end, leads + protected + blocked):
            continue
        for start, end in _subtract(p.start, p.end, blocked + leads):
            start, end = _trim(text, start, end)
            if start < end:
                clipped.append(replace(p, start=start, end=end))
    resolved = _resolve(clipped)
    if review is not None and review.redactions:
        resolved = [replace(p, review=True, reason=p.reason + "; a proposal: a reviewer confirms or releases it")
                    if p.kind == "redact" else p for p in resolved]
    pseudonyms = _Pseudonyms(text, resolved)
    resolved = [replace(p, replacement=_replacement_text(p, level, text, pseudonyms)) for p in resolved]

    plans = sorted(structural + resolved, key=lambda p: (p.start, p.end))
    keys = {f"SBU_ACTION_{i:05d}": p for i, p in enumerate(plans)}
    if keys:
        results = [RecognizerResult(entity_type=k, start=p.start, end=p.end, score=1.0) for k, p in keys.items()]
        operators = {k: _replacement(p, level) for k, p in keys.items()}
        engine_result = _engine().anonymize(text=text, analyzer_results=results, operators=operators,
                                            merge_entities_with_spaces=False)
        body = engine_result.text
        placed = {item.entity_type: (item.start, item.end) for item in engine_result.items}
    else:  # nothing to change (an unclassified text at a level that redacts nothing): the anonymizer
        body, placed = text, {}  # would return the text as it is
    if set(placed) != set(keys):  # presidio dropped or merged something: never guess
        raise LeakError("internal error: the anonymizer did not apply every planned action; "
                        "the version is not produced")

    top, bottom = _frame(document, level, banner, bool(banner_fields), text)
    actions: list[Action] = []
    for k, p in keys.items():
        vs, ve = placed[k]
        actions.append(Action(
            kind=p.kind, start=p.start, end=p.end, reason=p.reason, rule=p.rule, exemption=p.exemption,
            score=p.score, entity_type=p.entity_type, paragraph=_paragraph(document, p.start),
            replacement=body[vs:ve], review=p.review, recognizer=p.recognizer,
            version_start=vs, version_end=ve, suggested=p.suggested))
    flags = _flags(document, decisions, actions, level) if review is not None else None
    stamp = format_stamp(actions, text)
    if review is not None and review.draft_stamp and (flags or any(a.review for a in actions)):
        stamp = DRAFT_STAMP
    head = top(stamp)
    offset = len(head)
    if offset:
        actions = [replace(a, version_start=(a.version_start or 0) + offset, version_end=(a.version_end or 0) + offset)
                   for a in actions]
        flags = [replace(f, version_start=(f.version_start or 0) + offset,
                         version_end=(f.version_end or 0) + offset)
                 for f in flags] if flags is not None else None
    version = head + body + bottom
    check_leaks(text, version, actions, extra_allowed=[head, bottom], original_tokens=tokens)
    if residual is not None and level.entity_rule("PERSON") is not None:
        actions += _possible_names(document, actions, level, residual, at)
    return Redacted(level=level.name, text=version, log=actions, stamp=stamp, banner=banner,
                    partner=code, decisions=decisions, flags=flags,
                    source_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), _source=text)


def _designations(decision: PortionDecision) -> tuple[str, ...]:
    return tuple(decision.marking.designations) if decision.marking is not None else ()


def _version_offset(actions: Sequence[Action], offset: int, *, end: bool) -> int:
    """Where `offset` of the original lands in the body of the version (actions applied, no
    head): inside a replaced span it snaps to the replacement's start (or end)."""
    shift = 0
    for a in sorted(actions, key=lambda a: a.start):
        placed_start, placed_end = a.version_start or 0, a.version_end or 0  # set for every action
        if a.end <= offset:
            shift = placed_end - a.end
        elif a.start < offset < a.end:
            return placed_end if end else placed_start
        elif a.start >= offset:
            break
    return offset + shift


def _flags(document: Document, decisions: Sequence[PortionDecision], actions: Sequence[Action],
           level: LevelPolicy) -> list[ReviewFlag]:
    """One flag per released portion a reviewer must look at, with its suggested exemptions
    (its designation, the entity types redacted in it, its wording)."""
    assert level.review is not None
    text = document.text
    flags = []
    for d in decisions:
        if d.withheld or not d.review:
            continue
        start, end = _trim(text, d.portion.start, d.portion.end)
        redacted = [a.entity_type for a in actions
                    if a.kind == "redact" and a.entity_type and start <= a.start and a.end <= end]
        flags.append(ReviewFlag(
            start=start, end=end, reason=d.reason, rule=d.rule, designation=d.designation,
            paragraph=d.portion.number, suggested=suggest(text[start:end], _designations(d), redacted,
                                                          level.review.suggest),
            version_start=_version_offset(actions, start, end=False),
            version_end=_version_offset(actions, end, end=True)))
    return flags


def _possible_names(document: Document, actions: list[Action], level: LevelPolicy, net: Any,
                    at: str) -> list[Action]:
    """`possible_name` actions for the words of the released text the net flags, with their
    place in the version (released text is copied unchanged, so an offset only shifts)."""
    text = document.text
    done = sorted(actions, key=lambda a: (a.start, a.end))
    released, cursor = [], 0
    for a in done:
        if a.start > cursor:
            released.append((cursor, a.start))
        cursor = max(cursor, a.end)
    if cursor < len(text):
        released.append((cursor, len(text)))
    names = [(a.start, a.end) for a in done if a.kind == "redact" and a.entity_type == "PERSON"]
    skip = [(f.start, f.end) for f in document.fields_named(*net.no_name_fields)]
    shift = [(a.end, a.version_end - a.end) for a in done if a.version_end is not None]
    head = (done[0].version_start - done[0].start) if done and done[0].version_start is not None else 0
    out = []
    for found in net.scan_document(document, released, names, skip):  # on the normalised view
        before = [d for end, d in shift if end <= found.start]
        delta = before[-1] if before else head
        out.append(Action(kind="possible_name", start=found.start, end=found.end, entity_type="PERSON",
                          reason=f"possible name left in the released text at {at}: {found.why}",
                          rule=f"{level.name}.residual_names", paragraph=_paragraph(document, found.start),
                          recognizer="ResidualNameNet", version_start=found.start + delta,
                          version_end=found.end + delta))
    return out


def _paragraph(document: Document, offset: int) -> int | None:
    portion: Portion | None = document.portion_at(offset)
    return portion.number if portion is not None else None


def newline_of(text: str) -> str:
    """The line end a text uses: CRLF when most of its lines end so (CRLF in, CRLF out)."""
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf * 2 >= text.count("\n") else "\n"


def _frame(document: Document, level: LevelPolicy, banner: str, has_banner_fields: bool, text: str):
    """The text above and below the document (see the module docstring for the layout)."""
    portions = document.portions
    first = min((p.start for p in portions), default=len(text))
    last = max((p.end for p in portions), default=0)
    banners = document.fields_named("banner")
    need_top = not has_banner_fields or not any(f.end <= first for f in banners)
    need_bottom = not has_banner_fields or not any(f.start >= last for f in banners)
    nl = newline_of(text)
    newline = "" if (not text or text.endswith("\n")) else nl
    bottom = f"{newline}{nl}{banner}{nl}" if need_bottom else ""

    def top(stamp: str) -> str:
        # the stamp is always the first line, directly above the top banner (added or the
        # document's own), for cables and memos alike
        stamp_line = f"{stamp}{nl}" if level.stamp else ""
        return stamp_line + (f"{banner}{nl}{nl}" if need_top else "")

    return top, bottom
