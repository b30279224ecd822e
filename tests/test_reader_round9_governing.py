"""Leak classes of the round-9 adversarial corpus (issue 8) read by the governing statements
(`sbu_redact/reader/governing.py`): a correction naming the n-th bullet, a statement for the
section it stands in, a notice that the quoted message is classified at a level, and controls
(not a level) stated for a list of paragraphs. Short realistic documents of our own (not the
corpus's), each with what must be withheld and what must stay released, and traps: a mention of
a paragraph that states nothing, a section stated UNCLASSIFIED, a handout quoting a statement."""
from __future__ import annotations

import pytest

from conftest import released_text
from sbu_redact.reader import read
from sbu_redact.reader.governing import _numbers


def problems(doc, code: str) -> list[str]:
    return [p.message for p in doc.problems if p.code == code]


def released(policy, text: str, level: str) -> str:
    return released_text(read(text), policy, level, "GBR" if level == "partner" else None)


# ---------------------------------------------------------------- the n-th bullet
BULLETS = """Classification: UNCLASSIFIED//SBU

From: Lindqvist, Anna
To: EUR-CE-Staff
Subject: RE: Readout, Vilnius meetings

(SBU) One fix to my readout below: the second item should have been marked (S//NF), not (SBU).

From: Lindqvist, Anna
Sent: Monday, November 30, 2026 9:12 AM
Subject: Readout, Vilnius meetings

(SBU) Readout of today's meetings:
- (SBU) The energy ministry will publish the grid tender next week.
- (SBU) The defense minister said the brigade will move to the Suwalki gap before the exercise.
- (SBU) The city council approved the new tram line.

Classification: UNCLASSIFIED//SBU
"""


@pytest.mark.parametrize("level", ["usg", "partner"])
def test_correction_raises_the_bullet_it_counts_only(policy, level):
    text = released(policy, BULLETS, level)
    assert "will move to the Suwalki gap before the exercise" not in text
    if level == "usg":
        assert "publish the grid tender next week" in text and "approved the new tram line" in text
    governed = problems(read(BULLETS), "GOVERNED_PORTION")
    assert len(governed) == 1 and "the item it names" in governed[0]


def test_bullet_correction_that_lowers_raises_nothing(policy):
    text = BULLETS.replace("should have been marked (S//NF), not (SBU)", "should have been marked (U), not (SBU)")
    assert not problems(read(text), "GOVERNED_PORTION")


def test_nth_item_without_list_items_counts_paragraphs_for_review(policy):
    # no bullets: the second paragraph below, counted over marked paragraphs and over all (the
    # signature is one): not exact, a reviewer decides
    doc = read(BULLETS.replace("- (SBU)", "(SBU)"))
    governed = problems(doc, "GOVERNED_PORTION")
    assert governed and all("the item it names" in g for g in governed)
    assert problems(doc, "GOVERNING_SCOPE_UNRESOLVED")


# ---------------------------------------------------------------- the section a statement stands in
SLIDES = """--- Slide 1 ---
UNCLASSIFIED
Baltic Air Policing Update
UNCLASSIFIED

--- Slide 2 ---
(U) Rotation schedule
(U) The next rotation starts in April with four fighters

--- Slide 3 ---
ANNEX
All slides in this section are SECRET//NOFORN

--- Slide 4 ---
Readiness gaps
Two of the four fighters lack the new radar warning receivers

--- Slide 5 ---
Basing
The tanker will stage from Siauliai after the runway repair
"""


@pytest.mark.parametrize("level", ["usg", "partner"])
def test_section_statement_raises_the_slides_after_it(policy, level):
    text = released(policy, SLIDES, level)
    assert "lack the new radar warning receivers" not in text
    assert "stage from Siauliai after the runway repair" not in text
    assert "The next rotation starts in April" in text


def test_section_ends_at_the_next_heading_of_its_kind(policy):
    text = """UNCLASSIFIED

## Part A

(U) All paragraphs in this section are SECRET.

The convoy will cross at the northern bridge at night.

## Part B

The ferry timetable changes in the spring.
"""
    usg = released(policy, text, "usg")
    assert "cross at the northern bridge at night" not in usg
    assert "The ferry timetable changes in the spring" in usg
    assert not problems(read(text), "GOVERNING_SCOPE_UNRESOLVED")


def test_section_whose_end_cannot_be_told_runs_to_the_end(policy):
    # the section's heading is of the same kind as every slide's title: where it ends cannot be told
    text = SLIDES.replace("ANNEX\n", "Annex slides\n")
    usg = released(policy, text, "usg")
    assert "stage from Siauliai after the runway repair" not in usg
    assert problems(read(text), "GOVERNING_SCOPE_UNRESOLVED")


