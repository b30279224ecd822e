"""Two known leaks of main bf01f67 (issue 8, known31). Each document holds a sensitive phrase that must be withheld at
usg, partner (GBR) and public; the non-examples are ordinary, correctly marked files whose release must not change.

A: a line in a cable's header that the reader does not recognise was released as routing noise (before the
classification line) or as a passage line (after it), whatever its shape: a Terraform/HCL block, an Ansible play,
Helm values or a Kubernetes manifest pasted above a SECRET cable. Only lines shaped like routing or letterhead
(capitals, digits and signs, no code; a letterhead's or dateline's line in mixed case) or like a header field
(`reader_words.header_noise`, `memo_field`) are released as noise; any other line there takes the document's level.

B: `<item>(U) ...</item>` (an element whose text a mark opens) and then an unmarked line: the line was folded into
the (U) element's portion and released at usg and partner. Text after the element that the mark opened has closed
is not under that mark (unmarked, it takes the document's level, as after a `(U)` line elsewhere).
"""
from __future__ import annotations

import pytest

import sbu_redact
from released import ALL, assert_released, assert_withheld

CABLE_LINE = "S E C R E T SECTION 01 OF 01 ANKARA 001187\n"
CABLE_REST = """
NOFORN
SIPDIS

E.O. 12958: DECL: 08/14/2034
TAGS: PREL, PGOV, TU
SUBJECT: (U) RELAY SITE NEAR THE PORT

1. (S//NF) The relay site north of the port is run by the gendarmerie's signals unit.

2. (U) The port authority reopened the ferry terminal in March.
"""
BANNER = "SECRET//NOFORN\n"
BANNER_REST = """
Subject: relay site near the port

1. (S//NF) The relay site north of the port is run by the gendarmerie's signals unit.

2. (U) The port authority reopened the ferry terminal in March.

SECRET//NOFORN
"""

# (document, phrase that must be withheld)
HEADER_LINES = {
    "terraform_before_cable_line": (
        'resource "aws_s3_bucket" "valga_pier_drop" {\n' + CABLE_LINE + CABLE_REST, "valga_pier_drop"),
    "terraform_locals_block": (
        'locals {\n  drop_site   = "Valga pier, north bollard"\n  pickup_day  = "Thursday"\n}\n' + CABLE_LINE + CABLE_REST,
        "Valga pier, north bollard"),
    "terraform_variable_default": (
        'variable "relay_contact" {\n  default = "kestrel.valga.pier"\n}\n' + CABLE_LINE + CABLE_REST,
        "kestrel.valga.pier"),
    "ansible_play": (
        "- hosts: relay_valga_pier\n  vars:\n    courier_handle: kestrel_4471\n" + CABLE_LINE + CABLE_REST,
        "courier_handle: kestrel_4471"),
    "helm_values": (
        "courierHandle: kestrel-valga-4471\nreplicaCount: 2\n" + CABLE_LINE + CABLE_REST, "kestrel-valga-4471"),
    "kubernetes_manifest": (
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: valga-pier-drop-4471\n" + CABLE_LINE + CABLE_REST,
        "valga-pier-drop-4471"),
    "terraform_before_banner": (
        'resource "aws_s3_bucket" "valga_pier_drop" {\n  acl = "private"\n}\n' + BANNER + BANNER_REST,
        "valga_pier_drop"),
    "kubernetes_secret_before_banner": (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: valga-pier-drop-4471\n" + BANNER + BANNER_REST,
        "valga-pier-drop-4471"),
    "terraform_after_cable_line": (
        CABLE_LINE + '\nresource "aws_s3_bucket" "valga_pier_drop" {\n' + CABLE_REST, "valga_pier_drop"),
    "yaml_key_after_cable_line": (
        CABLE_LINE + "\ncourier_handle: kestrel_4471\n" + CABLE_REST, "kestrel_4471"),
}


@pytest.mark.parametrize("name", sorted(HEADER_LINES))
def test_code_line_in_a_cable_header_takes_the_document_level(name: str) -> None:
    text, phrase = HEADER_LINES[name]
    assert_withheld(text, phrase, ALL)


