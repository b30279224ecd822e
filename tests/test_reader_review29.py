"""Review 29 of the session's reader changes (issue 8): documents the new reader released and the earlier one
withheld. Each asserts, at each level, whether the sensitive text is withheld (fail closed)."""
from __future__ import annotations

import pytest

import sbu_redact

LEVELS = ["usg", "partner", "public"]


def _redact(text: str) -> dict[str, str]:
    out = sbu_redact.Pipeline().redact(text, levels=LEVELS, partner="GBR")
    return {level: out[level].text for level in LEVELS}


def _cable(*paragraphs: str, subject: str = "Talks") -> str:
    return "UNCLASSIFIED\n\nSUBJECT: (U) " + subject + "\n\n" + "\n\n".join(paragraphs) + "\n\nUNCLASSIFIED\n"


# a sentence named by its opening words and placed in one paragraph, while another paragraph opens with those
# words: both are raised, never only the one that opens with them
PLACED_AND_OPENED = _cable(
    "1. (U) The team landed Monday. Consul Okafor met the governor alone and settled the convoy route.",
    "2. (U) Consul Okafor will fly to Mombasa on Friday.",
    '3. (U) Note from the drafter: the sentence starting with "Consul Okafor" in paragraph 1 should be SECRET.')

# the named sentence wraps after a line that ends with an abbreviation (U.S.): its end is not certain there
WRAPPED_AFTER_ABBREVIATION = _cable(
    "1. (U) The team landed Monday and was met at the airport.\n"
    "Consul Okafor then met the governor alone with the U.S.\n"
    "defense attache and settled the convoy route for April.",
    '2. (U) Note from the drafter: the sentence starting with "Consul Okafor then met" should be SECRET.')

# an exhibit heads a part of the document: every line under it is raised
EXHIBIT = _cable(
    "1. (U) The embassy passes on the bidder's papers.",
    "EXHIBIT 3\n(U) The supplier's ledger lists two customs officers who took payments.\n"
    "(U) The money moved through a bank in Mukalla.",
    "2. (U) Drafter's note: Exhibit 3 should be CONFIDENTIAL.")

# a figure's unnumbered lines under its caption are the figure's until a numbered paragraph
FIGURE = _cable(
    "1. (U) The ministry briefed the attaches.",
    "FIGURE 4\n(U) 5th Brigade at grid 37S LA 4321 8765; 1st Brigade moving to Sinjar on 9 June.",
    "2. (U) The minister will tour the north next month.",
    "3. (U) Note to readers: Figure 4 came from NGA and is SECRET.")


CASES = {
    # (the sentence placed in paragraph 1, and paragraph 2 that opens with its words)
    "opening words and paragraph": (PLACED_AND_OPENED, ["settled the convoy route", "fly to Mombasa"]),
    "wrapped after an abbreviation": (WRAPPED_AFTER_ABBREVIATION, ["met the governor alone", "defense attache"]),
    "exhibit": (EXHIBIT, ["customs officers", "Mukalla"]),
    "figure": (FIGURE, ["5th Brigade"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("level", LEVELS)
def test_named_text_withheld(case: str, level: str) -> None:
    text, sensitive = CASES[case]
    out = _redact(text)[level]
    for needle in sensitive:
        assert needle not in out, (case, level, needle)


@pytest.mark.parametrize("word", ["reservados", "reservadas"])
@pytest.mark.parametrize("level", LEVELS)
def test_spanish_plural_level(word: str, level: str) -> None:
    text = _cable("1. (U) The ministry shared the convoy schedule for Kisumu.",
                  "2. (U) The governor asked about fuel deliveries.",
                  f"Nota: los párrafos anteriores son {word}.")
    out = _redact(text)[level]
    assert "convoy schedule" not in out
    assert "fuel deliveries" not in out


@pytest.mark.parametrize("note", [
    "ملاحظة: الفقرة أعلاه تخص مواكب شهر محرم في كربلاء",  # (the month Muharram)
    "Nota: el párrafo anterior habla de la policía secreta, el SEBIN.",  # (the secret police, named)
    "Uwaga tłumacza: w powyższym akapicie chodzi o to, że informatorem był tajniak z policji.",  # (an undercover policeman)
])
def test_ordinary_words_raise_nothing(note: str) -> None:
    text = _cable("1. (U) Crowds gathered in the square on Monday.", note,
                  "2. (U) The embassy will follow the events.")
    for level in LEVELS:
        out = _redact(text)[level]
        assert "Crowds gathered in the square" in out, level
        assert "follow the events" in out, level
