"""Round 118's structure leaks, fixed by class on documents written for this test (not the corpus's wording):
unmarked text takes the level of its document (or of its record or component), never the (U) of what it
follows or sits inside.

- a diff or patch, unified, context or normal: a changed line (`+`, `-`, `!`, `<`, `>`) takes the level of
  the document it belongs to, not the mark of the context line above it; a mark on a changed line governs
  that line as a portion mark, whatever the diff's sign in front of it (`+(SBU) ...`, `! (C) ...`, `> (S)`);
- an iCalendar or vCard export: every property of a component, folded or not, takes the level of its
  calendar (`X-WR-CALNAME`, `X-WR-CALDESC`, a `CLASSIFICATION`-like property) or of its component, never the
  (U) of the SUMMARY beside it; a property's own mark governs that property.

Each test also holds non-examples: text that is the marked portion's own, or ordinary text that looks like
a diff's or a calendar's lines, which must stay releasable."""
from __future__ import annotations

from released import assert_withheld, versions

ALL = ("usg", "partner", "public")


def assert_released(text: str, phrase: str, level: str = "usg") -> None:
    assert " ".join(phrase.split()) in " ".join(text.split()), f"{phrase!r} is not in the document"
    assert phrase in " ".join(versions(text, (level,))[level].split()), level


def check(text: str, withheld: list[str], released: list[str], levels: tuple[str, ...] = ALL) -> None:
    """Each of `withheld` is withheld at each of `levels`, each of `released` released at the lowest of them."""
    for phrase in withheld:
        assert_withheld(text, phrase, levels)
    for phrase in released:
        assert_released(text, phrase, levels[-1] if levels != ALL else "usg")


# --- a diff's changed lines ----------------------------------------------------------------------------


def test_unified_diff_added_lines_take_the_level_of_the_cable_not_the_u_context_line():
    text = ("diff --git a/cables/lagos-visit.txt b/cables/lagos-visit.txt\n"
            "--- a/cables/lagos-visit.txt\n"
            "+++ b/cables/lagos-visit.txt\n"
            "@@ -3,6 +3,8 @@\n"
            " S E C R E T SECTION 01 OF 01 LAGOS 000812\n"
            " \n"
            " 1. (U) The delegation arrives in Lagos on Tuesday and meets the port authority\n"
            " on Wednesday morning.\n"
            "+The port authority's deputy director is the source of the tanker manifests\n"
            "+and asked that his name never appear in reporting.\n"
            " \n"
            " 2. (U) Hotel bookings are confirmed at the Eko.\n")
    check(text, ["deputy director is the source of the tanker manifests", "asked that his name never appear in reporting"],
          ["The delegation arrives in Lagos on Tuesday", "Hotel bookings are confirmed at the Eko."])


def test_unified_diff_removed_and_replaced_lines_under_a_classified_cable_line():
    text = ("--- draft1.txt\t2026-11-30 10:02:11\n"
            "+++ draft2.txt\t2026-12-01 08:40:55\n"
            "@@ -8,5 +8,5 @@ SUBJECT: MONTENEGRO: PORT CONCESSION\n"
            " C O N F I D E N T I A L PODGORICA 000233\n"
            " \n"
            " 3. (U) The concession tender closes on January 15.\n"
            "-Bidders include two Chinese state firms and a Turkish operator.\n"
            "+The Turkish bidder told us it pays the minister's brother a retainer.\n"
            " \n"
            " 4. (U) Post will follow the award.\n")
    check(text, ["told us it pays the minister's brother a retainer",
                 "Bidders include two Chinese state firms and a Turkish operator"],
          ["The concession tender closes on January 15.", "Post will follow the award."])


