"""open36c: older leaks of wrapped lines, numbered table rows and notes in tables (issue 8), by class, with variants.

Classes (the brief's numbering): 1 an unmarked line under a (U) line released as the (U) line's wrapped
continuation although the (U) line was not cut by the width (a label ending in a colon, a mark after a label, a
Markdown-bold label, a line that ends a sentence at the text's longest width) or the next line does not go on
with its sentence; 2 "row 3 / item 2 above is SECRET" under a table whose rows are numbered or out of order;
3 a note in a table cell saying a paragraph is secret, with a negation in the same or another cell that does not
deny the level ("not releasable", "no foreign", Basque `ez da ... bakarrik`, Welsh `does dim ond`).
RELEASE: ordinary (U) paragraphs wrapped at a cable's 69 columns, and plain (U) text near such structures.

First run on main `f1d8506` (written before reading the reader code; 37 cases, 20 failed, every RELEASE case passed):
- class 1: 13 of 17 failed: `colon-lowercase` (the reviewers' 25) and its cable and e-mail forms, `colon-digit` (46)
  and `colon-digit-cable`, `colon-quote` (47) and `colon-single-quote-cable`, `mark-after-label` (27),
  `bold-label` (67), `bold-mark-only`, `longest-ends-sentence` (28), `longest-ends-question`,
  `long-colon-then-sentence` (released at every level); `label-colon-mark`, `mark-after-label-cable`,
  `bold-label-underscores` and `longest-ends-sentence-cable` passed.
- class 2: `review-export` (review35b 63) failed; `markdown-row-3`, `tab-rows-second-row`, `numbered-from-ten`
  passed (the whole table was raised). Added after reading `governing` (before the fix): `csv-row-3` and
  `export-item-1-below` failed, `pipe-entry-third` passed.
- class 3: `basque-not-only-same-cell` (c03), `basque-negation-other-cell` (c05), `welsh-does-dim-ond` (w07),
  `welsh-does-dim-ond-direct`, `english-public-no-other-cell`, `english-not-only-cell` failed;
  `english-not-releasable-same-cell`, `english-no-foreign-other-cell`, `tab-table-not-releasable`,
  `welsh-nid-oes-dim-ond` passed.
Fixed (open36c), by class and towards withholding:
- class 1 (`unsure_wraps`): only a line cut by the width in the middle of a sentence is a sure wrap; anything else
  (a colon, a sentence's end however long the line, a short line, a mark after a label or in Markdown emphasis,
  whatever the next line opens with) raises the whole (U) portion to the level unmarked text takes.
- class 2 (`numbered_rows`, `governing`): where the rows' first cells do not number them in their order, "row 3" /
  "item 2" raises the row numbered so and the rows at that place, counted down and up (nothing narrows a choice).
- class 3 (`untranslated`, `stated_notes`, rules `note_languages`): a table cell's note may have a word or two after
  its level word (`sekretua bakarrik`); a level alone in a cell of a row with other words is the row's claim, whatever
  its other cells deny; Welsh and Basque notes are read as their languages' (`does` is Welsh too).
Red-teamed after the fixes: a two-word sentence and a short line with a lower-case next line (the exemptions kept
for signatures and captions), both withheld.
Left (strict xfail): English lower-case level words in table cells and "not only secret" in lower case (the English
claims, `unresolved_scope.claims`, read no cell; capitals are read).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")
PARTNER = ("partner", "public")

CABLE_HEAD = """VZCZCSAN0977
PP RUEHC
DE RUEHSA #0977 3121022
ZNR SSSSS ZZH
P 180640Z MAY 10
FM AMEMBASSY SANAA
TO RUEHC/SECSTATE WASHDC PRIORITY 0977
{banner} SANAA 000977

E.O. 12958: DECL: 05/18/2020
TAGS: PTER, PREL, YM
SUBJECT: (U) SECURITY SITUATION IN ABYAN

Classified By: Ambassador Stephen Seche for reasons 1.4 (b) and (d)

"""


def _cable(body: str, banner: str = "S E C R E T") -> str:
    return CABLE_HEAD.format(banner=banner) + body + "\n\nSECHE\n"


def _memo(body: str, banner: str = "SECRET//NOFORN") -> str:
    return f"{banner}\nSUBJECT: YEMEN: COURIER CONTACTS\n\n{body}\n\n{banner}\n"


# ---------------------------------------------------------------- 1: an unmarked line under a (U) line

COURIER = "source met the AQAP courier in Marib"
WRAPS = [
    # the reviewers' 25: a label ending in a colon, the next line in lower case
    ("colon-lowercase", _memo(f"""1. (U) BACKGROUND:
