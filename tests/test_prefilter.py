"""The reader's prefilters (`sbu_redact.prefilter`) may let more text through, never less: a
pattern that matches a text is never ruled out for it, by its required words or by its
widened form. Property-tested on generated patterns and texts, and on the rules' own
`classification_in_words` patterns."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sbu_redact.config import as_rules
from sbu_redact.prefilter import caseless, may_match, required_words, without_assertions

# Pieces of patterns, as the rules write them: words, alternatives, optional and repeated
# parts, classes, assertions, case-insensitive groups, atomic groups and possessive repeats.
_WORDS = ["NATO", "EU", "SECRET", "se", "Ki", "TOP", "classified", "D", "É", "Ü"]
_LETTERS = "NATOEUSCRTPDKIiskecl -\t\u0130\u0131\u017f\u212aÉÜé"


@st.composite
def patterns(draw: st.DrawFn, depth: int = 0) -> str:
    if depth > 2:
        return re.escape(draw(st.sampled_from(_WORDS)))
    kind = draw(st.sampled_from(["word", "seq", "alt", "opt", "rep", "class", "bound", "ahead", "behind",
                                 "caseless", "atomic", "possessive"]))
    sub = lambda: draw(patterns(depth + 1))  # noqa: E731
    return {
        "word": lambda: re.escape(draw(st.sampled_from(_WORDS))),
        "seq": lambda: sub() + r"[ \t]+" + sub(),
        "alt": lambda: f"(?:{sub()}|{sub()})",
        "opt": lambda: f"(?:{sub()})?",
        "rep": lambda: f"(?:{sub()}){{1,2}}",
        "class": lambda: "[EÉ]" + sub(),
        "bound": lambda: r"\b" + sub() + r"\b",
        "ahead": lambda: sub() + f"(?={sub()})",
        "behind": lambda: "(?<!TOP )" + sub(),
        "caseless": lambda: f"(?i:{sub()})",
        "atomic": lambda: f"(?>{sub()}|{sub()})" + sub(),
        "possessive": lambda: f"(?:{sub()})*+" + sub(),
    }[kind]()


def _texts(pattern: str) -> st.SearchStrategy[str]:
    words = re.findall(r"[A-Za-zÉÜ]+", pattern) or ["X"]
    piece = st.one_of(st.sampled_from(words), st.sampled_from(words).map(str.lower),
                      st.sampled_from(words).map(str.upper), st.text(alphabet=_LETTERS, max_size=3))
    return st.lists(piece, max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_a_prefilter_never_rules_out_a_match(data: st.DataObject) -> None:
    pattern = data.draw(patterns())
    compiled = re.compile(pattern)
    text = data.draw(_texts(pattern))
    if compiled.search(text) is None:
        return
    assert may_match(required_words(pattern), text, caseless(text)), (pattern, text)
    widened = without_assertions(pattern)
    assert widened is None or widened.search(text) is not None, (pattern, text)
    caseless_pattern = re.compile(pattern, re.IGNORECASE)  # flags given apart from the pattern
    if caseless_pattern.search(text.swapcase()) is not None:
        assert may_match(required_words(pattern, caseless_pattern.flags), text.swapcase(), caseless(text.swapcase()))
        widened = without_assertions(pattern, caseless_pattern.flags)
        assert widened is None or widened.search(text.swapcase()) is not None, (pattern, text)


def test_the_rules_patterns_have_word_tests_that_pass_their_own_matches() -> None:
    grammar = as_rules(None).grammar
    samples = ["NATO CONFIDENTIAL", "EU SECRET", "SECRET UE", "COSMIC TOP SECRET", "STRENG GEHEIM",
               "VS - NUR FÜR DEN DIENSTGEBRAUCH", "CONFIDENTIEL DÉFENSE", "GEHEIM", "classified as SECRET",
               "CLASSIFIED AT TOP SECRET", "Cla\u017fsified CONFIDENTIAL"]
    matched = 0
    for pattern, _level in grammar.words_evidence:
        clauses = required_words(pattern.pattern, pattern.flags)
        assert clauses, pattern.pattern  # every rules pattern gets a word test
        plain = "The ambassador met the minister on Tuesday."
        assert not may_match(clauses, plain, caseless(plain)), pattern.pattern
        for sample in samples:
            if pattern.search(sample):
                matched += 1
                assert may_match(clauses, sample, caseless(sample)), (pattern.pattern, sample)
    assert matched >= len(samples)


def test_a_pattern_the_parser_cannot_take_apart_gets_no_test() -> None:
    assert required_words("(") == ()
    assert without_assertions("(") is None
    assert without_assertions(r"(?>a(?=x)|ab)c") is None  # an atomic group may commit differently
    assert re.search(r"(?>a(?=x)|ab)c", "abc")
