"""fix49g: two old leaks at usg found this session (issue 8): a re-mark instruction after its target, and a review
record that withholds a labelled block and its discussion.

Classes (documents written fresh for this brief, several wordings and formats each):
1 an instruction to re-mark text placed AFTER the text it is about (`(U) Mark these SECRET//NOFORN.`, `Mark the above
  S//NF`, `These should be marked CONFIDENTIAL`, `Upgrade the preceding to C`, `MARK THE ABOVE CONFIDENTIAL.` in a
  cable, `upgrade the above to S` in a chat, `Remark the above (C).`): the instruction's own portion was raised (the
  backstop read the level in it) but the (U) text it names went out at every level, usg included. Fix: fix48c's
  request reader (the `requested` way of `unresolved_scope.claims`, rules/markings.yaml) also reads an imperative
  `mark/re-mark/upgrade/regrade/reclassify` of `these/those/them/the above/the preceding/the foregoing/paras 2-3` and a
  passive `these/the above ... should/must/need to be marked LEVEL`; as a request it is a claim about other text,
  and `scope.unresolved_statements` raises what it names (exactly when `scope_exact` places it, else every portion
  before and after it: fail closed).
2 a review worksheet or Vaughn index row naming a labelled block (`Table 4 and the discussion of it DENY (b)(1)
  CONFIDENTIAL`, `Table 4 | (b)(1) | SECRET`, `Figure 1 and the discussion of it: withheld`, `Map 3 and the
  discussion of it | DENY`, `Annex B and the discussion of it -- DENY`): no topic (`the passage describing X`) was
  read, so nothing was raised. Fix: `record_targets._by_block` (a separate function, beside fix49c's pronoun reading)
  raises the marked portions naming the block, the unmarked portions beside them, a caption's neighbours, and with a
  discussion the neighbours of every portion naming it and every portion holding its kind word; the block not found:
  every marked portion (fail closed).

First run on main ad2afc4b: all 13 withheld cases below leaked at usg, partner and public; the 6 traps release on
main. After the fix: 13 of 13 withheld; the 6 traps still release.
Harness against main's whole run t0 (ad2afc4b): every corpus document either change can fire on (174: a re-mark
verb or passive `should be marked` with a pointer word, or a line holding a block label and a level) on this tree:
no new leak, no new over-redaction, nothing fixed (these leaks were found outside the corpus). A first version of
the block rule (any withholding word, `is`, `are`) newly over-redacted 9 of them at usg (notes such as `Enclosure 1
... Its classification is SECRET//NOFORN`, `Figure 3 and its caption are S//NF`): the rule now needs a review's own
decision word (`DENY`, `withheld`, `exempt`, `(b)(1)`, `1.4(c)`). The whole harness in two halves on the first
version, 2,818 documents before it was stopped: no new leak; on the final version (same reading as the decision-word
one), 4,159 documents by the deadline (the machine shared with eight other harness runs): no new leak, no new
over-redaction; the 174 targeted documents again on the final tree: no new leak, no new over-redaction.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

WITHHELD: list[tuple[str, str, str]] = [
    ('mark-these-after-para',
     'SUBJECT: Port visit schedule\n\n1. (U) The frigate will berth at pier four on 12 March and the crew will take shore leave in two watches.\n\n2. (U) Mark these SECRET//NOFORN.\n\n3. (U) Logistics questions go to the duty officer.\n',
     'berth at pier four'),
    ('mark-the-above-email',
     'From: J. Ortiz\nTo: R. Klein\nSubject: draft readout\n\n(U) The minister agreed to move the border post eight kilometres north before the elections.\n(U) The delegation will return on Friday.\n\n(U) Mark the above S//NF.\n\nThanks, Jorge\n',
     'border post eight kilometres'),
    ('these-should-be-marked-memo',
     'MEMORANDUM FOR THE RECORD\n\n(U) Paragraph one: the source reported that the convoy leaves Tuesdays at dawn.\n\n(U) These should be marked CONFIDENTIAL.\n\n(U) Distribution: file.\n',
     'convoy leaves Tuesdays'),
    ('upgrade-the-preceding-to-c',
     'Notes from the call, 4 Feb\n\n(U) The vendor disclosed that the firmware has an unpatched bypass in the radio module.\n\n(U) Upgrade the preceding to C.\n',
     'unpatched bypass'),
    ('cable-mark-the-above-caps',
     'R 141200Z MAR 31\nFM AMEMBASSY EXAMPLE\nTO SECSTATE WASHDC\n\nSUBJECT: FISHERIES TALKS\n\n1. (U) THE DEPUTY MINISTER SAID PRIVATELY THAT HIS GOVERNMENT WILL DROP THE QUOTA DEMAND IN EXCHANGE FOR PORT ACCESS.\n\n2. (U) MARK THE ABOVE CONFIDENTIAL.\n\n3. (U) EMBASSY WILL REPORT FURTHER.\n',
     'DROP THE QUOTA DEMAND'),
    ('chat-upgrade-the-above-to-s',
     '[09:14] kchen: (U) the generator at the east gate fails every night around 0200, guards go dark for ten minutes\n[09:15] kchen: (U) upgrade the above to S\n[09:16] mrossi: (U) ack\n',
     'guards go dark'),
    ('remark-the-above-paren-c',
     '(U) Item for the weekly: the ambassador will meet the opposition leader secretly at the residence on the 9th.\n\n(U) Remark the above (C).\n',
     'opposition leader secretly'),
    ('worksheet-table-and-discussion-of-it',
     'LINE-BY-LINE REVIEW WORKSHEET  Case F-2031-0442\nItem  Description                                Action   Exemption   Level\n1     Table 4 and the discussion of it           DENY     (b)(1)      CONFIDENTIAL\n2     Remainder of the excerpt                   RIF\n\n(U) 3. Field teams surveyed the four depots in the eastern district during March.\n\n(U) Table 4: Depot stocks by site\n\n| Depot | Shells | Fuel |\n| North ridge | 4,100 | 60 t |\n| Kessel gap | 900 | 12 t |\n\n(U) 4. As the table shows, the north ridge depot holds most of the artillery stock, so an advance would come from there.\n\n(U) 5. The teams returned on 2 April.\n',
     'most of the artillery stock'),
    ('vaughn-table-alone',
     'Vaughn index\nDoc | Date | Page | Portion withheld | Exemption | Basis\n7 | 2019-11-04 | 2 | Table 4 | (b)(1) | SECRET; 1.4(a)\n\n(U) 1. The inspectors counted stocks at each site.\n\n(U) Table 4. Stocks: Amberly 300 drums; Coldwater 1,250 drums; Pine Flat 40 drums.\n\n(U) 2. The inspectors left on 9 June.\n',
     'Coldwater 1,250'),
    ('review-table-and-its-discussion',
     'Review sheet, MDR 24-118\np.2  Table 4 and its discussion  -- withheld in full (b)(1) CONFIDENTIAL 1.4(c)\n\n(U) 3. Field teams surveyed the four depots in the eastern district during March.\n\n(U) Table 4: Depot stocks by site\n\n| Depot | Shells | Fuel |\n| North ridge | 4,100 | 60 t |\n| Kessel gap | 900 | 12 t |\n\n(U) 4. As the table shows, the north ridge depot holds most of the artillery stock, so an advance would come from there.\n\n(U) 5. The teams returned on 2 April.\n',
     'most of the artillery stock'),
    ('worksheet-map-pipes-snf',
     'REVIEW WORKSHEET\nMap 3 and the discussion of it | DENY | (b)(1) | SECRET//NOFORN\n\n(U) 1. Introduction to the survey.\n\n(U) Map 3. Patrol routes along the river\n[map: three routes marked in red]\n\n(U) 2. The routes on Map 3 avoid the old ferry crossing because the militia mines it at night.\n\n(U) 3. Closing remarks.\n',
     'militia mines it'),
    ('foia-figure-discussion-colon',
     'FOIA REVIEW — line by line\nPage 3, Figure 1 and the discussion of it: withheld, (b)(1), CONFIDENTIAL, 1.4(d)\nPage 3, remainder: release\n\n(U) Figure 1 - Ministry organisation chart\n\n(U) The chart shows that the deputy minister, not the minister, signs off on arms transfers abroad.\n\n(U) Other sections follow.\n',
     'signs off on arms transfers'),
    ('annex-and-discussion-dashes',
     'Annex B and the discussion of it -- DENY in full -- (b)(1) -- SECRET\n\n(U) 1. Budget lines are unchanged.\n\n(U) Annex B\n(U) Host nation pays for perimeter guards at Camp Loma.\n\n(U) 2. The arrangement with the host nation in Annex B lapses when the lease ends in 2031.\n',
     'Camp Loma'),
]

RELEASED: list[tuple[str, str, list[str]]] = [
    ('trap-mark-dates-on-calendar',
     '(U) The conference is on 3 and 4 June in Lisbon.\n\n(U) Mark these dates on your calendar.\n',
     ['Mark these dates on your calendar.', 'The conference is on 3 and 4 June in Lisbon.']),
    ('trap-marked-as-received',
     '(U) The forms arrived on Monday.\n\n(U) These should be marked as received.\n',
     ['These should be marked as received.', 'The forms arrived on Monday.']),
    ('trap-how-to-upgrade-guide',
     '(U) The workshop covers records management for new staff.\n\n(U) This guide explains how a reviewer decides whether to upgrade a record, and who signs the form.\n\n(U) Mark these dates on your calendar: 4 May and 11 May.\n',
     ['how a reviewer decides whether to upgrade a record', 'records management for new staff']),
    ('trap-received-and-above-boxes',
     '(U) The courier delivered three boxes of forms on Monday.\n\n(U) These should be marked as received in the log, and the above boxes go to room 12.\n',
     ['three boxes of forms on Monday', 'These should be marked as received in the log']),
    ('trap-mark-pages-yellow-tab',
     '(U) Training note for new clerks.\n\n(U) When you mark the above-the-fold summary, use a highlighter. Mark these pages with a yellow tab.\n',
     ['Mark these pages with a yellow tab.', 'Training note for new clerks.']),
    ('trap-worksheet-releases-figure-in-full',
     "Review worksheet\nFigure 1 -- RELEASE IN FULL\n\n(U) 1. The survey started in May.\n\n(U) Figure 1 - Ministry organisation chart\n\n(U) 2. The chart shows the deputy minister's office and the press office.\n",
     ["The chart shows the deputy minister's office and the press office.", 'Ministry organisation chart']),
]


@pytest.mark.parametrize("text,phrase", [pytest.param(t, p, id=i) for i, t, p in WITHHELD])
def test_withheld_at_every_level(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ALL)


@pytest.mark.parametrize("text,phrases", [pytest.param(t, p, id=i) for i, t, p in RELEASED])
def test_trap_released_at_usg(text: str, phrases: list[str]) -> None:
    for phrase in phrases:
        assert_released(text, phrase, "usg")
