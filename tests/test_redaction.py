"""Building versions: placeholders, styles, overlaps, banners, stamps, audit log, determinism,
and the example cable through the real reader, detector and presidio anonymizer."""
from __future__ import annotations

import json

import pytest

from sbu_redact.audit import dumps
from sbu_redact.detection import Finding
from sbu_redact.pipeline import Pipeline
from sbu_redact.policy import Policy
from sbu_redact.reader import read
from sbu_redact.redaction import Action, build_version, exemption_code, format_stamp

CABLE = """C O N F I D E N T I A L LONDON 000321

E.O. 12958: DECL: 05/05/2017
TAGS: PREL UK
SUBJECT: (U) CALL ON THE FOREIGN OFFICE

1. (C) The Foreign Office director said that the cabinet
would decide on the basing request next week.

2. (U) Anna Clarke of the press office, Anna Clarke's deputy Tom Reed and
the desk officer (phone +44 20 7008 1500) attended. Write to aclarke@fco.example.gov.uk.

3. (U) Clarke said the visit schedule is public.

TUTTLE
"""


def find(text: str, needle: str, entity: str, score: float = 0.85, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Finding(entity, start, start + len(needle), score, "test", "hand-made")


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.from_rules()


@pytest.fixture(scope="module")
def doc():
    return read(CABLE)


@pytest.fixture(scope="module")
def findings():
    return [find(CABLE, "Anna Clarke", "PERSON"), find(CABLE, "Tom Reed", "PERSON", 0.9),
            find(CABLE, "+44 20 7008 1500", "PHONE_NUMBER", 0.75),
            find(CABLE, "aclarke@fco.example.gov.uk", "EMAIL_ADDRESS", 1.0),
            find(CABLE, "TUTTLE", "PERSON", 0.9)]


def test_placeholder_keeps_lead_and_line_count(doc, findings, policy):
    version = build_version(doc, findings, policy.level("usg"))
    assert "1. (C) [Withheld (b)(1): CONFIDENTIAL, not releasable at usg]\n\n" in version.text
    assert "cabinet" not in version.text
    # the version is the original plus the banner block: same number of lines in between
    body = version.text.split("\n")[2:-3]
    assert len(body) == CABLE.count("\n")
    assert version.text.startswith("CONFIDENTIAL\n\n") is False
    assert version.banner == "UNCLASSIFIED" and version.text.startswith("UNCLASSIFIED\n\nC O N F")
    assert "Anna Clarke" in version.text and "TUTTLE" in version.text  # usg keeps names


def test_public_labels_and_propagation(doc, findings, policy):
    version = build_version(doc, findings, policy.level("public"))
    text = version.text
    for gone in ("Anna Clarke", "Tom Reed", "7008", "aclarke@", "TUTTLE"):
        assert gone not in text
    assert "2. (U) [(b)(6)] of the press office, [(b)(6)]'s deputy [(b)(6)] and" in text
    assert "3. (U) Clarke said" in text  # a surname alone was not detected: kept
    assert version.stamp == "RELEASED IN PART B1, B6"
    assert text.startswith("RELEASED IN PART B1, B6\nUNCLASSIFIED\n\n")  # the stamp is the first line
    assert text.endswith("\n\nUNCLASSIFIED\n")
    propagated = [a for a in version.log if a.rule == "public.propagate"]
    assert [(a.entity_type, CABLE[a.start:a.end]) for a in propagated] == [("PERSON", "Anna Clarke")]


@pytest.mark.parametrize("style,expected", [
    ("label", "[(b)(6)] of the press office, [(b)(6)]'s deputy [(b)(6)]"),
    ("mask", "XXXXXXXX of the press office, XXXXXXXX's deputy XXXXXXXX"),
    ("block", "████ ██████ of the press office, ████ ██████'s deputy ███ ████"),
    ("pseudonym", "[PERSON-1] of the press office, [PERSON-1]'s deputy [PERSON-2]"),
])
def test_styles(doc, findings, policy, style, expected):
    public = policy.level("public")
    rules = dict(public.entities)
    rules["PERSON"] = rules["PERSON"].model_copy(update={"style": style})
    version = build_version(doc, findings, public.model_copy(update={"entities": rules}))
    assert expected in version.text


def test_pseudonym_links_surname_to_full_name(doc, findings, policy):
    public = policy.level("public")
    rules = dict(public.entities)
    rules["PERSON"] = rules["PERSON"].model_copy(update={"style": "pseudonym"})
    level = public.model_copy(update={"entities": rules})
    more = findings + [find(CABLE, "Clarke said", "PERSON")]
    more[-1] = Finding("PERSON", more[-1].start, more[-1].start + len("Clarke"), 0.85, "test", "")
    version = build_version(doc, more, level)
    assert "3. (U) [PERSON-1] said" in version.text
    assert "[PERSON-3]" in version.text  # TUTTLE, the third distinct person
    assert "[PERSON-4]" not in version.text


def test_overlapping_findings_are_merged_deterministically(doc, policy):
    overlapping = [find(CABLE, "Anna Clarke of the press", "PERSON", 0.5),
                   find(CABLE, "Clarke of the press office", "ORGANIZATION", 0.9),
                   find(CABLE, "Anna Clarke", "PERSON", 0.85)]
    public = policy.level("public")
    a = build_version(doc, overlapping, public)
    b = build_version(doc, list(reversed(overlapping)), public)
    assert a.text == b.text and a.log == b.log
    merged = [x for x in a.log if x.kind == "redact" and x.paragraph == 2][0]
    assert CABLE[merged.start:merged.end] == "Anna Clarke of the press"  # ORGANIZATION is kept at public
    assert "merged with 1 overlapping finding" in merged.reason


def test_findings_inside_withheld_portions_are_dropped(doc, policy):
    inside = find(CABLE, "Foreign Office director", "PERSON")
    version = build_version(doc, [inside], policy.level("public"))
    assert not [a for a in version.log if a.kind == "redact" and a.paragraph == 1]


def test_caveats_removed_but_portion_marks_kept(policy):
    text = CABLE.replace("3. (U) Clarke said the visit schedule is public.",
                         "3. (U) Clarke said the visit schedule is public. SIPDIS")
    doc = read(text)
    findings = [find(text, "(U)", "CONTROL_MARKING", 0.95, nth=1), find(text, "SIPDIS", "CONTROL_MARKING")]
    public = build_version(doc, findings, policy.level("public"))
    assert "3. (U) Clarke said the visit schedule is public. \n" in public.text
    usg = build_version(doc, findings, policy.level("usg"))
    assert "is public. SIPDIS" in usg.text


def test_memo_banners_replaced_in_place(policy):
    memo = ("SECRET//NOFORN\n\nSUBJECT: (U) Test memo\n\n(U) Open paragraph.\n\n"
            "(S//NF) Secret paragraph.\n\nSECRET//NOFORN\n")
    version = build_version(read(memo), [], policy.level("usg"))
    assert version.text == ("UNCLASSIFIED\n\nSUBJECT: (U) Test memo\n\n(U) Open paragraph.\n\n"
                            "(S//NF) [Withheld (b)(1): SECRET, not releasable at usg]\n\nUNCLASSIFIED\n")
    public = build_version(read(memo), [], policy.level("public"))
    # the stamp is the first line, right above the top banner, as on a cable
    assert public.text.startswith("RELEASED IN PART B1\nUNCLASSIFIED\n\nSUBJECT")


def test_stamps():
    def act(kind, exemption, start=0, end=5):
        return Action(kind, start, end, "r", "x", exemption)
    text = "HEAD\n1. (C) body\n"
    assert format_stamp([], text) == "RELEASED IN FULL"
    assert format_stamp([act("remove", None)], text) == "RELEASED IN FULL"
    assert format_stamp([act("withhold", "(b)(1)", 5, 17), act("redact", "(b)(6)", 0, 4)], text) \
        == "DENIED IN FULL B1, B6"
    assert format_stamp([act("withhold", "(b)(1)", 5, 17)], text) == "RELEASED IN PART B1"
    assert format_stamp([act("withhold", None, 5, 17)], text) == "RELEASED IN PART"
    assert exemption_code("(b)(7)(C)") == "B7(C)"
    assert format_stamp([act("redact", "(b)(7)(C)"), act("redact", "(b)(6)"), act("redact", "(b)(1)")],
                        text) == "RELEASED IN PART B1, B6, B7(C)"


def test_audit_log_has_no_text_unless_asked(doc, findings, policy):
    version = build_version(doc, findings, policy.level("public"))
    log = version.log_dict(document_id="LONDON321")
    serialized = dumps(log)
    for secret in ("Anna Clarke", "Tom Reed", "7008", "aclarke", "cabinet", "basing", "TUTTLE"):
        assert secret not in serialized
    assert log["summary"]["portions_withheld"] == 1 and log["summary"]["by_exemption"]["(b)(6)"] >= 4
    assert log["stamp"] == version.stamp and log["level"] == "public"
    action = log["actions"][0]
    assert {"kind", "start", "end", "length", "reason", "rule", "exemption", "score", "entity_type",
            "paragraph"} <= set(action)
    with_text = version.log_dict(document_id="LONDON321", include_text=True)
    assert any(a.get("text") == "Anna Clarke" for a in with_text["actions"])
    json.loads(serialized)


def test_versions_and_logs_are_deterministic(findings, policy):
    for level in ("usg", "public"):
        a = build_version(read(CABLE), findings, policy.level(level))
        b = build_version(read(CABLE), list(findings), policy.level(level))
        assert a.text.encode() == b.text.encode()
        assert dumps(a.log_dict(document_id="x")).encode() == dumps(b.log_dict(document_id="x")).encode()


# ---------------------------------------------------------------- the example cable, end to end
@pytest.fixture(scope="module")
def seed_versions(seed_text):
    return Pipeline().redact(seed_text, levels=["usg", "public"])


def test_example_cable_public(seed_versions, seed_text):
    public = seed_versions["public"].text
    for number in ("- 11. (SBU)", "- ¶2. (SBU)", "- 13. (SBU)", "- 14. (SBU)", "- 15. (SBU)", "- 16. (SBU)",
                   "- \\P 7. (SBU)"):
        assert f"{number} [Withheld: SBU, not releasable at public]" in public
    for name in ("HODGKINS", "FRIEDT", "GREENSTEIN", "RUSSELL", "Kruitskikh"):
        assert name.lower() not in public.lower()
    assert "SIPDIS" not in public and "SENSITIVE" not in public
    assert "TAGS: TSPA ECPS KSCA PREL PARM RS" in public
    assert "REFS: A. STATE 87399" in public and "B. STATE 77400" in public
    assert "OES/SAT([(b)(6)])" in public
    assert seed_versions["public"].stamp == "RELEASED IN PART B6"
    assert public.startswith("RELEASED IN PART B6\nUNCLASSIFIED\n")
    assert public.count("\n") == seed_text.count("\n") + 6


def test_example_cable_usg(seed_versions, seed_text):
    usg = seed_versions["usg"]
    for name in ("HODGKINS", "FRIEDT", "GREENSTEIN", "RUSSELL", "Andrey Kruitskikh"):
        assert name in usg.text
    assert seed_text in usg.text  # released in full: the original, framed by banners
    assert usg.banner == "UNCLASSIFIED//SBU" and usg.stamp == "RELEASED IN FULL"
    assert not usg.log
