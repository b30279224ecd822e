"""Leaks that review32b found in overred32's "only a mention" rules (issue 8), fixed by fixrev32b.

The principle (see `backstop.substantive`): a level word is a mention only where the sentence holding it
carries no content the level could apply to besides the marking itself (a definition that only defines,
a training example about marking, a past level its own clause says was removed, a clearance). A sentence
with a level word AND content (names, dates, places, plans, "said", "decided", "gives", "says") is a claim
on that content; what was said at a SECRET meeting is SECRET, and so are its notes and what follows its
colon. Every case here was released at usg, partner and public on lead32 at 175fa20.
"""
from __future__ import annotations

import pytest

from released import assert_withheld

ALL = ("usg", "partner", "public")
RAID = "the strike on Baidoa is planned for 9 June"
FOLLOW = "The strike on Baidoa is planned for 9 June and the contact is Omar Farah."


def doc(*portions: str, banner: str = "UNCLASSIFIED") -> str:
    return banner + "\n\n" + "\n\n".join(portions) + "\n\n(U) Next meeting Monday.\n\n" + banner + "\n"


# 1. the level of an event is a claim on what was said there, its notes, and what follows its colon
EVENT_INLINE = [
    ("vtc", "(U) A SECRET//NOFORN VTC with AFRICOM decided to move the strike on Baidoa to 9 June."),
    ("meeting", "(U) During a SECRET meeting on Wednesday the ambassador said the strike on Baidoa is planned for 9 June."),
]
EVENT_FOLLOWS = [
    ("readout", "(U) Readout of the SECRET//NOFORN meeting with the governor:"),
    ("notes", "(U) Notes from the SECRET session follow:"),
]


@pytest.mark.parametrize("kind,line", EVENT_INLINE, ids=[k for k, _ in EVENT_INLINE])
def test_what_was_said_at_a_classified_event_is_withheld(kind, line):
    assert_withheld(doc(line), "Baidoa", levels=ALL)


@pytest.mark.parametrize("kind,line", EVENT_FOLLOWS, ids=[k for k, _ in EVENT_FOLLOWS])
@pytest.mark.parametrize("banner", ["UNCLASSIFIED", "SECRET//NOFORN"])
def test_the_unmarked_record_of_a_classified_event_is_withheld(kind, line, banner):
    # (the heading is withheld with what it heads: the level of the event is the level of its record)
    for phrase in ("Omar Farah", line[4:]):
        assert_withheld(doc(line, FOLLOW, banner=banner), phrase, levels=ALL)


# 2. a definition or an example that carries content is a claim on it
DEFINED = [
    ("held-level", f"(U) The briefing held at the SECRET level in the vault concluded that {RAID}."),
    ("banner-means", f"(U) The banner on the Tarvo brief means the document is SECRET; it says {RAID}."),
    ("means-then-says", f"(U) The banner on the brief means the document is SECRET. It says {RAID}."),
    ("for-instance", "(U) For instance: a cable on the Baidoa strike, planned for 9 June, is SECRET."),
    ("means-real", f"(U) In this cable (S//NF) means the paragraph is SECRET//NOFORN, and {RAID}."),
    ("example-says", "(U) Example: a paragraph that says the strike on Baidoa on 9 June is SECRET must be withheld."),
    ("example-about", "(U) Example: a paragraph about the strike at dawn is SECRET."),
]


@pytest.mark.parametrize("kind,line", DEFINED, ids=[k for k, _ in DEFINED])
def test_a_definition_or_example_with_content_is_withheld(kind, line):
    phrase = "9 June" if "9 June" in line else "the strike at dawn"
    assert_withheld(doc(line), phrase, levels=ALL)


# 3. a past level the clause does not say was removed; a marking named with `like` in a portion with content
BEFORE = [
    ("once", "(U) The agency's memo, once marked SECRET and never downgraded, names Omar Farah as the contact.",
     "Omar Farah"),
    ("formerly-remains", "(U) The annex, formerly CONFIDENTIAL and still held so, names Omar Farah as the contact.",
     "Omar Farah"),
    ("marking-like", f"(U) The contact, Omar Farah, asked that whatever he passes carry a marking like (S//NF); he says {RAID}.",
     RAID),
    ("like-about", "(U) A marking like (S//NF) belongs on anything about the strike at dawn.", "the strike at dawn"),
    ("released-in-part", "(U) The memo, formerly SECRET, released in part, covers the strike at dawn.", "the strike at dawn"),
]


@pytest.mark.parametrize("kind,line,phrase", BEFORE, ids=[k for k, _, _ in BEFORE])
def test_a_past_or_like_level_with_content_is_withheld(kind, line, phrase):
    assert_withheld(doc(line), phrase, levels=ALL)


# 4, 5. a quoted level after `titled`, `stamped`, `marked` in a portion with content (5 leaked on main too)
QUOTED = [
    ("titled", f'(U) The study titled "SECRET - Baidoa" gives the strike date as 9 June.', "9 June"),
    ("stamped", f'(U) This memo is stamped "SECRET NOFORN": {RAID}.', RAID),
    ("marked", '(U) Tab C, which the author marked "SECRET", gives the date as 9 June.', "9 June"),
]


@pytest.mark.parametrize("kind,line,phrase", QUOTED, ids=[k for k, _, _ in QUOTED])
def test_a_quoted_level_with_content_is_withheld(kind, line, phrase):
    assert_withheld(doc(line), phrase, levels=ALL)
