"""The class of leak that round 18's first run found (tests/corpus/adversarial18/FIRST_RUN.md), on
documents written for this test: a statement that names a paragraph of another text which this
document quotes (a reply above the note it corrects, a correction cable that repeats its
reference's paragraph below). Which quoted portion it is cannot be told, so every one it could
be is raised."""
import pytest

import sbu_redact

_REPLY = """Classification: UNCLASSIFIED

From: Lindqvist, Maria
Sent: Tuesday, May 9, 2023 4:40 PM
To: EUR-NB-Staff
Subject: RE: Oslo readout

Please treat {target}, the one about the fisheries minister, as CONFIDENTIAL. Sorry.

From: Lindqvist, Maria
Sent: Tuesday, May 9, 2023 10:05 AM
Subject: Oslo readout

The State Secretary welcomed the Arctic dialogue and asked for dates in June.

The fisheries minister will resign after the budget vote, her adviser told us.

The State Secretary asked for the agenda by Friday.
"""


@pytest.mark.parametrize("target", ["the second paragraph of my note of this morning",
                                    "paragraph 2 of the readout below"])
def test_a_paragraph_of_a_quoted_note_is_read_as_any_of_its_portions(target):
    out = sbu_redact.Pipeline().redact(_REPLY.format(target=target), levels=["usg"])
    assert "will resign after the budget vote" not in out["usg"].text


_CORRECTION = """SECRET
SIPDIS
E.O. 12958: DECL: 03/01/2020
TAGS: PREL, KNNP, KN
SUBJECT: CORRECTION TO REFTEL

REF: STATE 44120

1. (U) Paragraph 2 of reftel was sent with a (U) marking in error.
Addressees should treat paragraph 2 of reftel, repeated below, as SECRET.

2. (U) Repeated text of reftel paragraph 2:
(U) Satellite imagery shows a new enrichment hall at the Yongbyon site.

3. (U) Department regrets the error.
"""


def test_a_paragraph_of_reftel_repeated_below_is_not_this_cables_paragraph():
    out = sbu_redact.Pipeline().redact(_CORRECTION, levels=["usg"])
    assert "new enrichment hall at the Yongbyon site" not in out["usg"].text


def test_a_paragraph_of_reftel_that_is_not_quoted_raises_nothing_here():
    text = _CORRECTION.replace(", repeated below,", "").replace(
        "2. (U) Repeated text of reftel paragraph 2:\n(U) Satellite imagery shows a new enrichment hall at the Yongbyon site.\n",
        "2. (U) The Department will repeat the paragraph by separate cable.\n")
    out = sbu_redact.Pipeline().redact(text, levels=["usg"])
    assert "Department regrets the error" in out["usg"].text
