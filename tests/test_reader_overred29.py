"""Round 122's over-redacted ordinary records, fixed by class (issue 8). Documents written for this test,
not the rounds' wording; and what each fix must not do (text that stays withheld).

Class A: a syslog line's time stamp, host and program before the line's mark (`Nov 20 02:09:58 host
xferd[990]: (U) ...`, an ISO 8601 time stamp too; lines separated by NEL as well) marks that line
(`marks._SYSLOG_MARK_LEAD`).
Class B: a word processor's comment balloon tag before the comment's mark (`Comment [JA1]: (U) ...`) is
no mark: the mark after it is the comment's (`marks._BALLOON_MARK_LEAD`).
Class C: an INI file's comment sign before a mark (`; (U) ...`) marks the comment line, and `; SECRET` is a
banner (`marks._COMMENT_SIGN_MARK_LEAD`, `MarkReader.banner_at`); a comment line is a portion of its own,
and so is the line after it (`portions.paragraph_break`): the unmarked settings and comments after a
marked comment stay unmarked (withheld under the banner).
Class D: a CSV export's `Mark` column is a record's portion mark like `PM` (rules/markings.yaml
`record_marking_columns`): the record takes the most restrictive of it and the marks opening its cells.
Class E: a Catalan negation before a level word ("aquest punt no és confidencial", "aquests punts no són confidencials") states no
level (`unresolved_scope.untranslated.negation_before`); the level said without it still raises.
"""
import pytest

from released import assert_withheld, versions

# ---------------------------------------------------------------- class A: syslog lines

KEPT_1 = "backup agent finished the nightly copy of the mail store"
KEPT_2 = "operator acknowledged the disk warning on volume two"
SECRET_LINE = "transfer halted because the file names the submarine patrol area east of Okinawa"


def _syslog(sep: str, stamps: tuple[str, str, str]) -> str:
    lines = ["SECRET", "# /var/log/messages on relay-04",
             f"{stamps[0]} relay-04 backupd[2210]: (U) {KEPT_1}",
             f"{stamps[1]} relay-04 guardd[77]: (S) {SECRET_LINE}",
             f"{stamps[2]} relay-04 kernel: (U) {KEPT_2}", "SECRET", ""]
    return sep.join(lines)


def test_syslog_lines_marked_after_their_prefix() -> None:
    text = _syslog("\n", ("Dec  3 23:40:12", "Dec  3 23:41:07", "Dec  3 23:44:55"))
    out = versions(text, ("usg",))
    assert KEPT_1 in out["usg"] and KEPT_2 in out["usg"]
    assert_withheld(text, SECRET_LINE, ("usg", "partner", "public"))


def test_syslog_iso_stamps_and_next_line_separators() -> None:
    text = _syslog("\x85", ("2026-12-03T23:40:12Z", "2026-12-03T23:41:07Z", "2026-12-03T23:44:55+01:00"))
    out = versions(text, ("usg",))
    assert KEPT_1 in out["usg"] and KEPT_2 in out["usg"]
    assert_withheld(text, SECRET_LINE, ("usg", "partner", "public"))


def test_syslog_line_without_mark_stays_withheld() -> None:
    unmarked = "relay-04 guardd[77]: the liaison feed from the JMSDF was replayed twice"
    text = "SECRET\n" + f"Dec  3 23:40:12 relay-04 backupd[2210]: (U) {KEPT_1}\nDec  3 23:41:07 {unmarked}\nSECRET\n"
    assert_withheld(text, "the liaison feed from the JMSDF was replayed twice", ("usg", "partner", "public"))


# ---------------------------------------------------------------- class B: comment balloons

NOTE = "please confirm the page count before this goes forward"
NOTE_2 = "the second table needs a source line"
HELD = "the minister wants the shipment routed through Aqaba to avoid the border inspection"


BALLOONS = [
    ("SECRET\n\nINFORMATION MEMO\n\n1. (U) The working group met on Tuesday.\n"
     f"2. (S) {HELD}.\nComment [MK2]: (U) {NOTE}\n3. (U) Next steps follow.\n\nSECRET\n", NOTE),
    ("SECRET\n\n1. (U) The working group met on Tuesday.\n"
     f"Comment [RB13]: (S) {HELD}\nComment [RB14]: (U) {NOTE_2}\n\nSECRET\n", NOTE_2),
]


@pytest.mark.parametrize(("text", "kept"), BALLOONS)
def test_comment_balloon_tag_is_no_mark(text: str, kept: str) -> None:
    assert kept in versions(text, ("usg",))["usg"]
    assert_withheld(text, HELD, ("usg", "partner", "public"))


