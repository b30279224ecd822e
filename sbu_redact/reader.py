"""Document reader: finds the classification line or banners, the header fields and the
portions of a cable, memo or Markdown report, with exact offsets into the original text.

Reading is pure text processing (no NLP): `read(text)` never imports spaCy or Presidio.
It tolerates transcription noise (`¶2.`, `\\P 7.`, `11.` for a mis-read `¶1.`, Markdown
residue, lowercase or fullwidth marks, `C)`, CRLF, collapsed line breaks) and reports what
it had to guess as problems rather than guessing silently.
"""
from __future__ import annotations

import bisect
import difflib
import functools
import re
import unicodedata
from dataclasses import replace

from .config import Rules, as_rules
from .document import Document, Field, Header, Portion, PortionKind, Problem, Severity
from .markings import CableLine, Grammar, Marking, MarkingProblem

# ------------------------------------------------------------------ patterns (grammar of layout)
_ROUTING = re.compile(r"^(?:VZCZC.*|ZNR\s+[A-Z]{5}.*|ZNY\s+[A-Z]{5}.*|DE\s+RUE[A-Z]+\s*#.*|"
                      r"(?:[OPRZ]{2}|[OPRZ])\s+RUE[A-Z]+.*|R\d{6}Z.*|NNNN|ACTION\s+[A-Z]+-\d+.*)$")
_SECURITY_INDICATOR = re.compile(r"^ZN[RY]\s+([A-Z]{5})\b")
_DTG = re.compile(r"^(?P<prec>[OPRZ]{1,2})\s+(?P<dtg>\d{6}Z\s+[A-Z]{3}\s+\d{2,4})\s*$")
_ADDRESS_FIELD = re.compile(r"^(?P<name>FM|FROM|TO|INFO|CC|BCC)(?::|\s)\s*(?P<value>.*)$")
_ADDRESS_LINE = re.compile(r"^(?:RUE[A-Z]+|RH[A-Z]+|RUCN[A-Z]*|AMEMBASSY|AMCONSUL|SECSTATE|USMISSION|"
                           r"[A-Z]{4,}/)\S*(?:\s.*)?$")
_EO = re.compile(r"^E\.?\s?O\.?\s*(?P<eo>1\d{4})\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_DECL = re.compile(r"DECL(?:ASSIFY\s+ON)?\s*:?\s*(?P<date>\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z0-9./ ]+?)\s*$",
                   re.IGNORECASE)
_TAGS = re.compile(r"^TAGS\s*:?\s*(?P<value>.*)$", re.IGNORECASE)
_SUBJECT = re.compile(r"^SUBJ(?:ECT)?\s*:\s*", re.IGNORECASE)
_REFS = re.compile(r"^REFS?\s*:?\s+|^REFERENCES?\s*:\s*", re.IGNORECASE)
_REF_ITEM = re.compile(r"^(?:[-*+•]\s*|\*\*)?[A-H][.)]\s+")
_REFERENCE = re.compile(r"(?:\b(?P<year>\d{2})\s*)?\b(?P<post>(?!REFS?\b|REF\b|TAGS\b|AND\b|PARA\b|SECTION\b)"
                        r"[A-Z]{3,}(?:\s[A-Z]{3,})?)\s+(?P<num>\d{2,6})\b")
_CLASSIFIED_BY = re.compile(r"^(?:CLASSIFIED\s+BY|CLASSIFICATION\s+BY|DERIVED\s+FROM)\s*:?\s*(?P<who>.*)$",
                            re.IGNORECASE)
_REASONS = re.compile(r"[,;.]?\s*(?:for\s+)?(?:REASONS?|E\.?O\.?\s*1\d{4}\s*,?\s*REASONS?)\s*:?\s*(?P<r>1\.[45].*)$"
                      r"|[,;.]?\s*(?:for\s+)?(?P<r2>1\.[45]\s*\(?[A-Ha-h]\)?.*)$", re.IGNORECASE)
_CONTINUES_AUTHORITY = re.compile(r"^\s*(?:for\s+)?reasons?\b|^\s*1\.[45]", re.IGNORECASE)
_REASON_LINE = re.compile(r"^REASONS?\s*:\s*(?P<r>1\.[45].*)$", re.IGNORECASE)
_DECLASSIFY_ON = re.compile(r"^DECLASSIFY\s+ON\s*:?\s*(?P<date>.+)$", re.IGNORECASE)
_PASSAGE = re.compile(r"^(?:[A-Z][A-Z.&]*\s+){0,3}?(?:FOR|PASS(?:\s+TO)?|ALSO\s+FOR)\s+(?=.*[A-Z]/[A-Z])", re.IGNORECASE)
_SUMMARY_MARKER = re.compile(r"^\s*END\s+(?:SUMMARY|COMMENT|NOTE|TEXT)\b", re.IGNORECASE)
_SIGNATURE = re.compile(r"^[ \t]*(?P<name>[A-Z][A-Z'\-]+(?:[ \t]+[A-Z][A-Z'\-]+){0,2})[ \t]*\.?[ \t]*$")
_NOT_SIGNATURE = {"NNNN", "END", "SIPDIS", "BT", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "SENSITIVE",
                  "NOFORN", "UNCLAS", "END SUMMARY", "END COMMENT", "END NOTE", "END TEXT"}
_ENTIRE_TEXT = re.compile(r"(?P<level>UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET)\s*-+\s*ENTIRE\s+TEXT\.?",
                          re.IGNORECASE)
_MEMO_FIELD = re.compile(r"^(?:\*\*)?(?P<name>MEMORANDUM\s+FOR|FROM|TO|THRU|DATE|CC|POC|CONTROLLED\s+BY|"
                         r"CUI\s+CATEGORY|DISTRIBUTION(?:/DISSEMINATION)?\s+CONTROL|LDC)(?:\*\*)?\s*:",
                         re.IGNORECASE)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)]|[A-Za-z][.)])[ \t]+")
_TABLE_ROW = re.compile(r"^[ \t]*\|")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")

# A numbered paragraph lead: optional Markdown residue, a pilcrow as OCR wrote it, the number,
# then an optional portion mark (well formed, or missing its opening parenthesis).
# A portion mark as written: parentheses (or the brackets OCR turns them into), possibly
# unclosed; `_mark_inner` takes the content out.
_MARK = r"[(（\[{][^()（）\[\]{}\n]{1,60}[)）\]}]|\([A-Z0-9][A-Z0-9/]{0,11}(?=[ \t])"
_LEAD = re.compile(
    r"^(?P<indent>[ \t]*)(?P<bullet>(?:[-*+•](?=[ \t])|\*\*)[ \t]*)?"
    r"(?P<pilcrow>¶|\\P|\\¶|§|\\)?[ \t]*(?P<num>\d{1,3})(?P<dot>[.)])(?![\d.])(?:\*\*)?[ \t]*(?:\*{1,3}|_{1,2})?"
    r"(?P<mark>" + _MARK + r"|(?P<bare>[A-Za-z][A-Za-z/]{0,11})[)）](?=[ \t]))?")
# Labels that may stand before a portion mark (a speaker's name is not one: it must not be kept
# as part of a lead, and a mark after it raises the portion it sits in).
_LABELS = (r"(?i:COMMENT|NOTE|SUMMARY|BACKGROUND|ACTION(?:[ \t]+REQUEST)?|REQUEST|QUESTION|ANSWER|RESPONSE"
           r"|ISSUE|TEXT|POINTS?|RECOMMENDATION|DISCUSSION|ANALYSIS):")
