"""The classes of leak that round 17's first run found (tests/corpus/adversarial17/FIRST_RUN.md),
each on documents written for this test: a `Classified By:` line that runs on into the body, an
instruction that names an option by its label with many words before its level, a body after a
`From:` line, a designation after a label's colon, and a mark opening a table cell."""
import pytest

import sbu_redact


def _portion(doc, phrase):
    for p in doc.portions:
        if phrase in doc.text[p.start:p.end]:
            return p
    raise AssertionError(f"no portion holds {phrase!r}")


def _versions(text, levels=("usg", "partner", "public")):
    partner = {"partner": "GBR"} if "partner" in levels else {}
    out = sbu_redact.Pipeline().redact(text, levels=list(levels), **partner)
    return {level: out[level].text for level in levels}


_RUN_ON = """C O N F I D E N T I A L ACCRA 000733

E.O. 12958: DECL: 06/01/2016
TAGS: PGOV, GH
SUBJECT: CABINET RESHUFFLE
{authority}

1. (U) The President announced the reshuffle on state radio on May 30.
"""


def test_a_classified_by_line_that_runs_on_into_a_sentence_is_withheld():
    authority = ("Classified By: Ambassador Pamela Bridgewater, reasons 1.4 (b) and (d). The finance "
                 "minister told us privately that he expects to be dropped next month.")
    versions = _versions(_RUN_ON.format(authority=authority))
    for text in versions.values():
        assert "expects to be dropped next month" not in text
    assert "announced the reshuffle on state radio" in versions["usg"]


def test_a_classified_by_line_alone_is_still_a_field():
    doc = sbu_redact.read(_RUN_ON.format(authority="Classified By: Ambassador Pamela Bridgewater, reasons 1.4 (b) and (d)."))
    assert "classified_by" in [f.name for f in doc.fields]


_OPTIONS = """UNCLASSIFIED

ACTION MEMO FOR THE DEPUTY SECRETARY

SUBJECT: Port Security Assistance for Guyana

Drafter's note: please treat {target}, together with the cost estimates that the Guyanese
Minister of Home Affairs shared with the Embassy team in confidence last week, as SECRET//NOFORN.

Option A: Fund two patrol boats from existing balances.

Option B: Ask the Coast Guard to lead a joint survey of the Demerara port facilities.

Recommendation: That you approve Option A.
"""


def test_an_instruction_naming_an_option_by_its_label_governs_that_option():
    versions = _versions(_OPTIONS.format(target="Option B below"))
    assert "lead a joint survey of the Demerara port" not in versions["usg"]
    assert "Fund two patrol boats from existing balances" in versions["usg"]


def test_a_label_that_names_no_portion_falls_back_to_the_text_it_points_at():
    versions = _versions(_OPTIONS.format(target="Phase 3 of the plan below"))
    assert "lead a joint survey of the Demerara port" not in versions["usg"]


_BUNDLE = """--- page 1 ---
UNCLASSIFIED
Office of the Spokesperson
The Department welcomes the ceasefire agreed in Geneva on Tuesday.
UNCLASSIFIED
--- page 2 ---
SENSITIVE BUT UNCLASSIFIED
From: USAID/Tanzania Mission Director
The contractor asked us to delay the second payment until the audit of its Dodoma depot closes.
SENSITIVE BUT UNCLASSIFIED
"""


def test_the_body_after_a_from_line_is_a_portion():
    doc = sbu_redact.read(_BUNDLE)
    body = _portion(doc, "delay the second payment")
    assert doc.text[body.start:body.end].startswith("The contractor")
    assert "delay the second payment" not in _versions(_BUNDLE, ("public",))["public"]


@pytest.mark.parametrize("line, withheld", [
    ("Notes: SBU - the delegation's hotel floor plan will be shared in the room only.", True),
    ("FOUO: the delegation's hotel floor plan will be shared in the room only.", True),
    ("Grade: C - the delegation's hotel floor plan will be shared in the room only.", False),
    ("Notes: the SBU-marked floor plan of the delegation's hotel will be shared in the room only.", False),
])
def test_a_designation_after_a_label_is_read(line, withheld):
    text = f"Subject: Delegation logistics\nClassification: UNCLASSIFIED\n\nAgenda:\n1. Motorcade timing\n\n{line}\n"
    assert ("will be shared in the room only" not in _versions(text, ("public",))["public"]) == withheld


@pytest.mark.parametrize("separator", ["\t", " | "])
def test_a_mark_opening_a_table_cell_is_read(separator):
    rows = [["Month", "Issued", "Note"], ["May", "1200", "Routine"],
            ["June", "1310", "(SBU) refusals include 90 linked to one Tijuana document vendor"]]
    text = "UNCLASSIFIED - Monthly visa statistics\n" + "\n".join(separator.join(r) for r in rows) + "\nUNCLASSIFIED\n"
    assert "linked to one Tijuana document vendor" not in _versions(text, ("public",))["public"]


def test_an_instruction_with_many_words_before_its_level_is_found_in_a_long_document():
    words = " ".join(f"annexedsection{i}" for i in range(12))  # (the statement runs over 240 characters)
    text = _OPTIONS.format(target=f"the {words} Option B below").replace(
        "Option A: Fund", "Background: " + "The port has three berths. " * 30 + "\n\nOption A: Fund")
    doc = sbu_redact.read(text)
    assert any(p.code == "GOVERNED_PORTION" and "by its label" in p.message for p in doc.problems)
