"""Round 108's structure variants, fixed by class on documents written for this test: a log whose
entries are led by a four-figure time set off by one space (`0730 Received ...` under `0615 (U)
...`), and a chat message's edit marker with a noun before it (`(message edited)`, `[post edited]`)
followed by added lines with no mark of their own."""
import pytest

from released import assert_withheld

SECRET = "Received tasking to shadow a semi-submersible reported by a patrol aircraft"


@pytest.mark.parametrize("line_end", ["\n", "\r", "\r\n", "\x85"])
def test_an_unmarked_entry_of_a_log_led_by_four_figure_times_is_its_own_portion(line_end):
    lines = ["SECRET", "Deck log extract, 17 November", "", "0400 (U) Underway on various courses and speeds.",
             "0615 (U) Sunrise, visibility ten miles.", f"0730 {SECRET}.", "0845 (U) Held general quarters drill.",
             "", "SECRET"]
    assert_withheld(line_end.join(lines) + line_end, SECRET, levels=("usg", "partner", "public"))


@pytest.mark.parametrize("marker", ["(message edited)", "[post edited]", "(this message was edited)"])
def test_lines_added_under_an_edited_chat_message_are_not_its_text(marker):
    text = ("Conversation history\nSubject: SECRET//NOFORN - coordination\n\n"
            "[14:02] Walsh, Kevin: (U) Are we still on for the meeting at three\n"
            f"[14:03] Ortiz, Ana: (U) Yes, room 4B, bring the visitor roster {marker}\n"
            "    Also the liaison confirmed the asset in Herat is back in contact with us\n"
            "[14:05] Walsh, Kevin: (U) Thanks, see you at three\n")
    assert_withheld(text, "the liaison confirmed the asset in Herat is back in contact with us",
                    levels=("usg", "partner", "public"))