the {COURIER} on 2 May and was given a phone.

2. (S//NF) The phone was handed to the service for exploitation."""), COURIER),
    ("colon-lowercase-cable", _cable(f"""1. (U) Background:
the {COURIER} on 2 May and was given a phone.

2. (S) The phone was handed to the service for exploitation."""), COURIER),
    ("colon-lowercase-email", f"""SECRET//NOFORN
From: Ops Center
To: Yemen Desk
Subject: Courier

(U) Notes from the call:
our {COURIER} again on Sunday.

(S//NF) Post will follow up.

SECRET//NOFORN
""", COURIER),
    # the reviewers' 46 and 47: a digit or a quote starts the next line
    ("colon-digit", _memo("""1. (U) BORDER CROSSINGS:
14 fighters crossed at Al-Qaim last night with the help of the border police.

2. (S//NF) The source is a border police officer."""), "14 fighters crossed at Al-Qaim"),
    ("colon-digit-cable", _cable("""1. (U) CASUALTIES:
32 SOLDIERS WERE KILLED IN THE AMBUSH NEAR LAWDAR ON MAY 14.

2. (S) POST WILL FOLLOW UP."""), "32 SOLDIERS WERE KILLED IN THE AMBUSH NEAR LAWDAR"),
    ("colon-quote", _memo("""1. (U) INTERCEPT SUMMARY:
"We will hit the embassy convoy at the bridge," the caller said.

2. (S//NF) Collection details are in the annex."""), "We will hit the embassy convoy"),
    ("colon-single-quote-cable", _cable("""1. (U) THE CALLER SAID:
'WE WILL HIT THE CONVOY AT THE BRIDGE ON THURSDAY.'

2. (S) COLLECTION DETAILS ARE IN THE ANNEX."""), "WE WILL HIT THE CONVOY AT THE BRIDGE"),
    # the reviewers' 27: the mark after a label
    ("mark-after-label", _memo("""1. SUMMARY (U):
The informant in the ministry is the deputy's secretary and reports weekly.

2. (S//NF) Handling details are in the station channel."""), "The informant in the ministry is the deputy's secretary"),
    ("label-colon-mark", _memo("""Summary: (U) Post notes:
The informant in the ministry is the deputy's secretary and reports weekly.

(S//NF) Handling details are in the station channel."""), "The informant in the ministry is the deputy's secretary"),
    ("mark-after-label-cable", _cable("""1. COMMENT (U):
THE INFORMANT IN THE MINISTRY IS THE DEPUTY'S SECRETARY.

2. (S) HANDLING DETAILS ARE IN THE STATION CHANNEL."""), "THE INFORMANT IN THE MINISTRY IS THE DEPUTY'S SECRETARY"),
    # the reviewers' 67: a Markdown-bold label
    ("bold-label", """SECRET//NOFORN
**Subject:** Yemen courier contacts

**1. (U) Background:**
The source met the AQAP courier in Marib on 2 May and was given a phone.

**2. (S//NF)** The phone was handed to the service for exploitation.

SECRET//NOFORN
""", "The source met the AQAP courier in Marib"),
    ("bold-label-underscores", """SECRET//NOFORN
__Subject:__ Yemen courier contacts

__(U) Background__
The source met the AQAP courier in Marib on 2 May and was given a phone.

__(S//NF)__ The phone was handed to the service for exploitation.

SECRET//NOFORN
""", "The source met the AQAP courier in Marib"),
    ("bold-mark-only", """SECRET//NOFORN

**(U)** **Background:**
The source met the AQAP courier in Marib on 2 May and was given a phone.

**(S//NF)** The phone was handed to the service for exploitation.

SECRET//NOFORN
""", "The source met the AQAP courier in Marib"),
    # the reviewers' 28: the (U) line is the longest and ends a sentence; the next one starts a new one
    ("longest-ends-sentence", _memo("""2. (U) RSO restricted access to the chancery annex at the gate from Monday on.
Two local guards sold the duty roster to a criminal group last month.

3. (S//NF) The group has ties to the intelligence service."""), "Two local guards sold the duty roster"),
    ("longest-ends-question", _memo("""2. (U) Will RSO restrict access to the chancery annex at the gate from Monday?
Two local guards sold the duty roster to a criminal group last month.

3. (S//NF) The group has ties to the intelligence service."""), "Two local guards sold the duty roster"),
    ("longest-ends-sentence-cable", _cable("""1. (S) THE GROUP HAS TIES TO THE INTELLIGENCE SERVICE, PER THE SOURCE.

2. (U) RSO RESTRICTED ACCESS TO THE CHANCERY ANNEX FROM MONDAY ON.
TWO LOCAL GUARDS SOLD THE DUTY ROSTER TO A CRIMINAL GROUP.""", banner="S E C R E T"),
        "TWO LOCAL GUARDS SOLD THE DUTY ROSTER"),
    # a width-cut line whose next line plainly starts a new sentence
    ("long-colon-then-sentence", _memo("""2. (U) RSO restricted access to the chancery annex for these reasons:
Two local guards sold the duty roster to a criminal group last month.

3. (S//NF) The group has ties to the intelligence service."""), "Two local guards sold the duty roster"),
]

