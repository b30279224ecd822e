"""fix46b: a NOFORN claim beside a note the reader cannot read; a claim joined to another clause (issue 8).

Class (review45x x13, x14, x21, x26, x37, x44, x45, x46, leaking on main `de49986d`): an unclassified memo's closing
note says one paragraph is NOFORN or for U.S. citizens only (in English, Korean, Italian) and, beside it, a sentence in
a language the reader cannot read (Indonesian, Yoruba) says another paragraph is secret; the secret paragraph went out
at usg (some at every level). Main's rule is that a note the reader cannot read may state any level (fail closed);
the NOFORN claim beside it switched that off, in four ways: (1) a labelled note read whole by `untranslated.py` for
its `NOFORN` covered the foreign sentence beside it (`scope._claimed` passed its span as read); (2) the foreign sentence
after a Korean or Italian sentence, or the first after a label, was no note shape (only one after English was); (3) a
clause after a comma (`... citizens only, ipinro keta je ...`) or after a label inside a sentence (`Paragraph three:
sangat dirahasiakan ...`) was no unit at all, and the claim's sentence silenced it; (4) a sentence after English on
a line its portion's mark opens (`4. (U) ... citizens only. Ipinro keta ...`) was no note. And x21: `paragraph 3 is
also S` was no claim (`also` between the copula and the level).

First run (main `de49986d`): all 8 review45x documents leaked; after: none. My variants below (Japanese, Swahili,
Tagalog, Russian, a chat line, a signature, a footer, the claim after the note) each fail on main where marked
`main leaks`. Fix, only raising: `scope._control_readings_narrowed` (a reading of a control alone is narrowed to its
level words); `unreadable_notes` `lead`, `clause`, `marked sentence` units (tried after main's units, so that they
only add notes; the last two only beside a claim) and `_after_read_text`; the claims' adverbs take `also`,
`likewise`, `still`.

Pass order (reader/__init__.py, whose docstring lists the passes that interact): the raising passes after
`continued_portions` are now a table, `reader._RAISING_PASSES`; `test_reversed_passes_release_nothing_more` runs the
corpus-shaped review cases of lead44 and lead45 with them reversed and checks that nothing the normal order withholds
is released. On fix46b's tree 29 of 32 passed; 3 (review45y n02, n17, n19) released in reverse order:
`raise_named_targets` raised its exact target first and `raise_topic_remarks`' candidates (filtered by
`marking.rank < level.rank`) narrowed. Merged with fix46a (the lead), whose topic pass also reads the topic among
ALL marked parts and raises every lower part when two share it, all 32 pass in either order.
"""
from __future__ import annotations

import pytest

from released import review_cases, versions
from sbu_redact import reader

HEAD = """UNCLASSIFIED

MEMORANDUM FOR THE RECORD
SUBJECT: (U) Trade fair visit

1. (U) The team walked the exhibition halls on Tuesday before the opening.

2. (U) The organiser said the drone stand belonged to a front company of the ministry.

3. (U) A guard pointed out the man who swaps the export licences after dark.

4. (U) The team left on Thursday after the closing dinner.

"""
PARTS = ["walked the exhibition halls", "drone stand belonged", "swaps the export licences", "left on Thursday"]


def _versions(note: str) -> dict[str, str]:
    return versions(HEAD + note + "\n\nUNCLASSIFIED\n", ("usg", "partner", "public"))


