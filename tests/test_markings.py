"""The marking grammar: a table of valid and invalid banners and portion marks, and roll-up."""
import pytest

from sbu_redact.config import load_rules

G = load_rules().grammar

VALID = [
    # text, level, controls, canonical banner
    ("SECRET//NOFORN", "SECRET", ["NOFORN"], "SECRET//NOFORN"),
    ("TOP SECRET//REL TO USA, CAN, GBR", "TOP SECRET", ["REL TO USA, CAN, GBR"], "TOP SECRET//REL TO USA, CAN, GBR"),
    ("UNCLASSIFIED//FOUO", "UNCLASSIFIED", ["FOUO"], "UNCLASSIFIED//FOUO"),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "UNCLASSIFIED", ["FOUO"], "UNCLASSIFIED//FOUO"),
    ("CONFIDENTIAL", "CONFIDENTIAL", [], "CONFIDENTIAL"),
    ("CUI", "UNCLASSIFIED", ["CUI"], "CUI"),
    ("CUI//SP-PRVCY", "UNCLASSIFIED", ["CUI", "SP-PRVCY"], "CUI//SP-PRVCY"),
    ("CUI//NOFORN", "UNCLASSIFIED", ["CUI", "NOFORN"], "CUI//NOFORN"),
    ("SENSITIVE BUT UNCLASSIFIED", "UNCLASSIFIED", ["SBU"], "UNCLASSIFIED//SBU"),
    ("(U)", "UNCLASSIFIED", [], "UNCLASSIFIED"),
    ("(SBU)", "UNCLASSIFIED", ["SBU"], "UNCLASSIFIED//SBU"),
    ("(S//NF)", "SECRET", ["NOFORN"], "SECRET//NOFORN"),
    ("(C//REL TO USA, GBR)", "CONFIDENTIAL", ["REL TO USA, GBR"], "CONFIDENTIAL//REL TO USA, GBR"),
    ("(U//FOUO)", "UNCLASSIFIED", ["FOUO"], "UNCLASSIFIED//FOUO"),
    ("(CUI)", "UNCLASSIFIED", ["CUI"], "CUI"),
    ("(TS//SI//OC/NF)", "TOP SECRET", ["SI", "ORCON", "NOFORN"], "TOP SECRET//SI//ORCON/NOFORN"),
    ("(SBU//NF)", "UNCLASSIFIED", ["SBU", "NOFORN"], "UNCLASSIFIED//NOFORN//SBU"),
    ("(U//SBU)", "UNCLASSIFIED", ["SBU"], "UNCLASSIFIED//SBU"),
    ("(LOU)", "UNCLASSIFIED", ["LOU"], "UNCLASSIFIED//LOU"),
    ("(R)", "RESTRICTED", [], "RESTRICTED"),
    ("(u)", "UNCLASSIFIED", [], "UNCLASSIFIED"),
    ("(sbu)", "UNCLASSIFIED", ["SBU"], "UNCLASSIFIED//SBU"),
    ("（Ｃ）", "CONFIDENTIAL", [], "CONFIDENTIAL"),
    ("(S//REL TO USA, FVEY)", "SECRET", ["REL TO USA, FVEY"], "SECRET//REL TO USA, FVEY"),
]

INVALID = [
    # text, problem code that must be reported
    ("FOUO//UNCLASSIFIED", "OUT_OF_ORDER"),
    ("REL TO USA, CAN//NOFORN", "CONTRADICTORY"),
    ("SECRET//REL TO USA, GBR//NOFORN", "CONTRADICTORY"),
    ("SECRET//FOUOUO", "UNKNOWN_TOKEN"),
    ("SECRET//REL TO", "INCOMPLETE"),
    ("SECRET//", "INCOMPLETE"),
    ("(NF)", "INCOMPLETE"),
    ("lorem ipsum dolor", "UNREADABLE"),
    ("XQZZY", "UNREADABLE"),
    ("(SBU/N)", "UNKNOWN_TOKEN"),
    ("SECRET//REL TO USA, XYZ", "UNKNOWN_TOKEN"),
    ("SECRET//TOP SECRET", "CONTRADICTORY"),
    ("", "EMPTY"),
    ("SP-PRVCY", "CONTRADICTORY"),
]


@pytest.mark.parametrize("text,level,controls,banner", VALID)
def test_valid_markings(text, level, controls, banner):
    marking = G.parse(text)
    assert marking.valid, marking.problems
    assert marking.level == level
    assert marking.controls == controls
    assert marking.banner() == banner
    # the canonical banner reads back as the same marking
    again = G.parse(marking.banner())
    assert (again.level, again.controls) == (level, controls)


