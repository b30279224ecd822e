"""Rounds 119 and 120's first-run claims leaks, fixed by class. Documents written for this test, not
the rounds' wording; and what each fix must not do (non-examples: text that stays released, checked in
the same documents as a real claim, so that each test fails where the claim leaked).

Class A: a tab, annex or table heading with a short title after a separator (`TAB C - Background`,
`Table 2: Ministry source`) heads the text under it, to the next heading of its kind: a claim naming
it raises that text, not only the heading (`governing._TITLED`).
Class B: a table named by its number or its ordinal in any language the rules hold, typed with or
without diacritics ("tabela 2", "ikinci tablo", "the second table", "die zweite Tabelle"): the block
its heading opens (`pointers.by_kind_and_number`; the `labelled` targets with a `kind` group).
Class D: a row named by the number in its first cell that the reader ran into the portion above it
(`4 | (U) Balaz ...` / `5 | Simko ...` unmarked under it): the portion holding the one line that opens
with that number (`pointers._inner_row`), not the n-th paragraph counted.
Class E: a hedged claim, "call it Confidential", "let's call the Mombasa row Secret FGI" (`claims`),
and a table row named by a name whose later words are in lower case ("the Aktau depot row",
`scope_exact._ROW_REF`).
Class F: a control in words with the sharing it forbids: "are law enforcement sensitive - do not share
outside USG" states LES and not outside the U.S. Government (NOFORN): withheld at `partner` (`claims`).
Class G: a paragraph named by its topic in another language, typed with or without diacritics ("doan ve
Cam Ranh la TOI MAT", "el párrafo sobre el puerto es secreto"): the one other portion holding every word of
the topic (`unresolved_scope.topic_abroad`, `pointers.by_topic_abroad`).
Class H (fixreg28): a row named with the table it is in ("row 3 of Table 1", "Table 1, row 3") names that
row: the table label only says whose row it is, never the portion that opens with the table's label.
Class I (fixreg28): a table label opens a table only as a heading or a caption; a sentence that opens with
it ("Table 1 sets out the visits") is about it, not it: a claim whose table has no heading is left to the
fail-closed fallback (every portion it could mean), never to that sentence alone.
Class J (fixreg28): a level word whose ASCII fold spells an English word (`confidențial` typed
`confidential`) gets no fold: the English word is the document's own level in words, not a foreign note's.
Class C: level, sharing and pointer words of the rules typed without their diacritics ("duverne",
"tuyet mat", "doan"): a generated ASCII fold of the rules' words (`folding.ascii_fold`), not a hand
list per language.
"""
import pytest

from released import assert_withheld, mark_of, portion_marks

SECRET = "The deputy minister said the gas deal will be paid in roubles and signed quietly in March"
PLAIN = "Imports from the northern pipeline rose by four percent over the year"
OTHER = "The trade fair opens in the old exhibition hall on the ninth of May"


def _released(text: str, *phrases: str) -> None:
    """Each of `phrases` is read as a plain (U) portion (not raised)."""
    marks = portion_marks(text)
    raised = [phrase for phrase in phrases if mark_of(marks, phrase) != ("(U)", False)]
    assert not raised, raised


def _only_named(text: str, *released: str) -> None:
    """SECRET is withheld at every level, and only it: each of `released` stays a plain (U) portion."""
    assert_withheld(text, SECRET, levels=ALL)
    _released(text, *released)


ALL = ("usg", "partner", "public")


# ---------------------------------------------------------------- class A: a heading with a short title

def _book(cover: str, kind: str = "TAB") -> str:
    return ("UNCLASSIFIED\n\nMEMORANDUM\n\nTO: The Under Secretary\nFROM: EUR/CE\nSUBJECT: Briefing book for the visit\n\n"
            f"{cover}\n\n{kind} A - Schedule\n\n{OTHER}.\n\n{kind} B - Economic background\n\n{SECRET}.\n\n"
            f"{kind} C - Talking points\n\n{PLAIN}.\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("cover,kind", [
    ("Note for the staff: Tabs A and C are unclassified. Tab B is SECRET and stays in the office copy.", "TAB"),
    ("Please remove Annex B before printing: Annex B is CONFIDENTIAL.", "ANNEX"),
    ("Reminder - Attachment B is SECRET; the other attachments may go to the delegation.", "ATTACHMENT"),
])
def test_a_heading_with_a_title_heads_the_text_under_it(cover, kind):
    _only_named(_book(cover, kind), OTHER, PLAIN)  # (only the block it names)


