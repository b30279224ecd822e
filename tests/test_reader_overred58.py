"""Over-redaction, third round (sbu_redact/reader/scope_exact.py): a statement for other text
that governing statements did not read raises only what it names when that is certain, by class:
a labelled section, tab or annex (or the one annex of the document), a paragraph by its topic, a
lettered sub-item, a number in words, a table row by a cell's text, pages across form feeds, a
numbered paragraph naming itself. On documents written for this test: what is now released, and
what must stay withheld (the fallback keeps every portion it could mean when in doubt)."""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master admitted that the customs scanners were switched off for a week"
SECRET2 = "The port police chief is paid by the smugglers who run the night ferry"
PLAIN = "The new ferry timetable starts on Monday"
OTHER = "The pilot boat is back in service after its refit"


def released(text: str, *phrases: str) -> None:
    usg = versions(text)["usg"]
    for phrase in phrases:
        assert phrase in usg, phrase


# --- labelled sections, tabs and annexes ---

def memo_with_tabs(note: str, tab_b: str = f"TAB B\n(U) {SECRET}.\n(U) {SECRET2}.\n") -> str:
    return ("UNCLASSIFIED\n\nINFORMATION MEMO FOR THE SECRETARY\nSUBJECT: (U) Port visit\n\n"
            f"Note from S/ES-S: {note}\n\n(U) {PLAIN}.\n\nAttachments:\nTab A -- Press statement\n"
            f"Tab B -- Embassy assessment\n\nTAB A\n(U) {OTHER}.\n\n{tab_b}\nUNCLASSIFIED\n")


@pytest.mark.parametrize("note", [
    "Tab B should be read as CONFIDENTIAL/NOFORN notwithstanding its (U) markings.",
    "Tab B should be read as CONFIDENTIAL.",
])
def test_a_labelled_tab_is_raised_alone(note):
    text = memo_with_tabs(note)
    assert_withheld(text, SECRET)
    assert_withheld(text, SECRET2)
    released(text, PLAIN, OTHER)


@pytest.mark.parametrize("note", [
    "Tab B and Tab A should be read as CONFIDENTIAL.",  # more than one
    "Tabs A and B should be read as CONFIDENTIAL.",  # a plural
    "Tab B of the NSC paper should be read as CONFIDENTIAL.",  # another document's
    "Tab B and C should be read as CONFIDENTIAL.",
])
def test_tabs_not_named_exactly_keep_the_fallback(note):
    text = memo_with_tabs(note)
    assert_withheld(text, SECRET)
    assert PLAIN not in versions(text)["usg"]


@pytest.mark.parametrize("note", [
    "Tab B should be read as CONFIDENTIAL notwithstanding its (U) markings.",
    "Tab B is SECRET; remove it before the book travels.",
])
def test_a_tab_named_outside_the_fallback(  # (leaked before: found by overred58; fixed by the lead)
        note):
    text = memo_with_tabs(note)
    assert_withheld(text, SECRET)


def test_a_sentence_inside_a_tab_that_opens_with_another_tab_does_not_end_it():
    text = memo_with_tabs("Tab B should be read as CONFIDENTIAL.",
                          tab_b=f"TAB B\n(U) {SECRET}.\nTab A shows the berths; see the map.\n(U) {SECRET2}.\n")
    assert_withheld(text, SECRET)
    assert_withheld(text, SECRET2)


def test_a_tab_only_listed_keeps_the_fallback():
    text = memo_with_tabs("Tab C should be read as CONFIDENTIAL.", tab_b="") .replace(
        "Tab B -- Embassy assessment", "Tab C -- Embassy assessment")
    assert PLAIN not in versions(text)["usg"]


def section_paper(note: str) -> str:
    return ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n" f"NOTE: {note}\n\nDISCUSSION PAPER\n\n"
            f"Section 1. Background\n(U) {PLAIN}.\n\nSection 2. Options\n(U) {SECRET}.\n(U) {SECRET2}.\n\n"
            f"Section 3. Next Steps\n(U) {OTHER}.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


