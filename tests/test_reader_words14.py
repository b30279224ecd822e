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