def test_a_sentence_after_a_label_is_no_heading():
    # (non-example: a label opening a sentence ends with its full stop; the text under it is not its block)
    text = ("UNCLASSIFIED\n\nMEMORANDUM\n\nSUBJECT: Options\n\nNote: Option 2 is CONFIDENTIAL.\n\n"
            f"Option 1 - keep the current tariff schedule.\n\nOption 2: we raise the tariff on steel.\n\n{PLAIN}.\n\n"
            "UNCLASSIFIED\n")
    assert mark_of(portion_marks(text), PLAIN) == ("(U)", False)


# ---------------------------------------------------------------- class B: a table by number or ordinal

def _tables(note: str, heading: str = "Table") -> str:
    return ("From: Ward, Ana <WardA@state.gov>\nSent: Monday, November 30, 2026 9:00 AM\nTo: ECON\n"
            "Subject: energy tables\n\nClassification: UNCLASSIFIED\n\nHi all,\n\n"
            f"{heading} 1 - Annual import figures\n{PLAIN}.\n\n"
            f"{heading} 2 - Ministry source\n{SECRET}.\n\n{note}\n\n{OTHER}.\n\nAna\n\nClassification: UNCLASSIFIED\n")


@pytest.mark.parametrize("note,heading", [
    ("Note: the second table is CONFIDENTIAL.", "Table"),
    ("Obs: a segunda tabela e secreta, nao enviar.", "Tabela"),
    ("Nota: la tabla 2 es secreta.", "Tabla"),
    ("Not: ikinci tablo GIZLI, paylasmayin.", "Tablo"),
    ("Hinweis: die zweite Tabelle ist geheim.", "Tabelle"),
    ("Poznamka: tabulka 2 je tajne, neposielat.", "Tabulka"),
])
def test_b_a_table_named_by_number_or_ordinal(note, heading):
    _only_named(_tables(note, heading), PLAIN)  # (the first table stays released)


@pytest.mark.parametrize("note", ["Note: tables 1 and 2 are CONFIDENTIAL.", "Note: table 1 and 2 are CONFIDENTIAL."])
def test_b_two_tables_named_raise_both(note):
    # (fail closed: a list of tables is no one table; both are raised)
    text = _tables(note)
    assert_withheld(text, SECRET, levels=ALL)
    assert_withheld(text, PLAIN, levels=ALL)


def test_b_a_table_of_another_document_is_not_this_ones():
    # (non-example: a table of the annual report is named; a word about tables that states no level raises nothing)
    text = _tables("Note: the second table of the annual report is not in this extract yet.")
    _released(text, PLAIN, SECRET, OTHER)


# ---------------------------------------------------------------- class C: words typed without diacritics

def _note(said: str) -> str:
    return ("From: Novak, Eva <NovakE@state.gov>\nSent: Tuesday, December 1, 2026 10:00 AM\nTo: POL\n"
            "Subject: ghi chu\n\nClassification: UNCLASSIFIED\n\n"
            f"1. (U) {PLAIN}.\n\n2. {SECRET}.\n\n3. (U) {OTHER}.\n\n{said}\n")


@pytest.mark.parametrize("said,levels", [
    ("Ghi chu: muc 2 la toi mat, khong gui di.", ALL),  # Vietnamese `tối mật`
    ("Ghi chu: muc 2 la bi mat.", ALL),  # Vietnamese `bí mật`
    ("Nota: o ponto 2 e sensivel, nao partilhar.", ("public",)),  # Portuguese `sensível` (SBU)
])
def test_c_level_words_typed_without_diacritics(said, levels):
    text = _note(said)
    assert_withheld(text, SECRET, levels=levels)


def test_c_the_fold_is_generated_from_the_rules():
    from sbu_redact.folding import ascii_fold
    from sbu_redact.markings import grammar_for

    g = grammar_for(None)
    words = [w for ws in g.vocabulary.unresolved_scope.untranslated.level_words.values() for w in ws]
    english = [e.casefold() for e in g.scope_english_ascii]
    folded = [f for w in words for f in [ascii_fold(w)] if f != w and f.isascii() and len(f) >= 4
              and not any(e.startswith(f) and len(e) - len(f) <= 3 for e in english)]  # (class J)
    assert folded and all(g.scope_level_words.compiled.fullmatch(w) for w in folded)
    assert g.scope_level_words.compiled.fullmatch("confidential") is None  # (`confidențial` typed so is English: class J)
    assert g.scope_refers_abroad.compiled.search("doan ve cang") is not None  # Vietnamese `đoạn`
    assert g.scope_level_words.compiled.search("a doormat") is None  # (`mật` typed `mat` is too short to be read)


