"""fix48c: old leak classes found by the last sessions' reviewers (issue 8), their documents lost: written fresh here.

Classes (each case below is mine, several wordings and formats each, and each leaked on main `9e2f225b`, /tmp/m48):
1 a release list of countries written in words with no `only` ending its sentence (`Releasable to Canada, Australia
and New Zealand.`, `This may be released to Canada, Australia and New Zealand.`) inside an (SBU) or unmarked paragraph:
no GBR in it, so the paragraph is withheld at partner; 2 a ban on sharing with a UK institution (`Not to be shared with
No. 10 under any circumstances.`, `Number 10`, `Downing Street`, `in any form`, `at all`): the dot of `No.` ended the
excluded words (`controls_in_words`), and the claims' NOFORN way named no UK office; 3 a request to re-mark text
(`Pls mark S//NF and resend`, `This needs to be marked SECRET//NOFORN -- please resend.`, `Can you mark it (S//NF) and
resend?`) above (U) paragraphs: the request states the level of what it is about, withheld at every level; 4 a note
naming a for-official-use or sensitive handling in another language (Welsh `yn sensitif`, Belarusian `для службовага
карыстання`, Polish, German): read as SBU, withheld at public at least; 5 a short note of another language inside a
(U) paragraph about another paragraph by its number (`2. paragrafoa isilpekoa da`, Maltese, Czech, Lithuanian): the
paragraph named is raised; 6 a control or level stated right after an inline (U) in a memo's (U) paragraph (`... on
Monday. (U) NOFORN: the manager ...`, `(U) SECRET: ...`, `(U) CONFIDENTIAL -- ...`).

First run on main (my probes, /tmp/fix48c): class 1 3 of 4 documents leaked; class 2 3 of 12 (`No.` with a dot, and
Number 10 in a (U) paragraph); class 3 5 of 44 wordings x formats leaked (all under an UNCLASSIFIED banner with (U)
marks; `Please mark as SECRET//NOFORN and resend.` itself was read on main); class 4 8 of 11 notes; class 5 6 of 38
(English `para 2 above is secret` inside a (U) paragraph did not leak in any of my formats); class 6 17 of 45 (the
`(U) SECRET//NOFORN - ...` form was withheld on main).

Fix, only raising, each in the module that already reads the concept: 1 `controls_in_words` (rules) reads a list of two
or more capitalised names ending its sentence after `releasable to` / `may be released to` as a release list (REL TO the
countries it names; a list that names no country limits nothing); 2 the excluded words of `controls_in_words` go on past
`No.` before a number, and the claims' NOFORN way (`unresolved_scope.claims`) names the UK offices of
`uk_government_names`; 3 a new way of `unresolved_scope.claims` (`requested`: a request to mark text at a level) whose
claim is always about other text (`scope._claimed`); 4 `unresolved_scope.untranslated.level_words.SBU` holds the
handling in more languages; 5 `foreign_level_sentences` counts a part's number as a word of the note; 6 the backstop
reads the run from the anchor on when the run before it is an inline mark's letters that read as nothing.
Harness (11,405 documents, two halves) on 7f219e2b against main's t0: NEW LEAKS none; fixed 0 (no corpus document of
these classes leaked on main); over-redaction 3,567 -> 3,568, 1 new (adv116-006: its OCR'd page footer `--- page 2 ---
SEGRET` read as a numbered note by class 5's rule); the rule then left English part words out (`page 2` is no note's),
and adv116-006 is ok again (rounds 116, 127, 144, 156, 158 rerun: 0 new leaks, 0 new over-redaction).
Left: `(U) NF: ...` (NF alone as a label), Azerbaijani `2-ci paraqraf məxfidir`, a bare (U) paragraph holding only a
foreign handling phrase (`(U) Для службовага карыстання.`: its English form `(U) For Official Use Only.` is released
on main too, a (U) mark says its text is uncontrolled).
"""
from __future__ import annotations

import pytest

from released import assert_released, level_case_tests

