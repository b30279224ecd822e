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
