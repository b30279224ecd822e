"""Over-redaction, 8th round (rounds 90-102's classes), on documents written for these tests:

- a note that names a paragraph, item or row by its place in another language (the third, the
  last, the previous, the next; item or row N: "Üçüncü paragraf gizlidir", "perenggan terakhir
  adalah SULIT", "prejšnji odstavek je ZAUPNO", "wiersz 3 jest POUFNE", "3-тармақ ҚҰПИЯ") raises
  what it names, not every portion; where the count is not certain, every portion it could be and
  every unmarked paragraph (fail closed);
- a foreign level word in such a note (ZAUPNO, ΕΜΠΙΣΤΕΥΤΙΚΟ) is no stamp raising every portion
  after it;
- a marked line under a chat export's message header (`Park, Mina  11/21 8:55 AM`) or under a line
  of no words (an SRT cue's timing) does not continue it.

Each keeps, on the other side, what must stay withheld (the paragraph the note names, an unmarked
paragraph the count may mean, a marked line under a line cut off mid-sentence).
"""
from __future__ import annotations

from released import assert_withheld, mark_of as _find, portion_marks as _marks, versions


def _kept(text: str, phrase: str) -> None:
    assert phrase in versions(text, ("usg",))["usg"], phrase


# --- a place named in another language ------------------------------------------------------


def test_turkish_third_paragraph_under_a_heading_of_two_lines():
    text = ("Consulate Izmir - Economic Section\n"
            "VISIT NOTES: Aliaga port, 2-3 March\n"
            "\n"
            "(U) The port director showed us the new container cranes bought from a Finnish maker.\n"
            "\n"
            "(U) Rail links to the port will be doubled by the end of next year.\n"
            "\n"
            "(U) A customs officer told us that tankers from Novorossiysk unload at night without papers.\n"
            "\n"
            "(U) We will return in the autumn with the commercial officer.\n"
            "\n"
            "[Not - B. Kaya, LE staff: Ucuncu paragraf gizlidir, gumruk memuru bunu bize guvenle soyledi.]\n")
    text = text.replace("Ucuncu", "Üçüncü")
    marks = _marks(text)
    assert _find(marks, "port director showed us") == ("(U)", False)
    assert _find(marks, "Rail links to the port") == ("(U)", False)
    assert _find(marks, "We will return in the autumn") == ("(U)", False)
    assert _find(marks, "tankers from Novorossiysk")[0] in ("(C)", "(S)")  # (SECRET since fixlang34's lexicon: stricter, withheld at every level either way)
    assert_withheld(text, "tankers from Novorossiysk unload at night without papers")
    # ... but a note that names the third paragraph and "the attachment" too: which is meant is not
    # certain, and the fallback stays
    text = ("Subject: port visit\n"
            "\n"
            "(U) The harbour master showed us the new pilot boats.\n"
            "\n"
            "(U) Dredging of the channel starts next month.\n"
            "\n"
            "(U) A pilot told us the navy escorts unregistered tankers out at night.\n"
            "\n"
            "Not: Üçüncü paragraf ve ek (attachment) gizlidir.\n")
    marks = _marks(text)
    # (`gizlidir` is Turkish SECRET in the level words: since round 112 the note's own words are read past its label
    # `Not`, which English spells too, and every portion is raised to that level)
    assert _find(marks, "harbour master showed us")[0] == "(S)"
    assert_withheld(text, "the navy escorts unregistered tankers out at night")


def test_last_paragraph_in_korean_under_an_email_header():
    text = ("From: Lee, Min-ho (Busan)\n"
            "To: ECON-Busan\n"
            "Date: Mon, 2 Nov 2026 09:10 +0900\n"
            "Subject: fisheries roundtable\n"
            "\n"
            "(U) The fisheries cooperative thanked us for the visit and the translated handouts.\n"
            "\n"
            "(U) Catch volumes are down again this season, they said, because of warmer water.\n"
            "\n"
            "(U) One captain said the coast guard lets two foreign trawlers fish inside the limit for a fee.\n"
            "\n"
            "참고: 마지막 문단은 비밀입니다. 외부에 공유하지 마세요.\n")
    marks = _marks(text)
    assert _find(marks, "fisheries cooperative thanked") == ("(U)", False)
    assert _find(marks, "Catch volumes are down") == ("(U)", False)
    # (비밀 alone is the second or the third grade, SECRET or CONFIDENTIAL: read as the higher, fail closed)
    assert _find(marks, "two foreign trawlers")[0] in ("(C)", "(S)")
    assert_withheld(text, "lets two foreign trawlers fish inside the limit")


