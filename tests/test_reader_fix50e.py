"""fix50e: round 194's leaks (issue 8), by class.

First run (round 194 on main `e8e4ac0d`, tests/corpus/adversarial194/FIRST_RUN.md): 4 of 64 documents leaked:
adv194-001 (FOUO e-mail, "none of the FOUO notes below go to the Doughnut": GCHQ by its building's nickname; partner),
adv194-002 (chat, "the next two are SBU and stay off the Vauxhall Cross distro": SIS; partner), adv194-023 (a (U)
paragraph whose sentence says "The contents of this paragraph are classified CONFIDENTIAL"; every level), adv194-039
(an SBU paragraph whose sentence says "You may share this paragraph with the Canadian and Australian embassies
only"; partner). After: 0 of 64 (no new leak, over-redaction at usg 28 -> 28).

Classes and fixes (only raising or limiting):
1 the UK named by a building, nickname or town in a sentence that keeps text from it: the pattern reads the article
  before the name (`go to the Doughnut` left `Doughnut`, which no list held), and `keep off the ... distro`, `leave X
  off the cc line`, `exclude X from the distro`, `nothing below goes to`, `none of these should end up at` were no
  shapes the rules read. rules/markings.yaml: `controls_in_words` (three patterns, NOFORN when the words name someone
  foreign), `uk_government_names.offices` (Doughnut, Donut, Benhall, Legoland, Hanslope Park ...).
2 a level or control stated in words INSIDE a marked (U) portion about that portion: the sentence was read as a
  classification in words, which governs unmarked text only, so the backstop skipped it. reader/self_statements.py
  (rules `governing_statements.self_statement`): a sentence whose subject is its own portion ("this paragraph", "the
  contents of this paragraph", "this bullet's text") and whose predicate is a level or control raises the portion.
3 a release list inside an SBU paragraph's sentence in the active voice that leaves the UK out ("share this
  paragraph with the Canadian and Australian embassies only", "pass this only to our Canadian and Kiwi colleagues",
  "Only the Australians may see this paragraph", "OK to share with Ottawa and Canberra, nobody else"): rules
  `controls_in_words` with `list_names_a_country` / `list_names_capitals`, a limit only.

Every withheld case below leaks on main e8e4ac0d (checked with PYTHONPATH=/tmp/m50); the release cases pass on both.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

PARTNER = ("partner", "public")

_MAIL = ("From: R. Vance <rvance@nsa.ic.gov>\nTo: Plans cell\nSubject: Notes from the cable survey call\n"
         "Classification: UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n(U) Short notes from the call, for the file.\n\n{line}\n\n"
         "(U//FOUO) The survey vessel sails from Falmouth on 9 February after the winch repair.\n"
         "(U//FOUO) Two linguists from the Wiesbaden detachment will cover the interim watch.\n\n"
         "(U) Next call Monday at 1500Z.\n\nUNCLASSIFIED//FOR OFFICIAL USE ONLY\n")
_FOUO = "The survey vessel sails from Falmouth on 9 February after the winch repair"

_REPORT = ("UNCLASSIFIED\n\nOFFICE OF TRANSITION INITIATIVES\nField Update No. 12\n\n"
           "(U) Seed distributions reached 40 villages this week.\n\n{para}\n\n"
           "(U) The next update is due on 14 March.\n\nUNCLASSIFIED\n")

_SBU_MAIL = ("From: K. Osei <oseik@state.gov>\nTo: Country Team\nSubject: Delegation follow-up\n\n"
             "SENSITIVE BUT UNCLASSIFIED\n\n(U) Thanks to all who joined the call.\n\n{para}\n\n"
             "(U) Send your notes by Friday.\n\nSENSITIVE BUT UNCLASSIFIED\n")
_SBU = "The council will set a date for the vote before the recess"

# (id, document, phrase withheld, levels)
WITHHELD: list[tuple[str, str, str, tuple[str, ...]]] = [
    # 1 the UK by building, nickname or town
    ("donut", _MAIL.format(line="(U) Before you forward: none of the FOUO lines below go to the Donut."), _FOUO, PARTNER),
    ("benhall-nothing-below", _MAIL.format(line="(U) Reminder - nothing below goes to Benhall, please."), _FOUO, PARTNER),
    ("off-the-distro-thames-house",
     _MAIL.format(line="(U) Keep the two FOUO lines off the Thames House distribution list."), _FOUO, PARTNER),
    ("leave-off-cc", _MAIL.format(line="(U) Leave Vauxhall Cross off the cc line when this goes out."), _FOUO, PARTNER),
    ("exclude-from-distro",
     _MAIL.format(line="(U) Exclude the Doughnut from the distro for the FOUO items."), _FOUO, PARTNER),
    ("end-up-at-hanslope",
     _MAIL.format(line="(U) None of these should end up at Hanslope Park."), _FOUO, PARTNER),
    ("legoland", _MAIL.format(line="(U) Keep these away from Legoland."), _FOUO, PARTNER),
    ("nothing-below-is-for",
     _MAIL.format(line="(U) Nothing below is for Vauxhall Cross."), _FOUO, PARTNER),
    # 2 a level or control stated inside a marked (U) paragraph about that paragraph
    ("this-paragraph-is-classified",
     _REPORT.format(para="(U) Security. The army sealed the river crossing for a planned sweep. This paragraph is "
                         "classified CONFIDENTIAL. Implementers were told the crossing is shut for repairs."),
     "The army sealed the river crossing for a planned sweep", ALL),
    ("numbered-contents-of",
     _REPORT.format(para="3. (U) Security. The army sealed the river crossing for a planned sweep. The contents of "
                         "this paragraph are classified SECRET. Implementers were told the crossing is shut."),
     "The army sealed the river crossing for a planned sweep", ALL),
    ("possessive-in-dashes",
     _REPORT.format(para="(U) The army sealed the river crossing -- this paragraph's contents are classified "
                         "Confidential -- and implementers were told of repairs."),
     "The army sealed the river crossing", ALL),
    ("nb-information",
     _REPORT.format(para="(U) The army sealed the river crossing for a planned sweep. NB: the information in this "
                         "paragraph is classified Secret."),
     "The army sealed the river crossing for a planned sweep", ALL),
    ("you-are-reading",
     _REPORT.format(para="(U) The army sealed the river crossing for a planned sweep. The paragraph you are reading "
                         "is classified SECRET."),
     "The army sealed the river crossing for a planned sweep", ALL),
    ("fouo-in-words",
     _REPORT.format(para="(U) The army sealed the river crossing for a planned sweep. The text of this paragraph is "
                         "For Official Use Only."),
     "The army sealed the river crossing for a planned sweep", ("public",)),
    ("sbu-in-words",
     _REPORT.format(para="(U) The army sealed the river crossing for a planned sweep. This paragraph is sensitive but "
                         "unclassified."),
     "The army sealed the river crossing for a planned sweep", ("public",)),
    # 3 a release list inside an SBU paragraph that leaves the UK out
    ("share-with-embassies-only",
     _SBU_MAIL.format(para=f"(SBU) {_SBU}. You can share this paragraph with the Canadian and New Zealand "
                           "embassies only."), _SBU, PARTNER),
    ("pass-only-to",
     _SBU_MAIL.format(para=f"(SBU) {_SBU}. Please pass this paragraph only to our Canadian and Kiwi colleagues."),
     _SBU, PARTNER),
    ("only-the-australians-may-see",
     _SBU_MAIL.format(para=f"(SBU) {_SBU}. Only the Australians may see this paragraph."), _SBU, PARTNER),
    ("show-to-embassy-only",
     _SBU_MAIL.format(para=f"(SBU) {_SBU}. You may show this to the Canadian embassy only."), _SBU, PARTNER),
    ("ok-to-share-capitals-nobody-else",
     _SBU_MAIL.format(para=f"(SBU) {_SBU}. OK to share with Ottawa and Canberra, nobody else."), _SBU, PARTNER),
]


@pytest.mark.parametrize("text,phrase,levels", [pytest.param(t, p, lv, id=i) for i, t, p, lv in WITHHELD])
def test_withheld(text: str, phrase: str, levels: tuple[str, ...]) -> None:
    assert_withheld(text, phrase, levels)


# traps: (id, document, phrase released, level)
RELEASED: list[tuple[str, str, str, str]] = [
    # a sentence about ANOTHER document being confidential
    ("another-cable-cited",
     _REPORT.format(para="(U) The army sealed the river crossing. The cable cited in this paragraph is classified "
                         "CONFIDENTIAL and is not quoted here."), "The army sealed the river crossing", "public"),
    ("declassified-paragraph",
     _REPORT.format(para="(U) The army sealed the river crossing. This paragraph was classified SECRET until it was "
                         "declassified in 2021."), "The army sealed the river crossing", "public"),
    ("nothing-in-this-paragraph-classified",
     _REPORT.format(para="(U) The army sealed the river crossing. Nothing in this paragraph is classified."),
     "The army sealed the river crossing", "public"),
    # the Doughnut as a pastry, the Cheltenham races
    ("doughnut-pastry",
     _MAIL.format(line="(U) We ordered a box of doughnuts for the call; none of them go to waste."), _FOUO, "partner"),
    ("cheltenham-races",
     _MAIL.format(line="(U) The office will go to the Cheltenham races in March; tickets from Dana."), _FOUO,
     "partner"),
    ("doughnut-building-tour",
     ("UNCLASSIFIED\n\n(U) U.S. EMBASSY LONDON - COMMUNITY NEWSLETTER\n\n(U) Day out: the photo club visits the viewpoint over the Doughnut "
      "building on its way to the Cotswolds, then the Cheltenham Festival.\n\n(U) Sign up with the CLO by Friday; nothing below goes to waste.\n\nUNCLASSIFIED\n"),
     "the photo club visits the viewpoint over the Doughnut building", "public"),
    ("stay-off-roads",
     _MAIL.format(line="(U) Stay off the roads near Cheltenham on race day if you can."), _FOUO, "partner"),
    # a release list that holds the UK
    ("share-with-british-too",
     _SBU_MAIL.format(para=f"(SBU) {_SBU}. You may share this paragraph with the British, Canadian and Australian "
                           "embassies only."), _SBU, "partner"),
    ("share-a-view-only-in-part",
     _SBU_MAIL.format(para=f"(SBU) {_SBU}. Canada and Australia share the view only in part."), _SBU, "partner"),
]


@pytest.mark.parametrize("text,phrase,level", [pytest.param(t, p, lv, id=i) for i, t, p, lv in RELEASED])
def test_released(text: str, phrase: str, level: str) -> None:
    assert_released(text, phrase, level)
