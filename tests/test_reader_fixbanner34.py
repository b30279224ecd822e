"""A dissemination control stated for the whole document that no portion carries (blind rounds 140 and 142,
issue 8): the banner says UNCLASSIFIED//LES NOFORN but the portions say only (U//LES) and (U); a PDF properties
block says `Classification: SBU//NOFORN` and `Releasability: Not releasable to foreign nationals` while the page
banners and portions say only SBU. The reader cannot tell which portions the control belongs to, so every portion
not already marked as restrictively is withheld from the levels the control excludes (partner for NOFORN and for a
REL TO list without GBR). Variants: other formats (HTML, e-mail, SharePoint and Word properties), the control only
in the footer banner, written as a phrase, as a REL TO list, in a `Caveats:`/`Dissemination:`/`Handling:` field;
plus the (U) text beside them that usg must keep, and a document whose NOFORN a portion does carry (its other
controlled portions stay released at partner: the roll-up is explained).

First run, written before reading the reader (branch lead34 = main e0d0104 + the rounds): 8 of 26 failed.
Leaked at partner: banner-les-noforn (the non-IC LES NOFORN of the banner was no dissemination control the reader
looked for), word-properties-caveats and sharepoint-dissemination (the `Classification:` line's NOFORN was lost
when the page banner became the document's marking), handling-phrase (`Handling:` is no field the reader read), and
all four (U) texts at partner. Passed from the start: footer-only-noforn, phrase-banner-fouo, html-cui-noforn,
cui-rel-to-without-gbr, releasability-rel-to-list, pdf-properties-sbu-noforn's (SBU) text (its `Releasability:`
value read whole; the round's own, `..., including host-nation contractors`, did not), email-classification-header,
every usg must-release check and the carried-NOFORN case. Added after the fix: a release field that reads only in
part or not at all, one that states nothing about release, and the problem that names the control.

The (U) texts: the brief asked for every portion not marked more restrictively to be withheld, (U) too, and the
first version did so; but two must-release tests of the project (tests/test_reader_round8_leaks.py: "plain (U)
text is not controlled" under a REL TO banner; tests/test_reader_fixrev32c.py: a (U) label under an SBU//NOFORN
banner) keep plain (U) text at partner beside controlled text. Kept so: a (U) mark is an exact sign that its text
is uncontrolled, and controlled portions are there to hold the control. Only where no controlled portion is there
(every portion (U)) does (U) text take the control's limit on foreign release (`U_WITHHELD_FROM_PARTNER`).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld, versions

NOT_PARTNER = ("partner", "public")

# --- the control only in the banner ------------------------------------------------------------------------------

BANNER_LES_NOFORN = """UNCLASSIFIED//LES NOFORN

DRUG ENFORCEMENT ADMINISTRATION
Country Office, Lima
Field report - Operation HUALLAGA

(U) Peruvian police reported record coca eradication figures for the third quarter.

