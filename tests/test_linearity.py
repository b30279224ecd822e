"""The paths rewritten to stay linear in document size give exactly what the simple quadratic
versions gave (their speed is measured in benchmarks/linearity.py, not here)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sbu_redact.detection.finding import Finding
from sbu_redact.detection.postprocess import resolve_overlaps


def quadratic_resolve_overlaps(findings):
    kept = []
    # ties resolve by recognizer and entity type (the same order in every process)
    for f in sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start, f.recognizer, f.entity_type)):
        if not any(f.overlaps(k) for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))


findings = st.lists(st.builds(lambda start, length, score, kind: Finding(kind, start, start + length, score, "r", ""),
                              st.integers(0, 60), st.integers(0, 12), st.sampled_from([0.3, 0.5, 0.85, 1.0]),
                              st.sampled_from(["PERSON", "EMAIL_ADDRESS"])), max_size=40)


@settings(max_examples=400, deadline=None)
@given(findings)
def test_resolve_overlaps_keeps_what_the_pairwise_comparison_keeps(found):
    assert resolve_overlaps(found) == quadratic_resolve_overlaps(found)


_WORDS = ["Smith", "SMITH", "smith", "Jo", "O'Brien", "o'brien", "Kruitskikh", "\u212aruitskikh", "\u017fmith",
          "Mary-Ann", " ", "  ", "\n", "-", ".", ",", "(", "É", "ß", "1"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4))
def test_word_index_finds_what_a_scan_of_the_whole_text_finds(words, phrase_words):
    """Propagation looks for a redacted text only where its first word stands."""
    from sbu_redact.redaction import _WordIndex, _phrase

    text = "".join(words)
    phrase = "".join(phrase_words).strip() or "Smith"
    pattern = _phrase(phrase)
    expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
    assert [(m.start(), m.end()) for m in _WordIndex(text).finditer(pattern, phrase)] == expected
