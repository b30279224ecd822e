"""fix45i: review45z's old leaks (issue 8): notes that give a part DISPLAY ONLY / a release to one state; UK exclusions
in words.

First run (review45z's documents on lead45 99768209): 4 of its documents leaked: n06 at all three levels (under a
SECRET banner `Note: para 2 is DISPLAY ONLY IRQ.` was not read at all, so the (U) paragraph was released everywhere),
c01 (`shared with Five Eyes partners, not incl. the press office, except the United Kingdom`: the full stop of
`incl.` stopped fix45c's pattern before `except`), c03 (`cc: Canberra, Ottawa, Wellington` with `(London excluded)`
on the next line) and c05 (`but not the Scots or the Welsh liaison teams`) at partner. After: none of them (n06,
c01, c03, c05 fixed; review45s's c10, `w/o the UK desk`, is fix45h's).

Fix, only raising: `governing_statements.levels` (rules) reads a note giving a part DISPLAY ONLY X, RELIDO, `releasable
to X only`, `X eyes only` or `not releasable to foreign governments` (after a verb or right after the part's number);
`governing.stated_marking` reads the forms in words as NOFORN (the strictest), so `noted_controls` raises such a (U)
part under a classified banner to the banner's level; where no note's part was placed, a note naming its part by a
noun (`the paragraph on the ledger is DISPLAY ONLY JOR`) raises every plain (U) portion but its own (`noted_controls`).
`excepted_country_names` take Scot(s), Scottish, Welsh, Northern Irish and Ulster (not in `Welsh rarebit`, `Scottish
Widows`: `excepted_name_phrases_naming_no_one`); fix45c's exception patterns stand beside copies that read past an
abbreviation's full stop and over a line end before a postfix exception. The cases below were written fresh; each
withheld case fails on main d45fe65c (17 withheld, 4 traps).
Left: `not incl. VAT` (review45z's trap) is withheld at partner already on lead45 (`VAT`, the Holy See's trigraph,
in fix45c's exception): not narrowed here; the trap case uses `not incl. postage`.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER = ("partner",)

_SECRET_MEMO = ("SECRET\n\nSUBJECT: (U) Market Survey\n\n1. (S) The courier was followed from the airport.\n"
                "2. (U) The courier's cousin keeps a ledger at the spice warehouse on Canal Street.\n"
                "3. (U) Rain closed the airport for two hours.\n\n{note}\n\nSECRET\n")
_CONF_BEFORE = ("CONFIDENTIAL\n\n{note}\n\n1. (C) The mayor will resign next week.\n"
                "2. (U) The mayor's driver sells permits from the back of the municipal garage.\n"
                "3. (U) The festival was cancelled.\n\nCONFIDENTIAL\n")
_SECRET_PHRASE = "The courier's cousin keeps a ledger at the spice warehouse on Canal Street"
_CONF_PHRASE = "The mayor's driver sells permits from the back of the municipal garage"

NOTES: list[tuple[str, str, str]] = [
    ("display-only-after", _SECRET_MEMO.format(note="NOTE: paragraph 2 is DISPLAY ONLY JOR."), _SECRET_PHRASE),
    ("display-only-two", _SECRET_MEMO.format(note="Remark: para 2 is display only to Jordan."), _SECRET_PHRASE),
    ("releasable-one-state", _SECRET_MEMO.format(note="Note -- para 2 is releasable to Jordan only."), _SECRET_PHRASE),
    ("releasable-only-to", _SECRET_MEMO.format(note="* Paragraph 2 releasable only to Kuwait."), _SECRET_PHRASE),
    ("eyes-only-bracket", _SECRET_MEMO.format(note="[Para 2: for Jordanian eyes only]"), _SECRET_PHRASE),
    ("not-foreign-govts", _SECRET_MEMO.format(note="Note: para 2 is not releasable to foreign governments."),
     _SECRET_PHRASE),
    ("display-only-before", _CONF_BEFORE.format(note="NB: paragraph 2 is DISPLAY ONLY AFG, PAK."), _CONF_PHRASE),
    ("releasable-before", _CONF_BEFORE.format(note="Handling note: para 2 is releasable to Qatar only."),
     _CONF_PHRASE),
    # the part named by a noun, not placed: every plain (U) portion it could mean
    ("unplaced-display-only", _SECRET_MEMO.format(note="Note: the paragraph on the ledger is DISPLAY ONLY JOR."),
     _SECRET_PHRASE),
    ("unplaced-releasable", _SECRET_MEMO.format(note="Note: the bit about the cousin is releasable to Jordan only."),
     _SECRET_PHRASE),
]


@pytest.mark.parametrize("text,phrase", [(t, p) for _, t, p in NOTES], ids=[i for i, _, _ in NOTES])
def test_a_note_giving_a_part_a_foreign_disclosure_control_raises_it_to_the_banner(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ALL)


def test_a_note_for_display_only_at_an_event_names_no_control() -> None:
    text = _SECRET_MEMO.format(note="Note: para 3 is for display only at the open house.")
    assert_released(text, "Rain closed the airport for two hours")
    assert_released(text, "Rain closed the airport for two hours", "public")


_CUI = "CUI\n\n(CUI) {line}\n(CUI) The frigate's hull inspection found cracks in four welds.\n\nCUI\n"
_CUI_PHRASE = "The frigate's hull inspection found cracks in four welds"

EXCLUSIONS: list[tuple[str, str]] = [
    ("scots", "Distribution: Commonwealth partners, but not the Scots."),
    ("scottish-team", "May be shared with allied liaison cells, except the Scottish liaison cell."),
    ("welsh", "Shareable with Five Eyes partners save the Welsh."),
    ("northern-irish", "Releasable to coalition partners, excluding the Northern Irish desk."),
    ("ulster", "May be passed to NATO allies, excl. the Ulster office."),
    ("abbreviation-stop", "May be shared with FVEY partners, not incl. the media cell, except the United Kingdom."),
]


@pytest.mark.parametrize("line", [x for _, x in EXCLUSIONS], ids=[i for i, _ in EXCLUSIONS])
def test_a_uk_exclusion_in_words_withholds_at_partner(line: str) -> None:
    assert_withheld(_CUI.format(line=line), _CUI_PHRASE, PARTNER)


def test_an_exception_on_the_line_after_a_cc_list_withholds_at_partner() -> None:
    text = ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\ncc: Ottawa, Canberra\n(London excluded)\n\n"
            "(U//FOUO) The delegation's flight plan shows a refuelling stop in Minsk.\n\n"
            "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n")
    assert_withheld(text, "The delegation's flight plan shows a refuelling stop in Minsk", PARTNER)


TRAPS: list[tuple[str, str]] = [
    ("rarebit", "The menu may be shared with all guests, except the Welsh rarebit."),
    ("pension", "Records may be shared with HR, except the Scottish Widows pension file."),
    ("abbreviation-no-state", "Prices may be shared with suppliers, not incl. postage."),
]


@pytest.mark.parametrize("line", [x for _, x in TRAPS], ids=[i for i, _ in TRAPS])
def test_names_that_name_no_one_still_release_at_partner(line: str) -> None:
    assert_released(_CUI.format(line=line), _CUI_PHRASE, "partner")
