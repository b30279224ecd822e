"""Mechanisms found by the round-7 adversarial corpus (issue 8). Each group of tests is named
after what it checks: a level that lists the only controls it releases (public: DSEN, SSI...
fail closed), DISPLAY ONLY at a partner level, a JSON record whose marking sits in a nested
security object, and a CSV `Sensitivity` column whose cells read `SBU NOFORN`."""
from __future__ import annotations

import shutil

import pytest

from conftest import released_text
from sbu_redact.config import Rules, RulesError, default_rules_dir
from sbu_redact.policy import Policy, decide
from sbu_redact.reader import read


# ---------------------------------------------------------------- public: release_controls
DEA_MEMO = """UNCLASSIFIED//FOR OFFICIAL USE ONLY

SUBJECT: (U) Quarterly summary

(U) Seizures in the third quarter totaled 14 tons.

(U//DSEN) A source reports that the crews refuel at a private marina.

(U//SSI) Screening of private aircraft will move to the new terminal.

(U//LES) The division will request an intercept on two phones.

(U) The partners will meet in Bridgetown in January.

UNCLASSIFIED//FOR OFFICIAL USE ONLY
"""


def test_release_controls_public_withholds_every_control_it_does_not_list(policy):
    doc = read(DEA_MEMO)
    public = released_text(doc, policy, "public")
    for phrase in ("refuel at a private marina", "Screening of private aircraft", "intercept on two phones"):
        assert phrase not in public
    assert "Seizures in the third quarter" in public and "meet in Bridgetown" in public
    rules = {d.portion.marking.portion_mark(): d.rule for d in decide(doc, policy.level("public")) if d.withheld
             and d.portion.explicit}
    assert rules["(U//DSEN)"] == rules["(U//SSI)"] == "public.withhold_controls"
    # usg accepts them: they are handling controls of US Government information
    usg = released_text(doc, policy, "usg")
    assert "refuel at a private marina" in usg and "Screening of private aircraft" in usg


def test_release_controls_keeps_sipdis_cables_releasable_at_public(policy):
    cable = ("UNCLAS SECTION 01 OF 01 ROME 000123\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL IT\n"
             "SUBJECT: (U) A PLAIN CABLE\n\n1. (U) The minister opened the new port terminal.\n")
    assert "opened the new port terminal" in released_text(read(cable), policy, "public")


def test_release_controls_a_sensitive_caption_is_judged_as_sbu(policy):
    cable = ("UNCLAS SECTION 01 OF 01 ROME 000124\n\nSENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL IT\n"
             "SUBJECT: (U) A SENSITIVE CABLE\n\n1. (U) The minister opened the new port terminal.\n\n"
             "2. (SBU) The minister's aide asked for a visa for his son.\n")
    public = released_text(read(cable), policy, "public")
    assert "opened the new port terminal" in public and "visa for his son" not in public


def test_release_controls_default_all_and_validated(tmp_path):
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    levels = target / "levels.yaml"
    text = levels.read_text(encoding="utf-8")
    assert Policy.from_rules(Rules(target)).level("usg").release_controls == "all"
    levels.write_text(text.replace("release_controls: [SIPDIS]", "release_controls: [SIPDIS, ZORBDIS]", 1),
                      encoding="utf-8")
    with pytest.raises(RulesError, match=r"release_controls\.1"):
        Policy.from_rules(Rules(target))
    # spellings are canonical names: DSEN is DEA SENSITIVE
    levels.write_text(text.replace("release_controls: [SIPDIS]", "release_controls: [SIPDIS, DSEN]", 1),
                      encoding="utf-8")
    public = Policy.from_rules(Rules(target)).level("public")
    assert public.release_controls == ["SIPDIS", "DEA SENSITIVE"]
    doc = read(DEA_MEMO, Rules(target))
    released = {d.portion.marking.portion_mark() for d in decide(doc, public) if not d.withheld}
    assert "(U//DSEN)" in released and "(U//SSI)" not in released


