"""The header of a cable: routing lines and the security indicator, precedence and date-time
group, FM/TO/INFO, the classification and section lines, captions and handling statements,
passage lines, E.O., TAGS (also wrapped), SUBJECT and REF lists. Each `take_*` function reads
one kind of line into fields and header values and says whether it did."""
from __future__ import annotations

import difflib
import functools
import re

from ..lazyre import first_chars, lazy
from ..markings import CableLine, Grammar
from .marks import OCR_LETTERS, fold
from .segments import Segment
from .state import Reading

_SPACES = lazy(r"\s+")
_CAPTION_SHAPED = lazy(r"[A-Za-z0-9 ]{4,40}")
_CAPTION_HYPHEN = lazy(r"(?<=[A-Za-z])[ \t]*-[ \t]*(?=[A-Za-z])|(?<=[A-Za-z])-+$")
_SPACED_WORD = lazy(r"(?:\w\s)+\w")
_SPACED_LETTERS = lazy(r"\b(?:[A-Za-z0-9] ){3,}[A-Za-z0-9]\b")

ROUTING = lazy(r"^(?:VZCZC.*|ZNR\s+[A-Z]{5}.*|ZNY\s+[A-Z]{5}.*|DE\s+RUE[A-Z]+\s*#.*|"
               r"(?:[OPRZ]{2}|[OPRZ])\s+RUE[A-Z]+.*|R\d{6}Z.*|NNNN|ACTION\s+[A-Z]+-\d+.*)$")
_SECURITY_INDICATOR = lazy(r"^ZN[RY]\s+([A-Z]{5})\b")
DTG = lazy(r"^(?P<prec>[OPRZ]{1,2})\s+(?P<dtg>\d{6}Z\s+[A-Z]{3}\s+\d{2,4})\s*$")
ADDRESS_FIELD = lazy(r"^(?P<name>FM|FROM|TO|INFO|CC|BCC)(?::|\s)\s*(?P<value>.*)$")
ADDRESS_LINE = lazy(r"^(?:RUE[A-Z]+|RH[A-Z]+|RUCN[A-Z]*|AMEMBASSY|AMCONSUL|SECSTATE|USMISSION|"
                    r"[A-Z]{4,}/)\S*(?:\s.*)?$")
EO = lazy(r"^E\.?\s?O\.?\s*(?P<eo>1\d{4})\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_DECL = lazy(r"DECL(?:ASSIFY\s+ON)?\s*:?\s*(?P<date>\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z0-9./ ]+?)\s*$",
             re.IGNORECASE)
TAGS = lazy(r"^TAGS\s*:?\s*(?P<value>.*)$", re.IGNORECASE)
SUBJECT = lazy(r"^SUBJ(?:ECT)?\s*:\s*", re.IGNORECASE)
REFS = lazy(r"^REFS?\s*:?\s+|^REFERENCES?\s*:\s*", re.IGNORECASE)
REF_ITEM = lazy(r"^(?:[-*+•]\s*|\*\*)?[A-H][.)]\s+")
REFERENCE = lazy(r"(?:\b(?P<year>\d{2})\s*)?\b(?P<post>(?!REFS?\b|REF\b|TAGS\b|AND\b|PARA\b|SECTION\b)"
                 r"[A-Z]{3,}(?:\s[A-Z]{3,})?)\s+(?P<num>\d{2,6})\b")
# The start of a SUBJECT, TAGS, E.O., REF, `Classified By`/`Derived From` or FM/TO/INFO line in
# one match: what those patterns (and authority.CLASSIFIED_BY) match at a line start, for the
# header's extent, which asks it of every header line (tests/test_reader_speed.py).
HEADER_LINE = lazy(r"(?i:SUBJ(?:ECT)?\s*:|TAGS|E\.?\s?O\.?\s*1\d{4}|REFS?\s*:?\s|REFERENCES?\s*:"
                   r"|CLASSIFIED\s+BY|CLASSIFICATION\s+BY|CL\s+BY|DERIVED\s+FROM|DRV\s+FROM"
                   r"|DERIVATIVE\s+CLASSIFIER\s*:|CLASSIFIED\s+FROM\s*:)|(?:FM|TO|INFO) ")
