"""open39b: (U) continuations, chat corrections and symbol lists that still released classified text (issue 8).

Documents: review38a s01 s03 s04 s05 s08 s11 s14 s17 s18 s21 and min-s-*, review38z 29 48 65, review38b sy02 sy04,
verbatim; then two variants of mine per class (another format, wording, position), written before I read the reader.
First run on main `2168ede` (80 checks, 48 failed): every review document's withhold check failed (29's first
phrase, `convoy leaves at 0600`; its second, `carries the missiles`, was withheld already: the caret raised the line
right above it); of my 29 variants 23 leaked, and 6 were withheld already (`sbu-noforn-plain`, `capital-plain`: a
paragraph's mark under a line ending on `from`, evidence `_continuations`; `quote-one-blank`: one blank quoted line;
`correction-para-above`, `caret-two-back`, `caret-earlier`). Every release check passed.

Fixed, by class, only raising:
- (U) continuation (`symbol_marks.raise_symbol_marks`): the marked portion above may be up to two unmarked portions
  back where those are blank quote lines or a sender's header (`_marked_above`); two or three blank lines between
  (s04, s18); a Teams/Slack sender header the same but for its time between (s11, `_over_repeated_header`); another
  indent, quote depth, flowed-quote space or emphasis before the `(U)` where the `(U)` line opens no item of its own
  (s03, s08, s17, s21, `_same_place`); a chat line of the same sender whose time alone differs (s01, 65; an IRC
  `09:42 <dana>` head read too); a capital after a line stopping on a word no sentence ends on (rules
  `unfinished_line_words`: s05, and a numbered item or a sub-item's bullet under such a line); a sentence above
  marked `SBU//NF` or `U//FOUO` (s14: any control, not only a level, is taken).
- chat corrections (`chat_corrections`): a correction saying `both`, `two`, `those`, `lines`, `before that`, `not
  that one` raises the two messages above it (three for `three`), since which one it means is not proven (29, 48);
  a message pointing back in words (`correction: the two lines above`) whose next unmarked line states the level
  (`should be S//NF`) is read as one correction.
- symbol lists (`raise_defined_symbols`): a list whose letters all read as marks is a list of symbols where an
  item's definition names no level or control in its first four words (sy02); under an SBU or FOUO banner the
  items take it (sy04).
Harness (9,508 documents) against main `2168ede` (/tmp/s39/t0b.txt): no new leaking document (25 old, other
classes); over-redaction 2,723 -> 2,723, none new, none fixed. The first version over-redacted 4 chat logs (adv103-044,
adv119-048, adv122-037, adv141-059: the same sender's `(U)` line a minute later under a line ending on no open word,
and IRC `<nick>` lines): a chat line whose time differs, or an IRC line, now continues only under an open word.
Left: `symbols-cui` (`(U) is the utility rate`: `is` alone is no verb of defining, strict xfail).
Red-team after the fix (written after): a Teams header with a date, a caret correction whose level is on the next
line, `the last 2 msgs`, a `Name (09:16):` chat, two blank quoted lines then a deeper quote, a capital under a FOUO
bullet, `stands for` symbols under FOUO with a `(C)` (all withheld); released still: another sender's chat line, a
legend of marks (`(U) denotes unclassified information`), another sender's Teams header, a paragraph after a title
and two blank lines in upper case, a sub-bullet under a line that stops on no open word. One red-team leak fixed
(a sub-item's `(U)` under `... in the session with`).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# The reviewers' documents, verbatim (review38a s-class, review38z 29/48/65, review38b sy02/sy04):
# (id, document, {phrase withheld: levels}, (U) phrases released at usg)
REVIEW_DOCS: list[tuple[str, str, dict[str, tuple[str, ...]], list[str]]] = [
    ('min-s-boldbullet', 'SECRET//NOFORN\n\n- **(S//NF)** Imagery from 2 May shows new cabling running toward\n  **(U)** the second reactor hall at the northern site.\n\nSECRET//NOFORN\n',
     {'the second reactor hall': ('usg', 'partner', 'public')}, []),
    ('min-s-capital', 'SECRET//NOFORN\n\n- (S//NF) The tanker identified by ROOK will load crude at\n- (U) Kharg Island on the 19th under Panamanian flag.\n\nSECRET//NOFORN\n',
     {'Kharg Island on the 19th': ('usg', 'partner', 'public')}, []),
    ('min-s-chatminute', 'SECRET//NOFORN\n[09:15] m.oduya: (S//NF) HUMINT says the cash transfer crosses on\n[09:16] m.oduya: (U) the northern ferry at 0200 with the two couriers\nSECRET//NOFORN\n',
     {'the northern ferry at 0200': ('usg', 'partner', 'public')}, []),
    ('min-s-flowed', 'SECRET//NOFORN\n\n> (S//NF) The tanker identified by ROOK will load crude at\n>  (U) the Kharg terminal on the 19th under Panamanian flag.\n\nSECRET//NOFORN\n',
     {'the Kharg terminal on the 19th': ('usg', 'partner', 'public')}, []),
    ('min-s-indent', "SECRET//NOFORN\n  a. (S//NF) The reactor runs at 27 MW. Below\n    (U) is the coolant's internal energy; the reactor has not shut down since March.\nSECRET//NOFORN\n",
     {'has not shut down since March': ('usg', 'partner', 'public')}, []),
    ('min-s-quotedepth', 'SECRET\n\n> (S) The source says the money moves through\n>> (U) the Dubai exchange house run by the cousin.\n\nSECRET\n',
     {'the Dubai exchange house run by the cousin': ('usg', 'partner', 'public')}, []),
    ('min-s-quotegap', 'SECRET\n\n> (S) The source says the money moves through\n>\n>\n> (U) the Dubai exchange house run by the cousin.\n\nSECRET\n',
     {'the Dubai exchange house run by the cousin': ('usg', 'partner', 'public')}, []),
    ('min-s-sbunf', 'UNCLASSIFIED//FOUO\n\n- (SBU//NF) The vendor list for the embassy upgrade names the contractor at\n- (U) the Kenyan firm Tana Systems, who hold the alarm codes.\n\nUNCLASSIFIED//FOUO\n',
     {'who hold the alarm codes': ('partner', 'public')}, []),
    ('min-s-teams', 'SECRET//NOFORN\nOduya, Mark  9:15 AM\n(S//NF) HUMINT says the cash transfer crosses on\nOduya, Mark  9:15 AM\n(U) the northern ferry at 0200 with the two couriers\nSECRET//NOFORN\n',
     {'the northern ferry at 0200': ('usg', 'partner', 'public')}, []),
    ('min-s-twoblank', 'SECRET//NOFORN\n\n(S//NF) Station assesses the drones are being transshipped through\n\n\n(U) the Jebel Ali free zone under a Liberian front company.\n\nSECRET//NOFORN\n',
     {'the Jebel Ali free zone': ('usg', 'partner', 'public')}, []),
    ('s01-chat-minute-change', 'SECRET//NOFORN\nChat log export - room OPS-CELL-7 - 2026-05-12\n\n[09:14] j.harlan: (U) morning all, coffee is in the pantry\n[09:15] m.oduya: (S//NF) HUMINT says the cash transfer crosses on\n[09:16] m.oduya: (U) the northern ferry at 0200 with the two couriers\n[09:17] j.harlan: (U) ack, thanks\n\nSECRET//NOFORN\n',
     {'the northern ferry at 0200 with the two couriers': ('usg', 'partner', 'public')}, ['morning all, coffee is in the pantry']),
    ('s03-indent-mismatch', "SECRET//NOFORN\n  a. (S//NF) The reactor runs at 27 MW. Below\n    (U) is the coolant's internal energy; the reactor has not shut down since March.\n  b. (U) Staff training continues.\nSECRET//NOFORN\n",
     {'has not shut down since March': ('usg', 'partner', 'public')}, ['Staff training continues']),
    ('s04-two-blank-lines', 'SECRET//NOFORN\n\n(S//NF) Station assesses the drones are being transshipped through\n\n\n(U) the Jebel Ali free zone under a Liberian front company.\n\n(U) The conference room is booked for Monday.\n\nSECRET//NOFORN\n',
     {'the Jebel Ali free zone under a Liberian front company': ('usg', 'partner', 'public')}, ['The conference room is booked for Monday']),
    ('s05-capital-continuation', "SECRET//NOFORN\n\n- (S//NF) The tanker identified by ROOK will load crude at\n- (U) Kharg Island on the 19th under Panamanian flag.\n- (U) Port fees are published on the authority's site.\n\nSECRET//NOFORN\n",
     {'Kharg Island on the 19th under Panamanian flag': ('usg', 'partner', 'public')}, ['Port fees are published']),
    ('s08-quote-depth', 'Classification: SECRET\nSubject: (U) RE: RE: notes\n\n(U) See below.\n\n> (S) The source says the money moves through\n>> (U) the Dubai exchange house run by the cousin.\n> (U) Weather was fine.\n\nClassification: SECRET\n',
     {'the Dubai exchange house run by the cousin': ('usg', 'partner', 'public')}, ['See below.']),
    ('s11-teams-export', 'SECRET//NOFORN\nTeams chat export\n\nOduya, Mark  9:15 AM\n(S//NF) HUMINT says the cash transfer crosses on\nOduya, Mark  9:15 AM\n(U) the northern ferry at 0200 with the two couriers\nHarlan, Jo  9:16 AM\n(U) ack\n\nSECRET//NOFORN\n',
     {'the northern ferry at 0200 with the two couriers': ('usg', 'partner', 'public')}, []),
    ('s14-nf-only-sbu', 'UNCLASSIFIED//FOUO\n\n- (SBU//NF) The vendor list for the embassy upgrade names the contractor at\n- (U) the Kenyan firm Tana Systems, who hold the alarm codes.\n- (U) Lunch is at noon.\n\nUNCLASSIFIED//FOUO\n',
     {'who hold the alarm codes': ('partner', 'public')}, ['Lunch is at noon']),
    ('s17-md-bold-head-mismatch', 'SECRET//NOFORN\n\n## Assessment\n\n- **(S//NF)** Imagery from 2 May shows new cabling running toward\n  **(U)** the second reactor hall at the northern site, likely for the new cascade.\n\n- **(U)** Questions to the desk officer.\n\nSECRET//NOFORN\n',
     {'the second reactor hall at the northern site': ('usg', 'partner', 'public')}, ['Questions to the desk officer']),
    ('s18-blank-quote-gap', 'Classification: SECRET\nSubject: (U) RE: notes\n\n(U) See below.\n\n> (S) The source says the money moves through\n>\n>\n> (U) the Dubai exchange house run by the cousin.\n\nClassification: SECRET\n',
     {'the Dubai exchange house run by the cousin': ('usg', 'partner', 'public')}, ['See below.']),
    ('s21-flowed-quote-space', 'Classification: SECRET//NOFORN\nSubject: (U) FW: plant note\n\n(U) Forwarding for awareness.\n\n> (S//NF) The tanker identified by ROOK will load crude at\n>  (U) the Kharg terminal on the 19th under Panamanian flag.\n\nClassification: SECRET//NOFORN\n',
     {'the Kharg terminal on the 19th': ('usg', 'partner', 'public')}, ['Forwarding for awareness']),
    ('29_chat_two_lines_corrected', 'SECRET//NOFORN\n[14:01] t.abara: (U) morning all, quick update from the port\n[14:02] t.abara: (U) The convoy leaves at 0600 from the Kharg terminal.\n[14:02] t.abara: (U) It carries the missiles for the militia.\n[14:03] t.abara: ^ both of those last two lines are S//NF, not U. fat fingers\n[14:04] k.ito: (U) got it, will fix in the log\nSECRET//NOFORN\n',
     {'convoy leaves at 0600 from the Kharg terminal': ('usg', 'partner', 'public'), 'carries the missiles for the militia': ('usg', 'partner', 'public')}, []),
    ('48_chat_caret_points_wrong', 'SECRET//NOFORN\n[14:02] t.abara: (U) The convoy leaves at 0600 from the Kharg terminal.\n[14:02] t.abara: (U) also lunch is at noon\n[14:03] t.abara: ^ sorry the one before that is S//NF\nSECRET//NOFORN\n',
     {'convoy leaves at 0600 from the Kharg terminal': ('usg', 'partner', 'public')}, []),
    ('65_chat_symbol_continuation_time_differs', 'SECRET//NOFORN\n[14:02] k.ito: (S//NF) the convoy we discussed leaves through\n[14:03] k.ito: (U) the Kharg terminal at 0600 with the missiles for the militia\n[14:04] t.abara: (U) thx\nSECRET//NOFORN\n',
     {'Kharg terminal at 0600 with the missiles': ('usg', 'partner', 'public')}, []),
    ('sy02_symbols_all_marks', 'SECRET//NOFORN\n(S//NF) Enrichment cascade notes, Fordow hall B\n\nSymbols:\n- (U) denotes the enrichment fraction of the feed at Fordow hall B, 60 percent since March\n- (C) denotes the cascade count.\n(U) See annex for definitions.\n',
     {'60 percent since March': ('usg', 'partner', 'public')}, []),
    ('sy04_symbols_banner_u_inherited', 'UNCLASSIFIED//FOUO\nNotation:\n- (U) stands for the unit price; the Karachi supplier charges 40 percent more to the embassy\n- (Q) stands for the quantity.\n(U) Notes end.\n',
     {'supplier charges 40 percent more': ('public',)}, []),
]

NF = ("partner", "public")
# My variants, written before I read the reader: (id, document, withheld phrase, levels, released phrase or "")
VARIANTS: list[tuple[str, str, str, tuple[str, ...], str]] = [
    # ---- chat: the (U) line's time stamp differs from the higher line's
    ("chat-hour-change", "SECRET\n[2026-05-12 10:59] r.nash: (S) the strike package launches from\n"
     "[2026-05-12 11:00] r.nash: (U) the carrier Eisenhower before dawn on Friday\n[2026-05-12 11:02] k.ito: (U) noted\n"
     "SECRET\n", "the carrier Eisenhower before dawn on Friday", ALL, "noted"),
    ("chat-angle-minute", "SECRET//NOFORN\n09:40 <dana> (S//NF) the defector will be moved to\n"
     "09:42 <dana> (U) a safe house in Larnaca under a Maltese passport\n09:43 <omar> (U) ok, lunch at noon\n"
     "SECRET//NOFORN\n", "a safe house in Larnaca under a Maltese passport", ALL, "ok, lunch at noon"),
    # ---- the (U) line is indented other than the higher line
    ("indent-bullet-deeper", "SECRET\n * (S) The battery on the eastern ridge has been\n        (U) reinforced with two "
     "S-300 launchers since the thaw.\n * (U) The road is open.\nSECRET\n",
     "reinforced with two S-300 launchers", ALL, "The road is open."),
    ("indent-shallower", "CONFIDENTIAL\n      1. (C) The minister told us privately that\n  (U) he will resign "
     "before the budget vote in June.\n  2. (U) The embassy is closed on Monday.\nCONFIDENTIAL\n",
     "he will resign before the budget vote", ALL, "The embassy is closed on Monday."),
    # ---- two or more blank lines between
    ("three-blank", "SECRET\n\n(S) The source reports that the shipment was loaded onto\n\n\n\n(U) the dhow Al Noor at "
     "Bandar Lengeh on the night of 4 May.\n\n(U) The office closes early Friday.\n\nSECRET\n",
     "the dhow Al Noor at Bandar Lengeh", ALL, "The office closes early Friday."),
    ("two-blank-cable", "SECRET//NOFORN\nSUBJECT: (U) PORT VISIT\n\n1. (S//NF) SOURCE SAYS THE ARMS ARE HIDDEN IN\n\n\n"
     "(U) THE THIRD WAREHOUSE OF THE FREE ZONE BEHIND THE CUSTOMS SHED.\n\n2. (U) POST WILL FOLLOW.\n\nSECRET//NOFORN\n",
     "THE THIRD WAREHOUSE OF THE FREE ZONE", ALL, "POST WILL FOLLOW."),
    # ---- the (U) line opens with a capital (a name) after a line that stops mid-sentence
    ("capital-numbered", "SECRET\n\n1. (S) The courier will hand the drives to\n2. (U) Colonel Haddad at the Mafraq "
     "checkpoint on Sunday.\n3. (U) The canteen menu is attached.\n\nSECRET\n",
     "Colonel Haddad at the Mafraq checkpoint", ALL, "The canteen menu is attached."),
    ("capital-plain", "SECRET//NOFORN\n\n(S//NF) Imagery shows the launchers were moved by rail from\n(U) Semnan to the "
     "Shahrud test site last week.\n\n(U) The briefing is on Tuesday.\n\nSECRET//NOFORN\n",
     "Semnan to the Shahrud test site", ALL, "The briefing is on Tuesday."),
    # ---- quote depth changes between the lines
    ("quote-depth-down", "Classification: SECRET\nSubject: (U) RE: notes\n\n(U) See below.\n\n>> (S) The source says the "
     "cash is held by\n> (U) the cousin's hawala office in Sharjah.\n\nClassification: SECRET\n",
     "the cousin's hawala office in Sharjah", ALL, "See below."),
    ("quote-spaced-deeper", "Classification: SECRET\nSubject: (U) RE: RE: notes\n\n(U) See below.\n\n> (S) The team "
     "will cross the border at\n> > (U) the Rabia crossing on the 3rd with the Kurdish escort.\n\n"
     "Classification: SECRET\n", "the Rabia crossing on the 3rd", ALL, "See below."),
    # ---- a blank quoted line between
    ("quote-one-blank", "Classification: SECRET\nSubject: (U) RE: notes\n\n(U) See below.\n\n> (S) The source says the "
     "money moves through\n>\n> (U) the Dubai exchange house run by the cousin.\n\nClassification: SECRET\n",
     "the Dubai exchange house run by the cousin", ALL, "See below."),
    ("quote-blank-space", "SECRET\n\n> (S) The ambassador was told the militia is funded by\n> \n> \n> (U) the "
     "Basra port authority through customs rebates.\n\nSECRET\n",
     "the Basra port authority through customs rebates", ALL, ""),
    # ---- a flowed quote's extra space (or tab) before the (U)
    ("flowed-two-spaces", "Classification: SECRET\nSubject: (U) FW: note\n\n(U) For awareness.\n\n> (S) The colonel "
     "plans to defect through\n>   (U) the Lachin corridor with his family on Friday.\n\nClassification: SECRET\n",
     "the Lachin corridor with his family", ALL, "For awareness."),
    ("flowed-tab", "SECRET//NOFORN\n\n> (S//NF) The reactor has been running at\n>\t(U) ninety percent of its rated "
     "power since March.\n\nSECRET//NOFORN\n", "ninety percent of its rated power", ALL, ""),
    # ---- a Teams / Slack export: sender and time on their own line
    ("teams-two-senders", "SECRET//NOFORN\nTeams chat export\n\nNash, Rita  10:02 AM\n(S//NF) The raid on the compound "
     "is set for\nNash, Rita  10:04 AM\n(U) Thursday night at 0300 with the Kurdish unit\nIto, Ken  10:05 AM\n"
     "(U) thanks\n\nSECRET//NOFORN\n", "Thursday night at 0300 with the Kurdish unit", ALL, ""),
    ("slack-export", "SECRET\nRita Nash  [10:02 AM]\n(S) The drones will be delivered to\nRita Nash  [10:02 AM]\n"
     "(U) the militia depot at Jurf al-Sakhar next week\nSECRET\n", "the militia depot at Jurf al-Sakhar", ALL, ""),
    # ---- Markdown emphasis around the marks, other head or item form
    ("md-star-bold", "SECRET\n\n* **(S)** The second battalion will redeploy to\n    **(U)** the airfield at "
     "Tabqa before the offensive begins.\n\n* **(U)** Lunch is at noon.\n\nSECRET\n",
     "the airfield at Tabqa before the offensive", ALL, "Lunch is at noon."),
    ("md-bold-numbered", "SECRET//NOFORN\n\n## Notes\n\n1. **(S//NF)** The asset met the buyer at\n   **(U)** the "
     "Sheraton in Erbil and handed over the ledger.\n\n2. **(U)** Next meeting Monday.\n\nSECRET//NOFORN\n",
     "the Sheraton in Erbil and handed over the ledger", ALL, "Next meeting Monday."),
    # ---- a sentence above marked SBU//NF or U//FOUO (no higher rank, but more controls)
    ("sbu-noforn-plain", "UNCLASSIFIED//FOUO\n\n(SBU//NOFORN) The guard schedule for the residence puts\n(U) the "
     "night shift at the north gate from 2200.\n\n(U) The pool is open.\n\nUNCLASSIFIED//FOUO\n",
     "the night shift at the north gate", NF, "The pool is open."),
    ("fouo-above", "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n- (U//FOUO) The new access codes for the annex are held by\n"
     "- (U) the facilities manager in room 204 until Friday.\n- (U) Coffee is free.\n\n"
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n", "the facilities manager in room 204", ("public",), "Coffee is free."),
    # ---- a chat correction that names more than one line, or two lines
    ("correction-two-lines", "SECRET//NOFORN\n[14:01] t.abara: (U) The convoy leaves at 0600 from the Kharg "
     "terminal.\n[14:02] t.abara: (U) It carries the missiles for the militia.\n[14:03] t.abara: correction: the two "
     "lines above\n[14:03] t.abara: should be S//NF\n[14:04] k.ito: (U) got it\nSECRET//NOFORN\n",
     "carries the missiles for the militia", ALL, ""),
    ("correction-para-above", "SECRET\n[10:00] a.reed: (U) para 1: the site visit is on Monday\n[10:01] a.reed: (U) "
     "para 2: lunch after\n[10:02] a.reed: (U) para 3: the source will bring the ledger to the Hilton\n"
     "[10:03] a.reed: correction: para 3 above\n[10:03] a.reed: should be S//NF\nSECRET\n",
     "the source will bring the ledger to the Hilton", ALL, ""),
    ("correction-caret-both", "SECRET//NOFORN\n[09:01] m.ode: (U) the ship docks at Tartus on the 9th\n[09:01] m.ode: "
     "(U) it carries the Kornet missiles\n[09:02] m.ode: ^^ both of those are S//NF, sorry\nSECRET//NOFORN\n",
     "the ship docks at Tartus on the 9th", ALL, ""),
    # ---- a caret correction that points past the line right above
    ("caret-two-back", "SECRET//NOFORN\n[14:02] t.abara: (U) The defector lands at Larnaca on Sunday.\n[14:02] "
     "t.abara: (U) lunch is at noon\n[14:03] t.abara: ^ not that one, the message before it is S//NF\n"
     "SECRET//NOFORN\n", "The defector lands at Larnaca on Sunday", ALL, ""),
    ("caret-earlier", "SECRET\n[08:00] j.lee: (U) The strike is set for Tuesday at 0400.\n[08:01] k.ito: (U) ok\n"
     "[08:02] j.lee: ^ my earlier message is S, not U\nSECRET\n", "The strike is set for Tuesday at 0400", ALL, ""),
    # ---- symbol legends whose symbols are marks, or under an SBU banner
    ("symbols-s-and-c", "SECRET\n(S) Notes on the cascade model for Natanz\n\nSymbols:\n- (S) denotes the separation "
     "factor;\n- (U) denotes the feed assay, now 20 percent at hall A since the restart\n- (C) denotes the cut.\n"
     "(U) See the annex.\nSECRET\n", "20 percent at hall A since the restart", ALL, ""),
    ("symbols-stands-u-c", "SECRET//NOFORN\n(S//NF) Model of the Arak heavy water plant\nNotation:\n- (U) stands for "
     "the output, 16 tonnes a year since the new column\n- (C) stands for the capacity.\n(U) Notes end.\n"
     "SECRET//NOFORN\n", "16 tonnes a year since the new column", ALL, ""),
    ("symbols-fouo-long", "UNCLASSIFIED//FOR OFFICIAL USE ONLY\nSymbols:\n- (U) denotes the unit cost; the Lahore "
     "contractor bills the consulate twice for each guard\n- (N) denotes the number of guards.\n(U) End of notes.\n"
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n", "bills the consulate twice for each guard", ("public",), ""),
    ("symbols-cui", "CUI\nNotation:\n- (U) is the utility rate; the landlord in Karachi is a cousin of the "
     "ambassador's driver\n- (R) is the rent.\n(U) End.\nCUI\n", "a cousin of the ambassador's driver", ("public",), ""),
]


@pytest.mark.parametrize("doc,withheld,levels", [(d, w, lv) for _, d, ws, _ in REVIEW_DOCS for w, lv in ws.items()],
                         ids=[i for i, _, ws, _ in REVIEW_DOCS for _ in ws])
def test_review_documents_withhold(doc: str, withheld: str, levels: tuple[str, ...]) -> None:
    assert_withheld(doc, withheld, levels)


@pytest.mark.parametrize("doc,released", [(d, r) for _, d, _, rs in REVIEW_DOCS for r in rs],
                         ids=[i for i, _, _, rs in REVIEW_DOCS for _ in rs])
def test_review_documents_release(doc: str, released: str) -> None:
    assert_released(doc, released)


# (`(U) is the utility rate`: `is` alone is no verb of defining in rules `defined_symbol_item`, so no symbol list)
_NOT_READ_AS_SYMBOLS = {"symbols-cui"}


@pytest.mark.parametrize("doc,withheld,levels", [
    pytest.param(d, w, lv, id=i, marks=[pytest.mark.xfail(strict=True, reason="no verb of defining: not a symbol list")]
                 if i in _NOT_READ_AS_SYMBOLS else []) for i, d, w, lv, _ in VARIANTS])
def test_variants_withhold(doc: str, withheld: str, levels: tuple[str, ...]) -> None:
    assert_withheld(doc, withheld, levels)


@pytest.mark.parametrize("doc,released", [(d, r) for _, d, _, _, r in VARIANTS if r],
                         ids=[i for i, _, _, _, r in VARIANTS if r])
def test_variants_release(doc: str, released: str) -> None:
    assert_released(doc, released)


# Red-team cases written after the fix: (id, document, phrase, levels that may not see it; () = released at usg)
REDTEAM: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("sub-bullet-with", "SECRET\n\n- (S) Targets discussed in the session with\n  - (U) lunch is at noon in the "
     "canteen\n\nSECRET\n", "lunch is at noon in the canteen", ALL),
    ("teams-date-header", "SECRET//NOFORN\nOduya, Mark  5/12 9:15 AM\n(S//NF) HUMINT says the cash transfer crosses "
     "on\nOduya, Mark  5/12 9:17 AM\n(U) the northern ferry at 0200 with the two couriers\nSECRET//NOFORN\n",
     "the northern ferry at 0200", ALL),
    ("caret-two-line", "SECRET//NOFORN\n[14:02] t.abara: (U) The convoy leaves at 0600 from Kharg.\n[14:03] t.abara: "
     "^ correction for that last line\n[14:03] t.abara: should be S//NF\nSECRET//NOFORN\n",
     "The convoy leaves at 0600", ALL),
    ("last-2-msgs", "SECRET//NOFORN\n[14:01] t.abara: (U) The convoy leaves at 0600 from Kharg.\n[14:02] t.abara: (U) "
     "it carries missiles\n[14:03] t.abara: ^ the last 2 msgs are S//NF\nSECRET//NOFORN\n",
     "The convoy leaves at 0600", ALL),
    ("paren-time-chat", "SECRET\nTom Bell (09:16): (S) the raid goes in through\nTom Bell (09:18): (U) the back gate "
     "at 0300 with the dogs\nSECRET\n", "the back gate at 0300", ALL),
    ("quote-two-blank-deeper", "SECRET\n\n> (S) The cash moves through\n>\n>\n>> (U) the Dubai exchange house run by "
     "the cousin.\n\nSECRET\n", "the Dubai exchange house", ALL),
    ("fouo-bullets-capital", "UNCLASSIFIED//FOUO\n\n- (U//FOUO) The gate codes are held by\n- (U) Facilities Manager "
     "Jones in room 204.\n\nUNCLASSIFIED//FOUO\n", "Facilities Manager Jones", ("public",)),
    ("symbols-stand-for-fouo", "UNCLASSIFIED//FOUO\nNotation:\n- (U) stands for the unit price; the Lahore vendor "
     "overbills by 30 percent\n- (C) stands for the count.\n(U) End.\nUNCLASSIFIED//FOUO\n", "overbills by 30 percent",
     ("public",)),
    # released: another sender, a legend of marks, another Teams sender, a paragraph opening in upper case after a
    # title and two blank lines, a sub-bullet under a line that stops on no open word
    ("chat-other-sender", "SECRET\n[09:15] a.b: (S) the convoy goes through the pass\n[09:16] c.d: (U) lunch is at "
     "noon today\nSECRET\n", "lunch is at noon today", ()),
    ("legend-of-marks", "SECRET\nLegend:\n- (U) denotes unclassified information\n- (C) denotes confidential "
     "information\n(U) End.\nSECRET\n", "denotes unclassified information", ()),
    ("teams-other-sender", "SECRET//NOFORN\nOduya, Mark  9:15 AM\n(S//NF) HUMINT says the cash transfer crosses on\n"
     "Harlan, Jo  9:16 AM\n(U) the lunch order is in\nSECRET//NOFORN\n", "the lunch order is in", ()),
    ("para-after-title", "SECRET\n\n(S) Summary of the talks\n\n\n(U) Lunch is served at noon.\n\nSECRET\n",
     "Lunch is served at noon", ()),
    ("sub-bullet-no-open-word", "SECRET\n\n- (S) Targets discussed in the session\n  - (U) lunch is at noon in the "
     "canteen\n\nSECRET\n", "lunch is at noon in the canteen", ()),
]


@pytest.mark.parametrize("doc,phrase,levels", [(d, p, lv) for _, d, p, lv in REDTEAM], ids=[i for i, *_ in REDTEAM])
def test_redteam(doc: str, phrase: str, levels: tuple[str, ...]) -> None:
    if levels:
        assert_withheld(doc, phrase, levels)
    else:
        assert_released(doc, phrase)
