"""open35a: older leaks of the reader that main `dbee550` still had (issue 8), by class, with variants.

Classes (the brief's numbering): 1 a short note saying a paragraph is secret/confidential in a language the reader
did not read (Yoruba, Javanese, Kannada, Kurdish, Mongolian, Tibetan, Basque, Catalan, Galician, Welsh, Scots Gaelic,
Slovene, Croatian in capitals, Hindi in Latin letters), and in languages no rule names at all that still hold a
marking token or a known level word (the class fix); 2 such a note in a table cell (pipe, tab, HTML) or as one chat
line; 3 Norwegian/Danish/Swedish counting ("de to siste avsnittene", "näst sista stycket"). RELEASE: plain (U) text
near such notes that usg must keep, and plain foreign text, tables and chat lines that claim nothing.

First run on main `dbee550` (before any change; 82 cases then, 45 failed). Leaks:
- class 1: 34 of 44 notes released the paragraph they name: every Yoruba, Javanese (`wadi`, and `Paragraf kaping telu
  iku wadi`), Kannada, Kurdish (both scripts), Tibetan, Basque, Catalan (`secret` and `paràgraf 3`), Galician, Welsh,
  Scots Gaelic, Slovene and Hindi-in-Latin variant, Mongolian script and the Cyrillic "last two" (`нууц байна`),
  Croatian `ZADNJI ODLOMAK JE TAJAN`. Passed: Javanese `rahasia` "last two", Mongolian Cyrillic `нууц` alone,
  Croatian `TAJNA`/`povjerljiv`, Galician `secreto`, Catalan `confidencials`, and the four class-fix notes of languages
  no rule names (`secret`/`SECRET`/`geheim`: the level words or tokens the reader already had).
- class 2: the Norwegian and Catalan notes in a pipe table's cell, and two chat lines (`09:15 gudrun: ...
  trúnaðarmál, ekki áframsenda`, `kari: forrige melding er hemmelig`). Passed: English, German and French in cells
  (the claims read them), the two English chat lines.
- class 3: `De to siste avsnittene`, `De siste to avsnittene` and `(U) Anm. (Lena): Näst sista stycket är hemligt`
  released; the Danish and Swedish "last two" were withheld but with every other paragraph (fail closed).
- must-release: the first run had six foreign "last paragraph" notes that released the (U) paragraph only because
  the note went unread; once read, a foreign note the reader cannot place raises every portion it could mean (fail
  closed, the design): those cases are now English notes (`test_english_note_keeps_plain`), and the Nordic ones an
  English twin. Over-redaction left: foreign "last paragraph" notes withhold the (U) paragraphs too.
Causes and fixes, by class (reader/stated_notes.py, reader/untranslated.py, rules/markings.yaml):
- words were counted by a pattern that split a word at every combining sign (Kannada `ಕೊನೆಯ` was three words, a
  five-word note twelve: prose), and at the Tibetan syllable mark; now a word keeps its signs and its syllables.
- the point of an ordinal (`3. paragrafoa`) ended the clause; a copula of five letters (`байна`) made the level word
  no predicate (now `untranslated.copulas`, rules); a number in a note's label (`Paragraff 3:`) was no word.
- level words (data): Yoruba, Javanese `wadi`, Kurdish, Mongolian script, Basque, Galician, Slovene/Croatian `tajen`,
  `tajan`, `zaupn`, Scots Gaelic, Hindi `gupt`, the Welsh and Gaelic mutated forms (`gyfrinachol`, `chyfrinachol`,
  `nghyfrinachol`, `dhìomhair`), Catalan/Occitan/Romansh `secret` with its copula; `gupta`, `wadis` are no level.
  Note languages (data): Yoruba and Hindi in Latin letters (their `to`, `do`), Norwegian, Danish, Swedish counting
  words (`de`, `to`, `två`, `siste`, `sidste`, `sista`, `näst`).
- a table row's cells (pipe, tab, HTML) are each read as a note of their own; a chat line's message after its time
  and sender is read as a note of its own; a line marked (U) is read after its mark (its level word is the level of
  the text it names, not its own).
Harness (8,538 documents) against `dbee550`: 0 leaks; the first fix withheld two "not secret" notes whole
(adv127-053 Welsh `nid yw'r rhestr hon yn gyfrinachol`, adv127-056 Basque `ez da isilpekoa`): their negations are now
in `negation_before` (rules), and the harness's over-redaction is as on main (2,322). Left (not these classes): the
reviewers' c02 (`Siste avsnitt er hemmelig og må ikke deles videre`: a clause that goes on after `og`) and c04 (the
note inside a paragraph of prose) still release their paragraph.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")
SECRET_PARA = "Our source in the ministry, Ilir Dervishi, will meet us again on Thursday."
RIGGED_PARA = "The governor's aide said the port tender was rigged for Zarev Holdings."
PLAIN_PARA = "The trade fair opens on Monday in the old exhibition hall."
TENDER_PARA = "The ministry will publish the tender documents in April."


def _email(note: str, note_first: bool = True, two_secret: bool = False) -> str:
    """A message like the reviewers': (U), (U), [(SBU) rigged], (SBU) source; the note at the top or the bottom."""
    paras = [f"(U) {PLAIN_PARA}", f"(U) {TENDER_PARA}"]
    if two_secret:
        paras.append(f"(SBU) {RIGGED_PARA}")
    paras.append(f"(SBU) {SECRET_PARA}")
    body = "\n\n".join(([note] if note_first else []) + paras + ([] if note_first else [note]))
    return ("From: Duty, Officer (Embassy)\nSent: Monday, May 23, 2011 10:14 AM\nTo: EUR/NB; INR/EUR\n"
            "Subject: Contact notes - port tender\n\nClassification: SBU\n\n"
            f"{body}\n\nKari\n\nClassification: SBU\n")


