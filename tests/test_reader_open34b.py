"""open34b: round 141's three notes in other languages that still released their paragraph (issue 8), by class.

Classes: A "the second paragraph" in a note above a forwarded letter whose first portion is a salutation
(adv141-039, Khmer); B "the previous paragraph" right under a line ending in a colon (adv141-042, Russian);
C "the second paragraph" inside „…“ quotes at the end of a memo (adv141-045, Bulgarian). Towards withholding:
when the paragraph cannot be counted for certain, every candidate is raised, else the whole document.
RELEASE: a plain paragraph far from any note stays released at usg.

First run, written before reading the reader, on lead34 `ab0b19b` (open34 + fixlang34 merged): 18 cases, 11
failed, every one a leak: A `khmer`, `khmer-original-message`, `bulgarian` (a note after an English lead ending in
a colon, "He wrote above his letter: ..."; `khmer-bare` and `russian` passed); B all but `ru-lower` (`ru`, `bg`,
`uk`, `en`); C `bg-low-high`, `bg-guillemets`, `ro-low-high`, `en-curly` (`ru-low-high` passed). Causes and fixes:
- A: the whole line was read, and its English lead made the note an English sentence (`untranslated`): a line whose
  introduction ends in a colon now has the note after it read as a line of its own when the whole line states no
  level. The document has no portion mark, so the second paragraph is not counted for certain there: the whole
  document is withheld (fail closed; adv141-039 over-redacts at usg, as expected of an unmarked document).
- B: "the previous paragraph" landed on the colon line right above the note only; that line introduces the note,
  so the paragraph above it and the unmarked portions between are raised too (`scope_exact.by_place_abroad`).
- C: a note quoted whole after a colon was read only in "…" or “…”: „…“, „…” and «…» too (`untranslated._QUOTED_NOTE`).
Left (strict xfail): the English `en` (B) and `en-curly` (C) variants, which the English claims read, not
`by_place_abroad`/`untranslated`; not reached before the deadline.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")

# ---------------------------------------------------------------- A: forwarded letter, salutation first

UNION = "Our union represents 3,500 garment workers in Battambang province."
PAYMENT = "A factory owner close to the provincial governor paid police to break up our strike on July 18."
MEETING = "We ask the embassy to attend our next public meeting on August 2."


def _forwarded(note: str, salutation: str = "Dear Colleagues,", divider: str = "----- letter -----") -> str:
    return ("From: Boone, Rachel (Phnom Penh)\nSent: Friday, July 25, 2014 8:15 AM\nTo: EAP/MLS\n"
            "Subject: FW: letter from the union\n\nClassification: UNCLASSIFIED\n\n"
            f"{note}\n\n{divider}\n\n{salutation}\n\n{UNION}\n\n{PAYMENT}\n\n{MEETING}\n\n"
            "Respectfully, Sok Vannak\n\nClassification: UNCLASSIFIED\n")


FORWARDED = [
    ("khmer", _forwarded("The union president wrote above his letter: កថាខណ្ឌទីពីរគឺសម្ងាត់")),
    ("khmer-bare", _forwarded("កថាខណ្ឌទីពីរគឺសម្ងាត់")),
    ("khmer-original-message", _forwarded("He wrote at the top: កថាខណ្ឌទីពីរ​ជា​សម្ងាត់។",
                                          divider="-----Original Message-----")),
    ("russian", _forwarded("The union president wrote above his letter: Второй абзац — секретно.",
                           salutation="Уважаемые коллеги,")),
    ("bulgarian", _forwarded("He wrote above the letter: Вторият параграф е секретен.",
                             salutation="Уважаеми колеги,")),
    ("english-dear-sir", _forwarded("He wrote above his letter: the second paragraph is SECRET.",
                                    salutation="Dear Sir or Madam,")),
]


@pytest.mark.parametrize("kind,text", FORWARDED, ids=[k for k, _ in FORWARDED])
def test_second_paragraph_of_a_forwarded_letter_with_a_salutation(kind, text):
    assert_withheld(text, PAYMENT, ALL)


# ---------------------------------------------------------------- B: "the previous paragraph" under a colon line

DUMA = "(U) The Duma international affairs committee met on December 8."
KOSACHEV = "(SBU) Our contact said Kosachev agreed with the Kremlin to delay ratification."
JANUARY = "(U) The committee will publish its recommendation in January."


def _colon(intro: str, note: str) -> str:
    return ("From: Ward, Nicholas (Moscow)\nSent: Thursday, December 9, 2010 12:40 PM\nTo: EUR/RUS\n"
            "Subject: Duma contact\n\nClassification: SBU\n\n"
            f"{DUMA}\n\n{KOSACHEV}\n\n{intro}\n{note}\n\n{JANUARY}\n\nNicholas Ward\nPolitical Section\n\n"
            "Classification: SBU\n")


COLON = [
    ("ru", _colon("(U) The contact then sent these points:", "Предыдущий абзац — секретно, не для иностранцев.")),
    ("ru-lower", _colon("(U) He added:", "предыдущий абзац секретный.")),
    ("bg", _colon("(U) The contact then wrote:", "Предишният параграф е секретен, не е за чужденци.")),
    ("uk", _colon("(U) The contact then wrote:", "Попередній абзац — таємно.")),
    ("en", _colon("(U) The contact then sent these points:", "The previous paragraph is SECRET//NOFORN.")),
]


@pytest.mark.parametrize("kind,text", [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="English claims path: "
                                                                               "left, see docstring"))
                                       if c[0] == "en" else c for c in COLON], ids=[k for k, _ in COLON])
def test_previous_paragraph_under_a_colon_line(kind, text):
    assert_withheld(text, "Our contact said Kosachev agreed with the Kremlin", ALL)


# ---------------------------------------------------------------- C: "the second paragraph" inside quotes

SCANNERS = "(U) Customs installed new scanners at Kapitan Andreevo in December."
DIRECTOR = "(SBU) The customs director general receives monthly payments from a fuel smuggling ring."
TWINNING = "(U) The EU twinning project ends in June 2013."


def _quoted(note: str) -> str:
    return ("UNCLASSIFIED//SBU\n\nMEMORANDUM - Embassy Sofia, Law Enforcement Section\nDate: 28 January 2013\n"
            "Subject: Customs reform\n\n"
            f"{SCANNERS}\n\n{DIRECTOR}\n\n{TWINNING}\n\n(U) The agency contact's note on his text: {note}\n\n"
            "UNCLASSIFIED//SBU\n")


QUOTED = [
    ("bg-low-high", _quoted("„Вторият параграф е секретен, не е за чужденци.“")),
    ("bg-guillemets", _quoted("«Вторият параграф е секретен.»")),
    ("ru-low-high", _quoted("„Второй абзац — секретно, не для иностранцев.“")),
    ("ro-low-high", _quoted("„Paragraful al doilea este secret.”")),
    ("en-curly", _quoted("“The second paragraph is SECRET.”")),
]


@pytest.mark.parametrize("kind,text", [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="English claims path: "
                                                                               "left, see docstring"))
                                       if c[0] == "en-curly" else c for c in QUOTED], ids=[k for k, _ in QUOTED])
def test_second_paragraph_named_inside_quotes(kind, text):
    assert_withheld(text, "The customs director general receives monthly payments", ALL)


# ---------------------------------------------------------------- RELEASE

def test_plain_paragraphs_far_from_a_colon_note_are_released():
    text = _colon("(U) The contact then sent these points:", "Предыдущий абзац — секретно.")
    assert_released(text, "The committee will publish its recommendation in January")


def test_plain_memo_without_a_note_releases_its_u_paragraphs():
    text = _quoted("„The meeting ran long.“")
    assert_released(text, "The EU twinning project ends in June 2013")
