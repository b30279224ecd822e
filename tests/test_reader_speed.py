"""Shortcuts the reader takes for speed answer exactly what the longer way does: checked on
every line of the example and test documents and on variants of the header lines."""
from __future__ import annotations

from pathlib import Path

import pytest

from sbu_redact.reader import cable_header as ch
from sbu_redact.reader.authority import CLASSIFIED_BY

ROOT = Path(__file__).resolve().parent.parent


def _lines() -> list[str]:
    lines: set[str] = set()
    for path in [*ROOT.joinpath("examples").rglob("*.txt"), *ROOT.joinpath("tests", "corpus").rglob("*.txt")]:
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            line = line.strip()
            lines.update({line, line.lower(), line.title(), line.replace(" ", "  "), line.replace("S", "\u017f")})
    return sorted(lines)


def _header_line_the_long_way(s: str) -> bool:
    return bool(ch.SUBJECT.match(s) or ch.TAGS.match(s) and s.upper().startswith("TAGS") or ch.EO.match(s)
                or ch.REFS.match(s) or CLASSIFIED_BY.match(s)
                or ch.ADDRESS_FIELD.match(s) and s.startswith(("FM ", "TO ", "INFO ")))


@pytest.mark.parametrize("extra", ["SUBJ: X", "Subject:", "TAGS PREL", "tags", "E.O. 12958: N/A", "E O 13526",
                                   "REF: A. 07 MOSCOW 1", "REFS A", "REFERENCES: none", "REF", "Classified By: X",
                                   "CLASSIFICATION BY: X", "Derived From: X", "FM AMEMBASSY", "TO SECSTATE",
                                   "INFO RUEH", "FROM: x", "INFORMATION", "TOP SECRET", "REFORM"])
def test_header_line_is_the_header_patterns_in_one(extra: str) -> None:
    for s in [extra, *_lines()] if extra == "SUBJ: X" else [extra]:
        assert bool(ch.HEADER_LINE.match(s)) == _header_line_the_long_way(s), s


def test_with_marking_is_replace() -> None:
    import dataclasses

    from sbu_redact import read

    document = read("UNCLAS MOSCOW 003736\n\nSUBJECT: TEST\n\n1. (SBU) One.\n\n2. Two.\n")
    for portion in document.portions:
        other = document.portions[0].marking
        assert portion.with_marking(other) == dataclasses.replace(portion, marking=other)
        assert [f.name for f in dataclasses.fields(portion)] == ["start", "end", "body_start", "kind", "number",
                                                                 "marking", "explicit", "mark_start", "mark_end"]


def test_check_box_lines_are_found_as_a_scan_of_the_whole_text_finds_them() -> None:
    from sbu_redact.reader import check_boxes

    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.joinpath("tests", "corpus").rglob("*.txt"))]
    texts += ["Block classification:  [X] U   [ ] C   [ ] S\nOVERALL CLASSIFICATION OF REPORT:  [ ] UNCLASSIFIED   "
              "[X] SECRET", "[X] Official [ ] Social\n\n1. Classification: [x] C [ ] S [✓] TS", "a [ ] b\n[X]"]
    texts.append("\n".join(texts))
    boxes = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in check_boxes._LINE.finditer(text)]
        assert [(m.span(), m.groups()) for m in check_boxes._lines_with_boxes(text)] == expected
        boxes += len(expected)
    assert boxes >= 6


def test_defined_abbreviations_are_found_as_a_scan_of_the_whole_text_finds_them() -> None:
    from sbu_redact.reader import abbreviations

    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.joinpath("tests", "corpus").rglob("*.txt"))]
    texts += ["TROPICAL STORM (TS) MARA\n\n(TS) Mara is expected to weaken.", "Tropical Storm\n(TS) Mara",
              "(TS) Mara", "Alpha Bravo Charlie Delta Echo (ABC) Xray (S) Yankee", "x (TS) Mara\ny (C) Zulu Foxtrot (ZF) Golf"]
    texts.append("\n".join(texts))
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in abbreviations._DEFINED.finditer(text)]
        assert [(m.span(), m.groups()) for m in abbreviations._definitions(text)] == expected
        found += len(expected)
    assert found >= 4


