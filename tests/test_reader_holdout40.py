"""The classes of leak that round 40's first run found (tests/corpus/adversarial40/FIRST_RUN.md): a
writer who had read rounds 32-39's first runs wrote variants of their fixed classes. On documents
written for this test: sub-paragraphs of a numbered paragraph are part of it ("PARA 3 B"); NOFORN
in other words ("nothing to the Brits", "not rel UK", "strictly U.S.-only", a transcriber's note
that a stamp reads NOFORN); a quoted mark before guillemets or after the full stop; a dated entry
without a year and the writer's initials; a caption's mark before a dash; a level in mixed case
after "classified" introducing a quotation a sentence later; a mark alone on a line between two
texts marks both."""
import pytest

from released import assert_withheld


def test_sub_paragraphs_are_part_of_the_paragraph_a_correction_names():
    secret = "THE DEPUTY MINISTER CONFIDED THAT STATE HOUSE HAS ORDERED THE DRAFT SHELVED."
    text = ("UNCLASSIFIED//SBU\nSUBJECT: ROYALTY REVIEW\n\n1. (U) THE MINISTRY HELD ITS BRIEFING.\n\n"
            f"2. (U) THE REVIEW COMMITTEE HAS MET TWICE.\nA.\n(U) THE CHAIR PROMISED A DRAFT.\nB.\n(U) {secret}\n\n"
            "3. (U) POST WILL FOLLOW THE REVIEW.\n\nCORRECTED COPY - PARA 2 B IS CLASSIFIED CONFIDENTIAL, NOT (U).\n"
            "UNCLASSIFIED//SBU\n")
    assert_withheld(text, secret)


@pytest.mark.parametrize("caveat", ['Chair: "nothing to the Brits or the Aussies on this."',
                                    '[Marginal note, handwritten: "not rel UK -- hold close."]',
                                    "[Ambassador, to notetaker: this next part is strictly U.S.-only.]",
                                    '[Page 2, foot: rubber stamp in red ink reads "NOFORN"]'])
def test_noforn_in_other_words_keeps_the_text_from_the_partner(caveat):
    item = "The Coast Guard will shift two cutters to the Mona Passage in April."
    text = f"SENSITIVE BUT UNCLASSIFIED\nMEMORANDUM\n{caveat}\n{item}\nSENSITIVE BUT UNCLASSIFIED\n"
    assert_withheld(text, item, ("partner", "public"))


@pytest.mark.parametrize("quoted", ["« the adviser admitted the reform will be withdrawn (C) »",
                                    "\u2018the adviser admitted the reform will be withdrawn. (S)\u2019"])
def test_a_quoted_mark_before_guillemets_or_after_the_full_stop(quoted):
    text = f"UNCLASSIFIED\nSubject: clip\nThe newspaper says the diplomat wrote that {quoted} The ministry denied it.\nUNCLASSIFIED\n"
    assert_withheld(text, "the adviser admitted the reform will be withdrawn")


def test_a_dated_entry_without_a_year_and_the_writers_initials():
    note = "The prison director told us the prisoner will be moved to a military facility."
    text = f"SBU\nPolitical prisoner tracking -- case 44\n\n19 Jan -- JRK -- (C) {note}\n26 Jan -- MLT -- (SBU) Lawyer filed.\nSBU\n"
    assert_withheld(text, note)


def test_a_caption_mark_before_a_dash_and_a_mixed_case_level_before_begin_text():
    quote = "The Iraqi defence minister has agreed to let advisers take over the southern air base."
    text = f"UNCLASSIFIED\nMEMORANDUM FOR THE RECORD\n\nThe relevant telegram, BAGHDAD 2211 (SECRET) —\n{quote}\n\nUNCLASSIFIED\n"
    assert_withheld(text, quote)
    inline = "The Foreign Minister intends to expel the two attaches on Monday."
    text = ("UNCLASSIFIED//SBU\nSubject: reply\n1. (U) The Ministry asked for our text. The originator classified it "
            f"Secret; text follows. Begin text: {inline} End text.\n2. (U) Post will report.\nUNCLASSIFIED//SBU\n")
    assert_withheld(text, inline)


def test_a_mark_alone_between_two_texts_marks_both():
    secret = "The foreign minister said the drones will stage from the Nasosnaya airfield."
    text = ("SECRET\nMEMORANDUM FOR THE RECORD\nThe delegation arrived on Tuesday.\n(U)\n"
            f"{secret}\n(S)\nA readout will follow.\n(U)\nSECRET\n")
    assert_withheld(text, secret)
