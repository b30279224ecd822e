"""(fix51f, adv198-031/034/036/038) Release conditions that the document's own records show not met: a release after a
waiting period counted from a date the document states (`Rel GBR | after 30 days' notice to the host government`, the
notice sent 30 November and the tracker dated 4 December); a form whose box a release requires is left unticked
(`[ ] Originator concurrence obtained (required for GBR release)`, `... (required for UK release): No`); a ticked
conditional release to the UK whose `Condition satisfied` box or field is not ticked or filled; and a release cell with
its condition in parentheses (`GBR (upon ratification of Annex 2)`) whose row's status column says it is not met (`not
ratified`). Each only decides whether a `controls_in_words` pattern's NOFORN stands (rules/markings.yaml, the fix51f
block): none puts a country into any list, and each fails closed (a date, a box or a status not found: not met).

The words are the rules': rules/record_words.yaml `unmet_conditions`, `conditions_shown_met` (ticks, met values,
negations) and `release_conditions` (unfilled values, release headers)."""
from __future__ import annotations

import csv
import datetime
import re
from typing import TYPE_CHECKING

from ..lazyre import lazy
from .release_conditions import (_CHECK_BOX, _EMPTY_VALUE, _dates, _document_dates, condition_completed,
                                 names_uk, says_unfilled)
from .rule_words import alternatives, made_once

if TYPE_CHECKING:
    from .state import Reading


class _Patterns:
    """The patterns of rules/record_words.yaml `unmet_conditions`."""

    def __init__(self, g: object):
        words = g.record_words["unmet_conditions"]  # type: ignore[attr-defined]
        shown = g.record_words["conditions_shown_met"]  # type: ignore[attr-defined]
        self.numbers: dict[str, int] = dict(words["period_numbers"])
        self.units: dict[str, int] = dict(words["period_units"])
        self.ignored = {w.casefold() for w in words["period_ignored_words"]}
        self.public = lazy(r"(?i)\b(?:" + alternatives(words["public_releases"]) + r")\b")
        self.release = lazy(r"(?i)(?:\b|_)(?:" + alternatives(words["release_words"]) + r")(?:\b|_)")
        self.satisfied = lazy(r"(?im)^(?P<lead>[^\n]{0,40}?)\b(?:" + alternatives(words["satisfied_labels"])
                              + r")\b[ \t]*\??[ \t]*[:|\-–—=]?[ \t]*(?P<value>[^\n]{0,160})")
        self.status_met = lazy(r"(?i)^[\s\"'\[\]()]*(?:" + alternatives([*shown["met_values"], *words["status_met_values"]])
                               + r")(?![\w])")
        self.status_not = lazy(r"(?i)\b(?:" + alternatives([*shown["label_negations"], *words["status_negations"]]) + r")\b")
        self.yes = lazy(r"(?i)^[ \t]*(?:yes|y|met|done|satisfied|complete|completed|fulfilled)\b")
        self.ticks = lazy(r"(?i)^[ \t]*(?:" + "|".join(shown["ticks"]) + r")[ \t]*$")
        self.granted = lazy(r"(?i)\b(?:yes|authori[sz]ed|approved|permitted|granted|cleared)\b")


def _patterns(r: "Reading") -> _Patterns:
    return made_once(r.g, "unmet_conditions", _Patterns)


def _line(r: "Reading", at: int) -> tuple[int, int]:
    start = r.text.rfind("\n", 0, at) + 1
    end = r.text.find("\n", at)
    return start, end if end >= 0 else len(r.text)


def _cells(line: str, sep: str) -> list[str]:
    line = line.rstrip("\r")
    if sep == ",":
        try:
            return next(csv.reader([line]))
        except (csv.Error, StopIteration):
            return line.split(",")
    return line.split(sep)


def _row_and_header(r: "Reading", at: int) -> tuple[list[str], list[str], int] | None:
    """The cells of the table row holding offset `at` (`|`, tab or comma separated), the cells of its header (the first
    line above of as many cells; a Markdown rule line skipped) and the index of the cell at `at`; None off a table."""
    text = r.text
    start, end = _line(r, at)
    line = text[start:end]
    sep = "|" if "|" in line else "\t" if "\t" in line else "," if "," in line else None
    if sep is None:
        return None
    row = _cells(line, sep)
    column = len(_cells(text[start:at], sep)) - 1 if sep == "," else text.count(sep, start, at)
    header = row
    pos = start
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_start:pos - 1]
        if sep == "|" and re.fullmatch(r"[\s|:\-+=]*", prev):
            pos = prev_start
            continue
        cells = _cells(prev, sep)
        if sep not in prev or len(cells) != len(row):
            break
        header = cells
        pos = prev_start
    return row, header, column


