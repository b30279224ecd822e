"""fix46g: round 183's review records left after fix46a (issue 8): a second target after a plain `and`, a part
named by its place (line, footnote, bullet under a heading, a Markdown heading or section by its name), a quotation inside a version-history entry.

First run (lead46 after fix46a): adversarial183's 001, 002, 015, 034, 039 and 041 leaked at usg. Classes: (1) `para 3
and the bit about the pipeline should both be (S)`: the topic after a plain `and` was not read; (2) `line 14 and
also the part on the ferry need (C)`: `line 14` was no target, so the topic was not read either; (3) `the remaining
two sections stay (S)`: `remaining two sections` was not read as the others; (4) `third bullet under Risks should be
C//NF`, `Both footnotes: retain SECRET`: a part named by its place; (5) a version history's `"the sentence with
'night flights to Kufra' set to S//NF"`. After: all six withheld, 0 new leaks and 0 new over-redaction in rounds
171-183 (reader/second_targets.py, rules `record_and_target`, `record_place_target`, `record_place_level`,
`record_size_letters`); adv183-061 (shirt sizes `M rather than S, the other two stay S`) no longer over-redacted.
The cases below are my own variants (other tools, wordings, places); each withheld case leaks on main de49986d.
"""
from __future__ import annotations

from released import case_tests

