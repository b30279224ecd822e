r"""The target of a raising substitute command, named in any way (fix42a, issue 8).

`sed_scopes` reads the position words on a command's own line; its blind variants leaked on each new way of NAMING
THE TARGET (adv168-002/004/006/011/014/018/019/020, review41ab 008/024/042): an `ed` line address (`4s/(U)/(C)/`),
a pattern (`:%s/^(U) \(The contact gave\)/(S\/\/NF) \1/`), quoted opening words on the next line (`the bullet
starting` / `"A navy officer told us"`), `the one after the quote`, an item number (`on 2.3`), a section in
another numbering (`Section III` over `III. CUSTOMS FOLLOW-UP`), a printed file (`sd '\(U\)' '(C)' tab2.txt` over
`== tab2.txt ==`), a paragraph word of another language (`im vorletzten Absatz`: rules/note_words.yaml), Word's Find
and Replace dialog described in words, a mark whose slashes an earlier shape cut (`(S\/\/REL TO USA, GBR)`), a
zero-based `paras 0-2`. This reads the command's SENTENCE (to the sentence ends around it, never past a blank
line), not only its line, and raises what its words name; where the words name a target not found exactly, every
portion carrying OLD's level (on the side named, else the document) is raised: fail closed. Words that name
nothing leave the command to `sed_scopes`' fallback. Runs after `raise_sed_scopes`: only raises (main's targets
are all still raised; a command that lowers or fixes a typo changes nothing).

Words are the rules' (fix50d): rules/record_words.yaml `sed_targets` (the opening verbs, the sides of `the one after
the quote`, the part kinds, the words of a part named by its topic) and `sed_scopes`/`numbers` (`scope_words`); the
commands of the tools (a dialog's, a selection's, line addresses, listings) and the things `the one after` names
are read here.
"""
from __future__ import annotations

import re
import unicodedata

from ..document import Portion
from ..lazyre import lazy
from ..markings import Marking
from .edit_commands import edit_commands
from .raising import raised_to
from .sed_corrections import _named_portion, _portion_at, nth_marked_portion
from .rule_words import alternatives, made_once
from .sed_scopes import (CALLS, DELIMS, S_COMMANDS, S_SLASHES, numbers_of, parse_command, scope_words,
                         written_level)
from .state import Reading

_MARKISH = r"\\?\(?(?:TS|S|C|U|SBU|CUI|FOUO)(?:\\?/\\?/[A-Z][A-Z0-9 ,\\/\-]{0,30}?)?\\?\)?"
# `sd '\(U\)' '(C)' file`, `rg --replace`, `perl -pe` are read by `S_COMMANDS`; `sd` and a described dialog here
_SD = lazy(r"\bsd[ \t]+(?:-\S+[ \t]+)*(?P<q>['\"])(?P<old>[^'\"\n]{1,40})(?P=q)[ \t]+(?P<q2>['\"])(?P<new>[^'\"\n]{1,40})(?P=q2)", 0)
_DIALOG = lazy(rf"(?i:\b(?:find(?:[ \t]+what)?|search(?:[ \t]+for)?|look[ \t]+for))[ \t]*[:=]?[ \t]*[\"'\u201c]?(?P<old>\^?{_MARKISH})"
               rf"[\"'\u201d]?[\s,;.]{{0,6}}(?i:(?:and|then)[ \t]+)?(?i:replace(?:[ \t]+(?:it[ \t]+)?(?:with|by))?|change[ \t]+(?:it[ \t]+)?to)"
               rf"[ \t]*[:=]?[ \t]*[\"'\u201c]?(?P<new>{_MARKISH})(?![\w/])", 0)