@pytest.mark.parametrize("text,code", INVALID)
def test_invalid_markings_are_reported_not_guessed(text, code):
    marking = G.parse(text)
    assert not marking.valid
    assert code in [p.code for p in marking.problems], marking.problems
    assert all(p.message for p in marking.problems)


def test_unknown_token_suggests_the_closest_known_one():
    marking = G.parse("SECRET//FOUOUO")
    assert "did you mean FOUO" in marking.problems[0].message


def test_noncanonical_rel_to_order_is_a_warning_and_normalized():
    marking = G.parse("S//REL TO GBR, USA")
    assert marking.valid
    assert marking.rel_to == ("USA", "GBR")
    assert [p.code for p in marking.problems] == ["NONCANONICAL"]


def test_single_slash_between_categories_is_an_error_but_still_read():
    marking = G.parse("SECRET/NOFORN")
    assert not marking.valid and marking.noforn  # fail closed: the NOFORN still counts
    assert [(p.code, p.reference) for p in marking.problems] == [("SINGLE_SLASH", "CAPCO Manual: banner line syntax")]


def test_legacy_level_slash_designation_is_only_a_warning():
    marking = G.parse("(U/FOUO)")
    assert marking.valid and marking.designations == ("FOUO",)
    assert [(p.code, p.severity) for p in marking.problems] == [("SINGLE_SLASH", "warning")]


@pytest.mark.parametrize("portions,expected", [
    (["(U)", "(C)", "(S)"], "SECRET"),
    (["(U)", "(SBU)"], "UNCLASSIFIED//SBU"),
    (["(S//REL TO USA, GBR)", "(C//NF)"], "SECRET//NOFORN"),
    (["(S//REL TO USA, AUS, GBR)", "(C//REL TO USA, GBR, NZL)"], "SECRET//REL TO USA, GBR"),
    (["(S//REL TO USA, GBR)", "(U)"], "SECRET//REL TO USA, GBR"),
    (["(S//REL TO USA, GBR)", "(S)"], "SECRET"),
    (["(CUI)", "(U)"], "CUI"),
    (["(TS//SI//NF)", "(S//OC/NF)"], "TOP SECRET//SI//ORCON/NOFORN"),  # register order
])
def test_rollup(portions, expected):
    assert G.rollup(G.parse(p) for p in portions).banner() == expected


def test_banner_must_cover_its_portions():
    codes = lambda banner, portion: [p.code for p in G.covers(G.parse(banner), G.parse(portion))]  # noqa: E731
    assert codes("CONFIDENTIAL", "(S)") == ["SPILLAGE"]
    assert codes("SECRET", "(S//NF)") == ["BANNER_MISSING_CONTROL"]
    assert codes("SECRET//REL TO USA, GBR, CAN", "(S//REL TO USA, GBR)") == ["BANNER_REL_TO_WIDER"]
    assert codes("SECRET//NOFORN", "(C//REL TO USA, GBR)") == []
    assert codes("TOP SECRET", "(S)") == []


@pytest.mark.parametrize("line,level,controls,section,post,number", [
    ("UNCLAS MOSCOW 003736", "UNCLASSIFIED", [], None, "MOSCOW", "003736"),
    ("UNCLAS SECTION 01 OF 03 MOSCOW 003736", "UNCLASSIFIED", [], (1, 3), "MOSCOW", "003736"),
    ("UNCLAS E F T O", "UNCLASSIFIED", ["EFTO"], None, None, None),
    ("C O N F I D E N T I A L SECTION 01 OF 02 BAGHDAD 001234", "CONFIDENTIAL", [], (1, 2), "BAGHDAD", "001234"),
    ("S E C R E T STATE 012345", "SECRET", [], None, "STATE", "012345"),
    ("T O P S E C R E T STATE 000099", "TOP SECRET", [], None, "STATE", "000099"),
    ("LIMITED OFFICIAL USE NEW DELHI 001234", "UNCLASSIFIED", ["LOU"], None, "NEW DELHI", "001234"),
    ("CONFIDENTIAL", "CONFIDENTIAL", [], None, None, None),
])
def test_cable_classification_lines(line, level, controls, section, post, number):
    parsed = G.parse_cable_line(line)
    assert parsed is not None
    assert parsed.marking.level == level and parsed.marking.controls == controls
    assert (parsed.section, parsed.sections) == (section or (None, None))
    assert (parsed.post, parsed.number) == (post, number)
    assert line[parsed.start:parsed.end] == line


@pytest.mark.parametrize("line", ["SECRET meetings were held in the capital", "Unclassified text follows", "UNCLE SAM 1234"])
def test_running_text_is_not_a_cable_line(line):
    assert G.parse_cable_line(line) is None