UNMARKED = "The courier meets KESTREL at Valga pier on 4 March."
# an element whose text a (U) mark opens, then an unmarked line (no banner: the document's level is unknown)
ELEMENTS = {
    "rss_item": "<item>(U) Ferry timetable for the winter season</item>\n" + UNMARKED + "\n",
    "rss_title_in_channel": ('<rss version="2.0"><channel>\n<title>(U) Embassy Ankara press items</title>\n'
                             + UNMARKED + "\n</channel></rss>\n"),
    "atom_entry_title": "<entry>\n<title>(U) Ferry schedule</title>\n" + UNMARKED + "\n</entry>\n",
    "html_list_item": "<ul>\n<li>(U) Public square near the port</li>\n" + UNMARKED + "\n</ul>\n",
    "docbook_para": "<para>(U) The port reopened in March.</para>\n" + UNMARKED + "\n",
    "html_nested_bold": "<li><b>(U)</b> Port notice for shipping agents</li>\n" + UNMARKED + "\n",
    "html_wrapped_item": "<li>(U) Public square near the port, open\nto visitors on weekdays</li>\n" + UNMARKED + "\n",
}


@pytest.mark.parametrize("name", sorted(ELEMENTS))
def test_unmarked_line_after_a_marked_element_is_not_under_its_mark(name: str) -> None:
    assert_withheld(ELEMENTS[name], "KESTREL at Valga pier", ALL)


# ---- non-examples: ordinary files whose release must not change

ROUTED_CABLE = """VZCZCXRO4471
PP RUEHWEB
DE RUEHAK #1187/01 2261409
ZNY SSSSS ZZH
P 141409Z AUG 09
FM AMEMBASSY ANKARA
TO RUEHC/SECSTATE WASHDC PRIORITY 0412
INFO RUEHIT/AMCONSUL ISTANBUL 5521
BT
""" + CABLE_LINE + CABLE_REST


def test_routing_lines_stay_fields() -> None:
    doc = sbu_redact.read(ROUTED_CABLE)
    assert doc.classification is not None and doc.classification.portion_mark() == "(S//NF)"
    names = [f.name for f in doc.fields]
    assert "routing" in names and "classification" in names
    assert not any(doc.text[p.start:p.end].startswith(("VZCZC", "BT", "PP RUEHWEB")) for p in doc.portions)
    assert_released(ROUTED_CABLE, "The port authority reopened the ferry terminal in March.")


LETTERHEAD_CABLE = """Department of State
Washington, D.C.  20520
UNCLASSIFIED U.S. Department of State Case No. F-2014-20817 Doc No. C05543210 Date: 09/30/2016
""" + CABLE_LINE + CABLE_REST


def test_letterhead_and_release_stamp_stay_noise() -> None:
    doc = sbu_redact.read(LETTERHEAD_CABLE)
    assert not any("Department of State" in doc.text[p.start:p.end] for p in doc.portions)
    assert [f.name for f in doc.fields][:3] == ["routing", "routing", "routing"]


EMAIL_PASTED_CABLE = """From: Kaya, Deniz (EUR/SE)
Sent: Friday, December 4, 2026 9:12 AM
To: EUR-SE-Turkey-DL
""" + CABLE_LINE + CABLE_REST


def test_mail_header_lines_stay_fields() -> None:
    doc = sbu_redact.read(EMAIL_PASTED_CABLE)
    assert not any(doc.text[p.start:p.end].startswith(("From:", "Sent:", "To:")) for p in doc.portions)


FEED = """<?xml version="1.0"?>
<rss version="2.0">
<channel>
<item>(U) Ferry timetable for the winter season</item>
<item>(U) The port authority reopened the ferry terminal in March.</item>
</channel>
</rss>
"""


def test_marked_feed_items_still_released() -> None:
    assert_released(FEED, "The port authority reopened the ferry terminal in March.")
    assert_released(FEED, "Ferry timetable for the winter season")


def test_wrapped_element_text_stays_under_its_mark() -> None:
    text = "<li>(U) Public square near the port, open\nto visitors on weekdays</li>\n</ul>\n"
    doc = sbu_redact.read(text)
    marked = [p for p in doc.portions if "to visitors on weekdays" in doc.text[p.start:p.end]]
    assert len(marked) == 1 and marked[0].marking is not None and marked[0].marking.portion_mark() == "(U)"
    assert not marked[0].doubtful
