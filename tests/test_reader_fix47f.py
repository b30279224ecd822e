"""fix47f: a mark after a record's prefix (census47 classes I and D, over-redaction; issue 8).

An IRC or Matrix log marks each post after its time and its author, with no colon after an author in angle brackets:
`08:05 < tquinn> (U) shift change`, `[1410Z] <fema_lno> (U) FEMA Region IX ...`, `[09:01] <@hsato> (U) ...`,
`[2024-01-09 07:12] @ana: (U) ...`; WhatsApp's
`18/11/2026, 09:01 - Niyonzima A.: (U) ...`. The reader found no mark there (only `nick:` forms were read): every post was
unmarked and withheld, and a time in brackets at the line's start (`[1410Z]`) was read as a malformed mark (doubtful).

First run (main be2bae98, /tmp/m47): of the 165 documents of classes I and D, the IRC-shaped ones (adv117-042-b,
adv118-037-b, adv162-061-b, adv166-073-b) over-redact at usg; every release case below failed on main (withheld).

The change RELEASES text, so it reads only the exact shape (`marks.CHAT_ANGLE_MARK_LEAD`, gated by
`MarkReader._angle_chat_marked_throughout`): at least two posts of that form, every one with a mark right after its
author that reads valid, nothing but such posts, the client's own lines (`-!-`, `***`) and blank lines from the first
post to the last, and no two posts under different marks sharing four words in a row (a quote). Any other log is read
as before. Once seen, a post's mark is read as any mark is (the banner, the raising passes); a post never wraps onto
the next line (`portions._chat_post_not_wrapped`): a line under the last post is text of its own.

Whole harness (every round, 11,405 documents; tree 6e0cc0ed) against /tmp/s47/t0_all.txt: no new leak, no new
over-redaction; 8 documents no longer over-redact, all 8 among the 165 of classes I and D (adv117-042-b, adv118-037-b,
adv162-061-b, adv166-073-b, adv152-063-b, adv137-053-trap, adv141-081-trap, adv159-051-trap).
"""
from __future__ import annotations

import pytest

import sbu_redact

LEVELS = ["usg", "partner", "public"]


def _versions(text: str) -> dict[str, str]:
    out = sbu_redact.Pipeline().redact(text, levels=LEVELS, partner="GBR")
    return {level: out[level].text for level in LEVELS}


# ---- released at usg (each withheld on main) ----------------------------------------------------------------------

RELEASES = {
    "irssi-spaced-nick": (
        "--- Log opened Mon Nov 30 07:00:00 2026\n"
        "07:02 < kbaptiste> (U) generator test at the warehouse starts at nine\n"
        "07:04 < olamb> (C) the minister's driver was detained at the border post last night\n"
        "07:05 -!- hrobles [hrobles@ops-ws2] has joined #port-desk\n"
        "07:06 < kbaptiste> (U) thanks, the fuel truck is booked for Thursday\n"
        "--- Log closed Mon Nov 30 12:00:00 2026\n",
        ["generator test at the warehouse starts at nine", "the fuel truck is booked for Thursday"],
        ["driver was detained at the border post"],
    ),
    "military-time-in-brackets": (
        "CONFIDENTIAL\n"
        "mIRC export - #logistics - 2026-12-02\n"
        "\n"
        "[0915Z] <s4_chief> (U) pallets for the school project leave the depot at noon\n"
        "[0917Z] <s2_watch> (C) a militia checkpoint now taxes every truck on the northern road\n"
        "[0920Z] <s4_chief> (U) copy, the convoy lead will take the coast road instead\n"
        "\n"
        "CONFIDENTIAL\n",
        ["pallets for the school project leave the depot at noon", "the convoy lead will take the coast road instead"],
        ["militia checkpoint now taxes every truck"],
    ),
    "bracketed-time-op-nick": (
        "[14:01] <@mreyes> (U) the visa hotline is back up after the outage\n"
        "[14:03] <+tanaka> (SBU) the outage was caused by the vendor's expired certificate\n"
        "[14:05] <@mreyes> (U) I will post a notice on the public website\n",
        ["the visa hotline is back up after the outage", "I will post a notice on the public website"],
        [],
    ),
    "whatsapp-dash-author": (
        "WhatsApp Chat with Warden Group Matola\n"
        "\n"
        "03/12/2026, 17:40 - Joana P.: (U) The warden drill is on Saturday at ten\n"
        "03/12/2026, 17:42 - Consular Duty: (C) Two wardens' home addresses changed; the new list is on the drive\n"
        "03/12/2026, 17:45 - Joana P.: (U) Thanks, I will bring the radios\n",
        ["The warden drill is on Saturday at ten", "I will bring the radios"],
        ["home addresses changed"],
    ),
}


@pytest.mark.parametrize("name", sorted(RELEASES))
def test_marked_post_released_at_usg(name: str) -> None:
    text, released, withheld = RELEASES[name]
    usg = _versions(text)["usg"]
    for phrase in released:
        assert phrase in usg, (name, phrase, usg)
    for phrase in withheld:
        assert phrase not in usg, (name, phrase, usg)


# ---- must stay withheld -------------------------------------------------------------------------------------------