def _numbered(note: str) -> str:
    """A memo of numbered paragraphs whose third one the note names ("paragraph 3")."""
    return ("UNCLASSIFIED//SBU\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: Port tender\n\n"
            f"1. (U) {PLAIN_PARA}\n\n2. (U) {TENDER_PARA}\n\n3. (SBU) {SECRET_PARA}\n\n"
            f"4. (U) The delegation returns to the capital on Friday.\n\n{note}\n\nUNCLASSIFIED//SBU\n")


# ---------------------------------------------------------------- 1: a short note in a language the reader did not read
# (id, note, layout): "last" = the last paragraph, "last2" = the last two, "para3" = paragraph 3.
LANGUAGE_NOTES = [
    ("yoruba", "Ìpínrọ̀ tó kẹ́yìn jẹ́ àṣírí.", "last"),
    ("yoruba-nodiac-bottom", "Ipinro to keyin je asiri.", "last-bottom"),
    ("yoruba-para3", "Ìpínrọ̀ kẹta jẹ́ àṣírí.", "para3"),
    ("javanese", "Paragraf pungkasan iku wadi.", "last"),
    ("javanese-rahasia-last2", "Rong paragraf pungkasan iku rahasia.", "last2"),
    ("javanese-para3", "Paragraf kaping telu iku wadi.", "para3"),
    ("kannada", "ಕೊನೆಯ ಪ್ಯಾರಾ ರಹಸ್ಯವಾಗಿದೆ.", "last"),
    ("kannada-gaupya-bottom", "ಕೊನೆಯ ಪ್ಯಾರಾಗ್ರಾಫ್ ಗೌಪ್ಯವಾಗಿದೆ.", "last-bottom"),
    ("kannada-last2", "ಕೊನೆಯ ಎರಡು ಪ್ಯಾರಾಗಳು ರಹಸ್ಯ.", "last2"),
    ("kurdish-latin", "Paragrafa dawî veşartî ye.", "last"),
    ("kurdish-nehini-bottom", "Paragrafa dawî nehênî ye.", "last-bottom"),
    ("kurdish-arabic-script", "پەرەگرافی کۆتایی نهێنییە.", "last"),
    ("mongolian-cyrillic", "Сүүлийн догол мөр нууц.", "last"),
    ("mongolian-cyrillic-last2", "Сүүлийн хоёр догол мөр нууц байна.", "last2"),
    ("mongolian-script", "ᠰᠡᠭᠦᠯ ᠦᠨ ᠬᠡᠰᠡᠭ ᠨᠢ ᠨᠢᠭᠤᠴᠠ ᠪᠣᠯᠠᠢ᠃", "last"),
    ("tibetan", "མཇུག་གི་དུམ་མཚམས་དེ་གསང་བ་རེད།", "last"),
    ("tibetan-bottom", "མཇུག་གི་དུམ་མཚམས་གསང་བ་ཡིན།", "last-bottom"),
    ("basque", "Azken paragrafoa isilpekoa da.", "last"),
    ("basque-last2", "Azken bi paragrafoak konfidentzialak dira.", "last2"),
    ("basque-para3", "Oharra: 3. paragrafoa sekretua da.", "para3"),
    ("catalan", "L'últim paràgraf és secret.", "last"),
    ("catalan-last2", "Els dos últims paràgrafs són confidencials.", "last2"),
    ("catalan-para3", "El paràgraf 3 és secret.", "para3"),
    ("galician", "O último parágrafo é segredo.", "last"),
    ("galician-last2", "Os dous últimos parágrafos son confidenciais.", "last2"),
    ("galician-secreto-bottom", "O último parágrafo é secreto.", "last-bottom"),
    ("welsh", "Mae'r paragraff olaf yn gyfrinachol.", "last"),
    ("welsh-mutated-last2", "Mae'r ddau baragraff olaf yn gyfrinachol.", "last2"),
    ("welsh-para3", "Paragraff 3: cyfrinachol.", "para3"),
    ("scots-gaelic", "Tha am paragraf mu dheireadh dìomhair.", "last"),
    ("scots-gaelic-mutated-last2", "Tha an dà pharagraf mu dheireadh dìomhair.", "last2"),
    ("slovene", "Zadnji odstavek je tajen.", "last"),
    ("slovene-last2", "Zadnja dva odstavka sta zaupna.", "last2"),
    ("slovene-para3", "Odstavek 3 je tajen.", "para3"),
    ("croatian-caps", "ZADNJI ODLOMAK JE TAJAN.", "last"),
    ("croatian-caps-last2", "ZADNJA DVA ODLOMKA SU TAJNA.", "last2"),
    ("croatian-povjerljiv-bottom", "Zadnji odlomak je povjerljiv.", "last-bottom"),
    ("hindi-latin", "Aakhri paragraph gupt hai.", "last"),
    ("hindi-latin-last2", "Aakhri do paragraph gopniya hain.", "last2"),
    ("hindi-latin-para3", "Paragraph 3 gupt hai.", "para3"),
    # the class fix: languages no rule names, the note holds a marking token or a known level word
    ("occitan-secret", "Lo darrièr paragraf es secret.", "last"),
    ("afrikaans-geheim", "Die laaste paragraaf is geheim.", "last"),
    ("frisian-geheim-bottom", "De lêste paragraaf is geheim.", "last-bottom"),
    ("romansh-token", "L'ultim paragraf è SECRET.", "last"),
]


