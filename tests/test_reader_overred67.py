"""Over-redaction, rounds 50-89's bracket legends, on documents written for these tests:

- a legend in a marked document that names text by the brackets around it (`text in [square
  brackets] is SECRET//NOFORN`, `TEXT IN SQUARE BRACKETS IS CONFIDENTIAL`, `anything between << >> is
  SECRET`) raises every portion that holds bracketed text of that kind, and the legend's own
  portion: the (U) portions around them keep their marks (`unresolved_scope.brackets`,
  `scope_exact.by_brackets`).
- a bracketed span inside a longer portion raises all of that portion (fail closed).
- it stays the fallback (every portion raised) when the legend is turned round (`everything except
  the bracketed text`, `text outside the brackets`, `unbracketed text`), names more than the brackets
  (`... and paragraph 3`), or when a bracket of that kind is left open or closed twice; and when it
  does not show which brackets (`the bracketed bit` alone: braces and parentheses are called
  brackets too), or names square brackets in a document that also holds braces or guillemets (an
  OCR copy may transcribe one as the other).
"""
from __future__ import annotations

import pytest

from released import assert_withheld, mark_of as _find, portion_marks as _marks, versions


def _only_raised(text: str, kept: tuple[str, ...], raised: tuple[str, ...]) -> None:
    """Each `kept` sentence keeps its (U) mark and is in the `usg` version; each `raised` one is
    withheld at every level."""
    marks, usg = _marks(text), versions(text, ("usg",))["usg"]
    assert [_find(marks, sentence[:30]) for sentence in kept] == [("(U)", False)] * len(kept)
    assert [sentence for sentence in kept if sentence not in usg] == []
    for sentence in raised:
        assert_withheld(text, sentence, ("usg", "partner", "public"))


_SQUARE = ("UNCLASSIFIED\n"
           "Embassy Tallinn - weekly energy notes\n"
           "Note from the drafter: text in [square brackets] is SECRET//NOFORN (from the DAO) and comes out "
           "before this is filed.\n\n"
           "(U) The new interconnector with Finland carried record volumes in October.\n"
           "[The defense ministry told the DAO that a survey ship loitered over the cable twice this month.]\n"
           "(U) Eesti Energia will publish its winter outlook on the first of December.\n"
           "UNCLASSIFIED\n")

_BRACKETED_WORDS = ("UNCLASSIFIED\n"
                    "Remarks by the Consul General - port security forum (draft 2)\n"
                    "Speechwriter: TEXT IN SQUARE BRACKETS IS CONFIDENTIAL BACKGROUND FOR THE PRINCIPAL ONLY.\n\n"
                    "(U) Our two ports moved more container traffic this year than ever before.\n\n"
                    "[Background: the harbor master has agreed to share the manifests of every vessel from Kessin.]\n\n"
                    "(U) We thank the customs service for its partnership on cargo screening.\n"
                    "UNCLASSIFIED\n")

_DOUBLE = ("UNCLASSIFIED\n"
           "Treasury attache Manila - memo - remittance corridors\n"
           "Legend: text in [[double brackets]] below is SECRET, drafted from the joint assessment.\n\n"
           "(U) The central bank raised the reporting threshold for money transfer operators.\n"
           "[[A Cebu exchange house moves the network's money through two shell companies in Labuan]]\n"
           "(U) Remittances from seafarers rose four percent in the third quarter.\n"
           "UNCLASSIFIED\n")

_ANGLE = ("UNCLASSIFIED\n"
          "Staff draft - report language, Sec. 4\n"
          "Staff note: anything between << >> below was lifted from a closed briefing and is SECRET.\n\n"
          "(U) The Committee notes the growth of the coast guard training program.\n"
          "(U) The Committee requests a report on <<the two patrol boats diverted to the navy chief's private firm>> "
          "within ninety days.\n"
          "(U) Nothing in this section requires the disclosure of classified information.\n"
          "UNCLASSIFIED\n")