# (id, document, phrases withheld at `levels`, levels, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    ('rel-list-no-only-end-of-sbu-para',
     'SENSITIVE BUT UNCLASSIFIED\n\nSUBJECT: (SBU) Frigate tender\n\n1. (SBU) The navy will award the frigate refit to the Halifax yard in June. Releasable to Canada, Australia and New Zealand.\n\n2. (SBU) The budget line for the refit sits under the 2027 supplemental.\n\nSENSITIVE BUT UNCLASSIFIED\n',
     ['award the frigate refit to the Halifax yard'], ('partner',), ['budget line for the refit']),
    ('rel-list-oxford-comma-unmarked-memo',
     'SENSITIVE BUT UNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: Pacific fisheries patrol\n\nThe coast guard cutter will shadow the Chinese trawler fleet off the Solomons from 4 August. Releasable to Canada, Australia, and New Zealand.\n\n(SBU) Fuel for the patrol is drawn from the Guam depot.\n\nSENSITIVE BUT UNCLASSIFIED\n',
     ['shadow the Chinese trawler fleet off the Solomons'], ('partner',), []),
    ('rel-may-be-released-email',
     "Classification: SENSITIVE BUT UNCLASSIFIED\n\nFrom: Ames, Pat\nTo: Lee, Dana\nSubject: (SBU) Port visit\n\nDana,\n\n(SBU) The carrier's port call at Darwin moves to 19 September because of the pier repairs. This may be released to Canada, Australia and New Zealand.\n\n(SBU) Liberty policy is unchanged.\n\nPat\n\nClassification: SENSITIVE BUT UNCLASSIFIED\n",
     ['port call at Darwin moves to 19 September'], ('partner',), []),
    ('ban-no10-under-any-circumstances',
     'SENSITIVE BUT UNCLASSIFIED\n\n1. (SBU) The trade negotiators will concede on dairy quotas if pressed in the final round. Not to be shared with No. 10 under any circumstances.\n\n2. (SBU) The next round opens in Geneva on 3 March.\n\nSENSITIVE BUT UNCLASSIFIED\n',
     ['concede on dairy quotas if pressed'], ('partner',), ['next round opens in Geneva']),
    ('ban-number10-in-u-paragraph',
     'UNCLASSIFIED\n\n(U) The trade negotiators will concede on dairy quotas if pressed. Not to be shared with Number 10 under any circumstances.\n\nUNCLASSIFIED\n',
     ['concede on dairy quotas if pressed'], ('partner',), []),
    ('ban-no10-in-any-form',
     'SENSITIVE BUT UNCLASSIFIED\n\n(SBU) The fallback on steel is a 12 percent cap. Do not share with No. 10 in any form.\n\nSENSITIVE BUT UNCLASSIFIED\n',
     ['fallback on steel is a 12 percent cap'], ('partner',), []),
    ('note-basque-in-cable-u-para',
     'UNCLAS MADRID 001188\n\nSUBJECT: PORT SECURITY\n\n1. (U) THE PORT WILL INSTALL SCANNERS NEXT YEAR.\n\n2. (U) THE TERMINAL MANAGER HELPS A GALICIAN COCAINE CLAN MOVE CONTAINERS.\n\n3. (U) I WILL REPORT NEXT WEEK. 2. PARAGRAFOA ISILPEKOA DA.\n\nFUENTES\n',
     ['HELPS A GALICIAN COCAINE CLAN'], ('usg', 'partner', 'public'), []),
    ('note-basque-unnumbered-paras',
     'UNCLASSIFIED\n\n(U) The port will install scanners next year.\n\n(U) The terminal manager helps a Galician cocaine clan move containers.\n\n(U) I will report next week. 2. paragrafoa isilpekoa da.\n\nUNCLASSIFIED\n',
     ['helps a Galician cocaine clan'], ('usg', 'partner', 'public'), []),
    ('fouo-welsh-note-following-para',
     "UNCLASSIFIED\n\n(U) Mae'r cyfarfod ddydd Mawrth.\n\n(U) Nodyn: mae'r paragraff canlynol yn sensitif.\n\n(U) The council plans to close the Llanberis school in September.\n\nUNCLASSIFIED\n",
     ['close the Llanberis school'], ('public',), ['cyfarfod ddydd Mawrth']),
    ('fouo-welsh-handling-line',
     'UNCLASSIFIED\n\nTrin: yn sensitif\n\n1. (U) The council plans to close the Llanberis school in September.\n\nUNCLASSIFIED\n',
     ['close the Llanberis school'], ('public',), []),
    ('u-then-noforn-inside-memo-para',
     'MEMORANDUM FOR THE RECORD\n\nSUBJECT: (U) Site visit\n\n(U) The team visited the plant on Monday. (U) NOFORN: the manager admitted the hall runs at twice the declared capacity.\n\n(U) The team returns Friday.\n',
     ['the manager admitted the hall runs at twice'], ('partner',), ['The team returns Friday']),
    ('remark-pls-mark-letters',
     'UNCLASSIFIED\n\n(U) Pls mark S//NF and resend\n\n(U) The source reports that the militia moved two launchers to the Qaim depot on Tuesday.\n\nUNCLASSIFIED\n',
     ['moved two launchers'], ('usg', 'partner', 'public'), []),
    ('remark-needs-to-be-marked',
     'UNCLASSIFIED\n\n(U) This needs to be marked SECRET//NOFORN -- please resend.\n\n(U) The source reports that the militia moved two launchers to the Qaim depot on Tuesday.\n\nUNCLASSIFIED\n',
     ['moved two launchers'], ('usg', 'partner', 'public'), []),
    ('remark-re-mark-one-slash',
     'UNCLASSIFIED\n\n(U) Please re-mark SECRET/NOFORN & resend.\n\n(U) The source reports that the militia moved two launchers to the Qaim depot on Tuesday.\n\nUNCLASSIFIED\n',
     ['moved two launchers'], ('usg', 'partner', 'public'), []),
    ('remark-mark-this-send-again',
     'UNCLASSIFIED\n\n(U) Mark this S//NF and send it again, please.\n\n(U) The source reports that the militia moved two launchers to the Qaim depot on Tuesday.\n\nUNCLASSIFIED\n',
     ['moved two launchers'], ('usg', 'partner', 'public'), []),
    ('remark-can-you-mark-it-paren',
     'UNCLASSIFIED\n\n(U) Can you mark it (S//NF) and resend?\n\n(U) The source reports that the militia moved two launchers to the Qaim depot on Tuesday.\n\nUNCLASSIFIED\n',
     ['moved two launchers'], ('usg', 'partner', 'public'), []),
    ('fouo-belarusian-note-next-para',
     "UNCLASSIFIED\n\n(U) Mae'r cyfarfod ddydd Mawrth.\n\n(U) Заўвага: наступны абзац для службовага карыстання.\n\n(U) The council plans to close the Llanberis school in September.\n\nUNCLASSIFIED\n",
     ['close the Llanberis school'], ('public',), []),
    ('fouo-welsh-trin-label',
     "UNCLASSIFIED\n\n(U) Mae'r cyfarfod ddydd Mawrth.\n\nTrin: yn sensitif\n\n(U) The council plans to close the Llanberis school in September.\n\nUNCLASSIFIED\n",
     ['close the Llanberis school'], ('public',), []),
    ('fouo-polish-note',
     "UNCLASSIFIED\n\n(U) Mae'r cyfarfod ddydd Mawrth.\n\n(U) Uwaga: następny akapit do użytku służbowego.\n\n(U) The council plans to close the Llanberis school in September.\n\nUNCLASSIFIED\n",
     ['close the Llanberis school'], ('public',), []),
    ('fouo-german-note',
     "UNCLASSIFIED\n\n(U) Mae'r cyfarfod ddydd Mawrth.\n\n(U) Hinweis: der folgende Absatz nur für den Dienstgebrauch.\n\n(U) The council plans to close the Llanberis school in September.\n\nUNCLASSIFIED\n",
     ['close the Llanberis school'], ('public',), []),
    ('fouo-welsh-this-document',
     "UNCLASSIFIED\n\n(U) Mae'r cyfarfod ddydd Mawrth.\n\n(U) Nodyn: mae'r ddogfen hon yn sensitif.\n\n(U) The council plans to close the Llanberis school in September.\n\nUNCLASSIFIED\n",
     ['close the Llanberis school'], ('public',), []),
    ('fouo-belarusian-label-only',
     "UNCLASSIFIED\n\n(U) Mae'r cyfarfod ddydd Mawrth.\n\nПазнака: для службовага карыстання\n\n(U) The council plans to close the Llanberis school in September.\n\nUNCLASSIFIED\n",
     ['close the Llanberis school'], ('public',), []),
    ('note-basque-ordinal-cable',
     'UNCLAS MADRID 001188\n\nSUBJECT: PORT SECURITY\n\n1. (U) THE PORT WILL INSTALL SCANNERS NEXT YEAR.\n\n2. (U) THE TERMINAL MANAGER HELPS A GALICIAN COCAINE CLAN MOVE CONTAINERS.\n\n3. (U) I WILL REPORT NEXT WEEK. 2. PARAGRAFOA ISILPEKOA DA.\n\nFUENTES\n',
     ['HELPS A GALICIAN COCAINE CLAN'], ('usg', 'partner', 'public'), []),
    ('note-maltese-in-u-para',
     'UNCLASSIFIED\n\n(U) The port will install scanners next year.\n\n(U) The terminal manager helps a Galician cocaine clan move containers.\n\n(U) I will report next week. Paragrafu 2 huwa sigriet.\n\nUNCLASSIFIED\n',
     ['helps a Galician cocaine clan'], ('usg', 'partner', 'public'), []),
    ('note-czech-in-cable',
     'UNCLAS MADRID 001188\n\nSUBJECT: PORT SECURITY\n\n1. (U) THE PORT WILL INSTALL SCANNERS NEXT YEAR.\n\n2. (U) THE TERMINAL MANAGER HELPS A GALICIAN COCAINE CLAN MOVE CONTAINERS.\n\n3. (U) I WILL REPORT NEXT WEEK. 2. ODSTAVEC JE TAJNÝ.\n\nFUENTES\n',
     ['HELPS A GALICIAN COCAINE CLAN'], ('usg', 'partner', 'public'), []),
    ('note-lithuanian-in-u-para',
     'UNCLASSIFIED\n\n(U) The port will install scanners next year.\n\n(U) The terminal manager helps a Galician cocaine clan move containers.\n\n(U) I will report next week. 2. pastraipa yra slapta.\n\nUNCLASSIFIED\n',
     ['helps a Galician cocaine clan'], ('usg', 'partner', 'public'), []),
    ('u-noforn-colon-unclassified-memo',
     'UNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\n\n(U) The team visited the plant on Monday. (U) NOFORN: the manager admitted the hall runs at twice the declared capacity.\n\n(U) The team returns Friday.\n\nUNCLASSIFIED\n',
     ['the manager admitted the hall runs at twice'], ('partner',), []),
    ('u-noforn-dash-numbered',
     'MEMORANDUM\n\n1. (U) The team visited the plant on Monday. (U) NOFORN - the manager admitted the hall runs at twice the declared capacity.\n\n2. (U) The team returns Friday.\n',
     ['the manager admitted the hall runs at twice'], ('partner',), []),
    ('u-secret-colon-inside',
     'MEMORANDUM FOR THE RECORD\n\nSUBJECT: (U) Site visit\n\n(U) The team visited the plant on Monday. (U) SECRET: the manager admitted the hall runs at twice the declared capacity.\n\n(U) The team returns Friday.\n',
     ['the manager admitted the hall runs at twice'], ('usg', 'partner', 'public'), []),
    ('u-confidential-dashes-numbered',
     'MEMORANDUM\n\n1. (U) The team visited the plant on Monday. (U) CONFIDENTIAL -- the manager admitted the hall runs at twice the declared capacity.\n\n2. (U) The team returns Friday.\n',
     ['the manager admitted the hall runs at twice'], ('usg', 'partner', 'public'), []),
]

