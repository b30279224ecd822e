"""Round 146's leaks that this session's earlier fixes did not close (fix146).

Classes: a table drawn with Unicode box characters whose Class cell is filled only on a row's first line (the
row's later lines must take the row's mark); foreign notes that are not read: Nynorsk in quotation marks at the
end of a memo, romanised Thai in capitals at the top of a cable, Lao in French-style romanisation in a chat line,
Greeklish with a digit and an abbreviation in quotation marks mid-line, Greeklish capitals in a JSON note field.
A claim that cannot be placed withholds every candidate (fail closed): the tests only ask that what the note
names is withheld, never that it is placed exactly.

First run (before the fix, on lead35 `65467623`): 13 failed, 3 passed. Every box-table case released the SBU
row's later lines at public (and the double-line one too); every Nynorsk note in quotation marks, every
romanised Thai/Lao note, the chat line, the Greeklish notes in quotes and the JSON note field released what they
name at usg. Passed: the unquoted-end Nynorsk note with "ikkje for utlendingar", the Greeklish capitals note on
its own memo line, and the negated Nynorsk must-release case. (The single-quoted Greeklish case was changed to
curly double quotes: single quotes are apostrophes too and are not read as a quotation.)
After the fix: 16 passed. Box tables are read through a view mapping each box character to its ASCII one
(reader/grid_rows.py); romanised Thai/Lao level and sharing words and Greeklish counting words are data
(rules/markings.yaml); an abbreviation's point before a lower-case word ends no clause (stated_notes.py); a
quotation inside a line, over two or three lines, or a JSON value is read as a note of its own, and a chat
sender may be several words (untranslated.py).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")


def _box_table(rows: list[tuple[str, list[str]]], crlf: bool) -> str:
    width = 44
    top = "┌───────┬" + "─" * (width + 2) + "┐"
    mid = "├───────┼" + "─" * (width + 2) + "┤"
    bottom = "└───────┴" + "─" * (width + 2) + "┘"
    lines = [top, f"│ Class │ {'Details'.ljust(width)} │", mid]
    for index, (mark, text_lines) in enumerate(rows):
        for line_no, text in enumerate(text_lines):
            cell = mark if line_no == 0 else ""
            lines.append(f"│ {cell.ljust(5)} │ {text.ljust(width)} │")
        lines.append(mid if index < len(rows) - 1 else bottom)
    newline = "\r\n" if crlf else "\n"
    body = ["UNCLASSIFIED", "", "(U) Items for the month follow.", "", *lines, "", "(U) Questions to the FM office.",
            "", "UNCLASSIFIED", ""]
    return newline.join(body)


@pytest.mark.parametrize("crlf", [True, False])
def test_box_table_sbu_row_later_lines_withheld_at_public(crlf: bool) -> None:
    text = _box_table([
        ("(U)", ["Ramp repairs start on 2 December;", "side entrance closed for a week."]),
        ("(SBU)", ["Vehicle barrier at gate 3 is", "left unlocked between 0500 and 0530", "while the guards change."]),
        ("(U)", ["Blood drive on 11 December", "in the parking lot from 0900."]),
    ], crlf)
    assert_withheld(text, "left unlocked between 0500 and 0530", ("public",))
    assert_withheld(text, "while the guards change.", ("public",))
    assert_released(text, "in the parking lot from 0900.", "public")
    assert_released(text, "left unlocked between 0500 and 0530", "usg")


def test_box_table_double_lines_sbu_row_withheld_at_public() -> None:
    text = _box_table([
        ("(U)", ["Book club meets on Tuesday;", "this month: Beloved."]),
        ("(SBU)", ["The Dawson family lands on 2 December", "and moves into house 14 on Jalan Kenanga."]),
    ], False)
    for single, double in zip("─│┼├┤┌┐└┘┬┴", "═║╬╠╣╔╗╚╝╦╩"):
        text = text.replace(single, double)
    assert_withheld(text, "and moves into house 14 on Jalan Kenanga.", ("public",))
    assert_released(text, "this month: Beloved.", "public")


SECRET_POINT = "The ministry has quietly asked the yard to delay the frigate deliveries by six months."
PUBLIC_POINT = "The ministry will publish the plan on 15 January."


def _memo(note_line: str) -> str:
    return (f"UNCLASSIFIED\n\nSubject: (U) Readout\n\n(U) The contact sent three paragraphs.\n\n"
            f"    {PUBLIC_POINT}\n\n    Norway will order two patrol vessels.\n\n    {SECRET_POINT}\n\n"
            f"{note_line}\n\n(U) Action: none.\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("note_line", [
    '(U) Her e-mail ended with this line: "Merk: det tredje avsnittet er\nfortruleg og ikkje for utlendingar." '
    "ODC will ask her first.",
    "(U) Her note: «Det siste avsnittet er fortruleg.» We will check.",
    '(U) He added: "tredje avsnitt er fortruleg, ikkje for utlendingar".',
])
def test_nynorsk_note_in_quotes_withholds(note_line: str) -> None:
    assert_withheld(_memo(note_line), SECRET_POINT, ALL)


@pytest.mark.parametrize("note_line", [
    "YO NA SUT THAI PEN KHWAM LAP - HAM HAI CHAO TANG CHAT.",
    "yo na sut thai pen khwam lap, ham hai chao tang chat",
    "VAK SOUDTHAY PEN KHOUAM LAP, BO HAI KHON TANG PATHED",
    "vak soudthay pen khouam lap, bo hai khon tang pathed beung der",
])
def test_romanised_thai_lao_note_withholds(note_line: str) -> None:
    assert_withheld(_memo(note_line), SECRET_POINT, ALL)


def test_lao_note_in_chat_line_withholds() -> None:
    secret = "The Party Secretariat has already chosen the deputy minister to replace the governor in March."
    text = ("Signal export - chat \"K. S.\"\nClassification of this export: UNCLASSIFIED\n\n"
            "[2026-11-25 14:02] Grace Ellison: (U) Could you send the points?\n"
            "[2026-11-25 14:11] K. S.: The Assembly will debate the investment law in December.\n"
            f"[2026-11-25 14:13] K. S.: {secret}\n"
            "[2026-11-25 14:15] K. S.: vak soudthay pen khouam lap, bo hai khon tang pathed beung der\n"
            "[2026-11-25 14:20] Grace Ellison: (U) Understood, thank you.\n\n"
            "Classification of this export: UNCLASSIFIED\n")
    assert_withheld(text, secret, ALL)


@pytest.mark.parametrize("note_line", [
    '(U) Her cover line read "oi 2 teleutaies parag. einai empisteutikes, oxi gia ksenous" and nothing else.',
    "(U) His note: “oi 2 teleftaies paragr. einai empistevtikes” - please respect it.",
    "TA DYO TELEYTAIA SHMEIA EINAI EMPISTEYTIKA, OXI GIA KSENOUS.",
])
def test_greeklish_note_withholds(note_line: str) -> None:
    assert_withheld(_memo(note_line), SECRET_POINT, ALL)


def test_greeklish_caps_note_in_json_field_withholds() -> None:
    secret = "The party leadership has agreed in secret to back the DIKO candidate."
    text = ('{\n  "classification": "UNCLASSIFIED",\n  "summary": "(U) Contact passed three points.",\n'
            '  "note_from_contact": "TA DYO TELEYTAIA SHMEIA EINAI EMPISTEYTIKA, OXI GIA KSENOUS.",\n'
            '  "points": [\n    "AKEL will name its list on 15 January.",\n'
            f'    "{secret}",\n    "Two deputies may defect after the budget vote."\n  ],\n'
            '  "footer": "UNCLASSIFIED"\n}\n')
    assert_withheld(text, secret, ALL)


def test_nynorsk_negated_note_releases() -> None:
    text = _memo('(U) Her note: "Ingenting her er fortruleg."')
    assert_released(text, PUBLIC_POINT, "public")


def test_headline_quoted_after_colon_is_no_note() -> None:
    # (in a chat line, as adv138-059: a line whose lead holds no other colon is `_QUOTED_NOTE`'s, read as before)
    text = _memo('[9/13/2026 10:01 AM] Dana Sultanova: Headline in Vremya today: "Sekret uspekha - sovershenno ne'
                 ' sekretno".')
    assert_released(text, SECRET_POINT, "usg")
