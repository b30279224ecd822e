"""fix46f: round 184's notes in other languages that state only a control for paragraphs of a classified memo (issue 8).

Round 184 (tests/corpus/adversarial184, documents 036-051): a note from the host contact in Welsh or Irish says
paragraphs 3-4 are `not for the British`, one in Belarusian, Marathi, Gujarati or Punjabi says paragraphs 2-3 are for
no foreign nationals (at the top, at the end, in a P.S.), naming them by number, ordinal, `the last two` or `all
except the first`. Main read no control in them (no word of the British nor of foreign nationals in those languages,
no paragraph word in Gujarati or Punjabi) and released the named (U) paragraphs at partner and public.

First run on main de49986d (`python tests/test_adversarial_corpus.py adversarial184`): 6 of those memos leaked
(adv184-037, -038, -040, -041, -042, -043); after: none, and rounds 178, 180, 181 and the whole harness have no new
leak. The team's decision (README, last session) makes them fail closed: under a classified banner a (U) portion a
note gives NOFORN is read at the banner's level (`reader/noted_controls.py`), and a note whose parts are placed
unsurely (`all except the first`, `the last two`, ordinals) raises every (U) portion it could mean: the six memos
are now over-redacted at usg (KNOWN_OVER_REDACTION), never leaking.

Fix (vocabulary only, it only adds claims): rules/note_words.yaml gives the languages of round 184 and its brief
(Welsh, Irish, Icelandic, Faroese, Belarusian, Bosnian, Slovene, Kurdish, Xhosa, Zulu, Quechua, Guarani, Haitian
Creole, Basque, Galician, Marathi, Gujarati, Punjabi, Kannada, Telugu, Sinhala, Pashto, Dari, Tigrinya) their words
for the British and for foreign nationals (read as NOFORN), paragraph words, ordinals, `the last two` and `except`;
rules/markings.yaml's `claim_level_words` NOFORN the same words in the scripts of Asia (Lao, Khmer, Burmese among
them); the schema allows the vowel signs of India's scripts in a note word.

Cases written fresh (other wordings, other paragraphs, a cable and an e-mail besides memos): each withheld case
fails on main (checked with PYTHONPATH=/tmp/m46); the traps (notes about lunch, a bus or thanks, no control) are
released on main and here.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

MEMO = ("SECRET\n\nEmbassy Office\nMEMORANDUM FOR THE RECORD\nSubject: (U) Visit to the regional water authority\n\n"
        "{top}1. (U) The director welcomed the team and outlined the visit programme for the week.\n\n"
        "2. (U) She said the new pumping station near the reservoir would open before the rains.\n\n"
        "3. (U) Her deputy mentioned that the station's maintenance contract went to a local firm.\n\n"
        "4. (S) The director privately named two officials she suspects of taking bribes.\n\n{end}"
        "Approved: DCM\n\nSECRET\n")
FIRST = "The director welcomed the team and outlined the visit programme for the week."
SECOND = "She said the new pumping station near the reservoir would open before the rains."
THIRD = "Her deputy mentioned that the station's maintenance contract went to a local firm."

# (id, the note, where it stands: top or end, the (U) paragraphs it names)
NOTES: list[tuple[str, str, str, list[str]]] = [
    ("welsh-british-second-third",
     "Nodyn y cyswllt (fel y'i hysgrifennwyd): ni chaiff yr ail baragraff na'r trydydd eu dangos i'r Prydeinwyr, ond "
     "mae'r cyntaf yn iawn.", "end", [SECOND, THIRD]),
    ("welsh-british-2-3", "Contact's note (verbatim): Mae paragraffau 2 a 3 ddim i'r Prydeinwyr.", "top", [SECOND, THIRD]),
    ("irish-british-except-first", "Nóta: seachas an chéad mhír, ná tabhair aon mhír do na Briotanaigh.", "top",
     [SECOND, THIRD]),
    ("belarusian-2-3", "Заўвага: абзацы 2 і 3 не паказваць замежным грамадзянам.", "end", [SECOND, THIRD]),
    ("marathi-2-3", "टीप: परिच्छेद 2 आणि 3 परदेशी नागरिकांना दाखवू नयेत.", "end", [SECOND, THIRD]),
    ("gujarati-second-third", "નોંધ: બીજો અને ત્રીજો ફકરો વિદેશી નાગરિકોને બતાવશો નહીં.", "top", [SECOND, THIRD]),
    ("punjabi-2-3", "ਨੋਟ: ਪੈਰਾ 2 ਅਤੇ 3 ਵਿਦੇਸ਼ੀ ਨਾਗਰਿਕਾਂ ਨੂੰ ਨਾ ਦਿਖਾਓ।", "end", [SECOND, THIRD]),
    ("kannada-2-3", "ಸೂಚನೆ: ಪ್ಯಾರಾ 2 ಮತ್ತು 3 ವಿದೇಶಿಯರಿಗೆ ತೋರಿಸಬಾರದು.", "end", [SECOND, THIRD]),
    ("pashto-british", "Contact's note (verbatim): یادونه: دوهم او دریم پراګراف انګرېزانو ته مه ښیئ.", "top",
     [SECOND, THIRD]),
    ("dari-british", "Contact's note (verbatim): یادداشت: پاراگراف دوم و سوم برای انگلیسی ها نیست.", "top", [SECOND, THIRD]),
    ("telugu-british", "గమనిక: పేరా 2 మరియు 3 బ్రిటిష్ వారికి చూపించవద్దు.", "top", [SECOND, THIRD]),
]


@pytest.mark.parametrize("case_id,note,where,named", NOTES, ids=[c[0] for c in NOTES])
def test_control_only_note_withheld(case_id: str, note: str, where: str, named: list[str]) -> None:
    text = MEMO.format(top=note + "\n\n" if where == "top" else "", end=note + "\n\n" if where == "end" else "")
    for phrase in named:
        assert_withheld(text, phrase, ALL)


CABLE = ("SECRET\nSUBJECT: (U) PORT SECURITY CONSULTATIONS\n\n1. (U) THE PORT AUTHORITY HOSTED THE ROUND TABLE ON MONDAY.\n\n"
         "2. (U) OFFICIALS DESCRIBED A NEW CARGO SCREENING LANE AT THE NORTH QUAY.\n\n"
         "3. (S) A CUSTOMS OFFICER NAMED THE SHIPPING AGENT UNDER INVESTIGATION.\n\n"
         "4. (U) COMMENT: CONTACT ADDED IN WRITING: {note}\n\nSECRET\n")
EMAIL = ("From: pol.officer@example.gov\nTo: desk@example.gov\nSubject: (U) readout\nClassification: SECRET\n\n"
         "(U) The liaison officer confirmed the joint exercise dates in June.\n\n"
         "(U) He described the new training range near the border crossing.\n\n"
         "(S) He named the unit commander who leaked the exercise plans.\n\n{note}\n\nClassification: SECRET\n")

FORMATS: list[tuple[str, str, str]] = [
    ("cable-gujarati-last-two-u",
     CABLE.format(note="છેલ્લા બે ફકરા વિદેશીઓ માટે નથી."), "OFFICIALS DESCRIBED A NEW CARGO SCREENING LANE AT THE NORTH QUAY."),
    ("email-punjabi-ps",
     EMAIL.format(note="P.S. ਪਹਿਲਾ ਪੈਰਾ ਠੀਕ ਹੈ, ਪਰ ਦੂਜਾ ਪੈਰਾ ਵਿਦੇਸ਼ੀਆਂ ਲਈ ਨਹੀਂ।"),
     "He described the new training range near the border crossing."),
    ("email-welsh-ps",
     EMAIL.format(note="O.N. Dim ond y paragraff cyntaf sy'n iawn; nid yw'r ail baragraff ar gyfer y Prydeinwyr."),
     "He described the new training range near the border crossing."),
]


@pytest.mark.parametrize("case_id,text,phrase", FORMATS, ids=[c[0] for c in FORMATS])
def test_other_formats_withheld(case_id: str, text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ("partner", "public"))


# traps: notes in those languages about lunch, a bus or thanks, that state no control: the (U) paragraphs go out
TRAPS: list[tuple[str, str]] = [
    ("marathi-thanks", "टीप: भेटीबद्दल धन्यवाद; पुढील बैठक एप्रिलमध्ये होईल."),
    ("gujarati-lunch", "નોંધ: બીજા સત્ર પછી ભોજન કેન્ટીનમાં મળશે."),
    ("punjabi-bus", "ਨੋਟ: ਬੱਸ ਦੂਜੇ ਸੈਸ਼ਨ ਤੋਂ ਬਾਅਦ ਹਵਾਈ ਅੱਡੇ ਲਈ ਰਵਾਨਾ ਹੋਵੇਗੀ।"),
    ("belarusian-lunch", "Заўвага: абед пасля другой сесіі ў сталоўцы."),
]


@pytest.mark.parametrize("case_id,note", TRAPS, ids=[c[0] for c in TRAPS])
def test_trap_released(case_id: str, note: str) -> None:
    text = MEMO.format(top="", end=note + "\n\n")
    for phrase in (FIRST, SECOND, THIRD):
        assert_released(text, phrase)


UNCLASSIFIED_MEMO = MEMO.replace("SECRET", "UNCLASSIFIED").replace("4. (S)", "4. (SBU)")
PARTNER_TRAPS: list[tuple[str, str]] = [
    ("welsh-lunch", "Nodyn: bydd cinio i'r Prydeinwyr ar ôl yr ail sesiwn."),
    ("gujarati-guests", "નોંધ: વિદેશી નાગરિકો માટે બપોરનું ભોજન કેન્ટીનમાં છે."),
    # known over-redaction (fails closed): an ordinal beside a word that is no English names a part (fix41d's
    # `_note_words_naming`), so `lunch for foreign nationals on the SECOND day` is read as a NOFORN note naming a part
    # it cannot place, and the (U) paragraphs are withheld at partner
    pytest.param("gujarati-guests-second-day", "નોંધ: વિદેશી નાગરિકો માટે બપોરનું ભોજન બીજા દિવસે છે.",
                 marks=pytest.mark.xfail(strict=True, reason="fix46f: an ordinal beside a word names a part "
                                                              "(over-redaction at partner; fails closed)")),
]


@pytest.mark.parametrize("case_id,note", PARTNER_TRAPS)
def test_trap_released_to_the_partner(case_id: str, note: str) -> None:
    text = UNCLASSIFIED_MEMO.format(top="", end=note + "\n\n")
    for phrase in (FIRST, SECOND, THIRD):
        assert_released(text, phrase, "partner")
