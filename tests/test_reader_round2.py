"""Reader mechanisms found by the round-2 adversarial corpus (issue 8): classification stated
in words (vocabulary data, validated), paragraphs without blank lines, marks wrapped over a
line end or in a second column, labels before a mark, AutoCorrect's `©`, RTF and HTML source."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import sbu_redact
from conftest import marking_of
from sbu_redact.config import RulesError, load_rules
from sbu_redact.textview import view_of

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("words, level", [
    ("NATO CONFIDENTIAL", "(C)"), ("VS - VERTRAULICH", "(C)"), ("CONFIDENTIEL DEFENSE", "(C)"),
    ("GEHEIM", "(S)"), ("COSMIC TOP SECRET", "(TS)"), ("This paper is classified SECRET.", "(S)"),
])
def test_classification_in_words_raises_unmarked_portions(words, level):
    text = f"SUBJECT: (U) A forwarded paper\n\n(U) The paper follows.\n\n{words}\n\nThe fleet sails at dawn.\n"
    doc = sbu_redact.read(text)
    assert marking_of(doc, "The fleet sails") == level
    assert marking_of(doc, "The paper follows") == "(U)"  # explicit marks keep their level
    assert "CLASSIFICATION_IN_WORDS" in [p.code for p in doc.problems]


def test_secret_as_an_ordinary_word_is_no_evidence():
    doc = sbu_redact.read("UNCLASSIFIED\n\nSUBJECT: (U) Talks\n\n(U) The talks were held in secret.\n\n"
                          "They ended well.\n\nUNCLASSIFIED\n")
    assert marking_of(doc, "They ended") == "(U)"
    assert not [p for p in doc.problems if p.code == "CLASSIFICATION_IN_WORDS"]


def test_unmarked_text_without_a_banner_is_doubtful_not_the_roll_up_of_its_marks():
    """Only (U) marks could be read and nothing marks the whole document (a banner lost in
    copying, one written in a form not read): the unmarked text's level is unknown."""
    text = "SUBJECT: (U) Talks\n\n(U) The talks were held.\n\nThe fleet sails at dawn.\n"
    doc = sbu_redact.read(text)
    assert marking_of(doc, "(U) The talks") == "(U)"
    assert marking_of(doc, "The fleet") == "doubtful"
    assert "UNMARKED_WITHOUT_BANNER" in {p.code for p in doc.inherited.problems}


def test_a_letter_spaced_banner_is_read():
    """fixmarks36: a banner typed one letter at a time (`N A T O   S E C R E T`) reads as the words it spells
    (`letter_spacing`): the unmarked text under it takes its level (this test's second case was once a banner
    written in a form not read, and its text doubtful)."""
    doc = sbu_redact.read("N A T O   S E C R E T\n\n(U) Present: eleven nations.\n\nThe site will be emptied.\n")
    assert marking_of(doc, "(U) Present") == "(U)"
    assert marking_of(doc, "The site") == "(S)"