# Enumerators that may stand before a portion mark at the start of a line: bullets, `A.`, `(a)`,
# `a)`, `II.`, `1.1`, `2a.`, `2`, `PARA 2.`, `¶ 2`, `COMMENT:`, Markdown headings and table bars.
_ENUMERATOR = (r"(?:[-*+•o–—](?=[ \t])|>+|--|\*\*|#{1,6}(?=[ \t])|\||\[[ xX]?\]|\[\^\w{1,8}\]:|<!--|<[a-z]{1,10}>"
               r"|\(?[A-Za-z]{1,4}[.)]|\(\d{1,3}\)|\d+(?:\.\d+)+\.?|\d{1,3}[A-Za-z]?[.):]?"
               r"|PARA(?:GRAPH)?[ \t]*\d+\.?|¶[ \t]*\d+\.?|" + _LABELS + r")")
# A portion mark at the start of a line, after at most three enumerators: "(U) The ...",
# "A. (C) ...", "-- (SBU) ...", "| (U) cell |".
_MARK_LEAD = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>(?:" + _ENUMERATOR + r"[ \t]*){0,3})"
                        r"(?:\*{1,3}|_{1,2})?(?P<mark>" + _MARK + ")")
# A mark inside a portion, where a new portion would begin: after a sentence end or a table bar.
_EMBEDDED_MARK = re.compile(r"[.!?;:|][\"')\]]?[ \t]+(?:\d{1,3}\.[ \t]?|[A-Za-z]{1,3}\.[ \t]+)?"
                            r"(?P<mark>[(（][^()（）\n]{1,40}[)）])(?=[ \t]+\S)"
                            r"|\|(?P<cell>[(（][^()（）\n]{1,40}[)）])(?=[ \t]+\S)")
# Letters that OCR or a careless typist puts in a mark: Cyrillic and Greek capitals that look
# Latin, and digits read for letters (5BU, S8U, FOU0).
_CONFUSABLES = str.maketrans({"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "К": "K", "М": "M",
                              "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "Α": "A", "Β": "B", "Ε": "E",
                              "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
                              "Χ": "X", "Ζ": "Z"})
_OCR_LETTERS = str.maketrans({"5": "S", "8": "B", "0": "O", "1": "I", "l": "I", "|": "I"})
_MARKLIKE = re.compile(r"[A-Za-z/ ,\-Ａ-Ｚａ-ｚ／]{1,60}")

# Places where a collapsed web copy ran header fields and paragraphs into one line.
_ANCHOR_HINT = re.compile(r"SIPDIS|E\.\s?O\.|TAGS|SUBJ|REFS?\s*:|[Cc]lassified|CLASSIFIED|\d\.\s?\(")
_ANCHORS = re.compile(
    r"(?<=\S)[ \t]+(?=(?:SIPDIS\b|E\.\s?O\.\s?1\d{4}|TAGS\s*:|SUBJECT\s*:|SUBJ\s*:|REFS?\s*:|"
    r"CLASSIFIED\s+BY\s*:|Classified\s+By\s*:))"
    r"|(?<=[.!?:\"')\]])[ \t]+(?=\d{1,2}\.\s?\([A-Za-z][A-Za-z/ ,\-]{0,39}\)\s)")


class _Seg:
    """One line of the text (or one piece of a collapsed line), with its offsets."""

    __slots__ = ("start", "end", "text", "stripped", "blank")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text = start, end, text
        self.stripped = text.strip()
        self.blank = not self.stripped


def _segments(text: str) -> list[_Seg]:
    """Lines (without terminators), further split where a collapsed copy ran fields together."""
    segs: list[_Seg] = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        line_end = end - 1 if raw.endswith("\r") else end
        line = text[pos:line_end]
        cuts = [m.end() for m in _ANCHORS.finditer(line)] if len(line) > 60 and _ANCHOR_HINT.search(line) else []
        if not cuts:
            segs.append(_Seg(pos, line_end, line))
            pos = end + 1
            continue
        starts = [0, *cuts]
        for i, s in enumerate(starts):
            e = (cuts[i] if i < len(cuts) else len(line))
            piece_end = e
            # trailing blanks before the next anchor belong to no field
            while piece_end > s and line[piece_end - 1] in " \t":
                piece_end -= 1
            segs.append(_Seg(pos + s, pos + piece_end if i < len(cuts) else line_end,
                             line[s:piece_end] if i < len(cuts) else line[s:]))
        pos = end + 1
    return segs


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)



