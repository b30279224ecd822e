"""The classes of the first runs of rounds 60-61 (tests/corpus/adversarial60/FIRST_RUN.md, 61), fixed
by class, on documents written for this test: a labelling tool's record `scope=para:4 ... new=(C)`;
a file name's `(S-REL FVEY)`; a German sticky note "nur fuer US-Personal"; "reproduces verbatim the
key judgments of the SECRET estimate"; "come from a SECRET cable"; "carries its SECRET//NOFORN
classification"; "PDB material only"; "copied from a message marked NATO SECRET"; a CUI privacy
portion at the partner level; lines after a paragraph separator (U+2029) that open in lower case.
And what must stay released beside them."""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master admitted that the customs scanners were switched off for a week"
PLAIN = "The new ferry timetable starts on Monday"


def test_a_labelling_tools_record_names_its_paragraph_on_its_own_line():
    text = ("Label audit -- export\n"
            "2021-03-01T10:00:00Z user=abc event=PortionMarked scope=para:1-4 label=(U)\n"
            "2021-03-02T11:00:00Z user=def event=LabelChanged scope=para:4 old=(U) new=(C) reason=\"1.4(b)\"\n"
            "----\nUNCLASSIFIED\nMEMO\n"
            f"1. (U) {PLAIN}.\n2. (U) The fee schedule is unchanged.\n3. (U) The roundtable is on July 9.\n"
            f"4. (U) {SECRET}.\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]  # the record above names paragraphs 1-4 as (U): not raised


def test_a_file_names_mark_with_a_release_list():
    text = ("From: A. Writer\nSubject: notes\n\nUNCLASSIFIED\n\nThe scanner dropped the attachment, so it is typed below.\n\n"
            f"Typed from Brief_(C-REL FVEY).pdf:\n{SECRET}.\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("note", ['"Letzter Absatz nur fuer US-Personal -- K."',
                                  '"Bitte nicht an die Partnerbehoerden weitergeben."'])
def test_a_german_release_restriction(note):
    text = (f"SENSITIVE BUT UNCLASSIFIED\nMEMO\n(SBU) {PLAIN}.\n(SBU) {SECRET}.\n"
            f"[Post-it, on page 1, transcribed: {note}]\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("words", [
    "Annex 2 reproduces verbatim the key judgments of the SECRET national estimate; handle it accordingly.",
    "The figures in the annex come from a SECRET embassy cable and carry its classification.",
])
def test_text_taken_from_a_classified_source_in_words(words):
    text = f"UNCLASSIFIED\nWorking paper\nPreface: {words}\n\nAnnex 2\n{SECRET}.\n"
    assert_withheld(text, SECRET)


