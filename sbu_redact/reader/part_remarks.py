"""A reply or record, outside the marked text, that says a part it quotes or names is or should be higher (fix43b,
issue 8): a SharePoint reply under `> (U) An airport employee reported that ...` saying `This one is S, not U`, a
Discord `-> replying to marisa: "(U) The fishing cooperative chair said ..."` then `raise to C plz`, a Remedy work
info `remark para under Logistics: U -> C`, a Salesforce comment `The paragraph about the fuel convoy should carry
(S//NF)`, a Phabricator inline comment `weekly.txt:9` / `Mark is wrong: S//NF`, a Jira History row `Portion marks
bullet "Dr. Sahin": U    bullet "Dr. Sahin": S`, a Redmine journal `Classification of "Annex A" changed from U to S`.

A remark is a line outside every explicitly marked portion that holds rules `part_remark_level` or
`remark_raise_level` (a level it is or should be), or a change of mark from OLD to a higher NEW (`U -> C`, `from U to
S`, `Deleted "(U)" Inserted "(C)"`, `: U ... : S`; a record that lowers raises nothing). Its part is looked for on
its line and the two lines above it (a quote line, a `replying to` line, a file's `:9`): the portions holding the
words it quotes (`> ...`, `"..."`), the portions under a heading it names (`Findings`, `"Annex A"`), the line of a
numbered listing it names (`line 9`, `:9`), the portions holding the content words of the subject it names (`the
paragraph about the fuel convoy`); where none is found, every lower explicitly marked portion (fail
closed: a record may stand above the text). The parts found are raised to its level through `raising.raised_to` (never lowers); quote lines among them
raise the messages they quote (`quoted_lines.quoted_originals`).

The words are the rules' (fix50d): rules/record_words.yaml `part_remarks` (change, line, subject, stop, arrow and
pointing words); the marks, quotes and arrows are read here.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .change_records import prose_record
from .quoted_lines import _LEAD, is_quote, quoted_originals
from .raising import raised_to
from .rule_words import alternatives, made_once
from .review_comments import _level_text
from .sed_corrections import _named_portion
from .state import Reading

_PAREN_MARK = re.compile(r"\((?:TS|S|C|U|SBU|CUI|FOUO)(?://[A-Z][A-Z0-9 ,/\-]{0,40})?\)")
_KEYED_MARK = re.compile(r":[ \t]*[\"']?(?P<m>TS|S|C|U)(?://[A-Z]{2,7})?[\"']?(?![\w/\-])")
_QUOTE = re.compile(r"[\"“„«](?P<q>[^\"“”„«»\n]{2,200}?)[\"”»]|(?<![\w])['‘](?P<q2>[^'‘’\n]{2,200}?)['’](?![\w])")
_SQUEEZE = re.compile(r"\s+")
_SED = re.compile(r"(?<![\w])(?:sed\b|s(?P<d>[/,|#!:;@_])\\?\(?(?:TS|S|C|U|SBU|CUI)\b)")
_REACH_LINES = 2
_BAR_QUOTE = re.compile(r"[ \t]*[|\u2502\u2503\u258c][ \t]*(?P<q>\S[^\n]*)$")
_OWN_MARK = re.compile(r"[ \t\xa0]*(?:\d{1,3}[.)]|[-*•+])?[ \t\xa0]*(?:\[|~~|\()")


class _Patterns:
    """The patterns of rules/record_words.yaml `part_remarks` (fix50d: the words are the rules')."""

    def __init__(self, g: object):
        words = g.record_words["part_remarks"]  # type: ignore[attr-defined]

        def alt(key: str) -> str:
            return alternatives(words[key])

        self.change_word = lazy(r"(?i)\b(?:" + alt("change_words") + r")\b|->|=>|→")
        self.line_no = re.compile(r"(?i)(?:\b(?:" + alt("line_words") + r")[ \t]*#?|(?<=\w):|\bL)(?P<n>\d{1,4})\b")
        self.subject = re.compile(r"(?i)\b(?:" + alt("subject_leads") + r")[ \t]+(?:" + "".join(
            a + r"[ \t]+|" for a in words["subject_articles"])[:-1] + r")?"
            r"(?P<s>[\w'’\-]+(?:[ \t]+[\w'’\-]+){0,5}?)(?=[ \t]+(?:" + alt("subject_verbs") + r")\b|[,.;:!)]|$)")
        self.stop = frozenset(words["stop_words"])
        # (fix43f, adv174-038) a bare level a record marks a part to: `para beginning "Two trucks" -> mark C`, `=> mark it
        # S` (the verb is needed: a cell history's `M  ->  S` is a T-shirt size, adv171-063)
        self.arrow_level = re.compile(r"(?:->|=>|\u2192)[ \t]*(?i:" + alt("arrow_verbs") + r")[ \t]+(?:(?i:"
                                      + alt("arrow_links") + r")[ \t]+)?(?P<m>TS|S|C)(?://[A-Z]{2,7})?(?![\w/\-])")
        self.deixis = re.compile(r"(?i)\b(?:" + alt("pointing_words") + r")\b")
        self.banners = frozenset(w.upper() for w in words["banner_lines"])  # (no section's heading)


def _patterns(g: object) -> _Patterns:
    return made_once(g, "part_remarks", _Patterns)


def stop_words(g: object) -> frozenset[str]:
    """The words of a remark's subject that name nothing in it (rules/record_words.yaml `part_remarks.stop_words`;
    remark_topics and second_targets read them too)."""
    return _patterns(g).stop


def _flat(text: str) -> str:
    return _SQUEEZE.sub(" ", _PAREN_MARK.sub(" ", text)).strip().lower().strip(" .,;:…").rstrip(".").rstrip("…").strip()


def _remark_level(r: Reading, line: str) -> tuple[Marking, bool] | None:
    """The level a remark line says a part is or should carry, or the NEW of a raising change it records; and whether
    a part not found fails closed (not for `remark_raise_level` alone, whose comments `raise_remarks` places)."""
    if _SED.search(line):
        return None  # (a sed command: the sed readers place it)
    for rule in (r.g.part_remark_level, r.g.remark_raise_level):
        for m in rule.compiled.finditer(line):
            level = r.g.parse(_level_text(r.g, m.group("level").strip("()") if m.group("level").count("(") !=
                                          m.group("level").count(")") else m.group("level")))
            if level.valid and level.level is not None and level.level != "UNCLASSIFIED":
                return level, rule is r.g.part_remark_level
    pairs = []
    if _OWN_MARK.match(line):
        return None  # (`2. [Deleted: (U)][Inserted: (S)] The ...`, `- ~~(U)~~ (S) ...`: the line's own mark, re-marked)
    prose = prose_record(r.g).compiled.search(line)
    if prose is not None:
        pairs.append((prose.group("old").strip("\"'"), prose.group("new").strip("\"'")))
    if _patterns(r.g).change_word.compiled.search(line):
        for marks in ([m.group() for m in _PAREN_MARK.finditer(line)], [m.group("m") for m in _KEYED_MARK.finditer(line)]):
            if len(marks) >= 2:
                pairs.append((marks[0], marks[-1]))
    for m in _patterns(r.g).arrow_level.finditer(line):  # (fix43f) the part is still lower: raised where it is found, else fail closed
        pairs.append(("U", m.group()[m.start("m") - m.start():]))
    for a, b in pairs:
        old, new = r.g.parse(a), r.g.parse(b)
        if (old.valid and new.valid and old.level is not None and new.level is not None and new.rank > old.rank):
            return new, True
    return None




def _placed_by_main(r: Reading, lines: list[str], i: int) -> bool:
    """Whether remark line `i` is one main's readers place where this pass finds no part (and so does not fail
    closed): a `remark_raise_level` remark, a numbered change record (`change_records`), a bracketed comment, or a
    `this`/`it` remark with no quote line above it (the readers of the text beside it)."""
    line = lines[i]
    if r.g.remark_raise_level.compiled.search(line) or r.g.change_record_part.compiled.search(line) or "[" in line:
        return True
    above = [lines[j] for j in range(max(0, i - _REACH_LINES), i)]
    quoted = any(a.lstrip().startswith(">") for a in above) or any(_QUOTE.search(a) for a in [*above, line])
    return _patterns(r.g).deixis.search(line) is not None and not quoted


def raise_part_remarks(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the part each reply's or record's remark quotes or names raised (module docstring)."""
    explicit = [(p.start, p.end) for p in portions if p.explicit and p.marking is not None and not is_quote(r, p)]
    if not explicit:
        return portions
    out = list(portions)
    offsets, at = [], 0
    lines = r.text.split("\n")
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    for i, line in enumerate(lines):
        start = offsets[i]
        if not line.strip() or any(s <= start < e for s, e in explicit):
            continue
        said = _remark_level(r, line)
        if said is None:
            continue
        level, fail_closed = said
        if fail_closed and _placed_by_main(r, lines, i):
            fail_closed = False
        region = [j for j in range(max(0, i - _REACH_LINES), i + 1) if lines[j].strip()]
        region = [j for j in region if j == i or not any(s <= offsets[j] < e for s, e in explicit)]
        targets = _resolve(r, portions, lines, offsets, region, start, level, fail_closed)
        for k in sorted(targets):
            out[k] = raised_to(r, out[k], [level], f"a remark '{line.strip()[:80]}' says the part it names should be "
                               f"{level.banner()}")
    return out


def _candidates(r: Reading, portions: list[Portion], before: int) -> list[int]:
    return [k for k, p in enumerate(portions) if p.explicit and p.kind != "subject" and not p.start <= before < p.end
            and p.marking is not None and p.marking.valid and p.marking.level is not None]


def _resolve(r: Reading, portions: list[Portion], lines: list[str], offsets: list[int], region: list[int], before: int,
             level: Marking, fail_closed: bool) -> set[int]:
    """The portions a remark (its line last in `region`, at `before`) names; every lower one above it where none is
    found (fail closed)."""
    cands = _candidates(r, portions, before)
    if not any(portions[k].marking.rank < level.rank for k in cands):  # type: ignore[union-attr]
        return set()
    texts = {k: _flat(r.text[portions[k].start:portions[k].end]) for k in cands}
    headings = _headings(r, portions, before)
    found: set[int] = set()
    said = " ".join(lines[j] for j in region)
    quotes = []
    for j in region:
        if lines[j].lstrip().startswith(">"):
            quotes.append(_LEAD.compiled.sub("", lines[j], count=1))
    quotes += [q.group("q") or q.group("q2") for q in _QUOTE.finditer(said)]
    # (fix43f, adv174-013) a quote in another quoting: a chat's attachment bar `  | Bea: (U) Dr. Celestin leads ...`,
    # `│`, `▌` (not a table row: one bar), read as a `>` line is, on the lines just above the remark
    for j in range(max(0, region[-1] - _REACH_LINES), region[-1]):
        bar = _BAR_QUOTE.match(lines[j])
        if bar is not None and not re.search(r"[|\u2502\u2503\u258c]", bar.group("q")):
            quotes.append(_LEAD.compiled.sub("", "> " + bar.group("q"), count=1))
    for q in quotes:
        words = _flat(q)
        if len(words) < 4:
            continue
        probe = words[:60]
        found |= {k for k in cands if probe in texts[k] and not is_quote(r, portions[k])}
        found |= {k for k in cands if is_quote(r, portions[k]) and texts[k].startswith(probe[:20])}
        for name, under in headings:
            if name == words:
                found |= {k for k in under if k in texts}
    if not found:
        for m in r.g.change_record_part.compiled.finditer(said):
            k = _named_portion(r, portions, "bullet" if m.group().lower().startswith("bullet") else "para",
                               int(m.group("number")))
            opening = re.compile(rf"\s*{int(m.group('number'))}[.)]\s")
            named = {j for j, q in enumerate(portions) if opening.match(r.text[q.start:q.end])}
            if k is not None and k in texts:
                found.add(k)
            elif named:  # (found, whatever its mark: it is raised below only where it is lower; else the Nth
                found |= named  # marked part is `change_records`' to find)
    if not found:
        low = said.lower()
        for name, under in headings:
            if re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", low):
                found |= {k for k in under if k in texts}
    if not found:
        for m in _patterns(r.g).line_no.finditer(said):
            n = m.group("n")
            found |= {k for k in cands if re.match(rf"[ \t]*{n}[ \t.:),;|]", r.text[portions[k].start:portions[k].end])}
    if not found:
        for m in _patterns(r.g).subject.finditer(said):
            stop = _patterns(r.g).stop
            content = [w for w in re.findall(r"[\w'’\-]+", m.group("s").lower()) if len(w) >= 4 and w not in stop]
            if content:
                found |= {k for k in cands if all(re.search(rf"\b{re.escape(w)}", texts[k]) for w in content)}
    if not found and fail_closed:
        found = set(cands)
    for k in list(found):
        if is_quote(r, portions[k]):
            found |= {j for j in quoted_originals(r, portions, k) if j in texts}
    return {k for k in found if (mk := portions[k].marking) is not None and mk.valid and mk.level is not None
            and mk.rank < level.rank}


def _headings(r: Reading, portions: list[Portion], before: int) -> list[tuple[str, list[int]]]:
    """The headings (not the one at `before`): a one-line unmarked portion of a few words followed by marked portions, each with
    the explicitly marked portions under it (up to the next unmarked portion)."""
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    out = []
    for n, k in enumerate(order):
        p = portions[k]
        if p.explicit or p.start <= before < p.end:
            continue
        text = r.text[p.start:p.end].strip()
        if "\n" in text or not 2 <= len(text) <= 60 or len(text.split()) > 6 or "//" in text \
                or text.upper() in _patterns(r.g).banners:
            continue  # (a banner line is no heading: `should be SECRET` names no section)
        under = []
        for j in order[n + 1:]:
            if not portions[j].explicit:
                break
            under.append(j)
        if under:
            out.append((_flat(text).strip(" :=#*-"), under))
    return out