# ---------------------------------------------------------------- partner: DISPLAY ONLY
CUI_REPORT = """CUI

Trip report: reactor siting workshop

(U) The workshop reviewed four candidate sites.

(CUI) The preferred site failed its seismic screening.

(U) The next workshop will be held in April.

Controlled by: DOE Office of Nuclear Energy
CUI Category: PROPIN
Limited Dissemination Control: DISPLAY ONLY CAN
POC: NE-6

CUI
"""


def test_display_only_designation_block_is_withheld_at_partner(policy):
    doc = read(CUI_REPORT)
    for partner in ("GBR", "CAN"):  # DISPLAY ONLY allows showing, not giving: a partner version is given
        text = released_text(doc, policy, "partner", partner)
        assert "failed its seismic screening" not in text
        assert "reviewed four candidate sites" in text
    assert "failed its seismic screening" in released_text(doc, policy, "usg")


@pytest.mark.parametrize("mark, partner, released", [
    ("(S//DISPLAY ONLY IRQ)", "GBR", False),
    ("(S//DISPLAY ONLY IRQ)", "IRQ", True),
    ("(S//DISPLAY ONLY AFG, IRQ)", "AFG", True),
    ("(S//REL TO USA, GBR)", "GBR", True),
])
def test_display_only_list_decides_at_a_partner_level_that_does_not_withhold_it(tmp_path, mark, partner, released):
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    (target / "levels.yaml").write_text(
        "levels:\n  ally:\n    ceiling: SECRET\n    partner: true\n    withhold_categories: []\n", encoding="utf-8")
    rules = Rules(target)
    doc = read(f"SECRET\n\n{mark} The convoy leaves at dawn.\n\nSECRET\n", rules)
    decisions = [d for d in decide(doc, Policy.from_rules(rules).level("ally", partner), partner)
                 if d.portion.explicit]
    assert [not d.withheld for d in decisions] == [released]
    if not released:
        assert decisions[0].rule == "ally.partner.display_only"


# ---------------------------------------------------------------- JSON: a nested security object
def portion_of(doc, phrase: str):
    at = doc.text.index(phrase)
    return next(p for p in doc.portions if p.start <= at < p.end)


JSONL_SECURITY = (
    '{"docId": "A-1", "security": {"classification": "UNCLASSIFIED", "controls": []}, '
    '"headline": "Garment exports", "content": "Garment exports rose nine percent in October."}\n'
    '{"docId": "A-2", "security": {"classification": "SECRET", "controls": ["NOFORN"]}, '
    '"headline": "Army and the election", "content": "The army chief will not allow the election to be postponed."}\n'
    '{"docId": "A-3", "security": {"classification": "UNCLASSIFIED", "controls": ["SBU", "NOFORN"]}, '
    '"headline": "Camp security", "content": "Camp police are taking payments from the armed group."}\n')


def test_json_nested_security_object_marks_the_whole_record(policy):
    doc = read(JSONL_SECURITY)
    assert portion_of(doc, "will not allow the election").marking.portion_mark() == "(S//NF)"
    assert portion_of(doc, "Army and the election").marking.portion_mark() == "(S//NF)"
    assert portion_of(doc, "taking payments").marking.portion_mark() == "(U//NF//SBU)"
    usg, partner = released_text(doc, policy, "usg"), released_text(doc, policy, "partner", "GBR")
    assert "will not allow the election" not in usg and "Army and the election" not in usg
    assert "Garment exports rose nine percent" in usg and "taking payments" in usg
    assert "taking payments" not in partner and "Garment exports rose nine percent" in partner


@pytest.mark.parametrize("text, secret, plain", [
    # the security object two levels down, in a metadata object of the record
    ('{"meta": {"security": {"classification": "SECRET"}}, "content": "the convoy leaves at dawn"}\n'
     '{"meta": {"security": {"classification": "U"}}, "content": "the port reopened"}\n',
     "the convoy leaves at dawn", "the port reopened"),
    # an authority block beside the classification; records in an array
    ('[{"security": {"classification": "C", "classifiedBy": "J. Smith", "declassifyOn": "20501231"},'
     ' "body": "the minister will resign"},\n {"security": {"classification": "U"}, "body": "the port reopened"}]\n',
     "the minister will resign", "the port reopened"),
])
def test_json_marking_only_objects_mark_their_record(policy, text, secret, plain):
    doc = read(text)
    usg = released_text(doc, policy, "usg")
    assert secret not in usg and plain in usg


