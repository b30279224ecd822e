"""Round 127 and 128's first-run English claims leaks, fixed by class. Documents written for this test,
not the rounds' wording; and what each fix must not do (non-examples: text that stays released).

Class A: a negated alternative states the level it does not deny: "there's no way paragraph 2 is anything
other than Secret", "I can't see how paragraph 4 could be rated less than Confidential" (`governing_statements.levels`).
Class B: a hedged raise: "Post would err on the side of Secret for paragraph 3", "safer to treat item 2 at
Confidential", "play it safe and call paragraph 2 (C)".
Class C: an errata line in the "for X read Y" form with a quoted mark (`for "(U)" read "(C)"`) and a page and
paragraph pointer ("Page 4, paragraph 3"): the paragraph counted over that page (`governing._on_page`), every
portion it could mean when this file has no such page; the plain "paragraph 3" inside it is not another target.
Class D: a part taking "the same classification as its source" (with the source's level after it, or none said:
the lowest classified level); not when the source's level said is unclassified.
Class F: "I can't honestly say the third paragraph isn't Confidential" (a denied denial); and a paragraph a reply
names by its number or ordinal ("the second paragraph") counted over the paragraphs of the message it quotes below,
after that message's header lines, when the reply itself has fewer (`governing._in_quoted_message`): exactly that one.
Class E: a paragraph named by its opening words ("the paragraph beginning "The Norwegian ministry"") and a
foreign government's level ("is Norwegian CONFIDENTIAL", "is their Confidential", "foreign government
confidential"): that paragraph only (`governing._opening_words` with paragraphs).
"""
import pytest

from released import ALL, assert_released, assert_withheld
from test_reader_claims28 import _mail

PLAIN = "The delegation will arrive in Bishkek on the evening of the ninth"
SECRET = "The border guards told our officer that two smuggling convoys were waved through at Dostuk"
OTHER = "A follow-up call is planned with the regional office in Osh"


def _reply(said: str) -> str:
    """A reply whose first line is `said`, above the original message's three numbered (U) paragraphs."""
    return (f"From: Lane, Olivia <LaneO@state.gov>\nSent: Tuesday, December 1, 2026 9:12 AM\nTo: Post\n"
            f"Subject: RE: trip note\n\nClassification: UNCLASSIFIED\n\n{said}\n\nOlivia\n\n"
            "-----Original Message-----\nFrom: Post\nSubject: trip note\n\n"
            f"1. (U) {PLAIN}.\n\n2. (U) {SECRET}.\n\n3. (U) {OTHER}.\n")


def _only(text: str, withheld: str, *released: str) -> None:
    """`withheld` is withheld at every level, each of `released` released at usg."""
    assert_withheld(text, withheld, ALL)
    for phrase in released:
        assert_released(text, phrase)


def _placed(text: str) -> None:
    _only(text, SECRET, PLAIN, OTHER)


def _untouched(said: str, claim: str) -> None:
    """`said` about paragraph 2 raises nothing, checked beside `claim`, a real one about paragraph 3."""
    _only(_reply(f"{said}\n\n{claim}"), OTHER, PLAIN, SECRET)


# ---------------------------------------------------------------- class A: a negated alternative

@pytest.mark.parametrize("said", [
    "Sorry, but there's no way paragraph 2 is anything other than Secret; it came from the liaison service.",
    "I can't see how paragraph 2 could be rated less than Confidential given who told us.",
    "Honestly I don't see how para 2 is anything but Secret.",
])
def test_a_a_negated_alternative_states_its_level(said):
    _placed(_reply(said))


@pytest.mark.parametrize("said", [
    "There's no way paragraph 2 is anything other than accurate; the rest is fine.",
    "I can't see how paragraph 2 could be less than a week late.",
    "No way paragraph 2 is anything but a Secret Service matter, so loop them in.",
])
def test_a_a_negated_alternative_without_a_level_says_nothing(said):
    _untouched(said, "And there's no way paragraph 3 is anything other than Confidential.")


# ---------------------------------------------------------------- class B: a hedged raise

@pytest.mark.parametrize("said", [
    "Before this goes out: I would err on the side of Secret for paragraph 2 until the source is checked.",
    "It's probably safer to treat paragraph 2 at Confidential, since the guards did not want it passed on.",
    "Let's play it safe and call paragraph 2 (C) for now.",
])
def test_b_a_hedged_raise_states_its_level(said):
    _placed(_reply(said))


@pytest.mark.parametrize("said", [
    "I would err on the side of caution with paragraph 2 and check the dates again.",
    "It's safer to send paragraph 2 through the Secret Service liaison than by fax.",
    "Let's play it safe and call paragraph 2 a draft.",
])
def test_b_a_hedge_without_a_level_says_nothing(said):
    _untouched(said, "But I'd err on the side of Secret for paragraph 3.")


# ---------------------------------------------------------------- class C: an errata line, page and paragraph

def _errata(line: str) -> str:
    return ("UNCLASSIFIED\n\nCORRIGENDUM\nStudy EUR/RUS-26-004, \"Baltic Ports After the Sanctions\", 9 March 2026\n\n"
            "Holders of this study should correct their copies as follows.\n\n"
            "1. Page 2, paragraph 1: for \"Klaipeda\" read \"Liepaja\".\n"
            f"2. {line}\n"
            "3. Page 6, table 2: the totals row is missing its source note.\n\n"
            "The text in question on page 4 is:\n\n"
            f"   (U) {SECRET}.\n\n"
            "Distribution is unchanged.\nUNCLASSIFIED\n")


