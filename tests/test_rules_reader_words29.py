"""More of the reader's words are data (issue 8, cleanup29): the word lists that were still in Python
(`authority._DERIVED`, `cable._NOT_SIGNATURE`, `cable_header._STATEMENT_SUBJECT`, `evidence._CAVEATS_LINE`,
`governing._LEVEL_WORD`, `_RECORD_LINE`, `_NOTES_HEADING`, `_OF_TABLE`, `_TABLE_ROW`, `json_export._KEY`,
`messages._HEADER`, `pointers._ROW_AFTER_TABLE`, `_ROW_BEFORE_TABLE`, `portions._ENTIRE_TEXT`) are entries of
`reader_words` in rules/markings.yaml, validated on load with errors that name the file and the key
(tests/test_rules_vocab28.py); a custom rules folder that changes one changes the reading."""
import re
from pathlib import Path

import pytest

import sbu_redact
from sbu_redact.config import RuleSet, as_rules
from test_rules_vocab28 import _rules_with

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def _without(tmp_path, key) -> RuleSet:
    """The shipped rules with entry `key` matching nothing (a word list: empty)."""
    def change(words):
        if key == "not_signature":
            words[key] = []
        else:
            words[key]["pattern"] = "(?!)"

    return _rules_with(tmp_path, change)


# A document of the corpus whose reading each entry decides (its reading changes when the entry matches nothing).
_READ_BY = {
    "derived_from_label": "adversarial45/adv45-042-jotted-classified-by-derivative.txt",
    # (lead42: adv29-026's footer goes on as a sentence after its statement, so it stays body text whatever the key
    # says; adv7-029's subject line still reads as a statement only through the key)
    "statement_subject": "adversarial7/adv7-029-email-les-in-words.txt",
    "caveats_line": "adversarial13/adv13-022-email-army-unclassified-caveats-fouo.txt",
    "paragraph_record_line": "adversarial67/adv67-006-vaughn-index-markdown-item-2-withheld-secret.txt",
    "notes_heading": "adversarial60/adv60-028-report-endnote-casualty-figures-from-secret-cable.txt",
    "message_header": "adversarial42/adv42-043-email-chain-unclass-reply-over-unmarked-confidential-original.txt",
    "entire_text": "adversarial65/adv65-051-b-cable-1976-confidential-entire-text.txt",
    "json_classification_key": "adversarial36/adv36-022-json-nested-meta-classification-secret-noforn.txt",
    # (review 30)
    "sentence_named": "adversarial123/adv123-001-a-email-sentence-starting-with-ambassador-bumped-up-to-c.txt",
}


@pytest.mark.parametrize("key", sorted(_READ_BY))
def test_the_callers_rules_change_the_reading(tmp_path, key):
    text = (CORPUS / _READ_BY[key]).read_text(encoding="utf-8")
    assert repr(sbu_redact.read(text)) != repr(sbu_redact.read(text, _without(tmp_path, key)))


def test_a_derived_from_line_the_callers_rules_drop_is_a_classifier(tmp_path):
    text = (CORPUS / _READ_BY["derived_from_label"]).read_text(encoding="utf-8")
    assert "derived_from" in [f.name for f in sbu_redact.read(text).fields]
    assert "derived_from" not in [f.name for f in sbu_redact.read(text, _without(tmp_path, "derived_from_label")).fields]


def test_a_line_the_callers_rules_do_not_list_is_a_signature(tmp_path):
    cable = "UNCLAS SECTION 01 OF 01 STATE 123456\n\nSUBJECT: TALKS\n\n1. (U) The talks went well.\n\nEND TEXT\n"
    assert "signature" not in [f.name for f in sbu_redact.read(cable).fields]
    assert "signature" in [f.name for f in sbu_redact.read(cable, _without(tmp_path, "not_signature")).fields]


_VISITS = [("Warsaw", "Meetings at the ministry of energy"), ("Gdansk", "Tour of the new gas terminal"),
           ("Rzeszow", "Visit to the logistics hub the ministry does not acknowledge"), ("Krakow", "Round table")]