# red-teamed after the fixes (the exemptions they keep: a line of fewer than three words, a lower-case continuation)
WRAPS += [
    ("two-words-ending-a-sentence", _memo("""1. (U) Status update
Agent burned.

2. (S//NF) The phone was handed to the service."""), "Agent burned"),
    ("short-line-lower-case-next", _memo("""1. (U) Background and
the source met the AQAP courier in Marib on 2 May.

2. (S//NF) The phone was handed to the service."""), COURIER),
]


@pytest.mark.parametrize("kind,text,phrase", WRAPS, ids=[k for k, *_ in WRAPS])
def test_unmarked_line_under_a_u_line_not_cut_by_the_width_is_withheld(kind, text, phrase):
    assert_withheld(text, phrase, ALL)


# ---------------------------------------------------------------- 2: "item 2 above" under numbered / unsorted rows

DRAGONFLY = "Courier DRAGONFLY meets the handler at the Souk Hotel."
OPS = "Ops room moves to building 7 on Monday."
PARKING = "Parking permits renew in June."
ROWS = [
    ("review-export", f"""SECRET//NOFORN
Export: action items (sorted by priority)

id;class;item
4;(U);Cafeteria closes early on Friday.
3;(U);{DRAGONFLY}
1;(U);{OPS}
2;(U);{PARKING}

Note: item 2 above is SECRET//NOFORN; re-mark before sharing.
SECRET//NOFORN
"""),
    ("markdown-row-3", f"""SECRET//NOFORN

| # | Class | Item |
|---|-------|------|
| 4 | (U) | Cafeteria closes early on Friday. |
| 2 | (U) | {DRAGONFLY} |
| 3 | (U) | {OPS} |
| 1 | (U) | {PARKING} |

(U) Note: row 2 of the table above is SECRET//NOFORN.

SECRET//NOFORN
"""),
    ("tab-rows-second-row", f"""SECRET//NOFORN

No.\tClass\tAction
3\t(U)\tCafeteria closes early on Friday.
1\t(U)\t{DRAGONFLY}
2\t(U)\t{OPS}
4\t(U)\t{PARKING}

(U) The second row above is SECRET//NOFORN.

SECRET//NOFORN
"""),
    ("numbered-from-ten", f"""SECRET//NOFORN

| Row | Class | Item |
|-----|-------|------|
| 10 | (U) | Cafeteria closes early on Friday. |
| 20 | (U) | {DRAGONFLY} |
| 30 | (U) | {OPS} |
| 40 | (U) | {PARKING} |

(U) Line 2 above is SECRET//NOFORN.

SECRET//NOFORN
"""),
]


