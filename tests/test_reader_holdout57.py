"""The classes of the first runs of rounds 57-59 (tests/corpus/adversarial57/FIRST_RUN.md ... 59), fixed
by class, on documents written for this test: a marking tool's "changed (U) -> (C//NF)"; OCR'd "1S
5ECRET" in a statement; "carries the classification of REF B"; a release restriction in words
("not to be disclosed to UK liaison", "not releasable to foreign partners", a quoted sticky note's
"eyes only, Americans"); "must not be shared with contractors"; a note saying a paragraph "carries its marking," with the marking on
the next line; a mark that a colon follows after a label of up to five words (`Addendum to Question
3 (C):`). And what must stay released beside them."""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master admitted that the customs scanners were switched off for a week"
PLAIN = "The new ferry timetable starts on Monday"


def test_a_marking_carried_from_a_source_on_the_next_line():
    text = ("MEMORANDUM\nSUBJECT: Port outlook (U)\n\n1. (U) " + PLAIN + ".\n\n2. (U) " + SECRET + ".(1)\n\n"
            "3. (U) The watch floor opens in January.\n\n----\n(1) Para 2 comes from a partner's message and carries its "
            "marking,\nSECRET//REL TO USA, GBR. The (U) above is wrong.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_mark_after_a_long_label_and_before_a_colon():
    text = ("QUESTIONS FOR THE RECORD\nClassification: UNCLASSIFIED\n\nQuestion 1 (U): Will you brief us?\n"
            f"Answer (U): Yes. {PLAIN}.\nAddendum to the answer to Question 1 (C): {SECRET}.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]



def test_a_marking_tools_change_record():
    text = ("TOOL -- change history for memo 2020-118\n[rev 3] originator: portion 2 changed (U) -> (C//NF).\n"
            f"BODY\n(U) 1. {PLAIN}.\n(U) 2. {SECRET}.\n")
    assert_withheld(text, SECRET)


def test_an_ocr_damaged_is_in_a_statement():
    text = (f"UNCLASSIFIED\nSUBJECT: VISIT\n1. {PLAIN.upper()}.\n2. {SECRET.upper()}.\n"
            "3. DRAFTER NOTE: PARA 2 1S 5ECRET N0F0RN, PROTECT ACC0RDINGLY.\n")
    assert_withheld(text, SECRET.upper())


def test_carries_the_classification_of_a_ref():
    text = ("UNCLASSIFIED\nREF: A) STATE 10442 B) EMBASSY 0877\n1. (U) " + PLAIN + ".\n2. (U) " + SECRET + ".\n"
            "3. (U) Note: paragraph 2 carries the classification of REF B.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


@pytest.mark.parametrize("words", ["Annex B is not to be disclosed to UK liaison or any other foreign national.",
                                   "The note on slide 2 is not releasable to foreign partners.",
                                   'His sticky on the last page says "last para -- eyes only, Americans".'])
def test_a_release_restriction_in_words(words):
    text = f"From: A. Writer\nSubject: notes (SBU)\n\n{words}\n\n(SBU) {PLAIN}.\n\n(SBU) {SECRET}.\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))


def test_not_to_be_shared_with_contractors():
    text = (f"CUI//FEDCON\nSUBJECT: Pilot\n(U) {PLAIN}.\n{SECRET}.\nThe list is attached and must not be shared "
            "with contractors.\nCUI//FEDCON\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("line", ["Classification  UNCLASS1FIED", "Email classification UNCLASS1FIED"])
def test_a_damaged_unclassified_never_reads_as_one(line):
    # (reader/ocr.py reads OCR digits in marking words inside statements; a damaged UNCLASSIFIED could
    # only lower, so it stays damaged: the text under it is doubtful)
    text = f"From: A. Writer\n{line}\n\n{SECRET}.\n"
    assert_withheld(text, SECRET)
