"""Rounds 122 and 124's structure leaks, fixed by class on documents written for this test (not the corpus's
wording): unmarked text takes the level of its document, record or message, never the (U) of what it
follows or sits inside.

- a chat or conversation message's unmarked further lines under its marked first line, the message's
  header written author first and the time in brackets after it (Skype for Business, Lync);
- an outline's or a note's items set in deeper under a marked heading (Evernote, a notes app's text export, a
  cable's `o` items): each is a portion of its own, which the heading's mark does not mark;
- tracked changes pasted as text (`Inserted: ...`, `Deleted: ...`, a margin comment `Comment [AB1]: ...`) inside a
  marked paragraph: text of the document, at the document's level, never under the paragraph's mark;
- a troff man page whose level is stated only in a source comment (`.\\" Classification: ...`) or its `.TH` title
  macro: its section and paragraph macros (`.SH`, `.SS`, `.PP`) part its portions, and an unmarked section takes
  that level, never the (U) of the section above it;

Each test also holds non-examples: text that is the marked portion's own, which must stay releasable."""
from __future__ import annotations

from released import assert_released, assert_withheld, check



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



# --- items of a note or outline set in deeper under a marked heading -----------------------------------------


def test_note_export_items_indented_under_a_marked_heading():
    text = ("Title: Harare consultations - prep\n"
            "Created: 11/20/2026 8:02 AM\n"
            "Tags: CONFIDENTIAL//NOFORN, AF-S, travel\n"
            "Notebook: Zimbabwe desk\n\n"
            "(U) Schedule\n"
            "    * (U) Arrive Tuesday on the morning flight from Johannesburg\n\n"
            "(U) Calls at the finance ministry and the central bank\n"
            "    * The permanent secretary admitted the gold coins were sold to a Dubai trader\n"
            "    * keep the name of our contact at the central bank out of any cable\n\n"
            "(U) Press\n"
            "    * (U) Short statement on the drought assistance package\n")
    check(text, ["The permanent secretary admitted the gold coins were sold to a Dubai trader",
                 "keep the name of our contact at the central bank out of any cable"],
          ["Arrive Tuesday on the morning flight from Johannesburg", "Short statement on the drought assistance package"])
    # not an example: the same items under a heading of an UNCLASSIFIED note read as the note's
    plain = ("UNCLASSIFIED\n\n"
             "(U) Community day at the school\n"
             "    * Volunteers meet at the school gate at nine\n"
             "    * Bring gloves and water bottles\n\n"
             "UNCLASSIFIED\n")
    assert_released(plain, "Volunteers meet at the school gate at nine")
    assert_released(plain, "Bring gloves and water bottles")


def test_cable_items_set_in_under_a_marked_numbered_heading():
    text = ("C O N F I D E N T I A L SECTION 01 OF 02 LUSAKA 000733\n\n"
            "SIPDIS\n\n"
            "E.O. 13526: DECL: 11/20/2036\n"
            "TAGS: PGOV, PREL, ZA\n"
            "SUBJECT: (U) DCM MEETING NOTES, MINING LICENCES\n\n"
            "1. (U) Background to the copper licence review in the Copperbelt province\n"
            "      o the mines minister told the DCM the review is a cover to reassign two licences to his cousin\n"
            "      o the Chinese smelter has already paid a deposit on one of them\n"
            "2. (U) The embassy will host a mining investment roundtable on 3 December with the chamber\n"
            "   of mines and the provincial minister.\n\n"
            "HOLLAND\n")
    check(text, ["the review is a cover to reassign two licences to his cousin",
                 "the Chinese smelter has already paid a deposit on one of them"],
          ["Background to the copper licence review in the Copperbelt province",
           "of mines and the provincial minister."])  # (the second: a hanging indent, no item)


# --- tracked changes pasted as text inside a marked paragraph ---------------------------------------------


def test_word_tracked_changes_inserted_and_deleted_text_in_a_marked_paragraph():
    text = ("CONFIDENTIAL\n\n"
            "MEMORANDUM FOR THE AMBASSADOR\n"
            "FROM:    POL - Karin Osei\n"
            "SUBJECT: (U) Cabinet Reshuffle\n\n"
            "1. (U) The president announced four new ministers on Friday. Inserted: The new interior minister "
            "was\nnamed at the request of the army chief Deleted: The list was expected.\n\n"
            "2. (U) The swearing-in is on Tuesday at State House. Comment [KO1]: our source is the "
            "chief's aide, do not quote\n\n"
            "3. (U) Embassy will send the usual congratulatory note. Inserted: (U) Copy to the DCM.\n"
            "Records deleted: none.\n\n"
            "CONFIDENTIAL\n")
    check(text, ["named at the request of the army chief", "our source is the chief's aide, do not quote"],
          ["The president announced four new ministers on Friday.", "The swearing-in is on Tuesday at State House.",
           "Embassy will send the usual congratulatory note.", "Copy to the DCM."])


def test_tracked_changes_in_an_email_with_a_margin_comment_line():
    text = ("From: Ruiz, Alma\nTo: Desk, Andean\nSubject: draft points, SECRET//NOFORN\n\n"
            "SECRET//NOFORN\n\n"
            "(U) The vice president arrives Monday for the trade talks. Inserted: Military intelligence\n"
            "has a source in his security detail who reports on his contacts with the cartel\n"
            "Comment [AR2]: this came from the station, keep it out of the points\n\n"
            "(U) The talks cover coffee tariffs and the airport concession.\n\n"
            "SECRET//NOFORN\n")
    check(text, ["has a source in his security detail who reports on his contacts with the cartel",
                 "this came from the station, keep it out of the points"],
          ["The vice president arrives Monday for the trade talks.",
           "The talks cover coffee tariffs and the airport concession."])


# --- a man page's level in a source comment or its title macro ------------------------------------------------


def test_troff_man_page_level_in_a_source_comment():
    text = ('.\\" Classification: CONFIDENTIAL//NOFORN\n'
            '.TH BORDERWATCH 8 "October 2026" "borderwatch 2.1"\n'
            '.SH DESCRIPTION\n'
            '(U) borderwatch polls the crossing cameras and stores one frame a minute.\n'
            '.SH NOTES\n'
            'the Tajik side switches off camera 4 whenever the convoy from Khorog crosses at night\n'
            '.SH AUTHOR\n'
            '(U) Written by the post security systems section.\n')
    check(text, ["the Tajik side switches off camera 4 whenever the convoy from Khorog crosses at night"],
          ["borderwatch polls the crossing cameras and stores one frame a minute.",
           "Written by the post security systems section."])


def test_troff_man_page_level_in_its_title_macro():
    text = ('.TH TANKLOG 1 "March 2026" "tanklog 0.9" "SECRET"\n'
            '.SH SYNOPSIS\n'
            '(U) tanklog reads the fuel depot sensor export and prints a daily summary.\n'
            '.SS Known sites\n'
            'the depot at Qayyarah also stores fuel for the militia battalion there\n'
            '.PP\n'
            '(U) Report problems to the logistics help desk.\n')
    check(text, ["the depot at Qayyarah also stores fuel for the militia battalion there"],
          ["tanklog reads the fuel depot sensor export and prints a daily summary.",
           "Report problems to the logistics help desk."])
    # not an example: an UNCLASSIFIED page's unmarked section reads as the page's
    plain = text.replace('"SECRET"', '"UNCLASSIFIED"').replace(
        "the depot at Qayyarah also stores fuel for the militia battalion there", "the sensor export is a CSV file")
    assert_released(plain, "the sensor export is a CSV file")
