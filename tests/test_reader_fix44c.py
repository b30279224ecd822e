"""fix44c (issue 8): notes in other languages that name parts by a RELATIVE place or by several numbers.

First run (main b77dc9ec): the reviewers' documents review43cd x14 (Indonesian "paragraf sebelumnya dan
berikutnya adalah rahasia": the previous paragraph was raised, the next went out), review43w n11 (Serbian footnote
"пасуси 2 и 3 су тајни": paragraph 3 went out), n12 (Zulu footnote "izigaba 2 no-3 ziyimfihlo", three words: no claim),
y09, y19, y26 (Zulu notes in an (S) portion beside an English sentence naming paragraph three: only that paragraph
was raised) leaked; after: none of them. A claim's sentence that names parts in the words of rules/note_words.yaml
and places them by a `positions` word (previous, next, above, below, second to last, except) or by more than one
number raises every portion it could mean (`reader/note_positions.py`, fail closed). Traps of the same shape (notes in
these languages about lunch, travel or page layout) are over-redacted on main already, by the unreadable notes'
fail-closed reading (adv172-062): they stay as they were (the harness measures them), so none is asserted here.
"""
from __future__ import annotations

import pytest
from released import ALL, assert_withheld

_HEAD = "UNCLASSIFIED\nSubject: Field visit\n\n"
_P = ["(U) The delegation toured the grain silos near the river.",
      "(U) A clerk said the district chief sells fuel permits to the militia.",
      "(U) The harbour pilot claimed the navy escorts contraband tankers at dawn.",
      "(U) The visit closed with a reception at the guest house."]


def _doc(note: str, at: int, paragraphs: list[str] | None = None) -> str:
    body = list(paragraphs or _P)
    body.insert(at, note)
    return _HEAD + "\n\n".join(body) + "\n\nUNCLASSIFIED\n"


_SECRET = "SECRET\nSUBJECT: (U) Field visit\n\n"
_N = ["1. (U) The delegation toured the grain silos near the river.",
      "2. (U) A clerk said the district chief sells fuel permits to the militia.",
      "3. (U) The harbour pilot claimed the navy escorts contraband tankers at dawn.",
      "4. (U) The visit closed with a reception at the guest house."]


def _numbered(note: str, at: int | None = None, sign: str = "") -> str:
    body = list(_N)
    body[0] += sign
    if at is not None:
        body.insert(at, note)
    else:
        body.append(note)
    return _SECRET + "\n\n".join(body) + "\n\nSECRET\n"


CASES = [
    ('indonesian-previous-and-next',
     _doc("Catatan redaksi: paragraf sebelumnya serta berikutnya adalah rahasia.", 2),
     ["A clerk said the district chief sells fuel permits", "The harbour pilot claimed the navy escorts"]),
    ('serbian-cyrillic-footnote-numbers',
     _numbered("[1] Напомена: пасуси 1 и 3 су тајни.", sign="[1]"),
     ["The delegation toured the grain silos", "The harbour pilot claimed the navy escorts"]),
    ('zulu-footnote-numbers',
     _numbered("[1] Qaphela: izindima 3 no-4 ziyimfihlo.", sign="[1]"),
     ["The harbour pilot claimed the navy escorts", "The visit closed with a reception"]),
    ('zulu-beside-english-sentence',
     "SECRET\nSUBJECT: (U) Field visit\n\n(S) Inothi: zonke izindima ngaphandle kwesokuqala ziyimfihlo. The "
     "second paragraph quotes a serving officer.\n\n" + "\n\n".join(_N) + "\n\nSECRET\n",
     ["The harbour pilot claimed the navy escorts", "The visit closed with a reception"]),
    ('zulu-not-second-but-fourth',
     "SECRET\nSUBJECT: (U) Field visit\n\n(S) Inothi: akusona isigaba sesibili, yisigaba sesine esiyimfihlo. The "
     "source of the third paragraph is a customs officer.\n\n" + "\n\n".join(_N) + "\n\nSECRET\n",
     ["The visit closed with a reception"]),
]

@pytest.mark.parametrize("case_id,text,withheld", CASES, ids=[c[0] for c in CASES])
def test_withheld(case_id: str, text: str, withheld: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(text, phrase, ALL)
