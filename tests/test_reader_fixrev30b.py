"""Leaks that overred30's field marks, source-comment banners and Irish negations brought (issue 8, fixrev30b).
Each document holds a sensitive phrase that must be withheld at usg, partner (GBR) and public.

A: a mark at the start of a field's value marks only its own line: a wrapped value, a child element, a CDATA
section, a Graphviz label after a `;` or a JSON string with an escaped line break is not under that mark.
B: a source comment's note with a level's abbreviation (`TS`, `S`) or a pointer (`rest of this file`) is no
banner; a `//` before an FGI or joint marking (`//DEU CONFIDENTIAL`) is the marking's, not a comment's.
C: Irish "níl ann ach rúnda" ("nothing but secret") states a level, not its negation.
"""
import pytest

from released import assert_withheld

ALL = ("usg", "partner", "public")
B = "SECRET//NOFORN\n"
GRID = "grid 4471 drop site for the courier"

FIELDS = {
    "dot_semicolon": B + 'digraph g {\n  news [label="(U) News desk"];\n  src [label="' + GRID + '"];\n}\n' + B,
    "dot_edge": ("// CONFIDENTIAL\n// network of suppliers, drafted by Econ/Commercial\ndigraph suppliers {\n"
                 '  label="CONFIDENTIAL -- supplier relationships";\n  rankdir=LR;\n'
                 '  a [label="(U) Harrow Trading, registered in Sharjah in 2018"];\n'
                 '  b [label="(U) Eastgate Freight, forwarder in Izmir"];\n'
                 '  a -> b [label="' + GRID + '"];\n  b -> a [label="(U) ships general cargo monthly"];\n}\n'
                 "// CONFIDENTIAL\n"),
    "kml_child": B + "<Placemark>\n<description>(U) Public square near the port\n<coordinates>" + GRID
                 + "</coordinates>\n</description>\n</Placemark>\n" + B,
    "xml_wrap_sameline": B + "<record>\n<description>(U) Public square near\nthe port</description> <source>" + GRID
                         + "</source>\n</record>\n" + B,
    "bib_wrap": B + "@article{k1,\n  title = {(U) Transit statistics\nfor the port}, note = {" + GRID + "},\n}\n" + B,
    "xml_cdata": B + "<item>\n<description>(U) Public square <![CDATA[\n" + GRID + "\n]]></description>\n</item>\n" + B,
    "json_escaped_break": ('{\n  "classification": "SECRET\\/\\/NOFORN",\n  "entries": [\n    {\n'
                           '      "text": "(U) Interview completed at the Embassy.\\nThe ' + GRID + ' is paid monthly."\n'
                           "    }\n  ]\n}\n"),
}


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_field_mark_marks_only_its_line(name: str) -> None:
    assert_withheld(FIELDS[name], GRID, ALL)


BODY = "The courier meets CARLOS at Valga pier on 4 March.\n"


@pytest.mark.parametrize("note", ["// UNCLASSIFIED -- rest of this file is S",
                                  "// UNCLASSIFIED -- TS keys start at line 40",
                                  "// UNCLASSIFIED -- S after line 2"])
def test_comment_note_with_level_abbreviation_is_no_banner(note: str) -> None:
    assert_withheld(note + "\n" + BODY, "CARLOS at Valga pier", ALL)


FGI_PAGE = """UNCLASSIFIED//FOR OFFICIAL USE ONLY

DEPARTMENT OF DEFENSE
FOIA referral, case 21-F-0932

The enclosed page originates with the Government of Germany and is referred to the Department of State.

//DEU CONFIDENTIAL

Annex B to the German liaison plan moves the Kunduz field hospital to Mazar by October 2013.

//DEU CONFIDENTIAL
"""


def test_fgi_line_after_slashes_is_no_comment() -> None:
    assert_withheld(FGI_PAGE, "moves the Kunduz field hospital to Mazar", ALL)


MINUTES = """UNCLASSIFIED
U.S. Embassy Dublin -- Public Affairs and Consular joint meeting
Notes, 2 March 2026

1. J-1 summer students
The consular section will add Saturday interview sessions in April; grid 4471 is the drop site.

{note}

2. AOB
The next joint meeting is on 6 April.
UNCLASSIFIED
"""


@pytest.mark.parametrize("note", ["Nóta: níl ann ach rúnda, ná roinn.", "Nóta: ní raibh sé ariamh ach rúnda."])
def test_irish_nothing_but_secret_is_no_negation(note: str) -> None:
    assert_withheld(MINUTES.format(note=note), "grid 4471 is the drop site", ("usg", "partner"))
