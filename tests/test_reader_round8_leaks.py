"""Leak classes found by the round-8 adversarial corpus (issue 8) that a per-portion check cannot
see: a marking read in one place that governs text elsewhere. Each class has a short realistic
document (not the corpus's): what the level may not see is withheld, plainly releasable (U) text
is kept at usg."""
from __future__ import annotations

import shutil

import pytest

from conftest import REPO, released_text
from sbu_redact.config import RulesError, load_rules
from sbu_redact.policy import Policy
from sbu_redact.reader import read

LEVELS = ("usg", "partner", "public")


def check(policy: Policy, text: str, release: list[str], withhold: dict[str, list[str]]) -> None:
    """`release` is kept at usg; `withhold[level]` is not released at that level (partner GBR)."""
    doc = read(text)
    usg = released_text(doc, policy, "usg")
    for phrase in release:
        assert phrase in usg, f"usg withholds {phrase!r}"
    for level, phrases in withhold.items():
        released = released_text(doc, policy, level, "GBR" if level == "partner" else None)
        for phrase in phrases:
            assert phrase not in released, f"{level} releases {phrase!r}"


# ---------------------------------------------------------------- the banner's list controls
REL_TO_BANNER = """UNCLASSIFIED//FOR OFFICIAL USE ONLY//REL TO USA, CAN, NZL

MEMORANDUM FOR THE RECORD

SUBJECT: (U) Arctic survey planning

(U//FOUO) The icebreaker will stage from Nuuk and survey the northern shelf in August.

(U) The survey results will be published next year.

UNCLASSIFIED//FOR OFFICIAL USE ONLY//REL TO USA, CAN, NZL
"""


def test_banner_rel_to_list_covers_controlled_portions(policy):
    check(policy, REL_TO_BANNER, ["The survey results will be published next year"],
          {"partner": ["will stage from Nuuk and survey the northern shelf"]})
    doc = read(REL_TO_BANNER)
    # a partner in the list still sees it; plain (U) text is not controlled
    can = released_text(doc, policy, "partner", "CAN")
    assert "will stage from Nuuk" in can and "published next year" in can
    assert "published next year" in released_text(doc, policy, "partner", "GBR")


def test_banner_dl_only_covers_cui_portions(policy):
    text = """CUI//SP-EXPT//DL ONLY

SUBJECT: (U) Export case review

(CUI) The broker ships the controlled lathes through a third country under false invoices.

(U) The annual export control conference will be held in May.

Limited Dissemination Control: DL ONLY
"""
    check(policy, text, ["The annual export control conference will be held in May"],
          {"partner": ["ships the controlled lathes through a third country"],
           "public": ["ships the controlled lathes through a third country"]})


def test_banner_noforn_does_not_cover_a_portion_released_further():
    """NOFORN is no list control: a banner's NOFORN comes from some portion, not from all."""
    doc = read((REPO / "tests" / "corpus" / "redaction" / "memo_rel_to.txt").read_text(encoding="utf-8"))
    portion = next(p for p in doc.portions if p.marking is not None and p.marking.rel_to)
    assert portion.marking is not None and not portion.marking.noforn