def test_a_paragraph_carries_its_sources_level_written_before_the_word():
    text = ("UNCLASSIFIED\nINFORMATION MEMO\nREFS: A. STATE 1 B. INR 22-1 (SECRET//NOFORN)\n"
            f"1. (U) {PLAIN}.\n2. (U) {SECRET}.\n"
            "Note: paragraph 2 paraphrases REF B and carries its SECRET//NOFORN classification.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


@pytest.mark.parametrize("words", ["The lines below are PDB material only -- keep them out of the book:",
                                   "Gang of Eight only, please:"])
def test_jargon_for_classified_channels(words):
    text = f"From: A. Writer\nSubject: inputs\nUNCLASSIFIED\n\n{PLAIN}.\n{words}\n{SECRET}.\n"
    assert_withheld(text, SECRET)


def test_a_source_marked_with_an_alliance_level():
    text = (f"UNCLASSIFIED\nMEMO FOR J3\n1. (U) {PLAIN}.\n2. (U) {SECRET}.\n"
            "Source note: para 2 is copied from a BICES message marked NATO SECRET.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_cui_privacy_is_not_given_to_a_partner():
    text = f"CUI//SP-PRVCY\nMEMO\n(U) {PLAIN}.\n(CUI//SP-PRVCY) {SECRET}.\n"
    out = versions(text, ("usg", "partner", "public"))
    assert SECRET not in out["partner"] and SECRET not in out["public"]
    assert SECRET in out["usg"] and PLAIN in out["partner"]


def test_a_lower_case_line_after_a_paragraph_separator_is_a_portion_of_its_own():
    text = ("SECRET//NOFORN\u2029GEOINT REPORT\u2029(U) Imagery covered both basins.\u2029"
            f"{SECRET[0].lower() + SECRET[1:]}.\u2029(U) {PLAIN}.\u2029SECRET//NOFORN\u2029")
    assert_withheld(text, SECRET[1:])
    assert PLAIN in versions(text)["usg"]


# rounds 62-63


def test_an_xml_labelling_log_names_its_portion():
    text = ('<LabelAudit tool="X">\n  <Event action="Create" label="UNCLASSIFIED"/>\n'
            '  <Event action="PortionRelabel" portion="2" from="U" to="S" justification="OCA review"/>\n</LabelAudit>\n'
            f"--- exported text ---\nUNCLASSIFIED\nMEMO\n1. (U) {PLAIN}.\n2. (U) {SECRET}.\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


@pytest.mark.parametrize("record", ["| Paragraph 2 | UNCLASSIFIED -> CONFIDENTIAL | DCM |",
                                    "  para_2: retain CONFIDENTIAL, exemption (b)(1)"])
def test_a_record_line_names_its_paragraph(record):
    text = (f"Classification history\n| Paragraph 1 | created UNCLASSIFIED | system |\n{record}\n\nRecord text\n"
            f"1. (U) {PLAIN}.\n2. (U) {SECRET}.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_review_worksheets_on_review_column():
    text = ("CLASSIFICATION REVIEW WORKSHEET\n| Portion | As marked | On review | Note |\n| Para 1 | (U) | (U) | |\n"
            f"| Para 2 | (U) | (S//NF) | from a DIA product |\n\nMemo text:\n1. (U) {PLAIN}.\n2. (U) {SECRET}.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_an_authority_line_names_its_paragraphs():
    text = (f"UNCLASSIFIED\nMEMO\n1. (U) {PLAIN}.\n2. (U) {SECRET}.\n"
            "Classified by: R. Oduya, Director. Reason: 1.4(c). Applies to paragraph 2 (SECRET).\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


@pytest.mark.parametrize("words", [
    "Margin note beside para 2: \"Endast för amerikansk personal -- ej till partnerländer.\"",
    "The FDO says the notes below can't go to the coalition partners.",
    "USDH eyes only, please do not print the next paragraph for the FSN workroom:",
])
def test_release_restrictions_in_other_words(words):
    text = f"SBU\nMEMO\n(SBU) {PLAIN}.\n{words}\n(SBU) {SECRET}.\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))


def test_federal_staff_only():
    text = (f"CUI\nFrom: A. Writer\nSubject: migration\n{PLAIN}.\nFederal staff only, please do not forward the "
            f"next paragraph to the support contractor team:\n{SECRET}.\nCUI\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))


def test_figures_saved_for_the_closed_session():
    text = (f"UNCLASSIFIED\nMEMORANDUM\n1. (U) {PLAIN}.\n2. (U) {SECRET}. Save these figures for the closed "
            "session in the SCIF; do not use them in the open hearing.\n")
    assert_withheld(text, SECRET)


def test_exclusive_distribution_spelled_out_for_bullets_above():
    text = (f"LIMITED OFFICIAL USE PORTALBA 001187\nSUBJECT: BANK\n1. LIMITED OFFICIAL USE - ENTIRE TEXT.\n"
            f"2. KEY POINTS:\n-- {PLAIN.upper()};\n-- {SECRET.upper()}.\n"
            "3. PLEASE HANDLE THE LAST BULLET ABOVE AS EXCLUSIVE DISTRIBUTION.\n")
    assert_withheld(text, SECRET.upper(), levels=("partner", "public"))


def test_a_roman_numbered_endnote_in_a_block_of_notes():
    text = (f"UNCLASSIFIED\nStaff study (extract)\n3. Port. {PLAIN}.\n4. Rail. {SECRET}.(vii)\n5. Outlook. Winter cuts barge traffic.\n"
            "Notes\n"
            "(vi) Port authority bulletin, November.\n(vii) The figures in section 4 are taken from a CONFIDENTIAL "
            "embassy cable.\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_nested_reply_quotation_is_another_message():
    text = ("From: A\nTo: B\nSubject: Re: Re: observers\nClassification: CONFIDENTIAL\n\n(U) Fine by me.\n\n"
            f"On Wed, B wrote:\n> (U) {PLAIN}?\n>\n> On Tue, A wrote:\n>> {SECRET} on election\n>> night, he said.\n\n"
            "Classification: CONFIDENTIAL\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


# round 64


def test_an_audit_trails_indexed_portion_attribute():
    text = ("AUDIT TRAIL\nevent   user   attribute_list\ndm_setattr  jn  banner_marking: UNCLASSIFIED -> CONFIDENTIAL\n"
            "dm_setattr  jn  portion_marking[2]: U -> C\n\nRENDITION (text, cached)\n\n"
            f"(U) {PLAIN}.\n\n(U) {SECRET}.\n\n(U) Both sides will issue a statement.\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("note", ['"par. 2 alleen voor Amerikaans personeel -- niet delen met partnerdiensten."',
                                  '"ostatni akapit tylko dla personelu USA -- nie przekazywać partnerom."'])
def test_dutch_and_polish_us_only_notes(note):
    text = f"SENSITIVE BUT UNCLASSIFIED\nMEMO\n1. (U) {PLAIN}.\n2. (SBU) {SECRET}.\n[Post-it, transcribed: {note}]\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("note", [
    "Note: The second paragraph restates the finding of the SECRET//NOFORN assessment at Tab 2.",
    "FYI my second paragraph is basically a summary of the S cable from Muscat, so mark it up.",
])
def test_text_said_to_restate_a_classified_source(note):
    text = f"From: A\nSubject: notes\nClassification: UNCLASSIFIED\n\n{PLAIN}.\n\n{SECRET}.\n\n{note}\n"
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("words", ["We will say this only in the bubble on Tuesday, not at Country Team.",
                                   "Keep these for the Tank, they do not go in the hearing book."])
def test_classified_venues_in_slang(words):
    text = f"From: A\nSubject: agenda\nClassification: UNCLASSIFIED\n\n{PLAIN}.\n\n{SECRET}. {words}\n"
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("line", ["6. NOTE: PARA 4 DRAWS ON REF B (CONFIDENTIAL) AND IS CLASSIFIED ACCORDINGLY.",
                                  "6. CLASSIFIED BY: AMBASSADOR K. SIMS, REASONS 1.4(B) AND (D) -- PARA 4 ONLY, SECRET.",
                                  "APPLIES TO: PARAGRAPH 4 ONLY (CONFIDENTIAL)"])
def test_a_closing_line_names_its_paragraph_and_level(line):
    text = (f"UNCLAS VALLETTA 000412\nSUBJECT: COAST GUARD\nREF: A) VALLETTA 388 B) VALLETTA 401\n1. (U) {PLAIN.upper()}.\n"
            f"4. (U) {SECRET.upper()}.\n5. (U) POST WILL REPORT AGAIN.\n{line}\n")
    assert_withheld(text, SECRET.upper())
    assert PLAIN.upper() in versions(text)["usg"]


def test_a_review_grid_with_a_decision_column():
    text = ("CLASSIFICATION CHALLENGE -- RESULT\nITEM   ORIGINAL   DECISION    AUTHORITY\na      U          U           --\n"
            f"b      U          SECRET      OCA J2, 1.4(c)\n\nTalking points:\na. (U) {PLAIN}.\nb. (U) {SECRET}.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_markdown_review_table_names_paragraphs_by_number_alone():
    text = ("## Review worksheet\n| Para | As marked | Reviewer determination |\n|---|---|---|\n| 1 | (U) | (U) |\n"
            f"| 2 | (U) | (C) |\n\nMemo text:\n1. (U) {PLAIN}.\n2. (U) {SECRET}.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


def test_a_json_decision_names_its_key():
    text = ('{"case": "MDR-1", "decision": {"para_1": "release", "para_2": "retain SECRET, 1.4(c)"}}\n\n'
            f"Working copy:\n1. (U) {PLAIN}.\n2. (U) {SECRET}.\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


# round 66


@pytest.mark.parametrize("record", [
    '{"event":"PortionLabelChanged","portion":2,"old":"U","new":"S//NF","user":"cv"}',
    '<item para="2" decision="withhold" exemption="b1" classification="CONFIDENTIAL"/>',
    '2 = { decision = "retain", classification = "CONFIDENTIAL" }',
    "[Notice]\nScope=Paragraph 2 only\nNewMarking=SECRET",
    "+ Paragraph 2 marking: (C//NF)",
])
def test_review_and_labelling_records_in_other_formats(record):
    text = f"{record}\n\nWORKING COPY\n(U) 1. {PLAIN}.\n(U) 2. {SECRET}.\n(U) 3. The fair had three hundred guests.\n"
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("words", ["Everything can go except para 2, which stays S on review (1.4(c)).",
                                   "The panel upholds the classification of paragraph 2 at SECRET.",
                                   "Classified By: M. Ferrante, Reason 1.4(b), for paragraph 2 (CONFIDENTIAL)"])
def test_a_review_or_authority_sentence_names_its_paragraph(words):
    text = f"{words}\n\n----- draft -----\n(U) 1. {PLAIN}.\n(U) 2. {SECRET}.\n"
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("note", [
    "(U) NOTE: Enclosure 2, after this page, is a retyped copy of SECRET cable 26 HARL 882.",
    "Speaker note: the next slide is lifted straight from the NCMI product (S//NF).",
    "Note: the next paragraph condenses the SECRET DIA study at Tab B.",
])
def test_copies_and_condensations_of_classified_sources(note):
    text = f"UNCLASSIFIED\nREAD-AHEAD\n(U) {PLAIN}.\n{note}\n\nENCLOSURE 2\n{SECRET}.\n"
    assert_withheld(text, SECRET)


def test_a_bracketed_source_number_after_a_space():
    text = (f"UNCLASSIFIED\nBrief\n\n(U) Overview. {PLAIN}.\n(U) Financing [3]. {SECRET}.\n\nSources\n"
            "[1] UN report (U)\n[2] Embassy reporting (U)\n[3] Agency article -- SECRET//NOFORN; the financing "
            "paragraph is drawn from it\n")
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]


@pytest.mark.parametrize("note", ["Notă: paragraful următor este doar pentru personalul american.",
                                  "Megjegyzés: a következő bekezdés csak amerikai személyzetnek.",
                                  "Nota: o parágrafo seguinte é apenas para pessoal americano.",
                                  "American officers only -- keep this off the LES shared drive:",
                                  "Please handle the next paragraph with no distribution beyond the addressees."])
def test_us_only_notes_in_other_languages_and_words(note):
    text = f"SBU\nMEMO\n(SBU) {PLAIN}.\n(SBU) {note}\n(SBU) {SECRET}.\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))


@pytest.mark.parametrize("words", ["This paragraph is for government employees only and must not go to the SETA contractors.",
                                   "Civil servants only, no contractor access."])
def test_federal_only_in_other_words(words):
    text = f"CUI\nMEMO\n(U) {PLAIN}.\n(CUI) {words} {SECRET}.\n"
    assert_withheld(text, SECRET, levels=("partner", "public"))
