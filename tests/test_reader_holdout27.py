"""The classes of leak that round 27's first run found (tests/corpus/adversarial27/FIRST_RUN.md), on
documents written for this test: two columns of text interleaved on the same lines (a paragraph
continued at the top of the right column, unmarked notes beside `(U)` bullets, a watermark's
letters at the line ends), and a mark glued after a footnote number (`May.³(C) The`)."""
import sbu_redact
from released import assert_withheld, versions



def test_a_paragraph_continued_at_the_top_of_the_right_column():
    text = ("SECRET\n\n"
            "(U) The ministry expects a record              will be diverted to the army's depots\n"
            "wheat harvest of 9 million tonnes.              in the south and sold across the border.\n"
            "                                                (U) Rainfall in April was above average.\n"
            "(S) A ministry official said half of the\n"
            "subsidized seed distributed in March\n\nSECRET\n")
    assert_withheld(text, "diverted to the army's depots")


def test_unmarked_notes_beside_unclassified_bullets_take_the_banner():
    text = ("SECRET\n\n"
            "Slide 1: (U) Embassy Security Upgrades        ______________________________\n"
            " - (U) New vehicle barriers at the gate       RSO says the contractor is on the\n"
            " - (U) Blast film on all windows              local service's payroll, vet again\n\nSECRET\n")
    assert_withheld(text, "contractor is on the")


def test_a_watermark_spelled_at_the_line_ends():
    text = ("UNCLASSIFIED\n\n"
            "Meeting with the Energy Regulator                          C O N\n"
            "                                                                 F I D\n"
            "The regulator told us that the tariff increase will                   E N\n"
            "be postponed until after the election because the                         T I\n"
            "ruling party fears protests in the mining towns.                              A L\n\nUNCLASSIFIED\n")
    assert_withheld(text, "postponed until after the election")


def test_a_mark_after_a_footnote_number_glued_to_the_sentence():
    text = ("CONFIDENTIAL\n\n(U) The governments signed the agreement in Lome on 8 May.\u00b3(C) The negotiator told us"
            " his government will not enforce the quota.\u2074(U) The agreement enters into force later.\u2075\n\n"
            "\u00b3 (U) Journal Officiel.\n\nCONFIDENTIAL\n")
    assert_withheld(text, "will not enforce the quota")


def test_a_section_number_before_a_lowercase_letter_is_no_mark():
    text = ("UNCLASSIFIED\n\n(U) Section 1.4(c) of the order covers sources and methods of collection.\n\n"
            "(U) Students should review it.\n\nUNCLASSIFIED\n")
    assert "covers sources and methods" in versions(text, ("usg",))["usg"]


def test_a_single_column_document_with_an_aligned_table_is_not_raised():
    text = ("UNCLASSIFIED\n\n(U) Schedule:\n\n(U) Monday        Arrival of the delegation\n"
            "(U) Tuesday       Meetings at the ministry\n\n(C) The minister may not attend.\n\nCONFIDENTIAL\n")
    doc = sbu_redact.read(text)
    assert any(p.marking is not None and p.marking.banner() == "UNCLASSIFIED" for p in doc.portions)
