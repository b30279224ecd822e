"""Over-redaction classes found by the round-8 adversarial corpus (issue 8): plainly releasable
(U) text that the reader withheld because it did not read the mark where it stands. Each class
has a short realistic document: the (U) text is released at usg, the classified text is withheld
at every level."""
from __future__ import annotations

import pytest

from conftest import released_text
from sbu_redact.policy import Policy
from sbu_redact.reader import read

LEVELS = ("usg", "partner", "public")


def check(policy: Policy, text: str, release: list[str], withhold: list[str]) -> None:
    doc = read(text)
    usg = released_text(doc, policy, "usg")
    for phrase in release:
        assert phrase in usg, f"usg withholds {phrase!r}"
    for level in LEVELS:
        released = released_text(doc, policy, level, "GBR" if level == "partner" else None)
        for phrase in withhold:
            assert phrase not in released, f"{level} releases {phrase!r}"


# ---------------------------------------------------------------- a mark after a heading word
RUN_IN_HEADINGS = """SECRET//NOFORN

MEMORANDUM FOR THE DEPUTY ASSISTANT SECRETARY

SUBJECT: (U) Moldova: border crossing statistics

SUMMARY (U) – Crossings at the Palanca point rose by a fifth in October, according to the border police.

COMMENT (S//NF) — A customs officer at the point is paid by the smuggling network to wave trucks through.

WAY AHEAD (C) - The Ambassador will raise the officer with the interior minister alone.

NEXT STEPS (U) -- INL will fund two more scanners for the point next year.

SECRET//NOFORN
"""


def test_mark_after_run_in_heading_and_dash_leads_its_portion(policy):
    check(policy, RUN_IN_HEADINGS,
          release=["Crossings at the Palanca point rose by a fifth", "INL will fund two more scanners"],
          withhold=["paid by the smuggling network", "raise the officer with the interior minister"])
    doc = read(RUN_IN_HEADINGS)
    marks = [p.marking.portion_mark() for p in doc.portions if p.explicit and p.kind == "paragraph"]
    assert marks == ["(U)", "(S//NF)", "(C)", "(U)"]
    # the heading is text of the portion, not its lead: a withheld portion takes it along
    heading = next(p for p in doc.portions if "smuggling" in doc.text[p.start:p.end])
    assert doc.text[heading.start:heading.start + 7] == "COMMENT"


def test_a_sentence_with_a_parenthesis_and_a_dash_is_no_run_in_heading():
    doc = read("UNCLASSIFIED\n\n(U) The plan was agreed.\n\nThe Ministry (MFA) - as before - agreed.\n\nUNCLASSIFIED\n")
    portion = next(p for p in doc.portions if "Ministry" in doc.text[p.start:p.end])
    assert not portion.explicit


# ---------------------------------------------------------------- WebVTT voice spans
WEBVTT = """WEBVTT

NOTE
Classification: SECRET//NOFORN

00:00:01.000 --> 00:00:06.000
<v Deputy Director>(U) Thanks everyone, this is the weekly Sahel call.</v>

00:00:06.500 --> 00:00:14.000
<v Analyst>(S//NF) The liaison service says the colonel's unit moved north on Tuesday.</v>

00:00:14.500 --> 00:00:20.000
<v.loud Deputy Director>(U) Minutes go to the front office by Friday.</v>
"""


def test_mark_after_webvtt_voice_span_leads_its_cue(policy):
    check(policy, WEBVTT,
          release=["this is the weekly Sahel call", "Minutes go to the front office by Friday"],
          withhold=["the colonel's unit moved north on Tuesday"])


def test_unmarked_webvtt_cue_is_withheld(policy):
    text = WEBVTT.replace("<v Analyst>(S//NF) ", "<v Analyst>")
    check(policy, text, release=["this is the weekly Sahel call"], withhold=["the colonel's unit moved north"])


# ---------------------------------------------------------------- a mark after an HTML block tag
JSON_LINES_HTML = (
    '{"id": 17, "classification": "UNCLASSIFIED", "body_html": "<p>(U) The consular section will close '
    'on December 26 for the holiday.</p><p>(S//NF) The liaison officer has shown us the minister\'s '
    'travel plans.</p>"}\n'
    '{"id": 18, "classification": "UNCLASSIFIED", "body_html": "<p>(C) The minister will not attend '
    'the donor conference in Rome.</p><p>(U) The trade fair drew 40 American firms.</p>"}\n')


def test_mark_after_html_paragraph_tag_starts_a_block_not_a_continuation(policy):
    check(policy, JSON_LINES_HTML,
          release=["will close on December 26 for the holiday", "The trade fair drew 40 American firms"],
          withhold=["shown us the minister's travel plans", "will not attend the donor conference"])
    doc = read(JSON_LINES_HTML)
    confidential = next(p for p in doc.portions if "donor conference" in doc.text[p.start:p.end])
    assert confidential.marking.portion_mark() == "(C)"  # its own mark, not the record's highest
    assert not any(p.code == "CONTINUED_PORTION" for p in doc.problems)


