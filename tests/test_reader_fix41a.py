"""fix41a: a substitute command that raises a mark, of any shape, with any position phrase (issue 8), by class.

First run on main `2e21c610` (rounds 164/166's open leaks): 7 of 7 documents leaked at every level (adv164-033
`s/(U)/(S)/g on everything below the line`, adv164-034 `s&U&S//NF& para 2 above`, adv164-035 `s/(U)/(C)/ in the
second-to-last paragraph`, adv166-035 perl `s/\\(U\\)/(S)/` on everything below the line, adv166-037 `the third
paragraph from the end`, adv166-060 `sed -i 's/(U)/(C)/' for all of Part II`, adv166-061 all caps `S/(U)/(S)/ IN THE
PENULTIMATE PARAGRAPH`); after `reader/sed_scopes.py`: 0 leak, no new leak or over-redaction on rounds 160-166 and
every round holding a command. The cases below are fresh variants (other tools, delimiters, position phrases); each
`raise-*` case leaks on main, the `keep-*` cases (commands that lower, fix a typo, office symbols) release as on main.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

SECRET_TAIL = "\n\nSECRET\n"

# (id, document, phrases withheld at every level, (U) phrases released at usg)
RAISE: list[tuple[str, str, list[str], list[str]]] = [
    ('raise-vim-percent-whole-file',
     "SECRET\nFrom: Ortiz, J.\nSubject: harbor notes\n\nRan :%s/(U)/(S)/ over the notes, the whole paste is from the liaison.\n\n"
     "(U) The ferry schedule changes on Monday.\n\n"
     "(U) The coast guard commander said the navy will mine the northern channel at night.\n" + SECRET_TAIL,
     ["the navy will mine the northern channel at night", "The ferry schedule changes on Monday"], []),
    ('raise-awk-gsub-below',
     "SECRET\nFrom: Wen, Li\nSubject: readout\n\n(U) Team, run gsub(/\\(U\\)/, \"(S)\") over everything below the rule.\n"
     "=====================\n(U) The minister will resign before the budget vote in March.\n"
     "(U) The central bank governor plans to float the currency quietly.\n=====================\n"
     "(U) Thanks for the quick turnaround on the logistics table.\n" + SECRET_TAIL,
     ["The minister will resign before the budget vote", "plans to float the currency quietly"],
     ["Thanks for the quick turnaround on the logistics table"]),
    ('raise-powershell-replace-paras-range',
     "CONFIDENTIAL\n\nNote to drafter: -replace '(U)','(C)' for paras 2-3 please.\n\n"
     "1. (U) The delegation arrives on Tuesday by charter.\n\n2. (U) The envoy said the rebels hold two hostages in Kidal.\n\n"
     "3. (U) The envoy said Algiers pays the rebels through a Tamanrasset trader.\n\n4. (U) A readout will follow.\n\n"
     "CONFIDENTIAL\n",
     ["the rebels hold two hostages in Kidal", "Algiers pays the rebels through a Tamanrasset trader"],
     ["The delegation arrives on Tuesday by charter", "A readout will follow"]),
    ('raise-python-resub-last-two',
     "SECRET\n\nReviewer: re.sub(r'\\(U\\)', '(S)', text) on the last two paragraphs before filing.\n\n"
     "1. (U) The ambassador hosted the national day reception.\n\n2. (U) Turnout at the reception was high.\n\n"
     "3. (U) A general said the army will move the missile brigade to the border in May.\n\n"
     "4. (U) He named the colonel who sold the radar codes.\n\nSECRET\n",
     ["will move the missile brigade to the border in May", "He named the colonel who sold the radar codes"],
     ["The ambassador hosted the national day reception"]),
    ('raise-semicolon-antepenultimate',
     "CONFIDENTIAL\n\n1. (U) The trade fair opened on the 4th.\n\n2. (U) A deputy minister said the state firm bribed "
     "the port authority for the tender.\n\n3. (U) Attendance was lower than last year.\n\n4. (U) The fair closes on "
     "the 9th.\n\nClearer: s;(U);(C); antepenultimate para, thanks\n\nCONFIDENTIAL\n",
     ["the state firm bribed the port authority for the tender"], ["The trade fair opened on the 4th"]),
    ('raise-caps-pipe-section-two-words',
     "SECRET\n\nDRAFTER NOTE: S|(U)|(S)| THROUGHOUT SECTION TWO BEFORE DISPATCH.\n\nSECTION ONE - BACKGROUND\n"
     "1. (U) THE ELECTION IS SET FOR APRIL.\n\nSECTION TWO - CONTACT READOUT\n"
     "2. (U) THE CONTACT SAID THE GENERAL WILL ANNUL THE RESULT IF THE OPPOSITION WINS.\n"
     "3. (U) HE SAID THE GENERAL KEEPS CASH IN A DUBAI ACCOUNT.\n\nSECTION THREE - COMMENT\n"
     "4. (U) POST WILL FOLLOW UP.\n\nSECRET\n",
     ["WILL ANNUL THE RESULT IF THE OPPOSITION WINS", "KEEPS CASH IN A DUBAI ACCOUNT"],
     ["THE ELECTION IS SET FOR APRIL", "POST WILL FOLLOW UP"]),
    ('raise-tilde-paragraph-starting',
     "SECRET\n\n(U) The port reopened on Friday after the storm.\n\n(U) The harbour master said a Russian survey ship "
     "mapped the cable route last week.\n\n(U) Fuel prices were stable.\n\n"
     "Edit: s~(U)~(S)~ on the paragraph starting \"The harbour master\", per ORCA.\n\nSECRET\n",
     ["a Russian survey ship mapped the cable route"], ["The port reopened on Friday after the storm"]),
    ('raise-tab-roman-to-arabic',
     "CONFIDENTIAL\n\nPACKAGE FOR THE DAS\nDrafter: s/(U)/(C)/ for Tab II only.\n\n(U) TAB 1 - PRESS LINES\n"
     "(U) The ministry posted its statement on the website.\n\n(U) TAB 2 - MEETING NOTES\n"
     "(U) The minister asked that we keep his offer to mediate with Kigali private.\n\nCONFIDENTIAL\n",
     ["his offer to mediate with Kigali private"], ["The ministry posted its statement on the website"]),
    ('raise-fourth-to-last-numbered',
     "SECRET\n\n1. (U) Weather delayed the flights.\n\n2. (U) The source said the cartel pays a customs chief in "
     "Manzanillo.\n\n3. (U) Traffic resumed on Sunday.\n\n4. (U) Prices fell.\n\n5. (U) Post will report.\n\n"
     "Fix before release: s@(U)@(S)@ in the fourth-to-last paragraph\n\nSECRET\n",
     ["the cartel pays a customs chief in Manzanillo"], ["Weather delayed the flights"]),
    ('raise-unresolved-position-fails-closed',
     "SECRET\n\nNote: s/(U)/(S)/ on the paragraph about the cache\n\n(U) The harvest was early this year.\n\n"
     "(U) The source said the militia buries weapons under the mosque in the old town.\n\nSECRET\n",
     ["buries weapons under the mosque in the old town"], []),
]

# (id, document, (U) phrases that must still be released at usg, phrases withheld at every level)
KEEP: list[tuple[str, str, list[str], list[str]]] = [
    ('keep-lowering-command',
     "SECRET\n\n1. (U) The festival opened on Friday.\n\n2. (S) The source said the militia moved its rockets to the "
     "school.\n\n3. (U) Turnout was high.\n\nReviewer: s/(S)/(U)/ in the second-to-last paragraph (I disagree)\n\n"
     "SECRET\n",
     ["The festival opened on Friday", "Turnout was high"], ["the militia moved its rockets to the school"]),
    ('keep-typo-fix-in-para',
     "UNCLASSIFIED\n\n1. (U) The meeting is on Tusday at the embassy.\n\n2. (U) The agenda covers visas.\n\n"
     "s/Tusday/Tuesday/ in the penultimate paragraph\n\nUNCLASSIFIED\n",
     ["The meeting is on", "The agenda covers visas"], []),
    ('keep-office-symbols-routing',
     "UNCLASSIFIED\n\nClearances: S/P, C, S/ES-O, INR/S, L/EUR\n\n1. (U) The conference opens on 3 June.\n\n"
     "2. (U) The last paragraph lists the speakers.\n\nUNCLASSIFIED\n",
     ["The conference opens on 3 June", "The last paragraph lists the speakers"], []),
]


@pytest.mark.parametrize("text,withheld,released", [pytest.param(*c[1:], id=c[0]) for c in RAISE])
def test_a_raising_command_raises_what_its_words_name(text: str, withheld: list[str], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)
    for phrase in released:
        assert_released(text, phrase)


@pytest.mark.parametrize("text,released,withheld", [pytest.param(*c[1:], id=c[0]) for c in KEEP])
def test_a_command_that_raises_nothing_releases_as_before(text: str, released: list[str], withheld: list[str]) -> None:
    for phrase in released:
        assert_released(text, phrase)
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)