# ------------------------------------------------------------------ the reader
class _Reader:
    def __init__(self, text: str, grammar: Grammar):
        self.text = text
        self.g = grammar
        self.segs = _segments(text)
        self.fields: list[Field] = []
        self.problems: list[Problem] = []
        self.header = Header()
        self.captions: list[str] = []
        self.designations: list[str] = []
        self.classification: Marking | None = None
        self.entire_text: Marking | None = None
        self.indicator: tuple[Marking, Field] | None = None  # the ZNR/ZNY security indicator
        self._handling = grammar.handling_statements
        self._handling_initials = {"T", *(spec.pattern[:1].upper() for spec in grammar.vocabulary.handling_statements)}
        self._caption_line = grammar.caption_line
        self._leads: dict[int, re.Match[str] | None] = {}
        self._field_starts: list[int] = []
        self.banner_markings: list[Marking] = []  # top and bottom banners of a memo, as written

    # -- helpers -------------------------------------------------------------------------
    def field(self, name: str, seg: _Seg | tuple[int, int], value: str | None = None) -> Field:
        start, end = (seg.start, seg.end) if isinstance(seg, _Seg) else seg
        f = Field(name, start, end, value if value is not None else self.text[start:end].strip())
        self.fields.append(f)
        bisect.insort(self._field_starts, start)
        return f

    def _next_field_start(self, offset: int) -> int | None:
        """The start of the first field that begins after `offset`."""
        index = bisect.bisect_right(self._field_starts, offset)
        return self._field_starts[index] if index < len(self._field_starts) else None

    def problem(self, code: str, severity: Severity, message: str, start: int, end: int) -> None:
        self.problems.append(Problem(code, severity, message, start, end))

    def marking_problems(self, marking: Marking, start: int, end: int) -> None:
        for p in marking.problems:
            self.problems.append(Problem(p.code, p.severity, p.message, start, end, reference=p.reference))

    def parse_mark(self, raw: str, *, after_number: bool = False) -> Marking:
        return self.read_mark(raw, after_number=after_number) or self.g.parse(_fold(raw))

    def looks_like_mark(self, inner: str, *, after_number: bool = False) -> bool:
        """Is a parenthesised string at a portion start meant as a portion mark?"""
        return self.read_mark(inner, after_number=after_number) is not None

    def read_mark(self, inner: str, *, after_number: bool = False) -> Marking | None:
        key = (inner, after_number)
        cache = self.g.read_mark_cache
        if key not in cache:
            if len(cache) > 4096:
                cache.clear()
            cache[key] = self._read_mark(inner, after_number=after_number)
        return cache[key]

    def _read_mark(self, inner: str, *, after_number: bool = False) -> Marking | None:
        """The marking a portion mark's content stands for, None when it is not a mark at all.

        A mark that only reads after undoing OCR damage (`5BU`, `FOU0`, `SB U`, a Cyrillic С)
        comes back with a GARBLED_MARK error, so that the portion is withheld until a reviewer
        confirms it. A bare digit such as `(5)` counts only right after a paragraph number:
        elsewhere it is an enumerator."""
        folded = _fold(inner).translate(_CONFUSABLES).strip()
        if not folded or len(folded) > 60:
            return None
        if _MARKLIKE.fullmatch(folded):
            marking = self.g.parse(folded)
            if marking.level is not None or marking.designations \
                    or not any(p.code == "UNREADABLE" for p in marking.problems):
                return marking
        if not re.fullmatch(r"[A-Za-z0-9/ ,\-|]{1,20}", folded):
            return None
        letters = [c for c in folded if c.isalpha()]
        if not letters and not after_number:
            return None
        if sum(c.isupper() or c == "l" for c in letters) < 0.75 * len(letters):
            return None  # "(see below)": words, not a mark
        ocr = folded.translate(_OCR_LETTERS).upper()
        for variant in dict.fromkeys([ocr, ocr.replace(" ", ""), re.sub(r"\s+", "//", ocr)]):
            marking = self.g.parse(variant)
            if marking.valid:
                note = MarkingProblem("GARBLED_MARK", "error",
                                      f"portion mark looks garbled (it reads as {marking.portion_mark()} only "
                                      f"after correcting OCR errors); a reviewer must confirm it")
                return replace(marking, raw=inner, problems=(*marking.problems, note))
        if folded.isupper() and len(folded) <= 12 and " " not in folded:
            return self.g.parse(folded)  # an unknown upper-case token where a mark belongs: doubtful
        return None

    # -- entry -----------------------------------------------------------------------------
    def read(self) -> Document:
        cable_line_index = self._find_cable_line()
        cable_features = cable_line_index is not None or any(
            _DTG.match(s.stripped) or _TAGS.match(s.stripped) and s.stripped.upper().startswith("TAGS")
            or _EO.match(s.stripped) or _ROUTING.match(s.stripped) for s in self.segs[:80])
        numbered = [s for s in self.segs if self._lead(s) is not None]
        if cable_features:
            kind = "cable"
            portions = self._read_cable(cable_line_index)
        elif self._banner_at(self._first_nonblank()) is not None:
            kind = "document"
            portions = self._read_document()
        elif numbered:
            kind = "fragment"
            portions = self._read_cable(None)
        else:
            kind = "document"
            portions = self._read_document()
        if not self.text.strip():
            kind = "fragment"
        return self._finish(kind, portions)

    def _first_nonblank(self) -> _Seg | None:
        return next((s for s in self.segs if not s.blank), None)

    def _last_nonblank(self) -> _Seg | None:
        return next((s for s in reversed(self.segs) if not s.blank), None)

    def _find_cable_line(self) -> int | None:
        for i, seg in enumerate(self.segs[:80]):
            if seg.blank:
                continue
            line = self.g.parse_cable_line(seg.text)
            if line is None:
                continue
            plain_level_only = line.post is None and line.section is None and not _is_spaced_line(seg.text)
            if plain_level_only and self._banner_at(seg) is not None and not self._has_cable_neighbours(i):
                continue  # a memo banner such as "CONFIDENTIAL"
            return i
        return None

    def _has_cable_neighbours(self, index: int) -> bool:
        window = self.segs[max(0, index - 12): index + 12]
        return any(_DTG.match(s.stripped) or _EO.match(s.stripped) or _TAGS.match(s.stripped)
                   or _ADDRESS_FIELD.match(s.stripped) and s.stripped.startswith(("FM ", "TO ", "INFO "))
                   or _ROUTING.match(s.stripped) for s in window)

    def _banner_at(self, seg: _Seg | None) -> Marking | None:
        """The marking if the whole line is a banner (Markdown emphasis allowed around it)."""
        if seg is None or seg.blank:
            return None
        body = seg.stripped.strip("*#_ ").strip()
        if not body or len(body) > 120 or body.startswith("(") or ":" in body:
            return None
        folded = _fold(body)
        if not re.fullmatch(r"[A-Za-z/ ,\-]+", folded):
            return None
        marking = self.g.parse(folded)
        if marking.level is None and not marking.designations:
            return None
        if any(p.code == "UNREADABLE" for p in marking.problems):
            return None
        # a banner names a level or a designation first; "NOFORN" alone is a caption
        first = _fold(body).upper().split("//")[0].split("/")[0].strip()
        if first not in self.g.levels and first not in self.g.designations:
            return None
        return marking

    # -- cables ----------------------------------------------------------------------------
    def _read_cable(self, class_index: int | None) -> list[Portion]:
        segs = self.segs
        n = len(segs)
        i = 0
        header_zone = True
        pending_address: str | None = None
        in_refs = False
        body_leads: list[tuple[int, re.Match[str]]] = []
        self._signature_index = self._find_signature()
        portion_starts: list[tuple[int, str]] = []  # (segment index, kind)

        header_last = self._header_extent(class_index)
        while i < n:
            seg = segs[i]
            s = seg.stripped
            if seg.blank:
                pending_address = None
                in_refs = False
                i += 1
                continue
            if i == self._signature_index:
                self.field("signature", seg)
                self.header.signers.append(s.rstrip("."))
                i += 1
                continue
            cable_line = self.g.parse_cable_line(seg.text)
            if cable_line is not None and (header_zone and self.classification is None or cable_line.section
                                           or (cable_line.post and cable_line.number)):
                self._take_cable_line(seg, cable_line)
                pending_address = None
                i += 1
                continue
            caption_words = self._caption_words(seg, header_zone=False)  # exact captions; OCR-damaged ones below
            if caption_words is not None:
                self._take_captions(seg, caption_words)
                i += 1
                continue
            if self._take_handling_statement(seg, header_zone):
                i += 1
                continue
            if header_zone and i > header_last and self._lead(seg) is not None:
                header_zone = False
            if header_zone:
                consumed = self._take_header_field(seg, i)
                if consumed:
                    pending_address = "address" if consumed == "address" else None
                    in_refs = consumed == "refs"
                    i += 1
                    continue
                caption_words = self._caption_words(seg, header_zone=True)
                if caption_words is not None:
                    self._take_captions(seg, caption_words)
                    i += 1
                    continue
                if pending_address and _ADDRESS_LINE.match(s):
                    self._add_address(self.fields[-1].name if self.fields else "to", seg)
                    i += 1
                    continue
                if _CLASSIFIED_BY.match(s):
                    i = self._take_classified_by(i)
                    in_refs = False
                    continue
                if in_refs or _REF_ITEM.match(s) and _REFERENCE.search(s.upper()):
                    self._take_reference_line(seg)
                    in_refs = True
                    i += 1
                    continue
                if self.fields and self.fields[-1].name == "subject" and not segs[i - 1].blank \
                        and self._lead(seg) is None:
                    # a subject wrapped onto the next line
                    last = self.fields.pop()
                    self.field("subject", (last.start, seg.end), re.sub(r"\s+", " ", self.text[last.start:seg.end]))
                    i += 1
                    continue
                if i <= header_last and self._lead(seg) is None and self._mark_lead(seg) is None:
                    # an unrecognised line inside the header: transmission noise before the
                    # classification line, an unusual passage line after it
                    self.field("routing" if self.classification is None else "passage", seg)
                    i += 1
                    continue
                header_zone = False
            # body
            if _CLASSIFIED_BY.match(s):
                i = self._take_classified_by(i)
                continue
            if _SUMMARY_MARKER.match(s) and s.upper().rstrip(".").strip() in {"END SUMMARY", "END COMMENT"}:
                self.field("summary_marker", seg)
                i += 1
                continue
            lead = self._lead(seg)
            if lead is not None:
                body_leads.append((i, lead))
                portion_starts.append((i, "lead"))
            elif self._mark_lead(seg) is not None:
                portion_starts.append((i, "mark"))
            elif not portion_starts or self._interrupted(portion_starts[-1][0], i):
                portion_starts.append((i, "block"))
            i += 1
        return self._cable_portions(portion_starts)

    def _header_extent(self, class_index: int | None) -> int:
        """Index of the last segment that belongs to the cable header (-1 for a headerless fragment)."""
        if class_index is None and not any(_TAGS.match(s.stripped) or _SUBJECT.match(s.stripped)
                                           for s in self.segs[:80]):
            return -1
        last = class_index if class_index is not None else -1
        for index, seg in enumerate(self.segs[:120]):
            s = seg.stripped
            if self._lead(seg) is not None or self._mark_lead(seg) is not None:
                break
            if (_SUBJECT.match(s) or _TAGS.match(s) and s.upper().startswith("TAGS") or _EO.match(s)
                    or _REFS.match(s) or _CLASSIFIED_BY.match(s) or _DTG.match(s.upper())
                    or _ADDRESS_FIELD.match(s) and s.startswith(("FM ", "TO ", "INFO "))
                    or self._caption_line.match(_fold(s).upper())):
                last = index
        return last

    def _interrupted(self, start_index: int, index: int) -> bool:
        """Does a field (section break, handling line...) stand between a portion start and `index`?"""
        following = self._next_field_start(self.segs[start_index].start)
        return following is not None and following < self.segs[index].start

    def _lead(self, seg: _Seg) -> re.Match[str] | None:
        if seg.start not in self._leads:
            self._leads[seg.start] = self._find_lead(seg)
        return self._leads[seg.start]

    def _find_lead(self, seg: _Seg) -> re.Match[str] | None:
        m = _LEAD.match(seg.text)
        if m is None:
            return None
        if m.group("mark") and not m.group("bare") and not self.looks_like_mark(_mark_inner(m.group("mark")),
                                                                                 after_number=True):
            # "3. (the text in parentheses)": a numbered paragraph without a mark
            return _LEAD.match(seg.text[: m.start("mark")]) or m
        rest = seg.text[m.end():]
        if not m.group("mark") and not rest.strip() and not m.group("pilcrow"):
            return None  # a bare "12." line
        if m.group("bare") and not self.looks_like_mark(m.group("bare")):
            return _LEAD.match(seg.text[: m.start("mark")])
        return m

    def _mark_lead(self, seg: _Seg) -> re.Match[str] | None:
        m = _MARK_LEAD.match(seg.text)
        if m and self.looks_like_mark(_mark_inner(m.group("mark"))):
            return m
        return None

    def _cable_portions(self, starts: list[tuple[int, str]]) -> list[Portion]:
        if not starts:
            return []
        numbers = self._paragraph_numbers([self._lead(self.segs[i]) for i, kind in starts if kind == "lead"],
                                          [i for i, kind in starts if kind == "lead"])
        portions = []
        for k, (i, kind) in enumerate(starts):
            seg = self.segs[i]
            limit = self.segs[starts[k + 1][0]].start if k + 1 < len(starts) else len(self.text)
            limit = min(limit, self._next_field_start(seg.start) or limit)
            end = self._content_end(seg.start, limit)
            lead = self._lead(seg) if kind == "lead" else None
            markm = lead if lead is not None else (self._mark_lead(seg) if kind == "mark" else None)
            number = numbers.get(i) if lead is not None else None
            portions.append(self._make_portion(seg, markm, end, "paragraph", number))
        return portions

    def _paragraph_numbers(self, leads: list[re.Match[str] | None], indexes: list[int]) -> dict[int, int]:
        """Recover paragraph numbers from the sequence: `11.` `¶2.` `13.` reads as 1, 2, 3."""
        raws = [m.group("num") if m else "0" for m in leads]
        candidates = []
        for raw in raws:
            options = [int(raw)]
            if len(raw) >= 2 and raw[0] in "1l" and int(raw[1:]) not in options and raw[1] != "0":
                options.append(int(raw[1:]))
            candidates.append(options)
        # dynamic programme: maximise consecutive steps, prefer the literal reading on ties
        best: list[dict[int, tuple[int, list[int]]]] = []
        for k, options in enumerate(candidates):
            row: dict[int, tuple[int, list[int]]] = {}
            for j, value in enumerate(options):
                penalty = -0.001 * j
                if k == 0:
                    row[value] = (int(value == 1) + penalty, [value])  # type: ignore[assignment]
                    continue
                score, path = max(((s + (1 if value == prev + 1 else 0) + penalty, p)
                                   for prev, (s, p) in best[-1].items()), key=lambda t: t[0])
                row[value] = (score, [*path, value])  # type: ignore[assignment]
            best.append(row)
        if not best:
            return {}
        chosen = max(best[-1].values(), key=lambda t: t[0])[1]
        numbers = {}
        for index, lead, raw, value in zip(indexes, leads, raws, chosen):
            numbers[index] = value
            if value != int(raw) and lead is not None:
                seg = self.segs[index]
                self.problem("PARAGRAPH_NUMBER_RECOVERED", "info",
                             f"paragraph number '{raw}.' read as {value} from the sequence (a mis-read ¶)",
                             seg.start + lead.start("num"), seg.start + lead.end("num"))
        previous = None
        for index, value in zip(indexes, chosen):
            if previous is not None and value != previous + 1:
                seg = self.segs[index]
                self.problem("PARAGRAPH_SEQUENCE", "warning",
                             f"paragraph {value} follows paragraph {previous}", seg.start, seg.end)
            previous = value
        return numbers

    def _content_end(self, start: int, limit: int) -> int:
        end = limit
        while end > start and self.text[end - 1] in " \t\r\n":
            end -= 1
        return end

    def _make_portion(self, seg: _Seg, markm: re.Match[str] | None, end: int, kind: PortionKind,
                      number: int | None) -> Portion:
        body_start = seg.start + (markm.end() if markm else len(seg.text) - len(seg.text.lstrip()))
        while body_start < end and self.text[body_start] in " \t":
            body_start += 1
        start = seg.start + (len(seg.text) - len(seg.text.lstrip()))
        marking, explicit, mark_span = None, False, (None, None)
        if markm is not None and markm.group("mark"):
            raw_mark = markm.group("mark")
            mark_span = (seg.start + markm.start("mark"), seg.start + markm.end("mark"))
            inner = _mark_inner(raw_mark)
            marking = self.parse_mark(inner, after_number=bool(markm.groupdict().get("num")))
            explicit = True
            self.marking_problems(marking, *mark_span)
            if raw_mark[0] not in "(（" or raw_mark[-1] not in ")）":
                self.problem("MALFORMED_MARK", "warning", f"portion mark '{raw_mark}' is not in parentheses",
                             *mark_span)
        else:
            entire = _ENTIRE_TEXT.match(self.text, body_start, end)
            if entire:
                marking = self.g.parse(entire.group("level"))
                self.entire_text = marking
                explicit = True
                mark_span = (entire.start(), entire.end())
        return Portion(start=start, end=max(end, body_start), body_start=min(body_start, max(end, body_start)),
                       kind=kind, number=number, marking=marking, explicit=explicit,
                       mark_start=mark_span[0], mark_end=mark_span[1])

    def _find_signature(self) -> int | None:
        for index in range(len(self.segs) - 1, -1, -1):
            seg = self.segs[index]
            s = seg.stripped
            if not s or s.upper() in {"NNNN", "BT"}:
                continue
            m = _SIGNATURE.match(seg.text)
            previous = self.segs[index - 1] if index > 0 else None
            if previous is not None and not previous.blank and (
                    len(s.split()) > 1 or not previous.stripped.endswith((".", ":", '"', ")"))):
                return None  # the last line of a paragraph, not a signature
            if m and m.group("name").upper() not in _NOT_SIGNATURE and self.g.parse_cable_line(seg.text) is None \
                    and not self._caption_line.match(s.upper()) and s.isupper():
                return index
            return None
        return None

    def _take_cable_line(self, seg: _Seg, line: CableLine) -> None:
        start, end = seg.start + line.start, seg.start + line.end
        if self.classification is None:
            self.field("classification", (start, end))
            self.classification = line.marking
            self.captions.extend(line.marking.captions)
            h = self.header
            h.post, h.number = line.post, line.number
            h.section, h.sections = line.section, line.sections
        else:
            self.field("section", (start, end), f"SECTION {line.section:02d} OF {line.sections:02d}"
                       if line.section else self.text[start:end])
            if line.marking.level != self.classification.level:
                higher = line.marking.rank > self.classification.rank
                self.problem("SECTION_CLASSIFICATION", "error",
                             f"section line says {line.marking.level} but the cable is {self.classification.level}"
                             + ("; the cable is treated as " + str(line.marking.level) if higher else ""), start, end)
                if higher:  # fail closed: the most restrictive line wins
                    self.classification = replace(self.classification, level=line.marking.level,
                                                  rank=line.marking.rank)
            self.captions.extend(line.marking.captions)
        rest = self.text[end:seg.end]
        if rest.strip():
            # captions run onto the classification line in collapsed copies
            piece = _Seg(end + (len(rest) - len(rest.lstrip())), seg.end, rest.strip())
            words = self._caption_words(piece, header_zone=False)
            if words is not None:
                self._take_captions(piece, words)

    def _caption_words(self, seg: _Seg, header_zone: bool) -> list[tuple[str, str | None]] | None:
        """The words of a caption line with the caption each stands for (None: unknown), or
        None when the line is not a caption line. In the header zone OCR damage is tolerated
        (`SENSlTIVE`, `SENSITIVF`, `S E N S I T I V E`, `SIPDlS`, a lone `STPDTS`); after it
        only exact captions count, so that body text is never taken for one."""
        text = _fold(seg.stripped).rstrip(".").strip()
        if self._caption_line.match(text.upper()):
            return [(m.group(0), self.g.captions.get(re.sub(r"\s+", "", m.group(0)).upper())
                     or self.g.captions.get(m.group(0).upper())) for m in self.g._caption_pattern.finditer(text.upper())]
        if not header_zone or not re.fullmatch(r"[A-Za-z0-9 ]{4,40}", text):
            return None
        text = re.sub(r"\b(?:[A-Za-z] ){3,}[A-Za-z]\b", lambda m: m.group(0).replace(" ", ""), text)  # S E N S I...
        words = text.split()
        if len(words) > 4 or any(not (w.isupper() or w[:1].isupper() and w[1:].replace("l", "").isupper())
                                 for w in words):
            return None
        known = tuple(self.g.vocabulary.captions)
        out: list[tuple[str, str | None]] = []
        for word in words:
            cleaned = word.translate(_OCR_LETTERS).upper()
            out.append((word, self.g.captions.get(cleaned) or _closest(cleaned, known, 0.75)))
        unknown = [w for w, c in out if c is None]
        if unknown and (len(out) > 1 or not _closest(unknown[0].upper(), known, 0.5)):
            return None
        return out

    def _take_captions(self, seg: _Seg, words: list[tuple[str, str | None]]) -> None:
        self.field("handling", seg)
        for word, caption in words:
            if caption is None:
                hint = difflib.get_close_matches(word.upper(), list(self.g.vocabulary.captions), n=2, cutoff=0.5)
                self.problem("UNKNOWN_CAPTION", "warning", f"unknown caption '{word}'"
                             + (f" (did you mean {' or '.join(hint)}?)" if hint else ""), seg.start, seg.end)
                continue
            if re.sub(r"\s+", "", word).upper() != caption.replace(" ", ""):
                self.problem("GARBLED_CAPTION", "warning", f"caption '{word}' read as {caption}", seg.start, seg.end)
            self.captions.append(caption)

    def _take_handling_statement(self, seg: _Seg, header_zone: bool) -> bool:
        """A line that states a designation in words (`THIS CABLE IS SENSITIVE BUT UNCLASSIFIED`,
        `SENSITIVE BUT UNCLASSIFIED - NOT FOR INTERNET DISTRIBUTION`): anywhere in a header line,
        at the start of a body line that is not a marked portion."""
        if not header_zone and seg.stripped[:1].upper() not in self._handling_initials:
            return False
        if self._lead(seg) is not None or self._mark_lead(seg) is not None:
            return False
        for pattern, controls in self._handling:
            m = pattern.search(seg.stripped)
            if m and (header_zone or m.start() == 0 or seg.stripped.upper().startswith("THIS ")):
                self.field("handling", seg)
                self.designations.extend(controls)
                return True
        return False

    def _add_address(self, name: str, seg: _Seg) -> None:
        value = _clean_address(seg.stripped)
        self.field(name, seg, value)
        if name == "to":
            self.header.to.append(value)
        elif name == "info":
            self.header.info.append(value)

    def _take_header_field(self, seg: _Seg, index: int) -> str | None:
        s = seg.stripped
        up = s.upper()
        if _ROUTING.match(up):
            routing = self.field("routing", seg)
            indicator = _SECURITY_INDICATOR.match(up)
            level = self.g.vocabulary.security_indicators.get(indicator.group(1)) if indicator else None
            if level is not None and self.indicator is None:
                self.indicator = (self.g.parse(level), routing)
            return "routing"
        m = _DTG.match(up)
        if m:
            self.field("dtg", seg, m.group("dtg"))
            self.header.dtg, self.header.precedence = m.group("dtg"), m.group("prec")
            return "dtg"
        m = _ADDRESS_FIELD.match(s)
        if m and m.group("name") in ("FM", "TO", "INFO", "FROM") and (
                m.group("name") != "FROM" or _ADDRESS_LINE.match(m.group("value"))):
            name = {"FM": "from", "FROM": "from", "TO": "to", "INFO": "info"}[m.group("name")]
            value = _clean_address(m.group("value"))
            self.field(name, seg, value)
            if name == "from":
                self.header.from_ = value
            elif value:
                getattr(self.header, name).append(value)
            return "address"
        m = _EO.match(s)
        if m:
            self.field("eo", seg, f"E.O. {m.group('eo')}: {m.group('rest').strip()}")
            self.header.eo = m.group("eo")
            decl = _DECL.search(m.group("rest"))
            if decl and "N/A" not in m.group("rest").upper():
                self.header.declassify_on = decl.group("date").strip()
            return "eo"
        m = _TAGS.match(s)
        if m and up.startswith("TAGS"):
            tags = [t for t in re.split(r"[\s,]+", m.group("value")) if t]
            self.field("tags", seg, " ".join(tags))
            self.header.tags.extend(tags)
            return "tags"
        m = _SUBJECT.match(s)
        if m:
            self._take_subject(seg)
            return "subject"
        m = _REFS.match(s)
        if m:
            self._take_reference_line(seg)
            return "refs"
        if _PASSAGE.match(s) and "/" in s:
            self.field("passage", seg)
            return "passage"
        return None

    def _take_subject(self, seg: _Seg) -> None:
        self.field("subject", seg, re.sub(r"\s+", " ", seg.stripped))

    def _take_reference_line(self, seg: _Seg) -> None:
        self.field("references", seg)
        s = _fold(seg.stripped)
        s = _REFS.sub("", s)
        for m in _REFERENCE.finditer(s.upper()):
            ref = f"{m.group('post')} {m.group('num')}"
            if m.group("year"):
                ref = f"{m.group('year')} {ref}"
            if ref not in self.header.references:
                self.header.references.append(ref)
        for m in re.finditer(r"\b(\d{2})([A-Z]{4,})(\d{2,6})\b", s):
            ref = "".join(m.groups())
            if ref not in self.header.references:
                self.header.references.append(ref)

    def _take_classified_by(self, index: int) -> int:
        seg = self.segs[index]
        end_index = index
        text = seg.stripped
        # the block may wrap onto following lines until a blank line
        while not _REASONS.search(text) and end_index + 1 < len(self.segs) and end_index - index < 3 \
                and _CONTINUES_AUTHORITY.match(self.segs[end_index + 1].text) \
                or re.search(r"(?:,|\bfor|\band)\s*$", text, re.IGNORECASE) and end_index + 1 < len(self.segs) \
                and not self.segs[end_index + 1].blank and end_index - index < 3:
            end_index += 1
            text += " " + self.segs[end_index].stripped
        span = (seg.start, self.segs[end_index].end)
        self.field("classified_by", span, re.sub(r"\s+", " ", text))
        m = _CLASSIFIED_BY.match(text)
        who = m.group("who") if m else text
        reasons = _REASONS.search(who)
        if reasons:
            reason_text = reasons.group("r") or reasons.group("r2")
            who = who[: reasons.start()]
            self.header.reasons.extend(_parse_reasons(reason_text))
        if m and text.upper().startswith("DERIVED"):
            self.fields[-1] = replace(self.fields[-1], name="derived_from")
            return end_index + 1
        self.header.classified_by = who.strip(" ,.;:") or None
        return end_index + 1

    # -- memos, reports, Markdown --------------------------------------------------------
    def _read_document(self) -> list[Portion]:
        segs = self.segs
        front_end = self._front_matter_end()
        if front_end is not None:
            first = next(i for i, seg in enumerate(segs) if not seg.blank)
            self.field("front_matter", (segs[first].start, segs[front_end].end), "")
        top = next((seg for seg in segs[(front_end or -1) + 1:] if not seg.blank), None)
        bottom = self._last_nonblank()
        top_mark = self._banner_at(top)
        bottom_mark = self._banner_at(bottom) if bottom is not top else None
        skip: set[int] = set()
        self.banner_markings = [m for m in (top_mark, bottom_mark) if m is not None]
        if top_mark is not None and top is not None:
            self.field("banner", top, top.stripped)
            self.classification = top_mark
            self.marking_problems(top_mark, top.start, top.end)
            skip.add(top.start)
        if bottom_mark is not None and bottom is not None:
            self.field("banner", bottom, bottom.stripped)
            skip.add(bottom.start)
            if top_mark is not None and bottom_mark.banner() != top_mark.banner():
                self.problem("BANNER_MISMATCH", "error",
                             f"bottom banner {bottom_mark.banner()} differs from top banner {top_mark.banner()}; "
                             f"the document is treated as the more restrictive of the two", bottom.start, bottom.end)
                if top_mark.valid and bottom_mark.valid:
                    combined = self.g.rollup([top_mark, bottom_mark])
                    self.classification = replace(combined, raw=top_mark.raw) if combined else top_mark
                elif not bottom_mark.valid:
                    self.classification = bottom_mark
            elif top_mark is None:
                self.classification = bottom_mark
        starts: list[tuple[int, PortionKind, re.Match[str] | None]] = []
        prev_blank = True
        in_table = False
        for i, seg in enumerate(segs):
            if front_end is not None and i <= front_end:
                continue
            if not seg.blank and seg.start not in skip and prev_blank and self._take_page_banner(i):
                continue
            if seg.start in skip and not seg.blank:
                prev_blank = True
                continue
            if seg.blank:
                prev_blank = True
                in_table = False
                continue
            s = seg.stripped
            if _CLASSIFIED_BY.match(s):
                self._take_classified_by(i)
                prev_blank = False
                continue
            m = _REASON_LINE.match(s)
            if m:
                self.field("reasons", seg, m.group("r"))
                self.header.reasons.extend(_parse_reasons(m.group("r")))
                continue
            m = _DECLASSIFY_ON.match(s)
            if m:
                self.field("declassify_on", seg, m.group("date").strip())
                self.header.declassify_on = m.group("date").strip()
                continue
            if self.fields and self.fields[-1].start <= seg.start < self.fields[-1].end:
                continue  # inside a multi-line field just taken (e.g. a wrapped Classified By)
            m = _MEMO_FIELD.match(s)
            if m:
                name = re.sub(r"\s+", " ", m.group("name").lower())
                if name in ("from", "to", "cc", "thru", "memorandum for"):
                    value = s[m.end():].strip()
                    key = {"memorandum for": "to", "thru": "to", "cc": "info"}.get(name, name)
                    self.field(key, seg, value)
                    if key == "from":
                        self.header.from_ = value
                    else:
                        getattr(self.header, key).append(value)
                else:
                    self.field(name.replace(" ", "_").replace("/", "_"), seg, s[m.end():].strip())
                prev_blank = False
                continue
            if _SUBJECT.match(s.strip("*")):
                starts.append((i, "subject", self._subject_mark(seg)))
                self._take_subject(seg)
                prev_blank = False
                continue
            if _TABLE_RULE.match(s):
                self.field("table_rule", seg)
                continue
            if _TABLE_ROW.match(seg.text):
                starts.append((i, "table_row", self._mark_lead(seg)))
                in_table = True
            elif _HEADING.match(seg.text):
                starts.append((i, "heading", self._mark_lead(seg)))
            elif _LIST_ITEM.match(seg.text) and not _LEAD.match(seg.text) or \
                    _LIST_ITEM.match(seg.text) and self._lead(seg) is None:
                starts.append((i, "list_item", self._list_mark(seg)))
            elif self._lead(seg) is not None:
                starts.append((i, "paragraph", self._lead(seg)))
            elif self._mark_lead(seg) is not None:
                starts.append((i, "paragraph", self._mark_lead(seg)))
            elif prev_blank or not starts or starts[-1][1] in ("heading", "table_row", "subject") or in_table:
                starts.append((i, "paragraph", None))
            prev_blank = False
        portions = []
        for k, (i, kind, markm) in enumerate(starts):
            seg = segs[i]
            limit = segs[starts[k + 1][0]].start if k + 1 < len(starts) else len(self.text)
            limit = min(limit, self._next_field_start(seg.start) or limit)
            end = self._content_end(seg.start, limit)
            number = int(markm.group("num")) if markm is not None and "num" in markm.groupdict() \
                and markm.group("num") else None
            portion = self._make_portion(seg, markm, end, kind, number)
            if kind == "subject":
                portion = replace(portion, start=seg.start + len(seg.text) - len(seg.text.lstrip()))
            portions.append(portion)
        return portions

    def _front_matter_end(self) -> int | None:
        """Index of the line closing a Markdown front-matter block (`---` ... `---`), if any."""
        first = next((i for i, seg in enumerate(self.segs) if not seg.blank), None)
        if first is None or self.segs[first].stripped != "---":
            return None
        return next((j for j in range(first + 1, min(len(self.segs), first + 80))
                     if self.segs[j].stripped in ("---", "...")), None)

    def _take_page_banner(self, index: int) -> bool:
        """A banner line standing alone inside a document (a page break of a multi-page memo):
        a field, not a portion; a higher one raises the document (fail closed)."""
        following = self.segs[index + 1] if index + 1 < len(self.segs) else None
        if following is not None and not following.blank:
            return False
        marking = self._banner_at(self.segs[index])
        if marking is None:
            return False
        seg = self.segs[index]
        self.field("banner", seg, seg.stripped)
        self.banner_markings.append(marking)
        current = self.classification
        if current is None or not marking.valid:
            self.classification = marking  # a garbled page banner makes the document doubtful
        elif marking.rank > current.rank or marking.banner() != current.banner():
            combined = self.g.rollup([current, marking])
            if combined is not None and combined.banner() != current.banner():
                self.problem("BANNER_MISMATCH", "error", f"page banner {marking.banner()} differs from "
                             f"{current.banner()}; the document is treated as the more restrictive",
                             seg.start, seg.end)
                self.classification = replace(combined, raw=current.raw)
        return True

    def _subject_mark(self, seg: _Seg) -> re.Match[str] | None:
        m = re.match(r"^(?P<lead>[ \t]*(?:\*\*)?SUBJ(?:ECT)?(?:\*\*)?\s*:\s*(?:\*\*)?)(?P<mark>[(（][^()（）\n]{1,60}[)）])?",
                     seg.text, re.IGNORECASE)
        if m and m.group("mark") and self.looks_like_mark(_mark_inner(m.group("mark"))):
            return m
        if m:
            return re.match(r"(?P<lead>[ \t]*(?:\*\*)?SUBJ(?:ECT)?(?:\*\*)?\s*:\s*)(?P<mark>)", seg.text, re.IGNORECASE)
        return None

    def _list_mark(self, seg: _Seg) -> re.Match[str] | None:
        marked = self._mark_lead(seg)
        if marked is not None:
            return marked
        m = re.match(r"^(?P<lead>[ \t]*(?:[-*+•]|\d{1,3}[.)]|[A-Za-z][.)])[ \t]+)(?P<mark>[(（][^()（）\n]{1,60}[)）])?",
                     seg.text)
        if m and m.group("mark") and self.looks_like_mark(_mark_inner(m.group("mark"))):
            return m
        return re.match(r"^(?P<lead>[ \t]*(?:[-*+•]|\d{1,3}[.)]|[A-Za-z][.)])[ \t]+)(?P<mark>)", seg.text)

    # -- results ---------------------------------------------------------------------------
    def _finish(self, kind: str, portions: list[Portion]) -> Document:
        declared = self._declared_marking(kind)
        if kind == "cable":
            portions = self._cable_subject_portion() + portions
            portions.sort(key=lambda p: p.start)
        embedded = {p.start: self._embedded_marks(p) for p in portions}
        portions = [replace(p, marking=self._with_embedded(p, p.marking, embedded[p.start]))
                    if p.explicit and embedded[p.start] else p for p in portions]
        explicit = [p.marking for p in portions if p.explicit and p.marking is not None]
        portion_marked = bool(explicit)
        rollup = self.g.rollup(explicit) if explicit else None
        # Unmarked portions take the overall marking, and never less than what the portions show
        # (fail closed when the banner is lower than its portions).
        indicator = self._check_security_indicator(declared)
        inherited = self.entire_text or self.g.rollup([m for m in (declared, rollup, indicator) if m is not None])
        if declared is not None and not declared.valid:
            inherited = declared
        inherited = self._check_classification_authority(declared, inherited)
        result = []
        for p in portions:
            if not p.explicit:
                if inherited is None:
                    self.problem("NO_MARKING", "error", "portion has no marking and the document declares none",
                                 p.start, p.end)
                elif portion_marked and self.entire_text is None:
                    severity: Severity = "warning" if p.kind in ("subject", "heading") else "error"
                    self.problem("UNMARKED_PORTION", severity,
                                 f"unmarked {p.kind} in a portion-marked document; treated as "
                                 f"{inherited.banner()}", p.start, p.end)
                p = replace(p, marking=self._with_embedded(p, inherited, embedded[p.start]))
            result.append(p)
        if declared is None and not portion_marked and self.text.strip():
            self.problem("NO_MARKING", "error", "no classification line, banner or portion mark found", 0, 0)
        if declared is not None and rollup is not None:
            where = next((f for f in self.fields if f.name in ("classification", "banner")), None)
            start, end = (where.start, where.end) if where else (0, 0)
            seen: set[tuple[str, int]] = set()
            banners = [m for m in self.banner_markings if m.valid] or [declared]
            for p in result:
                if not p.explicit or p.marking is None or p.marking.level is None:
                    continue
                for banner in banners:  # each banner as written must cover the portion
                    for prob in self.g.covers(banner, p.marking):
                        key = (prob.message, p.start if prob.code == "SPILLAGE" else -1)
                        if key not in seen:
                            seen.add(key)
                            self.problem(prob.code, prob.severity, f"{prob.message} ({p.marking.portion_mark()})",
                                         p.mark_start or p.start, p.mark_end or p.end)
            if kind == "document" and rollup.rank < (declared.rank if declared.level else -1):
                self.problem("BANNER_ROLLUP_MISMATCH", "warning",
                             f"banner {declared.banner()} is higher than its portions require ({rollup.banner()})",
                             start, end)
        if not self.text.strip():
            self.problem("EMPTY", "error", "document is empty", 0, 0)
        elif kind == "fragment":
            self.problem("FRAGMENT", "info", "no cable header or banner: portions are judged by their own marks",
                         0, 0)
        elif kind == "cable" and not any(p.kind == "paragraph" for p in result):
            self.problem("NO_BODY", "info", "cable header without body paragraphs", len(self.text), len(self.text))
        self.fields.sort(key=lambda f: (f.start, f.end))
        self.problems.sort(key=lambda p: (p.start, p.end, p.code))
        h = self.header
        if h.post and h.number and h.dtg:
            year = h.dtg.split()[-1][-2:]
            h.cable_id = f"{year}{h.post.replace(' ', '')}{int(h.number)}"
        return Document(text=self.text, kind=kind, classification=declared, header=h,  # type: ignore[arg-type]
                        portions=result, fields=self.fields, problems=self.problems, rollup=rollup,
                        inherited=inherited)

    def _embedded_marks(self, portion: Portion) -> list[tuple[Marking, int, int]]:
        """Portion marks inside a portion where a new portion would begin (after a sentence end
        or a table bar) that the layout did not split off: `2. (U) ... (SBU) ...`,
        `| (U) Item | (FOUO) Detail |`, a collapsed copy's `2.(S/NF)`."""
        found = []
        for m in _EMBEDDED_MARK.finditer(self.text, portion.mark_end or portion.body_start, portion.end):
            group = "mark" if m.group("mark") else "cell"
            marking = self.read_mark(_mark_inner(m.group(group)))
            if marking is not None and marking.level is not None:  # "(MFA)" is an acronym, not a mark
                found.append((marking, m.start(group), m.end(group)))
        return found

    def _with_embedded(self, portion: Portion, marking: Marking | None,
                       extra: list[tuple[Marking, int, int]]) -> Marking | None:
        """A portion's marking raised by the marks embedded in it (fail closed); each mark that
        raises it is reported."""
        if not extra or marking is None:
            return marking
        result = marking
        for mark, start, end in extra:
            if not mark.valid:
                result = replace(result, problems=(*result.problems, *mark.problems))
            elif result.valid:
                raised = self.g.rollup([result, mark])
                if raised is None or raised.banner() == result.banner():
                    continue
                result = replace(raised, raw=result.raw)
            else:
                continue
            self.problem("EMBEDDED_MARK", "warning",
                         f"a second portion mark {mark.portion_mark()} inside this {portion.kind}; the whole "
                         f"{portion.kind} is treated as the most restrictive of its marks", start, end)
        return result

    def _check_classification_authority(self, declared: Marking | None, inherited: Marking | None) -> Marking | None:
        """A `Classified By:` line under an UNCLASSIFIED classification line means that the
        cable is classified after all, at a level nobody wrote down: unmarked portions become
        doubtful (withheld everywhere until a reviewer decides)."""
        authority = next((f for f in self.fields if f.name == "classified_by"), None)
        if authority is None or declared is None or declared.rank != 0 or inherited is None or inherited.rank > 0:
            return inherited
        note = MarkingProblem("UNCLASSIFIED_WITH_AUTHORITY", "error",
                              "the cable says UNCLASSIFIED but carries a Classified By line")
        self.problem(note.code, note.severity, f"{note.message}; its unmarked portions are doubtful",
                     authority.start, authority.end)
        return replace(inherited, problems=(*inherited.problems, note))

    def _check_security_indicator(self, declared: Marking | None) -> Marking | None:
        """The transmission security indicator (`ZNY CCCCC`) when it is higher than the
        classification line, or stands alone because that line is missing or garbled: unmarked
        portions then take the indicator's level (fail closed)."""
        if self.indicator is None:
            return None
        marking, where = self.indicator
        if declared is not None and declared.level is not None and marking.rank <= declared.rank:
            return None
        said = f"the classification line says {declared.level}" if declared is not None and declared.level \
            else "no classification line was read"
        self.problem("SECURITY_INDICATOR", "error",
                     f"security indicator '{where.value}' means {marking.level} but {said}", where.start, where.end)
        return marking

    def _declared_marking(self, kind: str) -> Marking | None:
        marking = self.classification
        if marking is None:
            return None
        captions = [c for c in dict.fromkeys(self.captions) if c not in self.g.vocabulary.caption_designations]
        designations = list(marking.designations)
        if marking.rank == 0:
            for caption in self.captions:
                implied = self.g.vocabulary.caption_designations.get(caption)
                if implied and implied not in designations:
                    designations.append(implied)
            for d in self.designations:
                if d not in designations:
                    designations.append(d)
        dissem = list(marking.dissem)
        for c in captions:
            if c in self.g.vocabulary.dissemination and c not in dissem:
                dissem.append(c)
        # a caption line such as NOFORN stays a caption too: it covers every portion of the cable
        return replace(marking, designations=tuple(designations), dissem=tuple(dissem),
                       captions=tuple(dict.fromkeys([*marking.captions, *captions])))

    def _cable_subject_portion(self) -> list[Portion]:
        subject = next((f for f in self.fields if f.name == "subject"), None)
        if subject is None:
            return []
        m = re.match(r"(?P<lead>SUBJ(?:ECT)?\s*:\s*)(?P<mark>\([^()\n]{1,60}\))?", self.text[subject.start:subject.end],
                     re.IGNORECASE)
        value = self.text[subject.start:subject.end]
        body_offset = m.end() if m else 0
        marking, explicit, mark_span = None, False, (None, None)
        if m and m.group("mark") and self.looks_like_mark(_mark_inner(m.group("mark"))):
            marking = self.parse_mark(_mark_inner(m.group("mark")))
            explicit = True
            mark_span = (subject.start + m.start("mark"), subject.start + m.end("mark"))
            self.marking_problems(marking, *mark_span)
        elif m:
            body_offset = m.end("lead")
        while body_offset < len(value) and value[body_offset] in " \t":
            body_offset += 1
        if m:
            value_clean = re.sub(r"\s+", " ", value[body_offset:]).strip()
            self.header.subject = value_clean
        return [Portion(start=subject.start, end=subject.end, body_start=subject.start + body_offset,
                        kind="subject", number=None, marking=marking, explicit=explicit,
                        mark_start=mark_span[0], mark_end=mark_span[1])]