# ---- 1 a release after a waiting period counted from a date the document states

def _period_days(r: "Reading", number: str, unit: str) -> int | None:
    w = _patterns(r)
    n = int(number) if number.isdigit() else w.numbers.get(number.casefold().replace(" ", "-"))
    days = next((v for u, v in w.units.items() if unit.casefold().startswith(u)), None)
    return None if n is None or days is None else n * days


def _prefixes(r: "Reading", words: str) -> set[str]:
    """The first four letters of the words of `words` of four letters or more that name the event waited on."""
    ignored = _patterns(r).ignored
    return {x.casefold()[:4] for x in re.findall(r"[A-Za-z]{4,}", words) if x.casefold() not in ignored}


def waits_for_uk(r: "Reading", at: int) -> bool:
    """Does the waiting period at offset `at` govern a release that may be the UK's: the words before it on its line
    (a field's key, `Rel GBR:`, `"rel_gbr": "`), or the header of its table column, name the UK or a release."""
    w = _patterns(r)
    start, _ = _line(r, at)
    before = r.text[start:at].replace("_", " ")
    table = _row_and_header(r, at)
    labels = [before]
    if table is not None:
        _, header, column = table
        labels.append(header[column] if column < len(header) else "")
    return any(names_uk(r, label) or w.release.search(label) for label in labels)


def period_not_run(r: "Reading", m: "re.Match[str]") -> bool:
    """Has the waiting period of `m` (groups `number`, `unit`, `event`: `after 30 days' notice to the host government`)
    not run by the document's own date (its first date): the latest date the document states on a line that names the
    event (`Notice ... went out on 30 November 2026`), plus the period, is after it. No event date, no document date or
    a period that cannot be read fails closed (not run)."""
    days = _period_days(r, m.group("number") or "", m.group("unit") or "")
    if days is None:
        return True
    dates = _document_dates(r, 0, 0)
    if not dates:
        return True
    first_at, own = dates[0]
    event = _prefixes(r, m.group("event") or "")
    if not event:
        return True
    events = []
    for at, d in dates:
        if at == first_at:
            continue
        start, end = _line(r, at)
        if _prefixes(r, r.text[start:end]) & event:
            events.append(d)
    return not events or own < max(events) + datetime.timedelta(days=days)


# ---- 2 a form whose box a release requires is left unticked, and a conditional UK release whose condition is not
# ticked satisfied

def _uk_release_granted(r: "Reading") -> bool:
    """Does a line of the document grant a release to the UK (a ticked box or a `yes`, a release word, the UK named)?"""
    w = _patterns(r)
    for line in r.text.split("\n"):
        if not w.release.search(line) or not names_uk(r, line):
            continue
        box = _CHECK_BOX.search(line)
        ticked = box is not None and w.ticks.match(box.group("glyph") or box.group("in_brackets")
                                                  or box.group("in_parens") or "")
        if ticked or (box is None and w.granted.search(line)):
            return True
    return False


def required_for_uk_release(r: "Reading", label: str) -> bool:
    """Is the box or field labelled `label` (`Originator concurrence obtained (required for GBR release)`) one a
    release to the UK waits on: its label names the UK, or names a release that is not the public's and the document
    grants the UK a release elsewhere (`[X] Release to GBR authorized`)."""
    w = _patterns(r)
    if names_uk(r, label):
        return True
    return bool(w.release.search(label)) and not w.public.search(label) and _uk_release_granted(r)


def value_unfilled(r: "Reading", value: str) -> bool:
    """Does a required field's value say it is not done: empty, underscores, an unfilled value (`No`, `pending`), or
    boxes none of which is ticked beside a `yes`."""
    boxes = list(_CHECK_BOX.finditer(value))
    if boxes:
        return not _box_says_yes(r, boxes)
    value = value.strip()
    return bool(_EMPTY_VALUE.match(value)) or says_unfilled(r, value)


