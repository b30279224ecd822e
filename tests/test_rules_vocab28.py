"""The reader's English words, field names and labels are data (`reader_words` of rules/markings.yaml,
issue 8): each entry is validated on load with an error that names the file and the key, and the
reader uses the rules it is given (a custom rules folder that changes a word list changes the reading)."""
import re
import shutil

import pytest
import yaml

import sbu_redact
from sbu_redact.config import RuleSet, RulesError, load_rules

_PATTERNS = ["memo_field", "memo_more_controls", "end_of_summary", "quotation_begins", "quotation_ends",
             "introduces_quotation", "answer_back", "review_header", "review_column", "portion_column", "message_opens",
             "inline_replies", "repeated_message_header", "abbreviation_at_end", "example_cue", "company_notice",
             "us_post", "json_controls", "json_marking_key", "marks_column_header", "cites_at_end", "conjunction_at_end",
             "autocorrected_notice", "xml_marking_element", "yaml_classification_key",
             # (cleanup29: tests/test_rules_reader_words29.py reads by each)
             "derived_from_label", "statement_subject", "caveats_line", "level_word", "paragraph_record_line",
             "notes_heading", "message_header", "entire_text", "row_after_table", "row_before_table", "row_to_table",
             "table_to_row", "json_classification_key",
             # (review 30: tests/test_rules_reader_words29.py reads by each)
             "sentence_named", "sentence_lead", "pointer_lead", "page_range", "names_more"]


def _rules_with(tmp_path, change) -> RuleSet:
    """A copy of the shipped rules whose `reader_words` section `change` has edited."""
    rules = tmp_path / "rules"
    shutil.copytree(load_rules().directory, rules)
    path = rules / "markings.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("\nreader_words:\n")
    words = yaml.safe_load(text[at:])["reader_words"]
    change(words)
    path.write_text(text[:at] + "\n" + yaml.safe_dump({"reader_words": words}, allow_unicode=True, width=10_000),
                    encoding="utf-8")
    return RuleSet(rules)


def test_every_entry_is_in_the_shipped_rules():
    words = load_rules().grammar.vocabulary.reader_words
    for key in _PATTERNS:
        assert getattr(words, key).pattern != "(?!)", key
    assert words.review_words and "END TEXT" in words.not_signature


@pytest.mark.parametrize("key", _PATTERNS)
@pytest.mark.parametrize("bad, error", [("(", "not a regular expression"), (7, "string")])
def test_a_bad_pattern_names_file_and_key(tmp_path, key, bad, error):
    def change(words):
        words[key]["pattern"] = bad

    with pytest.raises(RulesError, match=rf"markings\.yaml: key 'reader_words\.{key}\.pattern'.*{error}"):
        _rules_with(tmp_path, change).grammar


@pytest.mark.parametrize("key, bad", [("review_words", ["Determined"]), ("review_words", "determined"),
                                      ("review_words", [3]), ("review_words", ["should  be "]),
                                      ("not_signature", ["End text"]), ("not_signature", "END TEXT"),
                                      ("not_signature", ["END  "])])
def test_a_bad_word_names_file_and_key(tmp_path, key, bad):
    def change(words):
        words[key] = bad

    with pytest.raises(RulesError, match=rf"markings\.yaml: key 'reader_words\.{key}"):
        _rules_with(tmp_path, change).grammar


@pytest.mark.parametrize("key, pattern, error", [
    ("memo_field", r"(?i)^(?:FROM|TO)\s*:", "memo_field.pattern: needs groups named name"),
    ("memo_more_controls", r";[ \t]*LDC[ \t]*:[ \t]*(?P<val>[^;\n]+)", "memo_more_controls.pattern: needs groups named value"),
    ("json_controls", r"\"(?P<key>controls)\"\s*:\s*\"(?P<value>[^\"]*)\"", "json_controls.pattern: needs groups named values"),
    ("end_of_summary", r"(?i)\w+ SUMMARY", "end_of_summary.pattern: its first characters are not known"),
    ("caveats_line", r"(?i)^CAVEATS?:\s*(?P<controls>.+)$", "caveats_line.pattern: needs groups named value"),
    ("message_header", r"(?im)^[ \t>]*From:", "message_header.pattern: needs groups named quote"),
    ("entire_text", r"(?i)SECRET\s*-+\s*ENTIRE\s+TEXT", "entire_text.pattern: needs groups named level"),
    ("entire_text", r"(?P<level>\w+)\s*-+\s*ENTIRE\s+TEXT", "entire_text.pattern: its first characters are not known"),
    ("page_range", r"(\d+)-(\d+)", "page_range.pattern: needs groups named first, last"),
    ("json_classification_key", r"(?i)classification|level", "json_classification_key.pattern: not a key name's pattern"),
    ("json_classification_key", r"(?P<key>class)", "json_classification_key.pattern: not a key name's pattern"),
])
def test_a_pattern_without_what_the_reader_takes_from_it_names_file_and_key(tmp_path, key, pattern, error):
    def change(words):
        words[key]["pattern"] = pattern

    with pytest.raises(RulesError, match=r"markings\.yaml: key 'reader_words'.*" + re.escape(error)):
        _rules_with(tmp_path, change).grammar


def test_an_unknown_entry_names_file_and_key(tmp_path):
    def change(words):
        words["memo_fields"] = words.pop("memo_field")

    with pytest.raises(RulesError, match=r"markings\.yaml: key 'reader_words\.memo_fields'"):
        _rules_with(tmp_path, change).grammar


_MEMO = "UNCLASSIFIED\n\nMEMORANDUM FOR: Director\nSPONSOR: Jane Roe\n\n(U) The visit went well.\n\nUNCLASSIFIED\n"


def _names(doc):
    return [f.name for f in doc.fields]


def test_a_memo_field_the_callers_rules_add_is_read(tmp_path):
    assert "sponsor" not in _names(sbu_redact.read(_MEMO))

    def change(words):
        words["memo_field"]["pattern"] = words["memo_field"]["pattern"].replace("|POC|", "|POC|SPONSOR|")

    rules = _rules_with(tmp_path, change)
    doc = sbu_redact.read(_MEMO, rules)
    assert "sponsor" in _names(doc) and "to" in _names(doc)
    assert "sponsor" not in _names(sbu_redact.read(_MEMO))  # (the default rules are not changed)


def test_an_abbreviation_the_callers_rules_drop_ends_a_sentence(tmp_path):
    grammar = load_rules().grammar

    def change(words):
        words["abbreviation_at_end"]["pattern"] = words["abbreviation_at_end"]["pattern"].replace("|Amb|", "|")

    from sbu_redact.reader.marks import ends_sentence
    assert not ends_sentence(grammar, "He met the Amb.")
    assert ends_sentence(_rules_with(tmp_path, change).grammar, "He met the Amb.")


def test_a_summary_marker_the_callers_rules_drop_is_no_field(tmp_path):
    cable = ("UNCLAS SECTION 01 OF 01 STATE 123456\n\nSUBJECT: TALKS\n\n1. (U) SUMMARY: The talks went well. "
             "END SUMMARY.\n\n2. (U) The talks went well.\n")
    cable = cable.replace(" END SUMMARY.", "\nEND SUMMARY.")
    assert "summary_marker" in _names(sbu_redact.read(cable))

    def change(words):
        words["end_of_summary"]["pattern"] = "(?i)END COMMENT\\s*\\.*"

    assert "summary_marker" not in _names(sbu_redact.read(cable, _rules_with(tmp_path, change)))