def _language_doc(note: str, layout: str) -> tuple[str, list[str]]:
    if layout == "para3":
        return _numbered(note), [SECRET_PARA]
    if layout == "last2":
        return _email(note, two_secret=True), [RIGGED_PARA, SECRET_PARA]
    return _email(note, note_first=layout != "last-bottom"), [SECRET_PARA]


@pytest.mark.parametrize("note,layout", [(n, lay) for _, n, lay in LANGUAGE_NOTES],
                         ids=[i for i, _, _ in LANGUAGE_NOTES])
def test_language_note_withholds(note: str, layout: str) -> None:
    text, secret = _language_doc(note, layout)
    for phrase in secret:
        assert_withheld(text, phrase, ALL)


# A note the reader reads exactly (English) keeps the (U) paragraph before the ones it names; a note of another
# language raises every portion it could mean (fail closed: the reader cannot place it), so none is here.
READ_EXACTLY = [("Note: the last paragraph is secret.", False), ("NOTE: The last two paragraphs are secret.", True),
                ("Note: the last paragraph is confidential.", False)]


@pytest.mark.parametrize("note,two", READ_EXACTLY)
def test_english_note_keeps_plain(note: str, two: bool) -> None:
    assert_released(_email(note, two_secret=two), PLAIN_PARA)