@pytest.mark.parametrize(("text", "kept", "raised"), [
    (_SQUARE, ("The new interconnector with Finland carried record volumes in October.",
               "Eesti Energia will publish its winter outlook on the first of December."),
     ("The defense ministry told the DAO that a survey ship loitered over the cable twice this month.",)),
    (_BRACKETED_WORDS, ("Our two ports moved more container traffic this year than ever before.",
                        "We thank the customs service for its partnership on cargo screening."),
     ("the harbor master has agreed to share the manifests of every vessel from Kessin.",)),
    (_DOUBLE, ("The central bank raised the reporting threshold for money transfer operators.",
               "Remittances from seafarers rose four percent in the third quarter."),
     ("A Cebu exchange house moves the network's money through two shell companies in Labuan",)),
    (_ANGLE, ("The Committee notes the growth of the coast guard training program.",
              "Nothing in this section requires the disclosure of classified information."),
     # (a span inside a portion: the whole portion is raised)
     ("the two patrol boats diverted to the navy chief's private firm", "The Committee requests a report on")),
], ids=["square-brackets", "capitals-square", "double-brackets", "angle-inside-portion"])
def test_a_bracket_legend_raises_the_bracketed_portions_only(text, kept, raised):
    _only_raised(text, kept, raised)


def _fallback(text: str, sentences: tuple[str, ...]) -> None:
    """Every sentence stays withheld at every level (the fallback raises every portion)."""
    for sentence in sentences:
        assert_withheld(text, sentence, ("usg", "partner", "public"))


@pytest.mark.parametrize("legend", [
    "Note from the drafter: everything except the text in [square brackets] is SECRET//NOFORN.",
    "Note from the drafter: the text outside the [square brackets] is SECRET//NOFORN.",
    "Note from the drafter: unbracketed text is SECRET//NOFORN; text in [brackets] is fine.",
    "Note from the drafter: text in [square brackets] and the paragraph below it are SECRET//NOFORN.",
], ids=["except", "outside", "unbracketed", "names-more"])
def test_a_legend_turned_round_or_naming_more_keeps_the_fallback(legend):
    text = _SQUARE.replace(_SQUARE.splitlines()[2], legend)
    _fallback(text, ("The new interconnector with Finland carried record volumes in October.",
                     "Eesti Energia will publish its winter outlook on the first of December.",
                     "The defense ministry told the DAO that a survey ship loitered over the cable twice this month."))


_BRACES = ("UNCLASSIFIED\n\n"
           "[Scanned copy - handwritten notes transcribed in square brackets]\n\n"
           "(U) Municipal elections in the eastern districts passed without violence on Sunday.\n\n"
           "(U) { The prefect said the army moved two battalions to the border the night before the count }\n"
           "[margin: NOTE is C per the section chief - keep off the low side]\n\n"
           "(U) The next report will cover the new budget law.\n")


@pytest.mark.parametrize("note", ["bracketed bit is C per the section chief", "the text in [square brackets] is C"],
                         ids=["kind-not-shown", "square-but-braces-present"])
def test_a_legend_that_may_mean_braces_keeps_the_fallback(note):
    text = _BRACES.replace("NOTE is C per the section chief", note)
    _fallback(text, ("The prefect said the army moved two battalions to the border the night before the count",
                     "Municipal elections in the eastern districts passed without violence on Sunday."))


@pytest.mark.parametrize("damage", ["open", "closed-twice"])
def test_a_bracket_left_open_or_closed_twice_keeps_the_fallback(damage):
    line = "[The defense ministry told the DAO that a survey ship loitered over the cable twice this month.]"
    broken = line[:-1] if damage == "open" else line + "]"
    text = _SQUARE.replace(line, broken)
    _fallback(text, ("The new interconnector with Finland carried record volumes in October.",
                     "The defense ministry told the DAO that a survey ship loitered over the cable twice this month"))
