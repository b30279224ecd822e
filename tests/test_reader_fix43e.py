"""fix43e (round 175): notes in other languages that name several parts, at the top, at the end or as a footnote.

First run (lead43, C1): adv175-036 (Tajik), 037 (Turkmen, footnote), 039 (Burmese), 045 (Zulu, footnote), 050
(Serbian, footnote, range), 051 (Macedonian), 053 (Hungarian), 054 (Finnish, "all but the first") leaked; after: 0.
Three causes, each fixed by class:
- the languages' part, ordinal, level and NOFORN words in the inflected forms their notes use were in no list
  (rules/note_words.yaml: Turkmen, Tajik, Serbian/Macedonian Cyrillic, Hungarian, Zulu; Finnish plurals and
  `ensimmäinen`; Burmese, Turkmen, Zulu conjunctions);
- a footnote was read only as a note about the text carrying its sign (the SUBJECT line), never as a claim about
  the parts it names in another language (`scope._names_text_abroad`): now it is both;
- an ordinal joined to the place found by a conjunction but read as no place ("ဒုတိယ နှင့် တတိယ စာပိုဒ်") left the
  place found as the only one (`scope_exact._unread_word_joined`): now not certain, every portion is raised.
"""
from __future__ import annotations

import pytest

from sbu_redact import Pipeline

_MEMO = """UNCLASSIFIED

U.S. EMBASSY {post}
MEMORANDUM

DATE: November 20, 2026
FROM: Economic Section
SUBJECT: (U) Visit to a regional port authority{sign}

{top}1. (U) The officer toured the container terminal with the deputy harbour master on November 18.

2. (U) The harbour master said customs officers wave through fuel tankers owned by a senator.

3. (U) He said the port police chief receives a monthly payment from the same company.

4. (U) The port plans a new ferry schedule for the holiday season.

5. (U) The harbour master asked about training for crane operators.
{end}
UNCLASSIFIED
"""
_SECRETS = ("wave through fuel tankers", "receives a monthly payment")


def _memo(post: str, top: str = "", end: str = "", footnote: str = "") -> str:
    if footnote:
        end = f"\n____\n[1] {footnote}\n"
        return _MEMO.format(post=post, sign=" [1]", top=top, end=end)
    return _MEMO.format(post=post, sign="", top=f"{top}\n\n" if top else "", end=f"\n{end}\n" if end else "")


WITHHELD = [
    pytest.param(_memo("ASHGABAT", footnote="Bellik: ikinji we üçünji abzaslar gizlin, daşary ýurtlulara berilmesin."), id="turkmen-footnote"),
    pytest.param(_memo("DURBAN", footnote="Qaphela: izigaba zesibili nezesithathu ziyimfihlo, azikwazi ukunikwa abantu bakwamanye amazwe."), id="zulu-footnote"),
    pytest.param(_memo("BELGRADE", footnote="Напомена: пасуси од другог до трећег су тајни, не давати странцима."), id="serbian-footnote-range"),
    pytest.param(_memo("DUSHANBE", top="[сархатҳои дуюм ва сеюм махфӣ мебошанд, ба хориҷиён дода нашавад.]"), id="tajik-top"),
    pytest.param(_memo("RANGOON", top="[မှတ်ချက် - ဒုတိယ နှင့် တတိယ စာပိုဒ်များသည် လျှို့ဝှက်ချက်ဖြစ်သည်။ နိုင်ငံခြားသားများကို မပေးရ။]"), id="burmese-top"),
    pytest.param(_memo("SKOPJE", end="Забелешка: вториот и третиот пасус се тајни, да не се даваат на странци."),
                 id="macedonian-end"),
    pytest.param(_memo("BUDAPEST", end="Megjegyzés: a második és a harmadik bekezdés titkos, külföldieknek nem adható ki."), id="hungarian-end"),
    pytest.param(_memo("HELSINKI", end="P.S. Huomautus: kappaleet 2–4 eli kaikki paitsi ensimmäinen ovat salaisia, ei ulkomaalaisille."),
                 id="finnish-all-but-first"),
]


@pytest.mark.parametrize("text", WITHHELD)
def test_note_naming_several_parts_withholds_them(text: str) -> None:
    version = Pipeline().redact(text, levels=["usg"])["usg"].text
    for secret in _SECRETS:
        assert secret not in version


# (Notes of the same shape about lunch or travel, with no level word, stay as main reads them: the corpus traps
# adv175-063/064/065 are unchanged; such a note in a language no list reads is an unreadable note and fails closed
# on main too, so it is no release case here.)
