"""Round 121 and 123's first-run English claims leaks, fixed by class. Documents written for this test,
not the rounds' wording; and what each fix must not do (non-examples: text that stays released, checked
in the same documents as a real claim, so that each test fails where the claim leaked).

Class A: a cable's handling caption of a control word split by a hyphen, with spaces around it or left
at its end (`NO-FORN`, `NO - FORN`, `NOFORN-`) reads as that control (`cable_header.caption_words`).
Class B: a negated negation states the level it does not deny: "I wouldn't call paragraph 4 anything but
Confidential", "can't treat item 3 as anything other than SECRET", "is nothing less than Secret"; and
"unclassified" denied ("can't really be called unclassified", "I would not consider paragraph 2
unclassified") states a classified level, the lowest (`governing_statements.levels`).
Class C: a figure, map or chart named by its number as taken from a classified source ("Figure 2 and its
legend were lifted from a DIA SECRET assessment", "came from NGA and is Secret//NF", "taken from a
classified NGA product"): its caption and what is the figure's under it (the image, legend, key, source:
`governing_statements.figure_part`), not the text after it (`governing._labelled`).
Class D: a raise in any idiom ("got bumped up to Secret", "was kicked up to C", "elevated to
CONFIDENTIAL") and an errata line naming a page and a bullet ("p. 3, item 2: for (U) read (S)", "the
second bullet on page 1"): the item counted over that page's items, in a file paged by page lines whether
they open or close their pages (`governing._on_page`).
Class E: a sentence named by its opening words ("the sentence starting with "Minister Okoro"") that opens a
line inside a paragraph, not the paragraph: that sentence's lines become a portion of their own and only
they are raised (`governing._split_at_named_openings`), when exactly one line opens with the words.
"""
import pytest

from released import assert_withheld, mark_of, portion_marks, versions
from test_reader_claims28 import _mail

ALL = ("usg", "partner", "public")


def _released(text: str, *phrases: str) -> None:
    """Each of `phrases` is read as a plain (U) portion (not raised)."""
    marks = portion_marks(text)
    raised = [phrase for phrase in phrases if mark_of(marks, phrase) != ("(U)", False)]
    assert not raised, raised


# ---------------------------------------------------------------- class A: a caption split by a hyphen

CUSTOMS = "Customs officials told us the backlog will be blamed on the shipping lines until the audit is done"
DWELL = "The port authority publishes weekly dwell times on its website"


def _cable(captions: str, line: str = "UNCLAS SENSITIVE LIMA 000412") -> str:
    return (f"{line}\n\n{captions}\n\nE.O. 13526: N/A\nTAGS: ECON, ETRD, PE\n"
            "SUBJECT: CUSTOMS: PORT OF CALLAO CONTAINER BACKLOG\n\n"
            f"1. (SBU) {CUSTOMS}.\n\n2. (U) {DWELL}.\n\nCARTER\n")


@pytest.mark.parametrize("captions", ["NO-FORN\nSIPDIS", "SIPDIS\nNOFORN-", "SIPDIS\nNO - FORN", "SIPDIS NO-FORN"])
def test_a_a_caption_split_by_a_hyphen_is_that_control(captions):
    text = _cable(captions)
    assert_withheld(text, CUSTOMS, levels=("partner", "public"))
    assert DWELL in versions(text, ("usg",))["usg"]  # (the (U) paragraph stays released at usg)


def test_a_a_hyphenated_header_word_is_no_caption():
    # (non-example: a hyphenated word that joins into no caption says nothing; checked beside a real one)
    assert_withheld(_cable("SIPDIS\nNO-FORN"), CUSTOMS, levels=("partner",))
    for words in ("SIPDIS\nNON-PAPER", "SIPDIS\nFOR-EUR", "SIPDIS\nNO-FLY"):
        text = _cable(words)
        assert CUSTOMS in versions(text, ("partner",))["partner"], words


# ---------------------------------------------------------------- class B: a negated negation

MINISTER = "The deputy minister said the ferry contract will go to his brother-in-law's firm in January"
FERRY = "The ferry terminal at the old harbour reopened after the storm repairs on Friday"
BUDGET = "The provincial budget for road repairs was published on the governor's website"


