"""Rounds 115 and 116's first-run claims leaks, fixed by class. Documents written for this test, not
the rounds' wording; and what each fix must not do (non-examples: text that stays released, checked
in the same documents as a real claim, so that each test fails where the claim leaked).

Class A: a pointer by the quoted words a paragraph opens with, in any quotation marks, to text in a
quoted original or below (`reader/pointers.by_opening_words`; a level in title case followed by "in",
"at", "on" is a claim when a setting follows: "was Secret in the morning brief", not a time: test_reader_claims_when.py).
Class B: level and sharing words of Korean, Thai, Czech with and without diacritics and the languages
near them (Slovak, Polish, Japanese, Chinese) in a labelled note, and "the paragraph above" in them
(`unresolved_scope.untranslated.level_words` and `sharing`, `places_abroad`).
Class C: pages or items named by number in any language the rules have: pages read from the lines
that head them (`--- Report, page 2 ---`), items from the number in a row's first cell
(`reader/pointers.by_page_lines`, `by_first_cell`).
"""
import pytest

from released import assert_withheld, mark_of, portion_marks

SECRET = "The harbour master takes cash from two shipping agents to skip the customs inspection"
PLAIN = "The new ferry timetable starts on the first Monday of March"
OTHER = "The visa window will open on Saturday for passport renewals"
ALL = ("usg", "partner", "public")


def _released(text: str, *phrases: str) -> None:
    """Each of `phrases` is read as a plain (U) portion."""
    marks = portion_marks(text)
    for phrase in phrases:
        assert mark_of(marks, phrase) == ("(U)", False), phrase


# ---------------------------------------------------------------- class A: a pointer by opening words

def _reply(said: str) -> str:
    return ("From: Okafor, Bisi (Post)\nTo: Lang, Theo\nSubject: RE: port visit\nClassification: UNCLASSIFIED\n\n"
            f"Theo - {said}\n\n(U) {OTHER}.\n\nBisi\n\n-----Original Message-----\nFrom: Lang, Theo\n"
            "Subject: port visit\n\n"
            f"> (U) {PLAIN}.\n>\n> {SECRET}.\n>\n> (U) Can you check the dates before Friday?\n")


@pytest.mark.parametrize("said", [
    "the para you pasted below (the one starting “The harbour master takes”) was Secret at the country team.",
    "note that the paragraph beginning 'The harbour master' is CONFIDENTIAL - it came from the liaison channel.",
    "the bit opening with «The harbour master takes cash» was SECRET in the deck it came from; pls pull it.",
])
def test_a_reply_names_a_quoted_paragraph_by_its_opening_words(said):
    text = _reply(said)
    assert_withheld(text, SECRET, levels=ALL)
    _released(text, PLAIN, OTHER, "Can you check the dates")  # (only the paragraph it names)


