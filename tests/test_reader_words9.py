"""Readings found by the round-9 adversarial corpus (issue 8): a foreign government's
classification stamp in its own script (Russian, Chinese, Turkish) governs the text after it,
a lower U.S. mark on a translation included; UK `OFFICIAL-SENSITIVE` is a handling marking
(withheld at public, never taken for a name)."""
from __future__ import annotations

import pytest

import sbu_redact
from conftest import marking_of


def _pasted(stamp: str, original: str = "Original text of the letter.", mark: str = "(U)") -> str:
    return ("Classification: UNCLASSIFIED\n\nFrom: Post\nTo: Desk\nSubject: A letter\n\n"
            "(U) A contact handed over the letter below.\n\n"
            f"{stamp}\n{original}\n\n{mark} Translation:\nThe army will move two battalions.\n\n"
            "Classification: UNCLASSIFIED\n")


@pytest.mark.parametrize("stamp, level", [
    ("СЕКРЕТНО", "S"), ("Секретно", "S"), ("СЕКРЕТНО\nЭкз. № 2", "S"), ("СОВЕРШЕННО СЕКРЕТНО", "TS"),
    ("机密★10年", "S"), ("绝密★", "TS"), ("秘密 ★ 5年", "C"), ("密级：机密", "S"),
    ("GİZLİ", "S"), ("GIZLI", "S"), ("ÇOK GİZLİ", "TS"), ("HİZMETE ÖZEL", "C"),
    # round 10: Polish, Japanese, Korean, Arabic
    ("TAJNE", "S"), ("Tajne", "S"), ("TAJNE\nEgz. nr 1", "S"), ("ŚCIŚLE TAJNE", "TS"), ("SCISLE TAJNE", "TS"),
    ("POUFNE", "C"), ("ZASTRZEŻONE", "C"),
    ("極秘", "S"), ("【極秘】", "S"), ("機密", "TS"), ("【秘】", "C"),
    ("Ⅱ급비밀", "S"), ("II급 비밀", "S"), ("2급비밀", "S"), ("Ⅰ급비밀", "TS"), ("Ⅲ급비밀", "C"), ("대외비", "C"),
    ("سري للغاية", "TS"), ("سري جدا", "TS"), ("سري", "S"), ("درجة السرية: سري", "S"), ("محدود", "C"),
    # round 11: the other NATO and EU languages, Ukrainian, Hebrew, Vietnamese
    ("Διαβάθμιση: ΑΠΟΡΡΗΤΟ", "S"), ("ΑΚΡΩΣ ΑΠΟΡΡΗΤΟ", "TS"), ("ΕΜΠΙΣΤΕΥΤΙΚΟ", "C"), ("Απόρρητο", "S"),
    ("Minősítési szint: TITKOS!", "S"), ("SZIGORÚAN TITKOS!", "TS"), ("BIZALMAS!", "C"), ("Titkos!", "S"),
    ("HEMLIG enl. 15 kap. 2 § OSL", "S"), ("KVALIFICERAT HEMLIG", "TS"), ("BEGRÄNSAT HEMLIG", "C"),
    ("HEMMELIGT", "S"), ("STRENGT HEMMELIG", "TS"), ("FORTROLIGT", "C"), ("KONFIDENSIELT", "C"),
    ("Stupeň utajení: DŮVĚRNÉ", "C"), ("TAJNÉ", "S"), ("PŘÍSNĚ TAJNÉ", "TS"), ("Stupeň utajenia: DÔVERNÉ", "C"),
    ("SALAINEN (TL II)", "S"), ("ERITTÄIN SALAINEN", "TS"), ("Luottamuksellinen", "C"), ("SALAJANE", "S"),
    ("SLAPTAI", "S"), ("SEVIŠĶI SLEPENI", "TS"), ("STROGO TAJNO", "TS"), ("POVJERLJIVO", "C"),
    ("ZEER GEHEIM", "TS"), ("VERTROUWELIJK", "C"), ("SEGRETISSIMO", "TS"), ("MUITO SECRETO", "TS"),
    ("TRÈS SECRET", "TS"), ("TRÚNAÐARMÁL", "C"),
    ("ЦІЛКОМ ТАЄМНО", "TS"), ("Таємно", "S"), ("з грифом «Цілком таємно»:", "TS"), ("с грифом «Секретно»:", "S"),
    ("СТРОГО СЕКРЕТНО", "TS"), ("ПОВЕРИТЕЛНО", "C"), ("ДРЖАВНА ТАЈНА", "TS"),
    ("סודי ביותר", "TS"), ("סודי", "S"), ("סיווג: שמור", "C"),
    ("TỐI MẬT", "S"), ("TUYỆT MẬT", "TS"), ("Độ mật: MẬT", "C"), ("Tối mật", "S"),
])
def test_a_foreign_stamp_raises_the_original_and_the_lower_marked_translation(stamp, level):
    doc = sbu_redact.read(_pasted(stamp))
    assert marking_of(doc, "The army will move").startswith(f"({level}")
    assert marking_of(doc, "Original text of").startswith(f"({level}")
    # the U.S. author's own text before the stamp keeps its mark, and the header its marking
    assert marking_of(doc, "A contact handed over") == "(U)"