def test_footnote_references_are_found_as_a_search_of_every_portion_finds_them() -> None:
    import re

    from sbu_redact import read
    from sbu_redact.document import Portion
    from sbu_redact.reader.governing import _REFERENCE_AFTER, _references

    def brute(text: str, portions: list[Portion], number: str) -> list[int]:
        reference = re.compile(_REFERENCE_AFTER + number + r"(?!\d)")
        return [k for k, p in enumerate(portions) if reference.search(text, p.body_start, p.end) is not None]

    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.joinpath("tests", "corpus").rglob("*.txt"))[::15]]
    texts += ["(U) As he said on Sunday\".7 The report.12 Not 117 nor x1234 but\n(C) word7\n7 The quoted passage is "
              "classified SECRET.\n(S) a 7x7 grid, page7, ab12\n(U) end12"]
    numbers = [str(n) for n in range(1, 40)] + ["117", "07", "٣"]
    checked = 0
    for text in texts:
        document = read(text)
        view = document.view.text if document.view is not None else text
        portions = [p for p in document.portions if p.end <= len(view)]
        # the reader's portions, and the same cut inside runs of digits (a body that ends in `ab12|34`)
        cut = [Portion(p.start, p.end - 2, p.body_start, p.kind, None, None, False) for p in portions if p.end - 2 > p.body_start]
        nested = [*portions, Portion(0, len(view), 0, "paragraph", None, None, False)]  # (bodies overlap: searched one by one)
        for spans in (portions, cut, nested):
            holding = _references(view, spans, set(numbers))
            for number in numbers:
                assert holding(number) == brute(view, spans, number), (number, text[:60])
                checked += len(holding(number))
    assert checked > 50


def test_fields_count_what_a_pass_over_every_field_finds_through_every_change() -> None:
    import random
    from dataclasses import replace

    from sbu_redact.document import Field
    from sbu_redact.reader.state import Fields

    text = "DEPT FOR  WHA/SSA\nDEPT FOR WHA/SSA\nAMEMBASSY PARIS\nROUTINE 0001\n"
    spans = [(0, 17), (18, 34), (35, 50), (51, 63), (0, 4)]
    names = ["address", "dept", "passage", "subject", "repeated_header"]
    lines = ["DEPT FOR WHA/SSA", "AMEMBASSY  PARIS", "ROUTINE 0001", "DEPT", "nothing"]
    chosen = {"address", "dept", "passage"}

    def field(rng: random.Random) -> Field:
        start, end = rng.choice(spans)
        return Field(rng.choice(names), start, end, "")

    rng = random.Random(7)
    fields = Fields(text)
    for step in range(3000):
        op = rng.randrange(10)
        if op <= 3 or not fields:
            fields.append(field(rng))
        elif op == 4:
            fields.pop(rng.randrange(-len(fields), len(fields)) if rng.random() < 0.3 else -1)
        elif op == 5:
            fields[rng.randrange(len(fields))] = replace(fields[-1], name=rng.choice(names))
        elif op == 6:
            fields.insert(rng.randrange(len(fields) + 1), field(rng))
        elif op == 7:
            del fields[rng.randrange(len(fields))]
        elif op == 8:
            fields += [field(rng)]
            fields.extend([field(rng)])
        else:
            fields.remove(rng.choice(fields))
            if rng.random() < 0.05:
                fields.clear()
        for line in lines:
            expected = any(f.name in chosen and " ".join(text[f.start:f.end].split()) == " ".join(line.split())
                           for f in fields)
            assert fields.written(chosen, line) == expected, (step, op, line)


