"""Readings found by the round-11 adversarial corpus (issue 8): dissemination controls and
handling in words written in new grammar (whom a text may not go to, who may keep it, capital
cities standing for governments, U.S.-only distribution lines, law-enforcement and FOIA
handling notices), each with traps in which the same words limit nothing."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of, released_text


def _memo(line: str) -> str:
    return ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nSUBJECT: (U) Port visit\n\n"
            "(U) The ship arrives on Monday.\n\n"
            f"(U//FOUO) {line} The harbour master expects a protest at the gate.\n\n"
            "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


@pytest.mark.parametrize("line", [
    "Please keep this one among the Americans on the team.",
    "Keep it strictly between U.S. staff for now.",
    "Do not share it with the British or any other coalition officer.",
    "This must not be passed to the Canadians.",
    "They may not be shared with Ottawa while the review is open.",
    "DO NOT SHARE WITH HOST NATION OR COALITION.",
    "Not to be shared with locally employed staff.",
    "Do not discuss this with GBR liaison.",
    "It may not be passed to the Dutch delegation.",
])
def test_whom_a_text_may_not_go_to_makes_it_noforn(line):
    mark = marking_of(sbu_redact.read(_memo(line)), "The harbour master")
    assert "NF" in mark
    assert marking_of(sbu_redact.read(_memo(line)), "The ship arrives") == "(U)"


@pytest.mark.parametrize("line", [
    "Do not share it with the press until Monday.",
    "Please do not pass this to the front office.",
    "Do not share it with Embassy London until the visit is confirmed.",
    "DO NOT SHARE PASSWORDS WITH ANYONE AND CHANGE THEM MONTHLY.",
    "The Americans on the team will keep the minutes.",
    "The vacancy is open to U.S. citizens only.",
    "It may be shared with the press only after Monday.",
    "It may be shared with the harbour pilot only.",
    "The delegation flew from London to Ottawa and on to Canberra.",
    "The British and Canadian ships will not be shown on the chart.",
])
def test_the_same_words_that_keep_no_one_foreign_out_limit_nothing(line):
    assert marking_of(sbu_redact.read(_memo(line)), "The harbour master") == "(U//FOUO)"


@pytest.mark.parametrize("caption", ["AMERICAN EYES ONLY", "USA EYES ONLY", "United States eyes only",
                                     "HANDLING: U.S. GOV'T ONLY", "DISTRIBUTION: U.S. direct-hire staff only.",
                                     "USG ONLY", "Caveat: US Government personnel only"])
def test_a_us_only_line_is_noforn(caption):
    text = _memo("Background.").replace("SUBJECT:", f"{caption}\n\nSUBJECT:")
    assert "NF" in marking_of(sbu_redact.read(text), "The harbour master")


@pytest.mark.parametrize("line, trigraphs", [
    ("The following may be passed to our Canadian and Australian counterparts only:", ("AUS", "CAN")),
    ("It can be shared with Dutch and Danish liaison only.", ("DNK", "NLD")),
])
def test_a_releasability_sentence_with_a_verb_gives_the_list(line, trigraphs):
    mark = marking_of(sbu_redact.read(_memo(line)), "The harbour master")
    assert "REL TO USA, " + ", ".join(trigraphs) in mark and "GBR" not in mark


_UNMARKED = ("UNCLASSIFIED\n\nDEPARTMENT OF DEFENSE\nOFFICE OF THE UNDER SECRETARY\n\n{line}\n\n"
             "MEMORANDUM FOR THE DEPUTY ASSISTANT SECRETARY\nSUBJECT: Options\n\n"
             "The working group recommends option B for the drawdown.\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("line, designation", [
    ("This document contains information exempt from mandatory disclosure under the FOIA. Exemptions 5 and 6 "
     "apply.", "FOUO"),
    ("This memo may contain information exempt from public release under the Freedom of Information Act.",
     "FOUO"),
    ("Handling: this memo contains information that could compromise an ongoing investigation. Do not release "
     "it outside law enforcement channels.", "LES"),
    ("FOR LAW ENFORCEMENT USE ONLY", "LES"),
])
def test_handling_in_words_is_withheld_at_public_and_kept_at_usg(policy, line, designation):
    doc = sbu_redact.read(_UNMARKED.format(line=line))
    assert designation in doc.classification.banner()
    assert "recommends option B" not in released_text(doc, policy, "public")
    assert "recommends option B" in released_text(doc, policy, "usg")


@pytest.mark.parametrize("line", [
    "The withheld material is exempt from mandatory disclosure under the FOIA, 5 U.S.C. 552(b)(5).",
    "The inspector found that evidence was handled outside law enforcement channels in 2019.",
    "Requesters may appeal; records exempt from public release under the Freedom of Information Act are listed.",
])
def test_the_handling_words_in_prose_state_nothing(policy, line):
    doc = sbu_redact.read(_UNMARKED.format(line=line))
    assert "recommends option B" in released_text(doc, policy, "public")


@pytest.mark.parametrize("line", ["Do not share it with the British liaison officers at the range.",
                                  "Releasable to USA, GBR only."])
def test_a_control_in_words_gives_no_level_to_text_no_banner_marks(policy, line):
    """A dissemination control stated in words says whom a text may go to, not how classified it
    is: in a document with no banner or classification line its unmarked text stays unmarked
    (withheld everywhere), never UNCLASSIFIED with the control."""
    doc = sbu_redact.read(f"VISIT REQUEST\n\n1. Purpose: observation.\n\n2. Remarks:\nThe officers will see the "
                          f"jammer settings. {line}\n")
    assert "jammer settings" not in released_text(doc, policy, "usg")


_WORKBOOK = ("UNCLASSIFIED\nWorkbook: tracker.xlsx\n\n{rule} Sheet 1: Schedule (U) {rule}\nDate,Event\n02-Dec,Donor "
             "meeting\n\n{rule} Sheet 2: {name} {rule}\nCode,Reporting\nSH-07,The minister plans to expel the "
             "mission\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("rule, name, mark", [("===", "Sources (S//NF)", "(S//NF)"), ("---", "Sources (C)", "(C)"),
                                              ("***", "Contacts (S//REL TO USA, GBR)", "(S//REL TO USA, GBR)")])
def test_a_mark_in_a_divider_marks_the_rows_under_it(rule, name, mark):
    doc = sbu_redact.read(_WORKBOOK.format(rule=rule, name=name))
    assert marking_of(doc, "SH-07,The minister") == mark
    assert marking_of(doc, "02-Dec,Donor") == "(U)"


@pytest.mark.parametrize("name", ["Sources", "Sources (U)", "Notes (see tab 3)", "Sources (FY26)", "Contact(s)",
                                  "Clips (C) 2026 Reuters", "Clips (c)"])
def test_a_divider_without_a_mark_marks_nothing(name):
    doc = sbu_redact.read(_WORKBOOK.format(rule="===", name=name))
    assert marking_of(doc, "SH-07,The minister") == "(U)"


def test_a_legend_with_an_equals_sign_is_still_a_mention():
    doc = sbu_redact.read("UNCLASSIFIED\n\n(U) Marking legend for the course:\nS//NF = SECRET//NOFORN\n\n"
                          "(U) The course starts Monday.\n\nUNCLASSIFIED\n")
    assert marking_of(doc, "The course starts") == "(U)"
    assert not any(p.code == "MARKING_IN_TEXT" for p in doc.problems)


def test_a_pasted_file_s_classification_marks_its_section_not_the_cover_text():
    doc = sbu_redact.read("From: Desk\nSubject: notes\nAttachments: readout_talks_S-NF.docx\nClassification: "
                          "UNCLASSIFIED\n\nMorning - attached, and pasted below.\n\n--- readout_talks_S-NF.docx ---\n"
                          "The delegation accepted the list.\n--- end ---\n\nCal\n\nClassification: UNCLASSIFIED\n")
    assert marking_of(doc, "The delegation accepted") == "(S//NF)"
    assert marking_of(doc, "Morning - attached").startswith("(U")
    assert marking_of(doc, "Cal").startswith("(U")


def test_a_file_s_classification_without_its_pasted_section_still_raises_the_unmarked_text():
    doc = sbu_redact.read("From: Desk\nSubject: notes\nAttachments: readout_talks_S-NF.docx\nClassification: "
                          "UNCLASSIFIED\n\nThe delegation accepted the list.\n\nClassification: UNCLASSIFIED\n")
    assert marking_of(doc, "The delegation accepted").startswith("(S")


_COMPILATION = ("CONFIDENTIAL\n\nMEMORANDUM FOR RECORD\nSUBJECT: (U) Visits\n\n1. (U) Background.\n\n"
                "2. (U) Each entry in paragraph {n} is unclassified alone. In combination the entries must be "
                "protected at the CONFIDENTIAL level.\n\n3. (U) Planned visits:\n   a. (U) Castries, 2 December\n"
                "   b. (U) Kingstown, 6 December\n\n4. (U) Contacts:\n   a. (U) The duty officer\n\n"
                "Classified By: District Commander\n\nCONFIDENTIAL\n")


def test_a_statement_naming_a_paragraph_governs_its_lettered_items():
    doc = sbu_redact.read(_COMPILATION.format(n=3))
    assert marking_of(doc, "Kingstown") == "(C)" and marking_of(doc, "Castries") == "(C)"
    assert marking_of(doc, "The duty officer") == "(U)"  # paragraph 4's item is not paragraph 3's


def _sitrep(banner: str, title: str, line: str) -> str:
    return (f"{banner}\n\nUSAID/BHA - PHILIPPINES - {title}\nSITUATION REPORT #3\n\nKEY POINTS\n- {line}\n\n"
            "(U) More than 41,000 people are in evacuation centres.\n\n"
            f"(U//FOUO) The DART is lodged at the airport hotel.\n\n{banner}\n")


@pytest.mark.parametrize("title, line", [
    ("TROPICAL STORM (TS) MARA", "(TS) Mara is expected to weaken by Sunday."),
    ("Technical Services (TS) Branch visit", "(TS) Branch staff will arrive on Monday."),
])
def test_a_mark_the_document_defines_as_an_abbreviation_is_no_mark(title, line):
    doc = sbu_redact.read(_sitrep("UNCLASSIFIED", title, line))
    assert marking_of(doc, line[5:20]).startswith("(U")
    assert any(p.code == "ABBREVIATION_NOT_MARK" for p in doc.problems)


@pytest.mark.parametrize("banner, title, line", [
    ("UNCLASSIFIED", "TYPHOON RAI", "(TS) Mara is expected to weaken by Sunday."),         # nothing defines TS
    ("UNCLASSIFIED", "TROPICAL STORM (TS) MARA", "(TS) The liaison named the agent."),  # another word follows
    ("TOP SECRET", "TROPICAL STORM (TS) MARA", "(TS) Mara is expected to weaken by Sunday."),  # a TS banner
    ("UNCLASSIFIED", "TOP SECRET (TS) MARA", "(TS) Mara is expected to weaken by Sunday."),  # TS's own words
])
def test_letters_not_defined_for_that_use_stay_a_mark(banner, title, line):
    doc = sbu_redact.read(_sitrep(banner, title, line))
    assert marking_of(doc, line[5:20]) in ("(TS)", "doubtful")


def test_a_divider_that_heads_no_new_section_does_not_end_the_marked_one():
    doc = sbu_redact.read("From: Desk\nSubject: notes\nClassification: UNCLASSIFIED\n\nMorning - pasted below.\n\n"
                          "--- readout_talks_S-NF.docx ---\nThe delegation accepted the list.\n--- page 2 ---\n"
                          "The wing will reject the deal.\n--- end ---\n\nCal\n")
    assert marking_of(doc, "The wing will reject") == "(S//NF)"
    assert marking_of(doc, "Cal").startswith("(U")
