"""open34: older leaks of the reader that main `e0d0104` still had (issue 8), by class, with variants.

Classes (the brief's numbering): 1 "the paragraph about X and the next one"; 2 "the paragraph about the visit - the
minister's -"; 3 an ordinal claim in a letter with a salutation line; 4 "the last two paragraphs"; 5 "the previous
paragraph" right under a line ending in a colon; 6 a claim inside „…" or «…» quotes; 7 a labelled block
(Attachment 2, Exhibit B, Enclosure (3), Tab A) of several paragraphs or a table; 8 a CSV export whose first record
spans lines. RELEASE: plain (U) text near such notes that usg must keep.

First run on main `e0d0104` (before any change; 43 cases, 9 failed). Leaks (6 classes, each fixed in the rules):
- class 1 `fr` ("le paragraphe sur la visite du port - et le suivant - est SECRET"): the topic paragraph was raised
  and the next one released: `names_more` knew only English ("and the next"); it now holds the word for the next
  one in the languages notes are written in, so a topic claim that names more is no exact claim (fail closed).
- class 4 `armenian-paragraf-bottom` ("Վերջին երկու պարագրաֆները ԳԱՂՏՆԻ են", no label): Armenian's "last two"
  was in no place pattern; it is now in the last2/last3 paragraph patterns (both paragraph words, plural endings).
- class 5 `ru-primechanie`, `ru-sentence-colon` ("... является секретным", "... секретный"): the Russian adjective
  was no level word (only the stamp СЕКРЕТНО was); `секретн`, Bulgarian `секретен`, Ukrainian `таємн` now are.
  The colon line was not the cause: `ru-vazhno` (СЕКРЕТНО) passed.
- class 6 `ro-numbered-lead` ("Paragraful 2 este secret."), `bg-low-high` ("Вторият параграф е секретен."): not the
  quotes (the same notes leaked without them) but the level word: Romanian `secret` (English spells it too: read
  only with its copula, `este secret`, in a note of Romanian's words, `note_languages.romanian`) and Bulgarian
  `секретен`.
Over-redaction on the first run (failing closed): class 7 `exhibit-b-marked-inside` and `enclosure-3` withheld the
whole report (`Exhibit B` and `Enclosure (3)` named no text, the claim was not placed), and
`csv-unclassified-multiline` withholds an UNCLASSIFIED export (as on main; left).
Passed on the first run: classes 2, 3 (Khmer, salutation), 7's other layouts and 8: no leak in these variants (the
reviewers' exact documents are not here). Class 7 was still fixed by class for adv138-040 and
tests/test_reader_fixstruct33.py's two strict xfails: a part of the document (`document_parts`: attachment, annex,
appendix, exhibit, enclosure, tab) named by its label, now also by a letter or a number in parentheses, runs from
EVERY portion that opens with the label (a contents line too) to the next heading of its series or the document's
end, never to a blank line, a marked paragraph or the statement (`reader/labelled._part`).
Red-teamed after the fixes (written then): Russian, Bulgarian and Ukrainian "the last two paragraphs" (added to the
last2/last3 patterns), the German and Portuguese "next one" with a spaced hyphen, lower-case Romanian and Bulgarian
notes in quotes, and four layouts of a labelled part (`PART_LAYOUTS`). The whole file run against `e0d0104`'s
reader and rules: 15 of 54 fail there, 13 of them leaks (the `inline-label` part, `pt-hyphen-proximo` and the
Russian, Bulgarian, Ukrainian and lower-case quoted notes among them) and the two class 7 over-redactions.
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

ALL = ("usg", "partner", "public")
FOUO = "UNCLASSIFIED//FOR OFFICIAL USE ONLY"


def _doc(paragraphs: list[str], note: str, note_first: bool = False, banner: str = FOUO) -> str:
    body = "\n\n".join(paragraphs)
    inner = f"{note}\n\n{body}" if note_first else f"{body}\n\n{note}"
    return f"{banner}\n\n{inner}\n\n{banner}\n"


# ---------------------------------------------------------------- 1: "the paragraph about X - and the next one -"

EN_PARAS = ["The delegation arrives Tuesday at 0900 and stays at the Marriott.",
            "The visit to the harbor is set for Thursday afternoon with the port authority.",
            "Counter-surveillance team Bravo will sit in the blue van on Rue Halim.",
            "Lunch follows at the residence with the trade attache."]
DE_PARAS = ["Die Delegation trifft am Dienstag um 9 Uhr ein und wohnt im Hotel Adlon.",
            "Der Besuch im Hafen ist für Donnerstagnachmittag mit der Hafenbehörde geplant.",
            "Das Observationsteam Bravo sitzt im blauen Transporter in der Kaistraße.",
            "Das Mittagessen findet danach in der Residenz mit dem Handelsattaché statt."]
PT_PARAS = ["A delegação chega na terça-feira às 9h e fica no Hotel Copacabana.",
            "A visita ao porto está marcada para quinta-feira à tarde com a autoridade portuária.",
            "A equipe de contravigilância Bravo ficará na van azul na Rua Halim.",
            "O almoço segue na residência com o adido comercial."]
PL_PARAS = ["Delegacja przyjeżdża we wtorek o 9:00 i mieszka w hotelu Bristol.",
            "Wizyta w porcie jest zaplanowana na czwartek po południu z zarządem portu.",
            "Zespół kontrobserwacji Bravo będzie siedział w niebieskim vanie na ulicy Halim.",
            "Obiad odbędzie się potem w rezydencji z attaché handlowym."]
FR_PARAS = ["La délégation arrive mardi à 9h et loge au Marriott.",
            "La visite du port est prévue jeudi après-midi avec l'autorité portuaire.",
            "L'équipe de contre-surveillance Bravo sera dans la camionnette bleue rue Halim.",
            "Le déjeuner suit à la résidence avec l'attaché commercial."]

ABOUT_AND_NEXT = [
    ("en-dash", EN_PARAS, "Note: the paragraph about the harbor visit – and the next one – is SECRET."),
    ("en-parenthesis-top", EN_PARAS, "NOTE: The paragraph about the visit to the harbor (and the one after it) is "
                                     "SECRET//NOFORN."),
    ("de", DE_PARAS, "Hinweis: Der Absatz über den Besuch im Hafen – und der nächste – ist GEHEIM."),
    ("pt", PT_PARAS, "Nota: o parágrafo sobre a visita ao porto — e o seguinte — é SECRETO."),
    ("pl", PL_PARAS, "Uwaga: akapit o wizycie w porcie – oraz następny – jest TAJNY."),
    ("fr", FR_PARAS, "Remarque : le paragraphe sur la visite du port - et le suivant - est SECRET."),
    ("de-hyphen-folgende", DE_PARAS, "Hinweis: Der Absatz über den Besuch im Hafen - und der folgende - ist GEHEIM."),
    ("pt-hyphen-proximo", PT_PARAS, "Nota: o parágrafo sobre a visita ao porto - e o próximo - são SECRETOS."),
]


@pytest.mark.parametrize("kind,paras,note", ABOUT_AND_NEXT, ids=[k for k, *_ in ABOUT_AND_NEXT])
def test_paragraph_about_x_and_the_next_one(kind, paras, note):
    text = _doc(paras, note, note_first=kind.endswith("top"))
    assert_withheld(text, paras[1], ALL)
    assert_withheld(text, paras[2], ALL)


# ---------------------------------------------------------------- 2: "the paragraph about the visit - the minister's -"

VISITS = ["The ambassador's visit to the refinery went ahead on Monday without incident.",
          "The minister's visit to the border crossing will be moved to Friday because of a threat to his convoy.",
          "The consular section reopens on Wednesday."]
VISITS_FR = ["La visite de l'ambassadeur à la raffinerie s'est déroulée lundi sans incident.",
             "La visite du ministre au poste frontière est reportée à vendredi en raison d'une menace contre son "
             "convoi.",
             "La section consulaire rouvre mercredi."]
VISITS_DE = ["Der Besuch des Botschafters in der Raffinerie verlief am Montag ohne Zwischenfall.",
             "Der Besuch des Ministers am Grenzübergang wird wegen einer Drohung gegen seinen Konvoi auf Freitag "
             "verlegt.",
             "Die Konsularabteilung öffnet am Mittwoch wieder."]

WHOSE_VISIT = [
    ("en-dashes", VISITS, "Note: the paragraph about the visit – the minister's – is CONFIDENTIAL."),
    ("en-parenthesis", VISITS, "Note: the paragraph about the visit (the minister's, not the ambassador's) is "
                               "CONFIDENTIAL."),
    ("en-commas", VISITS, "NB: the paragraph about the visit, the minister's one, is CONFIDENTIAL."),
    ("fr", VISITS_FR, "Remarque : le paragraphe sur la visite – celle du ministre – est CONFIDENTIEL."),
    ("de", VISITS_DE, "Hinweis: Der Absatz über den Besuch – den des Ministers – ist VERTRAULICH."),
]


@pytest.mark.parametrize("kind,paras,note", WHOSE_VISIT, ids=[k for k, *_ in WHOSE_VISIT])
def test_paragraph_about_an_ambiguous_target_withholds_the_intended_one(kind, paras, note):
    assert_withheld(_doc(paras, note), paras[1], ALL)


# ---------------------------------------------------------------- 3: an ordinal claim in a letter with a salutation

THANKS = "Thank you for receiving our delegation in Phnom Penh last week."
SECRET_ROUTE = "The shipment will cross at the Poipet checkpoint on the night of 12 January under customs escort."
CLOSING = "We look forward to continuing our cooperation."


def _letter(note: str, salutation: str = "Dear Minister,", note_first: bool = True) -> str:
    body = f"{salutation}\n\n{THANKS}\n\n{SECRET_ROUTE}\n\n{CLOSING}\n\nSincerely,\nJohn Doe\nAmbassador"
    inner = f"{note}\n\n{body}" if note_first else f"{body}\n\n{note}"
    return f"{FOUO}\n\nPhnom Penh, 3 December 2026\n\n{inner}\n\n{FOUO}\n"


SALUTATION = [
    ("khmer", _letter("កំណត់សម្គាល់៖ កថាខណ្ឌទីពីរ​ជា​សម្ងាត់។")),
    ("khmer-no-lead-bottom", _letter("កថាខណ្ឌទីពីរគឺសម្ងាត់", note_first=False)),
    ("khmer-excellency", _letter("ចំណាំ៖ កថាខណ្ឌទី២ ជាសម្ងាត់", salutation="Excellency,")),
    ("english-bottom", _letter("Note: the second paragraph is SECRET.", salutation="Dear Mr. Minister:",
                               note_first=False)),
]


@pytest.mark.parametrize("kind,text", SALUTATION, ids=[k for k, _ in SALUTATION])
def test_ordinal_claim_in_a_letter_with_a_salutation(kind, text):
    assert_withheld(text, SECRET_ROUTE, ALL)


# ---------------------------------------------------------------- 4: "the last two paragraphs" (Armenian)

LAST_TWO = ["The delegation arrives Tuesday at 0900 and stays at the Marriott.",
            "The consular section reopens on Wednesday.",
            "The source inside the customs service says the shipment crosses at Bagratashen on 12 January.",
            "Counter-surveillance team Bravo will sit in the blue van on Abovyan Street."]

ARMENIAN = [
    ("armenian-bottom", "Նշում. վերջին երկու պարբերությունները գաղտնի են։", False),
    ("armenian-top", "Ուշադրություն՝ վերջին երկու պարբերությունները գաղտնի են։", True),
    ("armenian-paragraf-bottom", "Վերջին երկու պարագրաֆները ԳԱՂՏՆԻ են", False),
    ("armenian-latin-bottom", "Nshum: verjin yerku paragrafnery gaghtni en.", False),
    # (written after the fix, red-teaming it: the same class in Russian, Bulgarian and Ukrainian, which leaked too)
    ("russian-bottom", "Последние два абзаца секретные.", False),
    ("bulgarian-bottom", "Последните два параграфа са секретни.", False),
    ("ukrainian-top", "Два останні абзаци таємні.", True),
]


@pytest.mark.parametrize("kind,note,top", ARMENIAN, ids=[k for k, *_ in ARMENIAN])
def test_last_two_paragraphs(kind, note, top):
    text = _doc(LAST_TWO, note, note_first=top)
    assert_withheld(text, LAST_TWO[2], ALL)
    assert_withheld(text, LAST_TWO[3], ALL)


# ---------------------------------------------------------------- 5: "the previous paragraph" under a colon line

RU_SECRET = "Группа наблюдения Браво будет сидеть в синем фургоне на улице Халим."
RU_PLAIN = "Делегация прибывает во вторник в 9:00 и живёт в гостинице «Метрополь»."


def _ru(lead: str, note: str) -> str:
    return f"{FOUO}\n\n{RU_PLAIN}\n\n{RU_SECRET}\n\n{lead}\n{note}\n\n{FOUO}\n"


PREVIOUS = [
    ("ru-vazhno", _ru("Важно:", "Предыдущий абзац — СЕКРЕТНО.")),
    ("ru-primechanie", _ru("Примечание:", "предыдущий абзац является секретным.")),
    ("ru-sentence-colon", _ru("Обратите внимание на следующее:", "Предыдущий абзац секретный.")),
    ("uk", _ru("Увага:", "Попередній абзац є таємним.").replace(RU_PLAIN, "Делегація прибуває у вівторок.")),
    ("en", _ru("Please note:", "The previous paragraph is SECRET.")),
]


@pytest.mark.parametrize("kind,text", PREVIOUS, ids=[k for k, _ in PREVIOUS])
def test_previous_paragraph_under_a_colon_line(kind, text):
    assert_withheld(text, RU_SECRET, ALL)


# ---------------------------------------------------------------- 6: a claim inside „…" or «…» quotes

RO_PARAS = ["Delegația sosește marți la ora 9 și stă la hotelul Athénée Palace.",
            "Echipa de contrasupraveghere Bravo va sta în duba albastră pe strada Halim."]
BG_PARAS = ["Делегацията пристига във вторник в 9 часа и е настанена в хотел „Шератон“.",
            "Екипът за контранаблюдение Браво ще бъде в синия бус на улица Халим."]

QUOTED = [
    ("ro-previous", RO_PARAS, "„Paragraful anterior este SECRET.”"),
    ("ro-numbered-lead", RO_PARAS, "Notă: „Paragraful 2 este secret.”"),
    ("bg-guillemets", BG_PARAS, "«Предишният параграф е СЕКРЕТНО.»"),
    ("bg-low-high", BG_PARAS, "Забележка: „Вторият параграф е секретен.“"),
    ("ro-lower-previous", RO_PARAS, "„Paragraful anterior este secret.”"),
    ("bg-previous-lower", BG_PARAS, "«Предишният параграф е секретен.»"),
]


@pytest.mark.parametrize("kind,paras,note", QUOTED, ids=[k for k, *_ in QUOTED])
def test_claim_inside_quotes(kind, paras, note):
    assert_withheld(_doc(paras, note), paras[1], ALL)


# ---------------------------------------------------------------- 7: a labelled block of several paragraphs or a table

BODY = "(U) The team reviewed the embassy's contracts from 4 to 15 May."
SUPPLIER = "The generator supplier is owned by the interior minister's nephew"
INVOICES = "Invoices for 2025 were inflated by about forty percent"
TABLE_ROW = "| Bravo Logistics | 412,000 | nephew of the interior minister |"
LATER = "(U) The hotel list is unchanged from last year."


def _report(label: str, next_label: str | None, note: str, marked_inside: bool = False, table: bool = False) -> str:
    inside = "(U) This part was compiled by the team.\n\n" if marked_inside else ""
    tab = ("| Vendor | Amount (USD) | Owner |\n| --- | --- | --- |\n" + TABLE_ROW + "\n\n") if table else ""
    later = f"{next_label}\n\n{LATER}\n\n" if next_label else ""
    return (f"{FOUO}\n\nInspection of Embassy Tbilisi\n\n{BODY}\n\n{note}\n\n"
            f"{label}\n\n{inside}{SUPPLIER}.\n\n{INVOICES}.\n\n{tab}{later}{FOUO}\n")


LABELLED = [
    ("attachment-2-table", _report("Attachment 2", "Attachment 3",
                                   "(U) Attachment 2 is SECRET//NOFORN.", table=True), True),
    ("exhibit-b-marked-inside", _report("Exhibit B: Vendor findings", "Exhibit C: Hotels",
                                        "Note: Exhibit B is SECRET//NOFORN.", marked_inside=True), True),
    ("appendix-2-at-end", _report("APPENDIX 2", None, "Appendix 2 is CONFIDENTIAL."), False),
    ("annex-c", _report("Annex C - Vendors", "Annex D - Hotels", "Annex C is SECRET.", table=True), True),
    ("enclosure-3", _report("Enclosure (3)", "Enclosure (4)", "Enclosure (3) is SECRET//NOFORN.",
                            marked_inside=True), True),
    ("tab-a", _report("TAB A", "TAB B", "NOTE: Tab A is SECRET//NOFORN.", table=True), True),
]


@pytest.mark.parametrize("kind,text,has_later", LABELLED, ids=[k for k, *_ in LABELLED])
def test_labelled_block_is_withheld_to_the_next_label(kind, text, has_later):
    phrases = [SUPPLIER, INVOICES] + ([TABLE_ROW.strip("| ").split(" |")[0]] if TABLE_ROW in text else [])
    for phrase in phrases:
        assert_withheld(text, phrase, ALL)
    assert_released(text, BODY.removeprefix("(U) "))


@pytest.mark.parametrize("kind,text,has_later", [case for case in LABELLED if case[2]], ids=[k for k, _, later in LABELLED if later])
@pytest.mark.xfail(strict=True, reason="over-redaction, fail closed: a part runs to the document's end since review34a "
                   "(ending it at the next label of its series released text after a cross-reference or running header)")
def test_the_next_label_of_the_series_ends_the_block(kind, text, has_later):
    assert_released(text, LATER.removeprefix("(U) "))


# (the layouts review33d found the earlier label rule too narrow in: a contents line, the note inside the block, a
# title too long for a heading, an inline label; a marked paragraph and a blank line inside the block)
PAYMENT = "Bravo Logistics received 412,000 dollars"
PART_LAYOUTS = [
    ("contents-line", f"{FOUO}\n\nContents\nAnnex A - Background ........ 2\nAnnex B - Vendors ........ 3\n"
     f"Annex C - Hotels ........ 4\n\n(U) The team reviewed contracts.\n\nNote: Annex B is SECRET//NOFORN.\n\n"
     f"ANNEX A - BACKGROUND\n\n(U) The embassy has 40 vendors.\n\nANNEX B - VENDORS\n\n{SUPPLIER}.\n\n"
     f"(U) Annex A shows the older list.\n\n{INVOICES}.\n\n{PAYMENT}.\n\nANNEX C - HOTELS\n\n(U) Hotels are unchanged."
     f"\n\n{FOUO}\n"),
    ("note-inside-block", f"{FOUO}\n\n(U) The team reviewed contracts.\n\nATTACHMENT 2\n\n{SUPPLIER}.\n\n"
     f"(U) Attachment 2 is SECRET//NOFORN in full.\n\n{INVOICES}.\n\n{PAYMENT}.\n\n{FOUO}\n"),
    ("long-title", f"{FOUO}\n\n(U) The team reviewed contracts. Attachment 2 is SECRET//NOFORN.\n\n"
     "Attachment 2: Findings on the vendor payments made by the general services office in 2025 and 2026\n\n"
     f"{SUPPLIER}.\n\n(U) Summary line.\n\n{INVOICES}.\n\n| Vendor | Amount |\n| --- | --- |\n| {PAYMENT} | x |\n\n"
     f"{FOUO}\n"),
    ("inline-label", f"{FOUO}\n\n(U) The team reviewed contracts.\n\nTab A. {SUPPLIER}.\n\n{INVOICES}.\n\n"
     f"{PAYMENT}.\n\nTab B. (U) Hotels are unchanged.\n\nNOTE: Tab A is SECRET.\n\n{FOUO}\n"),
]


@pytest.mark.parametrize("kind,text", PART_LAYOUTS, ids=[k for k, _ in PART_LAYOUTS])
def test_labelled_part_runs_to_the_next_label_of_its_series(kind, text):
    for phrase in (SUPPLIER, INVOICES, PAYMENT):
        assert_withheld(text, phrase, ALL)


# ---------------------------------------------------------------- 8: a CSV export whose first record spans lines

CSV_SECRET = "Team Bravo sits in the blue van on Rue Halim"
CSV_PLAIN = "Lunch at the residence with the trade attache"

CSV = [
    ("header-then-multiline", "id,date,subject,classification,body\n"
     f'1,2026-11-02,"Port visit\nlogistics",SECRET//NOFORN,"{CSV_SECRET}\nfrom 0800"\n'
     f"2,2026-11-03,Lunch,UNCLASSIFIED,{CSV_PLAIN}\n"),
    ("no-header", f'1,2026-11-02,"Port visit\nlogistics","S//NF","{CSV_SECRET}\nfrom 0800"\n'
     f'2,2026-11-03,Lunch,"U","{CSV_PLAIN}"\n'),
    ("semicolons", "id;subject;marking;text\n"
     f'1;"Port visit\nlogistics\nday 2";CONFIDENTIAL;"{CSV_SECRET}"\n2;Lunch;UNCLASSIFIED;{CSV_PLAIN}\n'),
    ("mark-in-body-cell", "id,date,text\n"
     f'1,2026-11-02,"(S//NF) {CSV_SECRET}\nand will report to the RSO"\n2,2026-11-03,"(U) {CSV_PLAIN}"\n'),
]


@pytest.mark.parametrize("kind,text", CSV, ids=[k for k, _ in CSV])
def test_csv_first_record_spanning_lines(kind, text):
    assert_withheld(text, CSV_SECRET, ALL)


# ---------------------------------------------------------------- RELEASE: plain (U) text near such notes

RELEASE = [
    ("mention-not-claim", f"{FOUO}\n\n(U) The delegation arrives Tuesday at 0900 and stays at the Marriott.\n\n"
     "(U) A SECRET version of the paragraph about the harbor visit, and the next one, went by other channels.\n\n"
     f"{FOUO}\n", "The delegation arrives Tuesday at 0900 and stays at the Marriott."),
    ("attachment-mention", f"{FOUO}\n\n(U) Attachment 2 lists the hotels; it is unclassified.\n\n"
     "(U) The delegation arrives Tuesday at 0900 and stays at the Marriott.\n\n"
     f"Attachment 2\n\n(U) Marriott, Hilton, Radisson.\n\n{FOUO}\n",
     "The delegation arrives Tuesday at 0900 and stays at the Marriott."),
    ("csv-unclassified-multiline", "id,date,subject,classification,body\n"
     f'1,2026-11-02,"Port visit\nlogistics",UNCLASSIFIED,"Delegation lands at 0900\nat the north terminal"\n'
     f"2,2026-11-03,Lunch,UNCLASSIFIED,{CSV_PLAIN}\n", CSV_PLAIN),
    ("letter-salutation-u", f"{FOUO}\n\nDear Minister,\n\n(U) {THANKS}\n\n(U) {CLOSING}\n\nSincerely,\nJohn Doe\n\n"
     f"{FOUO}\n", THANKS),
    ("colon-line-u", f"{FOUO}\n\n(U) {RU_PLAIN}\n\nВажно:\n(U) Встреча переносится на среду.\n\n{FOUO}\n", RU_PLAIN),
]


# (an UNCLASSIFIED export whose first record spans lines is withheld whole: over-redaction on main too, left)
_OVER_REDACTED = {"csv-unclassified-multiline"}


@pytest.mark.parametrize("kind,text,phrase", [
    pytest.param(k, t, p, marks=[pytest.mark.xfail(strict=True, reason="over-redaction on main too")] if k in _OVER_REDACTED
                 else []) for k, t, p in RELEASE], ids=[k for k, *_ in RELEASE])
def test_plain_text_near_such_notes_is_released(kind, text, phrase):
    assert_released(text, phrase)
