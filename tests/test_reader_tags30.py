"""A leak found at the end of session 30 (review30b; also on fe59b05): a Terraform/HCL file between two
SECRET//NOFORN banners had `tags = "..."` read as a cable's TAGS field, and header fields are released as
written. A TAGS value with an assignment, a quotation mark or prose is no TAGS field (reader/cable_header.py
`_NOT_TAGS`): the line is body text that takes the document's level. Real TAGS lines stay fields."""
from __future__ import annotations

import sbu_redact
from released import ALL, assert_withheld

HCL = """SECRET//NOFORN
resource "aws_s3_bucket" "drop" {
  bucket = "ops-drop"
  tags = "courier meets at grid 4471 drop site"
}
SECRET//NOFORN
"""


def test_hcl_lines_under_a_banner_are_withheld() -> None:
    assert_withheld(HCL, "courier meets at grid 4471 drop site", ALL)


def test_real_tags_lines_stay_fields() -> None:
    text = ("C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 003736\n\nSIPDIS\n\nE.O. 12958: DECL: 12/11/2017\n"
            "TAGS: PREL, PGOV, KDEM, RS, (Medvedev, Dmitry)\nSUBJECT: THE SUCCESSION\n\n1. (C) Body text.\n")
    doc = sbu_redact.read(text)
    assert [f.value for f in doc.fields if f.name == "tags"] == ["PREL PGOV KDEM RS (Medvedev Dmitry)"]
