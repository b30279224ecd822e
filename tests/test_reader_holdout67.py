"""The classes of the first runs of rounds 67-74 (tests/corpus/adversarial67/FIRST_RUN.md ... 74),
fixed by class, on documents written for this test: HTML character references in text saved
without its tags; a chat export's thread reply headers; US-only notes in more languages and
scripts (the claims gate reads them as the view folds them); a level at a line end; relabelling
records; copies, facsimiles, digests and near-verbatim lifts of classified sources; a note signed
with a pilcrow; an authority line's level limited to one paragraph; distribution limits in words;
a foreign level in lower case; a level in a note that names a paragraph by its number in another
language; Arabic notes; designations claimed in words; headings between rule lines; corrections in
shorthand; levels and US-only notes in thirty more languages; distribution named by office; feds
only; pages that are classified sources; a liaison log's time span; an index's dot leaders. And
what must stay released beside them."""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master admitted that the customs scanners were switched off for a week"
PLAIN = "The new ferry timetable starts on Monday"


def test_character_references_of_html_saved_as_text():
    text = ("Classification: CONFIDENTIAL\n\nSubject: (U) Port readout\n\n"
            f"&nbsp;&nbsp;&bull;&nbsp;(U) {PLAIN}.\n"
            f"&nbsp;&nbsp;&nbsp;&nbsp;o&nbsp;(C) {SECRET}.\n"
            "&nbsp;&nbsp;&nbsp;&nbsp;o&nbsp;(U) The pilots' strike is over.\n\nClassification: CONFIDENTIAL\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_thread_reply_in_a_chat_export_is_a_message_of_its_own():
    text = ("#port-ops (SECRET channel)\n\nAna Ruiz  10:02\n(U) who has the pool car today?\n"
            "    ↳ Ben Okafor  10:03\n    (U) I do, back by noon\n    ↳ Cy Lund  10:05\n"
            f"    {SECRET.lower()}\n    and nobody has told the ministry\n\nSECRET\n")
    assert_withheld(text, SECRET.lower())


@pytest.mark.parametrize("note", [
    "Not: ikinci paragraf sadece Amerikalı personel içindir.",
    "Ghi chú: đoạn thứ hai chỉ dành cho nhân viên Mỹ.",
    "Примітка: другий абзац лише для американського персоналу.",
    "Paalala: ang ikalawang talata ay para lamang sa mga Amerikanong kawani.",
    "Kumbuka: aya ya pili ni kwa Wamarekani pekee.",
    "注：第二段仅限美国人员阅读。",
])
def test_us_only_notes_in_more_languages(note):
    text = f"SENSITIVE BUT UNCLASSIFIED\nMEMO\n\n(SBU) {PLAIN}.\n\n(SBU) {SECRET}.\n\n{note}\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))


def test_a_level_at_the_end_of_a_line():
    text = ("From: Review Panel\nSubject: RE: challenge\n\nOutcome: your paragraph 2 is now CONFIDENTIAL\n"
            "(foreign government information).\n\n-----\nUNCLASSIFIED\n"
            f"1. (U) {PLAIN}.\n2. (U) {SECRET}.\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("record", [" 2026-11-23 09:02  r.b  Label: para-2 -> CONFIDENTIAL//NOFORN",
                                    " 2026-11-23 09:03  r.b  Comment: para 2 relabelled C//NF per source."])
def test_a_relabelling_record(record):
    text = (f"TICKET-22  Wiki page review\nHistory\n 2026-11-23 08:14  j.h  created issue\n{record}\n\n"
            f"Page text:\nUNCLASSIFIED\n1. (U) {PLAIN}.\n2. (U) {SECRET}.\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("words", [
    "Annex 3, on the next page, is a facsimile of the embassy's SECRET cable of 12 May.",
    "Annex 3 -- overleaf -- reproduces verbatim our CONFIDENTIAL memorandum of conversation.",
    "Annex 3 (after this page) is taken word for word from the SECRET//NOFORN damage report.",
    "Annex 3 is basically lifted from the S/NF INR readout, pasted in a hurry.",
])
def test_a_page_copied_from_a_classified_source(words):
    text = f"UNCLASSIFIED\nREAD-AHEAD\n(U) {PLAIN}.\n\nNote on annexes: {words}\n\fANNEX 3\n\n{SECRET}.\n"
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("note", [
    "Note: paragraph 2 is a digest of the CIA paper \"Harbours: Who Pays\" (SECRET//NOFORN).",
    "NOTES: 1. TOTALS FROM THE MINISTRY WEBSITE. 2. PARA 2 FIGURES ARE FROM REF C (SECRET).",
    "Note: paragraph 2 is drawn from the NCTC bulletin of 17 May (SECRET//NOFORN).",
])
def test_a_numbered_paragraph_from_a_classified_source(note):
    text = f"UNCLASSIFIED\nMEMO\n\n1. (U) {PLAIN}.\n\n2. (U) {SECRET}.\n\n{note}\n"
    assert_withheld(text, SECRET)