CAFETERIA = "Cafeteria closes early on Friday."
ROWS = [(kind, text, (DRAGONFLY, OPS, PARKING)) for kind, text in ROWS]
ROWS += [
    # the count and the first cell disagree: the third row from the top (or above the note) and the row numbered 3
    ("csv-row-3", f"""SECRET//NOFORN
Export: action items (sorted by priority)

no,class,item
3,(U),{CAFETERIA}
4,(U),{DRAGONFLY}
1,(U),{OPS}
2,(U),{PARKING}

Note: row 3 above is SECRET//NOFORN; re-mark before sharing.
SECRET//NOFORN
""", (CAFETERIA, OPS)),
    ("export-item-1-below", f"""SECRET//NOFORN
Note: item 1 below is SECRET//NOFORN; re-mark before sharing.

id;class;item
4;(U);{CAFETERIA}
3;(U);{DRAGONFLY}
1;(U);{OPS}
2;(U);{PARKING}
SECRET//NOFORN
""", (CAFETERIA, OPS)),
    ("pipe-entry-third", f"""SECRET//NOFORN
Export: action items

id | class | item
12 | (U) | {CAFETERIA}
3 | (U) | {DRAGONFLY}
7 | (U) | {OPS}
1 | (U) | {PARKING}

Note: the third entry above is SECRET//NOFORN.
SECRET//NOFORN
""", (DRAGONFLY, OPS)),
]


@pytest.mark.parametrize("kind,text,phrases", ROWS, ids=[k for k, *_ in ROWS])
def test_ordinal_claim_over_numbered_or_unsorted_rows_withholds_every_row_it_can_mean(kind, text, phrases):
    # "2" can be the second row from the top, the second above the note, or the row numbered 2 (or 20)
    for phrase in phrases:
        assert_withheld(text, phrase.rstrip("."), ALL)


# ---------------------------------------------------------------- 3: a note in a table with a negation

RAMA = "Our source in the interior ministry, Bekim Rama, will pass the convoy schedule on Thursday."
FAIR = "The trade fair opens on Monday in the old exhibition hall."


def _log(table: str, banner: str = "UNCLASSIFIED") -> str:
    return f"""{banner}

CONTACT LOG - MARCH 2026 (Consulate Bilbao)

{table}

{FAIR}

The ministry will publish the tender documents in April.

{RAMA}

{banner}
"""


NOTES = [
    ("basque-not-only-same-cell", _log("""| Data | Kontaktua | Oharra |
|---|---|---|
| 3 mar | Bekim Rama | azken paragrafoa ez da sekretua bakarrik |
| 4 mar | Ane Goñi | bilera arrunta |""")),
    ("basque-negation-other-cell", _log("""| Data | Kontaktua | Publikoa? | Maila |
|---|---|---|---|
| 3 mar | azken paragrafoa | ez da | sekretua |
| 4 mar | Ane Goñi | bilera arrunta |""")),
    ("english-not-releasable-same-cell", _log("""| Date | Contact | Note |
|---|---|---|
| 3 Mar | Bekim Rama | last paragraph is SECRET, not releasable to foreign nationals |
| 4 Mar | Ane Goni | routine meeting |""")),
    ("english-no-foreign-other-cell", _log("""| Date | Item | Level | Release |
|---|---|---|---|
| 3 Mar | last paragraph | SECRET | no foreign |
| 4 Mar | Ane Goni | routine | |""")),
    # left (open36c): an English level word in lower case is read by the claims (`unresolved_scope.claims`), which
    # read no table cell ("| 3 Mar | Bekim Rama | the last paragraph is secret |" raises nothing) and drop "not only
    # secret" in lower case in any paragraph; in capitals both are read
    pytest.param("english-public-no-other-cell", _log("""| Date | Item | Public? | Level |
|---|---|---|---|
| 3 Mar | last paragraph | no | secret |
| 4 Mar | Ane Goni | yes | routine |"""), marks=pytest.mark.xfail(strict=True, reason="English claims read no cell"),
                 id="english-public-no-other-cell"),
    pytest.param("english-not-only-cell", _log("""| Date | Contact | Note |
|---|---|---|
| 3 Mar | Bekim Rama | the last paragraph is not only secret but NOFORN |"""),  # (withheld since fix45j/fix45g, session 45)
                 id="english-not-only-cell"),
    ("english-public-no-other-cell-capitals", _log("""| Date | Item | Public? | Level |
|---|---|---|---|
| 3 Mar | last paragraph | no | SECRET |
| 4 Mar | Ane Goni | yes | routine |""")),
    ("tab-table-not-releasable", _log("""Date\tContact\tNote
3 Mar\tBekim Rama\tlast paragraph: SECRET - not for release
4 Mar\tAne Goni\troutine meeting""")),
]

