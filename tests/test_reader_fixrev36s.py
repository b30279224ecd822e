"""fixrev36s: leaks review36s found in fixstmt36's style legends and counted "paragraphs below" (issue 8).

A: a style legend that states a level raised only the portions holding any bracket or emphasis markup, so when the
real styling was lost or used markup the pattern did not know (`~~strike~~`), the meant text was released; a
statement's fallback was narrowed the same way when its portion held a legend. B: "The two paragraphs below are
SECRET" counted (U) line-portions, not paragraphs between blank lines, so the second paragraph was released.

First run on lead36 (`9c9042a8`, before any fix; 15 cases): 13 failed, 2 passed (the two must-release cases). Every
legend case leaked at every level (s35, m02, s03, s02, s36 and one variant each); every count case leaked (m03,
s19, s42, a count of three, and a blank line after the statement).
Fixed (towards withholding): `style_legends` raises every portion but the legend's own (no narrowing to portions with
markup) and `scope_exact` no longer narrows a statement's fallback by a legend; `_by_count` adds the first/last N blocks
between blank lines (the rest of the statement's own block counting as the first) to the N portions. All 15 pass;
review36s docs: every leak gone but s28 (old). Cost: `test_legend_keeps_the_paragraphs_without_the_style`
(fixstmt36) is a strict xfail, and adv53-007 ("Treat the bracketed text as NOFORN") is over-redacted at usg.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_withheld, versions

# ---------------------------------------------------------------- A: style legends never narrow

LEGEND_CASES = [
    ("s35-bracket-ref-bold", """UNCLASSIFIED
Sentences in bold are S//NF.

(U) Cleared by POL [ref A].

(U) Local press reported the defence attache was expelled for spying.

(U) Drafted by ECON.
""", "the defence attache was expelled for spying"),
    ("s35-variant-italic-link", """Text in italics is SECRET.

(U) See [the tracker] for status.

(U) The battalion will redeploy to Kherson on Friday.
""", "The battalion will redeploy to Kherson on Friday"),
    ("m02-strike", """Struck-through text is CONFIDENTIAL.

(U) See [agenda].

(U) ~~The ministry plans to expel the ambassador.~~
""", "ministry plans to expel the ambassador"),
    ("s03-strike-tilde", """Team notes (markdown export)

Struck-through text is CONFIDENTIAL and must be removed before release.

(U) The agenda is attached; see [agenda.docx] in the shared folder.

(U) Minister Alvarez will attend. ~~Our contact says the ministry plans to expel the ambassador next week.~~

(U) Call ends at 1100.
""", "ministry plans to expel the ambassador"),
    ("m02-variant-underline-lost", """Underlined text is SECRET.

(U) Notes are in {the shared folder}.

(U) The minister will resign on Monday.
""", "The minister will resign on Monday"),
    ("s02-legend-plus-statement", """From: ops-desk@state.example
To: nea-team@state.example
Subject: draft readout for review
Classification: UNCLASSIFIED

Team,

Text in red is new since version 3. The summary of the source reporting is SECRET.

(U) Please send edits to the desk officer by COB. See [the tracker] for status.

The source reported three convoys crossing at Rabia between 02:00 and 04:00 on 3 March.

(U) Thanks,
J.
""", "source reported three convoys crossing at Rabia"),
    ("s36-legend-plus-final-entry", """Legend: lines in yellow are CONFIDENTIAL; the final entry is SECRET.
(U) Log rotated.
(U) [see ticket 44]
(U) Tanker Orion offloaded at Bandar Abbas on 5 May.
""", "Tanker Orion offloaded at Bandar Abbas"),
    ("s36-variant-highlight", """Legend: highlighted lines are SECRET; the last line is SECRET.
(U) Backup done.
(U) *see note*
(U) The convoy left Mosul at dawn.
""", "The convoy left Mosul at dawn"),
]


@pytest.mark.parametrize("kind,text,phrase", LEGEND_CASES, ids=[c[0] for c in LEGEND_CASES])
def test_legend_raises_every_portion_it_could_mean(kind, text, phrase):
    assert_withheld(text, phrase, ALL)


def test_legend_saying_red_is_new_text_raises_nothing():
    text = """Text in red is new since version 3.

(U) The meeting moved to Thursday.

(U) See [the tracker] for status.
"""
    for level, released in versions(text, ALL).items():
        assert "The meeting moved to Thursday" in released, level


# ---------------------------------------------------------------- B: counted paragraphs below

COUNT_CASES = [
    ("m03-two-paras-lines", """(U) The two paragraphs below are SECRET.
(U) Contact confirmed the carrier visit.
(U) He described the pier.

(U) He said PLA advisers arrive in July.
""", "PLA advisers arrive in July", ALL),
    ("s19-two-paras-lines", """UNCLASSIFIED
SUBJECT: DEFENSE MINISTER MEETING

(U) Ambassador met the Defense Minister on 4 May. The two paragraphs below are SECRET.
(U) Contact confirmed the carrier visit.
(U) He described the pier expansion.

(U) He said PLA advisers arrive in July.
(U) He asked for discretion.

(U) Ambassador closed the meeting.
""", "PLA advisers arrive in July", ALL),
    ("s42-2-paras-noforn", """UNCLASSIFIED
(U) The 2 paragraphs below are NOFORN.
(U) We shared the draft with Paris.
(U) London objected.

(U) Note the Foreign Secretary was not told.

(U) End of note.
""", "the Foreign Secretary was not told", ("partner", "public")),
    ("variant-three-paras-below", """UNCLASSIFIED
(U) The three paragraphs below are CONFIDENTIAL.

(U) The envoy met the rebels.
(U) He offered safe passage.

(U) They refused.

(U) A second round is set for Geneva on 9 June.

(U) End of note.
""", "A second round is set for Geneva on 9 June", ALL),
    ("variant-two-paras-below-blank-own", """UNCLASSIFIED
(U) The two paragraphs below are SECRET.

(U) The source named the courier.
(U) He gave the route.

(U) The courier crosses at Zakho on Tuesdays.
""", "The courier crosses at Zakho on Tuesdays", ALL),
]


@pytest.mark.parametrize("kind,text,phrase,levels", COUNT_CASES, ids=[c[0] for c in COUNT_CASES])
def test_counted_paragraphs_below_are_withheld(kind, text, phrase, levels):
    assert_withheld(text, phrase, levels)


def test_counted_paragraphs_below_keep_what_follows_them():
    text = COUNT_CASES[1][1]
    assert "Ambassador closed the meeting" in versions(text, ("usg",))["usg"]
