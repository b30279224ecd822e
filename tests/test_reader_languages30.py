"""Round 127-128's claims in other languages, fixed by class (issue 8): notes typed in Latin letters on an
English keyboard (Russian, Ukrainian, Bulgarian, Serbian, Armenian, Georgian, Persian, the Arabic chat alphabet,
Hebrew) that state a level in their own words and name text by its place (`rules/markings.yaml`,
`unresolved_scope.untranslated.level_words`, `sharing`, `back`, `ahead`, `places_abroad`); a place that follows
the level in its sentence ("eto sekretno -- dva predydushchikh soobshcheniya", `reader/untranslated._points`);
a chat message's messages before it (`places_abroad` kind `message`, `reader/scope_exact._messages_before`).
Then the over-redaction of round 128's notes, placed exactly: the paragraph above or below in Urdu, Tajik, Estonian
(`places_abroad`), a note on a line of its own inside a portion whose first line names other text
(`scope_exact.by_place_abroad`), and a paragraph named by its topic in another case (`pointers._holding_inflected`:
"odstavec o Brnu" of `Brno`).
Documents written for this test, not the corpus's wording; and what must stay released."""
import pytest

from released import assert_withheld, versions

SECRET = "The harbour master takes cash from two shipping agents to skip the customs inspection"
PLAIN = "The new ferry timetable starts on the first Monday of March"
LATER = "The next port committee meeting is on Friday"
ALL = ("usg", "partner", "public")


def _released_at_usg(text: str, phrase: str) -> bool:
    return phrase in " ".join(versions(text, ("usg",))["usg"].split())


def _placed(text: str, secret: str = SECRET) -> None:
    """`secret` is withheld at every level, and the paragraphs around it released at usg (placed exactly)."""
    assert_withheld(text, secret, levels=ALL)
    assert _released_at_usg(text, PLAIN) and _released_at_usg(text, LATER)


def _marked(note: str, where: str) -> str:
    """A marked memo with the secret paragraph second of three, the note right under it (`above`) or after
    the last paragraph (`end`)."""
    body = f"(U) {PLAIN}.\n\n(U) {SECRET}.\n"
    if where == "above":
        body += f"{note}\n\n(U) {LATER}.\n"
    else:
        body += f"\n(U) {LATER}.\n\n{note}\n"
    return f"UNCLASSIFIED\nPort visit notes, 2 December\n\n{body}\nUNCLASSIFIED\n"


# ---------------------------------------------------------------- level words typed in Latin letters, the part above

@pytest.mark.parametrize("note", [
    "Prymitka: poperednii abzats taiemno, inozemtsiam ne pokazuvaty.",  # Ukrainian
    "Napomena: prethodni pasus je poverljivo, ne pokazivati strancima.",  # Serbian
    "Tsanotutyun: nakhord paragrafy gaghtni e.",  # Armenian
    "Shenishvna: zemot abzatsi saidumloa.",  # Georgian
    "Yaddasht: paragraf-e bala mahramane ast.",  # Persian
    "Hearah: ha-piska ha-kodemet sodi, lo le-zarim.",  # Hebrew
])
def test_a_transliterated_note_under_the_part_it_names_raises_that_part_only(note):
    _placed(_marked(note, "above"))


@pytest.mark.parametrize("note", [
    "Belezhka: vtoriyat paragraf e strogo sekretno.",  # Bulgarian
    "Zamechanie: vtoroy abzats sekretno, ne dlya inostrantsev.",  # Russian
    "Mola7aza: el fa2ra el tanya sirri, mamnou3 lel ajaneb.",  # the Arabic chat alphabet
    "Yaddasht: paragraf-e dovvom mahramane ast.",  # Persian
    "Hearah: ha-piska ha-shniya sodi.",  # Hebrew
])
def test_the_second_paragraph_named_in_transliteration_is_raised(note):
    _placed(_marked(note, "end"))


