"""Names recall (issue 9, round 39, fixnames39), measured on heldout39 and heldout38.

- A given name that is also a common word right before a surname (`recognizers/word_given_surname.py`)
  is now tried at every such word, with the longest run of particles that holds (`ART KWAKYE OF
  PHILADELPHIA` was read as particles `KWAKYE OF`, and a match that began one word earlier hid the
  given name: `STAFFER DEAN KOOIMAN`); after `and`/`or` in a list (in capitals with a known surname or
  no English word: `BIRDSONG AND WILL HAWKINS`), and before a place that is also a known surname
  (`WILL MARRERO`); in capitals never before the plural of a common noun (`RICH SEAMS`).
- Such a given name alone where its place says person: a salutation opening a message, a sign-off
  closing a line, an apposition with a person's noun after it or a person's noun and a comma before
  it: `recognizers/word_given_alone.py`.
- One-word surnames in a list right after a plural noun for people, a comma allowed, words going
  on after the list (`ENGINEERS ZANON, CESCHIN AND FAVARETTO HAD`): `recognizers/named_list.py`.
- Italian and German particles (degli, dei, dal, dalla, dalle, delle, zur, zum, vom, zu) as data in
  `names.particles` (rules/entities.yaml).

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole by PERSON findings)
MUST_COVER = [
    ("a common-word given name before a surname and a short word after it",
     "3. (SBU) THE SPONSOR, ART OKONGWU OF NEWARK, FILED THE PETITION IN MARCH.\n",
     ["ART OKONGWU"]),
    ("a common-word given name after a role noun in capitals",
     "4. (C) THE MAYOR'S AIDE DEAN HOEKSTRA HAS WRITTEN TWICE ABOUT THE CASE.\n",
     ["DEAN HOEKSTRA"]),
    ("a common-word given name closing a list in capitals",
     "5. (C) THE CREW WERE LISTED AS PELLEGRINI, VOSKUIJLEN AND WILL ABERCROMBIE-NWOSU.\n",
     ["WILL ABERCROMBIE-NWOSU"]),
    ("a common-word given name closing a list in mixed case",
     "(U) The panel: Dr. Ilse Brandauer of Graz and Hope Quenneville of Quebec.\n",
     ["Hope Quenneville"]),
    ("a common-word given name before a place that is also a surname",
     "SIGN-IN SHEET, 4 MAY:\nFRANK QUINTANILLA - NOTARIALS - 0412 778 301\n",
     ["FRANK QUINTANILLA"]),
    ("a salutation opening a message",
     "Pat, the renewal for the Oduya boy came back today. Call me. Thanks - Jen\n",
     ["Pat"]),
    ("a salutation after the subject line",
     "From: Lorna Voskuijlen\nSubject: dinner\nRich, the restaurant moved us to Friday.\n",
     ["Rich"]),
    ("a sign-off after a closing word and a dash",
     "The visa interview is on Tuesday at nine. Thanks - Frank\n",
     ["Frank"]),
    ("a sign-off after a closing word and a comma",
     "Please send the photos before noon.\nCheers, Will\n",
     ["Will"]),
    ("a given name alone on the message's last line",
     "I have left the forms with the guard at the gate.\nGrace\n",
     ["Grace"]),
    ("an apposition with a person's noun after the name, in capitals",
     "6. (SBU) HOPE, THE DAUGHTER OF THE OWNER, AND JOY, HER COUSIN, LEFT FOR LAGOS ON FRIDAY.\n",
     ["HOPE", "JOY"]),
    ("a person's noun and a comma before the name",
     "(U) Mrs. Ferreira-Lunde asked about her nephew, Bill, who is held in Kiev.\n",
     ["Bill"]),
    ("a list of surnames after a plural noun for people, words going on after it",
     "2. (C) INSPECTORS KRALJEVIC, OSTERHOUT AND PAPADOGIANNIS WERE DENIED ENTRY TO THE YARD.\n",
     ["KRALJEVIC", "OSTERHOUT", "PAPADOGIANNIS"]),
    ("a pair of surnames after a plural noun and a comma, in capitals",
     "3. (C) THE MAYOR AND TWO STUDENTS, VASSILAKIS AND OYELOWO. THEY LEFT AT NOON.\n",
     ["VASSILAKIS", "OYELOWO"]),
    ("a pair of surnames over a line end after a plural noun, one a place's name too",
     "(U) The port's director and two engineers, Quispe and\nMendoza, asked about US training.\n",
     ["Quispe", "Mendoza"]),
    ("Italian and German particles inside a full name",
     "(U) The panel: Dr. Ottavio dalla Pozza (Padua) and Prof. Henrike zur Mühlen (Jena).\n",
     ["Ottavio dalla Pozza", "Henrike zur Mühlen"]),
    ("a surname opening with a particle, alone, in capitals",
     "9. (C) COMMENT: ZU LÖWENSTEIN IS THE RISING FIGURE IN THE PARTY; THE OTHERS ARE FADING.\n",
     ["ZU LÖWENSTEIN"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a common plural noun after a given word in capitals",
     "7. (C) THE SURVEY FOUND RICH SEAMS OF COPPER AND FRANK TALKS FOLLOWED.\n",
     ["RICH SEAMS", "FRANK TALKS"]),
    ("an adverb after a given word that is a verb, in capitals",
     "8. (C) FUEL PRICES ROSE SHARPLY IN MAY; THE MINISTER WILL SHORTLY RESIGN.\n",
     ["ROSE SHARPLY", "WILL SHORTLY"]),
    ("a modal before a verb English hardly uses, in capitals",
     "9. (C) THE RABBI SAID THE CITY WILL DEMOLISH THE HALL; THE COURT MAY ANNUL THE SALE.\n",
     ["WILL DEMOLISH", "MAY ANNUL"]),
    ("a modal after a list's joining word in capitals",
     "8. (C) THE BOARD MET ON MONDAY AND WILL RECONVENE IN JUNE; THE UNION AND MAY ADJOURN.\n",
     ["WILL RECONVENE", "MAY ADJOURN"]),
    ("a closing word before a place and an organisation",
     "We met the pastor at Faith Temple.\nThanks - Hope Street Mission\n",
     ["Faith", "Hope"]),
    ("a sentence that opens with a common word and a comma, no message",
     "1. The clerk read the minutes.\nStill, the board voted.\nFrankly, nobody objected.\n",
     ["Still", "Frankly"]),
    ("a noun used as a word in an apposition",
     "(U) The vote on the bill, the third this year, failed. We hope, the mayor said, for better.\n",
     ["bill", "hope"]),
    ("a month or a modal where a salutation would stand, inside a report",
     "4. (C) THE MAY BUDGET WAS LATE. WE HOPE THE BOARD WILL AGREE.\n",
     ["MAY", "HOPE", "WILL"]),
    ("places after a plural noun for people",
     "5. (C) THE VOLUNTEERS CAME FROM THREE TOWNS. STUDENTS FROM LIMA, CUZCO AND AREQUIPA JOINED.\n",
     ["LIMA", "CUZCO", "AREQUIPA"]),
    ("common words after a plural noun for people",
     "(U) Workers, managers and owners met; teachers, Parents and Pupils attended too.\n",
     ["Parents", "Pupils"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):
    assert_every_occurrence_covered(detector, text, names, kind)


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_words_are_not_names(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)
