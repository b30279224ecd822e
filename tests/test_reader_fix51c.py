"""fix51c: over-redaction of correctly marked records (issue 8): structured exports whose every record or message
carries a mark the reader now reads exactly.

First run (main 04f90b38, rounds 194-196): 96 of 191 documents over-redacted at usg, 18 of them `b` documents
(ordinary, correctly marked records). Classes found (the reason each withheld its (U) text at usg) and fixed here:
1 an SQL dump's `INSERT INTO t VALUES` with no column list was no record reading at all (`line_records` wanted the
  column list): it now takes its table's CREATE TABLE columns, only where the table is created once and the dump holds
  no UPDATE, ALTER (but `DISABLE KEYS`), trigger, REPLACE, MERGE or RENAME; a row of another arity is doubtful
  (adv196-046);
2 CONTINUED_PORTION: a marked line right under a LaTeX sectioning or preamble line (`\\section*{...}`,
  `\\begin{document}`, `\\fancyhead[C]{...}`) or under a chat export's header with its time in brackets first
  (`[11/05/2026 10:02] Dale Mercer`) was read as the wrap of the line above, so it kept that line's level
  (`evidence._closed_line`; rules `structure.closed_command_line`, the existing `message_header_line`) (adv196-043,
  adv196-055, and the traps adv196-010/063);
3 a JSON export with no classification key whose messages each open with a mark (`"text": "(U) ..."`, Slack-style,
  also JSON files printed under `=== channels.json ===` lines) was one unmarked portion: each one-line string that
  opens with a mark that reads is now a portion of that mark (`reader/json_marked_strings.py`), refused when any
  other string holds a level, control, release or pointing word (`reader_words.export_level_words`), a mark, or a
  letter outside ASCII (adv194-046, adv196-051);
4 a TOML export's tables each with a marking key (`[[visit]]` / `marking = "U"`) were unread: each table is now a
  record read as a CSV record (`reader/toml_export.py`); an unread line leaves the text unread, a comment or top key
  with a level word too, and a table whose other keys or values hold one is doubtful (adv196-045).
Rounds 194-196 after: 88 over-redacted (8 fixed), NEW LEAKS 0.
Left (not exact enough to release here): the Google Chat export's `Name, date, time: (U) ...` lines (a split inside
a line), DOCX XML, the notes in other languages and decision logs that agree with the marks (adv195-041..047), forms.

Each release case below failed on main (its (U) text withheld at usg); each withheld case is a variant of the same
shape where something IS classified, NOFORN, unmarked or unread, and stays withheld at every level that may not see it.
"""
from __future__ import annotations

import json

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER_PUBLIC = ("partner", "public")


def _slack(messages: list[tuple[str, str]], extra: str = "") -> str:
    items = ",\n    ".join('{"user": "%s", "ts": "1765%d.00", "text": %s}' % (u, k, json.dumps(t))
                          for k, (u, t) in enumerate(messages))
    return '{\n  "team": "post-logistics",' + extra + '\n  "messages": [\n    ' + items + "\n  ]\n}\n"


def _toml(second: str, top: str = "# shuttle.toml\n", note: str = "The driver reports on the minister's guests") -> str:
    return (top + 'name = "Airport shuttle log"\n\n[[trip]]\nmarking = "U"\n'
            'note = "The shuttle leaves the chancery at 0600 on weekdays"\n\n[[trip]]\n' + second
            + f'note = "{note}"\n\n[[trip]]\nmarking = "U"\nnote = "Seats are booked through the motor pool desk"\n')


def _sql(second: str, tail: str = "", row: str = "") -> str:
    return ("-- dump of the motor pool database\nDROP TABLE IF EXISTS `trips`;\nCREATE TABLE `trips` (\n"
            "  `trip_id` int NOT NULL,\n  `portion_marking` varchar(16) NOT NULL,\n  `remarks` text,\n"
            "  PRIMARY KEY (`trip_id`)\n);\n/*!40000 ALTER TABLE `trips` DISABLE KEYS */;\nINSERT INTO `trips` VALUES\n"
            "(10,'U','Bus to the trade fair leaves at nine'),\n"
            + (row or f"(11,'{second}','Driver carries the defector to the safe flat'),\n")
            + "(12,'U','Return trip after the closing lunch');\n" + tail)


_LATEX_HEAD = ("\\documentclass[11pt]{report}\n\\usepackage{fancyhdr}\n\\pagestyle{fancy}\n"
               "\\fancyhead[L]{SECRET}\n\\begin{document}\n")

