"""Encoded text (reader/encoded.py): a base64 MIME part, a data URI or a uuencoded file holds text
the reader cannot read, so its portion is doubtful and no level releases it; found by the lead
while choosing round 30's family (a SECRET attachment in base64 under an UNCLASSIFIED message was
released whole at `public`, invisible to every check on plain words)."""
import base64

import pytest

import sbu_redact
from released import assert_withheld, versions

SECRET = "SECRET//NOFORN\n\n(S//NF) The minister will withdraw his candidate after the vote.\n\nSECRET//NOFORN\n"
ENCODED = base64.encodebytes(SECRET.encode()).decode()
FIRST = ENCODED.split("\n")[0]


def _mail(part_headers: str, body: str) -> str:
    return ("From: a@example.gov\nTo: b@example.gov\nSubject: notes\nClassification: UNCLASSIFIED\n"
            "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"XX\"\n\n--XX\nContent-Type: text/plain\n\n"
            "(U) See the attached notes.\n\n--XX\n" + part_headers + "\n" + body + "\n--XX--\n")


@pytest.mark.parametrize("text", [
    _mail("Content-Type: text/plain; name=\"notes.txt\"\nContent-Transfer-Encoding: base64\n", ENCODED),
    _mail("Content-Type: application/octet-stream\n", ENCODED * 2),
    "UNCLASSIFIED\n\n(U) The chart: <img src=\"data:text/plain;base64," + ENCODED.replace("\n", "") + "\">\n\nUNCLASSIFIED\n",
])
def test_base64_is_withheld_at_every_level(text):
    assert_withheld(text, FIRST[:40])
    assert any(p.code == "ENCODED_TEXT" for p in sbu_redact.read(text).problems)


def test_a_uuencoded_file_is_withheld():
    text = ("UNCLASSIFIED\n\n(U) Attached below.\n\nbegin 644 notes.txt\nM4T5#4D54+R].3T9/4DX*\n`\nend\n\n"
            "(U) Regards.\n\nUNCLASSIFIED\n")
    out = versions(text, ("usg",))["usg"]
    assert "M4T5#4D54" not in out and "Regards." in out


@pytest.mark.parametrize("line", [
    "(U) The file's SHA-256 is 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 as published.",
    "(U) See https://www.example.gov/reports/2019/annual-review-of-the-consular-affairs-bureau-operations.pdf today.",
])
def test_hashes_and_links_are_not_encoded_text(line):
    text = f"UNCLASSIFIED\n\n{line}\n\nUNCLASSIFIED\n"
    assert not any(p.code == "ENCODED_TEXT" for p in sbu_redact.read(text).problems)
