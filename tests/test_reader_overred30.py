"""Rounds 125-128's over-redacted ordinary records and traps, fixed by class (issue 8). Documents written for
this test, not the rounds' wording; and what each fix must not do (text that stays withheld).

Class A: a source format's field before its value's mark (an XML or KML element's start tag,
`<description>(U) ...`; a JSON member, `"text": "(U) ...`; a BibTeX or HCL field, `title = {(U) ...`; a
Graphviz node's attribute, `[label="(U) ..."]`) marks that field when the mark reads valid and exactly
(`marks._FIELD_MARK_LEAD`); the field's portion ends where the field closes (`portions.paragraph_break`):
the unmarked fields after it stay unmarked (withheld under the banner, doubtful without one).
Class B: a source file's comment line that holds the banner (`// UNCLASSIFIED`, `/* SECRET */`, BibTeX's
`@Comment{CONFIDENTIAL}`), also with a note after a dash that only describes the file (`// UNCLASSIFIED --
seating plan for the reception`), is the document's banner (`MarkReader._source_comment`); a note with a
level, a control, an exception or a word about marking (`reader_words.banner_note_words`) makes no banner.
Class C: an Irish negation before a level word, its subject between ("níl an liosta seo rúnda"), and a Hausa
one around it ("wannan bayani ba sirri ba ne") state no level (`unresolved_scope.untranslated.negation_before`,
`negation_after`); the level said without it still raises.
Class D: a level before a security, personnel or facility clearance (`a SECRET security clearance`) names a
clearance, not a marking (`backstop.mention_after`); a level before other words still raises.
"""
import pytest

from released import assert_withheld, versions

# ---------------------------------------------------------------- class A: a field's own mark

OPEN_1 = "The bus for the school visit leaves the chancery at nine"
OPEN_2 = "The consular section closes early on the national holiday"
HELD_1 = "The defence minister asked us to keep the radar purchase off the agenda"
HELD_2 = "The deputy governor will resign before the budget vote"


def _reads(text: str, released: tuple[str, ...], held: str) -> None:
    """`released` is released at `usg`; `held` is withheld at every level."""
    out = versions(text, ("usg",))["usg"]
    assert all(phrase in out for phrase in released), out
    assert_withheld(text, held, ("usg", "partner", "public"))


XML = ("<?xml version=\"1.0\"?>\n<notes>\n  <name>Visit planning notes</name>\n  <item>\n"
       f"    <Title>(U) Visit logistics</Title>\n    <description>(U) {OPEN_1}.</description>\n  </item>\n"
       f"  <item>\n    <description>(S) {HELD_1}.</description>\n  </item>\n"
       f"  <item>\n    <Summary>(U) {OPEN_2}.</Summary>\n  </item>\n</notes>\n")
CHAT = ("CONFIDENTIAL\nExport of channel #ops, 2026-11-30\n[\n"
        f"  {{\"user\": \"m.ortiz\", \"ts\": \"1764500000.1\",\n   \"text\": \"(U) {OPEN_1}.\"}},\n"
        f"  {{\"user\": \"k.brandt\",\n   \"text\": \"(C) {HELD_2}.\"}},\n"
        f"  {{\"user\": \"m.ortiz\",\n   \"text\": \"(U) {OPEN_2}.\"}}\n]\nCONFIDENTIAL\n")


@pytest.mark.parametrize(("text", "held"), [(XML, HELD_1), (CHAT, HELD_2)], ids=["xml-elements", "json-members"])
def test_xml_elements_and_json_members_marked_inside(text: str, held: str) -> None:
    _reads(text, (OPEN_1, OPEN_2), held)


def test_bibtex_and_graphviz_fields_marked_inside_their_values() -> None:
    bib = ("SECRET\n\n@TechReport{ops2026,\n  author = {{Political Section}},\n"
           f"  title  = {{(U) {OPEN_2}}},\n  year   = {{2026}},\n"
           f"  note   = {{(S) {HELD_1}.}},\n}}\nSECRET\n")
    _reads(bib, (OPEN_2,), HELD_1)
    dot = ("CONFIDENTIAL\ndigraph plan {\n"
           f"    a [label=\"(U) {OPEN_1}\"];\n    b [label=\"(C) {HELD_2}\"];\n"
           "    a -> b;\n}\nCONFIDENTIAL\n")
    _reads(dot, (OPEN_1,), HELD_2)


def test_unmarked_field_after_a_marked_field_stays_under_the_banner() -> None:
    # non-example: the field's mark governs its own field only, never the next one
    text = ("<report>\n"
            f"  <description>(U) {OPEN_1}</description>\n  <summary>{HELD_1}.</summary>\n"
            "</report>\n")
    assert_withheld(text, HELD_1, ("usg", "partner", "public"))
    assert OPEN_1 in versions(text, ("usg",))["usg"]
    bib = (f"SECRET\n\n@Misc{{x,\n  title = {{(U) {OPEN_2}}},\n  note  = {{{HELD_2}.}},\n}}\n"
           "SECRET\n")
    assert_withheld(bib, HELD_2, ("usg", "partner", "public"))
    js = (f"[\n  {{\"text\": \"(U) {OPEN_1}.\",\n   \"note\": \"{HELD_1}.\"}}\n]\n")
    assert_withheld(js, HELD_1, ("usg", "partner", "public"))
    # ... nor another field on its line (`{"text": "(U) ...", "note": "..."}`: the line is not read under the mark)
    same_line = f"[\n  {{\"text\": \"(U) {OPEN_1}.\", \"note\": \"{HELD_2}.\"}}\n]\n"
    assert_withheld(same_line, HELD_2, ("usg", "partner", "public"))
    dot = f"SECRET\ndigraph g {{\n  a [label=\"(U) {OPEN_2}\", tooltip=\"{HELD_1}\"];\n}}\nSECRET\n"
    assert_withheld(dot, HELD_1, ("usg", "partner", "public"))


