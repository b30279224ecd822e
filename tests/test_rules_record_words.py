"""rules/record_words.yaml (fix46a): the words of `reader/negated_part_notes.py` and `reader/edit_commands.py` are
the rules', validated on load; a bad key or word is an error naming the file and the key. (fix48b) So are the words of
`reader/partial_releases.py`, `withdrawn_members.py`, `compilation_parts.py`, `header_notes.py` and
`trailing_controls.py`; the UK's names they read are markings.yaml's one list (`uk_government_names`). (fix49a) So
are those of `release_conditions.py`, `missing_members.py` and `record_targets.py`, and fix48d's words in
`partial_releases.py`. (fix50d) So are the months (one list: `marks.py`, `portions.py`, `release_conditions.py`,
`ref_descriptions.py`), the counts and ordinals in words (`numbers`), and the words of `change_records.py`,
`review_comments.py`, `sed_corrections.py`, `sed_scopes.py`, `sed_targets.py` and `part_remarks.py`."""
from __future__ import annotations

import re
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
    ("partial_releases", "passing", ["pass", "Share"], "lower-case"),
    ("partial_releases", "parts", ["table", "(annex"], "regular expression"),
    ("partial_releases", "negations", [], "at least 1"),
    ("withdrawn_members", "leaving", ["left", "(?:quit)?"], "matches no text"),
    ("withdrawn_members", "not_names", ["the", "Exercise"], "pattern"),
    ("withdrawn_members", "communities", "members", "list"),
    ("compilation_parts", "compilation", ["compiled", "Taken together"], "lower-case"),
    ("compilation_parts", "parts_above", ["table", "rows["], "regular expression"),
    ("header_notes", "units", ["trans-unit", "Unit"], "lower-case"),
    ("header_notes", "own_note_levels", ["secret", "top  secret"], "pattern"),
    ("header_notes", "labels", [], "at least 1"),
    ("trailing_controls", "more_clause_joiners", ["while", "Während"], "lower-case"),
    ("trailing_controls", "more_no_subject", ["only", "us only"], "one lower-case word"),
    ("trailing_controls", "us_only", ["us only", "(?:us)*"], "matches no text"),
    ("joined_claims", "no_subject", ["is", "Es"], "one lower-case word"),
    ("joined_claims", "level_stems", ["secr", "geheim("], "regular expression"),
    ("joined_claims", "clause_joiners", [], "at least 1"),
    ("headed_boxes", "region_words", ["sidebar", "Callout"], "lower-case"),
    ("ref_descriptions", "reference_words", ["reftel", "NOTAL"], "one lower-case word"),
    ("ref_descriptions", "passage_words", ["pass", "pass to"], "one lower-case word"),
    ("second_targets", "no_topic", [], "at least 1"),
    ("relative_remarks", "pointers", ["it", "This"], "lower-case"),
    ("relative_remarks", "number_leads", ["on", "re:?("], "regular expression"),
    # (fix49a)
    ("partial_releases", "list_words", ["bullets?", "Points"], "lower-case"),
    ("partial_releases", "positions", [], "at least 1"),
    ("partial_releases", "released_before", ["releas(?:e|ed", "pass"], "regular expression"),
    # (fix50d: the months are one list, `months`, no longer release_conditions' `month_stems`)
    ("months", "names", ["january", "february"], "at least 12"),
    ("months", "names", ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "sept"], "at most 12"),
    ("months", "names", ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "December"], "lower-case"),
    ("months", "abbreviations", ["sept", "Sept"], "lower-case"),
    ("release_conditions", "box_labels", ["box", "Block"], "lower-case"),
    ("release_conditions", "member_counts", ["one", "(?:a)?"], "matches no text"),
    ("missing_members", "member_lists", [], "at least 1"),
    ("record_targets", "stops", ["deny", "release\\w*"], "read in capitals"),
    ("record_targets", "topic_stop_words", ["the", "in full"], "one lower-case word"),
    ("record_targets", "footnotes", ["foot[\\t-?notes?"], "regular expression"),
    ("conditions_shown_met", "label_negations", [], "at least 1"),
    # (lead49: fix49g's block words)
    ("record_targets", "block_kinds", ["tables?", "Figures?"], "lower-case"),
    ("record_targets", "decisions", [], "at least 1"),
    ("record_targets", "discussion", ["discussion", "text("], "regular expression"),
    # (fix50d)
    ("change_records", "old_keys", ["from", "apr[eè]s"], "one lower-case word of letters"),
    ("change_records", "new_keys", ["to", "New"], "lower-case"),
    ("change_records", "section_words", [], "at least 1"),
    ("review_comments", "top_secret_words", ["top secret", "top  secret"], "pattern"),
    ("review_comments", "secret_words", ["secreto", "Geheim"], "pattern"),
    ("review_comments", "part_words", ["para(?:graph)?s?", "absatz("], "regular expression"),
    ("sed_corrections", "ordinals", ["first", "2nd"], "one lower-case word"),
    ("sed_corrections", "part_kinds", [], "at least 1"),
    ("numbers", "cardinals", ["one", "Two"], "one lower-case word"),
    ("numbers", "ordinals", [], "at least 1"),
    ("sed_scopes", "from_end_words", ["penultimate", "(?:x)?"], "matches no text"),
    ("sed_scopes", "last_words", ["last", "very last"], "one lower-case word"),
    ("sed_targets", "before_sides", ["before", "up there"], "one lower-case word"),
    ("sed_targets", "topic_parts", ["absatz", "para("], "regular expression"),
    ("part_remarks", "stop_words", ["the", "new value"], "one lower-case word"),
    ("part_remarks", "change_words", ["deleted", "Inserted"], "lower-case"),
])
def test_a_bad_word_names_file_and_key(tmp_path, section, key, bad, error):
    def change(data):
        data[section][key] = bad

    with pytest.raises(RulesError, match=rf"record_words\.yaml: key '{section}\.{key}[.0-9]*'.*{error}"):
        _rules_with(tmp_path, change).grammar


