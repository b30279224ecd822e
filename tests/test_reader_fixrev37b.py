"""fixrev37b: old leaks review37b found around open37b's rules, fixed by raising only (issue 8).

unsure_wraps: a (U) line that is the text's widest, 63 to 69 columns, ending on a word over a line opening with a
capital was read as a sure wrap, so a new unmarked sentence under it was released (w2_63 ... w2_68, w09).
scope_exact: double-spaced lines each marked `(U)`, a sentence run on across a blank line: "the third paragraph
below" counted one way only (p01, p03, p04). numbered_rows: an export's records read as paragraphs (`2;(U) text;...`):
"item 2 above" / "row 2 of the list above" / "the second row" raised the record numbered 2 only, or none (n02, n04,
n07, n09, n10). One variant of our own per class (`-variant-`).

First run on lead37 (`2d7ff2c4`, before any fix; 22 cases): 22 failed (every reviewer document and each variant).
Fixed (towards withholding): `unsure_wraps` reads such a line over a capital as unsure (raises the portion);
`sentence_blocks` joins a sentence run on across a blank line after its mark, and `governing._paragraph` /
`scope_exact._counted` raise the n-th paragraph of that count too; `numbered_rows.records_named` raises, for an
export's records read as paragraphs, the record numbered n, the n-th from the top and the n-th up from the statement.
"""

from __future__ import annotations

import pytest

from released import ALL, assert_withheld