def test_c_an_english_note_with_a_short_folded_word_raises_nothing():
    # (non-example: "mat" and "bod" in an English sentence are English words)
    text = _note("Note: the mat by the door in bod 2 of the annex needs replacing.")
    _released(text, PLAIN, OTHER)


# ---------------------------------------------------------------- class D: a row run into the portion above

def _roster(said: str, sep: str = " | ") -> str:
    return ("Consulate Krakow GSO - vehicle pass renewals\nExport: 2026-11-20\n\n"
            f"No{sep}Name{sep}Office{sep}Status\n1{sep}(U) Wojcik, Anna{sep}GSO{sep}Renewed\n"
            f"2{sep}(U) Kaczmarek, Piotr{sep}RSO{sep}Renewed\n3{sep}Zielinski, Marek{sep}Motor pool{sep}{SECRET}\n\n"
            f"{said}\n\n(U) {OTHER}.\n(U) {PLAIN}.\n")


@pytest.mark.parametrize("said,sep", [
    ("Uwaga: wiersz 3 jest poufne, nie pokazywac nikomu.", " | "),
    ("Poznamka: bod 3 je tajne, od SIS.", ";"),
    ("Note: item 3 is SECRET - it came from the liaison service.", " | "),
])
def test_d_a_row_run_into_the_row_above(said, sep):
    _only_named(_roster(said, sep), OTHER, PLAIN)  # (not the n-th paragraph counted)


# ---------------------------------------------------------------- class E: a hedged claim, a row by its name

def _depots(said: str) -> str:
    return ("From: Hale, Rita <HaleR@state.gov>\nSent: Wednesday, December 2, 2026 3:10 PM\nTo: Ford, Sam\n"
            "Subject: port capacity list\n\nClassification: UNCLASSIFIED\n\nSam,\n\nThe list for the paper:\n\n"
            "Port           Capacity (t)   Source\nMombasa berth   900,000        annual report\n"
            f"Dar es Salaam   700,000        press release\nLamu terminal   120,000        {SECRET}\n"
            f"Kilindini       300,000        port authority filing\n\n{said}\n\nRita\n")


@pytest.mark.parametrize("said", [
    "I think the Lamu terminal row came from the service, so let's call it Secret until the desk confirms.",
    "Not sure where the Lamu terminal row is from - maybe liaison? Call it Confidential FGI for now.",
    "Probably fine, but I would call the Lamu terminal row Confidential until we hear back.",
])
def test_e_a_hedged_claim_about_a_row(said):
    _only_named(_depots(said), "Mombasa berth", "Dar es Salaam")  # (the row under it: the reader runs a long cell on)


def test_e_calling_something_by_a_name_is_no_claim():
    # (non-example: "call it" with no level after it)
    text = _depots("We call the Lamu terminal row the new berth now; the figures are from the annual report.")
    _released(text, "Mombasa berth", "Dar es Salaam", SECRET)


# ---------------------------------------------------------------- class F: a control in words, not outside USG

def _mail(sender: str, subject: str, body: str) -> str:
    """An e-mail from `sender` about `subject`, its banner UNCLASSIFIED, its `body` unmarked."""
    return (f"From: {sender}\nSent: Monday, November 30, 2026 8:15 AM\nTo: Post\nSubject: {subject}\n\n"
            f"Classification: UNCLASSIFIED\n\n{body}\n")


def _weekly(said: str) -> str:
    return _mail("Ruiz, Ana (DHS/HSI) <ana.ruiz@hsi.dhs.gov>", "border weekly",
                 f"Update:\n\n1. {PLAIN}.\n2. {SECRET}.\n3. {OTHER}.\n\n{said}\n\nAna")


@pytest.mark.parametrize("said", [
    "Item 2 is law enforcement sensitive -- do not share outside USG.",
    "Bullet 2 is LES; it must not be shared outside the U.S. Government.",
    "Point 2 is law enforcement sensitive and not outside USG, please.",
])
def test_f_a_control_in_words_not_outside_usg(said):
    assert_withheld(_weekly(said), SECRET, levels=("partner", "public"))  # (LES NOFORN: `usg` may see it)


