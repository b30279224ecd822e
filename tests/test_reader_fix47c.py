"""fix47c: notes in other languages the reader does not read (issue 8), by class.

An UNCLASSIFIED memo or e-mail whose parts are all marked (U) closes with a note in another language that says which
parts are really classified or NOFORN. Classes: 1 the note's LEVEL word went unread (Welsh `ddosbarthedig`, Basque
`sailkatuak`, Belarusian `сакрэтны`, `канфідэнцыйны`, Galician `clasificado`, Maltese `it-tieni ... sigriet`, and
'classified' in Catalan, Irish, Scots Gaelic, Luxembourgish, Faroese, Icelandic, Albanian, Bosnian, Slovene,
Georgian, Armenian); 2 `svi drugi odlomci su tajni` ('all other paragraphs') read as 'the second'; 3 a control stated
AFTER a level in one sentence (`il paragrafo 2 è segreto e il terzo è solo per americani`): the third part went to
the partner.

First run on main be2bae98 (/tmp/m47): 24 failed, 5 passed -- every withheld case below failed (the part it names,
or every other part for class 2, released at usg; the third part released at the partner for class 3), the 5 traps
passed. After: 29 passed.
Fix: rules/note_words.yaml's `*_fix47c` blocks (level words, parts, ordinals; `svi drugi`, `ostali` as positions);
`foreign_level_sentences` reads a sentence past a dot after a number (`2. eta 3.`) and a clitic article's word
(`it-tieni`) as no English, only adding claims; `reader/trailing_controls.py` (new) adds NOFORN to every other portion
when a clause after one naming a part by number states a control (controls_in_words: 'only for Americans' in German,
French, Italian, Spanish, Portuguese).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER = ("partner",)


def memo(note: str) -> str:
    return ("UNCLASSIFIED\n\nMEMORANDUM FOR: Regional Water Desk\nFROM: Utilities Liaison Cell\n\n"
            "SUBJECT: (U) Treatment plant visit, Kessel district\n\n"
            "1. (U) Our delegation toured the Kessel treatment plant on 14 March with the deputy mayor.\n\n"
            "2. (U) The plant engineer said the chlorine dosing pumps were sabotaged twice in February.\n\n"
            "3. (U) The district asked for two mobile filtration units before the dry season.\n\n"
            f"{note}\n\nUNCLASSIFIED\n")


def email(note: str) -> str:
    return ("From: Ines Alvarado\nTo: Desk Officers\nSubject: (U) Ferry schedule talks\nClassification: UNCLASSIFIED\n\n"
            "(U) All, the ferry operators met the port authority on Monday to discuss winter schedules.\n\n"
            "(U) The operators' union chief told us a strike will start on 2 December if the wage talks fail.\n\n"
            "(U) The authority will publish the revised timetable next week.\n\n"
            f"Regards,\nInes\n\n{note}\n\nClassification: UNCLASSIFIED\n")


def inline(note: str) -> str:
    return ("UNCLASSIFIED\n\n(U) The rail inspectors visited the Dorvik yard on Thursday. (U) They found that the "
            f"signal cables near the eastern switch had been cut on purpose. {note}\n\n"
            "(U) Repairs are scheduled for the first week of May.\n")


SECOND_I = "signal cables near the eastern switch had been cut on purpose"
FIRST_M, SECOND_M, THIRD_M = ("toured the Kessel treatment plant", "chlorine dosing pumps were sabotaged",
                              "two mobile filtration units")
FIRST_E, SECOND_E, THIRD_E = ("the ferry operators met the port authority", "a strike will start on 2 December",
                              "publish the revised timetable")

# class 1: (id, document, the phrase the note names)
LEVEL_WORDS = [
    ("welsh-ddosbarthedig", memo("Nodyn gan Rhys: mae'r ail baragraff yn ddosbarthedig, diolch."), SECOND_M),
    ("welsh-paragraff-2", email("Nodyn: mae paragraff 2 yn ddosbarthedig."), SECOND_E),
    ("basque-2-eta-3", memo("Oharra: 2. eta 3. paragrafoak sailkatuak dira."), SECOND_M),
    ("basque-bigarren", email("Kontuz: 2. paragrafoa sailkatua."), SECOND_E),
    ("belarusian-sakretny", memo("Заўвага (Алена): другі абзац сакрэтны."), SECOND_M),
    ("belarusian-kanfidencyjny", email("Заўвага: другі абзац канфідэнцыйны."), SECOND_E),
    ("belarusian-zasakrechany", memo("Заўвага: другі абзац засакрэчаны."), SECOND_M),
    ("galician-clasificado", email("Nota: o parágrafo 2 é clasificado."), SECOND_E),
    ("maltese-it-tieni", memo("Nota: it-tieni paragrafu huwa sigriet."), SECOND_M),
    ("faroese-flokkadur-inline", inline("Viðmerking: annar partur er flokkaður."), SECOND_I),
    ("albanian-klasifikuar-inline", inline("Shënim: paragrafi i dytë është i klasifikuar."), SECOND_I),
    ("irish-aicmithe", memo("Nóta: tá an dara mír aicmithe."), SECOND_M),
    ("gaelic-seorsaichte", email("Nòta: tha an dàrna earrann seòrsaichte."), SECOND_E),
    ("luxembourgish-klasseiert", memo("Notiz: den zweeten Abschnitt ass klasséiert."), SECOND_M),
    ("breton-rummet", email("Notenn: rummet eo an eil rannbennad."), SECOND_E),
    ("georgian-gasaidumloebuli", memo("შენიშვნა: მეორე აბზაცი გასაიდუმლოებულია."), SECOND_M),
    ("armenian-dasakargvats", email("Նշում. երկրորդ պարբերությունը դասակարգված է։"), SECOND_E),
]

# class 2: (id, document, the phrases of the other parts)
ALL_OTHERS = [
    ("croatian-svi-drugi", memo("Napomena: svi drugi odlomci su tajni."), [FIRST_M, THIRD_M]),
    ("slovene-vsi-drugi", email("Opomba: vsi drugi odstavki so tajni."), [FIRST_E, THIRD_E]),
]

# class 3: (id, document, the phrase of the part the trailing clause names)
TRAILING_CONTROLS = [
    ("italian-terzo-americani", memo("Nota: il paragrafo 2 è segreto e il terzo è solo per americani."), THIRD_M),
    ("english-third-us-only", memo("Note: paragraph 2 is secret and the third is US only."), THIRD_M),
    ("english-third-noforn", memo("Note: paragraph 1 is confidential and the third is NOFORN."), THIRD_M),
    ("french-troisieme", email("Note : le paragraphe 2 est secret et le troisième est réservé aux Américains."), THIRD_E),
    ("german-dritte", email("Hinweis: Absatz 2 ist geheim und der dritte ist nur für Amerikaner."), THIRD_E),
]

# traps: a note with no level stays released (id, document, (U) phrases released at usg)
TRAPS = [
    ("welsh-lunch", memo("Nodyn: mae cinio am hanner dydd yn y ffreutur ddydd Gwener."), [SECOND_M, THIRD_M]),
    ("welsh-travel-paragraph", email("Nodyn: mae'r ail baragraff yn sôn am y daith i Abertawe."), [SECOND_E]),
    ("basque-travel", memo("Oharra: taldea astelehenean Bilbora bidaiatuko da eta asteazkenean itzuliko da."),
     [SECOND_M]),
    ("belarusian-lunch", email("Заўвага: абед у сталовай у пятніцу апоўдні."), [SECOND_E, FIRST_E]),
    ("english-third-covers-travel", memo("Note: paragraph 2 covers lunch and the third covers travel."), [THIRD_M]),
]


@pytest.mark.parametrize("case", LEVEL_WORDS, ids=[c[0] for c in LEVEL_WORDS])
def test_note_level_word_read(case):
    _, text, phrase = case
    assert_withheld(text, phrase, ALL)


@pytest.mark.parametrize("case", ALL_OTHERS, ids=[c[0] for c in ALL_OTHERS])
def test_all_other_parts_raised(case):
    _, text, phrases = case
    for phrase in phrases:
        assert_withheld(text, phrase, ALL)


@pytest.mark.parametrize("case", TRAILING_CONTROLS, ids=[c[0] for c in TRAILING_CONTROLS])
def test_trailing_control_withheld_at_partner(case):
    _, text, phrase = case
    assert_withheld(text, phrase, PARTNER)


@pytest.mark.parametrize("case", TRAPS, ids=[c[0] for c in TRAPS])
def test_note_without_level_released(case):
    _, text, phrases = case
    for phrase in phrases:
        assert_released(text, phrase)
