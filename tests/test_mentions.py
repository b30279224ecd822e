"""The one matcher of propagation (`sbu_redact.mentions`): detection's later mentions of a name
and redaction's other occurrences of a redacted text find the same occurrences."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sbu_redact.mentions import WordIndex, phrase_pattern

TEXT = ("Natalia Sokolova met TAYLOR-ADEBAYO. Later SOKOLOVA, natalia\nsokolova and Natalia-Sokolova spoke; "
        "Sokolovas and ASokolova did not; Ivan Petrov-Vodkin and Иван Петров came.")


@pytest.mark.parametrize("phrase, expected", [
    ("Sokolova", ["Sokolova", "SOKOLOVA", "sokolova", "Sokolova"]),
    ("Natalia Sokolova", ["Natalia Sokolova", "natalia\nsokolova", "Natalia-Sokolova"]),
    ("ADEBAYO", ["ADEBAYO"]),
    ("Petrov", ["Petrov"]),
    ("Петров", ["Петров"]),
    ("Sokolovas Smith", []),
])
def test_occurrences(phrase, expected):
    assert [m.group() for m in WordIndex(TEXT).occurrences(phrase)] == expected


@pytest.mark.parametrize("phrase", ["Sokolova", "Natalia Sokolova", "ADEBAYO", "Petrov", "Петров", "and"])
def test_index_finds_what_a_whole_text_scan_finds(phrase):
    pattern = phrase_pattern(phrase)
    assert [m.span() for m in WordIndex(TEXT).occurrences(phrase)] == [m.span() for m in pattern.finditer(TEXT)]


def test_detection_and_redaction_use_the_same_matcher():
    import sbu_redact.detection.postprocess as postprocess
    import sbu_redact.redaction as redaction

    assert postprocess.word_index is redaction._word_index_of
    assert isinstance(redaction._word_index("Ms. Smith"), redaction._WordIndex)
    assert redaction._phrase is phrase_pattern
    assert isinstance(phrase_pattern("a b"), re.Pattern)


def test_word_indexes_are_shared_within_a_scope_only():
    from sbu_redact.mentions import WordIndex, sharing_indexes, word_index

    text = "Natalia Sokolova met SOKOLOVA's aide; sokolova-Ivanova left."
    with sharing_indexes():
        first = word_index(text)
        with sharing_indexes():  # a nested scope uses the outer one
            assert word_index(text) is first
        assert word_index(text + " ") is not first
    with sharing_indexes():
        assert word_index(text) is not first  # nothing outlives a scope
    plain = WordIndex(text)
    assert [m.span() for m in first.occurrences("Sokolova")] == [m.span() for m in plain.occurrences("Sokolova")] \
        == [m.span() for m in re.finditer(r"(?<!\w)Sokolova(?!\w)", text, re.IGNORECASE)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Smith", "SMITH", "smith", "Smiths", "Jones", "-", " ", "\n", "'", "_", "7",
                                 "Smith-Jones", "aSmith", "\u00e9", "Ivan"]), max_size=30),
       st.sampled_from(["Smith", "Smith Jones", "smith", "Jones", "Ivan Smith"]))
def test_index_finds_what_a_scan_finds_in_any_text(parts, phrase):
    text = "".join(parts)  # ASCII texts take the index's fast path, the others its general one
    assert [m.span() for m in WordIndex(text).occurrences(phrase)] == \
        [m.span() for m in phrase_pattern(phrase).finditer(text)]
