"""The classes of the known leak of round 83 (adv83-026) and of the first runs of rounds 88-91, fixed
by class, on documents written for this test. And what must stay released beside them."""
import pytest

from released import assert_withheld, versions

SECRET = "Two donors have told us privately that their pledges depend on the vote being postponed"
PLAIN = "The next conference is planned for the autumn"


@pytest.mark.parametrize("inserted", [
    f"[MOVED TO: {SECRET}]",
    f"[Moved here: {SECRET}.]",
    f"[INS: {SECRET}]",
    f"[Inserted: {SECRET}]",
    f"{{++{SECRET}++}}",
    f"{{+{SECRET}+}}",
    f"<ins>{SECRET}</ins>",
])
def test_text_a_redline_shows_moved_in_does_not_take_the_mark_of_its_new_portion(inserted):
    text = ("SECRET\nCompare of v2 and v3\n\n"
            f"(U) The pledging conference raised a record sum. {inserted}\n"
            f"(U) {PLAIN}.\n(S) [MOVED FROM: now in paragraph 1]\nSECRET\n")
    assert_withheld(text, SECRET)
    released = versions(text)["usg"]
    assert PLAIN in released and "The pledging conference raised a record sum." in released


def test_deleted_text_keeps_its_portions_mark():
    text = ("SECRET\nCompare of v2 and v3\n\n"
            "(U) The pledging conference raised [DEL: nearly ]a record sum.\n"
            f"(U) {PLAIN}.\n(S) {SECRET}.\nSECRET\n")
    assert_withheld(text, SECRET)
    released = versions(text)["usg"]
    assert "The pledging conference raised [DEL: nearly ]a record sum." in released and PLAIN in released


def test_an_insertion_in_an_unclassified_document_stays_released():
    text = f"UNCLASSIFIED\n\n(U) The pledging conference raised [INS: what the ministry called ]a record sum.\n(U) {PLAIN}.\nUNCLASSIFIED\n"
    released = versions(text)["public"]
    assert "[INS: what the ministry called ]a record sum" in released and PLAIN in released


