"""The classes of the known leak of round 83 (adv83-026) and of the first runs of rounds 88-91, fixed
by class, on documents written for this test. And what must stay released beside them."""
import pytest

from released import assert_withheld, versions

SECRET = "Two donors have told us privately that their pledges depend on the vote being postponed"
PLAIN = "The next conference is planned for the autumn"


@pytest.mark.parametrize("inserted", [
    f"[MOVED TO: {SECRET}]",
    f"[Moved here: {SECRET}.]",
    f"[INS: {SECRET}]",
    f"[Inserted: {SECRET}]",
    f"{{++{SECRET}++}}",
    f"{{+{SECRET}+}}",
    f"<ins>{SECRET}</ins>",
])
def test_text_a_redline_shows_moved_in_does_not_take_the_mark_of_its_new_portion(inserted):
    text = ("SECRET\nCompare of v2 and v3\n\n"
            f"(U) The pledging conference raised a record sum. {inserted}\n"
            f"(U) {PLAIN}.\n(S) [MOVED FROM: now in paragraph 1]\nSECRET\n")
    assert_withheld(text, SECRET)
    released = versions(text)["usg"]
    assert PLAIN in released and "The pledging conference raised a record sum." in released


def test_deleted_text_keeps_its_portions_mark():
    text = ("SECRET\nCompare of v2 and v3\n\n"
            "(U) The pledging conference raised [DEL: nearly ]a record sum.\n"
            f"(U) {PLAIN}.\n(S) {SECRET}.\nSECRET\n")
    assert_withheld(text, SECRET)
    released = versions(text)["usg"]
    assert "The pledging conference raised [DEL: nearly ]a record sum." in released and PLAIN in released


def test_an_insertion_in_an_unclassified_document_stays_released():
    text = f"UNCLASSIFIED\n\n(U) The pledging conference raised [INS: what the ministry called ]a record sum.\n(U) {PLAIN}.\nUNCLASSIFIED\n"
    released = versions(text)["public"]
    assert "[INS: what the ministry called ]a record sum" in released and PLAIN in released


def test_a_header_line_that_names_an_item_is_a_statement_about_the_item_not_the_whole_text():
    text = ("From: Kim, Lee\nTo: INL-Team\nSubject: program notes\nClassification: UNCLASSIFIED\n"
            "Remark: item 2 is law enforcement sensitive - DEA and FBI eyes only\n\nTeam,\n\n"
            "1. The police academy graduated 210 new officers in November.\n"
            f"2. {SECRET}.\n3. {PLAIN}.\n\nLee\n")
    assert_withheld(text, SECRET, levels=("partner", "public"))
    assert PLAIN in versions(text, ("partner",))["partner"]
