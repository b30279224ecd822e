"""fix45j: English notes that name parts by position beside a NEGATED level (or an exception).

Class (issue 8, found by fix45g): under a SECRET banner, with paragraphs marked (U), `Note: the first paragraph is
not secret, the second is.` raised nothing: the claims skip a negated level and read none in the elided "the second
is", so the second paragraph went out at every level. Likewise `the opening paragraph isn't SECRET, the one after
it is`, `only the first paragraph is unclassified` (everything else is at the banner's level), and notes with an
exception, `every paragraph other than paragraph 1 is CONFIDENTIAL` (an exact reader raised paragraph 1 only),
`all paragraphs except the first are classified` (no claim read). Now (`reader/negated_part_notes.py`) such a
sentence states its level (for `unclassified` after `only`/`except`: the banner's) for parts no exact reader places
(`note_positions.places_unsure`), and every portion it could mean is raised: fail closed, never lowered.
Traps kept: `the first paragraph is not finished, the second is ready` (no level word), `not sensitive` under an
UNCLASSIFIED banner, and exact notes (`only paragraph 2 is SECRET`, `paragraph 2 is SECRET; the rest is
unclassified`) still release the other paragraphs.

First run (lead45 925f94ff): every case of LEAKS leaked on lead45 and on main (d45fe65c); after: none. Measured on
rounds 177, 178, 180, 181, the 15 rounds holding `is not secret`/`is not classified` and 15 more with `all ...
except the first`-like or `isn't secret` notes (34 rounds, 2,160 documents) against lead45: no new leak, no document fixed (the class was found by fix45g's own notes, not in the corpus), no new
over-redaction (a first draft over-redacted adv4-010, "downgraded ... except paragraphs 3 and 4, which remain
SECRET//NOFORN", and adv57-034, "the final report will not have a classified annex": an exception now counts only
of a level said of ALL parts, and a sentence must hold a part word).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

MEMO = """{banner}

MEMORANDUM FOR THE RECORD
SUBJECT: (U) Port call

1. (U) The frigate berthed at the north quay on Tuesday.

2. (U) The liaison officer reported that the radar array was sabotaged by a contractor.

3. (U) A deckhand identified the engineer who forged the maintenance log.

4. (U) The frigate sailed on Thursday.

{note}

{banner}
"""

FIRST, RADAR, FORGED, LAST = ("berthed at the north quay on Tuesday", "the radar array was sabotaged by a contractor",
                              "the engineer who forged the maintenance log", "The frigate sailed on Thursday")

# (note, phrases withheld at every level)
LEAKS: list[tuple[str, str, list[str]]] = [
    ("first-not-second-is", "Note: the first paragraph is not secret, the second is.", [RADAR]),
    ("opening-isnt-next-is", "Comment: the opening paragraph isn't SECRET; the one after it is.", [RADAR]),
    ("was-never-last-is", "NB: paragraph 3 was never confidential, but the last paragraph is.", [LAST]),
    ("only-first-unclassified", "Note: only the first paragraph is unclassified.", [RADAR, FORGED, LAST]),
    ("except-first-classified", "Reviewer note: all paragraphs except the first are classified.",
     [RADAR, FORGED, LAST]),
    ("other-than-para-1", "Note: every paragraph other than paragraph 1 is CONFIDENTIAL.", [RADAR, FORGED, LAST]),
    ("isnt-any-more-numbers", "Note: para 2 isn't SECRET any more, but paras 3 and 4 are.", [FORGED, LAST]),
    ("top-not-bottom-is", "Note: the top paragraph is not confidential; the bottom one is.", [LAST]),
    ("no-longer-still-is", "Note: the second item is no longer secret, the third still is.", [FORGED]),
]


@pytest.mark.parametrize("case_id,note,withheld", LEAKS, ids=[c[0] for c in LEAKS])
def test_negated_part_notes_withheld(case_id: str, note: str, withheld: list[str]) -> None:
    text = MEMO.format(banner="SECRET", note=note)
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)


# (id, banner, note, (U) phrases released at usg)
RELEASED: list[tuple[str, str, str, list[str]]] = [
    ("trap-no-level-word", "SECRET", "Note: the first paragraph is not finished, the second is ready.",
     [FIRST, RADAR, FORGED, LAST]),
    ("trap-not-sensitive-unclassified", "UNCLASSIFIED", "Note: the second paragraph is not sensitive.",
     [FIRST, RADAR, FORGED, LAST]),
    ("exact-only-para-2", "SECRET", "Note: only paragraph 2 is SECRET.", [FIRST, FORGED, LAST]),
    ("exact-rest-unclassified", "SECRET", "Note: paragraph 2 is SECRET; the rest is unclassified.",
     [FIRST, FORGED, LAST]),
]


@pytest.mark.parametrize("case_id,banner,note,released", RELEASED, ids=[c[0] for c in RELEASED])
def test_released(case_id: str, banner: str, note: str, released: list[str]) -> None:
    text = MEMO.format(banner=banner, note=note)
    for phrase in released:
        assert_released(text, phrase)


def test_unclassified_banner_not_sensitive_released_to_partner() -> None:
    text = MEMO.format(banner="UNCLASSIFIED", note="Note: the second paragraph is not sensitive, the third is public.")
    for phrase in (FIRST, RADAR, FORGED, LAST):
        assert_released(text, phrase, "partner")
