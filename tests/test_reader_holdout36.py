"""The classes of leak that round 36's first run found (tests/corpus/adversarial36/FIRST_RUN.md), on
documents written for this test: case notes and log lines whose entries open with a numeric date
(and a time) before the entry's mark (`2019-05-02 (S) ...`) are portions of their own; a mark
that opens a cell of a delimited row (`F-2020-0103,2020-01-08,"(SBU) Requester ...`) is read."""
import pytest

from released import assert_withheld

NOTE = "Name matches a militia financier in reporting from the liaison cell."


@pytest.mark.parametrize("date", ["2019-05-02", "05/02/2019", "2019-05-02 14:10", "2019-05-02T14:10:05Z"])
@pytest.mark.parametrize("mark", ["(S)", "(\u0405)"])  # (a Cyrillic DZE for the S)
def test_a_dated_entry_with_its_own_mark_is_a_portion(date, mark):
    text = ("UNCLASSIFIED//SBU\nCASE NOTES   Case: NBO2019-41177\n"
            "2019-05-01 (U) Applicant interviewed for a student visa.\n"
            f"{date} {mark} {NOTE}\n2019-05-03 (SBU) Applicant's father is a district commissioner.\nUNCLASSIFIED//SBU\n")
    assert_withheld(text, NOTE)


@pytest.mark.parametrize("separator", [",", "\t"])
def test_a_mark_that_opens_a_cell_of_a_row(separator):
    row = "Requester is a former employee whose clearance was revoked in 2017."
    text = ("UNCLASSIFIED\n" + separator.join(["Case", "Received", "Subject", "Disposition"]) + "\n"
            + separator.join(["F-1", "2020-01-03", '"Records on the 1978 embassy seizure."', "Released"]) + "\n"
            + separator.join(["F-2", "2020-01-08", f'"(SBU) {row}"', "Pending"]) + "\n")
    assert_withheld(text, row, ("public",))
