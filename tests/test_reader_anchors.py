"""The anchors of the claims (`prefilter.anchor_words`, `anchor_alternatives`; reader/scope.py
`_claim_matches` scans a way of `unresolved_scope.claims` only in a portion that holds its words):
derived from the rules' own patterns, so a phrase added to the rules is gated by its own words
with no change of code. A way with no anchor would be scanned in every portion (the US-only way,
with its Hebrew, Arabic and Hangul words, was: 60% of the claims' cost, readspeed11); a test
here fails when a way of the rules has none. Property-tested: the anchors never rule out a
match, on generated patterns with letters that have no case and on texts made from the rules'
own vocabulary, and the gated scan finds exactly the matches of the whole scan."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sbu_redact.config import as_rules
from sbu_redact.prefilter import (alternative_words, anchor_alternatives, anchor_words, caseless, finditer_by_ways,
                                  joined_words, may_match, top_level_ways, ways_in_text)
from sbu_redact.reader import scope
from test_reader_claims import _reading  # (one spy on a reading's portions for both files)


def _claims() -> re.Pattern[str]:
    return as_rules(None).grammar.scope_claims.compiled


def test_every_way_of_the_claims_has_an_anchor() -> None:
    """Every top-level way of the claims pattern needs words a portion must hold (else it is
    scanned in every portion of every document): a rule written so that no word can be derived
    from it fails here, not silently in the reading's cost."""
    pattern = _claims()
    ways = top_level_ways(pattern.pattern)
    assert ways is not None and len(ways) > 10
    for way in ways:
        assert anchor_words(way, pattern.flags), f"a way of unresolved_scope.claims has no anchor: {way[:120]}"


def test_anchors_are_the_joined_words_where_those_are_found() -> None:
    """A way whose letters all have a case, or are ASCII, has the anchors `joined_words` gives:
    only the ways with letters of no case gain words."""
    pattern = _claims()
    for way in top_level_ways(pattern.pattern) or ():
        if all(c.isascii() or c.upper() != c.lower() for c in way):
            assert anchor_words(way, pattern.flags) == joined_words(way, pattern.flags)
            assert anchor_alternatives(way, pattern.flags) == alternative_words(way, pattern.flags)


def test_the_anchors_of_some_patterns() -> None:
    assert joined_words(r"(?i:only|فقط)") == ()
    assert anchor_words(r"(?i:only|فقط)") == (frozenset({("only", True), ("فقط", True)}),)
    assert set(anchor_words(r"(?i:\b(?:nur|전용)\b[^.\n]{0,40}?(?:amerik\w*|미국))")) == {
        frozenset({("amerik", True), ("미국", True)}), frozenset({("nur", True), ("전용", True)})}
    assert anchor_words(r"(?i:μόvo)") == joined_words(r"(?i:μόvo)") == (frozenset({("vo", True)}),)  # (Greek has case)


# Pieces of generated patterns: letters with no case among them (what a caseless part compares exactly)
_WORDS = ["only", "US", "فقط", "בלבד", "전용", "미국", "Amerik", "אמר'קא", "K", "s", "İ", "é"]
_LETTERS = "onlyUSKsk\u212a\u017f\u0130\u0131éÉ فقطבלבד전용미국'\n"