@pytest.mark.parametrize("section, key", [("negated_part_notes", "negatons"), ("edit_commands", "verb"),
                                          ("partial_releases", "verbs"), ("withdrawn_members", "leavings"),
                                          ("compilation_parts", "kinds"), ("header_notes", "unit"),
                                          ("trailing_controls", "joiners"), ("joined_claims", "stems"),
                                          ("headed_boxes", "words"),
                                          ("ref_descriptions", "words"),
                                          ("second_targets", "topics"), ("relative_remarks", "places"),
                                          ("release_conditions", "months"), ("release_conditions", "month_stems"),
                                          ("months", "stems"), ("missing_members", "members"),
                                          ("change_records", "keys"), ("review_comments", "words"),
                                          ("sed_corrections", "parts"), ("numbers", "counts"), ("sed_scopes", "nouns"),
                                          ("sed_targets", "kinds"), ("part_remarks", "stops"),
                                          ("record_targets", "topics")])
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


def test_an_own_note_level_names_a_level(tmp_path):
    """(fix48b) `header_notes.own_note_levels` are names or aliases of markings.yaml `levels`."""
    def change(data):
        data["header_notes"]["own_note_levels"] = ["secret", "geheim"]

    with pytest.raises(RulesError, match=r"record_words\.yaml: key 'header_notes\.own_note_levels\.1': 'geheim' is no "
                                         r"level's name or alias"):
        _rules_with(tmp_path, change).grammar


def _markings_with(tmp_path, change) -> RuleSet:
    folder = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), folder)
    path = folder / "markings.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return RuleSet(folder)


def test_the_uk_names_come_from_the_one_list():
    """(fix48b) partial_releases.py and withdrawn_members.py read the UK's names of `uk_government_names` and the
    `country_names` naming its country: no list of their own."""
    names = RuleSet().grammar.vocabulary.uk_names()
    assert {"GBR", "United Kingdom", "Britain", "HMG", "Whitehall", "FCDO", "Royal Navy", "Brits", "H.M.G."} <= set(names)
    assert "Canada" not in names and "London" not in names


@pytest.mark.parametrize("bad, error", [
    (["Brits", "Brits"], r"uk_government_names\.statement_names\.1: 'Brits' is listed twice"),
    (["Britain"], r"uk_government_names\.statement_names\.0: 'Britain' is listed again in country_names"),
    (["  "], r"uk_government_names\.statement_names\.0: an empty name"),
])
def test_a_bad_uk_statement_name_names_file_and_key(tmp_path, bad, error):
    def change(data):
        data["uk_government_names"]["statement_names"] = bad

    with pytest.raises(RulesError, match=rf"markings\.yaml.*{error}"):
        _markings_with(tmp_path, change).grammar


def test_the_uk_code_names_and_territories_come_from_markings():
    """(fix49a) release_conditions.py reads the UK's code and two-letter names from the one list (`uk_government_names`
    and the names of `country_names`/`excepted_country_names` naming its country), the territories named British from
    `uk_government_names.territory_names`, and other countries' two-letter codes from `two_letter_country_codes`."""
    from sbu_redact.reader.release_conditions import _patterns

    g = RuleSet().grammar
    w = _patterns(type("R", (), {"g": g})())
    for name in ("UK", "U.K.", "GB", "GBR"):
        assert w.uk_code.search(f"AU and {name} only"), name
    assert not w.uk_code.search("AU and USA only")
    assert w.british_territory.search("the British  Virgin Islands") and w.british_territory.search("BRITISH OVERSEAS TERRITORIES")
    assert w.two_letter.search("AU and US only") and not w.two_letter.search("GB only")
    assert {"Royal Air Force", "Royal Marines", "RAF"} <= set(g.vocabulary.uk_names())


