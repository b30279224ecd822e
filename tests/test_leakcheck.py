"""The leak check refuses a version where withheld or redacted text survives, in any case,
spacing, line-break or hyphenation variant, and never quotes the leaked text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sbu_redact.detection import Finding
from sbu_redact.leakcheck import LeakError, check_leaks, tokens
from sbu_redact.policy import Policy
from sbu_redact.reader import read
from sbu_redact.redaction import build_version

CABLE = """UNCLAS SENSITIVE SIPDIS ANKARA 000777

E.O. 12958: N/A
TAGS: PREL TU
SUBJECT: (U) MEETING WITH THE GOVERNOR

1. (U) The Governor of Izmir received the Consul General on March 3 and discussed port
security, tourism and the new ferry line to Lesbos. His aide Mehmet Yilmaz took notes.

2. (SBU) The Governor said privately that the interior ministry plans to replace the
provincial police chief before the summer season.

3. (U) The Consul General thanked the Governor for his hospitality.

JEFFREY
"""
WITHHELD = "the interior ministry plans to replace the provincial police chief"


@pytest.fixture(scope="module")
def public():
    return Policy.from_rules().level("public")


@pytest.fixture(scope="module")
def built(public):
    doc = read(CABLE)
    start = CABLE.index("Mehmet Yilmaz")
    findings = [Finding("PERSON", start, start + len("Mehmet Yilmaz"), 0.85, "SpacyRecognizer", "test")]
    return doc, build_version(doc, findings, public)


def test_clean_version_passes(built):
    doc, version = built
    assert "interior ministry" not in version.text and "Yilmaz" not in version.text
    check_leaks(doc.text, version.text, version.log)  # no exception


@pytest.mark.parametrize("planted", [
    WITHHELD,
    WITHHELD.upper(),
    "The   Interior\nMinistry plans to\n  replace the provincial",
    "the inte-\nrior minis-\nTRY plans to replace the pro-\nvincial police chief",
    "THE INTERIOR MINISTRY PLANS\r\nTO REPLACE",
    "inte\u00adrior ministry plans to replace",  # soft hyphen
    "ＴＨＥ ＩＮＴＥＲＩＯＲ ＭＩＮＩＳＴＲＹ ＰＬＡＮＳ",  # fullwidth
    "th\u0435 int\u0435rior ministry pl\u0430ns to r\u0435place",  # Cyrillic look-alike letters
    "the\u200b interior\u2060 mini\u200dstry plans\u00a0to replace",  # zero-width, word joiner, NBSP
    "THE INTERIOR\u0085MINISTRY\u2028PLANS\rTO REPLACE",  # NEL, line separator, bare CR
])
def test_planted_withheld_sentence_is_refused(built, planted):
    doc, version = built
    lines = version.text.split("\n")
    where = len(lines) // 2
    lines.insert(where, planted)
    leaked = "\n".join(lines)
    with pytest.raises(LeakError) as info:
        check_leaks(doc.text, leaked, version.log)
    message = str(info.value)
    assert "withheld portion" in message and "not produced" in message
    assert "interior" not in message.lower() and "ministry" not in message.lower()
    leak = info.value.leaks[0]
    assert leak.kind == "withhold" and leak.rule == "public.designations"
    assert leak.version_line == where + 1


@pytest.mark.parametrize("planted", ["Mehmet Yilmaz", "MEHMET\nYILMAZ", "mehmet yil-\nmaz",
                                     "Mehmet Yilmaz-\nsaid"])
def test_planted_redacted_name_is_refused(built, planted):
    doc, version = built
    leaked = version.text.replace("[(b)(6)] took notes", planted + " took notes")
    assert leaked != version.text
    with pytest.raises(LeakError, match="redacted text") as info:
        check_leaks(doc.text, leaked, version.log)
    assert "Yilmaz" not in str(info.value)


def test_shared_wording_is_not_a_leak(public):
    # a withheld portion may repeat words that a released portion also says
    text = CABLE.replace("3. (U) The Consul General thanked the Governor for his hospitality.",
                         "3. (U) The Governor said privately that tourism was up.")
    doc = read(text)
    version = build_version(doc, [], public)
    assert "The Governor said privately that tourism" in version.text
    assert "[Withheld: SBU, not releasable at public]" in version.text


def test_undetected_repeat_of_a_redacted_name_fails_closed(public):
    # propagation off: the name is detected once but appears twice; the version is refused
    text = CABLE.replace("thanked the Governor", "thanked Mehmet Yilmaz")
    doc = read(text)
    start = text.index("Mehmet Yilmaz")
    findings = [Finding("PERSON", start, start + 13, 0.85, "SpacyRecognizer", "test")]
    with pytest.raises(LeakError):
        build_version(doc, findings, public.model_copy(update={"propagate": False}))
    version = build_version(doc, findings, public)  # default: every occurrence is redacted
    assert "Yilmaz" not in version.text
    assert [a.rule for a in version.log if a.kind == "redact"].count("public.propagate") == 1


def test_tokens_normalize_case_spacing_and_hyphenation():
    assert [t for t, _ in tokens("Kruits-\nkikh  SAID")] == ["kruitskikh", "said"]
    assert [t for t, _ in tokens("Kruits-\nkikh", join_hyphens=False)] == ["kruits", "kikh"]
    assert [t for t, _ in tokens("ＡＢＣ\u00addef")] == ["abcdef"]


def test_unicode_dashes_at_line_breaks_are_read_as_hyphenation():
    from sbu_redact.leakcheck import tokens

    for dash in ("-", "\u2010", "\u2011", "\u2013"):
        assert [t for t, _ in tokens(f"Kruit{dash}\nskikh")] == ["kruitskikh"]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from sbu_redact.leakcheck import OriginalTokens, _words  # noqa: E402

_PIECES = ["Kruits", "kikh", "-", "\u2010", "\u2013", " ", "\t", "\n", "\r\n", "\u00ad", "\u200b", "ﬁ", "É",
           "12", ".", "(", "SBU", ")", "a", "ß"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.data())
def test_shared_tokens_of_a_slice_are_the_tokens_of_the_slice(pieces, data):
    """The leak checks of all versions share the words of the original's stretches: they are
    exactly the words of the slice tokenized on its own, in both hyphen readings (asked twice)."""
    text = "".join(pieces)
    shared = OriginalTokens(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for join in (True, False, True, False):
        assert shared.words(start, end, join) == _words(text[start:end], join)



@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "_", "x_y", "Ⅻ", "İ", "\u0301", "К", "ǅ", "٣"]), max_size=40))
def test_words_without_offsets_are_the_words_of_the_tokens(pieces):
    """The fast word lists (no match objects, plain ASCII words only lower-cased) are exactly
    the words of `tokens`, in both hyphen readings."""
    import unicodedata

    from sbu_redact.leakcheck import _INVISIBLE, _TOKEN_JOINED, _TOKEN_SPLIT, words_of
    from sbu_redact.textview import view_of

    text = "".join(pieces)
    for join, pattern in ((True, _TOKEN_JOINED), (False, _TOKEN_SPLIT)):
        slow = [unicodedata.normalize("NFKC", _INVISIBLE.sub("", w)).casefold()
                for w in pattern.findall(view_of(text).text)]
        assert words_of(text, join_hyphens=join) == [w for w, _ in tokens(text, join_hyphens=join)] \
            == [w for w in slow if w]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Smith", "SMITH", "o_k", "42", "-", "--", " ", "\t", "\n", "\r\n", "'", ".",
                                 "Kruits-", "\nkikh", "a-\n  b", "\x1c", "\x0b", "\u2010", "\u00ad", "K\u0301",
                                 "\uff33", "\u212a"]), max_size=30))
def test_words_of_ascii_text_are_those_of_the_general_reading(parts):
    from sbu_redact.leakcheck import _TOKEN_JOINED, _TOKEN_SPLIT, _ascii_words, _general_words, words_of
    from sbu_redact.textview import view_of

    text = "".join(parts)
    view = view_of(text).text
    for pattern, join in ((_TOKEN_JOINED, True), (_TOKEN_SPLIT, False)):
        general = _general_words(view, pattern)
        assert words_of(text, join_hyphens=join) == general
        if view.isascii():
            assert _ascii_words(view, pattern) == general


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "\uff0d", "\u2e3a", "\u301c", "K\u0301", "x_y"]), max_size=40))
def test_both_readings_are_shared_only_where_they_are_the_same(pieces):
    """A text without a dash is read once for both hyphen readings (`_readings`); with one, each
    reading on its own: both are exactly `words_of` in that reading, for stretches of the
    original and for versions alike (asked twice, in either order)."""
    from sbu_redact.leakcheck import words_of
    from sbu_redact.textview import view_of

    text = "".join(pieces)
    for order in ((True, False), (False, True)):
        shared = OriginalTokens(text)
        for join in (*order, *order):
            assert shared.version_words(text, join, view_of(text)) == words_of(text, join_hyphens=join)
            assert shared.words(0, len(text), join) == words_of(text, join_hyphens=join)
