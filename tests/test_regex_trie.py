"""Factored alternations (detection/regex_trie.py) match what the patterns as written match:
on generated patterns and texts (case, Unicode case equivalences, groups, backtracking into
what follows the alternation), and every pattern of every recognizer on the example and
corpus documents."""
from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sbu_redact.detection import Detector
from sbu_redact.detection.regex_trie import factor_patterns, factored

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted([*(ROOT / "examples").rglob("*.txt"), *(ROOT / "tests" / "corpus" / "reader").glob("*.txt"),
                    *(ROOT / "tests" / "corpus" / "redaction").glob("*.txt")])


def _matches(pattern: re.Pattern[str], text: str) -> list:
    """Every match `finditer` gives, and the match at every position (spans and groups)."""
    found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    at = [(m.span(), m.groups()) if (m := pattern.match(text, i)) else None for i in range(len(text) + 1)]
    return [found, at]


def test_an_alternation_shares_its_first_letters():
    pattern = factored(r"(?i:Deputy|Director|Ambassador|DEAN|d)\b")
    assert pattern.pattern == r"(?i:Deputy|Director|Ambassador|DEAN|d)\b"
    assert pattern.flags == re.compile(pattern.pattern).flags
    for text in ("the deputy director", "DEAN d. Ambassadors", "Dean", "dEPUTY"):
        assert _matches(pattern, text) == _matches(re.compile(pattern.pattern), text)
    # the alternatives that can match one text keep their order: the longest written first wins
    assert factored(r"ab|c|abc").match("abc").group() == "ab"
    assert factored(r"(?:ab|c|abc)d").match("abcd").group() == "abcd"
    assert factored(r"(?i:k|\u212a\u212a)").match("KK").group() == "K"  # the Kelvin sign is a k
    # caseless, k and K are one letter: kz|Ka|k does not become k(?:z|)|Ka
    assert factored(r"(?i:kz|Ka|k)").match("ka").group() == "ka"
    assert factored(r"(?i:kz|\u212aa|k)").match("ka").group() == "ka"
    assert factored(r"(?i:sz|\u017fa|s)").match("Sa").group() == "Sa"  # (s, S and the long s)
    assert factored(r"kz|Ka|k").match("ka").group() == "k"  # (case-sensitive: they are two)


def test_patterns_and_groups_are_kept():
    source = r"(?<![\w])(?P<title>Mr|Mrs|Ms|Dr)\.?\s+(?P<name>[A-Z]\w+)|(?P<other>M(?:x|r))"
    pattern = factored(source, re.MULTILINE)
    plain = re.compile(source, re.MULTILINE)
    assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == \
        (plain.pattern, plain.flags, plain.groups, plain.groupindex)
    assert factored(plain).pattern == source


_LETTERS = ["a", "A", "b", "B", "k", "K", "\u212a", "s", "S", "\u017f", "i", "I", "\u0130", "\u0131", "1", " ", "-"]
_FEW = ["a", "k", "K", "\u212a", "s", "\u017f", "I", "\u0131"]  # (more words share first letters)
_WORDS = st.one_of(st.text(alphabet=st.sampled_from(_LETTERS), max_size=4),
                   st.text(alphabet=st.sampled_from(_FEW), max_size=3),
                   st.tuples(st.sampled_from(["k", "K", "\u212a", "s", "S", "\u017f"]),
                             st.sampled_from(["", "a", "s", "k", "ka"])).map("".join))


@settings(max_examples=1500, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8), st.sampled_from(["", "(?i)", "(?i:{})", "(?a)(?i)"]),
       st.sampled_from(["{}", "(?<![\\w]){}", "({})+", "(?:{})(?:b|\\s)", "({})(?:{})?a", "(?:{}|[ab]+)\\b",
                        "x|(?:{})*?s", "(?:{})(?:s|k|a)", "(?<=a)(?:{})", "(?:(?<![ks])a|(?<=\\w)(?:{}))b?"]),
       st.data())
def test_factored_alternations_on_generated_patterns(words, flags, shape, data):
    alternation = "|".join(re.escape(w) for w in words)
    body = shape.replace("{}", alternation)
    source = flags.format(body) if "{}" in flags else flags + body
    # texts made of the words (in other cases too) and letters, so that alternatives match
    pieces = st.one_of(st.sampled_from(words), st.sampled_from(words).map(str.upper),
                       st.sampled_from(words).map(str.lower), st.sampled_from(_LETTERS + _FEW))
    text = "".join(data.draw(st.lists(pieces, max_size=6)))
    assert _matches(factored(source), text) == _matches(re.compile(source), text)


