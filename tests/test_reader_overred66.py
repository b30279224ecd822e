"""Over-redaction, rounds 113-116's classes, on documents written for these tests:

- a note in Finnish, Mongolian, Bengali, Tamil, Georgian, Khmer or Latvian that names the paragraph
  (or entry) right above it or right below it (`edellinen kappale`, `дээрх догол мөр`, `উপরের
  অনুচ্ছেদটি`, `மேலே உள்ள பத்தி`, `ზემოთ მოყვანილი აბზაცი`, `កថាខណ្ឌខាងក្រោម`, `zemāk esošais
  ieraksts`) raises that paragraph, not every portion of the document: the (U) paragraphs around
  it keep their marks (`unresolved_scope.places_abroad`, `scope_exact.by_place_abroad`).
- when that paragraph is unmarked and set apart by blank lines, it is raised alone; when it is not
  certainly one whole paragraph (it runs on from the marked paragraph above it, or it is a heading)
  the marked paragraph above it stays raised too.
- a note naming the first point or paragraph in its own language (`pirmais punkts`) raises the first
  one counted and the one labelled 1, not every portion.
- a note naming the last two lines under a log (`соңғы екі жол`, `son iki satır`) raises the two
  entries right above it and the unmarked lines after it, not the (U) entries above those.
- a note that says in its own language that text is not secret (`lista ei ole salainen`, `daftar ini
  tidak rahasia`, `bu liste gizli değil`) states no level (`unresolved_scope.untranslated.negation_before`
  and `_after`); one that also names a level (`ei ole salainen vaan luottamuksellinen`) or says the level
  without the negation stays a statement.
"""
from __future__ import annotations

import pytest

from released import assert_withheld, mark_of as _find, portion_marks as _marks, versions


def _only_raised(text: str, kept: tuple[str, ...], raised: tuple[str, ...]) -> None:
    """Each `kept` sentence keeps its (U) mark and is in the `usg` version; each `raised` one is
    raised (S or C) and withheld at every level."""
    marks = _marks(text)
    usg = versions(text, ("usg",))["usg"]
    for sentence in kept:
        assert _find(marks, sentence[:30]) == ("(U)", False), sentence
        assert sentence in usg, sentence
    for sentence in raised:
        assert _find(marks, sentence[:30])[0] in ("(S)", "(C)"), sentence
        assert_withheld(text, sentence, ("usg", "partner", "public"))


_ABOVE = ("From: Econ LE staff\n"
          "To: Econ chief\n"
          "Subject: ministry call\n"
          "Classification: UNCLASSIFIED\n"
          "\n"
          "(U) The trade ministry will publish the new tariff schedule before the end of the month.\n"
          "\n"
          "The deputy minister said the cabinet plans to block the sale of the northern smelter to a state buyer.\n"
          "\n"
          "{note}\n"
          "\n"
          "(U) I will send the schedule as soon as it is posted online.\n")
_TARIFF = ("The trade ministry will publish the new tariff schedule before the end of the month.",
           "I will send the schedule as soon as it is posted online.")


@pytest.mark.parametrize("note", [
    "Huom. edellinen kappale on salainen, älä välitä sitä eteenpäin.",
    "Тайлбар: дээрх догол мөр нууц.",
    "দ্রষ্টব্য: উপরের অনুচ্ছেদটি গোপন।",
    "குறிப்பு: மேலே உள்ள பத்தி இரகசியமானது.",
    "შენიშვნა: ზემოთ მოყვანილი აბზაცი საიდუმლოა.",
])
def test_a_note_abroad_naming_the_paragraph_above_raises_that_paragraph(note):
    _only_raised(_ABOVE.format(note=note), _TARIFF,
                 ("The deputy minister said the cabinet plans to block the sale of the northern smelter",))


def test_a_khmer_note_naming_the_paragraph_below_raises_that_paragraph():
    text = ("From: POL LE staff\n"
            "Subject: provincial visit\n"
            "Classification: UNCLASSIFIED\n"
            "\n"
            "(U) The deputy governor hosted the team for lunch in Kampot.\n"
            "\n"
            "ចំណាំ៖ កថាខណ្ឌខាងក្រោមគឺសម្ងាត់\n"
            "\n"
            "A police colonel said the casino compound still holds about forty trafficked workers.\n"
            "\n"
            "(U) The team drove back to Phnom Penh on Thursday.\n")
    _only_raised(text, ("The deputy governor hosted the team for lunch in Kampot.",
                        "The team drove back to Phnom Penh on Thursday."),
                 ("A police colonel said the casino compound still holds about forty trafficked workers.",))


def test_a_latvian_note_naming_the_entry_below_raises_that_entry_in_a_log():
    text = ("EMBASSY RIGA - RSO LOG\n"
            "Classification: UNCLASSIFIED\n"
            "\n"
            "2026-10-02 08:10 (U) Perimeter check completed, no findings.\n"
            "Piezīme: zemāk esošais ieraksts ir slepens, neizplatīt.\n"
            "2026-10-02 21:40 (U) Host service warned that a surveillance team is renting the flat across the street.\n"
            "2026-10-03 07:55 (U) Visa line opened on time.\n"
            "2026-10-03 12:00 (U) Generator test completed.\n")
    _only_raised(text, ("Perimeter check completed, no findings.", "Visa line opened on time."),
                 ("Host service warned that a surveillance team is renting the flat across the street.",))


