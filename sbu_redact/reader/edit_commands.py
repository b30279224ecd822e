r"""Edits that show an old and a new mark for a part, in any tool's shape (fix43a, issue 8).

`sed_scopes` / `sed_targets` read substitute commands (`s/OLD/NEW/`, `-replace`, `sd`, a Find dialog); each blind
round leaked on the next way of WRITING the same edit (adv171-001/005/007/028/029/038/043): Emacs
`M-x query-replace RET (U) RET (S)` (answered `n n y q`) or `replace-regexp RET ^(U) RET (C)`, a diff hunk's
`-(U) The harbor master said` / `+(S//NF) The harbor master said`, a ```suggestion block holding `(C) A customs
officer told us ...`, a markup list's `Deleted (U) Inserted (C)`, `Replace "(U)" with "(S)"`, and the same verb in
French, Spanish, Portuguese, Italian or German (`remplacer (U) par (S)`, `cambiar (U) por (C//NF)`). This reads the
CLASS: `edit_commands` gives (start, end, OLD, NEW) for each, OLD holding the part's words where the edit shows them
(`(U) The harbor master said`: the portions holding those words are its target). `sed_targets` raises what the
edit's sentence names and, where it names nothing it can find exactly, every portion carrying OLD's level (fail
closed: an interactive `n n y q` names an occurrence no reader can count). Only raises: an edit that lowers, or
keeps the level, changes nothing.
"""
from __future__ import annotations

import re

from ..lazyre import lazy

_MARK = r"\\?\(?(?:TS|S|C|U|SBU|CUI|FOUO)(?:\\?/\\?/[A-Z][A-Z0-9 ,\\/\-]{0,30}?)?\\?\)?"
_OPEN_Q = "[\"'\u201c\u2018\u00ab]?"
_CLOSE_Q = "[\"'\u201d\u2019\u00bb]?"
# Emacs: `M-x query-replace RET (U) RET (S) RET`, `replace-regexp RET ^(U) RET (C)`, `replace-string`
_EMACS = lazy(rf"\b(?:query-replace(?:-regexp)?|replace-(?:regexp|string))\b[ \t]*(?:RET|<return>|\u23ce|:|,)?[ \t]*"
              rf"(?P<old>\^?{_MARK})[ \t]*(?:RET|<return>|\u23ce|,|->|\u2192)[ \t]*(?P<new>{_MARK})(?![\w/])", 0)
_BY_GRAMMAR: dict[int, tuple[object, "_Words"]] = {}


class _Words:
    """The patterns of the words of rules/record_words.yaml `edit_commands` (fix46a: the verbs, links, articles, mark
    words and markup words of each tool and language are the rules')."""

    def __init__(self, words: dict[str, list[str]]):
        def alt(key: str) -> str:
            return "|".join(words[key])

        # `Replace "(U)" with "(S)"`, `change (U) to (C)`, `remplacer (U) par (S)`, `cambiar (U) por (C//NF)`, ...
        self.worded = lazy(rf"(?<![\w\-])(?i:{alt('verbs')})[ \t]+(?:(?i:{alt('articles')})[ \t]+)?"
                           rf"(?:(?i:{alt('mark_words')})"
                           rf"[ \t]+)?{_OPEN_Q}(?P<old>\^?{_MARK}){_CLOSE_Q}[ \t]+(?i:{alt('links')})[ \t]+{_OPEN_Q}(?P<new>{_MARK})(?![\w/]){_CLOSE_Q}", 0)
        # a markup list: `Deleted (U) Inserted (C)`, `Deleted: "(U)"; Inserted: "(S//NF)"`
        self.markup = lazy(_deleted_inserted(alt("deleted"), r"[\s,;.\-]{0,8}", alt("inserted")), 0)
        # (fix43f, adv174-045) markup balloons of any word processor, one per line: `[para 3, "Inspector ..."]  Deleted: (U)`
        # then, on the next line, `[para 3, "Inspector ..."]  Inserted: (S)`
        self.balloons = lazy(_deleted_inserted(alt("deleted_balloon"), r"[ \t,;.]*\n[^\n]{0,120}?", alt("inserted_balloon")), 0)


def _words_of(g: object) -> _Words:
    """The patterns of a grammar's rules, made once per grammar."""
    kept = _BY_GRAMMAR.get(id(g))
    if kept is None or kept[0] is not g:
        kept = _BY_GRAMMAR[id(g)] = (g, _Words(g.record_words["edit_commands"]))  # type: ignore[attr-defined]
    return kept[1]