# Foreign plain text that claims nothing: the (U) paragraphs stay released.
PLAIN_FOREIGN = ["Ìpàdé náà yóò wáyé ní ọjọ́ Ajé ní gbọ̀ngàn àtijọ́.",
                 "Mae'r cyfarfod nesaf ddydd Llun yn yr hen neuadd.",
                 "Azken bilera astelehenean izango da.",
                 "Aakhri meeting Monday ko hogi."]


# ... and notes that say a text is NOT secret in Welsh or Basque. open35a read their negations ("nid yw ... yn",
# "ez da") as "no claim"; review35a showed that releases what "not ONLY secret", "nothing secret but the last
# paragraph" and "was not secret yesterday, but is today" name, so the lead removed them: these notes fail closed
# (the harness's adv127-053 and adv127-056 are over-redaction xfails again).
NEGATED = ["Nodyn: nid yw'r rhestr hon yn gyfrinachol.", "Oharra: programa hau ez da isilpekoa.",
           "Mae'r rhestr ddim yn gyfrinachol."]


@pytest.mark.parametrize("note", NEGATED)
def test_negated_welsh_or_basque_note_fails_closed(note: str) -> None:
    assert_withheld(_email(note), PLAIN_PARA, ("usg",))


@pytest.mark.parametrize("line", PLAIN_FOREIGN)
def test_plain_foreign_line_releases(line: str) -> None:
    assert_released(_email(line), PLAIN_PARA)
    assert_released(_email(line), TENDER_PARA)


# ---------------------------------------------------------------- 2: the note in a table cell or a chat line
def _with_block(block: str) -> str:
    return ("UNCLASSIFIED//SBU\n\nCONTACT LOG - MAY 2011\n\n"
            f"{block}\n\n(U) {PLAIN_PARA}\n\n(U) {TENDER_PARA}\n\n(SBU) {SECRET_PARA}\n\nUNCLASSIFIED//SBU\n")


CELL_NOTES = [
    ("pipe-no", "| Date | Contact | Note |\n|---|---|---|\n| 23 May | Ilir Dervishi | Siste avsnitt er hemmelig |"),
    ("pipe-en", "| Date | Contact | Remark |\n|---|---|---|\n| 23 May | I. Dervishi | the last paragraph is SECRET |"),
    ("pipe-catalan", "| Data | Nota |\n|---|---|\n| 23 maig | L'últim paràgraf és secret |"),
    ("tab-en", "Date\tContact\tNote\n23 May\tIlir Dervishi\tlast para is confidential"),
    ("tab-de", "Datum\tKontakt\tHinweis\n23. Mai\tIlir Dervishi\tDer letzte Absatz ist GEHEIM"),
    ("html-en", "<table><tr><th>Date</th><th>Note</th></tr>\n<tr><td>23 May</td><td>The last paragraph is "
                "SECRET//NOFORN</td></tr></table>"),
    ("html-fr", "<table>\n<tr><td>23 mai</td><td>Le dernier paragraphe est confidentiel</td></tr>\n</table>"),
]


@pytest.mark.parametrize("block", [b for _, b in CELL_NOTES], ids=[i for i, _ in CELL_NOTES])
def test_cell_note_withholds(block: str) -> None:
    assert_withheld(_with_block(block), SECRET_PARA, ALL)


CHAT_LINES = [
    ("bracket-para3", "[10:45] jdoe: para 3 is secret"),
    ("bracket-angle", "[10:45] <jdoe> last paragraph is SECRET//NOFORN"),
    ("plain-time-is", "10:45 gudrun: siðasta skilaboðin eru trúnaðarmál, ekki áframsenda"),
    ("plain-time-no", "10:45 kari: forrige melding er hemmelig"),
]


