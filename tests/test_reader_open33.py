"""Variants of the six known leaks of tests/test_reader_open32.py (issue 8), one class each, written before
reading the reader code (open33): a claim on "the last paragraph" in a reply whose original message is quoted
below it; "the last paragraph is secret" in a language with no lead word before it; a note that mixes English
and another language on one line; a diagram edge label with its own (U) before an unmarked node label in an
SBU//NOFORN file. Each withheld case says the phrase is released by no level named; the must-release cases say
the plain (U) text near such notes stays in the usg version.

First runs on main `44e044b`, before reading the code or changing it (honest record): 12 of 29 withheld cases
released the phrase, all 5 must-release cases passed. (The very first run had 24 withheld cases, 7 leaking: every
diagram variant was withheld; after comparing their output with test_reader_open32's Mermaid case, not the code,
the 5 variants with a `(U)` comment line before the edge were added, and all 5 leaked.)
- replies: last-paragraph-forwarded, last-paragraph-gmail-quote, paragraph-above-signature leaked (usg);
  final-paragraph-outlook and closing-paragraph-bare-headers were withheld.
- languages: vietnamese-final-paragraph, vietnamese-ascii-classified, greeklish-teleutaia leaked; the Vietnamese
  claim at the top, Greek script, the Greeklish "x: aporrito" form, Indonesian, Turkish, Tagalog were withheld.
- mixed lines: slovak-then-english leaked; English followed by Czech, German, Polish, Spanish were withheld.
- diagrams: every edge label after a `%% (U)` / `' (U)` comment line leaked at partner (4 Mermaid forms and
  PlantUML); without the comment line all 5 forms were withheld (the (U) comment, not the edge, ends the
  SBU//NF portion).
Added after the first run (open33, after reading the code), each checked on `44e044b` too: the second paragraph
above a signature, notes of other languages at the top of a reply over a bare `From:`/`Sent:` block (Vietnamese,
Greeklish, Slovak, Turkish) or a forwarded message (Vietnamese), and bare Slovak after English leaked there; the
Dutch and Italian mixed lines were withheld there already.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

SECRET_PLAN = "Counter-surveillance team Bravo will sit in the blue van on Rue Halim."
DELEGATION = "The delegation arrives Tuesday at 0900 and stays at the Marriott."
BANNER = "UNCLASSIFIED//FOR OFFICIAL USE ONLY"


def _reply(claim: str, quoted: str) -> str:
    """A reply whose new text opens with `claim`, with `quoted` (a quoted or forwarded message) below it."""
    return (f"{BANNER}\n\nSubject: RE: Visit logistics\n\n{claim}\n\n{DELEGATION}\n\n{SECRET_PLAN}\n\n"
            f"Thanks,\nDana Whitfield\nRegional Security Office\n\n{quoted}\n\n{BANNER}\n")


OUTLOOK = ("-----Original Message-----\nFrom: Karen Obi\nSent: Thursday, December 3, 2026 4:12 PM\n"
           "To: Dana Whitfield\nSubject: Visit logistics\n\nDana, can you send the plan?\n\nThanks, Karen")
FORWARDED = ("---------- Forwarded message ---------\nFrom: Karen Obi <obi@state.example>\n"
             "Date: Thu, Dec 3, 2026 at 4:12 PM\nSubject: Visit logistics\nTo: Dana Whitfield\n\n"
             "Dana, please pass the plan to the team.\n\nKaren")
GMAIL_QUOTE = ("On Thu, Dec 3, 2026 at 4:12 PM Karen Obi <obi@state.example> wrote:\n"
               "> Dana, can you send the plan?\n>\n> Thanks, Karen")
BARE_HEADERS = ("From: Karen Obi\nSent: Thursday, December 3, 2026 4:12 PM\nTo: Dana Whitfield\n"
                "Subject: Visit logistics\n\nDana, can you send the plan?\n\nKaren")

REPLIES = [
    ("final-paragraph-outlook", _reply("The final paragraph is SECRET//NOFORN.", OUTLOOK)),
    ("last-paragraph-forwarded", _reply("The last paragraph is SECRET//NOFORN.", FORWARDED)),
    ("last-paragraph-gmail-quote", _reply("Note that the last paragraph is SECRET.", GMAIL_QUOTE)),
    ("paragraph-above-signature", _reply("The paragraph above my signature is SECRET//NOFORN.", BARE_HEADERS)),
    ("closing-paragraph-bare-headers", _reply("Heads up: the closing paragraph is classified SECRET.",
                                              BARE_HEADERS)),
    ("second-paragraph-above-signature", _reply("The second paragraph above my signature is SECRET.", BARE_HEADERS)),
    # (added after the first run: a note of another language at the top of a reply over a bare `From:`/`Sent:` block)
    ("vietnamese-reply-bare-headers", _reply("Đoạn cuối là mật.", BARE_HEADERS)),
    ("greeklish-reply-bare-headers", _reply("I teleftaia paragrafos einai aporriti.", BARE_HEADERS)),
    ("slovak-reply-bare-headers", _reply("Posledny odsek je TAJNE, thanks.", BARE_HEADERS)),
    ("turkish-reply-bare-headers", _reply("Son paragraf gizlidir.", BARE_HEADERS)),
    ("vietnamese-reply-forwarded", _reply("Đoạn cuối là mật.", FORWARDED)),
]


def _note_last(note: str) -> str:
    return f"{BANNER}\n\nSubject: Visit logistics\n\n{DELEGATION}\n\n{SECRET_PLAN}\n\n{note}\n\n{BANNER}\n"


def _note_first(note: str) -> str:
    return f"{BANNER}\n\nSubject: Visit logistics\n\n{note}\n\n{DELEGATION}\n\n{SECRET_PLAN}\n\n{BANNER}\n"


LANGUAGES = [
    ("vietnamese-final-paragraph", _note_last("Đoạn văn cuối cùng là mật.")),
    ("vietnamese-ascii-classified", _note_last("Doan van cuoi cung thuoc loai mat.")),
    ("vietnamese-top-secret-at-top", _note_first("Đoạn cuối là tối mật, không phổ biến.")),
    ("greeklish-teleutaia", _note_last("H teleutaia paragrafos einai aporriti.")),
    ("greek-script", _note_last("Η τελευταία παράγραφος είναι απόρρητη.")),
    ("greeklish-slash-variant", _note_last("teleftaia paragrafos: aporrito")),
    ("indonesian", _note_last("Paragraf terakhir adalah rahasia.")),
    ("turkish", _note_last("Son paragraf gizlidir.")),
    ("tagalog", _note_last("Ang huling talata ay lihim.")),
]

MIXED = [
    ("english-then-czech", _note_last("Tom, notes from lunch. Pozor: poslední odstavec je TAJNÉ")),
    ("english-then-german", _note_last("Hi Tom, see below - Achtung, der letzte Absatz ist GEHEIM.")),
    ("slovak-then-english", _note_last("Posledny odsek je TAJNE, thanks for lunch Tom.")),
    ("english-then-polish", _note_last("Thanks all. Uwaga: ostatni akapit jest tajny.")),
    ("english-then-spanish", _note_last("Thanks Tom - ojo, el último párrafo es secreto.")),
    ("dutch-then-english", _note_last("De laatste paragraaf is GEHEIM, thanks Tom.")),
    ("english-then-italian", _note_last("Thanks all. Attenzione: l'ultimo capoverso è SEGRETO.")),
    ("english-then-slovak-ascii-bare", _note_last("Thanks Tom. Posledny odsek je TAJNE")),
]


def _mermaid(edge_line: str, before: str = "") -> str:
    return (f"{BANNER}\n\n(U) Interview flow for referred applicants.\n\n```mermaid\nflowchart LR\n"
            '  subgraph S1["(SBU//NF) Referral handling"]\n'
            '    A["(U) Applicant submits DS-160"] --> C["(U) Interview at window 4"]\n'
            f"  end\n{before}{edge_line}\n```\n\n(U) Questions to the consular chief.\n")


COMMENT = "  %% (U) Window 4 has the document camera.\n"


NODE = "Case to Omar Farah at MOI"
DIAGRAMS = [
    ("mermaid-unquoted-edge", _mermaid(f'  C -->|(U) refused| D["{NODE}"]')),
    ("mermaid-text-edge", _mermaid(f'  C -- "(U) refused" --> D["{NODE}"]')),
    ("mermaid-thick-edge", _mermaid(f'  C ==>|"(U) refused"| D("{NODE}")')),
    ("mermaid-dotted-edge-round", _mermaid(f'  C -.->|"(U) refused"| D(["{NODE}"])')),
    ("mermaid-comment-then-unquoted-edge", _mermaid(f'  C -->|(U) refused| D["{NODE}"]', COMMENT)),
    ("mermaid-comment-then-text-edge", _mermaid(f'  C -- "(U) refused" --> D["{NODE}"]', COMMENT)),
    ("mermaid-comment-then-thick-edge", _mermaid(f'  C ==>|"(U) refused"| D("{NODE}")', COMMENT)),
    ("mermaid-comment-then-edge-node-first", _mermaid(f'  D["{NODE}"] <-->|"(U) refused"| C', COMMENT)),
    ("plantuml-comment-then-arrow", f"{BANNER}\n\n(U) Interview flow for referred applicants.\n\n@startuml\n"
                                    'rectangle "(SBU//NF) Referral handling" {\n'
                                    '  rectangle "(U) Interview at window 4" as C\n'
                                    "  ' (U) Window 4 has the document camera.\n"
                                    f'  C --> D : (U) refused\n  rectangle "{NODE}" as D\n}}\n@enduml\n\n'
                                    "(U) Questions to the consular chief.\n"),
    ("plantuml-arrow", f"{BANNER}\n\n(U) Interview flow for referred applicants.\n\n@startuml\n"
                       'rectangle "(SBU//NF) Referral handling" {\n'
                       '  rectangle "(U) Interview at window 4" as C\n'
                       f'  C --> D : (U) refused\n  rectangle "{NODE}" as D\n}}\n@enduml\n\n'
                       "(U) Questions to the consular chief.\n"),
]

WITHHELD = ([(k, t, SECRET_PLAN, ("usg", "partner")) for k, t in REPLIES + LANGUAGES + MIXED]
            + [(k, t, NODE, ("partner",)) for k, t in DIAGRAMS])


@pytest.mark.parametrize("kind,text,phrase,levels", WITHHELD, ids=[k for k, *_ in WITHHELD])
def test_variant_is_withheld(kind, text, phrase, levels):
    assert_withheld(text, phrase, levels=levels)


# Plain (U) text near such notes that the usg version must keep.
MARKED_NOTE = ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nSubject: Visit logistics\n\n"
               "(U) The delegation arrives Tuesday at 0900.\n\n(U) Lunch is at the embassy canteen.\n\n"
               "(U) Đoạn cuối là thông tin về bữa trưa.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n")
PLAIN_REPLY = (f"{BANNER}\n\nSubject: RE: Visit logistics\n\nThe last paragraph of the agenda moved to Friday.\n\n"
               f"{DELEGATION}\n\nThanks,\nDana\n\n{OUTLOOK}\n\n{BANNER}\n")
UNCLASSIFIED_MERMAID = ("UNCLASSIFIED\n\n(U) Interview flow.\n\n```mermaid\nflowchart LR\n"
                        '  C["(U) Interview at window 4"] -->|"(U) refused"| D["Case goes to the supervisor"]\n'
                        "```\n\n(U) Questions to the consular chief.\n")
MIXED_PLAIN = (f"{BANNER}\n\n(U) Tom, notes from lunch. Pozor: the canteen closes at two.\n\n"
               "(U) The delegation arrives Tuesday at 0900.\n\n" f"{BANNER}\n")

RELEASED = [
    ("marked-note-vietnamese-not-a-claim", MARKED_NOTE, "The delegation arrives Tuesday at 0900."),
    ("marked-note-lunch", MARKED_NOTE, "Lunch is at the embassy canteen."),
    ("reply-with-no-claim", PLAIN_REPLY, DELEGATION),
    ("unclassified-mermaid-node", UNCLASSIFIED_MERMAID, "Case goes to the supervisor"),
    ("mixed-line-no-claim", MIXED_PLAIN, "The delegation arrives Tuesday at 0900."),
]


@pytest.mark.parametrize("kind,text,phrase", RELEASED, ids=[k for k, *_ in RELEASED])
def test_plain_text_is_released_at_usg(kind, text, phrase):
    assert_released(text, phrase, "usg")