@pytest.mark.parametrize("note", [
    "Section 2 of this paper is classified SECRET in its entirety. All other sections are correctly marked.",
    "SECTION TWO IS CONFIDENTIAL.",
])
def test_a_numbered_section_is_raised_alone(note):
    text = section_paper(note)
    assert_withheld(text, SECRET)
    assert_withheld(text, SECRET2)
    released(text, PLAIN, OTHER)


@pytest.mark.parametrize("note", [
    "Section 2 of the Act is SECRET.",
    "Sections 2 and 3 are SECRET.",
    "Section 2 and Section 3 are SECRET.",
])
def test_sections_not_named_exactly_keep_the_fallback(note):
    text = section_paper(note)
    assert_withheld(text, SECRET)
    assert OTHER not in versions(text)["usg"]


def annex_memo(note: str, annexes: str = "ANNEX - Port security\n") -> str:
    return (f"UNCLASSIFIED\nACTION MEMO\nSUBJECT: Port assistance\n\nNote: {note}\n\n1. (U) {PLAIN}.\n"
            f"2. (U) {OTHER}.\n\n{annexes}{SECRET}.\n{SECRET2}.\n\nUNCLASSIFIED\n")


def test_the_one_annex_below_is_raised_alone():
    text = annex_memo("the Annex below is SECRET and must be removed before this memo is scanned.")
    assert_withheld(text, SECRET)
    assert_withheld(text, SECRET2)
    released(text, PLAIN, OTHER)


def test_the_annex_of_a_document_with_two_keeps_the_fallback():
    text = annex_memo("the Annex below is SECRET.", annexes="ANNEX A - Map\nThe map.\n\nANNEX B - Port security\n")
    assert_withheld(text, SECRET)
    assert PLAIN not in versions(text)["usg"]


# --- a paragraph by its topic ---

def email(statement: str, body: str) -> str:
    return ("From: Liu, Grace\nSubject: RE: week ahead\nClassification: UNCLASSIFIED\n\n"
            f"Folks - {statement} Please dont forward.\n\n-----Original Message-----\nFrom: Liu, Grace\n"
            f"Subject: week ahead\n\n{body}\nGrace\n\nClassification: UNCLASSIFIED\n")


BODY = (f"Monday: {PLAIN}.\n\nTuesday: Tanaka visit - {SECRET}.\n\nThursday: {OTHER}.\n")


@pytest.mark.parametrize("statement", [
    "the para about the Tanaka visit is confidental, my bad.",
    "my para on the Tanaka visits should be Confidential, sorry.",
])
def test_a_paragraph_by_its_topic_is_raised_alone(statement):
    text = email(statement, BODY)
    assert_withheld(text, SECRET)
    released(text, PLAIN, OTHER)


@pytest.mark.parametrize(("statement", "body"), [
    ("the para about the Tanaka visit is CONFIDENTIAL and the one after it is SECRET.", BODY),  # two
    ("the para about the Tanaka visit is CONFIDENTIAL.", BODY.replace("Monday:", "Monday: Tanaka visit prep.")),
    ("the para on Monday is CONFIDENTIAL.", BODY),  # a time, not a topic
    ("the para on the left is CONFIDENTIAL.", BODY),  # a place
])
def test_a_topic_not_certain_keeps_the_fallback(statement, body):
    text = email(statement, body)
    assert_withheld(text, SECRET)
    assert OTHER not in versions(text)["usg"]


# --- lettered sub-items, numbers in words, a paragraph naming itself ---

def readout(statement: str) -> str:
    return ("Classification: UNCLASSIFIED\nFrom: Fairbanks, Colette\nSubject: RE: port readout\n\n"
            f"All -- {statement} Pull them from the file.\n\n-----Original Message-----\nFrom: Fairbanks, Colette\n"
            f"Subject: port readout\n\n(a) (U) {PLAIN}.\n(b) (U) {OTHER}.\n(c) (U) {SECRET}.\n(d) (U) {SECRET2}.\n"
            "(e) (U) Next readout after the visit.\nClassification: UNCLASSIFIED\n")


