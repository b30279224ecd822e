"""The layout of a cable (or of a fragment of one): where its header ends, which lines are
header fields, captions or the authority block, where each numbered paragraph starts and
what number it has (`11. ¶2. 13.` reads 1, 2, 3), and the signature."""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..lazyre import compile_pattern, first_of, lazy
from ..document import Portion
from ..markings import CableLine, Grammar, Marking, MarkingProblem
from . import cable_header as ch
from .authority import (CLASSIFIED_BY, names_no_classifier, runs_on_into_prose, take_authority_in_prose, take_classified_by, take_declassify_on,
                        take_reason_line)
from . import enumerators
from . import ref_descriptions as rd
from .evidence import take_page_banner
from .marks import LABEL_LEAD, OCR_DAMAGED_WORD, OCR_LETTERS, fold, mark_inner
from .portions import (ENDS_SENTENCE_OR_HEADS, document_above_mark, heading_then_sentence, indented_form_wrap, indented_item_under_mark, interrupted,
                       longest_line, make_portion, portion_end, running_line, section_label, start_list_letter, wrap_width)
from .segments import Segment
from .split_raises import record_split
from .state import Reading

_SIGNATURE = lazy(r"^[ \t]*(?P<name>[A-Z][A-Z'\-]+(?:[ \t]+[A-Z][A-Z'\-]+){0,2})[ \t]*\.?[ \t]*$")
# (the words alone on a line that are no signature, `NNNN`, `END SUMMARY`: the rules' `reader_words.not_signature`)
_SUBJECT_LEAD = lazy(r"(?P<lead>SUBJ(?:ECT)?\s*:\s*)(?P<mark>\([^()\n]{1,60}\))?", re.IGNORECASE)


# A REF entry: its letter, then a cable (`(B) STATE 104417`, `C. 06 MOSCOW 1234`)
_REF_ENTRY = lazy(r"^\(?[A-Za-z][.)][ \t]*(?:\d{2}[ \t]*)?[A-Z][A-Z.\-]+(?:[ \t][A-Z][A-Z.\-]+){0,3}[ \t]+\d{1,7}\b")
_NOT_ALNUM = lazy(r"[^A-Z0-9]")
_DIGIT = lazy(r"\d")


def cable_line_at(r: Reading, seg: Segment, damaged: bool = True) -> CableLine | None:
    """The cable classification line in a segment; one that reads only after undoing OCR
    damage inside its words (`NO F0RN`, `C0NFIDENTIAL`) is read, and doubtful (GARBLED_BANNER),
    when `damaged` is True. (Asked of the same header lines more than once: kept per reading;
    and by the line's text per grammar, as the same routing, caption and classification lines
    recur in document after document: the same immutable result, whose marking's roll-ups the
    grammar keeps.)"""
    s = seg.stripped
    if not s or s[0] not in r.g._cable_initials and not (damaged and s.isupper()):
        return None  # (no classification line starts so, nor an OCR-damaged one: `_cable_line_at`)
    key = (seg.start, damaged)
    if key in r.cable_lines:
        return r.cable_lines[key]
    cache = r.g.cable_line_cache
    text_key = (seg.text, damaged)
    if text_key in cache:
        line = cache[text_key]
    else:
        if len(cache) > 4096:
            cache.clear()
        line = cache[text_key] = _cable_line_at(r, seg, damaged)
    r.cable_lines[key] = line
    return line


def _cable_line_at(r: Reading, seg: Segment, damaged: bool) -> CableLine | None:
    line = r.g.parse_cable_line(seg.text)
    if line is not None or not damaged or not seg.stripped.isupper():
        return line  # a classification line is in capitals; OCR damage may hit its first letter (5ECRET)
    head = seg.stripped[:2].translate(OCR_LETTERS)
    if _TWO_ALNUM.fullmatch(head) and head not in _level_word_starts(r.g):
        return None  # (the test below, made cheap for the routing and field lines of every header)
    first = _NOT_ALNUM.split(seg.stripped.split(None, 1)[0].translate(OCR_LETTERS), maxsplit=1)[0]
    if len(first) > 1 and not first.startswith(r.g.cable_first_words):
        return None  # it does not start with a level word (C0NFIDENTIAL//N0FORN, UNCLASEFTO), even with OCR damage undone
    corrected = OCR_DAMAGED_WORD.sub(_undo_ocr, seg.text)
    line = r.g.parse_cable_line(corrected) if corrected != seg.text else None
    if line is None:
        return _damaged_cable_line(r, seg)
    note = MarkingProblem("GARBLED_BANNER", "error",
                          f"classification line '{seg.stripped[:60]}' reads as {line.marking.banner()} only after "
                          f"correcting OCR or look-alike damage; a reviewer must confirm it")
    return replace(line, marking=replace(line.marking, problems=(*line.marking.problems, note)))


_TWO_ALNUM = lazy(r"[A-Z0-9]{2}")


def _undo_ocr(m: re.Match[str]) -> str:
    """An OCR-damaged word with its digits read as the letters they stand for."""
    return m.group(0).translate(OCR_LETTERS)


