"""fixlang34 (issue 8): a note in one more language, script or transliteration saying a paragraph is secret was
read as no claim and the paragraph released (round 141: Icelandic, Norwegian, Lao script, upper-case Greeklish with
H for eta, Armenian in another Latin scheme). Variants of each class in other formats, wordings, positions and
languages; claims in languages whose paragraph words the reader does not know (it must then fail closed: the
whole document withheld at the claimed level); and must-release documents with foreign lines that claim nothing.

First run (before the change, on lead34 `bdf8088`, honest): 17 of the 45 withheld cases leaked, the 5 released cases
passed. Leaked: Icelandic in capitals (`is-caps-mid-cable`); Norwegian "Siste avsnitt" and "SISTE AVSNITT"; Danish
"Andet afsnit"; Swedish "Sista stycket"; both Lao notes; Greeklish with H in lower case and "ENOTHTA"; Armenian
"erkrord parbierutyuny" and "VERCHIN PARBIERUTYUNY"; and, of the languages whose words the reader did not know,
Chinese, Sinhala, Tajik, Maltese, Irish and Macedonian. The others were read already (a labelled note, a place word
the rules had). Cause: an unlabelled note was read only when its place words were in the rules
(`untranslated._points`); fixed by class in `reader/stated_notes.py` (a level word as the predicate of a short note
is a claim, placed where the rules can, else every portion it could mean is raised) and by data in
`rules/markings.yaml` (level words of more languages, place words, rules against sharing).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

SECRET = "The deputy minister said the pipeline deal includes a secret side payment to Lukoil."
PLAIN_A = "The trade fair opens on Monday in the old exhibition hall."
PLAIN_B = "The ministry will publish the tender documents in April."


def _email_top(note: str) -> str:
    """An SBU e-mail: the note on the first line of the body, three paragraphs, the last one secret."""
    return ("From: Hansen, Kari (Embassy)\nSent: Monday, May 23, 2011 10:14 AM\nTo: EUR/NB\n"
            "Subject: Contact notes - energy\n\nClassification: SBU\n\n"
            f"{note}\n\n(U) {PLAIN_A}\n\n(U) {PLAIN_B}\n\n(SBU) {SECRET}\n\nKari Hansen\n\nClassification: SBU\n")


def _memo_end_second(note: str) -> str:
    """An UNCLASSIFIED//SBU memo: three paragraphs, the second one secret, the note at the end."""
    return ("UNCLASSIFIED//SBU\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: Contact readout\n\n"
            f"(U) {PLAIN_A}\n\n(SBU) {SECRET}\n\n(U) {PLAIN_B}\n\n"
            f"(U) Note from the contact: \"{note}\"\n\nUNCLASSIFIED//SBU\n")


def _cable_caps_mid_last(note: str) -> str:
    """An all-caps UNCLAS SENSITIVE cable: the note (no lead word) between paragraph 1 and 2; 3 is the last."""
    return ("VZCZCXYZ0612\nPP RUEHC\nDE RUEHXX #0612 3121022\nZNR UUUUU ZZH\nP 140700Z JUN 11\n"
            "FM AMEMBASSY ATHENS\nTO RUEHC/SECSTATE WASHDC PRIORITY 0612\nUNCLAS SENSITIVE ATHENS 000612\n\n"
            "E.O. 12958: N/A\nTAGS: ECON, GR\nSUBJECT: (SBU) CONTACT READOUT\n\n"
            f"1. (U) {PLAIN_A.upper()}\n\n{note}\n\n2. (U) {PLAIN_B.upper()}\n\n3. (SBU) {SECRET.upper()}\n\n"
            "SPECKHARD\n")


def _unmarked_report_top(note: str) -> str:
    """A trip report with no marks at all but an SBU banner: the note first, the last paragraph is the secret."""
    return ("UNCLASSIFIED//SBU\n\nTRIP REPORT\n\n" f"{note}\n\n{PLAIN_A}\n\n{PLAIN_B}\n\n{SECRET}\n\n"
            "UNCLASSIFIED//SBU\n")