# (id, level, document, a phrase that level must still release): the same shapes that state nothing
TRAPS: list[tuple[str, str, str, str]] = [
    ('trap-rel-with-uk', 'partner',
     'SENSITIVE BUT UNCLASSIFIED\n\n1. (SBU) The navy will award the frigate refit to the Halifax yard in June. Releasable to Canada, Australia, New Zealand and the UK.\n\n2. (SBU) The budget line sits under the 2027 supplemental.\n\nSENSITIVE BUT UNCLASSIFIED\n',
     'award the frigate refit to the Halifax yard'),
    ('trap-rel-with-uk-usg', 'usg',
     'SENSITIVE BUT UNCLASSIFIED\n\n1. (SBU) The navy will award the frigate refit to the Halifax yard in June. Releasable to Canada, Australia and New Zealand.\n\n2. (U) The budget line sits under the 2027 supplemental.\n\nSENSITIVE BUT UNCLASSIFIED\n',
     'award the frigate refit to the Halifax yard'),
    ('trap-no10-bus', 'partner',
     'UNCLASSIFIED\n\n(U) Delegates should take the No. 10 bus from the station to the conference centre.\n\n(U) Lunch is at noon.\n\nUNCLASSIFIED\n',
     'take the No. 10 bus from the station'),
    ('trap-number10-list', 'partner',
     'UNCLASSIFIED\n\n(U) Number 10 of the list is the harbour master, who chairs the port committee.\n\n(U) Lunch is at noon.\n\nUNCLASSIFIED\n',
     'Number 10 of the list is the harbour master'),
    ('trap-attendance', 'public',
     'UNCLASSIFIED\n\n(U) Please mark the attendance sheet and resend it to the front office by Friday.\n\n(U) The training room is booked for Tuesday.\n\nUNCLASSIFIED\n',
     'training room is booked for Tuesday'),
    ('trap-welsh-greeting', 'public',
     'UNCLASSIFIED\n\n(U) Bore da pawb! Croeso i Gaerdydd.\n\n(U) The cultural exchange opens in Cardiff on 2 March with a choir concert.\n\nUNCLASSIFIED\n',
     'cultural exchange opens in Cardiff'),
    ('trap-no10-any-circ-usg', 'usg',
     'SENSITIVE BUT UNCLASSIFIED\n\n1. (SBU) The negotiators will concede on dairy quotas. Not to be shared with No. 10 under any circumstances.\n\n2. (U) The next round opens in Geneva.\n\nSENSITIVE BUT UNCLASSIFIED\n',
     'concede on dairy quotas'),
]


test_withheld, test_released = level_case_tests(CASES)


@pytest.mark.parametrize("case_id,level,text,phrase", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_released(case_id: str, level: str, text: str, phrase: str) -> None:
    assert_released(text, phrase, level)