# (id, document, withheld at every level, released at usg)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    ("and-topic-gitlab",
     "FOIA CASE F-2026-09911\nSource system: GitLab issue #88 printout\nReviewer: J. Amadou\nPrinted: 2026-12-01\n"
     "----------------------------------------\nSECRET\nSAHEL-88  Draft: Sahel logistics note (v0.2)\nStatus: Open\n\n"
     "Description:\n1. (U) The convoy office in Niamey moved to the airport road in May.\n"
     "2. (U) A driver said the Agadez depot stores rockets for a militia under cement sacks.\n"
     "3. (U) Fuel prices rose again in the second week of June.\n"
     "4. (U) A customs officer said the Arlit checkpoint is paid off by the smugglers every Sunday.\n\n"
     "Comments:\nm.kone  30/Nov/26 10:02\n  para 2 and the piece on the checkpoint should both be (S), not (U) -- "
     "please re-mark.\nj.amadou  30/Nov/26 11:15\n  Will do.\n\nSECRET\n",
     ["Agadez depot stores rockets", "Arlit checkpoint is paid off"], ["convoy office in Niamey moved"]),
    ("line-n-and-topic-gerrit",
     "CONFIDENTIAL\n\nChange 4411: notes/baltic.md\n\n"
     "  20  - (U) The port of Liepaja hosted a sailing regatta in July.\n"
     "  21  - (U) A harbour pilot said the grey tugs tow barges to the navy pier after dark.\n"
     "  22  - (U) Tourist numbers rose by a tenth over last summer.\n"
     "  23  - (U) A clerk said the warehouse on the east mole holds seized drones for the ministry.\n\n"
     "Reviewer comment on line 21:\n> line 21 together with the bit on the warehouse need (C). Please fix.\n\n"
     "CONFIDENTIAL\n",
     ["grey tugs tow barges", "warehouse on the east mole holds seized drones"], ["sailing regatta in July"]),
    ("remaining-sections-stay",
     "FOIA CASE F-2026-09912\nSource system: GitHub Enterprise PR #41 export\nReviewer: P. Quispe\n"
     "----------------------------------------\nSECRET\nPull request #41: marks-pass on reports/andes.md\n"
     "Review by @hmamani (changes requested)\n\nreports/andes.md (as changed in this PR)\n## Summary\n"
     "(U) Bolivia exports most of its lithium by road to Chile.\n## Contacts\n"
     "(U) A mine engineer told us the Uyuni plant pays a cartel for protection every month.\n## Outlook\n"
     "(U) We judge that the cartel will seize a second salt flat by spring.\n\n@hmamani on the heading Summary:\n"
     "> Summary may go (U) rather than (S); the remaining two sections stay (S). Please revert those marks.\n\n"
     "@pquispe: reverting.\n\nSECRET\n",
     ["Uyuni plant pays a cartel", "cartel will seize a second salt flat"], []),
    ("nth-bullet-under-heading-confluence",
     "CONFIDENTIAL//NOFORN\n\nPlan: Vanuatu port visit\n\nh2. Logistics\n* (U) The ship berths at Port Vila on Monday.\n"
     "h2. Concerns\n* (U) Cyclone season may close the outer anchorage.\n"
     "* (U) A harbour contact said the port chief sells berth lists to a foreign navy.\n"
     "* (U) Fresh water supply at the wharf is limited.\n\n"
     "Comment by L. Hart: second bullet under Concerns should be C//NF please.\n\nCONFIDENTIAL//NOFORN\n",
     ["port chief sells berth lists"], ["ship berths at Port Vila on Monday", "Fresh water supply at the wharf"]),
    ("both-footnotes-keep",
     "FOIA CASE F-2026-09913\nSource system: Declassification review worksheet (typed)\nReviewer: L. Marsh\n"
     "----------------------------------------\nSECRET\n"
     "DECLASSIFICATION REVIEW WORKSHEET    Document: 1998 INR note, Adriatic shipping\n"
     "Decision: Text: release. Both footnotes: retain SECRET 25X1 (the copy below shows (U)).\n\nCopy:\n"
     "(U) Ferry traffic across the Adriatic grew through 1998.\n(U) Most cargo went through Bari and Durres.\n"
     "---\n1 (U) A liaison officer reported that a port official in Durres sold export stamps to arms dealers.\n"
     "2 (U) The same officer said the stamps were paid in cash at a hotel in Bari.\n\nSECRET\n",
     ["sold export stamps to arms dealers", "stamps were paid in cash at a hotel"], ["Ferry traffic across the Adriatic"]),
    ("markdown-heading-named",
     "SECRET\n\nreports/kivu.md (PR #7, as changed)\n## Background\n(U) Goma sits on the shore of Lake Kivu.\n"
     "## Sources\n(U) A miner said the Rubaya coltan pit is taxed by the rebels every week.\n## Outlook\n"
     "(U) Rains will close the roads in April.\n\n@rev on the Sources heading:\n"
     "> Sources: retain SECRET (this copy shows U).\n\n@dev: will fix.\n\nSECRET\n",
     ["Rubaya coltan pit is taxed"], ["Goma sits on the shore", "Rains will close the roads"]),
    ("markdown-section-named",
     "SECRET\n\nreports/kivu.md (PR #7, as changed)\n## Background\n(U) Goma sits on the shore of Lake Kivu.\n"
     "## Sources\n(U) A miner said the Rubaya coltan pit is taxed by the rebels every week.\n## Outlook\n"
     "(U) Rains will close the roads in April.\n\n@rev:\n> the Sources section is set to S in the master copy.\n\n"
     "SECRET\n",
     ["Rubaya coltan pit is taxed"], ["Goma sits on the shore", "Rains will close the roads"]),
    ("history-inner-quote",
     "SECRET//NOFORN\n\nDocument: Chad border note.docx\nVersion history:\n"
     "  2.3  (draft)      2026-10-02 10:11  T. Idriss   \"the line with 'camel convoys to Bardai' set to S//NF\"\n"
     "  2.2  (published)  2026-10-01 15:00  T. Idriss   \"typos\"\nPrinted version: 2.2\n"
     "(U) Elders in Faya met the governor after the clashes.\n"
     "(U) A trader said that camel convoys to Bardai carry ammunition for the rebels each month.\n"
     "(U) The school in Faya reopened in September.\n\nSECRET//NOFORN\n",
     ["carry ammunition for the rebels"], ["school in Faya reopened"]),
]

# traps: sizes, a lowering record, a place record with no level
TRAPS: list[tuple[str, str, list[str]]] = [
    ("trap-sizes",
     "UNCLASSIFIED\n\nFrom: A. Popa\nSubject: RE: team jackets\n\n"
     "For the four jackets on my line the second one is L rather than S, the other three stay S.\n\n"
     "> (U) The embassy football team plays in the spring league.\n> (U) Each player receives a jacket.\n"
     "> (U) Orders close on Monday.\n\nUNCLASSIFIED\n",
     ["embassy football team plays in the spring league", "Each player receives a jacket"]),
    ("trap-third-bullet-wording",
     "UNCLASSIFIED\n\nh3. Risks\n* (U) Rain may delay the delivery.\n* (U) Ferries are slow.\n"
     "* (U) The counting centre may lose power.\n\nComment: third bullet under Risks needs rewording.\n\nUNCLASSIFIED\n",
     ["counting centre may lose power", "Rain may delay the delivery"]),
]


test_withheld, test_released, test_traps_release = case_tests(CASES, TRAPS)