def test_json_text_beside_a_marked_object_on_its_line_is_not_released_unmarked(policy):
    # the marked object holds text of its own, so it is the portion; the rest of the line inherits
    text = ('{"id": 1, "subject": {"text": "Talks", "classification": "S"}, "body": "the convoy leaves at dawn"}\n'
            '{"id": 2, "cls": "U", "text": "the port reopened"}\n')
    doc = read(text)
    body = portion_of(doc, "the convoy leaves at dawn")
    assert not body.explicit
    usg = released_text(doc, policy, "usg")
    assert "the convoy leaves at dawn" not in usg and "the port reopened" in usg


def test_json_nested_security_keeps_paragraph_records_of_a_message():
    text = ('{"message": {"header": {"subject": "Border closures",\n'
            '  "security": {"classification": "SECRET", "dissemination": ["NOFORN"]}},\n'
            '  "paragraphs": [\n'
            '    {"portion": "U", "text": "The crossing closed again on Monday."},\n'
            '    {"portion": "S//NF", "text": "Two battalions are moving to the border."}\n'
            '  ]}}\n')
    doc = read(text)
    assert portion_of(doc, "Border closures").marking.portion_mark() == "(S//NF)"
    assert portion_of(doc, "The crossing closed").marking.portion_mark() == "(U)"
    assert portion_of(doc, "Two battalions").marking.portion_mark() == "(S//NF)"


# ---------------------------------------------------------------- CSV: a Sensitivity column
CSV_SENSITIVITY = """UNCLASSIFIED//SBU
Case No,Opened,Post,Sensitivity,Case Summary
FPU-1,2026-10-02,Monterrey,SBU,Applicant submitted a bank statement from a closed branch.
FPU-2,2026-10-09,Guadalajara,SBU NOFORN,The police commander rents his vehicles to a facilitator.
FPU-3,2026-10-15,Tijuana,SBU/NOFORN,A clerk sells genuine birth certificates.
FPU-4,2026-10-21,Juarez,UNCLASSIFIED NOFORN,The consular agent was threatened by a cartel.
FPU-5,2026-11-04,Merida,UNCLASSIFIED,Case closed after the applicant withdrew.
UNCLASSIFIED//SBU
"""


def test_csv_sensitivity_column_is_a_handling_column(policy):
    doc = read(CSV_SENSITIVITY)
    marks = {phrase: portion_of(doc, phrase).marking.portion_mark() for phrase in (
        "bank statement", "rents his vehicles", "birth certificates", "consular agent", "Case closed")}
    assert marks == {"bank statement": "(SBU)", "rents his vehicles": "(U//NF//SBU)",
                     "birth certificates": "(U//NF//SBU)", "consular agent": "(U//NF)", "Case closed": "(U)"}
    partner = released_text(doc, policy, "partner", "GBR")
    for phrase in ("rents his vehicles", "birth certificates", "consular agent"):
        assert phrase not in partner
    assert "bank statement" in partner and "Case closed" in partner
    assert "Case closed" in released_text(doc, policy, "usg")


@pytest.mark.parametrize("header", ["Sensitivity Label", "Handling Instructions", "Security", "Designation"])
def test_csv_other_sensitivity_headers(header, policy):
    text = (f"Id,Post,{header},Summary\n1,Lima,SBU NOFORN,The minister's aide asked for a visa.\n"
            "2,Quito,UNCLASSIFIED,The port reopened on Monday.\n")
    doc = read(text)
    assert portion_of(doc, "asked for a visa").marking.portion_mark() == "(U//NF//SBU)"
    assert "asked for a visa" not in released_text(doc, policy, "partner", "GBR")


