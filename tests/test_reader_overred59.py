"""Over-redaction, fourth round (sbu_redact/reader/messages.py): the messages of an e-mail chain
under their own classification lines. Each message's unmarked text takes its own line (raised by
what is inside it, and by what no message holds), not the highest line of the file: the unmarked
reply over a SECRET message it quotes, the quoted UNCLASSIFIED question under a CONFIDENTIAL
answer. On documents written for this test: what is now released, and what must stay withheld."""
import pytest

import sbu_redact
from released import assert_withheld, versions

QUESTION = "could you send me the delegation list for the hotel block by noon"
REPLY = "Thanks, I will add the item to the Thursday agenda and book the room"
SECRET = "The minister told us privately that the army will move two brigades to the border"
SECRET2 = "Our source in the delegation says the envoy cannot agree to a phased sequence"


def released(text: str, *phrases: str) -> None:
    usg = versions(text)["usg"]
    for phrase in phrases:
        assert phrase in usg, phrase


def classnet(top: str = "CONFIDENTIAL", older: str = "UNCLASSIFIED", top_text: str = f"(C) {SECRET}.",
             older_text: str = f"Dana, {QUESTION}?", older_footer: bool = True, extra: str = "") -> str:
    """A ClassNet reply over the message it answers; the file ends with the reply's footer."""
    return (f"From: Haskell, Dana\nSent: Thursday, June 17, 2021 4:48 PM\nTo: Ruiz, Marco\nSubject: RE: list\n\n"
            f"Classification: {top}\n\n{top_text}\n\nDana\n{extra}\n-----Original Message-----\n"
            f"From: Ruiz, Marco\nSent: Thursday, June 17, 2021 9:31 AM\nTo: Haskell, Dana\nSubject: list\n\n"
            f"Classification: {older}\n\n{older_text}\n\nThanks, Marco\n\n"
            + (f"Classification: {older}\n\n" if older_footer else "") + f"Classification: {top}\n")


def reply_over(quoted_level: str = "SECRET", reply_level: str = "UNCLASSIFIED", reply_text: str = REPLY,
               quoted_text: str = f"{SECRET}.") -> str:
    """An unmarked reply under its own line over the message it quotes (each under its own line)."""
    return (f"From: Tolliver, Gerald\nSent: Friday, June 7, 2019 5:55 PM\nTo: Asquith, Lena\nSubject: RE: para\n"
            f"Classification: {reply_level}\n\n{reply_text}.\n\nG.\n\n-----Original Message-----\n"
            f"From: Asquith, Lena\nSent: Friday, June 7, 2019 4:31 PM\nTo: Tolliver, Gerald\nSubject: para\n"
            f"Classification: {quoted_level}\n\n{quoted_text}\n\nLena\n\nClassification: {quoted_level}\n")


# --- what is now released ---

def test_the_quoted_unclassified_question_takes_its_own_line():
    text = classnet()
    released(text, QUESTION)
    assert_withheld(text, SECRET)
    doc = sbu_redact.read(text)
    assert doc.classification is not None and doc.classification.level == "CONFIDENTIAL"
    assert any(p.code == "PART_BANNER" for p in doc.problems)


def test_the_quoted_question_under_an_authority_block_of_the_reply():
    text = classnet(extra="\nClassified By: Dana Haskell, ISN/RA, Reason: 1.4(d)\nDeclassify On: 06/17/2031\n")
    released(text, QUESTION)
    assert_withheld(text, SECRET)


def test_the_unmarked_reply_over_a_secret_message_takes_its_own_line():
    text = reply_over()
    released(text, REPLY)
    assert_withheld(text, SECRET)


def test_a_quoted_chain_with_prefixes_under_its_own_banners():
    text = (f"UNCLASSIFIED\nFrom: Brandt, Olivia\nTo: Nakamura, Leo\nSubject: RE: shipment\n\n{REPLY}.\nOlivia\n\n"
            f"UNCLASSIFIED\n\n> SECRET//NOFORN\n> From: Nakamura, Leo\n> Subject: shipment\n>\n> {SECRET}.\n>\n"
            f"> SECRET//NOFORN\n")
    released(text, REPLY)
    assert_withheld(text, SECRET, ("usg", "partner", "public"))


def test_an_mbox_of_messages_each_under_its_own_banner():
    text = ("From a@state.gov Mon Jun  3 10:02:11 2019\nFrom: Dana <a@state.gov>\nTo: Lee <b@state.gov>\n"
            f"Date: Mon, 3 Jun 2019 10:02:11 -0400\nSubject: room\n\nUNCLASSIFIED\n\n{REPLY}.\n\n"
            "From b@state.gov Mon Jun  3 11:40:09 2019\nFrom: Lee <b@state.gov>\nTo: Dana <a@state.gov>\n"
            f"Date: Mon, 3 Jun 2019 11:40:09 -0400\nSubject: RE: room\n\nSECRET\n\n{SECRET}.\n")
    released(text, REPLY)
    assert_withheld(text, SECRET)


# --- what stays withheld ---

@pytest.mark.parametrize("older_text", [
    f"Dana, {QUESTION}? (C) {SECRET2}.",  # a higher mark inside the message
    f"Dana, {QUESTION}? The next paragraph is classified CONFIDENTIAL.\n\n{SECRET2}.",  # a level in words in it
])
def test_a_message_that_holds_something_higher_keeps_it(older_text):
    text = classnet(older_text=older_text)
    assert_withheld(text, SECRET2)


