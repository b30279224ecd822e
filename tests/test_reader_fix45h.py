"""fix45h: REF and PASS descriptions in a classified cable's header zone; caveat lines with an abbreviated label and
`forward ... w/o`; relative remarks over unnumbered parts (issue 8).

Classes: 1 a REF line of a CONFIDENTIAL or higher cable whose unmarked words describe the cable it names (`REF: 26
TBILISI 0731 (SOURCE NAMED THE TWO OFFICERS ...)`, `REF: A. ..., on the minister's request ...`, wrapped or not) was a
reference field printed as written at every level: now text at the cable's level (`reader/ref_descriptions.py`; the
reference number goes with it, fail closed; an entry marked (U) releases as before); a PASS line that goes on with
five words or more that are no office, the same; 2 a caveat line whose label is abbreviated (`Dist.: FVEY (not incl.
UK)`, `Distr.: ... less UK`), above or below its portion, and `forward ... w/o the UK desk`, which fix45c's patterns
missed (their labels and sharing words did not hold `Dist.` nor `forward`): NOFORN; `w/o` or `without` right before
the UK's name (or its desk, embassy, government) that ends the phrase, whatever the sharing word: NOFORN; 3 a relative remark over UNNUMBERED
marked paragraphs (`para 2 and the one before it should be (S)`): fix45a raised candidates only beside numbered
parts; now the marked parts are counted as paragraphs (every marked part up to the one counted where some part is
unmarked).

First run (lead45 239b284b): adv181-017 and adv181-018 leaked at usg and partner, adv181-033 at partner, review44z
b01/b03 at usg, review45s c10 at partner; none after. The cases below are written fresh (other wording and secrets);
each withheld case fails on main d45fe65c, and the release cases (traps of the same shape) pass on main and here.
"""
from __future__ import annotations

import pytest

from released import assert_withheld, versions

ALL = ("usg", "partner", "public")
PARTNER = ("partner", "public")


def _cable(level: str, ref: str, body_secret: str = "THE COLONEL MOVED THE DEPOT TO THE NORTH") -> str:
    return (f"{level}\nNOFORN\n{ref}\nE.O. 13526: DECL: 12/01/2046\nTAGS: PREL, PINR\n"
            f"SUBJECT: (U) CUSTOMS REVIEW\n\n1. (S//NF) {body_secret}.\n\n"
            "2. (U) THE MINISTRY HELD A PRESS BRIEFING ON MONDAY.\n")


def _fouo(line: str, secret: str, after: bool = False) -> str:
    para = f"(FOUO) {secret}.\n"
    body = (para + line + "\n") if after else (line + "\n" + para)
    return ("FOR OFFICIAL USE ONLY\n\nMEMORANDUM\nSubject: Port access\n\n(U) The port opens a new gate in May.\n\n"
            + body + "\n(U) The staff canteen closes at four.\n\nFOR OFFICIAL USE ONLY\n")


def _review(comment: str) -> str:
    return ("(U) The clinic reopened after the flood repairs.\n\n(U) The district nurse keeps the vaccine ledger at home.\n\n"
            "(U) The ledger lists the families who paid twice.\n\n(U) The mayor opens the new road next week.\n\n"
            f"[Comment KR4]: {comment}\n")