def test_armenian_and_kazakh_script_notes_name_the_paragraph_by_its_place():
    for note in ("Թարգմանչի նշում. երկրորդ պարբերությունը գաղտնի է։",  # the second paragraph
                 "Ескерту: екінші абзац құпия."):  # Kazakh: the second paragraph
        text = _marked(note, "end")
        assert_withheld(text, SECRET, levels=ALL)
        assert _released_at_usg(text, PLAIN)


# ---------------------------------------------------------------- a chat message naming the messages before it

def _chat(note: str) -> str:
    return ("Chat export -- channel #port-visits\nChannel classification: UNCLASSIFIED\n\n"
            f"2026-05-11 14:01 d.walsh: {PLAIN}\n"
            f"2026-05-11 14:02 marat.b: {SECRET}\n"
            "2026-05-11 14:03 marat.b: he was seen at the pier twice last week\n"
            f"2026-05-11 14:05 marat.b: {note}\n"
            f"2026-05-11 14:09 d.walsh: {LATER}\n")


@pytest.mark.parametrize("note", [
    "prostite, dva poslednikh soobshcheniya sekretno, udalite pozhaluysta",  # Russian
    "vybachte, tse taiemno: dva poperedni povidomlennia",  # Ukrainian
])
def test_a_chat_note_names_the_two_messages_before_it(note):
    text = _chat(note)
    assert_withheld(text, SECRET, levels=ALL)
    assert_withheld(text, "he was seen at the pier twice last week", levels=ALL)
    assert _released_at_usg(text, PLAIN) and _released_at_usg(text, LATER)


# ---------------------------------------------------------------- not a level, not a note

def test_ordinary_text_with_such_words_stays_released():
    text = _marked("Belezhka: vtoriyat paragraf e strogo sekretno.", "end")
    ordinary = ("UNCLASSIFIED\nLab notes\n\n"
                "The sodium levels in the second band were above the limit.\n\n"
                "On skazal, chto eto sekretno, no vse uzhe znayut.\n\n"
                "2026-05-11 14:05  marat.b     dva poslednikh soobshcheniya oshibochnye\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECRET, levels=ALL)
    assert _released_at_usg(text, PLAIN)
    for phrase in ("The sodium levels in the second band were above the limit",
                   "On skazal, chto eto sekretno, no vse uzhe znayut"):
        assert _released_at_usg(ordinary, phrase)


# ---------------------------------------------------------------- round 128's notes placed exactly (over-redaction)

@pytest.mark.parametrize("note", [
    "نوٹ: اوپر دیا گیا پیراگراف خفیہ ہے۔",  # Urdu
    "Эзоҳ: банди болоӣ махфӣ аст.",  # Tajik
    "Märkus: eelmine lõik on salajane.",  # Estonian
])
def test_a_note_in_its_own_script_names_the_paragraph_above_only(note):
    _placed(_marked(note, "above"))


def test_a_note_inside_a_portion_whose_first_line_names_an_item_names_the_paragraph_below():
    text = ("UNCLASSIFIED\nPort visit notes\n\n(U) Item one: " + PLAIN + ".\n\n(U) Item two, forwarded from the consulate:\n"
            "نوٹ: نیچے والا پیراگراف خفیہ ہے۔\n\n(U) " + SECRET + ".\n\n(U) " + LATER + ".\n\nUNCLASSIFIED\n")
    _placed(text)


@pytest.mark.parametrize("place, note", [
    ("Brno", "Pozn.: odstavec o Brnu je tajné."),  # Czech, the locative
    ("Maribor", "Opomba: del o Mariboru je tajno."),  # Slovenian
    ("Mombasa", "Kumbuka: aya kuhusu Mombasa ni siri."),  # Swahili
])
def test_a_paragraph_named_by_its_topic_in_another_case_is_raised_alone(place, note):
    secret = f"In {place} the harbour master takes cash from two shipping agents"
    text = (f"UNCLASSIFIED\nPort visit notes\n\n(U) {PLAIN}.\n\n(U) {secret}.\n\n(U) {LATER}.\n\n{note}\n\nUNCLASSIFIED\n")
    _placed(text, secret)
