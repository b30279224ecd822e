"""fix47a: fix46i's joined-claim rule raises only the parts a note's second clause can mean (issue 8).

Class: reader/joined_claims.py (fix46i) raised EVERY other portion of a document when a note joined a clause naming
a part by number to a second clause that names none and states a level. On main `be2bae98` that over-redacted 46
older documents at usg that main had released before it (KNOWN_OVER_REDACTION, `lead46 (fix46i's joined claims`):
`para 3 shud have been C not U ... - treat it as CONFIDENTIAL`, `paragraph 4 of the original was SECRET; ... and
must be handled as SECRET`, `ITEM 3 -- CLASSIFICATION: SECRET//NOFORN`, `paras 3 and 4 ... are SECRET NOFORN`.

First run (main `be2bae98`): 46 documents over-redacted at usg by the joined-claims pass; after: 20 (26 released
again). Fix, only narrowing where the reading is sure (reader/clause_subjects.py; words in rules/record_words.yaml
`joined_claims`): a second clause with no subject of its own (verbs, pronouns, level words, `by the RSO`, `(RSO's
view)`) continues the clause naming the part (raise nothing new: the governing statements placed its level there);
one that begins with a pronoun after a clause with a subject (`the photos, which are SECRET`) is that clause's; an
ordinal (`the third`, `il terzo`, `the last`) that is the stretch's only word able to name a part, beside parts named
as paragraphs, raises that numbered paragraph (and the unnumbered portions under it) only, when the document's
paragraphs are numbered 1 to N exactly; anything else keeps main's rule (every other portion, fail closed).

Every RELEASES case below over-redacts on main `be2bae98`; every WITHHELD case (fresh variants of fix46i's class:
languages, ordinals, punctuation) is withheld at every level (as are tests/test_reader_fix46i.py's).
"""
from __future__ import annotations

import pytest

from test_reader_fix46i import PARTS, _versions

# (the note; the parts (1-based) every level must withhold). Each is withheld after fix47a.
WITHHELD = {
    "english-last": ("Remark: para 2 is NOFORN and the last is SECRET.", [4]),
    "english-third-one-semicolon": ("Note: paragraph 2 is for US eyes only; the third one is CONFIDENTIAL.", [3]),
    "english-third-paragraph-dash": ("Comment - para 2 is NOFORN - the third paragraph is secret as well.", [3]),
    "spanish-tercero": ("Nota: el párrafo 2 es solo para estadounidenses y el tercero es secreto.", [3]),
    "portuguese-terceiro": ("Obs.: o parágrafo 2 é só para americanos e o terceiro é secreto.", [3]),
    "french-dernier-comma": ("Remarque : le paragraphe 2 est réservé aux Américains, le dernier est confidentiel.", [4]),
    "german-vierte": ("Hinweis: Absatz 2 nur für Amerikaner und der vierte ist geheim.", [4]),
    "italian-ultimo": ("Nota: il paragrafo 2 è solo per americani e l'ultimo è segreto.", [4]),
    "english-third-and-fourth": ("Remark: para 2 is NOFORN, the third and fourth are SECRET.", [3, 4]),
    "english-third-and-rest": ("Remark: para 2 is NOFORN and the third is SECRET, as is the rest.", [1, 3, 4]),
    "english-third-then-it": ("Remark: para 2 is NOFORN and the third is SECRET. It must not go out.", [3]),
    "english-line-end-third": ("Remark: para 2 is NOFORN\nthe third should be treated as SECRET", [3]),
    "english-that-on-topic": ("Remark: para 2 is NOFORN and that on the customs agent is SECRET.", [3]),
    "english-first": ("Remark: para 2 is NOFORN and the first is SECRET.", [1]),
    "english-one-after-it": ("Remark: para 2 is NOFORN and the one after it is SECRET.", [3]),
    "italian-successivo": ("Nota: il paragrafo 2 è solo per americani e il successivo è segreto.", [3]),
    "english-treat-the-third": ("Remark: para 2 is NOFORN; treat the third as SECRET.", [3]),
    "english-fourth-then-yoruba": ("Remark: para 2 is NOFORN and the fourth is SECRET, ipinro keta je asiri nla pupo.",
                                   [3, 4]),
    "english-third-which": ("Remark: para 2 is NOFORN, and the third, which is SECRET, stays here.", [3]),
    "english-topic-which": ("Remark: para 2 is NOFORN, the signalman's account, which is SECRET.", [3]),
    "english-rest-dash-verb": ("Remark: para 2 is NOFORN; the rest - must be handled as SECRET.", [1, 3, 4]),
    "french-troisieme-qui": ("Remarque : le paragraphe 2 est réservé aux Américains, et le troisième, qui est secret.",
                             [3]),
}


@pytest.mark.parametrize("name", list(WITHHELD))
def test_withheld(name: str) -> None:
    note, parts = WITHHELD[name]
    for level, text in _versions(note).items():
        for k in parts:
            assert PARTS[k - 1] not in text, (name, level, k)


# (the note; the parts (1-based) usg must keep). Each over-redacts at usg on main `be2bae98`; the part the note
# names (3) is withheld at every level all the same.
RELEASES = {
    "mismarked-remains": ("Correction: para 3 is mismarked and remains SECRET.", [1, 2, 4]),
    "lifted-must-be-handled": ("Note: para 3 was lifted from the SECRET reftel and must be handled as SECRET.",
                               [1, 2, 4]),
    "treat-it-as": ("RSO comment: paragraph 3 should have been C, not U - treat it as CONFIDENTIAL.", [1, 2, 4]),
    "takes-its-classification": ("COMMENT: PARA 3 REPEATS REF B AND TAKES ITS CLASSIFICATION (SECRET). END COMMENT.",
                                 [1, 2, 4]),
    "it-is-with-parenthesis": ("Correction (chair): para 3 was marked U by mistake; it is CONFIDENTIAL (RSO's view).",
                               [1, 2, 4]),
    "which-remains": ("Downgraded to UNCLASSIFIED on 2026-05-01, except paragraph 3, which remains SECRET.",
                      [1, 2, 4]),
    "for-u-read-c": ("CORRECTION: PARA 3, FOR (U) READ (C).", [1, 2, 4]),
    "until-phrase": ("COMMENT: Post would treat the words quoted in paragraph 3\nas CONFIDENTIAL until the bank "
                     "confirms them. END COMMENT.", [1, 2, 4]),
    "third-one": ("Remark: paragraph 2 is for US eyes only; the third one is CONFIDENTIAL.", [1, 4]),
    "il-terzo-comma": ("Nota bene: il paragrafo 2 è solo per americani, il terzo è segreto.", [1, 4]),
    "treat-the-third": ("Remark: para 2 is NOFORN; treat the third as SECRET.", [1, 4]),
    "line-end-third": ("Remark: para 2 is NOFORN\nthe third should be treated as SECRET", [1, 4]),
    "listed-number": ("Note: paras 2 and 3 were mismarked and are SECRET NOFORN.", [1, 4]),
}


@pytest.mark.parametrize("name", list(RELEASES))
def test_released(name: str) -> None:
    note, keep = RELEASES[name]
    found = _versions(note)
    assert all(PARTS[k - 1] in found["usg"] for k in keep), name
    assert all(PARTS[2] not in text for text in found.values()), name
