"""The classes of leak that round 25's first run found (tests/corpus/adversarial25/FIRST_RUN.md), on
documents written for this test: a Japanese stamp named in a line of English (`Original stamps: 秘`),
and a marked paragraph that quotes text of a higher level inline after naming it (`The summary,
which is NATO CONFIDENTIAL, reads: ...`)."""
import pytest

from released import versions



@pytest.mark.parametrize("stamp", ["秘", "極秘", "機密"])
def test_a_japanese_stamp_named_in_english_raises_unmarked_text(stamp):
    text = ("UNCLAS TOKYO 000101\n\nSENSITIVE\nSIPDIS\n\nE.O. 13526: N/A\nTAGS: PREL, JA\nSUBJECT: MOFA NOTE\n\n"
            "1. (SBU) MOFA passed the Embassy a note this morning; a translation follows.\n\n"
            f"2. Original stamps: {stamp} and 取扱注意 (upper right of page one).\n\n"
            "3. Translation:\nThe government assesses that the launch reached an altitude of 900 kilometers.\n\n"
            "4. (U) The Embassy will report the press conference separately.\n\nKENNEDY\n")
    out = versions(text)
    for level in ("usg", "public"):
        assert "reached an altitude of 900" not in out[level], level
    assert "report the press conference separately" in out["usg"]


def test_a_kanji_inside_a_japanese_sentence_is_no_stamp():
    text = ("UNCLASSIFIED\n\n(U) The sign on the door read 秘書室 (secretary's office) and nothing else.\n\n"
            "(U) The delegation arrived on time.\n\nUNCLASSIFIED\n")
    assert "The delegation arrived on time." in versions(text, ("usg",))["usg"]


@pytest.mark.parametrize("introduction", [
    "The Chairman's summary, which is NATO CONFIDENTIAL, reads: ",
    "The EU note (EU SECRET) states as follows: ",
    'The paragraph, classified SECRET, was quoted in full: "',
])
def test_a_marked_paragraph_quoting_a_higher_level_inline_is_raised(introduction):
    text = ("C O N F I D E N T I A L USNATO 000612\n\nSIPDIS\n\nE.O. 12958: DECL: 06/30/2014\nTAGS: NATO, PREL\n"
            "SUBJECT: NAC DISCUSSES EXPANSION\n\nClassified By: Political Counselor T. Ashby, reasons 1.4 (b) and (d)\n\n"
            f"1. (U) The Council met on 29 June. {introduction}Three nations still decline to send teams north.\n\n"
            "2. (C) The PermRep told us privately that The Hague would agree by September.\n\nBURNS\n")
    out = versions(text)
    for level in ("usg", "public"):
        assert "decline to send teams north" not in out[level], level


def test_a_marked_paragraph_naming_a_level_without_quoting_keeps_its_mark():
    text = ("UNCLASSIFIED\n\n(U) The NATO CONFIDENTIAL summary was circulated to capitals on Monday.\n\n"
            "(U) The delegation arrived on time.\n\nUNCLASSIFIED\n")
    assert "summary was circulated to capitals" in versions(text, ("usg",))["usg"]
