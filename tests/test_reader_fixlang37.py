"""fixlang37: a short note in a language the reader cannot read, set apart from the portions, fails closed (issue 8).

Written before reading the reader code. Each note says, in a language that is in neither rounds 148/150, nor the
rules' word lists, nor tests/test_reader_fixlang36.py (Quechua, Wolof, Samoan, Tongan, Maori, Haitian Creole,
Guarani, Kinyarwanda, Luganda, Lingala, Kikuyu, West Frisian), that the contact's second point is secret and not
for foreigners, in the SHAPES the brief names: its own paragraph at the top, a labelled `Note:`, a `P.S.` at the
end, a chat message, a table cell, a bracketed aside paragraph, a quoted line after an English introduction
inside a `(U)` paragraph, a quoted bullet in a capitals cable, the last line of a message. The point must be
withheld at every level. RELEASE: documents whose foreign text is not a note about other portions: a bilingual
`(U)` e-mail (each English paragraph followed by its French translation, which names "le deuxieme point"), a
side-by-side translation table, a foreign press quotation inside a `(U)` paragraph, a Russian memo whose `(U)`
marks the reader reads; they keep their plain text at usg.

FIRST RUN on fixlang37 (= main `41a188a`, before any change; 17 cases): all 12 notes FAILED, every one a leak
already at usg (so at every level); the 5 must-release cases passed.

Fixed by porting fixlang36's `reader/unreadable_notes.py` NARROWED BY SHAPE (`_note_shaped`): at most
`unreadable_max_words` words, Latin letters, a sentence's end, not a marked line of its own (a quotation, an aside or
a cell inside one still is), a sentence only as its line's first; and lone (`unreadable_max_notes`: a document with
more such lines is a translation or a bilingual text). West Frisian stays a strict xfail (it reads as Dutch). The
English word list moved to rules/english_words.yaml. Harness (`cmp.py` against main `41a188a`, 9,019 documents): no
new leak; the 13 language leaks of rounds 148/150 fixed (Faroese and Luxembourgish left); 20 new over-redactions
at usg: those 13 documents themselves (the note may name any point, so the others go too) and 7 others (notes in
languages whose level words the rules read but whose negation or placement they do not: 115-055, 116-019, 116-020,
116-045, 119-026, 123-054, 127-054); fixlang36 unnarrowed made 129.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")

POINTS = [
    "1. The regional government will publish the new bus fare schedule in the first week of March.",
    "2. The regional governor has privately handed the list of the opposition's polling agents to the army commander.",
    "3. The region will host the national agricultural show at the fairground in April.",
    "4. The education office will open three new secondary schools in the eastern district next year.",
]
SECRET_PHRASE = "handed the list of the opposition's polling agents"
INTRO = "(U) The official sent his points in writing after the meeting; they follow as he wrote them."


def _email(note: str, where: str) -> str:
    """An UNCLASSIFIED e-mail quoting a contact's points, the note placed in one of the shapes."""
    body = [INTRO, *POINTS]
    if where == "top":
        body.insert(0, note)
    elif where == "labelled":
        body.insert(0, f"Note: {note}")
    elif where == "ps":
        body.append(f"P.S. {note}")
    elif where == "bracketed":
        body.append(f"[{note}]")
    elif where == "quoted":
        body[0] = f'(U) The official sent his points in writing after the meeting. His first line reads: "{note}"'
    elif where == "last-line":
        body.append(note)
    return ("From: Quispe, Rosa (Lima)\nSent: Tuesday, November 17, 2026 10:02 AM\nTo: WHA-AND-DL\n"
            "Subject: Points from the regional official\n\nClassification: UNCLASSIFIED\n\n"
            + "\n\n".join(body) + "\n\nRosa\n\nClassification: UNCLASSIFIED\n")