@pytest.mark.parametrize("statement", ["bullets (c) and (d) in my readout are Secret.", "bullet c and d should be S/NF pls."])
def test_lettered_bullets_are_raised_alone(statement):
    text = readout(statement)
    assert_withheld(text, SECRET)
    assert_withheld(text, SECRET2)
    released(text, PLAIN, OTHER)


def numbered(statement: str) -> str:
    return ("SECRET\nINFORMATION MEMO\nSUBJECT: Ports\n\n1. (U) Summary. This memo updates our assessment.\n\n"
            f"2. (S) Key judgments.\n   a. (S) The navy keeps two frigates in port.\n   b. (U) Regional ports:\n"
            f"      (i) (U) {PLAIN}.\n      (ii) (U) {SECRET}.\n      (iii) (U) {OTHER}.\n   c. (U) {SECRET2}.\n\n"
            f"3. (U) {statement}\n\nSECRET\n")


@pytest.mark.parametrize("statement", ["Errata: item 2.b.(ii) should read SECRET; it was marked in error.",
                                       "Errata: para 2.c is really C, not U, per the OCA."])
def test_a_sub_item_keeps_the_rest_of_the_memo(statement):
    text = numbered(statement)
    assert_withheld(text, SECRET if "(ii)" in statement else SECRET2)
    released(text, "Summary. This memo updates our assessment.")


def cable(statement: str) -> str:
    return ("UNCLAS PORT LOUIS 000123\n\nSIPDIS\n\nSUBJECT: PORT VISIT\n\n"
            f"1. (U) {PLAIN}.\n\n2. (U) {OTHER}.\n\n3. (U) {SECRET}.\n\n4. (U) {statement}\n\nSMITH\n")


@pytest.mark.parametrize("statement", [
    "COMMENT: DEPARTMENT SHOULD TREAT PARA THREE AS CONFIDENTIAL.",
    "Drafter's note: paragraph three should be (C) not (U).",
    "EMBASSY WISHES TO STRESS THAT PARA 3 ABOVE WAS SENT UNCLAS FOR TRANSMISSION REASONS ONLY. HANDLE PARA 3 AS "
    "CONFIDENTIAL.",
])
def test_a_paragraph_numbered_in_words_is_raised_alone(statement):
    text = cable(statement)
    assert_withheld(text, SECRET)
    released(text, PLAIN, OTHER)


@pytest.mark.parametrize("statement", ["Drafter's note: paragraph three and two should be (C) not (U).",
                                       "Drafter's note: paragraph three, two should be (C) not (U)."])
def test_numbers_in_words_naming_more_than_one_keep_them_all_withheld(statement):
    text = cable(statement)
    assert_withheld(text, SECRET)
    assert_withheld(text, OTHER)


@pytest.mark.parametrize("statement", ["PARA THREE AND TWO SHOULD BE CONFIDENTIAL.", "PARA TWO AND THREE SHOULD BE CONFIDENTIAL."])
def test_numbers_in_words_in_governing_statements(  # (leaked before: found by overred58)
        statement):
    text = cable(statement)
    assert_withheld(text, SECRET)
    assert_withheld(text, OTHER)


def test_a_numbered_paragraph_naming_itself():
    text = ("MEMORANDUM (U)\n1. (U) " + PLAIN + ".\n2. " + SECRET + ".\nParagraph 2 remains SECRET until the "
            "withdrawal is announced.\n3. (U) " + OTHER + ".\n")
    assert_withheld(text, SECRET)
    released(text, PLAIN, OTHER)


# --- table rows by a cell's text, pages across form feeds ---

def csv(errata: str) -> str:
    return ("Classification: UNCLASSIFIED\nid,date,post,summary,class\n"
            f'1,2014-05-10,Abuja,"{PLAIN}",U\n2,2014-05-11,Accra,"{OTHER}",U\n'
            f'3,2014-05-12,Lagos,"{SECRET}",U\n4,2014-05-13,Dakar,"Routine courier run",U\n5,,,"{errata}",U\n')


