"""The document reader: `read(text, rules)` finds the classification line or banners, the
header fields and the portions of a cable, memo, e-mail or Markdown report, with exact
offsets into the original text.

Reading is pure text processing (no NLP, no I/O): it never imports spaCy or Presidio. It reads
the normalised view of the text (`sbu_redact.textview`: every line end a `\\n`, invisible
characters gone, look-alike letters folded) and maps every offset back to the original. It
tolerates transcription noise (`¶2.`, `\\P 7.`, `11.` for a mis-read `¶1.`, Markdown residue,
lowercase or fullwidth marks, `C)`, collapsed line breaks) and reports what it had to guess as
problems rather than guessing silently.

Modules, one job each: `segments` (lines of the view), `marks` (portion marks and banners),
`portions` (a portion from its start), `cable_header` and `cable` (cables and fragments), `csv_export`, `xml_export`, `json_export`, `yaml_export` and `line_records` (SQL tuples, key=value logs) (exports of records with a classification field),
`authority` (the classification authority block), `memo` (memos, e-mails, reports), `evidence`
(the document's marking and what unmarked portions inherit), `vertical` (a marking written one
letter per line, a rotated stamp), `governing` (statements that
govern text elsewhere: a correction of one paragraph, a compilation or spill notice, the
original of a translation), `raising` (the portions those statements raise, in one pass),
`scope` (a statement whose target was not found, classified stretches; `scope_exact` and `page_refs` its exact
targets), `pages` (the pages of a form-feed file under their own banners), `cells` (marks in a table
row's cells), `html_cells` (a mark in an HTML table cell), `diagram_labels` (a Mermaid diagram's marked labels), `split_raises` (text split off a (U) portion keeps its raises), `tables` (a table's unmarked cells inside a marked portion), `diff_portions` (a diff's changed lines, whose layout `diffs` reads), `calendars` (an iCalendar or vCard file's properties), `quotes` (a quotation marked at its end), `sections` (text under a
divider line that carries a marking), `columns` (two columns of text on the same lines), `encoded` (base64 or uuencoded text), `tearlines` (a tearline version's own banner), `style_legends` (a legend that gives a style of text a level), `cell_notes` (a table cell's note that gives its row or a numbered paragraph a level), `backstop` (marking vocabulary
left in a portion's text that nothing read: the portion is raised), `state` (what one reading
collects).

Pass order (fix46b; not yet tested by reordering): the raising passes after `unresolved_statements` each read the
portions as the passes before them left them, so a pass whose CANDIDATES depend on the levels it is handed may be
narrowed by an earlier pass's raising. Those found: `raise_review_comments` (its fail-closed targets, every lower
marked part above the comments, keep `marking.rank < level.rank`), `raise_part_remarks` (`_resolve` gives up when no
candidate is below the remark's level), `raise_topic_remarks` (candidates below the level; `_document_rank` is the
highest level so far, which an earlier raise only widens), `raise_named_targets` (`_raises`), and
`raise_noted_controls` (skips a portion already classified: one an earlier pass raised to (C) under a SECRET banner
keeps (C) and gets no (S) for its `NOFORN` note). In each, a portion an earlier pass raised to the level drops out of
the candidates: harmless for the level, but a control the later statement adds (`should be S//NF` after a pass
raised the part to (S)) is not added, and a pass that picks an EXACT target among fewer candidates may then narrow
what a fail-closed reading would have raised (review45y: `raise_named_targets` moved after `raise_topic_remarks`).
`raise_raised_copies`, `raise_split_blocks` and `keep_split_raises` compare with `before_statements` (the levels
before any raising) and do not depend on the order. A pass added here should filter its candidates by the levels
in `before_statements` (or take the higher of the two), so that reordering passes can only raise.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter
from typing import NamedTuple

from ..config import RuleSet, as_rules
from ..document import Document, Field, Portion, Problem
from ..markings import Marking
from ..textview import TextView, view_of
from .cells import table_cells
from .grid_rows import grid_rows, raise_grid_rows
from .spaced_controls import join_spaced_controls
from .chat_continuations import chat_continuations
from .free_text_cells import free_text_cells, free_text_fields
from .html_cells import html_cells
from .diagram_labels import diagram_labels, raise_split_blocks
from .split_raises import keep_split_raises
from .unsure_wraps import raise_unsure_wraps
from .symbol_marks import raise_defined_symbols, raise_symbol_marks
from .wrapped_cells import raise_wrapped_cells
from .level_keys import raise_level_keys
from .sql_level_columns import raise_sql_level_columns
from .front_matter_words import raise_under_front_matter
from .stuck_marks import raise_under_closing_marks
from .resumed_portions import raise_resumed_portions
from .inline_marks import raise_chat_head_marks, raise_lower_case_marks
from .prior_release_marks import raise_prior_release_marks
from .noted_controls import raise_noted_controls
from .chat_corrections import raise_corrected_messages
from .hidden_attributes import raise_hidden_attribute_text
from .code_block_marks import raise_code_block_marks
from .document_controls import take_release_fields
from .forwarded_controls import with_forwarded_controls
from .release_field_limit import with_release_field_limit
from .tearlines import with_tearline_controls
from .style_legends import style_legends
from .cell_notes import cell_notes
from .ref_levels import raise_ref_levels
from .tables import form_answers, table_rows
from .check_boxes import check_box_markings
from .headed_boxes import raise_headed_boxes
from .org_properties import raise_org_properties
from .header_notes import raise_under_header_notes
from .partial_releases import raise_partial_releases
from .withdrawn_members import raise_withdrawn_members
from .forbidden_releases import raise_forbidden_releases
from .release_matrix import raise_release_matrix
from .missing_members import raise_missing_members
from .compilation_parts import raise_compilation_parts
from .others_claims import raise_others_claims
from .record_targets import raise_record_targets
from .self_statements import raise_self_statements
from .joined_claims import raise_joined_claims
from .trailing_controls import raise_trailing_controls
from .columns import two_column_stretches
from .diff_portions import diff_lines
from .calendars import calendar_properties
from .encoded import encoded_text
from .csv_export import read_csv_export
from .json_export import read_json_export
from .line_records import read_line_records
from .xml_export import read_xml_export
from .yaml_export import read_yaml_export
from .cable import find_cable_line, has_cable_features, read_cable, subject_portion
from .abbreviations import defined_abbreviations
from .backstop import backstop
from .governing import govern
from .hyphens import join_marking_hyphens
from .split_controls import join_split_controls
from .ocr import fold_ocr_digits, fold_ocr_prose
from .evidence import (declared_marking, inherit, take_cable_banners, take_classification_lines, take_controls_in_words,
                       take_words_evidence, with_stated_controls)
from .marks import LEAD_SIGNS
from .memo import read_document
from .portions import original_start
from .continued import continued_portions
from .raised_copies import raise_raised_copies
from .relative_remarks import raise_relative_remarks
from .repeated import repeated_text
from .scope import classified_stretches, unresolved_statements
from .enclosure_lists import enclosure_lists
from .sections import ambiguous_mark_lines, introduced_blocks, sections
from .vertical import take_vertical_stamps
from .release_arrays import take_release_arrays
from .handling_data_lines import take_handling_data_lines
from .lost_release_limits import take_lost_release_limits, with_inner_control_marks
from .sed_corrections import raise_sed_corrections
from .sed_scopes import raise_sed_scopes
from .cell_changes import raise_cell_changes
from .sed_targets import raise_sed_targets
from .change_records import raise_change_records
from .part_remarks import raise_part_remarks
from .named_targets import raise_named_targets
from .remark_topics import raise_topic_remarks
from .second_targets import raise_second_targets
from .review_comments import raise_remarks, raise_review_comments
from .spelled_controls import join_spelled_controls
from .header_line_marks import raise_header_line_marks
from .header_zone_marks import take_header_zone_marks
from .state import Reading

__all__ = ["read"]


def read(text: str, rules: RuleSet | str | None = None) -> Document:
    """Read the markings of a cable, memo or Markdown document. Pure: no NLP, no I/O."""
    if not isinstance(text, str):
        raise TypeError("read() takes the document text as str; use sbu_redact.textio.read_text_file for files")
    ruleset = as_rules(rules)
    view = join_spaced_controls(view_of(text), ruleset.grammar)  # `F O R O F F I C I A L U S E O N L Y`
    view = join_spelled_controls(view, ruleset.grammar)  # `CUI//N-O-F-O-R-N`, `Handling:  U S  O N L Y`
    view = join_marking_hyphens(view, ruleset.grammar)  # `(CONFI-` / `DENTIAL)` reads whole
    view = fold_ocr_digits(view, ruleset.grammar)  # `C0NFIDENTIAL` reads as the word it spells
    view = fold_ocr_prose(view, ruleset.grammar)  # (fix49b) `N0t releasable t0 f0reign nati0nals`, `governrnents`
    view = join_split_controls(view, ruleset.grammar)  # `NO_FORN`, `NO–FORN`, `NO.FORN` read as NOFORN
    r = Reading(view, ruleset.grammar)
    take_classification_lines(r)
    take_vertical_stamps(r)
    take_words_evidence(r)
    take_controls_in_words(r)
    take_release_fields(r)  # `Releasability:`, `Handling:` lines of a properties block: controls of the document
    take_release_arrays(r)  # `"rel_to": ["USA", "AUS"]`: a release field's array of countries
    take_handling_data_lines(r)  # (fix43g) `NOFORN - DO NOT FORWARD - TKT 58812`: NOFORN of the document
    take_lost_release_limits(r)  # `[X] NOFORN`, `REL TO USA, CAN,` / `NZL`, `REL TO USA, ~~GBR~~`: limits of the document
    kind, portions = _layout(r)
    if kind == "cable":
        take_cable_banners(r)  # a memo's banner over a line read as a cable's classification line
    portions = diff_lines(r, portions)  # a diff's changed lines: each read after its sign, none under the (U) above it
    portions = calendar_properties(r, portions)  # an iCalendar or vCard file's properties: each a portion of its own
    portions = check_box_markings(r, portions)
    portions = table_cells(r, portions)  # marks inside a table row's cells mark each cell
    portions = grid_rows(r, portions)  # every line of a grid table's row is at least the row's Class cell
    portions = chat_continuations(r, portions)  # a chat message's indented lines: unmarked text, not the message's
    portions = html_cells(r, portions)  # a mark inside an HTML table cell marks that cell, not the row's next cells
    portions = diagram_labels(r, portions)  # a Mermaid diagram's quoted labels and comments, each marked by its own mark
    portions = table_rows(r, portions)  # a table inside a marked portion: its unmarked cells are unmarked text
    portions = form_answers(r, portions)  # an answer under a form's marked, numbered question: unmarked text
    portions = free_text_cells(r, portions)  # a marked row's Notes/Comments cell without a mark: unmarked text
    portions = free_text_fields(r, portions)  # a tagged record's N1 field without a mark: unmarked text
    portions = defined_abbreviations(r, portions)  # `(TS) Mara` after `TROPICAL STORM (TS) MARA` is no mark
    declared = declared_marking(r)
    if kind in ("cable", "fragment"):  # a snippet's SUBJECT line is a portion too
        portions = sorted(subject_portion(r) + portions, key=attrgetter("start"))
    portions, rollup, inherited = inherit(r, kind, portions, declared)
    portions = raise_grid_rows(r, portions)  # a grid row's unmarked lines: at least the row's Class cell
    before_statements = portions
    since = len(r.problems)
    portions = govern(r, portions)  # a statement in one place that governs text elsewhere, a foreign stamp
    portions = sections(r, portions)  # a divider's marking (`=== Sheet 2 (S//NF) ===`) marks the text under it
    portions = with_stated_controls(r, portions, declared, before_statements)  # (raised portions take them too)
    portions = with_forwarded_controls(r, portions)  # a forwarded message's own NOFORN line: its (U) text too
    portions = with_tearline_controls(r, portions)  # a tearline version's own banner: its (U//FOUO) lines too
    portions = style_legends(r, portions)  # `text in red is SECRET`: every portion with such markup, raised whole
    portions = cell_notes(r, portions)  # `| U | ... | conf/NF, internal only |`, `| 1 | SECRET |`: rows, paragraphs raised
    portions = with_release_field_limit(r, portions, before_statements)  # `Dissemination: NOFORN` anywhere: every portion's limit
    governed = portions
    portions = backstop(r, portions)  # marking vocabulary left in a portion's text fails closed
    portions = with_inner_control_marks(r, portions)  # `(SBU) ... aid workers. (NF)`: a control mark closing a portion (after the backstop, which
    # raises more than the portion for vocabulary it finds unread: adv75-026)
    portions = introduced_blocks(r, portions)  # `Excerpt from ... (SECRET//NOFORN):` marks the block it introduces
    portions = ambiguous_mark_lines(r, portions)  # `... airfield.` / `(S)` / `A readout ...`: the mark may end either
    portions = unresolved_statements(r, governed, portions, since)  # a statement whose target was not found
    portions = classified_stretches(r, portions)  # `[CLASSIFIED PORTION BEGINS - SECRET]` ... `[... ENDS]`
    portions = enclosure_lists(r, portions)  # `Encl: (2) ... (SECRET)`: the portions under `ENCLOSURE (2)`
    portions = two_column_stretches(r, portions, inherited)  # columns interleaved on the same lines: the highest applies
    portions = encoded_text(r, portions)  # base64 or uuencoded text: doubtful, whatever it encodes
    portions = repeated_text(r, portions)  # the same words under a higher mark elsewhere: the highest wins
    portions = continued_portions(r, portions)  # `(continued on page 2)`: the first marked field there may hold the rest
    context = _PassContext(before_statements, inherited, declared)
    for raising_pass in _RAISING_PASSES:
        portions = raising_pass(r, portions, context)
    if not r.text.strip():
        r.problem("EMPTY", "error", "document is empty", 0, 0)
    elif kind == "fragment":
        r.problem("FRAGMENT", "info", "no cable header or banner: portions are judged by their own marks" if not r.banner_markings
                  else "no cable header: unmarked portions take the banner read in the body", 0, 0)
    elif kind == "cable" and not any(p.kind == "paragraph" for p in portions):
        r.problem("NO_BODY", "info", "cable header without body paragraphs", len(r.text), len(r.text))
    h = r.header
    if h.post and h.number and h.dtg:
        year = h.dtg.split()[-1][-2:]
        h.cable_id = f"{year}{h.post.replace(' ', '')}{int(h.number)}"
    h.reference_ids = reference_ids(h.references, h.dtg.split()[-1][-2:] if h.dtg else None)
    fields, problems = list(r.fields), r.problems
    if not view.identity:  # offsets into the view become offsets into the original
        fields = [_field_to_original(view, f) for f in fields]
        problems = [_problem_to_original(view, p) for p in problems]
        portions = [_portion_to_original(view, p) for p in portions]
    fields.sort(key=attrgetter("start", "end"))
    problems.sort(key=attrgetter("start", "end", "code"))
    return Document(text=text, kind=kind, classification=declared, header=h,  # type: ignore[arg-type]
                    portions=portions, fields=fields,
                    problems=problems, rollup=rollup, inherited=inherited, rules=ruleset, view=view)


class _PassContext(NamedTuple):
    """What the raising passes read besides the portions: the portions before any statement raised them, what
    unmarked portions inherit, the document's declared marking."""
    before: list[Portion]
    inherited: Marking | None
    declared: Marking | None