def _chat(line: str) -> str:
    return ("UNCLASSIFIED//SBU\nChat export - #ops - 2011-05-23\n\n"
            f"[10:42] jdoe: (U) {PLAIN_PARA}\n[10:43] jdoe: (U) {TENDER_PARA}\n"
            f"[10:44] jdoe: (SBU) {SECRET_PARA}\n{line}\n[10:46] kari: ok\n\nUNCLASSIFIED//SBU\n")


@pytest.mark.parametrize("line", [c for _, c in CHAT_LINES], ids=[i for i, _ in CHAT_LINES])
def test_chat_note_withholds(line: str) -> None:
    assert_withheld(_chat(line), SECRET_PARA, ALL)


def test_plain_table_releases() -> None:
    block = "| Date | Contact | Note |\n|---|---|---|\n| 23 May | Secretariat | visit confirmed |"
    assert_released(_with_block(block), PLAIN_PARA)


def test_plain_chat_releases() -> None:
    assert_released(_chat("[10:45] kari: thanks, see you Thursday"), PLAIN_PARA)


@pytest.mark.xfail(strict=True, reason="over-redaction, failing closed (open36c): a level alone in a cell of a row with "
                                      "other words is the row's claim (review35a c05)")
def test_one_word_cell_releases() -> None:
    block = "| Dato | Kontakt | Status |\n|---|---|---|\n| 23 May | Ilir Dervishi | hemmelig |"
    assert_released(_with_block(block), PLAIN_PARA)


def test_unclassified_ballot_line_releases() -> None:
    """A (U) line whose level word opens its clause is prose (a secret ballot), not a note about other text."""
    assert_released(_email("(U) Hemlig omröstning begärdes i utskottet på tisdagen.", note_first=False), PLAIN_PARA)


# ---------------------------------------------------------------- 3: Norwegian/Danish/Swedish counting
NORDIC = [
    ("no-to-siste-top", "Merknad: De to siste avsnittene er hemmelige.", True, True),
    ("no-siste-to-bottom", "Merknad: De siste to avsnittene er hemmelige.", False, True),
    ("da-to-sidste-top", "Note (Mette): De to sidste afsnit er hemmelige.", True, True),
    ("da-to-sidste-bottom", "Bemærk: de to sidste afsnit er fortrolige.", False, True),
    ("sv-tva-sista-top", "Anteckning: De två sista styckena är hemliga.", True, True),
    ("sv-tva-sista-bottom", "(U) Anm.: De två sista styckena är hemliga.", False, True),
    ("sv-nast-sista", "(U) Anm. (Lena): Näst sista stycket är hemligt.", False, False),
    ("no-nest-siste", "(U) Merknad: Nest siste avsnitt er hemmelig.", False, False),
    ("da-naestsidste", "(U) Bemærk: Næstsidste afsnit er fortroligt.", False, False),
]


def _nordic(note: str, note_first: bool, last_two: bool) -> str:
    if last_two:
        return _email(note, note_first=note_first, two_secret=True)
    # "the one before last": the secret paragraph, then a plain one, then the note
    body = (f"(U) {PLAIN_PARA}\n\n(U) {TENDER_PARA}\n\n(SBU) {SECRET_PARA}\n\n"
            f"(U) The delegation returns to Stockholm on Friday.\n\n{note}")
    return f"UNCLASSIFIED//SBU\n\nMEMORANDUM FOR THE RECORD\nSUBJECT: Readout\n\n{body}\n\nUNCLASSIFIED//SBU\n"


@pytest.mark.parametrize("note,first,two", [(n, f, t) for _, n, f, t in NORDIC], ids=[i for i, *_ in NORDIC])
def test_nordic_count_withholds(note: str, first: bool, two: bool) -> None:
    text = _nordic(note, first, two)
    for phrase in ([RIGGED_PARA, SECRET_PARA] if two else [SECRET_PARA]):
        assert_withheld(text, phrase, ALL)


def test_nordic_english_twin_keeps_plain() -> None:
    """The English note of the same layout is read exactly: the (U) paragraphs above the last two stay released."""
    assert_released(_nordic("Note: the last two paragraphs are secret.", True, True), PLAIN_PARA)
