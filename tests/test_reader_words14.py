"""Spanish, Portuguese, Italian and Catalan classification levels (issue 8, the reader's known
fail-open paths): a level stamp alone on its line in capitals or sentence case, the restricted
levels in capitals anywhere, a level after a classification caption of its language; the same
words in prose are no stamp."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of, released_text


def _pasted(stamp: str, original: str = "Texto original de la carta.") -> str:
    return ("Classification: UNCLASSIFIED\n\nFrom: Post\nTo: Desk\nSubject: A letter\n\n"
            "(U) A contact handed over the letter below.\n\n"
            f"{stamp}\n{original}\n\n(U) Translation:\nThe army will move two battalions.\n\n"
            "Classification: UNCLASSIFIED\n")


@pytest.mark.parametrize("stamp, level", [
    ("Secreto", "S"), ("RESERVADO", "S"), ("Reservado", "S"), ("Reservada.", "S"), ("RESERVADO\nEjemplar n.º 2", "S"),
    ("Confidencial", "C"), ("DIFUSIÓN LIMITADA", "C"), ("DIFUSION LIMITADA - USO INTERNO", "C"),
    ("Difusión limitada", "C"), ("ULTRASSECRETO", "TS"), ("Ultrassecreto", "TS"), ("ALTO SECRETO", "TS"),
    ("Segreto", "S"), ("Riservatissimo", "C"), ("RISERVATO", "C"), ("Riservato", "C"), ("RESTRITO", "C"),
    ("RESERVAT", "S"), ("Reservat", "S"), ("DIFUSIÓ LIMITADA", "C"), ("Difusió limitada", "C"),
    ("Classificació: RESERVAT", "S"), ("Grado de clasificación: RESERVADO", "S"),
])
def test_a_romance_level_stamp_raises_the_original_and_the_translation(stamp, level, policy):
    doc = sbu_redact.read(_pasted(stamp))
    assert marking_of(doc, "The army will move").startswith(f"({level}")
    assert marking_of(doc, "Texto original").startswith(f"({level}")
    assert marking_of(doc, "A contact handed over") == "(U)"
    assert "battalions" not in released_text(doc, policy, "public")


@pytest.mark.parametrize("prose", [
    "Mesa reservada para dos en el restaurante.",
    "El secreto bancario fue abolido en 2017.",
    "Acceso reservado a socios.",
    "Reservado el derecho de admisión.",
    "La riunione si è svolta in forma riservata.",
    "O documento é confidencial, disse o ministro.",
    "La difusión limitada del informe fue criticada.",
    "Informació reservat als membres.",
])
def test_the_romance_level_words_in_prose_are_no_stamp(prose):
    doc = sbu_redact.read(_pasted("Carta:", original=prose))
    assert marking_of(doc, "The army will move") == "(U)"


def _label_memo(stamp: str, label: str = "Translation") -> str:
    return ("UNCLASSIFIED//FOUO\n\nEMBASSY - DEFENSE ATTACHE OFFICE\nSUBJECT: A note\n\n"
            f"{stamp}\nOriginal text of the note.\n\n(U//FOUO) {label}: the army will deploy two battalions.\n\n"
            "UNCLASSIFIED//FOUO\n")


@pytest.mark.parametrize("stamp, level", [
    ("Slaptumo žyma: Slaptai", "S"), ("Stupeň utajení: Tajné", "S"), ("Turvallisuusluokka: Salainen", "S"),
    ("Minősítési szint: Titkos!", "S"), ("SEKRETNO", "S"), ("Sekretno", "S"), ("SOVERSHENNO SEKRETNO", "TS"),
    ("STROGO SEKRETNO", "TS"), ("POVERITELNO", "C"), ("TAYEMNO", "S"),
])
def test_a_stamp_after_its_label_or_transliterated_raises_the_translation(stamp, level):
    doc = sbu_redact.read(_label_memo(stamp))
    assert marking_of(doc, "the army will deploy").startswith(f"({level}")
    assert marking_of(doc, "Original text of").startswith(f"({level}")


@pytest.mark.parametrize("label", ["Summary", "English summary", "Gist"])
def test_a_summary_of_a_foreign_original_takes_its_level(label):
    text = ("Classification: UNCLASSIFIED\n\nThe ministry sent us the message below.\n\nClassifica: RISERVATISSIMO\n"
            "Il Governo ha avviato contatti diretti.\n\n"
            f"(U) {label}: the government has opened direct contacts.\n\n(U) The embassy will report separately.\n\n"
            "Classification: UNCLASSIFIED\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "the government has opened").startswith("(C")
    assert marking_of(doc, "The embassy will report") == "(U)"


@pytest.mark.parametrize("line", ["Balsavimas buvo slaptas, sakė ministras.", "The SEKRET bakery opened on Monday.",
                                  "Sekretno vstrechalis' oni v Burgase, pisal avtor."])
def test_the_label_and_transliteration_rules_leave_prose_alone(line):
    doc = sbu_redact.read(_label_memo("Note:").replace("Original text of the note.", line))
    assert marking_of(doc, "the army will deploy") == "(U//FOUO)"


@pytest.mark.parametrize("value, mark", [("NON CLASSIFIÉ", "(U)"), ("Non classifié", "(U)"), ("NO CLASIFICADO", "(U)"),
                                         ("NÃO CLASSIFICADO", "(U)"), ("NON CLASSIFICATO", "(U)"),
                                         ("CLASSIFIÉ", "doubtful"), ("CLASSIFICADO", "doubtful")])
def test_unclassified_in_the_romance_languages_is_unclassified(value, mark):
    text = (f"From: Post\nSubject: note\nClassification: {value}\n\n"
            "The finance bill keeps the digital services tax at three percent.\n")
    assert marking_of(sbu_redact.read(text), "The finance bill") == mark