@pytest.mark.parametrize("prose", [
    "Он секретно передал письмо в посольство.",            # secretly, in a sentence
    "Секретно сообщаем, что встреча перенесена.",         # the word opening a sentence
    "这是商业机密，不得外传。",                              # a trade secret, no star
    "Bu bilgi gizli tutulmalıdır.",                       # "should be kept secret"
    "Gizli bir toplantı yapıldı.",
    # round 11
    "Valet sker med hemlig omröstning i nämnden.",         # Swedish: a secret ballot
    "Hemlig omröstning begärdes av två ledamöter.",        # ... opening a sentence
    "Το τραπεζικό απόρρητο καταργήθηκε πέρυσι.",          # Greek: bank secrecy
    "A titkos szavazás eredménye holnap derül ki.",       # Hungarian: a secret ballot
    "Jde o důvěrné informace ministerstva.",              # Czech: confidential information
    "Salainen äänestys pidettiin eilen.",                 # Finnish: a secret ballot, sentence case
    "Mødet blev holdt fortroligt med ministeren.",        # Danish: held in confidence
    "Штаб планує таємно відвести бригаду.",               # Ukrainian: secretly, in a sentence
    "לדבריו המידע סודי ביותר ואין לפרסמו.",                # Hebrew: in a sentence
    "Đây là bí mật quốc gia, theo lời ông.",              # Vietnamese: "a state secret"
    "Cuộc họp tối mật đã diễn ra hôm qua.",               # Vietnamese: the words in a sentence
    "Jean DUVERNE signed for the contractor.",            # a surname, not DŮVĚRNÉ
    "The MAT team and the TOI MATRIX vendor met.",        # English capitals
])
def test_the_words_in_prose_are_no_stamp(prose):
    doc = sbu_redact.read(_pasted("Письмо:", original=prose))
    assert marking_of(doc, "The army will move") == "(U)"


def test_a_foreign_stamp_is_vocabulary_folded_as_the_view_folds_text():
    """The rules write СЕКРЕТНО in Cyrillic; the view folds its look-alike letters to Latin, and
    the pattern is folded the same way on load (a mixed-script copy matches too)."""
    doc = sbu_redact.read(_pasted("CEKPETHO"))  # all Latin look-alikes
    assert marking_of(doc, "The army will move").startswith("(S")


@pytest.mark.parametrize("marking", ["OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE", "OFFICIAL - SENSITIVE"])
def test_uk_official_sensitive_is_for_official_use_not_a_name(marking):
    text = ("Classification: UNCLASSIFIED\n\nFrom: Brennan, Kelly\nSubject: FW: readout\n\n"
            "(U) Forwarding the readout.\n\n-----Original Message-----\nFrom: someone@mod.gov.uk\n\n"
            f"{marking}\n\n1. The navy admitted two boats are laid up.\n\n{marking}\n")
    doc = sbu_redact.read(text)
    assert "FOUO" in marking_of(doc, "The navy admitted")
    assert marking_of(doc, "Forwarding the readout") == "(U)"
    assert not any(f.name == "signature" for f in doc.fields)


def test_official_without_sensitive_is_no_marking():
    doc = sbu_redact.read("UNCLASSIFIED\n\n(U) The official sensitivity review ended.\n\nOFFICIAL\n\n"
                          "Unmarked text.\n\nUNCLASSIFIED\n")
    assert marking_of(doc, "Unmarked text") in ("(U)", None)


def _between_sbu(line: str) -> str:
    return f"UNCLASSIFIED//SBU\n\n(SBU) First paragraph here.\n\n{line}\n\n(SBU) Last one.\n\nUNCLASSIFIED//SBU\n"


@pytest.mark.parametrize("line, mark", [("© The leader told us the army will move.", "(C)"),
                                        ("©\tHe said the chief warned the president.", "(C)"),
                                        ("® The liaison said the talks failed.", "(R)")])
def test_an_autocorrected_mark_at_a_portion_start_is_read(line, mark):
    text = _between_sbu(line)
    assert marking_of(sbu_redact.read(text), line[2:12]) == mark


