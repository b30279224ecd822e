"""The classes of rounds 48-53's strict known leaks and of rounds 54-55's first runs
(tests/corpus/adversarial54/FIRST_RUN.md, adversarial55/FIRST_RUN.md), fixed by class. On
documents written for this test, not copies of the corpus: a footnote's sign or number; a foreign
level after a copula of its language; a stamp cited in quotation marks; a reviewer's
determination in words or in a review table; a ticked checklist box; a sharing restriction in
words (English, Dutch, German); text drawn from a classified source; Tank-only and low-side
handling; a withdrawal sheet; a labelling tool's log; a foreign disclosure denial; a file's S-NF;
a control that requires NOFORN stated alone; OCR digits in marking words; a reproduced classified
document; FEDCON only; a conditional level in parentheses; a level in words that opens its text
with a colon; a transcribed stamp. And what must stay released: the same words where they state
nothing."""
import pytest

import sbu_redact
from released import assert_withheld, versions

SECRET = "The harbour master admitted that the customs scanners were switched off for a week"
PLAIN = "The new ferry timetable starts on Monday"


def memo(*paragraphs: str, banner: str = "UNCLASSIFIED") -> str:
    return banner + "\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Port visit\n\n" + "\n\n".join(paragraphs) + f"\n\n{banner}\n"


@pytest.mark.parametrize("sign, note", [("*", "* Drafter's correction: this item was mis-marked. It is SECRET."),
                                        ("†", "† This line is CONFIDENTIAL; please treat it so."),
                                        ("¹", "¹ The figures in this bullet come from a classified annex (SECRET).")])
def test_a_footnote_sign_raises_the_text_that_carries_it(sign, note):
    text = memo(f"- (U) {PLAIN}.", f"- (U){sign} {SECRET}.", "- (U) The pilot boat is back in service.",
                "__________\n" + note)
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_numbered_heading_is_no_footnote():
    text = ("UNCLASSIFIED\nAnnual review (draft v3)\n\n1. Overview\n" + PLAIN + ".\n\n3. Cooperation "
            "[Comment: this whole section belongs on the high side.]\n" + SECRET + ".\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("words", ["le passage sur le port est classifié CONFIDENTIEL DEFENSE",
                                   "der Abschnitt über den Hafen ist als GEHEIM eingestuft"])
def test_a_foreign_level_after_a_copula(words):
    text = ("UNCLAS PARIS 000555\n\nSIPDIS\n\nSUBJECT: PORT NON-PAPER\n\n1. (U) The ministry passed this text. "
            f"Begin text:\n\n{SECRET}.\n\nNote du service : {words}.\n\nEnd text.\n\n2. (U) Post will follow up.\n")
    assert_withheld(text, SECRET)


def test_a_foreign_stamp_cited_in_quotation_marks():
    text = ("UNCLASSIFIED\nInformal translation\n\nTranslator's note: the original bears the stamp \"Секретно\" on page 2.\n\n"
            f"[Page 1]\n{PLAIN}.\n\n[Page 2]\n{SECRET}.\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("remark", ["Reviewer remarks: Para 2 determined CONFIDENTIAL, reason 1.4(d).",
                                    "Determination (OCA: J. Roe): paras 2 and 3 CONFIDENTIAL, reason 1.4(b). Remainder U."])
def test_a_reviewers_determination_in_words(remark):
    text = (f"From: A. Writer\nSubject: readout\nClassification: UNCLASSIFIED\n\n1. {PLAIN}.\n\n2. {SECRET}.\n\n"
            f"3. The band played at the market.\n\n--\n{remark}\n")
    assert_withheld(text, SECRET)


def test_a_review_table_raises_the_paragraph_its_row_names():
    text = ("CLASSIFICATION REVIEW (working copy)\n\n| Portion | Marked | Determined |\n|---|---|---|\n"
            "| Para 1 | U | U |\n| Para 2 | U | C |\n\nAttached text:\n"
            f"1. (U) {PLAIN}.\n2. (U) {SECRET}.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_ticked_checklist_box():
    text = ("UNCLASSIFIED\n\nPREPUBLICATION CHECKLIST\n[X] Contains classified national security information - Section 2 (S)\n"
            f"[ ] Contains PII\n\nSection 1 (U) Scope\n{PLAIN}.\n\nSection 2 (U) Gaps\n{SECRET}.\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("words", ["The UK colleagues are briefed separately; do not pass it to them.",
                                   "Pieter, dit stuk hieronder is niet voor buitenlandse partners.",
                                   "Bitte nicht für ausländische Partner, nur für amerikanische Augen.",
                                   "Last bullet -- U.S. eyes only!!"])
def test_a_sharing_restriction_in_words_withholds_from_partners(words):
    text = (f"From: A. Writer\nSubject: readout\nClassification: UNCLASSIFIED//SBU\n\n{words}\n\n"
            f"(SBU) {SECRET}.\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("words", ["The content of para 2 is sourced from REF B (SECRET//NOFORN) and carries its classification.",
                                   "Paragraph 2 is drawn from REF A and carries its classification (SECRET)."])
