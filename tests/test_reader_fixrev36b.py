"""Leaks review36b found in release fields and forwards (helper fixrev36b, issue 8; the reviewer's documents in
/tmp/s36/review36b/docs): each test is the reviewer's smallest document or a variant of it. Fixed towards
withholding (the most restrictive reading).

1. an empty-label cell takes the next cell's whole text as its value, colon or not (`| Dissemination: | REL TO:
   USA, AUS |`): NEW in open36b's merge (docs 52, 55, 56, 61, 62);
2. two release fields that disagree, one of them carried by a portion's own mark (docs 35, 27, 26, 48);
3. which classification line is a forward's first (docs 08, 31, 09, 30, 33, 59, 60);
4. a release cell followed by a cell of its own that says more (docs 53, 54, 57).

First run, on lead36 `e90b58a6` before any change: 25 failed, 6 passed (class 1 but `| Dissemination: | REL TO:
USA, AUS |` under a banner and the tab row, and the must-release cases, passed).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

ROSTER = "(U) The Brize liaison roster is attached for review by the planning cell."
PHRASE = "Brize liaison roster"
PARTNER = ("partner", "public")


def _cell_doc(*rows: str) -> str:
    return "UNCLASSIFIED\n" + "\n".join(rows) + f"\n\n{ROSTER}\nUNCLASSIFIED\n"


# 1. an empty-label cell's value holds a colon
@pytest.mark.parametrize("row", [
    "| Releasability: | Note: US eyes only |",                     # 52
    "| Dissemination: | Decision: US only |",                      # 55
    "| Releasable to: | Per J2: USA only |",                        # 56
    "| Releasability: | USA only: per FDO memo 12 |",               # 61
    "| Dissemination: | REL TO: USA, AUS |",                        # 62
    "| **Releasability:** | Status: NOFORN |",                      # variant: emphasis on the label
    "Releasability:\tRemark: not releasable to foreign nationals",  # variant: a tab-separated row
])
def test_empty_label_cell_takes_next_cell_with_colon(row: str) -> None:
    assert_withheld(_cell_doc(row), PHRASE, PARTNER)


def test_empty_label_cell_in_sharepoint_export() -> None:  # 61, whole
    text = ("SharePoint list export: Liaison documents\n| Title: | Brize liaison roster file |\n"
            "| Releasability: | USA only: per FDO memo 12 |\n| Modified: | 2026-11-30 |\n\n" + ROSTER + "\n")
    assert_withheld(text, PHRASE, PARTNER)


# 4. a release cell followed by a cell of its own
@pytest.mark.parametrize("row", [
    "| Releasability: REL TO USA, GBR, AUS | Exception: not GBR pending MOU |",  # 53
    "| Foreign disclosure | FDO decision: denied |",                              # 54
    "| Releasability: REL TO USA, GBR | Remarks: NOFORN per J2 |",               # variant
    "| Foreign release | Determination: not releasable |",                       # variant
])
def test_release_cell_then_own_field(row: str) -> None:
    assert_withheld(_cell_doc(row), PHRASE, PARTNER)


def test_header_row_release_column_with_colon_value() -> None:  # 57
    text = ("From: a.smith@army.mil\nTo: b.jones@army.mil\nSubject: roster\nUNCLASSIFIED\n\n"
            "| Foreign release: | Approval: not approved |\n|---|---|\n\n" + ROSTER + "\n\nUNCLASSIFIED\n")
    assert_withheld(text, PHRASE, PARTNER)


# 2. two release fields that disagree
FIELDS_FOUO = ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n{a}\n{b}\n\n(U//FOUO//NF) Note: the depot guard roster changes "
               "weekly.\n(U//FOUO) The pallet count is 42 for this week.\n")


@pytest.mark.parametrize("a,b", [
    ("Releasability: REL TO USA, GBR", "Dissemination: NOFORN"),   # 35
    ("Dissemination: NOFORN", "Releasability: REL TO USA, GBR"),   # variant: order swapped
    ("Releasability: REL TO USA, GBR, AUS", "Handling: NOFORN"),   # variant
])
def test_wider_field_does_not_win_over_carried_noforn(a: str, b: str) -> None:
    assert_withheld(FIELDS_FOUO.format(a=a, b=b), "pallet count is 42", PARTNER)


def test_carried_field_and_wider_cell() -> None:  # 27
    text = ("SECRET//NOFORN\nDissemination: NOFORN\nSubject: Weekly logistics sync\n\n(S//NF) The source reporting "
            "on the route is sensitive.\n\n(U//FOUO) The pallet count is 42 for this week.\n\n"
            "| Classification: SECRET//NOFORN | Releasability: REL TO USA, GBR |\n")
    assert_withheld(text, "pallet count is 42", PARTNER)


def test_carried_field_no_banner() -> None:  # 26
    text = ("Subject: Weekly logistics sync\nDissemination: NOFORN\n\n(S//NF) The source reporting on the route is "
            "sensitive.\n\n(U//FOUO) The pallet count is 42 for this week.\n")
    assert_withheld(text, "pallet count is 42", PARTNER)


def test_json_field_wider_than_banner() -> None:  # 48 (fixed by open37c: `reader_words.structure_banner_key`)
    text = ('{\n  "banner": "UNCLASSIFIED//FOUO//REL TO USA, AUS",\n  "releasability": "REL TO USA, GBR",\n'
            '  "paragraphs": [\n    {"mark": "U//FOUO", "text": "The pallet count is 42 for this week."},\n'
            '    {"mark": "U", "text": "Next sync on Monday."}\n  ]\n}\n')
    assert_withheld(text, "pallet count is 42", PARTNER)


# must release: a REL TO USA, GBR field keeps partner release of (U) and (U//FOUO) text
@pytest.mark.parametrize("text", [
    "UNCLASSIFIED\nReleasability: REL TO USA, GBR\n\n(U) The pallet count is 42 for this week.\nUNCLASSIFIED\n",
    "UNCLASSIFIED//FOUO\nReleasability: REL TO USA, GBR\n\n(U//FOUO) The pallet count is 42 for this week.\n"
    "UNCLASSIFIED//FOUO\n",
    "UNCLASSIFIED\n| Releasability: | REL TO USA, GBR |\n\n(U) The pallet count is 42 for this week.\nUNCLASSIFIED\n",
])
def test_rel_to_gbr_field_keeps_partner_release(text: str) -> None:
    assert_released(text, "pallet count is 42", "partner")


# 3. a forward's first classification line
SHIP = "Rotterdam shipment"


@pytest.mark.parametrize("text", [
    # 08: the only classification line is the forward's own
    "Subject: (U) FW: shipment update\nFrom: a.smith@army.mil\nTo: b.jones@army.mil\n\nBob, see below.\n\n"
    "Begin forwarded message:\n\nFrom: c.lee@army.mil\nSubject: shipment\nClassification: CONFIDENTIAL//NOFORN\n\n"
    "(U) Note the Rotterdam shipment arrives Friday.\n\nClassification: CONFIDENTIAL//NOFORN\n",
    # 31: the marking only in the subject
    "Subject: SECRET//NOFORN FW: shipment\nFrom: a.smith@army.mil\nTo: b.jones@army.mil\n\n(U) Bob, see below.\n\n"
    "Begin forwarded message:\nFrom: c.lee@army.mil\nClassification: UNCLASSIFIED\n\n"
    "(U) Note the Rotterdam shipment arrives Friday.\n",
    # 09: the only classification line at the end, after the original message
    "From: a.smith@army.mil\nTo: b.jones@army.mil\nSubject: FW: shipment update\n\n(U) Bob, see below.\n\n"
    "-----Original Message-----\nFrom: c.lee@army.mil\nSubject: shipment\n\n(U) Note the Rotterdam shipment "
    "arrives Friday.\n\nClassification: SECRET//NOFORN\n",
    # 59: a quoted unclassified note at the top, conflicting own banners
    "> UNCLASSIFIED\n> (U) Can you confirm the dates?\n\nFrom: a.smith@army.mil\nTo: b.jones@army.mil\n"
    "Subject: RE: dates\nCONFIDENTIAL\n\n(U) The Rotterdam shipment arrives Friday.\n(C) The crew list is attached."
    "\n\nClassification: CONFIDENTIAL//NOFORN\n",
    # 60: top and bottom banners that conflict
    "> UNCLASSIFIED//FOUO\n> (U) earlier: ok.\nFrom: a.smith@army.mil\nSubject: RE: dates\nSECRET//REL TO USA, GBR"
    "\n\n(U) The Rotterdam shipment arrives Friday.\n(S//REL TO USA, GBR) The escort is HMS Kent.\n\n"
    "Classification: SECRET//NOFORN\n",
    # 49
    "> UNCLASSIFIED\n> (U) earlier note: ok, thanks.\nSECRET//NOFORN\nFrom: a.smith@army.mil\nTo: b.jones@army.mil\n"
    "Subject: RE: note\n\n(U) The Rotterdam shipment arrives Friday.\n(U//FOUO) The pallet count is 42.\n"
    "(S//NF) Source says the crew is compromised.\n\nClassification: SECRET//NOFORN\n",
], ids=["08", "31", "09", "59", "60", "49"])
def test_forward_first_classification_line(text: str) -> None:
    assert_withheld(text, SHIP, PARTNER)


def test_md_quoted_own_banner() -> None:  # 30
    text = ("> SECRET//NOFORN\n\nFrom: a.smith@army.mil\nTo: b.jones@army.mil\nSubject: FW: shipment\n\n"
            "(U) Bob, see below.\n\n-----Original Message-----\nFrom: c.lee@army.mil\nUNCLASSIFIED\n\n"
            "(U) Note the Rotterdam shipment arrives Friday.\n")
    assert_withheld(text, "Bob, see below", ("partner",))


def test_chat_quoted_bare_banner() -> None:  # 33
    text = ("[10:01] lt.moss: > CONFIDENTIAL//NOFORN\n[10:01] lt.moss: > (U) fuel reserve at 40 percent\n"
            "UNCLASSIFIED\n[10:02] sgt.ray: (U) copy, noted\n")
    assert_withheld(text, "fuel reserve at 40 percent", PARTNER)


def test_all_levels_helper_is_importable() -> None:
    assert "usg" in ALL
