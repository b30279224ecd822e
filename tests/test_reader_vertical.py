"""A marking written one letter per line (a rotated margin stamp in a PDF or OCR text layer,
round 10 of the adversarial corpus, issue 8) is a banner of the document, or its controls;
a run of single letters that spells nothing in the marking vocabulary is text."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of

BODY = ("The finance ministry has agreed to sell the port concession to the only bidder.\n"
        "The deal skips the tender that the law requires for any sale above ten million.\n")


def _scan(column: str, before: bool = False, body: str = BODY, header: str = "Classification: UNCLASSIFIED") -> str:
    """A scanned memo pasted into an e-mail, with `column` (lines) below it, or above it."""
    memo = f"MEMORANDUM FOR THE DIRECTOR\nSUBJECT: Port sale\n\n{body}"
    parts = [column, memo] if before else [memo, column]
    return f"From: Scanner\nSubject: Scanned document\n{header}\n\n[OCR text layer]\n" + "\n".join(parts) + "\n"


def _vertical(word: str, gap: str = "") -> str:
    return ("\n" + gap).join(word)


@pytest.mark.parametrize("column, expected", [
    (_vertical("SECRET//NOFORN"), "(S//NF)"),
    (_vertical("CONFIDENTIAL"), "(C)"),
    (_vertical("SECRET", gap="\n"), "(S)"),                       # a blank line between the letters
    (_vertical("TOPSECRET"), "(TS)"),                             # the word space lost in the column
    ("  S\n  E\n  C\n  R\n  E\n  T  ", "(S)"),                    # indented
])
def test_a_vertical_stamp_is_a_banner_of_the_document(column, expected):
    for before in (False, True):
        text = _scan(column, before=before)
        doc = sbu_redact.read(text)
        assert marking_of(doc, "The finance ministry") == expected, (column, before)
        assert marking_of(doc, "The deal skips") == expected
        assert "VERTICAL_MARKING" in [p.code for p in doc.problems]
        # the column is a banner field (a version replaces it), in no portion
        stamp = next(f for f in doc.fields if f.name == "banner" and "\n" in text[f.start:f.end])
        assert all(p.end <= stamp.start or p.start >= stamp.end for p in doc.portions)


def test_a_vertical_stamp_keeps_explicit_marks_and_flags_the_mismatch():
    body = "(U) The finance ministry has agreed to sell the port concession.\n\n(S) The deal skips the tender.\n"
    doc = sbu_redact.read(_scan(_vertical("SECRET"), body=body))
    assert marking_of(doc, "The finance ministry") == "(U)"
    assert marking_of(doc, "The deal skips") == "(S)"
    assert "BANNER_MISMATCH" in [p.code for p in doc.problems]


def test_vertical_controls_alone_are_controls_of_the_document():
    body = "(SBU) The finance ministry has agreed to sell the port concession.\n"
    doc = sbu_redact.read(_scan(_vertical("NOFORN"), body=body, header="Classification: UNCLASSIFIED//SBU"))
    mark = marking_of(doc, "The finance ministry")
    assert "NF" in mark.strip("()").split("//") and "SBU" in mark, mark


@pytest.mark.parametrize("column", [
    "a.\nb.\nc.",                          # a lettered list
    "A\nB\nC\nD",                          # single-letter rows of a table or a list
    "J\nF\nK",                             # initials, one per line
    _vertical("NASA"),                     # a vertical acronym that is no marking
    _vertical("SECRETS"),                  # a level word inside a longer word
    _vertical("UNCLEAR"),
    "SE\nCR\nET",                          # two letters a line: not one letter per line
    "s\ne\nc\nr\ne\nt",                    # lower case: a list's letters, not a stamp
    _vertical("SECRET", gap="\n\n"),       # two blank lines apart: no column
    "S\nE",                                # too short to be a column
])
def test_single_letters_that_spell_no_marking_are_text(column):
    text = _scan(column)
    doc = sbu_redact.read(text)
    assert marking_of(doc, "The finance ministry") == "(U)", column
    assert "VERTICAL_MARKING" not in [p.code for p in doc.problems]
    assert not any(f.name == "banner" and "\n" in text[f.start:f.end] for f in doc.fields)


def test_a_vertical_stamp_hides_nothing_in_the_versions():
    text = _scan(_vertical("SECRET//NOFORN"))
    out = sbu_redact.Pipeline().redact(text, levels=["usg", "public"])
    for level in ("usg", "public"):
        released = out[level].text
        assert "finance ministry" not in released, level
        assert "S\nE\nC\nR\nE\nT" not in released  # the stamp is replaced by the version's banner
