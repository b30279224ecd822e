"""The layout's per-line gates (`reader.memo.read_document`, `reader.cable`, `MarkReader.lead`,
`MarkReader.mark_lead`) skip a test only when the line cannot pass it: for every line where
the full test finds something, the cheap condition in front of it holds. Property-tested on
generated lines (built from the pieces the patterns look for, after every kind of indent) and
checked on every line of the example and test documents."""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sbu_redact.config import as_rules
from sbu_redact.reader import cable, memo, portions
from sbu_redact.reader.authority import CLASSIFIED_BY, DECLASSIFY_ON, REASON_LINE
from sbu_redact.reader.cable_header import SUBJECT, caption_line_first, caption_words
from sbu_redact.reader.marks import LABEL_LEAD, LEAD_SIGNS, LIST_ITEM, MarkReader, may_be_designation_label
from sbu_redact.reader.pages import alone_on_its_line
from sbu_redact.reader.segments import Segment
from sbu_redact.reader.state import Reading
from sbu_redact.textview import view_of

ROOT = Path(__file__).resolve().parent.parent
_GRAMMAR = as_rules(None).grammar

# What the layout's patterns look for, and what comes near it
_PIECES = ["1.", "12)", "3. ", "(U)", "(S//NF)", "(C)", "[U]", "{C}", "©", "®", "¶", "¶2.", "\\P", "§", "Â¶",
           "Page 2", "PAGE 3 of 4", "page", "- 2 -", "-", "--", "|", "| (U) cell |", "#", "## ", "*", "**",
           "•", "+", "a)", "B.", "(a)", "COMMENT:", "Note:", "SUMMARY", "ſummary:", "Subject:", "SUBJ:",
           "**SUBJECT:**", "END SUMMARY", "end comment", "CONFIDENTIAL", "SECRET//NOFORN", "UNCLAS",
           "S E C R E T", "C0NFIDENTIAL", "5ECRET", "TOP SECRET", "SBU:", "FOUO", "NOFORN", "SIPDIS",
           "Reason: 1.4(b)", "CL REASON: 1.5 (D)", "Declassify On: 20341231", "DECL ON:", "Classified By:",
           "Derived From:", "TO:", "From:", "THRU:", "MEMORANDUM FOR", "LDC:", "Releasable to:", "DATE:",
           ":", ".", ",", "(", ")", "'", '"', "A", "x", "The", "mission", "MOSCOW 003736", "SECTION 01 OF 02",
           "E.O. 12958:", "TAGS:", "<v Director>", "–", "—"]
_INDENTS = ["", " ", "  ", "\t", "\u00a0", "\x0b", "\u2003", " \t"]


@st.composite
def lines(draw: st.DrawFn) -> str:
    indent = draw(st.sampled_from(_INDENTS))
    pieces = draw(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet="AaSs1(). :/-|#\t", max_size=3)),
                           min_size=1, max_size=6))
    gaps = draw(st.lists(st.sampled_from(["", " ", "  ", "\t"]), min_size=len(pieces), max_size=len(pieces)))
    return indent + "".join(g + p for g, p in zip(gaps, pieces)) + draw(st.sampled_from(["", " ", "\t", "."]))


