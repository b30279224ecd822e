"""The known leaks of rounds 104, 107 and 108 (issue 8), read by class, not by example: each class
has cases in wording of its own and non-examples (ordinary text that must not be raised)."""
from __future__ import annotations

import pytest

import sbu_redact

RANK = {"UNCLASSIFIED": 0, "CONFIDENTIAL": 2, "SECRET": 3, "TOP SECRET": 4}


def _portion(text: str, phrase: str):
    doc = sbu_redact.read(text)
    at = text.index(phrase)
    found = [p for p in doc.portions if p.start <= at < p.end]
    assert found, f"no portion holds {phrase!r}"
    return found[0]


def level(text: str, phrase: str) -> str | None:
    """The level of the portion that holds `phrase` (None when doubtful)."""
    m = _portion(text, phrase).marking
    return m.level if m is not None and m.valid else None


def withheld_from_usg(text: str, phrase: str) -> bool:
    """Is the portion holding `phrase` classified or doubtful (usg may not see it)?"""
    lvl = level(text, phrase)
    return lvl is None or RANK.get(lvl, 0) >= 2


# --- class: a page's running head or footer cuts a (U) paragraph ---------------------------------

_MEMO = ("SECRET\nEmbassy Lima - Political Section\n"
         "1. (S) The interior minister will order the arrest of the mayor next week.\n"
         "2. (U) Congress passed the budget on Tuesday after a long debate. The speaker said that\n"
         "{line}\n"
         "the police will guard the mayor's office until the prosecutor files charges.\n"
         "3. (U) The rainy season started early in the highlands.\n")


@pytest.mark.parametrize("line,expected", [
    ("Page 3 of 7        SECRET        Lima 2026-0913", "SECRET"),
    ("Lima 2026-0913   |   SECRET//NOFORN   |   Pg. 3", "SECRET"),
    ("\u2014 3 \u2014", "SECRET"),
    ("SECRET                                  Political Section", "SECRET"),
    ("5 | Page", "SECRET"),
    # non-examples: prose that names a page or has a dash is no running line
    ("Page 3 of the annual report describes the budget in detail and the speaker said that", "UNCLASSIFIED"),
    ("Results are on page 4 - the speaker said that", "UNCLASSIFIED"),
    ("The vote was 12 - 3 and the speaker said that", "UNCLASSIFIED"),
])
def test_running_line_cuts_a_u_paragraph(line, expected):
    text = _MEMO.format(line=line)
    assert (level(text, "the police will guard"), level(text, "Congress passed"), level(text, "The rainy season")) \
        == (expected, "UNCLASSIFIED", "UNCLASSIFIED")


def test_running_line_cuts_a_cable_paragraph():
    cable = ("S E C R E T SECTION 01 OF 02 LIMA 000913\nSIPDIS\nE.O. 13526: DECL: 09/13/2041\nTAGS: PGOV, PE\n"
             "SUBJECT: BUDGET\n\n1. (U) Congress passed the budget on Tuesday after a long debate. The speaker said that\n"
             "Page 1 of 2      S E C R E T      LIMA 000913\n"
             "the police will guard the mayor's office until the prosecutor files charges.\n"
             "2. (U) The rainy season started early in the highlands.\nSMITH\n")
    assert [level(cable, "the police will guard"), level(cable, "The rainy season")] == ["SECRET", "UNCLASSIFIED"]


# --- class: the label of a comment or note section, in any case, after a marked paragraph ---------

_CABLE = ("S E C R E T SECTION 01 OF 01 BISHKEK 000214\nNOFORN\nSIPDIS\nE.O. 13526: DECL: 03/02/2041\nTAGS: PGOV, KG\n"
          "SUBJECT: NEW CUSTOMS CHIEF\n\n1. (U) Parliament confirmed the new customs chief on 2 March.\n"
          "{label} A contact in the security service says the chief paid for the post with smuggling money.\n"
          "2. (U) The session closed at noon.\nJONES\n")