def test_every_order_of_words_sharing_a_letter_in_some_case():
    """Exhaustive over small alternations whose words start with letters equal caselessly (k, K,
    the Kelvin sign; s and the long s): any order of three, caseless or not, on texts where
    several match."""
    words = ["k", "K", "\u212a", "ka", "Ka", "kas", "\u017fa", "s"]
    texts = ["ka", "kas", "KA", "\u212aas", "sa", "k", "Sas"]
    for triple in itertools.product(words, repeat=3):
        for flags in ("(?i)", ""):
            for shape in ("(?:{})", "(?:{})(?:s|$)"):
                source = flags + shape.format("|".join(map(re.escape, triple)))
                pattern, plain = factored(source), re.compile(source)
                for text in texts:
                    assert _matches(pattern, text) == _matches(plain, text), (source, text)


_BEHIND = ["a", "k", "[ak]", "\\w", "[^\\W\\d]", "\\s", "ab", "[a-z]{2}", "(?:a|b)", "."]
_NEXT = ["a", "k", "K", "[ak]", "\\d", "[^a]", ".", "(?i:k)", "(?i:[a-k])", "(?P<c>[ak])", "(k)", "((?i:k))"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["(?<!{})", "(?<={})"]), st.sampled_from(_BEHIND)).map(lambda t: t[0].format(t[1])),
                min_size=1, max_size=3),
       st.sampled_from(_NEXT), st.sampled_from(["", "a", "(k)", "|x", "|(?<!a)k", "+"]), st.sampled_from(["", "(?i)", "(?s)"]),
       st.text(alphabet=st.sampled_from(["a", "b", "k", "K", "\u212a", "1", " ", "\n", "_"]), max_size=10))
def test_look_behinds_sunk_after_the_next_character(behinds, following, rest, flags, text):
    """`(?<!X)c` is `c(?<!Xc)`: the same matches, for any look-behinds before any character."""
    source = flags + "".join(behinds) + following + rest
    assert _matches(factored(source), text) == _matches(re.compile(source), text)


def test_a_look_behind_first_pattern_starts_with_its_character():
    ocr_zero = factored(r"(?<![\w'])0(?=['][A-Z])|(?<=[A-Za-z])0(?=[A-Za-z])|(?<=[A-Za-z]{3})0(?![\w'])")
    assert ocr_zero.pattern.startswith("(?<!")
    from re import _parser  # the parse of what was compiled is not kept: compare behaviour
    assert _parser  # (module present: factoring is on)
    for text in ("RJ0NES", "M0'HARA", "0'D", "Ilchenk0", "a0", "100", "0"):
        assert _matches(ocr_zero, text) == _matches(re.compile(ocr_zero.pattern), text)


@pytest.fixture(scope="module")
def recognizer_patterns():
    detector = Detector()
    recognizers = [*detector._engine.analyzer.registry.recognizers, *detector._engine.field_recognizers]
    found = []
    for recognizer in recognizers:
        for value in vars(recognizer).values():
            for item in (value if isinstance(value, (list, tuple)) else [value]):
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found.append(item)
    assert len(found) > 20
    return found


def test_recognizers_hold_factored_patterns(recognizer_patterns):
    class Holder:
        pass

    holder = Holder()
    holder.one, holder.some = re.compile(r"(?i:ab|ac)"), (re.compile(r"x|xy"), "z")
    factor_patterns(holder)
    assert holder.one.pattern == r"(?i:ab|ac)" and isinstance(holder.some, tuple) and holder.some[1] == "z"
    # the registry factors every recognizer's patterns: the titles' alternation is one of them
    titles = [p for p in recognizer_patterns if "Ambassador" in p.pattern]
    assert titles and all(p != re.compile(p.pattern, p.flags) for p in titles)  # (the code differs)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_recognizer_patterns_find_what_they_find_as_written(recognizer_patterns, path):
    text = path.read_text(encoding="utf-8")
    for piece in (text, text.upper()):
        for pattern in recognizer_patterns:
            plain = re.compile(pattern.pattern, pattern.flags)
            assert [(m.span(), m.groups()) for m in pattern.finditer(piece)] == \
                [(m.span(), m.groups()) for m in plain.finditer(piece)], pattern.pattern[:80]


_OCR_ALPHABET = ["0", "1", "l", "3", "5", "8", "a", "o", "n", "A", "E", "N", "R", "S", "'", "\u2019", "-", ".", "@",
                 "/", " ", "\n", "_", "\u017d", "\u00e9"]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_OCR_ALPHABET), max_size=16))
def test_detection_view_patterns_match_as_written(text):
    from sbu_redact.detection import view

    for pattern in (view._OCR_ZERO, view._OCR_DIGIT, view._OCR_FIRST):
        assert _matches(pattern, text) == _matches(re.compile(pattern.pattern, pattern.flags), text)