def _deleted_inserted(deleted: str, gap: str, inserted: str) -> str:
    """A markup list's deletion of OLD then insertion of NEW (`Deleted: "(U)"; Inserted: "(S//NF)"`): one pattern for
    every shape of it, `deleted` and `inserted` the words of each, `gap` what may stand between them."""
    return (rf"(?i:{deleted})[ \t]*:?[ \t]*{_OPEN_Q}(?P<old>{_MARK}){_CLOSE_Q}{gap}"
            rf"(?i:{inserted})[ \t]*:?[ \t]*{_OPEN_Q}(?P<new>{_MARK})(?![\w/]){_CLOSE_Q}")


# (fix43f, adv174-003) a search answered by a Replace in the same sentence: `search (U), expand the results and press
# Replace on the single match at notes.txt:14 only; the replacement is (S//NF)` (Xcode's Find navigator, any tool)
_ANY_MARK = r"\((?:TS|S|C|U|SBU|CUI|FOUO)[/)]"
_SEARCH_REPLACE = lazy(rf"(?i:\b(?:search|find)\w*)(?:[ \t]+(?i:for))?[ \t]*[:=]?[ \t]*{_OPEN_Q}(?P<old>\^?{_MARK}){_CLOSE_Q}"
                       rf"(?=[\s,;.])(?:(?!\n[ \t]*\n|{_ANY_MARK})[\s\S]){{0,200}}?(?i:replace)(?:(?!\n[ \t]*\n|{_ANY_MARK})[\s\S]){{0,160}}?"
                       rf"(?<=[\s:=\"'\u201c])(?P<new>\((?:TS|S|C|U)(?://[A-Z][A-Z0-9 ,/\-]{{0,30}}?)?\))(?![\w/])", 0)
# a diff hunk: `-(U) The harbor master said` then (within three lines) `+(S//NF) The harbor master said`
_HUNK = lazy(r"(?m)^[ \t>]*-(?P<old>\((?:TS|S|C|U|SBU|CUI|FOUO)(?://[A-Z][A-Z0-9 ,/\-]{0,30}?)?\))(?P<rest>[^\n]*)\n"
             r"(?:[ \t>]*[-+ ][^\n]*\n){0,3}?[ \t>]*\+(?P<new>\((?:TS|S|C|U|SBU|CUI|FOUO)(?://[A-Z][A-Z0-9 ,/\-]{0,30}?)?\))", 0)
# a ```suggestion block (GitHub, GitLab) whose line opens with a mark: `(C) A customs officer told us ...`
_SUGGESTION = lazy(r"```[ \t]*suggestion\b[^\n]*\n(?P<body>(?:(?!```)[^\n]*\n){1,12}?)[ \t>]*```", re.IGNORECASE)
_SUGGESTED_LINE = lazy(r"(?m)^[ \t>]*(?P<new>\((?:TS|S|C|U)(?://[A-Z][A-Z0-9 ,/\-]{0,30}?)?\))[ \t]+(?P<rest>[^\n]{6,})$", 0)
_HINTS = ("replace", "Replace", "REPLACE", "```", "\n-(", "-(", "emplac", "ambiar", "eemplaz", "ubstitu", "ostitu",
          "Deleted", "deleted", "Removed", "removed", "hange", "rsetz", "nder", "roc", "wap")


def _words(rest: str) -> str:
    """The part's own words an edit shows: `The harbor master said`, `A customs officer told us ...`."""
    rest = re.sub(r"\.{2,}|\u2026", " ", rest)
    return re.sub(r"\s+", " ", rest).strip()


def edit_commands(text: str, grammar: object) -> list[tuple[int, int, str, str]]:
    """(start, end, OLD, NEW) of every edit in the module docstring's shapes; OLD may hold the part's words (the words
    of `grammar`'s rules, rules/record_words.yaml)."""
    if not any(h in text for h in _HINTS):
        return []
    w = _words_of(grammar)
    out: list[tuple[int, int, str, str]] = []
    for rx in (_EMACS, w.worded, w.markup, w.balloons, _SEARCH_REPLACE):
        out.extend((m.start(), m.end(), m.group("old"), m.group("new")) for m in rx.finditer(text))
    for m in _HUNK.finditer(text):
        words = _words(m.group("rest"))
        out.append((m.start("old") - 1, m.end(), m.group("old") + (" " + words if len(words) >= 6 else ""), m.group("new")))
    for m in _SUGGESTION.finditer(text):
        for line in _SUGGESTED_LINE.finditer(m.group("body")):
            words = _words(line.group("rest"))
            if len(words) >= 6:  # (the line it replaces is not shown: a (U) one, found by its words)
                out.append((m.start(), m.end(), "(U) " + words, line.group("new")))
    return out
