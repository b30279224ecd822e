"""The classes of the first runs of rounds 77-80 and the known leak of round 75 (adv75-033), fixed
by class, on documents written for this test: a banner under a draft's title line. And what must
stay released beside them."""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master admitted that the customs scanners were switched off for a week"
PLAIN = "The new ferry timetable starts on Monday"


@pytest.mark.parametrize("title", ["USNATO DRAFT - NOT YET CLEARED", "DRAFT", "Embassy Tallinn working draft v3"])
@pytest.mark.parametrize("end", ["\n", "\r", "\x85"])
def test_a_banner_under_a_drafts_title_line(title, end):
    text = end.join([title, "CONFIDENTIAL", "", "SUBJECT: PORT READOUT", "",
                     f"1. (U) {PLAIN} at the weekly meeting.", f"[{SECRET}]",
                     "2. (U) The minister summarized the discussion.", ""])
    assert_withheld(text, SECRET)
    assert PLAIN in versions(text)["usg"]
