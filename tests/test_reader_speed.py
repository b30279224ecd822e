"""Shortcuts the reader takes for speed answer exactly what the longer way does: checked on
every line of the example and test documents and on variants of the header lines."""
from __future__ import annotations

from pathlib import Path

import pytest

from sbu_redact.reader import cable_header as ch
from sbu_redact.reader.authority import CLASSIFIED_BY
from sbu_redact.reader.pages import page_marker_alone

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
    from sbu_redact.reader import governing as gv, labelled as lb, portion_index as pi
    from sbu_redact.reader.state import Reading
    from sbu_redact.config import as_rules
    from sbu_redact.textview import view_of

    def labelled(text: str, portions: list, index: int | None, labels: set[str]) -> set[int]:
        chosen = set()
        for k, p in enumerate(portions):
            head = " ".join(text[p.body_start:min(p.end, p.body_start + 80)].split()).casefold().lstrip(pi.HEAD_MARKS)
            line_end = text.find("\n", p.body_start, p.end)  # (the heading's own line: a divider may share its portion)
            line = " ".join(text[p.body_start:p.end if line_end < 0 else line_end].split()).casefold().lstrip(pi.HEAD_MARKS)
            for label in labels:
                if k != index and head.startswith(label) and (len(head) == len(label) or not head[len(label)].isalnum()):
                    chosen.add(k)
                    kind, _, own = label.partition(" ")
                    if kind in grammar.document_parts:
                        # (a part of the document, `Tab B`, heading or not: past the statement, to a closing line or
                        # the document's end, open34 and review34a)
                        for after in range(k + 1, len(portions)):
                            q = portions[after]
                            if after != index:
                                chosen.add(after)
                            if lb._closes(r, q, label):
                                break
                        continue
                    rest = line[len(label):].strip(lb._RULE_MARKS)
                    # a heading alone (`--- Tab B ---`, with its page too, or a short title after a separator, `TAB C -
                    # Background`, round 119): the text under it, to the next such heading
                    if not rest or page_marker_alone(grammar, rest) or lb._TITLED.fullmatch(line[len(label):]):
                        for after in range(k + 1, len(portions)):
                            following = " ".join(text[portions[after].body_start:portions[after].end].split()[:3])
                            if following.casefold().lstrip(lb._RULE_MARKS).startswith(label.split()[0]) or after == index:
                                break
                            chosen.add(after)
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
            portions = pi.PortionIndex(spans)
            labels = {" ".join(m.group(0).split()).casefold() for m in found}
            for index in (None, 0):
                assert lb.labelled_blocks(r, portions, index, found) == labelled(r.text, portions, index, labels)
            for label in ("4-3", "1.2", "2-1", "10-4.2"):
                assert gv._labelled_number(r, portions, label) == labelled_number(r.text, portions, label), label
                checked += len(gv._labelled_number(r, portions, label))
            times = [(k, (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))) for k, p in enumerate(portions)
                     if (m := pi._OPENING_TIME.match(r.text, p.start, p.end)) is not None]
            assert portions.opening_times(r.text) == times
            checked += len(times) + len(lb.labelled_blocks(r, portions, None, found))
    assert checked > 5


def _repeated_text_the_long_way(r, portions):  # type: ignore[no-untyped-def]
    """`repeated.repeated_text` as it was before its runs were made only for portions that may share
    one (every portion's runs made and looked up)."""
    from sbu_redact.reader.raising import raised_to
    from sbu_redact.reader.repeated import _RUN, word_runs

    marked = [p for p in portions if p.explicit and p.marking is not None and p.marking.valid]
    if not marked or len({p.marking.banner() for p in portions if p.marking is not None}) < 2:
        return portions
    runs = [word_runs(r.text[p.body_start:p.end], _RUN) for p in portions]
    source: dict = {}
    one: dict = {}
    one_of: dict = {}
    for p, said in zip(portions, runs):
        if p.explicit and p.marking is not None and p.marking.valid:
            marking = one_of.get(id(p.marking))
            if marking is None:
                marking = one_of[id(p.marking)] = one.setdefault(p.marking, p.marking)
            for run in said:
                source.setdefault(run, {}).setdefault(id(marking), marking)
    if not source:
        return portions
    out = []
    for p, said in zip(portions, runs):
        if p.marking is not None and p.marking.valid and said:
            found: dict = {}
            for run in said:
                for key, m in source.get(run, {}).items():
                    found.setdefault(key, m)
            stated = list(found.values())
            if stated:
                p = raised_to(r, p, stated, "the same words stand in a portion marked higher in this document")
        out.append(p)
    return out