def test_a_banner_on_a_changed_line_is_the_level_of_the_document():
    text = ("--- a/readout.txt\n+++ b/readout.txt\n@@ -1,5 +1,6 @@\n UNCLASSIFIED\n \n"
            " (U) The deputy minister hosted the working lunch.\n"
            "+He said the army will take over the ports if the strike goes on past Sunday.\n \n"
            "-UNCLASSIFIED\n+SECRET//NOFORN\n")
    check(text, ["the army will take over the ports if the strike goes on past Sunday"],
          ["The deputy minister hosted the working lunch."])
    # a banner on a context line only: the document's level, as before
    plain = ("--- a/notice.txt\n+++ b/notice.txt\n@@ -1,3 +1,4 @@\n UNCLASSIFIED\n \n (U) The fair opens at ten.\n"
             "+(U) Parking is free.\n")
    assert_released(plain, "Parking is free.", "public")


def test_normal_diff_greater_than_lines_after_a_u_line():
    text = ("CONFIDENTIAL\n\n"
            "$ diff notes_v1.txt notes_v2.txt\n"
            "4c4,5\n"
            "< 2. (U) The mayor will open the water plant on Friday.\n"
            "---\n"
            "> 2. (U) The mayor will open the water plant on Friday.\n"
            "> The contractor admitted to us that the plant fails its chlorine tests.\n"
            "7a9\n"
            "> (U) Press guidance is attached.\n")
    check(text, ["admitted to us that the plant fails its chlorine tests"], ["Press guidance is attached."])


def test_context_diff_bang_lines_after_a_u_context_line():
    text = ("*** report_old.txt\t2026-12-01 09:00:00\n"
            "--- report_new.txt\t2026-12-02 09:00:00\n"
            "***************\n"
            "*** 1,5 ****\n"
            "  SECRET\n"
            "  \n"
            "  (U) The border crossing at Ras Jedir reopened on Monday.\n"
            "! Traffic is light.\n"
            "  \n"
            "--- 1,5 ----\n"
            "  SECRET\n"
            "  \n"
            "  (U) The border crossing at Ras Jedir reopened on Monday.\n"
            "! A militia commander controls the customs shed and takes a cut of every truck.\n"
            "  \n")
    check(text, ["A militia commander controls the customs shed"], ["The border crossing at Ras Jedir reopened on Monday."])


def test_a_mark_after_a_diff_sign_is_read_as_a_mark():
    text = ("diff --git a/guide/intro.txt b/guide/intro.txt\n"
            "--- a/guide/intro.txt\n"
            "+++ b/guide/intro.txt\n"
            "@@ -1,4 +1,6 @@\n"
            " UNCLASSIFIED\n"
            " \n"
            " (U) Welcome to the consular section's visitor guide.\n"
            "+(U) The waiting room opens at eight.\n"
            "+(SBU) The back entrance code for staff is 4471 until further notice.\n"
            "+(U) Bring your appointment letter.\n")
    check(text, ["The back entrance code for staff is 4471"],
          ["The waiting room opens at eight.", "Bring your appointment letter.",
           "Welcome to the consular section's visitor guide."], ("public",))


def test_a_mark_after_a_context_or_normal_diff_sign_is_read_as_a_mark():
    text = ("UNCLASSIFIED\n\n"
            "2c2,3\n"
            "< (U) Office hours are nine to five.\n"
            "---\n"
            "> (U) Office hours are nine to four.\n"
            "> (SBU) The duty officer's home number is 555-0199.\n"
            "***************\n"
            "*** 8,9 ****\n"
            "! (U) Parking is behind the annex.\n"
            "--- 8,9 ----\n"
            "! (LOU) Parking passes are kept in the GSO safe, combination 12-40-8.\n")
    check(text, ["The duty officer's home number is 555-0199.", "Parking passes are kept in the GSO safe"],
          ["Office hours are nine to four.", "Parking is behind the annex."], ("public",))


def test_not_a_diff_plus_list_and_quoted_reply_keep_their_reading():
    # (a positive first, so that the test fails where the diff's lines are not read)
    diff = ("@@ -1,3 +1,4 @@\n SECRET\n \n+ (U) Lunch is at noon.\n+The ambassador's driver reports to the SSS.\n")
    assert_withheld(diff, "The ambassador's driver reports to the SSS.", ALL)
    # a plain list with plus signs and a reply quoted with `>`, no hunk: read as before
    plus = ("UNCLASSIFIED\n\n(U) Packing list for the retreat:\n+ (U) sunscreen and a hat\n+ (U) walking shoes\n")
    assert_released(plus, "sunscreen and a hat", "public")
    quoted = ("UNCLASSIFIED\n\n(U) Thanks, see you at 3.\n\n> (U) Can we move the meeting to 3pm?\n"
              "> (U) The room is booked until then.\n")
    assert_released(quoted, "Can we move the meeting to 3pm?", "public")
    assert_released(quoted, "The room is booked until then.", "public")