# a command's line address: `4s/...`, `2,3s/...`, `%s`, `1,$s`, `/pattern/s`, `g/pattern/s`
_ADDRESS = lazy(r"(?:(?P<a>\d{1,3}|\$|\.)(?:[ \t]*,[ \t]*(?P<b>\d{1,3}|\$|\.))?|(?P<all>%|,)|g?/(?P<pat>[^/\n]{3,60})/)$", 0)
# a mark opening a pattern: `^(U) \(The contact gave\)` -> `(U)` and `The contact gave`
_LEADING_MARK = lazy(r"^\^?[ \t]*(?P<mark>\\?\((?:TS|S|C|U|SBU|CUI|FOUO)(?:\\?/\\?/[A-Z][A-Z0-9 ,\-]{0,30}?)*\\?\)|"
                     r"(?:TS|S|C|U|SBU|CUI|FOUO)(?:\\?/\\?/[A-Z][A-Z0-9 ,\-]{0,30}?)*(?=[ \t]))(?P<rest>.*)$", 0)
_QUOTE = lazy(r"[\"\u201c\u201e\u00ab](?P<q>[^\"\u201c\u201d\u201e\u00ab\u00bb\n]{6,80}?)[\"\u201d\u201c\u00bb]|(?<![\w\\])['\u2018]"
              r"(?P<q2>[^'\u2018\u2019\n]{6,80}?)['\u2019](?!\w)", 0)
_ITEM_ID = lazy(r"(?<![\w.:/\-])(?P<id>\d{1,2}(?:\.\d{1,2}){1,3}|[A-Za-z]\.\d{1,2}(?:\.\d{1,2}){0,2})(?![\w]|\.\d)", 0)


class _Parts:
    """A part in any numbering and its heading (`Section III` over `III. CUSTOMS FOLLOW-UP`, `Part Two`), and the other
    words of rules/record_words.yaml `sed_targets`: the counts in words are the rules' (`sed_scopes.ScopeWords
    .number_words`, rules/record_words.yaml `numbers`, fix50d)."""

    def __init__(self, g: object):
        words = g.record_words["sed_targets"]  # type: ignore[attr-defined]

        def alt(key: str) -> str:
            return alternatives(words[key])

        self.opening = lazy(r"\b(?:" + alt("opening_verbs") + r")\b", re.IGNORECASE)
        # `the one after the quote`: the sides (those before are `before_sides`) and the things named
        self.before_sides = frozenset(words["before_sides"])
        self.relative = lazy(r"\b(?P<dir>" + alt("after_sides") + "|" + alt("before_sides") + r")[ \t]+(?:the|that|this)[ \t]+"
                             r"(?P<thing>quot\w*|press[ \t]+release|excerpt|statement|heading|header|title|subhead\w*|table|list|"
                             r"chart|map|image|picture|photo|link|url)\b", re.IGNORECASE)
        # (fix43a, adv171-028) a part named by what it is about: `dans le paragraphe sur le general Diatta`, `the
        # paragraph about the fuel convoy`, `el parrafo sobre el puerto`
        self.topic = lazy(r"(?i:" + alt("topic_parts") + r")[ \t]+(?i:" + alt("topic_abouts") + r")[ \t]+"
                          r"(?:(?i:" + alt("topic_articles") + r")[ \t]+|(?i:" + alt("topic_elided_articles") + r")['\u2019])?"
                          r"(?P<topic>[^\s.,;:!?()\"]{3,}(?:[ \t]+[^\s.,;:!?()\"]{2,}){0,3})", 0)
        part_kinds = alt("part_kinds")
        counts = "|".join(scope_words(g).number_words)
        part_id = r"[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[A-Z](?:\.\d{1,2}){0,2}|(?i:" + counts + ")"
        self.part = lazy(rf"(?<![\w\-])(?P<kind>(?i:{part_kinds}))(?:\.?[ \t]+|\.?(?=\d))(?P<id>{part_id})(?![\w])(?!\.[A-Za-z])"
                         rf"(?:[ \t]*(?:-|\u2013|to|through|thru|and|&|,)[ \t]*(?P<id2>{part_id})(?![\w]))?", 0)
        self.heading = lazy(rf"(?m)^[ \t>#*=\[\-]*(?:\((?:TS|S|C|U)[A-Z/ ]{{0,12}}\)[ \t]*)?(?:(?P<hk>(?i:{part_kinds}))\.?[ \t]*)?"
                            rf"(?P<id>(?i:{counts})(?![\w])|[IVXLC]{{1,6}}|\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}|[A-Z](?:\.\d{{1,2}}){{0,2}})(?:[.):]|[ \t]+[-\u2013\u2014:])?[ \t]+"
                            rf"(?P<title>[A-Z][A-Z0-9 ,;:'&/\-]{{2,80}}|\S)", 0)