WELSH = [
    ("welsh-does-dim-ond", "Nodyn: does dim ond un peth yn gyfrinachol, sef y paragraff olaf."),
    ("welsh-does-dim-ond-direct", "Nodyn: does dim ond y paragraff olaf yn gyfrinachol."),
    ("welsh-nid-oes-dim-ond", "Sylwch: nid oes dim ond un paragraff cyfrinachol, sef yr un olaf."),
]


def _email(note: str) -> str:
    return f"""Classification: UNCLASSIFIED
From: Hughes, Rhian (London) <HughesR@state.gov>
To: London-POL <LondonPOL@state.gov>
Subject: Port tender - contact notes
Date: Wed, 4 Mar 2026 12:01:09 +0000

Hi both,

{note}

{FAIR}

The ministry will publish the tender documents in April.

{RAMA}

Diolch,

Rhian Hughes
Political Officer
Classification: UNCLASSIFIED
"""


NOTES += [(kind, _email(note)) for kind, note in WELSH]


@pytest.mark.parametrize("kind,text", [n if hasattr(n, "marks") else pytest.param(*n, id=n[0]) for n in NOTES])
def test_note_that_a_paragraph_is_secret_with_another_negation_is_a_claim(kind, text):
    assert_withheld(text, RAMA, ("usg", "partner"))


# ---------------------------------------------------------------- RELEASE: plain (U) text usg and public keep

RELEASE = [
    ("cable-69-columns", _cable("""1. (U) THE CURFEW IN ZINJIBAR WAS EXTENDED TO MAY 25 BY THE GOVERNOR OF
ABYAN AFTER A WEEK OF CLASHES BETWEEN THE ARMY AND LOCAL TRIBESMEN.
SHOPS IN JAAR REMAIN CLOSED AFTER DARK AND THE MARKET IS EMPTY, AND
THE WFP HAS SUSPENDED FOOD DISTRIBUTION UNTIL THE ROADS REOPEN.

2. (S) POST WILL FOLLOW UP WITH THE GOVERNOR NEXT WEEK ON THE CURFEW."""),
        "SHOPS IN JAAR REMAIN CLOSED AFTER DARK"),
    ("cable-69-columns-digit-next", _cable("""1. (U) THE GOVERNOR OF ABYAN EXTENDED THE CURFEW IN ZINJIBAR UNTIL
25 MAY AFTER A WEEK OF CLASHES BETWEEN THE ARMY AND LOCAL TRIBESMEN.

2. (S) POST WILL FOLLOW UP WITH THE GOVERNOR NEXT WEEK ON THE CURFEW."""),
        "25 MAY AFTER A WEEK OF CLASHES"),
    ("cable-69-columns-mixed-case", _cable("""1. (U) The curfew in Zinjibar was extended to May 25 by the governor of
Abyan after a week of clashes between the army and local tribesmen;
shops in Jaar remain closed after dark and the market is empty.

2. (S) Post will follow up with the governor next week on the curfew."""),
        "shops in Jaar remain closed after dark"),
    ("cable-69-columns-quote-next", _cable("""1. (U) AT A PRESS CONFERENCE ON MAY 16 THE GOVERNOR OF ABYAN TOLD
"AL-AYYAM" THAT THE CURFEW IN ZINJIBAR WOULD BE LIFTED BY MAY 25.

2. (S) POST WILL FOLLOW UP WITH THE GOVERNOR NEXT WEEK ON THE CURFEW."""),
        "THAT THE CURFEW IN ZINJIBAR WOULD BE LIFTED BY MAY 25"),
    ("memo-wrapped", _memo("""1. (U) The embassy hosted the national day reception on 4 July with 300
guests from the host government, the diplomatic corps and the press.

2. (S//NF) The deputy minister used the reception to pass a message."""),
        "guests from the host government"),
    ("unclassified-table-no-claim", _log("""| Date | Contact | Note |
|---|---|---|
| 3 Mar | Bekim Rama | routine meeting, not for the press |
| 4 Mar | Ane Goni | routine meeting |"""), RAMA),
]


@pytest.mark.parametrize("kind,text,phrase", RELEASE, ids=[k for k, *_ in RELEASE])
def test_plain_u_text_is_released_at_usg_and_public(kind, text, phrase):
    assert_released(text, phrase, "usg")
    if "(U)" in text:
        assert_released(text, phrase, "public")