def test_an_unclassified_message_with_an_authority_block_keeps_the_files_level():
    text = classnet(older_text=f"Dana, {QUESTION}?\n\nClassified By: Marco Ruiz, ISN/RA, Reason: 1.4(d)")
    assert_withheld(text, QUESTION)


def test_answers_written_between_the_quoted_lines_keep_the_files_level():
    text = (f"From: Haskell, Dana\nSent: Thursday\nTo: Ruiz, Marco\nSubject: RE: list\nClassification: SECRET\n\n"
            f"Marco, answers below.\n\n> From: Ruiz, Marco\n> Sent: Thursday\n> Subject: list\n"
            f"> Classification: UNCLASSIFIED\n>\n> Where does the envoy stand?\n{SECRET2}.\n> {QUESTION}?\n"
            f"Yes.\n\nClassification: SECRET\n")
    assert_withheld(text, SECRET2)


def test_answers_said_to_be_inline_keep_the_files_level():
    text = reply_over(quoted_level="UNCLASSIFIED", reply_level="SECRET", reply_text="Lena, my answers are inline",
                      quoted_text=f"Where does the envoy stand?\n{SECRET2}.")
    assert_withheld(text, SECRET2)


def test_the_same_words_in_a_lower_message_take_the_higher():
    text = reply_over(reply_text=f"Lena wrote that {SECRET[0].lower()}{SECRET[1:]}")
    assert_withheld(text, SECRET)


def test_a_statement_in_the_reply_still_raises_the_quoted_message():
    text = reply_over(quoted_level="UNCLASSIFIED", reply_level="SECRET",
                      reply_text="Your message below should have been marked SECRET, I have re-marked it",
                      quoted_text=f"{SECRET2}.")
    assert_withheld(text, SECRET2)


def test_a_level_in_words_in_another_message_reaches_every_message():
    """A thread raised in words in the newest message (a harness leak of a first version that kept
    such evidence to the message holding it: adv46-017, adv48-002)."""
    text = classnet(top_text=f"(C) {SECRET}.\n\nAll -- bumping this whole thread up to secret; the numbers below "
                             "came from a liaison report.", older_text=f"The liaison figure is that {SECRET2}.")
    assert_withheld(text, SECRET2)


def test_evidence_in_no_message_reaches_every_message():
    text = "NOTE: THE MESSAGES BELOW CONTAIN SECRET INFORMATION THROUGHOUT.\n\n" + reply_over()
    assert_withheld(text, REPLY)


def test_one_message_under_its_line_and_one_without_keeps_the_unmarked_one_high():
    text = (f"From: Tolliver, Gerald\nSent: Friday\nTo: Asquith, Lena\nSubject: RE: para\n\n{SECRET2}.\n\n"
            f"-----Original Message-----\nFrom: Asquith, Lena\nSent: Friday\nTo: Tolliver, Gerald\nSubject: para\n"
            f"Classification: SECRET\n\n{SECRET}.\n\nClassification: UNCLASSIFIED\n")
    assert_withheld(text, SECRET2)
    assert_withheld(text, SECRET)


# --- tearlines (sbu_redact/reader/tearlines.py) ---

PRESS = "Construction work continues at the airfield according to the local press"


def report(opens: str = "TEARLINE -- UNCLASSIFIED", below: str = f"3. {PRESS}.", ends: str = "END TEARLINE",
           after: str = "") -> str:
    return (f"SECRET\nSUBJECT: (S) AIRFIELD\n\n1. (S) {SECRET}.\n\n{opens}\n{below}\n{ends}\n{after}\nSECRET\n")


@pytest.mark.parametrize(("opens", "ends"), [
    ("TEARLINE -- UNCLASSIFIED", "END TEARLINE"),
    ("=== TEARLINE: UNCLASSIFIED ===", "=== END TEARLINE ==="),
    ("-----BEGIN TEARLINE (UNCLASSIFIED)-----", "-----END TEARLINE-----"),
    ("TEARLINE: UNCLASSIFIED", "TEARLINE"),
])
def test_the_text_of_a_tearline_takes_its_stated_level(opens, ends):
    text = report(opens, ends=ends)
    released(text, PRESS)
    assert_withheld(text, SECRET)


@pytest.mark.parametrize("text", [
    report("TEARLINE"),  # no level stated
    report("TEARLINE - THE FOLLOWING IS UNCLASSIFIED:"),  # a sentence, not a level
    report(ends=""),  # no end line
    report(below=f"3. {PRESS}.\n(S) {SECRET2}.\n4. The mayor opened the new terminal."),  # a higher mark inside
    report(below=f"3. {PRESS}. The next paragraph is classified SECRET.\n{SECRET2}."),  # a level in words inside
])
def test_a_tearline_that_is_not_certain_lowers_nothing(text):
    phrase = PRESS if SECRET2 not in text else SECRET2
    assert_withheld(text, phrase)


def test_text_after_the_end_of_a_tearline_keeps_the_reports_level():
    text = report(after=f"4. {SECRET2}.")
    released(text, PRESS)
    assert_withheld(text, SECRET2)
