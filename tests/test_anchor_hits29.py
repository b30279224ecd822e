"""The line gate of the level-word scan (`Reading.original_part_may_hold`, `prefilter.anchor_hits`) never
skips a line on which the pattern matches: a gate may only save work, never change a reading."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sbu_redact.config import as_rules
from sbu_redact.reader.state import Reading
from sbu_redact.textview import view_of

PIECES = ["salajane", "SALAJANE", "tajne", "poufne", "секретно", "Secretaría", "secreta", "otra", "rindkopa", "ir",
          "slepena", "vertraulich", "the", "paragraph", "above", "ß", "İ", "straße", "GEHEIM", " ", "  ", "\n", "\r\n",
          "\u2028", "\u0085", "Nota:", "ab", "ba", "x", "é", "e\u0301", "\u200b", "ｓｅｃｒｅｔ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), st.integers(0, 400), st.integers(0, 400))
def test_a_part_the_gate_skips_holds_no_level_word(pieces, a, b):
    text = " ".join(pieces)
    grammar = as_rules(None).grammar
    words = grammar.scope_level_words
    if words is None:
        return
    pattern: re.Pattern[str] = words.compiled
    r = Reading(view_of(text), grammar)
    text = r.view.original
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    if not r.original_part_may_hold(pattern, start, end):
        assert pattern.search(text, start, end) is None