@pytest.mark.parametrize("line", ["© 2024 Reuters. All rights reserved.", "© Reuters 2024", "© Thomson Reuters",
                                  "Copyright © 2024 The Times", "© The Associated Press. All rights reserved.",
                                  "© Crown copyright 2023",
                                  "® Microsoft Word is a registered trademark of Microsoft Corporation."])
def test_a_copyright_or_trademark_notice_is_no_mark(line):
    text = _between_sbu(line)
    doc = sbu_redact.read(text)
    assert marking_of(doc, line) == "(SBU)"
    assert marking_of(doc, "Last one") == "(SBU)"


_NOTES = ("Classification: UNCLASSIFIED\n\nFrom: Vasquez, Elena\nTo: WHA-AND\nSubject: notes\n\n"
          "The minister said the army will suspend the program.\n\nElena Vasquez\nPolitical Officer\n")


@pytest.mark.parametrize("block", ["Derivative classifier: E. Vasquez, POL", "Classified from: State CG 2024, topic 3",
                                   "Declassify: 20361201", "Overall: CONFIDENTIAL"])
def test_authority_labels_in_a_signature_block_are_evidence(block):
    doc = sbu_redact.read(_NOTES + block + "\n")
    assert marking_of(doc, "The minister said") in ("doubtful", "(C)")


@pytest.mark.parametrize("line", ["Derivative classifier training is required for the position.",
                                  "Overall: the talks went well.", "Classified from the start as a pilot, it grew."])
def test_the_label_words_in_prose_are_no_authority(line):
    doc = sbu_redact.read(_NOTES + line + "\n")
    assert marking_of(doc, "The minister said") == "(U)"


def _fouo(sentence: str) -> str:
    return (f"Classification: UNCLASSIFIED//FOUO\n\nSubject: update\n\n(U//FOUO) {sentence}\n\n"
            "(U//FOUO) The network moves money through two dealers.\n\n(U) A summary follows.\n\n"
            "Classification: UNCLASSIFIED//FOUO\n")


@pytest.mark.parametrize("sentence, partner_in, partner_out", [
    ("This may be shared with the Five Eyes partners with the exception of the United Kingdom.", "USA", "GBR"),
    ("This information is releasable to AUS, CAN, GBR and NZL except GBR.", "AUS", "GBR"),
    ("It may be shared with Canada and Australia but not the United Kingdom.", "CAN", "GBR"),
])
def test_releasability_with_an_exception_leaves_the_country_out(sentence, partner_in, partner_out):
    doc = sbu_redact.read(_fouo(sentence))
    mark = marking_of(doc, "The network moves")
    assert partner_out not in mark and ("NF" in mark or partner_in in mark)
    assert marking_of(doc, "A summary follows") == "(U)"


@pytest.mark.parametrize("sentence", ["The report was shared with all embassies except Paris.",
                                      "The draft was passed to the British, except for the annex.",
                                      "Nothing was shared with the press other than the statement."])
def test_an_exception_that_names_no_country_limits_nothing(sentence):
    doc = sbu_redact.read(_fouo(sentence))
    assert marking_of(doc, "The network moves") == "(U//FOUO)"


@pytest.mark.parametrize("caption", ["NOT FOR DISTRIBUTION OUTSIDE USG CHANNELS", "Not for dissemination outside "
                                     "the U.S. Government.", "NOT FOR RELEASE OUTSIDE USG"])
def test_not_for_distribution_outside_usg_is_noforn(caption):
    doc = sbu_redact.read(_fouo("Background first.").replace("Subject: update\n", f"Subject: update\n\n{caption}\n"))
    assert "NF" in marking_of(doc, "The network moves")


def test_distribution_outside_the_office_is_no_noforn():
    doc = sbu_redact.read(_fouo("Not for distribution outside the office."))
    assert marking_of(doc, "The network moves") == "(U//FOUO)"


