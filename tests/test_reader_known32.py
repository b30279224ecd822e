"""Known leaks closed by helper known32 (issue 8), each shown to leak on the branch's start (`1efbd2d`).

1. A claim on the next paragraph whose level word is wrapped onto a line of its own ("... carries a higher
   level, e.g.⏎SECRET."): the line after "e.g." was cut off as a new paragraph (or read as a page banner,
   or a running head), and a level word alone on a line in capitals was not counted by the backstop, so the
   paragraph the claim names was released. Now "e.g."/"i.e." (and the backstop's `mention_before` words)
   end no paragraph, and a line in capitals is read with the mixed-case sentence it goes on from.
2. A line around a cable's classification line with a few capitalised words and no verb (`SOURCE OMAR HADDAD
   MFA`) was released as routing noise. Now a header line with a word that is no routing word needs the shape
   of routing (a code in it, or a `routing_leads` word first); without it, only routing and letterhead words.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

MINISTER = "The minister confirmed the withdrawal begins 3 March from the northern bases."
HEAD = "(U) Scheduling for the visit is complete.\n"

# the pointer and the level on different lines of one sentence
WRAPPED = [
    ("eg-next-line", HEAD + "(U) The next paragraph carries a higher level, e.g.\nSECRET.\n\n" + f"(U) {MINISTER}\n"),
    ("eg-next-line-no-stop", HEAD + "(U) The next paragraph carries a higher level, e.g.\nSECRET\n\n" + f"(U) {MINISTER}\n"),
    ("eg-next-line-unmarked", HEAD + "(U) The next paragraph carries a higher level, e.g.\nSECRET.\n\n" + f"{MINISTER}\n"),
    ("eg-top-secret", HEAD + "(U) The following paragraph sits higher than this one, e.g.\nTOP SECRET.\n\n"
     + f"(U) {MINISTER}\n"),
    ("ie-next-line", HEAD + "(U) The paragraph below is not for wide release, i.e.\nCONFIDENTIAL.\n\n"
     + f"(U) {MINISTER}\n"),
    ("two-lines-down", HEAD + "(U) The next paragraph carries a higher level,\nfor example,\nSECRET.\n\n"
     + f"(U) {MINISTER}\n"),
    ("pointer-line-above", HEAD + "(U) Note on the next paragraph:\nit carries a higher level, e.g.\nSECRET.\n\n"
     + f"(U) {MINISTER}\n"),
    ("such-as-top-secret", HEAD + "(U) Treat the following paragraph as something higher, such as\nTOP SECRET.\n\n"
     + f"(U) {MINISTER}\n"),
    ("for-example-no-comma", HEAD + "(U) The next paragraph carries a higher level, for example\nSECRET.\n\n"
     + f"(U) {MINISTER}\n"),
]

# a level named as an example on the next line, with no other text named: a mention, released
EXAMPLES = [
    "(U) Staff need a clearance, e.g.\nSECRET, to enter the annex.\n",
    "(U) Staff need a clearance, e.g.\nSECRET.\n",
]


@pytest.mark.parametrize("kind,text", WRAPPED, ids=[k for k, _ in WRAPPED])
def test_a_claim_wrapped_onto_the_next_line_withholds_the_paragraph_it_names(kind, text):
    assert_withheld(text, MINISTER, levels=ALL)


@pytest.mark.parametrize("text", EXAMPLES)
def test_a_level_named_as_an_example_on_the_next_line_stays_released(text):
    doc = HEAD + text + f"\n(U) {MINISTER}\n"
    for level in ALL:
        assert_released(doc, MINISTER, level)
        assert_released(doc, "Staff need a clearance", level)
        assert_released(doc, "Scheduling for the visit is complete.", level)


CABLE_HEADER = ("R 041200Z DEC 07\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC IMMEDIATE 5412\n"
                "INFO RUEHLO/AMEMBASSY LONDON 0123\n")
CABLE_BODY = ("\nNOFORN\nE.O. 12958: DECL: 12/04/2017\nTAGS: PREL, PGOV, RS\nSUBJECT: MFA CONTACT ON BORDER TALKS\n\n"
              "Classified By: Ambassador William Burns for reasons 1.4 (b) and (d).\n\n"
              "1. (S) The contact described the Ministry's position on the border talks.\n"
              "2. (U) The delegation returns on Friday.\n")
CLASSIFICATION = "\nS E C R E T MOSCOW 003736\n"

# a name with a label, no verb, before or after the classification line
NAMED = [
    ("source-before", "SOURCE OMAR HADDAD MFA\n" + CABLE_HEADER + CLASSIFICATION + CABLE_BODY, "OMAR HADDAD"),
    ("asset-before", "ASSET NAME RAFIQ DOSTUM\n" + CABLE_HEADER + CLASSIFICATION + CABLE_BODY, "RAFIQ DOSTUM"),
    ("contact-before", "CONTACT NUMBER 7 BAGRAM NORTH\n" + CABLE_HEADER + CLASSIFICATION + CABLE_BODY, "BAGRAM NORTH"),
    ("asset-after", CABLE_HEADER + "BT\nS E C R E T MOSCOW 003736\nASSET NAME RAFIQ DOSTUM" + CABLE_BODY, "RAFIQ DOSTUM"),
]

# the shapes of routing and letterhead that stay released as header noise
ROUTING = ["R 041200Z DEC 07", "FM AMEMBASSY MOSCOW", "TO SECSTATE WASHDC IMMEDIATE 5412",
           "INFO RUEHLO/AMEMBASSY LONDON 0123", "E.O. 12958: DECL: 12/04/2017"]
LETTERHEADS = ["UNITED STATES DEPARTMENT OF STATE", "EMBASSY OF THE UNITED STATES OF AMERICA",
               "DEFENSE INTELLIGENCE AGENCY"]


@pytest.mark.parametrize("kind,text,name", NAMED, ids=[k for k, _, _ in NAMED])
def test_a_few_words_without_the_shape_of_routing_are_no_header_noise(kind, text, name):
    assert_withheld(text, name, levels=ALL)


@pytest.mark.parametrize("letterhead", LETTERHEADS)
def test_routing_and_letterhead_lines_stay_released(letterhead):
    doc = "ZCZC RUEHWDA0233 3341430\n" + letterhead + "\n" + CABLE_HEADER + CLASSIFICATION + CABLE_BODY
    for level in ALL:
        for line in (letterhead, *ROUTING):
            assert_released(doc, line, level)
