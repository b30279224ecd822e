"""The classes of leak that round 16's first run found (tests/corpus/adversarial16/FIRST_RUN.md),
each on documents written for this test: an unmarked block under a spaced classification line
whose paragraphs are marked but unnumbered (an OCR'd `(5)` for `(S)`), a note below a cable's
signature, an instruction to treat a named paragraph as a designation with a control, and a
statement that names a paragraph already at its level (it is read, so nothing else is raised)."""
import pytest

import sbu_redact


def _portion(doc, phrase):
    for p in doc.portions:
        if phrase in doc.text[p.start:p.end]:
            return p
    raise AssertionError(f"no portion holds {phrase!r}")


_OCR_MEMO = """                        C O N F I D E N T I A L

                 OFFICE OF THE UNDER SECRETARY OF THE ARMY
                          WASHINGTON, D.C. 20310

MEMORANDUM FOR THE CHIEF OF STAFF

SUBJECT: Helicopter Maintenance Backlog (U)

(U) This responds to your note of 9 June.

{lead} The depot at Corpus Christi cannot repair the rotor hubs before the autumn exercise.

(U) A briefing will follow next week.

                        C O N F I D E N T I A L
"""


@pytest.mark.parametrize("lead", ["(5)", "(C]", "", "(4)"])
def test_an_unmarked_block_under_unnumbered_marked_paragraphs_is_a_portion_of_its_own(lead):
    doc = sbu_redact.read(_OCR_MEMO.format(lead=lead))
    hub = _portion(doc, "cannot repair the rotor hubs")
    assert "responds to your note" not in doc.text[hub.start:hub.end]
    out = sbu_redact.Pipeline().redact(doc.text, levels=["usg", "public"])
    for level in ("usg", "public"):
        assert "cannot repair the rotor hubs" not in out[level].text
    assert "This responds to your note of 9 June" in out["usg"].text


_NUMBERED = """UNCLAS SECTION 01 OF 01 LIMA 000288

E.O. 12958: N/A
TAGS: PGOV, PE
SUBJECT: Regional Election Results

1. (U) Turnout in the regional elections reached 81 percent.

-- The ruling party held eleven of the twenty-five regions.

-- Independents won in the southern highlands.

2. (U) Observers reported no major irregularities.
{after}"""


def test_the_blocks_of_a_numbered_paragraph_stay_in_it():
    doc = sbu_redact.read(_NUMBERED.format(after="WALSH\n"))
    first = _portion(doc, "Turnout in the regional elections")
    assert "Independents won in the southern highlands" in doc.text[first.start:first.end]


def test_a_note_below_the_signature_is_no_part_of_the_last_paragraph():
    note = "WALSH\n\nDesk note (SBU, internal): the observer mission's lead asked not to be named.\n"
    doc = sbu_redact.read(_NUMBERED.format(after=note))
    last = _portion(doc, "Observers reported no major irregularities")
    assert "observer mission's lead" not in doc.text[last.start:last.end]
    out = sbu_redact.Pipeline().redact(doc.text, levels=["public"])
    assert "observer mission's lead asked not to be named" not in out["public"].text
    assert "Observers reported no major irregularities" in out["public"].text


_TREAT = """UNCLAS SECTION 01 OF 01 TUNIS 000517

SENSITIVE
SIPDIS

E.O. 12958: N/A
TAGS: CASC, TS
SUBJECT: Welfare Visit to Detained U.S. Citizen

1. (U) Consular staff visited the detainee at Mornaguia prison.

2. (SBU) Please treat the health details in paragraph 4 below as {marking}.

3. (U) The visit lasted thirty minutes.

4. (SBU) The detainee said he has lost eight kilos since his arrest.

5. (U) Post will request another visit in May.
"""


