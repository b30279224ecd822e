"""Rounds 135-136's first-run leaks of claims in other languages, fixed by class (issue 8). Documents written
for this test, not the rounds' wording; each also holds text that must stay released (the non-examples), and
ordinary text in those languages that states no level stays released.

Class A: a note in Icelandic, Burmese, Armenian or Tagalog that names text by its place (the last, the second,
the previous paragraph; the last two bullets: `unresolved_scope.places_abroad`) and states a level in its own
words (`leynileg`, `လျှို့ဝှက်`, `kumpidensyal`) or says it is not for foreigners (`ekki fyrir útlendinga`,
`huwag ibahagi sa dayuhan`, `nije za strance`: `untranslated.sharing`): read as a claim on that text.
Class B: such a note typed in Latin letters on an English keyboard (Greeklish "to proigoumeno minima",
Vietnamese without diacritics "tin nhan ve ... la mat", Serbian latinica "ovaj deo o ...", Russian typed in Latin
letters "chast pro ..."): the message before it, or the one message that names the note's topic, is raised
(`places_abroad`, `topic_abroad`); where the note names nothing certain every portion is raised (fail closed).
Class C: a note quoted whole after a colon (`His note, as sent: "..."`) is read as a note of its own.
"""
import pytest

from released import assert_released, assert_withheld, versions

ALL = ("usg", "partner", "public")

# ---------------------------------------------------------------- class A: place words and level words abroad

FISH = "The quota talks on mackerel will resume in Bergen in the second week of January"
RADAR = "The Coast Guard believes a Russian research vessel mapped the cable route north of Grimsey"


def _letter(note: str) -> str:
    return ("UNCLASSIFIED\nEmbassy Reykjavik - note for the file\n\n"
            f"(U) {FISH}.\n\n(U) {RADAR}, and the ministry has told no one.\n\n{note}\n\nUNCLASSIFIED\n")


@pytest.mark.parametrize("note", [
    "Athugasemd (K. Jónsson): fyrri málsgrein er leynileg.",
    "Athugasemd: fyrri malsgrein er leynileg og ekki fyrir utlendinga.",
])
def test_icelandic_previous_paragraph(note: str) -> None:
    text = _letter(note)
    assert_withheld(text, RADAR, levels=("usg", "public"))


def test_icelandic_not_for_foreigners_withholds_from_partner() -> None:
    text = _letter("Athugasemd: fyrri málsgrein er leynileg og ekki fyrir útlendinga.")
    assert_withheld(text, RADAR, levels=ALL)


RICE = "The rice exporters in Mandalay asked for help with a new storage warehouse"
DRONES = "A militia leader in Magway said Chinese advisers now train the army drone units"


def test_burmese_last_paragraph() -> None:
    text = ("UNCLASSIFIED\nEmbassy Rangoon - trip notes\n\n"
            f"1. {RICE}.\n\n2. {DRONES}.\n\n"
            "မှတ်ချက် - နောက်ဆုံးအပိုဒ်သည် လျှို့ဝှက်ချက်ဖြစ်သည်။\n\nUNCLASSIFIED\n")
    assert_withheld(text, DRONES, levels=("usg", "public"))


PIER = "The coast guard will repaint the patrol boats at the Cavite yard next month"
SHOAL = "The Navy will escort a supply run to Ayungin Shoal with two chartered boats"
SHOAL2 = "A Chinese coast guard cutter fired a water cannon at a fishing boat near Scarborough"


def _mail(note: str) -> str:
    return ("Classification: UNCLASSIFIED\nFrom: Cruz, Ana\nTo: POL Manila\nSubject: PCG items\n\n"
            f"(U) Colleagues, three items from the PCG.\n\n- (U) {PIER}.\n- {SHOAL}.\n- {SHOAL2}.\n\n"
            f"{note}\n\nAna\n\nClassification: UNCLASSIFIED\n")


@pytest.mark.parametrize("note", [
    'Sabi niya: "yung huling dalawang bullet ay kumpidensyal po, para sa inyo lang."',
    'His text, word for word: "huling dalawang bullet ay kumpidensyal, huwag ibahagi sa ibang dayuhan."',
])
def test_tagalog_last_two_bullets(note: str) -> None:
    text = _mail(note)
    for secret in (SHOAL, SHOAL2):
        assert_withheld(text, secret, levels=("usg", "public"))


# ---------------------------------------------------------------- class B: typed in Latin letters

MEET = "The minister's office confirmed the Tuesday meeting at noon"
PORT = "the harbour board will sell the container terminal to a Gulf fund without a tender"


def _chat(note: str, later: str = "") -> str:
    """A chat export: a (U) message, an unmarked one, the note on it, the messages `later`, a (U) reply."""
    return ("Microsoft Teams chat export\nClassification: UNCLASSIFIED\n\n"
            f"[2026-11-30 09:02] Nikos Pappas: (U) {MEET}.\n"
            f"[2026-11-30 09:05] Nikos Pappas: My cousin says {PORT}.\n"
            f"[2026-11-30 09:06] Nikos Pappas: {note}\n{later}"
            "[2026-11-30 09:10] Jane Roe: (U) Thanks, noted.\n\nClassification: UNCLASSIFIED\n")


