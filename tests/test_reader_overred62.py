"""Over-redaction, 7th round (rounds 86-96's classes), on documents written for these tests:

- a marked line under a line that closes where it stops is no continuation of it: a separator
  or a heading between rules (`--- Reply from t.hale ---`, `-----`), an insertion's closing
  markup after a sentence's end (`... in March. ++}`, `...</ins>`), a Markdown admonition's title,
  a table row whose next row (as many cells, a mark in its first cell) is the marked line;
- a mark after a record's key in lower case (`item: (U) ...`, `description: (U) ...`, an RSS or
  YAML dump) or after a speaker or office in capitals in a margin (`RSO           (S) ...`) leads
  its line;
- a note that names the next paragraph in another language ("次の段落は秘密です", "seuraava kappale
  on salainen", "aya inayofuata ni SIRI") raises that paragraph, not every portion.

Each keeps, on the other side, what must stay withheld (a marked line under a line cut off on a
function word, an unmarked paragraph named by such a note).
"""
from __future__ import annotations

from released import mark_of as _find, portion_marks as _marks



# --- a marked line under a line that closes -------------------------------------------------


def test_reply_separator_between_rules_is_not_continued():
    text = ("Ticket 4410 - Badge printer   Classification: SECRET\n"
            "--- Reply from r.osei ---\n"
            "(U) The badge printer in the annex lobby jams on the laminated cards.\n"
            "--- Reply from j.wu ---\n"
            "(S) The new guard contractor is owned by the interior minister's cousin.\n"
            "--- Reply from r.osei ---\n"
            "(U) Spare ribbons ordered, they should arrive on Thursday.\n"
            "SECRET\n")
    marks = _marks(text)
    assert _find(marks, "badge printer in the annex lobby") == ("(U)", False)
    assert _find(marks, "Spare ribbons ordered") == ("(U)", False)
    assert _find(marks, "interior minister's cousin")[0] == "(S)"


def test_rule_line_is_not_continued():
    text = ("SECRET\n"
            "STAFF NEWSLETTER - WINTER\n"
            "\n"
            "(S) The host service has put a second car outside the residence gate every night since\n"
            " ---------------------------------------------------------------\n"
            "(U) The holiday party is on the 18th in the multipurpose room.\n"
            "SECRET\n")
    marks = _marks(text)
    assert _find(marks, "holiday party is on the 18th") == ("(U)", False)


def test_closed_insertion_after_a_sentence_is_not_continued():
    text = ("SECRET\n"
            "Subject: (U) talking points for the deputy minister\n"
            "\n"
            "(U) Thank the deputy minister for hosting the energy dialogue in Gdansk next spring.\n"
            "{++ Tell her privately that the third radar will be installed at the northern site before the summer. ++}\n"
            "(U) Raise the student visa numbers and thank the ministry for the new consular appointment slots.\n"
            "SECRET\n")
    marks = _marks(text)
    assert _find(marks, "student visa numbers") == ("(U)", False)


def test_table_row_under_a_row_is_not_continued():
    text = ("SECRET//NOFORN\n"
            "Mark | Item | Note\n"
            "(U) | travel | The delegation flies to Izmir on the Tuesday morning flight from Ankara\n"
            "(S//NF) | Harbor | A freight forwarder in Mersin ships dual-use lathes to Syria through a chain of two trading firms\n"
            "(U) | admin | The next tracker update will be circulated in the first week of February\n"
            "SECRET//NOFORN\n")
    marks = _marks(text)
    assert _find(marks, "next tracker update") == ("(U)", False)
    assert _find(marks, "dual-use lathes")[0] == "(S//NF)"


def test_line_cut_off_on_a_function_word_still_continues():
    # (the other side: a line that stops on `the` may go on with the marked line under it)
    text = ("SECRET\n"
            "--- Reply from j.wu ---\n"
            "(S) The guard contractor will move the armored cars to the\n"
            "(U) warehouse near the airport before the inspection.\n"
            "SECRET\n")
    marks = _marks(text)
    assert _find(marks, "warehouse near the airport")[0] == "(S)"


# --- a mark after a record's key or a speaker in a margin -----------------------------------


def test_feed_items_marked_after_a_lower_case_key():
    text = ("CONFIDENTIAL\n"
            "item: (U) The central bank kept its policy rate at nine percent\n"
            "item: (C) The finance minister told us he will replace the central bank governor in March\n"
            "item: (U) The new bridge over the river opens to traffic on Sunday\n"
            "CONFIDENTIAL\n")
    marks = _marks(text)
    assert _find(marks, "kept its policy rate") == ("(U)", False)
    assert _find(marks, "new bridge over the river") == ("(U)", False)
    assert _find(marks, "replace the central bank governor")[0] == "(C)"


def test_feed_unmarked_line_under_a_keyed_description_stays_withheld():
    text = ("CONFIDENTIAL\n"
            "item: (U) Port strike ends\n"
            "  description: (U) Dock workers went back to work on Monday.\n"
            "  A union leader told us the army paid the strike committee to call it off\n"
            "CONFIDENTIAL\n")
    marks = _marks(text)
    assert _find(marks, "Dock workers went back") == ("(U)", False)
    assert _find(marks, "army paid the strike committee")[0] == "(C)"


