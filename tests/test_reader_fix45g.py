"""fix45g: notes in any language that give parts of a classified memo ONLY a bar on foreigners ("not for foreigners").

Class (issue 8, round 181, adv181-035..048): under a CONFIDENTIAL or SECRET banner, a note in Korean, Japanese, Thai,
Hebrew, Armenian, Georgian, Azerbaijani, Kazakh, Mongolian, Bengali, Maltese, Slovak, Afrikaans or Somali said some
(U) paragraphs are NOT FOR FOREIGNERS, naming them by number or position, often with an exception or a negation
("all except the first", "not the first but the two after it"). fix45b's rule (`reader/noted_controls.py`: a (U)
portion a note gives NOFORN under a classified banner is read at the banner's level) works only when the note is
READ as giving NOFORN, and it was not: the English `not for foreigners`, `not releasable to foreigners`, `for US
citizens only` were no control either. Now:
- rules/markings.yaml: the English claim words of a bar on foreigners (`not for / not releasable to / not to be shown
  to foreigners, foreign nationals, non-citizens`, `no foreigners`, `(US) citizens / nationals only`), and
  `claim_level_words.NOFORN`, the words of foreign nationals in the scripts of Asia, the Caucasus, the Middle East and
  Africa; rules/note_words.yaml: those in Latin letters (Slovak, Czech, Turkish, Azerbaijani, Uzbek, Vietnamese,
  Swahili, and new Afrikaans, Somali, Hausa, Yoruba, Igbo, Korean and Hebrew entries);
- `foreign_level_sentences`: a NOFORN word is read negated or not (the bar is itself said with a negation, "공개하지
  마십시오"); a sentence of Japanese or Chinese (no spaces) or of an Indic script (vowel signs cut `_WORD`) that main's
  count rejects is counted again, two letters a word (only more claims);
- `note_positions.excepts_parts`: a claim holding a word of rules/note_words.yaml `exceptions` (以外, מלבד, নয়,
  бусад, behalwe, ma aha) places its parts unsurely: every part it could mean is raised (never lowered).
Traps kept: notes about lunch or a bus (`not for the foreign guests`): a note must name parts AND a control.

First run (lead45 48cd0695): adv181-035..040, 042..044, 046..048 leaked at partner and public (12 documents; 041 and
045 were already over-redacted); after: none leaks (all over-redacted at usg: accepted, fail closed). Measured on
rounds 172, 175, 178, 181 and the 55 rounds whose notes hold `not for foreign` or `foreign nationals` (3,553
documents): no new leak; new over-redaction at usg: those 12 and adv181-059 (a Korean note that names two numbered
paragraphs already S//NF is placed unsurely, so the (U) first is raised too).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

MEMO = """SECRET

MEMORANDUM FOR THE RECORD
SUBJECT: (U) Harbour visit

1. (U) The delegation toured the container terminal on Monday.

2. (U) The harbour master admitted that two cranes were sold to a sanctioned buyer.

3. (U) A pilot named the officer who signs the false manifests.

4. (U) The delegation flew home on Friday.

{note}

SECRET
"""

CRANES, PILOT = "two cranes were sold to a sanctioned buyer", "the officer who signs the false manifests"
FIRST, LAST = "toured the container terminal on Monday", "The delegation flew home on Friday"

NOTES: list[tuple[str, str]] = [
    ("english-not-for-foreigners", "(U) Note: paragraphs 2 and 3 are not for foreigners."),
    ("english-not-shown-to-foreigners", "Remark: items 2 and 3 must not be shown to foreigners."),
    ("english-us-citizens-only", "Note: paras 2 and 3 are for U.S. citizens only."),
    ("korean", "참고: 2항과 3항은 외국인에게 보여주지 마십시오."),
    ("japanese-except", "注記：第1段落と第4段落以外の段落は外国人に見せないでください。"),
    ("thai", "หมายเหตุ: ย่อหน้าที่ 2 และ 3 ห้ามแสดงต่อคนต่างชาติ"),
    ("hebrew", "הערה: הפסקאות 2 ו-3 אינן מיועדות לזרים."),
    ("georgian", "შენიშვნა: მე-2 და მე-3 აბზაცი არ გადაეცეს უცხოელებს."),
    ("kazakh", "Ескерту: 2 және 3 абзацтар шетел азаматтарына көрсетілмейді."),
    ("bengali-not-first", "দ্রষ্টব্য: প্রথম অনুচ্ছেদ নয়, দ্বিতীয় ও তৃতীয় অনুচ্ছেদ বিদেশিদের দেখানো যাবে না।"),
]


@pytest.mark.parametrize("case_id,note", NOTES, ids=[c[0] for c in NOTES])
def test_bar_on_foreigners_withheld(case_id: str, note: str) -> None:
    text = MEMO.format(note=note)
    for phrase in (CRANES, PILOT):
        assert_withheld(text, phrase, ALL)


# (id, document, (U) phrases released at usg)
RELEASED: list[tuple[str, str, list[str]]] = [
    # an English note that names its parts exactly leaves the others released
    ("english-others", MEMO.format(note="(U) Note: paragraphs 2 and 3 are not for foreigners."), [FIRST, LAST]),
    # notes about food or a bus that name no control
    ("trap-english-lunch", MEMO.format(note="(U) Note: lunch on days 2 and 3 is not for the foreign guests."),
     [FIRST, CRANES, PILOT, LAST]),
]


@pytest.mark.parametrize("case_id,text,released", RELEASED, ids=[c[0] for c in RELEASED])
def test_released(case_id: str, text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)


# notes in the languages of the new words about guests or a bus, under an UNCLASSIFIED banner (as round 181's traps
# adv181-065..067): released to the partner too. (A Hausa or Luxembourgish note about lunch in this memo is withheld
# on main and here alike: `unreadable_notes.py` reads a note the reader cannot read as one that may state any level.)
UNCLASSIFIED_MEMO = MEMO.replace("SECRET", "UNCLASSIFIED")
PARTNER: list[tuple[str, str]] = [
    ("trap-yoruba-bus", "Àkíyèsí: ọkọ̀ akérò yóò gbé àwọn àlejò ní ọjọ́ kejì àti ìkẹta."),
    ("trap-korean-guests", "참고: 외국인 손님을 위한 점심은 둘째 날과 셋째 날 정오입니다."),
]


@pytest.mark.parametrize("case_id,note", PARTNER, ids=[c[0] for c in PARTNER])
def test_released_to_the_partner(case_id: str, note: str) -> None:
    text = UNCLASSIFIED_MEMO.format(note=note)
    for phrase in (FIRST, CRANES, PILOT, LAST):
        assert_released(text, phrase, "partner")
