"""The classes of round 47's first run left as strict known leaks at the end of the session that
wrote it (tests/corpus/adversarial47/FIRST_RUN.md), fixed by class the next session. On documents
written for this test: a thread or message raised in words ("escalating this thread to C", "this
chain is now SECRET//NOFORN", "Raising the classification of this e-mail to Secret"); an OCR'd
regrade with a split level word; "paragraph three was mismarked; it is C"; an errata row of a CSV
log naming a row by a number in words, a weekday or a date in a later column; a transcribed
handwritten or sticky note in braces or with "conf."; a weekday and a time before a cell's mark.
And what must stay released: the same words where they state nothing."""
import pytest

import sbu_redact
from released import assert_withheld, versions

SECRET = "The harbour master admitted that the customs scanners were switched off for a week"


@pytest.mark.parametrize("statement", ["escalating this thread to C from here on",
                                       "Escalating this e-mail to S//NF, sorry all",
                                       "FYI this thread is now CONFIDENTIAL, reply on the high side",
                                       "this chain is now secret -- reply high side only",
                                       "Raising the classification of this message to Confidential.",
                                       "bumping this thread up to S"])
def test_a_message_raised_in_words(statement):
    text = (f"From: A. Writer\nSent: Tue 5/4/2010 10:02\nTo: desk\nSubject: RE: port\nClassification: UNCLASSIFIED\n\n"
            f"{statement}\n\nOne more thing. {SECRET}.\n\nClassification: UNCLASSIFIED\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("plain", ["We are escalating this issue to S for a decision this week.",
                                   "This thread is now closed; thanks all.",
                                   "The ministry raised the fee to C$40 per page."])
def test_words_that_raise_nothing(plain):
    text = f"Classification: UNCLASSIFIED\n\n{plain}\n\nThe new ferry timetable starts on Monday.\n\nClassification: UNCLASSIFIED\n"
    assert "ferry timetable starts on Monday" in versions(text)["usg"]


def test_an_ocr_regrade_with_a_split_level_word():
    text = ("UNCLAS\nR 120900Z MAR 84\nFM AMEMBASSY LOME\nTO SECSTATE WASHDC\nTHIS CABLE REGRADED SEC RET BY ORIGINATOR\n"
            "UNCLAS\nSUBJECT: PORT\n\n1. " + SECRET.upper() + ".\n\n2. CONTINUE TO MONITOR.\n")
    assert_withheld(text, SECRET.upper())


@pytest.mark.parametrize("note", ["Note: paragraph two was mismarked; it is C.",
                                  "Note: para two was mismarked -- it's S."])
def test_a_mismarked_paragraph_named_in_words(note):
    text = (f"CONFIDENTIAL\nSUBJECT: ROUNDUP\n\n1. (U) The bridge tender opened.\n\n2. (U) {SECRET}.\n\n"
            f"3. (U) {note}\n\nCONFIDENTIAL\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("errata", ['"errata: the Thursday entry should be SECRET"', '"correction: 2015-06-11 line is (C)"',
                                    '"Row two classification should read SECRET"'])
def test_an_errata_row_naming_a_row_another_way(errata):
    text = ("Classification: UNCLASSIFIED\nid,date,day,post,summary,class\n"
            '1,2015-06-10,Wednesday,Lome,"The port opened a new berth",U\n'
            f'2,2015-06-11,Thursday,Accra,"{SECRET}",U\n'
            '3,2015-06-12,Friday,Accra,"Routine courier run",U\n'
            f"4,,,,{errata},U\n")
    assert_withheld(text, SECRET)
    assert "The port opened a new berth" in versions(text)["usg"]


def test_a_weekday_entry_named_in_a_document_without_rows_still_raises_its_paragraph():
    # "the Tuesday entry" names a table row; in a document without rows, "paragraph 2" is what it names
    text = (f"UNCLASSIFIED\nSUBJECT: LOG\n\n1. (U) Routine week.\n\n2. (U) {SECRET}.\n\n"
            "3. (U) Correction: the Tuesday entry in paragraph 2 should be SECRET.\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("note", ['{handwritten beside para 2: \u201creally NF\u201d}', '[sticky note on para 2: "conf. - do not post"]',
                                  "[post-it on para 2: 'actually C']"])
def test_a_transcribed_note_in_braces_or_with_conf(note):
    text = (f"UNCLASSIFIED\n\nTALKING POINTS\n\n1. Students returned from a summer program.\n2. {SECRET}.\n"
            f"   {note}\n3. The tender for two bridges opened.\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET, ("partner", "public") if "NF" in note else ("usg", "public"))


def test_a_weekday_and_time_before_a_cells_mark():
    text = ('Classification: UNCLASSIFIED\ndate,time,entry\n2019-03-05,Tue 1400,"The school vaccination campaign began"\n'
            f'2019-03-07,Thu 1100,"Thu 1500 (C) {SECRET}"\n')
    assert_withheld(text, SECRET)


def test_the_reading_names_what_it_saw():
    doc = sbu_redact.read("Classification: UNCLASSIFIED\n\nescalating this thread to C from here on\n\n" + SECRET + ".\n")
    assert any("escalating this thread to C" in p.message for p in doc.problems)
