"""The class of leak that round 19's first run found (tests/corpus/adversarial19/FIRST_RUN.md), on
documents written for this test: a foreign government's classification, stated in words on a line
of its own, heads a text that a lower-marked U.S. paragraph quotes. The paragraph's mark is the
quoting paragraph's, not the quoted text's: the stamp raises the portion it stands in."""
import pytest

import sbu_redact

_CABLE = """C O N F I D E N T I A L PARIS 004410

SIPDIS

E.O. 12958: DECL: 03/14/2018
TAGS: PREL, FR, SY
SUBJECT: (C) FRENCH NOTE ON SYRIA CONTACT GROUP

Classified By: Political Minister Counselor Anne Holt for reasons 1.4 (b) and (d)

1. (U) The Quai d'Orsay passed us the following note today. Begin text:

{stamp}

France will not attend the contact group meeting unless the opposition
delegation is seated as a party rather than as observers.

End text.

2. (U) Post will report the Elysee's reaction separately.
"""


@pytest.mark.parametrize("stamp", ["VS - VERTRAULICH", "CONFIDENTIEL DEFENSE", "SECRET DEFENSE", "GEHEIM",
                                   "NATO CONFIDENTIAL"])
def test_a_stamp_on_its_own_line_raises_the_quoting_paragraph(stamp):
    document = sbu_redact.read(_CABLE.format(stamp=stamp))
    quoting = [p for p in document.portions if p.number == 1][0]
    assert quoting.marking.level in ("CONFIDENTIAL", "SECRET")
    assert any(p.code == "GOVERNED_PORTION" for p in document.problems)
    out = sbu_redact.Pipeline().redact(_CABLE.format(stamp=stamp), levels=["usg", "public"])
    for level in ("usg", "public"):
        assert "will not attend the contact group meeting" not in out[level].text


def test_the_paragraph_after_the_quotation_keeps_its_own_mark():
    document = sbu_redact.read(_CABLE.format(stamp="VS - VERTRAULICH"))
    after = [p for p in document.portions if p.number == 2][0]
    assert after.marking.level == "UNCLASSIFIED"
    out = sbu_redact.Pipeline().redact(_CABLE.format(stamp="VS - VERTRAULICH"), levels=["usg"])
    assert "Post will report the Elysee's reaction separately." in out["usg"].text


def test_a_level_named_inside_a_sentence_is_no_stamp():
    text = _CABLE.format(stamp="The Germans had stamped an earlier draft VS - VERTRAULICH by mistake.")
    quoting = [p for p in sbu_redact.read(text).portions if p.number == 1][0]
    assert quoting.marking.level == "UNCLASSIFIED"


_RTF = r"""{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}{\info{\title Lease of Feydhoo Finolhu to a Chinese firm}{\author Jane Roe}}{\*\annotation Minister asked us to keep the lease quiet}
\pard\qc{\b SECRET//NOFORN}\par
\pard(U) The Minister welcomed the coast guard training team.\par
\pard(S//NF) He said the President has secretly agreed to lease the island.\par
\pard\qc{\b SECRET//NOFORN}\par
}"""


def test_the_words_of_an_rtf_information_group_and_annotations_are_read():
    """Found while fixing round 19 (its RTF document, adv19-016): the view set aside the whole
    `\\info` group and every `{\\*\\...}` destination as if they were tables of syntax, so a title,
    an author and a reviewer's annotation were released unread at every level."""
    public = sbu_redact.Pipeline().redact(_RTF, levels=["public"])["public"].text
    for words in ("Lease of Feydhoo Finolhu", "Jane Roe", "keep the lease quiet"):
        assert words not in public
    assert "Times New Roman" in public  # (the font table is syntax: kept as written)
    assert "The Minister welcomed the coast guard training team." in public
