"""fix48d: the UK left out by other names, partial releases, one officer (rounds 188 and 190; issue 8), by class.

First run on main 9e2f225b (tests/corpus/adversarial188 and 190, FIRST_RUN.md): 8 documents of this brief leaked at
partner: adv188-004 (a chat: the next three are SBU `and not for Cheltenham`), 006 (a UK release that covers `the
first two bullets`), 011 (slides released to exercise participants whose table leaves the UK out), 012 (CUI shown
on a laptop to a Polish officer), 013 (remarks read aloud to a Korean liaison officer), 024 (a signature disclaimer:
do not disseminate outside the Department of Homeland Security), adv190-005 (a handling list item `- Not for
Vauxhall Cross, Thames House or Cheltenham`), 011 (a memo of Embassy London: `all coalition partners except our
hosts`). After this branch: 0 of the 8 leak.

Fix, by class, only raising or adding controls:
- a ban on the UK named by a place or agency alone (`uk_government_names`) or any foreign name, in more shapes:
  `not for` after a bullet, `and`, `but`, a comma or dash, `is`/`are`; a sending verb with no object (`do not send
  to Cheltenham`); `go to` after what goes; `must not reach`; `Cheltenham does not get this` (rules, NOFORN when
  the words name someone foreign);
- text shown, read or briefed to one officer in any tense and with manner words (`on the laptop`, `aloud`), when
  the sentence says the officer is foreign (rules);
- an agency-internal disclaimer (`Do not disseminate outside the Department of Homeland Security`, `DOJ internal use
  only`, `internal to DHS`) unless the sentence lets partners have it (rules);
- a UK release of bullets or list items by position or number (`the first two bullets`, `bullets 1 and 2`, `the
  last point`): the other items' controlled portions take NOFORN (`reader/partial_releases.py`);
- `our hosts` in a document from a U.S. post in the UK (`uk_government_names.hosts`, `posts`; `evidence`);
- a release to a community whose own participant list leaves the UK out (`reader/missing_members.py`).
The cases below are fresh variants (other wordings and formats), each of which leaks at partner on main 9e2f225b
(/tmp/m48), and traps of the same shapes that must still be released.
"""
from __future__ import annotations

import pytest

from released import assert_released, level_case_tests

PARTNER = ("partner",)

# (id, document, phrases withheld at `levels`, levels, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    # A the UK named by a place or an agency alone, in a ban
    ('ban-sbu-comma-not-for-thames-house',
     "Slack export - #ops-cell\n\n09:01 dana: (U) morning, sitrep at 10\n"
     "09:02 dana: (U) next two are SBU, not for Thames House - they run their own source\n"
     "09:03 dana: (SBU) the courier switched to a Lisbon forwarding address last week\n"
     "09:04 dana: (SBU) his sister wired 4,000 euros through a Malta exchange house\n"
     "09:06 lee: (U) thanks, closing the ticket\n",
     ["the courier switched to a Lisbon forwarding address", "his sister wired 4,000 euros"], PARTNER,
     ["morning, sitrep at 10"]),
    ('ban-never-forward-to-vauxhall-cross-no-object',
     "UNCLASSIFIED//FOUO\n\nSUBJECT: (U) Botnet takedown\n\n1. (U) The takedown ran on 30 November.\n\n"
     "2. (U//FOUO) The operators kept a backup panel on a hosting provider in Chisinau.\n\n"
     "3. (U) Reminder, never forward to Vauxhall Cross.\n\nUNCLASSIFIED//FOUO\n",
     ["kept a backup panel on a hosting provider in Chisinau"], PARTNER, ["The takedown ran on 30 November"]),
    ('ban-bulleted-handling-item-not-for-northwood',
     "CUI\n\nSUBJECT: (U) Port visit security\n\n(CUI) Two harbour cameras at the north mole are out of service.\n\n"
     "Handling:\n* File under the port visit folder.\n* Not for Northwood or the MoD Main Building.\n\nCUI\n",
     ["Two harbour cameras at the north mole are out of service"], PARTNER, []),
    ('ban-name-first-does-not-get-this',
     "SBU\n\n(U) Weekly note, fraud cell.\n\n(SBU) The shell company in Larnaca paid three customs brokers.\n\n"
     "(U) Reminder: Vauxhall Cross does not get this one.\n\nSBU\n",
     ["The shell company in Larnaca paid three customs brokers"], PARTNER, ["Weekly note, fraud cell"]),
    ('ban-these-must-not-go-to-cheltenham',
     "UNCLASSIFIED//SBU\n\n(U) Cyber cell notes.\n\n(SBU) The wiper variant reused a stolen code-signing key.\n\n"
     "(U) These must not go to Cheltenham until the vendor patches.\n\nUNCLASSIFIED//SBU\n",
     ["The wiper variant reused a stolen code-signing key"], PARTNER, ["Cyber cell notes"]),
    # B a UK release of bullets or list items by position or number
    ('bullets-top-three-to-the-uk',
     "CUI\n\n(U) Talking points. The top three points have been approved for release to the UK team; hold the rest.\n\n"
     "* Berth 4 dredging finishes in May.\n* The pilot boat roster is short two crews.\n"
     "* Fuel deliveries move to night shifts.\n* The port police chief is under a bribery inquiry.\n\nCUI\n",
     ["The port police chief is under a bribery inquiry"], PARTNER, []),
    ('bullets-numbered-one-and-two-shared-with-hmg',
     "CUI\n\n(U) Bullets 1 and 2 may be shared with HMG.\n\n"
     "- The ferry operator lost its security certificate.\n- Two scanners at gate B are offline.\n"
     "- A customs officer sold the inspection schedule to a smuggling crew.\n\nCUI\n",
     ["A customs officer sold the inspection schedule"], PARTNER, []),
    # C shown, read or briefed to one foreign officer
    ('shown-on-tablet-to-japanese-exchange-officer',
     "CUI\n\nSUBJECT: (U) Airfield survey\n\n1. (U) The survey team finished on 1 December.\n\n"
     "2. (U) Paragraph 3 was shown on a tablet to Cdr Sato, the Japanese exchange officer, and to nobody else.\n\n"
     "3. (CUI) The runway lighting at the east end fails in heavy rain.\n\nCUI\n",
     ["The runway lighting at the east end fails in heavy rain"], PARTNER, ["The survey team finished on 1 December"]),
    ('read-out-to-the-french-liaison-officer',
     "UNCLASSIFIED//FOUO\n\n(U) Minutes, logistics sync.\n\n"
     "(U) The chair read out the next item to the French liaison officer.\n\n"
     "(U//FOUO) Depot 7 will run out of spare tyres for the trucks by mid-January.\n\nUNCLASSIFIED//FOUO\n",
     ["Depot 7 will run out of spare tyres"], PARTNER, ["Minutes, logistics sync"]),
    # D an agency-internal disclaimer
    ('disclaimer-doj-internal-use-only',
     "UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE\n\n(U) Case update.\n\n"
     "(U//LES) The suspect rented two storage units in Newark under an alias.\n\n"
     "Notice: DOJ internal use only.\n\nUNCLASSIFIED//LAW ENFORCEMENT SENSITIVE\n",
     ["The suspect rented two storage units in Newark"], PARTNER, ["Case update"]),
    ('disclaimer-not-beyond-the-fbi',
     "UNCLASSIFIED//FOUO\n\n(U) Field note.\n\n(U//FOUO) The crew used rented vans with cloned plates.\n\n"
     "This document may not be distributed beyond the Federal Bureau of Investigation.\n\nUNCLASSIFIED//FOUO\n",
     ["The crew used rented vans with cloned plates"], PARTNER, ["Field note"]),
    # E our hosts, in a document from a U.S. post in the UK
    ('our-hosts-consulate-edinburgh',
     "SBU\n\nU.S. CONSULATE GENERAL EDINBURGH\nNOTE FOR THE FILE\n\n(U) Energy round table, 2 December.\n\n"
     "(SBU) Two operators said the North Sea decommissioning fund is short by a third.\n\n"
     "(U) Shareable with the other Five Eyes consulates, but not with our hosts.\n\nSBU\n",
     ["the North Sea decommissioning fund is short by a third"], PARTNER, ["Energy round table, 2 December"]),
    # F a participant list without the UK
    ('participants-list-without-uk',
     "CUI\n\n(U) CUI in this plan may be shared with Exercise POLAR GATE participants.\n\n"
     "(U) Participating nations: Finland, Sweden, Norway, United States.\n\n"
     "(CUI) The field hospital will be staffed at half strength in week one.\n\nCUI\n",
     ["The field hospital will be staffed at half strength"], PARTNER, []),
]