def _parts(g: object) -> _Parts:
    return made_once(g, "sed_targets.parts", _Parts)


_FILE = lazy(r"(?<![\w\-.])(?P<f>[\w\-]{1,40}\.(?:txt|md|docx?|rtf|odt|pdf|eml|msg|html?|csv|ya?ml|json|xml))(?![\w])", re.IGNORECASE)
_FILE_HEADING = lazy(r"(?m)^[ \t=#*\[<>\-]*(?:(?i:file|tab|attachment)(?:[ \t]*:[ \t]*|[ \t]+))?(?P<f>[\w\-]{1,40}\.\w{2,4})[ \t=#*\]<>:\-]*$", 0)
_SENTENCE_END = lazy(r"[.!?](?=[ \t]*\n|[ \t]+[A-Z\"'(])|\n[ \t]*\n", 0)
_REACH = 300
# a line that opens another chat message or post: `[09:06] k.osei:`, `09:10 jlevy:`, `@rsalas 15:44`, `aliya.r  11:04`
_NEW_MESSAGE = lazy(r"\n(?=[ \t]*(?:\[?\d{1,2}:\d{2}|@[\w.\-]+|[\w.\-]{2,30}(?:[ \t]+[\w.\-]{1,30})?[ \t]+\[?\d{1,2}:\d{2}\b|"
                    r"<[\w.\-]{2,30}>|[\w.\-]{2,30}:[ \t]))", 0)
# (fix43a, adv171-021) a line number of a printed listing: perl `if $. == 17`, awk `NR==17`
_LINE_NUMBER = lazy(r"(?:\$\.|\bNR)[ \t]*==[ \t]*(?P<n>\d{1,4})\b", 0)
# (fix43f, adv174-031) a range of them: `if $. >= 6 && $. <= 8`, awk `NR>=6 && NR<=8`, `NR==6,NR==8`, perl `if 6..8`
_LINE_RANGE = lazy(r"(?:\$\.|\bNR)[ \t]*(?:>=?|==)[ \t]*(?P<a>\d{1,4})\b[ \t]*(?:&&|\band\b|,)[ \t]*(?:\$\.|\bNR)[ \t]*"
                   r"(?:<=?|==)[ \t]*(?P<b>\d{1,4})\b|\bif[ \t]+(?P<a2>\d{1,4})[ \t]*\.\.[ \t]*(?P<b2>\d{1,4})\b", 0)
# (review43w s01-s16) a listing's numbers are the file's line numbers only when a command that numbers every line of
# the file itself printed it (`cat -n FILE`, `nl -ba FILE`, `grep -n ... FILE`, nothing piped in or out); `cat -b`,
# `cat FILE | nl`, `grep -v '^$' FILE | cat -n`, `tail -n +3 FILE | cat -n` or no command shown: not exact
_FAITHFUL_LISTING = lazy(r"(?m)\b(?:cat[ \t]+-n|nl[ \t]+(?:-b[ \t]*a|--body-numbering[= ]a)|grep[ \t]+-n)\b[^\n|]*$", 0)
_RENUMBERED_LISTING = lazy(r"(?m)\|[ \t]*(?:nl|cat)\b|\bcat[ \t]+-b\b|^[$#>%\s]*\bnl\b(?![^\n]*-b[ \t]*a)"
                           r"(?![^\n]*--body-numbering[= ]a)", 0)


