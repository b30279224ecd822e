"""The classes of leak that round 37's first run found (tests/corpus/adversarial37/FIRST_RUN.md), on
documents written for this test: a quoted sentence's own mark before its closing quote (`... the
port authority (C)," the cable says`); a capital that reads as a mark at a line start under a
line ending in a bare conjunction (`... personally and` / `(C) has placed ...`: no subsection
letter); a statement that points ahead ("OUR TRANSLATION FOLLOWS ... IS CLASSIFIED
CONFIDENTIAL") in a portion that goes on with the quoted text raises that portion too."""
import pytest

from released import assert_withheld

QUOTED = "The minister's brother-in-law holds an undisclosed stake in the winning consortium"


@pytest.mark.parametrize("close", ['(C)," the cable says.', '(C)."', "(S//NF).\u201d"])
def test_a_quoted_sentence_keeps_its_own_mark(close):
    text = ("Classification: UNCLASSIFIED\n\nFlagging item 6 for the front office.\n\n"
            f"A cable from 2008 shows the embassy had doubts. \"{QUOTED} {close} The ministry did not comment.\n\n"
            "Dana\nClassification: UNCLASSIFIED\n")
    assert_withheld(text, QUOTED)


def test_a_mark_under_a_line_ending_in_a_conjunction_is_a_mark():
    second = "has placed his nephew in charge of the customs post at the border"
    text = ("UNCLASSIFIED\nMedia reaction (informal translation)\n\nAccording to the cable:\n"
            "\"(C) The interior minister controls the export licences personally and\n"
            f"(C) {second}.\"\nThe ministry declined to comment.\nUNCLASSIFIED\n")
    assert_withheld(text, second)


def test_a_lowercase_subsection_letter_under_a_citation_stays_a_letter():
    import sbu_redact
    text = "UNCLASSIFIED\n\n(U) The rule is set out in section 5 and\n(c) allows a waiver for students.\n\nUNCLASSIFIED\n"
    doc = sbu_redact.read(text)
    assert all(p.marking is not None and p.marking.level == "UNCLASSIFIED" for p in doc.portions)


def test_a_statement_pointing_ahead_raises_the_quote_in_its_own_portion():
    quote = "THE GENERAL SAID THE ARMY WOULD NOT ACCEPT THE RETURN OF THE PRESIDENT"
    text = ("UNCLAS SECTION 01 OF 01 TEGUCIGALPA 000211\n\nSENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL, HO\n"
            "SUBJECT: LOCAL DAILY PRINTS LEAKED CABLE\n\n1. (U) THE DAILY PRINTED TWO PARAGRAPHS OF A 2009 CABLE. OUR "
            "BACK-TRANSLATION FOLLOWS. THE ORIGINAL CABLE IS CLASSIFIED CONFIDENTIAL AND REMAINS SO.\n\nBEGIN TEXT:\n"
            f"{quote} UNDER ANY CIRCUMSTANCES.\nEND TEXT.\n\n2. (U) POST WILL DECLINE COMMENT.\nBRENNECKE\n")
    assert_withheld(text, quote)