def test_f_sbu_outside_the_mission_is_not_noforn():
    # (non-example: "outside the mission" is SBU handling, not a rule against foreign release)
    text = _weekly("Item 2 is SBU - do not forward outside the mission.")
    from released import versions
    assert PLAIN in versions(text, ("partner",))["partner"]


# ---------------------------------------------------------------- class G: a paragraph by its topic abroad

def _minutes(said: str) -> str:
    return _mail("Tran, Linh <TranL@state.gov>", "notas de la reunion",
                 f"Hola a todos,\n\n{PLAIN}.\n\nOn the Haiphong shipyard: {SECRET}.\n\n{OTHER}.\n\n{said}\n\nLinh")


@pytest.mark.parametrize("said", [
    "Luu y: doan ve Haiphong shipyard la TOI MAT, khong gui di.",
    "Lưu ý: đoạn về Haiphong shipyard là TỐI MẬT.",
    "Nota: el párrafo sobre el Haiphong shipyard es secreto, no reenviar.",
])
def test_g_a_paragraph_named_by_its_topic_abroad(said):
    _only_named(_minutes(said), PLAIN, OTHER)


def test_g_a_topic_no_portion_holds_names_nothing_exactly():
    # (non-example: the topic is in no paragraph: the fallback raises what the note could mean, not one paragraph)
    text = _minutes("Nota: el párrafo sobre la visita del ministro es secreto.")
    assert_withheld(text, SECRET, levels=ALL)


# ---------------------------------------------------------------- classes H and I: a table row, a table without heading

_VISITS = [("Warsaw", "3-4 Mar", "Meetings at the ministry of energy"),
           ("Gdansk", "5 Mar", "Tour of the new gas terminal and the port"),
           ("Rzeszow", "6 Mar", "Visit to the logistics hub the ministry does not acknowledge"),
           ("Krakow", "7 Mar", "Round table with the chamber of commerce")]


def _visits(note: str) -> str:
    rows = "".join(f"| {k} | {city} | {dates} | {what} |\n" for k, (city, dates, what) in enumerate(_VISITS, 1))
    return ("UNCLASSIFIED\n\n(U) PROGRAMME OF THE ENERGY DELEGATION, MARCH 2027\n\n"
            "(U) Table 1 sets out the visits the delegation has asked for.\n\n"
            f"| # | City | Dates | Purpose |\n|---|------|-------|---------|\n{rows}\n{note}\n\n"
            "(U) Send changes to the control officer by Friday.\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("note", [
    "Note: row 3 of Table 1 is SECRET//NOFORN; the other rows are unclassified.",
    "NB - Table 1, row 3 is CONFIDENTIAL.",
    'Correction: Table 1, row "Rzeszow", should be marked (S//NF), not (U).',
])
def test_h_a_row_of_a_named_table(note):
    text = _visits(note)
    assert_withheld(text, _VISITS[2][2], levels=ALL)
    _released(text, "(U) Table 1 sets out the visits")  # (the row, not the sentence that opens with the label)


def test_i_a_table_without_heading_is_not_the_sentence_naming_it():
    # (the table is not found by a heading: every portion the claim could mean is raised, the row among them)
    text = _visits("Note: in Table 1 the third line is SECRET//NOFORN.")
    assert_withheld(text, _VISITS[2][2], levels=ALL)


# ---------------------------------------------------------------- class J: a fold that spells an English word

def test_j_an_english_level_word_in_a_stamp_note_is_no_foreign_note():
    # (non-example: `confidențial` folds to the English `confidential`; the translator's gloss of a foreign stamp
    # is no foreign note stating a level for the embassy's own (U) line)
    text = ("(U) Embassy Tokyo unofficial translation of a letter from the Ministry of Foreign Affairs, received 2027-01-12.\n\n"
            "外務省 経済局\n[Stamp, lower left: 秘 (Confidential)]\nMinistry of Foreign Affairs, Economic Affairs Bureau\n\n"
            f"1. {PLAIN}.\n\n2. {OTHER}.\n")
    from released import versions
    assert "Embassy Tokyo unofficial translation" in versions(text, ("usg",))["usg"]
