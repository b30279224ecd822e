"""The classes of leak that rounds 44-45's first runs found (tests/corpus/adversarial44/FIRST_RUN.md,
45/): variants of rounds 38-43's fixed classes, and personal notes. On documents written for this
test: labelled marks inside a line in more forms; "FOR (U) IN PARAGRAPH 3 READ (C)"; "should've been
marked"; "handle the next two lines as Secret"; regrading and upgrading in words; "The next sentence
is Secret."; a caption mark before an ellipsis; "pls treat item 3 as (C)"; a mark at a paragraph's
end before its full stop; NOFORN in Portuguese and a scrawled "no Brits!"; a mark right after a
closing quotation mark; a CSV errata row naming a row by number; a transcriber's note of a
handwritten level or control; a calendar line's weekday and time before its mark; log fields after
semicolons, tabs or em dashes."""
import pytest

from released import assert_withheld, versions


@pytest.mark.parametrize("label", ["[COMMENT] (C):", "Embassy comment (c) --", "Text of AMMAN 4410 [S]:"])
def test_labelled_marks_inside_a_line(label):
    secret = "the deputy said the list was drawn up to exclude the consortium"
    text = f"CONFIDENTIAL\nSUBJECT: BIDS\n\n1. (U) Bids open in September. {label} {secret}. END.\n\nCONFIDENTIAL\n"
    assert_withheld(text, secret)


def test_item_letters_and_office_symbols_are_no_labelled_marks():
    text = "UNCLASSIFIED\nSUBJECT: CLEARANCE\n\n1. (U) See note (c): the Counselor (C) cleared it.\n\nUNCLASSIFIED\n"
    assert "See note (c): the Counselor" in versions(text)["public"]


@pytest.mark.parametrize("statement, secret", [
    ("4. (U) CORRECTION: FOR (U) IN PARAGRAPH 3 READ (C).", "THE CHAIR SAID STATE HOUSE HAS FROZEN HALF"),
    ("4. (U) Correction: paragraph 3 should've been marked Confidential.", "THE CHAIR SAID STATE HOUSE HAS FROZEN HALF"),
])
def test_corrections_of_a_paragraph_in_more_words(statement, secret):
    text = (f"UNCLASSIFIED\nSUBJECT: FUNDS\n\n1. (U) THE BUDGET PASSED.\n\n2. (U) THE MINISTER SPOKE.\n\n3. (U) {secret}.\n\n"
            f"{statement}\n\nUNCLASSIFIED\n")
    assert_withheld(text, secret)


@pytest.mark.parametrize("line, secret", [
    ("Please handle the next two lines as Secret -- wrong system:\n", "the service has a source inside the cell"),
    ("REGRADED SECRET//NOFORN BY ORIGINATOR -- DESTROY PREVIOUS COPY\n", "the service has a source inside the cell"),
    ("Dave -- upgrading this thread to Confidential given your note.\n", "the service has a source inside the cell"),
])
def test_levels_stated_in_more_words(line, secret):
    text = f"Classification: UNCLASSIFIED\n\nThe meeting moves to 2 pm.\n\n{line}{secret}\nand the raid is planned.\n"
    assert_withheld(text, secret)


def test_the_next_sentence_is_secret_inside_a_marked_answer():
    secret = "Two observers were detained for a day by a unit that has foreign officers."
    text = (f"UNCLASSIFIED\nQuestion 14: What is the status?\n\nAnswer: (U) The mission has deployed. "
            f"The next sentence is Secret. {secret} (U) We will brief further.\n\nUNCLASSIFIED\n")
    assert_withheld(text, secret)