def test_a_header_line_that_keeps_an_item_from_foreigners_keeps_the_text_from_them():
    text = ("From: Kim, Lee\nTo: INL-Team\nSubject: program notes\nClassification: UNCLASSIFIED\n"
            "Remark: item 2 is law enforcement sensitive - DEA and FBI eyes only\n\nTeam,\n\n"
            "1. The police academy graduated 210 new officers in November.\n"
            f"2. {SECRET}.\n3. {PLAIN}.\n\nLee\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))
    assert PLAIN in versions(text, ("usg",))["usg"]


@pytest.mark.parametrize("note", [
    "Qeyd: Üçüncü abzas məxfidir, onu heç kimə göndərməyin.",  # Azerbaijani: the third paragraph is secret
    "[የመጨረሻው አንቀጽ ሚስጥራዊ ነው።]",  # Amharic: the last paragraph is secret
    "टिप्पणी: माथिको अनुच्छेद गोप्य हो।",  # Nepali: the paragraph above is secret
    "შენიშვნა: ბოლო ნაწილი საიდუმლოა.",  # Georgian: the last part is secret
    "Նշում. վերջին պարբերությունը գաղտնի է։",  # Armenian: the last paragraph is secret
    "Let op: ik moet benadrukken dat het tweede punt staatsgeheim is.",  # Dutch, a subordinate clause
    "Ескерту: 2-жолдағы мәлімет құпия.",  # Kazakh: the information in row 2 is secret
    "Kumbuka: aya iliyotangulia ni siri.",  # Swahili: the preceding paragraph is secret
    "Catatan: poin 2 berisi info RAHASIA dari atase.",  # Indonesian: item 2 contains secret info
])
def test_a_level_word_of_a_verb_last_language_in_a_note(note):
    text = ("UNCLASSIFIED\nNotes from the ministry meeting\n\n"
            f"(U) {PLAIN}.\n\n(U) {SECRET}.\n\n{note}\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("note", [
    "पुढील परिच्छेद फक्त अमेरिकन कर्मचाऱ्यांसाठी आहे.",  # Marathi: the next paragraph is for American staff only
    "Remark: the next paragraph stays inside the fence, US staff only.",
    "Remark: the next paragraph is LES and US-only.",
])
def test_only_for_americans_in_words(note):
    text = (f"UNCLASSIFIED//SBU\nFestival season security\n\n(U) {PLAIN}.\n\n{note}\n\n"
            f"(SBU) {SECRET}.\n\nUNCLASSIFIED//SBU\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("note", [
    "pls keep ^ in house (NF) - we have not decided how to raise it",
    "heads up - the bit about the donors is not just sbu, it's SECRET there.",
    "NB: the paragraph above is all CONF - from the pol/econ channel.",
    "[comment RSO] pls mark the paragraph above secert/nofrn - it is from our own annex",
    "sorry, the paragraph above was lifted almost verbatim from a CIA WIRe item, S//NF.",
])
def test_a_claim_in_a_busy_persons_words(note):
    text = (f"UNCLASSIFIED//SBU\nRE: weekly notes\n\n(U) {PLAIN}.\n\n(SBU) {SECRET}.\n\n{note}\n\nUNCLASSIFIED//SBU\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("block", [
    f"┌──── KEY JUDGMENT ────┐\n│ {SECRET} │\n└──────────────────────┘",
    f'!!! warning "Source sensitivity"\n    {SECRET}.',
    f"route_options_v3.txt\n{SECRET}.",
    f"[handwritten in margin: {SECRET}.]",
])
def test_a_block_of_its_own_right_under_a_u_line(block):
    text = f"SECRET\nREGIONAL OUTLOOK\n\n(U) Gas demand rose by four percent last year on the coast\n{block}\n(U) {PLAIN}.\nSECRET\n"
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_decimal_clause_after_a_marked_one():
    text = ("CONFIDENTIAL\n\nDRAFT MEMORANDUM OF UNDERSTANDING\n\nArticle 4 - Offtake\n"
            "4.1 (U) The Participants intend to exchange information on mine development.\n"
            f"4.2 {SECRET}.\n4.3 (U) {PLAIN}.\n\nCONFIDENTIAL\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


@pytest.mark.parametrize("block", [
    f"+\n{SECRET}.",  # AsciiDoc's list continuation
    f"#+BEGIN_QUOTE\n{SECRET}.\n#+END_QUOTE",  # an Org-mode block
    f".. warning:: Source\n\n   {SECRET}.",  # a reStructuredText directive
    f"<<<<<<< HEAD\n- (U) The new solar tender.\n=======\n{SECRET}.\n>>>>>>> pol-edits",  # a merge conflict
])
def test_a_markup_block_under_a_u_item(block):
    text = f"CONFIDENTIAL\n\n* (U) Teams of two will deploy to the northern provinces.\n{block}\n* (U) {PLAIN}.\n\nCONFIDENTIAL\n"
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("first, sub", [("2   (U) Electrical and data cabling", "2.1     "), ("3.2 (U) Each side names a contact.", "3.2.1 ")])
def test_a_sub_item_numbered_under_a_marked_item(first, sub):
    text = f"SECRET\nProject plan\n\n1   (U) Demolition of the old waiting room\n{first}\n{sub}{SECRET}\n9   (U) {PLAIN}\nSECRET\n"
    assert_withheld(text, SECRET)


def test_a_forms_next_field_under_a_marked_field():
    text = ("SECRET\nINCIDENT REPORT FORM\n\n10. Reported by:    (U) Duty officer, local guard force supervisor\n"
            f"Block 9 (cont.):    {SECRET},\n                    and more of it.\n11. Action taken:   (U) {PLAIN}\n\nSECRET\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("inserted", [
    f"[annotation in blue ink: {SECRET}]",
    f"[Suggested insertion by R. Cole: {SECRET}]",
    f"<<handwritten at foot of page: {SECRET}>>",
    f"~~The dam visit is off.~~ **{SECRET}.**",
])
def test_a_labelled_annotation_inside_a_u_line(inserted):
    text = f"CONFIDENTIAL\n\n(U) The minister received the charge on Monday and thanked {inserted} the donors.\n(U) {PLAIN}.\nCONFIDENTIAL\n"
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


@pytest.mark.parametrize("note", [
    "참고: 마지막 문단은 비밀입니다.",  # Korean: the last paragraph is secret
    "【欄外メモ：前の段落は秘密です。】",  # Japanese: the previous paragraph is secret
    "یادداشت: بند دوم محرمانه است.",  # Persian: the second paragraph is confidential
    "Huom: edellinen kappale on salainen.",  # Finnish: the previous paragraph is secret
])
def test_a_level_word_before_its_copula(note):
    text = f"UNCLASSIFIED\nNotes\n\n(U) {PLAIN}.\n\n(U) {SECRET}.\n\n{note}\n\nUNCLASSIFIED\n"
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("note", ["^^ stays w/ US folks, NF. rest ok to share.",
                                  "fine to share, except the paragraph below: that stays behind the wire, Americans only."])
def test_kept_among_americans_in_shorthand(note):
    text = f"SBU\nRE: update\n\n{note}\n\n> (SBU) {SECRET}.\n> (U) {PLAIN}.\nSBU\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("note", ['[margin, pencil: "S//NF per INR -- do not use on OpenNet"]',
                                  "[handwritten in margin: this para is Confidential, do not use]"])
def test_a_margin_note_that_states_a_marking_stays_with_its_paragraph(note):
    text = ("UNCLAS SECTION 01 OF 01 SERAVO 000412\n\nSIPDIS\n\nE.O. 13526: N/A\nTAGS: PGOV, SV\n"
            "SUBJECT: PARLIAMENT OPENS\n\n1. (U) Parliament opened its spring session on March 2.\n\n"
            f"2. (U) {SECRET}.   {note}\n\n3. (U) {PLAIN}.\n\nARNAULT\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]
