"""Enclosed letters as portion marks (`⒮`, `⒞`, `Ⓢ`, `🅢`, `🄢`): read as the mark they
enclose (the view folds them: sbu_redact/textview.py), never released as unmarked text under an
UNCLASSIFIED banner; an enclosed list letter stays a list letter."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of, released_text


def _memo(body: str) -> str:
    return (f"UNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: Visit\n\n{body}\n\n"
            "(U) The weather was fine.\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("mark", ["\u24ae", "\u24c8", "\U0001f162", "\U0001f122", "\U0001f142",
                                  "\u24b8", "\u24d2", "\U0001f132"])
def test_an_enclosed_letter_mark_is_not_released(mark, policy):
    doc = sbu_redact.read(_memo(f"{mark} The minister said the brigade will move north."))
    assert marking_of(doc, "The minister said") != "(U)"
    for level in ("public", "partner"):
        assert "brigade" not in released_text(doc, policy, level, "GBR" if level == "partner" else None)
    assert "weather" in released_text(doc, policy, "public")


def test_an_enclosed_mark_keeps_its_original_offsets():
    text = _memo("\u24c8 The minister said the brigade will move north.")
    doc = sbu_redact.read(text)
    portion = doc.portion_at(text.index("The minister"))
    assert text[portion.start:portion.end].startswith("\u24c8 The minister")


@pytest.mark.parametrize("letters", ["\u249c\u249d\u249e\u249f", "\u24d0\u24d1\u24d2\u24d3", "\u2460\u2461\u2462\u2463"])
def test_enclosed_list_letters_are_list_items_not_marks(letters, policy):
    items = "\n".join(f"{letter} Item {i} of the wheat tender." for i, letter in enumerate(letters))
    doc = sbu_redact.read(_memo(f"(U) The list:\n{items}"))
    assert all(p.marking is not None and p.marking.valid and p.marking.portion_mark() == "(U)" for p in doc.portions)
    assert "Item 2 of the wheat" in released_text(doc, policy, "public")
