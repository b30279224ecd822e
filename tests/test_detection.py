"""Detection on the example cable and the Detector API, with the real engines."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sbu_redact.detection import Detector, Finding

ROOT = Path(__file__).resolve().parent.parent
CABLE = (ROOT / "examples" / "cables" / "07MOSCOW3736.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.fixture(scope="module")
def cable_findings(detector):
    return detector.analyze(CABLE)


def _covered(findings, start, end, types=("PERSON",)):
    return any(f.entity_type in types and f.start <= start and end <= f.end for f in findings)


def _touching(findings, start, end, types):
    return [f for f in findings if f.entity_type in types and f.start < end and start < f.end]


def test_model_and_entity_types(detector):
    assert detector.model_name is not None
    assert "PERSON" in detector.entity_types and "CONTROL_MARKING" in detector.entity_types
    assert "DATE_TIME" not in detector.entity_types


@pytest.mark.parametrize("name", ["HODGKINS", "FRIEDT", "GREENSTEIN", "Andrey Kruitskikh", "RUSSELL"])
def test_example_cable_names(cable_findings, name):
    match = re.search(re.escape(name), CABLE)
    assert _covered(cable_findings, *match.span()), name


def test_every_kruitskikh_mention(cable_findings):
    mentions = [m.span() for m in re.finditer(r"Kruitskikh", CABLE)]
    assert len(mentions) == 6
    for start, end in mentions:
        assert _covered(cable_findings, start, end), CABLE[start - 20:end]


@pytest.mark.parametrize("word", ["Kazakh", "Russian", "SBU", "GOR", "USG"])
def test_example_cable_no_false_names(cable_findings, word):
    for match in re.finditer(rf"\b{word}\b", CABLE):
        assert not _touching(cable_findings, *match.span(), ("PERSON", "ORGANIZATION")), word


@pytest.mark.parametrize("number", ["003736", "87399", "2121438"])
def test_example_cable_numbers_not_dates(cable_findings, number):
    for match in re.finditer(number, CABLE):
        assert not _touching(cable_findings, *match.span(), ("DATE_TIME", "US_DRIVER_LICENSE"))


def test_example_cable_custom_types(cable_findings):
    def found(entity, value):
        return any(f.entity_type == entity and CABLE[f.start:f.end] == value for f in cable_findings)

    assert found("CABLE_REFERENCE", "STATE 87399") and found("CABLE_REFERENCE", "MOSCOW 003736")
    assert found("OFFICE_SYMBOL", "EUR/RUS") and found("OFFICE_SYMBOL", "ISN/CATR")
    assert found("CONTROL_MARKING", "SIPDIS") and found("CONTROL_MARKING", "(SBU)")


def test_findings_sorted_without_overlaps(cable_findings):
    assert cable_findings == sorted(cable_findings, key=lambda f: (f.start, f.end))
    for a, b in zip(cable_findings, cable_findings[1:]):
        assert a.end <= b.start
    for f in cable_findings:
        assert f.recognizer and f.explanation
    assert cable_findings[0].to_dict(CABLE)["text"] == CABLE[cable_findings[0].start:cable_findings[0].end]


def test_all_caps_cable(detector):
    text = ("1. (C) ON JUNE 3 POLOFF MET WITH SERGEY IVANOVICH PETROV, HEAD OF THE MFA SECOND CIS "
            "DEPARTMENT. PETROV SAID THAT THE GOR WOULD NOT OBJECT.\n\nBURNS\n")
    findings = detector.analyze(text)
    assert _covered(findings, text.index("SERGEY"), text.index(", HEAD"))
    assert _covered(findings, *re.search(r"PETROV SAID", text).span(0)[:1], text.index(" SAID"))
    assert _covered(findings, text.index("BURNS"), text.index("BURNS") + 5)
    assert not _touching(findings, text.index("GOR"), text.index("GOR") + 3, ("PERSON",))


def test_spans_restrict_analysis(detector):
    first = "Ambassador John Smith met Deputy FM Sergey Ryabkov in Moscow.\n\n"
    second = "Mr. Viktor Petrenko called on PolOff Mary Jones in Kyiv.\n"
    text = first + second
    findings = detector.analyze(text, spans=[(len(first), len(text))])
    assert findings and all(f.start >= len(first) for f in findings)
    assert _covered(findings, text.index("Viktor"), text.index(" called"))
    assert detector.analyze(text, spans=[]) == []


def test_caller_recognizer(detector):
    from presidio_analyzer import Pattern, PatternRecognizer

    own = Detector()
    own.add_recognizer(PatternRecognizer(supported_entity="CASE_NUMBER", name="CaseNumberRecognizer",
                                         patterns=[Pattern("case", r"\bF-\d{4}-\d{5}\b", 0.9)]))
    text = "FOIA request F-2014-20439 concerns Ambassador John Smith."
    findings = own.analyze(text)
    case = [f for f in findings if f.entity_type == "CASE_NUMBER"]
    assert len(case) == 1 and text[case[0].start:case[0].end] == "F-2014-20439"
    assert case[0].recognizer == "CaseNumberRecognizer"
    assert not any(f.entity_type == "CASE_NUMBER" for f in detector.analyze(text))  # others unaffected


def _rules_copy(tmp_path: Path, edit) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", target)
    data = yaml.safe_load((target / "entities.yaml").read_text())
    edit(data)
    (target / "entities.yaml").write_text(yaml.safe_dump(data))
    return target


def test_entity_type_turned_off(tmp_path):
    rules = _rules_copy(tmp_path, lambda d: d["entities"]["OFFICE_SYMBOL"].update(enabled=False))
    detector = Detector(rules=rules)
    assert "OFFICE_SYMBOL" not in detector.entity_types
    findings = detector.analyze(CABLE)
    assert not any(f.entity_type == "OFFICE_SYMBOL" for f in findings)
    assert any(f.entity_type == "PERSON" for f in findings)


def test_allow_and_deny_lists(tmp_path):
    def edit(data):
        data["allow"] = ["Daniel Russell"]
        data["deny"] = ["Sea Launch"]

    detector = Detector(rules=_rules_copy(tmp_path, edit))
    findings = detector.analyze(CABLE)
    end = CABLE.rstrip().rindex("RUSSELL")
    assert not _covered(findings, end, end + 7)
    start = CABLE.index("Sea Launch")
    assert _covered(findings, start, start + len("Sea Launch"))


def test_import_is_light():
    code = ("import sys, sbu_redact.detection; "
            "print(any(m in sys.modules for m in ('spacy', 'presidio_analyzer', 'wordfreq')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_missing_model_warns_once_and_patterns_still_run():
    code = """
