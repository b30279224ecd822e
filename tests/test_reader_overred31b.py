"""Rounds 129-132's over-redacted records that only mention levels, fixed by class (issue 8). Documents
written for this test, not the rounds' wording; and what each fix must not do (text that stays raised).

Class A: a level named as an example or a term right after the words that make it a mention
(`backstop.mention_before` of rules/markings.yaml: "such as", "for example", a room "cleared to") is no
claim in words either (`scope._mentioned`): it raises neither its own portion nor the text around it.
Class B: a level or control that opens a line wrapped inside its sentence (nothing before it on its line
but `and`, `or`) is read with the end of the line above (`backstop._mention`): "captions such as
LIMDIS⏎and NODIS", "for example (C) for⏎CONFIDENTIAL"; a blank line above ends the sentence.
Class C: a level that qualifies a kind of record or an investigation (`SECRET telegrams`, `NOFORN
passages`, `SECRET//NOFORN reporting`, `a TOP SECRET investigation`), and a list of captions or controls
said to be captions or markings (`LIMDIS, EXDIS and NODIS were captions`) are mentions
(`backstop.mention_after`).
Class E: a level after `whether` and a subject that names no text (`whether something is Confidential`,
`whether a cable is CONFIDENTIAL`: an instruction about any text) is a mention (`backstop.mention_before`);
`whether paragraph 1 is SECRET` names its text and still raises.
Class D: a chat export's post whose numeric date comes before its time and author
(`2026-11-13 09:02 Ana Ruiz: (U) ...`, `11/30/2026, 14:05 Dana Cole: (SBU) ...`) is marked by the mark after
the author, as without the date (`marks._BARE_CHAT_TIME`), in a chat whose every post is marked.
"""
from released import mark_of, portion_marks


def _doc(*paragraphs: str) -> str:
    """An UNCLASSIFIED document of `paragraphs` between its banners."""
    return "\n\n".join(("UNCLASSIFIED", *paragraphs, "UNCLASSIFIED")) + "\n"


def _plain(text: str, *words: str) -> None:
    """Each portion holding one of `words` reads (U), not doubtful."""
    marks = portion_marks(text)
    for w in words:
        assert mark_of(marks, w) == ("(U)", False), w


def _raised(text: str, words: str) -> None:
    """The portion holding `words` is read above (U) (or doubtful)."""
    assert mark_of(portion_marks(text), words) != ("(U)", False)


# ---------------------------------------------------------------- class A: claims after mention words


def test_example_after_such_as_states_no_level() -> None:
    text = _doc("(U) Every page carries a header such as CONFIDENTIAL//REL TO USA, GBR at the top and the bottom.",
                "(U) The workshop on marking starts at nine in the main conference room.")
    _plain(text, "Every page carries a header", "The workshop on marking starts")


def test_room_cleared_to_a_level_states_no_level() -> None:
    # ("a vault cleared to TOP SECRET" is withheld again since fixrev31a: "staff cleared to SECRET" may
    # be a sharing rule for other text, tests/test_reader_fixrev31a.py)
    text = _doc("(U) The budget review meets in room 4B on Tuesday.",
                "(U) Bring the printed agenda; the projector there does not accept laptops.")
    _plain(text, "The budget review meets", "Bring the printed agenda")
    # (not a mention: still raised)
    text = _doc("(U) The ambassador met the finance minister on Tuesday.",
                "(U) Correction: the second paragraph of this message should be read as SECRET.")
    _raised(text, "The ambassador met the finance minister")


# ---------------------------------------------------------------- class B: a line wrapped in its sentence


def test_example_wrapped_onto_the_next_line_is_a_mention() -> None:
    text = _doc("(U) Old telegrams often carried distribution captions such as LIMDIS\nand NODIS, which the new system no longer uses.",
                "(U) Each paragraph starts with its own mark, for example (S) for\nSECRET, in parentheses before the first word.")
    _plain(text, "Old telegrams often carried", "Each paragraph starts with its own mark")
    # (not a mention: still raised)
    text = _doc("(U) The delegation arrived on Monday and\nSECRET talks with the rebels began that evening at the palace.",
                "(U) A blank line ends the example sentence such as",
                "SECRET//NOFORN")
    _raised(text, "The delegation arrived on Monday")


# ---------------------------------------------------------------- class C: levels that qualify a kind of record


def test_levels_that_qualify_records_or_investigations_are_mentions() -> None:
    # (SECRET telegrams, NOFORN passages, SECRET//NOFORN reporting are sources again since fixrev31a:
    # "Per SECRET//NOFORN reporting, ..." is a claim, tests/test_reader_fixrev31a.py)
    text = _doc("(U) Applicants must already hold a TOP SECRET background investigation completed after 2021.",
                "(U) The archivists reopened the old registry rooms in 1974.")
    _plain(text, "Applicants must already hold", "The archivists reopened")


def test_list_of_captions_said_to_be_captions_is_a_mention() -> None:
    text = _doc("(U) ROGER, CHEROKEE and STADIS were captions that kept a cable inside one bureau.",
                "(U) ORCON and PROPIN are control markings that trainees meet on intelligence reports.")
    _plain(text, "were captions that kept", "are control markings that trainees")
    # (not a mention: a level that describes a plan, a control said of a bullet, still raise)
    _raised(_doc("(U) The minister described the SECRET plan to close the border crossing in March.",
                 "(U) The last bullet about the pipeline route is NOFORN per the desk."), "The minister described")


# ---------------------------------------------------------------- class D: a chat post's date before its time


def test_chat_posts_with_date_time_and_author_before_the_mark() -> None:
    for stamp in ("2026-12-01 08:1", "12/01/2026, 08:1"):
        text = ("Chat export - visa unit channel\n"
                f"{stamp}5 Dana Cole: (U) the interview slots for Friday are posted on the board.\n"
                f"{stamp}7 Raj Patel: (SBU) the applicant from the Lagos list is on the watch referral roster.\n"
                f"{stamp}9 Dana Cole: (U) thanks, I will move the Friday slots to the afternoon.\n")
        marks = portion_marks(text)
        assert mark_of(marks, "interview slots for Friday") == ("(U)", False)
        assert mark_of(marks, "move the Friday slots") == ("(U)", False)
        assert mark_of(marks, "watch referral roster") == ("(SBU)", False)
    # (a post without a mark: the chat is not marked throughout, no post is read as marked by the rarer form)
    text = ("2026-12-01 08:15 Dana Cole: (U) the interview slots for Friday are posted on the board.\n"
            "2026-12-01 08:17 Raj Patel: the one from the Lagos list goes nowhere near London.\n"
            "2026-12-01 08:19 Dana Cole: (U) thanks, I will move the Friday slots to the afternoon.\n")
    marks = portion_marks(text)
    assert all(doubtful or mark != "(U)" for mark, doubtful in marks.values())


# ---------------------------------------------------------------- class E: whether any text is at a level


def test_whether_any_text_is_at_a_level_is_a_mention() -> None:
    text = _doc("(U) The consular section closes at noon on Friday for the holiday.",
                "(U) When you cannot tell whether a cable is CONFIDENTIAL, ask the drafter before you forward it.",
                "(U) Trainees who doubt whether anything is SECRET should call the ISSO at extension 4410.")
    _plain(text, "The consular section closes", "ask the drafter before", "Trainees who doubt")
    # (a doubt about named text still raises it: doubt raises)
    _raised(_doc("(U) The talks ended early on the second day.",
                 "(U) I am not sure whether paragraph 1 is SECRET; please check with the drafter."), "The talks ended early")
