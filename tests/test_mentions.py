"""The one matcher of propagation (`sbu_redact.mentions`): detection's later mentions of a name
and redaction's other occurrences of a redacted text find the same occurrences."""
from __future__ import annotations

import re

import pytest

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

    assert postprocess.WordIndex is redaction._WordIndex
    assert redaction._phrase is phrase_pattern
    assert isinstance(phrase_pattern("a b"), re.Pattern)
