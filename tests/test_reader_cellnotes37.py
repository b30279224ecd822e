"""Issue 8 (job cellnotes37): a note in a table cell that gives its row, or a paragraph it names, a level.

A cell of a CSV/TSV/Markdown/grid/HTML table, or the value of a note/remarks/comment key of a YAML or JSON record,
whose words state a level or a control (`confidential//noforn - do not share`, `secret//nf - pls dont forward`,
`Conf/NF, internal only`, `c//nf, do not share`) raises its own row or record to that level; a table keyed by
paragraph number with a level column (`| Para | Class |` / `| 1 | SECRET |`) raises the paragraphs it names.
Only raise, never release: the traps below ("secret shopper", "confidential hotline", "Secret Garden", a Status
column `Closed`, a Class column of `U` rows, "confidential" in a plain (U) sentence) must keep releasing.

First run (written before reading the reader, on lead37 = main 41a188a + open37b): 13 of the 16 withheld cases leaked
(csv-secret-nf, tsv-s-nf, tsv-noforn, md-conf-nf, md-not-foreign, grid-c-nf, grid-secret, html-conf-nf,
yaml-c-nf, yaml-remarks-secret, json-conf, para-pipe-secret, para-csv-conf); csv-conf-upper, html-secret-nf and
json-comment-snf were already withheld; the 7 traps released.
Fix: `reader/cell_notes.py` with the vocabulary `cell_note_level`, `cell_note_noforn`, `cell_note_key`,
`paragraph_key_column`, `paragraph_cell_level`, `cell_level_names` of rules/markings.yaml. tsv-noforn (NOFORN alone)
moved to NOFORN_ONLY: read as U//NOFORN, as `stated_marking` reads a control without a level. Two slips of the first
try, found by the suites and the harness: a `Caveats: NOFORN` properties line read as a record's note key raised the
rest of the document (fixbanner34), and a cable's closing `NOTES: ... (SECRET)` line read as a YAML note key raised
paragraph 4 to SECRET, which took the unresolved statement's withholding off paragraph 3 (adv67-025, a NEW leak):
a note key counts only inside a YAML list item or a JSON object.
Harness (all 9,266 documents, commit 786fd55c) against /tmp/s37/t0b.txt: 1 NEW leak (adv67-025, fixed since in
a15dfb58 and checked by hand, harness not re-run), 4 leaks fixed (adv152-046, adv154-022/023/024), over-redaction
2,611 -> 2,613 (2 new: adv119-059 a visitor log's Clearance column, adv152-045; 0 fixed).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")

# (id, document, phrase that must be withheld at every level)
CASES: list[tuple[str, str, str]] = [
    # ---- CSV row, a notes cell
    ("csv-secret-nf", "UNCLASSIFIED\nClass,Date,Contact,Notes\nU,2026-03-01,Port office,Berth schedule posted\n"
     "U,2026-03-02,Police liaison,The colonel is selling the checkpoint rota to smugglers - secret//nf - pls dont "
     "forward\nU,2026-03-03,Library,Book fair in May\nUNCLASSIFIED\n", "selling the checkpoint rota to smugglers"),
    ("csv-conf-upper", "UNCLASSIFIED\nCls,Item,Remarks\nU,Fleet cars serviced,none\nU,The harbour master takes "
     "bribes from the ferry line,CONFIDENTIAL - do not share\nU,New badges issued,none\nUNCLASSIFIED\n",
     "harbour master takes bribes from the ferry line"),
    # ---- TSV row
    ("tsv-s-nf", "UNCLASSIFIED\nClass\tItem\tNote\nU\tTraining calendar circulated\tok\nU\tThe minister's nephew "
     "runs the arms shipments through Aqaba\tS/NF\nU\tCar pool moves\tok\nUNCLASSIFIED\n",
     "nephew runs the arms shipments through Aqaba"),
    # ---- Markdown pipe table
    ("md-conf-nf", "**UNCLASSIFIED**\n\n| Cls | Date | Item | Remarks |\n|---|---|---|---|\n| U | 01-02 | Fuel "
     "delivered | public |\n| U | 01-03 | The customs chief hides cash in the depot | Conf/NF, internal only |\n"
     "| U | 01-04 | Photos posted | public |\n\n**UNCLASSIFIED**\n", "customs chief hides cash in the depot"),
    ("md-not-foreign", "UNCLASSIFIED\n\n| Class | Item | Notes |\n|-------|------|-------|\n| U | Canteen menu | "
     "sent |\n| U | The cabinet will devalue the dinar on Friday | secret, not for foreign eyes |\n| U | Gym hours | "
     "sent |\n\nUNCLASSIFIED\n", "cabinet will devalue the dinar on Friday"),
    # ---- grid table
    ("grid-c-nf", "UNCLASSIFIED\n\n+-------+------------------------------------------+----------------+\n"
     "| Class | Item                                     | Notes          |\n"
     "+=======+==========================================+================+\n"
     "| U     | Toner ordered                            | done           |\n"
     "+-------+------------------------------------------+----------------+\n"
     "| U     | The mayor pays the militia from the port | c//nf          |\n"
     "+-------+------------------------------------------+----------------+\n\nUNCLASSIFIED\n",
     "The mayor pays the militia from the port"),
    ("grid-secret", "UNCLASSIFIED\n\n+---+--------------------------------------+------------------+\n"
     "| # | Item                                 | Remarks          |\n"
     "+---+--------------------------------------+------------------+\n"
     "| 1 | Hall booked                          | fine             |\n"
     "| 2 | Source LARK meets the envoy in Tbilisi | secret - no fwd  |\n"
     "+---+--------------------------------------+------------------+\n\nUNCLASSIFIED\n",
     "Source LARK meets the envoy in Tbilisi"),
    # ---- HTML table
    ("html-conf-nf", "UNCLASSIFIED\n<table>\n<tr><th>Class</th><th>Item</th><th>Notes</th></tr>\n<tr><td>U</td>"
     "<td>Room booked</td><td>ok</td></tr>\n<tr><td>U</td><td>The prosecutor will drop the case for a bribe</td>"
     "<td>confidential//noforn - do not share</td></tr>\n</table>\nUNCLASSIFIED\n",
     "prosecutor will drop the case for a bribe"),
    ("html-secret-nf", "UNCLASSIFIED\n<table><tr><th>Item</th><th>Remarks</th></tr>\n<tr><td>Lunch at noon</td>"
     "<td>-</td></tr>\n<tr><td>The brigade moves to the northern border at dawn</td><td>SECRET//NF</td></tr>\n"
     "</table>\nUNCLASSIFIED\n", "brigade moves to the northern border at dawn"),
    # ---- YAML record
    ("yaml-c-nf", "# banner: UNCLASSIFIED\nitems:\n  - classification: U\n    summary: The fair opens in June.\n"
     "    note: \"\"\n  - classification: U\n    summary: The governor has promised the mine to a foreign firm.\n"
     "    note: \"c//nf, do not share\"\n", "governor has promised the mine to a foreign firm"),
    ("yaml-remarks-secret", "UNCLASSIFIED\nentries:\n  - class: U\n    text: Visitors list updated.\n"
     "    remarks: none\n  - class: U\n    text: Agent WREN photographs the radar site weekly.\n"
     "    remarks: secret - pls dont forward\nUNCLASSIFIED\n", "WREN photographs the radar site weekly"),
    # ---- JSON record
    ("json-conf", "UNCLASSIFIED\n[\n  {\"class\": \"U\", \"summary\": \"Office closed Monday.\", \"note\": \"\"},\n"
     "  {\"class\": \"U\", \"summary\": \"The senator's aide leaks the vote count to the lobby.\", "
     "\"note\": \"confidential//noforn\"}\n]\nUNCLASSIFIED\n", "aide leaks the vote count to the lobby"),
    ("json-comment-snf", "UNCLASSIFIED\n{\"records\": [\n {\"summary\": \"Parking renewed.\", \"comment\": \"ok\"},\n"
     " {\"summary\": \"The navy will blockade the strait on the 3rd.\", \"comment\": \"S//NF do not share\"}\n]}\n"
     "UNCLASSIFIED\n", "navy will blockade the strait on the 3rd"),
    # ---- a table keyed by paragraph number with a level column
    ("para-pipe-secret", "UNCLASSIFIED\n\n| Para | Class |\n|------|-------|\n| 1 | U |\n| 2 | SECRET |\n\n"
     "1. (U) The canteen reopens Monday.\n\n2. (U) Source FINCH meets the colonel in Homs.\n\nUNCLASSIFIED\n",
     "Source FINCH meets the colonel in Homs"),
    ("para-csv-conf", "UNCLASSIFIED\nReview\n\nparagraph,level\n1,conf\n2,u\n\n1. (U) The ambassador's driver "
     "reports on the convoy to the police.\n\n2. (U) New parking rules.\n\nUNCLASSIFIED\n",
     "driver reports on the convoy to the police"),
]


@pytest.mark.parametrize("text,phrase", [(t, p) for _, t, p in CASES], ids=[i for i, _, _ in CASES])
def test_cell_note_raises_its_row(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ALL)


# NOFORN alone in a note cell under an UNCLASSIFIED banner is read as U//NOFORN (as `stated_marking` reads a control
# without a level everywhere): withheld from the partner and the public, released at usg.
NOFORN_ONLY: list[tuple[str, str, str]] = [
    ("tsv-noforn", "UNCLASSIFIED\nClass\tTopic\tComment\nU\tVisa backlog\tpublic\nU\tThe general plans a coup "
     "before the election\tnoforn, internal only\nU\tFlag day\tpublic\nUNCLASSIFIED\n",
     "general plans a coup before the election"),
    ("md-not-for-foreign", "UNCLASSIFIED\n\n| Class | Item | Notes |\n|---|---|---|\n| U | The port fee doubles "
     "in May | not for foreign nationals |\n| U | Lunch | ok |\n\nUNCLASSIFIED\n", "The port fee doubles in May"),
]


@pytest.mark.parametrize("text,phrase", [(t, p) for _, t, p in NOFORN_ONLY], ids=[i for i, _, _ in NOFORN_ONLY])
def test_noforn_note_withholds_abroad(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ("partner", "public"))


# ---------------------------------------------------------------- must release at usg (traps)
RELEASE: list[tuple[str, str, str]] = [
    ("secret-shopper", "UNCLASSIFIED\nClass,Item,Notes\nU,Store audit booked for May,secret shopper visit\n"
     "U,Lift repaired,ok\nUNCLASSIFIED\n", "Store audit booked for May"),
    ("confidential-hotline", "UNCLASSIFIED\n\n| Class | Item | Notes |\n|---|---|---|\n| U | Staff survey sent | "
     "use the confidential hotline |\n| U | Fire drill | done |\n\nUNCLASSIFIED\n", "Staff survey sent"),
    ("secret-garden", "UNCLASSIFIED\nClass\tEvent\tRemarks\nU\tBook club meets Thursday\tThe Secret Garden\n"
     "U\tChoir practice\tnone\nUNCLASSIFIED\n", "Book club meets Thursday"),
    ("status-closed", "UNCLASSIFIED\n\n| Class | Item | Status |\n|---|---|---|\n| U | Printer ticket | Closed |\n"
     "| U | Badge renewal | Open |\n\nUNCLASSIFIED\n", "Printer ticket"),
    ("class-u-rows", "UNCLASSIFIED\n\n| Para | Class |\n|---|---|\n| 1 | U |\n| 2 | U |\n\n1. (U) Canteen hours "
     "change.\n\n2. (U) The gym reopens.\n\nUNCLASSIFIED\n", "The gym reopens."),
    ("plain-u-sentence", "UNCLASSIFIED\n\n(U) Staff may report concerns in confidential conversations with HR.\n\n"
     "(U) The canteen reopens Monday.\n\nUNCLASSIFIED\n", "report concerns in confidential conversations"),
    ("yaml-secret-shopper", "UNCLASSIFIED\nitems:\n  - class: U\n    summary: Mall audit next week.\n"
     "    note: secret shopper\nUNCLASSIFIED\n", "Mall audit next week."),
]


@pytest.mark.parametrize("text,phrase", [(t, p) for _, t, p in RELEASE], ids=[i for i, _, _ in RELEASE])
def test_trap_cells_release(text: str, phrase: str) -> None:
    assert_released(text, phrase)
