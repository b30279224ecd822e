"""Leaks a reviewer found after this session's fixes (issue 8, fixrev31b). Each must-withhold document holds a
sensitive phrase that the reader released; the non-examples are ordinary files whose release must not change.

A: text after a marked XML/HTML element that has closed (`<row>(U) ...</row>`): on the same line, after another
   end tag on that line, and after a line of end tags alone: unmarked, it takes the document's level.
B: a cable header's line of ordinary words (a sentence in capitals, a title in Title Case) before the
   classification line is no routing noise: it takes the document's level.
C: a MediaWiki list item set deeper under a marked item, with other list signs (`#*` under `*`): its own portion.
D: a designation or level in capitals used as the text's source (`Per SBU reporting ...`) raises the portion.
E: a chat post's mark (`2026-11-13 09:02 Ana Ruiz: (U) ...`) does not cover a next line that is no wrap of it.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

SECRET = "SECRET//NOFORN\n\n"
PHRASE = "the safe house on Rue Kairouan"
LINE = "Analyst Yusuf Demir keeps " + PHRASE + " stocked for the courier."

ELEMENTS = {
    "text_after_end_tag_same_line": (SECRET + "<rows>\n<row>(U) Venue: the old market hall.</row> " + LINE
                                     + "\n</rows>\n"),
    "text_after_two_end_tags": SECRET + "<list>\n<entry>(U) Venue: the old market hall.</entry></list>\n" + LINE + "\n",
    "text_after_end_tags_line": (SECRET + "<list>\n<entry>(U) Venue: the old market hall.</entry>\n</section>\n"
                                 + LINE + "\n</list>\n"),
    "html_paragraph_then_text": SECRET + "<div>\n<p>(U) Opening hours are 9 to 5.</p></div>\n" + LINE + "\n",
}


@pytest.mark.parametrize("name", sorted(ELEMENTS))
def test_text_after_a_closed_marked_element_takes_the_document_level(name: str) -> None:
    assert_withheld(ELEMENTS[name], PHRASE, ALL)


CABLE_TAIL = """R 021115Z DEC 26
FM AMEMBASSY TUNIS
TO SECSTATE WASHDC 0412
S E C R E T TUNIS 000412
NOFORN
E.O. 12958: DECL: 12/02/2036
TAGS: PREL, PINR

1. (U) The weather was mild.
"""
HEADERS = {
    "sentence_in_capitals": ("ZCZC RUEHTU0412 3361115\nTHE ASSET FALCON IS KARIM BENALI OF THE INTERIOR MINISTRY\n"
                             + CABLE_TAIL, "KARIM BENALI"),
    "title_case_line": ("ZCZC RUEHTU0412 3361115\nDinner With Karim Benali At The Villa Annex\n" + CABLE_TAIL,
                        "Karim Benali At The Villa"),
    "capitals_without_verb": ("ZCZC RUEHTU0412 3361115\nASSET FALCON KARIM BENALI INTERIOR MINISTRY VILLA ANNEX\n"
                              + CABLE_TAIL, "KARIM BENALI"),
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_ordinary_words_in_a_cable_header_are_not_routing(name: str) -> None:
    text, phrase = HEADERS[name]
    assert_withheld(text, phrase, ALL)


WIKI = {
    "numbered_bullet_under_bullet": (SECRET + "== Convoy ==\n* (U) Fuel stops\n#* Escort Karim Benali carries the "
                                     "cash to the villa annex.\n"),
    "definition_under_bullet": SECRET + "== Convoy ==\n* (U) Fuel stops\n#: Escort Karim Benali carries the cash.\n",
}


@pytest.mark.parametrize("name", sorted(WIKI))
def test_deeper_wiki_item_under_a_marked_item_is_its_own_portion(name: str) -> None:
    assert_withheld(WIKI[name], "Karim Benali", ALL)


UNCLAS = "UNCLASSIFIED\n\n"


def test_designation_as_a_source_raises_the_portion() -> None:
    text = UNCLAS + "(U) Per SBU reporting from the consulate, the permit office is run by clerk Lina Haddad.\n"
    assert_withheld(text, "permit office is run by clerk", ("public",))
    text = UNCLAS + "(U) Citing FOUO reports from the port police, the smuggling lane runs past pier 9.\n"
    assert_withheld(text, "smuggling lane runs past pier 9", ("public",))


def test_level_as_a_source_raises_the_portion() -> None:
    text = UNCLAS + "(U) Per SECRET reporting from the station, the defector lodges at the villa annex.\n"
    assert_withheld(text, "defector lodges at the villa annex", ALL)


CHATS = {
    "dated_post": ("2026-11-20 14:02 Sam Ortiz: (U) From the field, pasted below\nthe asset Karim Benali moves to the "
                   "villa annex on Monday with his family\n2026-11-20 14:05 Eva Lind: (U) ok, thanks\n"),
    "bare_time_post": ("14:02 Sam Ortiz: (U) From the field, pasted below\nthe asset Karim Benali moves to the villa "
                       "annex on Monday with his family\n14:05 Eva Lind: (U) ok, thanks\n"),
}


@pytest.mark.parametrize("name", sorted(CHATS))
def test_chat_post_mark_covers_only_its_line(name: str) -> None:
    assert_withheld(SECRET + CHATS[name], "Karim Benali", ALL)


# ---- non-examples: their release must not change

def test_marked_elements_stay_released() -> None:
    text = SECRET + "<list>\n<entry>(U) Venue: the old market hall.</entry>\n<entry>(U) Opening at nine.</entry>\n</list>\n"
    assert_released(text, "Venue: the old market hall.")
    assert_released(text, "Opening at nine.")


def test_routing_and_letterhead_lines_stay_released() -> None:
    text = ("ZCZC RUEHTU0412 3361115\nDEPARTMENT OF STATE\nAMCONSUL RIO DE JANEIRO\n" + CABLE_TAIL)
    for phrase in ("DEPARTMENT OF STATE", "AMCONSUL RIO DE JANEIRO", "The weather was mild."):
        assert_released(text, phrase)


def test_plain_source_words_stay_released() -> None:
    text = UNCLAS + "(U) Per press reporting from the consulate, the ferry resumes in March.\n"
    assert_released(text, "Per press reporting from the consulate", "public")


def test_chat_post_wrapped_line_stays_with_its_post() -> None:
    text = UNCLAS + ("2026-11-20 14:02 Sam Ortiz: (U) The ferry schedule for the winter season is posted at the "
                     "harbour office and\nonline.\n2026-11-20 14:05 Eva Lind: (U) ok, thanks\n")
    assert_released(text, "online.")
