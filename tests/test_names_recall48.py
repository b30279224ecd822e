"""Names recall and precision by class (issue 9, round 48, fixnames48).

Fixed by class, extending the recognizers that exist (no corpus string listed in the rules):

- `SURNAME, GIVEN` with no initials inside a sentence in capitals (`inverted_name`): one surname word that is no
  English word in use, no place, people, organisation or acronym, a comma, a given name (a known one after any
  word but a preposition of place; one no list knows only where a list item opens), maybe a patronymic, then the
  clause's end or, after a known given name, a verb; a town and its region (`place_endings`) and a header
  field's line (`TAGS:`) are no name.
- Later mentions (`PostProcessor._mentions`): a surname that is a word (`WOOD`), found as the surname of a
  name (also one written surname first: `WOOD, ALASTAIR J.`), is the person again in capitals where it opens a
  clause before an auxiliary (`SAYS WOOD HAS`); not after a noun (`THE BURNT WOOD HAS`).
- Given names that are common words (`word_given_surname`, `cued_word_name`, `word_given_alone`, and the slots
  of `lower_case_name`): DOT, TAM, RAM, TEK, DIL, AI before a surname or with a person's cue (RAM, TEK, DIL after
  BY or AS too: `name_only_words`); a verb after the given name is no surname (`verbs_not_surnames`: RAM RANG).
- Lower-case names by their place in a chat or a note: after thanks or a greeting, a caller naming themself
  (`its <x>`, `this is <x>`), `<x> here` closing a message (`slot_cues`, `slot_verbs`); the sign-off of a
  message in lower case (`PostProcessor._sign_off_names`: `thanks, <x>`, `- <x> (ps: ...)`).

Every name and place below is invented for these tests; none comes from a held-out corpus. Each MUST_FIND
case fails on the starting commit 9e2f225b and passes here; the GUARDS pass on both."""
from __future__ import annotations

import pytest

from test_name_classes import detector, name_case_tests  # noqa: F401

# (kind, text, names whose every letter some PERSON finding must cover)
MUST_FIND = [
    ("surname first, a known given name, in an apposition in capitals",
     "2. (U) THE CLUB'S TREASURER, MOSSOP, GERTRUDE, SIGNED THE LETTER ON 3 MAY.", ["MOSSOP, GERTRUDE"]),
    ("surname first with given names no list knows, a list after a colon in capitals",
     "1. (U) GRANT RECIPIENTS: TUHIWAI, HEMANAKI; KORIMATA, TEPAEARANGI. EACH RECEIVES NZD 900.",
     ["TUHIWAI, HEMANAKI", "KORIMATA, TEPAEARANGI"]),
    ("surname first, a known given name, then a verb, in capitals",
     "1. (SBU) AMCIT PENNYCOOK, HARRIET REPORTED HER WALLET STOLEN ON THE FERRY.", ["PENNYCOOK, HARRIET"]),
    ("surname first in an apposition, a known given name that is a place's name too, in capitals",
     "1. (U) HIS LAWYER, PETROSYAN-ULBA, MARINA, TOOK NO FEE FOR THE APPEAL.", ["PETROSYAN-ULBA, MARINA"]),
    ("surname first with a given name and a patronymic in capitals",
     "1. (C) POLOFF MET TOROSYAN, NUNE ARTUROVNA, WHO EDITS A DISTRICT PAPER.", ["TOROSYAN, NUNE ARTUROVNA"]),
    ("a Nepali given name that is a word before a surname in capitals",
     "1. (U) HER HOST IS RAM GURUNG. HE RUNS A TEA SHOP.", ["RAM GURUNG"]),
    ("a Nepali given name that is a word after BY, opening a name of three words in capitals",
     "1. (U) THE HARVEST FEAST WAS HOSTED BY DIL MAYA KATHARIYAN OF THE WARD COMMITTEE.", ["DIL MAYA KATHARIYAN"]),
    ("an English diminutive that is a word before a surname in capitals",
     "1. (U) THE VISA WENT TO DOT MCALLISTER AND HER HUSBAND.", ["DOT MCALLISTER"]),
    ("a Nepali given name that is a word opening a name of three words in capitals",
     "1. (U) APPLICANT TEK BAHADUR GHARTIMAGAR STUDIED IN POKHARA.", ["TEK BAHADUR GHARTIMAGAR"]),
    ("a given name that is a word after a naming verb, in capitals",
     "1. (U) WE MET HIS DAUGHTER, A GIRL CALLED TAM, IN THE CAMP.", ["TAM"]),
    ("a surname that is a word after thanks, in a chat in lower case",
     "host: the girl is safe, only the bag is gone. ram here\nacs: thank you ram. can she travel on friday?",
     ["ram"]),
    ("a caller naming themself, a given name that is a word",
     "[10:02] caller: hi its dot again. the walker left his map at the hill farm", ["dot"]),
    ("a sign-off in lower case after thanks",
     "the boat is back on the slip and the papers are signed. can you ring the yard after six.\nthanks, ainslie",
     ["ainslie"]),
    ("a sign-off in lower case after a dash, a parenthesis after it",
     "i said we cannot take sides in the quarrel between the two crews.\n- aonghas (ps: her number 01234 567 890)",
     ["aonghas"]),
]