_PROGRAMME = ("From: PD LE staff\n"
              "To: PD officer\n"
              "Subject: alumni reception\n"
              "Classification: UNCLASSIFIED\n"
              "\n"
              "(U) The alumni reception will be held at the residence on the evening of March 4.\n"
              "\n"
              "(U) Guests: two former exchange students now in parliament, a novelist and a robotics team.\n"
              "\n"
              "{note}\n"
              "\n"
              "(SBU) The novelist asked not to be photographed because of threats against her family.\n")


@pytest.mark.parametrize("note", [
    "Huom: lista ei ole salainen, sen voi jakaa kenelle tahansa.",
    "Catatan: daftar tamu ini tidak rahasia, sudah diumumkan di situs kedutaan.",
    "Not: bu liste gizli değil, herkesle paylaşılabilir.",
    "Uwaga: lista gości nie jest tajna, można ją udostępniać wszystkim.",
])
def test_a_note_abroad_saying_the_text_is_not_secret_states_no_level(note):
    text = _PROGRAMME.format(note=note)
    marks = _marks(text)
    assert _find(marks, "novelist asked not to be photographed")[0] == "(SBU)"
    _only_raised(text, ("The alumni reception will be held at the residence on the evening of March 4.",
                        "Guests: two former exchange students now in parliament, a novelist and a robotics team."), ())
    assert_withheld(text, "asked not to be photographed because of threats", ("public",))


def test_the_first_point_abroad_raises_the_first_one_and_the_one_labelled_1():
    text = ("From: PolOff\n"
            "Subject: trip report\n"
            "Classification: UNCLASSIFIED\n"
            "\n"
            "(U) Purpose: to meet municipal officials and two NGOs in the region.\n"
            "\n"
            "Piezīme: pirmais punkts ir slepens, avots lūdza to neminēt.\n"
            "\n"
            "1. (U) A municipal official showed us a list of council members paid by a foreign foundation.\n"
            "\n"
            "2. (U) The schools completed the language transition on schedule this autumn.\n"
            "\n"
            "(U) Follow-up: the section will send exchange program details to the rector.\n")
    _only_raised(text, ("The schools completed the language transition on schedule this autumn.",
                        "Follow-up: the section will send exchange program details to the rector."),
                 ("A municipal official showed us a list of council members paid by a foreign foundation.",
                  "Purpose: to meet municipal officials and two NGOs in the region."))


@pytest.mark.parametrize("note", ["Ескерту: соңғы екі жол құпия.", "Not: son iki satır gizlidir."])
def test_the_last_two_lines_abroad_under_a_log_raise_the_two_entries_above(note):
    text = ("POST ONE LOG - 3 DEC 2026\n"
            "UNCLASSIFIED\n"
            "\n"
            "0700 (U) Shift change completed and keys counted.\n"
            "1130 (U) Courier delivered the pouch to the mail room.\n"
            "2150 Police liaison said a known arms dealer rented the flat opposite the annex\n"
            "2315 The same contact said the dealer met two border guards at the flat tonight\n"
            "\n"
            f"{note}\n"
            "\n"
            "Drafted: post one\n")
    _only_raised(text, ("Shift change completed and keys counted.", "Courier delivered the pouch to the mail room."),
                 ("Police liaison said a known arms dealer rented the flat opposite the annex",
                  "The same contact said the dealer met two border guards at the flat tonight"))


# --- what stays raised ------------------------------------------------------------------


def test_an_unmarked_run_on_from_a_marked_paragraph_keeps_that_paragraph_raised():
    # the unmarked lines above the note follow the (U) paragraph with no blank line: they may be its
    # own text, so the (U) paragraph is raised with them; the (U) paragraph below the note is not
    text = ("From: Econ LE staff\n"
            "Subject: ministry call\n"
            "Classification: UNCLASSIFIED\n"
            "\n"
            "(U) The trade ministry will publish the new tariff schedule before the end of the month.\n"
            "The deputy minister said the cabinet plans to block the sale of the northern smelter to a state buyer.\n"
            "\n"
            "Huom. edellinen kappale on salainen.\n"
            "\n"
            "(U) I will send the schedule as soon as it is posted online.\n")
    _only_raised(text, _TARIFF[1:], ("The trade ministry will publish the new tariff schedule before the end of the month.",
                                     "The deputy minister said the cabinet plans to block the sale of the northern smelter"))


def test_a_heading_above_the_note_is_no_paragraph_so_the_marked_one_above_stays_raised():
    text = ("From: Econ LE staff\n"
            "Subject: ministry call\n"
            "Classification: UNCLASSIFIED\n"
            "\n"
            "(U) The deputy minister said the cabinet will decide on the northern smelter sale next week.\n"
            "\n"
            "Smelter sale contacts\n"
            "\n"
            "Тайлбар: дээрх догол мөр нууц.\n"
            "\n"
            "(U) I will send the schedule as soon as it is posted online.\n")
    _only_raised(text, _TARIFF[1:], ("The deputy minister said the cabinet will decide on the northern smelter sale next week.",))


@pytest.mark.parametrize("note", [
    "Huom: edellinen kappale ei ole salainen vaan luottamuksellinen.",
    "Huom: edellinen kappale ei ole julkinen vaan salainen.",
    "Huom: edellinen kappale on salainen, ei julkinen.",
])
def test_a_negation_beside_a_level_still_raises_the_text(note):
    _only_raised(_ABOVE.format(note=note), _TARIFF,
                 ("The deputy minister said the cabinet plans to block the sale of the northern smelter",))