def test_text_drawn_from_a_classified_source(words):
    text = (f"UNCLAS TRIPOLI 000744\n\nSIPDIS\n\nSUBJECT: ELECTIONS\n\nREF: A. TRIPOLI 688 B. STATE 91215\n\n1. (U) {PLAIN}.\n\n"
            f"2. (U) {SECRET}.\n\n3. (U) Note: {words}\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


@pytest.mark.parametrize("words", ["the numbers in bullet 2 below are Tank only.", "the figures in bullet 2 must stay off the low side.",
                                   "keep bullet 2 for the Tank brief only."])
def test_tank_only_and_low_side_handling(words):
    text = f"From: A. Writer\nSubject: prep\nClassification: UNCLASSIFIED\n\nFolks -- {words}\n\n(U) 1. {PLAIN}.\n(U) 2. {SECRET}.\n"
    assert_withheld(text, SECRET)


def test_a_withdrawal_sheet_and_a_pasted_transcription():
    text = ("UNCLASSIFIED\n\nBox 4, Folder 2 -- worksheet\n\nItem 1. (U) Letter of invitation\nItem 2. Memorandum for the record\n\n"
            "WITHDRAWAL SHEET -- Item 2: withdrawn, SECRET (national security).\n\nTranscription (working copy):\n"
            f"Item 1: as above.\nItem 2: {SECRET}.\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)


def test_a_labelling_tools_log():
    text = ("AUDIT EXTRACT\nts=2026-11-30T14:22:40Z user=roe.j action=relabel scope=paragraph:2 from=UNCLASSIFIED "
            f"to=CONFIDENTIAL\n\n--- exported body ---\n1. (U) {PLAIN}.\n\n2. (U) {SECRET}.\n")
    assert_withheld(text, SECRET)


def test_a_foreign_disclosure_denial():
    text = ("FOREIGN DISCLOSURE DECISION\nRequesting country: United Kingdom (GBR)\n\nDecision:\n  Paragraph 1: APPROVED.\n"
            "  Paragraph 2: DENIED -- not releasable to foreign nationals.\n\n--- Document ---\n"
            f"1. (U) {PLAIN}.\n2. (U//FOUO) {SECRET}.\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


def test_a_file_marked_s_nf_pasted_below():
    text = (f"From: A. Writer\nSubject: annex\nClassification: UNCLASSIFIED\n\nI pasted the annex below. Yes, I know the file "
            f"is marked S-NF.\n\nAnnex B\n{SECRET}.\n")
    assert_withheld(text, SECRET)


def test_a_control_that_requires_noforn_stated_alone():
    text = ("UNCLAS SECTION 01 OF 01 AMMAN 001812\nSENSITIVE\nSIPDIS\n\nSUBJECT: CALL\n\n1. (U) " + PLAIN + ".\n\n"
            f"2. (SBU) {SECRET}.\n\n3. (U) COMMENT: The exchange in para 2 is NODIS. END COMMENT.\n")
    assert_withheld(text, SECRET, levels=("usg", "partner", "public"))
    assert PLAIN in versions(text)["usg"]


@pytest.mark.parametrize("line", ["SERVICE: RECLASS1FIED C0NFIDENTIAL ENT1RE TEXT PER ORIGINATOR",
                                  "CORRECTED COPY - MSG UPGRADED T0 S E C R E 7 - TEXT UNCHANGED"])
def test_ocr_digits_in_a_service_line(line):
    text = (f"R 141020Z MAY 91\nFM AMEMBASSY LOME\nTO SECSTATE WASHDC 4417\nBT\nUNCLAS LOME 02231\n{line}\n"
            f"SUBJECT: PORT\n1. {SECRET.upper()}.\n2. CONTINUE TO MONITOR.\nBT\n")
    assert_withheld(text, SECRET.upper())


def test_ocr_digits_in_codes_are_left_as_written():
    text = "UNCLASSIFIED\n\n1. (U) The F16 and the A320 left at 141022Z; C0NFIDENTIAL.\n"
    view = sbu_redact.read(text).view.text
    assert "F16" in view and "A320" in view and "141022Z" in view and "CONFIDENTIAL" in view


def test_a_reproduced_classified_document():
    text = ("UNCLASSIFIED\nInspection extract\n\nReader's note: page 2 of this extract reproduces the classified annex of the "
            f"inspection (SECRET).\n\nPage 1\n{PLAIN}.\n\nPage 2\n{SECRET}.\n")
    assert_withheld(text, SECRET)


def test_fedcon_only_before_a_list():
    text = ("CUI\n\nMEMORANDUM\nSUBJECT: Hubs\n\n1. First list: all staff.\n   - " + PLAIN + ".\n\n"
            "2. Second list -- FEDCON only: no other contractors.\n   - " + SECRET + ".\n\nCUI\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


def test_a_conditional_level_in_parentheses():
    text = memo(f"1. {PLAIN}.", f"2. (Confidential until the closure is announced.) {SECRET}.",
                "3. Property disposal follows the usual process.")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_level_in_words_that_opens_its_text():
    text = ("UNCLAS USNATO 000144\n\nSIPDIS\n\nSUBJECT: AIR POLICING\n\n1. (U) " + PLAIN + ".\n\n"
            f"2. (U) The staff circulated this assessment, classified NATO CONFIDENTIAL: {SECRET}.\n\n3. (U) More in April.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_transcribed_stamp():
    text = ("UNCLAS LOME 2291\n\n[STAMP, RED INK: \"PORTIONS CONTAIN NSI -- SEE PARA 2\"]\n\nSUBJECT: CAMPS\n\n"
            f"1. {PLAIN.upper()}.\n\n2. {SECRET.upper()}.\n")
    assert_withheld(text, SECRET.upper())


@pytest.mark.parametrize("plain", ["The north compound water tank only holds enough for the fire crews.",
                                   "Our request for a second berth was denied, as expected.",
                                   "The contractor should not share it with the press before Monday.",
                                   "Staff may ride the Tank shuttle to the Pentagon."])
def test_words_that_state_nothing(plain):
    text = f"Classification: UNCLASSIFIED\n\n{plain}\n\n{PLAIN}.\n\nClassification: UNCLASSIFIED\n"
    assert PLAIN in versions(text)["usg"]