@pytest.mark.parametrize("cell", ["Normal", "SBU NOFORN PLEASE", "Eyes only"])
def test_csv_unreadable_sensitivity_cell_makes_the_record_doubtful(cell, policy):
    text = (f"Id,Post,Sensitivity,Summary\n1,Lima,{cell},The minister's aide asked for a visa.\n"
            "2,Quito,UNCLASSIFIED,The port reopened on Monday.\n")
    doc = read(text)
    assert portion_of(doc, "asked for a visa").doubtful
    for level, partner in (("usg", None), ("partner", "GBR"), ("public", None)):
        assert "asked for a visa" not in released_text(doc, policy, level, partner)


# ---------------------------------------------------------------- XML: a classification in a metadata child
@pytest.mark.parametrize("text", [
    # a record tag the reader does not know, its classification in a metadata wrapper
    "<export>\n<report>\n<metadata><classification>SECRET//NOFORN</classification></metadata>\n"
    "<body>the convoy leaves at dawn</body>\n</report>\n<report>\n<metadata><classification>UNCLASSIFIED"
    "</classification></metadata>\n<body>the port reopened</body>\n</report>\n</export>\n",
    # two wrappers deep, with the authority block beside it, all on one line
    "<export><report><metadata><security><classification>C</classification><classifiedBy>J. Smith"
    "</classifiedBy></security></metadata><body>the convoy leaves at dawn</body></report><report><metadata>"
    "<classification>U</classification></metadata><body>the port reopened</body></report></export>\n",
    # a known record tag
    "<records><record><meta><security><classification>SECRET</classification></security></meta>"
    "<content>the convoy leaves at dawn</content></record>\n<record><meta><classification>U</classification>"
    "</meta><content>the port reopened</content></record></records>\n",
])
def test_xml_classification_in_a_metadata_child_marks_the_record(policy, text):
    doc = read(text)
    assert not portion_of(doc, "the convoy leaves at dawn").doubtful
    usg = released_text(doc, policy, "usg")
    assert "the convoy leaves at dawn" not in usg and "the port reopened" in usg


def test_xml_text_beside_a_record_on_its_line_inherits(policy):
    doc = read("<export><title>Weekly convoy schedule</title><record><classification>S</classification>"
               "<text>the convoy leaves at dawn</text></record></export>\n")
    title = portion_of(doc, "Weekly convoy schedule")
    assert not title.explicit
    assert "Weekly convoy schedule" not in released_text(doc, policy, "usg")


# ---------------------------------------------------------------- JSON: a whole message in one string
def json_cable(body: str) -> str:
    return ('[\n  {"messageId": "26TUNIS0904", "classification": "CONFIDENTIAL", "subject": "Phosphate", '
            f'"body": "{body}"}}\n]\n')


def test_json_string_of_marked_paragraphs_is_read_paragraph_by_paragraph(policy):
    doc = read(json_cable("1. (U) Output rose to 3.1 million tonnes.\\n\\n2. (U) The union called off the strike."
                          "\\n\\n3. (C) The chairman said the presidency ordered the hiring."))
    usg = released_text(doc, policy, "usg")
    assert "Output rose" in usg and "called off the strike" in usg
    assert "presidency ordered the hiring" not in usg and "Phosphate" not in usg  # the record's own fields: C


@pytest.mark.parametrize("body", [
    "1. (U) Output rose to 3.1 million tonnes.\\n\\nThe chairman said the presidency ordered the hiring.",
    "1. (U) Output rose to 3.1 million tonnes.\\n\\n2. (XQ) The chairman said the presidency ordered the hiring.",
    "(U) Output rose to 3.1 million tonnes. The chairman said the presidency ordered the hiring.",
])
def test_json_string_with_an_unmarked_or_unreadable_paragraph_stays_with_its_record(policy, body):
    usg = released_text(read(json_cable(body)), policy, "usg")
    assert "Output rose" not in usg and "presidency ordered the hiring" not in usg