SECRET_LINE = "the minister will resign on Friday if the coalition collapses"

WITHHELD = {
    # an unmarked second line under a (U) post (between posts: the log is not read; after the last: a line of its own)
    "continuation-between-posts": (
        "[09:01] <hsato> (U) the readout goes to the front office at eleven\n"
        "[09:04] <pnair> (U) noted, I will put it in the draft\n"
        f"{SECRET_LINE}\n"
        "[09:06] <hsato> (U) ok\n",
        [SECRET_LINE],
    ),
    "continuation-after-last-post": (
        "[09:01] <hsato> (U) the readout goes to the front office at eleven\n"
        "[09:04] <pnair> (U) noted, I will put it in the draft\n"
        f"{SECRET_LINE}\n",
        [SECRET_LINE],
    ),
    # a (U) post under a SECRET//NOFORN banner with an unmarked post after it
    "banner-and-unmarked-post": (
        "SECRET//NOFORN\n"
        "[09:01] <hsato> (U) the readout goes to the front office at eleven\n"
        f"[09:02] <pnair> {SECRET_LINE}\n"
        "[09:04] <hsato> (U) noted, I will put it in the draft\n"
        "SECRET//NOFORN\n",
        [SECRET_LINE],
    ),
    "matrix-unmarked-post": (
        "Room: #ops   Topic: SECRET//NOFORN\n"
        "[2026-12-01 09:01] @hsato: (U) the readout goes to the front office at eleven\n"
        f"[2026-12-01 09:02] @pnair: {SECRET_LINE}\n"
        "[2026-12-01 09:04] @hsato: (U) noted\n",
        [SECRET_LINE],
    ),
    # a (U) post that quotes a classified one
    "u-post-quotes-secret-post": (
        "SECRET\n"
        f"[09:01] <hsato> (S) {SECRET_LINE}\n"
        f"[09:04] <pnair> (U) re your note: \"{SECRET_LINE}\" -- got it\n"
        "[09:05] <hsato> (U) ok thanks\n"
        "SECRET\n",
        [SECRET_LINE],
    ),
    "u-post-quotes-part-of-secret-post": (
        f"[09:01] <hsato> (S//NF) {SECRET_LINE}\n"
        "[09:04] <pnair> (U) so he will resign on Friday, ok\n"
        "[09:05] <hsato> (U) ok thanks\n",
        ["will resign on Friday"],
    ),
    # a time that IS followed by a classified mark
    "time-then-secret-mark": (
        f"[1410Z] <x> (S//NF) {SECRET_LINE}\n"
        "[1411Z] <y> (U) copy\n"
        "[1412Z] <x> (U) lunch at noon\n",
        [SECRET_LINE],
    ),
    "secret-mark-inside-u-post": (
        "[09:01] <hsato> (U) lunch is at noon today\n"
        "[09:04] <pnair> (U) ok, see you there\n"
        f"[09:05] <hsato> (U) also, (S) {SECRET_LINE}\n",
        [SECRET_LINE],
    ),
    "unreadable-mark-on-a-post": (
        "[09:01] <hsato> (U) lunch is at noon today\n"
        f"[09:05] <pnair> (S/NF) {SECRET_LINE}\n"
        "[09:06] <hsato> (U) ok\n",
        [SECRET_LINE],
    ),
    # the client's topic line governs the posts under it; a second mark after the post's; a statement above the log
    "topic-governs-posts": (
        "--- Log opened Tue Dec 01 08:00:01 2026\n"
        "08:00 -!- Topic for #desk: every line in this channel is SECRET//NOFORN regardless of line marks\n"
        f"08:05 < adams> (U) {SECRET_LINE}\n"
        "08:06 < baker> (U) ok\n",
        [SECRET_LINE],
    ),
    "second-mark-after-post-mark": (
        f"08:05 < adams> (U) (S//NF) {SECRET_LINE}\n"
        "08:06 < baker> (U) ok\n"
        "08:07 < adams> (U) thanks\n",
        [SECRET_LINE],
    ),
    "statement-above-log": (
        "CONFIDENTIAL\n"
        "The following log is classified CONFIDENTIAL in its entirety.\n"
        f"08:05 < adams> (U) {SECRET_LINE}\n"
        "08:06 < baker> (U) ok\n"
        "CONFIDENTIAL\n",
        [SECRET_LINE],
    ),
    "whatsapp-second-line": (
        "03/12/2026, 17:40 - Joana P.: (U) The warden drill is on Saturday at ten\n"
        f"{SECRET_LINE}\n"
        "03/12/2026, 17:45 - Omar K.: (U) Thanks\n",
        [SECRET_LINE],
    ),
    "bare-time-no-mark": (
        f"[1410Z] <x> {SECRET_LINE}\n"
        "[1411Z] <y> (U) copy\n",
        [SECRET_LINE],
    ),
}


@pytest.mark.parametrize("name", sorted(WITHHELD))
@pytest.mark.parametrize("level", LEVELS)
def test_adversarial_log_stays_withheld(name: str, level: str) -> None:
    text, withheld = WITHHELD[name]
    version = _versions(text)[level]
    for phrase in withheld:
        assert phrase not in version, (name, level, phrase, version)
