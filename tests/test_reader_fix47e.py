"""fix47e: partial, lapsed and shown releases; envelopes and headers (rounds 185 and 187; issue 8), by class.

First run on main be2bae98 (tests/corpus/adversarial185 and 187, FIRST_RUN.md): 9 documents leaked that are this
brief's: adv185-004 (a UK release that covers Table 1 only), 007 (pass subparagraphs 3a-3b to the British Embassy),
009 (may be briefed orally to a Jordanian officer), 013 (a release to exercise participants the UK withdrew from),
017 (`ANNEX B - FOR U.S. EYES` over unmarked lines), 022 (a compilation note after (U) table rows), 035 (an
extracted attachment named `brief_SECRET_NOFORN_v3.docx`), adv187-031 (an XLIFF header note `Classification:
SECRET`), adv187-040 (a naval message line `UNCLAS FOUO NOFORN`). After this branch: 0 of the 9 leak.

Fix, by class, only raising or adding controls:
- a UK release that names parts (`REL TO USA, GBR for Table 1 only`, `may pass subparagraphs 3a and 3b to the
  British`, `The UK release covers Annex A`): every controlled portion outside the named parts takes NOFORN, all of
  them when a part is not found or the sentence holds a negation (`reader/partial_releases.py`);
- a release to a community the UK left (`withdrew from`, `pulled out of`), or a UK release that lapsed, expired or
  was revoked: every controlled portion takes NOFORN (`reader/withdrawn_members.py`);
- text that may be briefed or shown to one officer (`may be briefed orally to Lt. Col. ...`, `can be shown on screen
  to Major ...`, `you may brief ... to Colonel ...`), `FOR U.S. EYES` without ONLY, and a naval classification line
  `UNCLAS FOUO NOFORN`: NOFORN (`controls_in_words`, rules/markings.yaml);
- a compilation statement raises the blocks it names (`Table 2`, `List 4`, `the rows above`;
  `reader/compilation_parts.py`), and an unresolved statement its portion swallowed after a blank line raises that
  portion's marked text too (`governing._apply`);
- a level in the middle of a file name (`brief_SECRET_NOFORN_v3.docx`, `readout_CONFIDENTIAL_final.pdf`; rules) and
  a markup header note that states a level (`<note>Classification: SECRET</note>`, `<!-- Classification: ... -->`,
  `<prop type="classification">`) govern the unmarked parts under them, except a unit with its own level note
  (`reader/header_notes.py`).
The cases below are fresh variants (other wordings and formats), each of which leaks on main be2bae98 (/tmp/m47), and
traps of the same shapes that main releases and that must still be released.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, level_case_tests

PARTNER = ("partner",)

# (id, document, phrases withheld at `levels`, levels, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    # A a UK release that names the parts it covers
    ('partial-annex-a-only',
     "SENSITIVE BUT UNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: (U) Harbour security talks\n\n"
     "1. (U) The talks with the Royal Navy took place in Portsmouth on 4 November.\n\n"
     "2. (U) The UK release covers Annex A; the assessment was not cleared.\n\n"
     "ANNEX A - SCHEDULE\nJoint diving survey of berth 12 in the first week of March.\n\n"
     "ANNEX B - ASSESSMENT\nThe port authority chief is suspected of selling berth schedules to a shipping broker.\n\n"
     "SENSITIVE BUT UNCLASSIFIED\n",
     ["suspected of selling berth schedules to a shipping broker"], PARTNER,
     ["The talks with the Royal Navy took place in Portsmouth"]),
    ('partial-paragraphs-two-and-three',
     "UNCLAS SECTION 01 OF 01 STATE 220145\n\nSENSITIVE\nSIPDIS\n\nE.O. 13526: N/A\nTAGS: PREL, UK\n"
     "SUBJECT: Demarche on fisheries enforcement\n\n1. (U) Action request in paragraph 5.\n\n"
     "2. (SBU) We support a joint inspection regime for the northern banks.\n\n"
     "3. (SBU) We will fund two patrol boats for the regional coast guard.\n\n"
     "4. (SBU) The deputy minister has quietly taken payments from a trawler consortium.\n\n"
     "5. (U) Embassy London may share paragraphs 2 and 3 with HMG counterparts.\n\nBLINKEN\n",
     ["quietly taken payments from a trawler consortium"], PARTNER,
     ["Action request in paragraph 5"]),
    # B a release to a community the UK left, a lapsed UK release
    ('community-uk-pulled-out',
     "CUI\n\nSUBJECT: (U) NORTHERN SHIELD logistics\n\n"
     "(U) The CUI in this note may be shared with NORTHERN SHIELD coalition partners.\n"
     "(U) Britain pulled out of NORTHERN SHIELD at the end of October.\n\n"
     "(CUI) The fuel barge will berth at the northern quay on the night of the 14th.\n\n"
     "(U) Questions to the J4 desk.\n\nCUI\n",
     ["fuel barge will berth at the northern quay"], PARTNER, ["Questions to the J4 desk"]),
    ('lapsed-uk-release-revoked',
     "SENSITIVE BUT UNCLASSIFIED\n\nSUBJECT: (U) Visa fraud ring\n\n"
     "1. (U) The FDO notes that the release of this report to the United Kingdom was revoked on 2 December.\n\n"
     "2. (SBU) A travel agency in Lagos sold forged bank statements to about forty applicants.\n\n"
     "3. (U) The consular section will report again in January.\n\nSENSITIVE BUT UNCLASSIFIED\n",
     ["sold forged bank statements to about forty applicants"], PARTNER, ["The consular section will report again"]),
    # C shown or briefed to one foreign officer
    ('shown-on-screen-to-major',
     "CUI\n\nSubject: Counter-drone trial results\n\n"
     "(U) The results below can be shown on screen to Major Sophie Laurent of the French liaison cell.\n\n"
     "(CUI) The jammer failed against three of the five commercial drones at ranges over 800 metres.\n\n"
     "(U) The next trial is in February.\n\nCUI\n",
     ["jammer failed against three of the five commercial drones"], PARTNER, ["The next trial is in February"]),
    ('brief-colonel-orally',
     "SENSITIVE BUT UNCLASSIFIED\n\nSubject: Points for the Tuesday call\n\n"
     "(U) You may brief the points below orally to Colonel Ahmed Saleh before the call.\n\n"
     "(SBU) The second radar site will not be ready until the autumn because of a permit dispute.\n\n"
     "(U) The call starts at 09:30.\n\nSENSITIVE BUT UNCLASSIFIED\n",
     ["second radar site will not be ready until the autumn"], PARTNER, ["The call starts at 09:30"]),
    ('appendix-for-us-eyes',
     "SENSITIVE BUT UNCLASSIFIED\n\nMEMORANDUM\n\nSUBJECT: (U) Training review\n\n"
     "1. (U) The review with the UK staff college closed on 2 December.\n\n"
     "APPENDIX 2 - FOR US EYES\nThe college commandant is expected to be replaced after the audit.\n"
     "Our funding share should be cut if the replacement is a civilian.\n\n"
     "SENSITIVE BUT UNCLASSIFIED\n",
     ["commandant is expected to be replaced after the audit"], PARTNER, ["The review with the UK staff college closed"]),
    ('navy-line-unclas-sbu-noforn',
     "P 021200Z DEC 26\nFM COMSUBPAC\nTO CTF SEVEN FOUR\nBT\nUNCLAS SBU NOFORN //N04400//\n"
     "SUBJ/PIER SPACE, SPRING 2027//\nRMKS/1. (U) PIER SPACE FOR THE SPRING PERIOD FOLLOWS.\n"
     "2. (SBU) TWO SUBMARINES WILL SHARE PIER BRAVO DURING THE DREDGING OF PIER ALFA IN APRIL.\n"
     "3. (U) ADVISE OF CONFLICTS.//\nBT\n#0101\nNNNN\n",
     ["TWO SUBMARINES WILL SHARE PIER BRAVO DURING THE DREDGING"], PARTNER, ["ADVISE OF CONFLICTS"]),
    # D a compilation statement that its own portion swallowed
    ('compilation-list-in-aggregate',
     "UNCLASSIFIED\n\nARMY MATERIEL COMMAND\nDepot Stocks Review, Pacific, December 2026\n\n"
     "1. (U) This review lists depot stocks.\n\n2. (U) List 4 gives depot holdings.\n\nList 4: Depot holdings\n"
     "(U) Depot North holds 4,000 mortar rounds and 900 rockets\n(U) Depot South holds 2,500 mortar rounds and 300 rockets\n\n"
     "Note on List 4: no row is sensitive alone; in aggregate the list is classified SECRET.\n\n"
     "3. (U) The next review is due in June.\n\nUNCLASSIFIED\n",
     ["Depot North holds 4,000 mortar rounds", "Depot South holds 2,500 mortar rounds"], ALL, []),
    # E a file name or a header note that states a level
    ('extracted-file-name-confidential',
     "UNCLASSIFIED\n\nFrom: Ortiz, Ana\nTo: Lee, Sam\nSubject: notes\n\nUNCLASSIFIED\n\n"
     "(U) Sam, the notes from the call are attached.\n\nAttachments: readout_CONFIDENTIAL_final.pdf\n\n"
     "[Attachment text: readout_CONFIDENTIAL_final.pdf]\n"
     "The minister hinted that the election will be postponed to next spring.\n[End of attachment text]\n\n"
     "Ana\n\nUNCLASSIFIED\n",
     ["election will be postponed to next spring"], ALL, ["the notes from the call are attached"]),
    ('xliff2-notes-category-classification',
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"2.0\" srcLang=\"ar\" trgLang=\"en\">\n"
     "  <file id=\"f1\" original=\"call_0412.txt\">\n    <notes>\n"
     "      <note category=\"security\">Security classification: CONFIDENTIAL</note>\n    </notes>\n"
     "    <unit id=\"u1\">\n      <segment>\n        <source>سيصل الوفد يوم الخميس.</source>\n"
     "        <target>The delegation will arrive on Thursday through the southern crossing</target>\n"
     "      </segment>\n    </unit>\n    <unit id=\"u2\">\n      <note>UNCLASSIFIED</note>\n"
     "      <segment>\n        <source>شكرا.</source>\n        <target>Thanks to the team for the fast work</target>\n"
     "      </segment>\n    </unit>\n  </file>\n</xliff>\n",
     ["The delegation will arrive on Thursday through the southern crossing"], ALL, []),
    ('xliff-header-comment-classification',
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\">\n  <file source-language=\"fa\" "
     "target-language=\"en\" datatype=\"plaintext\" original=\"radio_0930.txt\">\n    <header>\n"
     "      <!-- Classification: CONFIDENTIAL -->\n      <note>Reviewed by linguist 7</note>\n    </header>\n    <body>\n"
     "      <trans-unit id=\"a1\">\n        <source>قایق ها شب حرکت می کنند.</source>\n"
     "        <target>The boats will move at night from the northern pier toward the strait</target>\n"
     "      </trans-unit>\n      <trans-unit id=\"a2\">\n        <note>UNCLASSIFIED</note>\n"
     "        <source>پایان.</source>\n        <target>End of the recording and of the file</target>\n"
     "      </trans-unit>\n    </body>\n  </file>\n</xliff>\n",
     ["The boats will move at night from the northern pier toward the strait"], ALL, []),
]

# traps of the same shapes: text main releases that must still be released
# (id, level, document, phrase released at that level)
TRAPS: list[tuple[str, str, str, str]] = [
    ('trap-ordinary-table-uk-share', "partner",
     "SENSITIVE BUT UNCLASSIFIED\n\nSUBJECT: (U) Donor figures\n\n"
     "1. (U) Table 1 shows the share provided to the UK fund and to the EU fund.\n\n"
     "2. (SBU) The pooled fund will close its Juba office in March to save costs.\n\nSENSITIVE BUT UNCLASSIFIED\n",
     "The pooled fund will close its Juba office in March"),
    ('trap-classification-guide-file-name', "usg",
     "UNCLASSIFIED\n\nFrom: Ortiz, Ana\nTo: Lee, Sam\nSubject: guide\n\nUNCLASSIFIED\n\n"
     "(U) Sam, the guide is attached.\n\nAttachments: classification_guide_2024.pdf\n\n"
     "[Extracted text: classification_guide_2024.pdf]\n"
     "Portion markings go at the start of each paragraph in parentheses.\n[End of extracted text]\n\n"
     "Ana\n\nUNCLASSIFIED\n",
     "Portion markings go at the start of each paragraph in parentheses"),
    ('trap-public-translation-file', "usg",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\">\n  <file source-language=\"de\" "
     "target-language=\"en\" datatype=\"plaintext\" original=\"press.txt\">\n    <header>\n"
     "      <note>Classification: UNCLASSIFIED - public press release</note>\n    </header>\n    <body>\n"
     "      <trans-unit id=\"1\">\n        <note>UNCLASSIFIED</note>\n        <source>Die Brücke wird im Mai eröffnet.</source>\n"
     "        <target>The new bridge over the river will open to traffic in May</target>\n      </trans-unit>\n"
     "      <trans-unit id=\"2\">\n        <source>Der Eintritt ist frei.</source>\n"
     "        <target>Entry to the opening ceremony is free for all residents</target>\n      </trans-unit>\n"
     "    </body>\n  </file>\n</xliff>\n",
     "Entry to the opening ceremony is free for all residents"),
    ('trap-uk-left-the-eu', "partner",
     "SENSITIVE BUT UNCLASSIFIED\n\nSUBJECT: (U) Customs data\n\n"
     "1. (U) The SBU below may be shared with NATO members.\n\n"
     "2. (U) The UK left the European Union in 2020, so its customs data now come from HMRC.\n\n"
     "3. (SBU) Two freight forwarders in Rotterdam relabel dual-use parts as farm machinery.\n\n"
     "SENSITIVE BUT UNCLASSIFIED\n",
     "Two freight forwarders in Rotterdam relabel dual-use parts"),
    ('trap-unit-with-own-unclassified-note', "usg",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\">\n  <file source-language=\"ru\" "
     "target-language=\"en\" datatype=\"plaintext\" original=\"x.txt\">\n    <header>\n"
     "      <note>Classification: CONFIDENTIAL</note>\n    </header>\n    <body>\n"
     "      <trans-unit id=\"9\">\n        <note>UNCLASSIFIED</note>\n        <source>Спасибо.</source>\n"
     "        <target>Thank you for the quick turnaround on this batch of files</target>\n      </trans-unit>\n"
     "    </body>\n  </file>\n</xliff>\n",
     "Thank you for the quick turnaround on this batch of files"),
]


test_withheld, test_released = level_case_tests(CASES)


@pytest.mark.parametrize("case_id,level,text,phrase", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_released(case_id: str, level: str, text: str, phrase: str) -> None:
    assert_released(text, phrase, level)
