"""Levels decide on the register's categories as data (rules/levels.yaml `withhold_categories`):
SCI, SAP, atomic energy, FGI, NATO and JOINT portions are withheld unless a level says
otherwise; UCNI is released to the US Government only; at a partner level NATO and JOINT
portions follow their release list."""
from __future__ import annotations

import shutil

import pytest

from sbu_redact.config import Rules, default_rules_dir
from sbu_redact.policy import Policy, decide
from sbu_redact.reader import read

MEMO = """UNCLASSIFIED//DOD UCNI//FGI CAN GBR NATO

1. (U) Plain text.

2. (U//DCNI) Controlled nuclear information.

3. (//NU) NATO unclassified text.

4. (//JOINT U CAN USA) Jointly owned text.

5. (//GBR U) British government text.

6. (U//SSI) Security-sensitive text.

UNCLASSIFIED//DOD UCNI//FGI CAN GBR NATO
"""


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.from_rules(Rules())


def withheld(policy: Policy, level: str, partner: str | None = None) -> dict[int, str]:
    doc = read(MEMO)
    return {d.portion.number: d.rule.split(".", 1)[1] for d in decide(doc, policy.level(level, partner), partner)
            if d.withheld and d.portion.number}


def test_every_portion_is_read_as_marked() -> None:
    doc = read(MEMO)
    assert [p.marking.portion_mark() for p in doc.portions if p.number] == \
        ["(U)", "(U//DCNI)", "(//NU)", "(//JOINT U CAN USA)", "(//GBR U)", "(U//SSI)"]
    assert all(not p.doubtful for p in doc.portions if p.number)


@pytest.mark.parametrize("level,partner,expected", [
    # usg: UCNI released; FGI, NATO and JOINT withheld as categories
    ("usg", None, {3: "withhold_categories", 4: "withhold_categories", 5: "withhold_categories"}),
    # partner: UCNI withheld (atomic energy); NATO to a member, JOINT to a co-owner; FGI withheld
    ("partner", "GBR", {2: "withhold_categories", 4: "partner.owner", 5: "withhold_categories"}),
    ("partner", "CAN", {2: "withhold_categories", 5: "withhold_categories"}),
    ("partner", "AUS", {2: "withhold_categories", 3: "partner.owner", 4: "partner.owner",
                        5: "withhold_categories"}),
    # public: every category withheld, and SSI (a control public does not list in release_controls)
    ("public", None, {2: "withhold_categories", 3: "withhold_categories", 4: "withhold_categories",
                      5: "withhold_categories", 6: "withhold_controls"}),
])
def test_levels_decide_on_the_new_categories(policy, level, partner, expected) -> None:
    assert withheld(policy, level, partner) == expected


def test_a_level_releases_a_category_only_when_it_says_so(tmp_path) -> None:
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    (target / "levels.yaml").write_text(
        "levels:\n  cleared:\n    ceiling: TOP SECRET\n    withhold_categories: []\n"
        "  default:\n    ceiling: TOP SECRET\n", encoding="utf-8")
    policy = Policy.from_rules(Rules(target))
    doc = read("TOP SECRET//SI//SAR-BP//NOFORN\n\n1. (TS//SI//NF) Signals.\n\n2. (S//SAR-BP) Program.\n\n"
               "TOP SECRET//SI//SAR-BP//NOFORN\n")
    cleared = [d.withheld for d in decide(doc, policy.level("cleared")) if d.portion.number]
    default = [(d.withheld, d.label) for d in decide(doc, policy.level("default")) if d.portion.number]
    assert cleared == [False, False]
    assert default == [(True, "SCI"), (True, "SAP")]


def test_withhold_controls_accept_any_spelling_of_a_register_token(tmp_path) -> None:
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    (target / "levels.yaml").write_text(
        "levels:\n  usg2:\n    withhold_controls: [DCNI]\n    withhold_categories: []\n", encoding="utf-8")
    level = Policy.from_rules(Rules(target)).level("usg2")
    assert level.withhold_controls == ["DOD UCNI"]
    rules = {d.portion.number: d.rule for d in decide(read(MEMO), level) if d.withheld}
    assert rules == {2: "usg2.withhold_controls"}


def test_noforn_meant_by_a_non_ic_control_is_withheld_from_a_partner(policy) -> None:
    doc = read("UNCLASSIFIED//LES NOFORN\n\n1. (U//LES-NF) Operation details.\n\n2. (U//SBU-NF) Visa case.\n\n"
               "3. (U) Plain.\n\nUNCLASSIFIED//LES NOFORN\n")
    rules = {d.portion.number: d.rule for d in decide(doc, policy.level("partner", "GBR"), "GBR") if d.withheld}
    assert rules == {1: "partner.partner.noforn", 2: "partner.partner.noforn"}
    assert {d.portion.number for d in decide(doc, policy.level("public")) if d.withheld} == {1, 2}
