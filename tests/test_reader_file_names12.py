"""File names that carry a classification in other shapes (round 12): the level and NF with no
separator as a suffix, lower case with a control, the level in parentheses before a version and
a copy number, a name wrapped over a line end after one of its hyphens; traps that are no
classification."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of, released_text


def _pasted(name: str, divider: bool = False) -> str:
    head = f"----- {name} -----" if divider else name
    return ("From: Roe, Jane\nTo: Desk\nSubject: notes\nClassification: UNCLASSIFIED\n\n"
            "(U) Lunch order is due by eleven today.\n\n"
            f"{head}\nThe minister said the brigade will move north before the talks resume.\n\n"
            "Jane\nClassification: UNCLASSIFIED\n")


@pytest.mark.parametrize("name, divider", [
    ("Kyiv_TPs_DefMin_SNF.docx", False), ("notes_CNF.pdf", False), ("brief_TSNF.pptx", False),
    ("mindef-call-notes-c-nf.docx", False), ("readout_s-nf.docx", False),
    ("Readout - Doha talks (S-NF) v3 (1).docx", True), ("Call notes (C-NF).pdf", True),
    ("Ankara_bilat_readout_S-\nNF.docx", False),
])
def test_a_file_name_classification_in_another_shape_is_read(name, divider, policy):
    doc = sbu_redact.read(_pasted(name, divider))
    assert marking_of(doc, "The minister said") not in ("(U)", "doubtful")
    for level in ("usg", "partner", "public"):
        assert "brigade" not in released_text(doc, policy, level, "GBR" if level == "partner" else None)
    assert marking_of(doc, "Lunch order") == "(U)"


@pytest.mark.parametrize("name", ["SNF_staffing_2026.xlsx", "C-130_schedule_v2.xlsx", "TS_Mara_sitrep3.pdf",
                                  "budget-snf.docx", "Budget (S).xlsx", "class_notes-c.docx",
                                  "site_plan-\nrev2 draft"])
def test_file_names_that_carry_no_classification_are_not_read(name):
    doc = sbu_redact.read(_pasted(name))
    assert marking_of(doc, "The minister said") == "(U)"
