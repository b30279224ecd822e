"""Reading cables, memos and fragments: fields, portions, problems and exact offsets."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import sbu_redact
from conftest import CORPUS, REPO, SEED_CABLE

READER = CORPUS / "reader"


def read_file(name: str) -> sbu_redact.Document:
    return sbu_redact.read((READER / name).read_bytes().decode("utf-8"))


def marks(doc):
    return [(p.number, p.marking.portion_mark(), p.explicit) for p in doc.portions if p.kind == "paragraph"]


def codes(doc, severity=None):
    return [p.code for p in doc.problems if severity is None or p.severity == severity]


# ------------------------------------------------------------------ the seed cable
def test_seed_cable(seed_text):
    doc = sbu_redact.read(seed_text)
    assert doc.kind == "cable"
    assert doc.classification.level == "UNCLASSIFIED"
    assert {"SBU", "SIPDIS"} <= set(doc.classification.controls)
    h = doc.header
    assert h.tags == ["TSPA", "ECPS", "KSCA", "PREL", "PARM", "RS"]
    assert h.subject == "RUSSIAN NOTE ON SEA LAUNCH, MFA COMMENTS ON SPACE ISSUES"
    assert h.references == ["STATE 87399", "STATE 77400"]
    assert h.signers == ["RUSSELL"]
    assert (h.from_, h.to, h.info) == ("AMEMBASSY MOSCOW", ["SECSTATE WASHDC"], ["AMEMBASSY ASTANA"])
    assert (h.dtg, h.eo, h.cable_id) == ("311438Z JUL 07", "12958", "07MOSCOW3736")
    paragraphs = [p for p in doc.portions if p.kind == "paragraph"]
    assert [p.number for p in paragraphs] == [1, 2, 3, 4, 5, 6, 7]
    assert all(p.explicit and p.marking.controls == ["SBU"] for p in paragraphs)
    # the garbled SIPDIS is reported, not silently accepted
    assert "UNKNOWN_CAPTION" in codes(doc)
    assert codes(doc, "error") == []


def test_seed_cable_offsets_point_into_the_original(seed_text):
    doc = sbu_redact.read(seed_text)
    paragraphs = [p for p in doc.portions if p.kind == "paragraph"]
    assert seed_text[paragraphs[0].start:paragraphs[0].body_start] == "- 11. (SBU) "
    assert seed_text[paragraphs[1].mark_start:paragraphs[1].mark_end] == "(SBU)"
    assert seed_text[paragraphs[6].start:paragraphs[6].body_start] == "- \\P 7. (SBU) "
    assert seed_text[paragraphs[6].end - 22:paragraphs[6].end] == "the Customs Agreement."
    for field in doc.fields:
        assert seed_text[field.start:field.end].strip() == seed_text[field.start:field.end]
    passage = doc.fields_named("passage")[0]
    assert seed_text[passage.start:passage.end].startswith("DEPARTMENT FOR OES/SAT(HODGKINS)")
    # portions never overlap each other or a header field (the subject is both a field and a portion)
    spans = sorted([(p.start, p.end) for p in doc.portions]
                   + [(f.start, f.end) for f in doc.fields if f.name != "subject"])
    for (a_start, a_end), (b_start, b_end) in zip(spans, spans[1:]):
        assert a_end <= b_start


def test_inspect_json_on_the_seed_cable():
    out = subprocess.run([sys.executable, "-m", "sbu_redact", "inspect", "--json", str(SEED_CABLE)],
                         capture_output=True, text=True, check=True, cwd=REPO)
    data = json.loads(out.stdout)
    assert data["classification"]["level"] == "UNCLASSIFIED"
    assert data["classification"]["controls"] == ["SBU", "SIPDIS"]
    assert data["header"]["tags"] == ["TSPA", "ECPS", "KSCA", "PREL", "PARM", "RS"]
    assert data["header"]["references"] == ["STATE 87399", "STATE 77400"]
    assert data["header"]["signers"] == ["RUSSELL"]
    body = [p for p in data["portions"] if p["kind"] == "paragraph"]
    assert [(p["number"], p["marking"], p["level"], p["controls"], p["explicit"]) for p in body] == \
        [(n, "(SBU)", "UNCLASSIFIED", ["SBU"], True) for n in range(1, 8)]
    assert {"code", "severity", "message", "start", "end"} <= set(data["problems"][0])


def test_inspect_table_is_readable():
    out = subprocess.run([sys.executable, "-m", "sbu_redact", "inspect", str(SEED_CABLE)],
                         capture_output=True, text=True, check=True, cwd=REPO)
    assert "UNCLASSIFIED//SBU" in out.stdout and "RUSSELL" in out.stdout and "UNKNOWN_CAPTION" in out.stdout


# ------------------------------------------------------------------ corpus variants
def test_allcaps_confidential_cable_with_classified_by_and_mixed_portions():
    doc = read_file("08BAGHDAD1234_allcaps_confidential.txt")
    assert doc.classification.level == "CONFIDENTIAL"
    assert marks(doc) == [(1, "(C)", True), (2, "(SBU)", True), (3, "(U)", True), (4, "(C)", True), (5, "(C)", True)]
    h = doc.header
    assert h.classified_by == "Political Counselor Robert S. Ford"
    assert h.reasons == ["1.4(b)", "1.4(d)"]
    assert h.declassify_on == "04/15/2018"
    assert h.references == ["BAGHDAD 1101", "07 STATE 160345"]
    assert h.signers == ["CROCKER"]
    assert (h.section, h.sections) == (1, 2)
    assert [f.value for f in doc.fields_named("section")] == ["SECTION 02 OF 02"]
    subject = doc.portions[0]
    assert subject.kind == "subject" and subject.explicit and subject.level == "CONFIDENTIAL"
    # paragraph 4 ends before the section break that interrupts the cable
    p4 = [p for p in doc.portions if p.number == 4][0]
    assert doc.text[p4.start:p4.end].endswith("BEFORE THE SUMMER RECESS.")
    assert codes(doc, "error") == []


def test_secret_noforn_memo_with_matching_banners():
    doc = read_file("memo_secret_noforn.md")
    assert doc.kind == "document"
    assert doc.classification.banner() == "SECRET//NOFORN"
    assert len(doc.fields_named("banner")) == 2
    assert doc.rollup.banner() == "SECRET//NOFORN"
    kinds = [(p.kind, p.marking.portion_mark()) for p in doc.portions]
    assert ("list_item", "(C//REL TO USA, GBR)") in kinds
    assert ("table_row", "(S//NF)") in kinds
    assert ("heading", "(U)") in kinds
    assert all(p.explicit for p in doc.portions)
    assert doc.header.classified_by == "John Smith, Director, INR/OPN"
    assert "BANNER_MISMATCH" not in codes(doc) and codes(doc, "error") == []


def test_banners_that_disagree_and_spillage_are_errors():
    doc = sbu_redact.read("CONFIDENTIAL\n\n(C) One.\n\n(S) Two.\n\nSECRET\n")
    assert "BANNER_MISMATCH" in codes(doc, "error")
    assert "SPILLAGE" in codes(doc, "error")


def test_cui_document():
    doc = read_file("cui_privacy_notice.md")
    assert doc.classification.banner() == "CUI//SP-PRVCY"
    # the designation block's `Distribution/Dissemination Control: FEDCON` covers the controlled
    # portion (which portions it applies to is not said: every controlled one); (U) is not controlled
    assert [p.marking.portion_mark() for p in doc.portions] == ["(CUI//FEDCON)", "(U)"]
    assert doc.fields_named("poc")[0].value.startswith("Maria Lopez")


def test_cable_with_sections_and_signature():
    doc = read_file("09STATE5678_sections.txt")
    assert [p.number for p in doc.portions if p.kind == "paragraph"] == [1, 2, 3, 4, 5]
    assert [f.value for f in doc.fields_named("section")] == ["SECTION 02 OF 03", "SECTION 03 OF 03"]
    assert doc.header.signers == ["CLINTON"]
    assert len(doc.fields_named("handling")) == 2


def test_crlf_line_ends_keep_exact_offsets():
    raw = (READER / "08NAIROBI777_crlf.txt").read_bytes().decode("utf-8")
    assert "\r\n" in raw
    doc = sbu_redact.read(raw)
    assert doc.classification.controls == ["SBU", "SIPDIS"]
    p1 = [p for p in doc.portions if p.number == 1][0]
    assert raw[p1.start:p1.end] == "1. (SBU) Observers met with Ms. Wanjiru Kamau on Monday."
    assert doc.header.signers == ["RANNEBERGER"]
    assert all("\r" not in raw[f.start:f.end] for f in doc.fields)


def test_noise_in_marks_is_read_and_reported():
    doc = read_file("noise_marks.txt")
    # (SBU/N): an unknown token where the level belongs, so no level is inferred (issue 10)
    assert marks(doc) == [(1, "(C)", True), (2, "(C)", True), (3, "(?)", True), (4, "(U)", True), (5, "(C)", False)]
    by_number = {p.number: p for p in doc.portions}
    assert not by_number[1].doubtful and not by_number[4].doubtful          # (c), fullwidth (Ｕ)
    assert "MALFORMED_MARK" in codes(doc, "warning")                          # C)
    assert by_number[3].doubtful and "UNKNOWN_TOKEN" in codes(doc, "error")   # (SBU/N)
    assert "UNMARKED_PORTION" in codes(doc, "error")                          # 5. without a mark


def test_markdown_residue_and_pilcrows():
    text = "UNCLAS ROME 000111\n\nSIPDIS\n\nSUBJECT: TEST\n\n**1. (U) First.\n\n- ¶2. (SBU) Second.\n\n\\P 3. (U) Third.\n\n14. (U) Fourth.\n\nSPOGLI\n"
    doc = sbu_redact.read(text)
    assert marks(doc) == [(1, "(U)", True), (2, "(SBU)", True), (3, "(U)", True), (4, "(U)", True)]
    assert "PARAGRAPH_NUMBER_RECOVERED" in codes(doc, "info")


def test_real_paragraph_numbers_above_ten_are_not_rewritten():
    body = "\n\n".join(f"{n}. (U) Paragraph {n}." for n in range(1, 14))
    doc = sbu_redact.read(f"UNCLAS ROME 000111\n\nSUBJECT: TEST\n\n{body}\n\nSPOGLI\n")
    assert [p.number for p in doc.portions if p.kind == "paragraph"] == list(range(1, 14))
    assert "PARAGRAPH_NUMBER_RECOVERED" not in codes(doc)


def test_fragment_without_header():
    doc = read_file("fragment_paragraphs.txt")
    assert doc.kind == "fragment"
    assert marks(doc) == [(3, "(C)", True), (4, "(U)", True)]
    assert doc.classification is None and doc.rollup.level == "CONFIDENTIAL"
    assert "FRAGMENT" in codes(doc, "info")


def test_header_without_body():
    doc = read_file("fragment_header_only.txt")
    assert doc.classification.level == "SECRET" and "NOFORN" in doc.classification.controls
    assert doc.header.subject == "DEMARCHE ON TERRORIST FINANCING"
    assert [p.kind for p in doc.portions] == ["subject"]
    assert "NO_BODY" in codes(doc, "info")


def test_collapsed_web_copy_reads_like_a_clean_one():
    doc = read_file("collapsed_web_copy.txt")
    h = doc.header
    assert doc.classification.level == "CONFIDENTIAL" and "SIPDIS" in doc.classification.controls
    assert (h.post, h.number, h.section, h.sections) == ("ANKARA", "001234", 1, 3)
    assert h.tags == ["PREL", "PGOV", "TU"]
    assert h.subject == "TURKEY: FM BABACAN ON IRAQ AND IRAN"
    assert h.references == ["ANKARA 1200", "STATE 45678"]
    assert h.classified_by == "Ambassador Ross Wilson" and h.reasons == ["1.4(b)", "1.4(d)"]
    assert h.declassify_on == "05/02/2019"
    assert marks(doc) == [(1, "(C)", True), (2, "(C)", True), (3, "(U)", True)]
    p3 = [p for p in doc.portions if p.number == 3][0]
    assert doc.text[p3.start:p3.end] == "3.(U) The conference will be held in Istanbul."


def test_old_allcaps_cable_with_entire_text_statement():
    doc = read_file("allcaps_old_style.txt")
    assert doc.header.classified_by == "POLITICAL MINISTER COUNSELOR JOHN DOE"
    assert doc.header.reasons == ["1.5(d)"] and doc.header.eo == "12356"
    assert [p.level for p in doc.portions if p.kind == "paragraph"] == ["CONFIDENTIAL"] * 3
    # "CONFIDENTIAL - ENTIRE TEXT" marks the whole cable: no unmarked-portion errors
    assert "UNMARKED_PORTION" not in codes(doc)


def test_unmarked_document_fails_closed():
    doc = sbu_redact.read("Some notes about the meeting with the minister.\n")
    assert "NO_MARKING" in codes(doc, "error")
    assert all(p.doubtful for p in doc.portions)


def test_unmarked_portions_inherit_and_are_reported():
    doc = sbu_redact.read("SECRET\n\n(U) Marked.\n\nNot marked.\n\nSECRET\n")
    unmarked = [p for p in doc.portions if not p.explicit]
    assert len(unmarked) == 1 and unmarked[0].level == "SECRET"
    assert "UNMARKED_PORTION" in codes(doc, "error")


def test_banner_higher_than_portions_is_reported():
    doc = sbu_redact.read("SECRET\n\n(U) One.\n\n(C) Two.\n\nSECRET\n")
    assert "BANNER_ROLLUP_MISMATCH" in codes(doc)


def test_invalid_banner_makes_unmarked_portions_doubtful():
    doc = sbu_redact.read("SECRET//FOUOUO\n\nText without a mark.\n")
    assert "UNKNOWN_TOKEN" in codes(doc, "error")
    assert all(p.doubtful for p in doc.portions)


@pytest.mark.parametrize("text", ["", "   \n\n", "\x00\x01", "((((", "1.", "¶", "SUBJECT:", "UNCLAS", "(S//NF)",
                                  "TAGS:", "\\P", "C O N F I D E N T I A L", "- 11.", "|---|"])
def test_odd_inputs_read_without_error(text):
    doc = sbu_redact.read(text)
    for p in doc.portions:
        assert 0 <= p.start <= p.body_start <= p.end <= len(text)


def test_reading_does_not_import_nlp():
    code = ("import sys, sbu_redact; sbu_redact.read(open(sys.argv[1]).read()); "
            "bad = [m for m in ('spacy', 'presidio_analyzer', 'presidio_anonymizer') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    subprocess.run([sys.executable, "-c", code, str(SEED_CABLE)], check=True, cwd=REPO)


@pytest.mark.parametrize("make,needle", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "is a directory"),
    (lambda d: (d / "empty.txt").write_bytes(b"") and d / "empty.txt" or d / "empty.txt", "is empty"),
    (lambda d: (d / "bin.txt").write_bytes(b"\x7fELF\x00\x01\x02") and d / "bin.txt", "binary"),
    (lambda d: (d / "latin1.txt").write_bytes("CAF\xc9 (U)".encode("latin-1")) and d / "latin1.txt", "UTF-8"),
])
def test_inspect_bad_input_is_one_line_and_exit_2(tmp_path, make, needle):
    path = make(tmp_path)
    out = subprocess.run([sys.executable, "-m", "sbu_redact", "inspect", str(path)],
                         capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and needle in lines[0]


GARBLED_LINE = ("VZCZCXYZ0001\nDE RUEHGB #1234 1051522\nZNY CCCCC ZZH\nO 151522Z APR 08\nFM AMEMBASSY BAGHDAD\n"
                "TO RUEHC/SECSTATE WASHDC IMMEDIATE 6652\n\n{line}\n\nE.O. 12958: DECL: 04/15/2018\nTAGS: PGOV IZ\n"
                "SUBJECT: MEETING\n\n1. THE MINISTER SAID THE PLAN WOULD PROCEED.\n\nCROCKER\n")


@pytest.mark.parametrize("line", ["C 0 N F I D E N T I A L BAGHDAD 001234", "UNCLAS BAGHDAD 001234"])
def test_security_indicator_higher_than_the_classification_line_fails_closed(line):
    doc = sbu_redact.read(GARBLED_LINE.format(line=line))
    assert "SECURITY_INDICATOR" in codes(doc, "error")
    assert [p.level for p in doc.portions if p.kind == "paragraph"] == ["CONFIDENTIAL"]
    assert doc.header.signers == ["CROCKER"]


def test_security_indicator_that_agrees_is_silent():
    text = GARBLED_LINE.format(line="UNCLAS BAGHDAD 001234").replace("ZNY CCCCC", "ZNR UUUUU")
    doc = sbu_redact.read(text)
    assert codes(doc, "error") == [] and doc.portions[-1].level == "UNCLASSIFIED"


def test_unclassified_cable_with_a_classified_by_line_is_doubtful():
    text = ("UNCLAS ROME 000111\n\nE.O. 12958: DECL: 01/01/2019\nTAGS: PREL IT\nSUBJECT: TALKS\n\n"
            "Classified By: Ambassador Ronald Spogli for reasons 1.4 (b) and (d).\n\n"
            "1. The minister described the talks.\n\n2. (U) The press was briefed.\n\nSPOGLI\n")
    doc = sbu_redact.read(text)
    assert "UNCLASSIFIED_WITH_AUTHORITY" in codes(doc, "error")
    by_number = {p.number: p for p in doc.portions if p.kind == "paragraph"}
    assert by_number[1].doubtful and not by_number[2].doubtful
