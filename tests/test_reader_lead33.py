"""Leaks the lead fixed while merging this session's work (issue 8): each found by a blind round's first run on the
merged tree or by a read-only reviewer, and fixed towards withholding.

- adv138-034: "the last paragraph is secret" (Greeklish, no lead word) in minutes whose last portion is an
  unmarked one-line closing (`Minutes by Maria Zisi.`): the claim landed on the closing only; the last marked
  paragraph is now taken too (`scope_exact._closing_line`).
- review33a: text under a control-first banner (`FISA -- UNCLASSIFIED`, `RSEN / SBU`) or `UNCLASSIFIED//FISA`
  reached the partner: partner now withholds PROPIN, IMCON, LIMDIS, FISA and RSEN (rules/levels.yaml).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

SECRET_LINE = "Andreou said the governor will quit the ruling party before the autumn elections."


def _minutes(note: str, closing: str) -> str:
    return ("UNCLASSIFIED\n" + note + "\n\nMINUTES - Consulate General Thessaloniki\nDate: 23 April 2026\n\n"
            "1. (U) The region will co-host the U.S. trade delegation in September.\n\n"
            "2. (U) Port traffic grew eight percent in the first quarter.\n\n"
            f"3. (U) {SECRET_LINE}\n\n{closing}\nUNCLASSIFIED\n")


@pytest.mark.parametrize("note", [
    "I teleftaia paragrafos einai aporriti kai den prepei na dothei se ksenous.",
    "Note: the last paragraph is SECRET//NOFORN.",
    "The final paragraph is SECRET and not for foreigners.",
])
@pytest.mark.parametrize("closing", ["Minutes by Maria Zisi.", "Drafted: MZisi", "Thanks, Dana"])
def test_last_paragraph_over_a_closing_line_is_withheld(note, closing):
    assert_withheld(_minutes(note, closing), SECRET_LINE, levels=("usg", "partner"))


@pytest.mark.xfail(strict=True, reason="over-redacted on main 44e044b too: the claim on the last paragraph withholds the whole document at usg")
def test_first_paragraphs_stay_released():
    text = _minutes("Note: the last paragraph is SECRET//NOFORN.", "Minutes by Maria Zisi.")
    assert_released(text, "The region will co-host the U.S. trade delegation in September.")


PLAIN = "The target account is monitored under order 2025-17."


@pytest.mark.parametrize("text", [
    f"FISA -- UNCLASSIFIED\n\n{PLAIN}\n",
    f"RSEN / SBU\n\n{PLAIN}\n",
    f"UNCLASSIFIED//FISA\n\n{PLAIN}\n\nUNCLASSIFIED//FISA\n",
    f"UNCLASSIFIED//PROPIN\n\n(U//PR) {PLAIN}\n\nUNCLASSIFIED//PROPIN\n",
])
def test_controls_no_foreign_government_gets(text):
    assert_withheld(text, PLAIN, levels=("partner", "public"))


# review33b: a labelled note quoted after its label, `Poznámka: „...“` or with the plain `"` that a keyboard gives:
# the quotation is the note, not a title quoted in a line (fixlang33's „ + " pair made such notes titles)
CZECH = ("1. (U) Ministr přivítal delegaci.\n\n2. (U) Česká republika pošle na Ukrajinu dalších 40 tanků.\n\n"
         "Poznámka: {q}Druhý odstavec je tajný.{c}\n")
ICELANDIC = ("UNCLASSIFIED\n\n1. (U) Fundurinn hófst klukkan tíu.\n\n"
             "2. (U) Helgi said Iceland will refuse the Chinese research vessel request.\n\n"
             "Helgi skrifaði á eintakið: {q}Önnur málsgreinin er trúnaðarmál, ekki ætluð útlendingum.{c}\n")


@pytest.mark.parametrize("q,c", [("„", '"'), ("„", "“"), ('"', '"'), ("“", "”")])
def test_labelled_note_in_quotes_is_read(q, c):
    assert_withheld(CZECH.format(q=q, c=c), "dalších 40 tanků", levels=("usg", "partner", "public"))
    assert_withheld(ICELANDIC.format(q=q, c=c), "refuse the Chinese research vessel request", levels=("usg", "partner"))


# review33d: "the last paragraph" over marked sign-off lines, and a CSV cell line that opens (U) in a SECRET record
VIET = ("UNCLASSIFIED\nFrom: Nguyen Thi Lan\nTo: Political Section\nSubject: (U) Notes from the consultation\n\n"
        "(U) Ghi chú: đoạn cuối cùng là MẬT, xin không chuyển tiếp.\n\n"
        "(U) The two delegations reviewed the fisheries agreement and agreed to meet again in March.\n\n"
        "(U) Our minister told your ambassador privately that Hanoi will allow US Navy ships to use Cam Ranh.\n\n"
        "(U) Please acknowledge receipt of these notes by Friday.\n\n(U) Best regards, Lan\n")
CSV = ('Entry,Classification,Text\n"E-3","UNCLASSIFIED","(U) Call scheduled."\n"E-4","SECRET","(S) Call with the '
       'minister.\n(U) Talks went well (S) army will move into the enclave on 20 July\nMinister asked us to keep the '
       'date quiet"\n')


def test_last_paragraph_above_marked_sign_off_lines_is_withheld():
    assert_withheld(VIET, "allow US Navy ships to use Cam Ranh", levels=("usg", "partner", "public"))


def test_cell_line_never_below_its_record():
    assert_withheld(CSV, "army will move into the enclave on 20 July", levels=("usg", "partner", "public"))
