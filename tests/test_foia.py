"""The `foia` draft level: what no exemption covers is released for review, every SBU portion
is flagged with suggested exemptions, names are redacted as proposals, and the stamp says DRAFT."""
from __future__ import annotations

import re
import shutil

import pytest

from sbu_redact.audit import build_log
from sbu_redact.config import Rules, RulesError, default_rules_dir
from sbu_redact.pipeline import Pipeline
from sbu_redact.policy import Policy
from sbu_redact.suggest import DRAFT_STAMP, review_counts, suggest


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def seed_versions(pipeline, seed_text):
    return pipeline.redact(seed_text, levels=["foia", "public"])


def test_example_cable_at_foia_releases_paragraphs_with_names_redacted(seed_versions, seed_text):
    foia = seed_versions["foia"]
    text = foia.text
    assert text.splitlines()[0] == DRAFT_STAMP == foia.stamp
    assert "[Withheld" not in text  # every portion is SBU or U: nothing is withheld
    assert "Deputy Director of the Department for Security and Disarmament Affairs" in text
    assert "Already wearing a fishing jacket, [(b)(6)] noted" in text
    for name in ("HODGKINS", "FRIEDT", "GREENSTEIN", "RUSSELL", "Kruitskikh", "Andrey"):
        assert name.lower() not in text.lower()
    assert "SIPDIS" not in text and "THIS MESSAGE IS SENSITIVE" not in text
    # side by side with the original: stamp, banner and an empty line above, two lines below
    assert text.count("\n") == seed_text.count("\n") + 6
    # public is unchanged: still strict
    assert seed_versions["public"].stamp == "RELEASED IN PART B6"
    assert "[Withheld: SBU, not releasable at public]" in seed_versions["public"].text


def test_example_cable_every_sbu_portion_is_flagged_with_suggestions(seed_versions):
    foia = seed_versions["foia"]
    flags = foia.flags
    assert flags is not None and len(flags) == 8  # the subject and paragraphs 1-7
    assert [f.paragraph for f in flags] == [None, 1, 2, 3, 4, 5, 6, 7]
    assert {f.designation for f in flags} == {"SBU"}
    by_paragraph = {f.paragraph: f for f in flags}
    for flag in flags:
        # the flag's version span is the released portion, lead included
        lead = foia._source[flag.start:flag.start + 6]
        assert foia.text[flag.version_start:flag.version_start + 6] == lead
        assert "a reviewer decides" in flag.reason and flag.rule == "foia.review"
    exemptions = {p: [s.exemption for s in f.suggested] for p, f in by_paragraph.items()}
    assert exemptions[1] == []                       # an action request: nothing to suggest
    assert exemptions[2] == ["(b)(6)"]               # names Kruitskikh
    assert exemptions[3] == ["(b)(6)", "(b)(5)"]     # names him, and "draft diplomatic notes"
    assert exemptions[6] == []
    assert "(b)(5)" in exemptions[7]                 # "proposals on the draft diplomatic notes"
    redactions = [a for a in foia.log if a.kind == "redact"]
    assert redactions and all(a.review for a in redactions)
    assert all("a reviewer confirms" in a.reason for a in redactions)
    counts = review_counts(foia)
    assert counts["portions"] == 8 and counts["spans"] == len(redactions)


def test_foia_log_lists_flags_and_counts_without_the_text(seed_versions, seed_text):
    log = build_log(seed_versions["foia"], document_id="07MOSCOW3736")
    review = log["review"]
    assert review["portions"] == 8 and len(review["flags"]) == 8
    assert review["spans"] == sum(1 for a in log["actions"] if a["review"] and a["kind"] == "redact")
    assert all(p["review"] for p in log["portions"])
    dumped = str(log)
    assert "Kruitskikh" not in dumped and "HODGKINS" not in dumped
    # levels that flag nothing keep their log format
    assert "review" not in build_log(seed_versions["public"], document_id="07MOSCOW3736")


