"""fix50b: the UK list's two uses split (issue 8, session s50).

rules/markings.yaml `uk_government_names` answered two opposite questions with one list. (1) Does an exclusion,
exception, refusal or statement NAME the UK (`other than the FCDO`, `nothing goes to Marsham Street`)? Yes RAISES (the
text is withheld at partner), so a broader list is safer. (2) Does a release list HOLD the UK (`Distribution: ...
only`, a participant list)? Yes keeps the text releasable at partner, so a narrower list is safer. Review49b found UK
offices whose names do not say the country (`Ministry of Justice`, `Serious Fraud Office`) making a list of French
or New Zealand offices hold the UK; the lead took them out of the list (b7b176f3), so question (1) lost them too.

Every use of the list (sbu_redact/, by accessor), and its kind:

| use | where | naming the UK ... | kind | names read (fix50b) |
| --- | --- | --- | --- | --- |
| `exception_names()` in `_countries_named(excepted=True)` for a list's `excluded` group | evidence.take_controls_in_words | takes it out of the list | (1) | offices + ambiguous |
| `exception_names()` in `_negated_countries` (`not releasable to X or ...`) | evidence | drops it from the list | (1) | offices + ambiguous |
| `exception_names()` + `foreign_audiences()` in `_names_foreign` (a sentence keeping a text from someone) | evidence | keeps the NOFORN | (1) | offices + ambiguous |
| `names_uk` for `excluded_names: uk` / `uk_or_no_one` (`exclude = ...`, `FVEY less ...`) | release_conditions | keeps the NOFORN | (1) | offices + ambiguous |
| `names_no_one` (`_names_foreign`: a member counted, not named) | release_conditions | drops that reading, but `names_uk` (1) raises | (1) | offices + ambiguous |
| `names_uk` in `list_leaves_out_uk` (a closed `... only` list) | release_conditions | DROPS the NOFORN | (2) | offices only |
| `_exception_names_a_country` (a sharing sentence's exception: `FVEY except ... para 4`) | evidence | DROPS the NOFORN | (2) | offices only |
| `uk_names()` via `uk_pattern` in a UK release naming parts | partial_releases | raises the other parts | (1) | offices + ambiguous |
| `uk_names()` via `uk_pattern`: the UK left a community, its release lapsed | withdrawn_members | raises | (1) | offices + ambiguous |
| `uk_names()` via `uk_pattern` in a participant list | missing_members | KEEPS the text releasable | (2) | offices only |
| `government_seats()` (`seats`: Whitehall, Downing Street) | evidence `_capitals_limit`, `_groups_named`, `_names_foreign`; release_conditions.names_uk | both | (1)/(2) | unchanged (they say the country) |
| `territory_names` (`British Virgin Islands`) | release_conditions | read out of the words: names no UK | both | unchanged |
| `posts`, `hosts`, `colloquial` | evidence `_from_post`, `_hosts_from_post`, `_colloquial_uk` | keeps the NOFORN | (1) | unchanged |
| `statement_names` (`Brits`, `RAF`) | `uk_names` | as `uk_names` | (1)/(2) | unchanged |
| `country` | partial_releases, release_conditions | the code | both | unchanged |

The split: `uk_government_names.offices` keeps only names that say the country (FCDO, GCHQ, HM Treasury, UK Border
Force, King Charles Street ...) and serves both kinds; the new `uk_government_names.ambiguous_offices` (validated on
load as the other keys: rules_schema `_government_names_listed_once`) holds offices another government also has or
common phrases (`Ministry of Justice`, `Serious Fraud Office`, `Crown Prosecution Service`, `Metropolitan Police
Service`, `Counter Terrorism Policing`, `Defence Equipment and Support`, `DE&S` put back; `Foreign Office` (Germany's
Federal Foreign Office), `Home Office`, `Cabinet Office` (Japan's), `Ministry of Defence`, `Secret Intelligence
Service` (Australia's ASIS), `Security Service`, `Defence Intelligence`, `Metropolitan Police` (Tokyo's), `National
Crime Agency`, `NCA`, `Border Force` (Australia's), `Department for Transport`, `Department for Education` (South
Australia's), `Main Building`, `Northwood` (NATO's maritime command), `Cheltenham`, `the Doughnut`, `Number 10`, `No.
10`, `No 10` moved out of `offices`; `the Met`, `Special Branch`, `National Cyber Security Centre`, `NCSC`, `Joint
Intelligence Committee`, `Government Legal Department`, `Treasury Solicitor`, `Financial Conduct Authority`, `National
Security Secretariat`, `Foreign Secretary`, `Home Secretary`, `Defence Secretary` added). Uses of kind (1) read both
lists (`exception_names()`, `foreign_audiences()`, `uk_names()`, `names_uk(...)`, `uk_pattern(g)`, all by default);
uses of kind (2) read `offices` alone (`ambiguous=False`). Moving a name out of `offices` changes only kind (2) uses,
where it raises; adding a name to `ambiguous_offices` changes only kind (1) uses, where it raises.

First run (main e8e4ac0d, /tmp/m50): every case below of `WITHHELD` failed (the text was released at partner), every
case of `RELEASED` passed (and both vocabulary tests failed: no `ambiguous_offices`). On this branch all pass.
The adversarial corpus holds none of these shapes: readdiff (scripts/harness/readdiff.py) of this branch against main
e8e4ac0d: 0 of 11,781 documents read differently; whole harness against /tmp/s50/t0.txt: NEW LEAKS 0, fixed 0,
over-redaction 3,724 -> 3,724 (none new, none fixed). No corpus document changed, so no harness expectation changed.
Left (not this split): a closed list that names another country only by its capital beside an office (`| Ministry of
Defence (Paris), Bundeswehr only |`) still does not read as leaving the UK out (released on main too); `Royal Navy`
and `Royal Air Force` (`statement_names`, `offices`) also begin Oman's services' names (`Royal Navy of Oman`).
"""
from __future__ import annotations

