"""Releasability levels (`rules/levels.yaml`) and the per-portion decisions they make.

A level says which portions its audience may see (a classification ceiling, the
controlled-unclassified designations it accepts, dissemination constraints for foreign
partners, other controls it withholds), how unmarked and doubtful portions are treated
(fail closed by default), which entity types are redacted in what it releases and how, and
what its version looks like (handling lines, caveats, banner, release stamp).

`decide` is pure: the same document and level always give the same decisions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Sequence

from .config import Rules, RuleSet, RulesError, as_rules
from .document import Document, Portion
from .markings import Grammar, Marking
from .records import Record

LEVELS_FILE = "levels"


class PolicyError(RulesError):
    """A level that does not exist, or a level used without what it needs (a partner code)."""


# Validated records of `rules/levels.yaml` (`records.Record`): their schema, with every key and
# check, is in `rules_schema`.
class EntityRule(Record):
    """How one entity type is redacted in released text: exemption, style, min_score."""


class DenyTerm(Record):
    """A term always redacted in released text, whether or not a recognizer found it."""


class SuggestRule(Record):
    """When to suggest an exemption for a portion a reviewer must look at."""


class ReviewPolicy(Record):
    """What a draft level leaves to a human reviewer (`review:` in levels.yaml)."""


class LevelPolicy(Record):
    """One releasability level, its YAML merged over the file's `defaults:` and the schema's
    defaults (which fail closed), checked against the marking vocabulary."""

    _ranks: dict[str, int]
    _source: str

    @property
    def ceiling_rank(self) -> int:
        return self._ranks.get(self.ceiling, 0)

    def entity_rule(self, entity_type: str) -> EntityRule | None:
        rule: EntityRule | None = self.entities.get(entity_type)
        return rule


@dataclass(frozen=True)
class PortionDecision:
    """Whether one portion is released at one level, and why. `label` is the short reason the
    placeholder shows (`SBU`, `CONFIDENTIAL`, `NOFORN`...); `review` is True when the
    withholding has no FOIA exemption yet and a reviewer must assign one (or release)."""

    portion: Portion
    withheld: bool
    reason: str
    rule: str
    exemption: str | None
    label: str = ""
    review: bool = False
    marking: Marking | None = None
    designation: str = ""  # the handling designation a released portion is flagged for


def withhold_unchecked(decisions: list[PortionDecision], level: LevelPolicy) -> list[PortionDecision]:
    """With NER off, a level that must redact names cannot check released portions for them:
    fail closed and withhold those portions too, saying why (`without_ner: withhold`)."""
    needs = [t for t in level.ner_entity_types if t in level.entities]
    if level.without_ner != "withhold" or not needs:
        return decisions
    return [d if d.withheld else replace(
        d, withheld=True, exemption=None, review=True, label="NER off, names not checked",
        reason=f"NER is off, so {', '.join(needs)} could not be looked for in this portion; "
               f"withheld until it is checked (install sbu_redact[ner])",
        rule=f"{level.name}.without_ner") for d in decisions]


class Policy:
    """All levels of a rules directory, checked against its marking vocabulary."""

    def __init__(self, levels: dict[str, LevelPolicy], path: str, grammar: Grammar):
        self.levels = levels
        self.path = path
        self.grammar = grammar

    @classmethod
    def from_rules(cls, rules: Rules | str | None = None) -> "Policy":
        rules = as_rules(rules)
        grammar = rules.grammar
        # validated once per rules fingerprint: a later process takes the levels from the rules
        # cache, without pydantic
        levels = rules.derived("levels", dict, lambda: _validated_levels(rules))
        if not all(type(level) is LevelPolicy for level in levels.values()):  # pragma: no cover - cache guard
            levels = _validated_levels(rules)
        return cls(levels, str(rules.path(LEVELS_FILE)), grammar)

    def names(self) -> list[str]:
        return sorted(self.levels)

    def level(self, name: str, partner: str | None = None) -> LevelPolicy:
        """The level called `name`. A partner level needs a partner country code (trigraph
        or tetragraph from the marking vocabulary)."""
        key = name.strip().lower()
        if key not in self.levels:
            raise PolicyError(f"unknown level '{name}' (available levels: {', '.join(self.names())}; "
                              f"they are defined in {Path(self.path).name})")
        level = self.levels[key]
        if level.partner:
            if not partner:
                raise PolicyError(f"level '{key}' needs a partner country code (e.g. --partner GBR)")
            normalize_partner(partner, self.grammar, self.path)
        return level


def _validated_levels(rules: RuleSet) -> dict[str, LevelPolicy]:
    """The levels of `levels.yaml`, checked against its strict schema and the marking
    vocabulary (RulesError naming the file and key otherwise), each merged over the file's
    `defaults:`, as records."""
    from .records import from_model
    from .rules_schema import RECORDS, LevelsFile

    parsed = rules.validate(LEVELS_FILE, LevelsFile)
    grammar = rules.grammar
    path = str(rules.path(LEVELS_FILE))
    levels: dict[str, LevelPolicy] = {}
    defaults = parsed.defaults
    for name, level in parsed.levels.items():
        if not re.fullmatch(r"[a-z][a-z0-9_-]*", name):
            raise RulesError(f"{path}: key 'levels.{name}': level names are lower-case words")
        update = {key: getattr(level, key) for key in level.model_fields_set}
        update["name"] = name
        merged = defaults.model_copy(update=update)
        _check_vocabulary(path, f"levels.{name}", merged, grammar)
        canonical = grammar.vocabulary.canonical_name
        merged = merged.model_copy(update={
            "withhold_controls": [canonical(c) for c in merged.withhold_controls],
            "release_controls": merged.release_controls if merged.release_controls == "all"
            else [canonical(c) for c in merged.release_controls]})
        levels[name] = from_model(merged, RECORDS, _ranks=dict(grammar.ranks), _source=path)
    _check_vocabulary(path, "defaults", defaults, grammar)
    return levels


def normalize_partner(partner: str, grammar: Grammar, path: str = LEVELS_FILE) -> str:
    code = partner.strip().upper()
    if code not in grammar.country_codes:
        raise PolicyError(f"partner '{partner}' is not a country trigraph or tetragraph "
                          f"known to the marking vocabulary (e.g. GBR, CAN, FRA)")
    return code


def _check_vocabulary(path: str, where: str, level: Any, grammar: Grammar) -> None:
    """`level` (the schema's model, before it becomes a record) names only what the vocabulary knows."""
    def fail(key: str, message: str) -> None:
        raise RulesError(f"{path}: key '{where}.{key}': {message}")

    if level.ceiling not in grammar.ranks:
        fail("ceiling", f"unknown classification level '{level.ceiling}' "
                        f"(expected one of: {', '.join(grammar.ranks)})")
    known_designations = set(grammar.vocabulary.designations)
    for i, designation in enumerate(level.designations):
        if designation not in known_designations:
            fail(f"designations.{i}", f"unknown designation '{designation}' "
                                      f"(expected one of: {', '.join(sorted(known_designations))})")
    if level.cui_categories != "all":
        for i, category in enumerate(level.cui_categories):
            if category not in grammar.vocabulary.cui_categories:
                fail(f"cui_categories.{i}", f"unknown CUI category '{category}'")
    controls = grammar.vocabulary.rule_names()
    for i, control in enumerate(level.withhold_controls):
        if grammar.vocabulary.canonical_name(control) not in controls:
            fail(f"withhold_controls.{i}", f"unknown control '{control}' (expected a token of the marking "
                                           f"register: a dissemination control, SCI system, caption...)")
    if level.release_controls != "all":
        for i, control in enumerate(level.release_controls):
            if grammar.vocabulary.canonical_name(control) not in controls:
                fail(f"release_controls.{i}", f"unknown control '{control}' (expected a token of the marking "
                                              f"register: a dissemination control, caption...)")
    for group, members in level.rel_to_groups.items():
        if group not in grammar.vocabulary.tetragraphs:
            fail(f"rel_to_groups.{group}", f"'{group}' is not a tetragraph of the marking vocabulary")
        for i, member in enumerate(members):
            if member not in grammar.vocabulary.countries:
                fail(f"rel_to_groups.{group}.{i}", f"unknown country trigraph '{member}'")
    if level.review is not None:
        for i, designation in enumerate(level.review.designations):
            if designation not in known_designations:
                fail(f"review.designations.{i}", f"unknown designation '{designation}'")
        for i, rule in enumerate(level.review.suggest):
            for j, designation in enumerate(rule.designations):
                if designation not in known_designations:
                    fail(f"review.suggest.{i}.designations.{j}", f"unknown designation '{designation}'")
            if not (rule.designations or rule.entity_types or rule.phrases):
                fail(f"review.suggest.{i}", "a suggestion needs designations, entity_types or phrases")
    for field_name, entity_type in level.field_entities.items():
        if entity_type not in level.entities:
            fail(f"field_entities.{field_name}", f"entity type '{entity_type}' has no rule in 'entities'")


# ---------------------------------------------------------------- decisions
def overall_marking(document: Document) -> Marking | None:
    """The marking an unmarked portion takes, as the reader worked it out (the declared
    marking raised to the portions' roll-up); None when there is no valid one (fail closed)."""
    inherited = document.inherited
    return inherited if inherited is not None and inherited.valid else None


def _at(level: LevelPolicy, partner: str | None) -> str:
    return f"{level.name} ({partner})" if level.partner and partner else level.name


def _review_note(what: str) -> str:
    return (f"{what} is a handling designation, not a FOIA exemption: a reviewer must assign an "
            f"exemption or release it")


def decide(document: Document, level: LevelPolicy, partner: str | None = None) -> list[PortionDecision]:
    """One decision per portion of `document`, in document order."""
    code = partner.strip().upper() if (partner and level.partner) else None
    if level.partner and not code:
        raise PolicyError(f"{level._source or LEVELS_FILE}: key 'levels.{level.name}.partner': "
                          f"level '{level.name}' needs a partner country code")
    overall = overall_marking(document)
    doc_captions = document.classification.captions if document.classification else ()
    return [_seen_in_text(_decide_portion(p, level, code, overall, doc_captions)) for p in document.portions]


def _seen_in_text(decision: PortionDecision) -> PortionDecision:
    """A portion withheld because of marking vocabulary the reader's backstop found in its text
    (MARKING_IN_TEXT) is listed for review, and its reason says what was seen."""
    marking = decision.portion.marking
    if not decision.withheld or marking is None or not marking.problems:
        return decision
    seen = [p.message for p in marking.problems if p.code == "MARKING_IN_TEXT"]
    if not seen:
        return decision
    return replace(decision, review=True, reason=f"{decision.reason} ({'; '.join(seen)})")


def _decide_portion(portion: Portion, level: LevelPolicy, partner: str | None,
                    overall: Marking | None, doc_captions: tuple[str, ...]) -> PortionDecision:
    name, at = level.name, _at(level, partner)

    def withhold(label: str, reason: str, rule: str, exemption: str | None, review: bool,
                 marking: Marking | None) -> PortionDecision:
        return PortionDecision(portion, True, reason, f"{name}.{rule}", exemption, label, review, marking)

    source = "marked"
    if not portion.explicit:
        if level.unmarked == "withhold":
            return withhold("unmarked", f"unmarked portion; level {at} withholds unmarked portions",
                            "unmarked", None, True, None)
        # the reader gave the portion the overall marking, raised by any mark embedded in it
        if overall is None or portion.marking is None or not portion.marking.valid:
            return withhold("unmarked", "unmarked portion and the document has no valid overall marking "
                            "to take (fail closed)", "unmarked", None, True, None)
        marking, source = portion.marking, "unmarked, takes the document's overall marking"
    elif portion.doubtful:
        # The mark's own text is not quoted: a "mark" that cannot be read may be a name.
        codes = ", ".join(dict.fromkeys(p.code for p in portion.marking.problems)) if portion.marking else ""
        problems = codes or "no marking"
        if level.doubtful == "withhold" or overall is None:
            return withhold("doubtful marking", f"doubtful portion marking ({problems}); withheld "
                            f"until a reviewer confirms the marking", "doubtful", None, True, portion.marking)
        marking, source = overall, f"doubtful marking ({problems}), takes the document's overall marking"
    else:
        assert portion.marking is not None
        marking = portion.marking
    inherited = source != "marked"
    shown = marking.banner()
    prefix = f"{source}: {shown}" if inherited else shown

    if marking.rank > level.ceiling_rank:
        label = f"unmarked, taken as {marking.level}" if inherited else str(marking.level)
        return withhold(label, f"{prefix} portion is above the {level.ceiling} ceiling of level {at}",
                        "ceiling", level.classified_exemption, inherited, marking)
    exemption = level.classified_exemption if marking.rank > 0 else None
    refused = [d for d in marking.designations if d not in level.designations]
    if refused:
        what = "/".join(refused)
        label = f"unmarked, taken as {what}" if inherited else what
        return withhold(label, f"{prefix} portion: level {at} does not accept {what}; "
                        + _review_note(what), "designations", exemption, True, marking)
    if level.cui_categories != "all":
        refused = [c for c in marking.cui_categories if c not in level.cui_categories]
        if refused:
            what = "CUI//" + "/".join(refused)
            return withhold(what, f"{prefix} portion: level {at} does not accept {what}; "
                            + _review_note(what), "cui_categories", exemption, True, marking)
    if level.partner and partner:
        if marking.noforn or "NOFORN" in doc_captions:  # a cable's NOFORN caption covers every portion
            return withhold("NOFORN", f"{prefix} portion is not releasable to foreign nationals "
                            f"({partner})", "partner.noforn", exemption, False, marking)
        if marking.rel_to and not _released_to(partner, marking.rel_to, level.rel_to_groups):
            rel = "REL TO " + ", ".join(marking.rel_to)
            return withhold(rel, f"{prefix} portion is releasable only to {', '.join(marking.rel_to)}, "
                            f"not to {partner}", "partner.rel_to", exemption, False, marking)
        if "DISPLAY ONLY" in marking.dissem and not _released_to(partner, marking.display_only, level.rel_to_groups):
            shown_to = ", ".join(marking.display_only) or "countries not stated"
            return withhold("DISPLAY ONLY", f"{prefix} portion may be displayed only to {shown_to}, "
                            f"not to {partner}", "partner.display_only", exemption, False, marking)
    if level.withhold_rel_to and marking.rel_to:
        rel = "REL TO " + ", ".join(marking.rel_to)
        return withhold(rel, f"{prefix} portion is releasable only to {', '.join(marking.rel_to)}; "
                        f"level {at} withholds foreign-disclosure-controlled portions",
                        "withhold_rel_to", exemption, marking.rank == 0, marking)
    if level.partner and partner:
        owner = _foreign_release(marking, partner, level)
        if owner:
            return withhold(owner, f"{prefix} portion is {owner} information not released to {partner}",
                            "partner.owner", exemption, False, marking)
    categories = [c for c in level.withhold_categories if c in marking_categories(marking)]
    if categories:
        what = "/".join(c.upper() for c in categories)
        return withhold(what, f"{prefix} portion carries {what} information, which level {at} withholds",
                        "withhold_categories", exemption, marking.rank == 0, marking)
    present = {*marking.names(), *doc_captions}
    blocked = [c for c in level.withhold_controls if c in present] or not_released_controls(marking, level, doc_captions)
    if blocked:
        what = "/".join(blocked)
        return withhold(what, f"{prefix} portion carries {what}, which level {at} withholds",
                        "withhold_controls", exemption, True, marking)
    flagged = [d for d in marking.designations if level.review is not None and d in level.review.designations]
    if flagged:
        what = "/".join(flagged)
        return PortionDecision(portion, False, f"{prefix} portion is released at {at} for review: {what} "
                               f"is a handling designation, not a FOIA exemption; a reviewer decides "
                               f"what of it to release", f"{name}.review", None, "", True, marking,
                               designation=what)
    return PortionDecision(portion, False, f"{prefix} portion is releasable at {at}", f"{name}.release",
                           None, "", False, marking)


def not_released_controls(marking: Marking, level: LevelPolicy, doc_captions: tuple[str, ...] = ()) -> list[str]:
    """The dissemination controls, non-IC controls and captions of `marking` (and the document's
    captions, which cover every portion) that a level with a `release_controls` list does not
    name: fail closed, DSEN, SSI or a caption new to the rules are withheld unless listed. A
    caption that states a designation (SENSITIVE: SBU) is judged as that designation."""
    if level.release_controls == "all":
        return []
    stated = marking.grammar.vocabulary.caption_designations if marking.grammar is not None else {}
    carried = [*marking.dissem, *("ACCM" if c.startswith("ACCM-") else c for c in marking.non_ic),
               *(c for c in (*marking.captions, *doc_captions) if c not in stated),
               *(["REL TO"] if marking.rel_to else [])]
    return [c for c in dict.fromkeys(carried) if c not in level.release_controls]


def marking_categories(marking: Marking) -> set[str]:
    """The register categories a level may withhold as a whole that `marking` carries."""
    found = {name for name, values in (("sci", marking.sci), ("sap", marking.sap), ("aea", marking.aea)) if values}
    owner = marking.foreign.owner if marking.foreign is not None else None
    if owner == "NATO" or "NATO" in marking.fgi:
        found.add("nato")
    if owner == "JOINT":
        found.add("joint")
    if [f for f in marking.fgi if f != "NATO"] or owner not in (None, "NATO", "JOINT"):
        found.add("fgi")
    return found


def _foreign_release(marking: Marking, partner: str, level: LevelPolicy) -> str:
    """At a partner level, NATO and JOINT portions (which a partner level need not withhold
    as a category) follow their release list: the partner must be a co-owner, a NATO member
    or on the portion's REL TO list. Returns what refuses the portion ('' when released)."""
    foreign = marking.foreign
    if foreign is None or marking.rel_to:
        return ""  # REL TO was judged above
    if foreign.owner == "JOINT" and partner not in foreign.owners:
        return "JOINT " + " ".join(foreign.owners)
    if foreign.owner == "NATO" and not _released_to(partner, ("NATO",), level.rel_to_groups):
        return "NATO"
    return ""


def _released_to(partner: str, rel_to: tuple[str, ...], groups: dict[str, list[str]]) -> bool:
    if partner in rel_to:
        return True
    return any(partner in groups.get(code, ()) for code in rel_to)


def spans_to_analyze(document: Document, levels: list[tuple[LevelPolicy, str | None]],
                     decisions: Sequence[Sequence[PortionDecision]] | None = None) -> list[tuple[int, int]]:
    """The parts of the text that at least one requested level releases: everything except
    the portions that every requested level withholds (NER never runs on those).
    `decisions[k]`, when given, is `decide(document, *levels[k])` (made once by the caller).

    Each portion, and each stretch of text between portions, is its own span, so what NER
    finds in a portion does not depend on which other levels were requested with it."""
    length = len(document.text)
    withheld_by_all: set[int] | None = None
    for k, (level, partner) in enumerate(levels):
        decided = decisions[k] if decisions is not None else decide(document, level, partner)
        withheld = {i for i, d in enumerate(decided) if d.withheld}
        withheld_by_all = withheld if withheld_by_all is None else withheld_by_all & withheld
    spans: list[tuple[int, int]] = []
    cursor = 0
    for index, portion in sorted(enumerate(document.portions), key=lambda item: item[1].start):
        if portion.start > cursor:
            spans.append((cursor, portion.start))
        if index not in (withheld_by_all or set()) and portion.end > portion.start:
            spans.append((portion.start, portion.end))
        cursor = max(cursor, portion.end)
    if cursor < length:
        spans.append((cursor, length))
    return [(start, end) for start, end in spans if document.text[start:end].strip()]
