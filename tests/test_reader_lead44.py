"""The session of 2026-12-06 10:53 UTC: the lead's merge of fix44a-d (issue 8).

review44c (fix44c, 45 documents): no new leak, and one over-redaction worth closing before the merge:
`note_positions.places_unsure` reads rules/note_words.yaml's part words and ordinals where a word starts, with up
to three more letters, so the English words "quarter", "trial" and "point" read as Catalan `quart`, Esperanto
`tria` and Indonesian `poin`; an ENGLISH note holding two numbers (dates) was then a note in another language whose
parts cannot be placed, and every portion of the document was raised. A part word that is an English word (rules'
English word lists) no longer counts; main's reading of English notes stands.

review44z (the first merge, 42 documents): one new leak, at partner: fix44b added `save` to the words that open a
release list's exception (`releasable to Five Eyes partners save the UK`); the list's words are read lazily, so
"Releasable to Five Eyes partners to save time, except the United Kingdom" took `save time` as the exception, found
no country in it and dropped the sentence, and its real exception went unread (v01-v04, x02, x03; main read
NOFORN-at-partner from `except the United Kingdom`). `save` now opens an exception only before a country's name
(tests/corpus/reader/lead44_review_cases.json, each the reviewer's own document).

The final whole run: fix44e's remark reader read a Word comment whose own text opens with a portion mark
(`[Comment [AK1]: (S) Add to talking points: ...]`, a marked comment, adv87-043) as a remark about the part its
anchor ends, found no anchor and raised every (U) paragraph of the memo: such a comment is a portion of its own.
"""
from __future__ import annotations

import pytest

from released import reviewer_documents_test, versions


ENGLISH_NOTES = [
    ("(U) Note: the trial dates of 12 and 14 May in paragraph 2 are CONFIDENTIAL.",
     "The delegation arrives on 12 May and leaves on 14 May."),
    ("(U) Note: the quarter 2 and 3 figures in paragraph 2 are CONFIDENTIAL.",
     "The delegation arrives on 12 May and leaves on 14 May."),
    ("(U) Note: the point 4 and 5 estimates quoted in paragraph 2 are SECRET.",
     "The delegation arrives on 12 May and leaves on 14 May."),
]


@pytest.mark.parametrize("note,kept", ENGLISH_NOTES)
def test_english_note_with_two_numbers_raises_only_the_part_it_names(note: str, kept: str) -> None:
    text = ("UNCLASSIFIED\n\n1. (U) " + kept + "\n\n2. (U) The court registry set the hearing schedule for the"
            " customs case last week.\n\n3. (U) The ministry published the annual fisheries report on Monday.\n\n"
            + note + "\n")
    released = versions(text, ("usg", "public"))
    for level, out in released.items():
        assert "The court registry set the hearing schedule" not in out, level
        assert kept in out, level
        assert "The ministry published the annual fisheries report on Monday." in out, level


test_reviewer_document_is_withheld = reviewer_documents_test("lead44")


def test_marked_word_comment_is_not_a_remark() -> None:
    text = ("SECRET\nSUBJECT: (U) Port security dialogue agenda\n1. (U) The dialogue opens with a review of the harbor"
            " pilot training projects.\n[Comment [RB1]: (S) Add to the talking points: the liaison service thinks the"
            " smuggler returned by sea.]\n2. (U) The second session covers container screening at the northern"
            " terminal.\nSECRET\n")
    out = versions(text, ("usg",))["usg"]
    assert "The dialogue opens with a review of the harbor pilot training projects." in out
    assert "The second session covers container screening at the northern terminal." in out
    assert "the liaison service thinks the smuggler returned by sea" not in out
