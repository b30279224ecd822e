"""The anchors of the claims (`prefilter.anchor_words`, `anchor_alternatives`; reader/scope.py
`_claim_matches` scans a way of `unresolved_scope.claims` only in a portion that holds its words):
derived from the rules' own patterns, so a phrase added to the rules is gated by its own words
with no change of code. A way with no anchor would be scanned in every portion (the US-only way,
with its Hebrew, Arabic and Hangul words, was: 60% of the claims' cost, readspeed11); a test
here fails when a way of the rules has none. Property-tested: the anchors never rule out a
match, on generated patterns with letters that have no case, Cyrillic and Greek letters and
look-aheads (the scan with them, on texts made from the rules' own vocabulary:
tests/test_reader_wayscan.py)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sbu_redact.config import as_rules
from sbu_redact.prefilter import (alternative_words, anchor_alternatives, anchor_words, caseless, joined_words, may_match,
                                  top_level_ways)
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
    """An ASCII way with no look-ahead has the anchors `joined_words` gives: only the ways with
    letters other than ASCII (with no case, or whose every case `caseless` lowers alike) or with a
    look-ahead gain words."""
    pattern = _claims()
    for way in top_level_ways(pattern.pattern) or ():
        if way.isascii() and "(?=" not in way:
            assert anchor_words(way, pattern.flags) == joined_words(way, pattern.flags)
            assert anchor_alternatives(way, pattern.flags) == alternative_words(way, pattern.flags)


def test_the_anchors_of_some_patterns() -> None:
    assert joined_words(r"(?i:only|فقط)") == ()
    assert anchor_words(r"(?i:only|فقط)") == (frozenset({("only", True), ("فقط", True)}),)
    assert set(anchor_words(r"(?i:\b(?:nur|전용)\b[^.\n]{0,40}?(?:amerik\w*|미국))")) == {
        frozenset({("amerik", True), ("미국", True)}), frozenset({("nur", True), ("전용", True)})}
    # (Cyrillic and Greek letters: a word in their lower case, in each form the engine takes for the same
    # letter, `в` and `ᲀ`, `μ` and `µ`; ASCII letters only for `joined_words`)
    assert joined_words(r"(?i:μόvo)") == (frozenset({("vo", True)}),)
    assert anchor_words(r"(?i:μόvo)") == (frozenset({("μόvo", True), ("µόvo", True)}),)
    assert anchor_words(r"(?i:ceкpeTH)") == (frozenset({("ceкpeth", True)}),)
    assert anchor_words(r"(?i:Bвx)") == (frozenset({("bвx", True), ("bᲀx", True)}),)
    assert anchor_words("(?i:ΣΠ)") == (frozenset({("σπ", True), ("σϖ", True), ("ςπ", True), ("ςϖ", True)}),)
    # (a look-ahead's words: in the part scanned, after the match's start)
    assert frozenset({("cable", True), ("memo", True)}) in anchor_words(r"(?i:is\s+(?=(?:cable|memo)))S")
    assert anchor_words(r"(?i:is\s+(?!cable))S") == anchor_words(r"(?i:is\s+)S")


# Pieces of generated patterns: letters with no case among them (what a caseless part compares exactly)
_WORDS = ["only", "US", "فقط", "בלבד", "전용", "미국", "Amerik", "אמר'קא", "K", "s", "İ", "é", "ceкpeTH", "aμεpiκav", "вᲀ",
          "Σσς", "Mỹ"]
_LETTERS = "onlyUSKsk\u212a\u017f\u0130\u0131éÉ فقطבלבד전용미국'\nкКвВᲀσςΣμµΜεϵΕκϰΚỹỸ"


@st.composite
def _patterns(draw: st.DrawFn, depth: int = 0) -> str:
    if depth > 2:
        return re.escape(draw(st.sampled_from(_WORDS)))
    kind = draw(st.sampled_from(["word", "seq", "alt", "opt", "caseless", "gap", "behind", "ahead", "class"]))
    sub = lambda: draw(_patterns(depth + 1))  # noqa: E731
    return {
        "word": lambda: re.escape(draw(st.sampled_from(_WORDS))),
        "seq": lambda: sub() + r"[ \t]*" + sub(),
        "alt": lambda: f"(?:{sub()}|{sub()})",
        "opt": lambda: f"(?:{sub()})?",
        "caseless": lambda: f"(?i:{sub()})",
        "gap": lambda: sub() + r"[^.\n]{0,4}?" + sub(),
        "behind": lambda: "(?<!x)" + sub(),
        "ahead": lambda: sub() + f"(?={sub()})",
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