def test_a_note_signed_with_a_pilcrow():
    text = (f"UNCLASSIFIED\nTALKING POINTS\n- (U) {PLAIN}.\n- (U) {SECRET}.¶\n- (U) Invite the minister.\n\n"
            "¶ This bullet is drawn from the CONFIDENTIAL police liaison report of 14 May.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_an_authority_line_limits_its_level_to_one_paragraph():
    text = (f"UNCLAS SECTION 01 OF 01 KIRRAN 000512\nSUBJECT: (U) PORTS\n\n1. (U) {PLAIN.upper()}.\n\n"
            f"2. (U) {SECRET.upper()}.\n\n3. (U) POST WILL FOLLOW UP.\n\n"
            "CLASSIFIED BY: POLCOUNS R. NYBERG, REASON 1.4(B), CONFIDENTIAL -- APPLIES TO PARA 2 ONLY.\n")
    assert_withheld(text, SECRET.upper())
    assert PLAIN.upper() in versions(text)["usg"]


@pytest.mark.parametrize("words", ["3. PLEASE HANDLE PARA 4 FOR THE ADDRESSEES ONLY; NO FURTHER DISTRIBUTION.",
                                   "3. PARA 4: PRINCIPALS AND THE DCM ONLY; DO NOT FORWARD BEYOND THEM.",
                                   "3. PARA 4 MAY NOT BE POSTED\nTO THE COALITION PORTAL."])
def test_distribution_limits_in_words(words):
    text = (f"LIMITED OFFICIAL USE KIRRAN 004412\nSUBJECT: RUMORS\n\n1. {PLAIN.upper()}.\n\n2. NOTHING NEW.\n\n"
            f"{words}\n\n4. {SECRET.upper()}.\n\nMAXWELL\n")
    assert_withheld(text, SECRET.upper(), levels=("partner", "public"))


@pytest.mark.parametrize("note", ["Ojo: el parrafo sobre el puerto es confidencial (C), me lo dijo en confianza.",
                                  "NB : le paragraphe 2 reprend mot pour mot le telegramme SECRET de l'attache.",
                                  "ملاحظة: الفقرة الثانية سرية"])
def test_notes_in_other_languages(note):
    text = f"UNCLASSIFIED\n\nTeam,\n\n{PLAIN}.\n\n{SECRET}.\n\n{note}\n"
    assert_withheld(text, SECRET)


def test_a_designation_claimed_in_words():
    text = (f"INL WEEKLY NOTES\n1. (U) {PLAIN}.\n2. (U) {SECRET}.\n"
            "The last numbered item is LES - cops only, do not put it in the newsletter.\n")
    assert_withheld(text, SECRET, levels=("public",))


def test_a_heading_between_rules_and_speaker_notes():
    text = (f"UNCLASSIFIED\n--- Slide 3 ---\n(U) {PLAIN}.\n--- Slide 4 ---\n- {SECRET}\n--- Speaker notes ---\n"
            "Slide 4: do NOT say these bullets out loud at the NATO session - US only, S//NF.\n"
            "Slide 5: the logistics team will brief separately.\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("text", [
    "UNCLASSIFIED\n(U) The Secret Service will brief the advance team; the menu is a closely guarded secret.\n",
    "UNCLASSIFIED\n(U) Les participants sont arrivés. The agenda is on the shared drive.\n",
    "UNCLASSIFIED\n=== Agenda ===\n(U) Opening remarks by the deputy chief of mission.\n",
])
def test_words_that_only_look_like_claims_release(text):
    body = text.split("(U) ", 1)[1].strip()
    assert body in versions(text)["usg"]


