"""The scope fallback's own trigger (reader/scope.py `_claimed`, `unresolved_scope.claims` of the
marking vocabulary): a level claimed for text in any words ("it's C", "was meant to be (S)",
"belongs at the Confidential level", "the para ... is confidental, my bad") that governing
statements did not resolve raises every portion it could mean, its own included, whatever the
phrasing of what it names. Rounds 48 and 49 found these phrasings; the documents here are written
for this test. And what must stay released: level words in ordinary prose."""
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import sbu_redact
from released import assert_withheld, versions
from sbu_redact.config import as_rules
from sbu_redact.reader import scope

SECRET = "The port captain admitted that the tanker manifests were altered before the inspection"
PLAIN = "The ferry timetable changes on Monday"


def _email(statement: str) -> str:
    return (f"Classification: UNCLASSIFIED\n\nAll,\n\n{statement}\n\n{SECRET}.\n\n{PLAIN}.\n\n"
            "Thanks\n\nClassification: UNCLASSIFIED\n")


@pytest.mark.parametrize("statement", [
    "Per the front office, the whole readout belongs at the Confidential level now.",
    "oops -- my second para was meant to be (S), not U. Will resend on SIPR.",
    "Folks - the bit about the tanker is confidental, my bad.",
    "Heads up: that readout is SECRET, not U.",
    "Reviewer note: the tanker item is really C.",
    "the tanker stuff = SECRET//NOFORN",
    "Everything after this line is CONFIDENTIAL.",
    "[note-taker: discussion from this point was held at the S level]",
    "pls handle accordingly, the tanker item is secret//noforn",
])
def test_a_claim_in_any_words_raises_what_it_could_mean(statement):
    assert_withheld(_email(statement), SECRET)


def test_a_claim_in_a_csv_notes_cell_raises_its_own_row():
    text = ("Classification: UNCLASSIFIED\nid,date,post,class,summary,notes\n"
            f"7,2018-05-04,Lima,U,{SECRET},actually C - see RSO email\n"
            "8,2018-05-07,Quito,U,Credentials ceremony,\n")
    assert_withheld(text, SECRET)


def test_a_claim_in_an_unmarked_errata_row_still_names_other_rows():
    text = ("log_id;date;contact;summary;classification\n"
            f"A-1;04.06.2019;Port office;{SECRET};UNCLASSIFIED\n"
            "A-2;05.06.2019;Chamber;Members asked about visas;UNCLASSIFIED\n"
            ';;;"CORRECTION: the port office entry is CONFIDENTIAL - fix before upload";\n')
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("prose", [
    "The salary survey results remain confidential.",
    "She said it was a secret meeting with the mayor.",
    "We are escalating the visa backlog to S for a decision.",
    "Please treat the attendee list as confidential.",
    "The Secret Service advance team arrives on Monday.",
    "Annex C is attached; the C-130 lands at noon.",
    "Her grade on the language test is S, the top grade.",
])
def test_level_words_in_ordinary_prose_claim_nothing(prose):
    text = f"Classification: UNCLASSIFIED\n\n{prose}\n\n{PLAIN}.\n\nClassification: UNCLASSIFIED\n"
    assert PLAIN in versions(text)["usg"]


def test_a_resolved_statement_raises_only_what_it_names():
    # governing statements resolve "paragraph 2": the claim trigger does not widen it
    text = (f"UNCLASSIFIED\nSUBJECT: PORT\n\n1. (U) {PLAIN}.\n\n2. (U) {SECRET}.\n\n"
            "3. (U) Correction: paragraph 2 is SECRET.\n\nUNCLASSIFIED\n")
    released = versions(text)["usg"]
    assert SECRET not in released and PLAIN in released


def test_the_reading_says_what_it_saw_and_why():
    doc = sbu_redact.read(_email("oops -- my second para was meant to be (S), not U."))
    assert any(p.code == "GOVERNING_SCOPE_UNRESOLVED" and "meant to be (S)" in p.message for p in doc.problems)


_WORDS = ["is", "IS", "was", "be", "it's", "=", "at the", "to", "as", "treat", "the bit", "para 3", "level", "marked",
          "SECRET", "Secret", "secret", "CONFIDENTIAL", "Conf", "confidental", "C0NFIDENTIAL", "SECRTE", "(C)", "C", "S",
          "S//NF", "S/NF", "NF", "U", "unclass", "NOT", "high side", "SIPR-only", "via JWICS", "OpenNet", "b1, 1.4(c)",
          "classified", "contained", "information", "the", "report", "ENTIRELY", "STREET", "meeting", "pls", ".", ",",
          ":", "\n", "Annex", "grade", "Legend:", "cleared", "originator controlled", "no CTRs", "from the NATO", "document"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=60))