@st.composite
def _patterns(draw: st.DrawFn, depth: int = 0) -> str:
    if depth > 2:
        return re.escape(draw(st.sampled_from(_WORDS)))
    kind = draw(st.sampled_from(["word", "seq", "alt", "opt", "caseless", "gap", "behind", "class"]))
    sub = lambda: draw(_patterns(depth + 1))  # noqa: E731
    return {
        "word": lambda: re.escape(draw(st.sampled_from(_WORDS))),
        "seq": lambda: sub() + r"[ \t]*" + sub(),
        "alt": lambda: f"(?:{sub()}|{sub()})",
        "opt": lambda: f"(?:{sub()})?",
        "caseless": lambda: f"(?i:{sub()})",
        "gap": lambda: sub() + r"[^.\n]{0,4}?" + sub(),
        "behind": lambda: "(?<!x)" + sub(),
        "class": lambda: "[לב]?" + sub(),
    }[kind]()


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_anchors_never_rule_out_a_match(data: st.DataObject) -> None:
    pattern = data.draw(_patterns())
    piece = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_WORDS).map(str.upper),
                      st.sampled_from(_WORDS).map(str.lower), st.text(alphabet=_LETTERS, max_size=3))
    for flags in (0, re.IGNORECASE):
        compiled = re.compile(pattern, flags)
        clauses = anchor_words(pattern, compiled.flags)
        ways = anchor_alternatives(pattern, compiled.flags)
        for _ in range(3):
            text = "".join(data.draw(st.lists(piece, max_size=8)))
            for variant in (text, text.swapcase()):
                if compiled.search(variant) is not None:
                    assert may_match(clauses, variant, caseless(variant)), (pattern, flags, variant)
                    assert not ways or any(may_match(way, variant, caseless(variant)) for way in ways), \
                        (pattern, flags, variant)


def _vocabulary() -> list[str]:
    """The words of the claims' ways as the rules write them (every word of every anchor clause of
    every way and of its own ways), in their case, upper and lower case."""
    pattern = _claims()
    words: set[str] = set()
    for way in top_level_ways(pattern.pattern) or ():
        for clauses in (anchor_words(way, pattern.flags), *anchor_alternatives(way, pattern.flags)):
            for clause in clauses:
                words.update(word for word, _ in clause)
    return sorted(words)


_VOCABULARY = _vocabulary()
_GLUE = [" ", "  ", "\t", "\n", ".", ",", " - ", ": ", "the", "paragraph 2", "is", "to be", "for", "staff",
         "not", "shared", "with", "eyes", "only", "American", "personnel", "(S)", "C", "=", "'"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_VOCABULARY), st.sampled_from(_VOCABULARY).map(str.upper),
                          st.sampled_from(_GLUE)), min_size=1, max_size=40),
       st.integers(0, 100), st.integers(0, 100))
@example(["for", " ", "American", " ", "staff", " ", "only"], 0, 100)
@example(["only", " ", "for", " ", "Amerikaner"], 0, 100)
@example(["전용", " ", "미국"], 0, 100)
@example(["فقط", " ", "amerikan"], 0, 100)
@example(["not", " ", "to be", " ", "shared", " ", "with", " ", "foreign"], 0, 100)
def test_the_anchored_ways_find_every_match_of_the_whole_scan(pieces: list[str], lo: int, hi: int) -> None:
    """`finditer_by_ways` with the anchored ways (`ways_in_text(..., anchored=True)`, what
    `_claim_matches` scans with) finds exactly the matches of the claims pattern in any part of a
    text made of the rules' own words."""
    pattern = _claims()
    text = "".join(pieces)
    start = len(text) * lo // 100
    end = start + (len(text) - start) * hi // 100
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]
    gates = scope._claim_way_gates(pattern.pattern, pattern.flags)
    kept = ways_in_text(pattern, text, caseless(text), {}, gates, anchored=True)
    found = finditer_by_ways(pattern, text, start, end, kept)
    assert [(m.span(), m.groups()) for m in found] == expected, (text, start, end)


def _claims_of_a_reading(text: str) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """For each portion of a reading of `text`: the claims `_claim_matches` finds, and those of the whole scan."""
    r, portions = _reading(text)
    return [([m.span() for m in scope._claim_matches(r, p)],
             [m.span() for m in r.g.scope_claims.compiled.finditer(r.text, p.body_start, p.end)])
            for p in portions]


@pytest.mark.parametrize("claim", ["Hold para 4 from the Brits; it may not be shown to the partner",
                                   "המסמך לאמר'קאים בלבד"])
def test_claims_a_hand_list_of_claim_words_missed(claim: str) -> None:
    text = f"Classification: UNCLASSIFIED\n\nThe ferry runs daily.\n\n{claim}\n\nThe port is open.\n"
    for found, full in _claims_of_a_reading(text):
        assert found == full
