"""A release to a partner stated inside a portion of a NOFORN document grants nothing (fix51a, r50c-01, issue 8).

    UNCLASSIFIED//FOUO//NOFORN
    1. (U//FOUO//NF) The vehicle barrier on the north gate ...
    2. (U//FOUO) You may share this paragraph with the British embassy only. The Marine detachment will ...

The banner's NOFORN was carried by paragraph 1, so paragraph 2's own mark let the partner level release it; and the
sentence in it grants a release to the UK that the banner forbids. A permission to share a paragraph says it is not
otherwise releasable, and the document says no foreign release: the conflict is never read in favour of release. So a
controlled portion (`raising.controlled`) that grants a release to the UK takes NOFORN when the declared marking or any
banner read carries NOFORN (`raising.raised_to`: never lowered). A grant is a statement of release to a foreign
country read by `evidence.take_controls_in_words` (`dissemination_control` evidence with a REL TO list), or a sentence
whose release verb (rules/record_words.yaml `withdrawn_members.release_verbs`) follows a permission (`may`, `ok to`:
`forbidden_releases.permissions`), or a release adjective or mark (`shareable`, `REL TO`: `release_adjectives`),
followed in the sentence by a name of the UK (`release_conditions.names_uk`). Plain (U) portions are left as read.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .raising import controlled, raised_to
from .release_conditions import names_uk
from .rule_words import alternatives, made_once
from .state import Reading

_NOFORN = "NOFORN"


class _Patterns:
    """The patterns of rules/record_words.yaml `forbidden_releases` and `withdrawn_members.release_verbs`."""

    def __init__(self, g: object):
        words = g.record_words["forbidden_releases"]  # type: ignore[attr-defined]
        verbs = alternatives(g.record_words["withdrawn_members"]["release_verbs"])  # type: ignore[attr-defined]
        self.grant = re.compile(r"(?i)\b(?:(?:" + alternatives(words["permissions"]) + r")[ \t]+(?:also[ \t]+|only[ \t]+)?"
                                r"(?:be[ \t]+)?(?:" + verbs + r")|(?:" + alternatives(words["release_adjectives"]) + r"))\b"
                                r"(?P<rest>[^.;!?\n]{0,100})")


def _patterns(r: Reading) -> _Patterns:
    return made_once(r.g, "forbidden_releases", _Patterns)


def _says_noforn(r: Reading, declared: Marking | None) -> bool:
    """Does the document's declared marking, or any banner read, carry NOFORN?"""
    return any(m is not None and m.valid and _NOFORN in m.dissem for m in (declared, *r.banner_markings))


def _grant(r: Reading, p: Portion, releases: list[tuple[int, str]]) -> str | None:
    """The words in `p` that grant a release to the UK, or None."""
    said = next((seen for at, seen in releases if p.start <= at < p.end), None)
    if said is not None:
        return said
    for m in _patterns(r).grant.finditer(r.text, p.body_start, p.end):
        if names_uk(r, m.group("rest")):
            return m.group(0)
    return None


_MARK_RELEASES_UK = re.compile(r"\bREL(?:EASABLE)?[ \t]+TO\b[^()\n]*\b(?:GBR|UK)\b")


def explicit_uk_release(r: Reading, p: Portion) -> bool:
    """Does the portion's own mark, as written, release it to the UK (`(U//FOUO//REL TO USA, GBR)`), and its
    marking as read still say so? (A grant read from the portion's sentences is no mark of its own.)"""
    if p.mark_start is None or p.mark_end is None or p.marking is None or not p.marking.valid:
        return False
    return "GBR" in p.marking.rel_to and _MARK_RELEASES_UK.search(r.text, p.mark_start, p.mark_end) is not None


def raise_forbidden_releases(r: Reading, portions: list[Portion], declared: Marking | None) -> list[Portion]:
    """`portions` with each controlled portion that grants a release to the UK raised to NOFORN, in a document whose
    banner says NOFORN (module docstring)."""
    if not _says_noforn(r, declared):
        return portions
    releases = [(e.start, e.seen) for e in r.evidence if e.kind == "dissemination_control" and e.marking is not None
                and e.marking.valid and any(c != "USA" for c in e.marking.rel_to)]
    noforn = r.g.parse("UNCLASSIFIED//NOFORN")
    out = []
    for p in portions:
        # (lead51, test_redaction_golden's memo_rel_to) a portion whose own mark releases it to the UK (`(U//FOUO//REL
        # TO USA, GBR)`) is read by that mark: a banner's NOFORN rolls up the other portions' controls, and a sentence
        # that agrees with the mark grants nothing the mark did not
        if explicit_uk_release(r, p):
            out.append(p)
            continue
        if controlled(p.marking) and _NOFORN not in p.marking.dissem:  # type: ignore[union-attr]
            said = _grant(r, p, releases)
            if said is not None:
                p = raised_to(r, p, [noforn], f"'{' '.join(said.split())[:100]}' grants a release the document's "
                              "NOFORN forbids")
        out.append(p)
    return out
