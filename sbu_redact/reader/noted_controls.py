"""A control of foreign disclosure that a note gives to (U) text under a classified banner (fix45b, issue 8).

    SECRET
    2. (U) A clerk said the district chief sells fuel permits.
    (U) Opomba: odstavka 2 in 3 nista za tujce.      (Slovene: paragraphs 2 and 3 are not for foreigners)

A note (in English, `paragraphs 2 and 4 are NOFORN`, or in another language, `nisu za strance`, `hanya untuk orang
Amerika`) that gives NOFORN, a REL TO list or DISPLAY ONLY to a portion whose own mark reads (U) or that has none
made it (U//NF): released at `usg`. Under a classified banner that is no valid marking (NOFORN, REL TO and DISPLAY
ONLY are controls of classified information there, and a note that the reader cannot read exactly may mean any
level). Lead's decision (session 45): such a portion is read at least at the banner's level, with a GOVERNED_PORTION
problem naming the note: withheld at every level (fail closed). Only statements that raise a portion do this
(`raising.governed` records each raise that adds such a control to a plain (U) marking); a banner's or caption's
own NOFORN, which every (U) portion of a NOFORN cable takes, does not. It only raises.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..markings import Marking
from .raising import Overlaps, raised_to
from .state import Reading


def foreign_limit(m: Marking) -> bool:
    """Whether `m` limits disclosure to foreign nationals: NOFORN, a REL TO list or DISPLAY ONLY."""
    return m.noforn or bool(m.rel_to) or bool(m.display_only) or "DISPLAY ONLY" in m.dissem


def plain_unclassified(m: Marking) -> bool:
    """Whether `m` reads as a plain (U): unclassified, no designation (SBU, CUI, FOUO) and no foreign limit."""
    return m.valid and m.level is not None and m.rank == 0 and not m.designations and not m.cui_categories \
        and not foreign_limit(m)


def note_gives_control(r: Reading, p: Portion, was: Marking, raised: Marking, said: str) -> None:
    """Record that the statement `said` gave a foreign-disclosure control to `p`, which read as plain (U)."""
    if plain_unclassified(was) and raised.valid and raised.rank == 0 and foreign_limit(raised):
        r.noted_controls.append((p.start, p.end, said))


def _banner(r: Reading, declared: Marking | None) -> Marking | None:
    """The highest classified banner of the document (its classification line or banners), if any."""
    banners = [m for m in [declared, *r.banner_markings] if m is not None and m.valid and m.level is not None
               and m.rank > 0]
    return max(banners, key=lambda m: m.rank, default=None)


# (fix45i, review45z n06) a note giving a part it names by a noun, not a number, a control of foreign disclosure
# (`the paragraph about the exchange is DISPLAY ONLY IRQ`, `the bit on the depot is releasable to Iraq only`)
_UNPLACED_PART_NOTE = re.compile(
    r"(?i:\b(?:the|that|one|a)[ \t]{1,3}(?:[\w\-]{1,20}[ \t]{1,3}){0,2}?(?:paragraph|para|item|bullet|point|passage|"
    r"section|part|portion|sentence|entry|bit|line)s?\b[^.;\n]{0,120}?\b(?:is|are|was|were|be)[ \t]{1,3}"
    r"(?:(?:also|only|strictly|marked)[ \t]{1,3}){0,2})"
    r"(?:(?-i:DISPLAY[ \t]{1,3}ONLY|RELIDO)\b|(?i:display[ \t]{1,3}only[ \t]{1,3}(?:to|for)[ \t]{1,3})(?-i:[A-Z])"
    r"|(?i:(?:releasable|released|disclosable|shareable|sharable)[ \t]{1,3}(?:only[ \t]{1,3})?to[ \t]{1,3})"
    r"(?!(?i:the[ \t]{1,3})?(?i:public|press|media|anyone|all)\b)(?:[^\s.;:!?]{1,20}[ \t]{1,3}){0,4}?(?i:only\b)?"
    r"|(?i:for[ \t]{1,3})?(?-i:[A-Z][a-z]{2,15}|U\.S\.)[ \t]{1,3}(?i:eyes[ \t]{1,3}only)\b)")


def _unplaced_part_notes(r: Reading, portions: list[Portion]) -> list[Portion]:
    """Where no note's control was placed (`r.noted_controls` empty), a note naming its part by a noun
    (`_UNPLACED_PART_NOTE`): the part cannot be told, so every plain (U) portion but the note's own is a candidate."""
    out: list[Portion] = []
    for m in _UNPLACED_PART_NOTE.finditer(r.text):
        said = f"'{' '.join(m.group(0).split())[:120]}' (offset {m.start()}) gives a part it does not place a control " \
               "of foreign disclosure: every (U) portion it could mean"
        for p in portions:
            if p.start <= m.start() < p.end or p.marking is None or not plain_unclassified(p.marking):
                continue
            r.noted_controls.append((p.start, p.end, said))
            out.append(p)
    return out


def raise_noted_controls(r: Reading, portions: list[Portion], declared: Marking | None) -> list[Portion]:
    """`portions` with each one that a note gave a foreign-disclosure control while it read as plain (U), and that
    is still unclassified with that control, raised to at least the classified banner's level; where a note's part
    cannot be placed (`_unplaced_part_notes`), every plain (U) portion it could mean."""
    unplaced = set() if r.noted_controls else {(p.start, p.end) for p in _unplaced_part_notes(r, portions)}
    if not r.noted_controls:
        return portions
    banner = _banner(r, declared)
    if banner is None:
        return portions
    level = r.g.parse(banner.level) if banner.level else None
    if level is None or not level.valid:
        return portions
    out = list(portions)
    overlaps = Overlaps(portions)
    for start, end, said in r.noted_controls:
        for i in overlaps(start, end):
            p = out[i]
            if p.marking is None or not p.marking.valid or p.marking.rank > 0 or (
                    not foreign_limit(p.marking) and (p.start, p.end) not in unplaced):
                continue
            out[i] = raised_to(r, p, [level], f"{said}; a control of foreign disclosure on unclassified text is no "
                                              f"valid marking under the banner {banner.banner()}, so it is read at "
                                              "the banner's level")
    return out