def test_a_caption_mark_before_an_ellipsis_and_treat_item_n_as_a_mark():
    quoted = "THE PRIME MINISTER WILL SEEK A SIX-MONTH DELAY"
    text = f"CONFIDENTIAL\nSUBJECT: LINES\n\n2. (U) POSTS SHOULD NOT USE THE LINE FROM BAGHDAD 2211 (SECRET)...\n{quoted}.\n\nCONFIDENTIAL\n"
    assert_withheld(text, quoted)
    item = "Bangkok reports the army chief will not accept the result"
    notes = (f"UNCLASSIFIED\nStaff meeting\n1. Staffing: two vacancies.\n2. Travel: confirmed.\n3. {item}.\n"
             "4. Next meeting Thursday.\npls treat item 3 as (C) -- it came off the high side.\n")
    assert_withheld(notes, item)


def test_a_mark_before_the_paragraphs_full_stop():
    secret = "the transport minister told the Ambassador that the tender was rigged"
    text = f"SENSITIVE BUT UNCLASSIFIED\nSUBJECT: PORT\n\n1. (U) The port deal was signed.\n\n2. Also, {secret}\u00a0(C).\n\nSENSITIVE BUT UNCLASSIFIED\n"
    assert_withheld(text, secret)


def test_an_example_mark_ending_a_sentence_is_no_mark():
    text = "UNCLASSIFIED\n\n(U) NOFORN is written out in older documents; the portion form is NF, as in (S//NF).\n\nUNCLASSIFIED\n"
    assert "the portion form is NF" in versions(text)["usg"]


@pytest.mark.parametrize("caveat", ["Nao compartilhar com governos estrangeiros.",
                                    '[Scrawled in red across the printout: "no Brits! -- PK"]',
                                    "These figures are for the Americans -- do not hand them to the coalition delegations."])
def test_noforn_in_portuguese_scrawled_or_handed(caveat):
    item = "the plan adds four river bases and a new intelligence cell"
    text = f"SENSITIVE BUT UNCLASSIFIED\nSUBJECT: PLAN\n\n{caveat}\n\n1. (SBU) Also, {item}.\n\nSENSITIVE BUT UNCLASSIFIED\n"
    assert_withheld(text, item, ("partner", "public"))


def test_a_mark_right_after_a_closing_quotation_mark():
    secret = "the task force will stage from the airfield at the bay"
    text = (f"UNCLASSIFIED\nSubject: referral\n\n(U) Please review the footnote.\n\n"
            f"\u00b9 The paragraph at issue reads \"{secret}\" (S). Please coordinate.\n\nUNCLASSIFIED\n")
    assert_withheld(text, secret)


def test_a_csv_errata_row_names_a_row_by_number():
    secret = "Mediator says the rebel commander will accept a federal region"
    text = (f'ID,Class,Summary\n1,U,"Talks resume on Monday"\n2,U,"{secret}"\n3,U,"Envoy schedules a briefing"\n'
            'ERRATA,,"Row 2 classification should read SECRET, not U -- fix before circulating"\n')
    assert_withheld(text, secret)


@pytest.mark.parametrize("note, levels", [
    ('[handwritten, top margin: "NF - see para 3" with an arrow to para 3]', ("partner", "public")),
    ('   [handwritten beside para 3, red ink: "this is actually C - do NOT post"]', ("usg", "partner", "public")),
])
def test_a_transcribed_handwritten_level_or_control(note, levels):
    item = "RAISE OUR CONCERN ABOUT THE DETENTION OF THE LAWYER QUIETLY"
    text = f"UNCLASSIFIED\nTALKING POINTS\n\n1. THANK THE MINISTER.\n2. WELCOME THE OFFICE.\n3. {item}.\n{note}\n4. INVITE HIM.\n\nUNCLASSIFIED\n"
    assert_withheld(text, item, levels)


@pytest.mark.parametrize("line", ["Tue 1500  (SBU) {x}", "11.04; DW; (S) {x}", "11.04\t0930\tDW\t(S) {x}", "Tues \u2014 JRK \u2014 (S) {x}"])
def test_entry_leads_before_a_mark(line):
    secret = "Drop the two diplomatic passports at the courier office"
    text = "UNCLASSIFIED\nCALENDAR\n" + "Mon 0900  Staff meeting\n" + line.format(x=secret) + "\nUNCLASSIFIED\n"
    assert_withheld(text, secret, ("public",))
