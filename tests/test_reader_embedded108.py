"""Round 108's traps leaked an SBU line at `public`: a portion mark after a chat line's speaker and
time (`Ayse K. 10:07 (SBU) The ...`, a chat kept in one portion) and after a dictated list's
label in words (`item four (SBU) the ...`) was not read, because an embedded mark was only looked
for after a sentence's end. Documents written for this test."""
import pytest

from released import assert_withheld, versions

SBU_LINE = "The driver's mobile number is only for the volunteers on the roster"


@pytest.mark.parametrize("speaker", ["Ayse K. 10:07", "Tom B. 10:05 (edited)", "Nilufar 9:41 AM", "@ops.desk 14:22:05"])
def test_a_mark_after_a_chat_speaker_and_time_is_read(speaker):
    text = ("Teams chat - community liaison volunteers\nClassification: UNCLASSIFIED\n\n"
            "Ayse K. 10:01 (U) The museum tour is full, we have a waiting list of twelve\n"
            "Tom B. 10:05 (U) Thanks, I will post it in the newsletter\n"
            f"{speaker} (SBU) {SBU_LINE}\n")
    assert_withheld(text, SBU_LINE, levels=("public",))


@pytest.mark.parametrize("label", ["item four", "Item 4", "point three", "para 2:"])
def test_a_mark_after_a_list_label_at_a_line_start_is_read(label):
    text = ("Public Diplomacy staff meeting (dictated)\nClassification: UNCLASSIFIED\n\n"
            "item one the exhibit opens at the national museum on the fifth period\n"
            "item two visitors must leave bags at the door period\n"
            f"{label} (SBU) {SBU_LINE} period\n")
    assert_withheld(text, SBU_LINE, levels=("public",))


def test_a_time_before_a_copyright_sign_is_no_mark():
    text = ("Photo credits\nClassification: UNCLASSIFIED\n\n(U) The museum tour is full this week.\n"
            "10:30 (C) 2026 Reuters, used by permission\n")
    assert "The museum tour is full this week" in versions(text, ("usg",))["usg"]
