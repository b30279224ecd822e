"""Speed changes of issue 11 (speed38) that must change no result: the gate of the unreadable notes
(`unreadable_notes._enough_outside_english`, of each line and of each unit) never skips a line or a unit on which
the full analysis finds a note."""
from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

import sbu_redact
from sbu_redact.config import as_rules
from sbu_redact.reader import unreadable_notes
from sbu_redact.reader.state import Reading
from sbu_redact.textview import view_of

_G = as_rules(None).grammar
# words of every kind the analysis weighs: English (its list, with `'s`), a read language's, words of no language
# it knows (the notes that leaked), scripts written without spaces, marks, addresses, tags, signs that cut units
_ENGLISH = sorted(_G.unreadable_english)[::150] + ["the", "is", "paragraph", "secret", "minister's", "it's", "I", "a"]
_READ = sorted({w for language in _G.unreadable_read_languages for w in sorted(language)[:12]})
_FOREIGN = ["det", "andre", "stykket", "er", "teiebelagt", "og", "ikkje", "for", "utlendingar", "Ipinro", "keta", "je",
            "asiri", "Polska", "zamierza", "przesunac", "jedna", "baterie", "Suwalk", "gsang", "ba", "yin", "mta3",
            "l'avion", "dhe", "ësht", "sekrè", "ÇOK", "GİZLİ", "Kaddoo", "mee", "yaa", "xog", "qarsoodi", "ah", "ma"]
_OTHER = ["上の段落は外国人に", "機密", "секретно", "нууц", "(U)", "(S//NF)", "**(C)**", "a@b.gov", "x/y", "www.x.org",
          "<b>", "</b>", '<p class="x">', "S", "x", "12", "3.", "--", "Note:", "Kevin", "Ostrander,", "ECON", "CDR"]
_SIGNS = [" ", " ", " ", "  ", "   ", ".", ". ", "!", "?", "/", ";", ":", ": ", "|", " | ", "\t", "(", ")", '"', "«", "»",
          "“", "”", "'", "’", "> ", "10:15 Ana: ", "[18.11.26, 09:15:02] Ana: ", "- ", "_", "*"]
_WORDS = st.one_of(st.sampled_from(_FOREIGN), st.sampled_from(_FOREIGN), st.sampled_from(_FOREIGN),
                   st.sampled_from(_ENGLISH), st.sampled_from(_READ or ["x"]), st.sampled_from(_OTHER),
                   st.sampled_from(_SIGNS))
_SEPARATORS = st.one_of(st.just(" "), st.just(" "), st.just(" "), st.sampled_from(_SIGNS))
_ENDS = st.sampled_from(["", ".", ".", "!", '."', ")", " |", "?"])


def _reading(text: str) -> Reading:
    return Reading(view_of(text), _G)


def _ungated(r: Reading, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The note the full analysis finds on the line `lo:hi`: every unit weighed."""
    with mock.patch.object(unreadable_notes, "_enough_outside_english", lambda r, lo, hi: True):
        return unreadable_notes._note_on_line(r, r.text, lo, hi)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(_WORDS, _SEPARATORS), min_size=1, max_size=30), _ENDS, st.integers(0, 300),
       st.integers(0, 300))
def test_a_line_the_gate_skips_holds_no_note(pieces: list[tuple[str, str]], end: str, a: int, b: int) -> None:
    r = _reading("".join(word + after for word, after in pieces).rstrip() + end)
    text = r.text
    # (the whole line, and a part of it cut anywhere, as a portion's first or last line is)
    for lo, hi in ((0, len(text)), tuple(sorted((min(a, len(text)), min(b, len(text)))))):
        if "\n" in text[lo:hi] or "\r" in text[lo:hi]:
            continue
        full = _ungated(r, lo, hi)
        assert unreadable_notes._note_on_line(r, text, lo, hi) == full, text[lo:hi]
        if not unreadable_notes._may_hold_note(r, lo, hi):
            assert full is None, text[lo:hi]


def test_the_gate_passes_the_notes_that_leaked() -> None:
    for line in ("det andre stykket er teiebelagt og ikkje for utlendingar.", "Ipinro keta je asiri.",
                 'Her margin note: "Polska zamierza przesunac jedna baterie Patriot do Suwalk."',
                 "10:15 Ana: gsang ba yin, mi la ma ston."):
        r = _reading(line)
        assert _ungated(r, 0, len(r.text)) is not None, line
        assert unreadable_notes._may_hold_note(r, 0, len(r.text)), line


def test_the_gate_skips_english_and_markings() -> None:
    for line in ("(U) The minister told us the talks went well.", "SECRET//NOFORN", "From: Abernathy, Joel M <a@b.gov>",
                 "1. (S//NF) The ambassador met the deputy foreign minister on Tuesday."):
        r = _reading(line)
        assert not unreadable_notes._may_hold_note(r, 0, len(r.text)), line


def test_a_document_reads_the_same_with_and_without_the_gate(monkeypatch) -> None:
    texts = ["(U) The meeting went well.\n\n(U) Second paragraph.\n\ndet andre stykket er teiebelagt og ikkje for "
             "utlendingar.\n", "(C) Talks.\n(U) Ipinro keta je asiri.\n", "SECRET\n(S) Plans.\n(U) Notes.\nSECRET\n"]
    gated = [sbu_redact.read(t) for t in texts]
    monkeypatch.setattr(unreadable_notes, "_enough_outside_english", lambda r, lo, hi: True)
    ungated = [sbu_redact.read(t) for t in texts]
    for g, u in zip(gated, ungated):
        assert [(p.start, p.end, str(p.marking)) for p in g.portions] == \
            [(p.start, p.end, str(p.marking)) for p in u.portions]
        assert [(p.code, p.start) for p in g.problems] == [(p.code, p.start) for p in u.problems]
