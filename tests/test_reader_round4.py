"""Reader mechanisms found by the round-4 adversarial corpus (issue 8): parentheses at a line
start that are not portion marks (`(S)he`, list letters, a copyright notice, a wrapped section
reference), a mark after a line that ends mid-sentence, footnotes in the text flow, a page's
own `Classification of this page:` line, and a designation block's dissemination control."""
from __future__ import annotations

import pytest

import sbu_redact

WIDTH = "x" * 60  # a line about as long as the text is wrapped at


def marking_of(doc: sbu_redact.Document, phrase: str) -> str:
    """The portion mark of the portion that holds `phrase` ("doubtful" when it cannot be trusted)."""
    at = doc.text.index(phrase)
    portion = next(p for p in doc.portions if p.start <= at < p.end)
    assert portion.marking is not None
    return portion.marking.portion_mark() if portion.marking.valid else "doubtful"


def memo(body: str, banner: str = "UNCLASSIFIED") -> str:
    return f"{banner}\n\nSUBJECT: (U) A memo\n\n{body}\n\n{banner}\n"


@pytest.mark.parametrize("line, phrase", [
    ('(S)he "would not speculate" on a deal before the end of the year.', "would not speculate"),
    ("(s)he said the talks would go on.", "talks would go on"),
    ("(C) 2026 Reuters Limited. All rights reserved.", "Reuters Limited"),
    ("(c) 2025 The Associated Press, all rights reserved", "Associated Press"),
])
def test_parentheses_that_are_words_not_marks(line, phrase):
    doc = sbu_redact.read(memo(f"(U) The paper reports on the talks in the capital.\n{line}"))
    assert marking_of(doc, phrase) == "(U)"
    assert doc.rollup is not None and doc.rollup.banner() == "UNCLASSIFIED"


@pytest.mark.parametrize("line", [
    "(C) 2026 will see the first deliveries of the new radar.",  # a year, no copyright notice
    "(S) The station chief briefed the ambassador.",
])
def test_real_marks_at_line_starts_still_count(line):
    doc = sbu_redact.read(memo(f"(U) The paper reports on the talks.\n\n{line}", banner="SECRET"))
    assert marking_of(doc, line[4:30]) == line[:3]


def test_a_run_of_option_letters_is_an_enumeration():
    doc = sbu_redact.read(memo("(U) Three options follow.\n\n(A) Replace both units now.\n\n"
                               "(B) Replace one unit now and one later.\n\n(C) Rent a unit for a year.",
                               banner="UNCLASSIFIED//FOUO"))
    assert marking_of(doc, "Rent a unit") == marking_of(doc, "Replace both") == "(U//FOUO)"  # inherited
    assert doc.rollup is not None and doc.rollup.level == "UNCLASSIFIED"


def test_a_lowercase_list_inside_a_classified_paragraph_stays_in_it():
    items = "\n".join(f"({chr(c)}) item {chr(c)} of the particulars;" for c in range(ord("a"), ord("v")))
    doc = sbu_redact.read(memo(f"2. (S//NF) The particulars are:\n{items}", banner="SECRET//NOFORN"))
    for letter in "crsu":
        assert marking_of(doc, f"item {letter} of") == "(S//NF)"


def test_a_lowercase_letter_under_an_unfinished_line_continues_it():
    doc = sbu_redact.read(memo("(U) The agreement's section 5\n(c) allows either party to ask for talks.\n\n"
                               "(U) Nothing else happened."))
    assert marking_of(doc, "allows either party") == "(U)"


