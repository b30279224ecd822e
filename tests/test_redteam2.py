"""Red-team findings, round 2 (memos, partner level, logs): inputs whose versions released text
they must not. Each test failed while the leak existed; they stay as regression tests."""
from __future__ import annotations

import json

import pytest

import sbu_redact
from sbu_redact.check import Checker, CheckOptions


@pytest.fixture(scope="module")
def pipe() -> sbu_redact.Pipeline:
    return sbu_redact.Pipeline()


def _version(pipe, text: str, level: str, partner: str | None = None) -> sbu_redact.Redacted:
    return pipe.redact(text, levels=[level], partner=partner)[level]


# 1. Markdown portion marks the reader does not take for marks: inside emphasis after a list
#    bullet or number (`1. **(S//NF)**`, `- **(S//NF)**`), single-asterisk or underscore
#    emphasis, task-list boxes, footnote definitions, HTML comments, `>(S)` block quotes.
#    The portion counts as unmarked, takes the (UNCLASSIFIED) banner and is released at every
#    level; at public the mark itself is even stripped as an in-text caveat.
MD_REPORT = """\
UNCLASSIFIED

# (U) Weekly report

(U) Summary of the week.

{X}

(U) End of report.

UNCLASSIFIED
"""

MD_MARKS = [
    "1. **(S//NF)** Zulu convoy leaves Kherson on the fourteenth.",
    "- **(S//NF)** Zulu convoy leaves Kherson on the fourteenth.",
    "- *(S//NF)* Zulu convoy leaves Kherson on the fourteenth.",
    "*(S//NF)* Zulu convoy leaves Kherson on the fourteenth.",
    "***(S//NF)*** Zulu convoy leaves Kherson on the fourteenth.",
    "a. **(S//NF)** Zulu convoy leaves Kherson on the fourteenth.",
    "- [ ] (S//NF) Zulu convoy leaves Kherson on the fourteenth.",
    ">(S//NF) Zulu convoy leaves Kherson on the fourteenth.",
    "[^1]: (S//NF) Zulu convoy leaves Kherson on the fourteenth.",
    "<!-- (S//NF) Zulu convoy leaves Kherson on the fourteenth. -->",
]


@pytest.mark.parametrize("line", MD_MARKS)
@pytest.mark.parametrize("level", ["usg", "public"])
def test_markdown_wrapped_secret_mark_is_not_released(pipe, line, level):
    out = _version(pipe, MD_REPORT.replace("{X}", line), level).text
    assert "convoy" not in out


# 2. The reader raises an unmarked portion that contains an embedded mark (`... Monday. (S//NF)
#    ...`, a table row whose second cell is marked) to that mark, but the policy ignores the
#    portion's own marking whenever it is not explicit and uses the document's overall marking.
EMBEDDED_IN_UNMARKED = [
    "The delegation met on Monday. (S//NF) Zulu convoy leaves on the fourteenth.",
    "| Item | Detail |\n|---|---|\n| Zulu | (S//NF) convoy leaves on the fourteenth |",
]


@pytest.mark.parametrize("body", EMBEDDED_IN_UNMARKED)
@pytest.mark.parametrize("level", ["usg", "public"])
def test_embedded_mark_in_unmarked_portion_is_honoured(pipe, body, level):
    out = _version(pipe, MD_REPORT.replace("{X}", body), level).text
    assert "convoy" not in out


# 3. `check` passes public files whose public version would release SECRET//NOFORN text
#    (the same two reader gaps: only an EMBEDDED_MARK warning, or nothing at all).
PUBLIC_SECRET_FILES = [
    "UNCLASSIFIED\n\nThe delegation met on Monday. (S//NF) Zulu convoy leaves on the fourteenth.\n\n"
    "UNCLASSIFIED\n",
    "UNCLASSIFIED\n\n- **(S//NF)** Zulu convoy leaves on the fourteenth.\n- *(C)* Bravo meeting.\n\n"
    "1. **(S)** Golf item.\n\nUNCLASSIFIED\n",
]


@pytest.mark.parametrize("text", PUBLIC_SECRET_FILES)
def test_check_fails_public_file_holding_secret_text(text):
    checker = Checker(options=CheckOptions(public_paths=("public/**",)))
    findings = checker.check_text(text, "public/report.md")
    assert any(f.severity == "error" for f in findings), [f.format() for f in findings]


# 4. YAML front matter before the banner: the banner is not read (only the first non-blank
#    line can be one), the (U) portions set the overall marking and the unmarked paragraph
#    under the SECRET//NOFORN banner is released at every level.
FRONT_MATTER = """\
---
title: Weekly report
date: 2009-05-04
---

SECRET//NOFORN

# (U) Weekly report

(U) The delegation arrived on Tuesday.

The source inside the ministry says the convoy moves through the port on the 14th.
"""


@pytest.mark.parametrize("level", ["usg", "public"])
def test_banner_after_front_matter_is_honoured(pipe, level):
    out = _version(pipe, FRONT_MATTER, level).text
    assert "convoy" not in out


def test_banner_after_front_matter_is_honoured_for_a_partner(pipe):
    out = _version(pipe, FRONT_MATTER, "partner", "GBR").text
    assert "convoy" not in out