def _listing_line_portions(r: Reading, portions: list[Portion], n: int) -> set[int]:
    """The portions holding the lines numbered `n` of a printed listing (`    17\t(U) ...`, `17: (U) ...`)."""
    found = set()
    for h in re.finditer(rf"(?m)^[ \t>|]*0*{n}(?:[ \t]+|[ \t]*[:|][ \t]*)(?=\S)", r.text):
        k = _portion_at(portions, h.end())
        if k is not None:
            found.add(k)
    return found


def _listing_numbers_exact(text: str) -> bool:
    """Whether a printed listing's numbers can be taken as the file's line numbers (`_FAITHFUL_LISTING`)."""
    return _FAITHFUL_LISTING.search(text) is not None and _RENUMBERED_LISTING.search(text) is None
# (fix43f, adv174-036) answers to an interactive replace, of any tool: `answer N, N, Y, then ^C`, `n n y q`, `y/n/y/!`
_ANSWERS = lazy(r"(?<![\w^\-])(?:[YyNn]|\^C)(?:[ \t]*[,;/]?[ \t]*(?:(?:and|then)[ \t]+)?(?:[YyNnQq!]|\^C|\^G|C-g|ESC|Esc)(?![\w\-])){1,}", 0)
_SELECTION = lazy(r"\bscope[ \t]*[=:][ \t]*selection\b|\bin[ \t]+(?:the[ \t]+)?selection\b|\bselect(?:ed)?[ \t]+(?:everything|all|the[ \t]+(?:text|paragraphs?|lines?|section|part))\b"
                  r"|\bselected[ \t]+(?:text|lines|paragraphs)\b", re.IGNORECASE)
_ZERO_BASED = lazy(r"\b(?:zero|0)[- ]?(?:based|indexed)\b", re.IGNORECASE)
_HINT = lazy(r"(?<![A-Za-z_\\])[sS][/|#!@%&,;:~+=_]|sub\(|replace|\bsd[ \t]", re.IGNORECASE)


def _mark_of(r: Reading, text: str) -> tuple[Marking | None, str]:
    """The mark a command's piece states and the pattern words it adds: `^(U) \\(The contact gave\\)`."""
    parsed = parse_command(r, text)
    if parsed is not None:
        return parsed, ""
    m = _LEADING_MARK.search(text.strip())
    if m is None:
        return None, ""
    rest = re.sub(r"\\(.)", r"\1", m.group("rest"))
    rest = re.sub(r"[()^$*+?\[\]{}|]|\\\d|\.\*", " ", rest)
    return parse_command(r, m.group("mark")), re.sub(r"\s+", " ", rest).strip()


def _commands(r: Reading) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, old, new, closed) of every substitute command in every shape read (one start may hold several);
    `closed`: an edit of `edit_commands`, whose target not found exactly is every portion carrying OLD's level."""
    out: dict[tuple[int, str, str], tuple[int, int, str, str, bool]] = {}
    for start, end, old, new in edit_commands(r.text, r.g):
        out.setdefault((start, old, new), (start, end, old, new, True))
    for m in S_SLASHES.finditer(r.text):
        out.setdefault((m.start(), m.group("old"), m.group("new")), (m.start(), m.end(), m.group("old"), m.group("new"), False))
    for m in S_COMMANDS.finditer(r.text):
        k = next(i for i in range(len(DELIMS)) if m.group(f"d{i}") is not None)
        out.setdefault((m.start(), m.group(f"old{k}"), m.group(f"new{k}")),
                       (m.start(), m.end(), m.group(f"old{k}"), m.group(f"new{k}"), False))
    for m in CALLS.finditer(r.text):
        k = next(i for i in (1, 2, 3) if m.group(f"old{i}") is not None)
        out.setdefault((m.start(), m.group(f"old{k}"), m.group(f"new{k}")),
                       (m.start(), m.end(), m.group(f"old{k}"), m.group(f"new{k}"), False))
    for m in [*_SD.finditer(r.text), *_DIALOG.finditer(r.text)]:
        out.setdefault((m.start(), m.group("old"), m.group("new")), (m.start(), m.end(), m.group("old"), m.group("new"), False))
    return [out[k] for k in sorted(out)]