# --- an iCalendar or vCard file's properties -------------------------------------------------------------


def test_an_unmarked_folded_description_under_a_u_summary_takes_the_calendar_level():
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n"
            "X-WR-CALNAME:ECON front office - SECRET//NOFORN\r\n"
            "BEGIN:VEVENT\r\nDTSTART:20261214T090000Z\r\n"
            "SUMMARY:(U) Call with the central bank governor\r\n"
            "DESCRIPTION:Ask whether the reserves figure he gave the IMF hides the swap li\r\n"
            " ne with the Gulf lender that nobody in cabinet has seen.\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\nDTSTART:20261215T090000Z\r\n"
            "SUMMARY:(U) Book the conference room for the trade fair briefing\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")
    check(text, ["he gave the IMF hides the swap li"], ["Call with the central bank governor",
                                                        "Book the conference room for the trade fair briefing"])


def test_a_comment_property_and_a_vcard_note_after_u_properties_take_the_file_level():
    text = ("BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-CALDESC:Protocol tasks (CONFIDENTIAL)\nBEGIN:VTODO\n"
            "SUMMARY:(U) Order the flags for the national day\n"
            "COMMENT:The foreign minister will skip the national day because of the coup rumours.\n"
            "STATUS:NEEDS-ACTION\nEND:VTODO\nEND:VCALENDAR\n")
    check(text, ["will skip the national day because of the coup rumours"], ["Order the flags for the national day"])
    card = ("BEGIN:VCARD\nVERSION:4.0\nCATEGORIES:SECRET\nFN:(U) Amina Diallo\nORG:(U) Ministry of Mines\n"
            "NOTE:Passes the sealed tender bids to the embassy every Friday evening.\nEND:VCARD\n")
    check(card, ["Passes the sealed tender bids to the embassy every Friday evening."], ["Ministry of Mines"])


def test_each_escaped_line_of_a_description_is_read_by_its_own_mark():
    text = ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:(U) Visa section offsite\n"
            "DESCRIPTION:UNCLASSIFIED\\n\\n(U) Lunch is at the riverside cafe.\\n(SBU) The staff gate\n"
            "  code for the weekend is 90210.\\n(U) Bring a jacket.\\n\\nUNCLASSIFIED\n"
            "CLASS:CONFIDENTIAL\nEND:VEVENT\nEND:VCALENDAR\n")
    check(text, ["code for the weekend is 90210"], ["Lunch is at the riverside cafe.", "Bring a jacket.",
                                                    "Visa section offsite"], ("public",))
    # an unmarked line after a (U) line of the same value, in a calendar named CONFIDENTIAL
    conf = ("BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-CALNAME:RSO - CONFIDENTIAL\nBEGIN:VEVENT\n"
            "SUMMARY:(U) Guard force meeting\nDESCRIPTION:(U) Agenda: shift rosters.\\nThe guard commander\n"
            "  sells the residence schedules to a kidnapping gang.\nEND:VEVENT\nEND:VCALENDAR\n")
    check(conf, ["sells the residence schedules to a kidnapping gang"], ["Agenda: shift rosters."])
    # a calendar whose names say a level only in title case, or as iCalendar's access class: no level
    escape = ("BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-CALNAME:Top Secret Escape Club\nBEGIN:VEVENT\n"
              "SUMMARY:(U) Escape room night at the Secret Vault\nDESCRIPTION:(U) Teams of five\\, pizza after.\n"
              "CLASS:CONFIDENTIAL\nEND:VEVENT\nEND:VCALENDAR\n")
    assert_released(escape, "Escape room night at the Secret Vault", "public")
    assert_released(escape, "Teams of five", "public")
