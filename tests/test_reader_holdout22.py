"""The class of leak that round 22's first run found (tests/corpus/adversarial22/FIRST_RUN.md), on
documents written for this test: the banner of a forwarded message with the e-mail's quote signs
before it (`> CONFIDENTIAL`, Lotus Notes' `| CONFIDENTIAL`) is a banner, so the quoted message is
read at its level."""
import pytest

import sbu_redact

_FORWARD = """UNCLASSIFIED

From: Pike, Maria
To: Office of the Legal Adviser
Subject: FW: extradition request

(U) Please see below for the background on the request we discussed.

{q}-------- Forwarded message --------
{q}{banner}
{q}From: Embassy Montevideo
{q}Subject: extradition request
{q}
{q}The prosecutor told us the court will quietly deny the request on a technicality.
{q}
{q}{banner}

UNCLASSIFIED
"""


@pytest.mark.parametrize("q", ["> ", "| ", ">> ", ">"])
@pytest.mark.parametrize("banner", ["CONFIDENTIAL", "SECRET//NOFORN"])
def test_a_quoted_banner_marks_the_forwarded_message(q, banner):
    text = _FORWARD.format(q=q, banner=banner)
    out = sbu_redact.Pipeline().redact(text, levels=["usg", "partner"], partner="GBR")
    for level in ("usg", "partner"):
        assert "will quietly deny the request" not in out[level].text
    assert "Please see below for the background" in out["usg"].text


def test_a_markdown_table_row_is_no_quoted_banner():
    text = "UNCLASSIFIED\n\n| Level | Meaning |\n| SECRET | serious damage |\n\n(U) The table explains the levels.\n\nUNCLASSIFIED\n"
    assert sbu_redact.read(text).classification.level == "UNCLASSIFIED"


@pytest.mark.parametrize("banner", ["UNCLASSIFIED", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"])
def test_a_quoted_unclassified_banner_gives_the_reply_no_level(banner):
    """Found reading the change once more: another message's banner only raises. A quoted
    UNCLASSIFIED banner at the top of a reply with no banner of its own had made the reply's
    unmarked text UNCLASSIFIED (released) instead of doubtful (withheld)."""
    text = f"> {banner}\n> (U) Thanks, see you Monday.\n\nThe minister told us the strike will start on Friday.\n"
    usg = sbu_redact.Pipeline().redact(text, levels=["usg"])["usg"].text
    assert "the strike will start on Friday" not in usg
