"""fix43g: structure and handling lines leaking in round 175 (issue 8), by class.

First run (lead43, whole harness C1): adv175-004, -006, -014, -017 and -028 leaked. Fixed: 004 (a cable id and date
reprinted between the halves of a (C//NF) sentence, then a bare (U)), 006 (a letter-spaced lower-case
`c o n f i d e n t i a l section 02 of 03 ...` break line) in `resumed_portions` (such lines are page lines a cut
sentence may end on); 014 (`NOFORN - DO NOT FORWARD - TKT 58812` under TAGS) and 017 (`NO RELEASE OUTSIDE USG -
MARTINEZ` between `====` rules in a memo) in `handling_data_lines` (a no-foreign handling line with data states
NOFORN for the document). Still open: 028 (a JSON header's classification over records all `"level": "U"`).
Cases below are written fresh (other posts, wording and formats); 5 of the 6 withheld cases fail on lead43
(cf20c8d0); the Lima one guards, and two lines with data that state no limit still release.
"""
from __future__ import annotations

import pytest

import sbu_redact

_CABLE = """VZCZCXRO1234
PP RUEHWEB
DE RUEHAK #{n} 3401122
ZNY CCCCC ZZH
P 021130Z DEC 26
FM AMEMBASSY {post}
TO RUEHC/SECSTATE WASHDC PRIORITY 221

{banner}

E.O. 13526: DECL: 12/05/2036
TAGS: PGOV PREL
SUBJECT: (U) Cabinet Changes

Classified By: DCM Ana Ferreira for reasons 1.4 (d)

1. (U) The cabinet met on Monday to approve the budget.

2. ({mark}) A senior adviser told us that the finance minister was removed because he opposed

{brk}

(U)
the secret transfer of reserve funds to a bank owned by the president's nephew last year.

3. (U) The budget was published on Tuesday.

FERREIRA
"""

_SECRET = "the secret transfer of reserve funds to a bank owned by the president's nephew"

_BREAKS = [
    ("C//NF", "CONFIDENTIAL//NOFORN ANKARA 000455", "26ANKARA455      2026-12-02", "ANKARA", 455),
    ("S", "SECRET SECTION 01 OF 02 ACCRA 000318", "s e c r e t   section 02 of 02 accra 000318", "ACCRA", 318),
    ("C", "CONFIDENTIAL SECTION 01 OF 02 LIMA 000077", "C O N F I D E N T I A L section 2 of 2", "LIMA", 77),
]


@pytest.mark.parametrize("mark,banner,brk,post,n", _BREAKS)
def test_reprinted_header_mid_sentence_keeps_the_rest_withheld(mark: str, banner: str, brk: str, post: str,
                                                                n: int) -> None:
    text = _CABLE.format(mark=mark, banner=banner, brk=brk, post=post, n=n)
    out = sbu_redact.Pipeline().redact(text, levels=["usg", "partner", "public"], partner="GBR")
    for level in ("usg", "partner", "public"):
        assert _SECRET not in out[level].text, level
    assert "The budget was published on Tuesday." in out["usg"].text


_UNCLAS_CABLE = """VZCZCXYZ0100
RR RUEHWEB
DE RUEHPP #100 3391530
ZNR UUUUU ZZH
R 040830Z DEC 26
FM AMEMBASSY PHNOM PENH
TO RUEHC/SECSTATE WASHDC 612

UNCLAS PHNOM PENH 000100

SENSITIVE

E.O. 13526: N/A
TAGS: SNAR KCRM
{line}
SUBJECT: (SBU) POLICE ON BORDER SMUGGLING

1. (U) THE POLICE ANNOUNCED NEW CHECKPOINTS ON NOVEMBER 30.

2. (SBU) A MAJOR SAID THE CHECKPOINT ROTAS ARE SOLD TO SMUGGLERS EACH WEEK.

3. (U) EMBASSY WILL FOLLOW UP.
"""

_MEMO = """UNCLASSIFIED//SBU

CONSULATE GENERAL LAGOS - FACILITIES
MEMORANDUM

TO: Section Chiefs
DATE: December 3, 2026
SUBJECT: Generator maintenance

**************************************************
{line}
**************************************************

1. (U) The generators will be serviced on Friday.

2. (SBU) The fuel supplier is suspected of diverting diesel to a militia in the delta.

3. (U) Expect short outages.
"""


@pytest.mark.parametrize("line", ["NOFORN - NOT FOR ONWARD DISTRIBUTION - REF 44120", "NOFORN / TICKET 9921 / OPS",
                                  "NO RELEASE OUTSIDE USG - OKAFOR"])
def test_handling_line_with_data_keeps_sbu_from_partner(line: str) -> None:
    for form, secret in ((_UNCLAS_CABLE, "CHECKPOINT ROTAS ARE SOLD TO SMUGGLERS"),
                         (_MEMO, "diverting diesel to a militia")):
        out = sbu_redact.Pipeline().redact(form.format(line=line), levels=["usg", "partner"], partner="GBR")
        assert secret not in out["partner"].text, (line, form[:20])
        assert secret in out["usg"].text


@pytest.mark.parametrize("line", ["DISTRIBUTION - POL, ECON, RSO", "PLEASE FORWARD - REF 44120"])
def test_other_lines_with_data_still_release_sbu_to_partner(line: str) -> None:
    out = sbu_redact.Pipeline().redact(_UNCLAS_CABLE.format(line=line), levels=["partner"], partner="GBR")
    assert "THE POLICE ANNOUNCED NEW CHECKPOINTS" in out["partner"].text
