"""Detection reads the normalised view (soft hyphens, no-break spaces, zero-width characters,
fullwidth and look-alike letters, words hyphenated over a line end) and reports spans in the
ORIGINAL text: a name hidden by any of these is found, and its span covers all of it."""
from __future__ import annotations

import pytest

import sbu_redact
from sbu_redact.detection import Detector
from sbu_redact.detection.view import detection_view

SENTENCE = "(U) {name} said the backlog would be cleared by June."
CAPS_SENTENCE = "(U) THE DELEGATION WAS LED BY {name}, WHO SAID THE BACKLOG WOULD BE CLEARED."


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _persons(detector: Detector, text: str) -> list[str]:
    return [text[f.start:f.end] for f in detector.analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize("name", [
    "Na\u00adtalia So\u00adkolova",          # soft hyphens
    "Natalia\u00a0Sokolova",                  # no-break space
    "Natalia\u202fSokolova",                  # narrow no-break space
    "Nata\u200blia Soko\u200dlova",           # zero-width space and joiner
    "\uff2e\uff41\uff54\uff41\uff4c\uff49\uff41 \uff33\uff4f\uff4b\uff4f\uff4c\uff4f\uff56\uff41",  # fullwidth
    "N\u0430t\u0430li\u0430 Sokolov\u0430",   # Cyrillic а among Latin letters
    "Natalia Soko\u0301lova",                 # a combining accent
    "Ra\ufb00aela Gri\ufb03n",                  # ligatures (PDF extraction): one character, several letters
])
def test_hidden_name_in_a_sentence_is_found_with_its_original_span(detector, name):
    text = SENTENCE.format(name=name)
    assert name in _persons(detector, text)


@pytest.mark.parametrize("text, name", [
    ("(U) The delegation was led by Oleksandr Hry-\ntsenko, who spoke first.", "Oleksandr Hry-\ntsenko"),
    ("(U) The delegation was led by Oleksandr Hry-\r\n    tsenko, who spoke first.", "Oleksandr Hry-\r\n    tsenko"),
    ("(U) The delegation was led by Oleksandr Hry\u00ad\ntsenko, who spoke first.", "Oleksandr Hry\u00ad\ntsenko"),
    (CAPS_SENTENCE.format(name="OLEKSANDR HRY-\nTSENKO"), "OLEKSANDR HRY-\nTSENKO"),
    ("(U) Ambassador Taylor met Betty Okafor-\nJones on Monday.", "Betty Okafor-\nJones"),
    ("(U) The delegation was led by Oleksandr Gri\ufb03-\nths, who spoke first.", "Oleksandr Gri\ufb03-\nths"),
])
def test_name_hyphenated_over_a_line_end_is_found_whole(detector, text, name):
    assert name in _persons(detector, text)


@pytest.mark.parametrize("text, name", [
    ("(U) Иван Петров said the backlog would be cleared by June.", "Иван Петров"),
    ("(U) The letter was signed by Иван Петров\u00a0and Natalia Sokolova.", "Иван Петров"),
    ("(U) The lawyer خالد العلي spoke\u00a0first.", "خالد العلي"),
])
def test_names_in_another_script_keep_their_letters(detector, text, name):
    assert name in _persons(detector, text)


def test_by_line_with_soft_hyphens_reports_the_original_span(detector):
    text = ("CONFIDENTIAL\n\nClassified By: Ambassador Wil\u00adliam B. Tay\u00adlor for reasons 1.4 (b), (d)\n\n"
            "1. (C) The meeting was useful.\n\nCONFIDENTIAL\n")
    assert "Wil\u00adliam B. Tay\u00adlor" in _persons(detector, text)


@pytest.mark.parametrize("text", [
    "(U) The well-\nknown plan was discussed at length by the committee.",
    "(U) FIRST LINE OF TEXT -\nSECOND LINE OF TEXT.",
    "(U) Prices rose 5-\n10 percent in the second quarter.",
])
def test_no_false_names_from_line_joins(detector, text):
    assert _persons(detector, text) == []


@pytest.mark.parametrize("text", [
    "(U) Na\u00adtalia So\u00adkolova met Oleksandr Hry-\ntsenko and Иван Петров at the\u00a0embassy.",
    "ＳＥＣＲＥＴ\n\n1. (S) Ｎａｔａｌｉａ Ｓｏｋｏｌｏｖａ said so.\n\nSECRET\n",
])
def test_every_finding_points_into_the_original(detector, text):
    view = detection_view(sbu_redact.read(text))
    for f in detector.analyze(text):
        assert 0 <= f.start < f.end <= len(text)
        # the original span is exactly what the view span stands for
        assert view.span(view.to_view(f.start), view.to_view(f.end)) == (f.start, f.end)


def test_detection_view_of_ligatures_maps_back_exactly():
    text = "(U) The delegation was led by Oleksandr Gri\ufb03-\nths and Ra\ufb00aela Hry-\ntsenko.\n"
    view = detection_view(sbu_redact.read(text))
    assert "Griffiths" in view.text and "Raffaela Hrytsenko" in view.text
    for word, written in (("Griffiths", "Gri\ufb03-\nths"), ("Raffaela", "Ra\ufb00aela"), ("Hrytsenko", "Hry-\ntsenko"),
                          ("fiths", "\ufb03-\nths"), ("Raf", "Ra\ufb00")):
        at = view.text.index(word)
        assert text[slice(*view.span(at, at + len(word)))] == written, word
    at = view.text.index("ffi")
    assert text[slice(*view.span(at + 1, at + 2))] == "\ufb03"  # a letter of a ligature is the whole ligature
    assert view.to_view(text.index("\ufb03")) == at


def test_plain_text_is_its_own_view():
    text = "(U) Natalia Sokolova said so.\n"
    assert detection_view(sbu_redact.read(text)).identity


def test_redacted_version_hides_the_hidden_name():
    text = ("UNCLASSIFIED\n\n1. (U) Na\u00adtalia So\u00adkolova said the backlog would be cleared. "
            "Oleksandr Hry-\ntsenko agreed.\n\nUNCLASSIFIED\n")
    version = sbu_redact.Pipeline().redact(text, levels=["public"])["public"].text
    for part in ("Na\u00adtalia", "So\u00adkolova", "Oleksandr", "Hry-", "tsenko"):
        assert part not in version


@pytest.mark.parametrize("text, read", [
    ("(U) EMBOFF MET SEAN 0'DRISCOLL.", "(U) EMBOFF MET SEAN O'DRISCOLL."),
    ("CLEARED: CONS:M0'HARA, ACS:RJ0NES", "CLEARED: CONS:MO'HARA, ACS:RJONES"),
    # mixed case: at a word's end, opening a word before lower case, opening a double name's second half
    ("(U) Emboff met 0lga Petrenk0 and Dr. Taras Kov-0rlyk.", "(U) Emboff met Olga Petrenko and Dr. Taras Kov-Orlyk."),
    ("(U) HE MET ANDRII SYDORENK0.", "(U) HE MET ANDRII SYDORENKO."),
    # numbers and identifiers keep their zeros
    ("(U) PASSPORT A0418273, ROOM 0. NEXT, THE 1990'S, 10'S, B0B1", "(U) PASSPORT A0418273, ROOM 0. NEXT, THE 1990'S, 10'S, B0B1"),
    ("(U) Room 0a, ID0, Win10, 0x, 2010, 10:00, v2.0, no. 0ab1, H0.", "(U) Room 0a, ID0, Win10, 0x, 2010, 10:00, v2.0, no. 0ab1, H0."),
])
def test_an_ocr_zero_inside_a_name_reads_as_o(text, read):
    view = detection_view(sbu_redact.read(text))
    assert view.text == read
    assert view.span(0, len(view.text)) == (0, len(text))


@pytest.mark.parametrize("text, read", [
    ("(U) ME. AL1NE KANYANA ASKED.", "(U) ME. ALINE KANYANA ASKED."),
    ("(U) Svetozar Milo5evic and Jelena Pavlovi'c-Rist1c met Dusan Kne2evic.",
     "(U) Svetozar Milosevic and Jelena Pavlovi'c-Ristic met Dusan Knezevic."),
    # codes, identifiers and numbers keep their digits: fewer than four letters, or other digits
    ("(U) B2B, G7, MP3s, ISL2008-771, H1N1, A4, COVID19, P2P, R2D2, Y2K, x86.",
     "(U) B2B, G7, MP3s, ISL2008-771, H1N1, A4, COVID19, P2P, R2D2, Y2K, x86."),
])
def test_an_ocr_digit_inside_a_word_reads_as_its_letter(text, read):
    view = detection_view(sbu_redact.read(text))
    assert view.text == read
    assert view.span(0, len(view.text)) == (0, len(text))


def test_a_name_with_ocr_zeros_is_found_whole(detector):
    text = "3. (SBU) [OCR copy] Emboff met 0lga Hnatiukivna Petrenk0 on 0ctober 4. Petrenk0 asked for help.\n"
    found = _persons(detector, text)
    assert "0lga Hnatiukivna Petrenk0" in found
    assert found.count("Petrenk0") == 1
