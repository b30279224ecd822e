"""Over-redaction found by the round-10 adversarial corpus (issue 8), fixed without weakening a
fail-closed rule: a level word inside an identifier is not a marking; a numbered label
(`Item 3 —`) before a portion mark is the portion's lead, so the mark is read."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of

_MEMO = ("UNCLASSIFIED\n\n1. (U) Set {word} in the vault before the run; the rest is as before.\n\n"
         "2. (U) Other text of the memo.\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("word", ["APP_CLIENT_SECRET", "SECRET_KEY", "AWS_SECRET_ACCESS_KEY", "X_NOFORN",
                                  "DB_CONFIDENTIAL_2"])
def test_a_level_word_inside_an_identifier_is_no_marking(word):
    doc = sbu_redact.read(_MEMO.format(word=word))
    assert marking_of(doc, "Set ") == "(U)", word


@pytest.mark.parametrize("word, expected", [
    ("SECRET", "(S)"), ("_SECRET_", "(S)"), ("__SECRET__", "(S)"), ("*SECRET*", "(S)"),  # Markdown emphasis
    ("SECRET_", "(S)"), ("_NOFORN", "(U//NF)"), ("NOFORN", "(U//NF)"), ("SECRET//NOFORN", "(S//NF)"),
])
def test_a_level_word_beside_an_underscore_that_joins_nothing_still_raises(word, expected):
    doc = sbu_redact.read(_MEMO.format(word=word))
    assert marking_of(doc, "Set ") == expected, word


_ITEMS = "Classification: CONFIDENTIAL\n\n{first} The first item text.\n{second} The second item text.\n\n" \
         "Classification: CONFIDENTIAL\n"


@pytest.mark.parametrize("first, second, expected", [
    ("Item 1 — (U)", "Item 2 — (C)", ("(U)", "(C)")),
    ("Item 1 - (U)", "Item 2 - (S)", ("(U)", "(S)")),
    ("Question 1 – (U)", "Question 2 – (C)", ("(U)", "(C)")),
    ("Item 1 (U)", "Item 2 (C)", ("(U)", "(C)")),
    ("Slide 12 [U]", "Slide 13 [C]", ("(U)", "(C)")),
])
def test_a_numbered_label_before_a_mark_is_its_lead(first, second, expected):
    doc = sbu_redact.read(_ITEMS.format(first=first, second=second))
    assert (marking_of(doc, "first item"), marking_of(doc, "second item")) == expected


@pytest.mark.parametrize("first", [
    "Item 1 — The",           # no mark after the label: the line inherits the e-mail's level
    "Items 1 (U)",            # not a numbered label
    "Item one (U)",           # a number in words: not read as a label
    "Meeting 1 — (U)",        # not a label of a list
])
def test_what_is_no_numbered_label_before_a_mark_inherits(first):
    doc = sbu_redact.read(_ITEMS.format(first=first, second="Item 2 — (U)"))
    assert marking_of(doc, "first item") in ("(C)", "doubtful"), first


_COMMENTS = ("From: A\nTo: B\nSubject: Comments\nClassification: UNCLASSIFIED\n\n1. (U) Thanks for the draft.\n"
             "2. (U) {statement}\n3. (U) The timeline looks right to us.\n"
             "4. (U) We suggest the deputy minister as the host.\n\nClassification: UNCLASSIFIED\n")


@pytest.mark.parametrize("statement", [
    "Paragraph 4 of the reference cable is SECRET and is not quoted here.",
    "Para 4 of reftel is SECRET; read it on the high side.",
    "Paragraph 4 of 26 OSLO 1142 is SECRET.",
    "Paragraph 4 in your cable is SECRET.",
])
def test_another_documents_paragraph_is_not_this_ones(statement):
    doc = sbu_redact.read(_COMMENTS.format(statement=statement))
    assert marking_of(doc, "We suggest") == "(U)"
    assert marking_of(doc, "The timeline") == "(U)"


@pytest.mark.parametrize("statement", [
    "Paragraph 4 of this message is SECRET.",
    "Paragraph 4 is SECRET.",
    "Paragraph 4 of the reference cable, quoted below, is SECRET.",   # the text may be quoted here
    "Paragraph 4 of the report is SECRET.",                           # which report: this one, perhaps
    "Paragraph 4, as in reftel, is SECRET.",                          # no `of`: this one's paragraph 4
])
def test_a_paragraph_that_may_be_this_documents_is_raised(statement):
    doc = sbu_redact.read(_COMMENTS.format(statement=statement))
    assert marking_of(doc, "We suggest") == "(S)"


_CHAT = "Room: ops-watch\n\n{lines}\n"


def test_chat_lines_marked_in_brackets_before_their_time_are_read():
    lines = ("[U] [10:40] tmorrow: morning, anything overnight?\n"
             "[U] [10:41] apatel: quiet at the consulate, nothing at the airport\n"
             "[S//NF] [10:42] apatel: the commander told his people to hit the convoy on Friday.\n"
             "[C] [2026-11-30 10:44] apatel: the source is the same one as in March.\n"
             "[U] [10:45 PM] tmorrow: ok, lunch at 1230?")
    doc = sbu_redact.read(_CHAT.format(lines=lines))
    assert marking_of(doc, "quiet at the consulate") == "(U)"
    assert marking_of(doc, "the commander told") == "(S//NF)"
    assert marking_of(doc, "the source is the same") == "(C)"
    assert marking_of(doc, "ok, lunch") == "(U)"


@pytest.mark.parametrize("lines", [
    "[V] [1] the first option is to wait",                                    # a letter that is no mark
    "[U] [1] the first footnote text here",                                   # a number, not a time
])
def test_a_bracketed_letter_without_a_chat_time_is_no_mark(lines):
    doc = sbu_redact.read("SECRET\n\n" + lines + "\n\nSECRET\n")
    assert marking_of(doc, "the first") in ("(S)", "doubtful")