# (name, builder, note, phrase): each must be withheld at usg and partner.
WITHHELD = [
    # Icelandic (round 141-017): other wordings and formats, with and without diacritics, upper case.
    ("is-last-top-email", _email_top, "Síðasta málsgreinin er leynileg og ekki fyrir útlendinga.", SECRET),
    ("is-ascii-second-end-memo", _memo_end_second, "Onnur malsgreinin er trunadarmal.", SECRET),
    ("is-caps-mid-cable", _cable_caps_mid_last, "SIDASTA MALSGREININ ER TRUNADARMAL", SECRET.upper()),
    # Norwegian / Danish / Swedish / Finnish / Baltic (round 141-018's class).
    ("no-last-top-email", _email_top, "Siste avsnitt er hemmelig, ikke for utlendinger.", SECRET),
    ("no-caps-mid-cable", _cable_caps_mid_last, "SISTE AVSNITT ER FORTROLIG", SECRET.upper()),
    ("da-second-end-memo", _memo_end_second, "Andet afsnit er fortroligt.", SECRET),
    ("sv-last-top-report", _unmarked_report_top, "Sista stycket är hemligt, inte för utlänningar.", SECRET),
    ("fi-last-top-email", _email_top, "Viimeinen kappale on salainen.", SECRET),
    ("et-second-end-memo", _memo_end_second, "Teine lõik on salajane.", SECRET),
    ("lv-last-top-email", _email_top, "Pēdējā rindkopa ir slepena.", SECRET),
    ("lt-ascii-last-top-email", _email_top, "Paskutine pastraipa yra slapta.", SECRET),
    # Lao, Thai, Burmese script (round 141-020's class).
    ("lo-top-email", _email_top, "ວັກສຸດທ້າຍແມ່ນຄວາມລັບ", SECRET),
    ("lo-second-end-memo", _memo_end_second, "ວັກທີສອງແມ່ນຄວາມລັບ ບໍ່ໃຫ້ຄົນຕ່າງປະເທດເບິ່ງ", SECRET),
    ("th-top-report", _unmarked_report_top, "ย่อหน้าสุดท้ายเป็นความลับ", SECRET),
    ("my-top-email", _email_top, "နောက်ဆုံးစာပိုဒ်သည် လျှို့ဝှက်ချက်ဖြစ်သည်", SECRET),
    # Greeklish with H for eta, upper and lower case (round 141-022, -030).
    ("el-caps-h-last-top-email", _email_top, "H TELEYTAIA PARAGRAFOS EINAI APORRHTH", SECRET),
    ("el-lower-h-second-end-memo", _memo_end_second, "h deyterh paragrafos einai empisteytikh", SECRET),
    ("el-caps-h-enothta-report", _unmarked_report_top, "H TELEYTAIA ENOTHTA EINAI APORRHTH, OXI GIA KSENOUS",
     SECRET),
    # Armenian in other Latin schemes (round 141-025).
    ("hy-verchin-end-memo-second", _memo_end_second, "erkrord parbierutyuny gakhtni e", SECRET),
    ("hy-verjin-paragrafy-gaxtni-top", _email_top, "verjin paragrafy gaxtni e, otarerkracineri hamar che",
     SECRET),
    ("hy-caps-mid-cable", _cable_caps_mid_last, "VERCHIN PARBIERUTYUNY GAKHTNI E", SECRET.upper()),
    # Languages whose paragraph words the reader may not know: the reader must fail closed.
    ("ka-top-email", _email_top, "ბოლო აბზაცი საიდუმლოა.", SECRET),
    ("ka-translit-top-email", _email_top, "bolo abzatsi saidumloa", SECRET),
    ("kk-top-email", _email_top, "Соңғы абзац құпия.", SECRET),
    ("uz-end-memo", _memo_end_second, "Ikkinchi xatboshi maxfiy.", SECRET),
    ("hi-top-email", _email_top, "अंतिम अनुच्छेद गोपनीय है।", SECRET),
    ("id-top-email", _email_top, "Paragraf terakhir rahasia.", SECRET),
    ("tl-top-email", _email_top, "Ang huling talata ay lihim.", SECRET),
    ("ms-top-email", _email_top, "Perenggan terakhir adalah sulit.", SECRET),
    ("ar-top-email", _email_top, "الفقرة الأخيرة سرية.", SECRET),
    ("zh-top-email", _email_top, "最后一段是机密。", SECRET),
    ("az-top-email", _email_top, "Son abzas məxfidir.", SECRET),
    ("mn-top-email", _email_top, "Сүүлийн догол мөр нууц.", SECRET),
    ("bn-top-email", _email_top, "শেষ অনুচ্ছেদটি গোপনীয়।", SECRET),
    ("ta-top-email", _email_top, "கடைசி பத்தி ரகசியமானது.", SECRET),
    ("ur-top-email", _email_top, "آخری پیراگراف خفیہ ہے۔", SECRET),
    ("ne-top-email", _email_top, "अन्तिम अनुच्छेद गोप्य छ।", SECRET),
    ("si-top-email", _email_top, "අවසාන ඡේදය රහස්‍යයි.", SECRET),
    ("tg-top-email", _email_top, "Сархати охирин махфӣ аст.", SECRET),
    ("tr-top-email", _email_top, "Son paragraf gizlidir.", SECRET),
    ("hu-top-email", _email_top, "Az utolsó bekezdés titkos.", SECRET),
    ("mt-top-email", _email_top, "L-aħħar paragrafu huwa sigriet.", SECRET),
    ("ga-top-email", _email_top, "Tá an mhír dheireanach rúnda.", SECRET),
    ("sq-top-email", _email_top, "Paragrafi i fundit është sekret.", SECRET),
    ("mk-top-email", _email_top, "Последниот пасус е таен.", SECRET),
]


