"""Lead, session 39: fixes the lead made to this session's merge (issue 8).

Round 162's trap 072 (an UNCLASSIFIED export whose fields are parted by U+001F and records by U+001D) released its one
`(SBU)` note at public: the view dropped the UNIT SEPARATOR as an invisible control, so `S<US>(SBU) Student's home
address` read as `S(SBU) Student's`, a mark inside a word. A unit separator parts fields as a tab does: the view reads
it as a tab, so a mark after it opens its field. First run (main `2168ede`): the SBU note and the SECRET field below
were released at public (the case below, written by the lead after the round's first run, also at usg for the SECRET).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

US, GS, RS = "\x1f", "\x1d", "\x1e"


def _export(records: list[list[str]], record_end: str) -> str:
    return ("UNCLASSIFIED\n# case export: id, office, status, note\n"
            + "".join(US.join(fields) + record_end for fields in records) + "UNCLASSIFIED\n")


RECORDS = [
    ["TK-1101", "CONS", "open", "(U) Visa appointment moved to Thursday at the consular section window."],
    ["TK-1102", "RSO", "closed", "(SBU) The applicant's home address is on file with the regional security office."],
    ["TK-1103", "POL", "open", "(S) The minister's aide is passing the coalition's draft budget to our station."],
    ["TK-1104", "GSO", "open", "(U) Replacement generator for the annex arrives on the next shipment."],
]


def test_unit_separated_fields_with_record_separators_withhold_their_marked_notes() -> None:
    text = _export(RECORDS, GS + "\n")
    assert_withheld(text, "home address is on file with the regional security office", ("public",))
    assert_withheld(text, "passing the coalition's draft budget to our station", ("usg", "partner", "public"))
    assert_released(text, "Visa appointment moved to Thursday at the consular section window.")
    assert_released(text, "Replacement generator for the annex arrives on the next shipment.")


def test_unit_separated_fields_on_one_line_per_record_separator() -> None:
    # no LF at all: records parted only by RECORD SEPARATORs, fields by UNIT SEPARATORs
    text = _export(RECORDS, RS)
    assert_withheld(text, "home address is on file with the regional security office", ("public",))
    assert_withheld(text, "passing the coalition's draft budget to our station", ("usg", "partner", "public"))


# review39m (38 documents against fixlang39): fixlang38's five added Swedish read-language words (`eller`, `inga`,
# `inget`, `detta`, `också`) made short Danish, Norwegian and Swedish sharing notes read as Swedish; no Swedish level
# word matched ("no Brits", "only Americans", "not to the press"), so the paragraph kept its (U). Main `2168ede` could
# not read them and withheld. First run: each leaked on the merged fixlang39 at partner and public (23 documents); the
# five words are out of the list now (review39m: 0 new, 3 old, 4 fixed).
SHARING_NOTES = [
    ("UNCLASSIFIED\n(U) Erik Sandberg is giving us the names of the Russian diplomats.\n(U) Next meeting in January.\n"
     "Inga britter eller andra utlänningar.\n", "is giving us the names of the Russian diplomats", ("partner", "public")),
    ("UNCLASSIFIED\n(U) Per Lund is passing us the names of the Chinese students.\n(U) Next round on 3 December.\n"
     "Inget herfra til britene eller andre.\n", "is passing us the names of the Chinese students", ("partner", "public")),
    ("UNCLASSIFIED\n(U) Colonel Berg shared the positions of the Russian submarines.\n(U) Logistics went smoothly.\n"
     "Detta också bara amerikaner.\n", "shared the positions of the Russian submarines", ("partner", "public")),
    ("UNCLASSIFIED\nMEMO to all staff, Embassy Oslo\n\n(U) The embassy closes early on 24 December.\n"
     "(U) The garage gate code is 7719 until the new readers are fitted in January.\n(U) Happy holidays.\n\n"
     "Ikke ett ord herfra til pressen eller andre.\n", "The garage gate code is 7719", ("public",)),
]



@pytest.mark.parametrize("text,phrase,levels", SHARING_NOTES, ids=["sv", "nb", "sv_detta", "nb_press"])
def test_short_scandinavian_sharing_note_is_not_read_as_swedish(text: str, phrase: str, levels: tuple[str, ...]) -> None:
    assert_withheld(text, phrase, levels)


# review39a (41 documents against open39a's merge): open39a read a spelled-out run's last item to its sentence's end,
# so `(C) THE MINISTER WILL RESIGN, per ROOK.` was no longer "in capitals" (lower-case words after the comma) and its
# verbs (`WILL`) were not matched in capitals: a short item, read as list item C, under the run's (U). Main `2168ede`
# read the item to its first clause break, in capitals, and withheld. First run: each leaked on the merged lead
# `48670cc9` at usg, partner and public (13 documents); the item's head, to its first clause break, is read as main did.
CAPITALS_HEADS = [
    ("UNCLASSIFIED\n\n1. (U) Post will cover (A) travel, (B) lodging, and (C) THE MINISTER WILL RESIGN, per ROOK.\n\n"
     "UNCLASSIFIED\n", "THE MINISTER WILL RESIGN"),
    ("SECRET\n\n1. (U) The convoy needs (A) fuel, (B) water, and (C) GOVERNOR IS OURS\nsince March.\n\nSECRET\n",
     "GOVERNOR IS OURS"),
    ("SECRET\n\n(U) The team needs (A) vehicles, (B) radios, and (C) TIGERLILY REPORTING: colonel defects Friday.\n\n"
     "SECRET\n", "colonel defects Friday"),
]


@pytest.mark.parametrize("text,phrase", CAPITALS_HEADS, ids=["comma", "line_end", "colon"])
def test_run_item_in_capitals_to_its_first_break_is_a_mark(text: str, phrase: str) -> None:
    assert_withheld(text, phrase, ("usg", "partner", "public"))


# review39c (42 documents against open39c's merge), review39d (65 against open39d's), review39f (96 against fix161's):
# new leaks in the merge, each released at the levels given on the merged lead `48670cc9` and withheld on main
# `2168ede` (first run): a paragraph table whose first body line holds the table's delimiter was read as going on
# past it, so its rows named paragraphs one too far down (the rows now count from both places); a Mermaid block
# closed by a longer fence or opened `Mermaid` had its (U) labels read (reading a label releases it: only the
# exact fence and `mermaid`, as main read them); a footer with a state word or `-- 1 --` read as an UNCLASSIFIED
# page banner over the unmarked note above it (a state word only lets a classified banner through; `-- N --`
# is no page number again); a spelled-out `U-N-C-L-A-S-S-I-F-I-E-D` read as a banner (spelled, only raising words).
MERGE_REVIEWS = [
    ('c_d25_para_table_comma',
     'UNCLASSIFIED\nPara,Class\n1,U\n2,SECRET\n(U) The delegation arrived Monday, on schedule.\n(U) The minister said he will resign in May.\n(U) Press guidance will follow.\nUNCLASSIFIED\n',
     'will resign in May', ('usg', 'partner', 'public')),
    ('c_d42_para_table_semicolon',
     'UNCLASSIFIED\nPara;Class\n1;U\n2;SECRET//NOFORN\n(U) The delegation arrived Monday; talks opened.\n(U) The minister said he will resign in May.\n(U) Press guidance will follow.\nUNCLASSIFIED\n',
     'will resign in May', ('usg', 'partner', 'public')),
    ('d36_mermaid_longer_close',
     'SECRET//NOFORN\n\nTasking flow:\n\n```mermaid\ngraph TD\n  T1["(U) partner unit at Vaziani installs the tap"] --> T2["(U) summary"]\n````\n',
     'partner unit at Vaziani installs the tap', ('partner', 'public')),
    ('d37_Mermaid_capital',
     'SECRET//NOFORN\n\nTasking flow (rendered with mermaid-cli):\n\n```Mermaid\ngraph TD\n  T1["(U) partner unit at Vaziani installs the tap"] --> T2["(U) summary"]\n```\n',
     'partner unit at Vaziani installs the tap', ('partner', 'public')),
    ('f_m01_footer_draft',
     'Notes for the DAS, do not confirm to press: Doha paid the militia commanders 20 million dollars.\n\n=== attached press points ===\nThe Department welcomes the ceasefire.\n- 1 -     UNCLASSIFIED     DRAFT\n',
     'Doha paid the militia commanders 20 million dollars', ('partner', 'public')),
    ('f_m02_footer_dashdash',
     'Notes for the DAS, do not confirm to press: Doha paid the militia commanders 20 million dollars.\n\n=== attached press points ===\nThe Department welcomes the ceasefire.\n-- 1 --     UNCLASSIFIED\n',
     'Doha paid the militia commanders 20 million dollars', ('partner', 'public')),
    ('f_m03_spelled_unclassified',
     "Off the record: the Governor wants the aid convoy routed through his cousin's firm in Kano.\n\n> Classification: U-N-C-L-A-S-S-I-F-I-E-D\n> The visit is confirmed for Thursday.\n",
     'the Governor wants the aid convoy routed', ('partner', 'public')),
]


@pytest.mark.parametrize("name,text,phrase,levels", MERGE_REVIEWS, ids=[c[0] for c in MERGE_REVIEWS])
def test_merge_review_leaks_stay_withheld(name: str, text: str, phrase: str, levels: tuple[str, ...]) -> None:
    assert_withheld(text, phrase, levels)


# review39z (89 documents against the final candidate `a8a9b64f`): fix161 read a reviewer's comment as a transcribed
# note, which raised only its own line when the paragraph it names is not found; main raised every portion it could
# mean. First run: released at usg, partner and public on `a8a9b64f` (9 documents), withheld on main `2168ede`.
REVIEWER_COMMENT = 'From: Hale, Lena\nSubject: draft for clearance\nClassification: CONFIDENTIAL\n\n[Reviewer KM: paragraph 4 should be (C) - MOD readout]\n\n(U) Lena - thanks for the notes.\n\n(U) The minister will replace the army chief after the NATO summit.\n'


def test_a_reviewers_comment_naming_a_paragraph_not_found_raises_every_portion_it_could_mean() -> None:
    assert_withheld(REVIEWER_COMMENT, "replace the army chief", ("usg", "partner", "public"))


# review39z c01 (an old leak of the merge, left at landing, mended in the last read): a sed correction under a message
# wrapped over two chat lines raised only the wrapped line, the portion just above it; the first line, which carries the
# (U) it replaces, stayed (U). First run: released at usg, partner and public on `a7ec33c` (and on main `2168ede`).
SED_UNDER_WRAPPED_MESSAGE = ("SECRET//NOFORN\n[09:41] j.harlan: (U) the convoy brief moved to 1300 with\n"
                             "[09:42] j.harlan: the two Kandahar sources in vehicle three\n"
                             "[09:42] j.harlan: s/(U)/(S\\/\\/NF)/\n")


def test_a_sed_correction_under_a_wrapped_message_raises_the_line_with_the_mark() -> None:
    assert_withheld(SED_UNDER_WRAPPED_MESSAGE, "convoy brief moved to 1300", ("usg", "partner", "public"))
