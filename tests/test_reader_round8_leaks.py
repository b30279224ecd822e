"""Leak classes found by the round-8 adversarial corpus (issue 8) that a per-portion check cannot
see: a marking read in one place that governs text elsewhere. Each class has a short realistic
document (not the corpus's): what the level may not see is withheld, plainly releasable (U) text
is kept at usg."""
from __future__ import annotations

import shutil

import pytest

from conftest import REPO, released_text
from sbu_redact.config import RulesError, load_rules
from sbu_redact.policy import Policy
from sbu_redact.reader import read

LEVELS = ("usg", "partner", "public")


def check(policy: Policy, text: str, release: list[str], withhold: dict[str, list[str]]) -> None:
    """`release` is kept at usg; `withhold[level]` is not released at that level (partner GBR)."""
    doc = read(text)
    usg = released_text(doc, policy, "usg")
    for phrase in release:
        assert phrase in usg, f"usg withholds {phrase!r}"
    for level, phrases in withhold.items():
        released = released_text(doc, policy, level, "GBR" if level == "partner" else None)
        for phrase in phrases:
            assert phrase not in released, f"{level} releases {phrase!r}"


# ---------------------------------------------------------------- the banner's list controls
REL_TO_BANNER = """UNCLASSIFIED//FOR OFFICIAL USE ONLY//REL TO USA, CAN, NZL

MEMORANDUM FOR THE RECORD

SUBJECT: (U) Arctic survey planning

(U//FOUO) The icebreaker will stage from Nuuk and survey the northern shelf in August.

(U) The survey results will be published next year.

UNCLASSIFIED//FOR OFFICIAL USE ONLY//REL TO USA, CAN, NZL
"""


def test_banner_rel_to_list_covers_controlled_portions(policy):
    check(policy, REL_TO_BANNER, ["The survey results will be published next year"],
          {"partner": ["will stage from Nuuk and survey the northern shelf"]})
    doc = read(REL_TO_BANNER)
    # a partner in the list still sees it; plain (U) text is not controlled
    can = released_text(doc, policy, "partner", "CAN")
    assert "will stage from Nuuk" in can and "published next year" in can
    assert "published next year" in released_text(doc, policy, "partner", "GBR")


def test_banner_dl_only_covers_cui_portions(policy):
    text = """CUI//SP-EXPT//DL ONLY

SUBJECT: (U) Export case review

(CUI) The broker ships the controlled lathes through a third country under false invoices.

(U) The annual export control conference will be held in May.

Limited Dissemination Control: DL ONLY
"""
    check(policy, text, ["The annual export control conference will be held in May"],
          {"partner": ["ships the controlled lathes through a third country"],
           "public": ["ships the controlled lathes through a third country"]})


def test_banner_noforn_does_not_cover_a_portion_released_further():
    """NOFORN is no list control: a banner's NOFORN comes from some portion, not from all."""
    doc = read((REPO / "tests" / "corpus" / "redaction" / "memo_rel_to.txt").read_text(encoding="utf-8"))
    portion = next(p for p in doc.portions if p.marking is not None and p.marking.rel_to)
    assert portion.marking is not None and not portion.marking.noforn


def test_banner_controls_cover_portions_are_validated(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    markings = folder / "markings.yaml"
    text = markings.read_text(encoding="utf-8")
    old = "banner_controls_cover_portions: [REL TO, DISPLAY ONLY, DL ONLY]"
    assert old in text
    markings.write_text(text.replace(old, "banner_controls_cover_portions: [REL TO, DL ONLEY]"), encoding="utf-8")
    with pytest.raises(RulesError, match=r"markings\.yaml.*banner_controls_cover_portions\.1"):
        load_rules(folder).grammar


# ---------------------------------------------------------------- XML releasability elements
XML_RELEASABILITY = """<?xml version="1.0" encoding="UTF-8"?>
<digest>
  <entry>
    <classification>U</classification>
    <text>The port reopened after the storm.</text>
  </entry>
  <entry>
    <classification>U//FOUO</classification>
    <releasableTo>USA, AUS</releasableTo>
    <text>The patrol schedule moves to the eastern channel next month.</text>
  </entry>
  <entry>
    <classification>U//FOUO</classification>
    <releasability>ALL</releasability>
    <text>The harbor master retires in June.</text>
  </entry>
</digest>
"""


def test_xml_releasability_element_is_a_rel_to_list(policy):
    check(policy, XML_RELEASABILITY, ["The port reopened after the storm"],
          {"partner": ["The patrol schedule moves to the eastern channel"]})
    doc = read(XML_RELEASABILITY)
    assert "patrol schedule moves" in released_text(doc, policy, "partner", "AUS")
    assert "harbor master retires" in released_text(doc, policy, "partner", "GBR")
