"""The view's fold in context (fold25): a word of another script keeps its letters, its vowel
signs and its digits; a look-alike folds inside a Latin word or mark, and in a word spelled only
in look-alikes. And the claims an embassy's Urdu, Persian, Arabic, Hindi, Nepali, Marathi and
Bengali staff write about other text are read (each reader test here released the paragraph
before fold25)."""
from __future__ import annotations

import functools
import json
import unicodedata
from importlib import resources

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import sbu_redact
from released import assert_withheld, versions
from sbu_redact.textview import fold_char, fold_pattern, view_of

# Words and sentences of other scripts: the view reads them as written (NFC, no invisible characters)
KEPT = [
    "پیراگراف ۳ خفیہ ہے۔".replace("۳", "3"),  # Urdu: paragraph 3 is secret (its digit: below)
    "نوٹ: اوپر والا پیراگراف خفیہ ہے، اسے شیئر نہ کریں۔",  # Urdu
    "فقرہ بند پیغام",  # Urdu pointer words
    "یادداشت: بند 2 محرمانه است.",  # Persian
    "ملاحظة: الفقرة 2 سرية.",  # Arabic
    "הערה: פסקה 2 סודי",  # Hebrew
    "नोट: अनुच्छेद 2 गोपनीय है।",  # Hindi (vowel signs ु ् े stay)
    "टिप्पणी: माथिको अनुच्छेद गोप्य छ।",  # Nepali
    "टीप: परिच्छेद 2 गोपनीय आहे.",  # Marathi
    "নোট: অনুচ্ছেদ 2 গোপনীয়।",  # Bengali
    "หมายเหตุ: ย่อหน้า 2 ลับ",  # Thai (its vowel signs stay)
    "пункт 2 секретно",  # Russian: words with a letter that looks like no ASCII letter
]


@pytest.mark.parametrize("text", KEPT)
def test_words_of_other_scripts_keep_their_letters(text):
    view = view_of(text)
    assert view.text == unicodedata.normalize("NFC", text)
    assert view_of(view.text).text == view.text


def test_digits_of_other_scripts_and_their_full_stops():
    assert view_of("پیراگراف ۳ خفیہ ہے۔").text == "پیراگراف 3 خفیہ ہے۔"  # (not a hyphen: `۔` is a full stop)
    assert view_of("अनुच्छेद २ गोप्य छ।").text == "अनुच्छेद 2 गोप्य छ।"
    assert view_of("الفقرة ٢ سرية").text == "الفقرة 2 سرية"
    assert view_of("بند ۱۲ اور ١٠").text == "بند 12 اور 10"  # (a number, though `۱` and `١` look like an l)
    # a digit that looks like a letter, alone or among look-alikes, is that letter (`𑣩` is a C): a mark
    assert view_of("(\U000118e9) (\u0661) (\u0665C)").text == "(C) (l) (oC)"
    # Arabic and Hebrew vowel points are optional in writing: they go, as before
    assert view_of("سِرّي").text == "سري"
    # a presentation form (PDF extraction) is the letter
    assert view_of("\ufeb3\ufeae\ufef3\ufe94").text == "سرية"


