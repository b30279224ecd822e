"""The claims stage's one scan per document (`prefilter.WayScan`, reader/scope.py `_claim_matches`):
the anchors of every way of a choice found in one scan of the text, a way scanned only in a part
where it has a hit (or its gate finds something), the ways of a group of a choice taken apart
(`_flat_ways`). Property-tested against the whole scan (spans and groups): on generated patterns,
on texts made from the rules' own vocabulary, and with a phrase added to the rules (picked up with
no change of code)."""
from __future__ import annotations

import functools
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sbu_redact.config import as_rules
from sbu_redact.prefilter import WayScan, _flat_ways, caseless, finditer_of_ways, top_level_ways
from sbu_redact.reader import scope
from test_prefilter import _long_texts, _texts, choices, patterns
from test_reader_anchors import _GLUE, _VOCABULARY
from test_reader_anchors import _patterns as _uncased_patterns


def _found(scan: WayScan, text: str, start: int, end: int, caseless_text: str | None = None) -> list:
    caseless_text = caseless(text) if caseless_text is None else caseless_text
    hits = scan.hits(text, caseless_text)
    ways = scan.ways_in(hits, text, start, end, caseless_text)  # (the ways with a clause not in the part pruned)
    return [(m.span(), m.groups()) for m in finditer_of_ways(scan.pattern, text, start, end, ways)]


def _claims() -> re.Pattern[str]:
    return as_rules(None).grammar.scope_claims.compiled


@functools.lru_cache(maxsize=1)
def _claims_scan() -> WayScan:
    pattern = _claims()
    return WayScan(pattern, scope._claim_way_gates(pattern.pattern, pattern.flags))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_the_ways_with_a_hit_find_the_matches_of_the_whole_scan(data: st.DataObject) -> None:
    ways = data.draw(st.lists(st.one_of(patterns(1), choices(), _uncased_patterns()), min_size=2, max_size=5))
    pattern = "|".join(ways)
    for flags in (0, re.IGNORECASE):
        try:
            compiled = re.compile(pattern, flags)
        except re.error:  # (two ways that name the same group)
            continue
        scan = WayScan(compiled)
        for text in (data.draw(_texts(pattern)), data.draw(_long_texts(pattern))):
            for variant in (text, text.swapcase()):
                start = data.draw(st.integers(0, len(variant)))
                end = data.draw(st.integers(start, len(variant)))
                expected = [(m.span(), m.groups()) for m in compiled.finditer(variant, start, end)]
                assert _found(scan, variant, start, end) == expected, (pattern, flags, variant, start, end)
                # (a text whose `caseless` form is longer: the words in any case found by the engine)
                assert _found(scan, variant, start, end, caseless(variant) + "x") == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["A", "b", "(?i:c)", r"\bd", "(?=e)", "[fg]", "h{1,2}", "(?:i|j)k"]), min_size=1,
                max_size=4),
       st.sampled_from(["(?:{})", "(?P<g>{})", "(?i:{})", "(?-i:{})", r"\b(?:{})", "({})", "(?:{})x", "(?i:(?:{}))",
                        "(?P<g>(?i:{}))"]),
       st.text(alphabet="AaBbcCdDeEfgGhHijkKx \n", max_size=30))
def test_a_group_of_a_choice_matches_where_one_of_its_ways_does(ways: list[str], wrapper: str, text: str) -> None:
    way = wrapper.format("|".join(ways))
    flat = _flat_ways(way, 3)
    compiled = re.compile(way)
    for at in range(len(text) + 1):
        assert (compiled.match(text, at) is not None) == any(re.compile(f).match(text, at) is not None for f in flat), \
            (way, flat, text, at)


def test_the_ways_of_some_groups() -> None:
    assert _flat_ways("(?P<n>A|(?i:B|C)d|(?:E|F))", 3) == ("A", "(?i:B|C)d", "E", "F")
    assert _flat_ways("(?P<n>(?i:B|C))", 3) == ("(?i:B)", "(?i:C)")
    assert _flat_ways(r"\b(?:A|B)", 3) == (r"\bA", r"\bB")
    assert _flat_ways(r"(?<=x)(A|B)", 3) == (r"(?<=x)(A|B)",)  # (an assertion before it: one way)
    assert _flat_ways("(A)(B|C)", 3) == ("(A)(B|C)",)  # (its group closes before its end)
    assert _flat_ways("(A|[)|])", 3) == ("A", "[)|]")


def test_every_way_of_the_claims_is_scanned_by_its_words_or_its_gate() -> None:
    """The claims' ways (the rules' groups of choices taken apart) are looked for by their words,
    or tried in every portion only when a letter in any case is among them (a way of no words
    would be tried in every portion of every document: tests/test_reader_anchors.py)."""
    scan = _claims_scan()
    assert len(scan.ways) > len(top_level_ways(_claims().pattern) or ())
    assert bin(scan.always).count("1") <= 4, [scan.ways[k].pattern[:80] for k in range(len(scan.ways))
                                              if scan.always >> k & 1]


_SPECIAL = ["ſ", "İ", "ı", "K", "Σ", "ς", "µ", "ß", "é", "É", "\u00a0", "\u200b", "’", "“", "ᲀ", "ϰ", "ϵ", "ϖ", "К", "ceкpeTH",
            "CEКPETH", "aµϵpiϰav", "ΑΜΕΡΙΚΑΝ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_VOCABULARY), st.sampled_from(_VOCABULARY).map(str.upper),
                          st.sampled_from(_VOCABULARY).map(str.title), st.sampled_from(_GLUE),
                          st.sampled_from(_SPECIAL)), min_size=1, max_size=40),
       st.integers(0, 100), st.integers(0, 100))
@example(["for", " ", "American", " ", "staff", " ", "only"], 0, 100)
@example(["only", " ", "for", " ", "Amerikaner"], 0, 100)
@example(["전용", " ", "미국"], 0, 100)
@example(["فقط", " ", "amerikan"], 0, 100)
@example(["the bit", " ", "is", " ", "C"], 0, 100)
@example(["it's", " ", "CONFIDENITAL"], 0, 100)
@example(["is", " ", "not", " ", "u"], 0, 100)
@example(["not", " ", "to be", " ", "shared", " ", "with", " ", "foreign"], 0, 100)
@example(["est", " ", "CEКPETHO"], 0, 100)
@example(["only", " ", "aµϵpiϰav"], 0, 100)
def test_the_claims_found_by_the_scan_are_those_of_the_whole_scan(pieces: list[str], lo: int, hi: int) -> None:
    pattern = _claims()
    text = "".join(pieces)
    start = len(text) * lo // 100
    end = start + (len(text) - start) * hi // 100
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]
    assert _found(_claims_scan(), text, start, end) == expected, (text, start, end)


def test_a_phrase_added_to_the_rules_is_found_with_no_change_of_code() -> None:
    pattern = _claims()
    added = re.compile(pattern.pattern + r"|(?i:\bzorblat[ \t]+(?P<added>secret))", pattern.flags)
    scan = WayScan(added, scope._claim_way_gates(added.pattern, added.flags))
    text = "The ferry runs daily.\nPara 2 is Zorblat SECRET now.\n"
    expected = [(m.span(), m.groups()) for m in added.finditer(text)]
    assert any(groups[-1] == "SECRET" for _, groups in expected)
    assert _found(scan, text, 0, len(text)) == expected
    assert any("zorblat" in word for word in scan.any_ways)  # (its own word, derived from the pattern)