def test_comment_balloon_without_mark_stays_withheld() -> None:
    text = ("SECRET\n\n1. (U) The working group met on Tuesday.\n\n"
            f"Comment [JA1]: {HELD}\n\nSECRET\n")
    assert_withheld(text, HELD, ("usg", "partner", "public"))


# ---------------------------------------------------------------- class C: INI comments

INI_KEPT_1 = "Rotate the relay logs every Sunday night."
INI_KEPT_2 = "Mail failures to the help desk queue."
INI_HELD = "Suppress alerts for the Kabul liaison account while the audit runs"
INI_HELD_2 = "this account belongs to the liaison service and must not be named"


def test_ini_comment_marks() -> None:
    text = ("; SECRET\n; relay.ini\n\n[logs]\n"
            f"; (U) {INI_KEPT_1}\nrotate = weekly\n; (S) {INI_HELD}\nsuppress = kbl-liaison\n\n"
            f"[mail]\n; (U) {INI_KEPT_2}\nto = helpdesk\n\n; SECRET\n")
    out = versions(text, ("usg",))
    assert INI_KEPT_1 in out["usg"] and INI_KEPT_2 in out["usg"]
    assert_withheld(text, INI_HELD, ("usg", "partner", "public"))


def test_ini_unmarked_comment_after_marked_one_stays_withheld() -> None:
    text = ("; Classification: SECRET//NOFORN\n\n[accounts]\n"
            f"; (U) {INI_KEPT_1}\nrotate = weekly\n; {INI_HELD_2}\n; {INI_HELD}\nuser = kbl-liaison\n\n"
            "; Classification: SECRET//NOFORN\n")
    out = versions(text, ("usg",))
    assert INI_KEPT_1 in out["usg"]
    assert_withheld(text, INI_HELD_2, ("usg", "partner", "public"))
    assert_withheld(text, INI_HELD, ("usg", "partner", "public"))
    assert_withheld(text, "user = kbl-liaison", ("usg", "partner", "public"))


# ---------------------------------------------------------------- class D: a CSV's `Mark` column

ROW_KEPT = "Visa interview moved to Monday"
ROW_KEPT_2 = "Travel documents collected"
ROW_HELD = "The applicant's cousin works for the provincial intelligence directorate"


CSV_EXPORTS = [
    "Case,Mark,Post,Notes\n" f"K-101,(U),Erbil,{ROW_KEPT}\nK-102,(C),Erbil,{ROW_HELD}\nK-103,(U),Amman,{ROW_KEPT_2}\n",
    "Relocation tracker (CONFIDENTIAL)\nCase,Mark,Post,Notes\n"
    f"K-101,(U),Erbil,(U) {ROW_KEPT}\nK-102,(U),Erbil,(C) {ROW_HELD}\nK-103,(U),Amman,(U) {ROW_KEPT_2}\n"
    "Classification,CONFIDENTIAL,,\n",
]


@pytest.mark.parametrize("text", CSV_EXPORTS)
def test_csv_mark_column_marks_its_records(text: str) -> None:
    released = versions(text, ("usg",))["usg"]
    assert ROW_KEPT in released and ROW_KEPT_2 in released
    assert_withheld(text, ROW_HELD, ("usg", "partner", "public"))


def test_csv_mark_column_unreadable_value_stays_withheld() -> None:
    text = ("SECRET\nCase,Mark,Post,Notes\n"
            f"K-101,(U),Erbil,{ROW_KEPT}\nK-102,pending,Erbil,{ROW_HELD}\nSECRET\n")
    assert_withheld(text, ROW_HELD, ("usg", "partner", "public"))


# ---------------------------------------------------------------- class E: a Catalan negation

GRANTS = "Two Catalan teachers won exchange grants for next spring"
THREAT = "The consul general will skip the book fair because of a threat assessment"


def _minutes(note: str) -> str:
    return ("UNCLASSIFIED\n\nCultural programs meeting\n\n1. (U) The film series continues in 2027.\n"
            f"2. (U) {GRANTS}.\n   (U) Nota: {note}, ho podem publicar.\n3. (SBU) {THREAT}.\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("note", ["aquest punt no és confidencial", "aquests punts no són confidencials"])
def test_catalan_negation_states_no_level(note: str) -> None:
    text = _minutes(note)
    assert GRANTS in versions(text, ("usg",))["usg"]
    assert_withheld(text, THREAT, ("public",))


def test_catalan_level_not_negated_still_raises() -> None:
    assert_withheld(_minutes("aquest punt és confidencial"), GRANTS, ("usg", "partner", "public"))
