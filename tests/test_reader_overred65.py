"""Over-redaction, 10th round (rounds 100-112's classes), on documents written for these tests:

- a note that names the next paragraph, or the paragraph right below it, and nothing else (`Kumbuka:
  aya inayofuata ni siri`, `Note : le paragraphe suivant est SECRET`, `the para directly below is
  really C`), where that paragraph has no mark of its own, raises that paragraph alone when it is
  certainly the one: the note ends its portion, a blank line sets the paragraph apart above and
  below, it is no heading, and a marked portion (or the end) comes right after it. The (U) text
  elsewhere keeps its mark.

- a form's block or box label before a mark at the start of a line (`Block 12 (U) Location: ...`,
  `Box 4 (C) ...`) is a label, as `Item 3 (U)` is: the mark marks that block, and the (U) blocks are
  released (round 102, 105: every block took the form's banner).

- a marked line under a line it might continue starts a record of its own when both lines open with
  their own mark and a key of the same shape after it (a log's `(S//NF) 0910 ...` / `(U) 1000 ...`, an
  inventory's `(S) Box 2 - ...` / `(U) Box 3 - ...`, rounds 72, 107): it keeps its own (U).

Each keeps, on the other side, what must stay raised: unmarked text that runs on into more
unmarked text, a paragraph not set apart from the note, a note whose portion goes on under it.
"""
from __future__ import annotations

import pytest

from released import assert_withheld, mark_of as _find, portion_marks as _marks, versions


def _raised_alone(text: str, kept: list[str], withheld: str, mark: str) -> None:
    """`withheld` takes `mark` and no level releases it; every phrase of `kept` keeps its (U) and `usg` releases it."""
    marks, usg = _marks(text), versions(text, ("usg",))["usg"]
    for phrase in kept:
        assert _find(marks, phrase[:30])[0] == "(U)", phrase
        assert phrase in usg, phrase
    assert _find(marks, withheld[:30])[0] == mark
    assert_withheld(text, withheld, ("usg", "partner", "public"))


_GENERATOR = ("From: IRM Kampala\n"
              "To: Mgmt section\n"
              "Subject: generator cutover Saturday\n"
              "Classification: UNCLASSIFIED//SBU\n"
              "\n"
              "(U) The generator cutover starts at 2200 on Saturday and should take two hours.\n"
              "\n"
              "(SBU) The spare fuel key is kept in the GSO duty officer's lock box.\n"
              "\n"
              "{note}\n"
              "\n"
              "The RSO wants the perimeter cameras on battery power because of the vehicle seen at the north wall.\n"
              "\n"
              "(U) Please send your on-call numbers to the IRM desk by Friday noon.\n")

_NOTES = [
    "Kumbuka: aya inayofuata ni siri. Usiiweke kwenye tiketi ya helpdesk.",  # Swahili: the next paragraph is secret
    "Note : le paragraphe suivant est SECRET, ne pas le transmettre.",  # French
    "Heads up: the para directly below is really S, it came from the RSO's channel.",
]


@pytest.mark.parametrize("note", _NOTES)
def test_the_next_unmarked_paragraph_set_apart_is_the_one_raised(note):
    _raised_alone(_GENERATOR.format(note=note),
                  ["The generator cutover starts at 2200 on Saturday and should take two hours.",
                   "Please send your on-call numbers to the IRM desk by Friday noon."],
                  "The RSO wants the perimeter cameras on battery power because of the vehicle", "(S)")


def test_the_next_unmarked_paragraph_at_the_end_is_the_one_raised():
    text = ("Embassy Dar es Salaam - ICASS council notes, 3 December\n"
            "UNCLASSIFIED\n"
            "\n"
            "(U) The council approved the motor pool budget for the second quarter.\n"
            "\n"
            "Kumbuka: aya inayofuata ni siri.\n"
            "\n"
            "The agency rep said the ministry's liaison asked for the movement schedule of the visiting team.\n")
    _raised_alone(text, ["The council approved the motor pool budget for the second quarter."],
                  "The agency rep said the ministry's liaison asked for the movement schedule", "(S)")


_WATCH_LOG = ("SECRET//NOFORN\n"
              "OPERATIONS CENTER WATCH LOG - EMBASSY MANILA - 2 DECEMBER\n"
              "(U) {k1} duty officer relieved the night watch, radios checked at the gate\n"
              "(S//NF) {k2} the liaison service warned of a militant cell watching the route to the airport\n"
              "(U) {k3} consular section opened to the public on time with forty applicants\n"
              "SECRET//NOFORN\n")


@pytest.mark.parametrize("keys", [("0700", "0810", "0900"), ("07:00", "08:10", "09:00"),
                                  ("Entry 1 -", "Entry 2 -", "Entry 3 -")])