@pytest.mark.parametrize("marking, partner_may_see", [
    ("SENSITIVE BUT UNCLASSIFIED//NOFORN", False),
    ("SBU//NOFORN", False),
    ("SBU NOFORN", False),  # (the designation's control read with it since round 104: `SBU NOFORN`)
])
def test_an_instruction_to_treat_a_paragraph_as_a_control_governs_it(marking, partner_may_see):
    out = sbu_redact.Pipeline().redact(_TREAT.format(marking=marking), levels=["usg", "partner"], partner="GBR")
    assert ("lost eight kilos since his arrest" in out["partner"].text) == partner_may_see
    assert "lost eight kilos since his arrest" in out["usg"].text
    assert "The visit lasted thirty minutes" in out["partner"].text


def test_treat_as_unclassified_lowers_nothing():
    text = _TREAT.format(marking="UNCLASSIFIED").replace("4. (SBU)", "4. (C)").replace("UNCLAS SECTION", "CONFIDENTIAL SECTION")
    out = sbu_redact.Pipeline().redact(text, levels=["usg"])
    assert "lost eight kilos since his arrest" not in out["usg"].text


_LETTER = """THE ASSISTANT SECRETARY OF THE NAVY
WASHINGTON, D.C. 20350

Dear Madam Chairwoman:

(U) Thank you for your letter about the shipyard workforce.

(U) The yards hired 2,400 apprentices last year.

Paragraph 3 of this letter is classified SECRET. The remainder of the letter is UNCLASSIFIED.

3. Two of the four dry docks cannot take the new class of submarine until 2031.

(U) I hope this information is helpful.
"""


def test_a_statement_that_names_a_paragraph_already_at_its_level_raises_nothing_else():
    out = sbu_redact.Pipeline().redact(_LETTER, levels=["usg"])
    assert "cannot take the new class of submarine" not in out["usg"].text
    assert "The yards hired 2,400 apprentices last year" in out["usg"].text
    assert "I hope this information is helpful" in out["usg"].text


@pytest.mark.parametrize("note, raised", [
    ("Desk note (SBU, internal): the observer mission's lead asked not to be named.", True),
    ("(FOUO - do not forward) The observer mission's lead asked not to be named.", True),
    ("Note (LES; not for release): the observer mission's lead asked not to be named.", True),
    ("Shirts in sizes (S, M, L) went to the observer mission's lead, who asked not to be named.", False),
])
def test_a_designation_with_a_qualifier_in_its_parentheses_is_read(note, raised):
    text = _NUMBERED.format(after="\n" + note + "\n")
    out = sbu_redact.Pipeline().redact(text, levels=["public"])
    assert ("observer mission's lead" not in out["public"].text) == raised


_TWO_SECTIONS = """R 031220Z MAR 94
FM AMEMBASSY QUITO
TO SECSTATE WASHDC 2207

UNCLAS SECTION 01 OF 02 QUITO 001650

DEPT FOR WHA/AND, EB/TPP

E.O. 12356: N/A
TAGS: ETRD, EC
SUBJECT: BANANA EXPORT FIGURES

1. (U) EXPORTS ROSE NINE PERCENT IN JANUARY.


UNCLAS SECTION 02 OF 02 QUITO 001650

DEPT FOR WHA/AND, EB/TPP

E.O. 12356: N/A
TAGS: ETRD, EC
SUBJECT: BANANA EXPORT FIGURES

2. (SBU) A MINISTRY ADVISER SAID THE MINISTER WILL RAISE THE EXPORT TAX IN JUNE.

3. (U) EMBASSY WILL CONTINUE TO REPORT.
BROWN
"""


def test_a_routing_line_that_the_next_section_repeats_is_the_same_field():
    doc = sbu_redact.read(_TWO_SECTIONS)
    assert [f.name for f in doc.fields].count("repeated_header") == 3
    out = sbu_redact.Pipeline().redact(_TWO_SECTIONS, levels=["usg", "public"])
    assert "RAISE THE EXPORT TAX" not in out["public"].text
    assert "EXPORTS ROSE NINE PERCENT" in out["public"].text