# (kind, text, the words before a later mention, the mention): a surname that is a word, alone later
LATER_MENTIONS = [
    ("a surname that is a word, later alone before an auxiliary, after it was written surname first",
     "1. (SBU) YOUNG, CALLUM R. WAS FINED. HIS LAWYER SAID YOUNG WILL APPEAL.", "LAWYER SAID ", "YOUNG"),
]

# (kind, text, words no PERSON finding may overlap): precision guards; they pass on both commits
MUST_NOT_FIND = [
    ("common words in the positions of the given names that are words, lower case",
     "hope to see you there on friday. will do the forms tonight, i promise\ncheers, mate", ["hope", "will", "mate"]),
    ("ram and sent as words in a note in lower case",
     "ok the gate is stuck, we may have to ram the gate open. its fine now\n- sent from my phone", ["ram", "sent"]),
    ("dot as a verb, team signing off",
     "pls dot the i's and cross the t's before you send it to the yard\nthanks, team", ["dot", "team"]),
    ("RAM and DOT as words in capitals",
     "1. (U) POLICE SAID THE TRUCK WOULD RAM THE GATE. ORGANISERS WILL DOT THE ROUTE WITH FLAGS.", ["RAM", "DOT"]),
    ("a town and its region in a list in capitals",
     "1. (U) STOPS ON THE ROUTE: OZERNYE, BURYATIA AND NOVAYA, BURYATIA.", ["OZERNYE", "BURYATIA"]),
    ("a place and a given name after a preposition of place in capitals",
     "1. (U) THE TEAM WAS IN SKOPJE, MARIA SAID.", ["SKOPJE"]),
    ("column headers in capitals",
     "NAME, SURNAME, DATE OF BIRTH, PASSPORT NUMBER\nTAGS: PGOV, PHUM, KDEM", ["NAME", "SURNAME", "PGOV", "PHUM"]),
    ("a firm named after persons in capitals",
     "1. (U) THE LAW FIRM OF BRODIE, MARCHBANK AND COMPANY HANDLES THE ESTATE.", ["MARCHBANK"]),
    ("a surname that is a word after a noun is the word",
     "1. (SBU) WOOD, ALASTAIR J. SPOKE AT THE MEETING. THE BURNT WOOD HAS BEEN CLEARED FROM THE PATH.",
     ["WOOD HAS"]),
    ("known surnames that are words after the possessive its, in lower case",
     "the clinic is short staffed and its ward in the east block is closed. its cash at the bank is low",
     ["ward", "cash"]),
    ("RAM as a word after A and AS in capitals",
     "1. (U) THEY BOUGHT A PRIZE RAM AS RAM PRICES ROSE AT THE FAIR.", ["RAM AS", "RAM PRICES"]),
    ("AI, the acronym, before nouns in capitals",
     "1. (U) THE MINISTRY BANNED AI CHATBOTS AND AI SPELL-CHECKERS IN SCHOOLS.", ["AI CHATBOTS", "AI SPELL"]),
    ("a town and a given name that is a place's name too, after a preposition of place",
     "1. (U) THE TEAM DROVE FROM OZERNYE, MARINA AND THE DRIVER SLEPT.", ["OZERNYE"]),
    ("a ship named after a person in capitals",
     "1. (U) THE FERRY LADY ISOBEL WILL CALL AT OBAN; THE SCHOOL IS ST COLUMBA'S.", ["ISOBEL"]),
]


test_names_are_found, test_words_are_no_persons = name_case_tests(MUST_FIND, MUST_NOT_FIND)


@pytest.mark.parametrize("kind,text,before,name", LATER_MENTIONS,
                         ids=[f"{k}-{i}" for i, (k, _, _, _) in enumerate(LATER_MENTIONS)])
def test_later_mentions_are_found(detector, kind, text, before, name):
    start = text.index(before) + len(before)
    assert text[start:start + len(name)] == name
    spans = [(f.start, f.end) for f in detector.analyze(text) if f.entity_type == "PERSON"]
    assert any(s <= start and start + len(name) <= e for s, e in spans), (kind, [text[s:e] for s, e in spans])