def _spot(note: str, ps: str = "") -> str:
    return _mail("Ortega, Lia (Manila) <OrtegaL@state.gov>", "Cebu trip - draft spot report",
                 f"Team -- draft below. {note}\n\n1. (U) {FERRY}.\n\n2. (U) {MINISTER}.\n\n3. (U) {BUDGET}.\n\n{ps}\n\nLia")


@pytest.mark.parametrize("note,levels", [
    ("Marking note: honestly, I can't describe paragraph 2 as anything other than Secret.", ALL),
    ("One caveat: I'd never call para 2 anything less than confidential, whatever its mark says.", ALL),
    ("For the record, paragraph 2 is nothing less than Secret -- the minister's aide said so.", ALL),
    ("Paragraph 2 can't really be called unclassified; he told us in confidence.", ALL),
    ("I would not consider paragraph 2 unclassified, mark or no mark.", ALL),
    ("Whatever the (U) says, paragraph 2 is anything but unclassified.", ALL),
])
def test_b_a_negated_negation_states_its_level(note, levels):
    text = _spot(note)
    assert_withheld(text, MINISTER, levels=levels)
    _released(text, FERRY, BUDGET)  # (only the paragraph it names)


@pytest.mark.parametrize("said", [
    "I wouldn't call paragraph 1 anything but routine.",  # (no level after it)
    "Nobody would call paragraph 3 secret.",  # (a level denied is no claim)
    "There is nothing but unclassified material in paragraphs 1 and 3.",
    "Paragraph 3 isn't unclassified yet -- the governor publishes it on Monday.",
])
def test_b_a_negation_that_states_no_level_raises_nothing(said):
    # (non-examples, beside a real double negative about paragraph 2)
    text = _spot("Honestly, I wouldn't call paragraph 2 anything but Secret.", f"PS: {said}")
    assert_withheld(text, MINISTER, levels=ALL)
    _released(text, FERRY, BUDGET)


# ---------------------------------------------------------------- class C: a figure from a classified source

LEGEND = "red dots mark militia checkpoints confirmed by overhead imagery on 3 March"
CORRIDOR = "The corridor reopened to commercial trucks on 5 March after two weeks of closures"
RAIN = "Rainfall in the northern districts was forty percent below the seasonal average"


def _report(note: str) -> str:
    return ("UNCLASSIFIED\n\nFIELD REPORT: Lake Chad basin access, 1-6 March 2026\nPrepared by: USAID/BHA Niamey\n\n"
            f"{RAIN}.\n\nFigure 1. Rainfall anomaly, February (public WFP data)\n\n[chart not reproduced]\n\n"
            "Figure 2. Access constraints on the Diffa-Bosso road\n\n[map image not reproduced in this copy]\n\n"
            f"Legend: {LEGEND}; blue - army posts.\n\n{CORRIDOR}.\n\n{note}\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("note", [
    "Editor's note: Figure 2 and its legend were lifted from a DIA SECRET assessment; drop them before release.",
    "Heads up: the map in Figure 2, legend included, came from NGA and is Secret//NF.",
    "Please pull Figure 2 - it was taken from a classified NGA product.",
])
def test_c_a_figure_from_a_classified_source(note):
    text = _report(note)
    assert_withheld(text, LEGEND, levels=ALL)
    _released(text, CORRIDOR, RAIN)  # (the text after the figure, and the other figure, stay released)


@pytest.mark.parametrize("said", [
    "Figure 1 comes from a public OCHA map.",
    "Figure 1 is adapted from a Secret Service report on motorcade routes.",
    "Figure 1 reuses data from a formerly classified CIA study released in 2019.",
    "Figure 1 shows the decline; the text says why.",
])
def test_c_a_figure_from_an_open_source_raises_nothing(said):
    # (non-examples, beside a real claim about Figure 2)
    text = _report(f"{said}\n\nPlease pull Figure 2 - it was taken from a classified NGA product.")
    assert_withheld(text, LEGEND, levels=ALL)
    _released(text, CORRIDOR, RAIN, "Rainfall anomaly")


# ---------------------------------------------------------------- class D: a raise in any idiom, page and bullet

CHECKPOINTS = "The interior ministry will quietly shut two border posts near Ipiales before the elections"
ARRIVALS = "Arrivals through the Rumichaca bridge fell by a fifth in October"
FARES = "Bus fares between Tulcan and Quito rose for the second month running"
SHELTERS = "Two church shelters in Tulcan added forty beds after the floods"


