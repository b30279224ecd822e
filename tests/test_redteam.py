"""Red-team findings: realistic inputs whose public (or partner) version released text it must
not. Each test failed while the leak existed; they stay as regression tests."""
from __future__ import annotations


import pytest

import sbu_redact


@pytest.fixture(scope="module")
def pipe() -> sbu_redact.Pipeline:
    return sbu_redact.Pipeline()


def _public(pipe, text: str) -> str:
    return pipe.redact(text, levels=["public"])["public"].text


def _partner(pipe, text: str, partner: str = "FRA") -> str:
    return pipe.redact(text, levels=["partner"], partner=partner)["partner"].text


# 1. Lettered sub-paragraphs (and other leads the reader does not know) are folded into the
#    preceding (U) paragraph and released with it; their marks are then stripped as caveats.
SUBPARAGRAPHS = """\
C O N F I D E N T I A L SECTION 01 OF 02 ANKARA 002145

SIPDIS

E.O. 12958: DECL: 12/10/2018
TAGS: PREL PTER TU IZ

SUBJECT: (U) TURKEY: PKK TALKING POINTS DELIVERED

REF: STATE 165432

Classified By: Ambassador Ross Wilson for reasons 1.4 (b) and (d).

1. (U) Per reftel, PolCouns delivered the following points to the MFA on December 9:

A. (C) The United States will share additional targeting information on PKK camps in northern Iraq beginning next week.

B. (S//NF) The liaison cell in Ankara will receive imagery from the Predator orbit over Qandil.

C. (U) We welcome Turkey's continued engagement with the Iraqi government.

2. (U) The MFA undertook to respond after consulting the General Staff.

WILSON
"""


def test_lettered_subparagraph_marked_secret_is_not_released_at_public(pipe):
    out = _public(pipe, SUBPARAGRAPHS)
    assert "targeting information" not in out
    assert "Predator orbit" not in out


def test_lettered_subparagraph_marked_noforn_is_not_released_to_a_partner(pipe):
    out = _partner(pipe, SUBPARAGRAPHS)
    assert "Predator orbit" not in out


UNCLAS_HEAD = """\
UNCLAS NAIROBI 000777

SENSITIVE SIPDIS

E.O. 12958: N/A
TAGS: PREL KE

SUBJECT: (U) KENYA: ELECTION UPDATE

1. (U) Post offers the following update.

{X}

3. (U) Post will continue to report.

RANNEBERGER
"""


@pytest.mark.parametrize("lead", [
    "(a) (SBU)", "a) (SBU)", "2 (SBU)", "PARA 2. (SBU)", "-- (SBU)", "¶ 2 (SBU)", "1.1 (SBU)",
    "II. (SBU)", "COMMENT: (SBU)",
])
def test_sbu_portion_behind_an_unusual_lead_is_not_released_at_public(pipe, lead):
    text = UNCLAS_HEAD.replace("{X}", f"{lead} The Electoral Commission chairman privately said the tallies "
                                      f"in Kibera were altered.")
    assert "tallies" not in _public(pipe, text)


def test_second_portion_mark_on_the_same_line_is_honoured(pipe):
    text = UNCLAS_HEAD.replace("{X}", "2. (U) Observers deploy on December 27. (SBU) The chairman privately "
                                      "said the tallies in Kibera were altered.")
    assert "tallies" not in _public(pipe, text)


# 2. Collapsed web copy: only a fixed list of marks splits paragraphs, so (S/NF) and
#    (C//REL TO USA, GBR) paragraphs run into the (U) paragraph before them.
COLLAPSED = (
    "S E C R E T SECTION 01 OF 02 BAGHDAD 004321 NOFORN SIPDIS E.O. 12958: DECL: 11/20/2018 "
    "TAGS: PREL PTER IZ SUBJECT: (U) IRAQ: BORDER SECURITY UPDATE REF: BAGHDAD 4200 Classified By: "
    "Ambassador Ryan Crocker for reasons 1.4 (b) and (d). 1.(U) The border security conference "
    "convened in Baghdad on November 18. 2.(S/NF) A Ministry of Interior source reported that militia "
    "commanders in Basrah receive weapons through the Shalamcheh crossing. 3.(C//REL TO USA, GBR) "
    "Coalition forces will increase patrols along the eastern border. 4.(U) The next conference is "
    "scheduled for January.\n"
)