def test_mark_after_html_line_break_may_still_continue_the_line_above():
    text = ("<p>UNCLASSIFIED</p>\n<p>(S//NF) The border unit was moved under the authority of the<br>"
            "(U) interior ministry.</p>\n<p>UNCLASSIFIED</p>\n")
    doc = read(text)
    portion = next(p for p in doc.portions if "interior ministry" in doc.text[p.start:p.end])
    assert portion.marking.portion_mark() == "(S//NF)"


# ---------------------------------------------------------------- a classification column anywhere
PIPE_TABLE = """SECRET//NOFORN

## Consular tracker – Andean region

| Ref | Summary | Owner | Class |
|-----|---------|-------|-------|
| 11 | The visa section in Lima extended its Saturday hours through January. | CONS | U |
| 12 | The liaison service says the port chief is on the cartel's payroll. | ORA | S//NF |
| 13 | The minister asked that the extradition request be delayed until March. | POL | C |
| 14 | | POL | |
| 15 | The embassy hosted 60 students at the STEM fair in Quito. | PAS | UNCLASSIFIED |

SECRET//NOFORN
"""


def test_pipe_table_rows_are_marked_by_their_class_column(policy):
    check(policy, PIPE_TABLE,
          release=["extended its Saturday hours through January", "hosted 60 students at the STEM fair"],
          withhold=["the port chief is on the cartel's payroll", "the extradition request be delayed"])
    doc = read(PIPE_TABLE)
    rows = [p for p in doc.portions if p.kind == "table_row"]  # the header row first, unmarked
    assert [p.marking.portion_mark() if p.explicit else None for p in rows] == \
        [None, "(U)", "(S//NF)", "(C)", None, "(U)"]


def test_pipe_table_cell_that_reads_as_no_marking_makes_its_row_doubtful(policy):
    text = PIPE_TABLE.replace("| CONS | U |", "| CONS | see note |")
    check(policy, text, release=["hosted 60 students"], withhold=["extended its Saturday hours"])


def test_pipe_table_a_mark_in_another_cell_raises_the_row(policy):
    text = PIPE_TABLE.replace("| 11 | The visa section", "| 11 | (S//NF) The visa section")
    check(policy, text, release=["hosted 60 students"], withhold=["extended its Saturday hours"])


HTML_TABLE = """<html><body>
<p><b>SECRET//NOFORN</b></p>
<table>
<tr><th>No.</th><th>Classification</th><th>Item</th></tr>
<tr><td>1</td><td>UNCLASSIFIED</td><td>The Ambassador's town hall with American citizens is on January 9.</td></tr>
<tr><td>2</td><td>SECRET//NOFORN</td><td>The defector named two officers who run the smuggling route.</td></tr>
<tr><td>3</td><td>UNCLASSIFIED</td><td><b>(C)</b> The minister will skip the donor meeting to avoid our questions.</td></tr>
</table>
<p><b>SECRET//NOFORN</b></p>
</body></html>
"""


def test_html_table_rows_are_marked_by_their_classification_cell(policy):
    check(policy, HTML_TABLE, release=["town hall with American citizens is on January 9"],
          withhold=["named two officers who run the smuggling route", "skip the donor meeting"])


def test_html_table_cell_tags_read_as_bars_in_the_view():
    from sbu_redact.textview import view_of
    view = view_of("<p>x</p>\n<table><tr><td>1</td><td>U</td></tr></table>\n")
    assert "|1|U" in view.text
    for offset in range(len(view.text)):  # every view character maps into the original
        assert 0 <= view.to_original(offset) < len(view.original)


CSV_RELEASABLE = """Serial,Date,Class,Releasable To,Summary
31-001,2026-10-02,U,ALL,The coast guard academy graduated its first class of women officers.
31-002,2026-10-05,U//FOUO,"USA, AUS, NZL",The patrol boat will shift to the northern islands in March.
31-003,2026-10-07,U,"USA, GBR",The joint training schedule for the spring was agreed.
31-004,2026-10-09,U,nobody knows,The fisheries ministry moved to its new building.
"""


def test_csv_releasable_to_column_is_a_rel_to_list(policy):
    doc = read(CSV_RELEASABLE)
    usg = released_text(doc, policy, "usg")
    assert "graduated its first class of women officers" in usg and "shift to the northern islands" in usg
    partner = released_text(doc, policy, "partner", "GBR")
    assert "graduated its first class of women officers" in partner
    assert "joint training schedule for the spring" in partner  # REL TO USA, GBR
    assert "shift to the northern islands" not in partner  # REL TO USA, AUS, NZL
    for level in LEVELS:  # a releasability cell that reads as no list: doubtful
        assert "moved to its new building" not in released_text(doc, policy, level, "GBR" if level == "partner" else None)