# (id, document, (U) phrases released at usg)
RELEASED: list[tuple[str, str, list[str]]] = [
    ("sql-insert-without-column-list",
     _sql("SBU"), ["Bus to the trade fair leaves at nine", "Return trip after the closing lunch"]),
    ("latex-subsection-long-heading",
     _LATEX_HEAD + "\\chapter{Coastal Shipping Routes Between the Northern Ports and the Capital Region in 2026}\n"
     "(U) Ferry traffic between the two northern ports grew by a fifth over the year.\n\n"
     "(S) The coast guard commander sells boarding schedules to a trafficking ring.\n\n"
     "\\subsection*{Passenger Terminal Upgrades Funded by the Regional Development Bank Loan}\n"
     "(U) The new terminal at the eastern port opens to passengers in the spring.\n\\end{document}\n",
     ["Ferry traffic between the two northern ports", "The new terminal at the eastern port opens"]),
    ("chat-header-time-in-brackets-first",
     "Microsoft Teams - chat export\nChat: Visa unit / Airport police\nSensitivity label: General\nExported: 2026-12-02\n\n"
     "[12/02/2026 08:41] Hana Okoro\n(U) The visa windows open an hour late on Monday\n\n"
     "[12/02/2026 08:44] Piet de Wit\n(SBU) The airport officer flagged two names on the list\n\n"
     "[12/02/2026 08:50] Hana Okoro\n(U) Thanks, I will tell the line staff\n",
     ["The visa windows open an hour late on Monday", "Thanks, I will tell the line staff"]),
    ("json-messages-each-marked",
     _slack([("ade", "(U) the motor pool closes early on Thursday"),
             ("bo", "(SBU) the minister's driver asked us about the safe house lease"),
             ("ade", "(U) bring your badges to the holiday lunch")]),
     ["the motor pool closes early on Thursday", "bring your badges to the holiday lunch"]),
    ("json-files-under-name-lines",
     '=== users.json ===\n[{"id": "U01", "name": "mara"}, {"id": "U02", "name": "olu"}]\n'
     '=== general/2026-12-01.json ===\n[\n {"user": "U01", "text": "(U) The library moves to the second floor"},\n'
     ' {"user": "U02", "text": "(CUI) Badge photos are stored on the shared drive"},\n'
     ' {"user": "U01", "text": "(U) Coffee is on the house today"}\n]\n',
     ["The library moves to the second floor", "Coffee is on the house today"]),
    ("toml-tables-each-marked",
     _toml('marking = "FOUO"\n'), ["The shuttle leaves the chancery at 0600", "Seats are booked through the motor pool"]),
]

_SECRET_ROW = "Driver carries the defector to the safe flat"
_SECRET_TEXT = "the minister's driver asked us about the safe house lease"
_TOML_TEXT = "The driver reports on the minister's guests"