_PASSAGE = lazy(r"^(?:[A-Z][A-Z.&]*\s+){0,3}?(?:FOR|PASS(?:\s+TO)?|ALSO\s+FOR)\s+(?=.*[A-Z]/[A-Z])",
                re.IGNORECASE)
# a passage line that names its officer after a dash and an office with no slash (`MOSCOW FOR POL - SARAH
# KENDRICK`): in capitals only, the office one to three words; the officer's slot is a name field
# (`passage_name` redacts it, whole when it does not read as a name). Session 32's header narrowing had made
# it text; this is the shape main `eacf9ee` released as a passage line. Only after the classification line:
# before it, a line of this shape is text (`ASSET FOR RSO - OMAR HADDAD`, fixrev32e's narrowing stands).
_PASSAGE_NAMED = lazy(r"^(?:[A-Z][A-Z.&]*[ \t]+){1,3}?(?:FOR|PASS(?:[ \t]+TO)?|ALSO[ \t]+FOR)[ \t]+"
                      r"[A-Z][A-Z&]*(?:[ \t,]+[A-Z][A-Z&]*){0,2}[ \t]+-[ \t]+[A-Z][A-Z.' \t\-]*$")
_TAG_WORD = lazy(r"^[A-Z]{2,6}(?:[\s,]+[A-Z]{2,6})*,?$")
# a TAGS value is subject codes and names: one with an assignment, a quotation mark or four lower-case words in
# a row is a line of code or prose that begins with the word (`tags = "courier meets at ..."` in a Terraform
# file, session 30): read as a field it would be released as written, so it is left to the body
_NOT_TAGS = lazy(r'^\s*[=:]?\s*["\'{\[]|^\s*=|\b[a-z]{2,}(?:,?[ \t]+[a-z]{2,}){3}\b')


def take_header_field(r: Reading, seg: Segment) -> str | None:
    """Read one header line; the kind of line read (routing, dtg, address, eo, tags, subject,
    refs, passage) or None."""
    s = seg.stripped
    up = s.upper()
    head, up_head = s[:1], up[:1]
    if up_head in ROUTING.first and ROUTING.match(up):
        routing = r.field("routing", seg)
        indicator = _SECURITY_INDICATOR.match(up)
        level = r.g.vocabulary.security_indicators.get(indicator.group(1)) if indicator else None
        if level is not None and r.indicator is None:
            marking = r.g.parse(level)
            r.indicator = (marking, routing)
            r.witness("security_indicator", marking, seg.start, seg.end)
        return "routing"
    m = DTG.match(up) if up_head in DTG.first else None
    if m:
        r.field("dtg", seg, m.group("dtg"))
        r.header.dtg, r.header.precedence = m.group("dtg"), m.group("prec")
        return "dtg"
    m = ADDRESS_FIELD.match(s) if head in ADDRESS_FIELD.first else None
    if m and m.group("name") in ("FM", "TO", "INFO", "FROM") and (
            m.group("name") != "FROM" or ADDRESS_LINE.match(m.group("value"))):
        name = {"FM": "from", "FROM": "from", "TO": "to", "INFO": "info"}[m.group("name")]
        value = clean_address(m.group("value"))
        r.field(name, seg, value)
        if name == "from":
            r.header.from_ = value
        elif value:
            getattr(r.header, name).append(value)
        return "address"
    m = EO.match(s) if head in EO.first else None
    if m:
        r.field("eo", seg, f"E.O. {m.group('eo')}: {m.group('rest').strip()}")
        r.header.eo = m.group("eo")
        decl = _DECL.search(m.group("rest"))
        if decl and "N/A" not in m.group("rest").upper():
            r.header.declassify_on = decl.group("date").strip()
        return "eo"
    m = TAGS.match(s) if head in TAGS.first else None
    if m and up.startswith("TAGS") and not _NOT_TAGS.search(m.group("value")):
        take_tags(r, seg, m.group("value"))
        return "tags"
    if head in SUBJECT.first and SUBJECT.match(s):
        r.field("subject", seg, _SPACES.sub(" ", seg.stripped))
        return "subject"
    if head in REFS.first and REFS.match(s):
        take_reference_line(r, seg)
        return "refs"
    if _PASSAGE.match(s) and "/" in s or r.classification is not None and _PASSAGE_NAMED.match(s):
        r.field("passage", seg)
        return "passage"
    return None