@pytest.mark.parametrize("note", [
    "to proigoumeno minima einai aporrito, mono gia sena",
    "to proigoumeno minima gia to limani einai aporrito, oxi gia tous xenous",
])
def test_greeklish_previous_message(note: str) -> None:
    text = _chat(note)
    assert_withheld(text, PORT, levels=("usg", "public"))
    assert_released(text, MEET)


BERTH = "The Da Nang container berth will be handed to a state company without a tender"


def _sms(note: str) -> str:
    return ("SMS export\nClassification: UNCLASSIFIED\n\n"
            "2026-11-30 08:10  IN   +84 90 555 1111  (U) Hi Tom, the lunch is moved to 12:30.\n"
            f"2026-11-30 19:40  IN   +84 90 555 1111  {BERTH}.\n"
            f"2026-11-30 19:41  IN   +84 90 555 1111  {note}\n"
            "2026-12-01 07:58  OUT  +84 90 555 1111  (U) Received, thanks.\n\nMessages: 4\n")


@pytest.mark.parametrize("note", [
    "tin nhan ve Da Nang o tren la mat, chi cho anh Tom",
    "tin nhan ve Da Nang la mat, khong cho nguoi nuoc ngoai",
])
def test_vietnamese_without_diacritics_topic(note: str) -> None:
    text = _sms(note)
    assert_withheld(text, BERTH, levels=("usg", "public"))
    assert_released(text, "the lunch is moved to 12:30")


TROOPS = "The police will move two armoured units to the Merdare crossing without telling EULEX"


def test_serbian_latinica_part_about() -> None:
    text = ("WhatsApp Chat with Goran\nClassification: UNCLASSIFIED\n\n"
            "03.12.2026. 10:01 - Goran: (U) Vidimo se u petak.\n"
            f"03.12.2026. 10:09 - Goran: {TROOPS}.\n"
            "03.12.2026. 10:10 - Goran: ovaj deo o Merdaru je poverljivo, nije za strance\n"
            "03.12.2026. 10:14 - Ann Lee: (U) Understood.\n\nClassification: UNCLASSIFIED\n")
    assert_withheld(text, TROOPS, levels=ALL)


def test_russian_transliterated_part_about() -> None:
    cut = "Petrov poluchaet dolyu ot kazhdoy postavki zerna cherez firmu brata"
    text = ("Classification: UNCLASSIFIED\nFrom: Doe, Jan\nTo: ECON\nSubject: contact\n\n"
            "(U) The grain terminal visit is confirmed for Friday.\n\n"
            f"Our contact wrote:\n{cut}.\nEto chast pro Petrova - sekretno, tolko dlya vas.\n\n"
            "Jan\n\nClassification: UNCLASSIFIED\n")
    assert_withheld(text, cut, levels=("usg", "public"))


# ---------------------------------------------------------------- non-examples: ordinary text in those languages

@pytest.mark.parametrize("line", [
    "fyrri málsgrein er löng og góð",              # (Icelandic, no level: the paragraph above is long)
    "la mata de tomate del mensaje anterior crecio",  # (`la mata`, a plant: no Vietnamese `la mat`)
    "tin nhan ve Da Nang o tren la lich hop moi",     # (the message above is the new schedule)
    "to proigoumeno minima einai gia to limani",      # (the previous message is about the port)
])
def test_ordinary_notes_stay_released(line: str) -> None:
    """Beside a real claim (`to proigoumeno minima einai aporrito`), an ordinary line of those languages raises
    nothing: the message before it and the (U) messages stay released."""
    text = _chat("to proigoumeno minima einai aporrito",
                 "[2026-11-30 09:08] Jane Roe: (U) The ferry will run on Sundays from March.\n"
                 f"[2026-11-30 09:09] Nikos Pappas: {line}\n")
    assert_withheld(text, PORT, levels=("usg", "public"))
    got = " ".join(versions(text, ("usg",))["usg"].split())
    assert MEET in got
    assert "The ferry will run on Sundays from March" in got
    assert line in got


# ---------------------------------------------------------------- class D: the last paragraph of an unmarked document

WELCOME = "The ministry welcomed the offer of two training courses for border police in spring"
SALE = "The deputy minister will quietly sell the surplus howitzers to a broker in Cyprus"


@pytest.mark.parametrize("note", [
    "Pozor: posledny odsek je TAJNE, nie pre cudzincov.",        # (Slovak typed without diacritics)
    "Athugið: síðasta málsgreinin er leynileg og ekki fyrir útlendinga.",  # (Icelandic)
])
def test_last_paragraph_of_unmarked_document_is_placed(note: str) -> None:
    """A document with no portion mark: the note's last paragraph is raised, the paragraphs above stay released
    (not every portion, round 135); a paragraph after the note and the signature count no paragraph."""
    text = ("Classification: UNCLASSIFIED\n\nFrom: Novak, Eva\nTo: POL\nSubject: lunch notes\n\n"
            f"Tomas, posielam poznamky z obeda. {note}\n\n{WELCOME}.\nThey will send six officers in April.\n\n"
            f"{SALE}, according to his adviser.\n\nEva\n\nClassification: UNCLASSIFIED\n")
    assert_withheld(text, SALE, levels=("usg", "public"))
    assert_released(text, WELCOME)
