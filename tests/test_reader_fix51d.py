"""fix51d: round 197's first-run leaks (issue 8), by class.

Round 197's first run on main 04f90b38 leaked 6 documents (adv197-004 partner, -007 partner, -020/-021/-023 every
level, -022 usg); after this branch: 0 (tests/corpus/adversarial197, `_ROUND197_LEAKS` is empty), no new usg
over-redaction in the round. Classes and fixes (each raises only):
1 a UK body by a nickname that is a common word in lower case (`not to be passed to the Yard reps`): markings.yaml
  `uk_government_names.proper_names` (`Yard`), read as written (capitalised, or in a text all in capitals) only where
  a sentence keeps a text from someone (`evidence._proper_uk`); a builder's `yard` is none.
2 a footnote or endnote that states a level or control for the text that cites it: `governing._footnoted_levels`
  reads a footnote's `Classification:` label (`[7] Classification: TOP SECRET//SI - ...`: a value the grammar cannot
  read whole gives its level), a control in words in a footnote that is one by its form (`_real_note`), and Markdown
  footnotes (`[^2]: ... SBU and for U.S. Government use only` raises the portions citing `[^2]`).
3 a list after the paragraphs that gives them levels by number (`Classification by paragraph:` / `Para 3 - SCG 3.2
  (S)`, `Paragraph 2: C (item 4.1)`, `para 1 (U), para 2 (C)` on one line): `cell_notes._paragraph_list_levels`,
  placed as the paragraph tables are (`_paragraphs_named`).
4 "classified the same as REF A" (`same classification as`, `carries the classification of REFTEL A`): new
  reader/ref_levels.py takes REF A's mark from the REF line (`(S/NF)`), the lowest classified level for an entry
  with no mark; an entry marked (U) raises nothing. Words: rules/record_words.yaml `ref_levels`.
5 a record's compilation key (`"compilation_classification": "CONFIDENTIAL"`, `aggregate_level`, `compilation_
  classification: SECRET`): `compilation_parts._compilation_keys` raises the JSON object holding it (else the
  document). Words: rules/record_words.yaml `compilation_parts.record_keys`.
Whole harness (12,160 documents, halves_all, on 32cf4f67) vs /tmp/s51/t0_all.txt: NEW LEAKS 0; fixed 6 (round 197's);
usg over-redaction 3,908 -> 3,909 (adv102-048: a Markdown footnote's own (S//REL) mark raises the citing (U)
sentence; KNOWN_OVER_REDACTION). Partner drops on rounds 197-199 vs lead51: 11 -> 11, none new.
Fresh cases that leaked on /tmp/m51 (main 04f90b38): the four `yard-*`, `markdown-footnote-level`,
`para-table-colon-list`, `para-table-one-line`, `para-table-dash-rows-confidential`, `compilation-yaml-key`,
`compilation-json-aggregate-level`, `ref-carries-classification-of-reftel-a`, `ref-same-marking-unmarked-entry`, `ref-statement-alone-text-next`,
`ref-classified-same-as-ref-paren-letter`,
`endnote-label-level-only`, `markdown-footnote-class-label`. The other withheld cases already passed on main (kept:
same class, other forms). Left: a footnote that says `Classified CONFIDENTIAL;` with no colon after a superscript
sign still leaks (seen after the whole-harness run started; not fixed here).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, versions

PARTNER = ("partner", "public")

# (id, document, phrases withheld at `levels`, levels, phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    # 1 a UK body by its nickname (`the Yard`: New Scotland Yard) in a sentence that keeps text from it
    ('yard-email-not-to-be-passed',
     "From: T. Ruiz (HSI London)\nSubject: Case update\nClassification: UNCLASSIFIED//LES\n\n"
     "1. (U) The hearing moved to 12 March.\n2. (U//LES) The courier uses a lock-up in Dagenham. Not to be passed "
     "to the Yard.\n3. (U) The wire came from a Riga shell company.\n\nUNCLASSIFIED//LES\n",
     ['The courier uses a lock-up in Dagenham'], PARTNER, ['The hearing moved to 12 March']),
    ('yard-keep-away-liaison',
     "UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE\n\n(U//LES) Keep this paragraph away from the Yard liaison officer: the "
     "informant meets his handler at a cafe in Ilford on Tuesdays.\n\n(U) Training dates follow next week.\n\n"
     "UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE\n",
     ['the informant meets his handler at a cafe in Ilford'], PARTNER, ['Training dates follow next week']),
    ('yard-do-not-pass-colleagues',
     "SENSITIVE BUT UNCLASSIFIED\nNotes of call, 2 Dec\n\n(SBU) The forger's workshop is above a tyre shop in Croydon. "
     "Do not pass to Yard colleagues.\n\n(U) The call ended at 1030.\n\nSENSITIVE BUT UNCLASSIFIED\n",
     ["The forger's workshop is above a tyre shop in Croydon"], PARTNER, ['The call ended at 1030']),
    ('yard-should-not-see',
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n1. (U) The attache hosted the fraud seminar.\n"
     "2. (U//FOUO) The bank flagged twelve mule accounts tied to the ring. The Yard should not see this.\n\n"
     "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n",
     ['The bank flagged twelve mule accounts tied to the ring'], PARTNER, ['The attache hosted the fraud seminar']),
    # 2 a footnote or endnote that states a level or control for the sentence that cites it
    ('endnote-bracket-classification-label',
     "UNCLASSIFIED\nSAHEL SECURITY NOTE, NOVEMBER 2026\n\n(U) Two convoys reached Gao without incident.[3]\n"
     "(U) The militia commander told a relative he would move his fighters to Menaka before the vote.[4]\n"
     "(U) Markets in Gao reopened on 20 November.[5]\n\nNOTES\n[3] Convoy logs, UNMISS successor mission.\n"
     "[4] Classification: SECRET//NOFORN -- liaison reporting, handle accordingly.\n[5] Local radio, 21 November.\n\n"
     "UNCLASSIFIED\n",
     ['he would move his fighters to Menaka before the vote'], ALL, ['Two convoys reached Gao without incident']),
    ('endnote-number-dot-classified-as',
     "UNCLASSIFIED\n\n(U) The port handled record tonnage in October.12\n"
     "(U) Customs officers are taking bribes to clear Iranian drone parts through berth 4.13\n\n"
     "Endnotes\n12. Port authority statistics, public release.\n13. Classification: CONFIDENTIAL (derived from a "
     "liaison report).\n\nUNCLASSIFIED\n",
     ['Customs officers are taking bribes to clear Iranian drone parts'], ALL, ['The port handled record tonnage']),
    ('markdown-footnote-level',
     "# Field notes (wiki)\n\n**Classification: UNCLASSIFIED**\n\n- (U) The clinic opened on Monday.\n"
     "- (U) The deputy governor is quietly moving his family to Dubai ahead of the audit.[^gov]\n"
     "- (U) Water deliveries resume on Friday.\n\n[^gov]: Classification: CONFIDENTIAL. Source is a protected contact.\n",
     ['quietly moving his family to Dubai ahead of the audit'], ALL, ['The clinic opened on Monday']),
    ('markdown-footnote-noforn-words',
     "# Evacuation wiki\n\nClassification: UNCLASSIFIED\n\n(U) The ferry leaves Honiara at 0600 daily.\n"
     "(U) The fallback landing zone is the old mission airstrip at Auki.[^7]\n(U) Registration closes on Friday.\n\n"
     "[^7]: The sentence citing this note is not releasable to foreign nationals.\n",
     ['The fallback landing zone is the old mission airstrip at Auki'], PARTNER, ['The ferry leaves Honiara']),
    ('dagger-footnote-us-government-only',
     "SENSITIVE BUT UNCLASSIFIED\n\n(SBU) The consulate will relocate its visa unit to the Hilton annex.\u2020\n"
     "(U) Office hours are unchanged.\n\n____\n\u2020 For U.S. Government use only; not for allied planners.\n\n"
     "SENSITIVE BUT UNCLASSIFIED\n",
     ['The consulate will relocate its visa unit to the Hilton annex'], PARTNER, ['Office hours are unchanged']),
    ('endnote-label-level-only',
     "UNCLASSIFIED\nQUARTERLY MIGRATION NOTE\n\n(U) Crossings at Darien fell by a third.[1]\n"
     "(U) A smuggling network is bribing two border police commanders in Jaque.[2]\n(U) Shelters in Panama City are "
     "full.[3]\n\nSOURCES\n[1] UNHCR public dashboard.\n[2] Classification: SECRET.\n[3] IOM bulletin, November.\n\n"
     "UNCLASSIFIED\n",
     ['A smuggling network is bribing two border police commanders in Jaque'], ALL, ['Crossings at Darien fell']),
    ('markdown-footnote-class-label',
     "# Team notes\n\nClassification: UNCLASSIFIED\n\n(U) The depot will close for inventory in January.\n"
     "(U) The new guard rotation leaves the east gate unmanned from 0200 to 0400.[^gate]\n\n"
     "[^gate]: Class: CONFIDENTIAL//NOFORN\n",
     ['The new guard rotation leaves the east gate unmanned'], ALL, ['The depot will close for inventory']),
    # 3 a table or list at the end that assigns levels to paragraphs by number
    ('para-table-colon-list',
     "UNCLASSIFIED (see portion list)\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Radar upgrade status\n\n"
     "1. (U) The upgrade kits arrived at Misawa on 2 November.\n"
     "2. (U) The new receiver detects low-flying drones at forty kilometres in sea clutter.\n"
     "3. (U) Installation ends in March.\n\nPortion classification (per Radar SCG, item numbers):\n"
     "  Paragraph 1: U (item 1.2)\n  Paragraph 2: C (item 4.1)\n  Paragraph 3: U (item 1.5)\n\n"
     "Derived from: Radar SCG, 2024\n",
     ['The new receiver detects low-flying drones at forty kilometres'], ALL, ['The upgrade kits arrived at Misawa']),
    ('para-table-pipe',
     "UNCLASSIFIED\n\nSUBJECT: (U) Test range report\n\n1. (U) Weather delayed two launches.\n"
     "2. (U) The seeker locked on at 31 km against the decoy-equipped target.\n3. (U) The range reopens Monday.\n\n"
     "| Para | SCG item | Class |\n|------|----------|-------|\n| 1 | 1.1 | U |\n| 2 | 5.3 | S |\n| 3 | 1.1 | U |\n\n"
     "Classified by: derivative, Seeker SCG\n",
     ['The seeker locked on at 31 km against the decoy-equipped target'], ALL, ['Weather delayed two launches']),
    ('para-table-one-line',
     "UNCLASSIFIED\n\n1. (U) The cutter left Kodiak on 4 December.\n"
     "2. (U) It will shadow the Russian research vessel near the cable landing at Adak.\n"
     "3. (U) Crew rotation is unchanged.\n\n"
     "Portion classification per SCG: para 1 (U), para 2 (C), para 3 (U).\n",
     ['It will shadow the Russian research vessel near the cable landing'], ALL, ['The cutter left Kodiak']),
    ('para-table-dash-rows-confidential',
     "UNCLASSIFIED\nNAVSEA memo, 3 Dec 2026\n\n1. (U) Dry dock 4 is flooded for the hull survey.\n"
     "2. (U) The survey found cracks in the shaft seal that limit the boat to 12 knots.\n"
     "3. (U) The yard expects to undock in January.\n\nClassification by paragraph:\n"
     "  Para 1 - SCG 2.1 (U)\n  Para 2 - SCG 6.4 (C)   material condition\n  Para 3 - SCG 2.1 (U)\n",
     ['The survey found cracks in the shaft seal'], ALL, ['Dry dock 4 is flooded for the hull survey']),
    # 5 a compilation level that raises the whole record above its parts
    ('compilation-yaml-key',
     "record: Forward arming points, compiled\ncompilation_classification: SECRET\nitems:\n"
     "  - class: U\n    text: Kadena hot-pit refuelling lane 3 reopened\n"
     "  - class: U\n    text: Shemya alternate stocks forty pallets of missiles\n",
     ['Kadena hot-pit refuelling lane 3 reopened', 'Shemya alternate stocks forty pallets of missiles'], ALL, []),
    ('compilation-json-nested-letter',
     '{"export": "site list v2", "list": {"classification_of_compilation": "C", "entries": [\n'
     '  {"marking": "U", "text": "Diego Garcia fuel farm expansion finished"},\n'
     '  {"marking": "U", "text": "Guam north ramp holds eight bombers"}]}}\n',
     ['Diego Garcia fuel farm expansion finished', 'Guam north ramp holds eight bombers'], ALL, []),
    ('compilation-json-aggregate-level',
     '{\n  "title": "Depot stocks by site",\n  "aggregate_level": "CONFIDENTIAL",\n  "rows": [\n'
     '    {"class": "U", "site": "Sagami depot, 1,200 tonnes of artillery rounds"},\n'
     '    {"class": "U", "site": "Hiro depot, 900 tonnes of artillery rounds"}\n  ]\n}\n',
     ['Sagami depot, 1,200 tonnes of artillery rounds'], ALL, []),
    ('compilation-ini-key',
     "[list]\nname = Relay sites\nCompilation Level = Secret\n\n[site1]\nclass = U\n"
     "text = Relay on Mount Kaala moved to the north ridge\n",
     ['Relay on Mount Kaala moved to the north ridge'], ALL, []),
    # 4 a text "classified the same as REF X" whose mark is on the REF line
    ('ref-same-classification-as-ref-b',
     "UNCLAS SECTION 01 OF 01 NAIROBI 000912\nSUBJECT: (U) ELECTION SECURITY PLANNING\n"
     "REF: A. STATE 101223 (U) B. NAIROBI 0877 (C/NF)\n1. (U) THE ELECTORAL BOARD BRIEFED DONORS ON 2 DECEMBER.\n"
     "2. THIS PARAGRAPH HAS THE SAME CLASSIFICATION AS REF B. THE POLICE CHIEF PLANS TO DEPLOY THE GSU TO KISUMU "
     "THE NIGHT BEFORE THE VOTE.\n3. (U) POST WILL FIELD OBSERVERS IN SIX COUNTIES.\n",
     ['THE POLICE CHIEF PLANS TO DEPLOY THE GSU TO KISUMU'], ALL, ['THE ELECTORAL BOARD BRIEFED DONORS']),
    ('ref-memo-reference-letter-below',
     "UNCLASSIFIED\n\nMEMORANDUM FOR THE DIRECTOR\nSUBJECT: (U) Port visit follow-up\n"
     "References: (a) OPNAV ltr 3000 of 2 Nov 26 (S)\n            (b) NAVEUR msg 141200Z NOV 26 (U)\n\n"
     "1. (U) The visit went ahead as planned.\n\n2. The paragraph below is classified the same as reference (a):\n\n"
     "The host navy will let our submarines use the Souda Bay pier through the spring.\n\n"
     "3. (U) Next visit is in March.\n\nUNCLASSIFIED\n",
     ['will let our submarines use the Souda Bay pier through the spring'], ALL, ['The visit went ahead as planned']),
    ('ref-carries-classification-of-reftel-a',
     "UNCLAS SECTION 01 OF 01 LIMA 000455\nSUBJECT: (U) COCA ERADICATION\nREF: A. LIMA 0401 (S) B. STATE 9981\n"
     "1. (U) ERADICATION TEAMS RESUMED WORK IN THE VRAEM.\n"
     "2. THE FIGURES BELOW CARRY THE CLASSIFICATION OF REFTEL A: TEAMS WILL ENTER PICHARI ON 9 DECEMBER WITH "
     "ARMY ESCORTS.\n3. (U) EMBASSY WILL REPORT RESULTS.\n",
     ['TEAMS WILL ENTER PICHARI ON 9 DECEMBER'], ALL, ['ERADICATION TEAMS RESUMED WORK']),
    ('ref-same-marking-unmarked-entry',
     "UNCLASSIFIED\nSubject: (U) Follow-up on the Tbilisi meeting\nRef: A. Tbilisi 0221 B. State 4410 (U)\n\n"
     "1. (U) The meeting ended early.\n\n2. Marked the same as Ref A: the deputy minister admitted the ministry "
     "falsified the tender scores.\n\nUNCLASSIFIED\n",
     ['the deputy minister admitted the ministry falsified the tender scores'], ALL, ['The meeting ended early']),
    ('ref-statement-alone-text-next',
     "UNCLAS SECTION 01 OF 01 DAKAR 000321\nSUBJECT: (U) FISHERIES\nREF: A. DAKAR 0290 (C) B. STATE 1100 (U)\n"
     "1. (U) THE FISHERIES MINISTER MET THE AMBASSADOR.\n2. SAME CLASSIFICATION AS REF A.\n"
     "3. THE MINISTER WILL REVOKE THE LICENSES OF THE THREE CHINESE TRAWLERS NEXT WEEK.\n4. (U) POST WILL FOLLOW UP.\n",
     ['THE MINISTER WILL REVOKE THE LICENSES OF THE THREE CHINESE TRAWLERS'], ALL, ['THE FISHERIES MINISTER MET']),
    ('ref-classified-same-as-ref-paren-letter',
     "UNCLASSIFIED\nSubject: (U) Exercise planning\nReference: (a) CTF 64 msg 021200Z DEC 26 (S//NF)\n\n"
     "1. (U) Planning continues.\n\n2. (U) The route of the amphibious group is classified same as ref (a). It "
     "passes within ten miles of Pratas on 14 January.\n\nUNCLASSIFIED\n",
     ['It passes within ten miles of Pratas on 14 January'], ALL, ['Planning continues']),
]

# still released (traps of the same shapes)
TRAPS: list[tuple[str, str, list[str], tuple[str, ...]]] = [
    # a builder's yard in lower case, in a sentence that keeps something from it
    ('trap-builders-yard',
     "UNCLASSIFIED\n\n(U) The broken pallets are not to be passed to the yard foreman until the insurer has seen them.\n\n"
     "(U) The embassy annex roof repair starts Monday.\n\nUNCLASSIFIED\n",
     ['The broken pallets are not to be passed to the yard foreman', 'The embassy annex roof repair starts Monday'],
     ("usg", "partner", "public")),
    # a footnote citing a public source, a footnote that says UNCLASSIFIED
    ('trap-endnote-public-source',
     "UNCLASSIFIED\n\n(U) Rainfall was 40 percent below average.[2]\n(U) Prices of sorghum rose sharply.[3]\n\n"
     "ENDNOTES\n[2] Classification: UNCLASSIFIED -- FEWS NET public bulletin.\n[3] The Secret History of Sorghum "
     "(public book, 2019).\n\nUNCLASSIFIED\n",
     ['Rainfall was 40 percent below average', 'Prices of sorghum rose sharply'], ("usg", "partner", "public")),
    ('trap-markdown-footnote-public',
     "# Wiki\n\nClassification: UNCLASSIFIED\n\n- (U) The library reopened after repairs.[^1]\n\n"
     "[^1]: Source: the city council's public website; releasable to all partners.\n",
     ['The library reopened after repairs'], ("usg", "partner", "public")),
    # a classification-by-paragraph table that agrees with the marks
    ('trap-para-table-all-u',
     "UNCLASSIFIED\n\n1. (U) The fair opens in May.\n2. (U) Tickets go on sale in April.\n\n"
     "Classification by paragraph:\n  Para 1 - SCG 1.1 (U)\n  Para 2 - SCG 1.1 (U)\n",
     ['The fair opens in May', 'Tickets go on sale in April'], ("usg", "partner", "public")),
    # a compilation key that says UNCLASSIFIED
    ('trap-compilation-unclassified',
     '{"record": "Public airfields", "compilation_classification": "UNCLASSIFIED", "items": [\n'
     '  {"class": "U", "site": "Honolulu International, new terminal open"}]}\n',
     ['Honolulu International, new terminal open'], ("usg", "partner", "public")),
    # a REF that is UNCLASSIFIED
    ('trap-ref-unclassified',
     "UNCLAS SECTION 01 OF 01 ROME 000120\nSUBJECT: (U) EMBASSY FUN RUN\nREF: A. ROME 0099 (U) B. STATE 1212 (U)\n"
     "1. (U) THE RUN IS ON 10 MAY.\n2. THE FOLLOWING IS CLASSIFIED THE SAME AS REF A:\n"
     "THE ROUTE GOES ALONG THE TIBER FROM PONTE SISTO.\n3. (U) REGISTRATION IS OPEN.\n",
     ['THE ROUTE GOES ALONG THE TIBER', 'THE RUN IS ON 10 MAY'], ("usg", "partner", "public")),
]


@pytest.mark.parametrize("name,text,withheld,levels,released", CASES, ids=[c[0] for c in CASES])
def test_withheld(name: str, text: str, withheld: list[str], levels: tuple[str, ...], released: list[str]) -> None:
    out = versions(text, levels)
    for phrase in withheld:
        assert " ".join(phrase.split()) in " ".join(text.split()), phrase
        for level in levels:
            assert phrase not in " ".join(out[level].split()), (level, phrase)
    for phrase in released:
        assert_released(text, phrase, "usg")


@pytest.mark.parametrize("name,text,released,levels", TRAPS, ids=[c[0] for c in TRAPS])
def test_released(name: str, text: str, released: list[str], levels: tuple[str, ...]) -> None:
    out = versions(text, levels)
    for phrase in released:
        for level in levels:
            assert phrase in " ".join(out[level].split()), (level, phrase)


assert ALL
