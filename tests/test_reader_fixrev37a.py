"""fixrev37a: old leaks review37a found around open37a's mid-line marks (issue 8), raise-only fixes.

1. a classified mark after a spaced dash or slash, an open parenthesis or `that` in unmarked text is read
   (reader/inline_marks.py `_AFTER_OTHER_BREAK`, `(C)`/`(S)`/`(TS)` only, to keep over-redaction small);
2. a capital line-start letter under a line that looks like a citation stays a mark unless the line ends in a
   citation word and its number and the letter's text continues the citation (`(S) of the annex`):
   reader/marks.py `cites_subsection`, the rules' `cites_section_at_end` and `subsection_continues` (only for a
   letter whose mark raises, `MarkReader.raising_letter`: a `(U)` keeps the rule before, nothing is released).
3. a line-start stated notice (`(C) 2026 Acme Corp. All rights reserved.`) with unmarked text on the next line of the
   paragraph is read as a mark (reader/marks.py `MarkReader._text_under`): the text under it would take the (U) of
   the portion above. (The mid-line notice of unmarked text in a bannered document, review37a e09_B, stays unmarked:
   its text takes the document's level, UNCLASSIFIED, as the brief asks.)
Left open: the spelled-out run class (`(A) travel, (B) lodging, and (C) THE MINISTER ...`), ambiguous, left for
later by the brief.

First run (12:09 UTC; before the fix on lead37 every reviewer document here leaked at usg, partner and public):
classes 1 and 2 withheld at every level; class 3 still leaked (notice_runs_on is not the line-start path);
12:12 UTC with `_text_under`: all withheld.
"""
import pytest

import sbu_redact

LEVELS = ["usg", "partner", "public"]


def _outputs(text: str) -> dict[str, str]:
    out = sbu_redact.Pipeline().redact(text, levels=LEVELS, partner="GBR")
    return {lv: " ".join(out[lv].text.split()) for lv in LEVELS}


def _doc(body: str) -> str:
    return f"UNCLASSIFIED\n\n{body}\n\nUNCLASSIFIED\n"


WITHHELD = {
    # class 1: the reviewer's minimal documents and a variant (an en dash, TS//NF after `that`)
    "dash": ("Short version of today's meeting - (S) the army moved two brigades to the border overnight.",
             "the army moved two brigades"),
    "that": ("The deputy minister told me that (S) the army moved two brigades to the border overnight.",
             "the army moved two brigades"),
    "paren": ("Readout attached ((S) the army moved two brigades to the border overnight, per the deputy minister).",
              "the army moved two brigades"),
    "slash": ("0600 roads open / (S) the defence minister has authorised strikes on the dam",
              "authorised strikes on the dam"),
    "variant-en-dash-ts": ("Quick note from the call \u2013 (TS//NF) the strike package is set for Friday night.",
                           "the strike package is set"),
    # class 2
    "digitline": ("dial-in is 555 0143\n(S) the source in the defence ministry reports the coup plotters will move "
                  "on 20 March", "the coup plotters will move"),
    "sectionline": ("Read the guidance under section 4\n(S) the source in the palace guard will give the signal on "
                    "20 March.", "palace guard will give the signal"),
    "andline": ("Plan for the evening:\n(A) staff leave the building by 1800 and\n(B) the motor pool stays on call, "
                "and\n(C) the source in the palace guard will give the signal at 2200.",
                "palace guard will give the signal"),
    "variant-para-ref": ("Meeting moved to Room 2, see para 3\n(C) the minister will resign after the vote on "
                         "Friday.", "the minister will resign"),
}


@pytest.mark.parametrize("name", sorted(WITHHELD))
def test_old_leak_is_withheld(name: str) -> None:
    body, phrase = WITHHELD[name]
    outs = _outputs(_doc(body))
    for lv in LEVELS:
        assert phrase not in outs[lv], (name, lv)


def test_cited_subsection_that_continues_stays_a_subsection() -> None:
    """`section 2` / `(S) of the fee schedule annex`: the sentence goes on, no mark (the exception kept)."""
    outs = _outputs("UNCLASSIFIED\n\n(U) The fee is set out under section 2\n(S) of the fee schedule annex, as "
                    "amended in 2024.\n\nUNCLASSIFIED\n")
    assert "fee schedule annex" in outs["public"]


NOTICE = {
    "notice_wrap": ("(U) Slide 4 footer and text follow:\n(C) 2026 Acme Corp. All rights reserved.\nShipments in Q1 "
                    "were brokered by a front company tied to the IRGC procurement office.", "front company tied"),
    "crown_wrap": ("1. (U) The cover page and a contact's note on it follow:\n(C) Crown Copyright 2026. All rights "
                   "reserved.\nMoD contacts say HMG will withdraw the Typhoon detachment from Akrotiri by June.",
                   "withdraw the Typhoon detachment"),
    "variant-licence": ("2. (U) One firm's handout carried the usual footer:\n(C) 2025 Hansa Tech GmbH. Used under "
                        "license.\nHansa Tech GmbH shipped the gyroscopes to the missile directorate.",
                        "shipped the gyroscopes"),
}


@pytest.mark.parametrize("name", sorted(NOTICE))
def test_text_under_a_stated_notice_is_withheld(name: str) -> None:
    body, phrase = NOTICE[name]
    outs = _outputs(_doc(body))
    assert all(phrase not in outs[lv] for lv in LEVELS)


def test_short_line_under_a_notice_keeps_it_a_notice() -> None:
    """A page number or `End Reuters text.` under a notice is no text of its own: the notice stays one (the class 3
    rule's first run over-redacted adv4-008 and adv103-050 this way; fixed by asking five words)."""
    outs = _outputs("UNCLASSIFIED\n\n(U) ARCTIC: Begin Reuters text:\n  OTTAWA, Nov 16 (Reuters) - Canada's defence "
                    "minister said on Monday the\n  government would announce new patrol ship purchases early next "
                    "year.\n  (C) 2026 Reuters Limited. All rights reserved.\nEnd Reuters text.\n\nUNCLASSIFIED\n")
    assert "new patrol ship purchases" in outs["usg"]
