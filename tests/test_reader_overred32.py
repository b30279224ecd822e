"""Over-redaction of ordinary records and traps found by blind rounds 133-136 (overred32, issue 8), on main
`eacf9ee`: text that only mentions a level, with a certain sign that it is a mention, was raised.

- a past level: a level right after `formerly`, `previously` or a mid-sentence `once` (`once stamped`,
  `formerly classified`) is a level a record no longer has (`backstop.mention_before`); a level stated
  as the record's present one is still read (`formerly CONFIDENTIAL, now SECRET`), and a sentence that
  names other text stays a claim (open32's rule);
- a short label quoted after `marked`, `titled`, `stamped` (`backstop.mention_quoted_before`): shown, not
  applied; a long quotation that a level opens is not a label.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

MINISTER = "The minister confirmed the withdrawal begins 3 March from the northern bases."


def doc(*lines: str) -> str:
    return "UNCLASSIFIED\n\n" + "\n".join(lines) + "\n\nUNCLASSIFIED\n"


PAST = [
    "(U) The archive holds 40 telegrams from Lagos, formerly SECRET and now open to researchers.",
    pytest.param("(U) The museum has shown two maps, previously CONFIDENTIAL, since 2015.", marks=pytest.mark.xfail(
        strict=True, reason="fixrev32b: a past level is a mention only where its clause says it was removed "
        "(released, declassified, now open); 'shown since 2015' does not say so with certainty")),
    "(U) The exhibit shows maps that were once marked TOP SECRET, released in 2011.",
    "(U) Item 7: 1982 letter to the Foreign Minister; formerly CONFIDENTIAL, released in full.",
]

LABELS = [
    '(U) In the exercise, a folder marked "SECRET - not for foreigners" held a fictional agenda.',
    "(U) Trainees practised on a mock cable stamped 'TOP SECRET - exercise only' with invented names.",
]


@pytest.mark.parametrize("line", PAST + LABELS)
def test_a_level_only_mentioned_is_released(line):
    text = doc(line, f"(U) {MINISTER}")
    for level in ("usg", "partner", "public"):
        assert_released(text, line[4:], level)
        assert_released(text, MINISTER, level)


# not mentions: a level the record has now, a sentence that names other text, a long quotation
STILL_CLAIMS = [
    ("now", "(U) The report, formerly CONFIDENTIAL, is now SECRET: " + MINISTER, MINISTER),
    ("other-text", "(U) The next paragraph, formerly CONFIDENTIAL, is SECRET.\n(U) " + MINISTER, MINISTER),
    ("quotation", '(U) He wrote "SECRET - the minister confirmed the withdrawal begins 3 March" twice.',
     "the minister confirmed the withdrawal begins 3 March"),
    ("sentence-start", "(U) Once SECRET, the minister confirmed the withdrawal begins 3 March.",
     "the minister confirmed the withdrawal begins 3 March"),
]


@pytest.mark.parametrize("kind,line,phrase", STILL_CLAIMS, ids=[k for k, _, _ in STILL_CLAIMS])
def test_a_level_stated_is_still_read(kind, line, phrase):
    assert_withheld(doc(line), phrase, levels=("usg", "partner", "public"))


# a definition of a marking (the level in the clause `means` opens, about a portion of any kind), an example
# of any text (`Example: a paragraph that ...`), a marking named with `like` (`backstop.mention_defined`,
# `mention_before`): a mention, in the backstop and in the claims stage alike
DEFINITIONS = [
    ("(U) The mark (TS//NF) indicates that the paragraph is TOP SECRET.", "indicates that the paragraph is TOP SECRET"),
    ("(U) The legend S//NF means the portion is SECRET and not for release abroad.", "means the portion is SECRET"),
    ("(U) A banner reading S//REL TO USA, AUS means the document is at most SECRET.", "means the document is at most SECRET"),
    ("(U) Illustration of a common error: a memo that says it is SECRET but has an UNCLASSIFIED banner.",
     "a memo that says it is SECRET but has an"),
    ("(U) Stamps like SECRET//NOFORN go on the top and bottom of each page.", "go on the top and bottom of each page"),
]

# not mentions: a definition or an example that names other text of this document
STILL_CLAIMS_DEFINED = [
    ("means-next", "(U) The (C) mark means the next paragraph is CONFIDENTIAL.\n(U) " + MINISTER, MINISTER),
    ("example-below", "(U) Example: the paragraph below is SECRET.\n(U) " + MINISTER, MINISTER),
    ("like-next", "(U) Staff put a banner like SECRET//NOFORN on the next paragraph.\n(U) " + MINISTER, MINISTER),
]


@pytest.mark.parametrize("line,phrase", DEFINITIONS)
def test_a_definition_or_an_example_is_released(line, phrase):
    text = doc(line, f"(U) {MINISTER}")
    for level in ("usg", "partner", "public"):
        assert_released(text, phrase, level)
        assert_released(text, MINISTER, level)


@pytest.mark.parametrize("kind,line,phrase", STILL_CLAIMS_DEFINED, ids=[k for k, _, _ in STILL_CLAIMS_DEFINED])
def test_a_definition_that_names_other_text_is_a_claim(kind, line, phrase):
    assert_withheld(doc(line), phrase, levels=("usg", "partner", "public"))


# the level of an event, not of text: a briefing, session or meeting at a level, held at a level or in a SCIF
# (`backstop.mention_event`, `mention_defined`); the records of one are text
# (fixrev32b removed the event rule, `backstop.mention_event` and the `held at the SECRET level` part of
# `mention_defined`: the level of an event is a claim on what was said there, its notes and what follows
# its colon, and no rule told these apart with certainty; the over-redaction of these cases comes back)
_EVENT_RULE_REMOVED = pytest.mark.xfail(strict=True, reason="fixrev32b removed the event rule (review32b's leaks: "
                                        "'(U) Notes from the SECRET session follow:' + notes, 'a SECRET meeting ... said')")
EVENTS = [
    pytest.param("(U) The SECRET//NOFORN session on Sudan is in room 7516 at 10:00.", marks=_EVENT_RULE_REMOVED),
    pytest.param("(U) The VTC with Embassy Addis will be conducted at the SECRET level in the SCIF only.",
                 marks=_EVENT_RULE_REMOVED),
    pytest.param("(U) A CONFIDENTIAL briefing for new arrivals is set for Thursday afternoon.", marks=_EVENT_RULE_REMOVED),
]

STILL_CLAIMS_EVENTS = [
    ("notes", "(U) The SECRET briefing notes follow: " + MINISTER, MINISTER),
    ("other-text", "(U) The next paragraph is from the SECRET session.\n(U) " + MINISTER, MINISTER),
]


@pytest.mark.parametrize("line", EVENTS)
def test_the_level_of_an_event_is_released(line):
    text = doc(line, f"(U) {MINISTER}")
    for level in ("usg", "partner", "public"):
        assert_released(text, line[4:], level)
        assert_released(text, MINISTER, level)


@pytest.mark.parametrize("kind,line,phrase", STILL_CLAIMS_EVENTS, ids=[k for k, _, _ in STILL_CLAIMS_EVENTS])
def test_the_records_of_an_event_are_text(kind, line, phrase):
    assert_withheld(doc(line), phrase, levels=("usg", "partner", "public"))