JSON_PM = """{
  "docId": "AF-2026-118",
  "banner": "SECRET//NOFORN",
  "paragraphs": [
    {"n": 1, "pm": "U", "body": "The election commission certified 14 parties for the February vote."},
    {"n": 2, "pm": "S//NF", "body": "A party treasurer says the ruling party buys votes through a telecom firm."},
    {"n": 3, "pm": "3:30", "body": "The Ambassador meets the commission chair on Tuesday."}
  ]
}
"""


def test_json_pm_key_marks_its_paragraph_object(policy):
    check(policy, JSON_PM, release=["certified 14 parties for the February vote"],
          withhold=["buys votes through a telecom firm", "meets the commission chair on Tuesday"])


YAML_RECORDS = """# export: post-notes  2026-11-30
# overall classification: SECRET//NOFORN
notes:
  - id: PN-1
    classification: UNCLASSIFIED
    text: >-
      The trade office registered 31 new American exporters
      in the third quarter.
  - id: PN-2
    classification: SECRET//NOFORN
    text: |
      The general staff will move the air defense battalion
      to the northern border in January.
  - id: PN-3
    classification: UNCLASSIFIED
    releasable_to: USA, CAN
    text: "The joint search and rescue exercise will take place in June."
  - id: PN-4
    classification: UNCLASSIFIED
    text: >-
      (C) The minister said privately that he will resign in the spring.
  - id: PN-5
    author: POL
    text: The deputy speaker will lead the delegation to the assembly.
"""


def test_yaml_records_are_marked_by_their_classification_key(policy):
    check(policy, YAML_RECORDS, release=["registered 31 new American exporters", "search and rescue exercise"],
          withhold=["move the air defense battalion", "he will resign in the spring",
                    "will lead the delegation to the assembly"])
    doc = read(YAML_RECORDS)
    partner = released_text(doc, policy, "partner", "GBR")
    assert "search and rescue exercise" not in partner  # REL TO USA, CAN
    assert "registered 31 new American exporters" in partner


# ---------------------------------------------------------------- check boxes
CHECK_BOX_FORM = """                  EMBASSY CONTACT REPORT
          (Classification of each block is marked in its box)

1. CONTACT TYPE:   [X] Official   [ ] Social

2. LOCATION: Ministry of Defense, Hanoi
   Block classification:  [X] U   [ ] C   [ ] S

3. DISCUSSION:
   Block classification:  [ ] U   [ ] C   [X] S
   The vice minister said the navy will escort fishing fleets into the disputed zone.

4. COMMENTS:
   Block classification:  [ ] U   [ ] C   [ ] S
   The vice minister seemed to expect a public response from us.

5. FOLLOW-UP:
   Block classification:  [X] U   [ ] C   [ ] S
   Send the ministry the schedule of the spring ship visit.

OVERALL CLASSIFICATION OF REPORT:  [ ] UNCLASSIFIED   [ ] CONFIDENTIAL   [X] SECRET
"""


def test_check_box_classification_marks_its_block(policy):
    check(policy, CHECK_BOX_FORM,
          release=["Send the ministry the schedule of the spring ship visit", "Ministry of Defense, Hanoi"],
          withhold=["escort fishing fleets into the disputed zone",
                    "expect a public response from us"])  # no box ticked: doubtful
    doc = read(CHECK_BOX_FORM)
    assert doc.classification is not None and doc.classification.level == "SECRET"


def test_check_boxes_that_name_no_level_are_no_classification():
    doc = read("UNCLASSIFIED\n\nOptions:  [X] Official   [ ] Social\n\n(U) The visit is on Monday.\n\nUNCLASSIFIED\n")
    portion = next(p for p in doc.portions if "Official" in doc.text[p.start:p.end])
    assert portion.marking is None or portion.marking.level != "UNCLASSIFIED" or not portion.explicit


# ---------------------------------------------------------------- vocabulary validated
def test_record_column_vocabulary_is_validated(tmp_path):
    import shutil

    from sbu_redact.config import Rules, RulesError, default_rules_dir
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    markings = target / "markings.yaml"
    text = markings.read_text(encoding="utf-8")
    markings.write_text(text.replace("record_marking_columns: [cls,", "record_marking_columns: [Cls|X,", 1),
                        encoding="utf-8")
    with pytest.raises(RulesError, match=r"markings\.yaml.*record_marking_columns|record_marking_columns.*markings"):
        read(PIPE_TABLE, Rules(target))


def test_mark_after_html_paragraph_tag_under_an_unfinished_line_keeps_the_mark_above():
    text = ("<p>UNCLASSIFIED</p>\n<p>(S//NF) The general staff has a plan for <p>(U) the army to move "
            "north in March.</p>\n<p>UNCLASSIFIED</p>\n")
    doc = read(text)
    portion = next(p for p in doc.portions if "move north" in doc.text[p.start:p.end])
    assert portion.marking.portion_mark() == "(S//NF)"
