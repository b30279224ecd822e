"""The classes of leak that round 46's first run found (tests/corpus/adversarial46/FIRST_RUN.md), a
fourth variants round. On documents written for this test: a mark right after a closing guillemet;
"the next paragraph ... handled at the secret level"; a regrading in OCR capitals with a zero;
NOFORN in Italian, German handwriting and "only for Americans" in Portuguese; a foreign grade after
"marked" raising the paragraph that tells the paper's content (not "may be marked"); enumerators
with stray punctuation before a mark; "bumping this thread up to secret"; "ought to have been marked
S"; a CSV errata row naming its row by date; "consider the msg above S//NF"; a lower-case "regraded
confidential"; a mark before an aside's closing parenthesis; a label glued to its mark."""
import pytest

from released import assert_withheld, versions


def test_a_mark_right_after_a_closing_guillemet():
    quoted = "Nous avons des indications que le commandant vend des armes"
    text = f"UNCLASSIFIED\nSUBJECT: CHAD\n\n1. (U) The director read from a non-paper: \u00ab{quoted}\u00bb(C). He asked us not to cite it.\n\nUNCLASSIFIED\n"
    assert_withheld(text, quoted)


def test_the_next_paragraph_handled_at_the_secret_level():
    secret = "has prepared a list of forty organizers to be detained"
    text = ("UNCLASSIFIED\nSUBJECT: RALLY\n\n1. (U) The rally is on Friday.\n\n2. (U) Drafter's note: the next paragraph came from a "
            f"liaison channel and should be handled at the secret level.\n\n3. (U) The ministry {secret}.\n\n4. (U) Post will report.\n\nUNCLASSIFIED\n")
    assert_withheld(text, secret)


@pytest.mark.parametrize("line", ["SERVICE: ORIGINATOR REGRADES THIS MESSAGE C0NFIDENTIAL. HANDLE ACCORDINGLY.",
                                  "-- regraded confidential by originator 12/04/2016, all portions --",
                                  "All -- bumping this whole thread up to secret per the front office.",
                                  "[14:06] t.ferrer: sorry -- consider the msg above S//NF, wrong system"])
def test_regradings_in_more_words(line):
    secret = "the party has already decided which candidate will be declared the winner"
    text = f"LIMITED OFFICIAL USE\n\n{line}\n\nThe embassy notes that {secret}.\n\nLIMITED OFFICIAL USE\n"
    assert_withheld(text, secret)


@pytest.mark.parametrize("caveat", ["Non condividere con governi stranieri.",
                                    '[handschriftlich am Rand: "nicht an Partner weitergeben!"]',
                                    "Nota: so para americanos."])
def test_noforn_in_italian_german_and_portuguese(caveat):
    item = "the concessionaire is under investigation for links to a clan"
    text = f"SENSITIVE BUT UNCLASSIFIED\nSUBJECT: PORT\n\n2. (SBU) {caveat} The official said {item}.\n\nSENSITIVE BUT UNCLASSIFIED\n"
    assert_withheld(text, item, ("partner", "public"))


def test_a_foreign_grade_after_marked_raises_the_paragraph_that_tells_the_content():
    secret = "the ministry wants to move two companies north without telling parliament"
    text = (f"UNCLASSIFIED\nSUBJECT: MANDATE\n\n1. (U) The cabinet meets Wednesday.\n\n2. (SBU) An official handed us a paper "
            f"which her office had marked VS-Vertraulich. It says {secret}.\n\n3. (U) The vote is in October.\n\nUNCLASSIFIED\n")
    assert_withheld(text, secret)


def test_may_be_marked_is_a_rule_not_a_grade():
    text = ("UNCLASSIFIED\n\n1. (U) The guide explains when a document may be marked Diffusion Restreinte and who may read it.\n\n"
            "UNCLASSIFIED\n")
    assert "explains when a document may be marked" in versions(text)["usg"]


@pytest.mark.parametrize("lead", [" (ii).(S) ", " iii -(C) "])
def test_enumerators_with_stray_punctuation_before_a_mark(lead):
    secret = "smugglers paying border police to pass weapons in trucks"
    text = f"SECRET\nSUBJECT: CROSSING\n\n1. (U) Three concerns:\n (i) (U) queues of four days;\n{lead}{secret};\n\n2. (U) Scanners.\n\nSECRET\n"
    assert_withheld(text, secret)


def test_ought_to_have_been_marked_s():
    secret = "the junta is negotiating for a protection detail at the palace"
    text = (f"Classification: SECRET\n\nPeter -- para 3 ought to have been marked S, not U.\n\n1. (U) Talks continue.\n\n"
            f"2. (U) The airport reopened.\n\n3. (U) {secret}.\n")
    assert_withheld(text, secret)


def test_a_csv_errata_row_naming_its_row_by_date():
    secret = "Interior Minister admitted police shot the two protesters"
    text = (f"date,topic,summary,class\n12 May,security,{secret},U\n14 May,trade,AGOA review comments due,U\n"
            "ERRATA,,the 12 May entry should be classified CONFIDENTIAL -- corrected by POL chief,\n")
    assert_withheld(text, secret)


@pytest.mark.parametrize("aside", ["(this came straight from the adviser's notes (C))", "COMMENT(S): it came from the adviser."])
def test_a_mark_before_an_asides_closing_parenthesis_and_a_glued_label_mark(aside):
    secret = "the President will not recognize the election result"
    text = f"UNCLASSIFIED\nSUBJECT: MERCOSUR\n\n2. (U) The adviser said {secret} {aside} And more.\n\nUNCLASSIFIED\n"
    assert_withheld(text, secret)