def _chat(note: str) -> str:
    """A WhatsApp export: the contact's points as messages, the note as a message after them."""
    msgs = [m.split(". ", 1)[1] for m in POINTS]
    lines = ["11/18/26, 09:12 - Mamadou Diop: Good morning, here are the points from yesterday."]
    lines += [f"11/18/26, 09:1{3 + i} - Mamadou Diop: {m}" for i, m in enumerate(msgs)]
    lines.append(f"11/18/26, 09:20 - Mamadou Diop: {note}")
    lines += ["11/18/26, 09:40 - Sarah Lind (USG): Thank you, very helpful. Speak next week.",
              "11/18/26, 09:41 - Mamadou Diop: OK"]
    return ("WhatsApp Chat with Mamadou Diop (exported by Embassy Dakar POL, 2026-11-20)\n"
            "Classification of this record: UNCLASSIFIED\n\n" + "\n".join(lines) + "\n\n-- end of export --\nUNCLASSIFIED\n")


def _table(note: str) -> str:
    """A trip report: the points, then a table whose Remarks cell holds the note."""
    return ("UNCLASSIFIED\n\nTRIP REPORT: (U) POL visit to the regional capital, November 10-12, 2026\n"
            "Embassy Kigali, POL. Traveller: Ann Price.\n\n(U) Points given by a regional official, in his order:\n\n"
            + "\n\n".join(POINTS) + "\n\n| Source | Language | Remarks |\n|--------|----------|---------|\n"
            f"| Regional official | local / English | {note} |\n| NGO director | English | none |\n\n"
            "(U) Costs: two nights at the regional guest house.\n\nUNCLASSIFIED\n")


def _caps_cable(note: str) -> str:
    """An all-capitals UNCLAS cable, the note quoted as a bullet between the points."""
    pts = [f"-- {p.split('. ', 1)[1].upper()}" for p in POINTS]
    body = ["1. (U) A REGIONAL OFFICIAL GAVE POLOFF THE FOLLOWING POINTS ON NOVEMBER 12.", *pts[:2],
            f'-- HE NOTED (IN HIS LANGUAGE): "{note}"', *pts[2:]]
    return ("UNCLAS APIA 000231\n\nSIPDIS\n\nE.O. 13526: N/A\nTAGS: PGOV PREL\n"
            "SUBJECT: (U) REGIONAL OFFICIAL'S POINTS\n\n" + "\n\n".join(body) + "\n\nSMITH\n")


NOTES = [
    # (id, builder, note) -- every note says "the second paragraph/point is secret, not for foreigners"
    ("quechua-top", lambda n: _email(n, "top"), "Iskay kaq rimayqa pakasqam, manam hawa llaqta runakunapaqchu."),
    ("wolof-chat", _chat, "Pacc bu naareel bi dafa nebbu, du ngir doxandeem yi."),
    ("samoan-caps-cable", _caps_cable, "O LE PALAKALAFA LONA LUA E FAALILOLILO, E LE MO TAGATA ESE."),
    ("tongan-labelled", lambda n: _email(n, "labelled"),
     "Ko e palakalafi hono ua 'oku fakapulipuli, 'oku 'ikai ke ma'a e kau muli."),
    ("maori-ps", lambda n: _email(n, "ps"), "He muna te kowae tuarua, ehara mo nga tangata o tawahi."),
    ("haitian-quoted", lambda n: _email(n, "quoted"), "Dezyem pwen an se sekre, li pa pou etranje."),
    ("guarani-table-cell", _table, "Mokoiha nee pehe ha'e nemi, ndaha'ei tetã ambuegua pe guara."),
    ("kinyarwanda-bracketed", lambda n: _email(n, "bracketed"), "Ingingo ya kabiri ni ibanga, si iy'abanyamahanga."),
    ("luganda-last-line", lambda n: _email(n, "last-line"), "Ensonga ey'okubiri kya kyama, si kya bagwira."),
    ("lingala-chat", _chat, "Likambo ya mibale ezali sekele, ezali te mpo na bapaya."),
    ("kikuyu-top", lambda n: _email(n, "top"), "Undu wa keri ni wa hitho, ti wa andu a thiini wa mabura mangi."),
    # (West Frisian reads as Dutch, a language the rules read, and the Dutch reading does not read the note; fix40c's
    # `foreign_level_sentences` reads its `geheim` and `punt`: no longer a known leak)
    pytest.param("frisian-labelled", lambda n: _email(n, "labelled"), "It twadde punt is geheim en net foar bûtenlanners."),
]


