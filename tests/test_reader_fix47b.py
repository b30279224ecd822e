"""fix47b (session s47, issue 8): releases that wait on a condition, sharing sentences with an exception, and the UK
government's names listed once.

First run (fresh documents written for this branch, each an UNCLASSIFIED//FOUO text whose release to the UK is
stated with a condition not met in the document; the whole harness has no open leak of this class): on main
(be2bae98) each of the 14 withheld cases below released the FOUO text at `partner` (GBR); after, none. main already
withheld most conditions written after the recipients in a sharing sentence (fix45e: `may be shared with the UK
once ...`); what still released:
- a release field whose countries are in words (`REL TO: Australia and the UK once the FDO signs off`) or whose
  condition is bracketed or after a comma (`Release: USA, GBR (pending FDO approval)`);
- a trigraph alone before the condition (`releasable to GBR pending FDO approval`: a trigraph counted only in
  words with a lower-case letter, so `GBR` named no one; now the line counts too, and in capitals a trigraph that is
  no common English word);
- the condition first (`If the originator agrees, the schedule may be shared with the UK`);
- an exception that names no country (`with the Five Eyes community except where the annex says otherwise`, `with
  coalition members other than those named in para 4`, `save as the annex provides`): it may leave the UK out.
Each is now NOFORN (rules/markings.yaml `controls_in_words`, three patterns beside fix45e's; an exception that names a
country, `except Canada`, is left to the rules that read the list less it). The traps (`the UK once hosted the
talks`, a visa notice `pending approval`, plain `REL TO USA, GBR`) are still released at partner.
"""
from __future__ import annotations

import pytest

import sbu_redact

SECRET = "The harbour master will close the north fuel pier to visiting warships from 4 May"


def _memo(line: str) -> str:
    return (f"UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nMEMORANDUM FOR RECORD\nSUBJECT: Port visit planning\n{line}\n\n"
            f"(U//FOUO) {SECRET}.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


def _paragraph(sentence: str) -> str:
    return (f"UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n(U//FOUO) {SECRET}. {sentence}\n\n"
            "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


def _note_before(sentence: str) -> str:
    return (f"UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n(U) {sentence}\n\n(U//FOUO) {SECRET}.\n\n"
            "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n")


def _cable(line: str) -> str:
    return (f"UNCLAS SENSITIVE SECTION 01 OF 01 LONDON 004417\n\nSENSITIVE BUT UNCLASSIFIED\n{line}\n\n"
            f"1. (SBU) {SECRET.upper()}.\n\nSMITH\n")


WITHHELD = [
    _memo("REL TO: Australia and the UK once the FDO signs off"),
    _memo("Release: USA, GBR (pending FDO approval)"),
    _paragraph("The annex is releasable to GBR pending FDO approval."),
    _note_before("The schedule below is releasable to GBR if J3 concurs."),
    _paragraph("Upon FDO approval, this summary may be released to the United Kingdom."),
    _paragraph("If the originator agrees, the schedule may be shared with the UK."),
    _paragraph("Provided that the J2 concurs, it can be passed to the British liaison team."),
    _paragraph("Once the exercise has ended, REL TO USA, GBR."),
    _paragraph("These notes may be shared with the Five Eyes community except where the annex says otherwise."),
    _paragraph("The roster may be shared with coalition members other than those named in para 4."),
    _paragraph("Releasable to FVEY partners save as the annex provides."),
    _paragraph("It may be passed to Five Eyes partners, except where paragraph 6 says otherwise."),
    _paragraph("Shareable with NATO allies apart from those the J2 names."),
    _cable("RELEASABLE TO GBR PENDING FDO APPROVAL"),
]

RELEASED = [
    _paragraph("The UK once hosted the talks, and this may be shared with the UK."),
    _paragraph("Visa applications are pending approval. This paragraph may be shared with the UK."),
    _memo("REL TO: USA, GBR"),
    _memo("REL TO USA, GBR"),
    _paragraph("This may be shared with FVEY partners."),
    _paragraph("Releasable to the UK and Canada; the visa notice itself is pending approval."),
]


_PIPELINE = sbu_redact.Pipeline()


def _partner(text: str) -> str:
    try:
        return _PIPELINE.redact(text, levels=["partner"], partner="GBR")["partner"].text
    except sbu_redact.LeakError:
        return ""


@pytest.mark.parametrize("text", WITHHELD)
def test_conditional_or_excepted_release_is_withheld_at_partner(text: str) -> None:
    released = " ".join(_partner(text).split()).casefold()
    assert "close the north fuel pier" not in released


@pytest.mark.parametrize("text", RELEASED)
def test_unconditional_release_stays_released_at_partner(text: str) -> None:
    assert "close the north fuel pier" in " ".join(_partner(text).split())


def test_uk_government_names_are_listed_once() -> None:
    """One list (`uk_government_names`) feeds the exception names, the foreign audiences and the seats."""
    from sbu_redact.config import load_rules
    from sbu_redact.markings import validated_vocabulary
    vocabulary = validated_vocabulary(load_rules())
    offices = vocabulary.uk_government_names.offices
    assert "King Charles Street" in offices and "FCDO" not in vocabulary.excepted_country_names
    assert "FCDO" not in vocabulary.foreign_recipients and "Downing Street" not in vocabulary.capital_cities
    assert vocabulary.exception_names()["Vauxhall Cross"] == "GBR"
    assert "GCHQ" in vocabulary.foreign_audiences()
    assert vocabulary.government_seats()["Downing Street"] == "GBR"


def test_a_uk_government_name_listed_twice_is_refused(tmp_path) -> None:
    import shutil
    from sbu_redact.config import RulesError, load_rules
    from sbu_redact.markings import validated_vocabulary
    rules = tmp_path / "rules"
    shutil.copytree(load_rules().directory, rules)
    text = (rules / "markings.yaml").read_text(encoding="utf-8")
    (rules / "markings.yaml").write_text(text.replace("  seats: [Whitehall, Downing Street]",
                                                      "  seats: [Whitehall, Downing Street, London]"), encoding="utf-8")
    with pytest.raises(RulesError, match="uk_government_names.seats.2"):
        validated_vocabulary(load_rules(rules))
