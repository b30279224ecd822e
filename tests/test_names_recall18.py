"""Names recall (issue 9, round 18): the residual net's flags that were gold person words in most
cases on heldout9-16 (benchmarks/RESULTS_net_rules.md: a word right after a redacted name, a
word of one alone later) are redacted by detection itself, as
PERSON findings whose recognizer names the net's rule; the others stay review flags. And a name
written surname first inside a mixed-case sentence (`interviewed Tehrani, Mahnaz on 4 May`).
Every name is invented; none comes from a held-out corpus. The net is the real one on the real
lexicon, the detector the real one on the real spaCy model."""
from __future__ import annotations

import pytest

from sbu_redact.config import as_rules
from sbu_redact.detection import PROMOTED_RECOGNIZER
from sbu_redact.detection.lexicon import lexicon_for
from sbu_redact.detection.residual import ResidualNameNet
from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered


@pytest.fixture(scope="module")
def net() -> ResidualNameNet:
    return ResidualNameNet(lexicon_for(as_rules(None)))


def _args(text: str, names: list[str]):
    """`text`, its released spans and its redacted spans: the first occurrence of each of `names` redacted."""
    redacted = []
    for name in names:
        start = text.index(name)
        redacted.append((start, start + len(name)))
    released, cursor = [], 0
    for a, b in sorted(redacted):
        released.append((cursor, a))
        cursor = b
    released.append((cursor, len(text)))
    return text, released, sorted(redacted)


def _scan(net: ResidualNameNet, text: str, names: list[str]):
    return net.scan(*_args(text, names))


# (kind, text, the redacted names, the flag the net is sure of)
SURE = [
    ("after a name, capitals", "1. (C) POLOFF MET DATUK RAJA BUJANG SUTAN MARAJO AT HIS HOUSE.",
     ["DATUK RAJA BUJANG"], "SUTAN MARAJO"),
    ("after a name, a short syllable", "1. (C) POLOFF MET NAW EH PAW AND HER BROTHER.", ["NAW EH"], "PAW"),
    ("after a name, mixed case", "We met Wiremu Tane Kauri-Ngata at the marae.", ["Wiremu Tane"], "Kauri-Ngata"),
    ("a name redacted elsewhere, alone", "1. (C) POLOFF MET KORIR WANJALA. LATER WANJALA LEFT FOR ELDORET.",
     ["KORIR WANJALA"], "WANJALA"),
]


@pytest.mark.parametrize("kind,text,names,flag", SURE, ids=[k for k, *_ in SURE])
def test_the_net_is_sure_of(net, kind, text, names, flag):
    found = {text[p.start:p.end]: p for p in _scan(net, text, names)}
    assert flag in found, (kind, found)
    assert found[flag].sure, (kind, found[flag])
    assert [p for p in net.promoted(*_args(text, names)) if text[p.start:p.end] == flag]


# (kind, text, the redacted names, a flagged word the net must leave a review flag, not sure)
NOT_SURE = [
    ("an ID label after a possessive", "1. (C) HASSAN QURESHI'S CNIC IS 35202-1234567-1.", ["HASSAN QURESHI'S"], "CNIC"),
    ("a name in Cyrillic: ScriptNameRecognizer's to take", "His statement (Григорий Чобану) was read out.", [], "Григорий"),
    ("a sentence in Cyrillic", "The banner said Свобода для всех людей и навсегда on it.", [], "Свобода"),
    ("a quoted word after a name", "1. (C) THE DRIVER, GOODWILL \"KOMBI\" LEFT.", ["GOODWILL"], "KOMBI"),
    ("a quoted word in Cyrillic", "They called him \"Бандит\" at the market.", [], "Бандит"),
    ("a digit in a non-Latin word", "1. (C) HIS REGISTER NUMBER IS ШМ71040512.", [], "ШМ71040512"),
    ("an organisation named after a name", "The Ford Foundation funds it; Marcus Ford said so.", ["Marcus Ford"], "Ford"),
    ("a subject line", "SUBJECT: KENYA: CHEBET VOTERS\n1. (C) POLOFF MET KORIR CHEBET.", ["KORIR CHEBET"], "CHEBET"),
    ("a name part after a hyphen", "1. (C) POLOFF MET DAVOOD ROSTAM-NEJADI.", ["DAVOOD ROSTAM"], "NEJADI"),
]


@pytest.mark.parametrize("kind,text,names,word", NOT_SURE, ids=[k for k, *_ in NOT_SURE])
def test_the_net_only_flags(net, kind, text, names, word):
    found = [p for p in _scan(net, text, names) if text[p.start:p.end].startswith(word)]
    assert found, (kind, _scan(net, text, names))  # (still a review flag)
    assert not any(p.sure for p in found), (kind, found)


def test_detection_redacts_what_the_net_is_sure_of_and_says_why(detector):  # noqa: F811
    text = "1. (C) POLOFF MET DATUK RAJA BUJANG SUTAN MARAJO AT HIS HOUSE IN PADANG.\n"
    found = [f for f in detector.analyze(text) if f.entity_type == "PERSON"]
    promoted = [f for f in found if f.recognizer.startswith(PROMOTED_RECOGNIZER)]
    assert [text[f.start:f.end] for f in promoted] == ["SUTAN MARAJO"]
    assert promoted[0].recognizer == f"{PROMOTED_RECOGNIZER}: a capitalized word right after a redacted name"
    assert_every_occurrence_covered(detector, text, ["RAJA BUJANG SUTAN MARAJO"])


MUST_COVER = [
    ("surname first in a sentence", "The officer interviewed Tehrani, Mahnaz on 4 May; she was refused.", ["Tehrani, Mahnaz"]),
    ("surname first before punctuation", "The case of Rostami-Farahani, Leila. was closed after we called Sadeghpour, Maryam.",
     ["Rostami-Farahani, Leila", "Sadeghpour, Maryam"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):  # noqa: F811
    assert_every_occurrence_covered(detector, text, names, kind)


MUST_NOT_MATCH = [
    ("a place, then a person", "In Ardestan, Reza said the road was closed.", ["Ardestan"]),
    ("a place and a date", "The report cites Kermanshah, May 2006 as its source.", ["Kermanshah, May"]),
    ("an organisation, then a person", "After the meeting with Hezbollah, Mahmoud went home.", ["Hezbollah"]),
    ("a net flag left as a flag: an ID label", "1. (C) HASSAN QURESHI'S CNIC IS 35202-1234567-1.", ["CNIC"]),
    ("a sentence in Cyrillic", "The banner said \"Свобода для всех людей и навсегда\" on it.", ["Свобода", "навсегда"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_look_alikes_are_left_alone(detector, kind, text, words):  # noqa: F811
    assert_no_person_on(detector, text, words, kind)


def test_an_honorific_between_two_redacted_names_is_flagged(net):
    """A title word inside a name whose parts on either side are redacted (the promoted BINTI made
    PENGIRAN the only word left of the name) is a review flag, not silent; not promoted."""
    text = "1. (C) ATTENDING WERE NORHAYATI BINTI PENGIRAN HAJI MOHD YUSOF AND THE MINISTER."
    found = {text[p.start:p.end]: p for p in _scan(net, text, ["NORHAYATI BINTI", "HAJI MOHD YUSOF"])}
    assert "PENGIRAN" in found and not found["PENGIRAN"].sure, found
    text = "1. (C) THE CHAIR, DR ANWAR SALLEH, AND DR FAUZIAH LATIF SPOKE."
    assert not any(text[p.start:p.end] == "DR" for p in _scan(net, text, ["ANWAR SALLEH", "FAUZIAH LATIF"]))
