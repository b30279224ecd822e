"""fixmarks36: marks the reader misreads (issue 8), by class, with variants; a mark the reader can only partly
read raises, never lowers.

Classes: 1 a portion-mark-shaped token at the start of a wrapped line in mid-paragraph (a list enumerator `(u)`
after `subsections (k) through`), which must not lower the paragraph; 2 marks escaped by an export (Markdown
`\\(SBU\\)`, doubled backslashes, `%28`, RTF `\\'28`, `&#40;`, JSON `\\u0028`); 3 banners typed in spaced letters
(on one, two or three lines, one or two spaces between letters, CR LF); 4 OCR lost the opening parenthesis
(`S//NF)`, `|C)`, `{S})`, kept passing). RELEASE: ordinary enumerators under (U) paragraphs, escaped (U) items.

First run on this branch (main `f1d8506` + rounds 147-149), the 54 cases written before the reader was read:
13 failed.
- class 1: `third-lower-u`, `third-lower-u-rest`, `third-upper-u-crlf` released the rest of an (S//NF) or (S)
  paragraph at every level: a `(u)`/`(U)` at the start of a paragraph's third line (after a line that ends with no
  sentence end) was read as a (U) portion mark. The same on the second line (`lower-u`, `short-*`), `fourth-lower-c`,
  `third-lower-u-rel` and `third-lower-u-cui-nf` passed, and so did the releases of (a)/(b)/(u) lists under (U).
- class 2: every escaped SBU mark but `&#40;SBU&#41;` released the SBU item at public: `\\(SBU\\)`,
  `\\\\(SBU\\\\)`, `%28SBU%29`, `%5BSBU%5D`, RTF `\\'28SBU\\'29`, `\\u0028SBU\\u0029` in plain text (the JSON export of round
  148 passed), `\\[SBU\\]`. The escaped (S//NF) in Markdown and JSON, the RTF document and the (U) releases passed.
- class 3: `fax-two-lines` (LF and CR LF) and `three-lines-les-nf` released the unmarked body at partner and public
  (the spaced `L E S   N O F O R N` line was not read); one-line `S E C R E T / / N O F O R N`, `S  E  C  R  E  T`
  and `U N C L A S S I F I E D / /` over `F O U O` passed.
- class 4: passed (kept).
Red-teamed after the fixes (`test_red_teamed_*`, written then): a lower-case `(u)` under a line ending on a plain
word, `field_2=%28C%29` in a form export, a two-space `C  O  N  F  I  D  E  N  T  I  A  L` over `N  O  F  O  R  N`
(CR LF), and releases (a spaced `M E M O R A N D U M`, a URL with `%28Vienna%29`, a Markdown formula `\\(x + y\\)`):
only `field_2=%28C%29` failed, and it fails unescaped too (`field_2=(C)`: a key glued to its mark is another class,
left open as a strict xfail); `field_2 = %28C%29` passes.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")
FOREIGN = ("partner", "public")

# ---------------------------------------------------------------- 1: a mark-shaped enumerator at a wrapped line start

WRAP_LOWER_U = """SECRET//NOFORN

MEMORANDUM FOR THE RECORD

1. (U) Poloff met the Ministry's legal adviser on November 17 at the annex.