def test_field_value_in_parentheses_that_is_no_mark_stays_text() -> None:
    # non-example: `(draft)` or `(see below)` after a field's opening is no mark: nothing is lowered
    text = ("<memo>\n"
            f"  <description>(draft) {HELD_1}.</description>\n  <description>(X) {HELD_2}.</description>\n"
            f"  <description>(U) {OPEN_2}.</description>\n</memo>\n")
    assert OPEN_2 in versions(text, ("usg",))["usg"]
    assert_withheld(text, HELD_1, ("usg", "partner", "public"))
    assert_withheld(text, HELD_2, ("usg", "partner", "public"))


# ---------------------------------------------------------------- class B: a banner in a source comment

SEATS = "Table four seats the mayor beside the cultural attache"
GUARD = "the guard force will sweep the ballroom at five"


def _dot(comment: str) -> str:
    return (f"{comment}\ngraph seating {{\n    t4 [label=\"{SEATS}\"];\n"
            f"    sec [label=\"(SBU) {GUARD}\"];\n    t4 -- sec;\n}}\n")


@pytest.mark.parametrize("comment", ["// UNCLASSIFIED -- seating plan for the Fourth of July reception",
                                     "/* UNCLASSIFIED */"])
def test_source_comment_banner_gives_the_document_its_level(comment: str) -> None:
    text = _dot(comment)
    assert SEATS in versions(text, ("usg",))["usg"]
    assert_withheld(text, GUARD, ("public",))


def test_bibtex_comment_banner_and_its_unmarked_entries() -> None:
    bib = ("@Comment{UNCLASSIFIED -- sources for the alumni newsletter}\n\n@Book{hale2019,\n  author = {Hale, Ruth},\n"
           "  title  = {Harbour Towns of the Gulf of Guinea},\n  year   = {2019},\n}\n")
    assert "Harbour Towns of the Gulf of Guinea" in versions(bib, ("usg",))["usg"]
    secret = bib.replace("UNCLASSIFIED", "SECRET")
    assert_withheld(secret, "Harbour Towns of the Gulf of Guinea", ("usg", "partner", "public"))


@pytest.mark.parametrize("comment", ["// UNCLASSIFIED -- except the node labels, which are SECRET",
                                     "// UNCLASSIFIED -- portions marked below",
                                     "// see the UNCLASSIFIED copy for release"])
def test_source_comment_with_more_than_a_description_is_no_banner(comment: str) -> None:
    # non-example: a comment that says more than the banner gives no level: its unmarked text stays doubtful,
    # and a plain banner comment still releases it
    assert_withheld(_dot(comment), SEATS, ("usg", "partner", "public"))
    assert SEATS in versions(_dot("// UNCLASSIFIED"), ("usg",))["usg"]


# ---------------------------------------------------------------- class C: Irish and Hausa negations

LIBRARY = "The embassy library will open on Saturdays from March"
ROUTE = "The motorcade takes the coast road because the bridge is watched"


def _notes(note: str) -> str:
    return ("UNCLASSIFIED\nPublic diplomacy team notes\n\n1. " + LIBRARY + ".\n\n" + note + "\n\n2. (SBU) "
            + ROUTE + ".\n\n3. The alumni reunion is on 14 May.\nUNCLASSIFIED\n")


@pytest.mark.parametrize("note", ["Nóta: níl an liosta seo rúnda, is féidir é a fhoilsiú.",
                                  "Bayani: wannan jerin ba sirri ba ne, ana iya wallafa shi."])
def test_irish_and_hausa_negations_state_no_level(note: str) -> None:
    text = _notes(note)
    assert LIBRARY in versions(text, ("usg",))["usg"]
    assert_withheld(text, ROUTE, ("public",))


@pytest.mark.parametrize("note", ["Nóta: tá an liosta seo rúnda.", "Bayani: wannan jerin sirri ne."])
def test_irish_and_hausa_level_not_negated_still_raises(note: str) -> None:
    # non-example: the same notes without their negation still state a level; the negated note releases
    assert_withheld(_notes(note), LIBRARY, ("usg", "partner", "public"))
    assert LIBRARY in versions(_notes("Nóta: níl an liosta seo rúnda."), ("usg",))["usg"]


# ---------------------------------------------------------------- class D: a level that names a clearance

POST = "The post needs a systems administrator for the new chancery annex"


@pytest.mark.parametrize("need", ["be able to obtain a SECRET security clearance",
                                  "hold a TOP SECRET personnel clearance before arrival"])
def test_level_before_a_security_clearance_is_a_mention(need: str) -> None:
    text = f"UNCLASSIFIED\n\n(U) {POST}.\n(U) Candidates must {need}.\n(SBU) {ROUTE}.\n\nUNCLASSIFIED\n"
    out = versions(text, ("usg",))["usg"]
    assert POST in out and need in out
    assert_withheld(text, ROUTE, ("public",))


def test_level_before_other_security_words_still_raises() -> None:
    # non-example: `SECRET security details` names no clearance: the capitals still raise the portion
    text = (f"UNCLASSIFIED\n\n(U) {POST}.\n(U) The SECRET security details of the annex are in the RSO safe.\n"
            "(U) Candidates must be able to obtain a SECRET security clearance.\n\nUNCLASSIFIED\n")
    assert_withheld(text, "security details of the annex are in the RSO safe", ("usg", "partner", "public"))
    assert "obtain a SECRET security clearance" in versions(text, ("usg",))["usg"]
