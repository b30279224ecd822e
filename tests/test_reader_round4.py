"""Reader mechanisms found by the round-4 adversarial corpus (issue 8): parentheses at a line
start that are not portion marks (`(S)he`, list letters, a copyright notice, a wrapped section
reference), a mark after a line that ends mid-sentence, footnotes in the text flow, a page's
own `Classification of this page:` line, and a designation block's dissemination control."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of

WIDTH = "x" * 60  # a line about as long as the text is wrapped at


def memo(body: str, banner: str = "UNCLASSIFIED") -> str:
    return f"{banner}\n\nSUBJECT: (U) A memo\n\n{body}\n\n{banner}\n"


@pytest.mark.parametrize("line, phrase", [
    ('(S)he "would not speculate" on a deal before the end of the year.', "would not speculate"),
    ("(s)he said the talks would go on.", "talks would go on"),
    ("(C) 2026 Reuters Limited. All rights reserved.", "Reuters Limited"),
    ("(c) 2025 The Associated Press, all rights reserved", "Associated Press"),
])
def test_parentheses_that_are_words_not_marks(line, phrase):
    doc = sbu_redact.read(memo(f"(U) The paper reports on the talks in the capital.\n{line}"))
    assert marking_of(doc, phrase) == "(U)"
    assert doc.rollup is not None and doc.rollup.banner() == "UNCLASSIFIED"


@pytest.mark.parametrize("line", [
    "(C) 2026 will see the first deliveries of the new radar.",  # a year, no copyright notice
    "(S) The station chief briefed the ambassador.",
])
def test_real_marks_at_line_starts_still_count(line):
    doc = sbu_redact.read(memo(f"(U) The paper reports on the talks.\n\n{line}", banner="SECRET"))
    assert marking_of(doc, line[4:30]) == line[:3]


def test_a_run_of_option_letters_is_an_enumeration():
    doc = sbu_redact.read(memo("(U) Three options follow.\n\n(A) Replace both units now.\n\n"
                               "(B) Replace one unit now and one later.\n\n(C) Rent a unit for a year.",
                               banner="UNCLASSIFIED//FOUO"))
    assert marking_of(doc, "Rent a unit") == marking_of(doc, "Replace both") == "(U//FOUO)"  # inherited
    assert doc.rollup is not None and doc.rollup.level == "UNCLASSIFIED"


def test_a_lowercase_list_inside_a_classified_paragraph_stays_in_it():
    items = "\n".join(f"({chr(c)}) item {chr(c)} of the particulars;" for c in range(ord("a"), ord("v")))
    doc = sbu_redact.read(memo(f"2. (S//NF) The particulars are:\n{items}", banner="SECRET//NOFORN"))
    for letter in "crsu":
        assert marking_of(doc, f"item {letter} of") == "(S//NF)"


def test_a_lowercase_letter_under_an_unfinished_line_continues_it():
    doc = sbu_redact.read(memo("(U) The agreement's section 5\n(c) allows either party to ask for talks.\n\n"
                               "(U) Nothing else happened."))
    assert marking_of(doc, "allows either party") == "(U)"


def test_a_lower_mark_under_a_wrapped_unfinished_line_does_not_lower_it():
    text = ("C O N F I D E N T I A L SECTION 01 OF 02 ABU DHABI 000882\n\nSUBJECT: (U) A case\n\n"
            "1. (U) Summary of the caseload this month.\n\n"
            f"2. (C) The prosecutor said he will not sign for a worker who applied under INA {WIDTH[:20]}\n"
            "(U) because the employers include two members of a ruling family.\n\n"
            "3. (U) Post will follow up.\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "because the employers") == "(C)"
    assert marking_of(doc, "Post will follow up") == "(U)"
    assert "CONTINUED_PORTION" in [p.code for p in doc.problems]


def test_a_mark_after_a_finished_line_starts_its_own_portion():
    doc = sbu_redact.read(memo("(C) The minister left for the summit today.\n(U) The press covered it.",
                               banner="CONFIDENTIAL"))
    assert marking_of(doc, "The press covered it") == "(U)"


def test_footnotes_in_the_text_flow_are_portions_of_their_own():
    text = ("SECRET//NOFORN\n\n(U) The militias kept their fighters under arms while the lists are\n"
            "negotiated.1 Officials describe the militias as better paid than the army.\n"
            "1 Two of the commanders receive cash from a gold trader in the capital.\n"
            "(U) The commission has met six times.\n\nSECRET//NOFORN\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "Two of the commanders") == "(S//NF)"
    assert marking_of(doc, "Officials describe") == "(U)"


def test_a_page_classification_line_is_evidence():
    text = ("UNCLASSIFIED\n\nSUBJECT: (U) A report\n\n(U) Page one is unclassified.\n\n\f"
            "The courier rented a flat overlooking the gate.\n\n"
            "Classification of this page: SECRET//NOFORN\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "The courier rented") == "(S//NF)"
    assert any(f.name == "banner" and "SECRET" in f.value for f in doc.fields)


def test_a_designation_block_control_covers_every_controlled_portion():
    text = ("CUI\n\nControlled by: Department of Homeland Security\nCUI Category: LEI\n"
            "Limited Dissemination Control: NOFORN\n\n(U) Background of the case.\n\n"
            "(CUI) The recipient resells the parts to a group.\n\nCUI\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "The recipient resells") == "(CUI//NF)"
    assert marking_of(doc, "Background of the case") == "(U)"  # uncontrolled text stays as marked


def test_a_csv_export_is_read_record_by_record():
    text = ('ID,Date,Classification,Summary\n'
            '1,2026-11-02,UNCLASSIFIED,"Port officials released the shipment."\n'
            '2,2026-11-04,SECRET//NOFORN,"The customs officer said the army will\ntake over the border posts."\n'
            '3,2026-11-05,UNCLASSIFIED//FOUO,"A driver was injured."\n'
            '4,2026-11-06,SECERT,"The garbled cell hides what this is."\n'
            '5,2026-11-07,,"An empty cell says nothing."\n')
    doc = sbu_redact.read(text)
    assert [p.kind for p in doc.portions] == ["table_row"] * 5
    assert marking_of(doc, "Port officials") == "(U)"
    assert marking_of(doc, "take over the border posts") == "(S//NF)"  # the quoted field's second line
    assert marking_of(doc, "A driver was injured") == "(U//FOUO)"
    assert marking_of(doc, "The garbled cell") == "doubtful"
    assert marking_of(doc, "An empty cell") == "doubtful"  # unmarked, and nothing marks the whole file
    assert [f.value for f in doc.fields if f.name == "table_header"] == ["ID,Date,Classification,Summary"]


def test_a_csv_without_a_classification_column_is_plain_text():
    doc = sbu_redact.read("ID,Date,Summary\n1,2026-11-02,Port officials released the shipment.\n")
    assert not any(p.kind == "table_row" for p in doc.portions)


def test_a_classification_label_is_no_text_of_the_portion_above():
    text = ("From: Public Affairs\nSubject: (C) Morning notes\n\nClassification: CONFIDENTIAL\n\n"
            "(C) The minister will resign.\n\nClassification: CONFIDENTIAL\n")
    doc = sbu_redact.read(text)
    subject = next(p for p in doc.portions if p.kind == "subject")
    assert text[subject.start:subject.end] == "Subject: (C) Morning notes"
    assert [text[f.start:f.end] for f in doc.fields if f.name == "classification_label"] == ["Classification: "] * 2


# -- round 5: the round-4 heuristics attacked -------------------------------------------------

def test_a_list_letter_that_could_be_a_mark_takes_the_documents_marking_and_is_reported():
    doc = sbu_redact.read(memo("(U) Options. The Department could:\n(A) Accept the fee schedule;\n"
                               "(B) Defer agreement;\n(C) The Minister told us Palau will walk out of the talks.",
                               banner="CONFIDENTIAL"))
    assert marking_of(doc, "Palau will walk out") == "(C)"  # its own portion, inheriting the banner
    assert marking_of(doc, "Options. The Department") == "(U)"
    assert "LIST_LETTER" in [p.code for p in doc.problems]


def test_a_mark_after_a_list_letter_is_read():
    doc = sbu_redact.read(memo("1. (U) Tasks:\n(A) (U) Treasury will brief.\n(B) (U) Commerce will invite.\n"
                               "(C) (C) Embassy will quietly tell the minister.", banner="CONFIDENTIAL"))
    assert marking_of(doc, "Treasury will brief") == "(U)"
    assert marking_of(doc, "Embassy will quietly") == "(C)"


def test_a_lettered_paragraph_under_a_ref_block_is_no_reference():
    text = ("C O N F I D E N T I A L TEGUCIGALPA 000711\n\nSIPDIS\n\nTAGS: PGOV PREL HO\n"
            "SUBJECT: POLICE PURGE\n\nREF: (A) TEGUCIGALPA 655\n(B) STATE 104417\n"
            "(C) The minister told the Ambassador on November 25 that the file stays closed.\n\n"
            "1. (U) Summary of the reform.\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "the file stays closed") == "(C)"
    assert all("file stays closed" not in f.value for f in doc.fields)


@pytest.mark.parametrize("end", ["for crime victims, i.e.", "the petitions were prepared for"])
def test_a_lower_mark_under_an_unfinished_short_line_keeps_the_higher_marking(end):
    doc = sbu_redact.read(memo(f"(C) The ring sold forged certifications to applicants\n{end}\n"
                               "(U) visas, charging each applicant 8,000 dollars.\n\n(U) Post will follow up.",
                               banner="CONFIDENTIAL"))
    assert marking_of(doc, "charging each applicant") == "(C)"
    assert marking_of(doc, "Post will follow up") == "(U)"


def test_dagger_footnotes_are_portions_of_their_own():
    doc = sbu_redact.read("SECRET//NOFORN\n(U) The task force moved its headquarters to Baga.†\n"
                          "† (S//NF) The move was ordered after the deputy shared patrol plans.\n"
                          "‡(C)The contingent will withdraw two battalions.\n(U) Displacement remains high.\n"
                          "SECRET//NOFORN\n")
    assert marking_of(doc, "deputy shared patrol") == "(S//NF)"
    assert marking_of(doc, "contingent will withdraw") == "(C)"


@pytest.mark.parametrize("header, row", [
    ("Doc ID,Date,Clasification,Summary", "2,2026-11-05,SECRET//NOFORN,The commander takes cash."),
    ("record_no;received;classification;text", "2;03.11.2026;secret//noforn;The commander takes cash."),
    ('"No","Classification","Body Classification","Body"', '"2","UNCLASSIFIED","SECRET//NOFORN","The commander takes cash."'),
    ("id,date,classification,paragraph", "2,2026-11-21,UNCLASSIFIED,(S//NF) The commander takes cash."),
    ('"ID";"Classification";"Handling";"Summary"', '"2";"U";"SBU//NOFORN";"The commander takes cash."'),
])
def test_csv_exports_take_the_most_restrictive_of_their_cells(header, row):
    clean = row.replace("The commander takes cash.", "The port reopened.").replace("SECRET//NOFORN", "UNCLASSIFIED") \
        .replace("secret//noforn", "unclassified").replace("(S//NF)", "(U)").replace("SBU//NOFORN", "").replace("2", "1", 1)
    doc = sbu_redact.read(f"{header}\n{clean}\n{row}\n")
    assert marking_of(doc, "The port reopened") == "(U)"
    taken = next(p.marking for p in doc.portions if "commander takes cash" in doc.text[p.start:p.end])
    assert taken is not None and taken.valid and taken.noforn


def test_designation_controls_on_one_line_and_a_releasability_line():
    cui = sbu_redact.read("CUI\n\nControlled by: OUSD(A&S); CUI Category: OPSEC; "
                          "Distribution/Dissemination Control: NOFORN; POC: Program Office\n\n"
                          "1. (CUI) Two suppliers were bought by a foreign fund.\n\nCUI\n")
    assert marking_of(cui, "Two suppliers") == "(CUI//NF)"
    fouo = sbu_redact.read("UNCLASSIFIED//FOR OFFICIAL USE ONLY\nReleasability: REL TO USA, AUS, CAN, NZL\n\n"
                           "(U//FOUO) The tender favours the state company.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n")
    marking = next(p.marking for p in fouo.portions if "tender favours" in fouo.text[p.start:p.end])
    assert marking is not None and marking.rel_to == ("USA", "AUS", "CAN", "NZL")


def test_a_page_marked_in_words_is_evidence():
    doc = sbu_redact.read("UNCLASSIFIED\n\nSUBJECT: (U) Notes\n\n(U) Page one.\n\nTHIS PAGE IS CONFIDENTIAL\n\n"
                          "The navy chief uses the patrol boats for shipments.\n")
    assert marking_of(doc, "navy chief uses") == "(C)"


def test_an_xml_export_is_read_record_by_record():
    text = ('<?xml version="1.0"?>\n<export>\n  <record id="1">\n    <classification>UNCLASSIFIED</classification>\n'
            '    <text>The port reopened.</text>\n  </record>\n  <record id="2">\n'
            '    <classification level="S" caveats="NOFORN"/>\n    <text>The commander takes cash.</text>\n'
            '  </record>\n  <record id="3">\n    <classification>pending</classification>\n'
            '    <text>Nobody has read this one.</text>\n  </record>\n</export>\n')
    doc = sbu_redact.read(text)
    assert marking_of(doc, "The port reopened") == "(U)"
    assert marking_of(doc, "The commander takes cash") == "(S//NF)"
    assert marking_of(doc, "Nobody has read") == "doubtful"
    assert [f.value for f in doc.fields if f.name == "markup"] == ['<?xml version="1.0"?>', "<export>", "</export>"]


def test_a_numbered_form_field_with_a_label_and_a_mark():
    doc = sbu_redact.read("SECRET\n\n14. ABSTRACT: (U) This report assesses the radars.\n"
                          "15. SUBJECT TERMS: radar\n\nThe sites are down.\n\nSECRET\n")
    assert marking_of(doc, "This report assesses") == "(U)"
    assert marking_of(doc, "The sites are down") == "(S)"


# -- round 6: exports and controls in words -----------------------------------------------------

def test_json_exports_array_and_lines():
    array = ('[\n  {"id": 1, "classification": "UNCLASSIFIED", "body": "The port reopened."},\n'
             '  {"id": 2, "classification": "SECRET", "dissemination": ["NOFORN"], "body": "The commander takes cash."}\n]\n')
    doc = sbu_redact.read(array)
    assert marking_of(doc, "The port reopened") == "(U)"
    assert marking_of(doc, "The commander takes cash") == "(S//NF)"
    lines = ('{"id": 1, "cls": "U", "text": "The port reopened."}\n'
             '{"id": 2, "cls": "C", "text": "The minister will resign."}\n')
    doc = sbu_redact.read(lines)
    assert marking_of(doc, "The minister will resign") == "(C)"


def test_xml_nested_elements_with_their_own_classification_are_portions():
    text = ('<cases>\n  <record classification="UNCLASSIFIED">\n    <summary>The visa is for a post in Austin.</summary>\n'
            '    <annotation classification="SECRET//NOFORN">He buys gyroscopes for a network.</annotation>\n'
            '  </record>\n</cases>\n')
    doc = sbu_redact.read(text)
    assert marking_of(doc, "He buys gyroscopes") == "(S//NF)"
    assert marking_of(doc, "a post in Austin") == "(U)"


def test_ism_attributes_mark_paragraphs():
    text = ('<Report xmlns:ism="urn:us:gov:ic:ism" ism:classification="S">\n'
            '  <Para ism:classification="U">Freight rates rose.</Para>\n'
            '  <Para ism:classification="C" ism:releasableTo="USA AUS">The deputy took payments.</Para>\n</Report>\n')
    doc = sbu_redact.read(text)
    assert marking_of(doc, "Freight rates rose") == "(U)"
    marking = next(p.marking for p in doc.portions if "deputy took" in doc.text[p.start:p.end])
    assert marking is not None and marking.level == "CONFIDENTIAL" and marking.rel_to == ("USA", "AUS")


@pytest.mark.parametrize("line, check", [
    ("Releasable to USA, AUS, CAN and NZL only", lambda m: m.rel_to == ("USA", "AUS", "CAN", "NZL")),
    ("THIS PAGE CONTAINS NOFORN INFORMATION", lambda m: m.noforn),
])
def test_controls_stated_in_words_cover_controlled_portions(line, check):
    doc = sbu_redact.read(f"UNCLASSIFIED//FOUO\n{line}\n\n(U//FOUO) The tender favours the state company.\n\n"
                          "(U) The port opened.\n\nUNCLASSIFIED//FOUO\n")
    marking = next(p.marking for p in doc.portions if "tender favours" in doc.text[p.start:p.end])
    assert marking is not None and check(marking)
    assert marking_of(doc, "The port opened") == "(U)"


def test_form_fields_marked_after_their_label_head_the_text_below():
    doc = sbu_redact.read("SECRET//NOFORN\n\n11. PURPOSE OF TRAVEL (U):\nAttend a conference in Houston.\n"
                          "12. NARRATIVE (S//NF):\nThe applicant recruits port workers.\n\nSECRET//NOFORN\n")
    assert marking_of(doc, "Attend a conference") == "(U)"
    assert marking_of(doc, "recruits port workers") == "(S//NF)"


def test_a_cable_log_security_indicator_column():
    doc = sbu_redact.read("MSG_SEQ,DTG,ZN,TEXT\n3381,231205Z NOV 26,UUUUU,The tariff rose.\n"
                          "3384,241730Z NOV 26,SSSSS,A drone was intercepted.\n")
    assert marking_of(doc, "The tariff rose") == "(U)"
    assert marking_of(doc, "drone was intercepted") == "(S)"


def test_marks_inside_csv_cells():
    doc = sbu_redact.read('id,classification,text\n1,U,"""(C) We will not renew,"" the Minister said."\n'
                          '2,UNCLASSIFIED,"Rice quotas were announced.\n(S//NF) The cut is meant to pressure them."\n'
                          '3,U,"The metro opened."\n')
    assert marking_of(doc, "We will not renew") == "(C)"
    assert marking_of(doc, "The cut is meant") == "(S//NF)"
    assert marking_of(doc, "The metro opened") == "(U)"


@pytest.mark.parametrize("old, new, key", [
    ("(?P<countries>", "(?P<nations>", r"controls_in_words\.1"),  # neither controls nor a countries group
    ("controls: [NOFORN]\n  - pattern: '(?i:\\breleasable", "controls: [NOFRON]\n  - pattern: '(?i:\\breleasable",
     r"controls_in_words"),  # not a dissemination token
    ("(?P<countries>", "((?P<countries>", r"controls_in_words\.1"),  # not a regular expression
])
def test_controls_in_words_are_validated(tmp_path, old, new, key):
    import shutil

    from conftest import REPO
    from sbu_redact.config import RulesError, load_rules

    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    markings = folder / "markings.yaml"
    text = markings.read_text(encoding="utf-8")
    assert old in text
    markings.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RulesError, match=r"markings\.yaml.*" + key):
        load_rules(folder).grammar
