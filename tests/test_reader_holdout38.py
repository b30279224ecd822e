"""The classes of leak that round 38's first run found (tests/corpus/adversarial38/FIRST_RUN.md), on
documents written for this test: a mark that ends a line before its colon introduces the text
after it (`BEGIN TEXT OF AMMAN 4410 (SECRET):` above the quoted telegram, in one portion); a
transcriber's bracketed note of a handwritten or stamped control (`[Handwritten across top:
"NOFORN - not for the Brits"]`) is the document's control."""
import pytest

from released import assert_withheld

QUOTE = "KING SAID HE WILL ALLOW THE CAMPS TO STAY NEAR THE CAPITAL UNTIL AFTER THE SUMMIT."


@pytest.mark.parametrize("caption", ["BEGIN TEXT OF AMMAN 4410 (SECRET):", "Excerpt of the minister's letter (S//NF) :",
                                     "The telegram reads (C):"])
def test_a_caption_mark_before_a_colon_raises_what_it_introduces(caption):
    text = ("UNCLASSIFIED\n\nMEMORANDUM\nTO: L - Mr. Fensworth\nSUBJECT: Request for Legal Opinion\n\n"
            f"Please advise whether the telegram may be cited.\n\n{caption}\n{QUOTE}\nEND TEXT.\n\n"
            "We would appreciate a reply by Friday.\n\nUNCLASSIFIED\n")
    assert_withheld(text, QUOTE)


@pytest.mark.parametrize("note", ['[Handwritten across top: "NOFORN - not for the Brits. RJT"]',
                                  "[Stamped in red ink: NOFORN]"])
def test_a_bracketed_note_of_a_handwritten_control_keeps_the_memo_from_the_partner(note):
    body = "Treasury believes a devaluation of sterling is likely before the end of the year."
    text = f"LIMITED OFFICIAL USE\n\n{note}\n\nMEMORANDUM\nTO: EUR/BMI\n\n{body}\n\nLIMITED OFFICIAL USE\n"
    assert_withheld(text, body, ("partner", "public"))
