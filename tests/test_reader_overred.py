"""Over-redaction classes where the author's mark can be read exactly (issue 8; rounds 21-23 of the
adversarial corpus): a chat line's mark after the time and nick (also in Markdown emphasis), a
transcript speaker and a bracketed time before the mark, doubled parentheses `((C))`, a
chronology's `date - (C)`, an action item's `OWNER, due 3/15 (S):`, a bare `C - ` after the
paragraph number where every numbered paragraph uses that form, a mark glued to the full stop
before it, and `Answer 2 (C):` heading the lines under it. Each test has its must-read side and its
must-not-read side (a stale `(U)` before an `(S)`, an unmarked line after a marked one, mixed or
ambiguous forms): a new form may only give a portion the level its author wrote, never lower one
that other evidence says is higher. Documents written for this test."""
import pytest

import sbu_redact
from sbu_redact.reader import read

_SECRET_LINE = "troops moved to the assembly area east of the river"


def _portion(doc, phrase):
    found = [p for p in doc.portions if phrase in doc.text[p.start:p.end]]
    assert len(found) == 1, (phrase, [doc.text[p.start:p.end] for p in doc.portions])
    return found[0]


def _mark(doc, phrase) -> str | None:
    """The portion mark of the portion holding `phrase`, None when it is doubtful."""
    p = _portion(doc, phrase)
    return p.marking.portion_mark() if p.marking is not None and p.marking.valid else None


def _releasable(doc, phrase) -> bool:
    p = _portion(doc, phrase)
    return p.marking is not None and p.marking.valid and p.marking.rank == 0 and not p.marking.designations


def _reads(doc, released: list[str], withheld: list[str]) -> None:
    """Every phrase of `released` is in a releasable (U) portion, none of `withheld` is."""
    assert [p for p in released if not _releasable(doc, p)] == []
    assert [p for p in withheld if _releasable(doc, p)] == []


@pytest.fixture(scope="module")
def pipeline():
    return sbu_redact.Pipeline()


# -- chat lines: `[time] nick: (MARK) ...` ---------------------------------------------------------

_CHAT = """SECRET

(U) Pasting the chat from this morning.

[07:41] rkowal: {a} morning, anything new from the overnight?
[07:43] jtran: {b} {secret}
[07:46] rkowal: {c} ok thanks, I will brief it at nine

SECRET
"""


@pytest.mark.parametrize(("u", "s"), [("(U)", "(S)"), ("*(U)*", "*(S)*"), ("**(U)**", "**(S//NF)**")])
def test_a_chat_lines_mark_after_the_nick_is_read(u, s):
    doc = read(_CHAT.format(a=u, b=s, c=u, secret=_SECRET_LINE))
    assert _releasable(doc, "morning, anything new")
    assert _releasable(doc, "ok thanks, I will brief")
    assert not _releasable(doc, _SECRET_LINE)


def test_a_chat_line_with_a_date_and_a_dotted_nick():
    text = ("Channel: ops-floor (SECRET//NOFORN)\n\n"
            "[2020-08-04 18:02] k.vance: *(U)* shift change at 1900\n"
            f"[2020-08-04 18:07] m.obi: *(S//NF)* {_SECRET_LINE}\n"
            "[2020-08-04 18:09] k.vance: so the warehouse still has the full load?\n"
            "[2020-08-04 18:15] k.vance: *(U)* ok, adding it to the brief\n")
    # (the unmarked line is a line of its own, not (U))
    _reads(read(text), ["shift change at 1900", "ok, adding it to the brief"], [_SECRET_LINE, "so the warehouse still has"])


def test_an_unmarked_chat_line_after_a_u_line_is_not_its_text():
    doc = read(_CHAT.format(a="(U)", b="", c="(U)", secret=_SECRET_LINE))
    assert not _releasable(doc, _SECRET_LINE)
    assert _mark(doc, _SECRET_LINE) in (None, "(S)")


def test_a_stale_u_before_an_s_after_the_nick_does_not_release():
    doc = read(_CHAT.format(a="(U)", b="(U) (S)", c="(U)", secret=_SECRET_LINE))
    assert not _releasable(doc, _SECRET_LINE)
    doc = read(_CHAT.format(a="(U)", b="*(U)* (S)", c="(U)", secret=_SECRET_LINE))
    assert not _releasable(doc, _SECRET_LINE)


def test_a_mark_inside_the_message_is_no_chat_mark():
    doc = read(_CHAT.format(a="(U)", b="he wrote (U) but", c="(U)", secret=_SECRET_LINE))
    assert not _releasable(doc, _SECRET_LINE)