@pytest.mark.parametrize("name,build,note,phrase", WITHHELD, ids=[w[0] for w in WITHHELD])
def test_claimed_paragraph_is_withheld(name, build, note, phrase):
    assert_withheld(build(note), phrase, levels=("usg", "partner"))


# Foreign lines that claim no level: the (U) text around them must stay released at usg.
RELEASED = [
    ("is-thanks", _email_top, "Takk fyrir fundinn, sjáumst í Reykjavík."),
    pytest.param("no-thanks", _memo_end_second, "Takk for møtet, vi ses i Tromsø.", marks=pytest.mark.xfail(
        strict=True, reason="fixlang37: a quoted sentence in Norwegian, a language the rules do not read, set apart as "
                            "a note, may name any paragraph: every other portion is withheld (fails closed)")),
    ("lo-greeting", _email_top, "ຂອບໃຈຫຼາຍໆ ພົບກັນໃໝ່"),
    ("el-caps-h-greeting", _cable_caps_mid_last, "EYXARISTOYME POLY GIA THN SYNANTHSH"),
    ("hy-translit-thanks", _email_top, "shnorhakalutyun handipman hamar"),
    # (a level word that is no claim: negated in Maltese, a noun's adjective in a title; the first harness run of
    # this change over-redacted the first two shapes, adv123-053 and adv35-019)
    pytest.param("mt-negated", _email_top, "Nota: il-paragrafu ta' hawn taht mhuwiex kunfidenzjali.",
                 marks=pytest.mark.xfail(strict=True, reason="fixlang37: the Maltese note is read as unreadable (its "
                                         "negation is not honoured there): every other portion is withheld (fails closed)")),
    ("de-title", _email_top, "Die geheime Akte"),
    ("pt-quoted-prose", _email_top, "> Disse tambem que o chanceler ja informou Caracas por canal reservado."),
]


@pytest.mark.parametrize("name,build,note", RELEASED, ids=[r.values[0] if hasattr(r, "marks") else r[0] for r in RELEASED])
def test_plain_text_near_a_foreign_line_is_released(name, build, note):
    text = build(note)
    phrase = PLAIN_A.upper() if build is _cable_caps_mid_last else PLAIN_A
    assert_released(text, phrase)


# Notes the rules place exactly: the plain (U) paragraph the note does not name stays released at usg.
# The Norwegian, Danish, Swedish, Lao, Greeklish-with-H and Armenian place words fixlang34 added were removed after
# review34b: "Alle andre avsnitt" (all OTHER paragraphs) read as the second, "Andre og tredje avsnitt" as the third
# only, "ວັກທີ 2 ແລະ 3" as the second only: an exact place released what the note also named (14 documents). Those
# notes now raise every paragraph they could mean (fail closed), so the others are withheld too: strict xfails.
_UNPLACED = {"no-last-top-email", "da-second-end-memo", "sv-last-top-report", "lo-top-email", "lo-second-end-memo",
             "el-lower-h-second-end-memo", "hy-verchin-end-memo-second"}
PLACED = [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="place words removed after review34b: fails closed"))
          if name in _UNPLACED else name
          for name in ["is-last-top-email", "no-last-top-email", "da-second-end-memo", "sv-last-top-report", "lo-top-email",
                       "lo-second-end-memo", "el-caps-h-last-top-email", "el-lower-h-second-end-memo",
                       "hy-verchin-end-memo-second", "hy-verjin-paragrafy-gaxtni-top"]]


@pytest.mark.parametrize("name", PLACED)
def test_a_placed_note_leaves_the_other_paragraphs_released(name):
    _, build, note, _ = next(w for w in WITHHELD if w[0] == name)
    assert_released(build(note), PLAIN_A)


# A note in a language whose paragraph words the rules do not hold cannot be placed: the whole document is withheld
# at the level it claims (fail closed), not only the paragraph the reader guesses.
UNPLACED = ["ga-top-email", "mt-top-email", "si-top-email", "ta-top-email"]


@pytest.mark.parametrize("name", UNPLACED)
def test_an_unplaced_note_withholds_the_whole_document(name):
    _, build, note, _ = next(w for w in WITHHELD if w[0] == name)
    assert_withheld(build(note), PLAIN_A, levels=("usg", "partner"))
