"""A SQL dump's row whose level column names a level raises the row's text to it; it never lowers (fix44f).

    -- CLASSIFICATION: UNCLASSIFIED
    CREATE TABLE `events` (`id` int, `level` char(4), `note` text);
    INSERT INTO `events` VALUES (3,'SBU','Security screening plan for the reception entrance');

A dump's rows are read as the text under its comment header (its level governs them), but a row's own value in a
column named as a level (the rules' `yaml_level_key`: `level`, `sec_level`, `classification_level`) states the
row's level too (adv178-060): where that value reads as a valid marking above UNCLASSIFIED (or with controls), every
portion the row's values overlap is raised to it. A value of `U`, or one that reads as no marking, raises nothing
(the header governs: the row's lower level never lowers it). The columns are those of the INSERT's own list, else
of the table's CREATE TABLE.
"""
from __future__ import annotations

import re

from ..document import Portion
from ..lazyre import compile_pattern
from .raising import raised_to
from .state import Reading

_NAME = r"[`\"\[]?(?P<table>[\w.]+?)[`\"\]]?"
_CREATE = compile_pattern(r"\bCREATE[ \t]+TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?" + _NAME + r"[ \t]*\(", re.IGNORECASE)
_INSERT = compile_pattern(r"\bINSERT[ \t]+INTO[ \t]+" + _NAME + r"[ \t]*(?P<columns>\([^()]*\))?[ \t]*VALUES[ \t]*",
                          re.IGNORECASE)
_NOT_COLUMN = compile_pattern(r"(?i)(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|CHECK|FULLTEXT)\b")


def raise_sql_level_columns(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each INSERT row raised to the level its level column names (never lowered)."""
    text = r.text
    if "insert" not in text.lower() or "values" not in text.lower():
        return portions
    tables: dict[str, list[str]] = {}
    for m in _CREATE.finditer(text):
        items, _ = _items_at(text, m.end() - 1)
        if items is not None:
            tables[m.group("table").lower()] = [c for c in (_column(item) for item in items) if c]
    out = list(portions)
    for m in _INSERT.finditer(text):
        if m.group("columns"):
            columns = [c for c in (_column(item) for item in _items_at(m.group("columns"), 0)[0] or []) if c]
        else:
            columns = tables.get(m.group("table").lower(), [])
        levels = [k for k, c in enumerate(columns) if r.g.yaml_level_key.fullmatch(c) is not None]
        if not levels:
            continue
        at = m.end()
        while at < len(text) and text[at] == "(":
            values, end = _items_at(text, at)
            if values is None:
                break
            stated = []
            for k in levels:
                if k < len(values):
                    value = values[k].strip().strip("'\"").strip()
                    marking = r.g.parse(value.upper()) if value else None
                    if marking is not None and marking.valid and (marking.rank > 0 or marking.controls):
                        stated.append(marking)
            if stated:
                said = f"the row's level column says '{values[levels[0]].strip()}': its text reads at least at that level"
                out = [raised_to(r, p, stated, said) if p.start < end and at < p.end else p for p in out]
            nxt = re.match(r"[ \t]*,[ \t\r\n]*", text[end:])
            if nxt is None:
                break
            at = end + nxt.end()
    return out


def _items_at(text: str, at: int) -> tuple[list[str] | None, int]:
    """The comma-separated items of the parenthesised list opening at `at` (commas inside quotes or nested parentheses
    kept) and the offset after its close; `(None, len(text))` when it never closes."""
    items: list[str] = []
    cur: list[str] = []
    depth, quote, i = 0, "", at
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\" and i + 1 < len(text):
                cur.append(text[i:i + 2])
                i += 2
                continue
            if ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch == "(":
            depth += 1
            if depth == 1:
                i += 1
                continue
        elif ch == ")":
            depth -= 1
            if depth == 0:
                items.append("".join(cur))
                return items, i + 1
        elif ch == "," and depth == 1:
            items.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    return None, len(text)


def _column(item: str) -> str:
    """The column an item of a column list names (`` `level` char(4) NOT NULL `` names `level`), or ''."""
    item = item.strip()
    if not item or _NOT_COLUMN.match(item):
        return ""
    m = re.match(r"[`\"\[]?([\w .\-]+?)[`\"\]]?(?:\s|$)", item + " ")
    return m.group(1).strip() if m else ""
