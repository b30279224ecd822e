"""The lead's session-36 fix: a REL TO list standing as a value with no release field's label.

Blind rounds 148 and 150 (first runs on main `f1d8506`) released CUI, SBU and FOUO portions to the partner (GBR)
when the document's only releasability was a REL TO list without GBR written where no release field's label
stands: a Word file's custom property (`<vt:lpwstr>REL TO USA, CAN</vt:lpwstr>`, adv148-029), a PDF's `Keywords:`
(adv148-030), a mail header `X-Releasability:` (adv150-019), an exiftool line `Dissemination   : ...` (adv150-021).
Now a REL TO list that ends its line, cell, tag or quotation states the document's releasability as a field does
(`reader_words.stray_release_list`, reader/document_controls.py `_take_stray_lists`). These cases were written after
the fix, from other metadata shapes; all of the withheld ones released the CUI text at partner before it.
"""
from __future__ import annotations

import pytest

from released import assert_withheld, versions

CUI_LINE = "(CUI) The inspection team will skip the night shift at the Blaine crossing through January."
U_LINE = "(U) The working group will meet again in Seattle on the second Tuesday of February."


def _doc(header: str) -> str:
    return f"{header}\n\nCUI\n\nBorder Working Group Summary\n\n{U_LINE}\n\n{CUI_LINE}\n\nCUI\n"


@pytest.mark.parametrize("header", [
    '<cp:keywords>REL TO USA, CAN</cp:keywords>',
    '<property name="Dissem"><vt:lpwstr>REL TO USA, AUS, NZL</vt:lpwstr></property>',
    "Keywords:        REL TO USA/CAN",
    "X-Handling-Caveat: REL TO USA, CAN",
    "[XMP-pdfx]      Releasability Note            : REL TO USA, NZL",
    "releasability_note = \"REL TO USA, CAN\"",
    "| Metadata | Audience | REL TO USA, AUS |",
    "Dissemination note: this summary is releasable to USA and CAN.",
])
def test_rel_to_list_without_partner_in_metadata_withholds_cui_from_partner(header: str) -> None:
    assert_withheld(_doc(header), "skip the night shift at the Blaine crossing", ("partner", "public"))


@pytest.mark.parametrize("header", [
    '<cp:keywords>REL TO USA, GBR</cp:keywords>',
    "X-Releasability: REL TO USA, GBR, CAN",
    "Keywords: REL TO USA, AUS, CAN, GBR, NZL",
])
def test_rel_to_list_naming_partner_keeps_partner_release(header: str) -> None:
    released = versions(_doc(header), ("usg", "partner"))
    assert "skip the night shift at the Blaine crossing" in released["partner"]
    assert "meet again in Seattle" in released["partner"]


def test_usg_keeps_text_under_a_stray_list() -> None:
    released = versions(_doc("Keywords: REL TO USA, CAN"), ("usg",))
    assert "skip the night shift at the Blaine crossing" in released["usg"]
