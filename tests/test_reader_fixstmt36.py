"""fixstmt36: statements in a document that set the level of other text (issue 8), by class, with variants.

Classes (rounds 147 and 149, first run on main `f1d8506`): 1 a legend that gives a colour, font, highlight or bracket
type a level (147-005); 2 a statement that a list is classified as a compilation though every entry is (U) (147-011);
3 a statement to treat everything above or below (or the whole message) as SBU, FOUO or NOFORN (147-027); 4 a
visibility or audience field that narrows who may read a part (147-032); 5 a tearline version's own banner, whose
controls its (U) lines do not repeat (149-003); 6 a note that the whole text is re-sent, upgraded or reclassified
higher than its marks (149-007); 7 a note that names a paragraph as for U.S. recipients only (149-031). Towards
withholding only: a statement that would LOWER text never releases it below its own marks (cases `lower-*`).
RELEASE: legends and fields that set no level, "treat as public", "visible to all", tearlines that allow GBR.

First run on main `f1d8506` (written before reading the reader code; 50 cases, 13 failed; 7 corpus documents leaked):
- class 1: `html-italic-noforn-partner`, `rtf-font-colour-lower-legend` (released: no legend was read); the
  others passed only by luck (a level in words, or the fallback raising every portion); RELEASE: the text outside
  the red runs was withheld (the fallback raised every portion: a reviewer's over-redaction).
- class 2: every variant passed; RELEASE `test_compilation_keeps_text_after_the_list` failed: "SCG item 4.2" read as
  item 4, so the statement raised paragraph 4 and not the list (147-011 leaked that way).
- class 3: `email-handle-above-as-fouo`, `cable-caps-all-above` (no target "all of the above"),
  `memo-regard-preceding-as-cui` ("regarded" not a form of `regard`); public.
- class 4: `sharepoint-viewable-by` (partner); the others passed.
- class 5: `fouo-noforn-banner`, `u-noforn-banner`, `same-line-les-noforn` (partner): the tearline's banner only
  set what unmarked text inherits; `rel-can-aus-banner` passed.
- class 6: `resent-as-confidential` (usg); the others passed.
- class 7: `sanitized-note-inline-para-2` ("FOR U.S. RECIPIENTS ONLY" no control); the others passed.
Fixed, by class and towards withholding (nothing split, nothing lowered):
- 1 (`reader/style_legends.py`, `reader_words.style_legend*`/`style_markup`): a legend naming a style and stating a
  level raises every portion holding markup that sets text apart, whole; every portion when none shows markup; the
  scope fallback raises those portions, not all (`scope_exact.exact_target`).
- 2: `item 4.2` names no item (rules `targets`).
- 3: `treat`/`handle`/`regard`/`consider`... in any form; "everything/all of the above/below" name the text above/below.
- 4 and 7 (`controls_in_words`): a U.S.-only audience in a sentence or a visibility field reads as NOFORN.
- 5 (`tearlines.with_tearline_controls`): a tearline version's banner (on its line or under it) raises every portion
  of its stretch; a stretch with no end line runs to the next tearline or the end.
- 6 (`reclassification_in_words`): "ENTIRE TEXT IS SECRET", "RE-SENT AS SECRET" raise every portion.
Red-teamed after the fixes (written then, pass): a legend whose colours were lost, a tearline with no end line,
RETRANSMITTED AS, "ENTIRE TEXT IS UNCLASSIFIED" over (C) marks (not lowered), an e-mail note "for U.S. recipients
only", and a vacancy "open to U.S. citizens only" (no handling line: partner keeps it).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")
PARTNER = ("partner", "public")
PUBLIC = ("public",)

# ---------------------------------------------------------------- 1: a legend gives a style a level

MOTORCADE = "The motorcade will use the Gulan Street route because of a threat on the 100 Meter Road."
GUARDS = "Two PSD teams will come from the Baghdad contingent."
LUNCH = "Lunch with the Consul General at the residence."
PRESS = "Press availability at 1600 at the Consulate."

LEGENDS = [
    ("confluence-red-confidential", f"""h1. CONFIDENTIAL

h2. Site survey - Sulaymaniyah

{{info}}(U) Legend: text in {{color:red}}red{{color}} is CONFIDENTIAL. Everything else on this page is UNCLASSIFIED.{{info}}

h3. Movements
(U) The team lands at Sulaymaniyah on 4 March. {{color:red}}{MOTORCADE}{{color}} {LUNCH}

