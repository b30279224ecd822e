"""Round 128's caption and structure leaks, fixed by class on documents written for this test (not the
corpus's wording): unmarked text takes the level of its document, never the (U) of what it follows or
sits inside; a caption is read whatever joins its pieces.

- a control word split by a space or any punctuation (`NO_FORN` from a tool, `NO–FORN`, `NO.FORN`,
  `EX-DIS`) in a cable's classification line, a caption line or a banner, and a banner whose tokens are
  joined by a dash instead of `//` (`SBU – NOFORN`, `CONFIDENTIAL—NOFORN`): read as the control;

Each test also holds non-examples: ordinary text that must stay releasable."""
from __future__ import annotations

from released import assert_released, assert_withheld

PARTNER = ("partner", "public")


# --- a control word split or joined by punctuation in a caption or banner -----------------------------------


def _cable(caption_line: str) -> str:
    return ("P 030915Z DEC 26\n"
            "FM AMEMBASSY LUSAKA\n"
            "TO SECSTATE WASHDC PRIORITY 4410\n"
            "BT\n"
            f"{caption_line}\n"
            "E.O. 12958: N/A\n"
            "TAGS: ECON, EMIN, ZA\n"
            "SUBJECT: COPPERBELT ROYALTY TALKS\n\n"
            "1. (SBU) The mines minister told the ambassador that the royalty cap will be lifted for the "
            "two Chinese-owned smelters only.\n\n"
            "2. (U) The embassy will host the annual mining investment breakfast on January 20.\n\n"
            "BT\n#0881\nNNNN\n")


def test_cable_caption_split_by_underscore_dot_or_dash_is_noforn():
    for caption in ("NO_FORN", "NO.FORN", "NO–FORN", "NO — FORN"):
        text = _cable(f"UNCLAS SENSITIVE {caption} LUSAKA 000881")
        assert_withheld(text, "royalty cap will be lifted for the two Chinese-owned smelters only", PARTNER)
        assert_released(text, "royalty cap will be lifted for the two Chinese-owned smelters only")  # (SBU: usg sees it)
        assert_released(text, "The embassy will host the annual mining investment breakfast on January 20.")


def test_email_caveat_line_with_split_control_is_noforn():
    text = ("From: Halvorsen, Tove\n"
            "To: Econ Section\n"
            "Subject: cobalt export permits\n\n"
            "SBU NO_FORN\n\n"
            "(SBU) The customs director confirmed that the permits for the Kolwezi consignments were "
            "backdated at the request of a cabinet adviser.\n\n"
            "(U) Our next coordination call is on Thursday.\n\n"
            "(U) NO FORNICATION signs were posted by the parish, a local paper reported.\n\n"
            "(U) The EX-DISTRICT commissioner, now retired, opened the no-forn.txt archive exhibit.\n\n"
            "SBU NO_FORN\n")
    assert_withheld(text, "permits for the Kolwezi consignments were backdated", PARTNER)
    assert_released(text, "permits for the Kolwezi consignments were backdated")
    assert_released(text, "Our next coordination call is on Thursday.")
    # non-examples: pieces that are words of their own, in lower case, or parts of longer words
    for phrase in ("NO FORNICATION signs were posted by the parish, a local paper reported.",
                   "The EX-DISTRICT commissioner, now retired, opened the no-forn.txt archive exhibit."):
        for level in ("usg", "partner", "public"):
            assert_released(text, phrase, level)


def test_banner_tokens_joined_by_a_dash_are_read():
    for banner in ("SBU – NOFORN", "SBU—NO.FORN", "SBU - NO FORN"):
        text = (f"{banner}\n\n"
                "MEMORANDUM FOR THE FILE\n\n"
                "SUBJECT: (U) Fisheries observer programme\n\n"
                "1. (U) Observers will board the longliners in Walvis Bay from March.\n\n"
                "2. (SBU) Two observers reported bribes offered by the vessel agents; the ministry is not "
                "yet told.\n\n"
                f"{banner}\n")
        assert_withheld(text, "Two observers reported bribes offered by the vessel agents", PARTNER)
        assert_released(text, "Two observers reported bribes offered by the vessel agents")
        assert_released(text, "Observers will board the longliners in Walvis Bay from March.")
