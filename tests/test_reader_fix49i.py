"""fix49i: a control stated in words at the start of a (U) portion's text (issue 8).

The leak (old: main ad2afc4b and lead49): `2. (U) NOT FOR FOREIGN DISSEMINATION. The harbor pilot reported ...` was
released at partner and public, and at public the control phrase alone was removed as an in-text caveat
(`public.caveats`, ControlMarkingRecognizer), so the release looked clean. The same with `Not for release to foreign
governments.`, `Do not share with foreign governments.`, `Do not forward this memo outside the USG.` (partner and
public) and `For official use only.` (public). The reader took the words as evidence of the document
(`take_controls_in_words`), and evidence raises only controlled portions, never the (U) paragraph that states them.

Fix: fix49b's reading of a short control right after a portion's mark (`(U) NF: ...`, reader/backstop.py
`after_mark`) is extended to controls in words there (`opening`): every `handling_statements` phrase, every
`controls_in_words` pattern (what it states is the reader's own `dissemination_control` evidence at that place, with
all its checks) and `backstop.opening_controls` (rules), in any case, before a full stop, colon, semicolon, dash or the
line's end. Only raises.

First run (these cases on main /tmp/m49): every withheld case below leaked at partner and/or public on main; all pass
now. The traps (a definition, a quoted retired label, a label word used as an adjective, a mid-sentence mention)
release as on main.
Whole harness (11,781 documents, in two halves) against /tmp/s49/t0_all.txt: NEW LEAKS 0, fixed 0 (no corpus document
has this shape), over-redaction 3,723 -> 3,724: the one new (adv169-049) is fix49b's, already in KNOWN_OVER_REDACTION
(t0 is main, before fix49b). Partner drops on rounds 191-193: 22 -> 22 documents, none new.
Not changed: redaction.py `_entity_plans` removes a CONTROL_MARKING finding at a level with `caveats: remove`
(rules/levels.yaml, public) and keeps the rest of its portion; withholding such a portion instead could not be
measured on the whole harness before this session's deadline, so only the start-of-text reading is kept.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

PARTNER_PUBLIC = ("partner", "public")

# (id, document, withheld phrase, levels it is withheld at, a (U) phrase released at usg)
CASES: list[tuple[str, str, str, tuple[str, ...], str]] = [
    ('nofd-caps-period',
     "MEMORANDUM FOR THE RECORD\n\n1. (U) The convoy leaves on Friday.\n\n"
     "2. (U) NOT FOR FOREIGN DISSEMINATION. The customs chief admitted that three inspectors take cash from the cartel.\n\n"
     "3. (U) The next meeting is in May.\n",
     'three inspectors take cash from the cartel', PARTNER_PUBLIC, 'The convoy leaves on Friday'),
    ('not-release-foreign-gov-lower-colon',
     "UNCLASSIFIED\n\n(U) Summary of the visit follows.\n\n"
     "(U) not for release to foreign governments: the deputy minister plans to dismiss the port director in June.\n\n"
     "(U) End of summary.\n\nUNCLASSIFIED\n",
     'plans to dismiss the port director in June', PARTNER_PUBLIC, 'Summary of the visit follows'),
    ('do-not-share-dash',
     "Subject: (U) Visit notes\n\n(U) The delegation arrived on time.\n\n"
     "(U) Do not share with foreign governments - the informant in the mayor's office named the smuggler's boat.\n\n"
     "(U) Weather was fine.\n",
     "the informant in the mayor's office named the smuggler's boat", PARTNER_PUBLIC, 'The delegation arrived on time'),
    ('do-not-forward-outside-usg',
     "NOTE TO FILE\n\na. (U) Training resumes next week.\n\n"
     "b. (U) Do not forward this note outside the USG. The embassy's driver was questioned by the security service twice.\n\n"
     "c. (U) No other business.\n",
     "was questioned by the security service twice", PARTNER_PUBLIC, 'Training resumes next week'),
    ('fouo-sentence-case',
     "MEMORANDUM\n\n1. (U) The office moves on 4 March.\n\n"
     "2. (U) For official use only. The badge reader in annex B accepts expired cards after 2200.\n\n"
     "3. (U) Questions to the admin desk.\n",
     'accepts expired cards after 2200', ("public",), 'The office moves on 4 March'),
    ('sbu-words-colon',
     "MEMO\n\n(U) Staff meeting at ten.\n\n"
     "(U) Sensitive but unclassified: the guard rotation at the residence changes at 0300 and 1500.\n\n"
     "(U) Lunch provided.\n",
     'guard rotation at the residence changes at 0300', ("public",), 'Staff meeting at ten'),
    ('spanish-no-difundir',
     "NOTA\n\n1. (U) La reunión es el lunes.\n\n"
     "2. (U) No difundir a gobiernos extranjeros. El contacto en aduanas confirmó que el buque lleva armas.\n\n"
     "3. (U) Fin.\n",
     'el buque lleva armas', PARTNER_PUBLIC, 'La reunión es el lunes'),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_control_opening_a_marked_portion_is_read(case: tuple[str, str, str, tuple[str, ...], str]) -> None:
    _, text, phrase, levels, released = case
    assert_withheld(text, phrase, levels)
    assert_released(text, released, "usg")
    assert_released(text, phrase, "usg")


# traps: a definition, a quoted retired label, a label word used as an adjective, a mention inside a sentence
TRAPS: list[tuple[str, str, str, str]] = [
    ('definition-noforn',
     "HANDBOOK\n\n1. (U) NOFORN is a dissemination control that keeps information from foreign nationals.\n\n"
     "2. (U) Ask the security office about markings.\n",
     'keeps information from foreign nationals', 'public'),
    ('quoted-retired-label',
     "NOTICE\n\n1. (U) \"For official use only\" labels were retired in 2022 and replaced by CUI.\n\n"
     "2. (U) Old stock may be recycled.\n",
     'labels were retired in 2022', 'public'),
    ('adjective-use',
     "NOTICE\n\n1. (U) For official use only stamps are kept in the front office safe.\n\n2. (U) Ask the clerk.\n",
     'stamps are kept in the front office safe', 'public'),
    ('mid-sentence-mention',
     "TRAINING\n\n1. (U) The course explains when a cable may say not for release to foreign governments and why.\n\n"
     "2. (U) The course lasts two days.\n",
     'The course explains when a cable may say', 'partner'),
]


@pytest.mark.parametrize("case", TRAPS, ids=[c[0] for c in TRAPS])
def test_traps_still_release(case: tuple[str, str, str, str]) -> None:
    _, text, phrase, level = case
    assert_released(text, phrase, level)
