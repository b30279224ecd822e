"""The classes of leak that round 21's first run found (tests/corpus/adversarial21/FIRST_RUN.md), on
documents written for this test: a correction notice that names a paragraph and its new mark, a
comment whose mixed-case label has a dash run against its mark, an unmarked item of a check-box
action list, and unmarked lettered sub-paragraphs after a marked one."""
import pytest

import sbu_redact

_CABLE = """S E C R E T AMMAN 002210

{notice}

SIPDIS

E.O. 12958: DECL: 09/01/2018
TAGS: PREF, JO
SUBJECT: JORDAN: REFUGEE NUMBERS

Classified By: Ambassador Jane Roe for reasons 1.4 (b) and (d)

1. (U) UNHCR reported 54,000 registered refugees.

2. (U) The officer said the King will not publish the survey and asked donors not to cite it.

3. (U) Post will report septel.
"""


@pytest.mark.parametrize("notice", ["C O R R E C T E D  C O P Y (PARAGRAPH 2 MARKING CORRECTED FROM (U) TO (S))",
                                    "CORRECTED COPY: PARA 2 CLASSIFICATION CHANGED TO SECRET",
                                    "Corrected copy - paragraph 2 marking amended from (U) to (C)"])
def test_a_correction_notice_raises_the_paragraph_it_names(notice):
    text = _CABLE.format(notice=notice)
    second = [p for p in sbu_redact.read(text).portions if p.number == 2][0]
    assert second.marking.level in ("CONFIDENTIAL", "SECRET")
    usg = sbu_redact.Pipeline().redact(text, levels=["usg"])["usg"].text
    assert "will not publish the survey" not in usg
    assert "Post will report septel." in usg


def test_a_comment_label_with_a_dash_run_against_its_mark():
    text = _CABLE.format(notice="") + "\nEmbassy comment --(C)-- the palace timed the verdict. End comment.\n"
    usg = sbu_redact.Pipeline().redact(text, levels=["usg"])["usg"].text
    assert "the palace timed the verdict" not in usg
    assert "Post will report septel." in usg


_ACTIONS = """CONFIDENTIAL

ACTION ITEMS - staff meeting

[x] (U) Send the fact sheet to the press office.
[ ] (C) Draft talking points on the intelligence law.
[ ] (U) Confirm the date of the consultations.
[ ] Ask INR whether the draft gives the services access to bank records.
[x] (U) Circulate minutes.

CONFIDENTIAL
"""


def test_an_unmarked_check_box_item_is_a_portion_of_its_own():
    usg = sbu_redact.Pipeline().redact(_ACTIONS, levels=["usg"])["usg"].text
    assert "access to bank records" not in usg
    assert "Confirm the date of the consultations." in usg


_LOU = """LIMITED OFFICIAL USE WARSAW 012210

E.O. 12356: N/A
TAGS: EFIN, PL
SUBJECT: POLAND: BUDGET PLANS

1. (U) THE FINANCE MINISTER PRESENTED HIS BUDGET OUTLINE.

2. (LOU) MINISTRY CONTACTS TOLD ECONOFF THE FOLLOWING:
   A. (U) THE DEFICIT TARGET WILL BE KEPT.
   B. THE MINISTRY WILL ASK THE IMF TO DELAY THE NEXT REVIEW.
   C. PENSION INDEXATION WILL BE SUSPENDED QUIETLY.

3. (U) THE SEJM WILL VOTE IN DECEMBER.
"""


def test_unmarked_sub_paragraphs_after_a_marked_one_are_not_its_text():
    public = sbu_redact.Pipeline().redact(_LOU, levels=["public"])["public"].text
    assert "DELAY THE NEXT REVIEW" not in public
    assert "PENSION INDEXATION" not in public
    assert "THE DEFICIT TARGET WILL BE KEPT." in public
