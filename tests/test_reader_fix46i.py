"""fix46i: a note that joins a control for one part and a level for another in one sentence (issue 8).

Class (review46s b02, e01, e03, e06, e07, leaking on main `de49986d` and on lead46): an unclassified memo's closing
note names paragraph 2 by its number and states a control (`è solo per il personale americano`, `NOFORN`) and then,
after `e`/`and`/`y`/`et`/`und`, a comma, a dash, a sentence end or a line end, a second clause names another part
without a number (`il terzo`, `the third`, `le troisième`) and states a level, or is in a language the reader cannot
read (Yoruba, Malagasy, Zulu). The governing statements put the second clause's level on paragraph 2 (the number
nearest the level word), or the unreadable clause was no note beside the read claim: paragraph 3 went out at usg
(most at every level).

First run (lead46 `5ea55e66`): 5 of review46s' 60 documents leaked this way; after: none. Fix, only raising:
reader/joined_claims.py, the last raising pass: after a clause that names a part by number, a clause that names none
and states a classified level (with a subject of its own) or that the reader cannot read raises every other portion
(to that level, or to `unreadable_level`), fail closed.

Measured: review46s 5 fixed (b02 e01 e03 e06 e07), 0 new leaks, 0 new over-redaction; review45x unchanged; rounds
178, 179 (against /tmp/s46/base.txt) and 181, 184 (against lead46 5ea55e66) unchanged: 0 fixed, 0 new leaks, 0 new
over-redaction. All 11 leak cases below fail on main `de49986d`.
"""
from __future__ import annotations

import pytest

from released import versions

HEAD = """UNCLASSIFIED

MEMORANDUM FOR THE RECORD
SUBJECT: (U) Rail depot inspection

1. (U) The inspectors reached the freight yard before the morning shift.

2. (U) The yard foreman confirmed that fuel wagons were rerouted to the border.

3. (U) A signalman identified the customs agent who stamps the forged waybills.

4. (U) The inspectors returned to the capital on the evening train.

"""
PARTS = ["reached the freight yard", "fuel wagons were rerouted", "stamps the forged waybills", "evening train"]


def _versions(note: str) -> dict[str, str]:
    return versions(HEAD + note + "\n\nUNCLASSIFIED\n", ("usg", "partner", "public"))


# (the note; the parts (1-based) every level must withhold). Each leaks on main.
LEAKS = {
    "english-ordinal": ("Remark: para 2 is NOFORN and the third is SECRET.", [3]),
    "english-lower-ordinal": ("Remark: paragraph 2 is for US eyes only and the third one is secret.", [3]),
    "italian-ordinal": ("Nota bene: il paragrafo 2 è riservato agli americani e il terzo è segreto.", [3]),
    "italian-comma": ("Nota bene: il paragrafo 2 è solo per americani, il terzo è segreto.", [3]),
    "italian-line-end": ("Nota bene: il paragrafo 2 è solo per americani\ne il terzo è segreto.", [3]),
    "french-ordinal": ("Remarque : le paragraphe 2 est réservé aux Américains et le troisième est secret.", [3]),
    "german-ordinal": ("Hinweis: Absatz 2 nur für Amerikaner und der dritte ist geheim.", [3]),
    "italian-then-yoruba": ("Nota bene: il paragrafo 2 è solo per americani e ipinro keta je asiri nla pupo.", [2, 3]),
    "english-and-yoruba": ("Remark: para 2 is NOFORN and ipinro keta je ohun ikoko pataki gidigidi.", [2, 3]),
    "english-dash-malagasy": ("Remark: para 2 is NOFORN - ny andininy fahatelo dia tsiambaratelo avo dia avo.", [2, 3]),
    "english-then-zulu": ("Remark (para 2): NOFORN. Isigaba sesithathu siyimfihlo enkulu kakhulu impela.", [2, 3]),
}


@pytest.mark.parametrize("name", list(LEAKS))
def test_withheld(name: str) -> None:
    note, parts = LEAKS[name]
    for level, text in _versions(note).items():
        for k in parts:
            assert PARTS[k - 1] not in text, (name, level, k)


# traps of the same shape that must still release paragraphs 1, 3 and 4 at usg (no second part, no unreadable clause)
RELEASES = {
    "noforn-only": "Remark: para 2 is NOFORN.",
    "rest-unclassified": "Remark: para 2 is NOFORN; the rest is UNCLASSIFIED.",
    "english-clause": "Remark: para 2 is NOFORN and was cleared by the embassy yesterday.",
    "italian-only": "Nota bene: il paragrafo 2 è solo per americani.",
}


@pytest.mark.parametrize("name", list(RELEASES))
def test_released(name: str) -> None:
    usg = _versions(RELEASES[name])["usg"]
    assert all(PARTS[k] in usg for k in (0, 2, 3)), name


def test_numbered_second_part_is_exact() -> None:
    # a second clause naming its part by number is the governing statements' (exact): the others still go out at usg
    usg = _versions("Remark: para 2 is NOFORN and para 3 is SECRET.")["usg"]
    assert PARTS[0] in usg and PARTS[3] in usg and PARTS[2] not in usg