# the raising passes after `classified_stretches` ... `continued_portions`, in order (fix46b: a table, so that a test
# can run them in another order, tests/test_reader_fix46b.py)
_RAISING_PASSES: list[Callable[[Reading, list[Portion], _PassContext], list[Portion]]] = [
    lambda r, portions, c: raise_split_blocks(r, c.before, portions),  # a split diagram raised in part is raised whole
    lambda r, portions, c: keep_split_raises(r, c.before, portions),  # text split off a (U) portion keeps its raises
    lambda r, portions, c: raise_unsure_wraps(r, portions, c.inherited),  # a (U) line whose next line may be unmarked text
    lambda r, portions, c: raise_symbol_marks(r, portions),  # a `(U)` that may be a symbol in the sentence above
    lambda r, portions, c: raise_wrapped_cells(r, portions),  # `| (S//NF) | ... are preparing |` / `| (U) | two boats ... |`
    lambda r, portions, c: raise_defined_symbols(r, portions, c.inherited),  # `- (U) denotes ...` / `- (P) denotes ...`: symbols
    lambda r, portions, c: raise_code_block_marks(r, portions),  # a `(U)` inside a fenced code block is code: the block's owner's level
    lambda r, portions, c: raise_under_closing_marks(r, portions),  # `... commission. (C//NF)` / `The chief ...`: a lost break
    lambda r, portions, c: raise_resumed_portions(r, portions),  # `(S//NF) ... that the` / `(U) Running head` / `cargo ...`
    lambda r, portions, c: raise_lower_case_marks(r, portions),  # `(a) visas, (b) housing, and (c) the head admitted ...`
    lambda r, portions, c: raise_chat_head_marks(r, portions),  # `[14:04] <lydia> (C) The alarm code ...`: the post's mark
    lambda r, portions, c: raise_corrected_messages(r, portions),  # `(U) ...` / `^ that last line is S//NF`: the line above
    lambda r, portions, c: raise_sed_corrections(r, portions),  # `s/(U)/(S\/\/NF)/`, `s/U/C/ for para 2`
    lambda r, portions, c: raise_sed_scopes(r, portions),  # `S/(U)/(S)/ IN THE PENULTIMATE PARAGRAPH`, `sed -i ... for all of Part II`
    lambda r, portions, c: raise_sed_targets(r, portions),  # `4s/(U)/(C)/`, `on 2.3`, `the one after the quote`, `sd ... tab2.txt`
    lambda r, portions, c: raise_review_comments(r, portions),  # `[Commentaire MD1: ce paragraphe devrait etre S//NF]`
    lambda r, portions, c: raise_remarks(r, portions),  # `[JH1] ... this para should be S`, `bump this bullet to C//NF` (fix41b)
    lambda r, portions, c: raise_change_records(r, portions),  # `| Para 3, mark | (U) | (C//NF) |`, `- para: 3 / from: U / to: C`
    lambda r, portions, c: raise_cell_changes(r, portions),  # a History sheet's `Cell Change  Sheet1  B5  S  U` (fix42b)
    lambda r, portions, c: raise_part_remarks(r, portions),  # `> (U) An airport ...` / `This one is S`, `para under Logistics: U -> C`
    lambda r, portions, c: raise_topic_remarks(r, portions),  # `re-mark the convoy text [S]`, `Comment on #p-convoy: this is (S)`
    lambda r, portions, c: raise_named_targets(r, portions),  # `the message from 14:32 is (S)`, `«...» — (S//NF)`, `item 4.2` (fix45f; after topic remarks, which must see main's candidates: an exact target raised first left one candidate sharing the topic: review45y)
    lambda r, portions, c: raise_second_targets(r, portions),  # `"..." (U) rather than (S); the other two stay (S)`, `and so is the rendezvous bit` (fix46a)
    lambda r, portions, c: raise_hidden_attribute_text(r, portions, c.inherited),  # `<a title="...">`: words a browser hides
    lambda r, portions, c: raise_level_keys(r, portions),  # a record's `level: C//NF` key, after its text too: raises, never lowers
    lambda r, portions, c: raise_sql_level_columns(r, portions),  # `INSERT ... VALUES (3,'SBU','...')` in a `level` column (fix44f)
    lambda r, portions, c: raise_under_front_matter(r, portions),  # `note: This file is classified SECRET` in front matter (fix44b)
    lambda r, portions, c: raise_header_line_marks(r, portions),  # `REF: A. BAMAKO 0398 (C//NF) ...`: a mark on a header line (fix44g)
    lambda r, portions, c: raise_prior_release_marks(r, portions),  # `B1 1.4(D)    2. THE MINISTER ...`: a prior release withheld it
    lambda r, portions, c: raise_relative_remarks(r, portions),  # `on para 3: the one before it is S//NF`: every candidate (fix45a)
    lambda r, portions, c: raise_noted_controls(r, portions, c.declared),  # `paragraphs 2 and 3 are NOFORN` under SECRET: (U//NF) is no marking there (fix45b)
    lambda r, portions, c: raise_raised_copies(r, c.before, portions),  # `> (U) ...` quoting a part a remark raised (fix45a)
    lambda r, portions, c: raise_headed_boxes(r, portions),  # `| SIDEBAR (CUI//REL TO USA, AUS) |` over unmarked box lines (fix46d)
    lambda r, portions, c: raise_org_properties(r, portions),  # an Org drawer's `:RELEASABLE_TO: USA AUS CAN NZL` over its subtree (fix49e)
    lambda r, portions, c: raise_joined_claims(r, portions),  # `il paragrafo 2 è solo per americani e il terzo è segreto`: every part (fix46i)
    lambda r, portions, c: raise_trailing_controls(r, portions),  # `il paragrafo 2 è segreto e il terzo è solo per americani`: NOFORN on every part (fix47c)
    lambda r, portions, c: raise_under_header_notes(r, portions),  # `<note>Classification: SECRET</note>` in a header: the unmarked parts under it (fix47e)
    lambda r, portions, c: raise_partial_releases(r, portions),  # `REL TO USA, GBR for Table 1 only`: the other parts NOFORN (fix47e)
    lambda r, portions, c: raise_withdrawn_members(r, portions),  # a release to `SILVER ANVIL participants` the UK withdrew from: NOFORN (fix47e)
    lambda r, portions, c: raise_forbidden_releases(r, portions, c.declared),  # `share this paragraph with the British` under a NOFORN banner: NOFORN (fix51a)
    lambda r, portions, c: raise_release_matrix(r, portions),  # a country matrix's `N` under `British`: the row NOFORN (fix50g)
    lambda r, portions, c: raise_missing_members(r, portions),  # a release to `NORTHERN TIDE participants` whose listed participants leave the UK out: NOFORN (fix48d)
    lambda r, portions, c: raise_compilation_parts(r, portions),  # `compiled, Table 2 is classified CONFIDENTIAL`: the table's rows (fix47e)
    lambda r, portions, c: raise_others_claims(r, portions),  # `Allar hinar eru eingöngu ætlaðar Bandaríkjamönnum`: the others (fix48f)
    lambda r, portions, c: raise_record_targets(r, portions),  # `the passage describing X   DENY (b)(1) SECRET`, `footnotes 4 through 6` (fix48f)
    lambda r, portions, c: raise_ref_levels(r, portions),  # `THE FOLLOWING IS CLASSIFIED THE SAME AS REF A:` under `REF: A. ... (S/NF)` (fix51d)
    lambda r, portions, c: raise_self_statements(r, portions),  # `(U) ... The contents of this paragraph are classified CONFIDENTIAL.` (fix50e)
]


