"""Speed changes of issue 8 (speed34) that must change no result: `WayScan.hits` of an ASCII text
scans tries of the ASCII words alone, the claims' ways are tried only where a word they start with
is (`finditer_of_ways` given the words' offsets), and the patterns of `unresolved_scope.places_abroad` are
gated once per reading by the shared word scan (`Reading.places_abroad`); and the signature's
`--shard K/N`, which proves such changes on a part of the documents."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

from sbu_redact.config import as_rules
from sbu_redact.prefilter import WayScan, caseless, finditer_of_ways
from sbu_redact.reader.state import Reading
from sbu_redact.textview import view_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import reader_signature  # noqa: E402

_TEXTS = ("(U) Para 2 is actually SECRET//NOFORN, not UNCLASSIFIED; do not share it with the contractors.",
          "(U) The third paragraph above was mis-marked: it belongs at the Confidential level.",
          "(U) Ghi chú: đoạn thứ ba ở trên là MẬT. 외국인에게 공유하지 마세요.",
          "(U) üçüncü paragraf gizlidir; perenggan terakhir adalah SULIT; wiersz 3 jest POUFNE.",
          "(U) Note: 3-тармақ ҚҰПИЯ. Kelvin \u212a and İstanbul.")


def _full_hits(scan: WayScan, text: str, caseless_text: str) -> tuple[list[int], list[int]]:
    """`WayScan.hits` as it was before speed34: the tries of every word, whatever the text."""
    held: dict[int, int] = {}
    scans = [(scan.exact_scan, text, scan.exact_ways)]
    if len(caseless_text) == len(text):
        scans.append((scan.any_scan, caseless_text, scan.any_ways))
    elif scan.fallback is not None:
        for found in scan.fallback.finditer(text):
            held[found.start()] = scan.any_ways.get(caseless(found.group(1)), scan.all_any_ways)
    for trie, haystack, ways_of in scans:
        if trie is None:
            continue
        m = trie.search(haystack)
        while m is not None:
            held[m.start()] = held.get(m.start(), 0) | ways_of[m.group()]
            m = trie.search(haystack, m.start() + 1)
    offsets = sorted(held)
    return offsets, [held[at] for at in offsets]


@pytest.mark.parametrize("text", _TEXTS)
def test_hits_of_an_ascii_text_are_those_of_every_word(text: str) -> None:
    g = as_rules(None).grammar
    for pattern in (g.scope_claims.compiled, g.scope_sharing.compiled,
                    *(p.compiled for p, _, _ in g.scope_places_abroad[:10])):
        scan = WayScan(pattern)
        for variant in (text, text.encode("ascii", "ignore").decode(), text.upper(), text.lower()):
            in_any_case = caseless(variant)
            assert scan.hits(variant, in_any_case) == _full_hits(scan, variant, in_any_case), (pattern.pattern[:60], variant)


@pytest.mark.parametrize("text", _TEXTS)
def test_places_abroad_leaves_out_only_patterns_that_find_nothing(text: str) -> None:
    g = as_rules(None).grammar
    r = Reading(view_of(text), g)
    kept = r.places_abroad()
    for entry in g.scope_places_abroad:
        if entry not in kept:
            assert entry[0].compiled.search(r.text) is None, entry[0].pattern[:80]
    assert kept == [entry for entry in g.scope_places_abroad if entry in kept]  # (in the rules' order)


def test_places_abroad_keeps_a_place_the_text_names() -> None:
    g = as_rules(None).grammar
    r = Reading(view_of("(U) üçüncü paragraf gizlidir."), g)
    assert any(entry[0].compiled.search(r.text) for entry in r.places_abroad())


def test_shard_option() -> None:
    assert reader_signature.shard("0/6") == (0, 6)
    assert reader_signature.shard("5/6") == (5, 6)
    for bad in ("6/6", "-1/6", "1", "a/b", "1/0"):
        with pytest.raises(argparse.ArgumentTypeError):
            reader_signature.shard(bad)


@pytest.mark.parametrize("text", _TEXTS)
def test_ways_tried_at_their_head_words_find_what_the_scan_finds(text: str) -> None:
    g = as_rules(None).grammar
    pattern = g.scope_claims.compiled
    scan = WayScan(pattern)
    for variant in (text, text.upper(), text.lower(), "\n\n".join(_TEXTS)):
        r = Reading(view_of(variant), g)
        in_any_case = r.text_in_any_case()
        for start, end in ((0, len(variant)), (4, len(variant) - 3), (len(variant) // 2, len(variant))):
            expected = [(m.span(), m.groups()) for m in pattern.finditer(variant, start, end)]
            ways = list(scan.ways)
            assert [(m.span(), m.groups()) for m in finditer_of_ways(pattern, variant, start, end, ways)] == expected
            assert [(m.span(), m.groups()) for m in finditer_of_ways(pattern, variant, start, end, ways, in_any_case,
                                                                      r.occurrences)] == expected
