"""The classes of leak that rounds 41-43's first runs found (tests/corpus/adversarial41/FIRST_RUN.md,
42/, 43/). On documents written for this test: a foreign level in words after a verb of grading
introducing a quotation on the next line ("GRADED Confidencial ... translation follows." / QUOTE); a
labelled mark inside a paragraph (`BEGIN COMMENT (C):`); NOFORN in more words (American channels
only, nobody outside the USG, held back from the allies, in Spanish and French); quoted marks before
German and Japanese closing quotes; a correction that a sub-item "should read SECRET"; a log entry's
fields after slashes before its mark (`03.04 / RK / (S)`); "treat this bit as Confidential"; a
corrected copy whose classification is changed to SECRET."""
import pytest

from released import assert_withheld, versions


def test_a_foreign_level_after_a_grading_verb_raises_the_quotation_it_introduces():
    quote = "THE GOVERNMENT IS PREPARED TO LIFT THE QUOTA IF THE DUTY IS DROPPED IN MAY."
    text = ("UNCLAS SECTION 01 OF 01 LISBON 000412\nSENSITIVE BUT UNCLASSIFIED\nSIPDIS\n\nSUBJECT: TRADE NOTE\n\n"
            "1. (U) THE MINISTRY MET THE MISSIONS.\n\n"
            "2. (SBU) THE DIRECTOR HANDED ECONOFF A NOTE HIS MINISTRY HAD CLASSIFIED Confidencial; he asked that it "
            "be protected. Our translation follows.\nQUOTE\n" + quote + "\nEND QUOTE\n\n"
            "3. (U) POST WILL REPORT FURTHER.\n")
    assert_withheld(text, quote)


def test_a_labelled_mark_inside_a_paragraph_raises_it():
    comment = "a deputy told us the President will dissolve the assembly in December"
    text = ("CONFIDENTIAL\nSUBJECT: ASSEMBLY\n\n1. (U) The assembly adjourned without a speaker. "
            f"BEGIN COMMENT (C): {comment}. END COMMENT.\n\n2. (U) Leaders meet again Friday.\n\nCONFIDENTIAL\n")
    assert_withheld(text, comment)


def test_item_letters_with_a_colon_are_no_labelled_mark():
    text = ("UNCLASSIFIED\nSUBJECT: OPTIONS\n\n1. (U) Three options: option (A): wait, option (B): act. "
            "The note (c): see below.\n\nUNCLASSIFIED\n")
    assert versions(text)["public"] is not None
    assert "option (B): act" in versions(text)["public"]


@pytest.mark.parametrize("caveat", ["Please keep this in American channels only.",
                                    "Share this with nobody outside the USG.",
                                    "Chair: hold this one back from the allies for now.",
                                    "Do not pass any of it to our British colleagues.",
                                    "No compartir con gobiernos extranjeros.",
                                    "Ne pas partager avec les partenaires."])
def test_noforn_in_more_words_keeps_the_text_from_the_partner(caveat):
    item = "the processing backlog at the northern centre has reached forty thousand files"
    text = f"SENSITIVE BUT UNCLASSIFIED\nSUBJECT: BACKLOG\n\n1. (SBU) A contact said {item}. {caveat}\n\nSENSITIVE BUT UNCLASSIFIED\n"
    assert_withheld(text, item, ("partner", "public"))


@pytest.mark.parametrize("quoted", ["\u201eThe office has told us that Germany will not block it (C)\u201c",
                                    "\u300cThe minister said Japan will buy a second battery in secret (S).\u300d"])
def test_quoted_marks_before_german_and_japanese_closing_quotes(quoted):
    text = f"UNCLASSIFIED\nSubject: press\n\n(U) The paper quotes the cable as saying {quoted} and nothing more.\n\nUNCLASSIFIED\n"
    assert_withheld(text, quoted[1:40])


def test_a_sub_item_that_should_read_secret():
    item = "Two brigade commanders have met opposition intermediaries twice since January."
    text = ("SECRET\nSUBJECT: LOYALTY\n\n1. (U) Summary.\n\n2. (S) Key judgments.\n   a. (S) The minister keeps the garrisons.\n"
            f"   b. (U) Regional commands:\n      (i) (U) The Zulia command held exercises.\n      (ii) (U) {item}\n\n"
            "ERRATA: paragraph 2.b.(ii) should read SECRET; it was marked in error.\n\nSECRET\n")
    assert_withheld(text, item)


def test_a_log_entrys_fields_after_slashes_before_its_mark():
    note = "Name is a probable match to a subject of an ongoing investigation of a laundering cell."
    text = ("SENSITIVE BUT UNCLASSIFIED\nCASE NOTES - IV 2019 447 112 (SBU)\n\n"
            "03.04 / RK / (SBU) Interview scheduled.\n05.04 / RK / (U) Applicant called.\n"
            f"11.04 / DW / (S) {note}\n12.04 / DW / (SBU) Case refused.\nSENSITIVE BUT UNCLASSIFIED\n")
    assert_withheld(text, note)


def test_treat_this_bit_as_confidential():
    secret = "the consul general expects the host government to expel two of our staff"
    text = f"Classification: UNCLASSIFIED\n\nHi Tom -- the meeting moved.\n\nPS -- treat this bit as Confidential: {secret}.\n"
    assert_withheld(text, secret)


def test_a_corrected_copy_that_changes_the_classification_to_secret():
    secret = "THE COMMANDER CONFIRMED HIS UNITS FIRED ON THE CONVOY WITH OUR FEED."
    text = ("UNCLAS\nP 101800Z SEP 13\nFM USDAO AMMAN\nTO DIA WASHINGTON DC\nBT\n"
            "CORRECTED COPY - CLASSIFICATION CHANGED FROM UNCLAS TO SECRET//NOFORN.\nSUBJ: ENGAGEMENT\n"
            f"1. {secret}\n2. HE ASKED FOR DISCRETION.\nBT\n")
    assert_withheld(text, secret)