def test_a_transcript_speaker_and_time_before_the_mark():
    text = ("SECRET//NOFORN\n"
            "SVTC transcript, 21 September 2016\n\n"
            "MODERATOR [10:02] (U) Good morning, we have forty minutes.\n"
            f"AMB [10:04] (S//NF) {_SECRET_LINE}.\n"
            "NSC [10:06] Do we know whether the deputy will take over?\n"
            "MODERATOR [10:07] (U) Let's move on to the elections topic now.\n"
            "SECRET//NOFORN\n")
    _reads(read(text), ["Good morning, we have forty", "move on to the elections"],
           [_SECRET_LINE, "Do we know whether the deputy"])
    doc = read(text.replace("AMB [10:04] (S//NF)", "AMB [10:04] (U) (S//NF)"))
    assert not _releasable(doc, _SECRET_LINE)


# -- doubled parentheses ---------------------------------------------------------------------------

def test_doubled_parentheses_are_read_as_the_mark():
    text = ("CONFIDENTIAL\n\n((U)) The detainee received a consular visit on Monday.\n\n"
            f"((C)) The director said {_SECRET_LINE}.\n\n((U)) We delivered a note.\n\nCONFIDENTIAL\n")
    doc = read(text)
    assert _releasable(doc, "received a consular visit")
    assert _releasable(doc, "We delivered a note")
    assert _mark(doc, _SECRET_LINE) == "(C)"


@pytest.mark.parametrize("lead", ["((U)) ((S))", "((U)) (S)", "((u))", "((U)"])
def test_doubled_parentheses_never_lower(lead):
    doc = read(f"SECRET\n\n{lead} {_SECRET_LINE}.\n\nSECRET\n")
    assert not _releasable(doc, _SECRET_LINE)


# -- a chronology's `date - (C)` -------------------------------------------------------------------

_CHRONOLOGY = """SECRET

CHRONOLOGY OF EVENTS

25 April 2015 - (U) The ruling party nominated the President.
12 May 2015 - (C) The chief of staff said he would not fire.
{unmarked}
May 29, 2015 - (U) Legislative elections were held.
2015-06-30 -- (U) The count was published.

SECRET
"""


def test_a_chronology_entrys_mark_after_its_date_and_dash():
    doc = read(_CHRONOLOGY.format(unmarked=f"15 May 2015 - {_SECRET_LINE}."))
    assert _releasable(doc, "ruling party nominated")
    assert _releasable(doc, "Legislative elections were held")
    assert _releasable(doc, "The count was published")
    assert _mark(doc, "would not fire") == "(C)"
    assert not _releasable(doc, _SECRET_LINE)  # the unmarked entry is an entry of its own


@pytest.mark.parametrize("entry", ["14 May 2015, (U) {s}.", "14 May 2015 - (U) (S) {s}.", "14 May 2015 (U) {s}.",
                                   "In May 2015 - (U) {s}."])
def test_a_chronology_entry_in_another_form_is_not_read_as_u(entry):
    doc = read(_CHRONOLOGY.format(unmarked=entry.format(s=_SECRET_LINE)))
    assert not _releasable(doc, _SECRET_LINE)


# -- an action item's owner and due date -----------------------------------------------------------

def test_an_action_items_mark_after_its_due_date():
    text = ("SECRET\n\nAction items:\n"
            f"- POL, due 3/15 (S): {_SECRET_LINE}\n"
            "- CONS, due 3/20 (U): publish the updated travel alert\n"
            "- DAO, due 3/18: brief the Chief of Defense on the routes\n\nSECRET\n")
    doc = read(text)
    assert _releasable(doc, "publish the updated travel alert")
    assert not _releasable(doc, _SECRET_LINE)
    assert not _releasable(doc, "brief the Chief of Defense")
    doc = read(text.replace("due 3/15 (S):", "due 3/15 (U) (S):"))
    assert not _releasable(doc, _SECRET_LINE)


# -- a bare `C - ` after the paragraph number ------------------------------------------------------

_BARE = """CONFIDENTIAL
SECTION 01 OF 01 BAKU 000410

E.O. 13526: DECL: 04/10/2021
TAGS: PGOV, AJ
SUBJECT: AZERBAIJAN: RALLY DETENTIONS

Classified By: PolEcon Chief, reasons 1.4 (b) and (d)

1. U - Police detained about forty protesters near the metro.
2. {second}
3. U - The Ombudsman has issued no statement.
"""