@functools.lru_cache(maxsize=16)
def _level_word_starts(grammar: Grammar) -> frozenset[str]:
    """The two characters a line's first word starts with if it starts with a level word
    (kept per grammar: a look-up by identity, where a tuple of words is hashed anew)."""
    starts: set[str] = set()
    for word in grammar.cable_first_words:
        starts.update([word[:2]] if len(word) > 1 else (word + c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    return frozenset(starts)


@functools.lru_cache(maxsize=16)
def _level_words(cable_line_words: tuple[str, ...]) -> re.Pattern[str]:
    """The start of a classification line: the words of one of the rules' cable lines (or spaced
    letters), followed by something that cannot be read or by a section or serial number."""
    words = "|".join(re.escape(w).replace(r"\ ", r"[ \t]") for w in cable_line_words)
    return compile_pattern(r"^[ \t]*(?P<level>" + words + r"|(?:[A-Z][ \t]){5,}[A-Z])[ \t]+"
                           r"(?=\S*[^\x00-\x7f]|.*\b(?:SECTION|\d{3,7})\b)")


def _damaged_cable_line(r: Reading, seg: Segment) -> CableLine | None:
    """A line that starts like a classification line (`UNCLAS ...`, `S E C R E T ...`) but whose
    rest cannot be read (look-alike letters no data folds, torn words): taken as the
    classification line, doubtful, so that what it may have said (NOFORN) is not lost silently."""
    m = _level_words(r.g.cable_line_words).match(seg.text)
    if m is None or not seg.stripped.isupper():
        return None
    line = r.g.parse_cable_line(m.group("level"))
    if line is None:
        return None
    note = MarkingProblem("GARBLED_BANNER", "error",
                          f"classification line '{seg.stripped[:60]}' cannot be read past "
                          f"{line.marking.level}; what else it says is unknown, so a reviewer must read it")
    marking = replace(line.marking, problems=(*line.marking.problems, note))
    return replace(line, marking=marking, start=line.start + m.start("level"), end=len(seg.text.rstrip()))


def find_cable_line(r: Reading) -> int | None:
    """Index of the segment holding the cable classification line, if any."""
    initials = r.g._cable_initials
    for i, seg in enumerate(r.segs[:80]):
        if seg.blank or seg.stripped[0] not in initials and not seg.stripped.isupper():
            continue  # (no classification line: `_cable_line_at`)
        line = cable_line_at(r, seg)
        if line is None:
            continue
        plain_level_only = line.post is None and line.section is None and not _is_spaced_line(seg.text)
        if plain_level_only and r.marks.banner_at(seg) is not None and not _has_cable_neighbours(r, i):
            continue  # a memo banner such as "CONFIDENTIAL"
        return i
    return None


class _FirstChars:
    """What a line must start with to be a date-time group, TAGS, E.O. or routing line
    (`feature`), also an address line (`neighbour`), a TAGS or SUBJECT line
    (`tags_or_subject`): made on first use, as the patterns are (`lazyre`)."""

    feature: frozenset[str]
    neighbour: frozenset[str]
    tags_or_subject: frozenset[str]

    def __getattr__(self, name: str) -> frozenset[str]:
        made = {"feature": lambda: ch.DTG.first | ch.TAGS.first | ch.EO.first | ch.ROUTING.first,
                "neighbour": lambda: self.feature | ch.ADDRESS_FIELD.first,
                "tags_or_subject": lambda: ch.TAGS.first | ch.SUBJECT.first}
        if name not in made:
            raise AttributeError(name)
        chars: frozenset[str] = made[name]()
        setattr(self, name, chars)
        return chars


_FIRST = _FirstChars()


def has_cable_features(r: Reading, class_index: int | None) -> bool:
    if class_index is not None:
        return True
    for seg in r.segs[:80]:
        s = seg.stripped
        if s[:1] in _FIRST.feature and (ch.DTG.match(s) or ch.TAGS.match(s) and s.upper().startswith("TAGS")
                                        or ch.EO.match(s) or ch.ROUTING.match(s)):
            return True
    return False


def _has_cable_neighbours(r: Reading, index: int) -> bool:
    window = r.segs[max(0, index - 12): index + 12]
    return any(s.stripped[:1] in _FIRST.neighbour and (
        ch.DTG.match(s.stripped) or ch.EO.match(s.stripped) or ch.TAGS.match(s.stripped)
        or ch.ADDRESS_FIELD.match(s.stripped) and s.stripped.startswith(("FM ", "TO ", "INFO "))
        or ch.ROUTING.match(s.stripped)) for s in window)


def _holds_handling(r: Reading, seg: Segment) -> bool:
    """(fix44b) Does a line that `take_handling_statement` left as text hold a handling statement anywhere, or open
    with a caption that keeps text from foreigners (`NOFORN - SOURCE ...`)? Not a marked paragraph, nor an authority
    line (`CLASSIFIED BY:`), whose own readers take it."""
    s = seg.stripped
    if r.marks.lead(seg) is not None or r.marks.mark_lead(seg) is not None or CLASSIFIED_BY.match(s):
        return False
    if r.g.any_handling_statement.search(s) is not None:
        return True
    word = _FIRST_WORD.match(s)
    return word is not None and r.g.captions.get(word.group(0).upper()) in _KEPT_CAPTIONS


_FIRST_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def _holds_classified_mark(r: Reading, seg: Segment) -> bool:
    """(fix44g, review44ab c03/c04/c09/c14/c15) Does a line of a cable's header zone (a REF entry, `PASS TO:`, a fax or
    `CAVEAT:` line) hold a portion mark of a classified level or with a control (`REF: A. BAMAKO 0398 (C//NF) NOFORN -
    COLONEL ...`, `PASS TO: DIA/J2 (S//NF) ...`) anywhere on it? Such a line is classified text, never a field printed
    as written in every version. Not the classification line, a SUBJECT line (the subject's own portion reads its
    mark) nor an authority line."""
    s = seg.stripped
    if "(" not in s or ch.SUBJECT.match(s) or CLASSIFIED_BY.match(s):
        return False
    if _marked_paragraph(r, seg):
        return False  # a marked paragraph, which its own reader takes
    return bool(header_line_marks(r, seg))


def _marked_paragraph(r: Reading, seg: Segment) -> bool:
    """(fix44g) A marked paragraph (`1. (U) ...`, `(C) ...`), not a header field whose label a mark follows (`REF: (C)
    ABUJA 0880 ...`, `PASS TO: (S//NF) ...`)."""
    if r.marks.lead(seg) is not None:
        return True
    return r.marks.mark_lead(seg) is not None and _HEADER_LABEL.match(seg.stripped) is None


_HEADER_LABEL = re.compile(r"[A-Z][A-Z /]{1,24}:")


# (capitals only, never after a number: `REASONS 1.4 (C) AND (D)` names reasons, not a CONFIDENTIAL mark)
_PAREN_MARK = re.compile(r"(?<!\d\.\d)(?<!\d\.\d[ \t])\((?P<inner>[A-Z][A-Z/ \-,]{0,40})\)")


def header_line_marks(r: Reading, seg: Segment) -> list[Marking]:
    """(fix44g) The portion marks of a classified level, or with a dissemination control, anywhere on a header line."""
    return marks_in_line(r, seg.stripped)


def marks_in_line(r: Reading, s: str) -> list[Marking]:
    """(`header_line_marks`) The portion marks of a classified level, or with a control, anywhere in `s`."""
    found = []
    for m in _PAREN_MARK.finditer(s):
        marking = r.marks.read_mark(m.group("inner"))
        if marking is not None and marking.level is not None and (marking.rank > 0 or marking.dissem or marking.rel_to
                                                                  or marking.captions):
            found.append(marking)
    return found


def take_header_line_controls(r: Reading, seg: Segment, index: int) -> None:
    """(fix44g, adv178-016) The controls a header-zone line holds count for the whole text, wherever on the line they
    stand and whatever else the line holds (`LES NOFORN` under a `DEPARTMENT PASS TO` line, `REF: ... (C//NF) ...`):
    the handling statements' controls and designations, its dissemination captions and the controls of its marks.
    Only adds controls (fail closed); the line itself stays text."""
    s = seg.stripped
    controls: list[str] = []
    for pattern, more in r.g.handling_statements:
        if pattern.search(s):
            controls += more
    dissemination = r.g.vocabulary.dissemination
    for c in r.g._caption_pattern.finditer(s.upper()):
        caption = r.g.captions.get(re.sub(r"\s+", "", c.group(0)).upper())
        if caption in _KEPT_CAPTIONS:
            controls.append(caption)
    marks = header_line_marks(r, seg) if "(" in s and not CLASSIFIED_BY.match(s) else []
    if marks:
        # its indented run-on lines too (`     THE KANO RESULTS UNTIL ...`), up to a blank line or the next lettered item
        end = seg.end
        for nxt in r.segs[index + 1:]:
            if nxt.blank or not nxt.text[:1].isspace() or ch.REF_ITEM.match(nxt.stripped):
                break
            end = nxt.end
        r.header_line_marks.append((seg.start, end, marks))
    for marking in marks:
        controls += [c for c in (*marking.dissem, *marking.captions) if c in dissemination]
    for control in dict.fromkeys(controls):
        target = r.captions if control in dissemination else r.designations
        if control not in target:
            target.append(control)


_KEPT_CAPTIONS = frozenset({"NOFORN"})


def _is_spaced_line(text: str) -> bool:
    return bool(re.match(r"^\s*[A-Z] [A-Z] [A-Z]", text))


def _spaced_banner(r: Reading, s: str) -> Marking | None:
    """A level written one letter apart on a line of its own (`C O N F I D E N T I A L`, `T O P
    S E C R E T`: words two spaces apart), read as a banner when it is nothing else."""
    if not re.fullmatch(r"[A-Z](?: {1,2}[A-Z]){3,40}", s):
        return None
    marking = r.g.parse(" ".join(word.replace(" ", "") for word in s.split("  ")))
    return marking if marking.valid and marking.level is not None else None


def read_cable(r: Reading, class_index: int | None) -> list[Portion]:
    """The portions of a cable (or fragment); header fields go to `r` on the way."""
    segs = r.segs
    n = len(segs)
    i = 0
    header_zone = True
    pending_address: str | None = None
    in_refs = False
    ref_described = False  # (fix45h) the REF line above is a description read as text, or leaves a bracket open
    signature_index = _find_signature(r)
    starts: list[tuple[int, str]] = []  # (segment index, kind)
    numbered = False  # a numbered paragraph has started (`_ends_unnumbered_portion`)
    header_last = _header_extent(r, class_index)
    repeated_header: str | bool | None = False  # after a later section line: its repeated E.O., TAGS and SUBJECT lines
    caption_first = ch.caption_line_first(r.g)
    while i < n:
        seg = segs[i]
        s = seg.stripped
        if seg.blank or i in r.taken:  # taken: a Classification: line read before the layout
            pending_address = None
            in_refs = False
            i += 1
            continue
        if i == signature_index:
            r.field("signature", seg)
            r.header.signers.append(s.rstrip("."))
            i += 1
            continue
        # damaged forms only in the header; after it only a section line counts, and it has a number
        # (the classification line found before the layout is read where it stands: a fax's stamp
        # at the bottom, below a body that ended the header)
        at_class_line = i == class_index
        cable_line = cable_line_at(r, seg, damaged=header_zone or at_class_line) \
            if header_zone or at_class_line or _DIGIT.search(s) else None
        if cable_line is not None and ((header_zone or at_class_line) and r.classification is None or cable_line.section
                                       or (cable_line.post and cable_line.number)):
            ch.take_cable_line(r, seg, cable_line)
            pending_address = None
            repeated_header = not header_zone and r.classification is not None
            i += 1
            continue
        # exact captions; OCR-damaged ones below (`caption_words` skips an ASCII line at once when no
        # caption line starts with its letter)
        caption_words = ch.caption_words(r, seg, header_zone=False) \
            if caption_first is None or s[0].upper() in caption_first or not s.isascii() else None
        if caption_words is not None:
            ch.take_captions(r, seg, caption_words)
            i += 1
            continue
        # in the body only on a line of its own: a paragraph's wrapped line stays in its paragraph
        if (header_zone or i == 0 or segs[i - 1].blank) and ch.take_handling_statement(r, seg, header_zone):
            i += 1
            continue
        if header_zone and not _marked_paragraph(r, seg):
            # (fix44g) a handling statement, a NOFORN caption or a classified mark ANYWHERE on a line of the header
            # zone (any field: REF, PASS TO, a fax line, a subject's wrapped line, CAVEAT, TAGS) counts for the text
            take_header_line_controls(r, seg, i)
        if header_zone and (_holds_handling(r, seg) or _holds_classified_mark(r, seg)):
            # (fix44b, review43cd h01) a line of the header zone (under SUBJECT, inside or after REF, after TAGS) that
            # holds a handling statement with anything else (`NOFORN - SOURCE KHAN REPORTED ...`): its controls count
            # (`take_handling_statement`, `take_handling_data_lines`), and the line is text that takes the document's
            # level, never a reference, subject or passage field printed as written in every version
            starts.append((i, "block"))
            in_refs = False
            i += 1
            continue
        if header_zone and i > header_last and r.marks.lead(seg) is not None:
            header_zone = False
        if header_zone and in_refs and _leaves_references(r, seg):
            header_zone = in_refs = False
        if header_zone and (s[:1] in "FTI" and _bare_address(r, s) or pending_address and ch.ADDRESS_LINE.match(s)
                            and _ordinary_words(r, s)):
            # an address line without a colon in a cable's header, or an address's next line, whose value is no
            # address (`TO MINISTER OMAR HADDAD SOURCE`, `INFO DEFECTOR KARIMOV 003736`, `AMEMBASSY SOURCE OMAR
            # HADDAD`, fixrev32e): text, which takes the document's level (fail closed), not a field released as written
            starts.append((i, "block"))
            i += 1
            continue
        if header_zone:
            consumed = ch.take_header_field(r, seg)
            if consumed == "refs" and rd.describes(r, s) or consumed == "passage" and rd.passage_describes(r, s):
                # (fix45h, adv181-017/018) a REF or PASS line of a classified cable that describes what it names (`REF:
                # 26 TBILISI 0731 (SOURCE NAMED THE TWO OFFICERS ...)`): text at the cable's level, never a field
                # printed as written in every version
                r.drop_last_field()
                starts.append((i, "block"))
                in_refs = consumed == "refs"
                ref_described = in_refs
                i += 1
                continue
            if consumed:
                ref_described = consumed == "refs" and rd.classified_cable(r) and rd.opens_description(s)
                pending_address = "address" if consumed == "address" else None
                in_refs = consumed == "refs"
                i += 1
                continue
            caption_words = ch.caption_words(r, seg, header_zone=True)
            if caption_words is not None:
                ch.take_captions(r, seg, caption_words)
                i += 1
                continue
            if pending_address and ch.ADDRESS_LINE.match(s):
                ch.add_address(r, r.fields[-1].name if r.fields else "to", seg)
                i += 1
                continue
            if ch.continues_tags(r, seg):
                i += 1
                continue
            if s[:1] in CLASSIFIED_BY.first and CLASSIFIED_BY.match(s):
                if runs_on_into_prose(s):
                    take_authority_in_prose(r, i)
                    header_zone = in_refs = False
                    starts.append((i, "block"))
                    i += 1
                    continue
                if names_no_classifier(r.g, s):
                    starts.append((i, "block"))  # (its prose is withheld as text: `names_no_classifier`)
                    header_zone = False
                i = take_classified_by(r, i)
                in_refs = False
                continue
            if in_refs or ch.REF_ITEM.match(s) and ch.REFERENCE.search(s.upper()):
                if rd.describes(r, s, continued=in_refs and ref_described):
                    # (fix45h) a REF entry's next line, or the wrapped rest of a description: text, as its first line
                    starts.append((i, "block"))
                    in_refs = ref_described = True
                    i += 1
                    continue
                ref_described = rd.classified_cable(r) and rd.opens_description(s)
                ch.take_reference_line(r, seg)
                in_refs = True
                i += 1
                continue
            if r.fields and r.fields[-1].name == "subject" and not segs[i - 1].blank \
                    and r.marks.lead(seg) is None and not (starts and starts[-1][0] == i - 1):
                # a subject wrapped onto the next line
                last = r.fields.pop()
                r.field("subject", (last.start, seg.end), re.sub(r"\s+", " ", r.text[last.start:seg.end]))
                i += 1
                continue
            if i <= header_last and r.marks.lead(seg) is None and r.marks.mark_lead(seg) is None:
                if _PROSE.search(s) or _SENTENCE_LINE.search(s):
                    # a sentence is no routing or passage line (a field is released as written): the
                    # body starts at its paragraph, given back from the fields taken for its lines
                    i = _give_back_paragraph(r, i)
                    header_zone = False
                    continue
                if r.classification is not None and r.g.scope_refers.compiled.search(s) is not None \
                        and r.g.scope_claims.compiled.search(s) is not None:
                    # a corrected copy's note of what it corrects (`CLASSIFICATION OF PARA 4 CORRECTED TO SBU
                    # NOFORN VICE SBU`, round 99): a statement about other text, read as a portion, not a field
                    starts.append((i, "block"))
                    i += 1
                    continue
                if not _routing_shape(r, s):
                    # a line around the classification line that is no routing, letterhead, passage or header field
                    # (a Terraform file's `resource "aws_s3_bucket" "drop" {`, a YAML key with its value, known31):
                    # text, read as a portion that takes the document's level (fail closed), not released as noise
                    starts.append((i, "block"))
                    i += 1
                    continue
                # an unrecognised line inside the header: transmission noise before the
                # classification line, an unusual passage line after it
                r.field("routing" if r.classification is None else "passage", seg)
                i += 1
                continue
            header_zone = False
        # body
        if repeated_header:
            repeated_header = _repeated_header_line(r, seg)
            if repeated_header == "field":
                i += 1
                continue
            if repeated_header == "subject":  # a portion of its own, marked like the first subject
                starts.append((i, "block"))
                i += 1
                continue
        if s[:1] in CLASSIFIED_BY.first and CLASSIFIED_BY.match(s):
            if runs_on_into_prose(s):
                take_authority_in_prose(r, i)
                starts.append((i, "block"))
                i += 1
                continue
            if names_no_classifier(r.g, s):
                starts.append((i, "block"))  # (its prose is withheld as text: `names_no_classifier`)
            i = take_classified_by(r, i)
            continue
        if (s[:1] in "RrDd" or s[:3].upper() == "CL ") and (take_reason_line(r, i) or take_declassify_on(r, i)):
            i += 1
            continue
        if s[0] in first_of(r.g.end_of_summary) and r.g.end_of_summary.fullmatch(s):  # `END SUMMARY.` (rules: reader_words)
            r.field("summary_marker", seg)
            i += 1
            continue
        # a banner line in the body above the cable's marking (the next page of an OCR'd cable, the
        # next cable of a read file) raises the cable (round 26: `CONFIDENTIAL` between the pages of
        # an UNCLAS read file was folded into a paragraph as text); any other stays where it is
        if "." not in s and ":" not in s and "(" not in s and (take_page_banner(r, i, raise_only=True) or _is_spaced_line(s)
                                                                and take_page_banner(r, i, _spaced_banner(r, s), True)):
            i += 1
            continue
        if r.marks.lead(seg) is not None:
            starts.append((i, "lead"))
            numbered = True
        elif r.marks.mark_lead(seg) is not None:
            starts.append((i, "mark"))
        elif starts and starts[-1][1] in ("lead", "mark") and (s[:1] in first_of(r.g.quotation_begins) and r.g.quotation_begins.match(s)
                                                               or _introduced_below(r, _last_text_line(r, i), seg)) \
                and _marked_unclassified(r, segs[starts[-1][0]]):
            # `BEGIN TEXT:` under `1. (U) THE MINISTRY PASSED US THE FOLLOWING NON-PAPER`: another's words, which
            # the paragraph's mark does not mark; unmarked, they take the cable's level (round 97); so does text
            # set in deeper under `... following is the text:` (round 101). (Under a paragraph marked higher,
            # the quotation keeps that mark: it is never less than the paragraph that brings it.)
            starts.append((i, "block"))
        elif starts and starts[-1][1] in ("lead", "mark") and enumerators.opens_subparagraph(r.g, s) \
                and _ENDS_SENTENCE.search(segs[i - 1].text) is not None:
            # `A. The Turkish side ...` under `1. (U) ... Points of note:` (round 79): a subparagraph, not a
            # wrapped line; unmarked, it takes the cable's level, not the numbered paragraph's mark; and so under a
            # marked unnumbered line (`-- DRINKS HEAVILY ...` under `(U) BORN 1949 IN HO; ...`, round 120)
            starts.append((i, "block"))
        elif starts and starts[-1][1] == "mark" and enumerators.same_list(r.g, segs[starts[-1][0]].text, seg.text):
            starts.append((i, "block"))  # `B. THE MINISTRY ...` after `A. (U) THE DEFICIT ...`: a sibling item, unmarked
        elif starts and starts[-1][1] in ("lead", "mark") and indented_item_under_mark(r, starts[-1][0], i):
            starts.append((i, "block"))  # `    * The meeting place ...` under `(U) Meetings ...`: an item of its own (round 124)
        elif starts and (running_line(r, s) or running_line(r, segs[i - 1].stripped) or indented_form_wrap(r, starts[-1][0], i)):
            # a page's running head or footer (`Page 1 of 2      SECRET      LUSAKA 000612`, round 108) and the text
            # under it: no part of the paragraph the page break cut; unmarked, it takes the cable's level
            starts.append((i, "block"))
        elif starts and starts[-1][1] == "mark" and _hard_break(r, i, starts[-1][0] == i - 1):
            # `He has a gambling debt ...` under `(U) Aidos Serikbayev, born 1979 ... Georgetown.` (a bio note's
            # paragraph, round 103): a sentence that would have fitted on the line above, which ends one, was
            # not wrapped there: it is text of its own, which the mark above does not mark
            starts.append((i, "block"))
        elif starts and starts[-1][1] in ("lead", "mark") and i - 1 == starts[-1][0] \
                and _sentence_under_short_first(r, starts[-1][0], i) and record_split(r, segs[starts[-1][0]].start, seg.start):
            # `PRESIDENTIAL GUARD COMMANDER ... TONIGHT.` under `1. (U) CURFEW IN ZINJIBAR EXTENDED TO MAY 25.` in a
            # SECRET cable (adv141-050; numbered or not, in capitals or not): a new sentence whose first word would
            # have fitted on the (U) line, which ends one: no wrapping put it there. Unmarked, it takes the cable's
            # level; it keeps any raise of the (U) paragraph (`split_raises`)
            starts.append((i, "block"))
        elif starts and starts[-1][1] in ("lead", "mark") and _under_unwrapped_line(r, i):
            # `Colombian police intelligence reports ...` under `1. (U) All staff are reminded ... recycling bins.`, a
            # line of 230 characters (round 139): no tool wrapped that line, so the line under it, which starts a
            # sentence, is a paragraph of its own; unmarked, it takes the cable's level, not the mark above
            starts.append((i, "block"))
        elif starts and starts[-1][1] in ("lead", "mark") and (s[:1] == "|" and s.count("|") >= 2
                                                               or i - 1 == starts[-1][0] and _line_under_short_first(r, i)
                                                               and _MARK_ALONE.fullmatch(segs[i - 1].stripped) is None
                                                               and (starts[-1][1] == "mark" or _prompt_list(r)
                                                                    or heading_then_sentence(r, i))):
            # a table's row under a marked paragraph or row (`| PORGERA | ... |` under `2. (U) THE TABLE BELOW ...`), and
            # a line under a marked first line that is not its wrap (an answer under `1. (U) Post name?`, an outline's
            # child under `(U) Points to raise`, round 110): unmarked, it takes the document's level, not the mark above
            starts.append((i, "block"))
        elif r.marks.has_enumerators and start_list_letter(r, seg) or not starts or interrupted(r, starts[-1][0], i) \
                or s[0] in LABEL_LEAD.first and LABEL_LEAD.match(seg.text) or section_label(r, s) or segs[i - 1].blank and (
                    _subject_line(r, starts[-1][0]) or _ends_unnumbered_portion(r, starts, i, numbered, class_index is None and _banner_line_below(r, i),
                                                                         class_index is not None)):
            starts.append((i, "block"))
        i += 1
    return _cable_portions(r, starts)


_ENDS_FULL_SENTENCE = lazy(r"[a-z0-9)\]][.!?][\"')\]]?[ \t]*$")


def _hard_break(r: Reading, index: int, under_first: bool = False) -> bool:
    """Does line `index` start a sentence that would have fitted at the end of the line above, which
    ends one (a break no wrapping made: a paragraph of its own)? Under the marked first line of its
    portion (`under_first`), the text's longest line is the width: a few lines set the wrap width too
    narrow to tell (`(U) Born in Kulob in 1979, ... Dushanbe.` / `He is believed to ...`, round 108)."""
    prev, seg = r.segs[index - 1], r.segs[index]
    if prev.blank or not seg.stripped[:1].isupper() or _ENDS_FULL_SENTENCE.search(prev.text) is None:
        return False
    wanted = len(prev.text.rstrip()) + 1 + len(seg.stripped.split(None, 1)[0])
    return wanted <= wrap_width(r) or under_first and wanted <= longest_line(r)


# Longer than any width text is wrapped at (a cable's 69 columns, an e-mail's 76, a printer's 100): a line this long
# is a paragraph written on one line, which no wrapping broke
_UNWRAPPED_LINE = 100


def _under_unwrapped_line(r: Reading, index: int) -> bool:
    """Does line `index` start a sentence (a capital) right under a line that ends one and is longer than any
    wrapping width (`_UNWRAPPED_LINE`)? Then the line above is a whole paragraph, and line `index` starts another."""
    prev, seg = r.segs[index - 1], r.segs[index]
    if prev.blank or not seg.stripped[:1].isupper() or len(prev.text.rstrip()) <= _UNWRAPPED_LINE \
            or _ENDS_FULL_SENTENCE.search(prev.text) is None:
        return False
    # (a heading that ends with a mark of its own, `ANNEX A (U)`, is read as the portion that mark opens)
    trailing = _TRAILING_MARK.search(seg.stripped)
    return trailing is None or r.marks.read_mark(trailing.group("inner")) is None


_TRAILING_MARK = lazy(r"\((?P<inner>[^()\n]{1,40})\)$")


def _line_under_short_first(r: Reading, index: int) -> bool:
    """Is line `index`, right under the marked first line of a portion, text of its own: its first word
    would have fitted on that line, which ends a sentence, a question or a label (`:`) or is a heading under
    half the width, so no wrapping broke the line there (whatever the case of the word: a pasted message's
    `the convoy ...`)?"""
    prev, seg = r.segs[index - 1], r.segs[index]
    if prev.blank or seg.blank:
        return False
    width = wrap_width(r)
    prev_len = len(prev.text.rstrip())
    if prev_len + 1 + len(seg.stripped.split(None, 1)[0]) > width:
        return False
    return ENDS_SENTENCE_OR_HEADS.search(prev.text) is not None or 2 * prev_len <= width


# A mark alone on its line (`(U)` over its paragraph, round 17): it marks the text under it
_MARK_ALONE = lazy(r"\([^()\s]{1,40}\)")


def _prompt_list(r: Reading) -> bool:
    """Is every numbered line that opens with a mark (three or more) a prompt with its answer right under it
    (`1. (U) Post name and date of last review.` / `Kinshasa, last reviewed ...`: a form's responses, round 110),
    the line under each not its wrap? Then each answer is text of its own. (One numbered paragraph whose
    second sentence starts a line is a paragraph typed with a hard break: it stays whole.)"""
    if r.prompt_list is None:
        answered = 0
        r.prompt_list = False
        for k, seg in enumerate(r.segs[:-1]):
            if seg.blank or not (seg.stripped[:1].isdecimal() and "(" in seg.text[:12]):
                continue
            lead = r.marks.lead(seg)
            if lead is None or not lead.group("mark"):
                continue
            if not _line_under_short_first(r, k + 1):
                break
            answered += 1
        else:
            r.prompt_list = answered >= 3
    return r.prompt_list


# The end of the line above a subparagraph (a sentence or a colon; the subparagraph's label:
# `reader/enumerators.py`)
_ENDS_SENTENCE = lazy(r"[.!?:;][\"')\]]?[ \t]*$")


# What transmission noise before a cable's classification line may look like (`BT`, `ZCZC RUEHWDA0233 3341430`,
# `ORIGIN NODS-00`, `DEPARTMENT OF STATE`, `E.0. 12356: DECL: OADR`): no lower-case letter and none of the signs
# of source code or configuration (the rules' `reader_words.code_signs`), or a letterhead's line in mixed case
# (`reader_words.letterhead`); and no sentence or title (`reader_words.routing_words`, `header_verbs`)
# (a typist's or OCR's `l` and `o` for 1 and 0 among digits: `PAGE 0l`, `E.O. l2356`, `O1l944Z`)
_OCR_DIGITS = lazy(r"(?<=\d)[lo]|[lo](?=\d)")
_HEADER_WORD = lazy(r"[^\s,;:()]+")
# at most this many letterhead words in a routing or letterhead line (`reader_words.letterhead_words`); a word
# neither routing nor letterhead may be a place only (`_ordinary_words`; known32: `SOURCE OMAR HADDAD MFA`, `ASSET
# NAME RAFIQ DOSTUM`; fixrev32e: `TO MINISTER OMAR HADDAD SOURCE`, `INFO DEFECTOR KARIMOV 003736` are text)
_OTHER_WORDS = 4


def _ordinary_words(r: Reading, s: str) -> bool:
    """Is line `s` a line of ordinary words (a sentence in capitals, `SOURCE CARDINAL IS OMAR HADDAD OF THE MFA`,
    a title, `Meeting With Omar Haddad At The Safe House`, fixrev31b; a name with a label, `ASSET NAME RAFIQ
    DOSTUM`, known32): a verb, or words that are not routing tokens (a routing word, a code with a digit or a
    slash, one letter), more than `_OTHER_WORDS` of them, or any but letterhead words in a line without the shape
    of routing? In a line with the shape of routing the words that are neither routing nor letterhead words may be
    a place only: after an address word (`reader_words.place_leads`: `FM AMEMBASSY MOSCOW`, `AMCONSUL RIO DE
    JANEIRO` with `place_joins`) or the one word before a serial (`PAGE 02 MOSCOW 03736`); any other makes the line
    text (fixrev32e: `TO MINISTER OMAR HADDAD SOURCE`, `PAGE 2 ASSET RAFIQ`, `041200Z SOURCE OMAR HADDAD`)."""
    words = [m.group(0).strip(".'\"").upper() for m in _HEADER_WORD.finditer(s)]
    other = unknown = 0
    place = False  # may the next word be (part of) a place's name
    before_serial = True  # may one word that is no routing word stand before a serial
    for k, w in enumerate(words):
        if not w.isalpha() and not w.replace(".", "").replace("-", "").replace("'", "").isalpha():
            # an addressee after a routing indicator (`RUEHKV/AMEMBASSY KYIV`, `RUCNRAQ/IRAQ COLLECTIVE`)
            place = "/" in w and (w.rpartition("/")[2] in r.g.place_leads or w.rpartition("/")[2].isalpha())
            continue  # a code, a number, a date-time group (`RUEHC/SECSTATE`, `301430Z`, `NODS-00`)
        if w in r.g.header_verbs:
            return True
        if w in r.g.place_leads:
            place = True
            continue
        if len(w) > 2 and w not in r.g.routing_words and not w.startswith("RUE"):  # (`GE`, `FL`: a state's code)
            other += 1
            if w not in r.g.letterhead_words and w + "." not in r.g.routing_words:
                nxt = words[k + 1] if k + 1 < len(words) else ""
                if place:
                    place = w in r.g.place_joins or nxt in r.g.place_joins
                    continue
                if before_serial and nxt.isdecimal() and len(nxt) >= 3:
                    before_serial = False
                    continue
                unknown += 1
        place = place and w in r.g.place_joins
    return other > _OTHER_WORDS or unknown > 0


def _bare_address(r: Reading, s: str) -> bool:
    """Is line `s` an FM, FROM, TO or INFO line without a colon whose value has words that are no address
    (`_ordinary_words`)?"""
    m = ch.ADDRESS_FIELD.match(s)
    return m is not None and m.group("name") in ("FM", "FROM", "TO", "INFO") \
        and not s[len(m.group("name")):].lstrip().startswith(":") and _ordinary_words(r, s)


def _routing_shape(r: Reading, s: str) -> bool:
    """May line `s`, unrecognised in a cable's header, be released as routing noise or a passage line? Only
    where its shape is certainly that of routing or letterhead (capitals, digits and signs, no code), of a
    letterhead's line in mixed case or of a header field; any other line is text (known31: a Terraform or YAML
    line before or after a SECRET cable line; fixrev31b: a sentence in capitals, a title in Title Case)."""
    if r.g.code_signs.isdisjoint(s) and (not any(c.islower() for c in _OCR_DIGITS.sub("", s))
                                         or "_" not in s and "#" not in s and r.g.letterhead.fullmatch(s) is not None) \
            and not _ordinary_words(r, s):
        return True
    return r.g.header_noise.match(s) is not None or (s[:1] in first_of(r.g.memo_field) and r.g.memo_field.match(s) is not None)


# Prose inside what the header's extent covers (a fax cover whose stamp sits at the bottom, an
# e-mail's correction above its marked readout): four lower-case words in a row, or a line of six
# words or more that ends a sentence. Routing, address and passage lines are neither.
_PROSE = lazy(r"\b[a-z]{2,}(?:,?[ \t]+[a-z]{2,}){3}\b")
_SENTENCE_LINE = lazy(r"^(?:\S+[ \t]+){5,}\S*(?:[a-z]{2,}|[A-Z]{2,})[.!?][\"')]?$")


def _give_back_paragraph(r: Reading, index: int) -> int:
    """The first line of the paragraph that holds segment `index`, giving back the routing and
    passage fields taken for the lines of it above `index`."""
    while index > 0 and not r.segs[index - 1].blank and r.fields \
            and r.fields[-1].name in ("routing", "passage") and r.fields[-1].start == r.segs[index - 1].start:
        r.drop_last_field()
        index -= 1
    return index


def _repeated_header_line(r: Reading, seg: Segment) -> str | None:
    """A line of the header a multi-section cable repeats after `SECTION 02 OF 03`: E.O. and
    TAGS are fields as in section 01 ("field"); the SUBJECT repeats withheld text, so it is a
    portion like the first one ("subject"), never a field released as written; anything else
    ends the repeated header (None)."""
    s = seg.stripped
    if s[:1] in ch.EO.first and ch.EO.match(s) or s[:1] in ch.TAGS.first and ch.TAGS.match(s) \
            and s[:4].upper() == "TAGS" or _repeats_a_header_field(r, s):
        r.field("repeated_header", seg)
        return "field"
    if s[:1] in ch.SUBJECT.first and ch.SUBJECT.match(s):
        return "subject"
    return None


def _repeats_a_header_field(r: Reading, s: str) -> bool:
    """Is the line, as written, an address or routing field of the first section's header
    (`DEPT FOR WHA/SSA, EB/TPP` repeated after `SECTION 02 OF 02`)? Released there as written,
    it is the same field here; a subject or anything else is not."""
    return r.fields.written(_REPEATABLE_FIELDS, s)


_REPEATABLE_FIELDS = frozenset({"address", "to", "info", "dept", "routing", "passage", "caption"})


def _header_extent(r: Reading, class_index: int | None) -> int:
    """Index of the last segment that belongs to the cable header (-1 for a headerless fragment)."""
    if class_index is None and not any(s.stripped[:1] in _FIRST.tags_or_subject
                                       and (ch.TAGS.match(s.stripped) or ch.SUBJECT.match(s.stripped))
                                       for s in r.segs[:80]):
        return -1
    last = class_index if class_index is not None else -1
    for index, seg in enumerate(r.segs[:120]):
        s = seg.stripped
        if seg.blank:
            continue
        if r.marks.lead(seg) is not None or r.marks.mark_lead(seg) is not None:
            break
        if s[:1] in ch.HEADER_LINE.first and ch.HEADER_LINE.match(s) \
                or s[:1].upper()[:1] in ch.DTG.first and ch.DTG.match(s.upper()) \
                or ch.may_be_caption_line(r.g, fold(s).upper()):
            last = index
    return last


def _leaves_references(r: Reading, seg: Segment) -> bool:
    """A lettered or marked line under a REF block that names no cable (`(C) The minister
    said ...`): a portion, never more of the REF field (a field is released as written)."""
    return (r.marks.enumerates(seg) or r.marks.mark_lead(seg) is not None) and _REF_ENTRY.match(seg.stripped) is None


def _subject_line(r: Reading, index: int) -> bool:
    """Does segment `index` hold a subject line (`SUBJECT: (U) ...` in the body, as behind a
    cover sheet)? Its mark is the subject's: a paragraph after a blank line is not part of it."""
    s = r.segs[index].stripped
    return s[:1] in _FIRST.tags_or_subject and ch.SUBJECT.match(s) is not None


def _marked_unclassified(r: Reading, seg: Segment) -> bool:
    """Does the line open with a portion mark that reads UNCLASSIFIED (`1. (U) ...`, `2. (SBU) ...`)?"""
    lead = r.marks.lead(seg) or r.marks.mark_lead(seg)
    if lead is None or not lead.group("mark"):
        return False
    marking = r.marks.parse_mark(mark_inner(lead.group("mark")))
    return marking.valid and marking.rank == 0


def _banner_line_below(r: Reading, index: int) -> bool:
    """Is there a banner line above UNCLASSIFIED at or after segment `index` (or a `Classification:`
    line read before the layout that says more than UNCLASSIFIED)?"""
    if r.classification is not None and (not r.classification.valid or r.classification.rank > 0):
        return True
    for seg in r.segs[index:]:
        if not seg.blank and seg.stripped[:1].isalpha() and len(seg.stripped) < 80:
            marking = r.marks.banner_at(seg)
            if marking is not None and marking.valid and marking.rank > 0:
                return True
    return False


def _last_text_line(r: Reading, index: int) -> Segment:
    """The last line with text before segment `index` (over blank lines, at most three)."""
    k = index - 1
    while k > 0 and k > index - 4 and r.segs[k].blank:
        k -= 1
    return r.segs[k]


def _introduced_below(r: Reading, prev: Segment, seg: Segment) -> bool:
    """Is `seg` the start of the text the line above points at: set in deeper under a line that ends
    with a colon, or under a line that says the text follows (`structure.points_below`)?"""
    if prev.blank or seg.blank or seg.stripped.lstrip("\"'“‘«")[:1] == "(":
        return False  # (a quotation that carries its own mark is read with it, in its paragraph)
    deeper = len(seg.text) - len(seg.text.lstrip(" \t")) > len(prev.text) - len(prev.text.lstrip(" \t")) + 1
    end = prev.text.rstrip()[-1:]
    return deeper and end == ":" or end in ":.)wW" and r.g.points_below.search(prev.text) is not None


# (a quotation's first line, `BEGIN TEXT`, `QUOTE` alone, and its last, `END TEXT`: `reader_words.quotation_begins`,
# `quotation_ends` of rules/markings.yaml)


def _ends_unnumbered_portion(r: Reading, starts: list[tuple[int, str]], index: int, numbered: bool,
                             no_class_line: bool, class_line: bool = False) -> bool:
    """Does the blank line before segment `index` end the portion above it? A numbered paragraph
    goes on over blank lines (its bullets, its `Begin text:` quotation), but nothing numbers the
    portions of a cable whose paragraphs are marked and unnumbered (a memo typed under a spaced
    `S E C R E T`): there, as in a memo, an unmarked block is a portion of its own and takes the
    document's marking (`(5) The ...`, an OCR'd `(S)`, never folds into the `(U)` above it). Nor
    does anything after the signature belong to the last paragraph (a reviewer's note below
    `WOOD`). Nor, in a text with no cable classification line (an agenda numbered `1. (U) ...`), does a block
    that opens no subparagraph, quotation or indented block, when a banner line below it gives the text a
    level for it to take: that is how a cable's paragraph goes on (round 96: `3. (U) AOB` / (blank) /
    `Read-ahead:` / `Imagery shows ...` under `SECRET//NOFORN`). With no banner the block stays in the
    paragraph, whose claims then speak for it (a `PS - para 2 was pulled from ...` under item 3)."""
    if not numbered:
        return True
    if no_class_line:
        first = r.segs[index]
        s = first.stripped
        if first.text[:1] not in " \t>" and not enumerators.opens_subparagraph(r.g, s) \
                and not (s[:1] in "\"'“‘«" or s[:5].upper() == "BEGIN"):
            return True
    if r.segs[index].text[:1] in " \t" and starts[-1][1] == "lead" and _typed_paragraph_after(r, starts[-1][0], index):
        return True
    if class_line and starts[-1][1] in ("lead", "mark") and _prose_block_under_unclassified(r, starts[-1][0], index):
        # (in a cable under its classification line; in an e-mail numbered `1. (U)` with no banner a `PS - para 2
        # was pulled from ...` block stays in the paragraph, whose claims then speak for it, round 94); and so after
        # a marked unnumbered paragraph inside a numbered one (`4. (U) Bio note:` / `(U) Banda, 54, ...` / (blank) /
        # `Contacts say Banda ...`, a closing section's second paragraph, round 116)
        return True
    k = index - 1
    while k > starts[-1][0] and r.segs[k].blank:  # (back over the blank lines only: linear)
        k -= 1
    previous = r.segs[k]
    if not previous.blank and previous.stripped[:1] in first_of(r.g.quotation_ends) \
            and r.g.quotation_ends.match(previous.stripped):
        return True  # the paragraph's quotation has ended: unmarked text after it is not the paragraph's (round 23)
    return not previous.blank and _SIGNATURE.match(previous.text) is not None \
        and previous.stripped.upper().rstrip(". ") not in r.g.not_signature \
        and r.g.parse_cable_line(previous.text) is None


def _prose_block_under_unclassified(r: Reading, start: int, index: int) -> bool:
    """Is the block at `index`, after a blank line under a numbered paragraph marked UNCLASSIFIED (`4. (U) Banda,
    54, is a mining engineer ...` / (blank) / `Banda keeps a private stake ...`, a biographic note's second
    paragraph, round 112), a sentence of prose at the margin that opens no subparagraph, quotation or list? The
    (U) marks its own paragraph; a paragraph of prose after it that carries no mark is unmarked, and takes the
    cable's level (fail closed: a (U) paragraph typed in two is withheld in part, never a classified one released)."""
    first = r.segs[index]
    s = first.stripped
    if first.text[:1] in " \t>" or not s[:1].isupper() or enumerators.opens_subparagraph(r.g, s) \
            or s[:1] in "\"'“‘«" or s[:5].upper() in ("BEGIN", "QUOTE") or len(s.split()) < 6:
        return False
    return _marked_unclassified(r, r.segs[start])


def _typed_paragraph_after(r: Reading, start: int, index: int) -> bool:
    """Is the indented block at `index`, after a blank line under the numbered paragraph that starts at
    `start` (marked UNCLASSIFIED), a typed paragraph of its own: indented no deeper than that paragraph's
    text begins after its number and mark (a typewriter's first-line indent, not a quotation set in), opening
    a sentence after one that ended (`2.  (U) He also raised ...` / (blank) / `    He then said ...`, an
    OCR'd memo, round 110)? Unmarked, it takes the document's level, not the (U) above it."""
    first, lead_seg = r.segs[index], r.segs[start]
    s = first.stripped
    if not s[:1].isupper() or enumerators.opens_subparagraph(r.g, s) or not _marked_unclassified(r, lead_seg):
        return False
    lead = r.marks.lead(lead_seg)
    if lead is None:
        return False
    k = index - 1
    while k > start and r.segs[k].blank:
        k -= 1
    text_column = lead.end() + len(lead_seg.text[lead.end():]) - len(lead_seg.text[lead.end():].lstrip(" \t"))
    if len(first.text) - len(first.text.lstrip(" \t")) < text_column \
            and _ENDS_FULL_SENTENCE.search(r.segs[k].text) is not None:
        return True
    if (_ENDS_FULL_SENTENCE.search(r.segs[k].text) is not None or _ends_capital_sentence(r.segs[k].text)) \
            and document_above_mark(r, lead_seg):
        # in a cable whose level is above the (U): an all-caps paragraph's end (`... MUST BE DOUBLE WRAPPED.`,
        # adv141-012), or a block set in deeper than the paragraph's text that nothing introduces (a quotation that
        # a line introduces takes the cable's level too, round 97): unmarked, it takes the cable's level and keeps
        # any raise of the (U) paragraph (`split_raises`)
        return record_split(r, lead_seg.start, first.start)
    return False


# A line that ends a sentence in capitals (`... EXTENDED TO MAY 25.`, `... DOUBLE WRAPPED.`): its last word is two
# letters or figures or more with no stop inside (not an initial, `J.`, nor an abbreviation, `U.S.`, `E.O.`)
_ENDS_CAPITAL_SENTENCE = lazy(r"(?:^|[ \t(\[\"'])[A-Z0-9][A-Z0-9'\-]*[A-Z0-9][.!?][\"')\]]?[ \t]*$")


def _ends_capital_sentence(line: str) -> bool:
    """Does `line`, which holds no small letter (an all-caps cable's), end a sentence?"""
    return not any(c.islower() for c in line) and _ENDS_CAPITAL_SENTENCE.search(line) is not None


# a line ending in a word of one to three letters and a stop (`MRS.`, `DR.`, `GEN.`, `ST.`): maybe no sentence's end
_SHORT_ABBREVIATION_END = lazy(r"(?:^|[ \t(])[A-Za-z]{1,3}\.[ \t]*$")


def _sentence_under_short_first(r: Reading, start: int, index: int) -> bool:
    """Is line `index`, right under the (U)-marked first line `start` of a paragraph of a cable whose level is higher,
    a new sentence no wrapping put there: that line ends a sentence (in capitals too: an all-caps cable), the line
    opens with a capital, and its first word would have fitted on that line (against the cable's width or the text's
    longest line, which no wrapped line is longer than: a few lines set the width too narrow)?"""
    prev, seg = r.segs[start], r.segs[index]
    s = seg.stripped
    if _SHORT_ABBREVIATION_END.search(prev.text) is not None:
        return False  # (`THE CONTACT IS MRS.` / `APRIL KOWALCZYK-NWOSU ...`: a title or abbreviation, not a sentence's end)
    if prev.blank or seg.blank or not s[:1].isupper() or not _marked_unclassified(r, prev) \
            or _ENDS_FULL_SENTENCE.search(prev.text) is None and not _ends_capital_sentence(prev.text):
        return False
    wanted = len(prev.text.rstrip()) + 1 + len(s.split(None, 1)[0])
    return wanted <= max(wrap_width(r), longest_line(r)) and document_above_mark(r, prev)


def _cable_portions(r: Reading, starts: list[tuple[int, str]]) -> list[Portion]:
    if not starts:
        return []
    lead_indexes = [i for i, kind in starts if kind == "lead"]
    numbers = _paragraph_numbers(r, [r.marks.lead(r.segs[i]) for i in lead_indexes], lead_indexes)
    portions = []
    for k, (i, kind) in enumerate(starts):
        seg = r.segs[i]
        end = portion_end(r, seg, r.segs[starts[k + 1][0]].start if k + 1 < len(starts) else None)
        lead = r.marks.lead(seg) if kind == "lead" else None
        markm = lead if lead is not None else (r.marks.mark_lead(seg) if kind == "mark" else None)
        number = numbers.get(i) if lead is not None else None
        portions.append(make_portion(r, seg, markm, end, "paragraph", number))
    return portions


def _paragraph_numbers(r: Reading, leads: list[re.Match[str] | None], indexes: list[int]) -> dict[int, int]:
    """Recover paragraph numbers from the sequence: `11.` `¶2.` `13.` reads as 1, 2, 3."""
    raws = [m.group("num") if m else "0" for m in leads]
    candidates = []
    for raw in raws:
        options = [int(raw)]
        if len(raw) >= 2 and raw[0] in "1l" and int(raw[1:]) not in options and raw[1] != "0":
            options.append(int(raw[1:]))
        candidates.append(options)
    if not candidates:
        return {}
    # most documents have no number that reads two ways: their numbers are as written
    chosen = [options[0] for options in candidates] if all(len(o) == 1 for o in candidates) \
        else _best_sequence(candidates)
    numbers = {}
    for index, lead, raw, value in zip(indexes, leads, raws, chosen):
        numbers[index] = value
        if value != int(raw) and lead is not None:
            seg = r.segs[index]
            r.problem("PARAGRAPH_NUMBER_RECOVERED", "info",
                      f"paragraph number '{raw}.' read as {value} from the sequence (a mis-read ¶)",
                      seg.start + lead.start("num"), seg.start + lead.end("num"))
    previous = None
    for index, value in zip(indexes, chosen):
        if previous is not None and value != previous + 1:
            seg = r.segs[index]
            r.problem("PARAGRAPH_SEQUENCE", "warning", f"paragraph {value} follows paragraph {previous}",
                      seg.start, seg.end)
        previous = value
    return numbers


def _best_sequence(candidates: list[list[int]]) -> list[int]:
    """One value per paragraph from its options (the literal reading first), maximising the
    consecutive steps and preferring the literal reading on ties."""
    # dynamic programme: each row keeps the best previous value of each option (not the path:
    # linear in paragraphs)
    best: list[dict[int, tuple[float, int | None]]] = []
    for k, options in enumerate(candidates):
        row: dict[int, tuple[float, int | None]] = {}
        for j, value in enumerate(options):
            penalty = -0.001 * j
            if k == 0:
                row[value] = (int(value == 1) + penalty, None)
                continue
            score, previous_value = max(((s + (1 if value == prev + 1 else 0) + penalty, prev)
                                         for prev, (s, _) in best[-1].items()), key=lambda t: t[0])
            row[value] = (score, previous_value)
        best.append(row)
    value_at: int | None = max(best[-1].items(), key=lambda item: item[1][0])[0]
    chosen: list[int] = []
    for row in reversed(best):
        assert value_at is not None
        chosen.append(value_at)
        value_at = row[value_at][1]
    chosen.reverse()
    return chosen


def _introduced_by_colon(r: Reading, index: int) -> bool:
    """Whether the last line of text before segment `index` (over blank lines) ends with a colon."""
    for previous in range(index - 1, -1, -1):
        if not r.segs[previous].blank:
            return r.segs[previous].stripped.endswith(":")
    return False


def _find_signature(r: Reading) -> int | None:
    for index in range(len(r.segs) - 1, -1, -1):
        seg = r.segs[index]
        s = seg.stripped
        if not s or s.upper() in {"NNNN", "BT"}:
            continue
        m = _SIGNATURE.match(seg.text)
        previous = r.segs[index - 1] if index > 0 else None
        if previous is not None and not previous.blank and (
                len(s.split()) > 1 or not previous.stripped.endswith((".", ":", '"', ")"))):
            return None  # the last line of a paragraph, not a signature
        if len(s.split()) > 1 and _introduced_by_colon(r, index):
            return None  # FIRMS THAT BACKED THE FORUM: / (blank) / SONATRACH SONELGAZ CEVITAL: the list it introduced
        if m and m.group("name").upper() not in r.g.not_signature and r.g.parse_cable_line(seg.text) is None \
                and not ch.may_be_caption_line(r.g, s.upper()) and s.isupper() \
                and r.g.any_handling_statement.search(s) is None:  # (`OFFICIAL-SENSITIVE` is no name)
            return index
        return None
    return None


def subject_portion(r: Reading) -> list[Portion]:
    """A cable's SUBJECT line is a portion too (marked or not)."""
    subject = next((f for f in r.fields if f.name == "subject"), None)
    if subject is None:
        return []
    value = r.text[subject.start:subject.end]
    m = _SUBJECT_LEAD.match(value)
    body_offset = m.end() if m else 0
    marking, explicit = None, False
    mark_span: tuple[int | None, int | None] = (None, None)
    if m and m.group("mark") and r.marks.looks_like_mark(mark_inner(m.group("mark"))):
        fake = Segment(subject.start, subject.end, value)
        portion = make_portion(r, fake, m, subject.end, "subject", None)
        marking, mark_span = portion.marking, (portion.mark_start, portion.mark_end)
        explicit = True
    elif m:
        body_offset = m.end("lead")
    while body_offset < len(value) and value[body_offset] in " \t":
        body_offset += 1
    if m:
        r.header.subject = re.sub(r"\s+", " ", value[body_offset:]).strip()
    return [Portion(start=subject.start, end=subject.end, body_start=subject.start + body_offset,
                    kind="subject", number=None, marking=marking, explicit=explicit,
                    mark_start=mark_span[0], mark_end=mark_span[1])]

