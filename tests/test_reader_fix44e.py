"""fix44e: a remark that names the part it is about by topic, person, place, anchor id, comment tag, position from the
end, number or a review-table row, under a banner at least its level (issue 8; reader/remark_topics.py).

First run (lead44 3cfba9e2 = main b77dc9ec + fix44a-d, fixnames44): round 177 leaked 10 documents at every level:
001 (Word Compare `Inserted "(S)" paragraph 2 (the paragraph naming ... Abashidze)`), 017 (a checklist `Bear Island
paragraph: marked U, guide item 4.2 says S//NF`), 020 (`Comment on #p-convoy: this is (S)`), 022 (`Comment [AL2] ...
this portion is (C)` after a form feed, its anchor `[AL2]` ending page 1), 033 (`re-mark the convoy text [S]`), 034
(`Bear Island text -- reviewer note (S//NF)`), 036 (`second to last bullet: (C), not (U)`), 043 (`% AL: the Kiunga
anchorage text [C//NF]` after the wrong paragraph), 045 (`| 2 | U | C |` under Chinese headers), 046 (`Cigli text
above (S)`). After: all ten withheld; rounds 177, 174, 171, 168, 166 against /tmp/s44/base.txt: NEW LEAKS 0, fixed
10, over-redaction 187 -> 187; the reviewers' docs review43ab/cd/w/z against main's runs: NEW LEAKS 0, no new
over-redaction. Only raises: where the remark's part is not placed exactly, every lower marked part is raised; a
remark `part_remarks` already places (or fails closed on), or one naming lines, is left to main's readers.
Not done: fix44a's quoted `> (U)` copy of a raised paragraph.
"""
from __future__ import annotations

import pytest

from released import versions

LEVELS = ["usg", "partner", "public"]


def _versions(text: str) -> dict[str, str]:
    return versions(text, tuple(LEVELS))


LEAKS = [
    ("end-level-topic",
     "SECRET\n\nWeekly from Durres\n(U) The ferry line to Bari doubled its summer sailings this year.\n"
     "(U) The minesweeper Drini sailed to the Karaburun channel with divers aboard at night.\n"
     "(U) The mayor opened a new fish market near the old harbour.\n\nReview notes\n"
     "P. Hoxha: minesweeper text -- needs re-marking [S]\n\nSECRET\n",
     "minesweeper Drini sailed to the Karaburun channel"),
    ("end-level-not-placed-fails-closed",
     "CONFIDENTIAL\n\n(U) The council approved the harbour budget on Monday.\n"
     "(U) The police chief named two customs officers who take bribes.\n\n"
     "Note from the reviewer: the text above (C)\n\nCONFIDENTIAL\n",
     "named two customs officers who take bribes"),
    ("marked-then-guide-says",
     "SECRET//NOFORN\n\n(U) Volunteers cleaned the beach at Sozopol on Sunday morning.\n"
     "(U) A patrol boat shadowed the tanker Marlin past Cape Emine for six hours.\n\nCHECKLIST\n"
     "  - Cape Emine paragraph: marked U, the guide says S//NF\n\nSECRET//NOFORN\n",
     "A patrol boat shadowed the tanker Marlin past Cape Emine"),
    ("html-anchor-id",
     "<!-- SECRET -->\n<html><body>\n<p id=\"p-one\">(U) The consul visited the trade fair in Izmir on Friday.</p>\n"
     "<p id=\"p-two\">(U) The harbour pilot said the frigate carries a new sonar from Kiel.</p>\n"
     "<div class=\"c\">Remark on #p-two: this is (S) per the liaison.</div>\n</body></html>\n<!-- SECRET -->\n",
     "The harbour pilot said the frigate carries a new sonar"),
    ("comment-tag-anchor-other-page",
     "CONFIDENTIAL\n\n(U) The port authority repainted the cranes at Tema last month.\n\n"
     "(U) Sergeant Mensah said the raid seized rifles hidden in a fishing canoe.[KB3]\n            Page 1 of 2\n"
     "CONFIDENTIAL\n\fComment [KB3] K. Boateng: this portion is (C), the raid is not public.\n\n"
     "(U) The embassy choir sings at the residence next week.\n\nCONFIDENTIAL\n",
     "said the raid seized rifles hidden in a fishing canoe"),
    ("second-to-last-bullet",
     "CONFIDENTIAL\n\nPOINTS FOR THE CALL[JM1]\n- (U) We thank the governor for the new road.\n"
     "- (U) The navy lost two patrol craft to engine failures in June.\n- (U) We look forward to the fair.\n\n"
     "Comment [JM1] J. Moss: penultimate bullet: (C), not (U).\n\nCONFIDENTIAL\n",
     "The navy lost two patrol craft to engine failures"),
    ("review-table-any-headers",
     "CONFIDENTIAL\n\n1. (U) The minister opened the bridge at Can Tho on Tuesday.\n"
     "2. (U) Major Binh said his unit watches the militia trawlers near Song Tu.\n\n"
     "| Absatz | Ist | Soll |\n|---|---|---|\n| 1 | U | U |\n| 2 | U | C |\n\nCONFIDENTIAL\n",
     "Major Binh said his unit watches the militia trawlers"),
    ("compare-inserted-naming-person",
     "SECRET\n\n(U) The governor will cut the ribbon at the new pier in June.\n\n"
     "(U) Deputy Kolev admitted that the inspectors warn the smugglers in advance.\n\n"
     "Change 1  Deleted \"(U)\"  (the paragraph naming Deputy Kolev)\n"
     "Change 2  Inserted \"(S)\"  (the paragraph naming Deputy Kolev)\n\nSECRET\n",
     "Deputy Kolev admitted that the inspectors warn the smugglers"),
]


@pytest.mark.parametrize("name,text,phrase", LEAKS, ids=[c[0] for c in LEAKS])
def test_withheld(name: str, text: str, phrase: str) -> None:
    versions = _versions(text)
    for level in LEVELS:
        assert phrase not in versions[level], (name, level)


RELEASES = [
    ("row-keeps-mark",
     "CONFIDENTIAL\n\n1. (U) The school fair raised money for new books.\n2. (C) The colonel named the informant.\n\n"
     "| Para | Current | Correct |\n|---|---|---|\n| 1 | U | U |\n| 2 | C | C |\n\nCONFIDENTIAL\n",
     "The school fair raised money for new books"),
    ("tag-on-part-already-at-level",
     "CONFIDENTIAL\n\n(U) The choir will sing at the reception on Friday.\n\n"
     "(C) The raid seized rifles hidden in a canoe near Keta.[AB1]\n\n"
     "Comment [AB1] A. Bell: (C) is right here, thanks.\n\nCONFIDENTIAL\n",
     "The choir will sing at the reception on Friday"),
]


@pytest.mark.parametrize("name,text,phrase", RELEASES, ids=[c[0] for c in RELEASES])
def test_released(name: str, text: str, phrase: str) -> None:
    assert phrase in _versions(text)["usg"], name
