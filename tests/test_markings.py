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


@pytest.mark.parametrize("portions,expected", [
    # SCI and SAP accumulate, in the register's category order
    (["(TS//SI-G ABCD//NF)", "(S//TK//NF)", "(S//HCS-P//NF)"], "TOP SECRET//SI-GAMMA ABCD/TK/HCS-P//NOFORN"),
    (["(S//SAR-XYZ)", "(C//SAR-ABC)", "(U)"], "SECRET//SPECIAL ACCESS REQUIRED-XYZ/SPECIAL ACCESS REQUIRED-ABC"),
    # RD supersedes FRD; SIGMA kept
    (["(S//RD-SG 14)", "(C//FRD)"], "SECRET//RESTRICTED DATA-SIGMA 14"),
    (["(C//FRD)", "(U)"], "CONFIDENTIAL//FORMERLY RESTRICTED DATA"),
    # foreign-owned portions become FGI sources of a US banner; a concealed source conceals all
    (["(//GBR S)", "(C)", "(//DEU C)"], "SECRET//FGI DEU GBR"),
    (["(//GBR S)", "(//FGI C)"], "SECRET//FGI"),
    (["(//NS)", "(S//NF)"], "SECRET//FGI NATO//NOFORN"),
    (["(//JOINT S CAN USA)", "(C)"], "SECRET//FGI CAN"),
    # portions of one foreign owner keep it
    (["(//GBR S)", "(//GBR C)"], "//GBR SECRET"),
    # the most restrictive dissemination: NOFORN drops REL TO, RELIDO and DISPLAY ONLY
    (["(S//REL TO USA, GBR/RELIDO)", "(S//NF)"], "SECRET//NOFORN"),
    (["(S//DISPLAY ONLY AFG, IRQ)", "(C//DISPLAY ONLY IRQ)"], "SECRET//DISPLAY ONLY IRQ"),
    (["(S//NF//XD)", "(C//DS)"], "SECRET//NOFORN//LIMDIS/EXDIS"),  # register order
])
def test_rollup_over_the_register(portions, expected):
    rolled = G.rollup(G.parse(p) for p in portions)
    assert rolled.banner() == expected
    assert G.parse_banner(rolled.banner()).level == rolled.level  # the canonical banner reads back


@pytest.mark.parametrize("mark,portion", [
    ("TOP SECRET//SI-GAMMA ABCD/KLONDIKE//NOFORN", "(TS//SI-G ABCD/KDK//NF)"),
    ("SECRET//SPECIAL ACCESS REQUIRED-XYZ", "(S//SAR-XYZ)"),
    ("SECRET//RESTRICTED DATA-CNWDI-SIGMA 14//NOFORN", "(S//RD-N-SG 14//NF)"),
    ("//JOINT SECRET CAN USA", "(//JOINT S CAN USA)"),
    ("//NATO SECRET", "(//NS)"),
    ("UNCLASSIFIED//DOD UCNI", "(U//DCNI)"),
    ("SECRET//NOFORN//EXDIS/ACCM-ABC", "(S//NF//XD/ACCM-ABC)"),
])
def test_banner_and_portion_forms(mark, portion):
    marking = G.parse_banner(mark)
    assert marking.valid, marking.problems
    assert marking.banner() == mark and marking.portion_mark() == portion
    assert G.parse(portion).banner() == mark


def test_unknown_token_where_the_level_belongs_leaves_the_level_unknown():
    marking = G.parse("//JOYNT SECRET CAN USA//FOUO")
    assert marking.level is None and not marking.valid
    assert {"UNKNOWN_TOKEN", "UNKNOWN_LEVEL"} <= {p.code for p in marking.problems}
    # a readable level stays (fail closed: a SECRET portion with a typo still rolls up as SECRET)
    assert G.parse("SECRET//NOFRN").level == "SECRET"


def test_banner_must_cover_the_register_categories():
    codes = lambda banner, portion: [p.code for p in G.covers(G.parse_banner(banner), G.parse(portion))]  # noqa: E731
    assert codes("TOP SECRET//NOFORN", "(TS//SI//NF)") == ["BANNER_MISSING_CONTROL"]
    assert codes("SECRET", "(S//SAR-XYZ)") == ["BANNER_MISSING_CONTROL"]
    assert codes("SECRET", "(//GBR S)") == ["BANNER_MISSING_CONTROL"]
    assert codes("SECRET//FGI GBR", "(//GBR S)") == []
    assert codes("SECRET//FGI", "(//DEU C)") == []
    assert codes("TOP SECRET//SI/TK//NOFORN", "(S//TK//NF)") == []


def test_register_rules_are_validated_with_file_and_key(tmp_path):
    import shutil

    from sbu_redact.config import RuleSet, RulesError

    rules = tmp_path / "rules"
    shutil.copytree(load_rules().directory, rules)
    path = rules / "markings.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{when: IMCON, minimum: SECRET,", "{when: IMKON, minimum: SECRET,"), encoding="utf-8")
    with pytest.raises(RulesError, match=r"markings.yaml.*rules\.\d+\.when: unknown token or category 'IMKON'"):
        RuleSet(rules).grammar
    path.write_text(text.replace('reference: "CAPCO Register: IMCON"', 'reference: "somewhere"'), encoding="utf-8")
    with pytest.raises(RulesError, match=r"markings.yaml: key 'rules.\d+.reference'"):
        RuleSet(rules).grammar
