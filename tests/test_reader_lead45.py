"""The session of 2026-12-06 14:27 UTC: the lead's merge of fix45a-d (issue 8).

review45s (the four fixers' snapshots, 45 documents): five new leaks, all from fix45d's change to
`reader/json_export.py`: a record whose own classification key is EMPTY (`"classification": ""`) no longer
cancelled the export header's rule and took the header's level. Where the header was NOT classified (`U//FOUO`,
`CUI`, `CUI//NOFORN`, `UNCLASSIFIED//REL TO USA, GBR`) and a sibling record said CONFIDENTIAL, SECRET or TOP SECRET
(the header is stale), the empty-key record read as the header's unclassified level and was released at usg (and at
partner under CUI or REL TO USA, GBR); main read it as doubtful and withheld it everywhere (j01, j05, j10, j11, j12).
An empty key now takes the header's level only when the header is classified (fail closed: withheld everywhere);
under an unclassified header main's reading stands (tests/corpus/reader/lead45_review_cases.json, each the
reviewer's own document).

review45y (the second merge, 40 documents): one new leak, at every level: fix45f's `raise_named_targets` ran just
before fix44e's `raise_topic_remarks`, which keeps as candidates only the parts still below the stated level and
fails closed to every candidate unless exactly one shares the remark's topic words. With the quoted part already
raised, one candidate was left sharing `grain silo`, so the others (main raised them all) were released (n02, n17,
n19: a quoted fragment or a time stamp with a trailing `[S]`). Named targets now run after topic remarks, which see
main's candidates again; named targets only add to them.

review45x (the third merge, 47 documents): fix45g's new English NOFORN claim words (`not for foreigners`, `no
foreigners`, `for US citizens only`, `not releasable to non-citizens`) made a note's claim a read one, and a read
claim switched off the fail-closed reading of an unreadable sentence in the same note (fixlang37's rule in
`scope._claimed`): `Note: paragraph 2 is for US citizens only. Ipinro keta je ohun ikoko pataki gidigidi.` (Yoruba:
paragraph three is very secret) was read S//NF for every portion on main, and paragraph 2 as U//NF, paragraph 3 as
(U) on the merge: released at every level (14 documents; x43 and x44 leaked the same way on main with main's own
claim words). A claim that states no classified level now silences only its own sentence, never the unreadable
sentence beside it (the same rule closes four of main's old leaks: x08, x24, x27, x43; one corpus document,
adv46-037, is newly over-redacted at usg).
"""
from __future__ import annotations

import pytest

from released import reviewer_documents_test, versions


test_reviewer_document_is_withheld = reviewer_documents_test("lead45")


EMPTY_UNDER_CLASSIFIED = [
    ("SECRET//NOFORN", '""'),
    ("CONFIDENTIAL", "null"),
    ("TOP SECRET", '""'),
]


@pytest.mark.parametrize("header,empty", EMPTY_UNDER_CLASSIFIED)
def test_an_empty_record_key_under_a_classified_header_takes_the_header(header: str, empty: str) -> None:
    text = ('{"export": {"classification": "' + header + '"}, "items": [\n'
            '  {"classification": ' + empty + ', "body": "The harbour master keeps the second ledger under the chart table"}\n'
            ']}\n')
    for level, out in versions(text, ("usg", "partner", "public")).items():
        assert "keeps the second ledger under the chart table" not in out, level


def test_an_empty_record_key_beside_a_secret_sibling_under_a_fouo_header_is_withheld() -> None:
    text = ('{"meta": {"classification": "U//FOUO"}, "items": [\n'
            '  {"classification": "S", "body": "The defector named the two radar officers at the northern site"},\n'
            '  {"classification": "", "body": "The relief convoy crosses the river at the old ferry each Friday"}\n'
            ']}\n')
    for level, out in versions(text, ("usg", "partner", "public")).items():
        assert "crosses the river at the old ferry each Friday" not in out, level
        assert "named the two radar officers" not in out, level


NEGATED_MARK_NOTES = [
    "Uwaga do notatki: pierwszy akapit nie jest pilny, drugi jest tajny (S), nie (U). Proszę poprawić.",
    "Poznámka: první odstavec není naléhavý, druhý je tajný (S), ne (U). Opravte prosím.",
    "Nota: el primer párrafo no es urgente, el segundo es secreto (S), no (U). Corríjalo, por favor.",
]


@pytest.mark.parametrize("note", NEGATED_MARK_NOTES)
def test_a_foreign_note_negating_a_portion_mark_raises_every_part_it_could_mean(note: str) -> None:
    """(lead45, round 180's 022/023) `..., drugi jest tajny (S), nie (U)`: the note was placed exactly on the wrong
    paragraph (it counted the note's own lines); a negated portion mark places its parts unsurely."""
    text = ("SECRET\nFrom: Anna Kowal (liaison)\nTo: EUR/CE desk\nSubject: Re: notes from the port visit\n" + note +
            "\nAnna\n--- text ---\n(U) The ferry schedule to the islands changes in May.\n"
            "(U) The liaison officer photographed the missile transporters at the northern depot.\n"
            "(U) The embassy choir performs on Friday evening.\n--- end ---\nSECRET\n")
    for level, out in versions(text, ("usg", "partner", "public")).items():
        assert "photographed the missile transporters at the northern depot" not in out, level
