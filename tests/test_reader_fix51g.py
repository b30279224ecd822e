"""fix51g: round 199's leaks (issue 8): release lists that name the allowed parties by nickname or by a grouping the UK
is not in, in the containers that carry them.

First run (tests/corpus/adversarial199/FIRST_RUN.md, main 04f90b38): 4 of 64 documents leaked, all at partner:
adv199-008 (a vCard group card's `NOTE:... LES - Kiwi and Canuck liaison officers only`), adv199-009 (an RSS channel's
`<dc:rights>SBU - eurozone partner agencies only</dc:rights>`), adv199-010 (a Jira CSV export's `Foreign Disclosure`
cells `Visegrad Four liaison cell only`) and adv199-013 (a MIME part's `Content-Description: LES - Rio Treaty parties
only`). After the fix: 0 of 64. Variants of the round's other `a` documents with their withheld text marked found two
more that released at partner by luck (adv199-022's `FOUO - RAAF, RCAF and RNZAF liaison only` over marked cells,
adv199-003's `southern-hemisphere Five Eyes only` over marked rows), and probes found a container's bare NOFORN
(`NOTE:NOFORN` on a vCard group card, `<dc:rights>NOFORN</dc:rights>`) released at partner: fixed too.

Classes (each case below is written fresh, not copied from the corpus, and fails on main 04f90b38 unless it is a trap):
1 a CUI designation, a dash and a closed list that names nicknames, air forces or a group the UK is not in, in any
container (`LES - Aussie and Yank officers only`, `SBU - euro area agencies only`); 2 a field's or cell's whole value
that is such a list (`Foreign Disclosure` column, `NOTE:`, `Content-Description:`); 3 a group the UK is in narrowed by
a region (`Pacific Five Eyes only`); 4 a container field whose whole value is NOFORN; 5 a release field after a form's
block number, under a key prefix (`u_foreign_release`) or labelled `Disclose to`, naming countries by their people. Fix: vocabulary in
rules/markings.yaml (`country_names_read_to_limit`: Canuck, Yank, RAAF, RCAF, RNZAF and more countries and their
people, read only where a name can raise, never where it makes a reading give up; `release_field` labels after a
block number, with a key prefix, `Disclose to`; `country_groups`: the eurozone, the Rio
Treaty, the Arctic Council, the African Union, Mercosur, the Andean Community, the Pacific Alliance, none holding the
UK), `release_conditions.list_leaves_out_uk` reads a group of `country_groups` named in any case anywhere in a closed
list (one more reason to raise, never one less), and four `controls_in_words` patterns (NOFORN). Traps: the same
shapes with a group the UK is in (Five Eyes, CANZUK, FPDA, JEF, AUKUS), with the UK named, or with no country at all,
keep main's reading (released at partner).

Measured: the whole harness (12,160 documents, halves_all) on this branch's first commit against t0_all: NEW LEAKS 0,
4 fixed (adv199-008/009/010/013), usg over-redaction 3,908 -> 3,908 (none new, none fixed); the second commit's
changes (release field labels, names read to limit) rerun on the 1,672 documents they can touch (every document that
holds one of the new names or a line the new labels read): no change against t0_all. Partner over-redaction (rounds
197-199 against lead51): 11 -> 12 documents, the new one adv199-016 (its `u_foreign_release` field now reads as
NOFORN; its (SBU) work notes are read unmarked, so the (U) lines carry the limit too: fails closed).
"""
from __future__ import annotations

import pytest

from released import assert_released, assert_withheld

SECRET_1 = "the courier changes trucks at the second weigh station"
SECRET_2 = "the informant meets the broker every other Tuesday"
OPEN = "The office closes early on the last Friday of the month"


def vcard(note: str) -> str:
    return ("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Border liaison desk\r\nNOTE:" + note + "\r\n"
            "MEMBER:urn:uuid:91ab-01\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:91ab-01\r\n"
            "FN:Petra Lindqvist\r\nORG:CBP;Liaison\r\nNOTE:(LES) Says " + SECRET_1 + ".\r\n"
            "NOTE:(LES) Knows " + SECRET_2 + ".\r\nNOTE:(U) " + OPEN + ".\r\nEND:VCARD\r\n")


def rss(rights: str, tag: str = "dc:rights") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            "<channel>\n  <title>Attache notes</title>\n  <" + tag + ">" + rights + "</" + tag + ">\n"
            "  <item>\n    <title>Note 7</title>\n    <description>(SBU) We learned " + SECRET_1 + ".</description>\n"
            "  </item>\n  <item>\n    <title>Note 8</title>\n    <description>(SBU) We heard " + SECRET_2
            + ".</description>\n  </item>\n  <item>\n    <title>Admin</title>\n    <description>(U) " + OPEN
            + ".</description>\n  </item>\n</channel>\n</rss>\n")


