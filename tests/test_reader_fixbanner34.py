"""A dissemination control stated for the whole document that no portion carries (blind rounds 140 and 142,
issue 8): the banner says UNCLASSIFIED//LES NOFORN but the portions say only (U//LES) and (U); a PDF properties
block says `Classification: SBU//NOFORN` and `Releasability: Not releasable to foreign nationals` while the page
banners and portions say only SBU. The reader cannot tell which portions the control belongs to, so every portion
not already marked as restrictively is withheld from the levels the control excludes (partner for NOFORN and for a
REL TO list without GBR). Variants: other formats (HTML, e-mail, SharePoint and Word properties), the control only
in the footer banner, written as a phrase, as a REL TO list, in a `Caveats:`/`Dissemination:`/`Handling:` field;
plus the (U) text beside them that usg must keep, and a document whose NOFORN a portion does carry (its other
controlled portions stay released at partner: the roll-up is explained).

First run, written before reading the reader (branch lead34 = main e0d0104 + the rounds): 13 of 26 failed.
Leaked at partner: banner-les-noforn, footer-only-noforn, phrase-banner-fouo, html-cui-noforn,
cui-rel-to-without-gbr, word-properties-caveats, sharepoint-dissemination, pdf-properties-sbu-noforn,
email-classification-header, and all four `(U)` text checks at partner (the brief: every portion not marked more
restrictively is withheld from partner). Passed from the start: handling-phrase (`Handling: Not releasable to
foreign nationals` in a properties block), releasability-rel-to-list (a `Releasability:` REL TO list without GBR),
the usg must-release checks and the carried-NOFORN control case.
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

# (U) text of the same documents: the control's portions cannot be told apart, so partner does not see it either.
U_WITHHELD_FROM_PARTNER = [
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


def test_noforn_a_portion_carries_leaves_other_portions_alone():
    # the (SBU//NF) portion explains the banner's NOFORN: the (SBU) one stays at partner, the (SBU//NF) one does not
    assert_withheld(CARRIED_NOFORN, "liaison officer is under investigation", NOT_PARTNER)
    assert_released(CARRIED_NOFORN, "extend its visa appointment hours through December", "partner")
    assert_released(CARRIED_NOFORN, "The consulate is closed on Thanksgiving", "usg")


def test_withheld_portion_names_the_document_control():
    # the reason says the control was stated for the document, not carried by a portion
    import sbu_redact
    out = sbu_redact.Pipeline().redact(PDF_PROPERTIES_SBU_NOFORN, levels=["partner"], partner="GBR")
    assert "safe room door" not in out["partner"].text
    assert versions(PDF_PROPERTIES_SBU_NOFORN, ("usg",))["usg"]
