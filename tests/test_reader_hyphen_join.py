"""An ASCII hyphen that breaks a marking word over a line end (`(S//NO-` / `FORN)`, `SE-` /
`CRET//NOFORN`, `REL TO USA, A-` / `US`) is read as the joined word; ordinary hyphenated prose is
left as written (reader/hyphens.py)."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of, released_text


def _memo(banner: str, body: str, bottom: str | None = None) -> str:
    return (f"{banner}\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: Visit\n\n{body}\n\n"
            f"(U) The weather was fine.\n\n{bottom or banner}\n")


@pytest.mark.parametrize("mark", ["(S//NO-\nFORN)", "(CONFI-\nDENTIAL)", "(SE-\nCRET)", "(SE-  \n   CRET//NF)"])
def test_a_portion_mark_broken_by_a_hyphen_is_not_released_under_an_unclassified_banner(mark, policy):
    doc = sbu_redact.read(_memo("UNCLASSIFIED", f"{mark} The minister said the brigade will move north."))
    assert marking_of(doc, "The minister said") != "(U)"
    for level in ("public", "partner", "usg"):
        assert "brigade" not in released_text(doc, policy, level, "GBR" if level == "partner" else None)
    assert "weather" in released_text(doc, policy, "public")


@pytest.mark.parametrize("top, level", [("SE-\nCRET//NOFORN", "SECRET"), ("TOP SE-\nCRET//NOFORN", "TOP SECRET"),
                                        ("CONFI-\nDENTIAL", "CONFIDENTIAL")])
def test_a_banner_broken_by_a_hyphen_reads_whole(top, level):
    doc = sbu_redact.read(_memo(top, "The minister said the brigade will move north.", top.replace("-\n", "")))
    assert doc.classification is not None and doc.classification.level == level and doc.classification.valid
    assert marking_of(doc, "The minister said").startswith(f"({sbu_redact.parse_marking(level).portion_mark()[1:-1]}")


def test_a_country_code_broken_by_a_hyphen_reads_whole(policy):
    banner = "SECRET//REL TO USA, A-\nUS"
    doc = sbu_redact.read(_memo(banner, "The minister said the brigade will move north.", "SECRET//REL TO USA, AUS"))
    assert doc.classification is not None and doc.classification.rel_to == ("USA", "AUS")
    whole = sbu_redact.read(_memo("SECRET//REL TO USA, AUS", "The minister said the brigade will move north."))
    for partner in ("AUS", "GBR"):
        assert released_text(doc, policy, "partner", partner) == released_text(whole, policy, "partner", partner)


def test_offsets_stay_in_the_original():
    text = _memo("UNCLASSIFIED", "(S//NO-\nFORN) The minister said the brigade will move north.")
    doc = sbu_redact.read(text)
    portion = doc.portion_at(text.index("The minister said"))
    assert text[portion.start:portion.end].startswith("(S//NO-\nFORN) The minister said")


@pytest.mark.parametrize("prose", ["The ANTI-\nCORRUPTION drive goes on, a well-\nknown fact.",
                                   "The SELF-\nDEFENSE forces (U.S.-\nTRAINED) met.",
                                   "The co-\nchair and the ex-\nport officials met."])
def test_ordinary_hyphenated_prose_is_not_joined(prose):
    doc = sbu_redact.read(_memo("UNCLASSIFIED", f"(U) {prose}"))
    assert doc.view is not None and doc.view.text == doc.text
    assert marking_of(doc, "met." if "met." in prose else "fact.") == "(U)"
