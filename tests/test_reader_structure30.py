"""Round 128's caption and structure leaks, fixed by class on documents written for this test (not the
corpus's wording): unmarked text takes the level of its document, never the (U) of what it follows or
sits inside; a caption is read whatever joins its pieces.

- a control word split by a space or any punctuation (`NO_FORN` from a tool, `NO–FORN`, `NO.FORN`,
  `EX-DIS`) in a cable's classification line, a caption line or a banner, and a banner whose tokens are
  joined by a dash instead of `//` (`SBU – NOFORN`, `CONFIDENTIAL—NOFORN`): read as the control;
- a source format's section heads with no blank line around them (POD's `=head1`, `=item`, AsciiDoc's
  `== Routes`, Texinfo's `@section`): each opens a portion, and an unmarked one takes the document's level;
- insertions of other compare and track-changes tools inside a (U) paragraph (pandoc's
  `[...]{.insertion ...}`, `++...++`, an HTML diff's `<span class="diff_add">`, `Inserted text: ...`): unmarked
  text at the document's level;

Each test also holds non-examples: ordinary text that must stay releasable."""
from __future__ import annotations

from released import assert_released, assert_withheld, check

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


# --- a source format's section heads (POD, AsciiDoc, Texinfo) with no blank line around them -------------------


def test_asciidoc_section_without_blank_lines_takes_the_document_level():
    text = ("// Classification: SECRET//NOFORN\n"
            "= Convoy escort playbook\n"
            "== (U) Purpose\n"
            "(U) This playbook describes the escort of relief convoys.\n"
            "== Routes\n"
            "Convoys leave the depot at 0300 and avoid the ring road where the militia keeps its checkpoint.\n"
            "== (U) Points of contact\n"
            "(U) Logistics cell, extension 2230.\n")
    check(text, ["avoid the ring road where the militia keeps its checkpoint"],
          ["This playbook describes the escort of relief convoys.", "Logistics cell, extension 2230."])


def test_texinfo_section_without_blank_lines_takes_the_document_level():
    text = ("\\input texinfo\n"
            "@c Classification: CONFIDENTIAL\n"
            "@settitle Relay station handbook\n"
            "@chapter (U) Introduction\n"
            "(U) The handbook covers the relay stations of the northern district.\n"
            "@section Access\n"
            "The gate code of the Kharan relay is rotated only when the district engineer travels abroad.\n"
            "@section (U) Maintenance\n"
            "(U) Generators are serviced every quarter.\n"
            "@bye\n")
    check(text, ["The gate code of the Kharan relay is rotated only"],
          ["The handbook covers the relay stations of the northern district.", "Generators are serviced every quarter."])


def test_pod_item_list_without_blank_lines_takes_the_document_level():
    text = ("# Classification: SECRET\n"
            "=head1 NAME\n"
            "(U) tidewatch - reads the harbour tide gauges\n"
            "=head1 OPTIONS\n"
            "=over 4\n"
            "=item --berth\n"
            "Selects berth 9, where the minesweepers are refitted out of sight of the ferry terminal.\n"
            "=back\n"
            "=head1 AUTHOR\n"
            "(U) Port engineering office.\n"
            "=cut\n")
    check(text, ["where the minesweepers are refitted out of sight of the ferry terminal"],
          ["tidewatch - reads the harbour tide gauges", "Port engineering office."])


# --- insertions of other compare and track-changes tools inside a (U) portion ----------------------------------


def test_pandoc_tracked_insertion_in_a_u_paragraph_takes_the_document_level():
    text = ("CONFIDENTIAL\n\n"
            "SUBJECT: (U) Dam inspection\n\n"
            "1. (U) The inspection team reached the spillway on Monday. [The contractor admitted that the "
            "grout in gallery 3 was never tested.]{.insertion author=\"L. Perez\" date=\"2026-11-30T09:00:00Z\"} "
            "[Next week]{.deletion author=\"L. Perez\"}\n\n"
            "2. (U) The embassy will publish the photos of the visit.\n\n"
            "CONFIDENTIAL\n")
    check(text, ["The contractor admitted that the grout in gallery 3 was never tested."],
          ["The inspection team reached the spillway on Monday.", "The embassy will publish the photos of the visit."])


def test_plus_plus_and_html_diff_insertions_take_the_document_level():
    text = ("SECRET\n\n"
            "1. (U) The trade delegation lands on Friday. ++Its deputy head carries the bid prices of the "
            "rival consortium.++\n\n"
            "2. (U) Talks open at the ministry. <span class=\"diff_add\">The minister's driver reports "
            "his meetings to the security service.</span>\n\n"
            "3. (U) The C++ training for the ministry's programmers ends on Thursday.\n\n"
            "SECRET\n")
    check(text, ["Its deputy head carries the bid prices of the rival consortium.",
                 "The minister's driver reports his meetings to the security service."],
          ["The trade delegation lands on Friday.", "Talks open at the ministry.",
           "The C++ training for the ministry's programmers ends on Thursday."])  # (C++: no insertion)


def test_inserted_text_label_in_a_u_paragraph_takes_the_document_level():
    text = ("CONFIDENTIAL\n\n"
            "1. (U) The port reopened on Sunday. Inserted text: The harbour master says the navy mined the "
            "northern approach.\n\n"
            "2. (U) Ferries run to the islands again.\n\n"
            "CONFIDENTIAL\n")
    check(text, ["the navy mined the northern approach"],
          ["The port reopened on Sunday.", "Ferries run to the islands again."])