# (id, document, phrases withheld at `levels`, levels)
WITHHELD: list[tuple[str, str, list[str], tuple[str, ...]]] = [
    # 1 SQL: a SECRET row, a NOFORN row, an empty marking, an UPDATE after the rows, a row of another arity
    ("sql-row-secret", _sql("S"), [_SECRET_ROW], ALL),
    ("sql-row-noforn", _sql("C//NOFORN"), [_SECRET_ROW], ALL),
    ("sql-row-u-noforn", _sql("U//NOFORN"), [_SECRET_ROW], PARTNER_PUBLIC),
    ("sql-row-empty-marking", _sql(""), [_SECRET_ROW], ALL),
    ("sql-row-garbled-marking", _sql("SECRT"), [_SECRET_ROW], ALL),
    ("sql-update-after", _sql("U", tail="UPDATE `trips` SET `portion_marking`='S' WHERE `trip_id`=11;\n"),
     [_SECRET_ROW], ALL),
    ("sql-row-unescaped-quote", _sql("S", row="(11,'','The driver's passenger is the defector from the safe flat'),\n"),
     ["passenger is the defector"], ALL),
    ("sql-row-extra-value", _sql("U", row="(11,'S','U','Driver carries the defector to the safe flat'),\n"),
     [_SECRET_ROW], ALL),
    # 2 continuation: a SECRET paragraph under a heading, an unmarked one, an unmarked chat message, a NOFORN one
    ("latex-secret-under-section",
     _LATEX_HEAD + "\\section{Coastal Shipping Routes Between the Northern Ports and the Capital Region in 2026}\n"
     "(S) The coast guard commander sells boarding schedules to a trafficking ring.\n\\end{document}\n",
     ["sells boarding schedules"], ALL),
    ("latex-unmarked-under-section",
     _LATEX_HEAD + "\\section{Coastal Shipping Routes Between the Northern Ports and the Capital Region in 2026}\n"
     "The coast guard commander sells boarding schedules to a trafficking ring.\n\n"
     "(U) Ferry traffic grew by a fifth.\n\\end{document}\n",
     ["sells boarding schedules"], ALL),
    ("chat-unmarked-message",
     "Microsoft Teams chat export\nChat: Consular section\n\n[12/02/2026 08:41] Hana Okoro\n(U) The visa windows open late\n\n"
     "[12/02/2026 08:44] Piet de Wit\nThe airport officer flagged two names on the watch list\n",
     ["flagged two names on the watch list"], ALL),
    ("chat-noforn-message",
     "Microsoft Teams chat export\nChat: Consular section\n\n[12/02/2026 08:41] Hana Okoro\n(U) The visa windows open late\n\n"
     "[12/02/2026 08:44] Piet de Wit\n(S//NF) The airport officer flagged two names on the watch list\n",
     ["flagged two names on the watch list"], ALL),
    ("chat-under-secret-banner-unmarked",
     "SECRET//NOFORN\nTeams chat export\n\n[12/02/2026 08:41] Hana Okoro\n(U) The visa windows open late\n\n"
     "[12/02/2026 08:44] Piet de Wit\nThe airport officer flagged two names on the watch list\n\nSECRET//NOFORN\n",
     ["flagged two names on the watch list"], ALL),
    # 3 JSON: a SECRET, a NOFORN, an unmarked message; a banner key, a note key, a note in another language, a
    # message of two lines, a garbled mark, a file whose purpose says SECRET
    ("json-secret-message", _slack([("ade", "(U) the motor pool closes early"), ("bo", "(S) " + _SECRET_TEXT)]),
     [_SECRET_TEXT], ALL),
    ("json-noforn-message", _slack([("ade", "(U) the motor pool closes early"), ("bo", "(C//NF) " + _SECRET_TEXT)]),
     [_SECRET_TEXT], ALL),
    ("json-unmarked-message", _slack([("ade", "(U) the motor pool closes early"), ("bo", _SECRET_TEXT)]),
     [_SECRET_TEXT], ALL),
    ("json-banner-key", _slack([("ade", "(U) the motor pool closes early"), ("bo", "(U) " + _SECRET_TEXT)],
                               '\n  "banner": "SECRET//NOFORN",'), [_SECRET_TEXT], ALL),
    ("json-note-key-raises", _slack([("ade", "(U) the motor pool closes early"), ("bo", "(U) " + _SECRET_TEXT)],
                                    '\n  "note": "the second post should carry S//NF",'), [_SECRET_TEXT], ALL),
    ("json-note-other-language", _slack([("ade", "(U) the motor pool closes early"), ("bo", "(U) " + _SECRET_TEXT)],
                                        '\n  "maoni": "ujumbe wa pili ni wa siri kubwa; usishiriki na wageni",'),
     [_SECRET_TEXT], ALL),
    ("json-two-line-message", _slack([("ade", "(U) the motor pool closes early\n(S) " + _SECRET_TEXT)]),
     [_SECRET_TEXT], ALL),
    ("json-line-separator-message", _slack([("ade", "(U) the motor pool closes early\u2028(S) " + _SECRET_TEXT)]),
     [_SECRET_TEXT], ALL),
    ("json-second-mark-inline", _slack([("ade", "(U) the motor pool closes early (S) " + _SECRET_TEXT)]),
     [_SECRET_TEXT], ALL),
    ("json-garbled-mark", _slack([("ade", "(U) the motor pool closes early"), ("bo", "(SECERT) " + _SECRET_TEXT)]),
     [_SECRET_TEXT], ALL),
    ("json-file-purpose-secret",
     '=== channels.json ===\n[{"id": "C1", "purpose": {"value": "SECRET channel: messages are SECRET unless marked"}}]\n'
     '=== ops/2026-12-01.json ===\n[\n {"user": "U01", "text": "(U) Lunch at noon"},\n'
     ' {"user": "U02", "text": "' + _SECRET_TEXT + '"}\n]\n', [_SECRET_TEXT], ALL),
    # 4 TOML: a SECRET, a NOFORN, an unmarked, a garbled table; a comment that raises; a mark in a note; a note in
    # another language
    ("toml-secret-table", _toml('marking = "S"\n'), [_TOML_TEXT], ALL),
    ("toml-noforn-table", _toml('marking = "C//NOFORN"\n'), [_TOML_TEXT], ALL),
    ("toml-u-noforn-caveat", _toml('marking = "U"\ncaveat = "NOFORN"\n'), [_TOML_TEXT], PARTNER_PUBLIC),
    ("toml-no-marking-key", _toml(""), [_TOML_TEXT], ALL),
    ("toml-garbled-marking", _toml('marking = "SECERT"\n'), [_TOML_TEXT], ALL),
    ("toml-comment-raises", _toml('marking = "U"\n', top="# trip 2 is really SECRET, remark pending\n"),
     [_TOML_TEXT], ALL),
    ("toml-mark-in-note", _toml('marking = "U"\n', note="(S) " + _TOML_TEXT), [_TOML_TEXT], ALL),
    ("toml-note-other-language", _toml('marking = "U"\n', note=_TOML_TEXT + " (tämä rivi on salainen)"),
     [_TOML_TEXT], ALL),
    ("toml-header-table-governs", _toml('marking = "U"\n', top='[export]\nclassification = "SECRET//NOFORN"\n\n'),
     [_TOML_TEXT, "The shuttle leaves the chancery"], ALL),
    ("toml-escaped-note", _toml('marking = "U"\n', note="\\u0053ECRET: " + _TOML_TEXT), [_TOML_TEXT], ALL),
    ("toml-release-key-unread", _toml('marking = "FOUO"\nrelease = "USA"\n'), [_TOML_TEXT], ALL),
]


@pytest.mark.parametrize("case_id,text,released", RELEASED, ids=[c[0] for c in RELEASED])
def test_released(case_id: str, text: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)


@pytest.mark.parametrize("case_id,text,withheld,levels", WITHHELD, ids=[c[0] for c in WITHHELD])
def test_withheld(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, levels)