# --- rounds 72-74 ------------------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "All - correction: para 2 shld have been marked (C), not (U). Sorry, fat finger.",
    "Cole - the bit about the harbour can't go to the Brits, it came off the CBP LES NOFORN bulletin.",
])
def test_corrections_and_sources_in_shorthand(note):
    text = f"Classification: UNCLASSIFIED\nSubject: notes\n\n{note}\n\n1. (U) {PLAIN}.\n2. (U) {SECRET}.\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("note", [
    "NB: второй абзац - секретно (S), не пересылать.",
    "Σημείωση: η δεύτερη παράγραφος είναι ΑΠΟΡΡΗΤΟ (SECRET).",
    "P.S. Pasus o luci je POVERLJIV (CONFIDENTIAL), nije za javnost.",
    "Nota pegawai: perenggan kedua adalah RAHSIA (SECRET).",
    "შენიშვნა: მე-2 პარაგრაფი საიდუმლოა (SECRET).",
    "टिप्पणी: बंदरगाह वाली बात गोपनीय (CONFIDENTIAL) है।",
    "ملاحظة المترجم: البند رقم 2 سري (SECRET)، لا يوزع.",
])
def test_a_level_in_a_note_in_another_language(note):
    text = f"UNCLASSIFIED\nMemo for the record\n\n1. (U) {PLAIN}.\n\n2. (U) {SECRET}.\n\n{note}\n"
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("note", [
    "[Rubutu: Sakin layi na 2 na Amurkawa kadai ne.]",
    "ማሳሰቢያ፦ ሁለተኛው አንቀጽ ለአሜሪካውያን ሰራተኞች ብቻ ነው።",
    "Նշում. 2-րդ պարբերությունը միայն ամերիկացի աշխատակիցների համար է։",
    "หมายเหตุ: ย่อหน้าที่สองสำหรับเจ้าหน้าที่อเมริกันเท่านั้น",
    "Nota: perenggan kedua untuk kakitangan Amerika sahaja.",
    "Napomena: tačka 2 je samo za američko osoblje.",
])
def test_us_only_notes_in_still_more_languages(note):
    text = f"SENSITIVE BUT UNCLASSIFIED\nMEMO\n\n(SBU) {PLAIN}.\n\n(SBU) {SECRET}.\n\n{note}\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("words", [
    "Seventh floor only, not for bureau distribution:",
    "Ambassador and DCM eyes only:",
    "in the bldg - US only, not for the LNO cell:",
])
def test_distribution_named_by_office(words):
    text = f"SENSITIVE BUT UNCLASSIFIED\nMEMO\n1. (SBU) {PLAIN}.\n2. (SBU) {words} {SECRET}.\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("note", ["Tab 2 = govt only, dont let the contractor support staff see it.",
                                  "Tab 2 is feds only - don't let the contractor evaluators see it."])
def test_government_only_in_shorthand(note):
    text = f"CUI\nFILE\n{note}\n\nTab 1\n(CUI) {PLAIN}.\n\nTab 2\n{SECRET}.\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("note", [
    "Attachment C: following page -- a photocopy of Embassy Chisinau's SECRET//NOFORN cable.",
    "Attachment C reproduces in full the CONFIDENTIAL memcon of the dinner.",
    "Attachment C (the page after the break) is the SECRET read-out from the station brief.",
])
def test_a_page_that_is_a_classified_source(note):
    text = f"UNCLASSIFIED\nREAD-AHEAD\n(U) {PLAIN}.\nCover note: {note}\n\fATTACHMENT C\n{SECRET}.\n"
    assert_withheld(text, SECRET)


def test_a_time_span_in_a_liaison_log():
    text = (f"UNCLASSIFIED//FOUO\nLiaison log\n10:40 (U//FOUO) {PLAIN}.\n10:42 {SECRET}.\n10:55 Meeting closed.\n"
            "Note by LNO: 10:42-10:49 was given in confidence - treat as Estonian CONFIDENTIAL (FGI).\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_an_index_entry_gives_an_annexs_level():
    text = (f"BRIEFING BOOK\n  Annex A Agenda ..... UNCLASSIFIED\n  Annex B Launch assessment ..... SECRET//NOFORN\n\n"
            f"Annex A\n(U) {PLAIN}.\n\nAnnex B\n{SECRET}.\n")
    assert_withheld(text, SECRET)


# --- round 75 ----------------------------------------------------------------------------------

@pytest.mark.parametrize("remark", ["Remarks: item 2 is confidential per the embassy's reply cable, keep it out.",
                                    "Sup. comment: item 2 came from the embassy's CONFIDENTIAL channel."])
def test_a_numbered_item_said_confidential_in_a_remark(remark):
    text = f"Classification: UNCLASSIFIED\nChecklist\n[x] 1. {PLAIN}.\n[x] 2. {SECRET}.\n{remark}\n"
    assert_withheld(text, SECRET)


def test_a_level_for_the_entire_text_in_the_body():
    text = (f"Classification: UNCLASSIFIED\nSubject: dinner readout\n\n"
            f"CONFIDENTIAL - ENTIRE TEXT (sorry, the tool would not let me pick the level)\n\n{SECRET}.\n\n{PLAIN}.\n")
    assert_withheld(text, SECRET)
