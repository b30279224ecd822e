"""Names recall on the classes of the last blind hold-out (issue 9, round 13), through the real
Detector: surname-first names with a comma in mixed case (chat exports, field labels, the
columns of a sign-in sheet or warden list, after a title), hyphenated surnames alone and as
later mentions, lower-case names in informal notes, given names that are English words next to
a person cue and short later mentions, sign-off initials and names broken over a line end. For
each class, texts whose names must be covered whole and look-alikes that must be left alone.
Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import _covered, _persons, assert_names_covered, assert_no_person_on, detector  # noqa: F401

MUST_COVER = [
    # surname first, a comma, the given names: after a chat export's speaker stamp, repeated
    ("surname first, chat", "[Skype export 2008-03-02]\n[11:02] Wekesa-Lund, Amani: are the forms in?\n"
                            "[11:03] Odhiambo, Grace (LES): yes, both\n[11:04] Wekesa-Lund, Amani: ok thanks\n",
     ["Wekesa-Lund, Amani", "Odhiambo, Grace"]),
    ("surname first, chat", "[14:40] Kagame-Osei, Bertrande: did you call him?\n[14:41] Mutesi, Prossy: not yet\n",
     ["Kagame-Osei, Bertrande", "Mutesi, Prossy"]),
    # after a field label, initials and all
    ("surname first, label", "RELEASE AUTHORITY: Achterberg-Nkosi, Marguerite T., Reviewer\nDate: 2008\n",
     ["Achterberg-Nkosi, Marguerite T."]),
    ("surname first, label", "From: Dlamini-Ferreira, Ma. Lourdes \"Lulu\" (Maputo)\nSubject: boats\n",
     ['Dlamini-Ferreira, Ma. Lourdes "Lulu"']),
    # the columns of a sign-in sheet: accented letters, two-word surnames, a column gap after the name
    ("surname first, columns", "Name                        Organisation            Tel.\n"
                               "Zinsou, Édwige R.           Port authority          +229 21 00 11 22\n"
                               "Ahouandjinou-Tossa, Brice   Lycée Béhanzin          +229 95 00 11 33\n"
                               "Gbaguidi Akpovi, Fernand    farmers' union          -\n",
     ["Zinsou, Édwige R.", "Ahouandjinou-Tossa, Brice", "Gbaguidi Akpovi, Fernand"]),
    # a double-barrelled surname alone, as a later mention and possessive, in both cases
    ("double name alone", "3. (C) THE ORGANISER WAS TENDAI MUKOMBERA-NYASHA. MUKOMBERA-NYASHA'S\nBROTHER SAID "
                          "KAPEMBWA-SIMUCHIMBA HAD LEFT FOR KABWE.\n", ["MUKOMBERA-NYASHA'S", "KAPEMBWA-SIMUCHIMBA"]),
    ("double name alone", "Grace - Wanjiru and Chelimo-Kiptanui were both helpful; Ochieng-Barasa was not.",
     ["Chelimo-Kiptanui", "Ochieng-Barasa"]),
    # short later mentions: the name after its particle, the particle in lower case, a name joined by `and` met again,
    # a name before a comma and a relative's noun, a possessive before a relative's noun
    ("later mention after a particle", "2. (C) HIS COUSIN TARIQ AL-ZUBAIDI WAS HELD IN BASRA. ZUBAIDI'S\nLAWYER SAID "
                                       "NOTHING.", ["ZUBAIDI'S"]),
    ("later mention after a particle", "REF: A. El-Haddadin/Carrow-Mbeki e-mail of 3/4/08\n\n1. (C) Per ref A, "
                                       "el-Haddadin will table the bill.", ["el-Haddadin"]),
    ("possessive and relative", "Doc 3, para 2: name of the third party (Qasim's\nnephew, Faisal Rind) withheld.", ["Qasim's"]),
    # an apposition with a person's noun before `from`
    ("apposition", "2. (C) NSUBUGA-KIGOZI'S DEPUTY SPOKE FIRST. WAMALWA, A SOFT-SPOKEN TEACHER FROM BUSIA, SAID THE\n"
                   "COUNTY WANTS THE LAND BACK.", ["WAMALWA"]),
    # sign-off initials ending an e-mail, inline or on the (quoted) last line
    ("sign-off initial", "Rehema - Odongo and Achieng-Were both came. I'd keep them out of the cable. K.", ["K."]),
    ("sign-off initial", "On Mon, May 5, 2008 at 9:14 AM, Tobias Merriman-Oduor wrote:\n> Is the clerk at the port the same man?\n> T.\n",
     ["T."]),
    # a known name that is an English word too, alone on the last line after a sentence
    ("last-line name", "7. (SBU) Comment: the reeds along the river are the only cover left. End comment.\nReed", ["Reed"]),
    # lower-case names in a chat export's messages
    ("chat lower case", "[Lync conversation export - 2008-01-11]\n[08:02] Okumu-Lind, Harriet: morning! is the family in?\n"
                        "[08:03] Ssali, Moses (LES): yes, bibi nakawunde and her son\n"
                        "[08:04] Ssali, Moses (LES): nakawunde says kyeyune is still held in Mbarara\n",
     ["nakawunde", "kyeyune"]),
    # after a title in a warden list's column
    ("surname first, title", "Zone warden     Rev. Canon Okumu-Baines, Ruth     +256 471 000 118\n"
                             "Deputy          Mrs. Atim-Lokeris, Josephine \"Jojo\"    jojo@example.org\n",
     ["Okumu-Baines, Ruth", 'Atim-Lokeris, Josephine "Jojo"']),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):
    assert_names_covered(detector, text, names, kind)


MUST_NOT_MATCH = [
    # a place, a greeting or a tag list before a comma is no surname written first
    ("place and country", "Location: Kampala, Uganda (old town hall)\n", ["Kampala"]),
    ("tags", "TAGS: PGOV, PHUM, KDEM\nSUBJECT: talks\n", ["PGOV", "PHUM"]),
    ("neighbourhood and city", "Venue:\n  Tlaxcoapan, Ciudad Obregón (the market hall)\n", ["Ciudad"]),
    ("closing at a line start", "We land Friday.\n\nThanks, Grace\n", ["Thanks"]),
    ("closing in a chat", "[09:20] Okoth-Rivers, Daniel: Thanks, Grace\n", ["Thanks"]),
    # a given name and surname after a title, then an order or a company: the company is none
    ("order after a name", "Deputy          Sister Benedetta Akullo, Comboni      +256 782 000 915\n", ["Comboni"]),
    # a place, a party, a militia or a place's kind word joined by a hyphen is no double name
    ("hyphenated things", "(SBU) The Mai-Mai fought near Guinea-Bissau; VMRO-DPMNE won in Kicevo; "
                          "the office in Petion-Ville reopened.", ["Mai-Mai", "Guinea-Bissau", "VMRO-DPMNE", "Petion-Ville"]),
    # a word in use before a possessive and a relative's noun; a company with its sons
    ("possessive of a word", "(SBU) Applicant's husband, Imran Qadir, is an LPR.", ["Applicant's"]),
    ("company and sons", "(U) The contract went to Mwangi Kariuki & Sons of Nakuru.", ["Sons"]),
    # ordinary words in a lower-case chat message stay words
    ("chat lower case", "[08:05] Okumu-Lind, Harriet: ok pls send the forms to the warden tmrw, thx\n", ["warden", "forms"]),
    # a place after an apposition is no person; a list letter or a plan's letter is no initial
    ("place apposition", "(U) In Gulu, a market town from the north, we met.", ["Gulu"]),
    ("plan letter", "(U) If the talks fail we move to plan B.", ["B."]),
    ("common last line", "We will land at noon.\nThanks", ["Thanks"]),
    # the next column of a table is no part of the name before it
    ("next column", "Ndegwa, Purity               Université de Lomé           +228 22 00 11 22\n", ["Université"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_look_alikes_are_no_persons(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)


def test_a_name_joined_by_and_is_met_again(detector):
    """A name found only as joined by `and` to another (SONS JIRIS AND WADIH) is propagated to its
    later mentions; and a person's noun after a comma is no company's suffix (WIFE RANIA TOUMA, SONS)."""
    text = ("4. (SBU) THE FAMILY OF GEORGES HANNA KOUYOUMJIAN (WIFE RANIA TOUMA, SONS JIRIS AND\n"
            "WADIH) FLED. AFTER THE ABDUCTION OF WADIH IN MAY THEY LEFT.")
    spans = _persons(detector, text)
    for word in ("RANIA TOUMA", "WADIH"):
        for start in [i for i in range(len(text)) if text.startswith(word, i)]:
            assert _covered(spans, text, start, start + len(word)), (word, start, [text[s:e] for s, e in spans])
