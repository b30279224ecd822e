"""fixwrap35: unmarked lines under a short (U) line inside a classified part (issue 8), by class, with variants.

Classes (the brief's numbering): 1 a classified part (a '> '-quoted or forwarded message with its own
classification, an e-mail body, a chat) where a short (U) line is followed, with no blank line, by unmarked lines
that open sentences: those lines take the part's level and controls; 2 a cable whose marked paragraph's second line
opens a new sentence (lines not wrapped at a fixed width); 3 conflicting header indicators (`ZNR UUUUU` or an
`UNCLAS` routing line under a SECRET classification line): the highest evidence wins. RELEASE: plain (U) paragraphs
of ordinary classified cables and e-mails, wrapped at the width, that usg must keep.

First run on lead35 `f5e2fb1f` (before any change; 19 cases, 9 failed, all leaks):
- class 1 `quoted-forward-058` (the blind round's document) and `nested-quote`: in a `> `-quoted part the raise of
  an unsure wrap (`reader/unsure_wraps`) read the next line's first character, `>`, as no capital; and it raised only
  under a (U) line that is the text's longest, never under a short one. The `-----Original Message-----` block, the
  e-mail body and the chat passed (the layout splits those lines off; unmarked, they take the document's level).
- class 2 `adv144-055` (the blind round's document), `plain-u-mark`, `mixed-case`: the (U) line ends a sentence,
  the next line opens one and its first word would have fitted (the cable's longest line is longer), but the line is
  not the longest, so nothing was raised and the layout did not split. `short-u-line` and `third-line` passed.
- class 3 all four (`ZNR UUUUU` under a SECRET line, review34c 41; a spaced `S E C R E T` line; `UNCLAS` under a
  SECRET banner; a CONFIDENTIAL line): not the header conflict (the level unmarked text takes was already the
  highest evidence, SECRET//NOFORN) but the width: in so short a cable the longest line (62) is no longer than the
  (U//NF) line with the next word, so the break looked like a wrap.
- RELEASE: all passed.
Fix (`reader/unsure_wraps._unsure_second_line`): under a (U) first line that ends a sentence, a next line that opens
one (after any `>`) is unsure when its first word would have fitted on that line at the text's wrap width, its
longest line or a cable's 69 columns, whichever is widest, or when that line is the text's longest and longer than
any mail tool wraps at (as before); the whole (U) portion is then raised to the level unmarked text takes (the
highest evidence), nothing is split. A first version raised under any line over 80 columns: the harness showed a
report wrapped at 90 (adv33-002) withhold a (U) preface, so that was narrowed by the text's line widths.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")
PARTNER = ("partner", "public")

# ---------------------------------------------------------------- 1: short (U) line then unmarked sentences in a part

AIRPORT = "The Malian junta has asked Wagner's successor, Africa Corps, to guard the Bamako airport from March."
PLAN = "Post's evacuation plan assumes the airport remains under Malian control."

QUOTED_FORWARD = f"""Classification: CONFIDENTIAL//REL TO USA, GBR

From: Whitaker, Helen (Embassy London)
To: UK-FCDO-Liaison; EUR-WE-UK-DL
Sent: Wednesday, February 25, 2026 3:00 PM
Subject: (U) FW: Sahel coordination call notes