def test_a_row_named_by_a_cell_is_raised_alone():
    text = csv("ERRATA -- Lagos row is classified CONFIDENTIAL")
    assert_withheld(text, SECRET)
    released(text, PLAIN, OTHER)


@pytest.mark.parametrize("errata", ["ERRATA -- the Ghana row is classified CONFIDENTIAL",  # no such cell
                                    "ERRATA -- the Lagos and Accra rows are classified CONFIDENTIAL"])
def test_a_row_not_named_exactly_keeps_the_fallback(errata):
    text = csv(errata)
    assert_withheld(text, SECRET)
    assert PLAIN not in versions(text)["usg"]


def paged(note: str, first_label: str = "Page 1") -> str:
    return (f"UNCLASSIFIED{' ' * 40}{first_label}\nReview of Port Stockpiles (Extract)\n{PLAIN}.\nUNCLASSIFIED\n"
            f"\fUNCLASSIFIED{' ' * 40}Page 2\n{SECRET}.\nUNCLASSIFIED\n"
            f"\fUNCLASSIFIED{' ' * 40}Page 3\n{SECRET2}.\nUNCLASSIFIED\n"
            f"\fUNCLASSIFIED{' ' * 40}Page 4\n{OTHER}.\nEndnote: {note}\nUNCLASSIFIED\n")


def test_pages_across_form_feeds_are_raised_alone():
    text = paged("Pages 2-3 of this extract reproduce a SECRET briefing and were included by mistake.")
    assert_withheld(text, SECRET)
    assert_withheld(text, SECRET2)
    released(text, PLAIN)


@pytest.mark.parametrize(("note", "first"), [
    ("Pages 2-3 of the full report reproduce a SECRET briefing.", "Page 1"),  # another document's pages
    ("Pages 2-3 of this extract reproduce a SECRET briefing.", "Page 7"),  # numbers that do not run on
    ("Pages 5-6 of this extract reproduce a SECRET briefing.", "Page 1"),  # pages this text does not hold
])
def test_pages_not_certain_keep_the_fallback(note, first):
    text = paged(note, first)
    assert_withheld(text, SECRET)
    assert_withheld(text, SECRET2)
    assert PLAIN not in versions(text)["usg"]


# --- chat messages named by pointing ---

def chat(statement: str) -> str:
    return ("#consular-ops  |  export 2022-06-02\nUNCLASSIFIED\n\n"
            f"[08:14] mhale: {PLAIN}\n[08:15] mhale: {OTHER}\n[08:21] tokafor: {SECRET}\n"
            f"[08:22] jpark: {statement}\n[08:22] tokafor: sorry, deleting. will send on SIPR\n"
            "[08:40] mhale: reminder: town hall at 14:00 in the annex\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("statement", ["^ it's C", "srsly that last msg shd be S, deleting",
                                       "@tokafor your 08:21 msg is S. pls re-send on the high side"])
def test_a_chat_message_pointed_at_is_raised_alone(statement):
    text = chat(statement)
    assert_withheld(text, SECRET)
    released(text, PLAIN, OTHER, "reminder: town hall at 14:00")


def test_chat_messages_of_a_time_span_are_raised_with_the_one_before():
    text = chat("everything posted between 08:20 and 08:21 is S//NF, purge pls")
    assert_withheld(text, SECRET)
    assert_withheld(text, OTHER)  # (08:15: a line's time is when it began)
    released(text, PLAIN, "reminder: town hall at 14:00")


@pytest.mark.parametrize("statement", ["^ and the msg before it are C", "^^ that is S",
                                       "that last msg is S and so is everything above"])
def test_a_chat_message_pointing_at_more_keeps_them_withheld(statement):
    text = chat(statement)
    assert_withheld(text, SECRET)
    assert_withheld(text, OTHER)


# --- numbered paragraphs in a list or a range ---

@pytest.mark.parametrize("statement", ["Para 3 and 2 should be (S) not (U).", "Paras 2-3 should be (S) not (U).",
                                       "OCA DETERMINATION: classification of paragraphs 2 and 3 determined as S."])
