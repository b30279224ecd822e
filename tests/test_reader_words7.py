"""Reader mechanisms found by the round-7 adversarial corpus (issue 8) in words and layout:
reclassification notices and spillage corrections that outrank the portion marks, NOFORN and
releasability lists stated in sentences, a designation stated by "The information in this
message is ...", the transmission header of a collapsed web copy, and the last footnote signs
(`‖`, `¶`, `§`)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import sbu_redact
from conftest import marking_of
from sbu_redact.config import RulesError, load_rules

REPO = Path(__file__).resolve().parent.parent


def portion_at(doc: sbu_redact.Document, phrase: str) -> sbu_redact.Portion:
    at = doc.text.index(phrase)
    return next(p for p in doc.portions if p.start <= at < p.end)


def email(body: str, classification: str = "UNCLASSIFIED//SBU") -> str:
    return (f"Classification: {classification}\n\nFrom: RSO Nairobi\nTo: EAC members\nSubject: (U) Threats\n\n"
            f"{body}\n\nClassification: {classification}\n")


@pytest.mark.parametrize("notice", [
    "All: my message below should have been marked SECRET//NOFORN and sent on ClassNet.",
    "ALL PORTIONS OF THIS DOCUMENT ARE SECRET//NOFORN REGARDLESS OF THE PORTION MARKINGS BELOW.",
    "This memorandum was reclassified SECRET on 12 November 2026 under section 1.7(d).",
    "The report has been upgraded to SECRET by the originator.",
])
def test_a_reclassification_in_words_raises_every_portion(notice):
    doc = sbu_redact.read(email(f"{notice}\n\n(U) The general said the guard will make the arrest.",
                                classification="UNCLASSIFIED"))
    assert marking_of(doc, "the guard will make the arrest") == "(S)"
    assert any(p.code == "CLASSIFICATION_IN_WORDS" and "every portion" in p.message for p in doc.problems)


@pytest.mark.parametrize("sentence", [
    "The talks were classified secret by the host government, the minister said.",  # raises unmarked only
    "The paper says paragraph 4 is classified SECRET.",
    "(U) The budget was marked as a secret by the press office.",
])
def test_other_sentences_about_classification_do_not_raise_marked_portions(sentence):
    doc = sbu_redact.read(email(f"{sentence}\n\n(U) The general said the guard will make the arrest.",
                                classification="UNCLASSIFIED"))
    assert marking_of(doc, "the guard will make the arrest") == "(U)"


@pytest.mark.parametrize("sentence, uncontrolled", [
    # (since round 111 "not to be shared with any foreign government" reads as a claim that the whole message
    # is NOFORN, as "none of it is releasable to our UK colleagues" does: its (U) text too, failing closed)
    ("Please treat this message as U.S.-only; it is not to be shared with any foreign government.", "(U//NF)"),
    ("Not for foreign release; do not discuss with partner liaison officers.", "(U)"),
    ("Dissemination is limited to U.S. Government personnel.", "(U)"),
    ("This information must not be passed to foreign liaison services.", "(U)"),
])
def test_noforn_in_a_sentence_covers_the_controlled_portions(sentence, uncontrolled):
    doc = sbu_redact.read(email(f"(U) {sentence}\n\n(SBU) The unit expects an attempt on a mall.\n\n"
                                "(U) Staff may use the malls."))
    assert "NOFORN" in portion_at(doc, "expects an attempt").marking.dissem
    assert marking_of(doc, "Staff may use the malls") == uncontrolled


@pytest.mark.parametrize("sentence", [
    "(U) The minister's remarks were not shared with the press.",
    "(U) The delegation asked for a U.S. only briefing next time, which we declined.",
])
def test_sentences_that_are_not_noforn(sentence):
    doc = sbu_redact.read(email(f"{sentence}\n\n(SBU) The unit expects an attempt on a mall."))
    assert marking_of(doc, "expects an attempt") == "(SBU)"


@pytest.mark.parametrize("sentence, listed", [
    ("Releasable to U.S. and Canadian law enforcement agencies only.", "USA, CAN"),
    ("Releasable to the United States, Australia and New Zealand only.", "USA, AUS, NZL"),
    ("Releasable to USA, GBR only.", "USA, GBR"),
    # a country it cannot name is left out: a list that cannot be read releases to fewer
    ("Releasable to U.S. and Ruritanian officials only.", "NOFORN"),
])
def test_a_releasability_list_in_words(sentence, listed):
    doc = sbu_redact.read(email(f"{sentence}\n\n(U//LES) Forty handguns were linked to one network.",
                                classification="UNCLASSIFIED//LES"))
    marking = portion_at(doc, "Forty handguns").marking
    assert marking is not None and (", ".join(marking.rel_to) or "/".join(marking.dissem)) == listed


def test_a_designation_stated_for_the_message_in_a_sentence():
    doc = sbu_redact.read(email("The information in this message is Law Enforcement Sensitive. It may not\n"
                                "be released to the public.\n\nThe Attorney General expects to charge the chief.",
                                classification="UNCLASSIFIED"))
    assert marking_of(doc, "expects to charge the chief") == "(U//LES)"


def test_the_collapsed_transmission_header_of_a_web_copy():
    text = ("VZCZCXRO2280 PP RUEHPA DE RUEHOS #0498/01 3241412 ZNR UUUUU ZZH P 201412Z NOV 26 FM AMCONSUL "
            "LAGOS TO RUEHC/SECSTATE WASHDC PRIORITY 8811 UNCLAS SECTION 01 OF 02 LAGOS 000498 SENSITIVE "
            "NOFORN SIPDIS E.O. 13526: N/A TAGS: CVIS KFRD NI SUBJECT: NIGERIA: VISA FRAUD\n"
            "1. (SBU) Post learned of the scheme from an employee of the Consulate.\n"
            "2. (U) Post refused 212 applicants in fiscal year 2026.\n")
    doc = sbu_redact.read(text)
    assert doc.classification is not None and "NOFORN" in doc.classification.banner()
    assert doc.header.post == "LAGOS"
    assert doc.classification.level == "UNCLASSIFIED"


@pytest.mark.parametrize("sign", ["‖", "¶", "§ "])
def test_the_last_footnote_signs_start_portions(sign):
    doc = sbu_redact.read("SECRET//NOFORN\n\n(U) Summary. Arrears are likely.‡\n\n"
                          "________________\n‡ (U) INR calculation based on published figures.\n"
                          f"{sign}(S//NF) The interlocutor is a director at the treasury.\n\nSECRET//NOFORN\n")
    assert marking_of(doc, "The interlocutor is a director") == "(S//NF)"
    assert marking_of(doc, "INR calculation") == "(U)"


@pytest.mark.parametrize("key, edit", [
    ("reclassification_in_words", ("    level: SECRET\n", "    level: SEKRET\n")),
    ("country_names", ("  Canadian: CAN\n", "  Canadian: KAN\n")),
])
def test_the_new_keys_are_validated_with_file_and_key(tmp_path, key, edit):
    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    markings = folder / "markings.yaml"
    text = markings.read_text(encoding="utf-8")
    head, rest = text.split(f"\n{key}:")
    markings.write_text(head + f"\n{key}:" + rest.replace(*edit, 1), encoding="utf-8")
    with pytest.raises(RulesError, match=rf"markings\.yaml.*{key}"):
        load_rules(folder).grammar


def test_a_designation_blocks_display_only_list_reaches_the_marked_portions():
    doc = sbu_redact.read("CUI\n\nControlled by: DOE\nCUI Category: NUC\nLimited Dissemination Control: DISPLAY ONLY CAN\n"
                          "POC: J. Roe\n\nSUBJECT: (U) Trip report\n\n(CUI) The preferred site failed its seismic "
                          "screening.\n\n(U) The team returned on Friday.\n\nCUI\n")
    assert marking_of(doc, "preferred site failed") == "(CUI//DISPLAY ONLY CAN)"
    assert marking_of(doc, "team returned") == "(U)"
