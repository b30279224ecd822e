"""fix44h: notes in South Slavic, Baltic, Finnic, Nguni, Sotho-Tswana and Malay/Indonesian words (issue 8), by class.

Leaks (round 178 and review44c, on lead44): adv178-037 (Croatian `odlomci 2. i 3. su tajni`: plural part word),
adv178-041 (Sesotho `serapa sa bobedi le sa boraro ke sephiri`: no Sesotho words at all), adv178-044 (Lithuanian
`visos pastraipos, išskyrus pirmąją, yra slaptos`: level word `slaptos` in no list); review44c c08/c42 (Estonian
plural `lõigud`), c13 (Xhosa `imihlathi`), c17 (Serbian Cyrillic masculine `тајан`), c24 (a Zulu note of three
words, under the least word count of `foreign_level_sentences`), c36 (Indonesian `baris`, a table's rows).
Fix, as data: rules/note_words.yaml holds the gender, number and case forms of the level, NOFORN, part and ordinal
words of these languages and their neighbours (Croatian/Bosnian/Serbian Latin, Serbian/Macedonian Cyrillic, Slovene,
Lithuanian, Latvian, Estonian, Finnish, Zulu/Xhosa/Swati, Sesotho/Setswana (new), Indonesian/Malay), row and line
words as part words, and their conjunctions; `foreign_level_sentences._only_note_words`: a sentence every word of
which is a level, part or ordinal word of that file (none English) is a note whatever its length. Each case here
fails on main (b77dc9ec); the traps (lunch, travel notes with no level word) release on both.
Measured (against /tmp/s44/base.txt): adversarial175/178 (137 documents): 0 new leaks, fixed adv178-037/041/044
(and adv178-026/046, adv175-028 by lead44's fixes), new over-redaction adv178-037/041/044 (mine, fail closed) and
adv178-039/046 (fix44c's); adversarial166/169/172 (224): identical; the 97 documents of other rounds holding notes in
these languages: 0 new leaks, over-redaction only fix44c's five; review44c's 45 documents: c08 c13 c17 c24 c36 c42
fixed (now over-redacted at usg, fail closed). Left: c05 c18 c27 c39, notes that state NOFORN only (or SBU and
NOFORN): they now withhold every portion from the partner and the public, and the usg version keeps the (U) text as
main keeps it for the English "paragraphs 3 and 5 are NOFORN"; raising it at usg is a rule about what NOFORN implies
under a classified banner, not vocabulary.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

P = ["The delegation visited the customs training centre near the port",
     "The deputy minister said the service watches two opposition deputies",
     "He added that the service recorded their calls with foreign reporters",
     "He named the officer in charge as a colonel from the northern region"]


def memo(note: str, banner: str = "UNCLASSIFIED") -> str:
    body = "\n\n".join(f"{i + 1}. (U) {p}." for i, p in enumerate(P))
    return (f"{banner}\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: Call at the interior ministry\n\n{body}\n\n"
            f"(U) {note}\n\nDrafted: POL section\n{banner}\n")


def cable(note: str) -> str:
    body = "\n\n".join(f"{i + 1}. (U) {p}." for i, p in enumerate(P))
    return f"SECRET\nSUBJECT: (U) Call at the interior ministry\nREF: A. 25 STATE 4411\n\n{body}\n\n(U) {note}\n\nSECRET\n"


def table(note: str) -> str:
    rows = "\n".join(f"| {i + 1} | (U) {p}. |" for i, p in enumerate(P))
    return f"SECRET\nSUBJECT: (U) Visit log\n\n| # | Entry |\n|---|---|\n{rows}\n\n(U) {note}\n\nSECRET\n"


# (id, document, indexes of P that must be withheld at every level)
CASES = [
    ("croatian-plural-parts", memo("Bilješka domaćina: odlomci 3. i 4. su tajni."), [2, 3]),
    ("serbian-cyrillic-masculine", cable("Напомена: претпоследњи став је тајан."), [2]),
    ("estonian-plural-parts", memo("Märkus: lõigud 3 ja 4 on salajased."), [2, 3]),
    ("estonian-range", memo("Allika märkus: lõigud 2 kuni 4 on salajased."), [1, 2, 3]),
    ("xhosa-parts", memo("Inqaku: imihlathi 2 no-4 iyimfihlo."), [1, 3]),
    ("sesotho-ordinals", memo("Tlhokomediso: serapa sa boraro le sa bone ke sephiri."), [2, 3]),
    ("zulu-three-words", memo("Qaphela: indima yesibili iyimfihlo."), [1]),
    ("indonesian-table-rows", table("Catatan: baris 2 dan 4 di atas adalah rahasia."), [1, 3]),
]


@pytest.mark.parametrize("case_id,text,withheld", CASES, ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, withheld: list[int]) -> None:
    for i in withheld:
        assert_withheld(text, P[i], ALL)


TRAPS = [
    ("estonian-lunch", memo("Lõuna on kell 12 ja buss väljub kell 14, palun registreeruge.")),
    ("croatian-bus", memo("Ručak je u 13 sati, autobus polazi u 8.")),
    ("sesotho-lunch", memo("Dijo tsa motshehare di tla fumaneha ka hora ya pele.")),
    ("indonesian-lunch", memo("Makan siang di lantai 2 pada jam 12.")),
]


@pytest.mark.parametrize("case_id,text", TRAPS, ids=[c[0] for c in TRAPS])
def test_trap_released(case_id: str, text: str) -> None:
    for phrase in P:
        assert_released(text, phrase, "usg")
