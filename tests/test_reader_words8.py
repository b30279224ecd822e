"""Controls stated in words found by the round-8 adversarial corpus (issue 8): "US EYES ONLY",
a SMART cable's `Captions:` field that lists NOFORN, and "may not be passed to any other
government". Each covers every controlled portion, so `partner` withholds them."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of


@pytest.mark.parametrize("text", [
    "Subject: [SBU - US EYES ONLY] Lagos: a vendor\nClassification: UNCLASSIFIED//SBU\n\n"
    "(SBU) A clerk sells late-registered birth certificates.\n\n(U) A summary follows.\n\n"
    "Classification: UNCLASSIFIED//SBU\n",
    "SENSITIVE BUT UNCLASSIFIED\n\nMRN:            26 KYIV 2231\nCaptions:       SENSITIVE, SIPDIS, NOFORN\n"
    "Subject:        Caseload\n\n1. (SBU) A clerk sells late-registered birth certificates.\n\n"
    "2. (U) A summary follows.\n\nSENSITIVE BUT UNCLASSIFIED\n",
    "CUI\n\n(U) Handling: the findings may be shown to Iraqi officials, but no copy may be left with them, "
    "and they may not be passed to any other government.\n\n(CUI) A clerk sells late-registered birth "
    "certificates.\n\n(U) A summary follows.\n\nCUI\n",
])
def test_noforn_in_new_words_covers_the_controlled_portions(text):
    doc = sbu_redact.read(text)
    assert "NF" in marking_of(doc, "A clerk sells")
    assert marking_of(doc, "A summary follows") == "(U)"


def test_other_eyes_only_and_captions_without_noforn_are_not_noforn():
    doc = sbu_redact.read("Subject: [SBU] x\nClassification: UNCLASSIFIED//SBU\n\n(SBU) A clerk sells certificates "
                          "(for the eyes of the fraud unit only).\n\nCaptions: SENSITIVE, SIPDIS\n\n"
                          "Classification: UNCLASSIFIED//SBU\n")
    assert marking_of(doc, "A clerk sells") == "(SBU)"


@pytest.mark.parametrize("caption, mark", [("CLASIFICACIÓN: RESERVADO", "(S)"), ("Clasificacion: Reservado", "(S)"),
                                           ("CLASSIFICAÇÃO: RESERVADO", "(S)"), ("CLASSIFICAZIONE: RISERVATO", "(C)"),
                                           ("Classificació: RESERVAT", "(S)")])
def test_a_foreign_restricted_caption_makes_the_unmarked_text_confidential(caption, mark):
    """(RESERVADO is Spanish secret, Portuguese restricted: held as SECRET; the Italian
    restricted RISERVATO as CONFIDENTIAL.)"""
    doc = sbu_redact.read("UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE\n\n1. (U) The liaison handed over a note.\n\n"
                          f"      {caption}\n\n      Fuente humana indica un traslado.\n\n"
                          "2. (U) A summary follows.\n\nUNCLASSIFIED//LAW ENFORCEMENT SENSITIVE\n")
    assert marking_of(doc, "Fuente humana") == mark
    assert marking_of(doc, "A summary follows") == "(U)"


@pytest.mark.parametrize("prose", [
    # over-redaction, failing closed (found 2026-12-04 after finnish28): a labelled line is now read in its own
    # words' language before English's, so this Spanish rights notice under an English label reads as a Spanish
    # note stating RESERVADO, and the unmarked line after it is withheld
    "All rights reserved: reservado por la ley.",  # (`not_level_words`: reserved by law, round 123)
    "Mesa reservada para dos.", "The hotel said the room was RESERVADO."])
def test_reserved_in_prose_is_no_classification(prose):
    doc = sbu_redact.read(f"UNCLASSIFIED\n\n(U) {prose}\n\nUnmarked closing line.\n\nUNCLASSIFIED\n")
    assert marking_of(doc, "Unmarked closing") in ("(U)", None)
