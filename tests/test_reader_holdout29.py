"""The class of leak that round 29's first run found (tests/corpus/adversarial29/FIRST_RUN.md), on
documents written for this test: sensitive-but-unclassified handling stated in a sentence of an
UNCLASSIFIED document ("do not forward outside the mission", "This paragraph is SBU"), which the
`public` level must withhold; and the rules key that states it (`designations` of a
`classification_in_words` entry), validated with the file and key named."""
import shutil

import pytest

import sbu_redact
from sbu_redact.config import Rules, default_rules_dir
from released import assert_withheld, versions


def _public(text: str) -> str:
    return versions(text, ("public",))["public"]


@pytest.mark.parametrize("statement", [
    "The two items below are for mission staff only - do not forward outside the mission:",
    "Please do not share these notes outside the Embassy.",
    "For internal use only.",
])
def test_handling_stated_in_a_sentence_keeps_unmarked_text_from_public(statement):
    text = ("Classification: UNCLASSIFIED\n\nFrom: CLO Office\nTo: All Mission Staff\nSubject: Housing\n\n"
            f"{statement}\n\nThe landlord of the compound will sell in December and eleven families must move.\n")
    assert "eleven families must move" not in _public(text)


def test_a_starred_paragraph_said_to_be_sbu_in_a_footnote():
    text = ("UNCLASSIFIED\n\nNOTE FOR THE FRONT OFFICE\n\n(U) The conference will be held in Nairobi.\n\n"
            "* The director believes two of his rangers tipped off the poachers.\n\n(U) The Embassy will host a "
            "reception.\n\n____________\n* This paragraph is SBU; do not share outside USG.\n")
    out = _public(text)
    assert "tipped off the poachers" not in out
    assert "The conference will be held in Nairobi." in out


def test_a_designation_in_words_does_not_mark_a_document_that_nothing_else_marks():
    # unmarked text with no banner is doubtful; "internal use only" must not make it UNCLASSIFIED//SBU
    text = "Minutes\n\nFor internal use only.\n\nThe minister will resign on Friday after the vote.\n"
    doc = sbu_redact.read(text)
    assert all(p.marking is None or not p.marking.valid for p in doc.portions if not p.explicit)
    out = versions(text, ("usg",))["usg"]
    assert "resign on Friday" not in out


def test_an_unknown_designation_in_words_names_file_and_key(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    markings = target / "markings.yaml"
    text = markings.read_text(encoding="utf-8")
    markings.write_text(text.replace("    designations: [SBU]\n", "    designations: [NOPE]\n", 1), encoding="utf-8")
    with pytest.raises(Exception) as caught:
        sbu_redact.read("UNCLASSIFIED\n\n(U) Text.\n", Rules(target))
    message = str(caught.value)
    assert "markings.yaml" in message and "designations" in message and "NOPE" in message


def test_a_mark_after_an_escaped_line_break_in_a_calendar_description():
    # round 30 (tests/corpus/adversarial30/FIRST_RUN.md): `year.\n(S) Item two` in an iCalendar text value
    text = ("Subject: Invitation\nClassification: UNCLASSIFIED\n\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nCLASS:PUBLIC\n"
            "SUMMARY:(U) Deputies small group\nDESCRIPTION:(U) Item one is the budget for the coming year.\\n(S) Item two is"
            " the proposal to relocate the detection unit.\\n\nEND:VEVENT\nEND:VCALENDAR\n")
    assert_withheld(text, "relocate the detection unit")


def test_a_mark_after_a_bracketed_label_and_a_classified_schedule_item():
    # round 31 (tests/corpus/adversarial31/FIRST_RUN.md): `[Cover note to S/ES, not part of the letter] (SBU) ...`
    # and `4:00 p.m. [CLASSIFIED MEETING -- see separate schedule] The Adviser told us ...`
    letter = ("UNCLASSIFIED\n\nLETTER FOR SIGNATURE\n\nDear Minister,\n\nWe welcome the arrangement.\n\n"
              "[Cover note to S/ES, not part of the letter] (SBU) The delegation will stay in rooms 611 through 972.\n")
    assert "rooms 611 through 972" not in _public(letter)
    schedule = ("SENSITIVE BUT UNCLASSIFIED\n\nTHE SECRETARY'S SCHEDULE\n\n10:00 a.m.\tRemarks\t(U) Remarks to the press.\n"
                "4:00 p.m. [CLASSIFIED MEETING -- see separate schedule] The Adviser told us privately that the "
                "journalists will be released in stages.\n\nSENSITIVE BUT UNCLASSIFIED\n")
    out = versions(schedule, ("usg",))["usg"]
    assert "released in stages" not in out
    label = "UNCLASSIFIED\n\n[SECRET] (U) The minister will resign on Friday.\n\nUNCLASSIFIED\n"
    assert "resign on Friday" not in versions(label, ("usg",))["usg"]