def test_section_stated_unclassified_raises_nothing(policy):
    text = SLIDES.replace("are SECRET//NOFORN", "are UNCLASSIFIED")
    assert not problems(read(text), "GOVERNED_PORTION")
    assert "stage from Siauliai after the runway repair" in released(policy, text, "usg")


def test_handout_quoting_a_section_statement_raises_nothing(policy):
    text = """UNCLASSIFIED

SUBJECT: (U) Marking briefings

(U) A divider that reads "All slides in this section are SECRET" marks the slides after it; mark each slide too.

(U) Briefings for the public must be reviewed by the press office two weeks ahead.
"""
    assert not problems(read(text), "GOVERNED_PORTION")
    assert "reviewed by the press office two weeks ahead" in released(policy, text, "usg")


# ---------------------------------------------------------------- a message classified at a level
INCIDENT = """Classification: UNCLASSIFIED

From: ISSO-Embassy-Tbilisi
To: Beridze, Nino
Subject: Spillage ticket 26-031

(U) The message below was found to contain national security information classified at the CONFIDENTIAL level. Delete it and call the ISSO.

-----Original Message-----
From: Beridze, Nino
Subject: Pipeline

(SBU) The operator will shut the pipeline for three days if the border talks collapse.

Classification: UNCLASSIFIED
"""


@pytest.mark.parametrize("level", ["usg", "partner"])
def test_incident_notice_raises_the_quoted_message_not_itself(policy, level):
    text = released(policy, INCIDENT, level)
    assert "shut the pipeline for three days" not in text
    if level == "usg":
        assert "Delete it and call the ISSO" in text


def test_clearance_at_a_level_with_no_target_raises_nothing(policy):
    text = INCIDENT.replace("The message below was found to contain national security information classified at "
                            "the CONFIDENTIAL level.", "Staff cleared at the SECRET level may attend the brief.")
    assert not problems(read(text), "GOVERNED_PORTION")
    assert "shut the pipeline for three days" in released(policy, text, "usg")


# ---------------------------------------------------------------- controls stated for listed paragraphs
CABLE = """UNCLAS SECTION 01 OF 01 TBILISI 000418

SENSITIVE
SIPDIS
{caption}

E.O. 13526: N/A
TAGS: PGOV PREL GG
SUBJECT: ELECTION COMMISSION AND THE OPPOSITION

1. (U) The election commission met on Monday.
2. (SBU) The commission chair told us the count will be delayed in two districts.
3. (SBU) An opposition leader said his party will boycott the second round.
4. (SBU) A deputy minister asked that the Russian embassy not learn of the observers' travel.
5. (U) Post will report on the results.
DAVIS
"""


@pytest.mark.parametrize("caption, named", [
    ("PARAGRAPHS 2 AND 3 ARE NOFORN.", (2, 3)),
    ("Paragraphs 2, 3 and 4 are NOFORN.", (2, 3, 4)),
    ("PARAGRAPHS 2 THROUGH 4 ARE NOFORN.", (2, 3, 4)),
    ("PARAS 3-4 ARE NOFORN.", (3, 4)),
])
def test_caption_states_controls_for_the_paragraphs_it_lists(policy, caption, named):
    doc = read(CABLE.format(caption=caption))
    phrases = {2: "count will be delayed in two districts", 3: "will boycott the second round",
               4: "not learn of the observers' travel"}
    partner = released_text(doc, policy, "partner", "GBR")
    usg = released_text(doc, policy, "usg")
    for n, phrase in phrases.items():
        assert phrase in usg
        assert (phrase not in partner) == (n in named), (n, caption)
    numbered = {p.number: p for p in doc.portions if p.number}
    assert "NOFORN" in numbered[named[0]].marking.dissem
    assert "NOFORN" not in numbered[1].marking.dissem and "NOFORN" not in numbered[5].marking.dissem


def test_mention_of_a_paragraph_that_states_nothing_raises_nothing(policy):
    doc = read(CABLE.format(caption="PARAGRAPH 4 IS A READOUT OF THE MEETING."))
    assert not problems(doc, "GOVERNED_PORTION")
    assert "not learn of the observers' travel" in released_text(doc, policy, "partner", "GBR")


def test_governed_portion_takes_the_documents_stated_controls(policy):
    text = """UNCLASSIFIED
Limited Dissemination Control: NOFORN

SUBJECT: (U) Port notes

(U) A note on paragraph 2: it is classified CONFIDENTIAL.

2. (U) The navy will move the tender to the inner basin before the summit.

3. (U) The ferry schedule changes on Monday.

UNCLASSIFIED
"""
    doc = read(text)
    raised = next(p for p in doc.portions if p.number == 2)
    assert raised.marking.level == "CONFIDENTIAL" and "NOFORN" in raised.marking.dissem