# Look-alike attacks on marks: folded as before, in a Latin word, a mark, or a word of look-alikes only
ATTACKS = {
    "(\u0405BU)": "(SBU)",  # Cyrillic Ѕ
    "\u0405ECRET": "SECRET",
    "NOF\u039fRN": "NOFORN",  # Greek Ο
    "(\u0405//NF)": "(S//NF)",
    "(\u0421)": "(C)",  # a Cyrillic С alone
    "\u0422\u0405//\u041d\u0421\u0405": "TS//HCS",  # a mark spelled in Cyrillic look-alikes only
    "\u0421\u0415\u041a\u0420\u0415\u0422\u041d\u041e": "CEKPETHO",  # (as before: every letter a look-alike)
    "\uff33\uff25\uff23\uff32\uff25\uff34": "SECRET",  # fullwidth
    "\u24c8 x": "(S) x",  # enclosed
    "\U0001d412\U0001d404\U0001d402\U0001d411\U0001d404\U0001d413": "SECRET",  # mathematical bold
    "S\u0336E\u0336C\u0336R\u0336E\u0336T\u0336": "SECRET",  # strike-through marks on Latin letters
    "NOFOR\u0300N": "NOFORN",
    "CONFIDENT\u0399AL": "CONFIDENTIAL",
    "\u0405\u0395\u0421R\u0395\u0422": "SECRET",  # Cyrillic and Greek around one Latin R
    "N\u06c1FORN": "NoFORN",  # an Arabic letter inside a Latin word folds (as before)
    "\u0421\u0386": "C\u0386",  # letters of two scripts in one word: a spoof, folded
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_look_alike_attacks_still_fold(attack):
    assert view_of(attack).text == ATTACKS[attack]
    assert view_of(attack).text == "".join(fold_char(c) for c in attack)  # the context-free fold, unchanged


@functools.lru_cache(maxsize=1)
def _look_alikes() -> dict[str, list[str]]:
    """For each ASCII capital, the characters Unicode's confusables data lists as looking like it."""
    data = json.loads((resources.files("confusable_homoglyphs") / "confusables.json").read_text(encoding="utf-8"))
    out = {}
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        glyphs = [e["c"].replace("\u200e", "").replace("\u200f", "") for e in data.get(letter, [])]
        glyphs = [g for g in glyphs if len(g) == 1 and not g.isascii()]
        if glyphs:
            out[letter] = sorted(glyphs)
    return out


MARKINGS = ["(S//NF)", "(C)", "(SBU)", "(U//FOUO)", "(TS//SCI)", "(S//REL TO USA, GBR)", "SECRET//NOFORN",
            "CONFIDENTIAL", "(SBU-NF)", "TOP SECRET//HCS//NOFORN", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"]


@st.composite
def disguised_markings(draw):
    marking = draw(st.sampled_from(MARKINGS))
    positions = [i for i, c in enumerate(marking) if c in _look_alikes()]
    at = draw(st.sampled_from(positions))
    glyph = draw(st.sampled_from(_look_alikes()[marking[at]]))
    return marking, marking[:at] + glyph + marking[at + 1:]


@settings(max_examples=400, deadline=None)
@given(disguised_markings())
def test_a_marking_with_one_letter_swapped_for_a_look_alike_reads_as_before(pair):
    """Any single Latin letter of a marking replaced by any of its confusables: the view folds it
    exactly as the context-free fold did (the letter sits in a Latin word or is a word alone)."""
    marking, disguised = pair
    assert view_of(disguised).text == "".join(fold_char(c) for c in disguised)


@settings(max_examples=60, deadline=None)
@given(disguised_markings(), st.sampled_from(["Cyrillic", "Greek", "any"]))
def test_a_disguised_portion_mark_still_marks_its_portion(pair, _):
    """A portion mark with one letter swapped for a look-alike that folds to that letter marks its
    portion as the clean mark does."""
    marking, disguised = pair
    assume(marking.startswith("(") and view_of(disguised).text.upper() == marking)
    body = "The minister met the delegation on Tuesday."

    def mark_of(mark: str) -> str:
        doc = sbu_redact.read(f"{mark} {body}\n")
        return doc.portions[0].marking.portion_mark() if doc.portions[0].marking is not None else "?"

    assert mark_of(disguised) == mark_of(marking)


def test_patterns_of_the_rules_match_both_readings():
    """A rules pattern in another script matches the word as its script keeps it and as a Latin word's
    fold makes it (a vowel sign with or without it)."""
    import re

    pattern = re.compile(fold_pattern("(?:خفیہ|गुप्त)(?=[ \t]*(?:ہے|है))"))
    for text in ("خفیہ ہے", "गुप्त है"):
        assert pattern.search(view_of(text).text), text
        assert pattern.search("".join(fold_char(c) for c in text)), text  # (the context-free fold)
    assert re.fullmatch(fold_pattern("[а-я]+"), "пункт")  # (a range keeps its letters)


# ---------------------------------------------------------------- claims in those scripts
SECRET = "The harbour master takes cash from two shipping agents to skip the customs inspection"
PLAIN = "The new ferry timetable starts on the first Monday of March"


def _memo(note: str) -> str:
    return (f"UNCLASSIFIED\nFrom: Consular section\nSubject: Port visit notes\n\n1. (U) {PLAIN}.\n\n"
            f"2. (U) {SECRET}.\n\n{note}\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("note", [
    "نوٹ: پیراگراف 2 خفیہ ہے۔",  # Urdu: paragraph 2 is secret
    "نوٹ: پیراگراف ۲ کلاسیفائیڈ ہے۔",  # Urdu: paragraph 2 is classified
    "وضاحت: فقرہ 2 کی درجہ بندی خفیہ ہے۔",  # Urdu: the classification of paragraph 2 is secret
    "نوٹ: بند 2 کو خفیہ سمجھا جائے۔",  # Urdu: item 2 is to be treated as secret
    "نوٹ: پیرا ۲ خفیہ رکھا جائے۔",  # Urdu: para 2 is to be kept secret
    "یادداشت: پاراگراف ۲ طبقه‌بندی‌شده است.",  # Persian: paragraph 2 is classified
    "توجه: بند ۲ محرمانه تلقی شود.",  # Persian: item 2 is to be treated as confidential
    "ملاحظة: الفقرة 2 مصنفة.",  # Arabic: paragraph 2 is classified
    "नोट: पैरा 2 वर्गीकृत है।",  # Hindi: para 2 is classified
    "नोट: पैरा 2 को गोपनीय माना जाए।",  # Hindi: para 2 is to be treated as confidential
    "टिप्पणी: माथिको अनुच्छेद वर्गीकृत छ।",  # Nepali: the paragraph above is classified
    "टिप्पणी: अनुच्छेद २ गोप्य मानिनुपर्छ।",  # Nepali: paragraph 2 must be treated as secret
    "নোট: ২ নং অনুচ্ছেদটি শ্রেণীবদ্ধ।",  # Bengali: paragraph no. 2 is classified
])
def test_a_note_in_another_script_that_classifies_a_paragraph_withholds_it(note):
    assert_withheld(_memo(note), SECRET, levels=("public",))


@pytest.mark.parametrize("note", [
    "نوٹ: یہ پیراگراف عوامی ہے۔",  # Urdu: this paragraph is public
    "نوٹ: اگلی میٹنگ پیر کو ہوگی۔",  # Urdu: the next meeting is on Monday
    "یادداشت: جلسه بعدی دوشنبه است.",  # Persian: the next meeting is on Monday
    "ملاحظة: الاجتماع القادم يوم الاثنين.",  # Arabic
    "नोट: यह पैराग्राफ सार्वजनिक है।",  # Hindi: this paragraph is public
    "নোট: পরবর্তী বৈঠক সোমবার।",  # Bengali
])
def test_a_note_in_another_script_that_classifies_nothing_releases_the_memo(note):
    released = versions(_memo(note), ("public",))["public"]
    assert SECRET in released and PLAIN in released