def test_a_lower_mark_under_a_wrapped_unfinished_line_does_not_lower_it():
    text = ("C O N F I D E N T I A L SECTION 01 OF 02 ABU DHABI 000882\n\nSUBJECT: (U) A case\n\n"
            "1. (U) Summary of the caseload this month.\n\n"
            f"2. (C) The prosecutor said he will not sign for a worker who applied under INA {WIDTH[:20]}\n"
            "(U) because the employers include two members of a ruling family.\n\n"
            "3. (U) Post will follow up.\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "because the employers") == "(C)"
    assert marking_of(doc, "Post will follow up") == "(U)"
    assert "CONTINUED_PORTION" in [p.code for p in doc.problems]


def test_a_mark_after_a_finished_line_starts_its_own_portion():
    doc = sbu_redact.read(memo("(C) The minister left for the summit today.\n(U) The press covered it.",
                               banner="CONFIDENTIAL"))
    assert marking_of(doc, "The press covered it") == "(U)"


def test_footnotes_in_the_text_flow_are_portions_of_their_own():
    text = ("SECRET//NOFORN\n\n(U) The militias kept their fighters under arms while the lists are\n"
            "negotiated.1 Officials describe the militias as better paid than the army.\n"
            "1 Two of the commanders receive cash from a gold trader in the capital.\n"
            "(U) The commission has met six times.\n\nSECRET//NOFORN\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "Two of the commanders") == "(S//NF)"
    assert marking_of(doc, "Officials describe") == "(U)"


def test_a_page_classification_line_is_evidence():
    text = ("UNCLASSIFIED\n\nSUBJECT: (U) A report\n\n(U) Page one is unclassified.\n\n\f"
            "The courier rented a flat overlooking the gate.\n\n"
            "Classification of this page: SECRET//NOFORN\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "The courier rented") == "(S//NF)"
    assert any(f.name == "banner" and "SECRET" in f.value for f in doc.fields)


def test_a_designation_block_control_covers_every_controlled_portion():
    text = ("CUI\n\nControlled by: Department of Homeland Security\nCUI Category: LEI\n"
            "Limited Dissemination Control: NOFORN\n\n(U) Background of the case.\n\n"
            "(CUI) The recipient resells the parts to a group.\n\nCUI\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "The recipient resells") == "(CUI//NF)"
    assert marking_of(doc, "Background of the case") == "(U)"  # uncontrolled text stays as marked


def test_a_csv_export_is_read_record_by_record():
    text = ('ID,Date,Classification,Summary\n'
            '1,2026-11-02,UNCLASSIFIED,"Port officials released the shipment."\n'
            '2,2026-11-04,SECRET//NOFORN,"The customs officer said the army will\ntake over the border posts."\n'
            '3,2026-11-05,UNCLASSIFIED//FOUO,"A driver was injured."\n'
            '4,2026-11-06,SECERT,"The garbled cell hides what this is."\n'
            '5,2026-11-07,,"An empty cell says nothing."\n')
    doc = sbu_redact.read(text)
    assert [p.kind for p in doc.portions] == ["table_row"] * 5
    assert marking_of(doc, "Port officials") == "(U)"
    assert marking_of(doc, "take over the border posts") == "(S//NF)"  # the quoted field's second line
    assert marking_of(doc, "A driver was injured") == "(U//FOUO)"
    assert marking_of(doc, "The garbled cell") == "doubtful"
    assert marking_of(doc, "An empty cell") == "doubtful"  # unmarked, and nothing marks the whole file
    assert [f.value for f in doc.fields if f.name == "table_header"] == ["ID,Date,Classification,Summary"]


def test_a_csv_without_a_classification_column_is_plain_text():
    doc = sbu_redact.read("ID,Date,Summary\n1,2026-11-02,Port officials released the shipment.\n")
    assert not any(p.kind == "table_row" for p in doc.portions)


def test_a_classification_label_is_no_text_of_the_portion_above():
    text = ("From: Public Affairs\nSubject: (C) Morning notes\n\nClassification: CONFIDENTIAL\n\n"
            "(C) The minister will resign.\n\nClassification: CONFIDENTIAL\n")
    doc = sbu_redact.read(text)
    subject = next(p for p in doc.portions if p.kind == "subject")
    assert text[subject.start:subject.end] == "Subject: (C) Morning notes"
    assert [text[f.start:f.end] for f in doc.fields if f.name == "classification_label"] == ["Classification: "] * 2
