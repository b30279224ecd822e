"""fix49h: a note giving the other parts a level with `like` and a marking in capitals (issue 8, review49a).

"Treat the other paragraphs like SECRET//NOFORN", "handle the rest like (C)", "portion marks like (S) denote ...": the
English `like` is read by reader/others_claims.py as the ASCII fold of Lithuanian `likę` (the others), and of the
marking after it only the foreign level words were read (NOFORN), so the (U)-marked paragraphs went to usg (and, for
`(C)` or `(S)` with no NOFORN, to every level). Now a marking in capitals right after the word for the others is read
whole (only raising; not in a portion marked (U) itself, where a course text's "markings like SECRET go at the top" is
a mention).

First run (review49a's 36 documents on main ad2afc4b): 11 leaked (r49a-like-14..17, 24..27, 36; r49a-10, r49a-30);
on this branch 2 (r49a-10 and r49a-30, review records naming a labelled block and its discussion: not fixed here).
The cases below are mine (fresh wording and formats); each withheld case fails on main (PYTHONPATH=/tmp/m49); the
traps release on main and here.
Whole harness (11,588 documents) on this branch vs main's t0: NEW LEAKS 0, no document fixed (no harness document has
this shape), usg over-redaction 3,645 -> 3,645.
"""
from __future__ import annotations

from released import case_tests


def _cable(note: str, paras: list[str]) -> str:
    body = "\n\n".join(f"{k}. (U) {p}" for k, p in enumerate(paras, 1))
    return f"UNCLASSIFIED\n\nSUBJECT: Review of the Tartu grain shipments\n\n{note}\n\n{body}\n\nUNCLASSIFIED\n"


_A = "The harbour master in Paldiski confirmed three hulls were renamed at sea."
_B = "An informant at the Narva crossing has named the two drivers who moved the crates."
_C = "The delegation will meet again in Riga after the holidays."

# (id, document, withheld at every level, released at usg)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    ("remaining-like-ts",
     _cable("Please treat the remaining paragraphs like TOP SECRET//NOFORN pending the owner's review.", [_A, _B]),
     [_A, _B], []),
    ("rest-like-confidential-memo",
     "MEMORANDUM FOR THE RECORD\n\nSUBJECT: Grain shipments\n\nHandle the rest like CONFIDENTIAL until Legal answers.\n\n"
     f"(U) {_A}\n\n(U) {_B}\n", [_A, _B], []),
    ("others-like-mark-s",
     _cable("Reminder: the other items get handled like (S) in the registry.", [_A, _B]), [_A, _B], []),
    ("email-like-c",
     "From: desk officer\nTo: registry\nSubject: grain shipments\n\nAll,\n\nFile everything below like (C), please.\n\n"
     f"(U) {_A}\n\n(U) {_B}\n", [_A, _B], []),
    ("chat-like-secret",
     f"[09:12] kmets: keep the others like SECRET, the owner has not cleared them\n[09:13] kmets: (U) {_A}\n"
     f"[09:14] kmets: (U) {_B}\n", [_A, _B], []),
    ("legend-like-confidential",
     _cable("Key: labels like CONFIDENTIAL mark text supplied by the partner ministry.", [_A, _B]), [_A, _B], []),
]

# (id, document, released at usg): `like` with no marking after it, a name in capitals, a (U) course text
TRAPS: list[tuple[str, str, list[str]]] = [
    ("works-like-a-charm", _cable("The new scanner works like a charm for all the rest of the team.", [_A, _C]), [_A, _C]),
    ("looks-like-secret-squirrel",
     _cable("The rest of it looks like SECRET SQUIRREL material to the interns.", [_A, _C]), [_A, _C]),
    ("course-markings-like-secret",
     "UNCLASSIFIED\n\nSUBJECT: Marking course\n\n1. (U) In this course you learn that markings like SECRET go at the top "
     f"and bottom of each page.\n\n2. (U) {_C}\n\nUNCLASSIFIED\n", [_C]),
    ("course-banners-like-confidential",
     "UNCLASSIFIED\n\nSUBJECT: Marking course\n\n1. (U) Trainees copy banners like CONFIDENTIAL onto each practice page.\n\n"
     f"2. (U) {_C}\n\nUNCLASSIFIED\n", [_C]),
]

test_withheld, test_released, test_traps_release = case_tests(CASES, TRAPS)
