"""Mechanisms found by the round-7 adversarial corpus (issue 8). Each group of tests is named
after what it checks: a level that lists the only controls it releases (public: DSEN, SSI...
fail closed), DISPLAY ONLY at a partner level, a JSON record whose marking sits in a nested
security object, and a CSV `Sensitivity` column whose cells read `SBU NOFORN`."""
from __future__ import annotations

import shutil

import pytest

import sbu_redact
from sbu_redact.config import Rules, RulesError, default_rules_dir
from sbu_redact.policy import Policy, decide
from sbu_redact.reader import read


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.from_rules(Rules())


def released_text(doc, policy: Policy, level: str, partner: str | None = None) -> str:
    """The text of the portions a level releases (joined)."""
    decisions = decide(doc, policy.level(level, partner), partner)
    return "\n".join(doc.text[d.portion.start:d.portion.end] for d in decisions if not d.withheld)


# ---------------------------------------------------------------- public: release_controls
DEA_MEMO = """UNCLASSIFIED//FOR OFFICIAL USE ONLY

SUBJECT: (U) Quarterly summary

(U) Seizures in the third quarter totaled 14 tons.

(U//DSEN) A source reports that the crews refuel at a private marina.

(U//SSI) Screening of private aircraft will move to the new terminal.

(U//LES) The division will request an intercept on two phones.

(U) The partners will meet in Bridgetown in January.

UNCLASSIFIED//FOR OFFICIAL USE ONLY
"""


def test_release_controls_public_withholds_every_control_it_does_not_list(policy):
    doc = read(DEA_MEMO)
    public = released_text(doc, policy, "public")
    for phrase in ("refuel at a private marina", "Screening of private aircraft", "intercept on two phones"):
        assert phrase not in public
    assert "Seizures in the third quarter" in public and "meet in Bridgetown" in public
    rules = {d.portion.marking.portion_mark(): d.rule for d in decide(doc, policy.level("public")) if d.withheld
             and d.portion.explicit}
    assert rules["(U//DSEN)"] == rules["(U//SSI)"] == "public.withhold_controls"
    # usg accepts them: they are handling controls of US Government information
    usg = released_text(doc, policy, "usg")
    assert "refuel at a private marina" in usg and "Screening of private aircraft" in usg


def test_release_controls_keeps_sipdis_cables_releasable_at_public(policy):
    cable = ("UNCLAS SECTION 01 OF 01 ROME 000123\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL IT\n"
             "SUBJECT: (U) A PLAIN CABLE\n\n1. (U) The minister opened the new port terminal.\n")
    assert "opened the new port terminal" in released_text(read(cable), policy, "public")


def test_release_controls_a_sensitive_caption_is_judged_as_sbu(policy):
    cable = ("UNCLAS SECTION 01 OF 01 ROME 000124\n\nSENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL IT\n"
             "SUBJECT: (U) A SENSITIVE CABLE\n\n1. (U) The minister opened the new port terminal.\n\n"
             "2. (SBU) The minister's aide asked for a visa for his son.\n")
    public = released_text(read(cable), policy, "public")
    assert "opened the new port terminal" in public and "visa for his son" not in public


def test_release_controls_default_all_and_validated(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    levels = target / "levels.yaml"
    text = levels.read_text(encoding="utf-8")
    assert Policy.from_rules(Rules(target)).level("usg").release_controls == "all"
    levels.write_text(text.replace("release_controls: [SIPDIS]", "release_controls: [SIPDIS, ZORBDIS]", 1),
                      encoding="utf-8")
    with pytest.raises(RulesError, match=r"release_controls\.1"):
        Policy.from_rules(Rules(target))
    # spellings are canonical names: DSEN is DEA SENSITIVE
    levels.write_text(text.replace("release_controls: [SIPDIS]", "release_controls: [SIPDIS, DSEN]", 1),
                      encoding="utf-8")
    public = Policy.from_rules(Rules(target)).level("public")
    assert public.release_controls == ["SIPDIS", "DEA SENSITIVE"]
    doc = read(DEA_MEMO, Rules(target))
    released = {d.portion.marking.portion_mark() for d in decide(doc, public) if not d.withheld}
    assert "(U//DSEN)" in released and "(U//SSI)" not in released


# ---------------------------------------------------------------- partner: DISPLAY ONLY
CUI_REPORT = """CUI

Trip report: reactor siting workshop

(U) The workshop reviewed four candidate sites.

(CUI) The preferred site failed its seismic screening.

(U) The next workshop will be held in April.

Controlled by: DOE Office of Nuclear Energy
CUI Category: PROPIN
Limited Dissemination Control: DISPLAY ONLY CAN
POC: NE-6

CUI
"""


def test_display_only_designation_block_is_withheld_at_partner(policy):
    doc = read(CUI_REPORT)
    for partner in ("GBR", "CAN"):  # DISPLAY ONLY allows showing, not giving: a partner version is given
        text = released_text(doc, policy, "partner", partner)
        assert "failed its seismic screening" not in text
        assert "reviewed four candidate sites" in text
    assert "failed its seismic screening" in released_text(doc, policy, "usg")


@pytest.mark.parametrize("mark, partner, released", [
    ("(S//DISPLAY ONLY IRQ)", "GBR", False),
    ("(S//DISPLAY ONLY IRQ)", "IRQ", True),
    ("(S//DISPLAY ONLY AFG, IRQ)", "AFG", True),
    ("(S//REL TO USA, GBR)", "GBR", True),
])
def test_display_only_list_decides_at_a_partner_level_that_does_not_withhold_it(tmp_path, mark, partner, released):
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    (target / "levels.yaml").write_text(
        "levels:\n  ally:\n    ceiling: SECRET\n    partner: true\n    withhold_categories: []\n", encoding="utf-8")
    rules = Rules(target)
    doc = read(f"SECRET\n\n{mark} The convoy leaves at dawn.\n\nSECRET\n", rules)
    decisions = [d for d in decide(doc, Policy.from_rules(rules).level("ally", partner), partner)
                 if d.portion.explicit]
    assert [not d.withheld for d in decisions] == [released]
    if not released:
        assert decisions[0].rule == "ally.partner.display_only"