def test_minutes_speaker_in_the_margin_before_the_mark():
    text = ("SECRET\n"
            "MINUTES - EMERGENCY ACTION COMMITTEE, 4 May\n"
            "\n"
            "DCM           (U) Reviewed the warden message for the holiday weekend.\n"
            "RSO           (S) Two embassy drivers were approached by the host service last week\n"
            "              and asked to report on the ambassador's movements.\n"
            "CONS          (U) The consular section will open late on Friday.\n"
            "SECRET\n")
    marks = _marks(text)
    assert _find(marks, "warden message for the holiday") == ("(U)", False)
    assert _find(marks, "consular section will open late") == ("(U)", False)
    assert _find(marks, "approached by the host service")[0] == "(S)"


# --- the next paragraph named in another language ------------------------------------------


def test_japanese_note_names_the_next_paragraph():
    text = ("U.S. CONSULATE GENERAL OSAKA\n"
            "MEMORANDUM\n"
            "\n"
            "(U) The prefectural trade office will open a branch in Seattle next year.\n"
            "\n"
            "【メモ：次の段落は秘密です。】\n"
            "(U) A prefectural official said the governor will refuse the new port lease to the navy in January.\n"
            "\n"
            "(U) The next trade mission visits the consulate in the last week of June.\n")
    marks = _marks(text)
    assert _find(marks, "branch in Seattle") == ("(U)", False)
    assert _find(marks, "last week of June") == ("(U)", False)
    assert _find(marks, "refuse the new port lease")[0] in ("(C)", "(S)")  # (SECRET since fixlang34's lexicon: stricter, withheld at every level either way)


def test_finnish_note_names_the_next_paragraph():
    text = ("Subject: Baltic ferry meeting\n"
            "\n"
            "(U) The ferry operators met in Turku and agreed the winter timetable.\n"
            "\n"
            "Huom: seuraava kappale on salainen.\n"
            "(U) A coast guard officer said Russian survey ships mapped the cable route twice in October.\n"
            "\n"
            "(U) I will send the attendance list on Monday.\n")
    marks = _marks(text)
    assert _find(marks, "winter timetable") == ("(U)", False)
    assert _find(marks, "attendance list on Monday") == ("(U)", False)
    assert _find(marks, "mapped the cable route")[0] == "(S)"  # (`salainen` is SECRET: the note's level word, finnish28)


def test_next_paragraph_note_over_an_unmarked_paragraph_stays_unresolved():
    # (the paragraph it names is unmarked, and so is the one after it: which of them is meant is not
    # certain, so every portion stays raised)
    text = ("Subject: weekly notes\n"
            "\n"
            "(U) The city opened a new tram line to the university.\n"
            "\n"
            "Huom: seuraava kappale on salainen.\n"
            "\n"
            "The harbor master told us the customs chief takes cash for fast clearance.\n"
            "\n"
            "The navy commander said the gold exports go through a shell company in Dubai.\n")
    marks = _marks(text)
    for words in ("customs chief takes cash", "gold exports go through"):
        mark, doubtful = _find(marks, words)
        assert mark != "(U)" or doubtful, (words, mark)


# --- a level that qualifies documents or holdings is a mention ------------------------------


def test_levels_qualifying_documents_are_mentions():
    text = ("SECRET\n"
            "EMBASSY DRILL REPORT\n"
            "\n"
            "(U) The drill tested the destruction plan for CONFIDENTIAL and SECRET holdings in the vault.\n"
            "(U) Staff reviewed how to mark NOFORN and SECRET documents before the inspection.\n"
            "(S) The alternate command post cannot reach the Operations Center on the secure line.\n"
            "(U) A separate SECRET channel message will cover the generator failure.\n"
            "SECRET\n")
    marks = _marks(text)
    assert _find(marks, "destruction plan for") == ("(U)", False)
    assert _find(marks, "how to mark NOFORN") == ("(U)", False)
    assert _find(marks, "separate SECRET channel message") == ("(U)", False)
    assert _find(marks, "alternate command post")[0] == "(S)"


def test_level_word_not_qualifying_a_document_still_raises():
    # (the other side: `is SECRET` after a (U) mark says a level, whatever follows it)
    text = ("SECRET\n"
            "\n"
            "(U) The plan for the minister's visit is SECRET until Friday.\n"
            "SECRET\n")
    marks = _marks(text)
    assert _find(marks, "minister's visit")[0] != "(U)"


def test_dated_separator_between_rules_ends_the_comment_above():
    # a thread's separator with its date in parentheses parts two comments: the unmarked comment under it
    # is not part of the (U) comment above it (and the (U) comment after the next separator is its own)
    text = ("SECRET//NOFORN\n"
            "[JIRA] OPS-118  Move the generator\n"
            "\n"
            "--- Comment by akim (2025-03-04 09:10) ---\n"
            "(U) Attached the floor plan of the annex basement.\n"
            "--- Comment by lpetrov (2025-03-04 10:02) ---\n"
            "Before it goes out, note that the host service watches the basement door\n"
            "from the parking garage across the road every night\n"
            "--- Comment by akim (2025-03-04 11:30) ---\n"
            "(U) Noted, plan sent to the facilities manager.\n"
            "SECRET//NOFORN\n")
    marks = _marks(text)
    assert _find(marks, "floor plan of the annex basement") == ("(U)", False)
    assert _find(marks, "plan sent to the facilities manager") == ("(U)", False)
    assert _find(marks, "watches the basement door")[0] == "(S//NF)"