def atom(rights: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <title>Desk feed</title>\n'
            "  <rights>" + rights + "</rights>\n  <entry>\n    <title>One</title>\n    <summary>(FOUO) Note that "
            + SECRET_1 + ".</summary>\n  </entry>\n  <entry>\n    <title>Two</title>\n    <summary>(FOUO) Note that "
            + SECRET_2 + ".</summary>\n  </entry>\n  <entry>\n    <title>Three</title>\n    <summary>(U) " + OPEN
            + ".</summary>\n  </entry>\n</feed>\n")


def csv(column: str, cell: str) -> str:
    return ("Key,Title,Handling," + column + ",Details\n"
            "OPS-71,Route,FOUO," + cell + ',"Observed that ' + SECRET_1 + '."\n'
            "OPS-72,Source,FOUO," + cell + ',"Reported that ' + SECRET_2 + '."\n'
            'OPS-73,Admin,U,Public,"' + OPEN + '."\n')


def eml(description: str) -> str:
    return ("From: desk@example.gov\r\nTo: post@example.gov\r\nSubject: follow-up\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="zz9"\r\n\r\n--zz9\r\nContent-Type: text/plain; charset=utf-8\r\n'
            "Content-Description: cover\r\n\r\n(U) " + OPEN + ".\r\n\r\n--zz9\r\nContent-Type: text/plain\r\n"
            "Content-Description: " + description + "\r\n\r\n(LES) We confirmed " + SECRET_1 + ".\r\n(LES) We also "
            "confirmed " + SECRET_2 + ".\r\n\r\n--zz9--\r\n")


def rst_table(title: str) -> str:
    return ("Tanker planning\n===============\n\n(U) " + OPEN + ".\n\n.. list-table:: " + title + "\n"
            "   :header-rows: 1\n\n   * - Slot\n     - Detail\n   * - K-1\n     - (FOUO) Noted that " + SECRET_1 + "\n"
            "   * - K-2\n     - (FOUO) Noted that " + SECRET_2 + "\n")


def org_table(share: str) -> str:
    return ("#+TITLE: Leads\n\n* Leads\n(U) " + OPEN + ".\n\n| Mark | Lead | Share |\n|------+------+-------|\n"
            "| LES | (LES) We saw that " + SECRET_1 + " | " + share + " |\n"
            "| LES | (LES) We saw that " + SECRET_2 + " | " + share + " |\n")


def snow(key: str, value: str) -> str:
    return ('{\n  "result": [\n    {\n      "number": "INC0077120",\n      "short_description": "(U) ' + OPEN + '",\n'
            '      "u_marking": "SBU",\n      "' + key + '": "' + value + '",\n'
            '      "work_notes": "(SBU) Noted that ' + SECRET_1 + '.",\n'
            '      "comments": "(SBU) Noted that ' + SECRET_2 + '.",\n      "state": "New"\n    }\n  ]\n}\n')


def form(line: str) -> str:
    return ("LIAISON DISCLOSURE WORKSHEET\n\nBlock 1  Office:      INL/ITA\nBlock 2  Subject:     (U) Ferry checks\n"
            + line + "\nBlock 8  Approver:    J. Mbeki\n\n(U) " + OPEN + ".\n\n(LES) We learned that " + SECRET_1
            + ".\n\n(LES) We also learned that " + SECRET_2 + ".\n")