def test_a_note_names_a_paragraph_below_by_its_opening_words():
    text = ("UNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\n\n"
            "Note: the paragraph starting \"The harbour master\" further down is Secret in the original readout.\n\n"
            f"(U) {PLAIN}.\n\n{SECRET}.\n\n(U) {OTHER}.\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET, levels=ALL)
    _released(text, PLAIN, OTHER)


def test_opening_words_that_open_no_portion_keep_the_fail_closed_fallback():
    text = _reply("the paragraph starting \"The port captain\" was Secret in the morning brief.")
    assert_withheld(text, SECRET, levels=ALL)  # (what it names cannot be found: every portion is raised)


# ---------------------------------------------------------------- class B: level and sharing words

def _email(note: str) -> str:
    return ("From: Han, Mira (LE)\nTo: Pol-Econ\nSubject: Harbour notes\nClassification: UNCLASSIFIED\n\n"
            f"(U) {PLAIN}.\n\n{SECRET}\n\n{note}\n\n(U) {OTHER}.\n\nMira\n")


@pytest.mark.parametrize("note", [
    "참고: 위의 단락은 비밀이고 외부 배포 불가입니다.",  # Korean: "the paragraph above is secret, no outside distribution"
    "메모: 윗 문단은 비밀사항입니다.",  # Korean, another spelling of "above" and of "secret"
    "หมายเหตุ: ย่อหน้าข้างบนเป็นเอกสารลับ",  # Thai: "the paragraph above is a secret document"
    "Pozn.: odstavec vyse je duverny, pochazi od policie.",  # Czech without diacritics
    "Pozn.: předchozí odstavec je důvěrný.",  # Czech
    "Poznamka: predchadzajuci odsek je prisne tajne.",  # Slovak without diacritics
    "Uwaga: akapit powyzej jest scisle tajne.",  # Polish without diacritics
    "注: 上の段落は秘密です。",  # Japanese
])
def test_a_note_says_the_paragraph_above_is_classified_in_its_own_words(note):
    text = _email(note)
    assert_withheld(text, SECRET, levels=ALL)
    _released(text, PLAIN, OTHER)  # (the paragraph above it, not the marked ones around it)


@pytest.mark.parametrize("note", [
    "참고: 위 문단은 외국 측에 공유하지 마세요.",  # Korean: "do not share the paragraph above with foreigners"
    "หมายเหตุ: ย่อหน้าข้างบน ห้ามเปิดเผยต่อต่างชาติ",  # Thai: "do not disclose to foreigners"
    "Pozn.: odstavec vyse nesdilet s cizinci.",  # Czech without diacritics
    "注: 上の段落は外国人に共有しないでください。",  # Japanese
    "备注: 上一段请勿向外国人透露。",  # Chinese
])
def test_a_note_forbids_sharing_the_paragraph_above_with_foreigners(note):
    text = _email(note)
    assert_withheld(text, SECRET, levels=("partner", "public"))
    _released(text, PLAIN, OTHER)


@pytest.mark.parametrize("note", [
    "참고: 위 문단은 비밀이며 비밀번호는 내일 바꿉니다.",  # "password" is no level
    "หมายเหตุ: ย่อหน้าข้างบนเป็นข้อมูลลับ เขาจะกลับมาก่อนวันศุกร์",  # "come back first" holds no ลับมาก
])
def test_words_that_hold_a_level_word_raise_no_more_than_the_note_says(note):
    text = _email(note)
    assert_withheld(text, SECRET, levels=ALL)
    _released(text, PLAIN, OTHER)


# ---------------------------------------------------------------- class C: pages and items by number

def _pasted(note: str, head: str) -> str:
    return ("From: Lim, Suda (Post)\nTo: INL\nSubject: Seizure summary\nClassification: UNCLASSIFIED\n\n"
            f"(U) {PLAIN}, and the customs report is pasted below.\n\n{note}\n\n(U) {OTHER}.\n\n"
            f"{head.format(n=1)}\nThe seizure took place at the river pier on Tuesday night.\n"
            f"{head.format(n=2)}\n{SECRET}.\n"
            f"{head.format(n=3)}\nA second truck was stopped near the provincial border.\n\nSuda\n")


@pytest.mark.parametrize("note, head", [
    ("หมายเหตุ: หน้า 2-3 ด้านล่างเป็นข้อมูลลับ", "--- Customs report, page {n} ---"),  # Thai, a range
    ("Pozn.: strany 2 az 3 nize jsou duverne.", "=== Page {n} of 3 ==="),  # Czech without diacritics
    ("Note: pp. 2-3 below are CONFIDENTIAL (from the customs liaison).", "[Page {n}]"),  # English
    ("참고: 아래 2-3페이지는 비밀이며 외국인에게 공유하지 마세요.", "--- Customs report, page {n} ---"),  # Korean
    ("注: 下記の2〜3ページは秘密です。", "=== Page {n} ==="),  # Japanese
])
def test_a_note_names_pages_read_from_the_lines_that_head_them(note, head):
    text = _pasted(note, head)
    assert_withheld(text, SECRET, levels=ALL)
    assert_withheld(text, "A second truck was stopped near the provincial border", levels=ALL)
    _released(text, PLAIN, OTHER)


def _sheet(note: str, separator: str = ";") -> str:
    rows = [f"1{separator}(U) Alpha Guards{separator}(U) {PLAIN}",
            f"2{separator}(U) Beta Locks{separator}{SECRET}",
            f"3{separator}(U) Gamma Alarms{separator}(U) {OTHER}"]
    return ("Embassy - GSO - vendor list (export from the contracts sheet, all rows as of this week)\n"
            f"No{separator}Vendor{separator}Remarks\n" + "\n".join(rows) + f"\n\n{note}\nReviewed by: GSO\n")


@pytest.mark.parametrize("note, separator", [
    ("Note: item 2 is CONFIDENTIAL, the police told us in confidence.", ";"),
    ("Uwaga: pozycja 2 jest poufne.", ";"),  # Polish
    ("Poznamka: polozka 2 je duverna.", "\t"),  # Czech without diacritics
    ("หมายเหตุ: ข้อ 2 เป็นข้อมูลลับ", ";"),  # Thai
    ("참고: 항목 2는 비밀입니다.", ";"),  # Korean
    ("注: 第2项是机密。", "\t"),  # Chinese
])
def test_an_item_named_by_its_number_is_the_row_whose_first_cell_holds_it(note, separator):
    text = _sheet(note, separator)
    assert_withheld(text, SECRET, levels=ALL)
    _released(text, PLAIN, OTHER)


def test_opening_words_with_everything_after_them_keep_the_fail_closed_fallback():
    text = _reply("the paragraph starting \"The harbour master\" and everything after it was Secret in the brief.")
    assert_withheld(text, SECRET, levels=ALL)
    assert_withheld(text, "Can you check the dates before Friday", levels=("usg",))  # (what runs on from it)