@pytest.mark.parametrize("codes, error", [
    ({"AU": "AUS", "XX": "XXX"}, r"two_letter_country_codes\.XX: 'XXX' is not one of countries"),
    ({"AU": "AUS", "GB": "GBR"}, r"two_letter_country_codes\.GB: 'GBR' is the UK's"),
    ({"AUS": "AUS"}, r"two_letter_country_codes\.AUS: not two capital letters"),
])
def test_a_bad_two_letter_code_names_file_and_key(tmp_path, codes, error):
    def change(data):
        data["two_letter_country_codes"] = codes

    with pytest.raises(RulesError, match=rf"markings\.yaml.*{error}"):
        _markings_with(tmp_path, change).grammar


def test_a_bad_territory_name_names_file_and_key(tmp_path):
    def change(data):
        data["uk_government_names"]["territory_names"] = ["British Virgin Islands", "British Virgin Islands"]

    with pytest.raises(RulesError, match=r"markings\.yaml.*uk_government_names\.territory_names\.1: 'British Virgin "
                                         r"Islands' is listed twice"):
        _markings_with(tmp_path, change).grammar


# (fix50d) the months are one list (`months`): marks.py, portions.py, release_conditions.py and ref_descriptions.py read it
@pytest.mark.parametrize("names, abbreviations, error", [
    (["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "ma"], [], r"names\.11.*shorter than three letters"),
    (["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "janus"], [], "share their first three letters"),
    (None, ["sep"], r"abbreviations\.0.*no name's first letters"),
    (None, ["septembre"], r"abbreviations\.0.*no name's first letters"),
    (None, ["september"], r"abbreviations\.0.*no name's first letters"),
])
def test_a_bad_month_names_file_and_key(tmp_path, names, abbreviations, error):
    def change(data):
        if names is not None:
            data["months"]["names"] = names
        data["months"]["abbreviations"] = abbreviations

    with pytest.raises(RulesError, match=rf"record_words\.yaml: key 'months'.*{error}"):
        _rules_with(tmp_path, change).grammar


def test_the_months_are_one_list():
    """(fix50d) Every reader's months are `months`': a month's name whole, by its first three letters or by an
    abbreviation, in any case, with a full stop after it; release_conditions numbers them in the year's order."""
    from sbu_redact.reader.marks import date_leads
    from sbu_redact.reader.rule_words import months
    g = RuleSet().grammar
    month = re.compile(rf"(?:{date_leads(g).month})\Z")
    for written in ("Jan", "JANUARY", "Sept.", "sep", "SEPTEMBER", "June", "jun.", "May"):
        assert month.match(written), written
    for written in ("Janu", "Septe", "Ma", "Juni"):
        assert not month.match(written), written
    assert months(g).stems[5] == "jun" and "SEPT" in {w.upper() for w in months(g).words}
    assert date_leads(g).month_heads == frozenset(months(g).stems)


def test_months_of_a_rules_folder_are_read(tmp_path):
    """(fix50d) A rules folder's months are what its readers read (not the shipped list behind its back)."""
    from sbu_redact.reader.marks import date_leads

    def change(data):
        data["months"]["abbreviations"] = ["sept", "janu"]

    g = _rules_with(tmp_path, change).grammar
    assert re.compile(rf"(?:{date_leads(g).month})\Z").match("Janu.")
    assert not re.compile(rf"(?:{date_leads(RuleSet().grammar).month})\Z").match("Janu.")


def test_a_rules_folders_words_are_read(tmp_path):
    """(fix50d) The readers read a rules folder's words, not the shipped ones behind its back: a level word added to
    `review_comments` is read as its level's letters, a count added to `numbers` as its number."""
    from sbu_redact.reader.review_comments import _level_text
    from sbu_redact.reader.sed_scopes import scope_words

    def change(data):
        data["review_comments"]["secret_words"].append("tajne")
        data["numbers"]["cardinals"].append("thirteen")

    g = _rules_with(tmp_path, change).grammar
    assert _level_text(g, "tajne") == "S" and scope_words(g).number_words["thirteen"] == 13
    shipped = RuleSet().grammar
    assert _level_text(shipped, "tajne") == "tajne" and "thirteen" not in scope_words(shipped).number_words