def _gates_hold(line: str) -> None:
    """Every gate the layout puts in front of a test holds where the test finds something."""
    seg = Segment(0, len(line), line)
    s, text = seg.stripped, seg.text
    head = s[:1]
    marks = MarkReader(_GRAMMAR, line)
    if marks.banner_at(seg) is not None:  # (memo: a page banner)
        assert "." not in s and ":" not in s and "(" not in s, line
    if marks._find_lead(seg) is not None:  # (`MarkReader.lead`, memo, `reader._layout`)
        assert head.isdecimal() or head in LEAD_SIGNS, line
    if marks._find_mark_lead(seg) is not None:  # (`MarkReader.mark_lead`, memo)
        assert any(c in text for c in "([{©®") or may_be_designation_label(text), line
    if LIST_ITEM.match(text):  # (memo: a list item)
        assert head.isdecimal() or head in LEAD_SIGNS or s[1:2] in ".)", line
    if alone_on_its_line(_GRAMMAR, text):  # (memo: a page's number alone, `page_forms.alone`)
        assert head in "pP-", line
    if memo._TABLE_ROW.match(text):
        assert head == "|", line
    if memo._HEADING.match(text):
        assert head == "#", line
    if LABEL_LEAD.match(text):
        assert head in LABEL_LEAD.first, line
    if _GRAMMAR.memo_field.match(s) or SUBJECT.match(s.strip("*")):
        assert ":" in s, line
    if CLASSIFIED_BY.match(s) or REASON_LINE.match(s) or DECLASSIFY_ON.match(s):
        assert head in memo._authority_first(), line
    if _GRAMMAR.end_of_summary.fullmatch(s):
        assert head in "Ee", line
    if portions._FOOTNOTE.match(text):
        assert head.isdecimal(), line
    if marks.trailing(seg) is not None:  # (or before a full stop: `... reopened (C).`)
        assert s[-1:] in ")\"'" or s.endswith((").", ")!", ")?")), line
    if s and _reading_of(line, True) is not None:  # (a classification line, damaged forms too: `cable_line_at`)
        assert s[0] in _GRAMMAR._cable_initials or s.isupper(), line
    if s and _reading_of(line, False) is not None:  # (... and without them)
        assert s[0] in _GRAMMAR._cable_initials, line
    first = caption_line_first(_GRAMMAR)
    if s and caption_words(_reading(line), seg, header_zone=False) is not None:  # (cable: a caption line)
        assert first is None or s[0].upper() in first or not s.isascii(), line


def _reading(line: str) -> Reading:
    return Reading(view_of(line), _GRAMMAR)


def _reading_of(line: str, damaged: bool) -> object:
    r = _reading(line)
    return cable._cable_line_at(r, Segment(0, len(line), line), damaged)


@settings(max_examples=600, deadline=None)
@given(lines())
def test_a_layout_gate_never_skips_a_line_its_test_would_take(line: str) -> None:
    _gates_hold(line)


def test_the_layout_gates_hold_on_every_line_of_the_documents() -> None:
    seen: set[str] = set()
    for folder in ("examples", "tests/corpus"):
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file() or path.suffix not in (".txt", ".md") or "ner" in path.parts:
                continue
            for line in view_of(path.read_text(encoding="utf-8")).text.split("\n"):
                if line not in seen:
                    seen.add(line)
                    _gates_hold(line)
    assert len(seen) > 5000


def _banner_parsed_first(marks: MarkReader, body: str) -> object:
    """`MarkReader._banner` as it was before the first word was tested ahead of the parse."""
    marking = _GRAMMAR.parse_banner(body)
    if marking.level is None and not marking.designations:
        return None
    if any(p.code == "UNREADABLE" for p in marking.problems):
        return None
    first = body.upper().split("//")[0].split("/")[0].strip()
    foreign_owned = body.startswith("//") and marking.foreign is not None and marking.level is not None
    if first not in _GRAMMAR.levels and first not in _GRAMMAR.designations and not foreign_owned:
        return None
    if any(c.isdecimal() for c in body) and not marking.valid:
        return None  # (digits that only OCR correction can read)
    return marking


_BANNER_PIECES = ["SECRET", "TOP SECRET", "CONFIDENTIAL", "UNCLASSIFIED", "FOUO", "CUI", "SBU", "NOFORN", "REL TO USA, GBR",
                  "//", "/", " ", "NATO", "GBR", "ORCON", "secret", "Secret", "LIMITED OFFICIAL USE", "the", "S3CR3T",
                  "FOR OFFICIAL USE ONLY", "SI", "TK", "-", ","]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_BANNER_PIECES), min_size=1, max_size=6).map("".join))
@example("SECRET//S3CR3T")  # (digits that only OCR correction reads: no banner)
@example("//GBR SECRET")
def test_a_banner_reads_as_it_did_when_it_was_parsed_first(body: str) -> None:
    marks = MarkReader(_GRAMMAR, body)
    assert marks._banner(body) == _banner_parsed_first(marks, body), body