def test_banner_controls_cover_portions_are_validated(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    markings = folder / "markings.yaml"
    text = markings.read_text(encoding="utf-8")
    old = "banner_controls_cover_portions: [REL TO, DISPLAY ONLY, DL ONLY]"
    assert old in text
    markings.write_text(text.replace(old, "banner_controls_cover_portions: [REL TO, DL ONLEY]"), encoding="utf-8")
    with pytest.raises(RulesError, match=r"markings\.yaml.*banner_controls_cover_portions\.1"):
        load_rules(folder).grammar


# ---------------------------------------------------------------- XML releasability elements
XML_RELEASABILITY = """<?xml version="1.0" encoding="UTF-8"?>
<digest>
  <entry>
    <classification>U</classification>
    <text>The port reopened after the storm.</text>
  </entry>
  <entry>
    <classification>U//FOUO</classification>
    <releasableTo>USA, AUS</releasableTo>
    <text>The patrol schedule moves to the eastern channel next month.</text>
  </entry>
  <entry>
    <classification>U//FOUO</classification>
    <releasability>ALL</releasability>
    <text>The harbor master retires in June.</text>
  </entry>
</digest>
"""


def test_xml_releasability_element_is_a_rel_to_list(policy):
    check(policy, XML_RELEASABILITY, ["The port reopened after the storm"],
          {"partner": ["The patrol schedule moves to the eastern channel"]})
    doc = read(XML_RELEASABILITY)
    assert "patrol schedule moves" in released_text(doc, policy, "partner", "AUS")
    assert "harbor master retires" in released_text(doc, policy, "partner", "GBR")


# ---------------------------------------------------------------- statements that govern text elsewhere
def problems(doc, code: str) -> list[str]:
    return [p.message for p in doc.problems if p.code == code]


CORRECTION_BY_NUMBER = """Classification: UNCLASSIFIED

From: Okafor, Daniel (AF/W)
Subject: RE: Abuja trip report

(U) Team, one fix to the trip report below: paragraph 3 was marked (U) by mistake and is classified Confidential.
Please correct your copies.

-----Original Message-----
From: Okafor, Daniel (AF/W)
Subject: Abuja trip report

1. (U) The delegation met the customs service on Tuesday to review the new tariff schedule.

2. (U) The port authority presented its dredging plan for the Lagos channel.

3. (U) The minister said privately that the president will replace the central bank governor before the budget vote.

Classification: UNCLASSIFIED
"""


def test_correction_raises_the_paragraph_it_numbers_only(policy):
    check(policy, CORRECTION_BY_NUMBER,
          ["review the new tariff schedule", "presented its dredging plan", "one fix to the trip report below"],
          {level: ["will replace the central bank governor before the budget vote"] for level in LEVELS})
    doc = read(CORRECTION_BY_NUMBER)
    governed = problems(doc, "GOVERNED_PORTION")
    assert len(governed) == 1 and "classified Confidential" in governed[0] and "offset" in governed[0]
    assert not problems(doc, "GOVERNING_SCOPE_UNRESOLVED")


def test_reclassification_that_names_a_paragraph_raises_that_paragraph_only(policy):
    text = CORRECTION_BY_NUMBER.replace("paragraph 3 was marked (U) by mistake and is classified Confidential",
                                        "paragraph 3 should have been marked SECRET")
    check(policy, text, ["review the new tariff schedule", "presented its dredging plan"],
          {level: ["will replace the central bank governor before the budget vote"] for level in LEVELS})


def test_reclassification_that_names_nothing_raises_every_portion(policy):
    text = CORRECTION_BY_NUMBER.replace("paragraph 3 was marked (U) by mistake and is classified Confidential",
                                        "this thread should have been marked SECRET")
    check(policy, text, [], {"usg": ["review the new tariff schedule", "presented its dredging plan",
                                     "will replace the central bank governor"]})


def test_paragraph_that_cannot_be_resolved_exactly_fails_closed_for_review(policy):
    # no quoted message: "the third paragraph below" is counted from the statement, not exactly
    text = """UNCLASSIFIED

SUBJECT: (U) Harbor notes

(U) A note on the paragraphs below: the third paragraph is classified at the Secret level.

(U) The ferry schedule changes on Monday.

(U) The pier lights were repaired.

(U) The navy will move the submarine tender to the inner basin before the summit.

(U) The harbor master retires in June.

UNCLASSIFIED
"""
    check(policy, text, ["The ferry schedule changes on Monday", "The harbor master retires in June",
                         "A note on the paragraphs below"],
          {"usg": ["move the submarine tender to the inner basin"]})
    doc = read(text)
    assert problems(doc, "GOVERNING_SCOPE_UNRESOLVED")


def test_paragraph_reference_that_points_nowhere_raises_all_it_could_mean(policy):
    text = """UNCLASSIFIED

SUBJECT: (U) Harbor notes

(U) A note on the paragraphs below: the fifth paragraph is classified at the Secret level.

(U) The navy will move the submarine tender to the inner basin before the summit.

(U) The pier lights were repaired last week by the contractor.

UNCLASSIFIED
"""
    check(policy, text, ["A note on the paragraphs below"],
          {"usg": ["move the submarine tender to the inner basin", "The pier lights were repaired last week"]})
    assert problems(read(text), "GOVERNING_SCOPE_UNRESOLVED")


COMPILATION = """SECRET

MEMORANDUM FOR THE DIRECTOR

SUBJECT: (U) Relay sites

(U) Each item below is unclassified alone; the list that follows is classified SECRET by compilation.

(U) North ridge: the relay has no backup generator.
(U) East valley: the relay fence was cut twice in October.
(U) South plain: the relay is unguarded at night.

(U) The annual site survey will be published in March.

SECRET
"""


def test_compilation_notice_raises_the_list_that_follows_only(policy):
    check(policy, COMPILATION, ["The annual site survey will be published in March",
                                "Each item below is unclassified alone"],
          {level: ["the relay has no backup generator", "the relay fence was cut twice in October",
                   "the relay is unguarded at night"] for level in LEVELS})
    assert not problems(read(COMPILATION), "GOVERNING_SCOPE_UNRESOLVED")


def test_spill_notice_raises_the_quoted_message_not_the_notice(policy):
    text = """Classification: UNCLASSIFIED

From: ISSO, Embassy Lima
Subject: Remove message from all folders

(U) The e-mail below holds information classified at the SECRET level and must be deleted now.

-----Original Message-----
From: Econ Section
Subject: Mining talks

(SBU) The mining minister agreed in private to extend the concession without a public tender.

Classification: UNCLASSIFIED
"""
    check(policy, text, ["must be deleted now"],
          {"usg": ["agreed in private to extend the concession without a public tender"]})


TRANSLATION = """Classification: UNCLASSIFIED//SBU

Subject: Note from the Peruvian police

(U) Colleagues, the note below came from the national police this morning; our translation follows it.

CLASIFICACIÓN: RESERVADO
La policía detendrá al alcalde de Juliaca el lunes por desvío de fondos.

(U) Unofficial translation: The police will detain the mayor of Juliaca on Monday for diverting funds.

Classification: UNCLASSIFIED//SBU
"""


def test_translation_takes_the_level_of_its_marked_original(policy):
    check(policy, TRANSLATION, ["the note below came from the national police this morning"],
          {level: ["The police will detain the mayor of Juliaca on Monday",
                   "La policía detendrá al alcalde de Juliaca"] for level in LEVELS})
    governed = problems(read(TRANSLATION), "GOVERNED_PORTION")
    assert len(governed) == 1 and "RESERVADO" in governed[0]


def test_translation_without_a_marked_original_is_left_alone(policy):
    text = TRANSLATION.replace("CLASIFICACIÓN: RESERVADO\n", "")
    assert "The police will detain the mayor" in released_text(read(text), policy, "usg")


def test_statement_without_a_target_is_evidence_only(policy):
    text = """UNCLASSIFIED

SUBJECT: (U) Training

(U) Slides classified at the SECRET level must never be shown on this network.

(U) The course runs on Thursday.
"""
    doc = read(text)
    assert not problems(doc, "GOVERNED_PORTION")
    assert "The course runs on Thursday" in released_text(doc, policy, "usg")


def test_subject_mark_in_a_cable_body_covers_the_subject_only(policy):
    text = """CONFIDENTIAL

THIS IS A COVER SHEET FOR CLASSIFIED INFORMATION

(This cover sheet is unclassified.)

CONFIDENTIAL                      705-101              STANDARD FORM 705 (8-85)

MEMORANDUM FOR THE ASSISTANT SECRETARY

SUBJECT: (U) Port visit

The frigate will call at Durban on 3 March although the host navy has not yet agreed.

We recommend you raise the visit with the minister first.
"""
    check(policy, text, ["Port visit"],
          {level: ["will call at Durban on 3 March although the host navy"] for level in LEVELS})


@pytest.mark.parametrize("old, new, key", [
    ("(?P<level>(?:(?i:top\\s+secret|secret|confidential))(?:(?:[ \\t]*/{1,2}[ \\t]*|[ \\t]*-[ \\t]*|[ \\t]+)(?:NOFORN|NF)\\b)?)(?i:\\s+(?:information",
     "(?P<grade>(?:(?i:top\\s+secret|secret|confidential))(?:(?:[ \\t]*/{1,2}[ \\t]*|[ \\t]*-[ \\t]*|[ \\t]+)(?:NOFORN|NF)\\b)?)(?i:\\s+(?:information", r"governing_statements\.levels\.6"),  # (6 since session 49 put an entry before it)
    ("(?P<number>\\d{1,2}(?:", "(?P<num>\\d{1,2}(?:", r"governing_statements\.targets\.0"),
    ("      names: list", "      names: sideways", r"governing_statements\.targets\.6\.names"),
    ("      names: section", "      names: chapter", r"governing_statements\.targets\.5\.names"),
])
def test_governing_statements_are_validated(tmp_path, old, new, key):
    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    markings = folder / "markings.yaml"
    text = markings.read_text(encoding="utf-8")
    assert old in text, old
    markings.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RulesError, match=r"markings\.yaml.*" + key):
        load_rules(folder).grammar


def test_level_phrases_found_near_their_words_are_those_a_scan_finds():
    """`governing._finditer` looks for a level phrase only near its rarest required word: on
    every corpus document and example it finds what a scan of the whole text finds."""
    from conftest import CORPUS, EXAMPLES
    from sbu_redact.config import Rules
    from sbu_redact.prefilter import caseless
    from sbu_redact.reader.governing import _finditer
    from sbu_redact.reader.state import Reading
    from sbu_redact.textview import view_of

    grammar = Rules().grammar
    paths = sorted(CORPUS.rglob("*.txt")) + sorted(EXAMPLES.rglob("*.txt"))
    found = 0
    for path in paths:
        r = Reading(view_of(path.read_text(encoding="utf-8")), grammar)
        for pattern in grammar.governing_levels:
            near = [m.span() for m in _finditer(r, pattern, caseless(r.text))]
            assert near == [m.span() for m in pattern.finditer(r.text)], path.name
            found += len(near)
    assert found >= 5  # the corpus holds statements: the comparison is not empty
