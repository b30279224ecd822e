"""fix49b: old leak classes that last sessions' reviewers saw on main (issue 8; their documents are lost).

Classes (my own documents, several wordings and formats each, checked against the session's first main `ad2afc4b`):
1 OCR digit-for-letter damage inside a control SENTENCE, not a mark (`Th1s paragraph 1s not for fore1gn eyes.`,
`N0t releasable t0 f0reign nati0nals`, `NOT RELEASABLE TO FORElGN NATlONALS`, `rn` for `m`: `governrnents`);
2 a short control stated right after a (U) mark (`(U) NF: ...`, `(U) NF - ...`, `(U) REL USA, AUS: ...`);
3 Turkic notes that a paragraph is secret (`2-ci paraqraf məxfidir`, `2. paragraf gizlidir`, `2-band maxfiy`, Kazakh,
Turkmen, Kyrgyz); 4 a (U) paragraph that holds only a foreign handling phrase (`(U) Nur für den Dienstgebrauch.`,
`(U) Diffusion restreinte.`, `(U) Для служебного пользования`, `(U) Solo para uso oficial.`) over unmarked paragraphs.

First run on main `ad2afc4b` (/tmp/m49; 31 checks, 16 failed): every case of classes 1, 2 and 4 leaked but one: all
eight OCR sentences (at partner and public), all four short controls after a (U) (`REL USA, AUS:` with no `TO` too),
and four of five handling phrases over unmarked text (German, French, Russian, English in sentence case; the unmarked
text went out at public). Already withheld on main (kept as tests): the six Turkic notes of class 3 (rules/note_words.yaml
reads them) and `(U) Solo para uso oficial.` (its `para` was read as naming a paragraph: a governed SBU statement).
Traps (8, all released on main and here): a sentence about foreign eyes, OCR damage in a sentence of no control,
`rn` in sound words (`modern corn ... return ... northern`), `NF Tallinn` (a football club), `REL USA, GBR:` at
partner, a German greeting over an unmarked paragraph, the German phrase inside a sentence, and a Turkish note saying
paragraph 2 is NOT secret (`gizli değildir`).
Also seen, left (clean forms main does not read either, so not OCR damage: out of this brief): `For official use
only.` inside a (U) paragraph's sentence, `NOT FOR FOREIGN DISSEMINATION.`, `Not for release to foreign governments.`,
`Do not share with foreign governments.`, `Do not forward this memo outside the USG.` leak at partner or public when
they open a (U) paragraph's text; Uzbek `maxfiy emas` and Azerbaijani `məxfi deyil` (NOT secret) are read as secret
(over-redaction, fail closed).

Fix, by class, only raising: 1 `reader/ocr.py` `fold_ocr_prose`: a word with a look-alike digit or `|` among its
letters, an `l` between capitals, an `I` after a lower-case letter or an `rn` reads (in the reader's view) as the word
it spells where that is a marking word of five letters or more or a short word of control sentences
(rules/record_words.yaml `ocr_prose`); `fold_ocr_digits` reads a damaged token after a portion's mark on its line
too (`(U) N0T RELEASABLE T0 F0REIGN NATI0NALS`); 2 `reader/backstop.py` `after_mark`: NOFORN in any spelling of the
register (`NF`) or `REL [TO] list` right after a portion's mark, before a colon or a dash and text, raises the
portion (`REL USA, AUS` reads as `REL TO USA, AUS`); 3 nothing: main reads them (`note_words.yaml`), tests only;
4 rules/markings.yaml `classification_in_words`: a line that holds nothing but a handling phrase below the levels
(another language's, or English in sentence case), after a (U) mark or none, is evidence of SBU text: unmarked
portions are SBU (withheld at public).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PUBLIC_PARTNER = ("partner", "public")
PUBLIC = ("public",)

# (id, document, phrases withheld at `levels`, levels, phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    # 1 OCR damage inside a control sentence
    ('ocr-this-para-foreign-eyes',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: (U) Depot Visit\n\n"
     "1. (U) The team toured the fuel depot at Kerrville on 14 March.\n\n"
     "2. (U) Th1s paragraph 1s not for fore1gn eyes. The depot keeps its reserve tanks behind the grain silo.\n\n"
     "3. (U) The next visit is planned for June.\n",
     ["reserve tanks behind the grain silo"], PUBLIC_PARTNER, ["toured the fuel depot", "planned for June"]),
    ('ocr-not-releasable-zeros',
     "UNCLASSIFIED\n\nFrom: K. Ostrander\nTo: Logistics Cell\nSubject: Convoy timing\n\n"
     "(U) Thanks for the quick turnaround on the manifest.\n\n"
     "(U) N0t releasable t0 f0reign nati0nals: the convoy leaves Camp Rowe at 0430 by the river road.\n\n"
     "(U) Call me with questions.\n",
     ["leaves Camp Rowe at 0430"], PUBLIC_PARTNER, ["quick turnaround on the manifest"]),
    ('ocr-ones-for-els',
     "UNCLASSIFIED\n\nTRIP NOTES\n\n(U) Weather delayed the flight by two hours.\n\n"
     "(U) Not re1easab1e to fore1gn nat1ona1s. The minister's deputy asked for a private channel to the envoy.\n\n"
     "(U) Return flight on Friday.\n",
     ["private channel to the envoy"], PUBLIC_PARTNER, ["Weather delayed the flight"]),
    ('ocr-lower-l-in-capitals',
     "UNCLASSIFIED\n\n1. (U) Meeting opened at 0900.\n\n"
     "2. (U) NOT RELEASABLE TO FORElGN NATlONALS. Harbor patrol schedules change every Tuesday night.\n\n"
     "3. (U) Meeting closed at 1100.\n",
     ["Harbor patrol schedules"], PUBLIC_PARTNER, ["Meeting opened at 0900"]),
    ('ocr-rn-for-m',
     "UNCLASSIFIED\n\nSUBJECT: (U) Border crossings\n\n1. (U) Traffic at the north gate was light.\n\n"
     "2. (U) Not releasable to foreign governrnents. Two inspectors at the north gate take cash from truckers.\n\n"
     "3. (U) No further comment.\n",
     ["inspectors at the north gate take cash"], PUBLIC_PARTNER, ["Traffic at the north gate was light"]),
    ('ocr-rn-arnerican',
     "UNCLASSIFIED\n\n(U) Agenda items were agreed.\n\n"
     "(U) Arnerican eyes only: the ambassador will decline the invitation to the parade.\n\n(U) Adjourned.\n",
     ["decline the invitation to the parade"], PUBLIC_PARTNER, ["Agenda items were agreed"]),
    ('ocr-capitals-after-mark',
     "UNCLASSIFIED\n\n1. (U) Shipment arrived.\n\n"
     "2. (U) N0T RELEASABLE T0 F0REIGN NATI0NALS - the crates hold spare radar boards.\n\n3. (U) Signed for.\n",
     ["spare radar boards"], PUBLIC_PARTNER, ["Shipment arrived"]),
    ('ocr-pipe-for-l',
     "UNCLASSIFIED\n\n(U) Overview of the week.\n\n"
     "(U) Not re|easab|e to foreign nationa|s. The informant meets his handler at the bus depot.\n\n(U) End.\n",
     ["meets his handler at the bus depot"], PUBLIC_PARTNER, ["Overview of the week"]),
    # 2 a short control right after a (U) mark
    ('nf-colon-after-u',
     "UNCLASSIFIED\n\nMEMORANDUM\n\nSUBJECT: (U) Liaison contacts\n\n1. (U) The liaison office moved to Building 4.\n\n"
     "2. (U) NF: the liaison's codename is BLUE HERON and he reports weekly.\n\n3. (U) Questions to the POC.\n",
     ["codename is BLUE HERON"], PUBLIC_PARTNER, ["moved to Building 4"]),
    ('nf-dash-after-u',
     "UNCLASSIFIED\n\n(U) Staff notes for the week of 3 May.\n\n"
     "(U) NF - the defector's family was moved to a safe house in Dover.\n\n(U) Leave requests are due Friday.\n",
     ["moved to a safe house in Dover"], PUBLIC_PARTNER, ["Leave requests are due Friday"]),
    ('rel-no-to-after-u',
     "UNCLASSIFIED\n\n1. (U) Exercise planning continues.\n\n"
     "2. (U) REL USA, AUS: the submarine will surface off Exmouth on day three.\n\n3. (U) Next sync Monday.\n",
     ["surface off Exmouth on day three"], PUBLIC_PARTNER, ["Exercise planning continues"]),
    ('rel-can-dash-after-u',
     "UNCLASSIFIED\n\n(U) Routine items.\n\n(U) REL USA, CAN - the pipeline survey found two weak welds.\n\n"
     "(U) End of notes.\n",
     ["two weak welds"], PUBLIC_PARTNER, ["Routine items"]),
    # 3 Turkic notes that a paragraph is secret (read on main: tests only)
    ('az-note-paragraph-secret',
     "UNCLASSIFIED\n\n1. (U) The delegation arrived in Baku.\n\n2. (U) The oil minister plans to resign in May.\n\n"
     "3. (U) Talks continue.\n\nQeyd: 2-ci paraqraf məxfidir.\n",
     ["plans to resign in May"], ALL, []),
    ('tr-note-paragraph-secret',
     "UNCLASSIFIED\n\n1. (U) Heyet Ankara'ya vardi.\n\n2. (U) The deputy governor owns the cement plant.\n\n"
     "3. (U) End.\n\nNot: 2. paragraf gizlidir.\n",
     ["owns the cement plant"], ALL, []),
    ('uz-note-band-secret',
     "UNCLASSIFIED\n\n1. (U) Cotton prices fell.\n\n2. (U) The customs chief moves cash through Termez.\n\n"
     "3. (U) End.\n\nEslatma: 2-band maxfiy.\n",
     ["moves cash through Termez"], ALL, []),
    ('kk-note-cyrillic-secret',
     "UNCLASSIFIED\n\n1. (U) Grain exports rose.\n\n2. (U) The akim's nephew controls the rail depot.\n\n"
     "3. (U) End.\n\nЕскерту: 2-тармақ құпия.\n",
     ["controls the rail depot"], ALL, []),
    ('tk-note-bent-secret',
     "UNCLASSIFIED\n\n1. (U) Gas talks resumed.\n\n2. (U) The pipeline chief is under house arrest.\n\n"
     "3. (U) End.\n\nBellik: 2-nji bent gizlin.\n",
     ["under house arrest"], ALL, []),
    ('ky-note-cyrillic-secret',
     "UNCLASSIFIED\n\n1. (U) Border post visited.\n\n2. (U) The post commander sells fuel to smugglers.\n\n"
     "3. (U) End.\n\nЭскертүү: 2-пункт жашыруун.\n",
     ["sells fuel to smugglers"], ALL, []),
    # 4 a (U) paragraph that holds only a foreign handling phrase, over unmarked paragraphs
    ('de-nfd-over-unmarked',
     "UNCLASSIFIED\n\n(U) Protokoll der Sitzung vom 4. Mai.\n\n(U) Nur für den Dienstgebrauch.\n\n"
     "Die Zugangscodes des Lagers lauten 4471 und 9902.\n\nDer Wachplan hängt im Büro.\n",
     ["Zugangscodes des Lagers", "Der Wachplan"], PUBLIC, ["Protokoll der Sitzung"]),
    ('fr-dr-over-unmarked',
     "UNCLASSIFIED\n\n(U) Compte rendu de la réunion.\n\n(U) Diffusion restreinte.\n\n"
     "Le convoi passera par Gao le 12 juin.\n",
     ["passera par Gao"], PUBLIC, ["Compte rendu de la réunion"]),
    ('ru-dsp-over-unmarked',
     "UNCLASSIFIED\n\n(U) Notes from the ministry meeting.\n\n(U) Для служебного пользования\n\n"
     "The ministry will cut the border garrison by half.\n",
     ["cut the border garrison"], PUBLIC, ["Notes from the ministry meeting"]),
    ('es-uso-oficial-over-unmarked',
     "UNCLASSIFIED\n\n1. (U) Resumen de la visita.\n\n(U) Solo para uso oficial.\n\n"
     "El jefe de aduanas acepta sobornos en el puerto.\n",
     ["acepta sobornos"], PUBLIC, ["Resumen de la visita"]),
    ('en-fouo-sentence-case-over-unmarked',
     "UNCLASSIFIED\n\n(U) Schedule for the week.\n\n(U) For official use only.\n\n"
     "The guard rotation changes at 2200 on Thursdays.\n",
     ["guard rotation changes at 2200"], PUBLIC, ["Schedule for the week"]),
]

# traps of the same shapes: released at usg (and, where no control is stated, at public)
TRAPS: list[tuple[str, str, list[str], tuple[str, ...]]] = [
    ('trap-sentence-about-foreign-eyes',
     "UNCLASSIFIED\n\n(U) The museum guide explained that the codex was hidden from foreign eyes for centuries.\n\n"
     "(U) Tickets cost five dollars.\n",
     ["hidden from foreign eyes for centuries", "Tickets cost five dollars"], ALL),
    ('trap-ocr-damage-no-control',
     "UNCLASSIFIED\n\n(U) Th1s paragraph 1s about the new cafeteria hours.\n\n(U) The cafeteria opens at 0700.\n",
     ["about the new cafeteria hours", "cafeteria opens at 0700"], ALL),
    ('trap-rn-words',
     "UNCLASSIFIED\n\n(U) The modern corn harvest will return to normal in the northern region.\n",
     ["modern corn harvest will return to normal"], ALL),
    ('trap-nf-football-club',
     "UNCLASSIFIED\n\n(U) Sports notes.\n\n(U) NF Tallinn beat Flora 2-1 in the derby on Sunday.\n",
     ["NF Tallinn beat Flora"], ALL),
    ('trap-rel-with-gbr',
     "UNCLASSIFIED\n\n(U) Routine items.\n\n(U) REL USA, GBR: the survey ship docks at Portsmouth.\n",
     ["survey ship docks at Portsmouth"], ("usg", "partner")),
    ('trap-german-greeting',
     "UNCLASSIFIED\n\n(U) Vielen Dank für das Treffen.\n\n(U) Mit freundlichen Grüßen.\n\n"
     "The meeting ended at four.\n",
     ["The meeting ended at four"], ALL),
    ('trap-phrase-inside-sentence',
     "UNCLASSIFIED\n\n(U) The label Nur für den Dienstgebrauch appears on German forms we translated.\n\n"
     "(U) The forms are public now.\n",
     ["The forms are public now"], ALL),
    ('trap-turkish-note-not-secret',
     "UNCLASSIFIED\n\n1. (U) The delegation arrived.\n\n2. (U) The ferry timetable changes in May.\n\n"
     "3. (U) End.\n\nNot: 2. paragraf gizli değildir.\n",
     ["ferry timetable changes in May"], ALL),
]


@pytest.mark.parametrize("name, text, withheld, levels, released", CASES, ids=[c[0] for c in CASES])
def test_withheld(name: str, text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, levels)
    for phrase in released:
        assert_released(text, phrase)


@pytest.mark.parametrize("name, text, released, levels", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_released(name: str, text: str, released: list[str], levels: tuple[str, ...]) -> None:
    for phrase in released:
        for level in levels:
            assert_released(text, phrase, level)