def take_tags(r: Reading, seg: Segment, value: str) -> None:
    tags = [t for t in re.split(r"[\s,]+", value) if t]
    r.field("tags", seg, " ".join(tags))
    r.header.tags.extend(tags)


def continues_tags(r: Reading, seg: Segment) -> bool:
    """A TAGS line wrapped onto the next line: more tag words right after it."""
    last = r.fields[-1] if r.fields else None
    if last is None or last.name != "tags" or not r.header.tags:
        return False
    if not _TAG_WORD.match(seg.stripped) or len(seg.stripped) > 60:
        return False
    words = [t for t in re.split(r"[\s,]+", seg.stripped) if t]
    if any(w in r.g.captions or w in ("SUBJECT", "SUBJ", "REF", "REFS") for w in words):
        return False
    r.fields.pop()
    r.field("tags", (last.start, seg.end), f"{last.value} {' '.join(words)}")
    r.header.tags.extend(words)
    return True


_ROUTING_PREFIX = lazy(r"^(?:RUE[A-Z]+|RH[A-Z]+|RUCN[A-Z]*|[A-Z]{4,7})/")
_PRECEDENCE_SUFFIX = lazy(r"\s+(?:PRIORITY|IMMEDIATE|ROUTINE|FLASH|NIACT\s+IMMEDIATE)?\s*\d{0,5}\s*$")


def clean_address(value: str) -> str:
    value = _ROUTING_PREFIX.sub("", value.strip())
    value = _PRECEDENCE_SUFFIX.sub("", value)
    return _SPACES.sub(" ", value).strip(" ,")


def add_address(r: Reading, name: str, seg: Segment) -> None:
    value = clean_address(seg.stripped)
    r.field(name, seg, value)
    if name == "to":
        r.header.to.append(value)
    elif name == "info":
        r.header.info.append(value)


def take_reference_line(r: Reading, seg: Segment) -> None:
    r.field("references", seg)
    s = REFS.sub("", fold(seg.stripped))
    for m in REFERENCE.finditer(s.upper()):
        ref = f"{m.group('post')} {m.group('num')}"
        if m.group("year"):
            ref = f"{m.group('year')} {ref}"
        if ref not in r.header.references:
            r.header.references.append(ref)
    for m in re.finditer(r"\b(\d{2})([A-Z]{4,})(\d{2,6})\b", s):
        ref = "".join(m.groups())
        if ref not in r.header.references:
            r.header.references.append(ref)


# An originator's name in capitals: a few words, no sentence.
_ORIGINATOR = lazy(r"[A-Z][A-Z.&'/\-]*(?:[ \t]+[A-Z][A-Z.&'/\-]*){0,5}")


def take_cable_line(r: Reading, seg: Segment, line: CableLine) -> None:
    """The classification line, or a later section line (the higher of the two wins)."""
    start, end = seg.start + line.start, seg.start + line.end
    if r.classification is None:
        r.field("classification", (start, end))
        rest = r.text[end:seg.start + len(seg.text.rstrip())]
        if rest.strip():  # (what follows a level read apart, `S E C R E T //REL TO USA, GBR  VALLETTA 000210`, round 78:
            r.field("routing", (end + len(rest) - len(rest.lstrip()), end + len(rest)))  # the line's routing, not unread text)
        r.classification = line.marking
        r.marking_problems(line.marking, start, end)
        r.captions.extend(line.marking.captions)
        h = r.header
        h.post, h.number = line.post, line.number
        h.section, h.sections = line.section, line.sections
        r.witness("classification_line", line.marking, start, end)
    else:
        r.field("section", (start, end), f"SECTION {line.section:02d} OF {line.sections:02d}"
                if line.section else r.text[start:end])
        r.witness("section_line", line.marking, start, end)
        if line.marking.level != r.classification.level:
            higher = line.marking.rank > r.classification.rank
            r.problem("SECTION_CLASSIFICATION", "error",
                      f"section line says {line.marking.level} but the cable is {r.classification.level}"
                      + ("; the cable is treated as " + str(line.marking.level) if higher else ""), start, end)
            if higher:  # fail closed: the most restrictive line wins
                from dataclasses import replace

                r.classification = replace(r.classification, level=line.marking.level, rank=line.marking.rank)
        r.captions.extend(line.marking.captions)
    rest = r.text[end:seg.end]
    if rest.strip():
        # captions run onto the classification line (in collapsed copies, or split: NO FORN)
        piece = Segment(end + (len(rest) - len(rest.lstrip())), seg.end, rest.strip())
        words = caption_words(r, piece, header_zone=False) or caption_words(r, piece, header_zone=True)
        if words is not None:
            take_captions(r, piece, words)
        elif _ORIGINATOR.fullmatch(piece.stripped):
            # the originator without a number after the section (`S E C R E T SECTION 02 OF 02
            # JOINT STAFF WASH DC`, round 43): a routing field, not words left unread
            r.field("routing", piece)


