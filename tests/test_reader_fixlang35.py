"""fixlang35: round 144's first-run leaks of notes in other languages (issue 8), by class, with variants.

Classes (the brief's numbering): 1 a Nynorsk note (`fortruleg`, `hemmeleg`, `ikkje for utlendingar`); 2 a romanised
(or Lao-script) Lao note, also mid-text; 3 a Greek-script note in capitals (no accents, final sigma as Σ) or
lower case, about a topic or an ordinal; 4 a Greeklish (or Greek) count, "the last two paragraphs", placed mid-text
over the right paragraphs. RELEASE: plain text near such notes that usg must keep.

First run on lead35 (= main `dbee550` + corpora; before any change; 26 cases, 11 failed, every one a leak at usg
and all levels): class 1 all five (`nn-top-andre-fortruleg`, `nn-bottom-hemmeleg`, `nn-top-siste-fortruleg`,
`nn-inline-andre`, `nn-caps-bottom`); class 2 `lao-rom-mid-last` and `lao-rom-inline-last` (the romanised notes;
the Lao-script notes, the capitals note at the bottom and `vak thi song ... khuam lap` at the top held); class 3
`gr-caps-topic`, `gr-caps-ordinal`, `gr-caps-last-top` (capitals without accents; lower case with accents and
accented capitals held); class 4 `greeklish-caps-mid` (the other spellings and Greek script held). The four
must-release cases passed.

Fixed (rules/markings.yaml and `reader/scope_exact.by_place_abroad`): Nynorsk level words (`fortruleg`,
`hemmeleg` and their endings) and a `nynorsk` entry of `note_languages` (an all-ASCII note with `for` was read as
English); Greek level words without accents (`απορρητ`: capitals fold to no accent) and the Greek ordinals and
paragraph words of `places_abroad` with or without accents (`ΔΕΥΤΕΡΗ ΠΑΡΑΓΡΑΦΟΣ`); Greeklish and Greek "the last
two/three" in every spelling of eu (`teleftaies`, `teleutaies`, `teleytaies`) and either word order; romanised Lao's
paragraph (`wak sut`, `wak thi`) in `refers_abroad`, so its note is a claim, never placed (review34b removed Lao
place words: "ວັກທີ 2 ແລະ 3" read as the second only; a place pattern tried first broke fixlang34's `lo-top-email`
xfail and was dropped); and a note on the line under a paragraph the reader kept in its portion names that
paragraph as "the last" only when no unmarked paragraph follows: else the document's last paragraphs are counted
too (fail closed; `test_last_paragraph_note_under_a_paragraph_mid_text_names_the_documents_last`, written after,
fails without this change: the document's last paragraph was released). A note in parentheses inside a line of English
(`lao-rom-inline-last`, and `nn-inline-caps-cable` written after) is read as a line of its own
(`reader/untranslated._ASIDE`). After: 24 pass, 4 strict xfails, the must-release cases (over-redaction left: Nynorsk ordinals, the Greek topic `ΓΙΑ ΤΟΝ ΠΑΠΑΔΑΚΗ` and the mid-text
Lao and Greeklish notes are read but not placed, so the whole document is withheld).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")


# ---------------------------------------------------------------- 1: Nynorsk

def _email(body: list[str], note: str, where: str) -> str:
    """An e-mail with a Classification line; the note at the top, the bottom, or appended to the first paragraph."""
    paras = list(body)
    if where == "top":
        paras.insert(0, note)
    elif where == "bottom":
        paras.append(note)
    else:
        paras[0] = f"{paras[0]} {note}"
    return ("From: Nilsen, Kari (Oslo)\nSent: Tuesday, January 13, 2026 10:02 AM\nTo: EUR-NB-DL\n"
            "Subject: Notes from the county official\n\nClassification: UNCLASSIFIED\n\n"
            + "\n\n".join(paras) + "\n\nKari\n\nClassification: UNCLASSIFIED\n")


NN = ["The county will publish the Arctic port feasibility study in March.",
      "The deputy mayor said Oslo has privately asked the county to stall the terminal lease until after the summit.",
      "Local fishermen's associations oppose the port expansion on environmental grounds.",
      "The council's security adviser says the harbour master passes berth lists to a Russian trawler agent."]

NYNORSK = [
    # (id, note, where, index of the withheld paragraph in NN)
    ("nn-top-andre-fortruleg", "Merknad frå avsendaren: Det andre avsnittet er fortruleg, ikkje for utlendingar.",
     "top", 1),
    ("nn-bottom-hemmeleg", "NB: Det andre avsnittet er hemmeleg og ikkje for utlendingar.", "bottom", 1),
    ("nn-top-siste-fortruleg", "Merk: Siste avsnittet er fortruleg.", "top", 3),
    ("nn-inline-andre", "(Merknad: det andre avsnittet er fortruleg.)", "inline", 1),
    ("nn-caps-bottom", "MERKNAD: DET ANDRE AVSNITTET ER FORTRULEG, IKKJE FOR UTLENDINGAR.", "bottom", 1),
]


@pytest.mark.parametrize("kind,note,where,index", NYNORSK, ids=[k for k, *_ in NYNORSK])
def test_nynorsk_note(kind, note, where, index):
    text = _email(NN, note, where)
    assert_withheld(text, NN[index], ALL)


@pytest.mark.xfail(strict=True, reason="over-redaction left: the note is read but not placed, so every portion is withheld (fail closed)")
def test_nynorsk_note_keeps_the_plain_paragraphs_at_usg():
    text = _email(NN, "Merknad frå avsendaren: Det andre avsnittet er fortruleg, ikkje for utlendingar.", "top")
    assert_released(text, NN[2])


# ---------------------------------------------------------------- 2: Lao (romanised, script)

def _cable(paras: list[str], post: str = "VIENTIANE", ident: str = "000231") -> str:
    return ("VZCZCRUEHVN231\nPP RUEHC\nDE RUEHVN #0231 1401200\nZNY UUUUU ZZH\nP 140830Z NOV 25\n"
            f"FM AMEMBASSY {post}\nTO RUEHC/SECSTATE WASHDC PRIORITY 1231\nBT\nUNCLAS {post} {ident}\nSIPDIS\n\n"
            "E.O. 13526: N/A\nTAGS: ECON PGOV\nSUBJECT: PROVINCIAL OFFICIAL'S NOTES\n\n"
            + "\n\n".join(paras) + "\n\nI WILL FOLLOW UP AND REPORT FURTHER NEXT WEEK.\n\nSMITH\nBT\n#0231\nNNNN\n")


LAO_LEAD = "A SAVANNAKHET PROVINCIAL TRADE OFFICIAL GAVE ECONOFF THE FOLLOWING POINTS ON NOVEMBER 12."
LAO = ["1. EXPORTS THROUGH THE SECOND FRIENDSHIP BRIDGE ROSE BY A FIFTH THIS YEAR.",
       "2. THE PROVINCE IS SEEKING ASEAN FUNDS FOR A NEW DRY PORT NEAR SENO.",
       "3. THE OFFICIAL SAID THE VICE GOVERNOR HAS SECRETLY GRANTED A CHINESE FIRM A POTASH CONCESSION."]


def _lao(note: str, where: str) -> str:
    paras = [LAO_LEAD, *LAO]
    if where == "mid":
        paras.insert(3, note)
    elif where == "top":
        paras.insert(0, note)
    elif where == "bottom":
        paras.append(note)
    else:
        paras[2] = f"{paras[2]} {note}"
    return _cable(paras)


LAO_NOTES = [
    # (id, note, where, index of the withheld paragraph in LAO)
    ("lao-rom-mid-last", "Note from the official (Lao, romanized): wak sut thai maen khwam lap, bo hai khon tang "
                         "pathet hen.", "mid", 2),
    ("lao-rom-caps-bottom-last", "WAK SUT THAI MAEN KHWAM LAP", "bottom", 2),
    ("lao-rom-second-khuam", "Lao note: vak thi song maen khuam lap.", "top", 1),
    ("lao-rom-inline-last", "(wak sut thay men khwam lap)", "inline", 2),
    ("nn-inline-caps-cable", "(DET SISTE AVSNITTET ER HEMMELEG)", "inline", 2),
    ("lao-script-top-last", "ໝາຍເຫດ: ວັກສຸດທ້າຍແມ່ນຄວາມລັບ, ບໍ່ໃຫ້ຄົນຕ່າງປະເທດເຫັນ.", "top", 2),
    ("lao-script-mid-last", "ວັກສຸດທ້າຍ ແມ່ນ ຄວາມລັບ", "mid", 2),
]


@pytest.mark.parametrize("kind,note,where,index", LAO_NOTES, ids=[k.values[0] if hasattr(k, "marks") else k[0] for k in LAO_NOTES])
def test_lao_note(kind, note, where, index):
    assert_withheld(_lao(note, where), LAO[index], ALL)


@pytest.mark.xfail(strict=True, reason="over-redaction left: the note is read but not placed, so every portion is withheld (fail closed)")
def test_lao_note_keeps_the_plain_points_at_usg():
    text = _lao(LAO_NOTES[0][1], "mid")
    assert_released(text, LAO[0])


# ---------------------------------------------------------------- 3: Greek script (capitals and lower case)

GR_LEAD = "A REGIONAL GOVERNOR'S CHIEF OF STAFF PROVIDED THESE POINTS TO THE CONSUL GENERAL ON JANUARY 30."
GR = ["THE EVZONI BORDER CROSSING UPGRADE WILL FINISH BY JUNE.",
      "ON PAPADAKIS: THE REGIONAL POLICE CHIEF PAPADAKIS HAS BEEN WARNING SMUGGLING RINGS BEFORE JOINT PATROLS.",
      "THE REGION WILL HOST THE BALKAN TRANSPORT MINISTERS IN MAY."]
GR_MIXED = ["The Evzoni border crossing upgrade will finish by June.",
            "On Papadakis: the regional police chief has been warning smuggling rings before joint patrols.",
            "The region will host the Balkan transport ministers in May."]


def _greek(paras: list[str], note: str, top: bool) -> str:
    body = [GR_LEAD, *paras]
    body = [note, *body] if top else [*body, note]
    return _cable(body, post="THESSALONIKI", ident="000088")


GREEK = [
    # (id, paragraphs, note, note at top, index of the withheld paragraph)
    ("gr-caps-topic", GR, "ΣΗΜΕΙΩΣΗ: ΤΟ ΤΜΗΜΑ ΓΙΑ ΤΟΝ ΠΑΠΑΔΑΚΗ ΕΙΝΑΙ ΑΠΟΡΡΗΤΟ, ΟΧΙ ΓΙΑ ΞΕΝΟΥΣ.", False, 1),
    ("gr-caps-topic-paragrafos-top", GR, "Η ΠΑΡΑΓΡΑΦΟΣ ΓΙΑ ΤΟΝ ΠΑΠΑΔΑΚΗ ΕΙΝΑΙ ΕΜΠΙΣΤΕΥΤΙΚΗ", True, 1),
    ("gr-lower-topic-accents", GR_MIXED, "Σημείωση: το τμήμα για τον Παπαδάκη είναι απόρρητο, όχι για ξένους.",
     False, 1),
    ("gr-caps-ordinal", GR, "ΣΗΜΕΙΩΣΗ: Η ΔΕΥΤΕΡΗ ΠΑΡΑΓΡΑΦΟΣ ΕΙΝΑΙ ΑΠΟΡΡΗΤΗ.", False, 0),
    ("gr-caps-last-top", GR, "Η ΤΕΛΕΥΤΑΙΑ ΠΑΡΑΓΡΑΦΟΣ ΕΙΝΑΙ ΑΠΟΡΡΗΤΗ", True, 2),
    ("gr-caps-accented-caps", GR, "ΣΗΜΕΊΩΣΗ: ΤΟ ΤΜΉΜΑ ΓΙΑ ΤΟΝ ΠΑΠΑΔΆΚΗ ΕΊΝΑΙ ΑΠΌΡΡΗΤΟ.", False, 1),
]


@pytest.mark.parametrize("kind,paras,note,top,index", GREEK, ids=[k for k, *_ in GREEK])
def test_greek_script_note(kind, paras, note, top, index):
    assert_withheld(_greek(paras, note, top), paras[index], ALL)


@pytest.mark.xfail(strict=True, reason="over-redaction left: the note is read but not placed, so every portion is withheld (fail closed)")
def test_greek_topic_note_keeps_the_plain_points_at_usg():
    assert_released(_greek(GR, GREEK[0][2], False), GR[0])


# ---------------------------------------------------------------- 4: Greeklish counts, mid-text

CY_LEAD = "A CYPRIOT FOREIGN MINISTRY DIRECTOR GAVE POLCHIEF THE FOLLOWING POINTS ON JANUARY 16."
CY = ["THE GOVERNMENT WELCOMES THE UN ENVOY'S VISIT PLANNED FOR FEBRUARY.",
      "THE MINISTRY WILL PUBLISH ITS POSITION PAPER ON CONFIDENCE-BUILDING MEASURES NEXT MONTH.",
      "THE DIRECTOR SAID THE PRESIDENT WILL PRIVATELY ACCEPT A ROTATING PRESIDENCY IF ANKARA WITHDRAWS TWO "
      "BATTALIONS.",
      "HE ADDED THAT ATHENS HAS NOT YET BEEN TOLD ABOUT THIS SHIFT IN THE CYPRIOT POSITION."]


def _cy(note: str, where: str) -> str:
    body = [CY_LEAD, *CY]
    if where == "mid":
        body.insert(3, note)
    elif where == "top":
        body.insert(0, note)
    else:
        body.append(note)
    return _cable(body, post="NICOSIA", ident="000412")


COUNTS = [
    ("greeklish-caps-mid", "OI DYO TELEYTAIES PARAGRAFOI EINAI EMPISTEYTIKES", "mid"),
    ("greeklish-lower-u-order-top", "Simeiosi: oi teleutaies dyo paragrafoi einai aporrhtes.", "top"),
    ("greeklish-phonetic-caps-mid", "OI DIO TELEFTAIES PARAGRAFI INE EMPISTEFTIKES", "mid"),
    ("greek-caps-mid", "ΟΙ ΔΥΟ ΤΕΛΕΥΤΑΙΕΣ ΠΑΡΑΓΡΑΦΟΙ ΕΙΝΑΙ ΕΜΠΙΣΤΕΥΤΙΚΕΣ", "mid"),
    ("greek-lower-bottom", "Σημείωση: οι δύο τελευταίες παράγραφοι είναι εμπιστευτικές.", "bottom"),
]


@pytest.mark.parametrize("kind,note,where", COUNTS, ids=[k for k, *_ in COUNTS])
def test_last_two_paragraphs_greek(kind, note, where):
    text = _cy(note, where)
    assert_withheld(text, CY[2], ALL)
    assert_withheld(text, CY[3], ALL)


@pytest.mark.xfail(strict=True, reason="over-redaction left: the note is read but not placed, so every portion is withheld (fail closed)")
def test_greeklish_count_keeps_the_first_points_at_usg():
    text = _cy(COUNTS[0][1], "mid")
    assert_released(text, CY[0])
    assert_released(text, CY_LEAD)


# ---------------------------------------------------------------- a placed "last" note kept in a paragraph's portion

def test_last_paragraph_note_under_a_paragraph_mid_text_names_the_documents_last():
    """A note on the line right under a paragraph (the reader keeps it in that paragraph's portion), with more
    paragraphs under it: "the last paragraph" is the document's last too, not only the one above the note."""
    body = [GR_LEAD, f"{GR_MIXED[0]}\nΗ τελευταία παράγραφος είναι απόρρητη.", GR_MIXED[1], GR_MIXED[2]]
    assert_withheld(_cable(body, post="THESSALONIKI", ident="000088"), GR_MIXED[2], ALL)