def test_a_bare_mark_and_dash_where_every_paragraph_uses_the_form():
    doc = read(_BARE.format(second=f"C - An official said {_SECRET_LINE}."))
    assert _releasable(doc, "Police detained about forty")
    assert _releasable(doc, "Ombudsman has issued no statement")
    assert _mark(doc, _SECRET_LINE) == "(C)"


def test_an_unmarked_paragraph_among_bare_marks_stays_unmarked():
    doc = read(_BARE.format(second=f"An official said {_SECRET_LINE}."))
    assert _releasable(doc, "Police detained about forty")
    assert not _releasable(doc, _SECRET_LINE)


@pytest.mark.parametrize("second", ["(C) An official said {s}.", "A - An official said {s}.", "C) An official said {s}.",
                                    "[C] An official said {s}."])
def test_a_bare_mark_beside_another_form_is_not_read(second):
    doc = read(_BARE.format(second=second.format(s=_SECRET_LINE)))
    assert not _releasable(doc, "Police detained about forty")
    assert not _releasable(doc, _SECRET_LINE)


def test_an_options_list_is_no_bare_mark():
    doc = read("CONFIDENTIAL\n\n1. A - the first option\n2. C - the second option\n3. U - the third option\n\n"
               "CONFIDENTIAL\n")
    assert not _releasable(doc, "the third option")


# -- a mark glued to the full stop before it ------------------------------------------------------

def test_a_glued_mark_splits_the_paragraph_and_only_raises():
    text = ("CONFIDENTIAL\n\n1. (U) The President named a retired admiral on Monday.(C)A ministry adviser said "
            f"{_SECRET_LINE}.\n\n2. (U) The appointment was announced.\n\nCONFIDENTIAL\n")
    doc = read(text)
    assert _releasable(doc, "named a retired admiral")
    assert _mark(doc, _SECRET_LINE) == "(C)"
    doc = read(f"SECRET\n\n1. (S) {_SECRET_LINE}.(U)The rest of it is here too.\n\nSECRET\n")
    assert not _releasable(doc, "The rest of it is here")  # a glued (U) lowers nothing


# -- `Answer 2 (C):` heads the lines under it ------------------------------------------------------

def test_a_numbered_label_with_a_mark_and_colon_heads_the_lines_under_it():
    text = ("CONFIDENTIAL\n\nQuestions for the Record Submitted to Assistant Secretary Paula Venn\n"
            "Senate Foreign Relations Committee, 3 March 2016\n\nQuestion 1:\n(U) What is the status of the project?\n\n"
            "Answer 1 (U):\nThe Department expects to complete the design phase.\n\n"
            f"Answer 2 (C):\nTurkey has delivered armored vehicles that the army cannot yet maintain, and said "
            f"{_SECRET_LINE}.\n\nCONFIDENTIAL\n")
    doc = read(text)
    assert _releasable(doc, "expects to complete the design")
    assert not _releasable(doc, _SECRET_LINE)


# -- through the pipeline: what the usg version keeps and withholds -------------------------------

def test_the_usg_version_keeps_the_u_lines_and_withholds_the_rest(pipeline):
    text = _CHAT.format(a="(U)", b="(S)", c="*(U)*", secret=_SECRET_LINE)
    out = pipeline.redact(text, levels=["usg", "public"])
    assert "morning, anything new from the overnight" in out["usg"].text
    assert _SECRET_LINE not in out["usg"].text
    assert _SECRET_LINE not in out["public"].text
    text = _CHRONOLOGY.format(unmarked=f"15 May 2015 - {_SECRET_LINE}.")
    out = pipeline.redact(text, levels=["usg"])
    assert "The ruling party nominated the President" in out["usg"].text
    assert _SECRET_LINE not in out["usg"].text
    assert "would not fire" not in out["usg"].text


# -- an inline reply's initials in brackets before its mark ----------------------------------------

_INLINE = """From: Ruiz, Jorge
Subject: RE: questions
Classification: SECRET

Anne, answers inline below.

> (U) 1. Has the Consulate confirmed the road closures?
[JR] {a} Yes, the consulate confirmed three checkpoints this morning.

> (U) 2. Any word on the naval units?
[JR] {b} {secret}.

Jorge
Classification: SECRET
"""


def test_initials_in_brackets_before_the_replys_mark():
    doc = read(_INLINE.format(a="(U)", b="(S)", secret=_SECRET_LINE))
    _reads(doc, ["the consulate confirmed three checkpoints"], [_SECRET_LINE])