@functools.lru_cache(maxsize=4096)
def _closest(word: str, known: tuple[str, ...], cutoff: float) -> str | None:
    """The known caption closest to a damaged word (difflib), if close enough."""
    return next(iter(difflib.get_close_matches(word, known, n=1, cutoff=cutoff)), None)


@functools.lru_cache(maxsize=1024)
def _hints(word: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """Up to two known captions close to an unknown one (difflib: slow, and OCR repeats its damage)."""
    return tuple(difflib.get_close_matches(word, known, n=2, cutoff=0.5))


def caption_words(r: Reading, seg: Segment, header_zone: bool) -> list[tuple[str, str | None]] | None:
    """The words of a caption line with the caption each stands for (None: unknown), or None
    when the line is not a caption line. In the header zone OCR damage is tolerated
    (`SENSlTIVE`, `SENSITIVF`, `S E N S I T I V E`, `SIPDlS`, a lone `STPDTS`, a split
    `NO FORN`); after it only exact captions count, so that body text is never taken for one."""
    if not header_zone and seg.stripped.isascii():  # (most body lines: no caption starts with their letter)
        first = caption_line_first(r.g)
        if first is not None and seg.stripped[:1].upper() not in first:
            return None
    text = fold(seg.stripped).rstrip(".").strip()
    if may_be_caption_line(r.g, text.upper()):
        return [(m.group(0), r.g.captions.get(_SPACES.sub("", m.group(0)).upper())
                 or r.g.captions.get(m.group(0).upper())) for m in r.g._caption_pattern.finditer(text.upper())]
    if not header_zone:
        return None
    if "-" in text:  # a caption split by a hyphen, or one left at its end (`NO-FORN`, `NOFORN-`): its pieces
        text = _CAPTION_HYPHEN.sub(" ", text).strip()
    if not _CAPTION_SHAPED.fullmatch(text):
        return None
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)  # S E N S I...
    words = _join_split_captions(r, text.split())
    if len(words) > 4 or any(not (w.isupper() or w[:1].isupper() and w[1:].replace("l", "").isupper())
                             for w in words):
        return None
    known = tuple(r.g.vocabulary.captions)
    out: list[tuple[str, str | None]] = []
    for word in words:
        cleaned = word.replace(" ", "").translate(OCR_LETTERS).upper()
        out.append((word, r.g.captions.get(cleaned) or _closest(cleaned, known, 0.75)))
    unknown = [w for w, c in out if c is None]
    if unknown and (len(out) > 1 or not _closest(unknown[0].upper(), known, 0.5)):
        return None
    return out


@functools.lru_cache(maxsize=8)
def caption_line_first(grammar: Grammar) -> frozenset[str] | None:
    """The characters a caption line of the grammar can start with (None: any)."""
    return first_chars(grammar.caption_line.pattern, grammar.caption_line.flags)  # (kept across processes)


def may_be_caption_line(grammar: Grammar, text: str) -> bool:
    """`grammar.caption_line.match(text)`, skipped when `text` starts with no caption's letter."""
    first = caption_line_first(grammar)
    return (first is None or text[:1] in first) and grammar.caption_line.match(text) is not None