_WORDS_A = "the minister told the ambassador on Tuesday that the shipment would leave the port before the end of March"
_WORDS_B = "officials in the capital expect the talks to resume next week after the holiday and a visit by the envoy"


def _repeated_texts() -> list[str]:
    """Documents that hold the same run of words in portions marked alike and otherwise: copies,
    parts of copies, copies inside longer text, the same words three times, shorter than a run."""
    a, b = _WORDS_A, _WORDS_B
    short = " ".join(a.split()[:11])
    texts = [
        f"UNCLASSIFIED\n\n1. (U) {a}.\n\n2. (S) {a}.\n\nUNCLASSIFIED\n",
        f"SECRET\n\n1. (S) {a}.\n\n2. (U) I changed this to U: {a}.\n\n3. (C) {b}.\n\nSECRET\n",
        f"CONFIDENTIAL\n\n1. (C) {b} and {a}.\n\n2. (U) {a}\n\n3. {a}.\n\n4. (S//NF) {a}.\n\nCONFIDENTIAL\n",
        f"SECRET\n\n1. (U) {short}.\n\n2. (S) {short}.\n\n3. (C) {b}.\n\nSECRET\n",
        f"SECRET\n\n1. (S) {a} {a}.\n\n2. (U) {b}.\n\n3. (C) {b} {b}\n\nSECRET\n",
        f"(U) {a}.\n\n(S) {b}.\n\n(C) {a}. {b}.\n\n(U//FOUO) {' '.join(reversed(a.split()))}.\n",
        f"UNCLASSIFIED\n\n1. (U) {a.upper()}.\n\n2. (S) {a.title()}!\n\n3. {a} -- {b}\n",
    ]
    return texts


def test_repeated_text_raises_as_the_runs_of_every_portion_do(monkeypatch: pytest.MonkeyPatch) -> None:
    """`repeated_text` makes the runs of words only of the portions whose run sums meet another
    portion's (`repeated.run_sums`); every document reads as when every portion's runs are made."""
    import sbu_redact.reader as reader
    from sbu_redact import read

    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.joinpath("tests", "corpus").rglob("*.txt"))]
    texts = [t for t in texts if t.count("(") >= 2] + _repeated_texts()

    def reading(text: str) -> tuple[object, ...]:
        d = read(text)
        return d.portions, d.problems, d.rollup, d.inherited

    fast = [reading(t) for t in texts]
    monkeypatch.setattr(reader, "repeated_text", _repeated_text_the_long_way)
    slow = [reading(t) for t in texts]
    raised = 0
    for text, one, other in zip(texts, fast, slow):
        assert one == other, text[:200]
        raised += any(p.code == "GOVERNED_PORTION" and "same words" in p.message for p in one[1])
    assert raised >= 4  # (documents where a copy is raised: the shortcut is tried where it must not skip)


def test_run_sums_meet_where_runs_are_the_same() -> None:
    from sbu_redact.reader.repeated import run_sums, word_runs

    a, b = _WORDS_A.casefold().split(), _WORDS_B.casefold().split()
    assert run_sums(a[:11], 12) == set()
    assert run_sums(a, 12) == {sum(map(hash, run)) for run in word_runs(" ".join(a), 12)}
    assert run_sums(a, 12) & run_sums(b + a[3:15] + b, 12)  # a run of `a` inside other words
    assert not run_sums(a, 12) & run_sums(b, 12)


def test_ends_sentence_searches_the_end_of_a_line_as_a_search_of_the_whole_line_does() -> None:
    from sbu_redact.config import load_rules
    from sbu_redact.reader.marks import _ENDS_SENTENCE, ends_sentence

    grammar = load_rules().grammar
    _ABBREVIATION_AT_END = grammar.abbreviation_at_end

    extra = ["He met Dr.", "see e.g.  ", "U.S.A.\n", "I.e. \t", "approx.", "x approx.", "Sen.", "the U.S. and J.",
             "a (S) b.", "done.", "z.", "ſt.", "\u212a.", "etc.\n", "(etc.)", "NO.", "Gen. \t \n"]
    abbreviated = 0
    for line in [*extra, *_lines()]:
        for variant in (line, line + " etc.\n"):
            long_way = _ENDS_SENTENCE.search(variant) is not None and _ABBREVIATION_AT_END.search(variant) is None
            assert ends_sentence(grammar, variant) == long_way, variant
            abbreviated += _ABBREVIATION_AT_END.search(variant) is not None
    assert abbreviated > 100  # (the lines hold abbreviations at their ends)
