"""fix44a: review records by class (issue 8): a correction joined into the part it corrects, and a balloon that names
a part and then another by its position relative to it.

First run (main b77dc9ec, the reviewers' documents in harness format): review40a s06 and review43ab e02 leaked (a
`s/(U)/(S//NF)/` posted under a chat line, or `> Please s/(U)/(S)/ on the one above` under a quoted line, that the
view joined into that line's portion: main raised the portion above it, not the one it sits in); review40z
c01/c02/c04 leaked (`[Comment JB1: para 2 and this one should be S//NF]`, `le paragraphe 2 ... et le suivant aussi`,
`para 3 ..., and the paragraph above it as well`: main raised the numbered part only). After: all five withheld.
Not fixed: review40z c03 (`igual que este`: Spanish relative words the shared `names_more` rule does not hold).
Fix: `sed_corrections._written_above` (a correction on a later line of its own portion raises that portion too);
`review_comments.raise_review_comments` raises both neighbours of the numbered part a comment names where the comment
holds words that name more (rules `names_more`): the one after it where the words say after (`next`, `suivant`,
`the one after`), the one before where they say before (`above`, `previous`), both where they say neither or both.
Only raises (main's numbered part is still raised).
Whole harness (10,634 documents, commit 189ad53a; the direction step only narrows that commit's extra raises, and
the four corpus documents with such a balloon were rerun on the final tree: ok): NEW LEAKS 0, over-redaction 3,143 ->
3,143; review40a2 c06 also withheld (no over-redaction).
"""
from __future__ import annotations

import pytest

from released import versions

LEVELS = ["usg", "partner", "public"]


def _versions(text: str) -> dict[str, str]:
    return versions(text, tuple(LEVELS))


LEAKS = [
    ("chat-sed-joined",
     "UNCLASSIFIED\n\nKato, Jun 2:14 PM\n(U) The frigate refuels at Souda Bay before the exercise window.\n"
     "s/(U)/(S)/\nLind, Eva 2:16 PM\n(U) Coffee is in the second floor kitchen today.\n",
     "The frigate refuels at Souda Bay before the exercise window"),
    ("quoted-sed-one-above",
     "> (U) The mayor opened the new market hall on Saturday.\n"
     "> (U) Border police tracked the courier to a garage in Kayes.\n"
     "> pls s/(U)/(C)/ for that one\n\n(U) Parking passes are ready at the front desk.\n",
     "Border police tracked the courier to a garage in Kayes"),
    ("balloon-numbered-and-this",
     "UNCLASSIFIED\n\n1. (U) The survey ship docked for crew rest.\n2. (U) The informant meets the buyer at the fuel depot.\n"
     "3. (U) Divers located the cable break near the second buoy.\n[Comment AK2: item 1 and this one should be S//NF]\n"
     "4. (U) The regatta is postponed to June.\n",
     "Divers located the cable break near the second buoy"),
    ("balloon-numbered-and-next",
     "UNCLASSIFIED\n\n1. (U) The survey ship docked for crew rest.\n2. (U) The informant meets the buyer at the fuel depot.\n"
     "3. (U) Divers located the cable break near the second buoy.\n4. (U) The regatta is postponed to June.\n"
     "[Comment PL4: para 2 should be (S), and the following one too]\n",
     "Divers located the cable break near the second buoy"),
    ("balloon-on-top-and-the-one-after",
     "SECRET\n[Comment RT3 (R. Tal): Para 1 and the one after must be marked (S)]\n\n"
     "1. (U) The informant meets the buyer at the fuel depot.\n\n2. (U) Divers located the cable break near the buoy.\n\n"
     "3. (U) The regatta is postponed to June.\nSECRET\n",
     "Divers located the cable break near the buoy"),
]


@pytest.mark.parametrize("name,text,secret", LEAKS, ids=[c[0] for c in LEAKS])
def test_withheld(name: str, text: str, secret: str) -> None:
    for level, version in _versions(text).items():
        assert secret not in version, (name, level)


RELEASES = [
    ("chat-sed-other-line",
     "UNCLASSIFIED\n\nKato, Jun 2:14 PM\n(U) The frigate refuels at Souda Bay before the exercise window.\n"
     "s/(U)/(S)/\nLind, Eva 2:16 PM\n(U) Coffee is in the second floor kitchen today.\n",
     "Coffee is in the second floor kitchen today"),
    ("balloon-numbered-alone",
     "UNCLASSIFIED\n\n1. (U) The survey ship docked for crew rest.\n2. (U) The informant meets the buyer at the fuel depot.\n"
     "3. (U) Divers located the cable break near the second buoy.\n4. (U) The regatta is postponed to June.\n"
     "[Comment AK2: para 2 should be S//NF]\n",
     "The regatta is postponed to June"),
    ("balloon-the-one-after-not-before",
     "SECRET\n[Comment RT3 (R. Tal): Para 2 and the one after must be marked (S)]\n\n"
     "1. (U) The regatta is postponed to June.\n\n2. (U) The informant meets the buyer at the fuel depot.\n\n"
     "3. (U) Divers located the cable break near the buoy.\nSECRET\n",
     "The regatta is postponed to June"),
]


@pytest.mark.parametrize("name,text,public", RELEASES, ids=[c[0] for c in RELEASES])
def test_still_released(name: str, text: str, public: str) -> None:
    assert public in _versions(text)["usg"], name