import pytest

import sbu_redact

_PIPELINE = sbu_redact.Pipeline()


def _partner(text: str) -> str:
    return " ".join(_PIPELINE.redact(text, levels=["partner"], partner="GBR")["partner"].text.split())


def _doc(*paragraphs: str, banner: str = "UNCLASSIFIED//SBU") -> str:
    return banner + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + banner + "\n"


# (id, document, phrase withheld at partner)
WITHHELD: list[tuple[str, str, str]] = [
    # kind (1): a refusal, exclusion or exception naming the UK only by an office whose name does not say the country
    ("other-than-sfo",
     _doc("1. (SBU) Handling: share with FVEY partners other than the Serious Fraud Office.",
          "2. (SBU) The account holder moved funds through St Helier on 3 March."),
     "moved funds through St Helier"),
    ("do-not-share-moj",
     _doc("1. (SBU) Do not share this with the Ministry of Justice.",
          "2. (SBU) The prisoner transfer is set for 14 May at Belmarsh."),
     "prisoner transfer is set for 14 May"),
    ("config-exclude-cps",
     _doc("1. (SBU) Sharing profile:\nexclude = Crown Prosecution Service",
          "2. (SBU) The witness list sits in Annex B of the case file."),
     "witness list sits in Annex B"),
    ("keep-away-from-the-met",
     _doc("1. (SBU) Keep this away from the Met until the CPS decides.",
          "2. (SBU) The suspect flew into Luton on 9 April."),
     "suspect flew into Luton"),
    ("nothing-to-special-branch",
     _doc("1. (SBU) Nothing in this note goes to Special Branch.",
          "2. (SBU) The courier changed trains at Crewe on 11 April."),
     "courier changed trains at Crewe"),
    ("fvey-less-cps",
     _doc("1. (SBU) Releasable to FVEY less the Crown Prosecution Service.",
          "2. (SBU) The solicitor met the witness on 9 April in Leeds."),
     "solicitor met the witness"),
    ("not-for-ncsc-e-mail",
     "Classification: UNCLASSIFIED//SBU\n\nTeam,\n\n(SBU) Not for the NCSC liaison: the patch for the relay "
     "servers ships on 2 June.\n\nThanks,\nK.\n\nClassification: UNCLASSIFIED//SBU\n",
     "patch for the relay"),
    # kind (1): a release to the UK (named by such an office) limited to parts leaves the others to no one
    ("partial-release-sfo",
     _doc("1. (U) Releasability: you may pass paragraph 2 to the Serious Fraud Office.",
          "2. (SBU) The shell company is registered in Douglas.",
          "3. (SBU) The account holder is a former minister's nephew."),
     "former minister's nephew"),
    # kind (2): a closed list of other nations' offices of the same names does not hold the UK
    ("french-mod-distribution-tab",
     _doc("1. (SBU) Distribution:\tFrench Ministry of Defence and Bundeswehr only",
          "2. (SBU) The frigate sails from Toulon on 14 May."),
     "frigate sails from Toulon"),
    ("german-foreign-office-only",
     _doc("1. (SBU) Passable to the German Federal Foreign Office and Bundeswehr only.",
          "2. (SBU) The frigate sails from Kiel on 14 May."),
     "frigate sails from Kiel"),
    ("australian-border-force-only",
     _doc("1. (SBU) Shared with Australian Border Force and NZ Customs only.",
          "2. (SBU) The vessel reached Darwin on 14 May."),
     "vessel reached Darwin"),
    ("french-mod-participants",
     _doc("1. (U) Handling: SBU paragraphs of this memo are releasable to Exercise GREY HERON participants.",
          "2. (U) Participants:\nFrance - Ministry of Defence\nGermany - Bundeswehr\nCanada - CJOC",
          "3. (SBU) The convoy leaves Brest on 4 June."),
     "convoy leaves Brest"),
]