def test_unmarked_paragraph_counted_by_a_note_is_withheld_and_the_rest_kept():
    # (the third paragraph is the unmarked one: the note counts it, and it stays withheld)
    text = ("Subject: Notes from the refinery visit\n"
            "\n"
            "(U) The refinery manager confirmed the new desulfurisation unit starts in April.\n"
            "\n"
            "(U) They will publish a tender for the tank farm upgrade in the spring.\n"
            "\n"
            "The deputy manager said the company quietly buys crude from a sanctioned supplier through Dubai.\n"
            "\n"
            "(U) The next visit is set for June at the refinery.\n"
            "\n"
            "Qeyd: Üçüncü abzas məxfidir, onu heç kimə göndərməyin. (Aysel)\n")
    marks = _marks(text)
    assert _find(marks, "desulfurisation unit") == ("(U)", False)
    assert _find(marks, "tender for the tank farm") == ("(U)", False)
    assert _find(marks, "next visit is set for June") == ("(U)", False)
    assert_withheld(text, "quietly buys crude from a sanctioned supplier through Dubai")


def test_item_by_number_in_mongolian_and_in_kazakh():
    rows = ["(U): The working group welcomed the new trade attache.",
            "(U): The ministry published the new export licence rules in English.",
            "(U): A ministry adviser said the tax dispute with the copper mine will be reopened in spring.",
            "(U): Next meeting on 3 December in the library."]
    for note in ("Тэмдэглэл (Б. Дорж): 3-р зүйл нууц.", "Ескерту: 3-тармақ ҚҰПИЯ (SECRET), таратуға болмайды."):
        text = "EMBASSY - TRADE WORKING GROUP - MINUTES\n\n" + "\n\n".join(
            f"Item {k} {row}" for k, row in enumerate(rows, 1)) + "\n\n" + note + "\n"
        marks = _marks(text)
        assert _find(marks, "new trade attache") == ("(U)", False), note
        assert _find(marks, "Next meeting on 3 December") == ("(U)", False), note
        assert _find(marks, "tax dispute with the copper mine")[0] in ("(C)", "(S)"), note
        assert_withheld(text, "the tax dispute with the copper mine will be reopened in spring")


def test_previous_paragraph_in_slovenian_and_the_stamp_word_raises_nothing_after():
    text = ("UNCLASSIFIED\n"
            "GRANT PANEL - NOTES 2 DEC 2026\n"
            "\n"
            "(U) Panel members: PAO, CAO and two cultural specialists.\n"
            "\n"
            "(U) The castle museum asks for help with its roof.\n"
            "\n"
            "(U) The mayor asked us to route the grant through his brother's company and hinted at a kickback.\n"
            "\n"
            "Opomba (PAO): prejšnji odstavek je ZAUPNO (Confidential), ne pošiljati naprej.\n"
            "\n"
            "(U) Panel agreed to ask for a revised budget by 15 January.\n"
            "UNCLASSIFIED\n")
    marks = _marks(text)
    assert _find(marks, "castle museum asks") == ("(U)", False)
    assert _find(marks, "revised budget by 15 January") == ("(U)", False)
    assert _find(marks, "route the grant through")[0] == "(C)"
    assert_withheld(text, "route the grant through his brother's company")


def test_previous_paragraph_on_the_line_under_it_is_its_own_portion():
    text = ("MEMO TO FILE - ENERGY OFFICER - Larnaca\n"
            "Subject: Pipeline delays\n"
            "\n"
            "(U) The gas pipeline project is now a full year late.\n"
            "\n"
            "The minister said privately that the delay is caused by a dispute over the landing site.\n"
            "Η προηγούμενη παράγραφος είναι ΕΜΠΙΣΤΕΥΤΙΚΟ.\n"
            "\n"
            "(U) The regulator will publish new tariffs in November.\n")
    marks = _marks(text)
    assert _find(marks, "now a full year late") == ("(U)", False)
    assert _find(marks, "publish new tariffs in November") == ("(U)", False)
    assert_withheld(text, "the delay is caused by a dispute over the landing site")


