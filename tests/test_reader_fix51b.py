"""fix51b (issues 8, 9, session s51): check's warm path without pydantic, in-text controls the finder did not find,
vocabulary out of Python.

1. `check`'s public path reads in-text controls (fix50a) with detection's CONTROL_MARKING finder, whose settings came
   from the pydantic-validated entity settings (and the whole detection lexicon): a warm run loaded pydantic again.
   What the finder takes of rules/entities.yaml is now plain data kept in the rules cache (`ControlWordSettings`,
   `control_word_settings`); the recognizer and `check` build the one finder (`ControlWords`).
2. fix50a's first run left three in-text controls with no CONTROL_MARKING finding, so no withholding and nothing in
   the audit: `Controlled Unclassified Information` in mixed case, `US ONLY`, `(not for foreign dissemination)`.
   The finder now reads rules/entities.yaml `recognizers.control_marking.statements` (controls stated in running text
   that the reader's handling statements do not hold); the withheld portion's reason and `check`'s PUBLIC_WITHHELD
   finding name the control.
3. Vocabulary moved to the rules: scope_exact's ordinals are markings.yaml `governing_statements.ordinals`,
   detection's month and weekday lists rules/record_words.yaml `months.names` and `weekdays`, part_remarks'
   banner lines `part_remarks.banner_lines`, scope's designations markings.yaml `designations`; the two kin-noun
   lists of rules/entities.yaml are one (a YAML anchor).

First run (fix50a's 3 documents, /tmp/fix50a/docs/f50a-012, -013, -017): on main 04f90b38 all 3 leaked (released at
public, 2 of them at partner); after: 0. The cases below are fresh wording; each withheld case fails on main
(PYTHONPATH=/tmp/m51), the traps release on both.
Measured: warm `check --no-cache -j 1` on two public files (rules from the cache, CPU median of 7-9 alternating runs):
main 2,633 ms; with lazyre's regex table no longer cut at 1,024 patterns 1,497 ms; and without pydantic 796 ms.
`scripts/harness/readdiff.py` on all 11,972 corpus documents vs main: 0 readings changed. Harness on the 25 corpus
documents holding a new statement or kin noun (the only ones whose output can change) vs t0: NEW LEAKS 0,
over-redaction at usg unchanged; at public 4 documents withhold or remove more (3 `US ONLY` field values removed as
a caveat; adv139-052, a trap, withholds `(U) Controlled unclassified information: 93 incidents.`: over-redaction at
public). The whole harness did not finish before the deadline on the shared machine (load ~25).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from released import assert_released, level_case_tests

PUBLIC = ("public",)
FOREIGN = ("partner", "public")

REPORT = "UNCLASSIFIED\n\n# Quarterly logistics note\n\n(U) Fuel deliveries arrived on schedule in all three districts.\n\n" \
         "{body}\n\n(U) The next note is due in January.\n\nUNCLASSIFIED\n"
CABLE = "UNCLAS SECTION 01 OF 02 LUSAKA 000233\nSIPDIS\nE.O. 12958: N/A\nTAGS: PGOV, ECON\nSUBJECT: {subject}\n\n" \
        "1. (U) Summary: the budget vote slipped a week.\n\n{body}\n\n3. (U) Post will report after the vote.\n"
CHAT = "[09:14] desk_officer: Classification: UNCLASSIFIED\n[09:15] desk_officer: (U) morning, quick update on the " \
       "tender\n[09:16] desk_officer: {body}\n[09:18] desk_officer: (U) more after lunch\n"

CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    ('cui-in-words-title-case-report',
     REPORT.format(body="(U) What follows is Controlled Unclassified Information: the depot in Kasama keeps its spare "
                        "keys under the gate mat."),
     ['keeps its spare keys under the gate mat'], PUBLIC, ['Fuel deliveries arrived on schedule']),
    ('cui-in-words-lower-case-cable',
     CABLE.format(subject="Budget", body="2. (U) Handle the rest as controlled unclassified information. The finance "
                                         "committee chair owes the treasury two years of tax."),
     ['owes the treasury two years of tax'], PUBLIC, ['the budget vote slipped a week']),
    ('us-only-in-capitals-cable',
     CABLE.format(subject="Health", body="2. (U) Please keep this US ONLY - the minister flies to Johannesburg for "
                                         "treatment every month."),
     ['flies to Johannesburg for treatment every month'], FOREIGN, ['the budget vote slipped a week']),
    ('us-only-dotted-chat',
     CHAT.format(body="(U) U.S. ONLY pls: the tender committee already picked the Chinese bid"),
     ['the tender committee already picked the Chinese bid'], FOREIGN, ['more after lunch']),
    ('not-for-foreign-dissemination-aside-report',
     REPORT.format(body="(U) Our auditor found -- and this is not for foreign dissemination -- that two of the "
                        "district storekeepers resell fuel to the border traders."),
     ['resell fuel to the border traders'], FOREIGN, ['The next note is due in January']),
    ('not-for-foreign-dissemination-dashed-cable',
     CABLE.format(subject="Vote", body="2. (U) NOT-FOR-FOREIGN-DISSEMINATION: three opposition members were paid to "
                                       "stay away from the vote."),
     ['were paid to stay away from the vote'], FOREIGN, []),
]

test_withheld, test_released = level_case_tests(CASES)

# (id, document, phrases released at public and at partner): the same words not stating a control
TRAPS: list[tuple[str, str, list[str]]] = [
    ('trap-us-only-lower-case',
     REPORT.format(body="(U) The hosts said the lounge was for us only, so the drivers waited outside."),
     ['so the drivers waited outside']),
    ('trap-us-only-mixed-case',
     CABLE.format(subject="Visas", body="2. (U) The consulate opened a US Only queue for returning citizens on Monday."),
     ['queue for returning citizens on Monday']),
    ('trap-foreign-dissemination-of-news',
     REPORT.format(body="(U) The ministry wants wider foreign dissemination of its tourism adverts this year."),
     ['wider foreign dissemination of its tourism adverts']),
    ('trap-plain',
     CHAT.format(body="(U) the tender opens on the 12th, nothing new"),
     ['the tender opens on the 12th']),
]


@pytest.mark.parametrize("case_id,text,released", TRAPS, ids=[t[0] for t in TRAPS])
@pytest.mark.parametrize("level", ["public", "partner"])
def test_traps_release(case_id: str, text: str, released: list[str], level: str) -> None:
    for phrase in released:
        assert_released(text, phrase, level)


@pytest.mark.parametrize("index,control", [(0, "Controlled Unclassified Information"), (2, "US ONLY"),
                                           (4, "not for foreign dissemination")])
def test_reason_and_check_name_the_control(index: int, control: str) -> None:
    import sbu_redact
    from sbu_redact.check import Checker

    text = CASES[index][1]
    out = sbu_redact.Pipeline().redact(text, levels=["public"])["public"]
    raised = [d for d in out.decisions if d.withheld and d.rule == "public.in_text_controls"]
    assert len(raised) == 1 and f"in-text control '{control}'" in raised[0].reason and raised[0].review
    found = [f for f in Checker().check_text(text, public=True, pii=False) if f.code == "PUBLIC_WITHHELD"]
    assert any(f"MARKING_IN_TEXT: in-text control '{control}'" in f.message for f in found)


def test_check_and_the_recognizer_build_the_one_finder() -> None:
    from sbu_redact.config import load_rules
    from sbu_redact.detection.control_words import control_words_for
    from sbu_redact.detection.lexicon import lexicon_for
    from sbu_redact.detection.recognizers.control_marking import ControlMarkingRecognizer

    rules = load_rules()
    raw = lexicon_for(rules).settings.recognizers["control_marking"]
    recognizer = ControlMarkingRecognizer.create("control_marking", ControlMarkingRecognizer.Spec(**raw),
                                                 lexicon_for(rules), rules)
    text = CASES[3][1] + CASES[5][1] + "SENSITIVE SIPDIS\n(U) Handle as SBU; for official use only.\n"
    assert recognizer.words.spans(text) == control_words_for(rules).spans(text) != []


def _rules_copy(tmp_path: Path) -> Path:
    from sbu_redact.config import default_rules_dir

    folder = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), folder)
    return folder


def test_an_in_text_statement_with_an_unknown_control_is_an_error_naming_file_and_key(tmp_path: Path) -> None:
    from sbu_redact.config import RuleSet, RulesError
    from sbu_redact.detection.control_words import control_word_settings

    folder = _rules_copy(tmp_path)
    path = folder / "entities.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("controls: [CUI]", "controls: [NOSUCH]"), encoding="utf-8")
    with pytest.raises(RulesError, match=r"entities\.yaml: key 'recognizers\.control_marking\.statements\.0\.controls'"):
        control_word_settings(RuleSet(folder))


def test_weekdays_are_validated_naming_file_and_key(tmp_path: Path) -> None:
    from sbu_redact.config import RuleSet, RulesError

    folder = _rules_copy(tmp_path)
    path = folder / "record_words.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("weekdays: [monday, ", "weekdays: ["), encoding="utf-8")
    with pytest.raises(RulesError, match=r"record_words\.yaml: key 'weekdays'"):
        RuleSet(folder).grammar.record_words


def test_the_calendar_and_banner_words_are_the_rules() -> None:
    from sbu_redact.config import load_rules
    from sbu_redact.detection.lexicon import lexicon_for
    from sbu_redact.reader.part_remarks import _patterns

    rules = load_rules()
    lexicon = lexicon_for(rules)
    assert lexicon.months == frozenset("JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER "
                                       "DECEMBER".split())
    assert lexicon.weekdays_and_months - lexicon.months == frozenset(
        "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY".split())
    assert "UNCLASSIFIED//FOUO" in _patterns(rules.grammar).banners
    raw = rules.raw("entities")["recognizers"]
    assert raw["lower_case_subject"]["kin_nouns"] is raw["cued_surname"]["kin_nouns"]  # one list (an anchor)
