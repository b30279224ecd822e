"""Rounds 122 and 124's structure leaks, fixed by class on documents written for this test (not the corpus's
wording): unmarked text takes the level of its document, record or message, never the (U) of what it
follows or sits inside.

- a chat or conversation message's unmarked further lines under its marked first line, the message's
  header written author first and the time in brackets after it (Skype for Business, Lync);
- an outline's or a note's items set in deeper under a marked heading (Evernote, OneNote, a notes app's text
  export): each is a portion of its own, which the heading's mark does not mark;

Each test also holds non-examples: text that is the marked portion's own, which must stay releasable."""
from __future__ import annotations

from released import assert_withheld, versions

ALL = ("usg", "partner", "public")


def assert_released(text: str, phrase: str, level: str = "usg") -> None:
    assert " ".join(phrase.split()) in " ".join(text.split()), f"{phrase!r} is not in the document"
    assert phrase in " ".join(versions(text, (level,))[level].split()), level


# --- a conversation's message header written author first, the time after it ------------------------------


def test_skype_history_unmarked_lines_under_a_marked_message_take_the_conversation_level():
    text = ("From:    Conversation History\r\n"
            "Subject: Conversation with Ilse Marchetti [CONFIDENTIAL]\r\n"
            "Date:    Tuesday, November 10, 2026 9:12 AM\r\n\r\n"
            "CONFIDENTIAL\r\n\r\n"
            "Ilse Marchetti [9:12 AM]:\r\n"
            "(U) Are we still on for the trade fair walkthrough?\r\n\r\n"
            "Dario Kovacs [9:13 AM]:\r\n"
            "(U) Yes, booth plan attached.\r\n"
            "separately, the minister's aide says\r\n"
            "the tender will be rigged for the Chinese consortium\r\n\r\n"
            "Ilse Marchetti [9:15 AM]:\r\n"
            "(U) Thanks, and the floor map puts our stand between the Italian pavilion and the\r\n"
            "coffee bar near the north entrance, see you there at ten.\r\n\r\n"
            "CONFIDENTIAL\r\n")
    assert_withheld(text, "the tender will be rigged for the Chinese consortium", ("usg", "partner", "public"))
    assert_withheld(text, "separately, the minister's aide says", ("usg", "partner", "public"))
    assert_released(text, "Are we still on for the trade fair walkthrough?")
    assert_released(text, "Yes, booth plan attached.")
    assert_released(text, "coffee bar near the north entrance, see you there at ten.")  # (a wrap of the (U) line)


def test_lync_history_author_then_time_in_parentheses():
    text = ("Conversation: Warehouse audit follow-up\n"
            "SENSITIVE BUT UNCLASSIFIED//NOFORN\n\n"
            "Okafor, Miriam (11/30/2026 7:55 AM):\n"
            "(U) Morning, the audit team lands Thursday.\n"
            "one of the storekeepers admitted selling the spare tires\n"
            "to a dealer in Kisumu, HR is not told yet\n\n"
            "Lindqvist, Per (11/30/2026 7:58 AM):\n"
            "(U) Noted, I will meet them at the airport.\n\n"
            "SENSITIVE BUT UNCLASSIFIED//NOFORN\n")
    assert_withheld(text, "one of the storekeepers admitted selling the spare tires", ("partner", "public"))
    assert_released(text, "Morning, the audit team lands Thursday.")
    assert_released(text, "Noted, I will meet them at the airport.")

