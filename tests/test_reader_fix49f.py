"""fix49f (session 49, rounds 192 and 193): releases to the UK that are declined, pending, or under a condition the
document does not show met, and notes in other languages that give 'all the others' a bar on foreigners.

First run on main ad2afc4b: 5 documents leaked at partner (adv192-022 also at public): adv192-022 (an Albanian note,
"Paragrafi i katërt është sekret. Të gjithë të tjerët janë vetëm për amerikanët"), adv192-034 (a cover sheet's
"Release to GBR: YES - subject to removal of all personal names" with the "names removed" box unticked), adv192-040
(an XML record's releaseCondition with countersigned="false"), adv193-003 ("Approved for ASD, CSE and GCSB; GCHQ
declined"), adv193-016 ("[~] United Kingdom (pending - not approved)"). After fix49f: 0 of them leak; rounds 191-193
0 new leaks.

Each WITHHELD case below is written fresh (other wordings, languages and formats) and leaks on main; each TRAP is
of the same shape and must still release (a condition shown met, a UK approval, a note saying a part is NOT secret).
"""
from __future__ import annotations

import pytest

import sbu_redact

PIPELINE = sbu_redact.Pipeline()


def _versions(text: str) -> dict[str, str]:
    out = PIPELINE.redact(text, levels=["usg", "partner", "public"], partner="GBR")
    return {level: out[level].text for level in ("usg", "partner", "public")}


SECRET_AT_PARTNER = "Informant reports the shipment leaves Durres harbour on Thursday night"

WITHHELD = {
    # a decision that answers the UK no, in other wordings
    "decision-uk-denied": f"""UNCLASSIFIED//FOUO
DISCLOSURE DECISION RECORD
Recipients proposed: CSIS, ASIO, NZSIS, MI5
Outcome: Release approved for CSIS and ASIO; MI5 denied.

(U//FOUO) {SECRET_AT_PARTNER}.
(U) The office will reply by Friday.
UNCLASSIFIED//FOUO
""",
    "table-row-gbr-not-approved": f"""UNCLASSIFIED//LES
| Country | Decision |
|---|---|
| CAN | approved |
| GBR | not approved |

(LES) {SECRET_AT_PARTNER}.
(U) Questions to the duty officer.
UNCLASSIFIED//LES
""",
    "answer-first-refused-for-the-uk": f"""UNCLASSIFIED//SBU
FDO note: Refused for the United Kingdom pending the legal review; cleared for Canada.

(SBU) {SECRET_AT_PARTNER}.
(U) Filed by the FDO office.
UNCLASSIFIED//SBU
""",
    "checkbox-uk-on-hold": f"""UNCLASSIFIED//LES
Countries approved for sharing:
  [x] Canada
  [x] Australia
  [?] U.K. (on hold)

(LES) {SECRET_AT_PARTNER}.
(U) Return the form to the case agent.
UNCLASSIFIED//LES
""",
    "checkbox-uk-left-empty": f"""UNCLASSIFIED//FOUO
Share with:  [X] Canada   [X] New Zealand   [ ] United Kingdom

(U//FOUO) {SECRET_AT_PARTNER}.
(U) Returned to the requester.
UNCLASSIFIED//FOUO
""",
    # a release field answered yes under a condition the document does not show met
    "field-yes-provided-box-unticked": f"""UNCLASSIFIED//LES
Sharing with UK: Approved, provided the informant identifiers are redacted
[ ] Informant identifiers redacted

(LES) {SECRET_AT_PARTNER}.
(U) Contact the liaison desk.
UNCLASSIFIED//LES
""",
    "recipient-first-field-once": f"""UNCLASSIFIED//FOUO
GBR release: yes, once the originator concurs
Originator concurrence: pending

(U//FOUO) {SECRET_AT_PARTNER}.
(U) Contact the liaison desk.
UNCLASSIFIED//FOUO
""",
    # a record's release condition as an attribute or key, not shown met
    "json-condition-approval-false": f"""{{
  "classification": "UNCLASSIFIED//FOUO",
  "releasableTo": ["USA", "GBR"],
  "release_condition": "FDO approval recorded",
  "fdoApproval": false,
  "portions": [
    {{"mark": "U//FOUO", "text": "{SECRET_AT_PARTNER}."}}
  ]
}}
""",
    "xml-condition-signed-pending": f"""<record>
  <meta classification="U" dissem="FOUO" releasableTo="USA GBR" sharingCondition="MOU annex B signed by both parties"/>
  <mou annex="B" signed="pending"/>
  <para mark="U//FOUO">{SECRET_AT_PARTNER}.</para>
  <para mark="U">Public outreach starts in March.</para>
</record>
""",
    # a note in Albanian and in other languages: the others only for Americans
    "albanian-others-us-only": f"""UNCLASSIFIED
NOTES OF THE MEETING

Shënim: paragrafi i dytë është sekret; të tjerët janë vetëm për amerikanët.

1. (U) {SECRET_AT_PARTNER}.
2. (U) The minister asked for a second meeting before the summit.
3. (U) Her deputy will travel to Brussels in January.
UNCLASSIFIED
""",
    "afrikaans-rest-for-americans": f"""UNCLASSIFIED
NOTES

Nota: Paragraaf 2 is geheim; die res is slegs vir Amerikaners.

1. (U) {SECRET_AT_PARTNER}.
2. (U) The mayor asked for technical help with the port audit.
3. (U) The audit team will be named next month.
UNCLASSIFIED
""",
    "albanian-pjesa-tjeter": f"""UNCLASSIFIED
NOTES

Kujdes: pika e tretë është sekret. Pjesa tjetër vetëm për amerikanët.

1. (U) {SECRET_AT_PARTNER}.
2. (U) The mayor asked for technical help with the port audit.
3. (U) The audit team will be named next month.
UNCLASSIFIED
""",
}