def test_collapsed_copy_secret_noforn_paragraph_is_not_released_at_public(pipe):
    out = _public(pipe, COLLAPSED)
    assert "Shalamcheh" not in out
    assert "increase patrols" not in out


def test_collapsed_copy_noforn_paragraph_is_not_released_to_a_partner(pipe):
    out = _partner(pipe, COLLAPSED)
    assert "Shalamcheh" not in out
    assert "increase patrols" not in out  # REL TO USA, GBR: not France


# 3. A bottom banner higher than the top banner is ignored (the top one wins).
BANNER_MISMATCH = """\
UNCLASSIFIED

MEMORANDUM FOR THE RECORD

SUBJECT: Meeting with liaison service

The liaison service confirmed that the asset codenamed BLUE HERON remains in place in Tehran.

Follow-up meeting set for next week.

SECRET//NOFORN
"""


def test_higher_bottom_banner_is_not_ignored(pipe):
    assert "BLUE HERON" not in _public(pipe, BANNER_MISMATCH)
    assert "BLUE HERON" not in _partner(pipe, BANNER_MISMATCH)


# 4. A section line more restrictive than the first classification line is ignored.
SECTION_HIGHER = """\
UNCLAS SECTION 01 OF 02 ANKARA 002200

SIPDIS

E.O. 12958: N/A
TAGS: PREL TU

SUBJECT: TURKEY: MINISTER'S VISIT

1. The Minister's visit went well and the press coverage was positive.

C O N F I D E N T I A L SECTION 02 OF 02 ANKARA 002200

2. The Minister privately said Turkey would close the air base to coalition flights if the resolution passes.

WILSON
"""


def test_section_marked_confidential_is_not_released_at_public(pipe):
    assert "close the air base" not in _public(pipe, SECTION_HIGHER)


# 5. OCR-garbled marks (digits for letters, wrong bracket, Cyrillic lookalike) are not read as
#    doubtful marks but as no mark at all, so the portion inherits UNCLASSIFIED and is released.
GARBLED_HEAD = UNCLAS_HEAD.replace("SENSITIVE SIPDIS", "SIPDIS")


@pytest.mark.parametrize("mark", ["(5)", "(5BU)", "(S8U)", "(U//FOU0)", "(C0NFIDENTIAL)", "(SBU]", "(SB U)",
                                  "(S NF)", "(\u0421)"])
def test_garbled_portion_mark_is_withheld_at_public(pipe, mark):
    text = GARBLED_HEAD.replace("{X}", f"2. {mark} The chairman privately said the tallies in Kibera were altered.")
    assert "tallies" not in _public(pipe, text)


# 6. Markdown table: a row takes the mark of its first cell; a (FOUO) cell after it is released.
TABLE = """\
UNCLASSIFIED//FOR OFFICIAL USE ONLY

# (U) Travel plan

| (U) Item | (U) Detail |
|---|---|
| (U) Arrival | (U) Monday, commercial flight |
| (U) Lodging | (FOUO) Safe house at 14 Rue Dumas, door code 4471 |

UNCLASSIFIED//FOR OFFICIAL USE ONLY
"""


def test_fouo_table_cell_is_not_released_at_public(pipe):
    out = _public(pipe, TABLE)
    assert "Rue Dumas" not in out
    assert "4471" not in out


# 7. With no signature, the last short ALL-CAPS line of a classified paragraph is read as the
#    signature, so it leaves the portion and is released at usg and partner levels.
NO_SIGNATURE = """\
S E C R E T BAGHDAD 004400

NOFORN
SIPDIS

E.O. 12958: DECL: 11/20/2018
TAGS: PREL PTER IZ IR

SUBJECT: (U) IRAQ: IRANIAN OFFICER IN BASRAH

Classified By: Ambassador Ryan Crocker for reasons 1.4 (b) and (d).

1. (U) Post continues to follow Iranian activity in the south.

2. (S//NF) A sensitive source identified the Qods Force officer
who directs the Basrah cells as
ABU MAHDI KARIMI
"""


def test_last_line_of_a_noforn_paragraph_is_not_released_to_a_partner(pipe):
    assert "KARIMI" not in _partner(pipe, NO_SIGNATURE)