(C//REL TO USA, GBR) Helen's summary for FCDO colleagues: both sides agreed to pool Sahel evacuation planning.

(U) Notes from Bamako are below for context.

> From: Bamako Front Office
> Sent: Tuesday, February 24, 2026
> Subject: Sahel coordination
> Classification: SECRET//NOFORN
>
> (U) Post held its weekly coordination call on February 24.
> {AIRPORT}
> {PLAN}
> (U) The next call is March 3.
>
> Classification: SECRET//NOFORN

(U) Helen

Classification: CONFIDENTIAL//REL TO USA, GBR
"""

ORIGINAL_MESSAGE = f"""CONFIDENTIAL//REL TO USA, GBR

From: R. Patel
To: London Liaison
Subject: FW: Sahel coordination

(C//REL TO USA, GBR) Forwarding Bamako's notes; the evacuation pooling is agreed.

-----Original Message-----
From: Bamako Front Office
Sent: Tuesday, February 24, 2026 10:12 AM
Subject: Sahel coordination
Classification: SECRET//NOFORN

(U) Post held its weekly call today.
{AIRPORT}
{PLAN}

Classification: SECRET//NOFORN

CONFIDENTIAL//REL TO USA, GBR
"""

NESTED_QUOTE = f"""SECRET//REL TO USA, GBR

From: Desk Officer
Subject: RE: Sahel

(S//REL TO USA, GBR) Agreed, we will brief London on Friday.

>> Classification: SECRET//NOFORN
>>
>> (U) Short note from post.
>> {AIRPORT}
>> {PLAN}
>>
>> Classification: SECRET//NOFORN

SECRET//REL TO USA, GBR
"""

EMAIL_BODY = f"""SECRET//NOFORN

From: Bamako Front Office
To: AF-W Desk
Subject: (U) Weekly call

(U) Weekly call held.
{AIRPORT}
{PLAN}

(S//NF) Post will report separately on the airport guard force.

SECRET//NOFORN
"""

CHAT = f"""SECRET//NOFORN
Channel: AF Crisis Cell (SECRET//NOFORN)

[09:14] j.doe: (U) quick update from post
[09:14] j.doe: {AIRPORT}
{PLAN}
[09:16] a.lee: (U) thanks

SECRET//NOFORN
"""

PARTS = [("quoted-forward-058", QUOTED_FORWARD), ("original-message-block", ORIGINAL_MESSAGE),
         ("nested-quote", NESTED_QUOTE), ("email-body", EMAIL_BODY), ("chat-continuation", CHAT)]


@pytest.mark.parametrize("kind,text", PARTS, ids=[k for k, _ in PARTS])
def test_unmarked_sentences_under_a_short_u_line_take_the_parts_level(kind, text):
    # the SECRET//NOFORN sentences go to nobody who may not read them: NOFORN withholds from partner and public;
    # the quoted-forward's part is SECRET, above the CONFIDENTIAL e-mail, so it is withheld at usg too
    assert_withheld(text, PLAN, ALL)
    assert_withheld(text, AIRPORT.split(",")[0], ALL)


# ---------------------------------------------------------------- 2: a cable's marked paragraph whose 2nd line opens a sentence

SOURCE = "AL-MAJALI PRIVATELY SAID GID HAS A SOURCE INSIDE THE 4TH DIVISION'S CAPTAGON LOGISTICS OFFICE IN DARAA."
CONTACTS = "EMBASSY'S OWN CONTACT LIST FOR THE BORDER WORKING GROUP WAS NOT SHARED WITH THE BRITISH SIDE."

CABLE_HEAD = """{banner}
VZCZC0771
OO RUEHC RUEHLO
DE RUEHAM #0771 1211400
{znr} ZZH
O 011400Z MAY 26
FM AMEMBASSY AMMAN
TO RUEHC/SECSTATE WASHDC IMMEDIATE 8812
INFO RUEHLO/AMEMBASSY LONDON IMMEDIATE 3310
BT
{line} AMMAN 000771
REL TO USA, GBR

E.O. 13526: DECL: 05/01/2036
TAGS: PTER PREL MOPS JO SY
SUBJECT: (U) JORDANIAN GID ON SOUTHERN SYRIA BORDER INCIDENTS
CLASSIFIED BY: CHARGE D'AFFAIRES R. KHOURY, REASONS 1.4 (B) AND (D)

1. (S//REL TO USA, GBR) SUMMARY: GID OFFICIALS DESCRIBED A RISE IN DRONE-BORNE DRUG SMUGGLING FROM SOUTHERN SYRIA. END SUMMARY.

"""
CABLE_TAIL = """

4. (S//REL TO USA, GBR) JORDAN WILL EXPAND ITS RULES OF ENGAGEMENT ALONG THE BORDER IN MAY.

5. (U) THE PUBLIC JAF STATEMENT ON APRIL 30 REPORTED TWO DRONES DOWNED NEAR RUWEISHED.
KHOURY
BT
#0771
NNNN
{banner}
"""


def _amman(para: str, banner: str = "SECRET//REL TO USA, GBR", znr: str = "ZNY SSSSS", line: str = "S E C R E T") -> str:
    return (CABLE_HEAD.format(banner=banner, znr=znr, line=line) + "2. (U) THE CHARGE AND THE BRITISH AMBASSADOR MET"
            " GID DEPUTY DIRECTOR AL-MAJALI ON APRIL 29.\n\n" + para + CABLE_TAIL.format(banner=banner))


CABLES = [
    ("adv144-055", _amman(f"3. (U//NF) {CONTACTS}\n{SOURCE}")),
    ("plain-u-mark", _amman(f"3. (U) {CONTACTS}\n{SOURCE}")),
    ("short-u-line", _amman(f"3. (U) POST MET AL-MAJALI.\n{SOURCE}")),
    ("mixed-case", _amman(f"3. (U) {CONTACTS.capitalize()}\n{SOURCE.capitalize()}")),
    ("third-line", _amman(f"3. (U) POST MET AL-MAJALI ON APRIL 29 AT GID HEADQUARTERS.\nTHE MEETING WAS CORDIAL.\n"
                          f"{SOURCE}")),
]


@pytest.mark.parametrize("kind,text", CABLES, ids=[k for k, _ in CABLES])
def test_new_sentence_under_a_marked_cable_paragraph_takes_the_cables_level(kind, text):
    source = SOURCE if SOURCE in text else SOURCE.capitalize()
    assert_withheld(text, source, ALL)


# ---------------------------------------------------------------- 3: conflicting header indicators

ROSTER = "TWO LOCAL GUARDS SOLD THE DUTY ROSTER TO A TRIBAL SHEIKH."
RSO = "RSO RESTRICTED ACCESS TO THE CHANCERY ON MAY 15."


def _sanaa(znr: str, line: str, top: str = "") -> str:
    return f"""{top}VZCZCSAN0977
PP RUEHC
DE RUEHSA #0977 3121022
{znr} ZZH
P 180640Z MAY 10
FM AMEMBASSY SANAA
TO RUEHC/SECSTATE WASHDC PRIORITY 0977
{line} SANAA 000977

E.O. 12958: DECL: 05/18/2020
TAGS: ASEC, YM
SUBJECT: (U) LOCAL GUARD FORCE INCIDENT

1. (U//NF) {RSO}
{ROSTER}

2. (S//REL TO USA, GBR) NSB CONFIRMS THE SHEIKH HAS AQAP TIES.

SECHE
"""


HEADERS = [
    ("review34c-41-znr-uuuuu", _sanaa("ZNR UUUUU", "SECRET//REL TO USA, GBR")),
    ("znr-uuuuu-spaced-line", _sanaa("ZNR UUUUU", "S E C R E T")),
    ("unclas-routing-under-secret-banner", _sanaa("ZNR UUUUU", "UNCLAS", top="SECRET//REL TO USA, GBR\n")),
    ("znr-uuuuu-confidential", _sanaa("ZNR UUUUU", "C O N F I D E N T I A L")),
]


@pytest.mark.parametrize("kind,text", HEADERS, ids=[k for k, _ in HEADERS])
def test_conflicting_header_indicators_the_highest_wins(kind, text):
    assert_withheld(text, ROSTER, ALL)
    assert_withheld(text, RSO, PARTNER)


# ---------------------------------------------------------------- RELEASE: plain (U) paragraphs usg keeps

WRAPPED_CABLE = """UNCLAS SECTION 01 OF 02 AMMAN 000772

SIPDIS

E.O. 12958: N/A
TAGS: PREL, ECON, JO
SUBJECT: (U) JORDAN'S WATER CONFERENCE

1. (U) THE MINISTRY OF WATER HOSTED ITS ANNUAL CONFERENCE ON MAY 2
IN THE DEAD SEA. DONORS PLEDGED NEW FUNDS FOR THE DISI PIPELINE.
THE MINISTER THANKED USAID FOR ITS SUPPORT.

2. (U) THE CONFERENCE CLOSED WITH A PRESS STATEMENT.
"""

SECRET_WRAPPED = """SECRET//REL TO USA, GBR
S E C R E T AMMAN 000773

E.O. 13526: DECL: 05/01/2036
TAGS: PREL, JO
SUBJECT: (U) WATER AND SECURITY

1. (S//REL TO USA, GBR) GID SHARED A THREAT ASSESSMENT ON THE PIPELINE ROUTE
THAT NAMES TWO SMUGGLING NETWORKS NEAR MA'AN.

2. (U) THE MINISTRY OF WATER HOSTED ITS ANNUAL CONFERENCE ON MAY 2 IN
THE DEAD SEA RESORT AREA. DONORS PLEDGED NEW FUNDS FOR THE PIPELINE AND
THE MINISTER THANKED USAID FOR ITS SUPPORT OVER TEN YEARS.

3. (U) THE CONFERENCE CLOSED WITH A PRESS STATEMENT.

SECRET//REL TO USA, GBR
"""

SECRET_EMAIL = """SECRET//NOFORN

From: Desk Officer
Subject: (U) Logistics

(U) The conference room is booked for Tuesday at 10:00 and the agenda
follows the usual format agreed with the front office last year.

(S//NF) Post will report separately on the airport guard force.

SECRET//NOFORN
"""

KEEP = [
    ("unclas-wrapped-cable", WRAPPED_CABLE, "DONORS PLEDGED NEW FUNDS FOR THE DISI PIPELINE."),
    ("secret-cable-wrapped-u", SECRET_WRAPPED, "DONORS PLEDGED NEW FUNDS FOR THE PIPELINE AND"),
    ("secret-cable-one-line-u", SECRET_WRAPPED, "THE CONFERENCE CLOSED WITH A PRESS STATEMENT."),
    ("secret-email-wrapped-u", SECRET_EMAIL, "follows the usual format agreed with the front office last year."),
    ("amman-one-line-u", _amman(f"3. (U//NF) {CONTACTS}\n{SOURCE}"), "THE CHARGE AND THE BRITISH AMBASSADOR MET"),
]


# open36c: a (U) line that ends a sentence, with a new sentence under it, is no sure wrap however long it is (the
# same shape as review35b 28, where the (U) line is the text's longest): the unmarked line takes the cable's level
FULL_FIRST_LINE = SECRET_WRAPPED.replace(
    "3. (U) THE CONFERENCE CLOSED WITH A PRESS STATEMENT.",
    "3. (U) THE CONFERENCE CLOSED AT THE DEAD SEA WITH A SHORT PRESS STATEMENT.\n"
    "PARTICIPANTS LEFT FOR AMMAN IN THE EVENING.")


def test_new_sentence_under_a_full_u_line_ending_a_sentence_is_withheld():
    assert_withheld(FULL_FIRST_LINE, "PARTICIPANTS LEFT FOR AMMAN IN THE EVENING.")


@pytest.mark.parametrize("kind,text,phrase", KEEP, ids=[k for k, _, _ in KEEP])
def test_plain_u_paragraphs_are_released_at_usg(kind, text, phrase):
    assert_released(text, phrase)