import warnings
from sbu_redact.detection import Detector
text = open(r'%s').read()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    first = Detector(model='en_core_web_does_not_exist')
    second = Detector(model='en_core_web_also_missing')
    findings = first.analyze(text)
ner_off = [w for w in caught if 'NER is off' in str(w.message)]
assert len(ner_off) == 1, [str(w.message) for w in caught]
assert "pip install 'sbu_redact[ner]'" in str(ner_off[0].message)
assert first.model_name is None and second.model_name is None
names = {text[f.start:f.end] for f in findings if f.entity_type == 'PERSON'}
assert {'HODGKINS', 'FRIEDT', 'GREENSTEIN', 'RUSSELL'} <= names, names
assert all(f.recognizer != 'SpacyRecognizer' for f in findings)
print('ok')
""" % (ROOT / "examples" / "cables" / "07MOSCOW3736.txt")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_finding_to_dict():
    finding = Finding("PERSON", 0, 5, 0.9, "X", "why")
    assert finding.to_dict() == {"entity_type": "PERSON", "start": 0, "end": 5, "score": 0.9,
                                 "recognizer": "X", "explanation": "why"}
    assert finding.to_dict("Smith says")["text"] == "Smith"


@pytest.mark.parametrize("text, name", [
    ("2. (C) BORISLAV KARANFILOV'S DRIVER WAS DETAINED.", "BORISLAV KARANFILOV'S"),
    ("(U) Ms. Odile Marchetti's office said so.", "Odile Marchetti's"),
    ("(U) Natalia Sokolova\u2019s office said so.", "Natalia Sokolova\u2019s"),
])
def test_possessive_goes_with_the_name(detector, text, name):
    """A name's possessive is redacted with it: no `'S` is left after the box."""
    start = text.index(name)
    assert _covered(detector.analyze(text), start, start + len(name)), detector.analyze(text)


@pytest.mark.parametrize("text", ["(U) The ministry's view is firm.", "(U) It's Russia's turn."])
def test_possessive_alone_is_no_name(detector, text):
    assert not [f for f in detector.analyze(text) if f.entity_type == "PERSON"]


def _persons(detector, text):
    return [text[f.start:f.end] for f in detector.analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    # particles before the surname NER found, and after them the rest
    ("2. (C) THE MAYOR MET PIETER VAN DER HOEVEN-LAAN ON TUESDAY. VAN DER HOEVEN-LAAN SAID NO.", "VAN DER HOEVEN-LAAN"),
    ("(U) De la Fuente said the count was fair.", "De la Fuente"),
    # the rest of a hyphenated surname, in capitals
    ("2. (C) AMBASSADOR MET SENATOR GRETA OKONJO-VANCE. OKONJO-VANCE THANKED HIM.", "GRETA OKONJO-VANCE"),
    # a nickname in quotes between given name and surname
    ('(U) The militia commander Yusuf "Abu Hadi" al-Zubaidi was detained.', 'Yusuf "Abu Hadi" al-Zubaidi'),
    # a known surname after the name NER found
    ("1. (C) POLICE CHIEF ALEJANDRO QUINTERO PEREZ TOLD POLOFF THAT THE CASE IS CLOSED.", "ALEJANDRO QUINTERO PEREZ"),
    # a given name on the line before
    ("(U) The blogger María Fernanda\nSánchez posted the photographs.", "María Fernanda\nSánchez"),
])
def test_the_whole_name_is_covered(detector, text, name):
    """No part of a name stays visible: the span grows over what NER tends to drop."""
    start = text.index(name)
    findings = detector.analyze(text)
    assert _covered(findings, start, start + len(name)), _persons(detector, text)


@pytest.mark.parametrize("text, word", [
    ("2. (C) THE SPOKESMAN SAID YABLOKO WOULD CONTEST THE SEATS.", "YABLOKO"),
    ("(U) Officials of Hizballah and Kataeb attended the talks.", "Hizballah"),
    ("2. (C) HE WAS ARRESTED AT JKIA ON 9 JUNE.", "JKIA"),
])
def test_a_lone_unknown_word_is_no_name_without_a_person_cue(detector, text, word):
    assert not any(word in p for p in _persons(detector, text)), _persons(detector, text)


@pytest.mark.parametrize("text, name", [
    ("2. (C) OSTAPCHUKOVA SAID THE RAID WAS ILLEGAL.", "OSTAPCHUKOVA"),
    ("2. (C) HER HUSBAND ZAKARYAN WAS DETAINED.", "ZAKARYAN"),
    ("(U) Drobyshevskiy's deputy refused to comment.", "Drobyshevskiy's"),
])
def test_a_lone_word_with_a_person_cue_is_still_a_name(detector, text, name):
    start = text.index(name)
    assert _covered(detector.analyze(text), start, start + len(name)), _persons(detector, text)


def test_a_common_word_surname_is_a_later_mention_where_a_person_cue_says_so(detector):
    """STONE alone in capitals is a word; after ROSALIND T. STONE, STONE SAID is her."""
    text = ("1. (C) POLOFF MET DEPUTY MINISTER ROSALIND T. STONE ON MAY 3.\n"
            "2. (C) STONE SAID THE STONE BRIDGE WOULD REOPEN IN JUNE.")
    said = text.index("STONE SAID")
    bridge = text.index("STONE BRIDGE")
    findings = detector.analyze(text)
    assert _covered(findings, said, said + 5), _persons(detector, text)
    assert not _touching(findings, bridge, bridge + 5, ("PERSON",)), _persons(detector, text)


@pytest.mark.parametrize("text, paper", [
    ("(U) The story ran in De Standaard and El Tiempo on Monday.", "De Standaard"),
    ("2. (C) THE STORY RAN IN LA PRENSA ON MONDAY.", "LA PRENSA"),
])
def test_an_article_and_one_unknown_word_is_no_name(detector, text, paper):
    assert not any(paper in p or p in paper for p in _persons(detector, text)), _persons(detector, text)


@pytest.mark.parametrize("text, name", [
    ("(U) Her lieutenant, Karim ben Youssef el-Hadi, was arrested in Liege.", "Karim ben Youssef el-Hadi"),
    ("(U) Druze notable Walid Abou Nader told the Ambassador that the talks had failed.", "Abou Nader"),
])
def test_particles_join_the_parts_of_a_name(detector, text, name):
    start = text.index(name)
    assert _covered(detector.analyze(text), start, start + len(name)), _persons(detector, text)


@pytest.mark.parametrize("text, place", [
    ("(U) She lives at Rue Hamra, Immeuble Khoury, 5th floor, Beirut.", "Hamra"),
    ("(U) Police watched her office on Avenue Habib Bourguiba all week.", "Habib Bourguiba"),
    ("2. (C) HE LIVES AT CARRERA 4 NO. 12-37, BARRIO SAN JUDAS, TUMACO.", "SAN JUDAS"),
])
def test_street_and_building_names_are_no_persons(detector, text, place):
    assert not any(place in p or p in place for p in _persons(detector, text)), _persons(detector, text)


def test_a_post_after_an_office_acronym_is_no_person(detector):
    text = "1. (U) REGIONAL SECURITY OFFICERS, EFFECTIVE MAY 1:\nRSO NAIROBI: PAUL T. OKEKE\nRSO DAKAR: ANNE W. FALLON\n"
    for place in ("NAIROBI", "DAKAR"):
        start = text.index(place)
        assert not _touching(detector.analyze(text), start, start + len(place), ("PERSON",)), _persons(detector, text)


def test_a_known_surname_before_a_name_in_capitals_is_part_of_it(detector):
    text = "1. (SBU) PARTY TREASURER MATHEWS KGOSANA TOLD POLOFF THAT THE VOTE WAS CLOSE."
    start = text.index("MATHEWS KGOSANA")
    assert _covered(detector.analyze(text), start, start + len("MATHEWS KGOSANA")), _persons(detector, text)


def test_a_surname_that_is_also_a_town_after_an_honorific_is_a_name(detector):
    text = "3. (U) Participants:\nU.S.\nAmbassador Taylor\nDCM James Pettit\nPolCouns Kent Logsdon\nUkraine\n"
    for name in ("Taylor", "Kent Logsdon"):
        start = text.index(name)
        assert _covered(detector.analyze(text), start, start + len(name)), _persons(detector, text)
