"""The classes of round 48's first run (tests/corpus/adversarial48/FIRST_RUN.md) that are not level
claims in words (those are tests/test_reader_claims.py), fixed by class. On documents written for
this test: an OCR'd regrade of "TH1S MESSAGE" to a spaced or digit-damaged level; a mark right
after a single closing quote and before a full stop; a mark before a closing angle bracket or an em
dash; NOFORN said as "don't share ... w/ partners", "not even the Five Eyes", "keep this ... inside
the U.S. government", and in Polish; a thread "up-classed" to a level in letters."""
import pytest

from released import assert_withheld, versions

SECRET = "The deputy governor admitted that the reserve figures were inflated for the auditors"


@pytest.mark.parametrize("service_line", ["ORIGINATOR HAS REGRADED TH1S MESSAGE S E C R E T - HANDLE ACCORDINGLY",
                                          "MSG UPGRADED TO CONF1DENT1AL PER ORIG"])
def test_an_ocr_regrade_with_damaged_words(service_line):
    text = (f"UNCLAS ACCRA 04117\n{service_line}\nE.O. 12356: N/A\nSUBJECT: RESERVES\n\n1. {SECRET.upper()}.\n\n"
            "2. EMBASSY WILL REPORT FURTHER.\n")
    assert_withheld(text, SECRET.upper())


@pytest.mark.parametrize("quote", ["\u2018{s}\u2019(C). He asked", "'{s}'(C). He asked"])
def test_a_mark_after_a_single_closing_quote(quote):
    text = ("UNCLASSIFIED//SBU\nSUBJECT: RESERVES\n\n1. (U) The governor met the ambassador.\n\n"
            f"2. (SBU) The governor said: {quote.format(s=SECRET)} that we keep the figures to ourselves.\n\n"
            "3. (U) The next meeting is on July 9.\n")
    assert_withheld(text, SECRET)
    assert "The next meeting is on July 9" in versions(text)["usg"]


@pytest.mark.parametrize("aside", ["<{s} (C)>", "{s} (C)\u2014the announcement comes later"])
def test_a_mark_before_an_angle_bracket_or_a_dash(aside):
    text = (f"Classification: UNCLASSIFIED\n\n(U) Reminder: lunch moved to Thursday.\n\n"
            f"(U) On the reserves: the ministry will publish in June {aside.format(s=SECRET)}.\n\n"
            "(U) Leave requests are due Friday.\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("words", ["[flag on point 2, handwriting: \u201cDon\u2019t share pt 2 w/ partners \u2014 US only\u201d]",
                                   "Keep this paragraph inside the U.S. government -- not even the Five Eyes.",
                                   "Prosz\u0119: nie udost\u0119pnia\u0107 zagranicznym partnerom, to tylko dla USA."])
def test_noforn_in_other_words(words):
    text = (f"SENSITIVE BUT UNCLASSIFIED\n\n1. (SBU) Agenda for the visit.\n\n2. (SBU) {SECRET}.\n{words}\n\n"
            "SENSITIVE BUT UNCLASSIFIED\n")
    assert_withheld(text, SECRET, ("partner", "public"))


def test_a_thread_up_classed_to_a_level_in_letters():
    text = ("From: A. Writer\nSent: Friday, June 2, 2017 9:03 AM\nSubject: RE: numbers\nClassification: UNCLASSIFIED\n\n"
            f"All - up-classing this thread to S. Please reply on the high side.\n\n{SECRET}.\n")
    assert_withheld(text, SECRET)