h3. Security
(U) Briefing at 0800 in the annex. {{color:#FF0000}}{GUARDS}{{color}} Carry passports.

h3. Press
(U) {PRESS}

h1. CONFIDENTIAL
""", MOTORCADE, ALL),
    ("html-inline-style-noforn", f"""<html><head><title>Visit</title></head><body>
<p><b>SECRET//NOFORN</b></p>
<p><i>(U) Key: passages in <span style="color:red">red type</span> are SECRET//NOFORN; all other text is UNCLASSIFIED.</i></p>
<p>(U) The team lands at Sulaymaniyah on 4 March. <span style="color: rgb(255, 0, 0)">{MOTORCADE}</span> {LUNCH}</p>
<p>(U) Briefing at 0800 in the annex. <span style="color:#ff0000;">{GUARDS}</span> Carry passports.</p>
<p><b>SECRET//NOFORN</b></p>
</body></html>
""", MOTORCADE, ALL),
    ("markdown-bold", f"""**SECRET//NOFORN**

# Visit to Sulaymaniyah

> (U) Note on this page: sentences in **bold** are SECRET//NOFORN; the rest is UNCLASSIFIED.

(U) The team lands at Sulaymaniyah on 4 March. **{MOTORCADE}** {LUNCH}

(U) Briefing at 0800 in the annex. **{GUARDS}** Carry passports.

**SECRET//NOFORN**
""", MOTORCADE, ALL),
    ("markdown-highlight", f"""SECRET

## Visit to Sulaymaniyah

(U) Highlighted text (==like this==) is SECRET. All other text is UNCLASSIFIED.

(U) The team lands at Sulaymaniyah on 4 March. =={MOTORCADE}== {LUNCH}

(U) Briefing at 0800 in the annex. =={GUARDS}== Carry passports.

SECRET
""", MOTORCADE, ALL),
    ("plain-double-brackets", f"""SECRET//NOFORN

MEMORANDUM FOR THE RECORD
SUBJECT: (U) Visit to Sulaymaniyah

1. (U) Passages inside double square brackets [[ ]] are SECRET//NOFORN; the rest of this memo is UNCLASSIFIED.

2. (U) The team lands at Sulaymaniyah on 4 March. [[{MOTORCADE}]] {LUNCH}

3. (U) Briefing at 0800 in the annex. [[{GUARDS}]] Carry passports.

SECRET//NOFORN
""", MOTORCADE, ALL),
    ("html-italic-noforn-partner", f"""<html><body>
<div class="banner">UNCLASSIFIED//FOUO</div>
<p class="legend">(U) Legend: <em>italic text</em> on this page is NOFORN.</p>
<p>(U//FOUO) The team lands at Sulaymaniyah on 4 March. <em>{MOTORCADE}</em> {LUNCH}</p>
<div class="banner">UNCLASSIFIED//FOUO</div>
</body></html>
""", MOTORCADE, PARTNER),
    ("rtf-font-colour-lower-legend", f"""<html><body>
<p align="center"><font face="Arial">SECRET</font></p>
<p>(U) The team lands at Sulaymaniyah on 4 March. <font color="#FF0000">{MOTORCADE}</font> {LUNCH}</p>
<p>(U) Briefing at 0800 in the annex. <font color="red">{GUARDS}</font> Carry passports.</p>
<p>(U) Red font marks the SECRET passages of this page; black text is UNCLASSIFIED.</p>
<p align="center"><font face="Arial">SECRET</font></p>
</body></html>
""", GUARDS, ALL),
]


@pytest.mark.parametrize("kind,text,phrase,levels", LEGENDS, ids=[k for k, *_ in LEGENDS])
def test_legend_gives_a_style_a_level(kind, text, phrase, levels):
    assert_withheld(text, phrase, levels)


@pytest.mark.xfail(strict=True, reason="fixrev36s: a legend that states a level raises every portion (the styling may be "
                   "lost or use markup no pattern knows, review36s s35/m02/s03), so the (U) text outside the red runs "
                   "is over-redacted until the styled text can be placed exactly")
def test_legend_keeps_the_paragraphs_without_the_style():
    """(A paragraph holding a red run is withheld whole, its (U) text too: a portion is never split.)"""
    assert_released(LEGENDS[0][1], PRESS)


def test_legend_saying_red_is_new_text_sets_no_level():
    text = f"""UNCLASSIFIED

h2. Visit to Sulaymaniyah (version 4)

{{info}}(U) Text in {{color:red}}red{{color}} is new since version 3.{{info}}

(U) The team lands at Sulaymaniyah on 4 March. {{color:red}}Lunch moved to the Ashti Hotel.{{color}} Carry passports.

UNCLASSIFIED
"""
    assert_released(text, "Lunch moved to the Ashti Hotel.", "usg")
    assert_released(text, "Lunch moved to the Ashti Hotel.", "public")


def test_legend_for_hyperlinks_sets_no_level():
    text = """UNCLASSIFIED

(U) Blue underlined text is a link to the intranet page named.

(U) The <span style="color:blue">visa appointment calendar</span> reopens on 4 March for student visas.

UNCLASSIFIED
"""
    assert_released(text, "reopens on 4 March for student visas", "public")


# ---------------------------------------------------------------- 2: a list classified by compilation

DEPOT = "Depot at Vaziani airbase, east perimeter, two 500-ton tanks."
DEPOT_CAPS = "DEPOT AT VAZIANI AIRBASE, EAST PERIMETER, TWO 500-TON TANKS."
COMPILATION = [
    ("memo-lead-in-confidential", f"""CONFIDENTIAL

MEMORANDUM FOR: Director, DIA/DO-3
SUBJECT: (U) Fuel depots

1. (U) Each item below is unclassified on its own. The list as a whole is
CONFIDENTIAL by compilation (SCG item 4.2).

   a. (U) {DEPOT}
   b. (U) Depot at Senaki base, rail spur north of the runway.

2. (U) POC is Major Ellen Castellano.

CONFIDENTIAL
""", DEPOT, ALL),
    ("cable-caps-statement-after", f"""S E C R E T TBILISI 000412

SUBJECT: (U) FUEL DEPOTS

1. (U) POST HAS COLLECTED THE FOLLOWING FROM PRESS REPORTS:

- (U) {DEPOT_CAPS}
- (U) DEPOT AT SENAKI BASE, RAIL SPUR NORTH OF THE RUNWAY.
- (U) UNDERGROUND STORAGE AT KUTAISI.

2. (U) TAKEN TOGETHER, THE ITEMS ABOVE ARE CLASSIFIED SECRET BY COMPILATION.

KELLY
""", DEPOT_CAPS, ALL),
    ("email-table-aggregate-noforn", f"""SECRET//NOFORN

From: Ruiz, Ana
To: DAO-Tbilisi-DL
Subject: (U) depots

(U) The table below is S//NF in aggregate; each row alone is U.

| Class | Site |
|---|---|
| U | {DEPOT} |
| U | Depot at Senaki base, rail spur north of the runway. |

(U) Thanks, Ana

SECRET//NOFORN
""", DEPOT, ALL),
    ("association-bullets", f"""SECRET

(U) Classified by association: the following entries, each (U) alone, are SECRET when listed together.
  * (U) {DEPOT}
  * (U) Depot at Senaki base, rail spur north of the runway.

(U) Questions to the DAO.

SECRET
""", DEPOT, ALL),
]


@pytest.mark.parametrize("kind,text,phrase,levels", COMPILATION, ids=[k for k, *_ in COMPILATION])
def test_list_classified_by_compilation(kind, text, phrase, levels):
    assert_withheld(text, phrase, levels)


def test_compilation_keeps_text_after_the_list():
    assert_released(COMPILATION[0][1], "POC is Major Ellen Castellano.")


def test_list_unclassified_when_compiled_is_released():
    text = f"""UNCLASSIFIED

1. (U) Each entry below is from open sources, and the compiled list is also UNCLASSIFIED.

   a. (U) {DEPOT}
   b. (U) Depot at Senaki base, rail spur north of the runway.

UNCLASSIFIED
"""
    assert_released(text, DEPOT, "usg")
    assert_released(text, DEPOT, "public")


# ---------------------------------------------------------------- 3: treat everything above / below as ...

PORK = "Hanoi agreed to drop the retaliatory tariff on U.S. pork"
PORK_CAPS = "HANOI AGREED TO DROP THE RETALIATORY TARIFF ON U.S. PORK"
TREAT = [
    ("email-handle-above-as-fouo", f"""UNCLASSIFIED

From: Farrow, Lydia
Subject: shrimp talks

(U) {PORK} if Commerce lowers the margin.

(U) The Vice Minister asked for a delay of the Section 301 hearing.

Please handle all of the above as FOUO - it has not been announced.

Lydia
""", PORK, PUBLIC),
    ("email-opening-below-sbu", f"""UNCLASSIFIED//SBU

Subject: shrimp talks

Everything below this line is SBU; do not forward outside the Department.
-----
(U) {PORK} if Commerce lowers the margin.

(U) The Vice Minister asked for a delay of the Section 301 hearing.
""", PORK, PUBLIC),
    ("cable-caps-all-above", f"""UNCLAS HANOI 000311

SENSITIVE
SIPDIS

SUBJECT: SHRIMP TALKS

1. (U) {PORK_CAPS} IF COMMERCE LOWERS THE MARGIN.

2. (U) THE VICE MINISTER ASKED FOR A DELAY OF THE SECTION 301 HEARING.

3. (U) ALL OF THE ABOVE SHOULD BE TREATED AS SENSITIVE BUT UNCLASSIFIED UNTIL MOIT ANNOUNCES THE AGREEMENT.

KNAPPER
""", PORK_CAPS, PUBLIC),
    ("email-whole-message-noforn", f"""UNCLASSIFIED//FOUO

Subject: shrimp talks

(U//FOUO) {PORK} if Commerce lowers the margin.

(U//FOUO) The Vice Minister asked for a delay of the Section 301 hearing.

Please treat this entire message as NOFORN; the British embassy has not been briefed.
""", PORK, PARTNER),
    ("memo-regard-preceding-as-cui", f"""UNCLASSIFIED

MEMORANDUM
SUBJECT: (U) Shrimp talks

1. (U) {PORK} if Commerce lowers the margin.

2. (U) The preceding paragraph should be regarded as CUI until the talks are announced.

UNCLASSIFIED
""", PORK, PUBLIC),
]


@pytest.mark.parametrize("kind,text,phrase,levels", TREAT, ids=[k for k, *_ in TREAT])
def test_statement_to_treat_other_text_as_controlled(kind, text, phrase, levels):
    assert_withheld(text, phrase, levels)


def test_treat_as_public_releases_u_text():
    text = f"""UNCLASSIFIED

Subject: shrimp talks

(U) {PORK} if Commerce lowers the margin, the ministry said in its press release.

Treat everything above as public: MOIT announced it this morning.
"""
    assert_released(text, PORK, "public")


def test_treat_as_final_sets_no_level():
    text = f"""UNCLASSIFIED

(U) {PORK} if Commerce lowers the margin, the ministry announced today.

Please treat the figures above as final.
"""
    assert_released(text, PORK, "public")


# ---------------------------------------------------------------- 4: a visibility or audience field

IMPLANT = "The red team will reuse the implant from the 2025 tool set"
VISIBILITY = [
    ("jira-visibility-us-only", f"""CUI

[CYBEX-2300] Range plan
Comments:
----
Alex Pruitt - 30/Nov/26 09:12
(CUI) VLAN 340 is reserved for the UK blue team.
----
Morgan Lacey - 30/Nov/26 11:47
Visibility: US personnel only
(CUI) {IMPLANT}; do not give the scenario annex to the observers.
----
CUI
""", IMPLANT, PARTNER),
    ("servicenow-audience-us-citizens", f"""CUI

INC0041123  Range network segmentation
Work notes:
2026-11-30 11:47:03 - Morgan Lacey (Work notes)
Audience: U.S. citizens only
(CUI) {IMPLANT}.

2026-11-30 12:02:10 - Priya Sandhu (Additional comments)
(CUI) Roster to follow.
CUI
""", IMPLANT, PARTNER),
    ("sharepoint-viewable-by", f"""CUI

Title: Red team notes
Viewable by: U.S. persons only
Modified: 30 Nov 2026

(CUI) {IMPLANT}.

CUI
""", IMPLANT, PARTNER),
    ("jira-restricted-to-usg", f"""CUI

Comment by Morgan Lacey [Restricted to: USG employees only]
(CUI) {IMPLANT}.

Comment by Priya Sandhu
(CUI) Roster to follow.

CUI
""", IMPLANT, PARTNER),
]


@pytest.mark.parametrize("kind,text,phrase,levels", VISIBILITY, ids=[k for k, *_ in VISIBILITY])
def test_visibility_field_bars_the_partner(kind, text, phrase, levels):
    assert_withheld(text, phrase, levels)


def test_visibility_field_keeps_usg():
    assert_released(VISIBILITY[0][1], IMPLANT, "usg")


def test_visible_to_all_keeps_partner():
    text = f"""CUI

Comments:
----
Morgan Lacey - 30/Nov/26 11:47
Visibility: Visible to all
(CUI) {IMPLANT}.
----
CUI
"""
    assert_released(text, IMPLANT, "partner")


def test_audience_all_participants_keeps_partner():
    text = f"""CUI

Title: Range notes
Audience: All exercise participants (US and UK)

(CUI) {IMPLANT}.

CUI
"""
    assert_released(text, IMPLANT, "partner")


# ---------------------------------------------------------------- 5: a tearline's own banner

OVERFLIGHTS = "Port operators reported eleven unexplained drone overflights in October."


def _report(tearline_head: str, mark: str, tail: str = "==================== END TEARLINE ====================") -> str:
    return f"""SECRET//NOFORN

JOINT INTELLIGENCE BULLETIN
SUBJECT: (U) Drone overflights

(S//NF) A sensitive source reports that an agent bought forty quadcopters.

{tearline_head}

({mark}) {OVERFLIGHTS}
({mark}) Operators should log each sighting.

{tail}

(U) Point of contact: DHS I&A Gulf desk.

SECRET//NOFORN
"""


TEARLINES = [
    ("fouo-noforn-banner", _report("==================== TEARLINE ====================\n"
                                   "UNCLASSIFIED//FOR OFFICIAL USE ONLY//NOFORN", "U//FOUO"), PARTNER),
    ("u-noforn-banner", _report("------------- TEARLINE -------------\nUNCLASSIFIED//NOFORN", "U",
                                "------------- END TEARLINE -------------"), PARTNER),
    ("rel-can-aus-banner", _report("==== TEARLINE ====\nUNCLASSIFIED//FOUO//REL TO USA, AUS, CAN", "U//FOUO",
                                   "==== END TEARLINE ===="), PARTNER),
    ("same-line-les-noforn", _report("TEARLINE -- UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE//NOFORN", "U//LES",
                                     "END OF TEARLINE"), PARTNER),
]


@pytest.mark.parametrize("kind,text,levels", TEARLINES, ids=[k for k, *_ in TEARLINES])
def test_tearline_banner_controls_its_lines(kind, text, levels):
    assert_withheld(text, OVERFLIGHTS, levels)


def test_tearline_keeps_usg():
    assert_released(TEARLINES[0][1], OVERFLIGHTS, "usg")


def test_tearline_fouo_only_keeps_partner():
    text = _report("==================== TEARLINE ====================\nUNCLASSIFIED//FOR OFFICIAL USE ONLY", "U//FOUO")
    assert_released(text, OVERFLIGHTS, "partner")


def test_tearline_rel_gbr_keeps_partner():
    text = _report("==== TEARLINE ====\nUNCLASSIFIED//FOUO//REL TO USA, GBR", "U//FOUO", "==== END TEARLINE ====")
    assert_released(text, OVERFLIGHTS, "partner")


def test_lower_tearline_unclassified_keeps_fouo_lines_from_public():
    text = _report("==== TEARLINE ====\nUNCLASSIFIED", "U//FOUO", "==== END TEARLINE ====")
    assert_withheld(text, OVERFLIGHTS, PUBLIC)


# ---------------------------------------------------------------- 6: the whole text re-sent or upgraded

OFFER = "ADDIS WILL OFFER ERITREA A JOINT BORDER COMMISSION IN JANUARY"
OFFER_LOWER = "Addis will offer Eritrea a joint border commission in January"


def _cable(note: str, line: str, marks: tuple[str, str], trailer: str = "") -> str:
    return f"""{note}

VZCZCXRO7781
OO RUEHWEB
DE RUEHDS #4412/01 3201122
O 161122Z NOV 26
FM AMEMBASSY ADDIS ABABA
TO RUEHC/SECSTATE WASHDC IMMEDIATE 8814

{line} ADDIS ABABA 004412

E.O. 13526: DECL: 11/16/2046
TAGS: PREL, PGOV, ET, ER
SUBJECT: PRIME MINISTER'S OFFICE ON BORDER TALKS

1. ({marks[0]}) AN ADVISER SAID {OFFER}.
2. ({marks[1]}) THE SPOKESPERSON SAID PUBLICLY THAT ETHIOPIA REMAINS COMMITTED TO DIALOGUE.
{trailer}
MASSEY
"""


RESENT = [
    ("resent-as-confidential", _cable("C O N F I D E N T I A L ADDIS ABABA 004412\n\nRE-SENT AS CONFIDENTIAL -- "
                                      "ORIGINAL SENT IN ERROR AS UNCLAS. ENTIRE TEXT IS CONFIDENTIAL.",
                                      "UNCLAS", ("SBU", "U")), ALL),
    ("upgrade-trailer", _cable("UNCLAS ADDIS ABABA 004412", "UNCLAS", ("SBU", "U"),
                               "\nNOTE: THIS CABLE WAS UPGRADED TO SECRET//NOFORN ON 20 NOV 2026. ALL PARAGRAPHS "
                               "ARE SECRET//NOFORN REGARDLESS OF THE MARKINGS ABOVE.\n"), ALL),
    ("memo-reclassification-notice", f"""UNCLASSIFIED//FOUO

NOTICE: This memorandum was reclassified SECRET//NOFORN on 2 December 2026 (upgrade notice 26-114).
The entire document is SECRET//NOFORN; the portion markings below are those of the original.

MEMORANDUM FOR THE RECORD
SUBJECT: (U) Border talks

1. (U//FOUO) {OFFER_LOWER}.
2. (U) The spokesperson said publicly that Ethiopia remains committed to dialogue.

UNCLASSIFIED//FOUO
""", ALL),
    ("email-correction-whole-message", f"""UNCLASSIFIED

From: Massey, Ervin
Subject: CORRECTION - border talks

CORRECTION: the message below should have been sent on the high side. Its entire text is SECRET.

(U) {OFFER_LOWER}.

(U) The spokesperson said publicly that Ethiopia remains committed to dialogue.
""", ALL),
]


@pytest.mark.parametrize("kind,text,levels", RESENT, ids=[k for k, *_ in RESENT])
def test_whole_text_raised_by_a_note(kind, text, levels):
    phrase = OFFER if OFFER in text else OFFER_LOWER
    assert_withheld(text, phrase, levels)


def test_resent_to_correct_addressee_keeps_usg():
    text = _cable("UNCLAS ADDIS ABABA 004412\n\nRE-SENT TO CORRECT ADDRESSEE. TEXT UNCHANGED.", "UNCLAS",
                  ("SBU", "U"))
    assert_released(text, OFFER, "usg")


def test_lower_resent_as_unclas_keeps_confidential_marks():
    text = _cable("UNCLAS ADDIS ABABA 004412\n\nRE-SENT AS UNCLAS -- ORIGINAL SENT IN ERROR AS CONFIDENTIAL.",
                  "UNCLAS", ("C", "U"))
    assert_withheld(text, OFFER, ALL)


# ---------------------------------------------------------------- 7: a note names a paragraph as U.S. only

BILLED = "USAID auditors found that a British-funded contractor double-billed for fuel at Kakuma."
BILLED_CAPS = BILLED.upper()


def _nairobi(paras: list[str], head: str = "UNCLASSIFIED//SBU", tail: str = "") -> str:
    body = "\n".join(f"{i}. {p}" for i, p in enumerate(paras, 1))
    return f"""{head}

R 121200Z NOV 26
FM AMEMBASSY NAIROBI
TO SECSTATE WASHDC 0911
INFO AMEMBASSY LONDON

UNCLAS NAIROBI 000911

SENSITIVE
SIPDIS

SUBJECT: Drought relief in Turkana

{body}
{tail}
WHITMAN
"""


US_ONLY = [
    ("sanitized-note-inline-para-2", _nairobi([
        "(U) USAID and the FCDO will fund water trucking to 40 villages.",
        f"(SBU) [SANITIZED NOTE: PARAGRAPH 2 IS FOR U.S. RECIPIENTS ONLY -- REMOVE BEFORE PASSING TO THE UK] {BILLED}",
        "(U) A joint field visit is planned for 3 December.",
    ]), BILLED, PARTNER),
    ("closing-note-not-releasable-uk", _nairobi([
        "(U) USAID and the FCDO will fund water trucking to 40 villages.",
        f"(SBU) {BILLED}",
        "(U) A joint field visit is planned for 3 December.",
    ], tail="\nNOTE: PARAGRAPH 2 IS NOT RELEASABLE TO THE UK.\n"), BILLED, PARTNER),
    ("opening-note-paras-us-eyes", _nairobi([
        "(U) Paras 3 and 4 are for U.S. eyes only.",
        "(U) USAID and the FCDO will fund water trucking to 40 villages.",
        f"(SBU) {BILLED}",
        "(SBU) The contractor's fuel logs are with the IG.",
    ]), BILLED, PARTNER),
    ("caps-comment-last-para-not-for-brits", _nairobi([
        "(U) USAID AND THE FCDO WILL FUND WATER TRUCKING TO 40 VILLAGES.",
        f"(SBU) {BILLED_CAPS}",
        "(SBU) COMMENT: PLEASE DO NOT SHARE THE PRECEDING PARAGRAPH WITH BRITISH COLLEAGUES. END COMMENT.",
    ]), BILLED_CAPS, PARTNER),
]


@pytest.mark.parametrize("kind,text,phrase,levels", US_ONLY, ids=[k for k, *_ in US_ONLY])
def test_note_names_a_paragraph_us_only(kind, text, phrase, levels):
    assert_withheld(text, phrase, levels)


def test_us_only_note_keeps_usg():
    assert_released(US_ONLY[1][1], BILLED, "usg")


def test_paragraph_shareable_with_uk_keeps_partner():
    text = _nairobi([
        "(U) USAID and the FCDO will fund water trucking to 40 villages.",
        f"(SBU) {BILLED}",
    ], tail="\nNOTE: PARAGRAPH 2 MAY BE SHARED WITH THE UK EMBASSY.\n")
    assert_released(text, BILLED, "partner")


# ---------------------------------------------------------------- red-teamed after the fixes (written then)

def test_legend_whose_colours_were_lost_raises_every_portion():
    text = f"""SECRET

(U) Text in red is SECRET. All other text is UNCLASSIFIED.

(U) The team lands at Sulaymaniyah on 4 March. {MOTORCADE}

SECRET
"""
    assert_withheld(text, MOTORCADE, ALL)


def test_tearline_without_an_end_line_runs_to_the_end():
    text = _report("TEARLINE: UNCLASSIFIED//NOFORN", "U", "(U) Questions to the desk.")
    assert_withheld(text, OVERFLIGHTS, PARTNER)


def test_retransmitted_as_confidential_raises_the_body():
    text = _cable("C O N F I D E N T I A L ADDIS ABABA 004412\n\nRETRANSMITTED AS CONFIDENTIAL. ORIGINAL SENT IN "
                  "ERROR AS UNCLAS.", "UNCLAS", ("SBU", "U"))
    assert_withheld(text, OFFER, ALL)


def test_lower_entire_text_unclassified_keeps_confidential_marks():
    text = _cable("UNCLAS ADDIS ABABA 004412\n\nENTIRE TEXT IS UNCLASSIFIED.", "UNCLAS", ("C", "U"))
    assert_withheld(text, OFFER, ALL)


def test_us_recipients_only_note_in_an_email():
    text = f"""UNCLASSIFIED//SBU

Subject: Turkana

(SBU) {BILLED}

The paragraph above is for U.S. recipients only.
"""
    assert_withheld(text, BILLED, PARTNER)


def test_vacancy_open_to_us_citizens_is_no_handling_line():
    text = """UNCLASSIFIED

(U) The consulate's vacancy for a motor pool supervisor is open to U.S. citizens only; apply by 4 March.

UNCLASSIFIED
"""
    assert_released(text, "motor pool supervisor", "partner")


def test_counted_paragraphs_below_in_a_chain_are_the_ones_raised():
    """(Found by the harness: with `handled` read as a form of `handle`, "the two paragraphs below" named the quoted
    message of the chain, not the two paragraphs; a count of paragraphs is left to the scope fallback, which counts.)"""
    text = """UNCLASSIFIED

From: Dalia Ferrante (Pol)
Subject: notes

The two paragraphs below are to be handled as SECRET.

The police inspector general took payments from the dredging consortium.

The navy commander is ill.

Thanks,
Dalia

-----Original Message-----
From: Owen Pretorius (Econ)
Subject: notes

A visiting choir from Ohio performed at the cultural center on Sunday.
"""
    assert_withheld(text, "The police inspector general took payments", ALL)
