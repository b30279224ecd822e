"""Levels from rules/levels.yaml: validation errors that name file and key, and decisions."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sbu_redact.config import Rules, RulesError, default_rules_dir
from sbu_redact.policy import Policy, PolicyError, decide, spans_to_analyze
from sbu_redact.reader import read


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.from_rules(Rules())


def rules_with(tmp_path: Path, levels_yaml: str) -> Rules:
    """A copy of the default rules directory whose levels.yaml is replaced."""
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    (target / "levels.yaml").write_text(levels_yaml, encoding="utf-8")
    return Rules(target)


# ---------------------------------------------------------------- loading and errors
def test_default_levels(policy):
    assert policy.names() == ["foia", "partner", "public", "usg"]
    public = policy.level("public")
    assert public.stamp and public.banner == "UNCLASSIFIED"
    assert public.handling_lines == "remove" and public.caveats == "remove"
    for entity in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "US_PASSPORT", "CREDIT_CARD",
                   "IP_ADDRESS", "IBAN_CODE"):
        assert public.entities[entity].exemption == "(b)(6)"
    usg = policy.level("usg")
    assert usg.entities == {} and not usg.stamp and usg.banner == "auto"
    assert set(usg.designations) == {"SBU", "FOUO", "LES", "LOU", "CUI"}
    assert "CABLE_REFERENCE" not in public.entities and "OFFICE_SYMBOL" not in public.entities


def test_defaults_section_applies_to_levels(policy):
    for name in policy.names():
        level = policy.level(name, partner="GBR")
        assert level.unmarked == "inherit" and level.doubtful == "withhold"
        assert "GBR" in level.rel_to_groups["FVEY"]


def test_unknown_level_names_the_level_and_the_available_ones(policy):
    with pytest.raises(PolicyError) as info:
        policy.level("secret-squirrel")
    message = str(info.value)
    assert "'secret-squirrel'" in message and "foia, partner, public, usg" in message
    assert "/" not in message  # no path inside site-packages, only the file's name
    assert "levels.yaml" in message
    assert isinstance(info.value, RulesError)


def test_partner_level_needs_a_country(policy):
    with pytest.raises(PolicyError, match=r"level 'partner' needs a partner country code"):
        policy.level("partner")
    with pytest.raises(PolicyError, match="XYZ"):
        policy.level("partner", partner="XYZ")
    assert policy.level("partner", partner="gbr").partner


def test_unknown_key_is_an_error(tmp_path):
    rules = rules_with(tmp_path, "levels:\n  usg:\n    ceiling: UNCLASSIFIED\n    redact_everything: true\n")
    with pytest.raises(RulesError) as info:
        Policy.from_rules(rules)
    message = str(info.value)
    assert "levels.yaml" in message and "levels.usg.redact_everything" in message
    assert "Extra inputs are not permitted" in message


@pytest.mark.parametrize("yaml_text,expected", [
    ("levels:\n  public:\n    entities:\n      PERSON: {exemption: b6}\n",
     r"levels\.yaml: key 'levels\.public\.entities\.PERSON\.exemption'"),
    ("levels:\n  public:\n    stamp: sometimes\n", r"key 'levels\.public\.stamp'"),
    ("levels:\n  usg:\n    ceiling: SECERT\n",
     r"key 'levels\.usg\.ceiling': unknown classification level 'SECERT'"),
    ("levels:\n  usg:\n    designations: [SBU, SUB]\n",
     r"key 'levels\.usg\.designations\.1': unknown designation 'SUB'"),
    ("levels:\n  usg:\n    withhold_controls: [ORKON]\n", r"levels\.usg\.withhold_controls\.0"),
    ("defaults:\n  unmarked: release\nlevels:\n  usg: {}\n", r"key 'defaults\.unmarked'"),
])
def test_invalid_values_name_file_and_key(tmp_path, yaml_text, expected):
    with pytest.raises(RulesError, match=expected):
        Policy.from_rules(rules_with(tmp_path, yaml_text))


def test_malformed_yaml(tmp_path):
    rules = rules_with(tmp_path, "levels:\n  usg: [unclosed\n    ceiling: SECRET\n")
    with pytest.raises(RulesError) as info:
        Policy.from_rules(rules)
    assert "levels.yaml" in str(info.value) and "malformed YAML" in str(info.value)


def test_empty_and_missing_levels(tmp_path):
    rules = rules_with(tmp_path, "levels: {}\n")
    with pytest.raises(RulesError, match=r"key 'levels'"):
        Policy.from_rules(rules)
    rules = rules_with(tmp_path / "2", "defaults: {}\n")
    with pytest.raises(RulesError, match=r"key 'levels'"):
        Policy.from_rules(rules)


# ---------------------------------------------------------------- decisions
MIXED = """C O N F I D E N T I A L BAGHDAD 000042