def _visits(note: str) -> str:
    rows = "".join(f"| {k} | {city} | {what} |\n" for k, (city, what) in enumerate(_VISITS, 1))
    return ("UNCLASSIFIED\n\n(U) PROGRAMME OF THE ENERGY DELEGATION, MARCH 2027\n\n"
            "(U) Table 1 sets out the visits the delegation has asked for.\n\n"
            f"| # | City | Purpose |\n|---|------|---------|\n{rows}\n{note}\n\n"
            "(U) Send changes to the control officer by Friday.\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("key, note", [
    ("row_after_table", 'Correction: Table 1, row "Rzeszow", should be marked (S//NF), not (U).'),
    ("row_before_table", "Note: the Rzeszow row of Table 1 is SECRET."),
    ("row_before_table", "Note: entry 3 in Table 1 is SECRET."),
])
def test_a_row_beside_its_table_is_read_by_the_callers_words(tmp_path, key, note):
    text = _visits(note)
    assert repr(sbu_redact.read(text)) != repr(sbu_redact.read(text, _without(tmp_path, key)))


@pytest.mark.parametrize("key, text", [("row_to_table", "item 3 of Table 1"), ("table_to_row", "Table 1, item 3")])
def test_a_table_named_with_its_item_is_read_by_the_callers_words(tmp_path, key, text):
    from sbu_redact.reader.governing import _qualifies
    from sbu_redact.reader.state import Reading
    from sbu_redact.textview import view_of

    table, item = re.search(r"Table 1", text), re.search(r"item 3", text)
    assert _qualifies(Reading(view_of(text), as_rules(None).grammar), table, [item])
    assert not _qualifies(Reading(view_of(text), _without(tmp_path, key).grammar), table, [item])


def test_a_level_word_the_callers_rules_drop_is_not_read(tmp_path):
    from sbu_redact.reader.governing import stated_marking
    from sbu_redact.reader.state import Reading
    from sbu_redact.textview import view_of

    stated = stated_marking(Reading(view_of("x"), as_rules(None).grammar), "SECRET XYZZY")
    assert stated is not None and stated.level == "SECRET"
    assert stated_marking(Reading(view_of("x"), _without(tmp_path, "level_word").grammar), "SECRET XYZZY") is None


# (review 30) a statement that names a sentence by its opening words, the sentence a quotation in a paragraph
_QUOTED_OPENING = ("UNCLASSIFIED\n\nSUBJECT: (U) Talks\n\n1. (U) The team landed Monday.\n"
                   "\"Consul Okafor met the governor alone,\" he said.\n\n"
                   "2. (U) Note: the sentence starting with \"Consul Okafor\" should be SECRET.\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("key, text", [("sentence_lead", _QUOTED_OPENING)])
def test_a_sentence_named_by_its_opening_words_is_read_by_the_callers_words(tmp_path, key, text):
    assert repr(sbu_redact.read(text)) != repr(sbu_redact.read(text, _without(tmp_path, key)))


def test_the_title_macro_gate_is_the_rules_title_macro():
    # (`structure.title_macro` of the rules: the words one of which every macro starts with, no copy in the reader)
    from sbu_redact.prefilter import head_words

    grammar = as_rules(None).grammar
    macro = grammar.vocabulary.structure.title_macro
    assert grammar.title_macro_heads == head_words(macro.pattern, macro._flags)
    assert {word for word, _ in grammar.title_macro_heads} == {".TH", "'TH", ".Dt", "'Dt"}



def test_a_page_range_is_read_by_the_callers_words(tmp_path):
    from sbu_redact.reader.pointers import _page_numbers
    from sbu_redact.reader.state import Reading
    from sbu_redact.textview import view_of

    text = "Note: pages 3-5 are SECRET."
    for rules, pages in ((as_rules(None), {3, 4, 5}), (_without(tmp_path, "page_range"), {3, 5})):
        r = Reading(view_of(text), rules.grammar)
        assert _page_numbers(r, r.g.scope_page_numbers.compiled.search(text)) == pages


def test_words_that_make_a_pointer_name_more_are_the_callers(tmp_path):
    from sbu_redact.document import Portion
    from sbu_redact.reader.pointers import _only
    from sbu_redact.reader.state import Reading
    from sbu_redact.textview import view_of

    text = '(U) Note: the paragraph starting with "Consul Okafor" is SECRET until March.'
    p = Portion(0, len(text), 4, "paragraph", None, None, False)
    span = [(text.index("the paragraph"), text.index('Okafor"') + 7)]
    assert not _only(Reading(view_of(text), as_rules(None).grammar), p, span)
    assert _only(Reading(view_of(text), _without(tmp_path, "names_more").grammar), p, span)


def test_what_stands_before_a_pointers_words_is_the_callers(tmp_path):
    # (`pointers.by_opening_words` skips it at a portion's start: a mark, a bullet, a quotation's signs)
    assert as_rules(None).grammar.pointer_lead.match("(U) - Consul Okafor met").end() == len("(U) - ")
    assert _without(tmp_path, "pointer_lead").grammar.pointer_lead.match("(U) - Consul Okafor met") is None
