"""Two leaks of this session's claim placement (issue 8), fixed fail closed:

- a reply naming "the third paragraph" of the note it quotes, whose first line is a greeting: the count may skip the
  greeting or not, so both paragraphs it could mean are raised (`governing._in_quoted_message`); with several quoted
  messages, every quoted paragraph;
- a note in another language on a line of its own ("the paragraph below is secret") under a first line that names
  other text ("Items two and three below ..."): placement is uncertain, every paragraph below is raised
  (`scope_exact.by_place_abroad`; the portion's own label "Item two, forwarded from ..." still places it exactly);
- a chat note naming "my two previous messages" with a word between its clause start and the place: every message
  of its sender before it, and the messages right before it (`scope_exact._messages_before`).
Documents written for this test; what must stay released is checked too."""
from released import assert_withheld, versions

ALL = ("usg", "partner", "public")
SOURCE = "CORMORANT says the port director will be arrested after the harbour audit"
TROOPS = "The tribal elders offered two hundred guards to the port director"
PLAIN = "The visit schedule for the port authority is unchanged"


def _released_at_usg(text: str, phrase: str) -> bool:
    return phrase in " ".join(versions(text, ("usg",))["usg"].split())


def _reply(greeting: str, extra: str = "") -> str:
    return ("UNCLASSIFIED\n\nFrom: M. Okafor\nTo: Port team\nSubject: (U) RE: harbour notes\n\n"
            "(U) Got it, thank you. Please note the third paragraph of your notes is SECRET; fix it before it goes out.\n\n"
            "-----Original Message-----\nFrom: Lina Berg\nTo: M. Okafor\nSubject: (U) harbour notes\n\n"
            f"{greeting}"
            f"(U) {PLAIN}.\n\n(U) {TROOPS}.\n\n(U) {SOURCE}.\n\n(U) Lina\n\n{extra}UNCLASSIFIED\n")


def test_a_greeting_above_the_quoted_note_raises_both_paragraphs_the_count_could_mean():
    text = _reply("(U) Mike,\n\n")
    assert_withheld(text, SOURCE, levels=ALL)
    assert_withheld(text, TROOPS, levels=ALL)
    assert _released_at_usg(text, PLAIN)


def test_a_salutation_line_above_the_quoted_note_counts_either_way():
    text = _reply("(U) Hi all, quick notes from this morning's walk-through:\n\n")
    assert_withheld(text, SOURCE, levels=ALL)
    assert_withheld(text, TROOPS, levels=ALL)


def test_without_a_greeting_the_third_paragraph_is_raised_alone():
    text = _reply("")
    assert_withheld(text, SOURCE, levels=ALL)
    assert _released_at_usg(text, PLAIN) and _released_at_usg(text, TROOPS)


def test_several_quoted_messages_raise_every_quoted_paragraph():
    older = ("-----Original Message-----\nFrom: M. Okafor\nTo: Lina Berg\nSubject: (U) harbour notes?\n\n"
             "(U) Could you send your harbour notes today?\n\n(U) Mike\n\n")
    text = _reply("", older).replace(f"(U) {SOURCE}.", "(U) The customs sheds are being repainted this month.") \
        .replace("(U) Could you send", f"(U) {SOURCE}.\n\n(U) Could you send")
    assert_withheld(text, SOURCE, levels=ALL)


LAO_NOTE = "ໝາຍເຫດ: ວັກລຸ່ມນີ້ ແມ່ນ ລັບ."  # Lao: "note: the paragraph below is secret"
SECOND = "Item 2: the deputy governor plans to leave the party before the congress"
THIRD = "Item 3: the dam loan was rescheduled at a closed meeting"
FOURTH = "Item 4: the consular section closes early on Friday"


def test_a_note_under_a_line_naming_several_items_below_raises_every_one_below():
    text = ("UNCLASSIFIED\n\n(U) Items 2 and 3 below came to us from the consulate in Luang Prabang:\n"
            f"{LAO_NOTE}\n\n(U) {SECOND}.\n\n(U) {THIRD}.\n\n(U) {FOURTH}.\n\nUNCLASSIFIED\n")
    for phrase in (SECOND, THIRD):
        assert_withheld(text, phrase, levels=ALL)


def test_a_note_under_the_items_own_label_still_names_the_paragraph_below_alone():
    text = (f"UNCLASSIFIED\n\n(U) {PLAIN}.\n\n(U) Item 2, forwarded from the consulate in Luang Prabang:\n{LAO_NOTE}\n"
            f"(U) {SECOND}.\n\n(U) {FOURTH}.\n\nUNCLASSIFIED\n")
    assert_withheld(text, SECOND, levels=ALL)
    assert _released_at_usg(text, PLAIN) and _released_at_usg(text, FOURTH)


def _chat(note: str) -> str:
    return ("Chat export -- channel #harbour\nChannel classification: UNCLASSIFIED\n\n"
            f"2026-04-07 11:02 timur.b: {SOURCE}\n"
            f"2026-04-07 11:03 timur.b: {TROOPS}\n"
            "2026-04-07 11:05 olga.v: thanks, got it\n"
            f"2026-04-07 11:06 timur.b: {note}\n"
            f"2026-04-07 11:08 olga.v: {PLAIN}\n")


def test_a_chat_note_on_my_two_previous_messages_raises_its_senders_messages():
    for note in ("eto sekretno -- dva moikh predydushchikh soobshcheniya",
                 "eto sekretno -- moi dva predydushchikh soobshcheniya"):
        text = _chat(note)
        assert_withheld(text, SOURCE, levels=ALL)
        assert_withheld(text, TROOPS, levels=ALL)
        assert _released_at_usg(text, PLAIN)


def test_the_third_paragraph_may_be_the_replys_own_short_third_paragraph():
    text = ("UNCLASSIFIED\n\nFrom: M. Okafor\nTo: Port team\nSubject: (U) RE: harbour notes\n\n"
            "(U) Got it, thank you. The third paragraph is SECRET; fix it before it goes out.\n\n"
            "(U) Pilot boat at 0500.\n\n(U) Guard is OSPREY 3-1.\n\n"
            "-----Original Message-----\nFrom: Lina Berg\nTo: M. Okafor\nSubject: (U) harbour notes\n\n"
            f"(U) {PLAIN}.\n\n(U) The ferry crews have asked for a new canteen at the pier.\n\n(U) {SOURCE}.\n\n"
            "UNCLASSIFIED\n")
    assert_withheld(text, SOURCE, levels=ALL)
    assert_withheld(text, "Guard is OSPREY 3-1", levels=ALL)