# (id, document): SECRET_1 and SECRET_2 withheld at partner and public; OPEN released at usg and partner
LEAKS: list[tuple[str, str]] = [
    # 1 a designation, a dash and a closed list of nicknames, air forces or a group without the UK, in a container
    ("vcard-aussie-yank", vcard("Address book handling: LES - Aussie and Yank task force officers only")),
    ("vcard-canucks", vcard("LES - the Canucks on the joint desk only")),
    ("rss-euro-area", rss("SBU - euro area supervisory agencies only")),
    ("rss-mercosur", rss("SBU - Mercosur customs services only")),
    ("atom-african-union", atom("FOUO - African Union liaison staff only")),
    ("eml-arctic-council", eml("LES - Arctic Council delegations only")),
    ("eml-tiar", eml("LES - TIAR signatory services only")),
    ("rst-air-forces", rst_table("Tanker slots (FOUO - RCAF and RNZAF planners only)")),
    ("eml-andean", eml("U//LES - Andean Community police attaches only")),
    # 2 a field's or a cell's whole value that is such a closed list
    ("csv-foreign-disclosure-v4", csv("Foreign Disclosure", "V4 liaison desk only")),
    ("csv-disclosure-nordic", csv("Disclosure", "Nordic police services only")),
    ("csv-share-kiwi", csv("Shareable With", "Kiwi and Aussie liaison only")),
    ("vcard-note-eurozone", vcard("eurozone treasury attaches only")),
    ("eml-pacific-alliance", eml("Pacific Alliance members only")),
    # 3 a group the UK is in, narrowed by a region it is not in
    ("org-pacific-five-eyes", org_table("Pacific Five Eyes only")),
    ("org-non-european-fvey", org_table("non-European FVEY partners only")),
    ("org-antipodean", org_table("Antipodean Five Eyes desks only")),
    ("org-north-american", org_table("North American Five Eyes only")),
    # 4 a container field whose whole value is NOFORN
    ("vcard-note-noforn", vcard("LES - NOFORN")),
    ("rss-rights-noforn", rss("SBU//NOFORN")),
    ("atom-rights-noforn", atom("NOFORN")),
    ("vcard-note-sbu-nf", vcard("SBU/NOFORN")),
    # 5 (round 199's other `a` documents, released at partner by luck) a release field under a short key prefix and
    # underscores, or after a form's block number, or labelled `Disclose to`, naming countries by their people
    ("json-x-foreign-release-quad", snow("x_foreign_release", "SBU - Quad partners (USA, AUS, IND, JPN)")),
    ("json-u-foreign-release-words", snow("u_foreign_release", "SBU - Japanese and Korean counterparts")),
    ("json-u-foreign-disclosure", snow("u_foreign_disclosure", "Mexican and Canadian liaison")),
    ("form-block-disclose-to", form("Block 6  Disclose to:  Belgian and Dutch liaison officers")),
    ("form-box-foreign-disclosure", form("Box 6    Foreign disclosure:  Estonian and Latvian police attaches")),
    ("form-item-disclosable-to", form("Item 6.  Disclosable to:  Portuguese and Irish customs liaison")),
]

# the same shapes whose list holds the UK (a group it is in, the UK named) or names no country: main's reading stands,
# and the LES/SBU/FOUO text stays releasable at partner
TRAPS: list[tuple[str, str]] = [
    ("trap-vcard-five-eyes", vcard("LES - Five Eyes liaison officers only")),
    ("trap-rss-canzuk", rss("SBU - CANZUK partner agencies only")),
    ("trap-eml-fpda", eml("LES - FPDA partner services only")),
    ("trap-atom-jef", atom("FOUO - JEF participants only")),
    ("trap-csv-aukus", csv("Foreign Disclosure", "AUKUS partners only")),
    ("trap-vcard-aussie-brit", vcard("LES - Aussie, Kiwi and British liaison officers only")),
    ("trap-eml-no-country", eml("LES - law enforcement personnel only")),
    ("trap-csv-eurozone-and-uk", csv("Foreign Disclosure", "eurozone and UK treasury desks only")),
    ("trap-org-five-eyes", org_table("Five Eyes only")),
    ("trap-rss-eurozone-nato", rss("SBU - eurozone and NATO desks only")),
    ("trap-form-disclose-to-uk", form("Block 6  Disclose to:  British and Irish liaison officers")),
]


@pytest.mark.parametrize("case_id,text", LEAKS, ids=[c[0] for c in LEAKS])
def test_withheld_at_partner(case_id: str, text: str) -> None:
    for phrase in (SECRET_1, SECRET_2):
        assert_withheld(text, phrase, ("partner", "public"))
    assert_released(text, OPEN)


@pytest.mark.parametrize("case_id,text", TRAPS, ids=[c[0] for c in TRAPS])
def test_trap_released_at_partner(case_id: str, text: str) -> None:
    for phrase in (SECRET_1, SECRET_2):
        assert_withheld(text, phrase, ("public",))
        assert_released(text, phrase, "partner")
    assert_released(text, OPEN)


def test_groups_say_uk_membership() -> None:
    """Every group of `country_groups` added here leaves the UK out, and the UK's groups of the traps are not there
    (a group listed is read as leaving the UK out of a closed list)."""
    from sbu_redact.markings import grammar_for
    vocabulary = grammar_for(None).vocabulary
    groups = vocabulary.country_groups
    for name in ("Eurozone", "Euro Area", "Rio Treaty", "TIAR", "Arctic Council", "African Union", "Mercosur",
                 "Andean Community", "Pacific Alliance", "Visegrad Four", "Bucharest Nine", "Nordic", "ASEAN", "Quad"):
        assert "GBR" not in groups[name], name
    for name in ("CANZUK", "FPDA", "Five Eyes", "JEF"):
        assert name not in groups or "GBR" in groups[name], name
    assert "GBR" in groups["AUKUS"]