@pytest.mark.parametrize(("a", "b"), [("(U)", "(U) (S)"), ("(U)", ""), ("(U)", "(5BU)"), ("(U)", "[TS] (U)")])
def test_initials_never_lower_the_reply(a, b):
    doc = read(_INLINE.format(a=a, b=b, secret=_SECRET_LINE))
    assert not _releasable(doc, _SECRET_LINE)


# -- a mark at the end of a paragraph that is one wrapped sentence ---------------------------------

_TRAILING = """CONFIDENTIAL

INFORMATION MEMO FOR THE SECRETARY

SUBJECT: Outlook for the re-run

The electoral commission has confirmed October 26 as the date of the
re-run ordered by the Supreme Court. (U)

{para}

CONFIDENTIAL
"""


def test_a_mark_at_the_end_of_a_wrapped_sentence_marks_the_sentence():
    doc = read(_TRAILING.format(para=f"Our contacts say the {_SECRET_LINE}\nand will stay there until the vote. (C)"))
    _reads(doc, ["The electoral commission has confirmed"], [_SECRET_LINE])
    assert _mark(doc, _SECRET_LINE) == "(C)"


@pytest.mark.parametrize("para", ["Our contacts say the {s}. They\nexpect violence in the slums. (U)",
                                  "(S) Our contacts say the {s}\nand will stay there until the vote. (U)",
                                  "Our contacts say the {s}\n\nand will stay there until the vote. (U)"])
def test_a_trailing_mark_after_another_sentence_marks_no_more_than_its_line(para):
    doc = read(_TRAILING.format(para=para.format(s=_SECRET_LINE)))
    assert not _releasable(doc, _SECRET_LINE)


# -- a mark on a line of its own heads the item right under it -------------------------------------

_POINTS = """SECRET

Points for the Deputy Secretary: call with the Foreign Minister

(U)
- Thank Oman for facilitating the release of the two detained citizens.
{after}
SECRET
"""


def test_a_mark_alone_on_its_line_marks_the_item_under_it():
    doc = read(_POINTS.format(after=f"\n(S)\n- Tell him the {_SECRET_LINE}.\n\n(U)\n- Invite him to Washington.\n"))
    _reads(doc, ["Thank Oman for facilitating", "Invite him to Washington"], [_SECRET_LINE])


@pytest.mark.parametrize("after", ["- Tell him the {s}.\n", "\n(U)\n- (S) Tell him the {s}.\n",
                                   "\nIn the call:\n(U)\n- Tell him the {s}.\n"])
def test_a_mark_alone_marks_no_more_than_the_item_under_it(after):
    doc = read(_POINTS.format(after=after.format(s=_SECRET_LINE)))
    assert not _releasable(doc, _SECRET_LINE)


def test_a_label_and_mark_ending_a_line_head_the_lines_under_it():
    doc = read("CONFIDENTIAL\n\nMEMORANDUM OF CONVERSATION\n\nPARTICIPANTS:  (U)\n"
               "United States: Deputy Secretary; Ambassador; notetaker\nIndonesia: Foreign Minister; Ambassador\n\n"
               f"(C) The minister said the {_SECRET_LINE}.\n\nThe Deputy Secretary said {_SECRET_LINE} too.\n\n"
               "CONFIDENTIAL\n")
    _reads(doc, ["United States: Deputy Secretary", "Indonesia: Foreign Minister"], [_SECRET_LINE + " too"])


# -- a mark underlined with combining low lines ----------------------------------------------------

def _combined(mark: str, sign: str) -> str:
    return "".join(c + sign if c.isalpha() or c == "/" else c for c in mark)


def test_an_underlined_mark_is_the_mark():
    text = (f"{_combined('SECRET//NOFORN', chr(0x332))}\n\n1. {_combined('(U)', chr(0x332))} The exercise was held in "
            f"September.\n\n2. {_combined('(S//NF)', chr(0x332))} The {_SECRET_LINE}.\n\n"
            f"{_combined('SECRET//NOFORN', chr(0x332))}\n")
    _reads(read(text), ["The exercise was held in"], [_SECRET_LINE])


@pytest.mark.parametrize("sign", ["\u0336", "\u0338", "\u0335"])  # struck through, slashed: not formatting
def test_a_struck_mark_stays_doubtful(sign):
    text = f"SECRET\n\n1. {_combined('(U)', sign)} The {_SECRET_LINE}.\n\nSECRET\n"
    assert not _releasable(read(text), _SECRET_LINE)


def test_a_look_alike_letter_under_an_underline_stays_doubtful():
    text = f"SECRET\n\n1. (\u0421\u0332) The {_SECRET_LINE}.\n\nSECRET\n"  # Cyrillic Es
    doc = read(text)
    assert not _releasable(doc, _SECRET_LINE) and _mark(doc, _SECRET_LINE) is None