(U//LES) The informant says the shipment leaves Callao in a reefer container of frozen squid on the 12th.

(U) The eradication figures were published by DEVIDA on its website.

Prepared by: SA R. Quispe
UNCLASSIFIED//LES NOFORN
"""

FOOTER_ONLY_NOFORN = """SENSITIVE BUT UNCLASSIFIED

Embassy Nairobi -- Regional Security Office
Weekly security summary

(U) The ambassador attended the Madaraka Day reception at State House.

(SBU) The residential security team moved the deputy chief of mission to the Runda compound on Tuesday.

(U) The consular section will be closed on the public holiday.

SENSITIVE BUT UNCLASSIFIED//NOFORN
"""

PHRASE_BANNER_FOUO = """UNCLASSIFIED//FOR OFFICIAL USE ONLY - NOT RELEASABLE TO FOREIGN NATIONALS

MEMORANDUM FOR RECORD
SUBJECT: Base access review, Camp Arifjan

1. (U) The review covered the north and south entry control points.

2. (U//FOUO) Guards at the south gate do not check the vehicle undercarriage after 2200.

3. (U) The review team thanks the garrison staff for their help.

UNCLASSIFIED//FOR OFFICIAL USE ONLY - NOT RELEASABLE TO FOREIGN NATIONALS
"""

HTML_CUI_NOFORN = """<html><body>
<div class="classification-banner">CUI//NOFORN</div>
<h1>Port security assessment</h1>
<p>(U) The port authority publishes its tariff schedule every January.</p>
<p>(CUI) The container scanner at berth 7 has been out of service since the storm and is not being replaced.</p>
<p>(U) Questions go to the assessment team lead.</p>
<div class="classification-banner">CUI//NOFORN</div>
</body></html>
"""

CUI_REL_TO_WITHOUT_GBR = """CUI//REL TO USA, CAN

Joint border working group -- meeting notes

(U) The working group met in Ottawa on 4 November.

(CUI) The northbound rail crossing at Lacolle has no radiation portal monitor on track two.

(U) The next meeting is in Buffalo in February.

CUI//REL TO USA, CAN
"""

# --- the control only in a metadata / properties field -----------------------------------------------------------

WORD_PROPERTIES_CAVEATS = """Title: Visa referral review
Author: CA/FPP -- Ngata, Aroha
Company: U.S. Department of State
Classification: UNCLASSIFIED//FOUO
Caveats: NOFORN
Last saved: 2026-11-02

UNCLASSIFIED//FOR OFFICIAL USE ONLY

(U) The review sampled 400 referrals from the last fiscal year.

(U//FOUO) Eleven referrals came from a single travel agent in Auckland whose clients overstayed.

(U) The full statistics will be published in the annual report.

UNCLASSIFIED//FOR OFFICIAL USE ONLY
"""

SHAREPOINT_DISSEMINATION = """Name: Harbor patrol schedule.docx
Modified By: Lt. J. Okafor
Content Type: Document
Classification: CUI
Dissemination: NOFORN

CUI

(U) The harbor patrol schedule is reviewed each quarter.

(CUI) Boats leave the pier at 0400 and 1600 and are off station between 1100 and 1300.

(U) Public tours of the pier resume in the spring.

CUI
"""

HANDLING_PHRASE = """Title: Witness relocation status
Author: USMS WITSEC -- Brandt, K.
Handling: Not releasable to foreign nationals
Pages: 1

LAW ENFORCEMENT SENSITIVE

(U) The program office received the quarterly audit on 3 November.

(U//LES) The protected witness now lives in Boise under the surname Hollister.

(U) The audit found no findings of record.

LAW ENFORCEMENT SENSITIVE
"""

RELEASABILITY_REL_TO_LIST = """Title: Maritime domain awareness update
Author: USCG D17 -- Park, S.
Classification: SBU
Releasability: REL TO USA, AUS, CAN, NZL

SENSITIVE BUT UNCLASSIFIED

(U) The district held its annual maritime safety day in Juneau.

(SBU) The cutter assigned to the Bering patrol will be in dry dock from January to April.

(U) Safety day attendance was the highest in ten years.

SENSITIVE BUT UNCLASSIFIED
"""

PDF_PROPERTIES_SBU_NOFORN = """Title: Chancery renovation status
Author: OBO/PSD -- Alvarez, M.
Classification: SBU//NOFORN
Releasability: Not releasable to foreign nationals
Created: 2026-09-14
Pages: 1
SENSITIVE BUT UNCLASSIFIED
Chancery Renovation Status -- Embassy Tbilisi                  Page 1 of 1

(U) The renovation of the chancery lobby is on schedule.

(SBU) The new safe room door on the fourth floor will not be installed until March.

(U) The lobby will reopen to visitors in the spring.

SENSITIVE BUT UNCLASSIFIED                                       Page 1 of 1
"""

EMAIL_CLASSIFICATION_HEADER = """From: ops@field.example
To: watch@hq.example
Subject: Shift turnover
Classification: UNCLASSIFIED//FOUO//NOFORN

(U) Turnover was completed at 0700 without incident.

(U//FOUO) The backup generator at the annex fails its load test and will not carry the server room.

(U) Coffee machine is fixed.
"""

# A portion carries the banner's NOFORN: the roll-up is explained, the (SBU) portion without it stays at partner.
CARRIED_NOFORN = """SENSITIVE BUT UNCLASSIFIED//NOFORN

(SBU//NF) The host-nation liaison officer is under investigation for selling visa appointments.

(SBU) The consulate will extend its visa appointment hours through December for the holiday rush.

(U) The consulate is closed on Thanksgiving.

SENSITIVE BUT UNCLASSIFIED//NOFORN
"""

WITHHELD_FROM_PARTNER = [
    ("banner-les-noforn", BANNER_LES_NOFORN, "shipment leaves Callao in a reefer container of frozen squid"),
    ("footer-only-noforn", FOOTER_ONLY_NOFORN, "moved the deputy chief of mission to the Runda compound"),
    ("phrase-banner-fouo", PHRASE_BANNER_FOUO, "do not check the vehicle undercarriage after 2200"),
    ("html-cui-noforn", HTML_CUI_NOFORN, "container scanner at berth 7 has been out of service"),
    ("cui-rel-to-without-gbr", CUI_REL_TO_WITHOUT_GBR, "rail crossing at Lacolle has no radiation portal monitor"),
    ("word-properties-caveats", WORD_PROPERTIES_CAVEATS, "single travel agent in Auckland whose clients overstayed"),
    ("sharepoint-dissemination", SHAREPOINT_DISSEMINATION, "are off station between 1100 and 1300"),
    ("handling-phrase", HANDLING_PHRASE, "now lives in Boise under the surname Hollister"),
    ("releasability-rel-to-list", RELEASABILITY_REL_TO_LIST, "will be in dry dock from January to April"),
    ("pdf-properties-sbu-noforn", PDF_PROPERTIES_SBU_NOFORN, "safe room door on the fourth floor will not be installed"),
    ("email-classification-header", EMAIL_CLASSIFICATION_HEADER, "backup generator at the annex fails its load test"),
]

# (U) paragraphs alone under a control no portion carries: the control must belong to one of them.
ALL_U_NOFORN_BANNER = """UNCLASSIFIED//NOFORN

MEMORANDUM FOR THE RECORD
SUBJECT: (U) Liaison visit, Jakarta

(U) The liaison officer visited the national police headquarters on 2 November.

(U) The police chief asked for two more seats at the investigators' course and named the officers he will send.

(U) The next visit is planned for February.

UNCLASSIFIED//NOFORN
"""

ALL_U_PROPERTIES_NOFORN = """Title: Liaison visit, Manila
Author: LEGAT Manila -- Cruz, D.
Classification: UNCLASSIFIED//NOFORN
Pages: 1
UNCLASSIFIED

(U) The liaison officer visited the national bureau of investigation on 9 November.

(U) The director asked for help tracing the bank accounts of the two fugitive mayors.

UNCLASSIFIED
"""

U_WITHHELD_FROM_PARTNER = [
    ("all-u-noforn-banner", ALL_U_NOFORN_BANNER, "asked for two more seats at the investigators' course"),
    ("all-u-properties-noforn", ALL_U_PROPERTIES_NOFORN, "help tracing the bank accounts of the two fugitive mayors"),
]

# (U) text beside controlled portions that can hold the control: uncontrolled as marked (round 8's rule), kept.
U_RELEASED_AT_PARTNER = [
    ("banner-les-noforn-u", BANNER_LES_NOFORN, "Peruvian police reported record coca eradication figures"),
    ("footer-only-noforn-u", FOOTER_ONLY_NOFORN, "attended the Madaraka Day reception at State House"),
    ("word-properties-caveats-u", WORD_PROPERTIES_CAVEATS, "review sampled 400 referrals from the last fiscal year"),
    ("pdf-properties-sbu-noforn-u", PDF_PROPERTIES_SBU_NOFORN, "renovation of the chancery lobby is on schedule"),
]

RELEASED_AT_USG = [
    ("banner-les-noforn", BANNER_LES_NOFORN, "published by DEVIDA on its website"),
    ("footer-only-noforn", FOOTER_ONLY_NOFORN, "consular section will be closed on the public holiday"),
    ("phrase-banner-fouo", PHRASE_BANNER_FOUO, "review team thanks the garrison staff for their help"),
    ("cui-rel-to-without-gbr", CUI_REL_TO_WITHOUT_GBR, "next meeting is in Buffalo in February"),
    ("word-properties-caveats", WORD_PROPERTIES_CAVEATS, "full statistics will be published in the annual report"),
    ("sharepoint-dissemination", SHAREPOINT_DISSEMINATION, "Public tours of the pier resume in the spring"),
    ("releasability-rel-to-list", RELEASABILITY_REL_TO_LIST, "attendance was the highest in ten years"),
    ("pdf-properties-sbu-noforn", PDF_PROPERTIES_SBU_NOFORN, "lobby will reopen to visitors in the spring"),
    ("email-classification-header", EMAIL_CLASSIFICATION_HEADER, "Turnover was completed at 0700 without incident"),
]


@pytest.mark.parametrize("kind,text,phrase", WITHHELD_FROM_PARTNER + U_WITHHELD_FROM_PARTNER,
                         ids=[k for k, *_ in WITHHELD_FROM_PARTNER + U_WITHHELD_FROM_PARTNER])
def test_document_control_no_portion_carries_is_withheld_from_partner(kind, text, phrase):
    assert_withheld(text, phrase, NOT_PARTNER)


@pytest.mark.parametrize("kind,text,phrase", RELEASED_AT_USG, ids=[k for k, *_ in RELEASED_AT_USG])
def test_plain_u_text_is_kept_at_usg(kind, text, phrase):
    assert_released(text, phrase)


@pytest.mark.parametrize("kind,text,phrase", U_RELEASED_AT_PARTNER, ids=[k for k, *_ in U_RELEASED_AT_PARTNER])
def test_plain_u_text_beside_controlled_portions_is_kept_at_partner(kind, text, phrase):
    assert_released(text, phrase, "partner")


def test_noforn_a_portion_carries_leaves_other_portions_alone():
    # the (SBU//NF) portion explains the banner's NOFORN: the (SBU) one stays at partner, the (SBU//NF) one does not
    assert_withheld(CARRIED_NOFORN, "liaison officer is under investigation", NOT_PARTNER)
    assert_released(CARRIED_NOFORN, "extend its visa appointment hours through December", "partner")
    assert_released(CARRIED_NOFORN, "The consulate is closed on Thanksgiving", "usg")


def test_withheld_portion_names_the_document_control():
    # the reason says what stated the control and that no portion mark carries it
    import sbu_redact
    doc = sbu_redact.read(BANNER_LES_NOFORN)
    said = [p.message for p in doc.problems if p.code == "DOCUMENT_CONTROL_NOT_CARRIED"]
    assert said and "LES NOFORN" in said[0], [p.code for p in doc.problems]


RELEASE_FIELD = """Title: Consulate generator replacement
Author: OBO/OPS -- Lindqvist, E.
Releasability: {value}

SENSITIVE BUT UNCLASSIFIED

(U) The consulate's old generator was installed in 1998.

(SBU) The consulate runs on one generator until the replacement arrives in June.

SENSITIVE BUT UNCLASSIFIED
"""


@pytest.mark.parametrize("value", ["Not releasable to foreign nationals, including local guard force",
                                   "US eyes only -- no foreign dissemination"],
                         ids=["reads-in-part", "does-not-read"])
def test_a_release_field_that_does_not_read_whole_fails_closed(value):
    import sbu_redact
    text = RELEASE_FIELD.format(value=value)
    assert_withheld(text, "runs on one generator until the replacement arrives", NOT_PARTNER)
    assert_released(text, "old generator was installed in 1998")
    assert "GARBLED_MARK" in [p.code for p in sbu_redact.read(text).problems]


def test_a_handling_field_that_says_nothing_of_release_changes_nothing():
    text = RELEASE_FIELD.replace("Releasability: {value}", "Handling: Hand carry between offices")
    assert_released(text, "runs on one generator until the replacement arrives", "partner")
