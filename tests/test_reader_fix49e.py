"""fix49e: levels and controls set outside the part (rounds 191 and 193, issue 8).

First run on main ad2afc4b (rounds 191-193's FIRST_RUN.md): six documents of these classes leaked: adv191-028 (a
footnote in superscript digits, second under a `Notes` heading, says the figures of the sentence carrying it are
SECRET: the (U) sentence released everywhere), adv191-035 (a forward says the OCA upgraded the fact sheet below to
CONFIDENTIAL; the copy keeps its old UNCLASSIFIED banner and (U) marks), adv191-029 (a Slack JSON-lines export whose
channel topic is `CUI//NOFORN - US persons only`; messages marked (CUI) only), adv191-039 (a chat reply names an
earlier post by its time: `the 09:14 message ... is LES, do not paste it into the FVEY room`), adv193-011 (an Org-mode
property drawer's `:RELEASABLE_TO: USA AUS CAN NZL` inherited by the sub-headings' (FOUO) items) and adv193-008 (an
annex caption `Annex B (LOU). Shareable with the Quint capitals except London.` over unmarked rows that a (U)
paragraph ran on over). After this branch: none of the six leaks.

Fix, by class (each only raises): 1 `governing.footnoted_portions` takes a note whose number is written in
superscript digits, or that follows other notes under a rule line or `Notes` heading, as a footnote (the view reads
`²` as `2`, and only the first note under a heading was taken); 2 `governing_statements` (rules) reads an upgrade
notice that names what it upgrades (`upgraded the fact sheet below to CONFIDENTIAL`, `reclassified the memo below
as SECRET`) and a target for a document named below or attached (`the paper below`, `the memo below`); 3
`reader/channel_topics.py` (new): a chat channel's metadata field (`"topic"`, `"purpose"`, `Channel header:`) whose
value opens with a marking with controls states the document's controls (`document_controls`); 4 a target for one
post named by its time (`the 09:14 message`, `the post at 10:05`: the posts of that minute, `governing._timespan`),
and `controls_in_words` reads `do not paste it into the FVEY room` and `keep that one out of the NATO chat` as
NOFORN; 5 `reader/org_properties.py` (new): an Org property drawer's classification and release list raise its
heading's subtree; 6 `headed_boxes` reads a caption (`Annex B (LOU). ...`, `Table 2 (CUI): ...`) over the block under
it, with the controls its own sentence states, and raises a (U) portion that ran on over the caption whole.
Cases below are mine, fresh (not corpus copies); each withheld case fails on main /tmp/m49 (12 of 12); the 7 traps
release on both. Whole harness (11,781 documents, t0_all): 6 fixed, no new leak; usg over-redaction 3,723 -> 3,723 (new:
adv191-035, whose forwarded message's last (U) line after the fact sheet is read as text below; fixed: adv107-042).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER = ("partner",)

# (id, document, phrases withheld at `levels`, levels)
CASES: list[tuple[str, str, list[str], tuple[str, ...]]] = [
    # 1 a footnote that states the level of the sentence carrying its sign
    ('footnote-superscript-third-rel-to',
     'UNCLASSIFIED\n\nVISIT NOTES\nAuthor: R. Mbeki\n\n1. (U) Purpose. To review the clinic rebuilding at Malakal.\n\n2. (U) Findings. Militia checkpoints on the Sobat road collect about 40 dollars per truck, and the commander keeps a reserve of 300 fighters at Nasir.³\n\n3. (U) Next steps. The desk will report in March.\n\nFootnotes\n¹ Clinic director, interview, 3 May.\n² UNMISS public bulletin of 9 May.\n³ These strengths come from a SECRET//REL TO USA, AUS assessment and carry that classification.\n\nUNCLASSIFIED\n',
     ['the commander keeps a reserve of 300 fighters at Nasir'], ALL),
    ('footnote-plain-digits-after-notes',
     'UNCLASSIFIED\n\nMEMO FOR THE FILE\n\n(U) The port handled 14 tankers in April.\n\n(U) Two of the tankers were later seen off Hodeidah with their transponders off.2\n\n(U) The harbour master retires in June.\n\nNotes\n1 Port authority monthly figures.\n2 The sighting comes from a CONFIDENTIAL//REL TO USA, CAN imagery report and carries that classification.\n\nUNCLASSIFIED\n',
     ['Two of the tankers were later seen off Hodeidah with their transponders off'], ALL),
    # 2 an upgrade notice that names the document below it
    ("upgrade-memo-below-reclassified",
     "From: Ortiz, Lena\nSent: Tuesday, March 3, 2026 9:12 AM\nTo: EAP-Desk\nSubject: FW: memo on the ferry case\n\n"
     "Team - the OCA has reclassified the memo below as SECRET as of this morning. Its copy still shows the "
     "old markings.\n\nLena\n\n---------- Forwarded message ----------\nFrom: Kwan, Peter\nSubject: memo on the ferry "
     "case\n\nUNCLASSIFIED\nFERRY CASE - NOTE\n(U) The ferry operator paid the harbour official twice in January.\n"
     "(U) The payments went through a shell company in Labuan.\nUNCLASSIFIED\n",
     ["The ferry operator paid the harbour official twice in January",
      "The payments went through a shell company in Labuan"], ALL),
    ("upgrade-copy-below-by-originator",
     "From: Haines, Joel\nTo: AF-Regional\nSubject: FW: talking points (now classified)\n\nNote the briefing paper below was "
     "upgraded by the originator to CONFIDENTIAL on Friday; do not post it on the open site.\n\n"
     "----- Original Message -----\nSubject: talking points\n\nUNCLASSIFIED\n"
     "(U) The president intends to replace the army chief before the summit.\n"
     "(U) Two ministers are negotiating with the rebels in secret.\nUNCLASSIFIED\n",
     ["The president intends to replace the army chief before the summit",
      "Two ministers are negotiating with the rebels in secret"], ALL),
    # 3 a chat channel's topic that states the channel's controls
    ('channel-header-json',
     '{"type": "channel", "name": "port-ops-south", "header": "LES//NOFORN | port ops south"}\n{"ts": "2026-11-02T08:01:00Z", "user": "a.reyes", "text": "(U) morning"}\n{"ts": "2026-11-02T08:03:00Z", "user": "b.lund", "text": "(LES) the scanner at lane 4 has been down since Friday"}\n',
     ['the scanner at lane 4 has been down since Friday'], PARTNER),
    ("channel-purpose-json-lines",
     '{"type": "channel", "name": "hsi-finance", "purpose": "U//FOUO//NOFORN, internal finance cell only"}\n'
     '{"ts": "2026-10-01T10:00:00Z", "user": "m.ito", "text": "(FOUO) the bank in Tijuana flagged three wires to the '
     'same importer"}\n'
     '{"ts": "2026-10-01T10:02:00Z", "user": "k.shaw", "text": "(U) thanks"}\n',
     ["the bank in Tijuana flagged three wires to the same importer"], PARTNER),
    # 4 a chat reply that names an earlier post by its time
    ('chat-post-time-drop-into-coalition-channel',
     "Chat log - ops-fusion\n\n[10:02] p.nair: (U) Call at 1100.\n[10:05] r.osei: (CUI) the witness in Antwerp named the broker who books the reefer containers\n[10:07] p.nair: (U) noted\n[10:11] r.osei: (U) re the 10:05 post: LES, pls don't drop that one into the coalition channel\n[10:12] p.nair: (U) will do\n",
     ['the witness in Antwerp named the broker who books the reefer containers'], PARTNER),
    # 5 an Org-mode property drawer over its heading's subtree
    ("org-drawer-rel-to-subtree",
     "#+TITLE: Sahel logistics notes\n\n* Admin\n  (U) The team meets on Thursdays.\n\n* Airlift\n** Bamako leg\n"
     "   :PROPERTIES:\n   :REL_TO: USA, FRA, DEU\n   :END:\n*** Crew\n    (SBU) The C-130 crew rotates through Niamey every ten days.\n"
     "*** Cargo\n    (SBU) Fuel bladders are pre-positioned at the old terminal.\n** Gao leg\n"
     "   (U) The Gao runway reopened in May.\n",
     ["The C-130 crew rotates through Niamey every ten days", "Fuel bladders are pre-positioned at the old terminal"],
     PARTNER),
    ("org-file-drawer-releasability",
     ":PROPERTIES:\n:RELEASABILITY: NOFORN\n:END:\n#+TITLE: Vetting notes\n\n* Candidates\n"
     "  (FOUO) Captain Diallo failed the second polygraph.\n",
     ["Captain Diallo failed the second polygraph"], PARTNER),
    # 6 a caption over the block under it
    ('caption-annex-sbu-g7-except-uk',
     'U.S. EMBASSY OTTAWA\nPolitical Section\n\nREPORT: Arctic port upgrades\nDate: 4 May 2026\nClassification: UNCLASSIFIED//SENSITIVE BUT UNCLASSIFIED\n\n1. Summary\n\n(U) Three northern ports asked for federal money this year.\n\n2. Outlook\n\n(U) The section expects one award before winter.\n\nAnnex B (SBU). May be shared with the G7 partners except the UK.\n\n  Port        Note\n  ----        ----\n  Churchill   Operator quietly seeking a foreign buyer\n  Iqaluit     Contractor under a sealed fraud inquiry\n\nDrafted: POL/AChen\nApproved: POL/BKing\n',
     ['Operator quietly seeking a foreign buyer'], ("partner", "public")),
    ('caption-annex-fouo-not-outside-usg',
     'U.S. CONSULATE MILAN\nEconomic Unit\n\nREPORT: Textile exports\nDate: 9 June 2026\nClassification: UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n1. Overview\n\n(U) Exports of technical textiles grew by 8 percent.\n\n2. Next steps\n\n(U) The unit will visit two mills in July.\n\nAnnex D (FOUO). Not for release outside the USG.\n\n  Firm        Concern\n  ----        -------\n  Tessile Nord   Ships carbon fibre to a Belarusian front company\n  Lanificio Sud  Owner under investigation for customs fraud\n\nDrafted: ECON/MRossi\n',
     ['Ships carbon fibre to a Belarusian front company'], ("partner", "public")),
    ('caption-appendix-five-eyes-except-uk',
     'U.S. CONSULATE MILAN\nEconomic Unit\n\nREPORT: Textile exports\nDate: 9 June 2026\nClassification: UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n1. Overview\n\n(U) Exports of technical textiles grew by 8 percent.\n\n2. Next steps\n\n(U) The unit will visit two mills in July.\n\nAppendix B (SBU). Releasable to the Five Eyes except the United Kingdom.\n\n  Firm        Concern\n  ----        -------\n  Tessile Nord   Ships carbon fibre to a Belarusian front company\n  Lanificio Sud  Owner under investigation for customs fraud\n\nDrafted: ECON/MRossi\n',
     ['Ships carbon fibre to a Belarusian front company'], ("partner", "public")),
]


@pytest.mark.parametrize("case_id,text,withheld,levels", CASES, ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, withheld: list[str], levels: tuple[str, ...]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, levels)


# (id, document, phrase released, level): traps of the same shapes that state nothing more
TRAPS: list[tuple[str, str, str, str]] = [
    ("footnote-unclassified-source",
     "UNCLASSIFIED\n\nVISIT NOTES\n\n1. (U) Purpose. To review the clinic at Malakal.\n\n"
     "2. (U) Findings. About 2,000 people used the clinic in May.²\n\nNotes\n¹ Director, interview.\n"
     "² The figures in this sentence are drawn from an UNCLASSIFIED WHO bulletin.\n\nUNCLASSIFIED\n",
     "About 2,000 people used the clinic in May.", "public"),
    ("downgrade-notice",
     "From: Ortiz, Lena\nSubject: FW: fact sheet\n\nAll - the OCA downgraded the fact sheet below to UNCLASSIFIED "
     "on Monday; it may now be posted.\n\n---------- Forwarded message ----------\nSubject: fact sheet\n\n"
     "UNCLASSIFIED\n(U) The ferry line opens a second route to Batam in June.\nUNCLASSIFIED\n",
     "The ferry line opens a second route to Batam in June.", "usg"),
    ("channel-topic-lunch-order",
     '{"type": "channel", "name": "ops-social", "topic": "Friday lunch order - tacos, ask FOUO desk for the card"}\n'
     '{"ts": "2026-10-01T10:00:00Z", "user": "m.ito", "text": "(U) tacos again this week, orders by noon"}\n'
     '{"ts": "2026-10-01T10:02:00Z", "user": "k.shaw", "text": "(U) two please"}\n',
     "tacos again this week, orders by noon", "partner"),
    ("chat-time-of-a-meeting",
     "[2026-09-09 09:00] j.ruiz: (U) morning all\n[2026-09-09 09:02] a.tan: (U) the 10:00 meeting moved to room 4B\n"
     "[2026-09-09 09:03] j.ruiz: (U) the harbour cranes are back in service\n",
     "the harbour cranes are back in service", "partner"),
    ("org-property-not-release-list",
     "#+TITLE: Notes\n\n* Fuel\n  :PROPERTIES:\n  :OWNER: GBR liaison desk\n  :RELEASE_DATE: 2026-11-01\n  :END:\n"
     "  (FOUO) The depot holds nine days of fuel.\n",
     "The depot holds nine days of fuel.", "usg"),
    ("org-drawer-sibling-outside",
     "#+TITLE: Sahel logistics notes\n\n* Airlift\n** Bamako leg\n   :PROPERTIES:\n   :REL_TO: USA, FRA\n   :END:\n"
     "   (SBU) The crew rotates every ten days.\n** Gao leg\n   (U) The Gao runway reopened in May.\n",
     "The Gao runway reopened in May.", "partner"),
    ("caption-unclassified",
     "UNCLASSIFIED\n\n(U) The office reviewed four suppliers.\nTable 2 (U). Public register entries.\n"
     "  Norvik       Registered in Riga\n\nUNCLASSIFIED\n",
     "Registered in Riga", "usg"),
]


@pytest.mark.parametrize("case_id,text,phrase,level", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_released(case_id: str, text: str, phrase: str, level: str) -> None:
    assert_released(text, phrase, level)