CABLE = """C O N F I D E N T I A L SECTION 01 OF 01 LONDON 000777

E.O. 12958: DECL: 05/05/2017
TAGS: PREL UK
SUBJECT: (U) VISIT OF THE DEPUTY MINISTER

1. (C) The minister's private view of the talks, withheld as classified.

2. (SBU//NF) The draft itinerary is not for foreign eyes.

3. (LES) The inquiry into Thomas Hartwell continues; police expect charges.

4. (U) The visit is public and was announced on Monday.

TUTTLE
"""


def test_foia_withholds_what_an_exemption_covers_and_flags_the_rest(pipeline):
    foia = pipeline.redact(CABLE, levels=["foia"])["foia"]
    text = foia.text
    assert "1. (C) [Withheld (b)(1): CONFIDENTIAL, not releasable at foia]" in text
    assert "2. (SBU//NF) [Withheld: NOFORN, not releasable at foia]" in text
    assert "Hartwell" not in text and "police expect charges" in text
    assert "4. (U) The visit is public" in text
    assert foia.stamp == DRAFT_STAMP
    withheld = {a.paragraph: a for a in foia.log if a.kind == "withhold"}
    assert not withheld[1].review and withheld[1].exemption == "(b)(1)"
    # withheld for a handling control, no exemption: the reviewer gets suggestions, from the
    # rules and the wording, never quoting the withheld text
    assert withheld[2].review and [s.exemption for s in withheld[2].suggested] == ["(b)(5)"]
    assert "itinerary" not in str(withheld[2].to_dict())
    flags = {f.paragraph: f for f in foia.flags}
    assert set(flags) == {3}  # the U paragraph and the U subject are not flagged
    assert flags[3].designation == "LES"
    assert [s.exemption for s in flags[3].suggested] == ["(b)(6)", "(b)(7)(C)"]


def test_suggest_is_pure_and_uses_whole_words():
    rules = Policy.from_rules(Rules()).level("foia").review.suggest
    assert suggest("The drafting committee met.", ["SBU"], [], rules) == ()
    assert [s.exemption for s in suggest("A DRAFT note.", ["SBU"], [], rules)] == ["(b)(5)"]
    assert [s.exemption for s in suggest("COMMENT: we think so", ["SBU"], [], rules)] == ["(b)(5)"]
    assert [s.exemption for s in suggest("x", ["LES"], ["PERSON"], rules)] == ["(b)(6)", "(b)(7)(C)"]


def test_crlf_in_gives_crlf_out(pipeline, seed_text):
    crlf = seed_text.replace("\n", "\r\n")
    versions = pipeline.redact(crlf, levels=["foia", "public", "usg"])
    plain = pipeline.redact(seed_text, levels=["foia", "public", "usg"])
    for name, version in versions.items():
        assert re.search(r"(?<!\r)\n", version.text) is None, name
        assert version.text.replace("\r\n", "\n") == plain[name].text, name
    assert "[Withheld: SBU, not releasable at public]" in versions["public"].text


@pytest.mark.parametrize("snippet,key", [
    ("    review:\n      designations: [SECRETISH]\n", "levels.foia.review.designations.0"),
    ("    review:\n      suggest:\n        - {exemption: (b)(5), why: x}\n", "levels.foia.review.suggest.0"),
    ("    review:\n      suggest:\n        - {exemption: (b)(12), why: x, phrases: [draft]}\n",
     "levels.foia.review.suggest.0.exemption"),
])
def test_review_rules_are_validated(tmp_path, snippet, key):
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    levels = target / "levels.yaml"
    text = levels.read_text(encoding="utf-8")
    text = text[:text.index("    review:\n      designations: [SBU")]  # drop foia's own review section
    levels.write_text(text + snippet, encoding="utf-8")
    with pytest.raises(RulesError) as info:
        Policy.from_rules(Rules(target))
    assert "levels.yaml" in str(info.value) and key in str(info.value)