# (the note; the parts (1-based) that must be withheld at usg; every level withholds them too)
LEAKS = {
    # main leaks: the Korean NOFORN sentence, then Indonesian
    "korean-then-indonesian": ("참고: 2항은 외국인에게 보여주지 마십시오. Paragraf ketiga berisi keterangan yang sangat dirahasiakan.", [3]),
    # main leaks: the Italian sentence first after its label, then English NOFORN
    "italian-label-then-english": ("Avviso: il terzo paragrafo e sottoposto a vincolo assoluto. Also: paragraph 2 is not for foreigners.", [3]),
    # main leaks: a labelled note read whole for its NOFORN
    "noforn-then-yoruba": ("Remark: item 2 is NOFORN. Ipinro keta je ohun ikoko pataki gidigidi fun wa.", [3]),
    # main leaks: one sentence, a comma
    "comma-yoruba": ("Remark: item 2 is for American nationals only, ipinro keta je ohun ikoko pataki gidigidi.", [3]),
    # main leaks: a label inside the second sentence
    "label-inside-sentence": ("(U) Note: item 2 is not for foreigners. Item three: sangat dirahasiakan oleh markas besar kami.", [3]),
    # main leaks: the claim after the unreadable note
    "claim-after": ("Paragraf ketiga berisi keterangan yang sangat dirahasiakan. Note: paragraph 2 is NOFORN.", [3]),
    # main leaks: a chat line
    "chat-line": ("[10:42] dave: para 2 is noforn, ipinro keta je ohun ikoko pataki gidigidi lol", [3]),
    # main leaks: `also` between the copula and the level
    "also-letter": ("Reminder: paragraph 4 is also S.", [4]),
    "also-word": ("Reminder: paragraph 4 is also Confidential.", [4]),
    # (passed on main; kept as traps of the class)
    "japanese-swahili": ("注意：第2項は外国人に見せないでください。 Aya ya tatu ni siri kubwa sana kwa ofisi yetu.", [3]),
    "tagalog-semicolon": ("Para 2 is NOFORN; ang ikatlong talata ay lihim na lihim para sa amin.", [3]),
    "russian-indonesian": ("Пункт 2 только для граждан США. Paragraf ketiga berisi keterangan yang sangat dirahasiakan.", [3]),
    "two-lines": ("Note: paragraph 2 is US only.\nIpinro keta je ohun ikoko pataki gidigidi.", [3]),
    "signature": ("--\nJ. Smith | Econ\nPara 2 is for US citizens only; aya ya tatu ni siri kubwa sana kwa ofisi yetu.", [3]),
}
MARKED = HEAD.replace("4. (U) The team left on Thursday after the closing dinner.",
                      "4. (U) The team left on Thursday; item 2 is for U.S. citizens only. Ipinro keta je ohun ikoko pataki gidigidi.")


@pytest.mark.parametrize("name", list(LEAKS))
def test_withheld(name: str) -> None:
    note, parts = LEAKS[name]
    versions = _versions(note)
    for level, text in versions.items():
        for k in parts:
            assert PARTS[k - 1] not in text, (name, level, k)


def test_marked_line() -> None:
    # main leaks: the note after the claim, in a marked body paragraph (one head, no closing note)
    for level, text in versions(MARKED + "UNCLASSIFIED\n", ("usg", "partner", "public")).items():
        assert PARTS[2] not in text, level


# traps: the same shapes that must still release (an English clause beside the claim; no unreadable note)
RELEASES = {
    "english-comma": "Note: paragraph 2 is NOFORN, as agreed with the embassy staff yesterday.",
    "english-sentence": "Note: paragraph 2 is NOFORN. Please call the duty officer with any questions.",
    "also-no-level": "Note: the team also thanked the organiser, who was very kind.",
}


@pytest.mark.parametrize("name", list(RELEASES))
def test_released(name: str) -> None:
    versions = _versions(RELEASES[name])
    assert all(part in versions["usg"] for part in PARTS), name
    assert PARTS[2] in versions["partner"] and PARTS[0] in versions["public"], name


# the raising passes in reverse order (fix46b's structural check): on the corpus-shaped review cases of lead44 and
# lead45, nothing the normal order withholds may be released (a pass that narrows a later pass's candidates by what
# an earlier one raised shows here)
ORDER_CASES = [c for name in ("lead44", "lead45") for c in review_cases(name)]


# (found by this test on fix46b's tree: reversed, `raise_named_targets` ran before `raise_topic_remarks`, raised its
# exact target first, and the topic pass's candidates, filtered by `marking.rank < level.rank`, narrowed to the rest:
# review45y n02, n17, n19. fix46a's order-independent topic pass closed them; the set stays for new ones)
ORDER_DEPENDENT: set[str] = set()


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(
    reason="fix46b: remark_topics' candidates depend on named_targets' raising (order-dependent)", strict=True))
    if c["id"] in ORDER_DEPENDENT else c for c in ORDER_CASES], ids=[c["id"] for c in ORDER_CASES])
def test_reversed_passes_release_nothing_more(case: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    withheld = case["must_withhold"]
    levels = tuple(withheld)
    normal = versions(case["text"], levels)
    monkeypatch.setattr(reader, "_RAISING_PASSES", list(reversed(reader._RAISING_PASSES)))
    reordered = versions(case["text"], levels)
    for level, phrases in withheld.items():
        for phrase in phrases:
            if phrase not in normal[level]:
                assert phrase not in reordered[level], (case["id"], level, phrase)
