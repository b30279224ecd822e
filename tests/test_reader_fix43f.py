"""fix43f: corrections and records still leaking in round 174 (issue 8), by class.

First run (lead43, main 469c2454 + fix43a-d): seven strict xfails of round 174 leaked (adv174-002 JetBrains Replace
in Path with `scope = Selection` on the text under a heading, 003 Xcode's Find navigator `search (U) ... press
Replace on the single match at notes.txt:14 ... the replacement is (S//NF)`, 013 a Rocket.Chat attachment bar
`  | Bea: (U) Dr. Celestin leads ...` then `needs (S)`, 031 perl `if $. >= 6 && $. <= 8` over an `nl -ba` listing,
036 nano's replace answered `N, N, Y, then ^C`, 038 a ServiceNow work note `para beginning "Two trucks" -> mark C`,
045 Word balloons `[para 3, "..."]  Deleted: (U)` / `[para 3, "..."]  Inserted: (S)` on two lines); after this
branch, none.

Classes: 1 interactive answers of any tool (`n n y q`, `N, N, Y, ^C`) name an occurrence no reader counts: every
portion carrying OLD is raised (fail closed); 2 a search answered by a Replace in the same sentence is an edit; 3
a printed listing's own numbering, a range of lines (`$. >= a && $. <= b`, `NR>=a && NR<=b`, `if a..b`); a listing
numbered by `nl` without `-ba` (blank lines skipped) is not the file's numbering: fail closed; 4 a part named by its
opening words in any quoting (`|`, `\u2502`, `\u258c` bars) and a bare level after an arrow (`-> mark C`); 5 markup
balloons of any word processor, one per line; 6 a tool's scope set to a selection: fail closed. The cases below are
mine (new wording and formats), each failing on lead43; `keep-*` are traps of the same shape.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

# (id, document, phrases withheld at every level, (U) phrases released at usg)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    ('vim-confirm-answers',
     "CONFIDENTIAL\n\n(U) The ferry to Mombasa now sails twice a week.\n\n"
     "(U) The port captain said customs officers sell inspection waivers to the cartel.\n\n"
     "(U) The new terminal opens in June.\n\n"
     "Note from K.: open the draft in vim, search (U) and replace with (C); when it asks, type n y n q.\n\n"
     "CONFIDENTIAL\n",
     ['customs officers sell inspection waivers to the cartel'], []),
    ('finder-replace-single-result',
     "SECRET\n\nDraft memo\n\n(U) The mayor opened the new bus depot.\n\n"
     "(U) A police source said the depot contract was rigged for a senator's cousin.\n\n"
     "Editor: find (U) in the Search panel, click the second result and choose Replace there; the replacement "
     "text is (S).\n\nSECRET\n",
     ['the depot contract was rigged for a senator'], []),
    ('awk-line-range-cat-n',
     "SECRET\n\nRun: awk 'NR>=3 && NR<=3 { sub(/^\\(U\\)/, \"(S)\") } 1' brief.txt\n\n$ cat -n brief.txt\n"
     "     1\tBRIEF\n     2\t\n     3\t(U) The general admitted the unit sold rifles to the rebels.\n"
     "     4\t\n     5\t(U) Lunch was served at noon.\n\nSECRET\n",
     ['the unit sold rifles to the rebels'], []),
    ('perl-range-plain-nl',
     "SECRET\n\nperl -pi -e 's/^\\(U\\)/(S)/ if $. >= 3 && $. <= 3' a.txt\n\n$ nl a.txt\n"
     "     1\tHEADER\n     2\t(U) The chairman said the tender was sold in advance.\n\n"
     "     3\t(U) The weather turned cold.\n\nSECRET\n",
     ['the tender was sold in advance'], []),
    ('bar-quote-then-needs',
     "SECRET\n\nMattermost export\n\n[08:00] ana\n(U) The school roof was repaired.\n\n[08:10] bo\n"
     "(U) Minister Duarte said the army pays the militia in fuel.\n\n[09:00] cy\n"
     "  \u2502 bo: (U) Minister Duarte said the army pays...\n  \u2502 (attachment)\nneeds (S) -- source is sensitive\n\nSECRET\n",
     ['the army pays the militia in fuel'], ['The school roof was repaired']),
    ('arrow-mark-level-quoted-opening',
     "CONFIDENTIAL\n\nTicket 4410\n\n(U) The clinic received new beds.\n\n"
     "(U) Three soldiers guard the depot at night. The captain takes a cut of every shipment.\n\n"
     "Activity\n  2026-03-02 - J. Ortiz\n    item opening 'Three soldiers guard' => mark it C\n\nCONFIDENTIAL\n",
     ['The captain takes a cut of every shipment'], ['The clinic received new beds']),
    ('balloons-removed-added',
     "SECRET\n\n(U) The fair opened on Monday.\n\n(U) Colonel Ba said the patrol logs are falsified.\n\n"
     "Comments:\n  [p. 2] Removed: (U)\n  [p. 2] Added: (S)\n\nSECRET\n",
     ['the patrol logs are falsified'], []),
    ('selection-scope',
     "CONFIDENTIAL\n\n[11:00] Tomas\nnotes\n\nLogistics\n\n(U) The convoy left at dawn.\n\n"
     "Contacts\n\n(U) The broker said the governor owns the trucking firm.\n\n"
     "[11:05] Lia\nselect everything under Contacts, scope = Selection, find (U) replace (C), Replace All.\n\n"
     "CONFIDENTIAL\n",
     ['the governor owns the trucking firm'], []),
]

# (id, document, (U) phrases that must stay released at usg)
KEEP: list[tuple[str, str, list[str]]] = [
    ('keep-lowering-arrow',
     "CONFIDENTIAL\n\n(U) The bazaar reopens on Friday.\n\n(C) The consul met the police chief.\n\n"
     "Log\n  para beginning 'The consul met' -> mark U was proposed and rejected\n\nCONFIDENTIAL\n",
     ['The bazaar reopens on Friday']),
    ('keep-perl-range-exact',
     "SECRET\n\nperl -pi -e 's/^\\(U\\)/(S)/ if $. >= 3 && $. <= 3' b.txt\n\n$ cat -n b.txt\n"
     "     1\tHEADER\n     2\t\n     3\t(U) The deputy said the ministry pays informants.\n"
     "     4\t\n     5\t(U) The library opens late on Thursdays.\n\nSECRET\n",
     ['The library opens late on Thursdays']),
]


@pytest.mark.parametrize("doc,withheld,released", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_correction_or_record_raises_its_part(doc: str, withheld: list[str], released: list[str]) -> None:
    for phrase in withheld:
        assert_withheld(doc, phrase, ALL)
    for phrase in released:
        assert_released(doc, phrase)


@pytest.mark.parametrize("doc,released", [c[1:] for c in KEEP], ids=[c[0] for c in KEEP])
def test_trap_of_the_same_shape_stays_released(doc: str, released: list[str]) -> None:
    for phrase in released:
        assert_released(doc, phrase)
