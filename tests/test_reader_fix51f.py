"""fix51f: round 198's conditions not shown met (issue 8), by class.

Round 198 (tests/corpus/adversarial198/FIRST_RUN.md) leaked four documents at partner on main `04f90b38` whose release
to the UK waits on a condition the document's own records show not met: adv198-031 (Markdown `Rel GBR` cell `after 30
days' notice to the host government`, notice sent 30 November, tracker dated 4 December), adv198-034 (cover sheet: `[X]
Release to GBR authorized`, `[ ] Originator concurrence obtained (required for GBR release)`), adv198-036 (form: `[X] GBR
-- conditional (condition: ...)`, `Condition satisfied: [ ] Yes`), adv198-038 (CSV rel cell `GBR (upon ratification of
Annex 2)`, status column `not ratified`). After this branch: none of the four leaks.

Classes, each with fresh cases of other wordings and formats (first run on main `04f90b38`, /tmp/m51: all 13 LEAKS
cases leak at partner; all 7 TRAPS release at partner): 1 a release after a waiting period counted from a date the
document states, not run by the document's own date (its first date): a Markdown cell, a JSON field, a TSV cell, a
label line; 2 a form whose box a release requires is unticked (`[ ]`, `☐`, `: No`), or a ticked conditional UK release
whose `Condition satisfied` / `Conditions fulfilled` box or field is not ticked or filled (`: No`, `____`); 3 a release
cell naming the UK with its condition in parentheses whose row's status column says it is not met (`unsigned`,
`requested`, `no`, `not yet ratified`). Fix: reader/unmet_conditions.py behind new `controls_in_words` patterns
(rules/markings.yaml, the fix51f block; words in rules/record_words.yaml `unmet_conditions`): each only decides
whether a NOFORN stands, and fails closed (no date, box or status found: not met). Traps (the condition shown met: the
period run by the document's date, the required box ticked or `Yes`, `Condition satisfied: [X] Yes`, the status
`signed`/`ratified`) still release at partner.
Whole harness (12,160 documents, rounds 1-199) against /tmp/s51/t0_all.txt: NEW LEAKS 0; fixed 4 (adv198-031/034/036/
038); usg over-redaction 3,908 -> 3,908; partner over-redaction (scripts/harness/partner_over.py) on rounds 197-199
and on the 101 documents any new pattern matches: 0 new drops.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

PARTNER = ("partner",)

# (id, document, phrases withheld at partner, (U) phrases released at partner)
LEAKS: list[tuple[str, str, list[str], list[str]]] = [
    # 1 a release after a waiting period counted from a date the document states, not yet run by the document's date
    ('wait-md-cell-days-after-notification',
     "# Liaison release tracker (updated 9 January 2027)\nBanner: UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n"
     "| # | text | mark | Share with UK | remarks |\n|----|------|------|---------------|---------|\n"
     "| 1 | (U) The harbour pilots meet on Tuesdays | U | yes | - |\n"
     "| 2 | (U//FOUO) The pilot roster lists two vacancies at the north jetty | FOUO | 21 days after notification of the port authority | notified 3 Jan |\n"
     "| 3 | (U) The jetty reopens in spring | U | yes | - |\n\n"
     "Notification of the port authority was given on 3 January 2027.\n",
     ['The pilot roster lists two vacancies at the north jetty'], ['The harbour pilots meet on Tuesdays']),
    ('wait-json-field-days-notice',
     "{\n  \"record\": \"liaison share log\",\n  \"dated\": \"2026-12-10\",\n  \"banner\": \"UNCLASSIFIED//SBU\",\n"
     "  \"host_notice_sent\": \"2026-12-01\",\n  \"items\": [\n"
     "    {\"mark\": \"U\", \"text\": \"(U) The ferry timetable changes in January\", \"rel_gbr\": \"yes\"},\n"
     "    {\"mark\": \"SBU\", \"text\": \"(SBU) The ferry operator pays the port police for early berths\", "
     "\"rel_gbr\": \"after 30 days' notice to the host nation\"}\n  ]\n}\n",
     ['The ferry operator pays the port police for early berths'], ['The ferry timetable changes in January']),
    ('wait-tsv-cell-day-period-from-notice',
     "Export: liaison sheet\tdated 2027-02-02\nBanner: CUI\n\nrow\ttext\tmarking\tRel UK\n"
     "1\tDock workers struck for two hours\tU\tyes\n"
     "2\tThe smuggling crew changed its landing beach to Playa Norte\tCUI\tafter a 60-day notice period (notice given 2027-01-20)\n",
     ['The smuggling crew changed its landing beach to Playa Norte'], ['Dock workers struck for two hours']),
    ('wait-label-line-fortnight-prior-notification',
     "CASE SUMMARY -- Legat Manila\nDate: 3 February 2027\nMarking: UNCLASSIFIED//LES\n"
     "Rel GBR: 14 days after prior notification to the PNP (notified 28 January 2027)\n\n"
     "1. (U) The task force met at Camp Crame.\n"
     "2. (LES) The suspect's sister wires money from Cebu every Friday.\n",
     ["The suspect's sister wires money from Cebu every Friday"], ['The task force met at Camp Crame']),
    # 2 a form whose box a release requires is left unticked (`[ ]`, a box glyph, `( )`, `No`, an empty value)
    ('box-required-bracket-unticked',
     "TRANSMITTAL SHEET -- Consulate General Erbil\nDate: 2 December 2026\nMarking: UNCLASSIFIED//SBU\n"
     "Foreign release:\n  [x] Share with the United Kingdom\n  [ ] DCM approval (mandatory before any UK release)\n\n"
     "1. (U) The governorate opened a new passport office.\n"
     "2. (SBU) Two checkpoint officers are selling travel permits.\n",
     ['Two checkpoint officers are selling travel permits'], ['The governorate opened a new passport office']),
    ('box-required-glyph-unticked',
     "RELEASE CHECKLIST -- Office of Naval Research Global, London\nDate: 4 November 2026\n"
     "Classification: UNCLASSIFIED//FOUO\n"
     "☒ Release to GBR approved\n☐ Legal review completed (required before release to GBR)\n\n"
     "(U) The sonar trial ran for three weeks.\n(U//FOUO) The array lost lock twice below 400 metres.\n",
     ['The array lost lock twice below 400 metres'], ['The sonar trial ran for three weeks']),
    ('box-required-no-value',
     "COVER SHEET -- Embassy Tbilisi, ECON\nDate: 9 December 2026\nClassification: UNCLASSIFIED//SBU\n"
     "Release to UK authorized: Yes\nOriginator concurrence obtained (required for UK release): No\n\n"
     "1. (U) Wine exports grew again.\n2. (SBU) The customs chief is blocking two shipments for a bribe.\n",
     ['The customs chief is blocking two shipments for a bribe'], ['Wine exports grew again']),
    ('box-conditional-glyph-conditions-fulfilled-no',
     "RELEASE DETERMINATION -- NAVEUR N2 FDO\nDate: 3 December 2026\nClassification: UNCLASSIFIED//FOUO\n"
     "Release to:\n  \u2612 GBR, conditional upon the legal review of paragraph 2\n  \u2610 FRA\n"
     "Conditions fulfilled: No\n\n"
     "1. (U) The port visit to Souda Bay is confirmed.\n"
     "2. (U//FOUO) The pier can berth only one destroyer at a time.\n",
     ['The pier can berth only one destroyer at a time'], ['The port visit to Souda Bay is confirmed']),
    ('box-conditional-condition-satisfied-blank',
     "FOREIGN DISCLOSURE RECORD -- AFRICOM J2\nDate: 2 December 2026\nClassification: UNCLASSIFIED//FOUO\n"
     "[X] UK -- conditional release (condition: after the legal adviser's review)\n"
     "Condition satisfied: ____   Date: ____\n\n"
     "1. (U) The exercise ends on Friday.\n"
     "2. (U//FOUO) The Djibouti hangar can hold only two C-17s.\n",
     ['The Djibouti hangar can hold only two C-17s'], ['The exercise ends on Friday']),
    # 3 a release condition in parentheses in a cell whose status column says it is not met
    ('status-csv-signed-column-unsigned',
     "# export: Fisheries patrol log, 2026-11-20\n# banner: CUI\nid,time,marking,rel,mou_status,entry\n"
     "1,0610,U,ALL,unsigned,\"Patrol began at first light\"\n"
     "2,0720,CUI,GBR (once the fisheries MOU is signed),unsigned,\"A trawler switched off its transponder east of the bank\"\n",
     ['A trawler switched off its transponder east of the bank'], ['Patrol began at first light']),
    ('status-csv-approval-requested',
     "# export: sanctions leads, 2026-10-02\n# banner: CUI\nrow,marking,rel,ofac_approval,text\n"
     "1,U,ALL,n/a,\"Public list updated\"\n"
     "2,CUI,GBR (subject to OFAC approval),requested,\"A Dubai broker is fronting for the tanker owner\"\n",
     ['A Dubai broker is fronting for the tanker owner'], ['Public list updated']),
    ('status-tsv-entry-into-force-no',
     "log\t2026-12-01\nbanner: CUI\n\nrow\tmarking\trelease\tprotocol in force\ttext\n"
     "1\tU\tALL\tno\tThe buoy tender left port\n"
     "2\tCUI\tGBR (after entry into force of the Protocol)\tno\tA drone was seen over the fuel pier at night\n",
     ['A drone was seen over the fuel pier at night'], ['The buoy tender left port']),
    ('status-csv-ratification-not-yet',
     "# export: harbour log, 2026-09-09\n# banner: CUI\nrow,time_utc,marking,rel,ratification_status,text\n"
     "1,0100,U,ALL,not yet ratified,\"The pier reopened\"\n"
     "2,0200,CUI,GBR (upon ratification of the Annex),not yet ratified,\"The tug captain carries cash for the cartel\"\n",
     ['The tug captain carries cash for the cartel'], ['The pier reopened']),
]

# (id, document, phrases released at partner): the condition shown met (traps of the same shapes)
TRAPS: list[tuple[str, str, list[str]]] = [
    ('trap-wait-period-run',
     "# Liaison release tracker (updated 20 February 2027)\nBanner: UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n"
     "| # | text | mark | Share with UK | remarks |\n|----|------|------|---------------|---------|\n"
     "| 1 | (U) The harbour pilots meet on Tuesdays | U | yes | - |\n"
     "| 2 | (U//FOUO) The pilot roster lists two vacancies at the north jetty | FOUO | 21 days after notification of the port authority | notified 3 Jan |\n\n"
     "Notification of the port authority was given on 3 January 2027.\n",
     ['The pilot roster lists two vacancies at the north jetty']),
    ('trap-box-required-ticked',
     "TRANSMITTAL SHEET -- Consulate General Erbil\nDate: 2 December 2026\nMarking: UNCLASSIFIED//SBU\n"
     "Foreign release:\n  [x] Share with the United Kingdom\n  [x] DCM approval (mandatory before any UK release) -- 1 Dec, KLM\n\n"
     "1. (U) The governorate opened a new passport office.\n"
     "2. (SBU) Two checkpoint officers are selling travel permits.\n",
     ['Two checkpoint officers are selling travel permits']),
    ('trap-box-required-yes',
     "COVER SHEET -- Embassy Tbilisi, ECON\nDate: 9 December 2026\nClassification: UNCLASSIFIED//SBU\n"
     "Release to UK authorized: Yes\nOriginator concurrence obtained (required for UK release): Yes, 8 Dec 2026\n\n"
     "1. (U) Wine exports grew again.\n2. (SBU) The customs chief is blocking two shipments for a bribe.\n",
     ['The customs chief is blocking two shipments for a bribe']),
    ('trap-conditional-condition-satisfied-ticked',
     "FOREIGN DISCLOSURE RECORD -- AFRICOM J2\nDate: 2 December 2026\nClassification: UNCLASSIFIED//FOUO\n"
     "[X] UK -- conditional release (condition: after the legal adviser's review)\n"
     "Condition satisfied: [X] Yes   Date: 1 December 2026\n\n"
     "1. (U) The exercise ends on Friday.\n"
     "2. (U//FOUO) The Djibouti hangar can hold only two C-17s.\n",
     ['The Djibouti hangar can hold only two C-17s']),
    ('trap-wait-json-period-run',
     "{\n  \"record\": \"liaison share log\",\n  \"dated\": \"2027-01-15\",\n  \"banner\": \"UNCLASSIFIED//SBU\",\n"
     "  \"host_notice_sent\": \"2026-12-01\",\n  \"items\": [\n"
     "    {\"mark\": \"SBU\", \"text\": \"(SBU) The ferry operator pays the port police for early berths\", "
     "\"rel_gbr\": \"after 30 days' notice to the host nation\"}\n  ]\n}\n",
     ['The ferry operator pays the port police for early berths']),
    ('trap-status-column-signed',
     "# export: Fisheries patrol log, 2026-11-20\n# banner: CUI\nid,time,marking,rel,mou_status,entry\n"
     "1,0610,U,ALL,signed 2026-11-02,\"Patrol began at first light\"\n"
     "2,0720,CUI,GBR (once the fisheries MOU is signed),signed 2026-11-02,\"A trawler switched off its transponder east of the bank\"\n",
     ['A trawler switched off its transponder east of the bank']),
    ('trap-status-ratified',
     "# export: harbour log, 2026-09-09\n# banner: CUI\nrow,time_utc,marking,rel,ratification_status,text\n"
     "1,0100,U,ALL,ratified,\"The pier reopened\"\n"
     "2,0200,CUI,GBR (upon ratification of the Annex),ratified,\"The tug captain carries cash for the cartel\"\n",
     ['The tug captain carries cash for the cartel']),
]


@pytest.mark.parametrize("case_id,text,withheld,released", LEAKS, ids=[c[0] for c in LEAKS])
def test_condition_not_shown_met_withholds_at_partner(case_id, text, withheld, released):
    for phrase in withheld:
        assert_withheld(text, phrase, PARTNER)
    for phrase in released:
        assert_released(text, phrase, "partner")


@pytest.mark.parametrize("case_id,text,released", TRAPS, ids=[c[0] for c in TRAPS])
def test_condition_shown_met_releases_at_partner(case_id, text, released):
    for phrase in released:
        assert_released(text, phrase, "partner")
