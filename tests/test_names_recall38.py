"""Names recall (issue 9, round 38, fixnames38), measured on heldout38 and heldout20-37.

- A given name that is also a common word (`WILL`, `May`, `HOPE`, `Rich`, `DEAN`) right before a
  surname, over a line end too; not after a word that makes it a month, a modal or a verb, nor
  before an organisation's or a place's word: `recognizers/word_given_surname.py`.
- The speakers of a chat printed with no time stamps, lower case and all, where two labels or more
  take turns and one comes back: `recognizers/chat_speaker_name.py`.

Every name is invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from test_name_classes import assert_no_person_on, detector  # noqa: F401
from test_names_recall15 import assert_every_occurrence_covered

# (kind, text, names every occurrence of which is covered whole by PERSON findings)
MUST_COVER = [
    ("a common-word given name before a hyphenated surname, in capitals",
     "2. (C) THE SAFETY OFFICER, WILL OKONKWO-BAIRD, SIGNED THE STATEMENT. THE SITE IS CLOSED.\n",
     ["WILL OKONKWO-BAIRD"]),
    ("a common-word given name before a surname in mixed case",
     "(SBU) The clerk handed the file to May Oosterhuis, who runs the bakery in Orange City.\n",
     ["May Oosterhuis"]),
    ("a common-word given name and its surname over a line end",
     "3. (C) POLOFF MET HOPE\nVANDERWAL-KOK AT THE CHURCH HALL IN PELLA.\n",
     ["HOPE\nVANDERWAL-KOK"]),
    ("a common-word given name before particles and a surname",
     "4. (C) THE MEETING WITH DEAN VAN DER SLUIS WAS SHORT; HE LEFT FOR GRAND RAPIDS.\n",
     ["DEAN VAN DER SLUIS"]),
    ("a common-word given name before an apostrophe surname",
     "(U) The form was signed by Rich O'Halloran, the applicant's employer in Geraldton.\n",
     ["Rich O'Halloran"]),
]

# chat speakers with no stamps (chat_speaker_name: off in fixnames38, on again in fixnames40 for labels in
# lower case that open with a known given name; rules/entities.yaml says why)
CHAT_SPEAKERS = [
    ("the speakers of a chat printed with no time stamps",
     "[WhatsApp messages, printed by the police]\nnjeri: are you at the port\nodhiambo: yes. the boat is late\n"
     "njeri: ok call me\nodhiambo: later\n",
     ["njeri", "odhiambo"]),
    ("a chat speaker with an initial after the given name",
     "[Signal chat, as printed]\nyusuf m: they took the car\ntariq: who\nyusuf m: the police. call my brother\n",
     ["yusuf m"]),
]

# (kind, text, words no PERSON finding may overlap)
MUST_NOT_MATCH = [
    ("a month, a modal and a verb before a name-like word",
     "4. (C) THE MAY BUDGET CUTS HIT RICH SEAMS OF COAL. WE HOPE KOVACS WILL AGREE. SHE WILL TRAVEL.\n",
     ["MAY BUDGET", "RICH SEAMS", "WE HOPE"]),
    ("a modal after a noun before a place",
     "5. (C) THE MINISTRY WILL ROTTERDAM BE ASKED? IN MAY ROTTERDAM HOSTED THE TALKS.\n",
     ["WILL", "MAY"]),
    ("a given word before an organisation's word",
     "(U) Funds went to the Hope Vanderbilt Foundation and to Rich Harbour Mission in Darwin.\n",
     ["Hope", "Rich"]),
    ("a header block of labels, each once",
     "From: Consular Section\nTo: Visa Unit\nSubject: renewal\nDate: 4 March\n",
     ["From", "Subject"]),
    ("an interview with form labels that come back",
     "Note: the office opened late.\nStatus: pending\nNote: closed again at noon\n",
     ["Note", "Status"]),
    ("question and answer lines",
     "Q: where were you\nA: at home\nQ: alone?\nA: yes\n",
     ["Q", "A"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_COVER)])
def test_names_are_covered_whole(detector, kind, text, names):
    assert_every_occurrence_covered(detector, text, names, kind)


@pytest.mark.parametrize("kind,text,names", CHAT_SPEAKERS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CHAT_SPEAKERS)])
def test_chat_speakers_are_covered(detector, kind, text, names):
    assert_every_occurrence_covered(detector, text, names, kind)


@pytest.mark.parametrize("kind,text,words", MUST_NOT_MATCH, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(MUST_NOT_MATCH)])
def test_words_are_not_names(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)