@pytest.mark.parametrize("line", [
    "Page 4, paragraph 3: wrong portion mark. For \"(U)\" read \"(S)\"; withdraw copies sent by unclassified mail.",
    "Paragraph 3 on page 4: for \u201c(U)\u201d read \u201c(C)\u201d.",
])
def test_c_an_errata_line_with_a_page_and_paragraph_raises(line):
    assert_withheld(_errata(line), SECRET, ALL)


@pytest.mark.parametrize("line", [
    "Page 4, paragraph 3: for \"2,400\" read \"2,040\".",
    "Page 4, paragraph 3: for \"(C)\" read \"(U)\"; the paragraph was downgraded in May.",
])
def test_c_an_errata_line_without_a_raise_says_nothing(line):
    # (beside a real errata line of a mark in the same sheet: that one raises, this one does not)
    _untouched(f"Corrections: (a) {line.replace('Page 4, paragraph 3', 'paragraph 2')}",
               "(b) Paragraph 3: for \"(U)\" read \"(C)\".")


# ---------------------------------------------------------------- class D: the same classification as its source

@pytest.mark.parametrize("said", [
    "Note: paragraph 2 carries the same classification as its source, Secret.",
    "Paragraph 2 has the same classification as the original report (S//NF) and must not go out on OpenNet.",
    "Paragraph 2 takes the same classification as its source and should be pulled before this goes out.",
])
def test_d_the_same_classification_as_its_source(said):
    _placed(_reply(said))


@pytest.mark.parametrize("said", [
    "Paragraph 2 carries the same classification as its source, UNCLASSIFIED, so it can go out.",
    "Paragraph 2 has the same classification as the original (U) and needs no change.",
    "Paragraph 2 has the same date as its source.",
])
def test_d_the_same_classification_as_an_unclassified_source_says_nothing(said):
    _untouched(said, "Paragraph 3 takes the same classification as its source, though.")


# ---------------------------------------------------------------- class E: a paragraph by its opening words, FGI

NORWAY, VISIT, BUDGET = ("The Norwegian ministry expects the fishery talks to collapse unless Moscow drops its quota demand",
                         "The trade delegation's visit is still on for the third week of May",
                         "Our budget request for the Tromso office went in on Friday")


def _weekly(said: str) -> str:
    body = f"Colleagues,\n\n{VISIT}.\n\n{NORWAY}, and the minister will not say so before the election.\n\n{BUDGET}."
    return _mail("Berg, Hanna <BergH@state.gov>", "Nordic weekly", f"{body}\n\n{said}\n\nHanna")


@pytest.mark.parametrize("said", [
    "NB: the paragraph beginning \"The Norwegian ministry\" is Norwegian CONFIDENTIAL and was given to us in confidence.",
    "Please note the paragraph starting \u201cThe Norwegian ministry\u201d is their Confidential; it should not be here.",
    "The paragraph beginning 'The Norwegian ministry' is foreign government confidential.",
])
def test_e_a_paragraph_named_by_its_opening_words_is_foreign_confidential(said):
    _only(_weekly(said), NORWAY, VISIT, BUDGET)


@pytest.mark.parametrize("said", [
    "The paragraph beginning \"The Norwegian ministry\" is their summary, not ours.",
    "The Norwegian ministry is their confidential source of record for catch data, as always.",
    "The paragraph beginning \"The Norwegian ministry\" is Norwegian Confidential talks news from the press.",
])
def test_e_no_foreign_level_says_nothing(said):
    _only(_weekly(f"{said}\n\nAnd the paragraph beginning \"Our budget request\" is their Confidential."),
          BUDGET, NORWAY, VISIT)


# ---------------------------------------------------------------- class F: a paragraph of the quoted message, counted

def _forwarded(said: str) -> str:
    """A reply (`said`, then a signature) above a quoted message of three unnumbered, unmarked paragraphs."""
    return _mail("Okafor, Jude <OkaforJ@state.gov>", "RE: readout for the front office",
                 f"Mia --\n\n{said}\n\nJude\n\n-----Original Message-----\nFrom: Lund, Mia\n"
                 "Sent: Monday, November 30, 2026 7:40 AM\nSubject: readout for the front office\n\n"
                 f"{PLAIN}.\n\n{SECRET}.\n\n{OTHER}.\n\nMia Lund")


_THIRD = "\n\nBut I can't say the third paragraph isn't Secret."  # (beside each non-example: a real claim)


@pytest.mark.parametrize(("said", "withheld"), [
    ("I can't honestly say the second paragraph isn't Confidential; it reads like the liaison readout.", SECRET),
    ("Nobody could claim the second paragraph is not Secret, so take it out of the front office version.", SECRET),
    ("There's no way the second paragraph is anything other than Secret.", SECRET),
    # (non-examples: no level denied, or not a level)
    ("I can't honestly say the second paragraph isn't accurate, but check the dates." + _THIRD, OTHER),
    ("I wouldn't say the second paragraph is not Secret Service business either." + _THIRD, OTHER),
])
def test_f_a_paragraph_of_the_quoted_message_by_its_ordinal(said, withheld):
    _only(_forwarded(said), withheld, *(p for p in (PLAIN, SECRET, OTHER) if p != withheld))
