"""The reader's structural vocabulary (`structure` of rules/markings.yaml): list items' labels
(one grammar, `reader/enumerators.py`) and the lines that end a portion, validated on load."""
import shutil

import pytest

from sbu_redact.config import RuleSet, RulesError, load_rules
from sbu_redact.reader import enumerators

G = load_rules().grammar


@pytest.mark.parametrize("line, list_item, sibling_item, subparagraph", [
    ("(ii) (U) text", "(ii)", None, None),
    ("[3] text", "[3]", None, None),
    ("§ 4.3 text", "§ 4.3", None, None),
    ("4(2) text", "4(2)", None, None),
    ("(a)(ii) text", "(a)(ii)", None, None),
    ("2.1. text", "2.1.", None, None),
    ("A. text", "A.", "A.", "A."),
    ("(b) text", "(b)", "(b)", "(b)"),
    ("12) text", "12)", "12)", None),
    ("- text", None, "-", "-"),
    ("-- text", None, "--", "--"),  # (a dash-dash list item has siblings too, round 110)
    ("• text", None, "•", "•"),
    ("o text", None, "o", None),
    ("A.text", None, None, None),  # (a label is followed by a space or tab)
])
def test_one_grammar_of_labels_for_the_three_readings(line, list_item, sibling_item, subparagraph):
    found = [enumerators.label(G, line, use) for use in ("list_item", "sibling_item", "subparagraph")]
    assert [f and f[1] for f in found] == [list_item, sibling_item, subparagraph]
    assert enumerators.opens_subparagraph(G, line) is (subparagraph is not None)


def test_label_shapes():
    assert enumerators.list_shape(G, "(ii) text") == enumerators.list_shape(G, "  (b) text") == "(a)"
    assert enumerators.list_shape(G, "§ 4.3 text") == "§ 9.9"
    assert enumerators.list_shape(G, "Sir. text") is None  # a word, not an enumerator
    assert enumerators.same_list(G, "A. (U) THE DEFICIT", "B. THE MINISTRY")
    assert not enumerators.same_list(G, "A. (U) THE DEFICIT", "  B. THE MINISTRY")  # (another indent)
    assert not enumerators.same_list(G, "9. (U) text", "10. text")
    assert not enumerators.same_list(G, "- (U) text", "• text")


def test_the_starts_of_labels_are_read_from_the_labels():
    symbol_bullets = "‣⁃■▪●◦\uf076\uf0a7\uf0b7\uf0d8\uf0fc"  # (Word's Symbol and Wingdings bullets pasted, round 110)
    assert set(enumerators.starts(G, "subparagraph")) == set("(-•·*abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                             + symbol_bullets)
    assert "§" in enumerators.starts(G, "list_item") and "-" not in enumerators.starts(G, "list_item")


@pytest.mark.parametrize("old, new, error", [
    ("      circle: 'o'", "      circle: '(o)'", r"key 'structure\.enumerators'.*labels\.circle: a label has no capturing group"),
    ("    sibling_item: [letter,", "    sibling_item: [lettre,", r"key 'structure\.enumerators'.*sibling_item\.0: 'lettre' is not one of labels"),
    ("      dash: '-'", "      dash: '[-'", r"key 'structure\.enumerators\.labels\.dash'.*not a regular expression"),
    ("      dash: '-'", "      Dash: '-'", r"key 'structure\.enumerators\.labels\.Dash"),
    ("  wiki_macro:\n    pattern: '\\{", "  wiki_macro:\n    pattern: '(\\{", r"key 'structure\.wiki_macro\.pattern'.*not a regular expression"),
    ("  running_head:\n", "  running_heads:\n", r"key 'structure\.running_heads'"),
    ("  mid_clause_words: [a, an,", "  mid_clause_words: [A, an,", r"key 'structure\.mid_clause_words\.0'"),
    ("inserted_text_states_nothing:\n  pattern: '/", "inserted_text_states_nothing:\n  pattern: '(/",
     r"key 'inserted_text_states_nothing\.pattern'.*not a regular expression"),
    ("(?i)\\b(?P<this>this[ \\t]+page)", "(?i)\\b(?P<thus>this[ \\t]+page)", r"key 'unresolved_scope'.*page_named: needs groups named this"),
    ("      hausa: [sirri, ", "      hausa: [", r"key 'unresolved_scope\.untranslated'.*note_languages\.hausa: no word of level_words"),
    ("      hausa: [sirri, ", "      hausa: [Sirri, ", r"key 'unresolved_scope\.untranslated'.*note_languages\.hausa: 'Sirri'"),
    # the page map's forms of a page's own number (`reader/pages.PageMap`)
    ("(?P<number>\\d{1,3})(?:[ \\t]+of[ \\t]+\\d{1,3})?\\b'", "(\\d{1,3})(?:[ \\t]+of[ \\t]+\\d{1,3})?\\b'",
     r"key 'structure\.page_forms'.*numbered: needs a group named number"),
    ("    ruled:\n      pattern: '(?im)^", "    ruled:\n      pattern: '(?im)(^", r"key 'structure\.page_forms\.ruled\.pattern'"),
    ("  page_forms:\n    marker:", "  page_forms:\n    markers:", r"key 'structure\.page_forms\.markers'"),
    ("ページ)[ \\t]*(?P<number>\\d{1,3})", "ページ)[ \\t]*(\\d{1,3})", r"key 'structure\.page_forms'.*heading: needs a group named number"),
])
def test_a_bad_structure_entry_names_file_and_key(tmp_path, old, new, error):
    rules = tmp_path / "rules"
    shutil.copytree(load_rules().directory, rules)
    path = rules / "markings.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(RulesError, match=r"markings\.yaml: " + error):
        RuleSet(rules).grammar


@pytest.mark.parametrize("line, heading", [("2. (U) Port headline", True), ("The minister met with", False),
                                           ("the delegation and the", False), ("Talks on the tender, not", False),
                                           ("Outcome of the visit", True)])
def test_a_heading_does_not_end_on_a_word_a_sentence_ends_mid_clause_on(line, heading):
    assert (G.heading_last_word.compiled.search(line) is not None) is heading


@pytest.mark.parametrize("text, left", [("see https://example.org/x", "see  example.org/x"), ("////", " "),
                                        ("[//]: # (note)", "  # (note)"), ("S//NF per INR", "S//NF per INR")])
def test_what_inserted_text_holds_that_states_no_marking(text, left):
    assert G.inserted_text_states_nothing.compiled.sub(" ", text) == left