E.O. 12958: DECL: 01/01/2018
TAGS: PGOV IZ
SUBJECT: (U) TEST

1. (C) CLASSIFIED PARAGRAPH ABOUT THE GOVERNOR.

2. (SBU) SENSITIVE PARAGRAPH ABOUT THE PORT.

3. (U) UNCLASSIFIED PARAGRAPH ABOUT THE WEATHER.

4. UNMARKED PARAGRAPH ABOUT THE ELECTIONS.

5. (S//NF) SECRET NOFORN PARAGRAPH.

6. (U//REL TO USA, GBR) RELEASABLE TO THE BRITISH.

7. (U//REL TO USA, FVEY) RELEASABLE TO THE FIVE EYES.

8. (U//NF//ND) NO DISTRIBUTION OUTSIDE THE ADDRESSEES.

9. (XYZ) DOUBTFUL MARK.

SMITH
"""


def withheld_numbers(decisions):
    return [d.portion.number for d in decisions if d.withheld and d.portion.number]


def test_decisions_per_level(policy):
    doc = read(MIXED)
    assert [p.number for p in doc.portions if p.number] == list(range(1, 10))
    assert withheld_numbers(decide(doc, policy.level("usg"))) == [1, 4, 5, 8, 9]
    assert withheld_numbers(decide(doc, policy.level("public"))) == [1, 2, 4, 5, 6, 7, 8, 9]
    partner = policy.level("partner", "GBR")
    assert withheld_numbers(decide(doc, partner, "GBR")) == [1, 4, 5, 8, 9]
    assert withheld_numbers(decide(doc, partner, "FRA")) == [1, 4, 5, 6, 7, 8, 9]


def test_decision_reasons_and_exemptions(policy):
    doc = read(MIXED)
    by_number = {d.portion.number: d for d in decide(doc, policy.level("public"))}
    classified = by_number[1]
    assert classified.exemption == "(b)(1)" and classified.label == "CONFIDENTIAL" and not classified.review
    assert classified.rule == "public.ceiling"
    sbu = by_number[2]
    assert sbu.exemption is None and sbu.review and sbu.label == "SBU"
    assert "not a FOIA exemption" in sbu.reason and "reviewer" in sbu.reason
    unmarked = by_number[4]
    # the cable line says CONFIDENTIAL but a portion is SECRET: an unmarked portion takes the higher
    assert unmarked.label == "unmarked, taken as SECRET" and unmarked.review
    doubtful = by_number[9]
    # the unreadable mark's own text is never quoted (it may be a name), its problem code is
    assert doubtful.rule == "public.doubtful" and "UNREADABLE" in doubtful.reason and "XYZ" not in doubtful.reason
    assert not by_number[3].withheld and by_number[3].rule == "public.release"
    fra = {d.portion.number: d for d in decide(doc, policy.level("partner", "FRA"), "FRA")}
    assert fra[6].rule == "partner.partner.rel_to" and "not to FRA" in fra[6].reason
    assert fra[5].rule == "partner.ceiling"
    assert by_number[6].rule == "public.withhold_rel_to" and by_number[8].rule == "public.withhold_controls"


def test_unmarked_takes_document_marking_with_sensitive_caption(policy, seed_text):
    doc = read(seed_text)
    subject = [p for p in doc.portions if p.kind == "subject"][0]
    decision = [d for d in decide(doc, policy.level("public")) if d.portion == subject][0]
    assert decision.withheld and "SBU" in decision.label
    assert not [d for d in decide(doc, policy.level("usg")) if d.withheld]


def test_decide_is_pure(policy):
    doc = read(MIXED)
    assert decide(doc, policy.level("public")) == decide(doc, policy.level("public"))


def test_spans_to_analyze_skips_portions_every_level_withholds(policy):
    doc = read(MIXED)
    by_number = {p.number: p for p in doc.portions if p.number}
    levels = [(policy.level("public"), None), (policy.level("partner", "FRA"), "FRA")]
    spans = spans_to_analyze(doc, levels)
    covered = lambda p: any(s <= p.start and p.end <= e for s, e in spans)  # noqa: E731
    touched = lambda p: any(s < p.end and p.start < e for s, e in spans)  # noqa: E731
    assert covered(by_number[3]) and covered(by_number[2])  # partner releases SBU
    for n in (1, 4, 5, 6, 7, 8, 9):
        assert not touched(by_number[n]), n
    assert spans[0][0] == 0 and spans[-1][1] == len(doc.text)  # header and signature analyzed
    only_public = spans_to_analyze(doc, [(policy.level("public"), None)])
    assert not any(s < by_number[2].end and by_number[2].start < e for s, e in only_public)
