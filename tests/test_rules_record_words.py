"""rules/record_words.yaml (fix46a): the words of `reader/negated_part_notes.py` and `reader/edit_commands.py` are
the rules', validated on load; a bad key or word is an error naming the file and the key."""
from __future__ import annotations

import shutil

import pytest
import yaml

from sbu_redact.config import RuleSet, RulesError, default_rules_dir


def _rules_with(tmp_path, change) -> RuleSet:
    folder = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), folder)
    path = folder / "record_words.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return RuleSet(folder)


def test_the_shipped_words_load():
    words = RuleSet().grammar.record_words
    assert "no longer" in words["negated_part_notes"]["negations"]
    assert "durch" in words["edit_commands"]["links"]


@pytest.mark.parametrize("section, key, bad, error", [
    ("negated_part_notes", "negations", ["Not"], "lower-case"),
    ("negated_part_notes", "ordinals", ["first", "(sec"], "regular expression"),
    ("negated_part_notes", "parts", [" para"], "lower-case"),
    ("negated_part_notes", "only", [], "at least 1"),
    ("edit_commands", "verbs", ["replace", "x?"], "matches no text"),
    ("edit_commands", "links", "with", "list"),
])
def test_a_bad_word_names_file_and_key(tmp_path, section, key, bad, error):
    def change(data):
        data[section][key] = bad

    with pytest.raises(RulesError, match=rf"record_words\.yaml: key '{section}\.{key}[.0-9]*'.*{error}"):
        _rules_with(tmp_path, change).grammar


@pytest.mark.parametrize("section, key", [("negated_part_notes", "negatons"), ("edit_commands", "verb")])
def test_an_unknown_key_names_file_and_key(tmp_path, section, key):
    def change(data):
        data[section][key] = ["word"]

    with pytest.raises(RulesError, match=rf"record_words\.yaml: key '{section}\.{key}'"):
        _rules_with(tmp_path, change).grammar


def test_a_missing_key_names_file_and_key(tmp_path):
    def change(data):
        del data["edit_commands"]["links"]

    with pytest.raises(RulesError, match=r"record_words\.yaml: key 'edit_commands\.links'"):
        _rules_with(tmp_path, change).grammar
