"""Lead, session 39: fixes the lead made to this session's merge (issue 8).

Round 162's trap 072 (an UNCLASSIFIED export whose fields are parted by U+001F and records by U+001D) released its one
`(SBU)` note at public: the view dropped the UNIT SEPARATOR as an invisible control, so `S<US>(SBU) Student's home
address` read as `S(SBU) Student's`, a mark inside a word. A unit separator parts fields as a tab does: the view reads
it as a tab, so a mark after it opens its field. First run (main `2168ede`): the SBU note and the SECRET field below
were released at public (the case below, written by the lead after the round's first run, also at usg for the SECRET).
"""
from __future__ import annotations

from released import assert_released, assert_withheld

US, GS, RS = "\x1f", "\x1d", "\x1e"


def _export(records: list[list[str]], record_end: str) -> str:
    return ("UNCLASSIFIED\n# case export: id, office, status, note\n"
            + "".join(US.join(fields) + record_end for fields in records) + "UNCLASSIFIED\n")


RECORDS = [
    ["TK-1101", "CONS", "open", "(U) Visa appointment moved to Thursday at the consular section window."],
    ["TK-1102", "RSO", "closed", "(SBU) The applicant's home address is on file with the regional security office."],
    ["TK-1103", "POL", "open", "(S) The minister's aide is passing the coalition's draft budget to our station."],
    ["TK-1104", "GSO", "open", "(U) Replacement generator for the annex arrives on the next shipment."],
]


def test_unit_separated_fields_with_record_separators_withhold_their_marked_notes() -> None:
    text = _export(RECORDS, GS + "\n")
    assert_withheld(text, "home address is on file with the regional security office", ("public",))
    assert_withheld(text, "passing the coalition's draft budget to our station", ("usg", "partner", "public"))
    assert_released(text, "Visa appointment moved to Thursday at the consular section window.")
    assert_released(text, "Replacement generator for the annex arrives on the next shipment.")


def test_unit_separated_fields_on_one_line_per_record_separator() -> None:
    # no LF at all: records parted only by RECORD SEPARATORs, fields by UNIT SEPARATORs
    text = _export(RECORDS, RS)
    assert_withheld(text, "home address is on file with the regional security office", ("public",))
    assert_withheld(text, "passing the coalition's draft budget to our station", ("usg", "partner", "public"))