# (id, document, phrase, levels at which it must be withheld)
CASES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("ref-comma-description-confidential",
     _cable("CONFIDENTIAL", "REF: 26 MINSK 0412, ON THE COLONEL WHO PASSED THE FUEL LISTS TO THE GRU"),
     "THE COLONEL WHO PASSED THE FUEL LISTS", ALL),
    ("ref-wrapped-description-mixed-case",
     _cable("SECRET", "REF: A. 26 Baku 0331 (the deputy minister's offer to sell\n     the border sensor maps)\n"
                      "     B. STATE 114022"),
     "the border sensor maps", ALL),
    ("ref-second-item-description",
     _cable("S E C R E T", "REFS: A. STATE 22013\n      B. 26 ALMATY 0902 (OUR ASSET INSIDE THE PRESIDENT'S GUARD)"),
     "OUR ASSET INSIDE THE PRESIDENT'S GUARD", ALL),
    ("pass-line-description",
     _cable("SECRET", "DEPT PASS TO DIA/J2 FOR THE ENGINEER WHO COPIES THE DRONE FIRMWARE FOR TEHRAN"),
     "COPIES THE DRONE FIRMWARE", ALL),
    ("caveat-dist-above",
     _fouo("Dist.: FVEY (not incl. UK)", "The harbour master shares the crew lists with the coast guard"),
     "shares the crew lists with the coast guard", PARTNER),
    ("caveat-distr-below",
     _fouo("Distr.: Five Eyes less the UK", "The pilots report the cargo seals to the customs cell", after=True),
     "report the cargo seals to the customs cell", PARTNER),
    ("forward-without-uk-desk",
     _fouo("OK to forward to the allied liaison cell w/o the British desk.", "The berth plan names two informants"),
     "The berth plan names two informants", PARTNER),
    ("for-liaison-wo-uk-desk",
     _fouo("OK for partner liaison, w/o the UK desk.", "The quay cameras record the night shifts"),
     "The quay cameras record the night shifts", PARTNER),
    ("circulate-without-uk-government",
     _fouo("Fine to circulate to allies without the UK government", "The pilot boats carry the seized phones"),
     "The pilot boats carry the seized phones", PARTNER),
    ("relative-unnumbered-before",
     _review("para 3 and the one before it should be (C)"), "keeps the vaccine ledger at home", ("usg",)),
    ("relative-unnumbered-above",
     _review("paragraph 4 and the paragraph above it are SECRET"), "The ledger lists the families", ("usg",)),
    ("relative-unnumbered-first",
     _review("para 2 and the one before it: (S//NF) please"), "The clinic reopened after the flood", ("usg",)),
]


@pytest.mark.parametrize("text,phrase,levels", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_withheld(text: str, phrase: str, levels: tuple[str, ...]) -> None:
    assert_withheld(text, phrase, levels)


# (id, document, phrase, level at which it must still be released)
RELEASES: list[tuple[str, str, str, str]] = [
    ("ref-bare-numbers-in-secret-cable", _cable("SECRET", "REF: A. STATE 12345 B. 26 LIMA 0701 (NOTAL)"),
     "26 LIMA 0701", "usg"),
    ("ref-description-in-unclassified-cable", _cable("UNCLASSIFIED", "REF: 26 LIMA 0711 (PRESS RELEASE ON THE BOOK FAIR)"),
     "PRESS RELEASE ON THE BOOK FAIR", "usg"),
    ("ref-description-marked-u", _cable("SECRET", "REF: (U) 26 ANKARA 1180, ON THE PUBLIC AIR SHOW DATES"),
     "ON THE PUBLIC AIR SHOW DATES", "usg"),
    ("pass-line-offices-and-names", _cable("SECRET", "TREASURY FOR OASIA/JSMITH AND CLAUDIA KRAUSE"),
     "OASIA/JSMITH", "usg"),
    ("caveat-dist-no-country", _fouo("Dist.: training staff (not incl. interns)", "The canteen menu changes weekly"),
     "The canteen menu changes weekly", "partner"),
    ("without-uk-minister-present", _fouo("The ministers met without the UK minister present.", "The staff canteen menu"),
     "The staff canteen menu", "partner"),
    ("relative-remark-without-level", _review("para 3 and the one before it look fine to me"),
     "The clinic reopened after the flood repairs.", "usg"),
    ("relative-unnumbered-first-stays", _review("para 3 and the one before it should be (C)"),
     "The clinic reopened after the flood repairs.", "usg"),
]


@pytest.mark.parametrize("text,phrase,level", [c[1:] for c in RELEASES], ids=[c[0] for c in RELEASES])
def test_released(text: str, phrase: str, level: str) -> None:
    assert phrase in versions(text, (level,))[level]