def reference_ids(references: list[str], year: str | None) -> list[str]:
    """References as full cable ids: `07 STATE 87399` and, in a cable of 2007, `STATE 87399`
    are `07STATE87399` (a reference without a year in a cable of unknown date has none)."""
    ids = []
    for ref in references:
        m = re.fullmatch(r"(?:(?P<year>\d{2}) )?(?P<post>[A-Z][A-Z ]*?) (?P<num>\d{1,7})", ref)
        if m is not None and (m.group("year") or year):
            ids.append(f"{m.group('year') or year}{m.group('post').replace(' ', '')}{int(m.group('num'))}")
        elif re.fullmatch(r"\d{2}[A-Z]{4,}\d{1,7}", ref):
            ids.append(ref)
    return list(dict.fromkeys(ids))


def _layout(r: Reading) -> tuple[str, list[Portion]]:
    """The kind of document and its portions (header fields and evidence go to `r`)."""
    records = read_csv_export(r)
    if records is None:
        records = read_xml_export(r)
    if records is None:
        records = read_json_export(r)
    if records is None:
        records = read_yaml_export(r)
    if records is None:
        records = read_line_records(r)
    if records is not None:
        return "document", records
    cable_line_index = find_cable_line(r)
    if has_cable_features(r, cable_line_index):
        kind, portions = "cable", read_cable(r, cable_line_index)
    elif r.marks.banner_at(r.first_nonblank()) is not None or _banner_under_title(r):
        kind, portions = "document", read_document(r)
    elif any(r.marks.lead(s) is not None for s in r.segs
             if not s.blank and (s.stripped[0].isdecimal() or s.stripped[0] in LEAD_SIGNS)):  # (`MarkReader.lead`)
        kind, portions = "fragment", read_cable(r, None)
    else:
        kind, portions = "document", read_document(r)
    take_header_zone_marks(r)  # (fix45d) a mark on a header line of a zone that no TAGS line bounds: raised later
    if not r.text.strip():
        kind = "fragment"
    return kind, portions


