"""EXDIS and NODIS traffic is NOFORN: a partner version never carries it, also when the control is only a
caption under an UNCLAS SENSITIVE classification line (found 2026-12-04 by a fixer, not a corpus round)."""
import pytest

import sbu_redact

SECRET_BIT = "the minister said the cabinet will fall before the budget vote"
PLAIN_BIT = "The weather in Rome was fine for the ceremony"


def _cable(caption: str) -> str:
    return (f"UNCLAS SENSITIVE SECTION 01 OF 01 ROME 001203\n\n{caption}SIPDIS\n\nE.O. 12958: N/A\n"
            "TAGS: PREL, IT\nSUBJECT: COALITION TALKS\n\n"
            f"1. (SBU) In a private call {SECRET_BIT} next week.\n\n2. (U) {PLAIN_BIT}.\n\nSMITH\n")


@pytest.fixture(scope="module")
def pipeline():
    return sbu_redact.Pipeline()


def _released(pipeline, text, level):
    return pipeline.redact(text, levels=["usg", "partner", "public"], partner="GBR")[level].text


@pytest.mark.parametrize("caption", ["EXDIS\n", "NODIS\n", "EXDIS\nSTADIS\n", "E X D I S\n"])
def test_an_exdis_or_nodis_cable_reaches_no_partner(pipeline, caption):
    assert SECRET_BIT not in _released(pipeline, _cable(caption), "partner")
    assert SECRET_BIT not in _released(pipeline, _cable(caption), "public")


def test_without_the_caption_the_partner_sees_sbu(pipeline):
    assert SECRET_BIT in _released(pipeline, _cable(""), "partner")


def test_usg_still_reads_an_exdis_cable(pipeline):
    assert SECRET_BIT in _released(pipeline, _cable("EXDIS\n"), "usg")
