"""open37c: partner release lists, evenly spaced control lines, escaped list dashes, spaced footers (issue 8).

Classes (reviewers' documents review36b 24, 28, 48; review36m 56-58; review36s s28; harness adv150-008, adv150-052,
each with at least two variants of my own written before reading the reader): 1 a NOFORN field whose only
controlled portion is REL TO GBR or only a quote of another message; 2 an export whose banner field names a REL TO
list without GBR; 3 evenly spaced long control lines; 4 GBR left out of a Five Eyes list in words; 5 letter-spaced
footer banners (`S B U   -   N O F O R N`, `S B U / / N O F O R N`); 6 escaped marks after escaped list markers.

First run on main `41a188a` (before any change; 37 cases, 21 failed). Leaks:
- 1: review 24 (the (U) roster line; its REL TO GBR grid line passed), review 28, held-email-quote,
  held-memo-rel-aus-gbr; passed: held-cable-rel-gbr (a caps cable's `NOFORN` caption line).
- 2: review 48, export-json-banner-only; passed: export-yaml, export-json-reversed.
- 3: all five spaced lines (56 LES, 57 FOUO, 58 NOFORN words, an SBU header only, an LOU cable) and the
  NOFORN-words footer; passed: a spaced FOUO line in an e-mail.
- 4: s28 `Five Eyes minus UK`, `excluding the United Kingdom`, `other than the UK`; passed: `FVEY except GBR`.
- 5: all three (adv150-008, `S B U / / N O F O R N`, `L E S  -  N O F O R N` header).
- 6: adv150-052 and `\\* \\(SBU\\)`; passed: `\\+ \\(U//FOUO\\)`, `1\\. \\(SBU\\)` (but its later
  `\\(U\\)` item was over-redacted at public).
Fixed here: 3 and 5 (reader/spaced_controls.py: an evenly spaced line, or one parted by a spaced hyphen, that
spells marking tokens throughout reads as those tokens), 4 (rules/markings.yaml: the exception sentence also after
a `Distribution:` field or "share with", and `minus`/`less`), 6 (escaped_marks.py: an escaped list marker before an
escaped mark reads as a list marker, and a plain `\\(U\\)` after one is an item mark, not LaTeX math), 2
(reader/document_controls.py, rules `reader_words.structure_banner_key`: a structure's `"banner"` field states the
document's controls as a classification field does; with a release field beside it both are carried, so REL TO
USA, AUS and REL TO USA, GBR leave USA only), 1 for a release field (reader/release_field_limit.py: a portion whose
own mark carries a REL TO list cannot hold a NOFORN field, nor can a mail quote `> (C) ...`; with only such
portions beside it, plain (U) text takes the field's NOFORN).
Left (strict xfails below): review 28 (a `Handling: NOFORN` inside a chat message is not read as a release field,
and the quoted `> (C)` after a chat prefix is not read as a mark: another class). A spaced level alone
(`U N C L A S S I F I E D`) is read only beside a spaced control line of several words (the footer-only variant).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")
PARTNER = ("partner", "public")
PUBLIC = ("public",)

# ---------------------------------------------------------------- class 1: a NOFORN field whose only controlled
# portion is REL TO GBR (so it cannot hold the field) or only a quote of another message
REVIEW_24 = """MEMORANDUM
Dissemination: NOFORN