def test_table_row_by_its_number_in_kazakh():
    text = ("Subject: rail freight table\n"
            "Classification: UNCLASSIFIED\n"
            "\n"
            "| No | Route | Note |\n"
            "| 1 | Almaty to Urumqi | Container trains run daily again |\n"
            "| 2 | Aktobe to Orenburg | Grain volumes are up this month |\n"
            "| 3 | Shymkent to Tashkent | Inspectors wave sanctioned fertiliser through as local |\n"
            "\n"
            "Ескерту: 3-жолдағы мәлімет құпия.\n")
    _kept(text, "Container trains run daily again")
    _kept(text, "Grain volumes are up this month")
    assert_withheld(text, "Inspectors wave sanctioned fertiliser through as local")


def test_page_by_its_number_in_bulgarian():
    text = ("UNCLASSIFIED\n"
            "Science liaison, Embassy Sofia - memo for the file\n"
            "Page 1 of 2\n"
            "(U) The visit covered the observatory, the new data centre and the library.\n"
            "(U) The Academy of Sciences hosted lunch for the visiting team.\n"
            "Бел.: Страница 2 е ПОВЕРИТЕЛНО (CONFIDENTIAL) - само за служебно ползване.\n"
            "\x0cPage 2 of 2\n"
            "The director said a foreign firm offered to pay for the telescope upgrade in exchange for data access.\n"
            "UNCLASSIFIED\n")
    _kept(text, "The visit covered the observatory, the new data centre and the library.")
    assert_withheld(text, "offered to pay for the telescope upgrade in exchange for data access")


# --- a marked line under a closed line ------------------------------------------------------


def test_chat_message_header_with_a_date_is_not_continued():
    text = ("Chat: Visa unit leads (SENSITIVE BUT UNCLASSIFIED)\n"
            "\n"
            "Okafor, Ada  12/02 9:15 AM\n"
            "(U) The new interview schedule starts on Monday at nine.\n"
            "\n"
            "Berg, Lars  12/02 9:20 AM\n"
            "(SBU) The applicant who shouted at the window has been referred to the fraud unit.\n"
            "\n"
            "Okafor, Ada  12/02 9:22 AM\n"
            "(U) Thanks Lars, please tell the guards at the gate.\n")
    marks = _marks(text)
    assert _find(marks, "new interview schedule") == ("(U)", False)
    assert _find(marks, "please tell the guards") == ("(U)", False)
    assert _find(marks, "referred to the fraud unit")[0] == "(SBU)"
    # ... a marked line under a line cut off mid-sentence still continues it
    text = ("SECRET\n"
            "Okafor, Ada  12/02 9:15 AM\n"
            "(S) The host service will move the two suspects to the northern prison because of\n"
            "(U) the new court order signed yesterday by the judge.\n"
            "SECRET\n")
    marks = _marks(text)
    assert _find(marks, "the new court order")[0] == "(S)"


def test_srt_cue_timing_is_not_continued():
    text = ("1\n"
            "00:00:00,400 --> 00:00:03,000\n"
            "SECRET\n"
            "\n"
            "2\n"
            "00:00:03,100 --> 00:00:07,500\n"
            "(U) Welcome to the security briefing for new arrivals.\n"
            "\n"
            "3\n"
            "00:00:07,600 --> 00:00:12,000\n"
            "(S) The host service follows every new officer for the first month.\n"
            "\n"
            "4\n"
            "00:00:12,100 --> 00:00:16,000\n"
            "(U) Report any approach by a stranger to the security office.\n")
    marks = _marks(text)
    assert _find(marks, "Welcome to the security briefing") == ("(U)", False)
    assert _find(marks, "Report any approach") == ("(U)", False)
    assert_withheld(text, "follows every new officer for the first month")