# (id, document, phrase released at partner): still so on this branch, traps of the same shapes
RELEASED: list[tuple[str, str, str]] = [
    ("uk-two-letter-list",
     _doc("1. (SBU) Distribution: UK and US only.", "2. (SBU) The frigate sails from Portsmouth on 14 May."),
     "frigate sails from Portsmouth"),
    ("uk-ministry-of-defence-only",
     _doc("1. (SBU) May be shared with the UK Ministry of Defence only.",
          "2. (SBU) The frigate sails from Devonport on 14 May."),
     "frigate sails from Devonport"),
    ("fcdo-table-cell",
     _doc("1. (SBU) Routing table:\n| Item | Audience |\n| Annex C | FCDO, State Department only |",
          "2. (SBU) The frigate sails from Rosyth on 14 May."),
     "frigate sails from Rosyth"),
    ("uk-participants",
     _doc("1. (U) Handling: SBU paragraphs of this memo are releasable to Exercise GREY HERON participants.",
          "2. (U) Participants:\nFrance - Armee de Terre\nGermany - Bundeswehr\nCanada - CJOC\nUK - Royal Navy",
          "3. (SBU) The convoy leaves Brest on 4 June."),
     "convoy leaves Brest"),
    ("us-department-refusal",
     _doc("1. (SBU) Do not forward this to the Department of Justice yet.",
          "2. (SBU) The grant review closes on 30 June."),
     "grant review closes"),
]


@pytest.mark.parametrize("case_id,text,phrase", WITHHELD, ids=[c[0] for c in WITHHELD])
def test_withheld_at_partner(case_id: str, text: str, phrase: str) -> None:
    assert phrase in text
    assert phrase not in _partner(text), case_id


@pytest.mark.parametrize("case_id,text,phrase", RELEASED, ids=[c[0] for c in RELEASED])
def test_released_at_partner(case_id: str, text: str, phrase: str) -> None:
    assert phrase in text
    assert phrase in _partner(text), case_id


def _vocabulary():
    from sbu_redact.config import load_rules
    from sbu_redact.markings import validated_vocabulary
    return validated_vocabulary(load_rules())


def test_ambiguous_offices_read_only_where_naming_the_uk_raises() -> None:
    """The two uses of the list: `ambiguous_offices` are among the names that raise, never among those that keep a
    list releasable."""
    vocabulary = _vocabulary()
    ambiguous = set(vocabulary.uk_government_names.ambiguous_offices)
    assert {"Ministry of Justice", "Serious Fraud Office", "Crown Prosecution Service"} <= ambiguous
    assert ambiguous <= set(vocabulary.exception_names()) and ambiguous <= set(vocabulary.foreign_audiences())
    assert ambiguous <= set(vocabulary.uk_names())
    assert not ambiguous & set(vocabulary.exception_names(ambiguous=False))
    assert not ambiguous & set(vocabulary.uk_names(ambiguous=False))
    assert not ambiguous & set(vocabulary.uk_government_names.offices)


@pytest.mark.parametrize("edit,key", [
    ("  ambiguous_offices: [Ministry of Justice,", "uk_government_names.ambiguous_offices.0"),  # also in `offices`
    ("  ambiguous_offices: [Ministry of Justice, , ", "uk_government_names.ambiguous_offices.1"),  # an empty name
])
def test_a_bad_ambiguous_office_is_refused(tmp_path, edit: str, key: str) -> None:
    import shutil
    from sbu_redact.config import RulesError, load_rules
    from sbu_redact.markings import validated_vocabulary
    rules = tmp_path / "rules"
    shutil.copytree(load_rules().directory, rules)
    text = (rules / "markings.yaml").read_text(encoding="utf-8")
    if edit.endswith(","):  # the first ambiguous office listed again among `offices`
        text = text.replace("  offices: [FCDO,", "  offices: [Ministry of Justice, FCDO,")
    else:
        text = text.replace("  ambiguous_offices: [Ministry of Justice, ", "  ambiguous_offices: [Ministry of Justice, '', ")
    (rules / "markings.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RulesError, match=key.replace(".", r"\.")):
        validated_vocabulary(load_rules(rules))