(U) The Brize liaison roster is attached.
(C//REL TO USA, GBR) The exercise area is grid reference 4471.
(U) Questions to the J3 desk.
"""
REVIEW_28 = """[09:12] maj.ortiz: > (C) earlier: the range is closed
[09:13] capt.hale: Handling: NOFORN for this thread
[09:14] capt.hale: (U) The Brize liaison roster is posted.
[09:15] maj.ortiz: (U) thanks
"""
HELD_CABLE = """UNCLASSIFIED
NOFORN

SUBJECT: (U) LIAISON VISIT

1. (U) THE NORTHOLT VISIT SCHEDULE IS ENCLOSED.

2. (S//REL TO USA, GBR) THE TEAM WILL USE HANGAR SEVEN.

3. (U) POST WILL FOLLOW UP.
"""
HELD_EMAIL = """From: Ops Desk
To: Liaison Cell
Subject: RE: range status
Handling: NOFORN

(U) The Lossiemouth tasking list goes out tomorrow.

> On Monday the range officer wrote:
> (C) the range is closed until further notice

(U) Thanks.
"""
HELD_MEMO_AUS = """MEMORANDUM FOR RECORD
Dissemination: NOFORN

(U) The Akrotiri fuel plan is attached.
(C//REL TO USA, AUS, GBR) The tanker arrives on day four.
"""

# ---------------------------------------------------------------- class 2: an export whose banner field names a
# REL TO list without GBR while another field names GBR
REVIEW_48 = """{
  "banner": "UNCLASSIFIED//FOUO//REL TO USA, AUS",
  "releasability": "REL TO USA, GBR",
  "paragraphs": [
    {"mark": "U//FOUO", "text": "The pallet count is 42 for this week."},
    {"mark": "U", "text": "Next sync on Monday."}
  ]
}
"""
EXPORT_YAML = """banner: UNCLASSIFIED//FOUO//REL TO USA, CAN
releasability: REL TO USA, GBR
paragraphs:
  - mark: U//FOUO
    text: The convoy leaves Camp Taji at dawn.
  - mark: U
    text: Weather is clear.
"""
EXPORT_JSON_REVERSED = """{"releasability": "REL TO USA, GBR", "classification": "UNCLASSIFIED//FOUO//REL TO USA, NZL",
 "body": [{"mark": "U//FOUO", "text": "The ration stock at Bastion is low."}]}
"""
EXPORT_JSON_BANNER_ONLY = """{
  "banner": "UNCLASSIFIED//FOUO//REL TO USA, AUS",
  "paragraphs": [
    {"mark": "U//FOUO", "text": "The spare rotor count is 17."}
  ]
}
"""

# ---------------------------------------------------------------- class 3: evenly spaced long control lines
def _spaced(words: str) -> str:
    return " ".join(words.replace(" ", ""))


def _spaced_doc(control: str, body: str, footer: bool = True) -> str:
    head = f"U N C L A S S I F I E D\n{_spaced(control)}\n\n{body}\n"
    return head + (f"\nU N C L A S S I F I E D\n{_spaced(control)}\n" if footer else "")


BODY = "The suspect's bank records were subpoenaed on 4 May; deposits match the smuggling dates."
REVIEW_56 = _spaced_doc("LAW ENFORCEMENT SENSITIVE", BODY)
REVIEW_57 = _spaced_doc("FOR OFFICIAL USE ONLY", BODY)
REVIEW_58 = _spaced_doc("NOT RELEASABLE TO FOREIGN NATIONALS", BODY)
SPACED_SBU_HEADER_ONLY = _spaced_doc("SENSITIVE BUT UNCLASSIFIED", "The informant meets the handler at the Marriott "
                                     "every Thursday.", footer=False)
SPACED_LOU_CABLE = ("U N C L A S S I F I E D\n" + _spaced("LIMITED OFFICIAL USE") + "\n\nSUBJECT: VISA CASE\n\n"
                    "1. THE APPLICANT'S PRIOR REFUSAL WAS FOR FRAUD.\n\n" + _spaced("LIMITED OFFICIAL USE") + "\n")
SPACED_NOFORN_WORDS_FOOTER = ("MEMORANDUM\n\nThe Kandahar source network lost two members in May.\n\n"
                              "U N C L A S S I F I E D\n" + _spaced("NOT RELEASABLE TO FOREIGN NATIONALS") + "\n")
SPACED_FOUO_EMAIL = ("From: Duty Officer\nSubject: badge list\n\n" + _spaced("FOR OFFICIAL USE ONLY") +
                     "\n\nThe new badge codes for the annex are 4471 and 4472.\n")

# ---------------------------------------------------------------- class 4: GBR excluded from a Five Eyes list in words
REVIEW_S28 = """SENSITIVE BUT UNCLASSIFIED
Distribution: Five Eyes minus UK

(U) Schedule for the review board is unchanged.

(SBU) Note that the GCHQ liaison cell is being downsized next quarter.
"""
FVEY_EXCEPT = """UNCLASSIFIED//FOR OFFICIAL USE ONLY
Releasable to: FVEY except GBR

(U) The board meets Tuesday.

(U//FOUO) The Menwith Hill contract review slipped to June.
"""
FVEY_EXCLUDING = """From: J2 Desk
Subject: tasking
Classification: SBU
Distribution: Five Eyes partners, excluding the United Kingdom

(SBU) The Diego Garcia berth rota changes next week.
"""
FVEY_OTHER_THAN = """SENSITIVE BUT UNCLASSIFIED

SUBJECT: (U) Port visit

(SBU) Share with Five Eyes partners other than the UK: the Souda Bay fuel contract is under review.
"""

# ---------------------------------------------------------------- class 5: letter-spaced footer banners
ADV150_008 = """MEMORANDUM
Consular Section, Embassy Islamabad
SUBJECT: Document vendor network, Rawalpindi

(U) This memo updates our report of March 2026 on visa fraud trends.

A local employee of the courier company sold appointment slots to a vendor in Rawalpindi for about 40,000 rupees each.

Next steps: the FPU will re-interview the 62 applicants in June.

--------------------------------------------------------------------
                         UNCLASSIFIED
                  S B U   -   N O F O R N
"""
SPACED_FOOTER_SLASHES = """MEMORANDUM

(U) Purpose: an update on the guard force.

The guard force commander at the Lagos residence has been taking payments from a vendor.

UNCLASSIFIED
S B U / / N O F O R N
"""
SPACED_FOOTER_LES_HEADER = """          UNCLASSIFIED
        L E S  -  N O F O R N

(U) Background on the case.

The cooperating witness lives at 12 Harbour Road, Mombasa.
"""

# ---------------------------------------------------------------- class 6: escaped marks after escaped list markers
ADV150_052 = r"""# Embassy Windhoek \- Community Liaison Office notes
Classification: UNCLASSIFIED

## Travel
\- \(U\) Etosha park fees rise on 1 July; book permits in advance.
\- \(SBU\) The RSO asks staff not to drive the B1 north of Otjiwarongo after dark because of recent armed robberies.

## Contacts
\- \(U\) CLO coordinator: extension 3310.

Classification: UNCLASSIFIED
"""
ESCAPED_STAR = r"""# Post notes
Classification: UNCLASSIFIED

\* \(U\) The pool opens on Saturday.
\* \(SBU\) The motorcade route to the airport avoids the Katutura bridge this week.
\* \(U\) Bring sunscreen.
"""
ESCAPED_PLUS_FOUO = r"""Classification: UNCLASSIFIED

\+ \(U\) The gym is closed for repairs.
\+ \(U//FOUO\) Duty driver roster: Sgt Amadi takes the night shift at gate 3.
"""
ESCAPED_ORDERED = r"""Classification: UNCLASSIFIED

1\. \(U\) The snack bar moves to the annex.
2\. \(SBU\) The safe-house lease in Eros was extended to December.
3\. \(U\) Parking passes are renewed in June.
"""

# (id, document, phrase that must be withheld, levels)
WITHHELD: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("review-24-roster", REVIEW_24, "The Brize liaison roster", PARTNER),
    ("review-24-grid", REVIEW_24, "grid reference 4471", PARTNER),
    ("review-28-quote", REVIEW_28, "The Brize liaison roster", PARTNER),
    ("held-cable-rel-gbr", HELD_CABLE, "THE NORTHOLT VISIT SCHEDULE", PARTNER),
    ("held-email-quote", HELD_EMAIL, "The Lossiemouth tasking list", PARTNER),
    ("held-memo-rel-aus-gbr", HELD_MEMO_AUS, "The Akrotiri fuel plan", PARTNER),
    ("review-48-json", REVIEW_48, "The pallet count is 42", PARTNER),
    ("export-yaml", EXPORT_YAML, "The convoy leaves Camp Taji", PARTNER),
    ("export-json-reversed", EXPORT_JSON_REVERSED, "The ration stock at Bastion", PARTNER),
    ("export-json-banner-only", EXPORT_JSON_BANNER_ONLY, "The spare rotor count is 17", PARTNER),
    ("review-56-les", REVIEW_56, "The suspect's bank records", PUBLIC),
    ("review-57-fouo", REVIEW_57, "The suspect's bank records", PUBLIC),
    ("review-58-nf-words", REVIEW_58, "The suspect's bank records", PARTNER),
    ("spaced-sbu-header-only", SPACED_SBU_HEADER_ONLY, "meets the handler at the Marriott", PUBLIC),
    ("spaced-lou-cable", SPACED_LOU_CABLE, "PRIOR REFUSAL WAS FOR FRAUD", PUBLIC),
    ("spaced-nf-words-footer", SPACED_NOFORN_WORDS_FOOTER, "source network lost two members", PARTNER),
    ("spaced-fouo-email", SPACED_FOUO_EMAIL, "badge codes for the annex", PUBLIC),
    ("review-s28-minus-uk", REVIEW_S28, "the GCHQ liaison cell is being downsized", PARTNER),
    ("fvey-except-gbr", FVEY_EXCEPT, "Menwith Hill contract review", PARTNER),
    ("fvey-excluding-uk", FVEY_EXCLUDING, "Diego Garcia berth rota", PARTNER),
    ("fvey-other-than-uk", FVEY_OTHER_THAN, "the Souda Bay fuel contract", PARTNER),
    ("adv150-008-footer", ADV150_008, "slots to a vendor in Rawalpindi", PARTNER),
    ("spaced-footer-slashes", SPACED_FOOTER_SLASHES, "taking payments from a vendor", PARTNER),
    ("spaced-les-nf-header", SPACED_FOOTER_LES_HEADER, "12 Harbour Road", PARTNER),
    ("adv150-052-escaped-dash", ADV150_052, "drive the B1 north of Otjiwarongo", PUBLIC),
    ("escaped-star", ESCAPED_STAR, "avoids the Katutura bridge", PUBLIC),
    ("escaped-plus-fouo", ESCAPED_PLUS_FOUO, "takes the night shift at gate 3", PUBLIC),
    ("escaped-ordered", ESCAPED_ORDERED, "safe-house lease in Eros", PUBLIC),
]


# left for the next job (strict: a fix shows up here): id -> why it still leaks
LEFT = {
    "review-28-quote": "a `Handling: NOFORN` line inside a chat message is not read as a release field",
}


@pytest.mark.parametrize("text,phrase,levels", [
    pytest.param(t, p, lv, id=i, marks=[pytest.mark.xfail(strict=True, reason=LEFT[i])] if i in LEFT else [])
    for i, t, p, lv in WITHHELD])
def test_withheld(text: str, phrase: str, levels: tuple[str, ...]) -> None:
    assert_withheld(text, phrase, levels)


# by design (review36b 01, the brief): a NOFORN field over plain (U) beside a controlled (U//FOUO) portion, which holds
# the field, leaves the (U) text to the partner
REVIEW_01 = """UNCLASSIFIED//FOR OFFICIAL USE ONLY
MEMORANDUM FOR RECORD
Dissemination: NOFORN

(U//FOUO) Purpose. This memo records the Kharkiv depot inventory review held on 3 March.

(U) Background. The liaison cell moves to Brize next month.

(U//FOUO) Action. J4 to finalize the list.

UNCLASSIFIED//FOR OFFICIAL USE ONLY
"""

# (id, document, phrase that must be released, level)
RELEASED: list[tuple[str, str, str, str]] = [
    ("review-01-by-design", REVIEW_01, "The liaison cell moves to Brize", "partner"),
    ("review-24-usg", REVIEW_24, "The Brize liaison roster", "usg"),
    ("held-cable-usg", HELD_CABLE, "THE NORTHOLT VISIT SCHEDULE", "usg"),
    ("review-48-next-sync", REVIEW_48, "Next sync on Monday.", "usg"),
    ("review-s28-schedule", REVIEW_S28, "Schedule for the review board", "usg"),
    ("fvey-except-board", FVEY_EXCEPT, "The board meets Tuesday.", "public"),
    ("adv150-052-etosha", ADV150_052, "Etosha park fees rise on 1 July", "public"),
    ("escaped-star-pool", ESCAPED_STAR, "The pool opens on Saturday.", "public"),
    ("escaped-ordered-parking", ESCAPED_ORDERED, "Parking passes are renewed in June.", "public"),
    ("review-56-usg", REVIEW_56, "The suspect's bank records", "usg"),
]


# over-redaction accepted (review37c): a plain `\\(U\\)` after an escaped list marker is no longer read as the item's
# mark (it is LaTeX math as often: `\\* \\(U\\) is the utility of ...` released classified text), so the (U) items
# around an escaped SBU item stay under it at public
_ESCAPED_U_ITEMS = {"adv150-052-etosha", "escaped-star-pool", "escaped-ordered-parking"}


@pytest.mark.parametrize("text,phrase,level", [
    pytest.param(t, p, lv, marks=pytest.mark.xfail(strict=True, reason="over-redaction, accepted (review37c): an "
                                                  "escaped plain (U) is never decoded, also after a list marker"))
    if i in _ESCAPED_U_ITEMS else (t, p, lv) for i, t, p, lv in RELEASED],
                         ids=[i for i, _, _, _ in RELEASED])
def test_released(text: str, phrase: str, level: str) -> None:
    assert_released(text, phrase, level)


def test_escaped_u_math_after_escaped_list_marker_is_no_mark() -> None:
    """review37c m02/e26: `\\* \\(U\\) is the utility of ...` (LaTeX math in a list) was read as the item's (U) mark
    and released its classified text; a plain escaped (U) is never decoded."""
    text = ("SECRET\n\n\\* \\(U\\) is the utility of extracting asset HAWTHORN from Minsk\n"
            "\\* \\(C\\) is the cost of compromise\n\nSECRET\n")
    assert_withheld(text, "extracting asset HAWTHORN from Minsk", ["usg", "partner", "public"])
    sbu = ("SENSITIVE BUT UNCLASSIFIED\n\nQueue model for the visa section (exported)\n\n"
           "\\- \\(U\\) is the utilization of the fraud-screening desk, which is skipped entirely on Fridays after 1500\n"
           "\\- \\(L\\) is the queue length\n\nSENSITIVE BUT UNCLASSIFIED\n")
    assert_withheld(sbu, "skipped entirely on Fridays after 1500", ["public"])


@pytest.mark.parametrize("line", ["Distribution: FVEY (minus UK)", "Distribution: FVEY sans UK",
                                  "fyi distribution: five eyes minus the UK folks",
                                  "Fine with sharing this with Five Eyes partners minus the United Kingdom for now."])
def test_five_eyes_without_the_uk_in_other_words(line: str) -> None:
    """review37c c05/c12/c17/c18: the exception was not read in these wordings (FOUO text released at partner)."""
    text = ("From: a.reyes@dhs.gov\nTo: border-team\nSubject: sensor gaps\nClassification: UNCLASSIFIED//FOUO\n"
            f"{line}\n\nTeam, the tunnel sensors in the Otay Mesa sector have been offline since 3 March.\n")
    assert_withheld(text, "tunnel sensors in the Otay Mesa sector have been offline", ["partner", "public"])
