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


# review36a (on open36a's merge): `(C) Copyright <words> <year>` took any words for a company's name (the notice
# pattern matched in any case), so a real (C) mark's text was released at every level; first run on the merge:
# all four released at usg, partner and public (main `f1d8506` withheld them).
@pytest.mark.parametrize("text, phrase", [
    ("SECRET\n\n(U) The trade office met the software alliance. (C) Copyright raids set for April 2026\n"
     "are a show: the Interior Minister has ordered police to skip the markets his party controls.\n\nSECRET\n",
     "ordered police to skip the markets"),
    ("SECRET\n\n(U) The trade office met the alliance; (c) copyright raids set for April 2026\n"
     "are a show, and the minister has ordered police to skip the markets.\n\nSECRET\n",
     "ordered police to skip the markets"),
    ("CONFIDENTIAL\nSUBJECT: IPR\n\n1. (U) THE FAIR OPENED ON 4 MAY. (C) COPYRIGHT ENFORCEMENT RAIDS PLANNED FOR MARCH 2026\n"
     "WILL SPARE THE WAREHOUSES OWNED BY THE PRESIDENT'S BROTHER.\n\n2. (U) POST WILL FOLLOW UP.\n\nCONFIDENTIAL\n",
     "WILL SPARE THE WAREHOUSES OWNED BY THE PRESIDENT'S BROTHER"),
    ("SECRET\n\n(U) Vendor update. (C) Copyright claims filed by Orbis Digital in 2025\n"
     "were dropped after the vendor was found to be a front for the Defense Ministry.\n\nSECRET\n",
     "a front for the Defense Ministry"),
])
def test_copyright_word_before_ordinary_words_is_a_mark(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ("usg", "partner", "public"))


def test_short_copyright_credit_is_still_no_mark() -> None:
    text = ("UNCLASSIFIED\n\n(U) The photo on page 2 is from the wire service. (C) Copyright 2019 Le Soleil.\n\n"
            "(U) The ambassador will attend the opening of the new library on Friday.\n\nUNCLASSIFIED\n")
    assert "the opening of the new library on Friday" in versions(text, ("usg",))["usg"]


# review36c (on open36c's merge): two early exits of `unsure_wraps._unsure_second_line` released the line under a (U)
# line: any ticked box `[X]` anywhere on the (U) line, and a next line opening like an export's record (`Separately,`)
# in a text with three such lines. First run on the merge: both released at usg, partner and public (main `f1d8506`
# withheld them). Now the box must tick a level and a record needs three of its separators.
@pytest.mark.parametrize("text, phrase", [
    ("SECRET//NOFORN\n\n1. (U) Visa renewal filed [X] on Monday.\nSource BLUEBIRD was arrested on Tuesday.\n\n"
     "2. (S//NF) Tell HQ the exfil plan.\n\nSECRET//NOFORN\n", "Source BLUEBIRD was arrested"),
    ("SECRET//NOFORN\n\n1. (U) The port visit is set for 14 March.\nSeparately, the minister takes cash from the PRC.\n\n"
     "However, we have not corroborated it.\nFinally, do not share it with partners.\n\nSECRET//NOFORN\n",
     "the minister takes cash"),
])
def test_unsure_wrap_exits_do_not_release(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ("usg", "partner", "public"))


def test_u_line_ending_in_an_ellipsis_is_no_sure_wrap() -> None:
    """adv150-016 (first run on `f1d8506` and on the session's merge: released at usg, partner and public): a (U)
    line cut near the width but ending in an ellipsis is an author's break, not a wrap."""
    text = ("Classification: CONFIDENTIAL//NOFORN\n\nAll,\n\n"
            "(U) The Council of Ministers approved the Tibar port expansion tender on 19 May.\n\n"
            "(U) Background on the tender, as the minister explained it to us privately\u2026\n"
            "The Chinese bidder offered the port authority director a seat on its regional\n"
            "board and a scholarship for his son in Shanghai if the tender goes its way.\n\n"
            "(C//NF) We recommend raising the integrity clause with the Prime Minister.\n\n"
            "Classification: CONFIDENTIAL//NOFORN\n")
    assert_withheld(text, "offered the port authority director a seat", ("usg", "partner", "public"))


