"""The classes of leak that round 23's first run found (tests/corpus/adversarial23/FIRST_RUN.md), on
documents written for this test: quoted-printable soft line breaks, unmarked text after a cable's
quotation ends, a block introduced by a caption or by `REF A reads:`, a footnote stating a level,
a level tag in a subject line, a Lotus Notes classification without a colon, and text that came
from a classified network."""
import pytest

from released import assert_withheld



def test_quoted_printable_soft_breaks_inside_a_banner_and_a_mark():
    text = ("Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nSECRET//NOFO=\nRN\n\n"
            "(U) The meeting moved to the twelfth.\n(S//=\nNF) The Minister will withdraw his candidate after the vote.\n\n"
            "SECRET//NOFO=\nRN\n")
    assert_withheld(text, "will withdraw his candidate", levels=("usg",))


def test_unmarked_text_after_a_cable_quotation_ends():
    text = ("CONFIDENTIAL LIMA 003301\n\nE.O. 12356: DECL:OADR\nTAGS: SNAR, PE\nSUBJECT: NOTE\n\n"
            "1. (U) THE MFA DELIVERED THE FOLLOWING NOTE. BEGIN TEXT.\nTHE MINISTRY REQUESTS CONSULTATIONS.\nEND TEXT.\n\n"
            "THE MINISTER TOLD THE AMBASSADOR PRIVATELY THAT THE NOTE WAS FORCED ON HIM.\n\n"
            "2. (C) COMMENT: WE DOUBT IT WILL LAST. END COMMENT.\n")
    assert_withheld(text, "THE NOTE WAS FORCED ON HIM", levels=("usg",))


@pytest.mark.parametrize("caption", ["2. (U) Excerpt from the INR assessment of April 2 (SECRET//NOFORN):",
                                     "2. (U) Paragraph 4 of REF A reads:"])
def test_a_block_takes_the_level_its_introduction_gives(caption):
    text = ("UNCLASSIFIED\n\nSUBJECT: (U) Background\n\nREF: A. STATE 41123 (S//NF) B. 09 BERLIN 1533 (U)\n\n"
            "1. (U) The staff asked for background.\n\n" + caption + "\n\n"
            "      Cairo will accept a slower filling schedule if Khartoum sides with it\n\n"
            "3. (U) The Assistant Secretary may stress our support.\n\nUNCLASSIFIED\n")
    assert_withheld(text, "Cairo will accept a slower filling schedule", levels=("usg",))


def test_a_footnote_stating_a_level_raises_the_text_that_holds_its_reference():
    text = ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n(U) The Embassy reduced staff within three days.\n\n"
            "(U//FOUO) One cable warned that \"the militia will not honor the ceasefire past Sunday\".7\n\n"
            "(U) The team interviewed twenty employees.\n\n_____\n7 The quoted passage is classified SECRET.\n\n"
            "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n")
    assert_withheld(text, "will not honor the ceasefire", levels=("usg",))


@pytest.mark.parametrize("header", ["Subject: [SECRET] RE: fuel convoy", "Subject: FW: [S//NF] fuel convoy",
                                    "        Classification  CONFIDENTIAL",
                                    "> Sent from my SME PED",
                                    "(retyped below from the high side)"])
def test_evidence_in_a_forwarded_message_header(header):
    text = ("UNCLASSIFIED\n\n(U) Forwarding the exchange below for the chronology.\n\n"
            "---------- Forwarded message ----------\n" + header + "\n\n"
            "the convoy will cross at the Torkham gate at night with no escort\n\nUNCLASSIFIED\n")
    assert_withheld(text, "will cross at the Torkham gate", levels=("usg",))