@pytest.mark.parametrize("kind,build,note", NOTES, ids=[k.values[0] if hasattr(k, "marks") else k[0] for k in NOTES])
def test_note_in_an_unread_language_withholds_the_point_it_may_name(kind, build, note):
    text = build(note)
    phrase = SECRET_PHRASE.upper() if kind.endswith("caps-cable") else SECRET_PHRASE
    assert_withheld(text, phrase, ALL)


# ---------------------------------------------------------------- RELEASE: foreign text that is not a note

def test_plain_email_without_note_releases_the_points():
    text = _email("", "none")
    assert_released(text, SECRET_PHRASE)


def test_bilingual_unclassified_email_is_not_withheld_whole():
    text = ("From: Martin, Claire (Paris)\nSent: Monday, November 16, 2026 9:12 AM\nTo: EUR-WE-DL\n"
            "Subject: (U) Invitation / Invitation\n\nClassification: UNCLASSIFIED\n\n"
            "(U) Dear colleagues, the embassy invites you to the reception for the new trade attache on December 3.\n\n"
            "(U) Chers collegues, l'ambassade vous invite a la reception pour le nouvel attache commercial le 3 decembre.\n\n"
            "(U) The second point on the agenda is the joint statement on port security.\n\n"
            "(U) Le deuxieme point a l'ordre du jour est la declaration commune sur la surete portuaire.\n\n"
            "(U) Please reply by November 30. / Merci de repondre avant le 30 novembre.\n\n"
            "Claire\n\nClassification: UNCLASSIFIED\n")
    assert_released(text, "the embassy invites you to the reception")
    assert_released(text, "The second point on the agenda is the joint statement")


def test_side_by_side_translation_table_is_not_withheld_whole():
    text = ("UNCLASSIFIED\n\n(U) Glossary for the interpreters at the Kigali health ministry talks, November 2026.\n\n"
            "| English | Kinyarwanda |\n|---------|-------------|\n"
            "| The second point of the agreement | Ingingo ya kabiri y'amasezerano |\n"
            "| The clinic opens on Monday | Ivuriro rifungura ku wa mbere |\n"
            "| Vaccination campaign for children | Ubukangurambaga bwo gukingira abana |\n\n"
            "(U) The interpreters will use these terms in both sessions.\n\nUNCLASSIFIED\n")
    assert_released(text, "The interpreters will use these terms in both sessions")
    assert_released(text, "Vaccination campaign for children")


def test_foreign_press_quotation_in_a_u_paragraph_is_not_a_note():
    text = ("UNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Press coverage of the port strike\n\n"
            "(U) The daily Le Soleil wrote on its front page: \"La deuxieme journee de greve a paralyse le port "
            "autonome de Dakar et les dockers exigent une hausse de salaire.\"\n\n"
            "(U) The port authority will meet the union leaders on Thursday.\n\n"
            "(U) Shipping agents expect the backlog to clear within a week.\n\nUNCLASSIFIED\n")
    assert_released(text, "The port authority will meet the union leaders on Thursday")
    assert_released(text, "Shipping agents expect the backlog to clear within a week")


def test_russian_memo_with_read_marks_is_not_withheld_whole():
    text = ("UNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: (U) Translation of the ministry's letter\n\n"
            "(U) Министерство сообщает, что второе заседание комиссии состоится в Москве в марте.\n\n"
            "(U) Второй пункт повестки дня касается торговли зерном и тарифов на перевозку.\n\n"
            "(U) The ministry says the second session of the commission will be held in Moscow in March.\n\n"
            "UNCLASSIFIED\n")
    assert_released(text, "второе заседание комиссии состоится в Москве")
    assert_released(text, "the second session of the commission will be held in Moscow")


# ---------------------------------------------------------------- the English word list is a rules file of its own

def test_english_word_list_is_validated_with_file_and_key(tmp_path):
    import shutil

    from sbu_redact.config import RuleSet, RulesError

    rules = tmp_path / "rules"
    shutil.copytree(RuleSet().directory, rules)
    path = rules / "english_words.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  - the\n", "  - The\n", 1), encoding="utf-8")
    with pytest.raises(RulesError, match=r"english_words\.yaml.*english_words.*'The' is not a lower-case word"):
        _ = RuleSet(rules).grammar
