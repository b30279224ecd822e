"""fix45b: notes in other languages that give parts of a classified document ONLY a control; negated position notes.

Classes (issue 8, open leak classes of reviews 44c/44w): 1 a note in Slovene (`nista za tujce`), Serbian (`нису за
странце`), Indonesian (`hanya untuk orang Amerika`, `baris`), Estonian (`lõigud`), Xhosa (`imihlathi`) or Zulu that
gives some paragraphs of a document under a classified banner only NOFORN (no foreign nationals, Americans only),
while their own marks read (U): main read them (U//NF) and released them at `usg`. The same note in English
(`Note: paragraphs 2 and 4 are NOFORN` under `SECRET//NOFORN`, paragraphs marked (U)) was released at `usg` on main
as well: the languages did not differ there, so the rule below is one concept for every language. 2 a note that
names parts by position with a negation (`pirmā rindkopa nav slepena, otrā ir slepena`: the first is not secret, the
second is): main's exact reader placed `the first` and raised it, so the second, the secret one, went out.

LEAD'S DECISION (session 45): under a classified banner, a portion that a note or caveat gives NOFORN (or any
foreign-disclosure control: REL TO, DISPLAY ONLY) while its own mark reads (U) or it has no mark is read at least at
the banner's level: NOFORN on unclassified text is not a valid marking under a classified banner, so the reader fails
closed (withheld at every level, with a GOVERNED_PORTION reason naming the note). `reader/noted_controls.py`:
`raising.governed` records every statement that adds such a control to a plain (U) marking; after every raise, those
portions still unclassified with the control are raised to the banner's level. A banner's or caption's own NOFORN
(which every (U) paragraph of a NOFORN cable takes) is no statement and raises nothing here. Under an UNCLASSIFIED
banner nothing changes: (SBU//NOFORN) and (U//NF) are released at `usg` by the levels' rules (review44c c27, an
Indonesian `SBU, hanya untuk Amerika` note under UNCLASSIFIED, stays as the project's rule reads it).
Class 2: `note_positions.places_unsure` reads a note in another language that names parts in rules/note_words.yaml
words and negates a level word (`unresolved_scope.untranslated.negation_before/_after`) as placing its parts unsurely:
every part it could mean is raised (a negation never lowers anything). Zulu/Xhosa `(nga)basemelika kuphela`
(Americans only) were added to rules/note_words.yaml's noforn words (they were read as no control at all).

First run (main d45fe65c): review44c c05, c18, c39 and review44w n04 leaked at usg (c27: see above); after: none of
them leaks (c05, c18, c39 are over-redacted at usg: the unsure note raises every paragraph it could mean). Corpus:
adv144-055 (a (U//NF) line's `not shared with the British side` read as a statement for the (U) paragraphs of a
SECRET cable) is newly over-redacted at usg; no new leak on the whole harness.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

MEMO = """CONFIDENTIAL

MEMORANDUM FOR THE RECORD
SUBJECT: (U) Port inspection visit

1. (U) The team inspected the container terminal on Tuesday.
2. (U) The customs chief admitted that scanners are switched off at night.
3. (U) A shipping agent named two officers who take cash at the gate.
4. (U) The team flew home on Thursday afternoon.

{note}

CONFIDENTIAL
"""

NEG = """UNCLASSIFIED

1. (U) Le port fonctionne normalement.
2. (U) The customs chief admitted that scanners are switched off at night.
3. (U) The team flew home on Thursday afternoon.

{note}

UNCLASSIFIED
"""

SCANNERS, CASH = "scanners are switched off at night", "officers who take cash at the gate"

# (id, document, phrases withheld at every level)
WITHHELD: list[tuple[str, str, list[str]]] = [
    ("english-items-noforn", MEMO.format(note="(U) Note: items 2 and 3 are NOFORN."), [SCANNERS, CASH]),
    ("english-not-for-foreign-nationals", MEMO.format(note="(U) Note: items 2 and 3 are not for foreign nationals."),
     [SCANNERS, CASH]),
    ("slovene-namenjena-tujcem", MEMO.format(note="(U) Opomba: odstavka 2 in 3 nista namenjena tujcem."), [SCANNERS, CASH]),
    ("serbian-cyrillic-ordinals", MEMO.format(note="(U) Напомена: други и трећи пасус нису за странце."), [SCANNERS, CASH]),
    ("indonesian-one-number", MEMO.format(note="(U) Catatan: paragraf 3 hanya untuk orang Amerika."), [CASH]),
    ("indonesian-baris", MEMO.format(note="(U) Catatan: baris 2 dan 3 hanya untuk Amerika."), [SCANNERS, CASH]),
    ("xhosa-imihlathi", MEMO.format(note="(U) Inqaku: imihlathi 2 no-3 ngabaseMelika kuphela."), [SCANNERS, CASH]),
    ("zulu-izigaba", MEMO.format(note="(U) Qaphela: izigaba 2 no-3 ngabaseMelika kuphela."), [SCANNERS, CASH]),
    ("latvian-negated-first", NEG.format(note="Piezīme: pirmais punkts nav slepens, bet otrais ir slepens."), [SCANNERS]),
]

# (id, document, (U) phrases released at usg)
RELEASED: list[tuple[str, str, list[str]]] = [
    # the paragraphs an English note does not name stay released
    ("english-items-others", MEMO.format(note="(U) Note: items 2 and 3 are NOFORN."),
     ["The team inspected the container terminal on Tuesday", "The team flew home on Thursday afternoon"]),
    # under an UNCLASSIFIED banner (U//NF) is a valid marking: released at usg
    ("unclassified-banner-noforn", MEMO.replace("CONFIDENTIAL", "UNCLASSIFIED").format(
        note="(U) Note: items 2 and 3 are NOFORN."), [SCANNERS, CASH]),
    ("unclassified-banner-indonesian", MEMO.replace("CONFIDENTIAL", "UNCLASSIFIED").format(
        note="(U) Catatan: paragraf 3 hanya untuk orang Amerika."), [CASH]),
    # notes in those languages about lunch or travel
    ("trap-serbian-lunch", MEMO.format(note="(U) Напомена: ручак је у подне у хотелу."), [SCANNERS, CASH]),
    ("trap-estonian-lunch", MEMO.format(note="(U) Märkus: lõuna on kell kaksteist hotellis."), [SCANNERS, CASH]),
]


@pytest.mark.parametrize("case_id,text,withheld", WITHHELD, ids=[c[0] for c in WITHHELD])
def test_withheld(case_id: str, text: str, withheld: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)


@pytest.mark.parametrize("case_id,text,released", RELEASED, ids=[c[0] for c in RELEASED])
def test_released(case_id: str, text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)


def test_reason_names_the_note() -> None:
    import sbu_redact
    doc = sbu_redact.read(MEMO.format(note="(U) Note: items 2 and 3 are NOFORN."))
    reasons = [p.message for p in doc.problems if p.code == "GOVERNED_PORTION" and "no valid marking" in p.message]
    assert reasons and all("items 2 and 3 are NOFORN" in m or "NOFORN" in m for m in reasons)
