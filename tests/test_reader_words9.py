"""Readings found by the round-9 adversarial corpus (issue 8): a foreign government's
classification stamp in its own script (Russian, Chinese, Turkish) governs the text after it,
a lower U.S. mark on a translation included; UK `OFFICIAL-SENSITIVE` is a handling marking
(withheld at public, never taken for a name)."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of


def _pasted(stamp: str, original: str = "Original text of the letter.", mark: str = "(U)") -> str:
    return ("Classification: UNCLASSIFIED\n\nFrom: Post\nTo: Desk\nSubject: A letter\n\n"
            "(U) A contact handed over the letter below.\n\n"
            f"{stamp}\n{original}\n\n{mark} Translation:\nThe army will move two battalions.\n\n"
            "Classification: UNCLASSIFIED\n")


@pytest.mark.parametrize("stamp, level", [
    ("СЕКРЕТНО", "S"), ("Секретно", "S"), ("СЕКРЕТНО\nЭкз. № 2", "S"), ("СОВЕРШЕННО СЕКРЕТНО", "TS"),
    ("机密★10年", "S"), ("绝密★", "TS"), ("秘密 ★ 5年", "C"), ("密级：机密", "S"),
    ("GİZLİ", "S"), ("GIZLI", "S"), ("ÇOK GİZLİ", "TS"), ("HİZMETE ÖZEL", "C"),
])
def test_a_foreign_stamp_raises_the_original_and_the_lower_marked_translation(stamp, level):
    doc = sbu_redact.read(_pasted(stamp))
    assert marking_of(doc, "The army will move").startswith(f"({level}")
    assert marking_of(doc, "Original text of").startswith(f"({level}")
    # the U.S. author's own text before the stamp keeps its mark, and the header its marking
    assert marking_of(doc, "A contact handed over") == "(U)"


@pytest.mark.parametrize("prose", [
    "Он секретно передал письмо в посольство.",            # secretly, in a sentence
    "Секретно сообщаем, что встреча перенесена.",         # the word opening a sentence
    "这是商业机密，不得外传。",                              # a trade secret, no star
    "Bu bilgi gizli tutulmalıdır.",                       # "should be kept secret"
    "Gizli bir toplantı yapıldı.",
])
def test_the_words_in_prose_are_no_stamp(prose):
    doc = sbu_redact.read(_pasted("Письмо:", original=prose))
    assert marking_of(doc, "The army will move") == "(U)"


def test_a_foreign_stamp_is_vocabulary_folded_as_the_view_folds_text():
    """The rules write СЕКРЕТНО in Cyrillic; the view folds its look-alike letters to Latin, and
    the pattern is folded the same way on load (a mixed-script copy matches too)."""
    doc = sbu_redact.read(_pasted("CEKPETHO"))  # all Latin look-alikes
    assert marking_of(doc, "The army will move").startswith("(S")


@pytest.mark.parametrize("marking", ["OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE", "OFFICIAL - SENSITIVE"])
def test_uk_official_sensitive_is_for_official_use_not_a_name(marking):
    text = ("Classification: UNCLASSIFIED\n\nFrom: Brennan, Kelly\nSubject: FW: readout\n\n"
            "(U) Forwarding the readout.\n\n-----Original Message-----\nFrom: someone@mod.gov.uk\n\n"
            f"{marking}\n\n1. The navy admitted two boats are laid up.\n\n{marking}\n")
    doc = sbu_redact.read(text)
    assert "FOUO" in marking_of(doc, "The navy admitted")
    assert marking_of(doc, "Forwarding the readout") == "(U)"
    assert not any(f.name == "signature" for f in doc.fields)


def test_official_without_sensitive_is_no_marking():
    doc = sbu_redact.read("UNCLASSIFIED\n\n(U) The official sensitivity review ended.\n\nOFFICIAL\n\n"
                          "Unmarked text.\n\nUNCLASSIFIED\n")
    assert marking_of(doc, "Unmarked text") in ("(U)", None)
