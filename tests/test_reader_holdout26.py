"""The class of leak that round 26's first run found (tests/corpus/adversarial26/FIRST_RUN.md), on
documents written for this test: a banner line in the body of a cable or of a read file of cables
(the next page, the next cable) was folded into a paragraph as text; it now raises the document."""
import pytest

import sbu_redact
from released import assert_withheld

_READ_FILE = ("S/S READ FILE  27 APR 78\n\nUNCLASSIFIED\nPAGE 01 LIMA 03311 271502Z\nSUBJECT: PERU TRADE FAIR\n"
              "1. THE ANNUAL PACIFIC TRADE FAIR OPENED YESTERDAY.\nUNCLASSIFIED\n\n"
              "{banner}\nPAGE 01 QUITO 02207 271840Z\nSUBJECT: ECUADOR ELECTION TIMETABLE\n"
              "1. JUNTA MEMBER TOLD AMBASSADOR THE ELECTION MAY SLIP TO NEXT YEAR.\n{banner}\n")
_CABLE = ("UNCLAS LIMA 003311\n\nE.O. 12065: N/A\nTAGS: ETRD, PE\nSUBJECT: PERU TRADE FAIR\n\n"
          "1. THE ANNUAL PACIFIC TRADE FAIR OPENED.\n\n{banner}\nPAGE 02 LIMA 03311\n"
          "2. JUNTA MEMBER TOLD AMBASSADOR THE ELECTION MAY SLIP TO NEXT YEAR.\n{banner}\n\nSMITH\n")


@pytest.mark.parametrize("template", [_READ_FILE, _CABLE], ids=["read-file", "cable-page"])
@pytest.mark.parametrize("banner", ["CONFIDENTIAL", "SECRET//NOFORN", "C O N F I D E N T I A L"])
def test_a_banner_line_in_the_body_raises_the_cable(template, banner):
    assert_withheld(template.format(banner=banner), "THE ELECTION MAY SLIP")


def test_the_banner_line_is_a_field_not_paragraph_text():
    doc = sbu_redact.read(_CABLE.format(banner="CONFIDENTIAL"))
    assert doc.classification.banner() == "CONFIDENTIAL"
    assert not any("CONFIDENTIAL\nPAGE 02" in doc.text[p.start:p.end] for p in doc.portions)
    assert any(p.code == "BANNER_MISMATCH" for p in doc.problems)


def test_a_banner_line_of_the_same_level_changes_nothing():
    doc = sbu_redact.read(_CABLE.replace("UNCLAS LIMA", "CONFIDENTIAL LIMA").format(banner="CONFIDENTIAL"))
    assert not any(p.code == "BANNER_MISMATCH" for p in doc.problems)
