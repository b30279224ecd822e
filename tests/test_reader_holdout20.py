"""The classes of leak that round 20's first run found (tests/corpus/adversarial20/FIRST_RUN.md), on
documents written for this test: a stale mark left before the new one (`3. (U) (S) ...`), an
unmarked entry of a log whose entries start with a date-time group, and a mark after an owner or
office and a dash (`3. DAO - (S) confirm ...`)."""
import pytest

import sbu_redact

_CORRECTED = """S E C R E T LIMA 000412

CORRECTED COPY (PARAGRAPH 2 CLASSIFICATION MARKING CHANGED)

SIPDIS

E.O. 13526: DECL: 05/02/2035
TAGS: PREL, PE
SUBJECT: PERU: CABINET SHUFFLE

Classified By: Ambassador Ellen Marsh, reasons 1.4(b),(d)

1. (U) The President will name a new cabinet on Monday.

2. {marks} The outgoing Interior Minister told us he will run for the Senate on a law-and-order ticket.

3. (U) Post will report further.
"""


@pytest.mark.parametrize("marks", ["(U) (S)", "(U) (C)", "(U)  (S//NF)", "(SBU) (C)"])
def test_a_stale_mark_before_the_new_one_takes_the_higher(marks):
    text = _CORRECTED.format(marks=marks)
    second = [p for p in sbu_redact.read(text).portions if p.number == 2][0]
    assert second.marking.level in ("CONFIDENTIAL", "SECRET")
    out = sbu_redact.Pipeline().redact(text, levels=["usg"])
    assert "will run for the Senate" not in out["usg"].text
    assert "Post will report further." in out["usg"].text


def test_a_copyright_notice_after_a_mark_is_no_second_mark():
    text = _CORRECTED.format(marks="(U) (C) 2020 Reuters. All rights reserved.")
    second = [p for p in sbu_redact.read(text).portions if p.number == 2][0]
    assert second.marking.level == "UNCLASSIFIED"


_LOG = """SECRET//NOFORN

WATCH LOG - 3 MARCH 2021

030410Z (U) Embassy Quito reports the protest has ended.
030522Z (S//NF) The liaison service reports a plot against the Vice President.
030615Z (U) Consulate Guayaquil requests more duty officers for the weekend.
{entry} The Minister asked whether the Vice President's convoy will change its route.
030812Z (C) The Foreign Minister protested the visa decision.

SECRET//NOFORN
"""


@pytest.mark.parametrize("entry", ["030740Z", "07:40"])
def test_an_unmarked_log_entry_is_a_portion_of_its_own(entry):
    log = _LOG if entry == "030740Z" else _LOG.replace("030410Z", "04:10").replace("030522Z", "05:22") \
        .replace("030615Z", "06:15").replace("030812Z", "08:12")
    text = log.format(entry=entry)
    out = sbu_redact.Pipeline().redact(text, levels=["usg"])
    assert "convoy will change its route" not in out["usg"].text
    assert "Consulate Guayaquil requests more duty officers" in out["usg"].text


_NOTES = """UNCLASSIFIED//FOR OFFICIAL USE ONLY

Emergency Action Committee - Notes

Action items
1. MGT - (U) renew the generator fuel contract before March.
2. RSO -- (U//FOUO) test the duress alarms in the south compound.
3. DAO - (S) confirm whether the checkpoint on the airport road is manned by the militia.
4. POL/ECON – (C) ask the Interior Ministry about the curfew.

UNCLASSIFIED//FOR OFFICIAL USE ONLY
"""


def test_a_mark_after_an_owner_and_a_dash_leads_its_item():
    out = sbu_redact.Pipeline().redact(_NOTES, levels=["usg", "public"])
    for level in ("usg", "public"):
        assert "manned by the militia" not in out[level].text
        assert "about the curfew" not in out[level].text
    assert "renew the generator fuel contract" in out["usg"].text


@pytest.mark.parametrize("label", ["UNCLASSIFIED//FOUO:", "U//FOUO:", "U//SBU:", "**UNCLASSIFIED//FOUO**"])
def test_an_unclassified_marking_with_controls_written_as_a_label(label):
    """Found while fixing round 20: round 15's trap adv15-021 ends with `UNCLASSIFIED//FOUO: the
    bridge line ... is posted on the Records Officers SharePoint page`, which was read as plain
    (U) text and released at `public`; the check passed only because NER happened to redact
    `Records` as a name inside the phrase."""
    text = ("Classification: UNCLASSIFIED\n\nPlease RSVP by June 14 for Records Day.\n\n"
            f"{label} the bridge line for remote participants is posted on the SharePoint page.\n")
    out = sbu_redact.Pipeline().redact(text, levels=["usg", "public"])
    assert "bridge line for remote participants" not in out["public"].text
    assert "bridge line for remote participants" in out["usg"].text
    # (the unmarked line inherits the highest the document shows: the banner is lower than a portion)
    assert "Please RSVP by June 14" in out["usg"].text


_CLIPS = """UNCLASSIFIED
Daily Press Summary, 6 May 2019

1. Le Soleil: Government announces new fishing licence rules for foreign trawlers.
(C) Copyright 2019 Le Soleil. All rights reserved.

2. Reuters: Oil discovery offshore expected to begin production in 2022.
(c) 2019 Thomson Reuters.

(SBU) PAS note: the editor told us he is under tax investigation.

UNCLASSIFIED
"""


def test_copyright_notices_after_clips_are_no_marks():
    """Round 20's trap adv20-058: `(C) Copyright 2019 ...` opening a line, and `(c) 2019 Thomson
    Reuters.` on the last line of a clip (its notice was judged with the text of the lines after it)."""
    document = sbu_redact.read(_CLIPS)
    assert not any(p.marking.level == "CONFIDENTIAL" for p in document.portions)
    usg = sbu_redact.Pipeline().redact(_CLIPS, levels=["usg"])["usg"].text
    assert "Government announces new fishing licence rules" in usg
    assert "Oil discovery offshore expected" in usg


def test_a_confidential_mark_before_prose_about_copyright_is_still_a_mark():
    text = _CLIPS.replace("(C) Copyright 2019 Le Soleil. All rights reserved.",
                          "(C) Copyright law was cited by the Minister to block the publication.")
    document = sbu_redact.read(text)
    assert any(p.marking.level == "CONFIDENTIAL" for p in document.portions)
