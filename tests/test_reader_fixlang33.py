"""Round 138's first-run leaks of notes in other languages, fixed by class (issue 8). Documents written for this
test, not the rounds' wording; each also holds plain (U) text near the note that usg must keep.

Class A, Icelandic with its letters (adv138-012): `Önnur málsgreinin er trúnaðarmál og ekki ætluð útlendingum`,
the ordinal `önnur`/`þriðja` and the level word `trúnaðarmál`.
Class B, Khmer (adv138-014): the note in Khmer script (`កថាខណ្ឌចុងក្រោយ ... សម្ងាត់ ... ជនបរទេស`) or typed in Latin
letters (`kathakhan chong kraoy ... samngat ... min samrab chun bor tes`).
Class C, Greeklish with h for eta and ks for xi (adv138-017): `aporrhto`, `ksenous`, `teleutaia`.
Class D, Ukrainian typed in Latin letters (adv138-020): `chastyna pro Melnyka - taiemno, ne dlia inozemtsiv`.
Class E, Armenian typed in Latin letters (adv138-029): `verjin paragrafy gaghtni e`, `erkrord paragrafy`.

First run (before the change, on lead33 = main 44e044b + rounds): 16 of 23 failed, every one a leak at usg:
Icelandic quoted with „ (1 of 3 variants; the unquoted two and the third paragraph passed), all 5 Khmer, all 4
Greeklish, all 4 Ukrainian, and Armenian quoted whole on its line and under an English label (2 of 3; the second
paragraph passed). The plain notes (Icelandic, Armenian) were released before and after.

The fix, by class: a place word right after an opening quote of any style (`„Önnur málsgreinin`); a note that is a
whole line in quotation marks is the note, not a title quoted in it (`untranslated._inside_quotes`); a line of a
message quoted in a reply is read after its `>` (`untranslated._labelled_levels`); a note under a line that
introduces it ("which reads:") does not take that line for the paragraph it names, and "the last paragraph" above
it is the one above that line too (`scope_exact`); and the words (rules/markings.yaml): Khmer places and its rule
against sharing, Greeklish spelled with h and u, Ukrainian's `chastyna pro`, `vse pro`, `taiemn-`, a topic that
ends at a spaced hyphen, and Armenian and Ukrainian in Latin letters as note languages. Three variants now fail
closed (every portion raised, marked below).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# ---------------------------------------------------------------- class A: Icelandic with its letters

ARCTIC = "The ministry welcomed the new Arctic science agreement"
VESSEL = "Iceland will refuse the research vessel request but will not say so publicly"
DIALOG = "Both sides agreed to hold the annual defense dialogue in November"


def _icelandic(note: str, numbered: bool = True) -> str:
    paras = [ARCTIC, VESSEL, DIALOG]
    body = "\n\n".join(f"{i}. (U) {p}." if numbered else f"(U) {p}." for i, p in enumerate(paras, 1))
    return ("UNCLASSIFIED\n\nMEMORANDUM OF CONVERSATION\nPlace: Reykjavik\n\n"
            f"{body}\n\n{note}\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("note,numbered", [
    ("Handskrifað á eintakið okkar:\n„Önnur málsgreinin er trúnaðarmál og ekki ætluð útlendingum.\"", True),
    ("Athugasemd frá Helga: önnur málsgreinin er trúnaðarmál.", False),
    ("Önnur málsgrein: trúnaðarmál, ekki ætluð útlendingum.", True),
])
def test_icelandic_second_paragraph(note: str, numbered: bool) -> None:
    text = _icelandic(note, numbered)
    assert_withheld(text, VESSEL, levels=ALL)
    assert_released(text, ARCTIC)


def test_icelandic_third_paragraph_secret() -> None:
    text = _icelandic("Athugasemd: þriðja málsgreinin er leynileg og ekki ætluð útlendingum.")
    assert_withheld(text, DIALOG, levels=ALL)
    assert_released(text, ARCTIC)


def test_icelandic_plain_note_releases() -> None:
    text = _icelandic("Athugasemd: fundurinn var haldinn í ráðuneytinu.")
    for p in (ARCTIC, VESSEL, DIALOG):
        assert_released(text, p)


# ---------------------------------------------------------------- class B: Khmer

CASINO = "New casino construction has slowed along the beach road"
PORT = "Port officials showed the new container yard and customs scanner"
REAM = "The deputy governor said the naval base will host a foreign warship for six months"


def _khmer(note: str, lead: str = "(U) Our provincial contact handed us a note, which reads:") -> str:
    return ("SENSITIVE BUT UNCLASSIFIED\n\nEmbassy Phnom Penh - Trip Report\n\n"
            f"1. (U) {CASINO}.\n\n2. (U) {PORT}.\n\n3. (U) {REAM}.\n\n"
            f"{lead}\n\"{note}\"\n\nDrafted: D. Kessler.\n\nSENSITIVE BUT UNCLASSIFIED\n")


@pytest.mark.parametrize("note,lead", [
    ("កថាខណ្ឌចុងក្រោយ គឺជាការសម្ងាត់ មិនត្រូវបង្ហាញជនបរទេសទេ។", "(U) The contact's note reads:"),
    ("កថាខណ្ឌចុងក្រោយជាការសម្ងាត់។", "Note from the governor's aide:"),
    ("Kathakhan chong kraoy ku chea kar samngat, min samrab chun bor tes te.",
     "(U) The contact typed this on his phone:"),
    ("kathakhan chong kraoy: samngat", "Handwritten on our copy:"),
])
def test_khmer_last_paragraph(note: str, lead: str) -> None:
    text = _khmer(note, lead)
    assert_withheld(text, REAM, levels=ALL)
    assert_released(text, CASINO)


def test_khmer_in_email() -> None:
    text = ("From: Sokha Chea <CheaS@state.gov>\nTo: Dana Kessler <KesslerD@state.gov>\n"
            "Subject: Kampot notes\nClassification: UNCLASSIFIED\n\nDana,\n\n"
            f"(U) {CASINO}.\n\n(U) {PORT}.\n\n(U) {REAM}.\n\n"
            "The contact added: \"kathakhan chong kraoy samngat, min samrab chun bor tes\"\n\nSokha\n")
    assert_withheld(text, REAM, levels=ALL)
    assert_released(text, CASINO)


# ---------------------------------------------------------------- class C: Greeklish, h for eta, ks for xi

LNG = "The port authority expects the new LNG terminal to open in June"
ACCESS = "Karagiannis said the defense ministry will extend U.S. access to the port until 2035"
HOTELS = "Local hotels report record bookings for the Easter weekend"


def _greek(note: str, note_first: bool = True) -> str:
    body = f"(U) {LNG}.\n\n(U) {ACCESS}.\n\n(U) {HOTELS}."
    head = ("From: Eleni Vlachou <VlachouE@state.gov>\nTo: Chris Dunn <DunnC@state.gov>\n"
            "Subject: port notes\nClassification: UNCLASSIFIED\n\nChris,\n\n")
    return head + (f"{note}\n\n{body}" if note_first else f"{body}\n\n{note}") + "\n\nEleni\n"


@pytest.mark.parametrize("note,first,exact", [
    ("To kommati gia ton Karagianni einai aporrhto, oxi gia ksenous.", True, True),
    ("Shmeiwsh: to kommati gia ton Karagianni einai aporrhto kai oxi gia ksenous.", False, True),
    # ("ta gia ..., the things about ...: no word that names text, every portion is raised: fail closed)
    ("Prosoxh: ta gia ton Karagianni einai aporrhta, mono gia emas, oxi gia ksenous.", True, False),
])
def test_greeklish_eta_h_topic(note: str, first: bool, exact: bool) -> None:
    text = _greek(note, first)
    assert_withheld(text, ACCESS, levels=ALL)
    if exact:
        assert_released(text, LNG)


def test_greeklish_last_paragraph_no_lead_word() -> None:
    # (was a strict xfail of tests/test_reader_open32.py: `teleftaia paragrafos` is a place word since this change)
    note = "I teleftaia paragrafos einai aporriti."
    text = ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\nSubject: Visit logistics\n\n"
            f"The delegation arrives Tuesday at 0900 and stays at the Marriott.\n\n{HOTELS}.\n\n{note}\n\n"
            "UNCLASSIFIED//FOR OFFICIAL USE ONLY\n")
    assert_withheld(text, HOTELS, levels=("usg", "partner"))


def test_greeklish_eta_h_last_paragraph() -> None:
    text = _greek("Shmeiwsh: h teleutaia paragrafos einai aporrhth, oxi gia ksenous.", note_first=False)
    assert_withheld(text, HOTELS, levels=ALL)
    assert_released(text, LNG)


# ---------------------------------------------------------------- class D: Ukrainian typed in Latin letters

GRAIN = "Grain corridor traffic is up again, 14 ships this week"
BERTH = "Melnyk at the port administration is selling berth slots to a Russian-owned shipper"
ROOF = "The new ferry terminal roof was repaired after the drone strike"


def _ukr(note: str, quoted: bool = True) -> str:
    q = "> " if quoted else ""
    sep = f"\n{q.rstrip()}\n" if quoted else "\n\n"
    lines = sep.join(f"{q}{s}." for s in (GRAIN, BERTH, ROOF))
    return ("From: Oksana Hrytsenko <HrytsenkoO@state.gov>\nTo: Daniel Price <PriceD@state.gov>\n"
            "Subject: Text from our Odesa contact\nClassification: UNCLASSIFIED\n\n"
            f"Dan, below is what Taras sent:\n\n{lines}{sep}{q}{note}\n\n"
            "(U) I have not passed anything to ECON yet.\n\nOksana\n")


@pytest.mark.parametrize("note,quoted,exact", [
    ("Chastyna pro Melnyka - taiemno, ne dlia inozemtsiv, bud laska.", True, True),
    # (a topic with no copula after it runs into the level words: no portion holds it, every one is raised)
    ("Informatsiia pro Melnyka tsilkom taiemna, ne dlia inozemtsiv.", False, False),
    ("Vse pro Melnyka - sekretno, ne dlia inozemtsiv!", True, True),
])
def test_ukrainian_latin_topic(note: str, quoted: bool, exact: bool) -> None:
    text = _ukr(note, quoted)
    assert_withheld(text, BERTH, levels=ALL)
    if exact:
        assert_released(text, GRAIN)


def test_ukrainian_latin_last_paragraph() -> None:
    # (the last paragraph above the note or the (U) one below it, the unmarked ones with them: fail closed)
    text = _ukr("Ostannii abzats - taiemno, ne dlia inozemtsiv.", quoted=False)
    assert_withheld(text, ROOF, levels=ALL)


# ---------------------------------------------------------------- class E: Armenian typed in Latin letters

TALKS = "The next round of border commission talks will be held in Tbilisi"
MARGARA = "Armenia will reopen the Margara crossing for trucks in spring"
PLAN = "Armen says the foreign minister has privately accepted the border guard withdrawal plan"


def _arm(note: str, note_first: bool = True) -> str:
    body = f"(U) {TALKS}.\n\n(U) {MARGARA}.\n\n(U) {PLAN}."
    head = ("From: Anahit Sargsyan <SargsyanA@state.gov>\nTo: Michael Brandt <BrandtM@state.gov>\n"
            "Subject: MFA contact's notes\nClassification: UNCLASSIFIED\n\n")
    return head + (f"{note}\n\n{body}" if note_first else f"{body}\n\n{note}") + "\n\nAnahit\n"


@pytest.mark.parametrize("note,first", [
    ("Michael, Armen's opening line:\n\"Verjin paragrafy gaghtni e, otarerkratsinerin chi kareli.\"", True),
    ("Notes from Armen (his words): verjin paragrafe gaxtni e.", False),
    ("Armen: \"Verjin paragraf@ gaghtni e\"", True),
])
def test_armenian_latin_last_paragraph(note: str, first: bool) -> None:
    text = _arm(note, first)
    assert_withheld(text, PLAN, levels=ALL)
    assert_released(text, TALKS)


def test_armenian_latin_second_paragraph() -> None:
    text = _arm("Armen's note: \"Erkrord paragrafy gaghtni e, otarerkratsinerin chi kareli.\"", note_first=False)
    assert_withheld(text, MARGARA, levels=ALL)
    assert_released(text, TALKS)


def test_armenian_latin_plain_note_releases() -> None:
    text = _arm("Armen's note: \"Shnorhakalutyun, handuming@ lav er.\"")
    for p in (TALKS, MARGARA, PLAN):
        assert_released(text, p)
