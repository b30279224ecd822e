"""Round 112 (variants of round 108's classes) leaked SECRET//NOFORN and CONFIDENTIAL text at `usg`: a paragraph
of prose after a blank line under a numbered paragraph marked `(U)` (a biographic note's second paragraph;
`Embassy view - ...` under `2. (U) ...`) was kept in the `(U)` paragraph, because a numbered paragraph goes on over
blank lines. A prose paragraph at the margin that carries no mark of its own is unmarked and takes the cable's
level; a (U) paragraph typed in two is then withheld in part (fail closed). Documents written for this test."""
import pytest

from released import mark_of, portion_marks

HEAD = ("{cls} MAPUTO 000412\n\nSIPDIS\n\nE.O. 13526: DECL: 03/01/2036\nTAGS: PREL, MZ\n"
        "SUBJECT: MOZAMBIQUE: NEW PORTS MINISTER\n\nClassified By: Ambassador Ana Ruiz, reasons 1.4(b),(d)\n\n"
        "1. (U) The President named Joana Mabunda Minister of Transport and Ports on\n"
        "March 2, replacing a minister who moves to the Ministry of Energy.\n\n")
SECRET_PROSE = ("Mabunda keeps a share in a Beira shipping agent that handles fuel for two of the\n"
                "terminal operators she now regulates, the aide told us.\n")


@pytest.mark.parametrize("lead", ["", "Embassy view - ", "Biographic detail: "])
def test_prose_after_a_blank_line_under_a_u_paragraph_takes_the_cables_level(lead):
    text = HEAD.format(cls="S E C R E T") + ("2. (U) Mabunda, 51, trained as an engineer in Maputo and Lisbon and ran\n"
                                             "the port authority for six years.\n\n") + lead + SECRET_PROSE + "\nRUIZ\n"
    assert mark_of(portion_marks(text), "keeps a share")[0] == "(S)"


def test_prose_after_a_secret_paragraph_keeps_its_mark():
    text = HEAD.format(cls="S E C R E T") + ("2. (S) A senior aide said the President chose her over the governor\n"
                                             "because she agreed to review the dredging licence.\n\n") + SECRET_PROSE + "\nRUIZ\n"
    assert mark_of(portion_marks(text), "keeps a share")[0] == "(S)"


@pytest.mark.parametrize("block", ["A. The first berth opens in May.\n", "-- the second in June\n",
                                   "BEGIN TEXT: The ministry thanks the Embassy.\n"])
def test_subparagraphs_lists_and_quotations_are_not_prose_blocks(block):
    text = HEAD.format(cls="UNCLAS") + "2. (U) The ministry listed its dates for the press:\n\n" + block + "\nRUIZ\n"
    assert "(S)" not in {mark for mark, _ in portion_marks(text).values()}


# Notes in another language that state a level, in forms round 112 wrote and the reader did not read: an addressee
# with a slash (`Pak/Bu,`), a label English also spells (Turkish `Not`), a note whose particle is a one-letter word
# English has too (Hausa `a`), Malay `sulit`, Thai `ความลับ`. A claim whose target the reader cannot find raises
# every portion (fail closed).
_MAIL = ("From: Desk officer\nTo: Section\nSubject: site visit notes\nClassification: UNCLASSIFIED\n\n{note}\n\n"
         "(U) The plant manager told us the new line ships copper cathode to a trader in Dubai every week.\n")


@pytest.mark.parametrize("note", [
    "Pak/Bu, kalimat kedua di pesan di bawah ini rahasia ya, jangan diteruskan ke mitra asing.",
    "Not (Emre B.): aşağıdaki kayıt gizli, raporlara girmesin.",
    "Bayani (Musa, POL LE): batun kamfanin a kasa sirri ne, kar a tura wa kowa.",
    "Nota: perenggan di bawah sebenarnya sulit, bukan untuk edaran luar.",
    "หมายเหตุ: ย่อหน้าด้านล่างเป็นความลับ ห้ามส่งต่อ",
])
def test_a_note_in_another_language_stating_a_level_raises(note):
    assert mark_of(portion_marks(_MAIL.format(note=note)), "copper cathode")[0] != "(U)"
