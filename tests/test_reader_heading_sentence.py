"""A sentence under a short marked heading or field line of a document that is not a cable (issue 8).

The reading rule of every structure round (the header comments of tests/corpus/adversarial110/expected.yaml
and 114's): unmarked text takes the level of its document, never the (U) of what it follows. A marked line
that reads as a heading or a field's value (`Item 8 (U) Ministerial reshuffle`, `8. (U) ...`, `B. (U) ...`,
`Item 8 (U) Location: warehouse near the port`: no stop at its end, no comma or dash, not a word a sentence
broken mid-clause ends on, and short: the first word of the line below would have fitted on it, and it is under
half the width or a field's value) followed by a line that starts a sentence (a capital, indented or not) in a
document whose banner says more than the mark (or has none): the sentence is text of its own, unmarked,
which takes the document's level. Cables did this already (reader/cable.py); one function now serves both
(`reader/portions.py` `heading_then_sentence`).

How a wrapped line of the same sentence is decided, as a FOIA reviewer would:
- at the line's start, under a line that ends on a comma, a function word or mid-phrase (`Item 5 (U) Delegation
  from the Ministry of` / `Fisheries arrives ...`; `Item 7 (U) Notes: dinner with the consul,` / `the talks
  covered ...`; a name after a comma, `Item 5 (U) Delegation arrives on Tuesday,` / `Fisheries minister ...`):
  the text itself says it is the same sentence, which the item's mark covers. It stays in the (U) item
  (withholding it would be over-redaction, and nothing in the text says it is other text).
- after a comma, a line whose first word is a function word capitalised (`The`, `His`, `This`: mid-sentence
  it would be in lower case) starts a sentence of its own: `Item 6 (U) Notes: dinner with the consul,` / `The
  contact passed us ...` takes the document's level.
- set in deeper than a form item's field line (`Item 15 (U) Remarks: lodging at the Serena,` / a tab, `the
  source met ...`): the layout does not say whether it is the value wrapped or a text box of its own under
  the field (the value does not start at that indent), and nothing marks it: fail closed, it is unmarked and
  takes the document's level, as a field whose mark comes after its label did before (`indented_form_wrap`,
  round 108). Only for a labelled item (`Item N`, `N.`, a letter): a bullet's hanging indent (`- (U) Kherson:
  ...` / `  right bank ...`) stays a wrap.
- a long first line whose next word would not have fitted: a wrap, whatever the case of that word.

Non-examples: a marked heading whose next line is a marked paragraph of its own, a one-line (U) item, and a
heading with its sentence in an UNCLASSIFIED document (one portion: nothing to withhold, no warning added).
"""
from __future__ import annotations

import pytest

import sbu_redact
from released import assert_withheld, versions

ALL = ("usg", "partner", "public")


def assert_released(text: str, phrase: str, level: str = "usg") -> None:
    assert " ".join(phrase.split()) in " ".join(text.split()), f"{phrase!r} is not in the document"
    assert phrase in " ".join(versions(text, (level,))[level].split()), level


def _report(body: str, banner: str = "SECRET") -> str:
    return (f"{banner}\nFIELD OFFICE WEEKLY REPORT - MOMBASA\n\n{body}\n\n"
            f"Item 9 (U) Visa interviews resumed on schedule\n{banner}\n")


_SENTENCE = "Station reporting says the deputy governor takes a cut of every fishing licence."


@pytest.mark.parametrize("heading", [
    "Item 4 (U) Fishing licence dispute in Mombasa",
    "4. (U) Fishing licence dispute in Mombasa",
    "B. (U) Fishing licence dispute in Mombasa",
    "Block 4 (U) Fishing licence dispute in Mombasa",  # (a form's block label: reader/marks.py)
    "(U) Fishing licence dispute in Mombasa",
])
@pytest.mark.parametrize("indent", ["", "    ", "\t"])
def test_a_sentence_under_a_marked_heading_takes_the_document_level(heading, indent):
    text = _report(f"{heading}\n{indent}{_SENTENCE}")
    assert_withheld(text, "the deputy governor takes a cut of every fishing licence", ALL)
    assert_released(text, "Fishing licence dispute in Mombasa")
    assert_released(text, "Visa interviews resumed on schedule")


def test_a_sentence_under_a_marked_field_line_takes_the_document_level():
    text = _report("Item 6 (U) Venue: a hotel near the old harbour\n"
                   "The contact says the harbour police chief meets the smugglers there on Fridays.")
    assert_withheld(text, "the harbour police chief meets the smugglers there", ALL)
    assert_released(text, "Venue: a hotel near the old harbour")


