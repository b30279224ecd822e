"""fix41d: notes in languages the rules do not read, by CLASS (issue 8).

First run (main `2e21c610`, round 166): adv166-002 (Upper Sorbian second sentence, `Druhi wotstawk je potajny`),
adv166-005 (Venetian after a trailing (U), lower case, `el secondo messajo ... xe segreto`) and adv166-007 (Breton on
its own (U) line, `An eil rannbennad a zo kuzh`) leaked at every level: their words were in no list, and every
session had added the last round's language only. After: none leaks (they fail closed: every portion the note may
mean is withheld).

Fix: rules/note_words.yaml, the words of notes in ~60 regional, minority and smaller languages at once (levels,
'not for foreigners', part words, ordinals and 'last'), validated on load (lower-case words of letters, four letters
or more in Latin letters, no word of English), read only by `reader/foreign_level_sentences.py`: a part word, or an
ordinal beside a word that is no English and no level word, names text; a sentence holding one of those words is
English only by English's own words (`untranslated.english`), not by the words English shares with the note's
language (Luxembourgish `an`, `ass`; Frisian `is`; Catalan `i`, `no`, `per`). It only adds claims.

Cases below: written fresh (not corpus documents) in three shapes each (second sentence of the last paragraph,
after a trailing `(U)` in lower case with no sentence end, a `(U)` line of its own); every withheld case leaked on
main `2e21c610`. The traps (the same shapes and languages, about the weather or lunch, with ordinals) release
paragraphs 1 and 2 on main and here.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld


def _memo(note_line: str = "", p3: str = "(U) The next review is set for the spring, with the regional council.") -> str:
    return ("UNCLASSIFIED\n\nMEMORANDUM\n\nSUBJECT: Coastal visit\n\n"
            "1. (U) The delegation visited the harbour and the ferry terminal on Tuesday morning.\n\n"
            "2. (U) The harbour master said the coast guard is tracking a tanker that switched off its transponder "
            f"near the cape.\n\n3. {p3}\n\n{note_line}\n\nUNCLASSIFIED\n")


def _second(note: str) -> str:
    return _memo(p3="(U) The council thanked us for the visit. " + note)


def _trailing(note: str) -> str:
    return _memo(p3="(U) The next review is set for the spring (U) " + note[0].lower() + note[1:].rstrip("."))


def _own(note: str) -> str:
    return _memo("(U) " + note)


SHAPES = (_second, _trailing, _own)
SECRET = "tracking a tanker that switched off its transponder"
RELEASED = ("The delegation visited the harbour", SECRET)

NOTES = {
    "luxembourgish": "Déi zweet Noriicht ass geheim an net fir Auslänner.",
    "frisian": "It twadde berjocht is geheim en net foar bûtenlanners.",
    "catalan": "El segon apartat és secret i no és per als estrangers.",
    "breton": "An trede kemennadenn a zo kuzh ha n'eo ket evit an estrenion.",
    "alsatian": "D'zweit Nochricht isch gheim un nit fer d'Üslander.",
    # (an ordinal beside a part word no list holds: `Zeddel`)
    "alsatian-ordinal-only": "D'zweit Zeddel isch gheim un nit fer d'Üslander.",
}

TRAPS = {
    "luxembourgish-weather": "Den zweeten Dag war et kal a mir hunn am Reen gewaart.",
    "frisian-lunch": "It twadde miel wie tige lekker, tank jo wol.",
    "catalan-lunch": "El segon plat del dinar era boníssim, gràcies a tothom.",
    "breton-weather": "An trede devezh e oa glav bras e Brest hervez ar maer.",
    "alsatian-lunch": "S'zweit Esse isch guet gsi, merci vielmols.",
    "venetian-lunch": "el secondo piato del pranso xe sta bonissimo grassie",
    "sorbian-weather": "Druhi dźeń bě jara zymny a mokry.",
}


@pytest.mark.parametrize("note", list(NOTES.values()), ids=list(NOTES))
@pytest.mark.parametrize("shape", SHAPES, ids=[s.__name__.strip("_") for s in SHAPES])
def test_withheld(shape, note: str) -> None:
    assert_withheld(shape(note), SECRET, ALL)


@pytest.mark.parametrize("note", list(TRAPS.values()), ids=list(TRAPS))
@pytest.mark.parametrize("shape", SHAPES, ids=[s.__name__.strip("_") for s in SHAPES])
def test_trap_released(shape, note: str) -> None:
    for phrase in RELEASED:
        assert_released(shape(note), phrase)


def test_vocabulary_rejects_english_and_short_words(tmp_path) -> None:
    """rules/note_words.yaml is validated on load: an English word or a short one is an error naming the file."""
    import shutil

    from sbu_redact.config import RulesError, RuleSet, default_rules_dir
    from sbu_redact.markings import validated_vocabulary

    for k, (bad, said) in enumerate((("paragraph", "is a word of English"), ("dyn", "shorter than four letters"))):
        rules = tmp_path / str(k)
        shutil.copytree(default_rules_dir(), rules)
        path = rules / "note_words.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("parts: [paragraff,", f"parts: [{bad},", 1),
                        encoding="utf-8")
        with pytest.raises(RulesError, match=f"note_words.yaml.*{said}"):
            validated_vocabulary(RuleSet(rules))