def test_log_lines_each_opening_with_a_mark_and_a_key_are_records_of_their_own(keys):
    text = _WATCH_LOG.format(k1=keys[0], k2=keys[1], k3=keys[2])
    _raised_alone(text, ["duty officer relieved the night watch, radios checked at the gate",
                         "consular section opened to the public on time with forty applicants"],
                  "the liaison service warned of a militant cell watching the route to the airport", "(S//NF)")


_VEHICLE_FORM = ("CONFIDENTIAL\n"
                 "VEHICLE INCIDENT REPORT - Embassy Tegucigalpa (local form 12)\n"
                 "\n"
                 "{label} 11 (U) Vehicle: armored Suburban, motor pool unit 7\n"
                 "{label} 12 (C) Narrative: The driver says a police unit stopped the car twice on the way to the "
                 "airport and asked for the passenger list (continued on sheet 2)\n"
                 "{label} 13 (U) Damage: none, the vehicle returned to the motor pool at noon\n"
                 "\n"
                 "SHEET 2 - {label} 12 continued\n"
                 "The officer in charge took photographs of the license plate and the driver's badge.\n"
                 "CONFIDENTIAL\n")


@pytest.mark.parametrize("label", ["Block", "BLOCK", "Box"])
def test_a_form_block_label_before_a_mark_is_a_label(label):
    text = _VEHICLE_FORM.format(label=label)
    _raised_alone(text, ["Vehicle: armored Suburban, motor pool unit 7",
                         "Damage: none, the vehicle returned to the motor pool at noon"],
                  "The driver says a police unit stopped the car twice on the way to the airport", "(C)")
    assert_withheld(text, "took photographs of the license plate and the driver's badge")  # (the sheet has no mark)


# --- what stays raised ------------------------------------------------------------------


@pytest.mark.parametrize("change", [
    # the unmarked text runs on into another unmarked paragraph: which one the note means is not certain
    ("(U) Please send", "The duty driver will also wait at the gate.\n\n(U) Please send"),
    # no blank line between the note and the paragraph: it may be the note's own text
    ("{note}\n\n", "{note}\n"),
    # the note's portion goes on under the note's line
    ("{note}\n", "{note}\nThe vendor will bring a second unit.\n"),
])
@pytest.mark.parametrize("note", _NOTES[:1] + _NOTES[2:])
def test_a_next_paragraph_that_is_not_certain_raises_more_than_it(change, note):
    text = _GENERATOR.replace(*change).format(note=note)
    marks = _marks(text)
    assert _find(marks, "send your on-call numbers")[0] != "(U)"  # (raised: the paragraph after may be the one)
    assert_withheld(text, "perimeter cameras on battery power because of the vehicle", ("usg", "partner", "public"))


@pytest.mark.parametrize("keys", [
    ("0700", "0810", ""),  # no key after the mark under the unfinished line: it may go on with it
    ("0700", "0810", "Entry 3 -"),  # keys of another shape
    ("Entry 1 -", "Entry 2 -", "Item 3 -"),  # another word
])
def test_a_marked_line_whose_key_differs_from_the_line_above_may_continue_it(keys):
    text = _WATCH_LOG.format(k1=keys[0], k2=keys[1], k3=keys[2]).replace("(U)  consular", "(U) consular")
    assert _find(_marks(text), "consular section opened")[0] == "(S//NF)"
    assert_withheld(text, "the liaison service warned of a militant cell watching the route to the airport")


@pytest.mark.parametrize("under", [
    "\tthe source met the DATT at the bar and named the intelligence officer.",  # a value wrapped onto a tab
    "The source met the DATT at the bar and named the intelligence officer.",
])
def test_text_under_a_form_block_line_stays_withheld(under):
    # (`Block 15 (U) Remarks: ...` is a label and its mark: the line under it is no wrap the mark covers, a
    # sentence or a line set in under the field: unmarked, it takes the form's banner, reader/portions.py)
    text = ("SECRET\nTRAVEL VOUCHER\n\nBlock 14 (U) Purpose: consultations in Kigali\n"
            f"Block 15 (U) Remarks: lodging at the Serena,\n{under}\nBlock 16 (U) Certified by the traveler.\nSECRET\n")
    assert_withheld(text, "met the DATT at the bar and named the intelligence officer")


def test_a_record_line_under_a_line_stopping_on_a_function_word_may_continue_it():
    text = _WATCH_LOG.format(k1="0700", k2="0810", k3="0900").replace("route to the airport\n", "route to the\n")
    assert _find(_marks(text), "consular section opened")[0] == "(S//NF)"
    assert_withheld(text, "the liaison service warned of a militant cell watching the route to the")