def test_a_sentence_under_a_numbered_field_line_takes_the_document_level():
    text = _report("6. (U) Venue: a hotel near the old harbour\n"
                   "    The contact says the harbour police chief meets the smugglers there on Fridays.")
    assert_withheld(text, "the harbour police chief meets the smugglers there", ALL)
    assert_released(text, "Venue: a hotel near the old harbour")


def test_a_line_set_in_under_a_form_item_field_that_ends_on_a_comma_fails_closed():
    text = ("CONFIDENTIAL\nTRAVEL CLAIM - EMBASSY DAR ES SALAAM\n\n"
            "Item 5 (U) Purpose: port security consultations\n"
            "Item 6 (U) Notes: dinner with the consul,\n"
            "\tthe contact passed us the names of two customs officers on the payroll.\n"
            "Item 7 (U) Certified correct by the claimant.\nCONFIDENTIAL\n")
    assert_withheld(text, "passed us the names of two customs officers on the payroll", ALL)
    assert_released(text, "Purpose: port security consultations")
    assert_released(text, "Certified correct by the claimant.")


def test_a_sentence_after_a_comma_that_opens_with_a_capitalised_function_word_fails_closed():
    text = ("CONFIDENTIAL\nTRAVEL CLAIM - EMBASSY DAR ES SALAAM\n\n"
            "Item 5 (U) Purpose: port security consultations\n"
            "Item 6 (U) Notes: dinner with the consul,\n"
            "The contact passed us the names of two customs officers on the payroll.\n"
            "Item 7 (U) Certified correct by the claimant.\nCONFIDENTIAL\n")
    assert_withheld(text, "passed us the names of two customs officers on the payroll", ALL)
    assert_released(text, "Notes: dinner with the consul,")


def test_a_sentence_under_a_u_heading_in_a_cui_document_is_not_public():
    text = ("CUI\nOFFICE MOVE PLANNING NOTES\n\n"
            "Item 2 (U) Move to the new chancery annex\n"
            "Staff home addresses for the shuttle are in the attached roster of drivers.\n\n"
            "Item 3 (U) Parking permits arrive next week\nCUI\n")
    assert_withheld(text, "Staff home addresses for the shuttle are in the attached roster", ("public",))
    assert_released(text, "Parking permits arrive next week", "public")


# --- non-examples: text the (U) item's own, which stays released ------------------------------------------


def test_a_marked_heading_over_a_marked_paragraph_keeps_both():
    text = _report("Item 4 (U) Fishing licence dispute in Mombasa\n"
                   "(U) The port authority reissued twelve licences this week after the court ruling.")
    assert_released(text, "Fishing licence dispute in Mombasa")
    assert_released(text, "The port authority reissued twelve licences this week after the court ruling.")


def test_a_one_line_u_item_is_released():
    text = _report("Item 4 (U) Fishing licence talks postponed to March.")
    assert_released(text, "Fishing licence talks postponed to March.")
    assert_released(text, "Visa interviews resumed on schedule")


@pytest.mark.parametrize("first,second", [
    ("Item 5 (U) Delegation from the Ministry of", "Fisheries arrives on Tuesday for the licence talks."),
    ("Item 5 (U) Delegation arrives on Tuesday,", "Fisheries minister Omondi to lead it."),
    ("Item 7 (U) Notes: dinner with the consul,", "the talks covered the new fishing quota."),
    ("Item 5 (U) The delegation will meet officials of the Kenya Ports",
     "Authority and the county government on Tuesday to discuss dredging."),
])
def test_a_wrapped_u_sentence_in_a_secret_document_stays_in_its_item(first, second):
    text = _report(f"{first}\n{second}")
    assert_released(text, second)


def test_a_heading_and_its_sentence_in_an_unclassified_document_stay_one_portion():
    text = _report("Item 4 (U) Fishing licence dispute in Mombasa\n"
                   "The port authority reissued twelve licences this week after the court ruling.",
                   banner="UNCLASSIFIED")
    doc = sbu_redact.read(text)
    holding = [p for p in doc.portions if "twelve licences" in text[p.start:p.end]]
    assert len(holding) == 1 and "Fishing licence dispute" in text[holding[0].start:holding[0].end]
    assert_released(text, "The port authority reissued twelve licences this week after the court ruling.", "public")
