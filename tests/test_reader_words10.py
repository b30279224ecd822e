"""Readings found by the round-10 adversarial corpus (issue 8): traps where the foreign stamps
added in round 10 (Polish, Japanese, Korean, Arabic; their must-cases are in the stamp table of
`test_reader_words9.py`) are ordinary prose, and controls stated in words."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of
from test_reader_words9 import _pasted  # the same pasted-letter frame as the round-9 stamps


@pytest.mark.parametrize("prose", [
    "To były tajne rozmowy, o których nikt nie wiedział.",       # "secret talks" in a sentence
    "Tajne spotkanie odbyło się w Krakowie.",                   # the word opening a sentence
    "両国の首脳は極秘裏に会談した。",                             # "met in secret"
    "秘書が資料を届けた。",                                       # 秘 inside a word (secretary)
    "비밀번호를 잊어버렸습니다.",                                  # "I forgot the password"
    "그는 비밀을 지켰다.",                                          # "he kept the secret"
    "قال إن الاجتماع كان سري للغاية حسب الصحف.",                  # "very secret" inside a sentence
    "هذا عدد محدود من الشاحنات.",                                 # "a limited number of trucks"
])
def test_the_words_in_prose_are_no_stamp(prose):
    doc = sbu_redact.read(_pasted("Pismo:", original=prose))
    assert marking_of(doc, "The army will move") == "(U)"


def test_a_roman_numeral_is_not_read_inside_a_longer_number():
    doc = sbu_redact.read(_pasted("Pismo:", original="12급비밀 is not a Korean level."))
    assert marking_of(doc, "The army will move") == "(U)"


@pytest.mark.parametrize("stamp", ["（極秘）", "〔極秘〕"])
def test_a_stamp_in_round_brackets_is_withheld_either_way(stamp):
    """`（極秘）` alone on its line (`〔` folds to `(` too) reads as a doubtful portion mark: its line is withheld, and the
    stamp still raises the translation."""
    doc = sbu_redact.read(_pasted(stamp))
    assert marking_of(doc, "The army will move").startswith("(S")
    assert marking_of(doc, "Original text of") in ("doubtful", "(S)")


def _controlled(line: str) -> str:
    return ("UNCLASSIFIED//FOUO\n\nMEMORANDUM FOR THE RECORD\n\n"
            f"{line}\n\n(U//FOUO) The convoy moves on Thursday by the river road.\n\n"
            "(U) Questions to the watch officer.\n\nUNCLASSIFIED//FOUO\n")


@pytest.mark.parametrize("line, control", [
    ("(U//FOUO) This schedule is for U.S. personnel only until the J3 releases it.", "NF"),
    ("(U//FOUO) For U.S. Government use only.", "NF"),
    ("(U//FOUO) It may not be shared with coalition partners before Friday.", "NF"),
    ("Dissemination: not to contractors, grantees or foreign governments.", "NF"),
    ("Dissemination: authorized only to employees of U.S. Government agencies.", "FEDONLY"),
    ("(U) Access is limited to federal employees with a need to know.", "FEDONLY"),
    ("SENSITIVE - U.S. ONLY", "NF"),
    ("U.S. ONLY", "NF"),
    ("(U//FOUO) The Australians marked it AUS EYES ONLY.", "NF"),
    ("(U//FOUO) Their paper was stamped CANADIAN EYES ONLY.", "NF"),
])
def test_controls_in_words_cover_the_controlled_portions(line, control):
    doc = sbu_redact.read(_controlled(line))
    assert control in marking_of(doc, "The convoy moves")
    assert marking_of(doc, "Questions to the watch") == "(U)"


@pytest.mark.parametrize("line", [
    "(U) The exhibit is open to U.S. and foreign visitors alike.",
    "(U) Only U.S. ships may call at the port under the new rules.",    # "U.S." and "only" in prose
    "(U) The union represents federal employees in the region.",        # no limit on dissemination
    "(U) Eyes only on the road: drivers should not use phones.",
    "(U) The embassy shared the schedule with foreign governments.",
])
def test_the_words_in_prose_state_no_control(line):
    doc = sbu_redact.read(_controlled(line))
    assert marking_of(doc, "The convoy moves") == "(U//FOUO)"


def _attachment(name: str) -> str:
    return ("From: Desk\nTo: Post\nSubject: Prep\nClassification: UNCLASSIFIED\n"
            f"Attachments: {name} (41 KB)\n\n(U) Attached is the prep note.\n\n"
            f"--- Extracted text: {name} ---\nThe minister will resign in January.\n\n"
            "Classification: UNCLASSIFIED\n")


@pytest.mark.parametrize("name, level, noforn", [
    ("S-NF_Guatemala_prep_v3.docx", "S", True), ("TS-NF-ORCON_brief.pptx", "TS", True),
    ("C-REL_readout.pdf", "C", False), ("SECRET_notes_final.pdf", "S", False),
    ("TOP_SECRET-NF_annex.docx", "TS", True),
    # round 11: a suffix before the extension
    ("readout_Muscat_talks_S-NF.docx", "S", True), ("brief-TS-NF-ORCON.pptx", "TS", True),
    ("readout_C-REL.pdf", "C", False), ("notes_final_SECRET.pdf", "S", False),
])
def test_a_classification_prefix_of_a_file_name_is_evidence(name, level, noforn):
    doc = sbu_redact.read(_attachment(name))
    mark = marking_of(doc, "The minister will resign")
    assert mark.startswith(f"({level}")
    assert ("NF" in mark) == noforn
    assert marking_of(doc, "Attached is the prep") == "(U)"


@pytest.mark.parametrize("name", ["S_curve_analysis.xlsx", "U_Agenda_visit.docx", "C-SPAN_clip_notes.docx",
                                  "NF-2026_budget.xlsx", "S-NF notes without an extension",
                                  "Q3_S-curve_model.xlsx", "notes_U.docx", "Official_SECRETS_Act.pdf",
                                  "route_C-SPAN.docx", "notes_S-NF without an extension"])
def test_a_file_name_without_a_classification_prefix_is_no_evidence(name):
    doc = sbu_redact.read(_attachment(name))
    assert marking_of(doc, "The minister will resign") == "(U)"