2. (S//NF) The adviser said the Minister has dropped the requirements in paragraphs (p) through
(u) of the annex, and the Ministry will let the eastern crossings stay open to fuel trucks
without inspection until the smuggling case against the port operators closes.

3. (U) Poloff provided the published guidance on e-manifests.

SECRET//NOFORN
"""

WRAP_UPPER_U_MID_SENTENCE = """SECRET

1. (U) The delegation arrived on Monday and met the Deputy Minister.

2. (S) The Deputy Minister admitted that the army moved two battalions to the border under clauses (R) through
(U) of the emergency order, and that the commander intends to seize the Kalai dam before the vote.

3. (U) The delegation left on Wednesday.

SECRET
"""

WRAP_LOWER_U_CRLF = ("CONFIDENTIAL\r\n\r\n"
                     "(U) The visit schedule is attached.\r\n\r\n"
                     "(C) The governor asked that items (a), (b) and\r\n"
                     "(u) of his list stay private, because he plans to replace the police chief of\r\n"
                     "Port Halcyon before the budget debate.\r\n\r\n"
                     "(U) Next meeting Thursday.\r\n\r\n"
                     "CONFIDENTIAL\r\n")

WRAP_LOWER_U_AFTER_COMMA = """SECRET//NOFORN

(S//NF) Source reporting indicates the cell keeps weapons at three sites, listed as sites (s), (t),
(u) in the annex: the mosque storeroom on Harbour Road, the tyre depot, and the old cinema.

(U) Nothing further.

SECRET//NOFORN
"""

WRAP_LOWER_C_IN_S = """SECRET

(S) The minister said the payments listed under heading
(c) of the ledger went to Colonel Varga's private account in Limassol every month.

SECRET
"""

WRAP_UPPER_U_AFTER_AND = """SECRET//NOFORN

2. (S//NF) The liaison officer confirmed that paragraphs 4(b) and
(U) text of the agreement were leaked by the deputy chief of staff to the opposition.

SECRET//NOFORN
"""

# the same with a short line before the wrap (a ragged right edge, as in round 147's 001)
WRAP_SHORT_LOWER_U = """SECRET//NOFORN

2. (S//NF) The adviser said the Minister has dropped the requirements in paragraphs
(u) of the annex, and the Ministry will let the eastern crossings stay open to fuel trucks
without inspection until the smuggling case against the port operators closes.

3. (U) Poloff provided the published guidance on e-manifests.

SECRET//NOFORN
"""

WRAP_SHORT_UPPER_U = """SECRET

2. (S) The Deputy Minister admitted that under clauses
(U) through (W) of the emergency order the commander intends to seize the Kalai dam
before the vote.

3. (U) The delegation left on Wednesday.

SECRET
"""

WRAP_SHORT_LOWER_U_CRLF = ("CONFIDENTIAL\r\n\r\n"
                           "(C) The governor asked that items\r\n"
                           "(u) and (v) of his list stay private, because he plans to replace the police chief\r\n"
                           "of Port Halcyon before the budget debate.\r\n\r\n"
                           "(U) Next meeting Thursday.\r\n\r\n"
                           "CONFIDENTIAL\r\n")

WRAP_SHORT_LOWER_U_TABLE_OF_CITES = """SECRET//REL TO USA, GBR

(S//REL) The ministry cited article 12,
(u) and (w) as the legal basis, and the interior minister told the ambassador privately
that the detainees will be transferred to the Bari military prison on 4 December.

SECRET//REL TO USA, GBR
"""

WRAP_SHORT_LOWER_U_DASH = """SECRET//NOFORN

(S//NF) Her notes on the decree's subsections (k) to
(u) - see the attached draft - show that the army chief will resign before the election
and that the cabinet knows.

SECRET//NOFORN
"""

# the wrap puts the enumerator on a paragraph's third (or later) line, as in round 147's 001
WRAP_THIRD_LINE_LOWER_U = """SECRET//NOFORN

1. (U) Poloff met the adviser on Monday.

2. (S//NF) The adviser said the Minister has quietly dropped the nine
requirements listed in paragraphs (p) through
(u) of the annex, and the Ministry will let the eastern crossings stay open to fuel trucks
without inspection until the smuggling case against the port operators closes.

3. (U) Poloff provided the published guidance.

SECRET//NOFORN
"""

WRAP_THIRD_LINE_UPPER_U_CRLF = ("SECRET\r\n\r\n"
                                "(S) The Deputy Minister admitted that the army has moved\r\n"
                                "two battalions under clauses (R) through\r\n"
                                "(U) of the emergency order, and the commander intends to seize the Kalai dam\r\n"
                                "before the vote.\r\n\r\n"
                                "(U) The delegation left on Wednesday.\r\n\r\n"
                                "SECRET\r\n")

WRAP_FOURTH_LINE_LOWER_C = """CONFIDENTIAL

3. (C) The governor told the consul that the payments in the
ledger, which his auditors traced through the accounts in
headings (a) and
(c) of the annex, went to the police chief's brother in Port Halcyon every month.

CONFIDENTIAL
"""

WRAP_THIRD_LINE_LOWER_U_REL = """SECRET//REL TO USA, GBR

(S//REL) The ministry cited the emergency law's articles 12, 14
and the lettered clauses (s), (t) and
(u) as the legal basis; the interior minister told the ambassador privately
that the detainees will be transferred to the Bari military prison on 4 December.

SECRET//REL TO USA, GBR
"""

WRAP_THIRD_LINE_LOWER_CUI = """CUI//NOFORN

(CUI//NF) The contractor's badge audit found that the visitors listed in
the gate log under codes (g) and
(u) were the two suppliers whose trucks carried the unmanifested pallets to dock 9.

CUI//NOFORN
"""


@pytest.mark.parametrize("text,phrase,levels", [
    (WRAP_THIRD_LINE_LOWER_U, "the Ministry will let the eastern crossings stay open to fuel trucks", ALL),
    (WRAP_THIRD_LINE_LOWER_U, "without inspection until the smuggling case", ALL),
    (WRAP_THIRD_LINE_UPPER_U_CRLF, "the commander intends to seize the Kalai dam", ALL),
    (WRAP_FOURTH_LINE_LOWER_C, "went to the police chief's brother in Port Halcyon", ALL),
    (WRAP_THIRD_LINE_LOWER_U_REL, "the detainees will be transferred to the Bari military prison", ALL),
    (WRAP_THIRD_LINE_LOWER_CUI, "carried the unmanifested pallets to dock 9", FOREIGN),
], ids=["third-lower-u", "third-lower-u-rest", "third-upper-u-crlf", "fourth-lower-c", "third-lower-u-rel",
        "third-lower-u-cui-nf"])
def test_wrapped_enumerator_on_a_later_line_does_not_lower(text: str, phrase: str,
                                                           levels: tuple[str, ...]) -> None:
    assert_withheld(text, phrase, levels)


@pytest.mark.parametrize("text,phrase,levels", [
    (WRAP_SHORT_LOWER_U, "the Ministry will let the eastern crossings stay open to fuel trucks", ALL),
    (WRAP_SHORT_LOWER_U, "without inspection until the smuggling case", ALL),
    (WRAP_SHORT_UPPER_U, "the commander intends to seize the Kalai dam", ALL),
    (WRAP_SHORT_LOWER_U_CRLF, "he plans to replace the police chief", ALL),
    (WRAP_SHORT_LOWER_U_CRLF, "of Port Halcyon before the budget debate", ALL),
    (WRAP_SHORT_LOWER_U_TABLE_OF_CITES, "the detainees will be transferred to the Bari military prison", ALL),
    (WRAP_SHORT_LOWER_U_DASH, "the army chief will resign before the election", ALL),
], ids=["short-lower-u", "short-lower-u-rest", "short-upper-u", "short-lower-u-crlf", "short-lower-u-crlf-rest",
        "short-lower-u-rel", "short-lower-u-dash"])
def test_wrapped_enumerator_after_short_line_does_not_lower(text: str, phrase: str,
                                                            levels: tuple[str, ...]) -> None:
    assert_withheld(text, phrase, levels)


@pytest.mark.parametrize("text,phrase", [
    (WRAP_LOWER_U, "the Ministry will let the eastern crossings stay open to fuel trucks"),
    (WRAP_LOWER_U, "without inspection until the smuggling case"),
    (WRAP_UPPER_U_MID_SENTENCE, "the commander intends to seize the Kalai dam"),
    (WRAP_LOWER_U_CRLF, "he plans to replace the police chief"),
    (WRAP_LOWER_U_AFTER_COMMA, "the mosque storeroom on Harbour Road"),
    (WRAP_LOWER_C_IN_S, "went to Colonel Varga's private account in Limassol"),
    (WRAP_UPPER_U_AFTER_AND, "were leaked by the deputy chief of staff"),
], ids=["lower-u", "lower-u-rest", "upper-u-mid-sentence", "lower-u-crlf", "lower-u-after-comma", "lower-c-in-s",
        "upper-u-after-and"])
def test_wrapped_enumerator_does_not_lower(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ALL)


WRAP_LOWER_S_IN_U = """UNCLASSIFIED

(U) The ambassador's remarks at the school opening are attached, with the
(s) annotations by the press officer removed.

UNCLASSIFIED
"""

LIST_UNDER_U = """UNCLASSIFIED

MEMORANDUM

1. (U) The contract requires the vendor to deliver, under subsections (a) through
(u) of the statement of work, the cafeteria equipment listed in the annex by March 3.

2. (U) The steps are:
(a) post the notice on the website;
(b) collect the bids by February 1;
(u) update the vendor list in the shared drive.

UNCLASSIFIED
"""

S_MEMO_U_AFTER_SENTENCE = """SECRET

1. (S) The colonel said the unit will move north next week.
(U) The embassy gym reopens on Monday after the floor repairs.

SECRET
"""


def test_wrapped_lower_s_in_u_paragraph_stays_releasable_or_raises() -> None:
    # a lower-case (s) after a wrap may raise: the line may be withheld, but the paragraph's first line stays
    assert_released(WRAP_LOWER_S_IN_U, "The ambassador's remarks at the school opening are attached")


@pytest.mark.parametrize("phrase", [
    "the cafeteria equipment listed in the annex by March 3",
    "post the notice on the website",
    "collect the bids by February 1",
    "update the vendor list in the shared drive",
])
def test_enumerators_under_u_paragraph_are_released(phrase: str) -> None:
    assert_released(LIST_UNDER_U, phrase)


def test_u_line_after_a_sentence_end_still_reads_as_a_mark() -> None:
    assert_released(S_MEMO_U_AFTER_SENTENCE, "The embassy gym reopens on Monday")
    assert_withheld(S_MEMO_U_AFTER_SENTENCE, "the unit will move north next week", ALL)


# ---------------------------------------------------------------- 2: marks escaped by an export

def _clo(u_open: str, u_close: str, sbu_open: str, sbu_close: str) -> str:
    return f"""UNCLASSIFIED

## Week of November 16

{u_open}U{u_close} Community potluck moves to the residence lawn on Saturday.

{sbu_open}SBU{sbu_close} Residential guard shift change at the Kabulonga compound moves to 0545 and 1745.

{u_open}U{u_close} Swimming lessons for children resume at the school pool next week.

UNCLASSIFIED
"""


ESCAPES = {
    "markdown-backslash": ("\\(", "\\)"),
    "doubled-backslash": ("\\\\(", "\\\\)"),
    "url-percent": ("%28", "%29"),
    "url-percent-square": ("%5B", "%5D"),
    "rtf-hex": ("\\'28", "\\'29"),
    "html-decimal": ("&#40;", "&#41;"),
    "json-unicode": ("\\u0028", "\\u0029"),
    "markdown-brackets": ("\\[", "\\]"),
}


@pytest.mark.parametrize("name", list(ESCAPES))
def test_escaped_sbu_mark_is_withheld_at_public(name: str) -> None:
    o, c = ESCAPES[name]
    assert_withheld(_clo(o, c, o, c), "Residential guard shift change at the Kabulonga compound", ("public",))


_LOWERS = pytest.mark.xfail(strict=True, reason="over-redaction, accepted (fixrev36m): an escaped plain (U) is no "
                            "longer decoded, since an escape may only raise (review36m: LaTeX `\\(U\\)` lowered S//NF text)")


@pytest.mark.parametrize("name", [pytest.param("markdown-backslash", marks=_LOWERS),
                                  pytest.param("doubled-backslash", marks=_LOWERS),
                                  pytest.param("url-percent", marks=_LOWERS), "html-decimal",
                                  pytest.param("json-unicode", marks=_LOWERS)])
def test_escaped_u_items_are_released(name: str) -> None:
    o, c = ESCAPES[name]
    assert_released(_clo(o, c, o, c), "Swimming lessons for children resume", "public")


MD_ESCAPED_SNF_IN_U_BANNERLESS = """# Notes from the Tuesday sync

\\(U\\) The team agreed to move the offsite to the lakeside lodge.

\\(S//NF\\) The station chief said the asset in the port authority will be exfiltrated on Friday night.

\\(U\\) Lunch was provided.
"""

JSON_ESCAPED_SLASHES = """{
  "banner": "SECRET\\/\\/NOFORN",
  "paragraphs": [
    "\\u0028U\\u0029 The conference room is booked for Thursday.",
    "\\u0028S\\/\\/NF\\u0029 The defector named two officers in the presidential guard who take cartel money."
  ]
}
"""

RTF_ESCAPED_CUI = r"""{\rtf1\ansi\deff0 {\fonttbl {\f0 Times New Roman;}}
\pard UNCLASSIFIED\par
\pard \'28U\'29 The training room moves to the second floor.\par
\pard \'28SBU\'29 The alarm panel code for the warehouse is 4417 until the locks are changed.\par
\pard UNCLASSIFIED\par
}
"""


def test_markdown_escaped_s_nf_is_withheld() -> None:
    assert_withheld(MD_ESCAPED_SNF_IN_U_BANNERLESS, "the asset in the port authority will be exfiltrated", ALL)


def test_json_escaped_slashes_s_nf_is_withheld() -> None:
    assert_withheld(JSON_ESCAPED_SLASHES, "named two officers in the presidential guard", ALL)


def test_rtf_escaped_sbu_is_withheld() -> None:
    assert_withheld(RTF_ESCAPED_CUI, "alarm panel code for the warehouse is 4417", ("public",))


# ---------------------------------------------------------------- 3: banners in spaced letters

FAX_TWO_LINES = """                    U N C L A S S I F I E D
                    L E S   N O F O R N

FAX TRANSMITTAL - HSI ATTACHE OFFICE
To: HSI Houston, Group 3

(U) Per our call, follow-up on the trailer case.

The cooperating witness says the trailers cross at the bridge between 0200 and 0400 when supervisor Ortega is on shift.

                    U N C L A S S I F I E D
                    L E S   N O F O R N
"""

SPACED_ONE_LINE_S_NF = """S E C R E T / / N O F O R N

INFORMATION MEMO

The liaison service has recruited a clerk in the finance ministry who copies the reserve figures each week.

S E C R E T / / N O F O R N
"""

SPACED_TWO_SPACES = """S  E  C  R  E  T

Subject: Border posts

The brigade will withdraw from the Dara crossing on 3 December without telling the governor.

S  E  C  R  E  T
"""

SPACED_THREE_LINES = """U N C L A S S I F I E D
L A W   E N F O R C E M E N T   S E N S I T I V E
N O F O R N

The informant meets the handler at the Elm Street diner on Thursdays at 0700.

U N C L A S S I F I E D
L A W   E N F O R C E M E N T   S E N S I T I V E
N O F O R N
"""

SPACED_NOFORN_SECOND_LINE_UNCLASS_FOUO = """U N C L A S S I F I E D / /
F O U O

The new badge readers will be installed at the north gate; the override code is 6620.

U N C L A S S I F I E D / /
F O U O
"""


@pytest.mark.parametrize("text,phrase,levels", [
    (FAX_TWO_LINES, "the trailers cross at the bridge between 0200 and 0400", FOREIGN),
    (FAX_TWO_LINES.replace("\n", "\r\n"), "the trailers cross at the bridge between 0200 and 0400", FOREIGN),
    (SPACED_ONE_LINE_S_NF, "recruited a clerk in the finance ministry", ALL),
    (SPACED_TWO_SPACES, "The brigade will withdraw from the Dara crossing", ALL),
    (SPACED_THREE_LINES, "The informant meets the handler at the Elm Street diner", FOREIGN),
    (SPACED_NOFORN_SECOND_LINE_UNCLASS_FOUO, "the override code is 6620", ("public",)),
], ids=["fax-two-lines", "fax-two-lines-crlf", "one-line-s-nf", "two-spaces", "three-lines-les-nf", "fouo-split"])
def test_spaced_banner_is_read(text: str, phrase: str, levels: tuple[str, ...]) -> None:
    assert_withheld(text, phrase, levels)


def test_spaced_unclassified_banner_alone_releases_at_public() -> None:
    text = """U N C L A S S I F I E D

The motor pool closes at noon on Friday for the holiday.

U N C L A S S I F I E D
"""
    assert_released(text, "The motor pool closes at noon on Friday", "public")


# ---------------------------------------------------------------- 4: OCR lost the opening parenthesis (keep passing)

OCR_LOST_PAREN = """S E C R E T ABUJA 001877

NOFORN

1. (U) THE GOVERNOR VISITED THE CAMP ON NOVEMBER 18.

2. S//NF) A SENIOR OFFICIAL SAID INFORMANTS ARE INSIDE THE TASK FORCE IN KONDUGA.

3. |C) THE GOVERNOR ASKED FOR DRONE IMAGERY OF THE FOREST.

4. {S}) THE COMMANDER SELLS FUEL THROUGH A MONGUNO TRANSPORT COMPANY.

5. C) THE MINISTER'S BROTHER RUNS THE CHECKPOINT AT BAMA.

6. s//nf) the source is a clerk in the governor's office.
"""


@pytest.mark.parametrize("phrase", [
    "INFORMANTS ARE INSIDE THE TASK FORCE IN KONDUGA",
    "ASKED FOR DRONE IMAGERY OF THE FOREST",
    "SELLS FUEL THROUGH A MONGUNO TRANSPORT COMPANY",
    "RUNS THE CHECKPOINT AT BAMA",
    "the source is a clerk in the governor's office",
])
def test_ocr_lost_parenthesis_is_withheld(phrase: str) -> None:
    assert_withheld(OCR_LOST_PAREN, phrase, ALL)


# ---------------------------------------------------------------- red-teamed after the fixes (written then)

RT_LOWER_AFTER_PLAIN_WORD = """SECRET

1. (U) The colonel met the attache on Monday.

2. (S) The colonel's written demands, numbered
(u) and (v) in his letter, say the brigade will mutiny on Friday if the pay is not restored.

SECRET
"""

RT_PERCENT_C_FORM = """UNCLASSIFIED

field_1 = %28U%29 The visa section opens at 0800 on weekdays.
field_2 = %28C%29 The consul suspects the visa clerk of selling appointment slots to a broker.

UNCLASSIFIED
"""

RT_SPACED_C_NF_TWO_SPACES = ("C  O  N  F  I  D  E  N  T  I  A  L\r\n"
                             "N  O  F  O  R  N\r\n\r\n"
                             "The defence attache reports that the frigate's radar has been out of service since May.\r\n\r\n"
                             "C  O  N  F  I  D  E  N  T  I  A  L\r\n"
                             "N  O  F  O  R  N\r\n")


@pytest.mark.parametrize("text,phrase,levels", [
    (RT_LOWER_AFTER_PLAIN_WORD, "say the brigade will mutiny on Friday", ALL),
    (RT_PERCENT_C_FORM, "selling appointment slots to a broker", ALL),
    (RT_SPACED_C_NF_TWO_SPACES, "the frigate's radar has been out of service", ALL),
], ids=["lower-u-after-plain-word", "percent-c-form", "spaced-c-nf-two-spaces-crlf"])
def test_red_teamed_withheld(text: str, phrase: str, levels: tuple[str, ...]) -> None:
    assert_withheld(text, phrase, levels)


@pytest.mark.xfail(reason="leak, left open (fixmarks36): a key glued to its mark, `field_2=(C) ...` (escaped or not), "
                          "reads no mark at the line start and no mid-line mark; the line goes on the (U) line above",
                   strict=True)
def test_red_teamed_key_glued_to_mark() -> None:
    text = RT_PERCENT_C_FORM.replace(" = ", "=").replace("%28", "(").replace("%29", ")")
    assert_withheld(text, "selling appointment slots to a broker", ALL)


RT_RELEASES = """UNCLASSIFIED

M E M O R A N D U M

(U) The treaty text is at https://example.org/wiki/Treaty_%28Vienna%29 for anyone who needs it.

(U) In the notes, write formulas as \\(x + y\\) so the exporter keeps them.

(U) The library opens at nine on Saturdays.

UNCLASSIFIED
"""


@pytest.mark.parametrize("phrase", [
    "The treaty text is at https://example.org/wiki/Treaty_%28Vienna%29 for anyone who needs it.",
    "so the exporter keeps them",
    "The library opens at nine on Saturdays.",
])
def test_red_teamed_released(phrase: str) -> None:
    assert_released(RT_RELEASES, phrase, "public")