def test_numbers_of_a_reference():
    assert _numbers("4") == [4]
    assert _numbers("4 AND 5") == [4, 5]
    assert _numbers("4, 5 and 7") == [4, 5, 7]
    assert _numbers("4 through 6") == [4, 5, 6]
    assert _numbers("4-6") == [4, 5, 6]
    assert _numbers("2, 4-5") == [4, 5, 2]


# ---------------------------------------------------------------- a caption's mark (over-redaction)
CAPTION = """UNCLASSIFIED//FOUO

(U) Shipments in October arrived on time except for the radios, which slipped by two weeks.
Figure 3 (S//NF). Convoy routes for the spring rotation
Route	Escort	Window
North	Two platoons	Nights only, avoiding Kherson bridge

(U) The next review is in April.

UNCLASSIFIED//FOUO
"""


def test_caption_mark_marks_the_caption_and_what_follows_not_the_paragraph_above(policy):
    usg = released(policy, CAPTION, "usg")
    assert "arrived on time except for the radios" in usg
    assert "Convoy routes for the spring rotation" not in usg and "avoiding Kherson bridge" not in usg
    assert any("caption" in m for m in problems(read(CAPTION), "EMBEDDED_MARK"))


def test_caption_under_an_unfinished_line_raises_the_whole_portion(policy):
    # the line above does not end a sentence: the caption may continue it (fail closed)
    text = CAPTION.replace("slipped by two weeks.", "slipped by two weeks and")
    usg = released(policy, text, "usg")
    assert "arrived on time except for the radios" not in usg and "avoiding Kherson bridge" not in usg


def test_figure_reference_inside_a_line_is_no_caption(policy):
    text = CAPTION.replace("two weeks.\nFigure 3 (S//NF).", "two weeks; see Figure 3 (S//NF).")
    usg = released(policy, text, "usg")
    assert "arrived on time except for the radios" not in usg and "avoiding Kherson bridge" not in usg


def test_caption_labels_are_validated(tmp_path):
    import shutil

    from conftest import REPO
    from sbu_redact.config import RulesError, load_rules

    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    markings = folder / "markings.yaml"
    text = markings.read_text(encoding="utf-8")
    markings.write_text(text.replace("caption_labels: [Table,", "caption_labels: [table 2,"), encoding="utf-8")
    with pytest.raises(RulesError, match=r"markings\.yaml.*caption_labels"):
        load_rules(folder).grammar


@pytest.mark.parametrize("caption", ["PARAS 2 AND 4 NOFORN.", "PARAGRAPHS 2, 4 - NOFORN"])
def test_caption_without_a_verb_states_controls_for_the_paragraphs_it_lists(policy, caption):
    doc = read(CABLE.format(caption=caption))
    partner = released_text(doc, policy, "partner", "GBR")
    assert "count will be delayed in two districts" not in partner and "not learn of the observers' travel" not in partner
    assert "will boycott the second round" in partner


def test_caption_mentioning_a_control_for_a_paragraph_states_nothing(policy):
    doc = read(CABLE.format(caption="PARA 4 DISCUSSES NOFORN HANDLING."))
    assert not problems(doc, "GOVERNED_PORTION")
    assert "not learn of the observers' travel" in released_text(doc, policy, "partner", "GBR")


# ---------------------------------------------------------------- a lettered item
LETTERED = """Classification: UNCLASSIFIED//FOUO

(U//FOUO) Correction to my note below: item (c) should have been marked (C), not (U//FOUO).

-----Original Message-----
Subject: Harbor survey

(U//FOUO) Findings:
(a) (U//FOUO) The north pier needs new fenders.
(b) (U//FOUO) The fuel jetty passed its inspection.
(c) (U//FOUO) The coast guard radar has been off for a month and nobody has told the port authority.

Classification: UNCLASSIFIED//FOUO
"""


def test_correction_raises_the_lettered_item_only(policy):
    usg = released(policy, LETTERED, "usg")
    assert "radar has been off for a month" not in usg
    assert "The north pier needs new fenders" in usg and "The fuel jetty passed its inspection" in usg
    assert not problems(read(LETTERED), "GOVERNING_SCOPE_UNRESOLVED")


def test_lettered_item_named_without_a_level_raises_nothing(policy):
    text = LETTERED.replace("item (c) should have been marked (C), not (U//FOUO)", "item (c) is the one to watch")
    assert not problems(read(text), "GOVERNED_PORTION")
    assert "radar has been off for a month" in released(policy, text, "usg")
