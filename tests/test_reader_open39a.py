"""open39a: spelled-out list runs and hyphen wraps that still release classified text (issue 8, review38a's old leaks).

Classes (review38a's documents, /tmp/s38/review38a/docs, verbatim; then variants of mine, written before I read the
reader): 1 a spelled-out run `(A) travel, (B) lodging, and (C) THE MINISTER ...` whose last letter is a mark, the item
after it cut by the reader at a comma, an abbreviation (`Gen.`, `U.S.`, `Mr.`), a line end, a date opener, `however`
or a comment label, or short, in title case, in capitals, or long, in SECRET documents and unmarked e-mails; 2 a (U)
line ending in a word broken by a hyphen over a line that opens a new sentence: after a title-case part (`Euro-`,
`Well-`), a quoted part (`"Stop-"`), a number (`45-` / `2 brigades`), a part in capitals (`LONG-` / `SOURCE ...`), a
name's part (`Abdul-` / `Karim. The ambassador's ...`), or with a quote opening the next line (`said-` / `"The ...`).

First run on main `2168ede` (before any change; 119 checks, 50 failed): all 37 review documents leaked; of my 28
variants 12 leaked (run-abbrev-dr, run-abbrev-uk, run-linebreak-memo, run-comma-email, run-comma-cable,
run-short-titlecase, run-short-secret, run-longitem-email, run-date-memo, run-however-memo, run-comment-cable,
run-unmarked-email) and 16 passed (every wrap-* variant: a short memo or cable line raises its portion by the width
rule already; run-linebreak-caps, run-allcaps-memo, run-date-cable, run-unmarked-email-caps); every release check
passed; one control failed (wrap-well-known: over-redacted on main, a short line). Two of the leaking variants used
lower-case letters `(a) ... (c)`, which the project never reads as marks (marks are capitals, `inline_marks`
docstring): no leak by its rules, so they now use capitals (run-abbrev-uk, run-unmarked-email).

Fix, by class, only raising:
1 `inline_marks._next_item_is_a_clause` reads the item after the run's next letter to its sentence's end (a full stop
  that is no abbreviation's, `reader_words.abbreviation_at_end`; `!`, `?`, `;`; or the portion's end), no longer to
  the first comma, colon or line end; the item is a clause (the letter may be a mark) where it holds a finite verb or
  opens as a clause (`reader_words.list_item_clause`: `is`, `will`, `says`, `plans to`, a verb in -ed before its
  object, a label `COMMENT:`, `however`, `on 2 March,`), besides the capitals and length rules of open38a; and where
  the portion ends on an abbreviation's full stop (`(C) Mr.` / `Khan ...`, l12: the item goes on unread).
2 `unsure_wraps._opens_a_sentence_under_a_break`: under a word broken by a hyphen, the next line is unsure (the (U)
  portion is raised whole) also where a quote opens it, the broken part was quoted, a title-case part stands over a
  sentence opener (`reader_words.wrap_sentence_opener`: `The`, `He`, ...), a part in capitals in a text in capitals
  (no case tells a word's part from a sentence), a number over a number, or the line below is longer than the broken
  line with that line's first word on it (no wrapping made that break, w03).
Red-teaming the fix (RED_TEAM, written after it): a `GEN.` at a line end in capitals, a title-case part over a name
(`Franco-` / `Source RAVEN ...`), a clause item between semicolons: all withheld; and `(C) the mayor pockets the
fees.` leaked (a verb the rules did not list): `list_item_clause` now also takes a subject's verb in -s before a
determiner (`the mayor pockets the fees`).
Harness (`python tests/test_adversarial_corpus.py`, 9,508 documents on this branch, run after each fix) against main
`2168ede` (/tmp/s39/t0b.txt, common 9,508): no new leaking document (25 leaking, all old: other classes), none fixed;
over-redaction 2,723 -> 2,723, none new, none fixed. review38a's check_docs.py: leaking documents of these classes
(l*, min-l-*, w*, min-w-*) 37 -> 0; the one new OVER is l03's `for next week please book`, in the portion its `(C)`
raises whole (a strict xfail, as open37a's). Two known leaks of the corpus (adv156-014, adv158-025) stay: their
letter is a lower-case `(c)`, which is no mark.
Judged no leak: none of the 37 (each (U) portion holds a mark-shaped letter or a line break that may move text under
no mark; the project's own marks do not settle them).
Left: a short item whose verb is no word of the rules' list and has no determiner after it (`(C) the mayor pockets
bribes.`, strict xfail): no shape tells a verb in -s from a plural noun without a dictionary of verbs (with one,
`pockets the fees`, it is a clause since red-teaming the first fix). A word broken in capitals in a text in
capitals is now always unsure (`LONG-` / `TERM LEASE ...` raised: wrap-caps-wide, a strict xfail; none in the corpus).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# review38a's documents (/tmp/s38/review38a/docs), verbatim: (id, document, phrases withheld at every level,
# (U) phrases released at usg)
REVIEW_DOCS: list[tuple[str, str, list[str], list[str]]] = [
    ('l01-abbrev-gen', "UNCLASSIFIED\nSUBJECT: (U) DELEGATION VISIT\n\n1. (U) The delegation asked post to cover (A) travel, (B) lodging, and (C) Gen. Haftar's son will receive the Chinese drones through Benghazi port next week.\n\n2. (U) Admin will process the request by Friday.\n\nUNCLASSIFIED\n",
     ["Haftar's son will receive the Chinese drones"], ['Admin will process the request by Friday']),
    ('l02-wrapped-after-c', 'UNCLASSIFIED\nSUBJECT: (U) DELEGATION VISIT, ADMINISTRATIVE NOTES\n\n1. (U) The delegation asked post to cover (A) travel, (B) lodging, and (C) the\nminister plans to resign after the budget vote, per his chief of staff.\n\n2. (U) Admin will process the request by Friday.\n\nUNCLASSIFIED\n',
     ['minister plans to resign after the budget vote'], ['Admin will process the request by Friday']),
    ('l03-comma-after-c', 'From: Rivera, Sam\nTo: Admin Section\nSubject: (U) visit logistics\nClassification: UNCLASSIFIED\n\n(U) Hi all, for next week please book (A) flights and (B) hotels, and (C) the colonel, per BLUEBIRD, will defect through the Lachin corridor on the 9th with his family.\n\n(U) Thanks, Sam\n\nClassification: UNCLASSIFIED\n',
     ['will defect through the Lachin corridor'], ['for next week please book']),
    ('l04-short-titlecase', 'UNCLASSIFIED\nSUBJECT: (U) PROTOCOL NOTES\n\n1. (U) Protocol asked for (A) the motorcade, (B) the press pool, and (C) Minister Okafor will defect in May.\n\n2. (U) Protocol will confirm by Monday.\n\nUNCLASSIFIED\n',
     ['Minister Okafor will defect in May'], ['Protocol will confirm by Monday']),
    ('l05-caps-acronym-item', 'UNCLASSIFIED\nSUBJECT: (U) VISIT NOTES\n\n1. (U) The delegation asked post to cover (A) TDY travel and per diem for the whole advance team, (B) lodging, and (C) THE MINISTER PLANS TO RESIGN AFTER THE BUDGET VOTE.\n\n2. (U) Admin will process the request by Friday.\n\nUNCLASSIFIED\n',
     ['THE MINISTER PLANS TO RESIGN AFTER THE BUDGET VOTE'], ['Admin will process the request by Friday']),
    ('l06-allcaps-cable-long-items', 'UNCLASSIFIED\nSUBJECT: (U) AIRPORT SECURITY REVIEW\n\n1. (U) THE REVIEW TEAM COVERED (A) SCREENING OF PASSENGERS AND HOLD BAGGAGE, (B) THE PERIMETER FENCE AND GATES, AND (C) THE RUSSIAN ADVISERS ARRIVED AT THE AIRBASE WITH TWO RADAR CREWS.\n\n2. (U) A FULL REPORT WILL FOLLOW.\n\nUNCLASSIFIED\n',
     ['THE RUSSIAN ADVISERS ARRIVED AT THE AIRBASE'], ['A FULL REPORT WILL FOLLOW']),
    ('l07-bracket-abbrev-us', 'UNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Visit notes\n\n(U) Post will fund [A] airfare, [B] lodging and [C] the U.S. Navy will move a carrier group into the Gulf of Oman before the talks.\n\n(U) The next meeting is set for Friday at the chancery.\n\nUNCLASSIFIED\n',
     ['Navy will move a carrier group into the Gulf of Oman'], ['The next meeting is set for Friday']),
    ('l08-secret-doc-c-short', 'SECRET\nSUBJECT: (U) LOGISTICS\n\n1. (U) The convoy needs (A) fuel, (B) water, and (C) the governor is on our payroll.\n\n2. (S) The payments are made monthly in cash.\n\n3. (U) Post will follow up.\n\nSECRET\n',
     ['the governor is on our payroll'], ['Post will follow up']),
    ('l12-newline-list', 'UNCLASSIFIED\n\nFrom: Rivera, Sam\nTo: Export Control Team\nSubject: (U) vendor visit\n\n(U) For the vendor visit we need (A) badges, (B) parking, and (C) Mr.\nKhan, the IRGC procurement officer, is brokering the centrifuge parts through the vendor.\n\n(U) Sam\n\nUNCLASSIFIED\n',
     ['brokering the centrifuge parts'], []),
    ('l14-long-items-clause', 'From: travel.desk@example.gov\nTo: post-admin@example.gov\nSubject: (U) travel approval\nClassification: UNCLASSIFIED\n\n(U) Approval is needed for (A) economy class flights for the whole team, and (B) two hotel rooms near the ministry, or (C) the asset confirmed the missile transfer to the militia at the Qusayr depot last night.\n\n(U) Please reply by COB.\n\nClassification: UNCLASSIFIED\n',
     ['the asset confirmed the missile transfer'], ['Please reply by COB']),
    ('l16-unmarked-email', 'Classification: UNCLASSIFIED\nFrom: Rivera, Sam\nTo: Admin Section\nSubject: visit\n\nHi all, for the visit we need (A) cars, (B) rooms, (C) the army, per ROOK, moves two brigades to the border tonight.\n\nThanks, Sam\n\nClassification: UNCLASSIFIED\n',
     ['moves two brigades to the border tonight'], ['Thanks, Sam']),
    ('l19-secret-doc-long-items', "SECRET//NOFORN\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Visit notes\n\n(U) The visit plan covers (A) the arrival ceremony at the airport with the honor guard, (B) a working lunch at the palace, and (C) BLUEBIRD says the crown prince has ordered the arrest of his cousin before the summit.\n\n(S//NF) BLUEBIRD's access is through the prince's office.\n\n(U) The next meeting is set for Friday.\n\nSECRET//NOFORN\n",
     ['the crown prince has ordered the arrest of his cousin'], ['The next meeting is set for Friday']),
    ('l20-comment-label', 'UNCLASSIFIED\nSUBJECT: (U) VISIT NOTES\n\n1. (U) Post will cover (A) travel, (B) lodging, and (C) COMMENT: the minister plans to resign after the budget vote and has told only his chief of staff. END COMMENT.\n\n2. (U) Admin will process the request by Friday.\n\nUNCLASSIFIED\n',
     ['the minister plans to resign after the budget vote'], ['Admin will process the request by Friday']),
    ('l21-date-opener', 'UNCLASSIFIED\nSUBJECT: (U) AIRPORT SECURITY\n\n1. (U) The review covered (A) screening, (B) perimeter, and (C) on 2 March, two Russian radar crews arrived at the airbase with S-400 launchers.\n\n2. (U) A full report will follow.\n\nUNCLASSIFIED\n',
     ['two Russian radar crews arrived at the airbase'], ['A full report will follow']),
    ('l22-however', 'From: travel.desk@example.gov\nTo: post-admin@example.gov\nSubject: (U) travel approval\nClassification: UNCLASSIFIED\n\n(U) Approval is needed for (A) flights and (B) hotels or (C) however, the asset confirmed the missile transfer to the militia at the Qusayr depot.\n\n(U) Please reply by COB.\n\nClassification: UNCLASSIFIED\n',
     ['the asset confirmed the missile transfer'], ['Please reply by COB']),
    ('min-l-abbrev', 'UNCLASSIFIED\n\n(U) Post will fund [A] airfare, [B] lodging and [C] the U.S. Navy will move a carrier group into the Gulf of Oman before the talks.\n\nUNCLASSIFIED\n',
     ['Navy will move a carrier group'], []),
    ('min-l-acronym', 'UNCLASSIFIED\n\n1. (U) Post will cover (A) TDY travel and per diem for the advance team, (B) lodging, and (C) THE MINISTER PLANS TO RESIGN AFTER THE BUDGET VOTE.\n\nUNCLASSIFIED\n',
     ['THE MINISTER PLANS TO RESIGN'], []),
    ('min-l-allcaps', 'UNCLASSIFIED\n\n1. (U) THE TEAM COVERED (A) SCREENING OF PASSENGERS AND HOLD BAGGAGE, (B) THE PERIMETER FENCE AND GATES, AND (C) THE RUSSIAN ADVISERS ARRIVED AT THE AIRBASE WITH TWO RADAR CREWS.\n\nUNCLASSIFIED\n',
     ['THE RUSSIAN ADVISERS ARRIVED AT THE AIRBASE'], []),
    ('min-l-comma', 'UNCLASSIFIED\n\n(U) Please book (A) flights and (B) hotels, and (C) the colonel, per BLUEBIRD, will defect through the Lachin corridor on the 9th.\n\nUNCLASSIFIED\n',
     ['will defect through the Lachin corridor'], []),
    ('min-l-comment', 'UNCLASSIFIED\n\n1. (U) Post will cover (A) travel, (B) lodging, and (C) COMMENT: the minister plans to resign after the budget vote. END COMMENT.\n\nUNCLASSIFIED\n',
     ['the minister plans to resign'], []),
    ('min-l-date', 'UNCLASSIFIED\n\n1. (U) The review covered (A) screening, (B) perimeter, and (C) on 2 March, two Russian radar crews arrived at the airbase with S-400 launchers.\n\nUNCLASSIFIED\n',
     ['two Russian radar crews arrived'], []),
    ('min-l-linebreak', 'UNCLASSIFIED\n\n1. (U) The delegation asked post to cover (A) travel, (B) lodging, and (C) the\nminister plans to resign after the budget vote, per his chief of staff.\n\nUNCLASSIFIED\n',
     ['minister plans to resign after the budget vote'], []),
    ('min-l-longitem', 'UNCLASSIFIED\n\n(U) Approval is needed for (A) economy class flights for the whole team, and (B) two hotel rooms near the ministry, or (C) the asset confirmed the missile transfer to the militia at the Qusayr depot last night.\n\nUNCLASSIFIED\n',
     ['the asset confirmed the missile transfer'], []),
    ('min-l-short', 'SECRET\n\n1. (U) The convoy needs (A) fuel, (B) water, and (C) the governor is on our payroll.\n\nSECRET\n',
     ['the governor is on our payroll'], []),
    ('min-w-allcaps', "SECRET//NOFORN\n\n1. (U) THE DELEGATION TOURED THE CONTAINER TERMINAL AND MET THE PORT'S LONG-\nSOURCE TIGERLILY CONFIRMED THE SHIPMENT LEFT BANDAR ABBAS ON 3 JUNE.\n\nSECRET//NOFORN\n",
     ['SOURCE TIGERLILY CONFIRMED'], []),
    ('min-w-digit', 'SECRET\n\n(U) The office moves to building 12 on 4 June; call extension 45-\n2 brigades will cross the Litani at night on the 14th, per the attache.\n\nSECRET\n',
     ['2 brigades will cross the Litani'], []),
    ('min-w-quotedword', 'SECRET//NOFORN\n\n(U) Thursday\'s meeting went as planned until his deputy said "Stop-"\nThe colonel will defect through the Lachin corridor next month.\n\nSECRET//NOFORN\n',
     ['The colonel will defect'], []),
    ('min-w-quotenext', 'SECRET//NOFORN\n\n(U) Thursday\'s meeting with the liaison went as planned. He said-\n"The colonel will defect through the Lachin corridor next month."\n\nSECRET//NOFORN\n',
     ['The colonel will defect'], []),
    ('min-w-titleword', "SECRET//NOFORN\n\n(U) Thursday's meeting with the liaison went as planned. We discussed the Euro-\nThe colonel will defect through the Lachin corridor next month.\n\nSECRET//NOFORN\n",
     ['The colonel will defect'], []),
    ('w01-quoted-capital-word', 'SECRET//NOFORN\nFrom: J. Ortiz\nTo: Desk\nSubject: notes\n\n(U) Thursday\'s meeting with the ministry liaison went as planned until his deputy said "Stop-"\nThe colonel will defect through the Lachin corridor next month with his family.\n\n(S//NF) The liaison asked that his name not be used.\n\n(U) More next week.\nSECRET//NOFORN\n',
     ['The colonel will defect through the Lachin corridor'], ['More next week']),
    ('w02-quote-open-next', 'SECRET//NOFORN\nFrom: J. Ortiz\nTo: Desk\nSubject: notes\n\n(U) Thursday\'s meeting with the ministry liaison went as planned. He said-\n"The colonel will defect through the Lachin corridor next month with his family."\n\n(S//NF) The liaison asked that his name not be used.\n\n(U) More next week.\nSECRET//NOFORN\n',
     ['The colonel will defect through the Lachin corridor'], ['More next week']),
    ('w03-name-hyphen-then-sentence', "SECRET\nMEMORANDUM FOR THE RECORD\nSUBJECT: Lunch\n\n(U) Lunch at the residence was hosted by the Deputy Minister, Mr. Abdul-\nKarim. The ambassador's protective detail will use route 7 on the day of the move.\n\n(S) Route 7 timings are in the annex.\n\n(U) Contact the admin office with questions.\nSECRET\n",
     ["The ambassador's protective detail will use route 7"], ['Contact the admin office with questions']),
    ('w04-allcaps-hyphen', "SECRET//NOFORN\nSUBJECT: PORT VISIT\n\n1. (U) THE DELEGATION TOURED THE CONTAINER TERMINAL AND MET THE PORT'S LONG-\nSOURCE TIGERLILY CONFIRMED THE SHIPMENT LEFT BANDAR ABBAS ON 3 JUNE.\n\n2. (S//NF) TIGERLILY'S ACCESS REMAINS GOOD.\n\n3. (U) POST WILL REPORT FURTHER.\nSECRET//NOFORN\n",
     ['SOURCE TIGERLILY CONFIRMED THE SHIPMENT'], ['POST WILL REPORT FURTHER']),
    ('w05-digit-next', 'SECRET\nMEMORANDUM FOR THE RECORD\nSUBJECT: Office move\n\n(U) The office moves to building 12 on 4 June; call extension 45-\n2 brigades will cross the Litani at night on the 14th, per the attache.\n\n(S) Route 7 timings are in the annex.\n\n(U) Contact the admin office with questions.\nSECRET\n',
     ['2 brigades will cross the Litani'], ['Contact the admin office with questions']),
    ('w06-title-word-hyphen', "SECRET//NOFORN\nFrom: J. Ortiz\nTo: Desk\nSubject: notes\n\n(U) Thursday's meeting with the ministry liaison went as planned. We discussed the Euro-\nThe colonel will defect through the Lachin corridor next month with his family.\n\n(S//NF) The liaison asked that his name not be used.\n\n(U) More next week.\nSECRET//NOFORN\n",
     ['The colonel will defect through the Lachin corridor'], ['More next week']),
    ('w08-hyphen-quoted-next', "SECRET//NOFORN\nSUBJECT: (U) MEETING\n\n1. (U) The deputy minister was relaxed at lunch and then he said, off-\n'The army has already moved two brigades to the border.'\n\n2. (S//NF) He asked that this not be shared.\n\n3. (U) Post will follow up.\nSECRET//NOFORN\n",
     ['The army has already moved two brigades'], ['Post will follow up']),
    ('w10-well-titled', "SECRET//NOFORN\nFrom: J. Ortiz\nTo: Desk\nSubject: notes\n\n(U) Thursday's meeting with the ministry liaison was short. Well-\nThe colonel will defect through the Lachin corridor next month with his family.\n\n(S//NF) The liaison asked that his name not be used.\n\n(U) More next week.\nSECRET//NOFORN\n",
     ['The colonel will defect through the Lachin corridor'], ['More next week']),

]


def _cable(level: str, para: str) -> str:
    return f"{level}\nSUBJECT: (U) ADMINISTRATIVE NOTES\n\n1. (U) {para}\n\n2. (U) POST WILL FOLLOW UP NEXT WEEK.\n\n{level}\n"


def _memo(level: str, para: str) -> str:
    return (f"{level}\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Visit planning\n\n(U) {para}\n\n"
            f"(U) The next meeting is set for Thursday at the chancery.\n\n{level}\n")


def _email(para: str, level: str = "UNCLASSIFIED", own_mark: str = "(U) ") -> str:
    return (f"From: Okoye, Dana\nTo: GSO Section\nSubject: planning\nClassification: {level}\n\n{own_mark}{para}\n\n"
            f"{own_mark}Cheers, Dana\n\nClassification: {level}\n")


_MEMO_AFTER = "The next meeting is set for Thursday at the chancery."
_CABLE_AFTER = "POST WILL FOLLOW UP NEXT WEEK."

# My variants, written before reading the reader: (id, document, withheld phrase, released phrase)
VARIANTS: list[tuple[str, str, str, str]] = [
    # ---- class 1: a spelled-out run whose last letter is really a classification mark
    ("run-abbrev-dr", _cable("SECRET", "Post will arrange (A) cars, (B) rooms, and (C) Dr. Nasser's militia will "
                             "seize the refinery on Monday."), "militia will seize the refinery", "FOLLOW UP NEXT WEEK"),
    ("run-abbrev-uk", _memo("UNCLASSIFIED", "We still need (A) visas, (B) tickets and (C) the U.K. liaison "
                            "confirmed that the frigate will shadow the tanker."), "the frigate will shadow the tanker",
     _MEMO_AFTER),
    ("run-linebreak-caps", _cable("CONFIDENTIAL", "POST REQUESTS (A) VISAS, (B) HOUSING, AND (C) THE\nGENERAL WILL "
                                  "STAGE A COUP ON FRIDAY WITH THE REPUBLICAN GUARD."), "STAGE A COUP ON FRIDAY",
     _CABLE_AFTER),
    ("run-linebreak-memo", _memo("SECRET", "The advance team wants [A] a van and [B] two rooms, or [C] the source\n"
                                 "says the militia will ambush the convoy near Ramadi."), "will ambush the convoy",
     _MEMO_AFTER),
    ("run-comma-email", _email("Team, please sort (A) cars, (B) rooms and (C) the deputy, per ROOK, will leave "
                               "for Minsk with the ledgers on Sunday."), "will leave for Minsk with the ledgers",
     "Cheers, Dana"),
    ("run-comma-cable", _cable("SECRET", "THE PLAN COVERS (A) FUEL AND (B) RATIONS, AND (C) THE COLONEL, ACCORDING TO "
                               "THE SOURCE, WILL SURRENDER THE BASE ON 3 JUNE."), "WILL SURRENDER THE BASE",
     _CABLE_AFTER),
    ("run-short-titlecase", _memo("UNCLASSIFIED", "We need (A) a driver, (B) an interpreter, and (C) President "
                                  "Ruto is ill."), "President Ruto is ill", _MEMO_AFTER),
    ("run-short-secret", _cable("SECRET", "The team needs (A) maps, (B) radios, and (C) the mayor takes bribes."),
     "the mayor takes bribes", _CABLE_AFTER),
    ("run-allcaps-memo", _memo("UNCLASSIFIED", "Agenda: (A) opening remarks by the chair, (B) the budget, and (C) "
                               "THE SOURCE REPORTS THE DEFENSE MINISTER WILL BE ARRESTED TONIGHT."),
     "THE DEFENSE MINISTER WILL BE ARRESTED", _MEMO_AFTER),
    ("run-longitem-email", _email("For the trip we need (A) a car with a driver for the whole week of the visit, "
                                  "(B) rooms at the hotel near the airport, and (C) the militia commander has agreed "
                                  "to sell us the captured launchers for cash.", level="UNCLASSIFIED"),
     "agreed to sell us the captured launchers", "Cheers, Dana"),
    ("run-date-cable", _cable("CONFIDENTIAL", "THE AGENDA IS (A) TRADE, (B) VISAS, AND (C) ON 14 MAY THE ARMY MOVED "
                              "TWO ARMORED BRIGADES TO THE BORDER."), "MOVED TWO ARMORED BRIGADES", _CABLE_AFTER),
    ("run-date-memo", _memo("SECRET", "The list: (A) tickets, (B) hotels, and (C) last Tuesday, the source met the "
                            "Quds Force courier in Basra."), "the source met the Quds Force courier", _MEMO_AFTER),
    ("run-however-memo", _memo("UNCLASSIFIED", "We covered (A) travel and (B) lodging, and (C) however, the "
                               "defector says the ministry is wiretapping the opposition."),
     "the ministry is wiretapping the opposition", _MEMO_AFTER),
    ("run-comment-cable", _cable("UNCLASSIFIED", "POST WILL FUND (A) TRAVEL, (B) LODGING, AND (C) NOTE: THE GOVERNOR "
                                 "IS SELLING FUEL TO THE INSURGENTS. END NOTE."), "SELLING FUEL TO THE INSURGENTS",
     _CABLE_AFTER),
    ("run-unmarked-email", _email("hi, we need (A) cars, (B) rooms, (C) the army moves on the capital at dawn, per "
                                  "the attache.", own_mark=""), "the army moves on the capital at dawn", "Cheers, Dana"),
    ("run-unmarked-email-caps", _email("Reminder: (A) badges, (B) parking, (C) Source FALCON says the cartel pays "
                                       "the port chief.", own_mark=""), "the cartel pays the port chief",
     "Cheers, Dana"),
    # ---- class 2: a hyphen at a line end, then a line that is a new sentence under no mark of its own
    ("wrap-titleword-memo", _memo("SECRET", "We met at the Franco-\nThe general has ordered the strike on the depot "
                                  "for Saturday."), "ordered the strike on the depot", _MEMO_AFTER),
    ("wrap-titleword-cable", _cable("SECRET//NOFORN", "The talks covered the Indo-\nSource RAVEN reports the "
                                    "submarine sails on 2 July."), "the submarine sails on 2 July", _CABLE_AFTER),
    ("wrap-quoted-memo", _memo("SECRET", "He kept saying 'Go-'\nThe convoy will cross at Rafah at midnight."),
     "The convoy will cross at Rafah", _MEMO_AFTER),
    ("wrap-quoted-cable", _cable("SECRET", 'THE GUARD SHOUTED "HALT-"\nTHE PRISONER WAS MOVED TO EVIN ON 3 MAY.'),
     "THE PRISONER WAS MOVED TO EVIN", _CABLE_AFTER),
    ("wrap-digit-memo", _memo("SECRET", "The new number is 555-\n3 battalions will reinforce Kherson on the 9th."),
     "3 battalions will reinforce Kherson", _MEMO_AFTER),
    ("wrap-digit-cable", _cable("SECRET", "ROOM 4-\n12 MISSILES WERE MOVED TO THE NORTHERN SITE."),
     "12 MISSILES WERE MOVED", _CABLE_AFTER),
    ("wrap-allcaps-cable", _cable("SECRET", "THE MINISTER HOSTED A HIGH-\nSOURCE ORCHID SAYS THE CABINET WILL FALL "
                                  "THIS WEEK."), "THE CABINET WILL FALL", _CABLE_AFTER),
    ("wrap-allcaps-memo", _memo("SECRET", "The meeting used the NATO-\nASSET KESTREL REPORTS THE SHIPMENT IS IN "
                                "LATAKIA."), "THE SHIPMENT IS IN LATAKIA", _MEMO_AFTER),
    ("wrap-name-memo", _memo("SECRET", "Dinner was hosted by Mr. Al-\nRashid. The source says the militia will hit "
                             "the airport on Friday."), "the militia will hit the airport", _MEMO_AFTER),
    ("wrap-name-cable", _cable("SECRET", "WE MET GENERAL BEN-\nDAVID. THE UNIT WILL RAID THE CAMP ON MONDAY."),
     "THE UNIT WILL RAID THE CAMP", _CABLE_AFTER),
    ("wrap-quotenext-memo", _memo("SECRET", "The envoy said-\n\"The rebels will shell the port at dawn.\""),
     "The rebels will shell the port", _MEMO_AFTER),
    ("wrap-quotenext-cable", _cable("SECRET", "THE MINISTER ADDED, OFF-\n'WE WILL CLOSE THE BORDER ON FRIDAY.'"),
     "WE WILL CLOSE THE BORDER", _CABLE_AFTER),
]

# Written after the fix, red-teaming it: (id, document, withheld phrase)
RED_TEAM: list[tuple[str, str, str]] = [
    ("rt-abbrev-at-line-end-caps", _cable("SECRET", "POST WILL COVER (A) TRAVEL, (B) LODGING, AND (C) GEN.\nHAFTAR "
                                          "WILL SEIZE THE PORT."), "HAFTAR WILL SEIZE THE PORT"),
    ("rt-title-part-then-name", _memo("SECRET", "The talks covered the Franco-\nSource RAVEN reports the submarine "
                                      "sails on 2 July from Brest."), "the submarine sails"),
    ("rt-verb-s-object", _memo("SECRET", "We need (A) maps, (B) radios, and (C) the mayor pockets the fees."),
     "the mayor pockets the fees"),
    ("rt-semicolon-item-clause", _memo("UNCLASSIFIED", "We need (A) maps; (B) radios; and (C) the defector has the "
                                       "codes; please hurry."), "the defector has the codes"),
]

# (left: a short item whose verb is no word of `reader_words.list_item_clause` and has no object after a determiner,
# `(C) the mayor pockets bribes.`, reads as a list's item; no shape tells `pockets` from a plural noun without a
# dictionary of verbs. With a determiner after it, `(C) the mayor pockets the fees.`, it is a clause: RED_TEAM)
LEFT = ("rt-verb-unlisted", _memo("SECRET", "We need (A) maps, (B) radios, and (C) the mayor pockets bribes."),
        "the mayor pockets bribes")

# Controls: genuine lists and genuine word wraps in classified documents, whose (U) text must stay released.
CONTROLS: list[tuple[str, str, str]] = [
    ("list-per-diem", _cable("SECRET", "Post will cover (A) travel, (B) lodging, and (C) per diem for the team."),
     "per diem for the team"),
    ("list-caps-items", _cable("SECRET", "THE PLAN COVERS (A) FUEL, (B) WATER, AND (C) SPARE TIRES."), "SPARE TIRES"),
    ("list-long-noun-phrase", _cable("SECRET", "Post will cover (A) travel, (B) lodging, and (C) shipping costs for "
                                     "household effects."), "shipping costs"),
    ("list-semicolons", _cable("SECRET", "Post will cover (A) travel; (B) lodging; and (C) per diem; the rest is on "
                               "the bureau."), "per diem"),
    ("wrap-caps-wide", "SECRET\nSUBJECT: (U) PORT\n\n1. (U) THE DELEGATION TOURED THE CONTAINER TERMINAL AND "
                       "DISCUSSED THE PORT'S LONG-\nTERM LEASE WITH THE AUTHORITY AND THE MINISTRY OF TRANSPORT, WHICH "
                       "WANTS A BID.\n\n2. (S) THE BID IS RIGGED.\n\nSECRET\n", "TERM LEASE"),
    ("wrap-mid-word", _memo("SECRET", "The delegation agreed to hold the next round at the mid-\nyear plenary in "
                            "Geneva."), "year plenary in Geneva"),
    ("wrap-well-known", _memo("SECRET", "The minister is well-\nknown for long speeches at the plenary."),
     "known for long speeches"),
]


def _ids(rows: list) -> list[str]:
    return [r[0] for r in rows]


@pytest.mark.parametrize("doc,withheld", [(d, w) for _, d, ws, _ in REVIEW_DOCS for w in ws],
                         ids=[i for i, _, ws, _ in REVIEW_DOCS for _ in ws])
def test_review_documents_withhold(doc: str, withheld: str) -> None:
    assert_withheld(doc, withheld, ALL)


# (the (U) phrase stands before the list letter read as a mark, in the portion that mark raises whole: over-redaction
# by design, as in open37a)
_RAISED_WITH_THE_MARK = {"l03-comma-after-c"}


@pytest.mark.parametrize("doc,released", [
    pytest.param(d, r, id=i, marks=[pytest.mark.xfail(strict=True, reason="released text shares the raised portion")]
                 if i in _RAISED_WITH_THE_MARK else [])
    for i, d, _, rs in REVIEW_DOCS for r in rs])
def test_review_documents_release(doc: str, released: str) -> None:
    assert_released(doc, released)


@pytest.mark.parametrize("doc,withheld", [(d, w) for _, d, w, _ in VARIANTS], ids=_ids(VARIANTS))
def test_variants_withhold(doc: str, withheld: str) -> None:
    assert_withheld(doc, withheld, ALL)


@pytest.mark.parametrize("doc,released", [(d, r) for _, d, _, r in VARIANTS], ids=_ids(VARIANTS))
def test_variants_release(doc: str, released: str) -> None:
    assert_released(doc, released)


@pytest.mark.parametrize("doc,withheld", [(d, w) for _, d, w in RED_TEAM], ids=_ids(RED_TEAM))
def test_red_team_withhold(doc: str, withheld: str) -> None:
    assert_withheld(doc, withheld, ALL)


@pytest.mark.xfail(strict=True, reason="a short item with a verb the rules do not list reads as a list's item")
def test_item_with_an_unlisted_verb_withholds() -> None:
    assert_withheld(LEFT[1], LEFT[2], ALL)


# (wrap-well-known: a short memo line over a lower-case word, over-redacted on main `2168ede` already, by the width
# rule; wrap-mid-word passes. wrap-caps-wide: a part in capitals under a text in capitals is raised since this job,
# fail closed: no case tells `LONG-` / `TERM` from `LONG-` / `SOURCE TIGERLILY`)
_OVER_REDACTED = {"wrap-well-known": "over-redacted on main already (a short line)",
                  "wrap-caps-wide": "a word broken in capitals is unsure (by design)"}


@pytest.mark.parametrize("doc,released", [
    pytest.param(d, r, id=i, marks=[pytest.mark.xfail(strict=True, reason=_OVER_REDACTED[i])]
                 if i in _OVER_REDACTED else []) for i, d, r in CONTROLS])
def test_controls_release(doc: str, released: str) -> None:
    assert_released(doc, released)