def _join_split_captions(r: Reading, words: list[str]) -> list[str]:
    """`NO FORN` -> `NOFORN`: two words that are a caption only when joined."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and (words[i] + words[i + 1]).upper() in r.g.captions \
                and words[i].upper() not in r.g.captions:
            out.append(words[i] + " " + words[i + 1])
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


def take_captions(r: Reading, seg: Segment, words: list[tuple[str, str | None]]) -> None:
    r.field("handling", seg)
    for word, caption in words:
        if caption is None:
            hint = _hints(word.upper(), tuple(r.g.vocabulary.captions))
            r.problem("UNKNOWN_CAPTION", "warning", f"unknown caption '{word}'"
                      + (f" (did you mean {' or '.join(hint)}?)" if hint else ""), seg.start, seg.end)
            continue
        spaced_letters = _SPACED_WORD.fullmatch(word) is not None  # E F T O is how EFTO is written
        if _SPACES.sub("", word).upper() != caption.replace(" ", "") or (" " in word and " " not in caption and not spaced_letters):
            r.problem("GARBLED_CAPTION", "warning", f"caption '{word}' read as {caption}", seg.start, seg.end)
        r.captions.append(caption)
        r.witness("caption", None, seg.start, seg.end)


@functools.lru_cache(maxsize=8)
def _handling_initials(grammar: Grammar) -> frozenset[str]:
    """First letters of the handling statements: most body lines are skipped on them."""
    return frozenset({"T", "I", "A", "H", "C", "D", *(spec.pattern[:1].upper() for spec in grammar.vocabulary.handling_statements)})


# what a sentence stating a designation for the whole text opens with: "This message is ...",
# "The information in this e-mail is Law Enforcement Sensitive", a handling label ("Handling:
# this memo ... Do not release it outside law enforcement channels"): the rules' `reader_words.statement_subject`


_KEPT_FROM_FOREIGNERS = ("noforn", "usonly")  # (the claims' groups that keep text from foreigners)


def take_handling_statement(r: Reading, seg: Segment, header_zone: bool) -> bool:
    """A line that states a designation in words (`THIS CABLE IS SENSITIVE BUT UNCLASSIFIED`,
    `SENSITIVE BUT UNCLASSIFIED - NOT FOR INTERNET DISTRIBUTION`): anywhere in a header line,
    at the start of a body line that is not a marked portion."""
    led = _LED_BY_CAPTIONS.match(seg.stripped) is not None and len(seg.stripped) <= _LED_LINE
    if not header_zone and seg.stripped[:1].upper() not in _handling_initials(r.g) and not led:
        return False
    if r.g.any_handling_statement.search(seg.stripped) is None:
        return False
    if r.marks.lead(seg) is not None or r.marks.mark_lead(seg) is not None:
        return False
    for (pattern, controls), spec in zip(r.g.handling_statements, r.g.vocabulary.handling_statements):
        m = pattern.search(seg.stripped)
        if m and (header_zone or m.start() == 0 or r.g.statement_subject.match(seg.stripped)
                  or led and _only_designations(r, seg.stripped[:m.start()])):
            r.field("handling", seg)
            rest = seg.stripped
            if header_zone and set(_KEPT_FROM_FOREIGNERS) & set(r.g.scope_claims.groupindex):
                # "Remark: item 2 is law enforcement sensitive - DEA and FBI eyes only": the line's limit to
                # Americans in words counts too (for the whole text, as its designation: fail closed)
                for c in r.g.scope_claims.compiled.finditer(seg.stripped):
                    if any(c.group(g) for g in _KEPT_FROM_FOREIGNERS if g in r.g.scope_claims.groupindex):
                        controls = [*controls, "NOFORN"]
            for other, more in r.g.handling_statements:  # every statement the line holds, and its captions
                if other.search(rest):
                    controls = [*controls, *more]
                    rest = other.sub(" ", rest)
            # `SENSITIVE BUT UNCLASSIFIED - NOFORN`: a caption after the statement counts too
            controls += [caption for caption in (r.g.captions.get(_SPACES.sub("", c.group(0)).upper())
                                                 for c in r.g._caption_pattern.finditer(rest.upper()))
                         if caption is not None and caption in r.g.vocabulary.dissemination]
            for control in dict.fromkeys(controls):  # (NOFORN in words acts as a NOFORN caption)
                (r.captions if control in r.g.vocabulary.dissemination else r.designations).append(control)
            left = _CAPTION_RUN.sub(" ", _PROTECT_ACCORDINGLY.sub(" ", rest))
            prose = len(_PROSE_WORD.findall(left)) >= _PROSE_WORDS
            # (lead42, review42z d04-d16, k01-k04) where the statement is fix42c's or comes after a label or
            # designations, a line holding anything besides statements and captions (`NO RELEASE OUTSIDE USG - SRC
            # 4471-B KHAN / 0930Z 14 MAR`) stays body text too, short or not: a field is printed in every version
            # (the captions the line also holds are no data: `SENSITIVE SIPDIS NO RELEASE OUTSIDE USG` stays a field)
            data = _DATA.search(r.g._caption_pattern.sub(" ", left.upper())) is not None
            # (lead42, review42y c01-c07, v02-v19) in a cable's header zone too (the lines under SUBJECT, REF and
            # CLASSIFIED BY up to the first marked paragraph), for the phrases that also open sentences (fix41c's and
            # fix42c's: main read them as no statement): `THE STATION HAS CONFIRMED ... -- NO DISTRIBUTION OUTSIDE THE
            # US GOVERNMENT.` was a field printed at usg and partner
            # (fix43c, review42y c04 m01-m10) a line that holds a statement and anything else (`NOT RELEASABLE TO
            # FOREIGN NATIONALS / SRC 4471-B`), after any separator and in a cable's header zone too, is never a field
            # printed as written: its controls count and the line stays body text, which the reader judges
            # (main's narrower condition, `(prose or data) and (new_path if not header_zone else spec.opens_sentences)`, is
            # part of this one)
            if prose or data:
                # (lead42, review42c a01-a11, g01-g10) so does a statement after a label or designations that goes on
                # as a sentence (`SBU - FOR OFFICIAL USE ONLY: the defector named two handlers ...`, `Distribution: law
                # enforcement sensitive since the source says ...`): fix42c's new paths printed it in every version
                # (fix42c, review41cd v03) so does one that opens with any statement as a label over a sentence
                # (`Not releasable to foreign nationals: Colonel Ardent confirmed ...`)
                # (lead41, review41cd) a body line that opens with words that also open sentences and goes on as one
                # (`No foreign nationals were in the room when the defector named ...`): its controls count, but the
                # line stays text of the body, not a header field printed as it is in every version
                r.drop_last_field()
                return False
            return True
    return False


# (fix42c) a line that opens with a caption or designation and a separator (`LES - NO FOREIGN NATIONALS`, `SBU //
# NO RELEASE OUTSIDE USG`): short, as a handling line is
_LED_BY_CAPTIONS = re.compile(r"[A-Za-z][A-Za-z .]{1,40}?[ \t]*(?:[:/\u2013\u2014]|-{1,2}[ \t])")
_LED_LINE = 120


def _only_designations(r: Reading, prefix: str) -> bool:
    """(fix42c) Is `prefix` (what stands before a handling statement on its line) designations or captions alone, a
    valid marking below CONFIDENTIAL (`LES - `, `SBU // `, `UNCLASSIFIED//FOUO - `)?"""
    words = prefix.strip(" \t-:/,\u2013\u2014")
    if not words:
        return False
    marking = r.g.parse(words.upper())
    return marking.valid and marking.rank == 0


_PROSE_WORD = re.compile(r"[^\W\d_]{2,}")
# the sentence a cable's handling line ends with (`THIS MESSAGE IS SENSITIVE BUT UNCLASSIFIED. PLEASE PROTECT
# ACCORDINGLY.`, the seed cable): part of the handling line, neither prose nor data (fix43c made it body text)
_PROTECT_ACCORDINGLY = re.compile(r"(?i)\b(?:please\s+)?(?:protect|handle|safeguard)\s+(?:it\s+|this\s+(?:message\s+)?)?"
                                  r"accordingly\b[ \t.]*")
_DATA = re.compile(r"[^\W_]")
_CAPTION_RUN = re.compile(r"(?i)\b(?:LES|SBU|FOUO|CUI|DISTRIBUTION|HANDLING|CAVEATS?|DISSEM(?:INATION)?|ONLY|ALSO|AND)\b")
_PROSE_WORDS = 4
