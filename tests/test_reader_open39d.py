"""open39d: code blocks, diagram notes, footers and release labels that still release classified text (issue 8).

Classes (review38b, review38f, review38z's documents, then variants of mine written before I read the reader): 1 a
code block after a (U) line whose lines carry secrets (`(U) Runbook excerpt:` / a block of `(U) curl ...?asset=
GRANITE_HAWK`); 2 diagram blocks: a Mermaid graph's `["(U) ..."]` labels under an `(S//NF)` line introducing it, a
fence whose info string goes on (`mermaid-notes`, `puml notes`), `%%` notes, a PlantUML `note` block; 3 an indented,
`~~~` or unclosed fence (an e-mail); 4 a footer's or a `Classified By:` line's authority part holding the text
(`Classified By: asset CARDINAL inside the Defense Ministry`); 5 a footer's UNCLASSIFIED over unmarked text (with
`Declassify On:` beside it; an e-mail saying `please keep these US-only`); 6 a release label that is fine, then a
condition line (`Exception: GBR withdrawn pending review`); 7 GB as initials or gigabytes in release wordings; 8 a
`Rel` column (relation, not releasability).

First run on main `2168ede` (before any change; 55 checks, 26 failed): all 15 reviewer leak checks failed (cb01,
cb04, cb07, cb08, cb09, gb14, gb15, rf08, b02, b17, b21, z06 twice, z28, z49); of my 17 variants 11 leaked
(`code-tilde-memo`, `mermaid-flowchart-percent`, `plantuml-note-block`, `unclosed-fence-email`,
`footer-classified-by-reason`, both `rel-label-*`, both `gb-*`, both `rel-column-*`) and 6 passed (`code-python-cable`,
`mermaid-info-words`, `indented-tilde-email`, `footer-derived-from`, both `footer-u-*-nf-cue`: a footer's UNCLASSIFIED
does not overrule a NOFORN stated in words the vocabulary knows).

Fix, by class, only raising or adding controls: the code debt first, one fenced-block reader (`reader/fenced_blocks`)
for `code_block_marks` and `diagram_labels`, the inclusive rule (any indentation, ``` or ~~~, closed by the same
character at least as often, an unclosed fence running to the end; `diagram_labels` still reads labels only in a
closed block whose info string's first word is `mermaid`: reading a label releases it); 1+2+3 `code_block_marks`
raises every mark in any fenced block (no diagram left out) to the last marked portion before the fence and every
portion on the unbroken lines right above it (not the banner: a block set off by a blank line under a (U) portion
keeps (U), open38b `code-under-u`), a diagram label read by its own mark only to the explicitly marked portions
introducing it (structure32: an unmarked caption does not overrule the labels); 4 `authority.runs_on_into_prose`:
a `Classified By:` line with two words of prose where the classifier stands (`reader_words.authority_slot_prose`:
a lower-case word none of the particles of names and offices) is a portion, not a field released as written; 5
`footer_banners`: a footer whose UNCLASSIFIED stands beside an authority part keeps that part as an authority
field (unmarked text is then doubtful, as under a `Declassify On:` line of its own); `keep these US-only` is a
NOFORN in words (`controls_in_words`); 6 `document_controls`: a line right under a release field that opens with a
note or exception label (`reader_words.release_condition_line`) is NOFORN; 7 a decimal point inside an `ok to pass
to ..., no one else` list is no sentence end; 8 a release column's cell of lower-case words that reads as no
control (`brother`) is NOFORN.
Not leaks by the project's own marks (strict xfails): gb14 (the line is marked (U); a release statement's limit goes
to unmarked text) and b17 (text under the document's own UNCLASSIFIED banner, read from its footer as a bottom
banner would be). Left (strict xfails): `gb-initials-email` (marked (U), as gb14), `gb-gigabytes-chat` (`send it to
the Canadians, ..., not to anyone else` is no wording of the vocabulary, with or without GB), `rel-column-md-rel-to`
(a release column whose cells are all lists states the document's releasability, review35b's design).
Red-teaming the fixes (`VARIANTS_AFTER`, written after them): one more leaked, `rel-field-caveat-line` (a condition
line that is itself a release field's label, `Caveat: UK copy on hold`, was read only as a field): the condition is
now read on any line under a field. And the harness found one: read as a portion only, a `Classified By:` line
lost the scope it states (`for the section "Bank responses" only - CONFIDENTIAL`, adv98-013, adv107-044 leaked), so
the line keeps its field and is a portion too (`authority.names_no_classifier`).
Reviewers' check_docs.py (documents leaking, main `2168ede` -> this branch): review38b 10 -> 3 (gb14, by its own
marks; sy02, sy04 not this job's), review38f 7 -> 5 (b17, by its own banner; a01, a06, a16, a18 not this job's),
review38z 15 -> 12 (06, 28, 49 fixed; the rest not this job's); no (U) line newly withheld but the code blocks' own.
Harness (9,508 documents on this branch) against main `2168ede` (t0b): no new leaking document (25 old ones),
over-redaction 2,723 -> 2,723, none new, none fixed (the full run took the fenced-block and footer/release changes;
the 2,906 documents that hold a trigger of the last two changes, `Classified By`-like or release-field words, were
run again on the final code).
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

NF = ("partner", "public")

# Reviewers' documents (review38b, review38f, review38z), verbatim:
# (id, document, [(levels that may not see it, phrase)], (U) phrases released at usg, none inside a code block)
REVIEW_DOCS: list[tuple[str, str, list[tuple[tuple[str, ...], str]], list[str]]] = [
    ('cb01', 'SECRET//NOFORN\n\n(S//NF) The tasking script below pulls the feed for asset GRANITE HAWK from the Erbil relay.\n(U) Runbook excerpt:\n```\n# (U) pull\n(U) curl https://relay.example/feed?asset=GRANITE_HAWK --since 0600Z\n```\n(U) Questions to the ops desk.\n',
     [(('usg', 'partner', 'public'), 'asset=GRANITE_HAWK')], ['Runbook excerpt:', 'Questions to the ops desk.']),
    ('cb04', 'SECRET//NOFORN\n(S//NF) Source chain for OBSIDIAN:\n```mermaid\ngraph LR\nA["(U) handler"] --> B["(U) OBSIDIAN meets at the Karaj bakery"]\n```\n(U) End of chart.\n',
     [(('usg', 'partner', 'public'), 'meets at the Karaj bakery')], ['End of chart.']),
    ('cb07', 'SECRET//NOFORN\n(S//NF) Handler notes for source OBSIDIAN.\n```mermaid-notes\n(U) OBSIDIAN meets the handler at the Karaj bakery every Thursday\n```\n(U) End.\n',
     [(('usg', 'partner', 'public'), 'Karaj bakery every Thursday')], ['End.']),
    ('cb08', 'SECRET//NOFORN\n(S//NF) Handler notes for source OBSIDIAN.\n```puml notes\n(U) OBSIDIAN meets the handler at the Karaj bakery every Thursday\n```\n(U) End.\n',
     [(('usg', 'partner', 'public'), 'Karaj bakery every Thursday')], ['End.']),
    ('cb09', 'From: ops\nSubject: beacon\n\nSECRET//NOFORN\n\n(S//NF) Beacon schedule for OBSIDIAN, keep off chat:\n    ```\n    (U) 0200Z 14.2305 MHz\n    ```\n(U) Thanks.\n',
     [(('usg', 'partner', 'public'), '14.2305 MHz')], ['Thanks.']),
    ('gb14', 'UNCLASSIFIED\nSubject: RE: Tirana station move\n\n(U) The new station annex is on the fourth floor of the Sky Tower, above the bank.\n(U) The alarm panel code is still the factory default.\nReleasable to Canada and Australia, as GB agreed on Friday, only.\n',
     [(('partner', 'public'), 'alarm panel code is still the factory default')], ['The new station annex is on the fourth floor of the Sky Tower, above the bank.', 'The alarm panel code is still the factory default.']),
    ('gb15', 'UNCLASSIFIED\n[09:40] analyst: the flight manifests for the Kabul charters are in the folder\n[09:41] analyst: three passengers on the 12 May flight are under Taliban sanctions\n[09:42] lead: ok to pass to the Canadians (all 1.2 GB), no one else\n',
     [(('partner', 'public'), 'under Taliban sanctions')], []),
    ('rf08', 'UNCLASSIFIED//FOUO\nContact roster, Amman station support\n\n| Name | Role | Rel | Phone |\n|---|---|---|---|\n| J. Haddad | driver | brother | +962 79 555 0142 |\n| M. Saleh | fixer | USA, GBR | +962 79 555 0199 |\n\n(U//FOUO) Saleh moves cash for the station through the Abdali exchange house.\n',
     [(('partner', 'public'), 'moves cash for the station')], []),
    ('b02', "SECRET//NOFORN\n\n(U) The ambassador hosted the reception for 120 guests.\n\n(S//NF) The Minister's aide confirmed the transfer schedule.\n\nPage 1 of 1     SECRET//NOFORN     Classified By: asset CARDINAL inside the Defense Ministry\n",
     [(('usg', 'partner', 'public'), 'asset CARDINAL inside the Defense Ministry')], ['The ambassador hosted the reception']),
    ('b17', '(U) Reception notes.\n\nPage 1 of 2        UNCLASSIFIED\n\nThe Venezuelan general offered to testify about the Tren de Aragua payments.\n',
     [(('usg', 'partner', 'public'), 'Venezuelan general offered to testify about the Tren de Aragua payments')], []),
    ('b21', "UNCLASSIFIED\n\nAMCONSUL SHENYANG 000231\n\nSUBJECT: (U) Northeast China trip report\n\n1. (U) The Consul General opened the trade expo on 12 March.\n\n2. (U) Attendance was about 300.\n\nPage 1 of 2        UNCLASSIFIED        Declassify On: 20360312\n\n3. A senior PLA Rocket Force officer told our source that the Jilantai silos are now fueled, a\nchange from last year's posture.\n\nPage 2 of 2        UNCLASSIFIED        Declassify On: 20360312\n",
     [(('usg', 'partner', 'public'), 'senior PLA Rocket Force officer told our source that the Jilantai silos are now fueled')], ['The Consul General opened the trade expo']),
    ('z06', 'From: j.harlan@state.gov\nTo: pol-mil-team@state.gov\nSubject: notes from the Erbil trip\n\nTeam, quick notes, please keep these US-only.\n\nThe source said Colonel Barzani will defect before the end of the month and that the\neastern ridge battery has been moved twice since January.\n\nJim\n\nPage 1 of 1        UNCLASSIFIED\n',
     [(('partner', 'public'), 'Colonel Barzani will defect'), (('partner', 'public'), 'eastern ridge battery')], []),
    ('z28', 'UNCLASSIFIED//FOUO\nReleasable To (Countries): USA, AUS, CAN, GBR, NZL\nException: GBR withdrawn pending review\n\n(U//FOUO) The new port of Umm Qasr inspection regime begins 1 April; customs will scan\nall containers from Iran.\n',
     [(('partner', 'public'), 'port of Umm Qasr inspection regime')], []),
    ('z49', 'SECRET//NOFORN\n\n1. (U) The consular section says visa appointments resume Monday.\n\n2. (S//NF) The source reporting is summarized in the annex.\n\nPage 1 of 2        SECRET//NOFORN        Classified By: J. Harlan, POL, for the ASTER debrief at the Tbilisi safe house\n\n3. (U) Next meeting 12 March.\n\nPage 2 of 2        SECRET//NOFORN\n',
     [(('usg', 'partner', 'public'), 'ASTER debrief at the Tbilisi safe house')], ['visa appointments resume Monday']),
]

_EMAIL = "From: ops desk\nTo: team\nSubject: {subj}\n\n{body}\n"

# My variants, written before reading the reader: (id, document, levels that may not see it, withheld phrase,
# (U) phrase released at usg or "")
VARIANTS: list[tuple[str, str, tuple[str, ...], str, str]] = [
    # ---- code block after a (U) line, its lines carrying secrets
    ("code-tilde-memo", "SECRET\n\nMEMORANDUM FOR THE RECORD\n\n(S) Tasking for the relay follows.\n(U) Config:\n"
                        "~~~\n(U) source_id = COPPER_VINE\n(U) site = Mosul north relay\n~~~\n(U) Send questions to J3.\n"
                        "\nSECRET\n", ALL, "source_id = COPPER_VINE", "Send questions to J3."),
    ("code-python-cable", "SECRET//NOFORN\nSUBJECT: (U) FEED SCRIPT\n\n1. (S//NF) POST RUNS THE FEED FOR ASSET "
                          "BLUE HERON.\n\n2. (U) SNIPPET:\n```python\n# (U) fetch\nfetch(asset='BLUE_HERON', "
                          "relay='Kirkuk')\n```\n\n3. (U) POST WILL FOLLOW.\n\nSECRET//NOFORN\n",
     ALL, "asset='BLUE_HERON'", "POST WILL FOLLOW."),
    # ---- diagram blocks: Mermaid graph labels, %% notes, PlantUML notes, info words after the language
    ("mermaid-flowchart-percent", "SECRET\n(S) Courier route for source LANTERN:\n```mermaid\nflowchart TD\n"
                                  "%% (U) LANTERN hands the drive to the courier at the Basra fish market\n"
                                  "X[(U) start] --> Y[(U) end]\n```\n(U) End of chart.\n",
     ALL, "the Basra fish market", "End of chart."),
    ("plantuml-note-block", "SECRET//NOFORN\n(S//NF) Meeting plan for source OBSIDIAN.\n```plantuml\n@startuml\n"
                            "actor Handler\nnote right of Handler\n(U) OBSIDIAN waits at the Tabriz bus depot at 0700\n"
                            "end note\n@enduml\n```\n(U) End.\n", ALL, "the Tabriz bus depot at 0700", "End."),
    ("mermaid-info-words", "SECRET\n(S) Source chain.\n```mermaid title=chain\nsequenceDiagram\nNote over A,B: (U) "
                           "the asset crosses at the Zakho bridge on Sundays\n```\n(U) End.\n",
     ALL, "crosses at the Zakho bridge on Sundays", "End."),
    # ---- indented / tilde / unclosed fences in an e-mail
    ("indented-tilde-email", _EMAIL.format(subj="relay", body="SECRET\n\n(S) Relay times for CARDINAL, off chat:\n"
                                           "  ~~~\n  (U) 0400Z on 7.1125 MHz\n  ~~~\n(U) Thanks.")),
    ("unclosed-fence-email", _EMAIL.format(subj="keys", body="SECRET//NOFORN\n\n(S//NF) Keys for the Erbil drop:\n"
                                           "```\n(U) locker 41, code 7731\n(U) spare under the mat")),
    # ---- footer whose authority part carries classified text
    ("footer-derived-from", "SECRET\n\n(U) The embassy reopened on Monday.\n\n(S) The transfer is set for May.\n\n"
                            "Page 1 of 1    SECRET    Derived From: debrief of source MAPLE at the Herat guest house\n"),
    ("footer-classified-by-reason", "CONFIDENTIAL\n\n1. (U) Visa services resume Monday.\n\n2. (C) Details follow.\n\n"
                                    "Page 1 of 2   CONFIDENTIAL   Classified By: R. Diaz, for the WILLOW meeting in "
                                    "the Quetta bazaar, Reason: 1.4(c)\n\n3. (U) Next meeting Friday.\n"),
    # ---- footer (U) and no banner over unmarked text
    ("footer-u-memo-nf-cue", "MEMORANDUM FOR THE RECORD\nSubject: Basra visit\n\nNot for foreign release: the port "
                             "director confirmed the militia takes a cut of every container.\n\n"
                             "Page 1 of 1      UNCLASSIFIED\n"),
    ("footer-u-email-nf-cue", "From: a.kent@state.gov\nTo: nea-team@state.gov\nSubject: Mosul notes\n\nAll, US eyes "
                              "only please.\n\nThe governor's aide said the dam contractor is paying the PMF.\n\nAndy\n\n"
                              "UNCLASSIFIED    Page 1 of 1\n"),
    # ---- a release label fine, then a condition withdrawing the partner
    ("rel-label-except-gbr", "UNCLASSIFIED//FOUO\nReleasable to: USA, AUS, CAN, GBR, NZL\nNote: not GBR until the "
                             "review closes\n\n(U//FOUO) The Basra customs audit finds 40 percent of manifests forged.\n"),
    ("rel-label-gbr-removed", "UNCLASSIFIED//FOUO\nRELEASABLE TO: FVEY\nException: UK removed pending review\n\n"
                              "(U//FOUO) The Kuwait border post will close on 3 June for repairs to the scanners.\n"),
    # ---- GB as initials or gigabytes in release wordings
    ("gb-initials-email", "UNCLASSIFIED\nSubject: RE: safe house keys\n\n(U) The spare keys are with the guard at "
                          "gate 2 of the villa in Dohuk.\nOK to share with the Australians only, GB says.\n"),
    ("gb-gigabytes-chat", "UNCLASSIFIED\n[10:01] ana: the raid photos are on the share drive\n[10:02] ana: two of "
                          "the detainees are Wagner contractors\n[10:03] lead: send it to the Canadians, 3 GB total, "
                          "not to anyone else\n"),
    # ---- a Rel column (relationship, not a release list)
    ("rel-column-tsv", "UNCLASSIFIED//FOUO\nSources list\n\nName\tRel\tNote\nA. Karimi\tcousin\tbanker\nS. Omar\t"
                       "USA, GBR\tdriver\n\n(U//FOUO) Karimi launders the clan's money through a Dubai gold dealer.\n"),
    ("rel-column-md-rel-to", "UNCLASSIFIED//FOUO\nContacts\n\n| Name | Rel To | City |\n|---|---|---|\n| F. Aziz | "
                             "USA, GBR | Irbid |\n\n(U//FOUO) Aziz carries the payroll cash to the Zarqa cell.\n"),
]
# written after the fixes, red-teaming them (each its class in another shape): (id, document, levels, withheld,
# released)
VARIANTS_AFTER: list[tuple[str, str, tuple[str, ...], str, str]] = [
    ("code-unclosed-after-u", "SECRET\n\n(S) The relay script for asset RAVEN follows.\n(U) Script:\n```bash\n"
                              "(U) ssh relay --asset RAVEN_NEST --port 4471\n", ALL, "RAVEN_NEST --port 4471", ""),
    ("code-tilde-indented-cable", "SECRET\nSUBJECT: (U) RELAY\n\n1. (S) POST RUNS THE RELAY FOR SOURCE TEAL.\n"
                                  "   ~~~~\n   (U) relay --source TEAL_WING\n   ~~~~\n\n2. (U) POST WILL FOLLOW.\n",
     ALL, "TEAL_WING", "POST WILL FOLLOW."),
    ("mermaid-comment-under-s", "SECRET\n(S) Route for source LANTERN:\n```mermaid\nflowchart LR\n"
                                "%% (U) LANTERN crosses at the Ibrahim Khalil gate\nA --> B\n```\n(U) End.\n",
     ALL, "crosses at the Ibrahim Khalil gate", "End."),
    ("classified-by-standalone", "SECRET\n\n1. (U) Visa services resume Monday.\n\nClassified By: T. Ames, POL, "
                                 "after the HAZEL meeting at the Mosul safe house, Reason: 1.4(c)\n\n2. (U) Next "
                                 "meeting Friday.\n\nSECRET\n", ALL, "HAZEL meeting at the Mosul safe house",
     "Visa services resume Monday."),
    ("classified-by-plain-released", "SECRET\n\n1. (U) Visa services resume Monday.\n\n2. (S) The source met the "
                                     "minister.\n\nClassified By: Ambassador Jane Doe, for reasons 1.4(b) and (d)\n"
                                     "\nSECRET\n", ALL, "The source met the minister", "Visa services resume Monday."),
    ("footer-u-declassify-memo", "UNCLASSIFIED\n\n(U) The fair opened Monday.\n\nThe colonel said the launchers "
                                 "moved to Hama.\n\nPage 1 of 1   UNCLASSIFIED   Declassify On: 20400101\n",
     ("usg", "partner", "public"), "the launchers moved to Hama", "The fair opened Monday."),
    ("keep-it-us-only-memo", "UNCLASSIFIED\n\nMEMORANDUM\n\nPlease keep it U.S. only.\n\nThe mayor's driver "
                             "works for the militia.\n\nUNCLASSIFIED\n", NF, "works for the militia", ""),
    ("rel-field-caveat-line", "UNCLASSIFIED//FOUO\nReleasability: REL TO USA, GBR\nCaveat: UK copy on hold until "
                              "the audit closes\n\n(U//FOUO) The tender was rigged for the minister's cousin.\n",
     NF, "rigged for the minister's cousin", ""),
    ("gb-decimal-fine-to-share", "UNCLASSIFIED\n[11:00] kim: the intercept files are uploaded\n[11:01] kim: the "
                                 "colonel's phone is in the batch\n[11:02] lead: fine to share with the Aussies "
                                 "(about 2.5 GB), nobody else\n", NF, "the colonel's phone is in the batch", ""),
    ("rel-column-note-cell", "UNCLASSIFIED//FOUO\n\n| Item | Releasability |\n|---|---|\n| Port audit | see "
                             "note |\n| Visa list | USA, GBR |\n\n(U//FOUO) The audit names the customs chief.\n",
     NF, "The audit names the customs chief", ""),
]
_VARIANT_FIX = {  # (levels, withheld, released) of the e-mail/footer variants written by format above
    "indented-tilde-email": (ALL, "0400Z on 7.1125 MHz", "Thanks."),
    "unclosed-fence-email": (ALL, "locker 41, code 7731", ""),
    "footer-derived-from": (ALL, "source MAPLE at the Herat guest house", "The embassy reopened on Monday."),
    "footer-classified-by-reason": (ALL, "WILLOW meeting in the Quetta bazaar", "Visa services resume Monday."),
    "footer-u-memo-nf-cue": (NF, "the militia takes a cut of every container", ""),
    "footer-u-email-nf-cue": (NF, "the dam contractor is paying the PMF", ""),
    "rel-label-except-gbr": (NF, "40 percent of manifests forged", ""),
    "rel-label-gbr-removed": (NF, "close on 3 June for repairs", ""),
    "gb-initials-email": (NF, "gate 2 of the villa in Dohuk", ""),
    "gb-gigabytes-chat": (NF, "Wagner contractors", ""),
    "rel-column-tsv": (NF, "through a Dubai gold dealer", ""),
    "rel-column-md-rel-to": (NF, "payroll cash to the Zarqa cell", ""),
}
VARIANTS = [(i, d, *_VARIANT_FIX[i]) if i in _VARIANT_FIX else (i, d, *rest)  # type: ignore[misc]
            for i, d, *rest in VARIANTS]


# marked by their own marks, as the project reads them: not leaks (strict xfails keep them in view)
_OWN_MARKS = {
    "gb14": "the withheld line is marked (U) by its own mark; a release statement's limit goes to unmarked text",
    "b17": "the text is under the document's own UNCLASSIFIED banner (a footer's, as a bottom banner would be)",
}
# variants of mine left leaking, by a shape the fix does not reach (strict xfails)
_LEFT = {
    "gb-initials-email": "the withheld line is marked (U) by its own mark (as gb14)",
    "gb-gigabytes-chat": "'send it to the Canadians, ..., not to anyone else' is no wording of the vocabulary, with or "
                         "without GB",
    "rel-column-md-rel-to": "a release column whose every cell is a list states the document's releasability "
                            "(review35b's design)",
}


def _xfail(i: str) -> list[pytest.MarkDecorator]:
    reason = _OWN_MARKS.get(i) or _LEFT.get(i)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize("doc,levels,withheld", [pytest.param(d, lv, p, id=i, marks=_xfail(i))
                                                 for i, d, ex, _ in REVIEW_DOCS for lv, p in ex])
def test_review_documents_withhold(doc: str, levels: tuple[str, ...], withheld: str) -> None:
    assert_withheld(doc, withheld, levels)


@pytest.mark.parametrize("doc,released", [(d, r) for _, d, _, rs in REVIEW_DOCS for r in rs],
                         ids=[i for i, _, _, rs in REVIEW_DOCS for _ in rs])
def test_review_documents_release(doc: str, released: str) -> None:
    assert_released(doc, released)


@pytest.mark.parametrize("doc,levels,withheld", [pytest.param(d, lv, w, id=i, marks=_xfail(i))
                                                 for i, d, lv, w, _ in VARIANTS])
def test_variants_withhold(doc: str, levels: tuple[str, ...], withheld: str) -> None:
    assert_withheld(doc, withheld, levels)


@pytest.mark.parametrize("doc,released", [(d, r) for _, d, _, _, r in VARIANTS if r],
                         ids=[i for i, *_, r in VARIANTS if r])
def test_variants_release(doc: str, released: str) -> None:
    assert_released(doc, released)


@pytest.mark.parametrize("doc,levels,withheld", [pytest.param(d, lv, w, id=i, marks=_xfail(i))
                                                 for i, d, lv, w, _ in VARIANTS_AFTER])
def test_variants_after_withhold(doc: str, levels: tuple[str, ...], withheld: str) -> None:
    assert_withheld(doc, withheld, levels)


@pytest.mark.parametrize("doc,released", [(d, r) for _, d, _, _, r in VARIANTS_AFTER if r],
                         ids=[i for i, *_, r in VARIANTS_AFTER if r])
def test_variants_after_release(doc: str, released: str) -> None:
    assert_released(doc, released)


def test_classifier_line_of_a_name_and_reasons_stays_a_field() -> None:
    """(non-example) a Classified By line of a title, a name and reasons is released as written at usg."""
    text = ("SECRET\n\n1. (U) Visa services resume Monday.\n\nClassified By: Ambassador Jane Doe, Chief of the "
            "Political Section, for reasons 1.4(b) and (d)\n\nSECRET\n")
    assert_released(text, "Classified By: Ambassador Jane Doe, Chief of the Political Section")


def test_code_block_set_off_under_u_keeps_u() -> None:
    """(non-example, open38b) a code block set off by a blank line under a (U) portion keeps (U)."""
    text = ("SECRET\n\n(S) The courier arrives by the north gate.\n\n(U) An example of a mark in a template:\n\n"
            "~~~\n(U) The office opens at 9.\n~~~\n\nSECRET\n")
    assert_released(text, "The office opens at 9.")
