"""open38a: list items, symbol (U) continuations and wrapped lines that still release classified text (issue 8).

Documents: review37a (e09, l01-x04), review37b (m02-w10), review37f (b01-b06), review36c (c06, c22), review36f (25,
26), verbatim; then variants of mine per class (another format, wording, position), written before I read the reader.
First run on main `8d8e7ff` (83 checks, 43 failed): all 33 review documents leaked; of my 12 variants 7 leaked
(all four list ones, symbol-bullet-star, symbol-quote-double, symbol-numbered-indent, wrap-lower-email; the
withhold checks of symbol-chat-angle, wrap-hyphen-memo, wrap-ellipsis-cable and wrap-tick-form passed) and two
release checks failed on main already (symbol-chat-angle `morning`, wrap-tick-form: over-redaction left as it was).

Fixed, by class, only raising:
- list (l01, l03, l04, l05, l11, l12, x04): `inline_marks._next_item_is_a_clause`: a run's next letter stays a mark
  where the text after it reads as a clause, not an item: in capitals where no item before it is, or over six words
  and over three times the longest item before it (`(A) flights and (B) hotels or (C) the asset confirmed ...`).
- symbol (m02, m03, m05, m09, s03, s07, s13, s21, s23): `symbol_marks` raised a `(U)` going on in lower case with the
  sentence above only at a paragraph's margin; now also after the same indent, quote markers, bullet, chat sender or
  Markdown emphasis as the marked line above (or a hanging indent under an item label), and across one blank line.
- hyphen wrap (b02-b06): `unsure_wraps._unsure_second_line` read a (U) line ending in a word's hyphen as a sure wrap
  whatever came under it; now a capital under a lower-case part or a number (`He said-` / `The colonel ...`, `45-`,
  a soft hyphen, which the view drops) makes the line unsure, and the (U) portion is raised whole. Not in capitals
  (b01, `WELL-` / `THE MINISTER`: every line opens with a capital) and not under a capitalised part (`Indo-` /
  `Pacific`, released). `pro-` / `Russian` at that break is now over-redacted (fail closed). My two variants
  written after this fix (soft hyphen in an e-mail, `2025-` / `BLUEBIRD ...`) were withheld already before it.
Left (judged or not reached):
- e09 is no leak by the project's rules: `(C) 2026 Acme Corp. All rights reserved.` is a notice that states itself,
  and the sentence below it is unmarked text of an UNCLASSIFIED e-mail, released at its own banner's level.
- m07: a table row's class cell `U` is the author's mark for that row (symbol_marks reads only a bare `(U)`).
- n14: `item 2 above should read SECRET//NOFORN` names item 2 (the row with id 2, which is raised); the reviewer
  counted up from the note. Not changed (time); a note's count-up reading is a separate job.
- the rest of the wrap class (w02, w03, w08, w10, b01, c06, 26) and the tick forms (c22, 25): an unmarked line after a (U)
  line that stops mid-sentence is read as its continuation (released). Narrowing that continuation rule is the
  over-redaction-heavy class (hard-wrapped (U) paragraphs are everywhere in the corpus) and needs a harness
  measurement I had no time left for this session: strict xfails, for the next job.
- list-lowercase-letters: a lower-case `(c)` is never read as a mark (copyright signs, subsections): strict xfail.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# The reviewers' leaking documents, verbatim: (id, document, phrases withheld at every level, (U) phrases released at usg)
REVIEW_DOCS: list[tuple[str, str, list[str], list[str]]] = [
    ('e09', 'UNCLASSIFIED\n\nFrom: Rivera, Sam\nTo: Export Control Team\nSubject: vendor footer\n\nFooter text from their deck: (C) 2026 Acme Corp. All rights reserved.\nBelow it the deck said the shipments were brokered by a front company for the IRGC procurement office.\n\nSam\n\nUNCLASSIFIED\n',
     ['the shipments were brokered by a front company for the IRGC'], []),
    ('l01', 'UNCLASSIFIED\n\nSUBJECT: (U) DELEGATION VISIT, ADMINISTRATIVE NOTES\n\n1. (U) The delegation asked post to cover (A) travel, (B) lodging, and (C) THE MINISTER PLANS TO RESIGN AFTER THE BUDGET VOTE, PER HIS CHIEF OF STAFF.\n\n2. (U) Admin will process the request by Friday.\n\nUNCLASSIFIED\n',
     ['THE MINISTER PLANS TO RESIGN AFTER THE BUDGET VOTE'], ['Admin will process the request by Friday']),
    ('l03', 'UNCLASSIFIED\n\nSUBJECT: (U) AIRPORT SECURITY REVIEW\n\n1. (U) The review covered (A) screening, (B) perimeter, and (C) THE RUSSIAN ADVISERS ARRIVED AT THE AIRBASE ON 2 MARCH WITH TWO RADAR CREWS.\n\n2. (U) A full report will follow.\n\nUNCLASSIFIED\n',
     ['THE RUSSIAN ADVISERS ARRIVED AT THE AIRBASE ON 2 MARCH'], ['A full report will follow']),
    ('l04', 'UNCLASSIFIED\n\nSUBJECT: (U) FACILITY CHECKLIST\n\n1. (U) The facility checklist covers (A) fire, (B) power, (C) water, (D) doors, (E) locks, (F) alarms, (G) lights, (H) roofs, (I) drains, (J) lifts, (K) stairs, (L) vents, (M) gas, (N) fuel, (O) food, (P) beds, (Q) radios, (R) vehicles, (S) THE ARMY WILL MOVE TWO BRIGADES TO THE BORDER ON FRIDAY.\n\n2. (U) Admin will circulate the full list.\n\nUNCLASSIFIED\n',
     ['THE ARMY WILL MOVE TWO BRIGADES TO THE BORDER'], ['Admin will circulate the full list']),
    ('l05', 'UNCLASSIFIED\n\nSUBJECT: (U) TRAVEL APPROVAL\n\n1. (U) Approval is needed for (A) flights and (B) hotels or (C) the asset confirmed the missile transfer to the militia at the Qusayr depot.\n\n2. (U) Please reply by COB.\n\nUNCLASSIFIED\n',
     ['the asset confirmed the missile transfer'], ['Please reply by COB']),
    ('l11', 'UNCLASSIFIED\n\nSUBJECT: (U) VISIT LOGISTICS\n\n1. (U) The team will land at (A) Al Udeid or (B) Doha International or (C) the Emir has approved the basing request for two more squadrons, per the palace.\n\n2. (U) More to follow.\n\nUNCLASSIFIED\n',
     ['the Emir has approved the basing request'], ['More to follow']),
    ('l12', 'UNCLASSIFIED\n\nSUBJECT: (U) DELEGATION VISIT\n\n1. (U) Post will cover [A] travel, [B] lodging, and [C] THE MINISTER PLANS TO RESIGN AFTER THE BUDGET VOTE, PER HIS AIDE.\n\n2. (U) Admin will process the request by Friday.\n\nUNCLASSIFIED\n',
     ['THE MINISTER PLANS TO RESIGN AFTER THE BUDGET VOTE'], ['Admin will process the request by Friday']),
    ('x04', 'UNCLASSIFIED\n\nSUBJECT: (U) PROTOCOL NOTES\n\n1. (U) For the state visit please arrange (A) the motorcade and (B) the press pool and (C) THE PRESIDENT HAS A TERMINAL ILLNESS AND WILL NOT TRAVEL AFTER JUNE.\n\n2. (U) Protocol will confirm by Monday.\n\nUNCLASSIFIED\n',
     ['THE PRESIDENT HAS A TERMINAL ILLNESS'], ['Protocol will confirm by Monday']),
    ('m02', "SECRET//NOFORN\n  a. (S//NF) The reactor runs at 27 MW. Below\n     (U) is the coolant's internal energy; the reactor has not shut down since March.\n  b. (U) Staff training continues.\nSECRET//NOFORN\n",
     ['has not shut down since March'], ['Staff training continues']),
    ('m03', "Classification: SECRET//NOFORN\nSubject: (U) FW: plant note\n\n(U) Forwarding for awareness.\n\n> (S//NF) The reactor runs at 27 MW. Below\n> (U) is the coolant's internal energy; the reactor has not shut down since March.\n\nClassification: SECRET//NOFORN\n",
     ['has not shut down since March'], ['Forwarding for awareness']),
    ('m05', "SECRET//NOFORN\n[14:02] k.ito: (S//NF) The reactor runs at 27 MW. Below\n[14:02] k.ito: (U) is the coolant's internal energy; the reactor has not shut down since March.\n[14:03] r.diaz: (U) thanks\nSECRET//NOFORN\n",
     ['has not shut down since March'], ['thanks']),
    ('m07', 'SECRET\n\n| Class | Note |\n|---|---|\n| S | The first law gives Q - W = dU, where |\n| U | is the internal energy; the plant vents at night to hide the output. |\n\n(U) References attached.\n\nSECRET\n',
     ['the plant vents at night to hide the output'], ['References attached']),
    ('m09', 'SECRET\n\n(S) The first law for the Arak loop reads dU = Q - W, where\n\n(U) is the internal energy; the plant vents at night to hide the output.\n\n(U) References attached.\n\nSECRET\n',
     ['the plant vents at night to hide the output'], ['References attached']),
    ('n14', 'SECRET//NOFORN\nid,class,site,comment\n1,U,Khartoum airport cargo area,open source\n2,U,Port Sudan warehouse 12,open source\n3,U,Atbara rail yard,open source\n4,U,Kassala market,open source\n5,,,"item 2 above should read SECRET//NOFORN"\n\nSECRET//NOFORN\n',
     ['Atbara rail yard'], []),
    ('s03', 'SECRET//NOFORN\nChat log export - room OPS-CELL-7 - 2026-05-12\n\n[09:14] j.harlan: (U) morning all, coffee is in the pantry\n[09:15] m.oduya: (S//NF) HUMINT says the cash transfer crosses on\n[09:15] m.oduya: (U) the northern ferry at 0200 with the two couriers\n[09:16] j.harlan: (U) ack, thanks\n\nSECRET//NOFORN\n',
     ['the northern ferry at 0200 with the two couriers'], ['morning all, coffee is in the pantry']),
    ('s07', 'SECRET//NOFORN\n\n## Assessment\n\n**(S//NF)** Imagery from 2 May shows new cabling running toward\n**(U)** the second reactor hall at the northern site, likely for the new cascade.\n\n**(U)** Questions to the desk officer.\n\nSECRET//NOFORN\n',
     ['the second reactor hall at the northern site'], ['Questions to the desk officer']),
    ('s13', "SECRET//NOFORN\n\n- (S//NF) The tanker identified by ROOK will load crude at\n- (U) the Kharg terminal on the 19th under Panamanian flag.\n- (U) Port fees are published on the authority's site.\n\nSECRET//NOFORN\n",
     ['the Kharg terminal on the 19th under Panamanian flag'], ["Port fees are published on the authority's site"]),
    ('s21', 'SECRET//NOFORN\n\n(S//NF) Station assesses the drones are being transshipped through\n   \n(U) the Jebel Ali free zone under a Liberian front company.\n\n(U) The conference room is booked for Monday.\n\nSECRET//NOFORN\n',
     ['the Jebel Ali free zone under a Liberian front company'], ['The conference room is booked for Monday']),
    ('s23', "Classification: SECRET//NOFORN\nFrom: analyst@example.gov\nSubject: (U) RE: tanker\n\n(U) See below, flagging for the team.\n\n> (S//NF) The tanker identified by ROOK will load crude at\n> (U) the Kharg terminal on the 19th under Panamanian flag, per the master.\n>\n> (U) Port fees are published on the authority's site.\n\nClassification: SECRET//NOFORN\n",
     ['the Kharg terminal on the 19th under Panamanian flag'], ['See below, flagging for the team']),
    ('w02', "SECRET//NOFORN\n\n1. (U) The minister's new chief of staff previously ran the trade desk\nHer husband is the service's paymaster and handles the cash for the unit.\n\n2. (U) Post will report further after the national day reception.\n\nSECRET//NOFORN\n",
     ["Her husband is the service's paymaster"], ['Post will report further after the national day reception']),
    ('w03', "From: desk.officer@example.gov\nTo: team-list@example.gov\nSubject: (U) notes from today\nClassification: SECRET//NOFORN\n\n(U) Thanks all for joining this morning, notes from the session below and\nThe defector's family is being moved to Larnaca by the service on Tuesday.\n\n(U) Next call same time Thursday.\n\nClassification: SECRET//NOFORN\n",
     ["The defector's family is being moved to Larnaca"], ['Next call same time Thursday']),
    ('w08', 'SECRET//NOFORN\n\n(U) The police raid on the apartment in Molenbeek took place on the 4th and\niPhones seized from the cell contained the wiring diagrams for the devices.\n\n(U) Media coverage was limited.\n\nSECRET//NOFORN\n',
     ['iPhones seized from the cell contained the wiring diagrams'], ['Media coverage was limited']),
    ('w10', 'SECRET//NOFORN\n\n2. (U) RSO reviewed the access procedures at the chancery gate and\ntwo of the guards sold the duty roster to the militia last month; RSO suspects more.\n\n3. (U) New badges will be issued in July.\n\nSECRET//NOFORN\n',
     ['two of the guards sold the duty roster'], ['New badges will be issued in July']),
    ('b01', 'SECRET//NOFORN\nSUBJECT: MINISTRY BRIEFING ON BORDER TALKS\n\n1. (U) ON 12 MAY POLOFF MET THE DEPUTY MINISTER FOR A ROUTINE, WELL-\nTHE MINISTER ADMITTED PRIVATELY THAT THE ARMY HAS ALREADY MOVED TWO BRIGADES.\n\n2. (S//NF) THE DEPUTY MINISTER ALSO NAMED THE BRIGADE COMMANDERS.\n\n3. (U) POST WILL FOLLOW UP.\nSECRET//NOFORN\n',
     ['THE MINISTER ADMITTED PRIVATELY THAT THE ARMY'], ['POST WILL FOLLOW UP']),
    ('b02', "SECRET//NOFORN\nFrom: J. Ortiz\nTo: Desk\nSubject: notes from Thursday\n\n(U) Thursday's meeting with the ministry liaison went as planned. He said-\nThe colonel will defect through the Lachin corridor next month with his family.\n\n(S//NF) The liaison asked that his name not be used.\n\n(U) More next week.\nSECRET//NOFORN\n",
     ['The colonel will defect through the Lachin corridor'], ['More next week']),
    ('b03', "SECRET//NOFORN\nSUBJECT: PORT VISIT\n\n1. (U) The delegation toured the container terminal and met the port's long-\nSource TIGERLILY confirmed the shipment left Bandar Abbas on 3 June.\n\n2. (S//NF) TIGERLILY's access remains good.\n\n3. (U) Post will report further after the follow-on visit later this month.\nSECRET//NOFORN\n",
     ['Source TIGERLILY confirmed the shipment left Bandar Abbas'], ['Post will report further']),
    ('b04', "SECRET\nMEMORANDUM FOR THE RECORD\nSUBJECT: Office move\n\n(U) The office moves to building 12 on 4 June; call extension 45-\nThe ambassador's protective detail will use route 7 on the day of the move.\n\n(S) Route 7 timings are in the annex.\n\n(U) Contact the admin office with questions.\nSECRET\n",
     ["The ambassador's protective detail will use route 7"], ['Contact the admin office with questions']),
    ('b05', "SECRET//NOFORN\nFrom: J. Ortiz\nTo: Desk\nSubject: notes\n\n(U) Thursday's meeting with the ministry liaison went as planned and he said\xad\nThe colonel will defect through the Lachin corridor next month with his family.\n\n(S//NF) The liaison asked that his name not be used.\nSECRET//NOFORN\n",
     ['The colonel will defect through the Lachin corridor'], []),
    ('b06', 'SECRET//NOFORN\nFrom: J. Ortiz\nTo: Desk\nSubject: notes\n\n(U) Thursday\'s meeting with the ministry liaison went as planned. He said "wait-"\nThe colonel will defect through the Lachin corridor next month with his family.\n\n(S//NF) The liaison asked that his name not be used.\nSECRET//NOFORN\n',
     ['The colonel will defect through the Lachin corridor'], []),
    ('c06', 'SECRET//NOFORN\n\n1. (U) The delegation discussed the port visit schedule and\nper Station reporting the envoy is a recruited asset of the SVR.\n\n2. (S//NF) Do not share this cable with partners.\n\nSECRET//NOFORN\n',
     ['per Station reporting the envoy'], []),
    ('c22', 'TRAVEL INCIDENT REPORT\nClassification: SECRET//NOFORN\n\nBlock classification:  [X] U   [ ] C   [ ] S\nTraveller: J. Harlow, RSO Beirut\nNarrative: Visa renewal was filed on Monday.\nBLUEBIRD was arrested by the security service\nwhile carrying Station documents.\n\nBlock classification:  [ ] U   [ ] C   [X] S\nNarrative: Exfil plan is in the annex.\n\nClassification: SECRET//NOFORN\n',
     ['BLUEBIRD was arrested'], []),
    ('25', 'SECRET//NOFORN\n\nParagraph classification:  [X] U   [ ] C   [ ] S\nSecond battalion will withdraw from Bakhmut on the 14th before the announcement.\n(U) Admin notes follow.\n\nSECRET//NOFORN\n',
     ['Second battalion will withdraw'], []),
    ('26', 'SECRET\n\n1. (U) The weekly call covered logistics, travel and\nthe informant inside the cartel who named the Sinaloa accountant.\n2. (U) Next call Monday.\n\nSECRET\n',
     ['the informant inside the cartel'], ['Next call Monday']),

]


def _cable(level: str, para: str) -> str:
    return (f"{level}\nSUBJECT: (U) VISIT NOTES\n\n1. (U) {para}\n\n2. (U) POST WILL FOLLOW UP NEXT WEEK.\n\n{level}\n")


def _memo(level: str, para: str) -> str:
    return (f"{level}\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Visit notes\n\n{para}\n\n"
            f"(U) The next meeting is set for Friday at the chancery.\n\n{level}\n")


# My variants, written before reading the reader: (id, document, withheld phrase, released phrase)
VARIANTS: list[tuple[str, str, str, str]] = [
    # ---- list: a spelled-out run whose last letter is really a mark opening a clause
    ("list-lower-memo", _memo("UNCLASSIFIED", "(U) Please book (A) flights, (B) hotels, and (C) the defector will "
                              "cross at Rafah on Sunday with his wife and two sons."),
     "the defector will cross at Rafah", "The next meeting is set for Friday"),
    ("list-semicolon-cable", _cable("UNCLASSIFIED", "THE TEAM NEEDS (A) VISAS; (B) BADGES; AND (C) THE GENERAL HAS "
                                    "ORDERED THE ARREST OF THE OPPOSITION LEADER BEFORE THE VOTE."),
     "THE GENERAL HAS ORDERED THE ARREST", "POST WILL FOLLOW UP NEXT WEEK."),
    ("list-lowercase-letters", _memo("UNCLASSIFIED", "(U) Supplies needed: (a) fuel, (b) water, and (c) THE MILITIA "
                                     "HOLDS THE BRIDGE AT KM 12 AND WILL BLOW IT IF THE ARMY ADVANCES."),
     "THE MILITIA HOLDS THE BRIDGE AT KM 12", "The next meeting is set for Friday"),
    ("list-or-s", _cable("UNCLASSIFIED", "The convoy will use (A) Route 1, (B) Route 2, (C) Route 3, (D) Route 4, "
                         "(E) Route 5, (F) Route 6, (G) Route 7, (H) Route 8, (I) Route 9, (J) Route 10, (K) Route 11, "
                         "(L) Route 12, (M) Route 13, (N) Route 14, (O) Route 15, (P) Route 16, (Q) Route 17, "
                         "(R) Route 18, or (S) the ambassador will be moved by helicopter to the safe house at night."),
     "the ambassador will be moved by helicopter", "POST WILL FOLLOW UP NEXT WEEK."),
    # ---- symbol: a bare (U) line continuing a higher portion's unfinished sentence, in a line format
    ("symbol-bullet-star", "SECRET\n\n* (S) The convoy will leave the depot at\n* (U) dawn on Friday by the coastal "
                           "road to Hodeidah.\n* (U) Fuel prices rose again.\n\nSECRET\n",
     "dawn on Friday by the coastal road", "Fuel prices rose again."),
    ("symbol-quote-double", "Classification: SECRET\nSubject: (U) RE: RE: notes\n\n(U) See below.\n\n>> (S) The "
                            "source says the money moves through\n>> (U) the Dubai exchange house run by the cousin.\n"
                            ">> (U) Weather was fine.\n\nClassification: SECRET\n",
     "the Dubai exchange house run by the cousin", "See below."),
    ("symbol-chat-angle", "SECRET//NOFORN\n<m.oduya> (U) morning\n<m.oduya> (S//NF) the asset will meet the handler "
                          "at\n<m.oduya> (U) the Sheraton lobby on Tuesday at nine\n<j.harlan> (U) ok\nSECRET//NOFORN\n",
     "the Sheraton lobby on Tuesday", "morning"),
    ("symbol-numbered-indent", "SECRET\n\n    1. (S) The battalion will redeploy from the ridge to\n       (U) "
                               "the river crossing before the thaw.\n    2. (U) Leave is approved.\n\nSECRET\n",
     "the river crossing before the thaw", "Leave is approved."),
    # ---- wrap: an unmarked line after a (U) line that stops mid-sentence
    ("wrap-hyphen-memo", _memo("SECRET", "(U) The delegation met the mayor for a short, friendly, low-\n"
                               "The mayor admitted his police chief sells weapons to the cartel."),
     "his police chief sells weapons to the cartel", "The next meeting is set for Friday"),
    # (written after the hyphen fix, red-teaming it: a soft hyphen in an e-mail, a year range, a name's parts)
    ("wrap-softhyphen-email", "Classification: SECRET\nSubject: (U) notes\n\n(U) The minister was relaxed and "
                              "friendly at lunch, and then he whis\u00ad\nThe convoy leaves Tikrit at 0400 on "
                              "Sunday with the prisoners.\n\n(U) Talk soon.\n\nClassification: SECRET\n",
     "The convoy leaves Tikrit at 0400", "Talk soon."),
    ("wrap-year-hyphen-memo", _memo("SECRET", "(U) The agreement covers the budget years 2025-\nBLUEBIRD says the "
                                    "minister has already moved the funds to Cyprus."),
     "BLUEBIRD says the minister has already moved", "The next meeting is set for Friday"),
    ("wrap-ellipsis-cable", _cable("SECRET", "POST MET THE GOVERNOR AND...\nTHE GOVERNOR WILL ARREST THE EDITOR ON "
                                   "MONDAY."), "THE GOVERNOR WILL ARREST THE EDITOR", "POST WILL FOLLOW UP NEXT WEEK."),
    ("wrap-lower-email", "Classification: SECRET\nSubject: (U) notes\n\n(U) Good meeting with the ministry and\n"
                         "eBay records show the colonel bought the detonators in May.\n\n(U) Talk soon.\n\n"
                         "Classification: SECRET\n", "eBay records show the colonel bought the detonators",
     "Talk soon."),
    ("wrap-tick-form", "SECRET\n\nPortion:  [X] U   [ ] C   [ ] S\nMeeting notes were filed.\nThe defector is hiding "
                       "at the Karimov dacha near Tashkent.\n\nPortion:  [ ] U   [ ] C   [X] S\nMore in the annex.\n\n"
                       "SECRET\n", "The defector is hiding at the Karimov dacha", "Meeting notes were filed."),
]

# A name's parts broken at a hyphen stay one wrapped (U) portion (`Indo-` / `Pacific`): released
NAME_HYPHEN = ("SECRET\n\n(U) The delegation met officials of the Ministry of Foreign Affairs to discuss the Indo-\n"
               "Pacific strategy and the summit.\n\n(S) More to follow.\n\nSECRET\n")


def test_name_broken_at_its_hyphen_stays_released() -> None:
    assert_released(NAME_HYPHEN, "Pacific strategy and the summit.")


# Judged not leaks (the document marks the text itself): see the module docstring.
NOT_LEAKS = {"e09", "m07", "n14"}
# (b01, `WELL-` / `THE MINISTER` in capitals, is withheld since open39a: a part in capitals under a text in capitals
# is unsure, `unsure_wraps._opens_a_sentence_under_a_break`)
# (list-lowercase-letters is withheld since fix40b: a lower-case `(c)` after short items opening a clause is a mark,
# `inline_marks._lower_case_marks`)
_NOT_REACHED = {"w02", "w03", "w08", "w10", "c06", "26", "c22", "25", "wrap-lower-email"}
_OVER_REDACTED_ON_MAIN = {"symbol-chat-angle", "wrap-tick-form"}


def _xfail(ids: set[str], i: str, reason: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=reason)] if i in ids else []


@pytest.mark.parametrize("doc,withheld", [
    pytest.param(d, w, id=i, marks=_xfail(_NOT_REACHED, i, "wrapped line after a (U) line: not reached (docstring)"))
    for i, d, ws, _ in REVIEW_DOCS for w in ws if i not in NOT_LEAKS])
def test_review_documents_withhold(doc: str, withheld: str) -> None:
    assert_withheld(doc, withheld, ALL)


@pytest.mark.parametrize("doc,released", [pytest.param(d, r, id=i) for i, d, _, rs in REVIEW_DOCS for r in rs])
def test_review_documents_release(doc: str, released: str) -> None:
    assert_released(doc, released)


@pytest.mark.parametrize("doc,withheld", [
    pytest.param(d, w, id=i, marks=_xfail(_NOT_REACHED, i, "not reached (docstring)")) for i, d, w, _ in VARIANTS])
def test_variants_withhold(doc: str, withheld: str) -> None:
    assert_withheld(doc, withheld, ALL)


@pytest.mark.parametrize("doc,released", [
    pytest.param(d, r, id=i, marks=_xfail(_OVER_REDACTED_ON_MAIN, i, "over-redacted on main already"))
    for i, d, _, r in VARIANTS])
def test_variants_release(doc: str, released: str) -> None:
    assert_released(doc, released)