def test_not_for_distribution_to_hmg_withholds_the_named_paragraph_from_partner() -> None:
    """adv150-034 (first run on `f1d8506` and on the session's merge: released at partner): 'not for distribution
    to HMG officials' is a rule against sharing with the partner, as 'do not share with HMG' was."""
    text = ("UNCLAS LUSAKA 000274\nSENSITIVE\nSIPDIS\nSUBJECT: (SBU) COPPERBELT MINE SAFETY\n"
            "1. (U) THIS CABLE MAY BE SHARED WITH THE BRITISH HIGH COMMISSION IN LUSAKA, EXCEPT\n"
            "PARAGRAPH 3, WHICH IS NOT FOR DISTRIBUTION TO HMG OFFICIALS.\n"
            "2. (U) THE MINISTRY OF MINES CLOSED TWO SHAFTS AT MUFULIRA AFTER A ROCK FALL ON 11 MAY.\n"
            "3. (SBU) THE U.S. FIRM BIDDING FOR THE KONKOLA CONCESSION ASKED THE EMBASSY TO LOBBY\n"
            "AGAINST THE BRITISH-BACKED BIDDER.\n"
            "4. (U) THE DONOR GROUP ON MINE SAFETY MEETS IN LUSAKA ON 9 JUNE.\n")
    assert_withheld(text, "ASKED THE EMBASSY TO LOBBY", ("partner", "public"))


# review36f (on the session's final candidate): a one-letter escaped mark `\(S\)`, `\[C\]` was read as math in a
# file that held any LaTeX sign (`$$`, `\text{}`), so its classified line went on the decoded (U//FOUO) line above
# (released at usg and partner; main `f1d8506` withheld it); a REL TO list with more text after it on its line, and
# "not for release to HM Government", did not limit what the partner sees. First run on the candidate: all released.
@pytest.mark.parametrize("text, phrase, levels", [
    ("\\[U//FOUO\\] Budget impact is $$$ but approved.\n\\[C\\] Abu Khalil's courier crosses at Rafah on Thursday.\n",
     "Abu Khalil's courier", ("usg", "partner", "public")),
    ("Obsidian note\n\n(U) Fuel model: $$ m/t $$ per leg.\n"
     "\\(S\\) The Iranian tanker will transfer oil to the North Korean vessel off Shanghai.\n(U) Updated weekly.\n",
     "The Iranian tanker will transfer oil", ("usg", "partner", "public")),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\nTags: FOUO, REL TO USA, NOR (per FDO 3 March)\n\n"
     "(U//FOUO) The Norwegian frigate will shadow the Russian task group past Bergen on the 4th.\n\n"
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n", "The Norwegian frigate will shadow", ("partner", "public")),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n(U//FOUO) Not for release to HM Government: our read of the Argentine "
     "Falklands claims strategy is attached.\n(U) Meeting at 3.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n",
     "Argentine Falklands claims strategy", ("partner", "public")),
])
def test_review36f_leaks_withheld(text: str, phrase: str, levels: tuple[str, ...]) -> None:
    assert_withheld(text, phrase, levels)


def test_everything_i_posted_above_this_morning() -> None:
    """adv150-010 (first run on `f1d8506` and on the session's merge: released at public): who wrote it and when
    may stand between 'everything' and 'above' ("treat everything I posted above this morning as FOUO")."""
    text = ("Microsoft Teams - chat export\nClassification: UNCLASSIFIED\n\n"
            "[08:43] Kenji Sato: (U) Codelco and the two U.S. firms have agreed a 30 percent offtake share.\n"
            "[08:44] Kenji Sato: (U) Signing will be at the Moneda on 4 June with the Minister of Mining.\n"
            "[10:58] Kenji Sato: (U) Reminder: please treat everything I posted above this morning as FOUO until PA "
            "clears the announcement.\n[11:00] Alma Ferreiro: (U) Understood, holding the draft.\n")
    assert_withheld(text, "agreed a 30 percent offtake share", ("public",))


def test_banner_over_a_letter_spaced_unclassified_line_read_as_a_cable_line() -> None:
    """review37z 94 (session 37): a letter-spaced `U N C L A S S I F I E D` last line was taken for a cable's
    classification line, the `SECRET//NOFORN` banner above was dropped, and the unmarked text released at every
    level; every whole-line banner of a cable is evidence too (`evidence.take_cable_banners`)."""
    text = "SECRET//NOFORN\n\nthe source will meet the courier in Tbilisi on the 3rd\n\nU N C L A S S I F I E D\n"
    assert_withheld(text, "the source will meet the courier in Tbilisi", ["usg", "partner", "public"])
