"""fix43b: a reply or record outside the marked text that says a part it quotes or names is or should be higher
(issue 8), by class.

First run (main 469c2454): the ten strict xfails of round 171 leaked (adv171-008 an Outlook markup list `Deleted
"(U)" Inserted "(C)" paragraph beginning "The deputy governor"`, 009 a SharePoint reply quoting a (U) paragraph in a
`>` block, `This one is S`, 010 a Slack reply quoting with `>`, `this needs to be (C//NF)`, 012 a Remedy work info
`remark para under Logistics: U -> C`, 013 a Salesforce comment `the paragraph about the fuel convoy should carry
(S//NF)`, 036 a Bugzilla comment `the Findings section of attachment 118 should be marked S`, 040 a Discord `->
replying to marisa: "(U) ..."` then `raise to C plz`, 042 a Phabricator `weekly.txt:9` / `Mark is wrong: S//NF` on a
numbered listing, 044 a Jira History row `bullet "Dr. Sahin": U    bullet "Dr. Sahin": S`, 045 a Redmine journal
`Classification of "Annex A" changed from U to S`); after `reader/part_remarks.py`, none.

Classes: 1 a reply that quotes a part (`>` lines, `replying to`, `In reply to`, a quoted line) and says in any words
that it is or should be higher; 2 a record naming a part by heading, subject words, a person in it, a listing's line
number or an annex/section name; 3 fail closed: a part not found raises every lower marked portion. A record that
lowers (`S -> U`) raises nothing. The cases below are mine (new wording and formats), each failing on main; the
`keep-*` cases are traps of the same shape whose (U) text must stay released.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# (id, document, phrases withheld at every level, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    ('gt-quote-secret-word',
     "SECRET\nForum export -- thread 'Harbour notes'\n"
     "Posted by L. Amari\n(U) The harbour master repainted the eastern breakwater lights.\n"
     "(U) A pilot told us the coast guard launches are fuelled by the smuggling ring.\n"
     "(U) Dredging resumes after the holiday.\n\n"
     "Reply by P. Ndlovu\n> A pilot told us the coast guard launches\n"
     "honestly that line is secret, please pull it\n\nSECRET\n",
     ['the coast guard launches are fuelled by the smuggling ring'], ['repainted the eastern breakwater lights']),
    ('in-reply-to-quoted-line',
     "CONFIDENTIAL\nMailing list digest, 3 December\n"
     "(U) The choir tour to Tbilisi is confirmed for the spring.\n"
     "(U) A deputy minister said the border post at Sadakhlo waves through unmarked trucks.\n"
     "(U) Visa hours change in January.\n\n"
     "In reply to: \"(U) A deputy minister said the border post ...\"\n"
     "Comment: that one should be marked CONFIDENTIAL, not U.\nCONFIDENTIAL\n",
     ['the border post at Sadakhlo waves through unmarked trucks'], ['The choir tour to Tbilisi is confirmed']),
    ('heading-arrow-record',
     "SECRET\nTicket 8841 -- attachment text\nBackground\n"
     "(U) The delegation toured the grain terminal in the morning.\n"
     "Assessment\n(U) The terminal director said export licences are sold to a militia commander.\n"
     "Next steps\n\n"
     "Journal\n  J. Perrin  02/12  Assessment: (U) => (S)\n  J. Perrin  02/12  status: open\nSECRET\n",
     ['export licences are sold to a militia commander'], []),
    ('subject-words-deserves',
     "SECRET//NOFORN\nCRM case 5520 -- visit summary\n"
     "(U) The team met the district water board on Tuesday.\n"
     "(U) Regarding the grain silo, the guard said the brigade sells the stored wheat to traders.\n"
     "(U) The board asked for two new pumps.\n\n"
     "Internal note (R. Ali): the paragraph on the grain silo deserves S//NF in the master, please fix.\nSECRET//NOFORN\n",
     ['the brigade sells the stored wheat to traders'], ['The team met the district water board']),
    ('listing-line-number',
     "SECRET\nCode review -- notes.txt\n"
     "  12  (U) Weather was clear for the whole week.\n"
     "  13  (U) The colonel said the drones fly from the sugar mill.\n"
     "  14  (U) The market reopened on Saturday.\n"
     "Inline\n  notes.txt:13  (k.obi)\n    wrong mark, make it SECRET\n  notes.txt:14  (k.obi)\n    typo\nSECRET\n",
     ['the drones fly from the sugar mill'], ['Weather was clear for the whole week']),
    ('person-named-history-row',
     "SECRET\nIssue 77 -- Visit notes\n"
     "  - (U) The delegation visited two schools in the valley.\n"
     "  - (U) Mr. Okafor of the port police said the navy escorts the fuel barges for a fee.\n"
     "  - (U) The schools need roofing sheets.\n"
     "Change log\n  Marks    'Mr. Okafor': (U)    'Mr. Okafor': (S)\nSECRET\n",
     ['the navy escorts the fuel barges for a fee'], ['The delegation visited two schools']),
    ('annex-named-not-found-fails-closed',
     "CONFIDENTIAL\nWiki page history\n"
     "(U) The annual report covers the visa section and consular outreach.\n"
     "(U) The consul said two clerks sold appointment slots to a broker.\n\n"
     "Revision 14 by S. Brandt: marking of Appendix 3 changed from U to C\nCONFIDENTIAL\n",
     ['two clerks sold appointment slots to a broker'], []),
]

# (id, document, (U) phrases that main releases at usg and must stay released)
KEEP: list[tuple[str, str, list[str]]] = [
    ('keep-lowering-record',
     "CONFIDENTIAL\nTicket 9 -- attachment\nSummary\n(U) The ferry timetable is back to normal.\n"
     "(C) The harbour police chief is under investigation.\n\n"
     "Journal\n  Summary: (C) -> (U) for the ferry line\nCONFIDENTIAL\n",
     ['The ferry timetable is back to normal']),
    ('keep-reply-says-fine',
     "CONFIDENTIAL\n#ops thread export\n(U) Bus to the airport leaves at 0600.\n"
     "(C) The guard roster is in the shared drive.\n"
     "> Bus to the airport leaves at 0600\nthat one is fine as U, thanks\nCONFIDENTIAL\n",
     ['Bus to the airport leaves at 0600']),
]


@pytest.mark.parametrize("doc,withheld,released", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_remark_raises_the_part_it_quotes_or_names(doc: str, withheld: list[str], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(doc, phrase, ALL)
    for phrase in released:
        assert_released(doc, phrase)


@pytest.mark.parametrize("doc,released", [c[1:] for c in KEEP], ids=[c[0] for c in KEEP])
def test_trap_of_the_same_shape_stays_released(doc: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(doc, phrase)