# -- a mark glued to a sub-paragraph letter after the paragraph number ------------------------------

_FRAGO = """CONFIDENTIAL//REL TO USA, NATO

FRAGO 09 TO OPORD 09-004
SUBJ: (U) ADJUSTMENT OF CHECKPOINT HOURS

1.(U) SITUATION. NO CHANGE.
3. EXECUTION.
3.A.{a} CHECKPOINT 2 REMAINS OPEN DURING DAYLIGHT FOR MARKET TRAFFIC.
3.B.{b} THE {secret}.
4.(U) SUSTAINMENT. NO CHANGE.

CONFIDENTIAL//REL TO USA, NATO
"""


def test_a_mark_glued_to_a_sub_paragraph_letter():
    doc = read(_FRAGO.format(a="(U)", b="(C//REL TO USA, NATO)", secret=_SECRET_LINE.upper()))
    _reads(doc, ["CHECKPOINT 2 REMAINS OPEN"], [_SECRET_LINE.upper()])


@pytest.mark.parametrize("b", ["", "(U)(C)", "(U) (C)", "(5BU)"])
def test_a_sub_paragraph_letter_never_lowers(b):
    doc = read(_FRAGO.format(a="(U)", b=b, secret=_SECRET_LINE.upper()))
    assert not _releasable(doc, _SECRET_LINE.upper())


# -- a bilingual banner: a level and its translation -----------------------------------------------

_BILINGUAL = """{banner}

Embassy of Canada / Ambassade du Canada

Canada is pleased to confirm the dates of the annual board, which will meet in Halifax.

{banner}
"""


def test_a_bilingual_banner_that_says_the_same_twice_is_read():
    doc = read(_BILINGUAL.format(banner="UNCLASSIFIED / NON CLASSIFIÉ"))
    _reads(doc, ["Canada is pleased to confirm"], [])


@pytest.mark.parametrize("banner", ["UNCLASSIFIED / SECRET", "SECRET / NON CLASSIFIÉ", "UNCLASSIFIED / CONFIDENTIEL",
                                    "UNCLASSIFIED / NON CLASSIFIÉ / SECRET"])
def test_a_bilingual_banner_whose_halves_differ_is_not_read(banner):
    doc = read(_BILINGUAL.format(banner=banner))
    assert not _releasable(doc, "Canada is pleased to confirm")


# -- an action item's number and owner; a comment's author and time --------------------------------

def test_an_action_items_mark_after_its_number_and_owner():
    text = ("SECRET\nMINUTES - WORKING GROUP\n\nAction items:\nAI-1  EB/TFS (U): circulate the revised timeline.\n"
            "AI-2  NSC: confirm with the Principals whether the family is included.\n"
            f"AI-3  OFAC (S): {_SECRET_LINE}.\nAI-4  EB (U) (S): {_SECRET_LINE} again.\nSECRET\n")
    _reads(read(text), ["circulate the revised timeline"],
           ["confirm with the Principals", f"OFAC (S): {_SECRET_LINE}", f"{_SECRET_LINE} again"])


def test_a_comments_mark_after_its_author_and_time():
    text = ("SECRET//NOFORN\n[OPS-4471] Update target folder\n\nComments:\n"
            "j.analyst - 2022-09-02 10:14 - (U) Attached the road survey from the engineering unit.\n"
            "m.planner - 2022-09-03 08:05 - Also add the second entrance behind the fuel depot.\n"
            f"m.planner - 2022-09-02 11:40 - (U) (S//NF) The {_SECRET_LINE}.\n"
            "j.analyst - 2022-09-04 09:00 - (U) Done, thanks.\nSECRET//NOFORN\n")
    _reads(read(text), ["Attached the road survey", "Done, thanks"], ["Also add the second entrance", _SECRET_LINE])


def test_a_line_with_a_trailing_mark_that_goes_on_with_an_open_sentence_keeps_the_level_above():
    # reported by the overred round, fixed by the lead: `... east of the` / `river tonight. The weather
    # is fine. (U)` split off as a (U) portion of its own released the end of a SECRET sentence
    for first in ("(S) The battalion will cross the bridge east of the", "The battalion will cross the bridge east of the"):
        text = f"SECRET\n\nMEMORANDUM FOR THE RECORD\n\n{first}\nriver tonight. The weather is fine. (U)\n\nSECRET\n"
        out = sbu_redact.Pipeline().redact(text, levels=["usg"])["usg"].text
        assert "river tonight" not in out, first
