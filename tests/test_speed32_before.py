"""`EndAnchored.search` finds what the pattern's own search over the whole window finds (speed32)."""
from __future__ import annotations

import random
import re

import pytest

from sbu_redact.detection import lexicon, postprocess, residual, slots
from sbu_redact.detection.recognizers import given_name
from sbu_redact.detection.before import EndAnchored

_PATTERNS = [(f"{module.__name__}.{name}", value) for module in (lexicon, postprocess, residual, slots, given_name)
             for name, value in sorted(vars(module).items()) if isinstance(value, EndAnchored)]
# every kind of character the patterns' parts tell apart, and words they read
_PIECES = ["a", "Z", "x", "É", "é", "ß", "Д", "ж", "²", "7", "_", "-", "'", "\u2019", '"', "\u201c", ",", ".",
           " ", " ", "\t", "\n", ":", "(", "St", "the", "Mr", "AND", "and", "HER", "son", "Av", "Lopez", "DE",
           "12", "3", ")", "*", "\u2022", "\u2013", "Name", "Applicant"]


def _same(expected: re.Match[str] | None, found: re.Match[str] | None) -> bool:
    if expected is None or found is None:
        return expected is found
    return expected.span() == found.span() and expected.groups() == found.groups() \
        and all(expected.span(g) == found.span(g) for g in range(1, (expected.re.groups or 0) + 1))


def test_the_patterns_are_found():
    assert len(_PATTERNS) >= 10


@pytest.mark.parametrize("name,pattern", _PATTERNS, ids=[n for n, _ in _PATTERNS])
def test_same_match_as_the_whole_window(name, pattern):
    plain = re.compile(pattern.pattern, pattern.compiled.flags)
    rng = random.Random(name)
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        hi = rng.randint(0, len(text))
        lo = rng.randint(0, hi)
        assert _same(plain.search(text, lo, hi), pattern.search(text, lo, hi)), (name, text, lo, hi)
        assert _same(plain.search(text, 0, hi), pattern.search(text, 0, hi)), (name, text, hi)


def test_real_windows():
    text = "HER HUSBAND, ZUHAIR met the newspaper Kommersant and St. Helena, WRITES FOR \n  Dzerkalo Tyzhnia"
    for name, pattern in _PATTERNS:
        plain = re.compile(pattern.pattern, pattern.compiled.flags)
        for hi in range(len(text) + 1):
            for lo in (0, max(0, hi - 40), max(0, hi - 20), max(0, hi - 4)):
                assert _same(plain.search(text, lo, hi), pattern.search(text, lo, hi)), (name, lo, hi)


def test_sentence_end_as_the_pattern():
    from sbu_redact.detection.recase import _SENTENCE_END, _sentence_end

    rng = random.Random(3)
    pieces = ["a", ".", "!", "?", ":", ")", "]", " ", "\n", "\t", "\r", "\x0b", "\x0c", "\u00a0", "\u2028",
              "\u3000", "\x1c", "\x85", "b", "(", ",", "\u200b"]
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert bool(_SENTENCE_END.search(s)) == _sentence_end(s), repr(s)


def test_upper_ratio_as_the_letters_found():
    rng = random.Random(4)
    pieces = ["a", "B", "\u00c9", "\u00e9", "\u00df", "\u0100", "\u0101", "\u1e00", "\u1e01", "\u0414", " ", "\n",
              "1", "\u01c5", "\u1e9e", "\u03a9", "\u00d7", "_"]

    def counted(text: str) -> float:
        found = lexicon.LETTERS.findall(text)
        return sum(map(str.isupper, found)) / len(found) if found else 0.0

    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert lexicon.upper_ratio(text) == counted(text), text


def test_not_prose_characters_are_the_first_way():
    assert {chr(i) for i in range(0x3000) if re.fullmatch(lexicon._NOT_PROSE.pattern.split("|://")[0], chr(i))} \
        == lexicon._NOT_PROSE_CHARS
