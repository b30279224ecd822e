"""Items of one file under their own banners (`reader/evidence._closed_parts`): a message of a
chain, a tab, a slide that the same banner closes above and below takes that banner, raised by
whatever is inside it; pages of one document whose banners differ, the same text under two
banners, and parts that hold a higher mark or an authority block keep the file's highest."""
import pytest

import sbu_redact
from released import assert_withheld, versions

REPLY = "Thanks, the ceremony for the new consulate annex is confirmed for ten in the morning."
SECRET_TEXT = "The minister told us privately that the army will move two brigades to the border."


def chain(reply_extra: str = "", second_header: str = "-----Original Message-----") -> str:
    return (f"Classification: UNCLASSIFIED\nFrom: Doe, Jane\nSent: Friday\nSubject: RE: visit\n\n{REPLY}\n"
            f"{reply_extra}\nClassification: UNCLASSIFIED\n{second_header}\nFrom: Roe, Rick\nSubject: RE: visit\n"
            f"Classification: SECRET\n\n{SECRET_TEXT}\n\nClassification: SECRET\n")


def test_a_reply_framed_by_its_own_banners_is_released_and_the_secret_message_is_not():
    out = versions(chain())
    assert REPLY in out["usg"] and REPLY in out["public"]
    assert SECRET_TEXT not in out["usg"] and SECRET_TEXT not in out["public"]
    doc = sbu_redact.read(chain())
    assert doc.classification is not None and doc.classification.level == "SECRET"
    assert any(p.code == "PART_BANNER" for p in doc.problems)


@pytest.mark.parametrize("extra", [
    "(S) The second brigade is already at the border.",  # a higher mark inside the part
    "Classified By: Jane Doe, POL, Reason: 1.4(b)",  # an authority block inside the part
    "The paragraph above is classified SECRET.",  # a level stated in words inside the part
])
def test_a_part_that_holds_something_higher_keeps_it(extra):
    assert_withheld(chain(extra), REPLY, ("public",))


def test_evidence_outside_every_part_reaches_every_part():
    text = chain() + "\nNOTE: THE ABOVE CONTAINS SECRET INFORMATION THROUGHOUT.\n"
    assert_withheld(text, REPLY, ("public",))


def test_pages_of_one_document_whose_banners_differ_take_the_highest():
    text = ("CONFIDENTIAL\n\nBRIEFING PAPER\n\nThe minister will ask for a waiver that Treasury opposes.\n\n"
            "CONFIDENTIAL\n\nUNCLASSIFIED\n\nIf the waiver comes up, say only that Treasury is studying it.\n\n"
            "UNCLASSIFIED\n")
    assert_withheld(text, "If the waiver comes up, say only that Treasury is studying it.")


def test_a_bare_rule_line_is_no_item_boundary():
    text = ("CONFIDENTIAL\n\nThe minister will ask for a waiver that Treasury opposes.\n\nCONFIDENTIAL\n"
            "----------------------------------------\nUNCLASSIFIED\n\nIf the waiver comes up, say only that Treasury "
            "is studying it.\n\nUNCLASSIFIED\n")
    assert_withheld(text, "If the waiver comes up, say only that Treasury is studying it.")


def test_the_same_text_under_two_banners_takes_the_higher():
    body = "The brigade moved its air defense radars north of the river on Monday night."
    text = (f"SECRET//NOFORN\n--- Slide 1 ---\n{body}\nSECRET//NOFORN\n\n--- Slide 2 ---\nUNCLASSIFIED\n"
            f"Slide 2 recap\n{body}\nUNCLASSIFIED\n")
    assert_withheld(text, body)


def test_a_slide_and_a_tab_under_their_own_banners():
    text = ("--- Slide 1 ---\nUNCLASSIFIED\nEmbassy drawdown planning for the spring\nUNCLASSIFIED\n\n"
            "--- Slide 2 ---\nSECRET\nThreat picture\n- Militia units can cut the airport road within two days\n"
            "SECRET\n\nSECRET//NOFORN\nTAB B: SCENE-SETTER\nThe president will not sign the boundary accord.\n"
            "SECRET//NOFORN\n\nUNCLASSIFIED\nTAB C: LOGISTICS\nThe motorcade leaves the hotel at eight fifteen.\n"
            "UNCLASSIFIED\n")
    out = versions(text)
    assert "Embassy drawdown planning for the spring" in out["usg"]
    assert "The motorcade leaves the hotel at eight fifteen." in out["usg"]
    for level in ("usg", "public"):
        assert "Militia units can cut the airport road" not in out[level]
        assert "will not sign the boundary accord" not in out[level]


def test_a_single_memo_from_line_is_no_chain():
    text = ("UNCLASSIFIED\nFROM: S/ES - Jane Doe\nThe schedule for the visit is attached for the team.\nUNCLASSIFIED\n\n"
            "SECRET\n\nThe army will move two brigades to the border next week.\n\nSECRET\n")
    assert_withheld(text, "The schedule for the visit is attached for the team.")
