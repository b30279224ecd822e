"""Over-redaction where the reader took words for a portion mark (overred33, issue 8), on main `44e044b`.

- a chat post's time in Zulu in brackets, `[1402Z] maj.harlan: (U) ...`, was read as a doubtful mark, so
  every post was withheld: where the post's own mark follows its author, that mark is the post's (as after
  `[14:02]` and `[0911]` already); with no mark there, the time stays a doubtful mark, which keeps the line a
  portion of its own (`marks._ZULU_TIME`, `MarkReader._find_mark_lead`);
- an IRC log's nick in angle brackets needs no colon: `[1402Z] <joc_chief> (U) ...` (mIRC, irssi) carries
  the mark after the nick (`marks._CHAT_NICK_MARK_LEAD`), and a Matrix or Slack handle keeps its `@`
  (`[2024-01-09 07:12] @ana: (U) ...`).

Each rule is written to break below: a `(S)` post, a post with no mark, a garbled mark, a level stated in a
post's text, a Zulu time with no author after a `(U)` line (it must not join that line's portion).

Left (fails closed): dotted initials at a line start, `(U.S.) The United States welcomes ...`, read as a
doubtful mark. Taking them for text made the line a continuation of a `(U)` line above it (no blank line
between): a `(U.S.)` line under `(U) ...` was released at usg in a SECRET//NOFORN document. Reading them
right needs an unmarked portion that starts at them, not a rule that they are no mark.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld, mark_of, portion_marks

HARLAN = "thanks all for joining the hotwash, notes go to J7 by Friday"
RADAR = "the simulated strike package revealed a gap in the northern radar coverage"
DRONE = "the drone seen over the Kings Bay submarine base was launched from a fishing boat"


def chat(*posts: str, banner: str = "SECRET//REL TO USA, FVEY", sep: str = "\n") -> str:
    return sep.join([banner, "Room: EX-STEEL-TRIDENT-26-HOTWASH", "", *posts, "", banner]) + "\n"


# --- must release -----------------------------------------------------------------------------

@pytest.mark.parametrize("sep", ["\n", "\r\n", "\u2028"])
def test_a_zulu_time_before_the_author_is_no_mark(sep):
    text = chat(f"[1402Z] maj.harlan: (U) {HARLAN}", f"[1403Z] cdr.okoye: (S//REL TO USA, FVEY) {RADAR}", sep=sep)
    assert_released(text, HARLAN)
    assert_withheld(text, RADAR, ALL)


def test_an_irc_nick_in_angle_brackets_carries_the_mark_after_it():
    text = chat(f"[1402Z] <joc_chief> (U) {HARLAN}", f"[1405Z] <j2_watch> (S) {DRONE}",
                "[1410Z] <fema_lno> (U) FEMA Region IX confirms two Type 1 incident teams are committed in Ventura",
                banner="SECRET")
    assert_released(text, HARLAN)
    assert_released(text, "FEMA Region IX confirms two Type 1 incident teams are committed in Ventura")
    assert_withheld(text, DRONE, ALL)
    assert mark_of(portion_marks(text), "notes go to J7") == ("(U)", False)


@pytest.mark.parametrize("time", ["[14:02]", "[1402]", "[0911Z]"])
def test_an_irc_nick_after_any_chat_time(time):
    text = chat(f"{time} <joc_chief> (U) {HARLAN}", f"{time} <j2_watch> (S) {DRONE}", banner="SECRET")
    assert_released(text, HARLAN)
    assert_withheld(text, DRONE, ALL)


# --- must withhold: each rule written to break ------------------------------------------------

@pytest.mark.parametrize("post", [
    f"[1403Z] cdr.okoye: (S) {RADAR}",                      # a Zulu time before a raising mark
    f"[1403Z] <cdr.okoye> (S//NF) {RADAR}",                 # an IRC nick before a raising mark
    f"[1403Z] <cdr.okoye> {RADAR}",                         # an IRC post with no mark: the room's level
    f"[1403Z] cdr.okoye: {RADAR}",                          # a post with no mark after a Zulu time
    f"[1403Z] <cdr.okoye> (5) {RADAR}",                     # an OCR-garbled mark after the nick: doubtful
    f"[1403Z] <cdr.okoye> [S] {RADAR}",                     # a bracketed mark after the nick: not the post's lead
])
def test_a_chat_post_that_is_not_marked_lower_is_withheld(post):
    text = chat(f"[1402Z] <maj.harlan> (U) {HARLAN}", post, banner="SECRET//NOFORN")
    assert_withheld(text, RADAR, ALL)


@pytest.mark.parametrize("post", [
    f"[1403Z] <cdr.okoye> (U) {RADAR} -- this line is SECRET//NOFORN, move it to SIPR",   # a level in its own text
    f"[1403Z] <cdr.okoye> (U) per the S//NF cable, {RADAR}",                               # a mark in its text
])
def test_an_irc_post_marked_u_that_states_a_higher_level_is_withheld(post):
    text = chat(f"[1402Z] <maj.harlan> (U) {HARLAN}", post, banner="SECRET//NOFORN")
    assert_withheld(text, RADAR, ALL)


def test_a_zulu_time_inside_text_is_still_no_mark_and_raises_nothing():
    text = chat(f"[1402Z] <maj.harlan> (S) {RADAR} (1405Z)", f"[1406Z] <maj.harlan> (U) {HARLAN}")
    assert_withheld(text, RADAR, ALL)
    assert_released(text, HARLAN)


SECRETLINE = "The deputy minister asked us to keep the basing offer quiet until the vote."


@pytest.mark.parametrize("line", [f"[1403Z] {SECRETLINE}", f"[1403Z] <okoye> {SECRETLINE}",
                                  f"[1403Z] okoye: {SECRETLINE}"])
@pytest.mark.parametrize("first", ["(U) The delegation arrives on Monday.", "[1402Z] <harlan> (U) The delegation arrives on Monday."])
@pytest.mark.parametrize("banner", ["SECRET//NOFORN", "UNCLASSIFIED"])
def test_a_zulu_time_with_no_mark_after_it_keeps_its_line_apart(line, first, banner):
    text = f"{banner}\n\n{first}\n{line}\n\n{banner}\n"
    assert_withheld(text, SECRETLINE, ALL)


# --- a Matrix or Slack handle keeps its `@` --------------------------------------------------

MATRIX = "Room: #sahel-watch   Topic: Classification SECRET//NOFORN\n"
WEEKLY = "The weekly regional call moves to Thursday this week"
JUNTA = "The junta has invited the foreign mercenary group to guard the gold mines"


def test_a_handle_with_an_at_sign_carries_the_mark_after_it():
    text = MATRIX + f"[2024-01-09 07:12] @ana: (U) {WEEKLY}\n[2024-01-09 07:20] @ben: {JUNTA}\n"
    assert_released(text, WEEKLY)
    assert_withheld(text, JUNTA, ALL)


@pytest.mark.parametrize("post", [
    f"[2024-01-09 07:20] @ben: (S//NF) {JUNTA}",                            # a raising mark after the handle
    f"[2024-01-09 07:20] @ben: {JUNTA}",                                    # no mark: the room's level
    f"[2024-01-09 07:20] @ben: (U) {JUNTA} -- this is SECRET//NOFORN",      # a level stated in the post
    f"[2024-01-09 07:20] @ben deleted a message. Original: \"(U) {JUNTA}\"",  # a quoted mark, not the post's
    f"[2024-01-09 07:20] @ben: (5) {JUNTA}",                                # a garbled mark: doubtful
])
def test_a_handle_post_not_marked_lower_is_withheld(post):
    text = MATRIX + f"[2024-01-09 07:12] @ana: (U) {WEEKLY}\n{post}\n"
    assert_withheld(text, JUNTA, ALL)