def _sentence(r: Reading, start: int, end: int) -> tuple[int, int]:
    """The stretch of the sentence holding the command at `start`..`end` (never past a blank line)."""
    lo = max(0, start - _REACH)
    before = [m.end() for m in _SENTENCE_END.finditer(r.text, lo, start)]
    lo = before[-1] if before else r.text.rfind("\n", 0, start) + 1
    after = _SENTENCE_END.search(r.text, end, min(len(r.text), end + _REACH))
    message = _NEW_MESSAGE.search(r.text, end, min(len(r.text), end + _REACH))  # (a chat's next message)
    if message is not None and (after is None or message.start() < after.start()):
        after = message
    earlier = [m.start() for m in _NEW_MESSAGE.finditer(r.text, lo, start)]
    lo = max([lo, *(m + 1 for m in earlier)])
    hi = after.end() if after else min(len(r.text), end + _REACH)
    blank = r.text.find("\n\n", end, hi)
    return lo, (blank if blank >= 0 else hi)


def _folded(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _topic_targets(r: Reading, portions: list[Portion], candidates: list[int], topic: str) -> set[int]:
    """(fix43a) The candidates holding a part's topic words: all of them, else fewer from the end (a name alone)."""
    words = topic.split()
    for n in range(len(words), 0, -1):
        if n == 1 and not (words[0][:1].isupper() or len(words[0]) >= 6):
            break
        key = _folded(" ".join(words[:n]))
        got = {k for k in candidates if key in _folded(re.sub(r"\s+", " ", r.text[portions[k].start:portions[k].end]))}
        if got:
            return got
    return set()


def _under_heading(r: Reading, order: list[int], portions: list[Portion], title: str, lo: int, hi: int) -> list[int]:
    """(fix43a) The portions under every line that reads `title` (outside `lo`..`hi`), each to a blank line before an
    unmarked line (the next heading) or the end. Every such line, not the first: a heading used twice (two memos, a
    quoted older draft) cannot say which one the command means, so all fail closed (review43ab h02)."""
    want = _folded(re.sub(r"[^\w ]+", " ", title)).split()
    found: list[int] = []
    for h in re.finditer(r"(?m)^[^\n]{2,80}$", r.text):
        if lo <= h.start() < hi or _folded(re.sub(r"[^\w ]+", " ", h.group())).split() != want:
            continue
        nxt = re.compile(r"\n[ \t]*\n(?=[ \t]*[^\s(\-*\u2022>])").search(r.text, h.end())
        found += [k for k in _stretch(r, order, portions, h.end(), nxt.start() if nxt else len(r.text), set())
                  if k not in found]
    return found


def _shape(ident: str) -> set[str]:
    """How a part's name is written: Roman (`III`), digits (`3`, `2.3`), a letter (`B`); a lone `I`, `V`, `X` both."""
    if ident[:1].isdigit():
        return {"digits"}
    if re.fullmatch(r"[IVXLC]+", ident):
        return {"roman", "letter"} if len(ident) == 1 else {"roman"}
    return {"letter"} if len(ident.split(".")[0]) == 1 else {"word"}


def _same_kind(a: str, b: str) -> bool:
    a, b = a.lower().rstrip("s."), b.lower().rstrip("s.")
    return a.startswith(b) or b.startswith(a)


def _opening(r: Reading, p: Portion, text: str) -> bool:
    body = re.sub(r"\s+", " ", r.text[p.start:p.end]).lower()
    return text.lower() in body


def _stretch(r: Reading, order: list[int], portions: list[Portion], lo: int, hi: int, own: set[int]) -> list[int]:
    return [k for k in order if lo <= portions[k].start < hi and k not in own]


def raise_sed_targets(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with what each raising command's sentence names raised to its NEW (module docstring)."""
    if not _HINT.search(r.text) and "Replace" not in r.text and "replace" not in r.text and not edit_commands(r.text, r.g):
        return portions
    out = list(portions)
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    for start, end, old_text, new_text, closed in _commands(r):
        old, pattern = _mark_of(r, old_text)
        new, _ = _mark_of(r, new_text)
        if old is None or new is None:
            continue
        rolled = r.g.rollup([old, new])
        if rolled is None or rolled.banner() == old.banner():
            continue  # (a command that lowers, or fixes a typo: nothing)
        lo, hi = _sentence(r, start, end)
        words = r.text[lo:start] + " \u0000 " + r.text[end:hi]
        line_start = r.text.rfind("\n", 0, start) + 1
        # (fix43a, review42ab a10: `> Please 2s/(U)/(S)/` read as the last line of the quoted (U) paragraph above it)
        # the command's own portion is one that opens on its line; one that opens above holds it as a line of its own
        here = {k for k in range(len(portions)) if portions[k].start <= start < max(portions[k].end, portions[k].start + 1)
                and portions[k].start >= line_start}
        marked = [k for k in order if k not in here and portions[k].explicit and portions[k].marking is not None
                  and portions[k].kind != "subject"]
        carrying = [k for k in marked if written_level(r, portions[k]) == old.level]
        if not carrying:
            continue
        scope = carrying
        sw = scope_words(r.g)
        if sw.below.search(words) and not sw.above.search(words):
            scope = [k for k in carrying if portions[k].start >= end] or carrying
        elif sw.above.search(words) and not sw.below.search(words):
            scope = [k for k in carrying if portions[k].end <= start] or carrying
        targets: set[int] = set()
        named = unresolved = False

        def number_targets(n: int, kind: str = "para") -> set[int]:
            k = _named_portion(r, portions, kind, n)
            if k is not None and k not in here and written_level(r, portions[k]) == old.level:
                return {k}  # (the part numbered so, carrying the mark the command replaces: exact)
            got = set(nth_marked_portion(r, portions, kind, n, old.level, start, end))
            if 0 < n <= len(carrying):
                got.add(carrying[n - 1])
            return got

        # an ed / vim line address: `4s/...`, `2,3s`, `%s`, `/pattern/s`
        address = _ADDRESS.search(r.text[line_start:start].rstrip(":").lstrip(" \t:"))
        if address is not None and (address.group("a") or address.group("all") or address.group("pat")):
            named = True
            # (lead42, review42ab a02: `2,.s/(U)/(S)/`, a `.` as the range's end, crashed the reader)
            relative = address.group("a") in ("$", ".") or address.group("b") in ("$", ".")
            if pattern and (address.group("all") or relative):
                pass  # (`:%s/^(U) \(The contact gave\)/...`: the lines its pattern matches, below)
            elif address.group("all") or relative:
                targets.update(scope)
            elif address.group("pat"):
                pattern = pattern or re.sub(r"[\\()^$*+?\[\]{}|]|\.\*", " ", address.group("pat")).strip()
            else:
                a, b = int(address.group("a")), int(address.group("b") or address.group("a"))
                for n in range(a, b + 1) if 0 <= b - a < 30 else (a, b):
                    got = number_targets(n)
                    targets.update(got)
                    unresolved = unresolved or not got
        # a pattern the command matches: the portions holding its words
        if pattern and len(pattern) >= 3:
            named = True
            got = {k for k in (marked if closed else carrying) if _opening(r, portions[k], pattern)}
            targets.update(got)
            unresolved = unresolved or not got
        # quoted words: the portions holding them (opening words named but not found: fail closed)
        for m in _QUOTE.finditer(words):
            q = re.sub(r"\s+", " ", m.group("q") or m.group("q2")).strip()
            if parse_command(r, q) is not None or len(q) < 6:
                continue
            got = {k for k in marked if _opening(r, portions[k], q)}
            targets.update(got)
            if _parts(r.g).opening.search(words[max(0, m.start() - 40):m.start()]):
                named = True
                unresolved = unresolved or not got
        # `the one after the quote`: the portion after (before) each portion holding a quotation
        for m in _parts(r.g).relative.finditer(words):
            named = True
            thing = m.group("thing").lower()
            after = m.group("dir").lower() not in _parts(r.g).before_sides
            got = set()
            if thing.startswith(("quot", "press", "excerpt", "statement")):
                anchors = [i for i, k in enumerate(marked) if re.search(
                    r"[\"\u201c\u201d\u201e\u00ab]|\b(?:quote|quoted|quoting|quotation|said in a statement|press release)\b",
                    r.text[portions[k].start:portions[k].end], re.IGNORECASE)]
                for i in anchors:
                    j = i + 1 if after else i - 1
                    if 0 <= j < len(marked) and written_level(r, portions[marked[j]]) == old.level:
                        got.add(marked[j])
            elif thing.startswith(("head", "title", "subhead")) and after:  # (fix43a, adv171-003) `under the heading "X"`
                for qm in _QUOTE.finditer(words[m.end():m.end() + 80]):
                    got |= {k for k in _under_heading(r, order, portions, (qm.group("q") or qm.group("q2")).strip(), lo, hi)
                            if k not in here and written_level(r, portions[k]) == old.level}
                    break
                # where a heading's section ends cannot be read exactly (numbered paragraphs, sub-headings, a heading
                # used twice): the portions under it are raised, and so is every other candidate, as main raised
                # them when it read no heading (review43z h05-h34: the section ended after its first paragraph)
                unresolved = True
            targets.update(got)
            unresolved = unresolved or not got
        # (fix43a) a line number of a printed listing: `perl -pi -e 's/\(U\)/(C)/ if $. == 17'` over `cat -n` lines;
        # (fix43f) a range of them; a listing not printed by a command that numbers the file's own lines: fail closed
        for m in [*_LINE_NUMBER.finditer(r.text, line_start, hi), *_LINE_RANGE.finditer(r.text, line_start, hi)]:
            named = True
            if "n" in m.re.groupindex:
                numbers = [int(m.group("n"))]
            else:
                a_n, b_n = int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2"))
                numbers = list(range(a_n, b_n + 1)) if 0 <= b_n - a_n < 60 else []
            got = {k for n in numbers for k in _listing_line_portions(r, portions, n)
                   if k not in here and written_level(r, portions[k]) == old.level}
            targets.update(got)
            unresolved = unresolved or not got or not _listing_numbers_exact(r.text)
        # (fix43f) answers to an interactive prompt name an occurrence no reader can count: fail closed
        for m in _ANSWERS.finditer(words):
            if re.search(r"[Yy!]", m.group()) and re.search(r"[Nn]|\^C|\^G|C-g|[Qq]", m.group()):
                named = unresolved = True
        # (fix43f, adv174-002) a selection the tool's scope is set to (`scope = Selection`, `select everything under
        # Smuggling Routes`, `in selection`): where it ends cannot be read exactly, fail closed
        if _SELECTION.search(words):
            named = unresolved = True
        # an item number: `on 2.3`, `B.4`
        for m in _ITEM_ID.finditer(words):
            ident = m.group("id")
            named = True
            got = set()
            for h in re.finditer(rf"(?m)^[ \t>*#\-|]*(?:\w{{1,12}}[ \t]+)?{re.escape(ident)}(?:[.):]|[ \t])", r.text):
                k = _portion_at(portions, h.end() - 1)
                if k is not None and k not in here and written_level(r, portions[k]) == old.level:
                    got.add(k)
            targets.update(got)
            unresolved = unresolved or not got
        # a part in any numbering: `Section III` over `III. CUSTOMS FOLLOW-UP`, `Tab 2`, `Annex B`
        for m in _parts(r.g).part.finditer(words):
            named = True
            ids = numbers_of(r, m.group("id")) | ({float(m.group("id"))} if re.fullmatch(r"\d+\.\d+", m.group("id")) else set())
            if m.group("id2"):
                ids |= numbers_of(r, m.group("id2"))
                lo_n, hi_n = min(ids, default=0), max(ids, default=0)
                if all(isinstance(x, int) for x in (lo_n, hi_n)) and 0 <= hi_n - lo_n < 30:
                    ids |= set(range(int(lo_n), int(hi_n) + 1))
            if 0 in ids or _ZERO_BASED.search(words):  # (`paras 0-2`: counted from zero, fail closed both ways)
                ids |= {x + 1 for x in ids if isinstance(x, int)}
            got = set()
            kind = m.group("kind").lower()
            want = _shape(m.group("id"))
            heads = [h for h in _parts(r.g).heading.finditer(r.text) if not (lo <= h.start() < hi)
                     and (_same_kind(h.group("hk"), kind) if h.group("hk") else want & _shape(h.group("id")))]
            for i, h in enumerate(heads):
                hid = h.group("id")
                hids = numbers_of(r, hid) | ({float(hid)} if re.fullmatch(r"\d+\.\d+", hid) else set())
                if ids & hids:
                    same = [g.start() for g in heads[i + 1:] if bool(g.group("hk")) == bool(h.group("hk"))
                            and _shape(g.group("id")) & _shape(hid)]
                    nxt = same[0] if same else len(r.text)
                    got.update(k for k in _stretch(r, order, portions, h.start(), nxt, here)
                               if written_level(r, portions[k]) == old.level)
            if kind.startswith(("para", "item", "point")):
                for x in ids:
                    if isinstance(x, int):
                        got |= number_targets(x, "para")
            targets.update(got)
            unresolved = unresolved or not got
        # a file printed below: `sd ... tab2.txt` over `== tab2.txt ==`
        for m in _FILE.finditer(words):
            name = m.group("f").lower()
            heads = [h for h in _FILE_HEADING.finditer(r.text) if not (lo <= h.start() < hi)]
            for i, h in enumerate(heads):
                if h.group("f").lower() == name:
                    named = True
                    nxt = heads[i + 1].start() if i + 1 < len(heads) else len(r.text)
                    got = {k for k in _stretch(r, order, portions, h.start(), nxt, here)
                           if written_level(r, portions[k]) == old.level}
                    targets.update(got)
                    unresolved = unresolved or not got
        # (fix43a) a part named by what it is about: the portions holding those words (for an edit of `edit_commands`,
        # found so, exact: main's commands keep their fail-closed reading of another language's part words)
        topical = False
        for m in _parts(r.g).topic.finditer(words):
            got = _topic_targets(r, portions, carrying, m.group("topic"))
            targets.update(got)
            topical = topical or bool(got)
        # a part or an ordinal in another language (rules/note_words.yaml), or English position words not read exactly
        for spec in (r.g.scope_note_parts, r.g.scope_note_ordinals):
            if not (topical and closed) and spec is not None and any(w.group(0).casefold() not in r.g.unreadable_english
                                        for w in spec.compiled.finditer(words)):
                named = unresolved = True  # (not `PENULTIMATE`: English, read by `sed_scopes`)
        line_end = r.text.find("\n", end)
        beyond = r.text[lo:line_start] + " " + (r.text[line_end:hi] if 0 <= line_end < hi else "")
        if not targets and (sw.position_words.search(beyond) or sw.below.search(beyond) or sw.above.search(beyond)):
            named = unresolved = True  # (`sed_scopes` reads the command's own line; words on the lines around it here)
        if (named or closed) and (unresolved or not targets):
            targets.update(scope)  # (fail closed: the words name a place not found exactly)
        said = f"a command '{r.text[start:end]}' re-marks it {new.banner()}"
        for k in sorted(targets):
            out[k] = raised_to(r, out[k], [new], said)
    return out
