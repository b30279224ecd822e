"""Governing statements found by the round-11 adversarial corpus (issue 8): statements that
govern text elsewhere with targets and wordings the reader did not resolve (a corrected-copy
line in capitals, ...). Each reading has must and must-not cases."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of


def _cable(first_line: str) -> str:
    return (f"{first_line}\n\nUNCLAS SECTION 01 OF 01 TUNIS 001093\n\nSENSITIVE BUT UNCLASSIFIED\nSIPDIS\n\n"
            "E.O. 13526: N/A\nTAGS: PREL, SMIG\nSUBJECT: (SBU) MIGRATION TALKS\n\n"
            "1. (U) The ministers met on November 21 to review the agreement.\n\n"
            "2. (SBU) The other side asked for more equipment.\n\n"
            "3. The interior minister told us the coast guard tows boats back.\n\nMAXWELL\n")


@pytest.mark.parametrize("line", ["C O R R E C T E D  C O P Y  -  TEXT OF PARA 3 ADDED; PARA 3 IS CONFIDENTIAL",
                                  "CORRECTED COPY - PARAGRAPH 3 WAS SECRET"])
def test_a_statement_in_capitals_governs_the_paragraph_it_names(line):
    doc = sbu_redact.read(_cable(line))
    assert marking_of(doc, "The interior minister").startswith(("(C", "(S"))
    assert marking_of(doc, "The ministers met") == "(U)"


def test_a_level_in_capitals_that_names_no_paragraph_governs_nothing():
    doc = sbu_redact.read(_cable("CORRECTED COPY - THE TALKS ARE CONFIDENTIAL"))
    assert marking_of(doc, "The ministers met") == "(U)"