@pytest.mark.parametrize("label,expected", [
    ("embassy comment:", "SECRET"),
    ("CONSULATE COMMENT:", "SECRET"),
    ("Poloff's note --", "SECRET"),
    ("Mission Comment (drafter):", "SECRET"),
    # non-examples: a sentence that ends in a note is the paragraph's own wrapped text
    ("He handed over a note:", "UNCLASSIFIED"),
    ("and the diplomatic note:", "UNCLASSIFIED"),
])
def test_comment_section_label_in_any_case(label, expected):
    assert level(_CABLE.format(label=label), "A contact in the security") == expected


def test_comment_section_label_in_a_memo():
    memo = ("CONFIDENTIAL\nTo: Ambassador\n\n(U) The customs chief was confirmed on 2 March.\n"
            "drafter's note: a contact says the chief paid for the post with smuggling money.\n")
    assert level(memo, "a contact says the chief") == "CONFIDENTIAL"


# --- class: an unmarked sentence on the line under a short marked paragraph --------------------------

@pytest.mark.parametrize("first,second,expected", [
    ("(U) Born in Osh in 1975, she served as deputy mayor of Osh from 2012 until 2019.",
     "She is said to hold a second passport issued in Ankara.", "SECRET"),
    ("(U) He studied economics in Moscow and worked for the central bank until 2020.",
     "Our contact reports that he owes debts to a Chinese bank.", "SECRET"),
    # non-example: a wrapped sentence (no full stop above it) goes on with its mark
    ("(U) Born in Osh in 1975, she served as deputy mayor of Osh from 2012 until 2019",
     "and graduated from the law faculty in Bishkek.", "UNCLASSIFIED"),
])
def test_line_under_a_marked_biographic_line(first, second, expected):
    text = ("S E C R E T SECTION 01 OF 01 BISHKEK 000215\nNOFORN\nSIPDIS\nE.O. 13526: DECL: 03/02/2041\n"
            "TAGS: PGOV, KG\nSUBJECT: NEW MAYOR\n\n1. (U) The city council elected a new mayor of Osh on Friday.\n"
            "Comment: the new mayor is close to the president's family and to the customs service. End comment.\n\n"
            f"2. Biographic note.\n{first}\n{second}\nJONES\n")
    assert (level(text, second[:20]), level(text, first[4:30])) == (expected, "UNCLASSIFIED")


# --- class: a form's marked value with lines set in deeper under it ---------------------------------

_FORM = ("{banner}\nREQUEST FOR OFFICIAL TRAVEL (text export)\n"
         "3. Traveler: (U) OKAFOR, Daniel\n"
         "{field}: (U) Consultations with the regional security officer on the new residence\n"
         "        {wrap}\n"
         "12. Approved by: (U) Management Officer\n{banner}\n")


@pytest.mark.parametrize("field,wrap", [
    ("9. Purpose of travel", "and a meeting with the police informant who watches the port at Mombasa"),
    ("Remarks", "including the safe house used by the liaison service near the airport"),
    ("14 Additional information", "the convoy leaves at dawn on the third Tuesday of each month"),
])
def test_indented_wrap_of_a_marked_form_value(field, wrap):
    text = _FORM.format(banner="SECRET", field=field, wrap=wrap)
    assert (level(text, wrap[:25]), level(text, "Consultations with"), level(text, "Management Officer")) \
        == ("SECRET", "UNCLASSIFIED", "UNCLASSIFIED")


def test_indented_wrap_of_a_form_value_in_an_unclassified_form_is_released():
    wrap = "and a visit to the new consulate building site"  # (non-example: the document's level is UNCLASSIFIED)
    assert level(_FORM.format(banner="UNCLASSIFIED", field="9. Purpose", wrap=wrap), wrap[:20]) == "UNCLASSIFIED"


# --- class: a correction that adds a control to a paragraph -----------------------------------------

_CORRECTED = ("UNCLAS SECTION 01 OF 01 HARARE 000451\nSENSITIVE\nSIPDIS\n{note}\nE.O. 13526: N/A\nTAGS: ECON, ZI\n"
              "SUBJECT: TOBACCO AUCTION FLOORS\n\n1. (U) The tobacco auction floors opened on 15 March.\n"
              "2. (SBU) A buyer said the central bank will pay growers late again.\n"
              "3. (SBU) The buyer said a general's company controls the largest floor through a nominee.\n"
              "4. (U) Post will report on prices in April.\nMORALES\n")


