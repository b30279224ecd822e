"""fix50a: an in-text control must not be stripped while its text is released (issue 8, session s50).

At a level whose policy removes in-text caveats (public), detection's CONTROL_MARKING findings inside a released
portion were removed ("in-text caveat removed at public") and the rest of the portion released: `2. (U) Handle as
SBU. The visa fraud ring ...` came out as `2. (U) Handle as . The visa fraud ring ...`, a clean-looking release.
`sbu_redact/in_text_controls.py` withholds such a portion at every level the control, rolled up with the portion's
marking, excludes (its reason names the control and MARKING_IN_TEXT; listed for review); mentions are the
backstop's (`backstop.is_mention`). `check` applies it too.

First run (my 47 fresh documents, /tmp/fix50a/docs: 32 with an in-text control in varied positions and wordings in
cables, memos, e-mails, a table and a chat, 15 traps): on main `e8e4ac0d` 9 of the 32 leaked (7 at public only,
2 at partner and public); after: 3 (`Controlled Unclassified Information follows.` in mixed case, `kept US ONLY`,
`(not for foreign dissemination)`: no CONTROL_MARKING finding, left); the 15 traps are released as on main.
The cases below are new (fresh wording); each withheld case fails on main (9 cases, plus the reason and `check`
tests), the traps pass on both.
Whole harness (11,781 documents) against t0 (main `e8e4ac0d`): NEW LEAKS 0, fixed 0 (t0 holds no leaking document);
over-redaction at usg 3,724 -> 3,724 (a first version that also read levels, `(C)` and `TOP SECRET`, over-redacted
29 traps at usg: levels are the reader's and the backstop's, only controls count here). Partner: the rule fired in 4
documents, none drops a releasable phrase (partner_over: 38 -> 38, 0 new). Public (not counted by the harness):
28 documents withhold more than on main: 21 leak-class documents (`a`) of SBU/FOUO/LES/CUI text with a statement in
words (bulletins' LES/FOUO handling notices, rounds 185-191's SBU/CUI release notes), and 7 correctly marked or trap
documents whose training or explainer prose names a designation in a form the backstop's mention test does not
take as a mention (`pick UNCLASSIFIED or SBU from the dropdown`, `A CUI banner appears`): over-redaction at public.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld, level_case_tests

PUBLIC = ("public",)
FOREIGN = ("partner", "public")

MEMO = "UNCLASSIFIED\n\nSUBJECT: {subject}\n\n1. (U) The committee met on 9 October in the annex.\n\n{body}\n\n" \
       "3. (U) The committee meets again in November.\n\nUNCLASSIFIED\n"
MAIL = "From: desk@state.example\nTo: post@state.example\nSubject: {subject}\nClassification: UNCLASSIFIED\n\n" \
       "(U) Thanks for the update on the visit.\n\n{body}\n\n(U) Best, the desk\n\nClassification: UNCLASSIFIED\n"
CABLE = "UNCLAS ACCRA 000412\nSIPDIS\nE.O. 12958: N/A\nTAGS: PREL\nSUBJECT: {subject}\n\n1. (U) The visit went well.\n\n" \
        "{body}\n\n3. (U) Embassy will follow up next week.\n"

# (id, document, phrases withheld at `levels`, levels, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], tuple[str, ...], list[str]]] = [
    ('fouo-mid-sentence-memo',
     MEMO.format(subject="Audit", body="2. (U) The auditor noted, in a passage that is For Official Use Only, that "
                                        "the procurement chief approved three invoices twice."),
     ['the procurement chief approved three invoices twice'], PUBLIC, ['The committee met on 9 October']),
    ('sbu-opening-word-mail',
     MAIL.format(subject="Guards", body="(U) SBU -- please hold close. The night shift at the warehouse has left "
                                         "the rear door unlocked since June."),
     ['has left the rear door unlocked since June'], PUBLIC, ['Thanks for the update on the visit']),
    ('sbu-after-first-sentence-cable',
     CABLE.format(subject="Consular", body="2. (U) Lines were long this week. Treat as SBU: the visa printer at the "
                                            "consulate can be opened without a key."),
     ['the visa printer at the consulate can be opened without a key'], PUBLIC, ['The visit went well']),
    ('sbu-in-words-after-semicolon-memo',
     MEMO.format(subject="Power", body="2. (U) We spoke at length; what follows is Sensitive But Unclassified, so "
                                        "the generator at the chancery fails every third test."),
     ['the generator at the chancery fails every third test'], PUBLIC, ['The committee met on 9 October']),
    ('fouo-title-case-aside-cable',
     CABLE.format(subject="Roof", body="2. (U) The contractor, speaking For Official Use Only, admitted the roof "
                                        "survey was never done."),
     ['admitted the roof survey was never done'], PUBLIC, []),
    ('sbu-named-as-caveat-between-commas-mail',
     MAIL.format(subject="Vault", body="(U) Note the caveat for this para, SBU, before forwarding: the vault "
                                        "combination was written on a desk pad."),
     ['the vault combination was written on a desk pad'], PUBLIC, []),
    ('sbu-statement-in-table-row',
     "UNCLASSIFIED\n\nTopic | Owner | Note\n(U) Lease | GSO | renewal due\n(U) Keys | RSO | sensitive but unclassified: "
     "the master key for the residence was copied twice\n(U) Fuel | FMO | routine\n\nUNCLASSIFIED\n",
     ['the master key for the residence was copied twice'], PUBLIC, []),
    ('fouo-lower-case-statement-memo',
     MEMO.format(subject="Staff", body="2. (U) Our own note, for official use only: the deputy director will not "
                                        "renew the local guard contract."),
     ['the deputy director will not renew the local guard contract'], PUBLIC, []),
    ('us-persons-only-dissemination-memo',
     MEMO.format(subject="Sources", body="2. (U) Dissemination of this item is restricted to US persons only; the "
                                         "harbour pilot has been reporting to the station chief."),
     ['the harbour pilot has been reporting to the station chief'], FOREIGN, []),
]

test_withheld, test_released = level_case_tests(CASES)

# (id, document, phrases released at public and at partner): mentions of a control, a control said to be removed
TRAPS: list[tuple[str, str, list[str]]] = [
    ('trap-defines-fouo',
     MEMO.format(subject="Training", body="2. (U) Course notes: FOUO means For Official Use Only; the module on it "
                                          "runs for two hours."),
     ['runs for two hours']),
    ('trap-quoted-sbu-label',
     MAIL.format(subject="Labels", body="(U) Nobody uses the old \"SBU\" label any more; the help desk took it out "
                                        "of the template."),
     ['the help desk took it out of the template']),
    ('trap-caveat-removed',
     CABLE.format(subject="Reports", body="2. (U) The NOFORN caveat was lifted from the harvest report last month "
                                           "and the report is now on the website."),
     ['the report is now on the website']),
    ('trap-formerly-fouo-released',
     MEMO.format(subject="Fees", body="2. (U) Previously FOUO, the price list was released in full in April."),
     ['the price list was released in full']),
    ('trap-legend',
     MEMO.format(subject="Legend", body="2. (U) Legend for the annex: NF = NOFORN; the annex itself is not attached."),
     ['the annex itself is not attached']),
    ('trap-plain-text',
     MAIL.format(subject="Picnic", body="(U) The staff picnic moves to the river park on Saturday at noon."),
     ['The staff picnic moves to the river park']),
]


@pytest.mark.parametrize("case_id,text,released", TRAPS, ids=[t[0] for t in TRAPS])
@pytest.mark.parametrize("level", ["public", "partner"])
def test_traps_release(case_id: str, text: str, released: list[str], level: str) -> None:
    for phrase in released:
        assert_released(text, phrase, level)


def test_reason_names_the_control() -> None:
    import sbu_redact

    text = CASES[1][1]
    out = sbu_redact.Pipeline().redact(text, levels=["public"])["public"]
    raised = [d for d in out.decisions if d.withheld and d.rule == "public.in_text_controls"]
    assert len(raised) == 1 and "MARKING_IN_TEXT" in raised[0].reason and "'SBU'" in raised[0].reason
    assert raised[0].review


def test_check_fails_closed_on_the_same_text() -> None:
    from sbu_redact.check import Checker

    found = Checker().check_text(CASES[0][1], public=True, pii=False)
    assert any(f.code == "PUBLIC_WITHHELD" and "FOUO" in f.message for f in found)
