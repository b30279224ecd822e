"""The classes of leak that round 24's first run found (tests/corpus/adversarial24/FIRST_RUN.md), on
documents written for this test: a previous review's stamp or an upgrade notice that states a level
(`CLASSIFIED UPGRADE: Class: CONFIDENTIAL ~ Reason: ...`, State's `~ Class: SECRET ~` stamp), and a
transcription's editorial note recording a marking on the original (`[Stamped: "SECRET"]`)."""
import pytest

from released import versions



@pytest.mark.parametrize("stamp", [
    "CLASSIFIED UPGRADE: Class: CONFIDENTIAL ~ Reason: 1.4(B), 1.4(D) ~ Declassify on: 11/12/2025",
    "Classified by: R. Doe, Senior Reviewer ~ Class: SECRET ~ Reason: 1.4(D) ~ Declassify on: 03/14/2033",
    "Upgraded to: Class: CONFIDENTIAL by the reviewer on 06/30/2016",
])
def test_a_review_stamp_stating_a_level_raises_unmarked_text(stamp):
    text = ("UNCLASSIFIED U.S. Department of State Case No. F-2015-00001 Doc No. C05700001 Date: 06/30/2016\n"
            f"{stamp}\n\nFrom: Roe, Alex\nSent: Thursday, November 12, 2015 6:40 PM\nSubject: call\n"
            "Classification: UNCLASSIFIED\n\nThe minister said the vote will be delayed until after the elections.\n\n"
            "UNCLASSIFIED U.S. Department of State Case No. F-2015-00001 Doc No. C05700001 Date: 06/30/2016\n")
    out = versions(text)
    for level in ("usg", "public"):
        assert "vote will be delayed" not in out[level], level


def test_a_review_stamp_saying_unclassified_lowers_nothing():
    text = ("SECRET\n\nReviewed by: R. Doe ~ Class: UNCLASSIFIED ~ Reason: N/A ~ Release: RIF\n\n"
            "The minister said the vote will be delayed until after the elections.\n\nSECRET\n")
    out = versions(text)
    for level in ("usg", "public"):
        assert "vote will be delayed" not in out[level], level


@pytest.mark.parametrize("note", [
    '[Handwritten at top and bottom of each page: "SECRET"; typed marking "UNCLASSIFIED" struck through.]',
    "[Stamped: CONFIDENTIAL]",
    "[Classification marking: TOP SECRET]",
])
def test_an_editorial_note_recording_a_marking_raises_the_transcription(note):
    text = (f"[Transcribed from microfilm.]\n\n{note}\n\nUNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\n\n"
            "The teams counted 320 trucks moving south through the pass during the week.\n\nUNCLASSIFIED\n")
    out = versions(text)
    for level in ("usg", "public"):
        assert "counted 320 trucks" not in out[level], level


def test_a_bracketed_note_without_a_marking_word_is_no_evidence():
    text = ("UNCLASSIFIED\n\n[Editor's note: the secret ballot was held on May 2.]\n\n"
            "The teams counted 320 trucks moving south through the pass during the week.\n\nUNCLASSIFIED\n")
    assert "counted 320 trucks" in versions(text, ("usg",))["usg"]
