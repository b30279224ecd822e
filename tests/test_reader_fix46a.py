"""fix46a: a review record's targets BESIDE the one it names exactly (issue 8, review45y).

First run (main de49986d): review45y's n12, n14, n15, n16, n18, n21 and n22 leaked at every level (n12 at usg).
Classes: (1) a record lowers one quoted part and says the others stay higher (`"..." -- (U) rather than (S); the
other two stay (S)`): the parts it does not name went out at the quoted part's level; (2) a record names one part
exactly (a quote, a time stamp, `para 1`) and a SECOND only by topic (`and so is the rendezvous bit`, `the
rendezvous post too`, `the informant text falls under item 4.2`, `grain silo text is S, "..." bit`): the topic part
stayed (U), and `remark_topics` placed a topic among the parts still lower only (one left after an earlier pass
raised the quoted one: an exact place where there were two). After: all seven withheld (`reader/second_targets.py`,
rules `record_others_level`, `record_also_target`; `remark_topics` reads the topic among all marked parts too).
The cases below are my own variants (other wordings, tools, languages); each withheld case leaked on main (four more
variants that main already withheld through other passes were dropped; main over-redacts the quoted part of some).
"""
from __future__ import annotations

from released import case_tests

_BODY = ("(U) The ferry to Vardo leaves the north quay at noon on Thursday.\n"
         "(U) The harbour pilot roster names the two agents on the evening watch.\n"
         "(U) The bakery on Kirkegata will host the handover of the ledger on Friday.\n")

# (id, document, withheld at every level, released at usg)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    ("others-all-others-chat",
     "SECRET\n\n[09:01] Ola: (U) The ferry to Vardo leaves the north quay at noon on Thursday.\n"
     "[09:03] Ola: (U) The harbour pilot roster names the two agents on the evening watch.\n"
     "[09:05] Kari: (U) The bakery on Kirkegata will host the handover of the ledger on Friday.\n"
     "[09:20] Lead (ML): 09:01 is fine as (U), not (S); all others are S\n\nSECRET\n",
     ["harbour pilot roster names the two agents", "host the handover of the ledger"], []),
    ("others-french",
     f"SECRET\n\n{_BODY}\nRelecteur (AB) : « the ferry to Vardo leaves the north quay » -- (U) plutôt que (S) ; "
     "les autres restent (S)\n\nSECRET\n",
     ["harbour pilot roster names the two agents", "host the handover of the ledger"], []),
    ("also-topic-under-item",
     "SECRET\n\nGuide extract\nItem 2.1  Sailing times ........ C\nItem 2.2  Agent identities ........ S\n\n"
     "1. (U) The ferry to Vardo leaves the north quay at noon on Thursday.\n"
     "2. (U) The harbour pilot roster names the two agents on the evening watch.\n"
     "3. (U) The bakery on Kirkegata will host the handover of the ledger on Friday.\n\n"
     "Reviewer: the roster text comes under item 2.2 (S); para 1 under item 2.1\n\nSECRET\n",
     ["harbour pilot roster names the two agents"], []),
]

# traps: records that lower or keep a part and say nothing of the others; remarks of the body itself
TRAPS: list[tuple[str, str, list[str]]] = [
    ("trap-quote-topic-only",
     f"SECRET\n\n{_BODY}\nKim (reviewer): the \"harbour pilot roster names the two agents\" text is S [S]\n\nSECRET\n",
     ["ferry to Vardo leaves the north quay at noon", "host the handover of the ledger"]),
]


test_withheld, test_released, test_traps_release = case_tests(CASES, TRAPS)