# 5. A NOFORN caption line applies to the whole cable, but it is folded into the declared
#    marking's dissemination controls and only unmarked paragraphs inherit it: an (SBU)
#    paragraph (and the SBU subject) of a NOFORN cable goes to the partner, with the NOFORN
#    line still printed in the partner's copy.
NOFORN_CABLE = """\
UNCLAS SECTION 01 OF 02 LAGOS 000456

SENSITIVE
NOFORN
SIPDIS

E.O. 12958: N/A
TAGS: PGOV PREL NI

SUBJECT: (SBU) NIGERIA: GOVERNOR'S SECURITY DETAIL

REF: ABUJA 1234

1. (SBU) Governor Yaro told PolOff on May 3 that the state police will move the detainees to Kaduna on May 9.

2. (U) The Governor's office will announce the transfer publicly next week.

3. Post will follow up.

BROWNE
"""


def test_sbu_paragraph_of_a_noforn_cable_is_not_released_to_a_partner(pipe):
    out = _version(pipe, NOFORN_CABLE, "partner", "GBR").text
    assert "detainees" not in out
    assert "SECURITY DETAIL" not in out


# 6. CUI limited dissemination controls that exclude any foreign government (FEDCON: federal
#    employees only; DL ONLY: the dissemination list only) are released to a partner.
CUI_MEMO = """\
CUI//{C}

SUBJECT: (CUI) Applicant review

(U) The office reviewed 40 files.

(CUI//{C}) The refusal rate at the Lagos consulate rose to 31 percent after the fraud ring was found.

CUI//{C}
"""


@pytest.mark.parametrize("control", ["FEDCON", "DL ONLY"])
def test_cui_federal_or_list_only_portion_is_not_released_to_a_partner(pipe, control):
    out = _version(pipe, CUI_MEMO.replace("{C}", control), "partner", "GBR").text
    assert "fraud ring" not in out


# 7. E-mail headers in memos (From/To/Cc are memo fields, released as they are): names written
#    "Surname, Given" keep the surname, and a To: line of such names is not redacted at all.
EMAIL_MEMO = """\
UNCLASSIFIED

From: Pruitt, Dana K <PruittDK@state.gov>
To: Okonkwo, Adaeze; Lindqvist, Per O
Cc: Haverford, Tomas
Subject: (U) Schedule for Thursday

(U) Please find the schedule attached.

UNCLASSIFIED
"""


@pytest.mark.parametrize("surname", ["Pruitt", "Okonkwo", "Lindqvist", "Haverford"])
def test_names_in_email_headers_are_redacted_at_public(pipe, surname):
    out = _version(pipe, EMAIL_MEMO, "public").text
    assert surname not in out


# 8. Old telegrams' drafting and clearance lines (`DRAFTED BY: CA/VO/L/R:JSMITH:JS`,
#    `APPROVED BY: CA/VO:KWALKER`, clearance lines `CA/P:TBROWN`) name junior staff; some are
#    redacted (when spaCy happens to tag them), others are released.
DRAFTING = """\
UNCLAS STATE 054321

E.O. 12958: N/A
TAGS: CVIS PREL

SUBJECT: (U) VISA POLICY GUIDANCE

1. (U) Posts should apply the revised guidance from June 1.

2. (U) Questions may be directed to the Visa Office.

DRAFTED BY: CA/VO/L/R:JSMITH:JS
APPROVED BY: CA/VO:KWALKER
CA/VO/F:MGARCIA
CA/P:TBROWN
RICE
"""


@pytest.mark.parametrize("name", ["KWALKER", "TBROWN"])
def test_names_in_drafting_and_clearance_lines_are_redacted_at_public(pipe, name):
    out = _version(pipe, DRAFTING, "public").text
    assert name not in out


# 9. A speaker label before a portion mark (`OKONKWO: (SBU) ...`, transcripts and memcons) is
#    read as an enumerator and kept as the portion's lead: it survives in the public version's
#    placeholder and in the audit log's `replacement`, and is never redacted.
TRANSCRIPT = """\
UNCLAS ROME 000988

SENSITIVE
SIPDIS

E.O. 12958: N/A
TAGS: PREL IT

SUBJECT: (U) TRANSCRIPT OF THE MEETING

1. (U) Excerpts from the transcript follow.

OKONKWO: (SBU) We will move the witness to the safe house in Ostia on Friday.

HAVERFORD: (U) We understand and will support the move.

-- LINDQVIST: (SBU) The informant's name must not appear in the file.

SPOGLI
"""


@pytest.mark.parametrize("name", ["OKONKWO", "HAVERFORD", "LINDQVIST"])
def test_speaker_label_names_do_not_survive_at_public(pipe, name):
    version = _version(pipe, TRANSCRIPT, "public")
    assert name not in version.text
    assert name not in json.dumps(version.log_dict(document_id="transcript"))


# 10. A surname redacted as part of a full name elsewhere is released in a REF line
#     (`TAYLOR-ADEBAYO MEETING`), and the second surname is not looked for at all.
REF_NAMES = """\
UNCLASSIFIED

STATE 123456

E.O. 12958: N/A
TAGS: PREL CVIS US NI

SUBJECT: (U) MEETING WITH AMBASSADOR-DESIGNATE OLUWASEUN ADEBAYO

REF: A. STATE 87399 B. LAGOS 1234 (TAYLOR-ADEBAYO MEETING)

1. (U) The meeting took place on May 3.

RICE
"""


def test_surname_in_ref_line_is_redacted_at_public(pipe):
    out = _version(pipe, REF_NAMES, "public").text
    assert "ADEBAYO" not in out