def test_numbered_paragraphs_in_a_list_are_raised_alone(statement):
    text = cable(statement)
    assert_withheld(text, SECRET)
    assert_withheld(text, OTHER)
    released(text, PLAIN)


@pytest.mark.parametrize("statement", ["Para 3(b) should be (S) not (U).", "Para 3.b should be (S) not (U)."])
def test_a_sub_item_of_a_paragraph_without_items_raises_the_paragraph(statement):
    text = cable(statement)
    assert_withheld(text, SECRET)
    released(text, PLAIN, OTHER)


@pytest.mark.parametrize("statement", ["Paras 2-9 should be (S) not (U).",  # paragraphs this cable does not have
                                       "Para 3 and 2(b) and the para on the pilot boat should be (S)."])
def test_numbered_paragraphs_not_certain_keep_the_fallback(statement):
    text = cable(statement)
    assert_withheld(text, SECRET)
    assert PLAIN not in versions(text)["usg"]


def test_a_list_labelled_in_words():
    text = ("UNCLASSIFIED\nDOCUMENT EXPLOITATION SUMMARY\n\n"
            f"Item 1 (one page): {PLAIN}.\n\nItem 2 (two pages, typed): {SECRET}.\n\n"
            "Translator note: item 2 was a foreign government's TOP SECRET paper; handle it at SECRET//NOFORN.\n\n"
            f"Item 3 (one page): {OTHER}.\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)
    released(text, PLAIN, OTHER)


# --- a paragraph of the quoted message, by its place ---

def reply(statement: str, marks: tuple[str, str, str] = ("(U) ", "(U) ", "(U) "), second: str = "") -> str:
    a, b, c = marks
    return ("Classification: UNCLASSIFIED\n\nFrom: Fenwick, Aldo\nSubject: RE: Trip notes\n\n"
            f"{statement} Please delete and I'll resend on SIPR.\n\n-----Original Message-----\nFrom: Fenwick, Aldo\n"
            f"Subject: Trip notes\n\n{a}{PLAIN}.\n\n{b}{SECRET}.\n\n{c}{OTHER}.\n\nAldo\n\n{second}"
            "Classification: UNCLASSIFIED\n")


@pytest.mark.parametrize("statement", ["oops -- the 2nd para of my earlier note was meant to be (S), not U.",
                                       "Aldo - your 2nd para is C."])
def test_a_quoted_paragraph_by_its_place_is_raised_alone(statement):
    text = reply(statement)
    assert_withheld(text, SECRET)
    released(text, PLAIN, OTHER)


@pytest.mark.parametrize(("statement", "marks", "second"), [
    ("Aldo - your 2nd para is C.", ("", "", ""), ""),  # unmarked paragraphs: what counts as one is not certain
    ("Aldo - your 2nd para is C.", ("(U) ", "", "(U) "), ""),
    ("Aldo - your 2nd para is C.", ("(U) ", "(U) ", "(U) "),
     "-----Original Message-----\nFrom: Chiu, Nora\nSubject: Trip\n\n(U) When do you land?\n\n"),  # two quoted
])
def test_a_quoted_paragraph_not_certain_keeps_the_fallback(statement, marks, second):
    text = reply(statement, marks, second)
    assert_withheld(text, SECRET)
    assert OTHER not in versions(text)["usg"]


def test_a_numbered_paragraph_of_the_quoted_message():
    text = ("From: LTC Morrow\nSubject: RE: notes\n\nClassification: UNCLASSIFIED\n\nBLUF: para 2 of my 0900 = S//NF. "
            "Adjust your copies.\n\nV/R\nLTC Morrow\n\nFrom: LTC Morrow\nSent: Saturday, June 15, 2024 9:00 AM\n"
            f"Subject: notes\n\n1. {PLAIN}.\n2. {SECRET}.\n3. {OTHER}.\n\nClassification: UNCLASSIFIED\n")
    assert_withheld(text, SECRET)
    released(text, PLAIN, OTHER)
