"""fixnames49b (issue 9): contacts missed in released text — local street addresses across the
world, addresses broken over a line end or closed by a landmark, and personal log-in names after
a context word — and what must stay unredacted (an office's address, a cable's header, dates,
references, DSN lines). Fresh strings: each must-find case fails on the main branch before this fix."""
from __future__ import annotations

import pytest

from sbu_redact.detection import Detector

CONTACT_TYPES = {"STREET_ADDRESS", "SOCIAL_HANDLE", "PHONE_NUMBER", "EMAIL_ADDRESS"}

MUST_FIND = [
    # UK addresses closed by a postcode, no street word (a drove, a brink, a bank)
    ("THE APPLICANT LIVES AT 23 LONG DROVE, MANEA, MARCH PE15 0JN WITH HIS SISTER.",
     "23 LONG DROVE, MANEA, MARCH PE15 0JN"),
    ("Her sister rents Flat 4, 12 South Brink, Wisbech PE13 1JQ from a cousin.",
     "Flat 4, 12 South Brink, Wisbech PE13 1JQ"),
    # a house's name opens it
    ("THE GROOM'S FAMILY LIVES AT THE OLD FORGE, STANHOPE, BISHOP AUCKLAND DL13 2UE. THEY OBJECT.",
     "THE OLD FORGE, STANHOPE, BISHOP AUCKLAND DL13 2UE"),
    ("She rents a room at\nHigh Moss Barn, Garrigill, Alston CA9 3DS until the spring.",
     "High Moss Barn, Garrigill, Alston CA9 3DS"),
    # a military mailbox
    ("THE SPOUSE RECEIVES MAIL AT PSC 37 BOX 1190, APO AE 09459.", "PSC 37 BOX 1190, APO AE 09459"),
    # an Indian quarter and a Russian settlement with their six-digit indexes
    ("ADDRESS GIVEN: QR. NO. C-7, SECTOR-4,\nROURKELA 769004.", "QR. NO. C-7, SECTOR-4,\nROURKELA 769004"),
    ("THE FAMILY'S ADDRESS: POS. SHIRINGUSHI, ZUBOVO-POLYANSKY DISTRICT, 431150. NO PHONE.",
     "POS. SHIRINGUSHI, ZUBOVO-POLYANSKY DISTRICT, 431150"),
    # general delivery, the ZIP code after a line end
    ("Please write to him at General Delivery, Arctic Village AK\n99722 before the thaw.",
     "General Delivery, Arctic Village AK\n99722"),
    # a rural plot and a kilometre point, no postcode
    ("- 14:05 the kemps are at plot 11 ten mile bank, hilgay. all fine", "plot 11 ten mile bank, hilgay"),
    ("He stays at PK 9,5 cote mer, Paea. His boat is gone.", "PK 9,5 cote mer, Paea"),
    # a landmark after the house number, over a line end
    ("She stays at Jl. Pemuda No. 14, behind the\nmosque. Her brother lives nearby.",
     "Jl. Pemuda No. 14, behind the\nmosque"),
    # a home by its landmarks, no street or number, after a word that says someone lives there
    ("THE HARDINGS NOW STAY ABOVE THE BAKERY ON CHURCH\nLANE, STOKE FERRY, OPPOSITE THE WAR MEMORIAL. THEY ARE WELL.",
     "ABOVE THE BAKERY ON CHURCH\nLANE, STOKE FERRY, OPPOSITE THE WAR MEMORIAL"),
    ("Her address: the yellow trailer behind the Arctic Village clinic, second row.",
     "the yellow trailer behind the Arctic Village clinic, second row"),
    # log-in names after a context word
    ("She was logged in as k.moosehide04 yesterday.", "k.moosehide04"),
    ("Her screen name, pkwaras_22, is on the list.", "pkwaras_22"),
    ("HIS NICKNAME ON THE FORUM IS fred.charlie9 AND HE POSTS DAILY.", "fred.charlie9"),
    ("He posts as tikaani.j in the group and nowhere else.", "tikaani.j"),
]

MUST_NOT_FIND = [
    # an office's address in a letterhead
    ("Embassy of the United States of America\nGrosvenor Square, London W1A 1AE", "Grosvenor Square, London W1A 1AE"),
    ("British Embassy letterhead: PSC 801 BOX 40, FPO AE 09498-4040", "PSC 801 BOX 40"),
    ("The Embassy, Grosvenor Square, London, W1A 1AE", "Grosvenor Square"),
    # cable headers, dates, paragraph references, file numbers and DSN lines
    ("UNCLAS SECTION 02 OF 03 LONDON 004512\n1. SUMMARY.", "LONDON 004512"),
    ("ON 14 JUNE, 2009 THE JUDGE IN 62701 RULED AGAINST HIM.", "62701"),
    ("SEE PARA 4, SECTION 2, REF B SW1A 2AA FOR DETAILS.", "SW1A 2AA"),
    ("REF A, PARA 3, B, C, D SW1A 2AA", "SW1A 2AA"),
    ("THE UNIT'S LINE IS DSN 314-226-4471.", "DSN"),
    ("PLOT 6 OF THE STUDY, FIGURE 3, SHOWS THE TREND.", "PLOT 6"),
    # a landmark with no building or place named is no home's address
    ("He lives near the border with Chad and travels often.", "border with Chad"),
    ("She lives in fear of the station chief, who is behind the purge.", "station chief"),
    # files and web addresses after a context word are no handles
    ("The account statement was sent as report.pdf in 2009.", "report.pdf"),
    ("His login page is at www.state.gov now.", "state.gov"),
    ("Check the account, e.g. the savings one, before 9 a.m. tomorrow.", "e.g"),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize("text,contact", MUST_FIND, ids=[f"find-{i}" for i in range(len(MUST_FIND))])
def test_contact_is_found(detector, text, contact):
    start = text.index(contact)
    end = start + len(contact)
    spans = [(f.start, f.end) for f in detector.analyze(text)]
    missed = [i for i in range(start, end) if text[i].isalnum() and not any(a <= i < b for a, b in spans)]
    assert not missed, (contact, [text[a:b] for a, b in spans])


@pytest.mark.parametrize("text,value", MUST_NOT_FIND, ids=[f"keep-{i}" for i in range(len(MUST_NOT_FIND))])
def test_not_a_contact(detector, text, value):
    start = text.index(value)
    end = start + len(value)
    hits = [text[f.start:f.end] for f in detector.analyze(text)
            if f.entity_type in {"STREET_ADDRESS", "SOCIAL_HANDLE"} and f.start < end and start < f.end]
    assert not hits, (value, hits)
