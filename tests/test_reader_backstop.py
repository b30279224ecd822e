"""The reader's backstop (issue 8, `sbu_redact/reader/backstop.py`): a level or control in
marking shape left in a portion's own text that the reader did not read raises the portion
(or makes it doubtful) and is reported as MARKING_IN_TEXT; prose, legends, quoted marks and
what the reader already read do not."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import sbu_redact
from conftest import marking_of
from sbu_redact.config import RulesError, load_rules
from sbu_redact.policy import Policy, decide

REPO = Path(__file__).resolve().parent.parent


def memo(body: str, banner: str = "UNCLASSIFIED//FOR OFFICIAL USE ONLY") -> str:
    return f"{banner}\n\n(U) The delegation arrived on Monday and met the trade minister.\n\n{body}\n\n{banner}\n"


def raised(doc: sbu_redact.Document) -> list[str]:
    return [p.message for p in doc.problems if p.code == "MARKING_IN_TEXT"]


@pytest.mark.parametrize("body, phrase, expected", [
    # a footnote sign no rule knows: the (S//NF) footnote is folded into the (U) one above it
    ("※ (U) Source: press reporting.\n☞(S//NF)The interlocutor is a director at the treasury.",
     "The interlocutor", "(S//NF)"),
    # a level in capitals in a sentence of mixed-case text
    ("(U) The minister said SECRET talks with the rebels began in March.", "talks with the rebels", "(S)"),
    ("(U) Note that what follows is TOP SECRET: the minister will resign.", "the minister will resign", "(TS)"),
    # marking syntax in a sentence
    ("(U) Per the annex, S//NF: the aide passes the cabinet minutes every week.", "cabinet minutes", "(S//NF)"),
    # a control in a sentence of an (SBU) portion: NOFORN added, the level kept
    ("(SBU) This NOFORN note says the police commander sells birth certificates.", "birth certificates",
     "(U//NF//SBU)"),
    ("(SBU) Handling: NOT RELEASABLE TO FOREIGN NATIONALS. The commander sells birth certificates.",
     "birth certificates", "(U//NF//SBU)"),
    ("(U) SBU NOFORN -- the police commander sells birth certificates.", "birth certificates", "(U//SBU-NF)"),
    # a control the portion's level does not allow: doubtful
    ("(U//FOUO) Handling: ORCON. The plan is to move the depot north.", "move the depot", "doubtful"),
])
def test_marking_vocabulary_left_in_a_portion_raises_it(body, phrase, expected):
    doc = sbu_redact.read(memo(body))
    assert marking_of(doc, phrase) == expected
    assert raised(doc)
    assert marking_of(doc, "The delegation arrived") == "(U)"


@pytest.mark.parametrize("body, phrase", [
    # prose: mixed case, or an ALL-CAPS line where capitals say nothing
    ("(U) The secret police arrested a confidential source of the newspaper.", "secret police"),
    ("(U) THE SECRET POLICE ARRESTED THE EDITOR OF THE INDEPENDENT DAILY ON MONDAY.", "SECRET POLICE"),
    # a handout or legend that explains markings
    ("(U) The caveat NOFORN means not releasable to foreign nationals.", "not releasable"),
    ('(U) Never paste a paragraph that begins with "(S//NF)" or "SECRET//NOFORN" into OpenNet.', "Never paste"),
    ("(U) Legend: S//NF = SECRET//NOFORN, C = CONFIDENTIAL.", "Legend"),
    ("(U) Mark such e-mails with the NOFORN caveat and send them on ClassNet.", "such e-mails"),
    # a reference quoting another cable's classification
    ("(U) As REF A (S//NF) reported, the talks resumed in March.", "the talks resumed"),
    ("(U) Reftel (C//REL TO USA, GBR) described the port.", "described the port"),
    # a URL, and/or
    ("(U) See https://example.org/a//b and the and//or clause.", "See https"),
])
def test_prose_and_mentions_are_not_raised(body, phrase):
    doc = sbu_redact.read(memo(body))
    assert marking_of(doc, phrase) == "(U)"
    assert raised(doc) == []


def test_a_portion_already_as_high_is_not_raised():
    doc = sbu_redact.read(memo("(S//NF) The SECRET//NOFORN annex gives the aide's name.", banner="SECRET//NOFORN"))
    assert marking_of(doc, "annex gives") == "(S//NF)"
    assert raised(doc) == []


def test_a_page_banner_the_document_marking_covers_does_not_raise():
    text = ("SECRET//NOFORN\n\n(U) The delegation arrived on Monday.\n\nThe minister said the talks went well\n"
            "SECRET//NOFORN\nand will continue in March.\n\nSECRET//NOFORN\n")
    doc = sbu_redact.read(text)
    assert raised(doc) == []


def test_a_classification_in_a_nested_json_object_raises_the_record():
    text = ('[{"id": "R-1", "record": {"body": "The port visit went well and the crew enjoyed the city."}, '
            '"meta": {"marking": {"level": "UNCLASSIFIED"}}},\n'
            ' {"id": "R-2", "record": {"body": "The aide will pass the cabinet minutes every week.", '
            '"handling": {"classification": "SECRET", "dissem": "NOFORN"}}, "meta": {"marking": {"level": "UNCLASSIFIED"}}}]\n')
    doc = sbu_redact.read(text)
    assert marking_of(doc, "cabinet minutes") in ("(S//NF)", "doubtful")
    assert marking_of(doc, "port visit") == "(U)"


def test_every_level_that_may_not_see_it_withholds_it_and_lists_it_for_review():
    doc = sbu_redact.read(memo("(SBU) This NOFORN note says the police commander sells birth certificates."))
    policy = Policy.from_rules()
    at = doc.text.index("birth certificates")
    for name, partner, withheld in (("usg", None, False), ("partner", "GBR", True), ("public", None, True)):
        decision = next(d for d in decide(doc, policy.level(name, partner), partner)
                        if d.portion.start <= at < d.portion.end)
        assert decision.withheld is withheld, name
        if withheld:
            assert decision.review and "'NOFORN'" in decision.reason, name


def test_an_unread_footnote_is_not_released_at_any_level():
    text = memo("※ (U) Source: press reporting.\n☞(S//NF)The interlocutor is a director at the treasury who has "
                "reported reliably since 2022.")
    out = sbu_redact.Pipeline().redact(text, levels=["usg", "partner", "public"], partner="GBR")
    for level in ("usg", "partner", "public"):
        assert "reported reliably since 2022" not in out[level].text, level


@pytest.mark.parametrize("key, edit", [
    ("prose_words", ("prose_words: [FISA,", "prose_words: [FIZA,")),
    ("mention_after", ("  mention_after: '", "  mention_after: '(")),
    ("min_length", ("  min_length: 4", "  min_length: 0")),
])
def test_the_backstop_section_is_validated_with_file_and_key(tmp_path, key, edit):
    folder = tmp_path / "rules"
    shutil.copytree(REPO / "rules", folder)
    markings = folder / "markings.yaml"
    text = markings.read_text(encoding="utf-8")
    assert edit[0] in text
    markings.write_text(text.replace(*edit, 1), encoding="utf-8")
    with pytest.raises(RulesError, match=rf"markings\.yaml.*backstop.*{key}|markings\.yaml.*{key}"):
        load_rules(folder).grammar


def test_the_backstops_search_structures_cover_every_anchor():
    import importlib
    import re

    from sbu_redact.config import as_rules

    backstop = importlib.import_module("sbu_redact.reader.backstop")
    words = ["SECRET", "TOP SECRET", "S", "SBU NOFORN", "NOFORN", "NOCON", "NOCONTRACT", "//"]
    pattern = re.compile(backstop._trie(words))
    for word in words:
        assert pattern.fullmatch(word), word
    assert pattern.match("NOCONTRACT").group(0) == "NOCONTRACT"  # the longest first
    assert pattern.match("TOP  SECRET").group(0) == "TOP  SECRET"  # a space may be several
    voc = backstop._vocabulary(as_rules(None).grammar)
    covered = {spelling for members in voc.members.values() for _k, spelling, _p in members}
    for piece, members in voc.members.items():
        assert voc.pieces.fullmatch(piece)
        assert all(spelling[k:].startswith(piece) for k, spelling, _p in members)
    assert {"//", "NOFORN", "SECRET", "TOP SECRET", "CONFIDENTIAL", "REL TO", "ORCON", "SBU NOFORN"} <= covered


@pytest.mark.parametrize("body, phrase", [
    # a sentence that gives the token in a second spelling explains a marking
    ("(U) A portion marked (C) is CONFIDENTIAL; the banner must be at least as restrictive.", "the banner must"),
    ("(U) NOFORN was written out in older documents as NOT RELEASABLE TO FOREIGN NATIONALS.", "written out"),
    ("(U) The portion form is NF, as in (S//NF).", "portion form"),
    ('(U) Never paste "(S//NF)", "SECRET//NOFORN" or "(C)" into an OpenNet e-mail.', "Never paste"),
])
def test_a_sentence_that_explains_a_marking_is_not_raised(body, phrase):
    doc = sbu_redact.read(memo(body))
    assert marking_of(doc, phrase) in ("(U)", "(U//NF)")
    assert raised(doc) == []


def test_the_s_of_us_is_no_second_spelling_of_secret():
    doc = sbu_redact.read(memo("(U) U.S. officials said SECRET talks with the rebels began in March."))
    assert marking_of(doc, "talks with the rebels") == "(S)"