CASES = [
    ('unsure_wraps-w2_63_long', """SECRET//NOFORN

1. (U) Notes of the Joint Working Group meeting in Erbil, 3 May
BLUEBIRD reported that the minister met the SVR resident twice.

2. (S//NF) Do not share this cable with partners.

SECRET//NOFORN
""", ['minister met the SVR resident twice']),
    ('unsure_wraps-w2_63_short', """SECRET//NOFORN

1. (U) Notes of the Joint Working Group meeting in Erbil, 3 May
The minister met the SVR resident twice in February, per BLUEBIRD.

2. (S//NF) Do not share this cable with partners.

SECRET//NOFORN
""", ['minister met the SVR resident twice']),
    ('unsure_wraps-w2_64_long', """SECRET//NOFORN

1. (U) Notes of the Joint Working Group meeting in Erbil, 13 May
BLUEBIRD reported that the minister met the SVR resident twice.

2. (S//NF) Do not share this cable with partners.

SECRET//NOFORN
""", ['minister met the SVR resident twice']),
    ('unsure_wraps-w2_64_short', """SECRET//NOFORN

1. (U) Notes of the Joint Working Group meeting in Erbil, 13 May
The minister met the SVR resident twice in February, per BLUEBIRD.

2. (S//NF) Do not share this cable with partners.

SECRET//NOFORN
""", ['minister met the SVR resident twice']),
    ('unsure_wraps-w2_65_long', """SECRET//NOFORN

1. (U) Minutes of the Joint Working Group meeting in Erbil, 3 May
BLUEBIRD reported that the minister met the SVR resident twice.

2. (S//NF) Do not share this cable with partners.

SECRET//NOFORN
""", ['minister met the SVR resident twice']),
    ('unsure_wraps-w2_65_short', """SECRET//NOFORN

1. (U) Minutes of the Joint Working Group meeting in Erbil, 3 May
The minister met the SVR resident twice in February, per BLUEBIRD.

2. (S//NF) Do not share this cable with partners.

SECRET//NOFORN
""", ['minister met the SVR resident twice']),
    ('unsure_wraps-w2_66_long', """SECRET//NOFORN

1. (U) Minutes of the Joint Working Group meeting in Erbil, 13 May
BLUEBIRD reported that the minister met the SVR resident twice.

2. (S//NF) Do not share this cable with partners.

SECRET//NOFORN
""", ['minister met the SVR resident twice']),
    ('unsure_wraps-w2_66_short', """SECRET//NOFORN

1. (U) Minutes of the Joint Working Group meeting in Erbil, 13 May
The minister met the SVR resident twice in February, per BLUEBIRD.

2. (S//NF) Do not share this cable with partners.

SECRET//NOFORN
""", ['minister met the SVR resident twice']),
    ('unsure_wraps-w2_68_long', """SECRET//NOFORN

1. (U) Minutes of the Joint Working Group meeting at Erbil, 13 March
BLUEBIRD reported that the minister met the SVR resident twice.

2. (S//NF) Do not share this cable with partners.

SECRET//NOFORN
""", ['minister met the SVR resident twice']),
    ('unsure_wraps-w2_68_short', """SECRET//NOFORN

1. (U) Minutes of the Joint Working Group meeting at Erbil, 13 March
The minister met the SVR resident twice in February, per BLUEBIRD.

2. (S//NF) Do not share this cable with partners.

SECRET//NOFORN
""", ['minister met the SVR resident twice']),
    ('unsure_wraps-w09_cable_para', """SECRET//NOFORN
SUBJECT: (U) KING'S SCHEDULE FOR THE SUMMER

1. (U) The royal court announced on Tuesday that the king will travel
Post's source in the palace says the king has cancer and will not return.

2. (U) The court has not named a regent for the period of travel.

SECRET//NOFORN
""", ["Post's source in the palace says the king has cancer"]),
    ('unsure_wraps-variant-wrap', """SECRET//NOFORN

3. (U) Summary of the defence attache's lunch with the press, 9 June
Our source says the colonel sold the radar codes to the GRU in April.

4. (S//NF) Not for release to partners.

SECRET//NOFORN
""", ['the colonel sold the radar codes to the GRU']),
    ('scope_exact-p01_double_spaced', """SECRET//NOFORN

MEMORANDUM

(U) The paragraphs of this memorandum are UNCLASSIFIED except as noted. The third paragraph below is SECRET//NOFORN.

(U) The delegation met the deputy minister on Monday and discussed the

(U) upcoming trade fair, the visa backlog and the new consular office.

(U) The deputy minister was in good humour throughout the meeting.

(U) Per the source, the shipment moves by rail through Brest on the 22nd.

(U) Follow-up meeting is set for June.

SECRET//NOFORN
""", ['the shipment moves by rail through Brest on the 22nd']),
    ('scope_exact-p03_upward_marked', """SECRET//NOFORN
(U) Dear colleagues,

(U) Our contact confirmed that the brokers intend to smuggle the centrifuge parts through the port of Mersin.

(U) Thank you for the briefing on Tuesday, which the team found useful and

(U) timely, and for the hospitality of the consulate staff in Adana.

(U) Regards, the desk

(U) Note: the third paragraph above this note is SECRET//NOFORN.
SECRET//NOFORN
""", ['smuggle the centrifuge parts through the port of Mersin']),
    ('scope_exact-p04_comma_merge', """SECRET//NOFORN

(U) Paragraphs 1 and 2 below are UNCLASSIFIED; the third paragraph below is SECRET//NOFORN.

(U) Thanks for the call today,

(U) as discussed, we will send the agenda tomorrow.

(U) The lunch venue is confirmed for Friday.

(U) Per liaison, the Kherson barge convoy leaves at dawn on 3 July.

(U) Best regards

SECRET//NOFORN
""", ['the Kherson barge convoy leaves at dawn on 3 July']),
    ('scope_exact-variant-para', """SECRET//NOFORN

(U) The paragraphs below are UNCLASSIFIED but for the second paragraph below, which is SECRET//NOFORN.

(U) Thanks for hosting the delegation and for arranging the

(U) visit to the port, the customs office and the free zone.

(U) Per the source, the tanker loads at Novorossiysk under a Cameroonian flag.

(U) See you in Geneva.

SECRET//NOFORN
""", ['the tanker loads at Novorossiysk under a Cameroonian flag']),
    ('numbered_rows-n07_one_note_control', """SECRET//NOFORN

1;(U) Hama bus depot;open source
2;(U) Aleppo bakery front;open source
3;(U) Idlib money changer;open source
4;(U) Homs clinic;open source

(U) Note 1: item 2 above is SECRET//NOFORN.

SECRET//NOFORN
""", ['Aleppo bakery front', 'Idlib money changer']),
    ('numbered_rows-n10_unmarked_note', """SECRET//NOFORN

1;(U) Hama bus depot;open source
2;(U) Aleppo bakery front;open source
3;(U) Idlib money changer;open source
4;(U) Homs clinic;open source

Note: item 2 above is SECRET//NOFORN.

SECRET//NOFORN
""", ['Aleppo bakery front', 'Idlib money changer']),
    ('numbered_rows-n02_two_notes', """SECRET//NOFORN

1;(U) Hama bus depot;open source
2;(U) Aleppo bakery front;open source
3;(U) Idlib money changer;open source
4;(U) Homs clinic;open source

(U) Note 1: item 2 above is SECRET//NOFORN.
(U) Note 2: item 2 above, counted from this note, is SECRET//NOFORN as well.

SECRET//NOFORN
""", ['Aleppo bakery front', 'Idlib money changer']),
    ('numbered_rows-n09_unordered_row2', """SECRET//NOFORN

Priority list
3;(U) Berbera airfield apron;open source
1;(U) Bosaso fuel jetty;open source
4;(U) Kismayo checkpoint;open source
2;(U) Garowe compound;open source

(U) Per the source, row 2 of the list above is SECRET//NOFORN.

SECRET//NOFORN
""", ['Bosaso fuel jetty']),
    ('numbered_rows-n04_row_upward_unordered', """SECRET//NOFORN

Priority list
3;(U) Berbera airfield apron;open source
1;(U) Bosaso fuel jetty;open source
4;(U) Kismayo checkpoint;open source
2;(U) Garowe compound;open source

(U) Per the source, the second row in the list above is SECRET//NOFORN.

SECRET//NOFORN
""", ['Bosaso fuel jetty']),
    ('numbered_rows-variant-rows', """SECRET//NOFORN

Targets by priority
2;(U) Latakia ferry office;open source
3;(U) Tartus grain silo;open source
1;(U) Hama bus station;open source
4;(U) Baniyas refinery gate;open source
5;(U) Jableh market;open source

(U) Note: row 3 of the list above is SECRET//NOFORN.

SECRET//NOFORN
""", ['Tartus grain silo', 'Hama bus station']),
]


@pytest.mark.parametrize("kind, text, phrases", CASES, ids=[case[0] for case in CASES])
def test_review37b_old_leaks_are_withheld(kind, text, phrases):
    for phrase in phrases:
        assert_withheld(text, phrase, ALL)