def test_classification_in_words_is_validated(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    markings = folder / "markings.yaml"
    text = markings.read_text(encoding="utf-8")
    head, words = text.split("\nclassification_in_words:")
    markings.write_text(head + "\nclassification_in_words:" + words.replace("level: SECRET\n", "level: SEKRET\n", 1),
                        encoding="utf-8")
    with pytest.raises(RulesError, match=r"markings\.yaml.*classification_in_words"):
        load_rules(folder).grammar
    markings.write_text(text.replace(r"'\bVS[ \t]*-", r"'(\bVS[ \t]*-", 1), encoding="utf-8")
    with pytest.raises(RulesError, match=r"markings\.yaml.*classification_in_words"):
        load_rules(folder).grammar


def test_one_line_per_paragraph_starts_a_portion_at_each_line():
    long = "The minister said the ministry will deport the two journalists on Friday and has cancelled " \
           "their accreditation without telling them or their editors."
    text = f"Classification: SECRET\n(U) Quick readout of the call.\n{long}\n(U) We thanked him.\n"
    doc = sbu_redact.read(text)
    assert marking_of(doc, "The minister said") == "(S)"
    assert marking_of(doc, "Quick readout") == "(U)"


def test_wrapped_paragraphs_stay_one_portion():
    text = ("SECRET\n\n1. (U) The commission met on 5 December and agreed on the work plan for\n"
            "next year. It will meet again in Washington in June, after the elections, and\n"
            "Moscow in the autumn.\n\nSECRET\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "Moscow in the autumn") == "(U)"


def test_first_line_indents_start_portions():
    text = ("CONFIDENTIAL\n\n     (U) The Ambassador called to discuss the renewal of the\n"
            "fisheries agreement.\n     He then said the navy has drawn up boarding plans\n"
            "for the southern grounds.\n\nCONFIDENTIAL\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "He then said") == "(C)"
    assert marking_of(doc, "fisheries agreement") == "(U)"


@pytest.mark.parametrize("text, phrase, mark", [
    ("SECRET\n\n1. (U) The talks went well. (S//\nNF) The minister will resign.\n\nSECRET\n", "will resign", "(S//NF)"),
    ("SECRET\n\n(U) The wall was finished.      (S) A source reports\n"
     "on schedule in May.                 an attack in June.\n\nSECRET\n", "an attack", "(S)"),
    ("CONFIDENTIAL\n\n1. (U) The talks went well.\n\nComment (C): The minister will resign.\n\nCONFIDENTIAL\n",
     "will resign", "(C)"),
    ("Classification: UNCLASSIFIED\n\n2. \u00a9 The minister will resign.\n", "will resign", "(C)"),
])
def test_marks_in_unusual_places(text, phrase, mark):
    assert marking_of(sbu_redact.read(text), phrase) == mark


def test_rtf_source_is_read_as_text():
    text = ("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\n{\\header \\pard SECRET//NOFORN\\par}\n"
            "\\pard 1. (U) The talks went well.\\par\n\\pard 2.\\tab(S//NF) The minister will resign.\\par\n}")
    view = view_of(text)
    assert "Arial" not in view.text and "\\par" not in view.text
    doc = sbu_redact.read(text)
    assert doc.classification is not None and doc.classification.banner() == "SECRET//NOFORN"
    assert marking_of(doc, "The minister will resign") == "(S//NF)"


def test_html_character_reference_marks_are_exact_and_never_cut():
    text = ("<p>CONFIDENTIAL</p>\n<p>&#x28;U&#x29; The section processed visas.<br>"
            "&#x28;C&#x29; The chief is under investigation.</p>\n<p>CONFIDENTIAL</p>\n")
    doc = sbu_redact.read(text)
    assert "GARBLED_MARK" not in [p.code for p in doc.problems]
    for portion in doc.portions:
        if portion.explicit:
            assert doc.text[portion.start:portion.start + 6] == "&#x28;"


def test_a_raising_mark_after_a_sentence_end_splits_its_portion():
    text = ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n1. (U) Twelve posts attended. [S//NF] A cell surveyed the "
            "warehouse. The briefing ended.\n\n2. (S) The source said so. (U) Lunch was served.\n\n"
            "3. (U) Notes follow.\nLINDQVIST: (SBU) The file is closed.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "Twelve posts") == "(U)"
    assert marking_of(doc, "A cell surveyed") == marking_of(doc, "The briefing ended") == "(S//NF)"
    assert marking_of(doc, "Lunch was served") == "(S)"  # a lower mark does not split: the portion stays (S)
    assert marking_of(doc, "Notes follow") == "(U)" and marking_of(doc, "The file is closed") == "(SBU)"
    piece = next(p for p in doc.portions if p.start <= text.index("A cell") < p.end)
    assert text[piece.start:piece.mark_end] == "[S//NF]" and piece.explicit


def test_a_wrapped_line_that_starts_like_a_handling_statement_stays_in_its_paragraph():
    text = ("SECRET\n\nSUBJECT: (U) Notes\n\n(S) The minister said the annex was marked\n"
            "Sensitive but unclassified only to hide the source's name.\n\nSECRET\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "Sensitive but unclassified only") == "(S)"
    assert not [f for f in doc.fields if f.name == "handling"]


def test_a_wrapped_cable_line_that_starts_like_a_handling_statement_stays_in_its_paragraph():
    text = ("CONFIDENTIAL MOSCOW 001234\n\nSIPDIS\n\nE.O. 12958: DECL: 12/01/2017\nTAGS: PREL RS\n"
            "SUBJECT: NOTES\n\nClassified By: Ambassador John Doe for reasons 1.4 (b), (d)\n\n"
            "1. (C) The minister said the annex was marked\n"
            "SENSITIVE BUT UNCLASSIFIED only to hide the source's name.\n\n2. (U) Nothing else.\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "SENSITIVE BUT UNCLASSIFIED only") == "(C)"
