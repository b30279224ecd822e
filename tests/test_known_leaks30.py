"""Leaks found at the end of session 30 and not fixed in it, kept visible as strict xfails: each test
fails (the text is released) until the reader withholds it. The next session fixes them first.

A Terraform/HCL file between two SECRET//NOFORN banners: the cable header reader takes its opening
lines for routing lines and `tags = ...` for a TAGS field, and header fields are released as written
(review30b; also on fe59b05). Unrecognised header lines that are not transmission noise (lower case,
quotes, `=`) should be body text that takes the document's level."""
from __future__ import annotations

import pytest

from released import ALL, assert_withheld

HCL = """SECRET//NOFORN
resource "aws_s3_bucket" "drop" {
  bucket = "ops-drop"
  tags = "courier meets at grid 4471 drop site"
}
SECRET//NOFORN
"""


@pytest.mark.xfail(strict=True, reason="known leak (session 30): header reader reads config lines as routing and TAGS fields")
def test_hcl_lines_under_a_banner_are_withheld() -> None:
    assert_withheld(HCL, "courier meets at grid 4471 drop site", ALL)
