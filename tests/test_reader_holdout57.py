"""The classes of round 57's first run (tests/corpus/adversarial57/FIRST_RUN.md), fixed by class, on
documents written for this test: a note saying a paragraph "carries its marking," with the marking on
the next line; a mark that a colon follows after a label of up to five words (`Addendum to Question
3 (C):`). And what must stay released beside them."""
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