def _banner_under_title(r: Reading) -> bool:
    """A banner on the second line, under a title line that carries no marking of its own
    (`USNATO DRAFT - NOT YET CLEARED` / `CONFIDENTIAL`, round 75): the document is a marked
    document, not a fragment whose unmarked lines would be judged by the marks around them."""
    lines = [s for s in r.segs[:8] if not s.blank][:2]
    return len(lines) == 2 and r.marks.banner_at(lines[1]) is not None and r.marks.lead(lines[0]) is None \
        and r.marks.mark_lead(lines[0]) is None and len(lines[0].stripped) <= 60


def _portion_to_original(view: TextView, p: Portion) -> Portion:
    if view.identity:
        return p
    start, end = view.span(p.start, p.end)
    start = original_start(view, p.start) if end > start else start
    return Portion(start=start, end=end, body_start=min(view.to_original(p.body_start), end), kind=p.kind,
                   number=p.number, marking=p.marking, explicit=p.explicit,
                   mark_start=original_start(view, p.mark_start) if p.mark_start is not None else None,
                   mark_end=view.to_original_end(p.mark_end) if p.mark_end is not None else None)


def _field_to_original(view: TextView, f: Field) -> Field:
    if view.identity:
        return f
    start, end = view.span(f.start, f.end)
    return Field(f.name, start, end, f.value)


def _problem_to_original(view: TextView, p: Problem) -> Problem:
    if view.identity:
        return p
    start, end = view.span(p.start, p.end)
    return Problem(p.code, p.severity, p.message, start, end, reference=p.reference)
