"""fix43a: corrections written as commands and edits, by CLASS of tool and target (issue 8).

First run (main 469c2454): 11 documents of round 171 leaked through an edit the reader did not read
(adv171-001/003/005/007/008/021/025/028/029/038/043: Emacs query-replace answered `n n y q`, BBEdit Find/Replace on the
text under a heading, a git diff hunk, a ```suggestion block, a markup list's `Deleted "(U)" Inserted "(C)"`, perl
`if $. == 17` over a `cat -n` listing, `s/(U)/(CUI\\/\\/REL TO USA, AUS)/`, French `remplacer (U) par (S)`, Spanish
`cambiar (U) por (C//NF)`, a Google Docs suggestion `Replace "(U)" with "(S)" -- on "..."`, Emacs replace-regexp in a
region named by a quote) and review42ab a10 (`> Please 2s/(U)/(S)/` as the last line of a quoted reply); after:
none. The cases below are written fresh (other tools' wording, other texts); each raising case fails on main
(checked with PYTHONPATH=/tmp/m43; a French `remplacer ... sur le pilote` variant was already withheld on main and
is left out).
"""
from __future__ import annotations

import pytest

import sbu_redact

SECRET_LINE = "the pilot said the navy sells fuel to the smugglers at the north jetty"


def _redact(text: str, level: str = "usg") -> str:
    out = sbu_redact.Pipeline().redact(text, levels=["usg", "partner", "public"], partner="GBR")
    version = out[level]
    return version if isinstance(version, str) else getattr(version, "text", str(version))


RAISING = {
    "emacs-query-replace-answers": (
        "Classification: SECRET\n\nHi -- with point at the top of the notes, M-x query-replace RET (U) RET (S) RET and\n"
        "answer y n n q please.\n\n(U) The minister welcomed the team at the ferry port.\n"
        f"(U) Later {SECRET_LINE}.\n(U) The team flew home on Sunday.\n\nClassification: SECRET\n"),
    "emacs-replace-string-region-quote": (
        "CONFIDENTIAL\nNotes:\n(U) The board kept the budget as it was.\n"
        f"(U) After the meeting {SECRET_LINE}.\n(U) Minutes go out next week.\n\n"
        "Set the region from \"After the meeting\" to the end of the line, then M-x replace-string RET (U) RET (C) RET.\n"
        "CONFIDENTIAL\n"),
    "unified-diff-hunk": (
        "SECRET//NOFORN\nOnly one mark changed since the last draft:\n\n"
        "  @@ -2,3 +2,3 @@\n   (U) The fleet visit\n  -(U) Afterwards the pilot said\n  +(S//NF) Afterwards the pilot said\n"
        "   (U) The next visit\n\nThe body below is the old draft.\n\n(U) The fleet visit went well in every respect.\n"
        f"(U) Afterwards {SECRET_LINE}.\n(U) The next visit is planned for May.\nSECRET//NOFORN\n"),
    "github-suggestion-block": (
        "CONFIDENTIAL\nPull request #42 -- notes/port.txt\n(U) The team toured the container terminal.\n"
        f"(U) In private {SECRET_LINE}.\n(U) The team left by the coast road.\n\n"
        "Review comment on line 2:\n```suggestion\n(C) In private the pilot said ...\n```\nCONFIDENTIAL\n"),
    "markup-list-deleted-inserted": (
        "Classification: CONFIDENTIAL\n\nTracked changes:\n  1. Deleted: \"(U)\"; Inserted: \"(C)\" -- paragraph starting \"In private\"\n\n"
        "(U) The team toured the container terminal.\n"
        f"(U) In private {SECRET_LINE}.\n(U) The team left by the coast road.\nClassification: CONFIDENTIAL\n"),
    "perl-line-number-of-listing": (
        "Classification: CONFIDENTIAL\n\nRun perl -pi -e 's/\\(U\\)/(C)/ if $. == 22' notes.txt please.\n\n"
        "    21\t(U) The team toured the container terminal.\n"
        f"    22\t(U) In private {SECRET_LINE}.\n    23\t(U) The team left by the coast road.\n\nClassification: CONFIDENTIAL\n"),
    "italian-worded": (
        "Classification: SECRET\n\nPer favore sostituire (U) con (S) nel secondo paragrafo.\n\n"
        "(U) The team toured the container terminal.\n"
        f"(U) In private {SECRET_LINE}.\n(U) The team left by the coast road.\n\nClassification: SECRET\n"),
    "quoted-reply-address": (
        "From: a.b\nTo: desk\nSubject: RE: port notes\n\nOK.\n\n> (U) The team toured the container terminal.\n"
        f"> (U) In private {SECRET_LINE}.\n> Please 2s/(U)/(C)/ before it goes.\n\nUNCLASSIFIED\n"),
}


@pytest.mark.parametrize("name", sorted(RAISING))
def test_edit_raises_its_target(name: str) -> None:
    text = RAISING[name]
    for level in ("partner", "public"):
        assert "navy sells fuel" not in _redact(text, level), (name, level)


def test_release_list_without_gbr_limits_at_partner() -> None:
    text = ("From: a.b\nTo: desk\nSubject: notes\nCUI\n\nPlease s/(U)/(CUI\\/\\/REL TO USA, CAN)/ on the third bullet.\n\n"
            "- (U) The office opened in May.\n- (U) The plant runs two shifts.\n"
            "- (U) The bid names a floor price of nine hundred dollars a tonne.\n\nCUI\n")
    assert "floor price of nine hundred" not in _redact(text, "partner")
    assert "floor price of nine hundred" in _redact(text, "usg")


TRAPS = {
    "lowering-suggestion": (
        "UNCLASSIFIED\n(U) The team toured the container terminal.\n(U) The team left by the coast road.\n\n"
        "Suggestions:\n  Replace \"(S)\" with \"(U)\" -- on \"The team left\"\nUNCLASSIFIED\n"),
    "typo-query-replace": (
        "UNCLASSIFIED\n\nM-x query-replace RET (u) RET (U) RET and answer ! to fix the lower-case marks.\n\n"
        "(U) The team toured the container terminal.\n(U) The team left by the coast road.\nUNCLASSIFIED\n"),
}


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_lowering_or_typo_edit_releases(name: str) -> None:
    out = _redact(TRAPS[name], "public")
    assert "toured the container terminal" in out and "left by the coast road" in out