@example(["treat", "the bit", "para 3", "as", "C"])
@example(["the bit", "is", "secret", "pls"])
@example(["it's", "C0NFIDENTIAL"])
@example(["the bit", "=", "SECRTE"])
@example(["level", "the bit", "is", "confidental"])
@example(["level", "the bit", "is", "secret"])
def test_claims_found_by_the_gated_scan_are_the_claims_of_the_whole_scan(words):
    # the shortcut (`_claim_matches`: a portion without a claim's words is not scanned) against the long way
    text = " ".join(words)
    doc_text = f"Classification: UNCLASSIFIED\n\nThe ferry runs daily.\n\n{text}\n"
    reading = _reading(doc_text)
    assert reading[0] is not None and reading[1]
    for p in reading[1]:
        full = [(m.start(), m.end()) for m in reading[0].g.scope_claims.compiled.finditer(reading[0].text, p.body_start, p.end)]
        assert [(m.start(), m.end()) for m in scope._claim_matches(reading[0], p)] == full


def _reading(text):
    seen = {}
    original = scope._claimed

    def spy(r, p):
        seen.setdefault("r", r)
        seen.setdefault("portions", []).append(p)
        return original(r, p)

    scope._claimed = spy
    try:
        sbu_redact.read(text)
    finally:
        scope._claimed = original
    return seen.get("r"), seen.get("portions", [])


# Pieces of the texts the letter way of the claims (`(?P<letter>...)`: "is C", "= S//NF", `"S"`)
# matches in, and of texts it nearly matches in
_LETTER_PIECES = [" =", "= ", "not", "NOT", "n't", "n’t", "/", "repeat", "none of it", "unclass", "UNCLASSIFIED",
                  "Unclassified", "CONFIDENITAL", "SECRTE", "C0NFIDENTIAL", "SCERTE1", "ABCDEFGHIJKLMN", "ſ", "İ", "is", "IS", "was", "really", "marked", "it's", "it’s", "=", "at the", "level", "treat", "the bit",
                  "as", '"', "“", "”", "‘", "’", "'", "TS", "S", "C", "NF", "U", "S//NF", "S/NF", "C-NF", "TS//SCI",
                  "S//REL TO USA, GBR", "C//ORCON", "U.S.", "!", ",", "-", "/", ".", "(", ")", "\n", "\t", "x", "SC"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LETTER_PIECES), min_size=1, max_size=30),
       st.lists(st.sampled_from(["", " ", "  "]), min_size=1, max_size=3), st.integers(0, 100), st.integers(0, 100))
@example(["x", " =", "S"], [""], 0, 100)
@example(["x", " =", "TS//SCI"], [""], 0, 100)
@example(['"', "S", '"'], [""], 0, 100)
@example(["“", "NF", "!"], [""], 0, 100)
@example(["it’s", "C"], [" "], 0, 100)
@example(["is", "NOT", "/", "NOT", "UNCLASSIFIED"], [" "], 0, 100)
@example(["none of it", "was", "U"], [" "], 0, 100)
@example(["it's", "CONFIDENITAL"], [" "], 0, 100)
@example(["is", "\t", "SECRTE"], [""], 0, 100)
@example(["is", "n't", "U"], [" "], 0, 100)
def test_a_way_gate_finds_something_in_every_part_its_way_matches_in(pieces, joiners, lo, hi):
    # (a way of the claims scanned only where its gate finds something: `scope._WAY_GATES`)
    pattern = as_rules(None).grammar.scope_claims.compiled
    gates = scope._claim_way_gates(pattern.pattern, pattern.flags)
    if not gates:
        pytest.skip("no way of the claims pattern has a gate (a way changed: derive its gate again)")
    text = "".join(piece + joiners[k % len(joiners)] for k, piece in enumerate(pieces))
    start = len(text) * lo // 100
    end = start + (len(text) - start) * hi // 100
    for way, gate in gates.items():
        if re.compile(way, pattern.flags).search(text, start, end) is not None:
            assert gate.search(text, start, end) is not None, (text, start, end)
