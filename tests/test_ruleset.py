"""One explicit rule set: what a caller passes is what the reader, the policy and redaction use."""
from __future__ import annotations

import shutil

import pytest

import sbu_redact
from conftest import REPO
from sbu_redact.config import RuleSet, as_rules, load_rules
from sbu_redact.redaction import build_version

CABLE = """UNCLAS ZORBDIS MOSCOW 001234

E.O. 12958: N/A
TAGS: PREL RS
SUBJECT: A CABLE WITH A CAPTION ONLY THE CUSTOM RULES KNOW

1. (U) The first paragraph says nothing of note.

2. (U) The second paragraph says nothing either.

BURNS
"""


@pytest.fixture()
def custom_rules(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    markings = (folder / "markings.yaml").read_text(encoding="utf-8")
    (folder / "markings.yaml").write_text(markings.replace("  SIPDIS: []\n", "  SIPDIS: []\n  ZORBDIS: []\n"),
                                          encoding="utf-8")
    levels = (folder / "levels.yaml").read_text(encoding="utf-8")
    levels = levels.replace("    withhold_controls: [ORCON, ORCON-USGOV, NODIS, RD, FRD, TFNI]\n",
                            "    withhold_controls: [ORCON, ORCON-USGOV, NODIS, RD, FRD, TFNI, ZORBDIS]\n")
    assert "ZORBDIS" in levels
    # public releases only the controls it lists: the new caption is one of them
    levels = levels.replace("    release_controls: [SIPDIS]\n", "    release_controls: [SIPDIS, ZORBDIS]\n", 1)
    assert "[SIPDIS, ZORBDIS]" in levels
    (folder / "levels.yaml").write_text(levels, encoding="utf-8")
    return folder


def test_a_custom_caption_is_honoured_by_the_reader_and_by_redaction(custom_rules):
    rules = load_rules(custom_rules)
    doc = sbu_redact.read(CABLE, rules)
    assert doc.rules is rules
    assert "ZORBDIS" in doc.classification.captions
    assert "UNKNOWN_CAPTION" not in [p.code for p in doc.problems]
    # usg withholds what carries the caption (the policy of the custom rules)
    usg = build_version(doc, [], rules.policy.level("usg"))
    assert "nothing of note" not in usg.text and "ZORBDIS" in usg.text
    assert [a.rule for a in usg.log if a.kind == "withhold"] == ["usg.withhold_controls"] * 3
    # public removes it from the classification line as a caption (the grammar of the custom rules)
    public = build_version(doc, [], rules.policy.level("public"))
    assert "ZORBDIS" not in public.text
    assert any(a.kind == "remove" and CABLE[a.start:a.end].strip() == "ZORBDIS" for a in public.log)


def test_the_package_rules_do_not_know_the_custom_caption(custom_rules):
    doc = sbu_redact.read(CABLE)
    assert "ZORBDIS" not in doc.classification.captions
    assert load_rules(custom_rules) != doc.rules


def test_the_pipeline_uses_the_rules_it_was_given(custom_rules):
    pipeline = sbu_redact.Pipeline(rules=custom_rules)
    doc = pipeline.read(CABLE)
    assert doc.rules == pipeline.rules and "ZORBDIS" in doc.classification.captions
    assert pipeline.policy.level("usg").withhold_controls[-1] == "ZORBDIS"


def test_rule_sets_are_keyed_by_content(tmp_path, custom_rules):
    same = tmp_path / "same"
    shutil.copytree(custom_rules, same)
    first = load_rules(custom_rules)
    assert load_rules(same) == first and hash(load_rules(same)) == hash(first)
    assert load_rules(custom_rules) is first  # unchanged files: the same rule set, not read again
    levels = custom_rules / "levels.yaml"
    levels.write_text(levels.read_text(encoding="utf-8").replace("ZORBDIS]", "ZORBDIS, EXDIS]"), encoding="utf-8")
    changed = load_rules(custom_rules)
    assert changed != first and changed.fingerprint() != first.fingerprint()
    assert changed.policy.level("usg").withhold_controls[-1] == "EXDIS"
    assert first.policy.level("usg").withhold_controls[-1] == "ZORBDIS"  # a rule set is a snapshot
    assert as_rules(changed) is changed and as_rules(str(custom_rules)) is changed


def test_a_marking_renders_with_the_grammar_that_read_it(custom_rules):
    folder = custom_rules
    markings = (folder / "markings.yaml").read_text(encoding="utf-8")
    (folder / "markings.yaml").write_text(markings.replace("NOFORN: [NF,", "NOFORN: [NOFO,"), encoding="utf-8")
    assert "NOFORN: [NOFO," in (folder / "markings.yaml").read_text(encoding="utf-8")
    custom = RuleSet(folder)
    assert custom.grammar.parse("SECRET//NOFORN").portion_mark() == "(S//NOFO)"
    assert load_rules().grammar.parse("SECRET//NOFORN").portion_mark() == "(S//NF)"


def test_a_rule_set_just_loaded_is_kept_when_the_cache_is_full(tmp_path, custom_rules):
    """The process keeps the 16 rule sets used last: loading a 17th drops the least recently
    used, not the one a caller just loaded (clearing them all made the test above depend on how
    many rule sets earlier tests had loaded)."""
    folders = []
    for i in range(17):
        folders.append(tmp_path / f"rules{i}")
        shutil.copytree(custom_rules, folders[-1])
    for folder in folders[:15]:
        load_rules(folder)
    first = load_rules(custom_rules)
    load_rules(folders[15])
    load_rules(folders[16])  # the cache is full: the oldest goes, not `first`
    assert load_rules(custom_rules) is first