def test_fedonly_is_a_limited_dissemination_control_withheld_at_partner():
    text = ("CUI//SP-PRVCY//FEDONLY\n\nControlled by: Department of State\nLimited Dissemination Control: FEDONLY\n\n"
            "MEMORANDUM\nSUBJECT: (U) x\n\n(CUI) A travel agent sold letters to applicants.\n\n"
            "(U) A summary follows.\n\nCUI//SP-PRVCY//FEDONLY\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "A travel agent") == "(CUI//FEDONLY)"
    assert marking_of(doc, "A summary follows") == "(U)"
    out = sbu_redact.Pipeline().redact(text, levels=["usg", "partner"], partner="GBR")
    assert "A travel agent" not in out["partner"].text
    assert "A travel agent" in out["usg"].text and "A summary follows" in out["partner"].text


@pytest.mark.parametrize("sentence", ["Applicants must hold an active TOP SECRET/SCI clearance at the time of application.",
                                      "Candidates who hold a SECRET clearance may be considered.",
                                      "The U.S. SECRET SERVICE advance team arrives on January 6.",
                                      "Receipts go to the CONFIDENTIAL FUNDS clerk in the budget office.",
                                      "Only TS/SCI-cleared staff may enter; this note is not about the content."])
def test_a_clearance_or_a_name_in_capitals_is_no_marking(sentence):
    doc = sbu_redact.read(f"UNCLASSIFIED\n\n(U) {sentence}\n\n(U) A summary follows.\n\nUNCLASSIFIED\n")
    assert marking_of(doc, sentence[:20]) == "(U)"


@pytest.mark.parametrize("sentence, mark", [("The dates are SECRET and the source is in the ministry.", "(S)"),
                                            ("The meeting is CONFIDENTIAL per the embassy.", "(C)"),
                                            ("The SECRET//NOFORN annex names the source.", "(S//NF)")])
def test_a_level_in_capitals_in_a_sentence_still_raises(sentence, mark):
    doc = sbu_redact.read(f"UNCLASSIFIED\n\n(U) {sentence}\n\nUNCLASSIFIED\n")
    assert marking_of(doc, sentence[:20]) == mark


def test_icalendar_class_is_a_privacy_flag_not_a_banner():
    text = ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Town hall\nCLASS:CONFIDENTIAL\n"
            "DESCRIPTION:All staff.\nEND:VEVENT\nEND:VCALENDAR\n")
    doc = sbu_redact.read(text)
    assert not any(f.name == "banner" for f in doc.fields)  # a version never rewrites it
    assert doc.classification is None or doc.classification.level != "CONFIDENTIAL"


def test_class_line_outside_a_calendar_is_still_a_classification():
    doc = sbu_redact.read("CLASS:CONFIDENTIAL\n\nThe minister will resign.\n")
    assert marking_of(doc, "The minister") == "(C)"


@pytest.mark.parametrize("bullet", ["Ø", "ü", "q", "v", "n", "l"])
def test_lost_wingdings_bullets_before_a_mark(bullet):
    text = (f"SECRET//NOFORN\n\n1. (U) The team discussed:\n{bullet} (U) The motor pool changes supplier.\n"
            f"{bullet} (S//NF) The minister agreed in private.\n2. (U) Next meeting.\n\nSECRET//NOFORN\n")
    doc = sbu_redact.read(text)
    assert marking_of(doc, "The motor pool") == "(U)"
    assert marking_of(doc, "The minister agreed") == "(S//NF)"


_SQL = ("-- dump\nCREATE TABLE `r` (\n  `id` int NOT NULL,\n  `class` varchar(32),\n  `body` text\n);\n\n"
        "INSERT INTO `r` (`id`, `class`, `body`) VALUES\n(1,'U','The consulate opens on Saturday.'),\n"
        "(2,'S//NF','The chief sells seized weapons.'),\n(3,'X9Q','The governor asked for help.');\n")


def test_sql_tuples_are_records_marked_by_their_class_value():
    doc = sbu_redact.read(_SQL)
    assert marking_of(doc, "The consulate opens") == "(U)"
    assert marking_of(doc, "The chief sells") == "(S//NF)"
    assert marking_of(doc, "The governor asked") == "doubtful"  # a value that reads as no marking


def test_sql_without_a_class_column_is_not_read_as_marked_records():
    doc = sbu_redact.read(_SQL.replace("`class`", "`kind`"))
    assert not any(p.kind == "table_row" for p in doc.portions)
    assert any(p.code == "NO_MARKING" for p in doc.problems)


_LOG = ('2026-11-30T06:12:44Z host=gw1 class="U" body="The consulate will close on December 25."\n'
        '2026-11-30T06:14:02Z host=gw1 class="S//NF" body="The army will strike the camps next week."\n'
        '2026-11-30T06:15:00Z host=gw1 body="A line without a class field."\n')


def test_key_value_log_lines_are_records_marked_by_their_class_field():
    doc = sbu_redact.read(_LOG)
    assert marking_of(doc, "The consulate will close") == "(U)"
    assert marking_of(doc, "The army will strike") == "(S//NF)"
    assert marking_of(doc, "A line without") == "doubtful"  # unmarked, and no banner: withheld


def test_a_memo_quoting_one_log_line_is_no_log():
    text = ("UNCLASSIFIED\n\n(U) The gateway logged this line:\n"
            'ts=1 class="U" body="x"\n\n(U) The outage lasted an hour.\n\n(U) Nothing else happened.\n\nUNCLASSIFIED\n')
    doc = sbu_redact.read(text)
    assert not any(p.kind == "table_row" for p in doc.portions)
    assert marking_of(doc, "The outage lasted") == "(U)"
