"""Review leftovers of last session's reader change (issue 8), session 30. Each document asserts, at each level,
whether the sensitive text is withheld (fail closed) or, for an over-redaction, released where it may be."""
from __future__ import annotations

import pytest

import sbu_redact

LEVELS = ["usg", "partner", "public"]


def _redact(text: str) -> dict[str, str]:
    out = sbu_redact.Pipeline().redact(text, levels=LEVELS, partner="GBR")
    return {level: out[level].text for level in LEVELS}


def _cable(*paragraphs: str) -> str:
    return "UNCLASSIFIED\n\nSUBJECT: (U) Talks\n\n" + "\n\n".join(paragraphs) + "\n\nUNCLASSIFIED\n"


# --- 1. a claim on a numbered paragraph reaches every row and piece of its table ------------------------------

TABLES = {
    "tabs, rows marked": "4. (U) Convoy schedule:\nDate\tRoute\tEscort\n"
                        "(U) 9 June\tKisumu road\tTwo trucks\n(U) 10 June\tBusia pass\tFour trucks",
    "tabs, cells marked": "4. (U) Convoy schedule:\nDate\tRoute\tEscort\n"
                         "9 June\t(U) Kisumu road\t(U) Two trucks\n10 June\t(U) Busia pass\t(U) Four trucks",
    "tabs after a blank line": "4. (U) Convoy schedule:\n\nDate\tRoute\tEscort\n"
                              "9 June\tKisumu road\tTwo trucks\n10 June\tBusia pass\tFour trucks",
    "pipes": "4. (U) Convoy schedule:\n| Date | Route | Escort |\n|---|---|---|\n"
             "| (U) 9 June | Kisumu road | Two trucks |\n| (U) 10 June | Busia pass | Four trucks |",
    "pipes after a blank line": "4. (U) Convoy schedule:\n\n| Date | Route | Escort |\n|---|---|---|\n"
                               "| (U) 9 June | Kisumu road | Two trucks |\n| (U) 10 June | Busia pass | Four trucks |",
    "fixed width": "4. (U) Convoy schedule:\nDate         Route         Escort\n"
                   "(U) 9 June   Kisumu road   Two trucks\n(U) 10 June  Busia pass    Four trucks",
    "fixed width, marks column": "4. (U) Convoy schedule:\nMark  Date      Route         Escort\n"
                                 "(U)   9 June    Kisumu road   Two trucks\n(U)   10 June   Busia pass    (U) Four trucks",
}
CLAIMS = ["Correction: paragraph 4 is SECRET.", "Para 4 above should have been marked (S//NF).",
          "Note: the table in paragraph 4 is SECRET."]


@pytest.mark.parametrize("marked", [False, True], ids=["unmarked note", "marked note"])
@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("table", sorted(TABLES))
def test_numbered_paragraph_claim_reaches_its_table(table: str, claim: str, marked: bool) -> None:
    # (paragraph 4 is the last numbered one: the note under it is no numbered paragraph)
    text = _cable("3. (U) The team landed Monday.", TABLES[table], ("(U) " if marked else "") + claim)
    out = _redact(text)
    for level in LEVELS:
        for needle in ("Kisumu road", "Busia pass", "Two trucks", "Four trucks"):
            assert needle not in out[level], (level, needle)
        assert "The team landed Monday" in out[level], level  # (paragraph 3 stays releasable)


# --- 2. over-redaction (failing closed, but wrong) -------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Uwaga: sekretarz ambasady był obecny przy rozmowie opisanej w akapicie powyżej.",  # (Polish: the secretary)
    "ملاحظة: الفقرة أعلاه تخص مواكب محرم في كربلاء",  # (the month Muharram, without `شهر`)
])
def test_ordinary_words_raise_nothing(note: str) -> None:
    text = _cable("1. (U) Crowds gathered in the square on Monday.", note, "2. (U) The embassy will follow the events.")
    out = _redact(text)
    for level in LEVELS:
        assert "Crowds gathered in the square" in out[level], level
        assert "follow the events" in out[level], level


def test_pashto_level_word_still_raises() -> None:
    # (`محرم دی`, "is confidential": the copula makes it the level word)
    text = _cable("1. (U) The deputy minister said the ban will be lifted in Kandahar in March.",
                  "پورته پاراګراف محرم دی، مهرباني وکړئ هیچا ته یې مه لېږئ.",
                  "2. (U) The next coordination meeting is on December 8.")
    out = _redact(text)
    for level in LEVELS:
        assert "lifted in Kandahar" not in out[level], level


FORM = """(U) Q1: Post name
Niamey
(U) Q2: Current local guard force strength
112 guards, 9 supervisors
(U) Q3: Describe any threats reported to post in the last 30 days
JNIM courier arrested in Tillaberi carried sketches of the chancery's north gate
(U) Q4: Host nation security support
The junta withdrew the gendarmerie detail from the residence without notice
"""


def test_form_question_under_an_answer_is_released() -> None:
    # (a form with no banner: each answer is unmarked, withheld; the next question is no continuation of it)
    out = _redact(FORM)
    for level in LEVELS:
        for question in ("Post name", "Current local guard force strength", "Host nation security support"):
            assert question in out[level], (level, question)
        for answer in ("JNIM courier", "withdrew the gendarmerie"):
            assert answer not in out[level], (level, answer)