TRAPS = {
    "decision-gchq-approved": f"""UNCLASSIFIED//FOUO
Decision: Approved for ASD, CSE, GCSB and GCHQ.

(U//FOUO) {SECRET_AT_PARTNER}.
UNCLASSIFIED//FOUO
""",
    "condition-box-ticked": f"""UNCLASSIFIED//LES
Release to GBR: YES - subject to removal of all personal names before transmission
[X] Personal names removed (initial and date): KT 02/12/26

(LES) {SECRET_AT_PARTNER}.
UNCLASSIFIED//LES
""",
    "xml-countersigned-true": f"""<document>
  <security classification="U" dissem="FOUO" releasableTo="USA GBR"
            releaseCondition="arrangement ISA-51 countersigned"/>
  <arrangement id="ISA-51" countersigned="true"/>
  <para n="1" mark="U//FOUO">{SECRET_AT_PARTNER}.</para>
</document>
""",
    "uk-declined-to-comment": f"""UNCLASSIFIED//FOUO
(U) The UK declined to comment on the report, and the Canadians asked for a copy.
(U//FOUO) {SECRET_AT_PARTNER}.
UNCLASSIFIED//FOUO
""",
    "checkbox-uk-ticked": f"""UNCLASSIFIED//FOUO
Share with:  [X] Canada   [X] New Zealand   [X] United Kingdom

(U//FOUO) {SECRET_AT_PARTNER}.
UNCLASSIFIED//FOUO
""",
}


@pytest.mark.parametrize("name", sorted(WITHHELD))
def test_withheld_at_partner(name: str) -> None:
    versions = _versions(WITHHELD[name])
    assert SECRET_AT_PARTNER not in versions["partner"], name


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_trap_still_released_at_partner(name: str) -> None:
    versions = _versions(TRAPS[name])
    assert SECRET_AT_PARTNER in versions["usg"], name
    assert SECRET_AT_PARTNER in versions["partner"], name


def test_albanian_others_not_secret_raise_nothing() -> None:
    # "the second paragraph is secret. The others are NOT secret": the others keep their (U) at usg and partner
    text = f"""UNCLASSIFIED
NOTES

Shënim: Paragrafi i dytë është sekret. Të tjerët nuk janë sekret.

1. (U) {SECRET_AT_PARTNER}.
2. (U) The mayor asked for technical help with the port audit.
3. (U) The audit team will be named next month.
UNCLASSIFIED
"""
    versions = _versions(text)
    for level in ("usg", "partner"):
        assert SECRET_AT_PARTNER in versions[level]
        assert "The audit team will be named next month" in versions[level]
