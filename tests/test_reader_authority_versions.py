"""A classified document whose versions are re-bannered UNCLASSIFIED (every classified portion
withheld) keeps its classification authority block (adv9-010, adv10-012, adv11-012).

Decision (leaks14): not a leak. The block (`Classified By:`, `Reason: 1.4(g)`, `Declassify On:`)
is the original's marking, not classified text: FOIA releases of classified documents show it,
as the version of a classified cable keeps its classification line (golden 08BAGHDAD1234); the
version's banner states what the version holds (the roll-up of what it releases), the block what
the original was; the classifier's name is redacted under (b)(6) where names are. A released
version read again does not release its unmarked text as unclassified (the withheld mark and the
authority block both say the original was classified)."""
from __future__ import annotations

import pytest

import sbu_redact

MEMO = ("CONFIDENTIAL\n\nMEMORANDUM\nTO: DS/IP\nFROM: RSO\nSUBJECT: (U) Residence survey\n\n"
        "1. (U) RSO completed the survey of the residences.\n"
        "2. (C) Residence 14 has no grilles on the windows facing the alley.\n"
        "3. (U) RSO will brief the results next week.\n\n"
        "Classified by: Regional Security Officer Dana Whitcombe, Reason: 1.4(g)\nDeclassify on: 20361130\n\n"
        "CONFIDENTIAL\n")


@pytest.fixture(scope="module")
def versions():
    return sbu_redact.Pipeline().redact(MEMO, levels=["usg", "partner", "public"], partner="GBR")


def test_the_version_banner_states_what_it_holds_and_the_block_what_the_original_was(versions):
    for level in ("usg", "partner", "public"):
        text = versions[level].text
        assert "no grilles" not in text
        assert versions[level].banner == "UNCLASSIFIED"
        assert "Reason: 1.4(g)" in text and "Declassify on: 20361130" in text
    assert "Dana Whitcombe" in versions["usg"].text
    assert "Whitcombe" not in versions["public"].text  # the classifier's name: (b)(6) where names are


def test_a_version_read_again_does_not_release_its_unmarked_text_as_unclassified(versions):
    again = sbu_redact.read(versions["usg"].text.replace("1. (U) ", "").replace("3. (U) ", ""))
    portion = again.portion_at(again.text.index("RSO completed"))
    assert portion.marking is not None and (not portion.marking.valid or portion.marking.rank > 0)