def test_overlaps_are_found_as_a_pass_over_every_portion_finds_them() -> None:
    import random

    from sbu_redact.document import Portion
    from sbu_redact.reader.raising import Overlaps

    rng = random.Random(11)
    for trial in range(200):
        portions = []
        for _ in range(rng.randrange(0, 30)):
            start = rng.randrange(0, 200)
            end = start + rng.choice([0, 1, 5, 20, 150])  # (empty, nested and overlapping ones too)
            portions.append(Portion(start, end, start, "paragraph", None, None, False))
        overlapping = Overlaps(portions)
        for _ in range(20):
            start = rng.randrange(0, 220)
            end = start + rng.randrange(0, 60)
            expected = [k for k, p in enumerate(portions) if p.start < end and p.end > start]
            assert overlapping(start, end) == expected, (trial, start, end)


def test_labels_numbers_and_times_of_portions_are_found_as_a_pass_over_every_portion_finds_them() -> None:
    import re

    from sbu_redact import read
    from sbu_redact.document import Portion
    from sbu_redact.reader import governing as gv
    from sbu_redact.reader.state import Reading
    from sbu_redact.config import as_rules
    from sbu_redact.textview import view_of

    def labelled(text: str, portions: list, index: int | None, labels: set[str]) -> set[int]:
        chosen = set()
        for k, p in enumerate(portions):
            head = " ".join(text[p.body_start:min(p.end, p.body_start + 80)].split()).casefold().lstrip("*_#>-• ")
            for label in labels:
                if k != index and head.startswith(label) and (len(head) == len(label) or not head[len(label)].isalnum()):
                    chosen.add(k)
        return chosen

    def labelled_number(text: str, portions: list, label: str) -> set[int]:
        chosen: set[int] = set()
        opens = re.compile(re.escape(label) + r"[.:)]?(?:[ \t]|$)")
        for k, p in enumerate(portions):
            head = text[p.start:p.end].strip()
            if head.rstrip(".:)") == label:
                chosen.update(k2 for k2 in (k, k + 1) if k2 < len(portions))
            elif opens.match(head):
                chosen.add(k)
        return chosen

    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.joinpath("tests", "corpus").rglob("*.txt"))[::9]]
    texts += ["OPTION 2\n\n(S) Option 2: move now.\n\n(U) option 2b is not it.\n\n4-3\n\n(C) The margin.\n\n"
              "  4-3. (S) Opens.\n\n4-3.1 (U) Not it.\n\n4-3).\n\n[00:14:10] (U) a.\n\n00:15:00 (S) b.\n\n(U) 00:16 c.\n"]
    grammar = as_rules(None).grammar
    words = "option 2 | tab b | question 4 | 4-3 | 1.2 | 00:14:10 to 00:15:02"
    found = [m for m in re.finditer(r"[^|]+", words)]
    checked = 0
    for text in texts:
        r = Reading(view_of(text), grammar)
        read_ones = [p for p in read(text).portions if p.end <= len(r.text)]
        # ... and one portion per line, from its start (leading blanks too)
        lines = [Portion(m.start(), m.end(), m.start(), "paragraph", None, None, False)
                 for m in re.finditer(r"[^\n]+", r.text)]
        for spans in (read_ones, lines[:300]):
            portions = gv._Portions(spans)
            labels = {" ".join(m.group(0).split()).casefold() for m in found}
            for index in (None, 0):
                assert gv._labelled(r, portions, index, found) == labelled(r.text, portions, index, labels)
            for label in ("4-3", "1.2", "2-1", "10-4.2"):
                assert gv._labelled_number(r, portions, label) == labelled_number(r.text, portions, label), label
                checked += len(gv._labelled_number(r, portions, label))
            times = [(k, (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))) for k, p in enumerate(portions)
                     if (m := gv._OPENING_TIME.match(r.text, p.start, p.end)) is not None]
            assert portions.opening_times(r.text) == times
            checked += len(times) + len(gv._labelled(r, portions, None, found))
    assert checked > 5