# 8. (U//SENSITIVE) is the SBU caption as a portion control: released at public as if (U).
def test_portion_marked_sensitive_is_not_released_at_public(pipe):
    text = GARBLED_HEAD.replace("{X}", "2. (U//SENSITIVE) The chairman privately said the tallies in Kibera "
                                       "were altered.")
    assert "tallies" not in _public(pipe, text)


# 9. Personal identifiers left in released (U) text and header lines.
@pytest.mark.parametrize("sentence, needle", [
    ("He can be reached at (254) 20-363-6000.", "363-6000"),
    ("POC is Vice Consul Bradley Fenwick, 647-1234.", "647-1234"),
    ("POC is Vice Consul Bradley Fenwick, x6423.", "6423"),
    ("Email jsmith@state.\ngov for details.", "jsmith"),
])
def test_contact_details_in_released_text_are_redacted(pipe, sentence, needle):
    text = GARBLED_HEAD.replace("{X}", f"2. (U) {sentence}")
    assert needle not in _public(pipe, text)


def test_names_in_passage_lines_are_redacted(pipe):
    text = """\
O 051422Z FEB 09
FM SECSTATE WASHDC
TO AMEMBASSY MOSCOW IMMEDIATE 1234

UNCLAS STATE 012345

SIPDIS

MOSCOW FOR POL - SARAH KENDRICK; KYIV FOR ECON/MICHAEL BRAUN
PASS TO USAID FOR AFR/WA - BETTY OKAFOR-JONES

E.O. 12958: N/A
TAGS: PREL RS UP

SUBJECT: (U) DEMARCHE ON GAS TRANSIT

1. (U) Post should deliver the points below to the appropriate official.

CLINTON
"""
    out = _public(pipe, text)
    assert "BRAUN" not in out
    assert "OKAFOR" not in out


# 10. A parenthesised name at the start of a paragraph is read as a doubtful mark: the portion is
#     withheld but the "mark" (the name) is copied into the public version, its log and the index.
def test_parenthesised_name_lead_does_not_survive_in_public_version_or_log(pipe):
    text = GARBLED_HEAD.replace("{X}", "2. (KAMAU) The source said the vote count in Kibera was rigged.")
    version = pipe.redact(text, levels=["public"])["public"]
    assert "KAMAU" not in version.text
    assert "KAMAU" not in str(version.log_dict(document_id="x"))


# 11. An OCR slip in the SENSITIVE caption line of a cable without portion marks (older cables)
#     drops the SBU designation: every paragraph inherits plain UNCLASSIFIED and is released.
@pytest.mark.parametrize("caption", ["SENSITIVE SIPDlS", "SENSlTIVE", "SENSITVE", "S E N S I T I V E"])
def test_garbled_sensitive_caption_does_not_release_an_sbu_cable(pipe, caption):
    text = ("UNCLAS SECTION 01 OF 02 LAGOS 000321\n\n" + caption + "\n\nE.O. 12958: N/A\nTAGS: ECON NI\n\n"
            "SUBJECT: NIGERIA: OIL SECTOR CONTACTS\n\n"
            "1. The NNPC director privately admitted that crude swaps were rigged.\n\nBROWNE\n")
    assert "rigged" not in _public(pipe, text)


# 12. Common wordings of the SBU handling statement other than "THIS MESSAGE IS ..." are not
#     read, so an unmarked SBU cable is released as plain UNCLASSIFIED.
@pytest.mark.parametrize("statement", [
    "THIS CABLE IS SENSITIVE BUT UNCLASSIFIED. PLEASE PROTECT ACCORDINGLY.",
    "SENSITIVE BUT UNCLASSIFIED - NOT FOR INTERNET DISTRIBUTION.",
    "THIS MESSAGE CONTAINS SENSITIVE BUT UNCLASSIFIED INFORMATION. NOT FOR INTERNET DISTRIBUTION.",
])
def test_sbu_handling_statement_wordings_keep_the_cable_sbu(pipe, statement):
    text = ("UNCLAS SECTION 01 OF 02 LAGOS 000321\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: ECON NI\n\n"
            "SUBJECT: NIGERIA: OIL SECTOR CONTACTS\n\n" + statement + "\n\n"
            "1. The NNPC director privately admitted that crude swaps were rigged.\n\nBROWNE\n")
    assert "rigged" not in _public(pipe, text)
