"""The classes of leak that rounds 34 and 35's first runs found (tests/corpus/adversarial34/ and
adversarial35/FIRST_RUN.md), on documents written for this test: a caveat said in passing ("not
for the partners") keeps an SBU item from the partner level; a foreign stamp in a cell of its
own stamps its row whatever the row's US mark column says; the French, Belgian and Canadian
CONFIDENTIEL alone on a line is a CONFIDENTIAL stamp."""
import pytest

from released import assert_withheld

ITEM = "DEA believes the cargo terminal manager is on the trafficking network's payroll."


@pytest.mark.parametrize("caveat", ["caveat, not for the partners,", "not for the allies:", "Not for the foreigners -"])
def test_a_caveat_said_in_passing_keeps_the_item_from_the_partner(caveat):
    text = ("Minutes - Counter-Narcotics Working Group\nClassification: SBU\n\n"
            "1. Chair opened the meeting at 10:05.\n\n"
            f"2. DEA update. Seizures rose by a third. Chair: {caveat} {ITEM}\n\n3. Next meeting 21 March.\n")
    assert_withheld(text, ITEM, ("partner", "public"))


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_a_foreign_stamp_in_a_cell_of_its_own_stamps_the_row(delimiter):
    row = "The Navy will move the frigate to Callao for repairs lasting six months"
    lines = [["log_no", "language", "original_stamp", "us_marking", "excerpt"],
             ["T-1", "Spanish", "none", "U", "The mayor invites the Ambassador to the festival"],
             ["T-2", "Spanish", "SECRETO", "U", row],
             ["T-3", "Quechua", "none", "U", "Community leaders request support for the water project"]]
    text = "\n".join(delimiter.join(cells) for cells in lines) + "\n"
    assert_withheld(text, row)


def test_confidentiel_alone_on_a_line_stamps_a_forwarded_message():
    secret = "La France retirera le detachement d'Atar d'ici fin septembre."
    text = ("Classification: UNCLASSIFIED\n\nFrom: Brandt, Oliver\nSubject: FW: Note\n\nThanks, see below.\n\n"
            "-----Original Message-----\nFrom: [contact]\nSubject: Note\n\nCONFIDENTIEL\n\n"
            f"{secret}\n\nCONFIDENTIEL\n")
    assert_withheld(text, secret)