def _box_says_yes(r: "Reading", boxes: list["re.Match[str]"]) -> bool:
    w = _patterns(r)
    yes = False
    for b in boxes:
        ticked = w.ticks.match(b.group("glyph") or (b.group("in_brackets") if b.group("in_brackets") is not None
                                                     else b.group("in_parens")) or "")
        if not ticked:
            continue
        if w.yes.match(b.group("label")) and not w.status_not.search(b.group("label").split(",")[0]):
            yes = True
        else:
            return False  # (`(X) No`)
    return yes


def condition_satisfied(r: "Reading", condition: str) -> bool:
    """Does the document show a conditional release's condition satisfied: every `Condition satisfied` (`met`,
    `fulfilled`) box or field says so (a ticked box before it, a ticked `Yes` after it, or a value that is a yes or a
    date and not `No`, empty or unfilled), and there is one; with none, the condition shown completed
    (`release_conditions.condition_completed`)."""
    w = _patterns(r)
    found = list(w.satisfied.finditer(r.text))
    if not found:
        return condition_completed(r, condition)
    for m in found:
        box_before = re.search(r"(?:\[(?P<b>[^\[\]\n]{0,2})\]|\((?P<p>[^()\n]{0,1})\)|(?P<g>[☐☑☒□■✅❎]))[ \t]*$",
                               m.group("lead"))
        if box_before is not None:
            if not w.ticks.match(box_before.group("g") or box_before.group("b") or box_before.group("p") or ""):
                return False
            continue
        value = m.group("value")
        boxes = list(_CHECK_BOX.finditer(value))
        if boxes:
            if not _box_says_yes(r, boxes):
                return False
            continue
        value = value.strip()
        if _EMPTY_VALUE.match(value) or says_unfilled(r, value) or w.status_not.search(value):
            return False
        if not (w.yes.match(value) or _dates(r, value)):
            return False
    return True


# ---- 3 a release cell's condition in parentheses and its row's status column

def _words(r: "Reading", words: str) -> set[str]:
    """The words of `words` of three letters or more (camelCase and snake_case split, in any case: `mou_status`), each
    cut to its first five letters, but those that name no condition (`conditions_shown_met.ignored_words`, `unmet_conditions.header_ignored_words`)."""
    record_words = r.g.record_words  # type: ignore[attr-defined]
    ignored = {*record_words["conditions_shown_met"]["ignored_words"], *record_words["unmet_conditions"]["header_ignored_words"]}
    split = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", words).replace("_", " ")
    return {w.casefold()[:5] for w in re.findall(r"[A-Za-z]{3,}", split) if w.casefold() not in ignored}


def status_column_met(r: "Reading", at: int, condition: str) -> bool:
    """Does the row of the release cell at offset `at` (`GBR (upon ratification of Annex 2)`) show its condition met:
    every other cell whose column header shares the condition's words (`annex_2_status`, `OFAC approval`) holds a met
    value (`ratified 2026-11-30`, `signed`, `in force`) and no negation (`not ratified`), and there is one; off a
    table, or with no such column, the condition shown completed (`release_conditions.condition_completed`)."""
    w = _patterns(r)
    table = _row_and_header(r, at)
    if table is None:
        return condition_completed(r, condition)
    row, header, column = table
    words = _words(r, condition)
    values = [row[i] for i, h in enumerate(header) if i != column and i < len(row) and _words(r, h) & words]
    if not values or header is row:
        return condition_completed(r, condition)
    return all(w.status_met.match(v) and not w.status_not.search(v) and not says_unfilled(r, v.strip()) for v in values)


def stands(r: "Reading", spec: object, m: "re.Match[str]") -> bool:
    """Whether the fix51f checks a `controls_in_words` entry asks for let its controls stand (an entry that asks for none
    stands)."""
    if getattr(spec, "waiting_period_not_run", False) and not (waits_for_uk(r, m.start()) and period_not_run(r, m)):
        return False
    if getattr(spec, "required_for_uk_release", False):
        value = m.group("value") if "value" in m.re.groupindex else None
        if not required_for_uk_release(r, m.group("label") or "") or (value is not None and not value_unfilled(r, value)):
            return False
    if getattr(spec, "unless_condition_satisfied", False) and condition_satisfied(r, m.group("condition") or ""):
        return False
    if getattr(spec, "unless_status_column_met", False) and status_column_met(r, m.start(), m.group("condition") or ""):
        return False
    return True