def _paged(errata: str, closing: bool = False) -> str:
    page1 = f"* (U) {SHELTERS}.\n* (U) {FARES}.\n"
    page2 = f"Key points:\n\n* (U) {ARRIVALS}.\n* (U) {CHECKPOINTS}.\n* (U) The consulate will staff two mobile teams.\n"
    body = (f"{page1}\n- Page 1 -\n\n{page2}\n- Page 2 -\n" if closing
            else f"- Page 1 -\n\n{page1}\n- Page 2 -\n\n{page2}")
    return ("CORRECTIONS\nBorder monitoring note, Quito, 20 November 2026\n\n"
            f"Page 1, item 1: for \"forty\" read \"forty-two\".\n{errata}\n\n{body}")


@pytest.mark.parametrize("errata,closing", [
    ("p. 2, item 2: marking error. For (U) read (S); the source was a ministry official.", False),
    ("p. 2, item 2: marking error. For (U) read (S); the source was a ministry official.", True),
    ("The second bullet on page 2 got bumped up to Secret by the front office.", False),
    ("Bullet 2 on page 2 was kicked up to C after the DCM read it.", True),
])
def test_d_an_errata_line_names_a_bullet_on_a_page(errata, closing):
    text = _paged(errata, closing)
    assert_withheld(text, CHECKPOINTS, levels=ALL)
    _released(text, ARRIVALS, FARES, SHELTERS)  # (the other items, on its page and the other)


@pytest.mark.parametrize("said", [
    "Bus fares were bumped up to 3 dollars on 1 November.",  # (a raise to no level)
    "Page 2, item 1: for \"a fifth\" read \"a quarter\".",  # (a correction of words, no mark)
])
def test_d_a_raise_or_correction_of_words_raises_nothing(said):
    # (non-examples, beside a real raise of page 2's second bullet)
    text = _paged(f"{said}\nThe second bullet on page 2 got bumped up to Secret by the front office.")
    assert_withheld(text, CHECKPOINTS, levels=ALL)
    _released(text, ARRIVALS, FARES, SHELTERS)


# ---------------------------------------------------------------- class E: a sentence by its opening words

OKORO = "Minister Okoro said privately that the refinery tender was rigged for a company owned by his cousin"
REFINERY = "The refinery at Port Harcourt restarted its second unit on Tuesday"
FAIR = "The energy fair at the Eko Convention Centre runs until Friday"


def _thread(note: str) -> str:
    return _mail("Bello, Ada (Abuja) <BelloA@state.gov>", "RE: Delta trip notes",
                 f"Team,\n\n{note}\n\n-----Original Message-----\nFrom: Bello, Ada (Abuja)\n"
                 f"Sent: Monday, November 30, 2026 8:02 AM\nSubject: Delta trip notes\n\n"
                 f"{REFINERY}.\n{OKORO}.\n{FAIR}.\n\nAda")


OPENINGS = (  # (a sentence or line by its opening words, in two kinds of quotation marks)
    'Follow-up: the sentence beginning "Minister Okoro" was moved up to Secret by the DCM. Please delete the original.',
    "Correction to my notes below: the line that starts with \u201cMinister Okoro\u201d got bumped up to Confidential.",
)


@pytest.mark.parametrize("note", OPENINGS)
def test_e_a_sentence_by_its_opening_words(note):
    text = _thread(note)
    assert_withheld(text, OKORO, levels=ALL)
    released = versions(text, ("usg",))["usg"]
    assert REFINERY in released and FAIR in released  # (the lines around it stay released)


def test_e_opening_words_that_open_two_lines_are_not_split():
    # (non-example: the words open two lines; which is meant cannot be told, so nothing is split and the fail-closed
    # reading stands; and a sentence named with no level raises nothing)
    text = _thread('Follow-up: the sentence beginning "Minister Okoro" was moved up to Secret by the DCM.').replace(
        f"{FAIR}.", f"{FAIR}.\nMinister Okoro also opened the fair.")
    assert_withheld(text, OKORO, levels=ALL)
    quiet = _thread('FYI the sentence beginning "Minister Okoro" has a typo in the name.')
    released = versions(quiet, ("usg",))["usg"]
    assert OKORO in released and REFINERY in released