# (id, level, document, phrase that must still be released at `level`)
TRAPS: list[tuple[str, str, str, str]] = [
    ('trap-cheltenham-races-chat', "partner",
     "Teams chat\n\n(U) anyone going to Cheltenham for the Gold Cup? not for me this year\n"
     "(SBU) the contract extension for the badge readers is approved\n",
     "the contract extension for the badge readers is approved"),
    ('trap-bullets-no-release', "partner",
     "CUI\n\n(U) The first two bullets are the priorities for this week.\n\n"
     "- Replace the gate badge readers.\n- Repaint the loading dock.\n- Audit the visitor log retention.\n\nCUI\n",
     "Audit the visitor log retention"),
    ('trap-laptop-shown-at-trade-fair', "partner",
     "SBU\n\n(U) The rugged laptop was shown at the Farnborough trade fair to visitors from many countries.\n\n"
     "(SBU) The vendor's delivery slipped by three weeks.\n\nSBU\n",
     "The vendor's delivery slipped by three weeks"),
    ('trap-disclaimer-allows-partners', "partner",
     "UNCLASSIFIED//FOUO\n\n(U//FOUO) The shipment cleared customs at Felixstowe on Monday.\n\n"
     "Do not disseminate outside DHS and its international partners.\n\nUNCLASSIFIED//FOUO\n",
     "The shipment cleared customs at Felixstowe on Monday"),
    ('trap-our-hosts-embassy-seoul', "partner",
     "SBU\n\nU.S. EMBASSY SEOUL\n\n(SBU) Two delegations asked for more time on the shipbuilding quota.\n\n"
     "SBU - Releasable to all coalition partners except our hosts.\n",
     "Two delegations asked for more time on the shipbuilding quota"),
    ('trap-participants-with-uk', "partner",
     "CUI\n\n(U) CUI in this plan may be shared with Exercise POLAR GATE participants.\n\n"
     "(U) Participating nations: Finland, Sweden, United Kingdom, United States.\n\n"
     "(CUI) The field hospital will be staffed at half strength in week one.\n\nCUI\n",
     "The field hospital will be staffed at half strength"),
]


test_withheld, test_released = level_case_tests(CASES)


@pytest.mark.parametrize("case_id,level,text,phrase", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_released(case_id: str, level: str, text: str, phrase: str) -> None:
    assert_released(text, phrase, level)