@functools.lru_cache(maxsize=4096)
def _closest(word: str, known: tuple[str, ...], cutoff: float) -> str | None:
    """The known caption closest to a damaged word (difflib), if close enough."""
    return next(iter(difflib.get_close_matches(word, known, n=1, cutoff=cutoff)), None)


def _mark_inner(raw: str) -> str:
    """`(SBU)` -> `SBU`; also `[SBU]`, an unclosed `(SBU` and a bare `C)`."""
    if raw[:1] in "(（[{":
        return raw[1:-1] if raw[-1:] in ")）]}" else raw[1:]
    return raw[:-1]


def _is_spaced_line(text: str) -> bool:
    return bool(re.match(r"^\s*[A-Z] [A-Z] [A-Z]", text))


def _clean_address(value: str) -> str:
    value = re.sub(r"^(?:RUE[A-Z]+|RH[A-Z]+|RUCN[A-Z]*|[A-Z]{4,7})/", "", value.strip())
    value = re.sub(r"\s+(?:PRIORITY|IMMEDIATE|ROUTINE|FLASH|NIACT\s+IMMEDIATE)?\s*\d{0,5}\s*$", "", value)
    return re.sub(r"\s+", " ", value).strip(" ,")


def _parse_reasons(text: str) -> list[str]:
    """`1.4 (b) and (d)`, `1.5 (D)`, `1.4(B),(D)` -> ['1.4(b)', '1.4(d)']."""
    reasons = []
    chunks = re.split(r"(?=1\.[45])", text)
    for chunk in chunks:
        head = re.match(r"1\.([45])", chunk)
        if not head:
            continue
        for paren, bare in re.findall(r"\(\s*([A-Ha-h])\s*\)|(?<![A-Za-z(])([A-Ha-h])(?![A-Za-z)])",
                                      chunk[head.end():]):
            reasons.append(f"1.{head.group(1)}({(paren or bare).lower()})")
    return list(dict.fromkeys(reasons))


def read(text: str, rules: Rules | str | None = None) -> Document:
    """Read the markings of a cable, memo or Markdown document. Pure: no NLP, no I/O."""
    if not isinstance(text, str):
        raise TypeError("read() takes the document text as str; use sbu_redact.textio.read_text_file for files")
    ruleset = as_rules(rules)
    document = _Reader(text, ruleset.grammar).read()
    document.rules = ruleset
    return document