def _controls(text: str, phrase: str) -> tuple[str, ...]:
    m = _portion(text, phrase).marking
    return m.dissem + m.captions if m is not None else ("?",)


@pytest.mark.parametrize("note", [
    "CORRECTED COPY - NOFORN CAVEAT ADDED TO PARA 3",
    "CORRECTED COPY: added NOFORN to paragraph 3",
    "CORRECTED COPY - PARA 3 DISSEMINATION CONTROL APPLIED: NOFORN",
])
def test_correction_adds_a_control(note):
    text = _CORRECTED.format(note=note)
    assert any("NOFORN" in c for c in _controls(text, "a general's company"))
    assert not any("NOFORN" in c for c in _controls(text, "The tobacco auction floors"))


def test_no_correction_no_control():
    # non-example: a remark about what a buyer added names no control for a paragraph
    text = _CORRECTED.format(note="CORRECTED COPY - TYPO IN PARA 3 FIXED; THE BUYER ADDED DETAILS")
    assert not any("NOFORN" in c for c in _controls(text, "a general's company"))


# --- class: a note dictated by voice that says a part is at a higher level ---------------------------

_DICTATED_LOG = ("UNCLASSIFIED\nEmbassy Tegucigalpa RSO - duty log, 2 Dec 2026\n\n"
                 "(U) 0800 Guard force shift change, no issues.\n"
                 "(U) 0915 Visitor badges reprinted for the consular section.\n"
                 "1020 The informant inside the transit police named two officers who sell plates to the gang.\n"
                 "{note}\n"
                 "(U) 1300 Fire drill held in the chancery annex.\n")


@pytest.mark.parametrize("note,controls", [
    ("voice memo colon the entry above is confidential period thanks", ()),
    ("dictated 1025 colon the line above is secret slash no forn period", ("NOFORN",)),
    ("note to file comma the previous entry is secret slash no for in full stop", ("NOFORN",)),
])
def test_dictated_level_for_the_entry_above(note, controls):
    text = _DICTATED_LOG.format(note=note)
    assert withheld_from_usg(text, "The informant inside")
    assert all(c in _portion(text, "The informant inside").marking.dissem for c in controls)
    assert level(text, "Visitor badges") == level(text, "Fire drill") == "UNCLASSIFIED"


def test_dictated_level_for_a_bit_named_by_its_topic():
    text = ("UNCLASSIFIED\nUSAID Malawi - call minutes (dictated)\n\n(U) The maize harvest is above forecast.\n"
            "The district commissioner in Mangochi sold relief fertilizer to a trader from his own party.\n"
            "memo comma the part about the fertilizer in Mangochi is confidential period not for release period\n"
            "(U) Next call on Friday.\n")
    assert withheld_from_usg(text, "The district commissioner")
    assert level(text, "The maize harvest") == level(text, "Next call") == "UNCLASSIFIED"


@pytest.mark.parametrize("note", [
    # non-examples: ordinary dictated words with no level claimed; a question mark is no question named
    "dictated 1025 colon the entry above was logged late period question mark on the plate numbers",
    "note to file comma the secret santa party is on Friday period",
])
def test_dictation_without_a_level_raises_nothing(note):
    text = _DICTATED_LOG.format(note=note)
    assert level(text, "Visitor badges") == level(text, "Fire drill") == "UNCLASSIFIED"


def test_a_heading_that_states_its_sections_level_is_no_running_line():
    # (a banner among fields set apart by a spaced dash, after a blank line, with no page number and not repeated:
    # it labels the text under it, which takes its level; round 11's speaker notes leaked when it was read as a
    # running head that cut them off)
    text = ("UNCLASSIFIED\n\nSlide 3\n(U) Port calls, January-October\n(U) 27 calls, down from 34\n\n"
            "Speaker notes - CONFIDENTIAL//NOFORN\nDo not show these notes. The harbor master is paid by the smugglers.\n\n"
            "Slide 4\n(U) Training plan\n\nUNCLASSIFIED\n")
    assert level(text, "The harbor master is paid") == "CONFIDENTIAL"
