"""Readings found by the round-10 adversarial corpus (issue 8): foreign governments'
classification stamps in Polish, Japanese, Korean and Arabic (data in `classification_in_words`),
with traps where the same words are ordinary prose."""
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
    ("TAJNE", "S"), ("Tajne", "S"), ("TAJNE\nEgz. nr 1", "S"), ("ŚCIŚLE TAJNE", "TS"), ("SCISLE TAJNE", "TS"),
    ("POUFNE", "C"), ("ZASTRZEŻONE", "C"),
    ("極秘", "S"), ("【極秘】", "S"), ("機密", "TS"), ("【秘】", "C"),
    ("Ⅱ급비밀", "S"), ("II급 비밀", "S"), ("2급비밀", "S"), ("Ⅰ급비밀", "TS"), ("Ⅲ급비밀", "C"), ("대외비", "C"),
    ("سري للغاية", "TS"), ("سري جدا", "TS"), ("سري", "S"), ("درجة السرية: سري", "S"), ("محدود", "C"),
])
def test_a_foreign_stamp_raises_the_original_and_the_lower_marked_translation(stamp, level):
    doc = sbu_redact.read(_pasted(stamp))
    assert marking_of(doc, "The army will move").startswith(f"({level}")
    assert marking_of(doc, "Original text of").startswith(f"({level}")
    assert marking_of(doc, "A contact handed over") == "(U)"


@pytest.mark.parametrize("prose", [
    "To były tajne rozmowy, o których nikt nie wiedział.",       # "secret talks" in a sentence
    "Tajne spotkanie odbyło się w Krakowie.",                   # the word opening a sentence
    "両国の首脳は極秘裏に会談した。",                             # "met in secret"
    "秘書が資料を届けた。",                                       # 秘 inside a word (secretary)
    "비밀번호를 잊어버렸습니다.",                                  # "I forgot the password"
    "그는 비밀을 지켰다.",                                          # "he kept the secret"
    "قال إن الاجتماع كان سري للغاية حسب الصحف.",                  # "very secret" inside a sentence
    "هذا عدد محدود من الشاحنات.",                                 # "a limited number of trucks"
])
def test_the_words_in_prose_are_no_stamp(prose):
    doc = sbu_redact.read(_pasted("Pismo:", original=prose))
    assert marking_of(doc, "The army will move") == "(U)"


def test_a_roman_numeral_is_not_read_inside_a_longer_number():
    doc = sbu_redact.read(_pasted("Pismo:", original="12급비밀 is not a Korean level."))
    assert marking_of(doc, "The army will move") == "(U)"


@pytest.mark.parametrize("stamp", ["（極秘）", "〔極秘〕"])
def test_a_stamp_in_round_brackets_is_withheld_either_way(stamp):
    """`（極秘）` alone on its line (`〔` folds to `(` too) reads as a doubtful portion mark: its line is withheld, and the
    stamp still raises the translation."""
    doc = sbu_redact.read(_pasted(stamp))
    assert marking_of(doc, "The army will move").startswith("(S")
    assert marking_of(doc, "Original text of") in ("doubtful", "(S)")
