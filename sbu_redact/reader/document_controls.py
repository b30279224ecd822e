"""Dissemination controls stated for the whole document that no portion mark carries (blind rounds 140 and 142):
a banner `UNCLASSIFIED//LES NOFORN` over portions marked only `(U//LES)` and `(U)`; a properties block's
`Classification: SBU//NOFORN` or `Releasability: Not releasable to foreign nationals` over page banners and portions
that say only SBU. A banner rolls up its portions, so the control belongs to portions whose marks left it out, and
nobody can tell which: every controlled or unmarked portion not already marked with it carries it (fail closed),
and the problem names what stated it. A plain (U) mark says its text is uncontrolled (the project's rule since
round 8): it takes the control's limit on foreign release only when no other portion is there to hold it. The metadata fields (`Releasability:`, `Dissemination:`, `Handling:`,
`Caveats:`; the labels are the rules' `reader_words.release_field`) are read here wherever they stand: a value that
reads only in part gives what it reads, and one that does not read at all but holds a word of releasing
(`release_field_signs`) is taken as NOFORN, the most restrictive thing it can mean. Every field of a line is read
(a footer, a table row, a JSON object, two meta tags: the most restrictive wins), with markdown emphasis, and a
table's header row names the field of its column's cells (also over a blank line); a cell's next cell is read as
its field's value unless it is a field of its own; a DoD distribution statement B-F (US government bodies only,
`distribution_statement`) is NOFORN (review35b). Where a field's limit goes: `release_field_limit`."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..document import Portion
from ..markings import Grammar, Marking
from .state import Reading

# where a value that does not read whole may end what it says (`Not releasable to foreign nationals, including ...`)
_VALUE_BREAK = re.compile(r"[,;(\[]|\s+-{1,2}\s+|\s+[–—]\s+")
_SIGN_WORD = re.compile(r"[A-Z][A-Z\-]*")
# a word in lower case (a release column's cell that holds words, not codes: `brother`, `see note`)
_PROSE_WORD = re.compile(r"\b[a-z]{2,}\b")


@dataclass(frozen=True)
class StatedControl:
    """A dissemination control the document states for itself: `marking` (its controls on an UNCLASSIFIED
    marking), where it was read, and what it is (`said`, for the problem)."""

    marking: Marking
    start: int
    end: int
    said: str


def take_release_fields(r: Reading) -> None:
    """Read every metadata line that states the document's releasability (`Releasability: ...`, `Handling:
    ...`), also as a table's cells, a JSON key or an HTML meta tag (`_field_forms`): its controls go to
    `r.document_controls`; a value that reads in part or not at all is reported."""
    from .channel_topics import take_channel_topics  # (it reads values with this module's `_controls_of`)
    from .running_heads import take_running_heads  # (the same)
    columns: dict[int, str] = {}  # a table's header row: the column of each release field's label
    after_field = False  # the line above (no blank between) holds a release field
    for seg in r.segs:
        if seg.blank:
            after_field = False
            continue  # (a header row's columns hold over a blank line before the table's body: review35d)
        if r.g.distribution_statement.match(seg.text) is not None:
            # (DoD statements B-F: US government bodies only, review35b)
            r.document_controls.append(StatedControl(r.g.parse("UNCLASSIFIED//NOFORN"), seg.start, seg.end,
                                                     f"the distribution statement '{seg.text.strip()[:60]}'"))
        if r.g.foreign_release_refused.match(seg.text) is not None:
            # (`Foreign-Disclosure: NO`: a value that reads as no control, but says no foreign release, review37f)
            r.document_controls.append(StatedControl(r.g.parse("UNCLASSIFIED//NOFORN"), seg.start, seg.end,
                                                     f"'{seg.text.strip()[:60]}'"))
        take_channel_topics(r, seg.text, seg.start)  # (a chat channel's `"topic": "CUI//NOFORN - ..."`, fix49e)
        take_running_heads(r, seg.text, seg.start)  # (`\fancyhead[C]{CUI//REL TO QUAD}`, `FOUO | ... | Page 1`, fix50g)
        columns = _take_column_fields(r, seg.text, seg.start, columns)
        # every field of the line is read, the most restrictive wins (`Releasability: REL TO USA, GBR | Handling:
        # NOFORN`, two meta tags, a JSON object on one line: review35b)
        fields = _release_fields(r, seg.text, seg.start)
        for m, (value_start, value_end) in fields:
            take_field(r, m.group("value"), seg.text, seg.start + value_start, seg.start + value_end)
            if _conditional_label(r, m):
                # (`Releasable To (except GBR): FVEY`, `Releasable To (after 1 July): USA, GBR`: the label's note
                # may narrow or delay the list; the most it can mean, NOFORN, review38b)
                r.document_controls.append(StatedControl(r.g.parse("UNCLASSIFIED//NOFORN"), seg.start, seg.end,
                                                         f"'{seg.text.strip()[:60]}'"))
        condition = after_field and r.g.release_condition_line.match(seg.text) is not None
        if condition:
            # (`Releasable To (Countries): USA, AUS, CAN, GBR, NZL` / `Exception: GBR withdrawn pending review`: a
            # note right under the field may narrow or delay its list, also one a field's label opens, `Caveat: UK
            # copy on hold`; the most it can mean, NOFORN, review38z)
            r.document_controls.append(StatedControl(r.g.parse("UNCLASSIFIED//NOFORN"), seg.start, seg.end,
                                                     f"'{seg.text.strip()[:60]}'"))
        if not fields:
            _take_stray_lists(r, seg.text, seg.start)
        after_field = bool(fields) or condition


def _conditional_label(r: Reading, m: re.Match[str]) -> bool:
    """Does the release field's label carry a note in parentheses other than one that only says what the list is
    (`Releasable To (Countries):`, the rules' `release_field_label_notes`)?"""
    note = m.groupdict().get("label_note")
    if not note:
        return False
    words = " ".join(note.strip("()").upper().split())
    return words not in r.g.vocabulary.reader_words.release_field_label_notes


def _take_stray_lists(r: Reading, line: str, line_start: int) -> None:
    """A REL TO list that ends its line, cell, tag or quotation with no release field's label before it (a Word
    custom property's `<vt:lpwstr>REL TO USA, CAN</vt:lpwstr>`, `Keywords: REL TO USA, AUS, NZL`, a mail header
    `X-Releasability: ...`): it states the document's releasability as a field does (`stray_release_list`)."""
    if "TO" not in line.upper():
        return
    for m in r.g.stray_release_list.finditer(line):
        countries = [c for c in re.split(r"[ \t]*(?:,|/|\b[Aa][Nn][Dd]\b)[ \t]*", m.group("list").strip()) if c]
        countries = ["USA" if c == "US" else c for c in countries]
        marking = r.g.parse("UNCLASSIFIED//REL TO " + ", ".join(countries))
        if marking is None or not marking.valid:
            continue  # (no list of country codes the grammar knows: prose, `REL TO USA AND THE UN`)
        r.document_controls.append(StatedControl(marking, line_start + m.start(), line_start + m.end(),
                                                 f"'{line.strip()[:80]}'"))


def take_field(r: Reading, value: str, line: str, start: int, end: int, in_words: bool = True) -> bool:
    """One release field's `value` (at `start`-`end` of the text, on `line`): its controls to `r.document_controls`.
    True when the value is words with no control and no sign word; `in_words`: then read the countries it names
    (fix46c). The column path reads those only after main's fail-closed check of a prose cell (review46z)."""
    signs = r.g.release_field_signs
    value = value.strip().strip("*_").strip().rstrip(".")  # (markdown emphasis: `Distribution: **NOFORN**`)
    if not value or value.upper() in r.g.vocabulary.releasable_to_all:
        return False
    marking, rest = _read_controls(r, value)
    if marking is not None:
        if rest:
            r.problem("GARBLED_MARK", "error", f"'{value}' reads only as far as '{value[:len(value) - len(rest)].strip()}'"
                      f" ({marking.banner()}): the rest, '{rest.strip()}', cannot be read; the document is treated "
                      "as carrying what was read", start, end)
        r.document_controls.append(StatedControl(marking, start, end, f"'{line.strip()}'"))
        if rest and (any(word in signs for word in _SIGN_WORD.findall(rest.upper()))
                     or marking.rel_to and _SIGN_WORD.search(rest.upper()) is not None):
            # (the rest may take a country off what was read, "REL TO USA, FVEY; except GBR pending MOU"; after a
            # list of who may see it, any words may make it a condition, "USA; GBR (upon FDO approval)": the most
            # it can mean, NOFORN, review34d, review38b)
            r.document_controls.append(StatedControl(r.g.parse("UNCLASSIFIED//NOFORN"), start, end, f"'{line.strip()}'"))
        return False
    if not any(word in signs for word in _SIGN_WORD.findall(value.upper())):
        if in_words:
            _take_field_in_words(r, value, line, start, end)
        return True  # `Handling: hand carry only`: nothing about who may receive it
    noforn = r.g.parse("UNCLASSIFIED//NOFORN")
    r.problem("GARBLED_MARK", "error", f"'{line.strip()}' states the document's releasability in words that "
              "cannot be read; the document is treated as not releasable to any partner (NOFORN)", start, end)
    r.document_controls.append(StatedControl(noforn, start, end, f"'{line.strip()}'"))
    return False


def _take_field_in_words(r: Reading, value: str, line: str, start: int, end: int) -> None:
    """(fix46c, review45y e08/e16) A release field's value that names countries or a group of states in words and
    holds no word of `release_field_signs` (`Releasability: HMG in Canada; HMG in New Zealand`, `Releasable to: the
    Crown dependencies`): the list it names limits the document, as a releasability sentence's list does
    (`evidence._countries_named`: "His Majesty's Government in Canada" is Canada's; a group's members). Only a limit:
    a value that names no country or group adds nothing."""
    from .evidence import _countries_named, _groups_named  # (evidence imports this module)
    countries = _countries_named(r, value, people=True)  # (fix51g: `Estonian and Latvian police attaches`)
    group_named, members = _groups_named(r, value)
    if len(countries) == 1 and not group_named:
        return
    countries = list(dict.fromkeys([*countries, *members]))
    marking = r.g.parse("UNCLASSIFIED//" + ("REL TO " + ", ".join(countries) if len(countries) > 1 else "NOFORN"))
    if marking is None or not marking.valid:
        marking = r.g.parse("UNCLASSIFIED//NOFORN")
    r.document_controls.append(StatedControl(marking, start, end, f"'{line.strip()}'"))


# where the cells of a row part (a `|` or a tab of a table, an HTML tag, the view's `|` for a cell); a JSON key and
# value (`"releasability": "NOFORN",`); an HTML meta tag (`<meta name="releasability" content="NOFORN">`)
_CELL_BREAK = re.compile(r"\s*(?:\||\t|<[^>]*>)\s*")
_JSON_PAIR = re.compile(r'"(?P<label>[^"]{1,40})"\s*:\s*"(?P<value>[^"]*)"')
# a field written with `=` (`Releasability = NOT RELEASABLE TO FOREIGN NATIONALS`, an INI file's)
_EQUALS_PAIR = re.compile(r'^\s*(?P<label>[A-Za-z][\w \t]{0,38}?)[ \t]*=[ \t]*(?P<value>\S.*?)\s*$')
_META = re.compile(r'<meta\s+name\s*=\s*"(?P<label>[^"]{1,40})"\s+content\s*=\s*"(?P<value>[^"]*)"', re.IGNORECASE)
# an Office file's custom property (docProps/custom.xml: `<property ... name="Releasability"><vt:lpwstr>USA, AUS
# </vt:lpwstr></property>`) or any XML element named by a `name` attribute with a text value (adv154-018)
_NAMED_ELEMENT = re.compile(r'<[\w:\-]+\s[^<>]*?\bname\s*=\s*"(?P<label>[^"]{1,40})"[^<>]*>\s*(?:<[\w:\-]+(?:\s[^<>]*)?>\s*)?'
                            r'(?P<value>[^<>\s][^<>]*?)\s*<', re.IGNORECASE)


def _cells(line: str) -> list[tuple[str, int, int]]:
    """The non-empty cells of a row (`_CELL_BREAK`), with where each starts and ends in `line`; [] when none."""
    if _CELL_BREAK.search(line) is None:
        return []
    cells = []
    at = 0
    for brk in [*_CELL_BREAK.finditer(line), None]:
        end = brk.start() if brk is not None else len(line)
        if line[at:end].strip():
            cells.append((line[at:end], at, end))
        at = brk.end() if brk is not None else end
    return cells


def _field_forms(line: str) -> list[tuple[str, int, int]]:
    """`line` as the `Label: value` lines it may state (with where the value starts and ends in `line`): the line
    itself; a JSON key and value; an HTML meta tag; each cell of a table row (a footer `Page 1 of 2 | Dissemination:
    ...`), and each pair of cells, the label's and the value's (`| Dissemination | NOFORN |`). A field written
    in a structure states the document's releasability as much as one written on a line of its own (review34d)."""
    forms = [(line, 0, len(line))]
    for shape in (_JSON_PAIR, _META, _EQUALS_PAIR, _NAMED_ELEMENT):
        for m in shape.finditer(line):
            forms.append((f"{m.group('label').strip()}: {m.group('value')}", m.start("value"), m.end("value")))
    cells = _cells(line)
    for i, (cell, start, end) in enumerate(cells):
        if ":" in cell:
            forms.append((cell.strip(), start, end))
        if i + 1 < len(cells):
            # (also after a cell that is a field of its own: its next cell may say more, `| Releasability: REL TO
            # USA, GBR | NOFORN per J2 |`, `| ... | Exception: not GBR pending MOU |`, and the most restrictive
            # wins, review35d, review36b; a label cell with no value takes the next cell's whole text, colon or
            # not, `| Releasability: | Note: US eyes only |`; a label in emphasis, `| **Releasability:** | NOFORN |`.
            # A next cell that is a field of its own is read as its own field too: reading it twice only adds)
            label = cell.partition(":")[0].strip().strip("*_").strip().rstrip(":").strip().strip("*_").strip()
            value, value_start, value_end = cells[i + 1]
            forms.append((f"{label}: {value.strip()}", value_start, value_end))
    return forms


def _release_fields(r: Reading, line: str, line_start: int) -> list[tuple[re.Match[str], tuple[int, int]]]:
    """Every one of `line`'s field forms that is a release field, with where its value is in `line` (a
    classification field in a structure is taken on the way)."""
    found = []
    for n, (form, value_start, value_end) in enumerate(_field_forms(line)):
        if n == 0:
            if ":" not in line and not any(dash in line for dash in "-–—"):
                continue  # (no label: only a release field may part its label with a dash, `Releasability - US ONLY`)
            m = r.g.release_field.match(form)
            if m is not None:
                found.append((m, (m.start("value"), m.end("value"))))
            continue
        if _take_classification_cell(r, form, line_start + value_start, line_start + value_end):
            continue
        m = r.g.release_field.match(form)
        if m is not None:
            found.append((m, (value_start, value_end)))
    return found


def _take_column_fields(r: Reading, line: str, line_start: int, columns: dict[int, str]) -> dict[int, str]:
    """A table whose header row names a release field (`| Item | Owner | Releasability |`): each data row's cell
    in that column is that field's value (review35b). Returns the columns for the rows below (none when `line` is
    no table row)."""
    cells = _cells(line)
    if len(cells) < 2:
        return {}
    if all(set(cell.strip()) <= set("-:= ") for cell, _, _ in cells):
        return columns  # (the row under a markdown table's header)
    labels = {i: cell.strip().strip("*_").rstrip(":").strip() for i, (cell, _, _) in enumerate(cells)}
    labelled = {i: label for i, label in labels.items()
                if ":" not in label and r.g.release_field.match(f"{label}: NOFORN") is not None}
    if labelled:
        return labelled
    for i, label in columns.items():
        if i < len(cells):
            value, start, end = cells[i]
            if value.strip():
                taken = len(r.document_controls)
                signless = take_field(r, value, line, line_start + start, line_start + end, in_words=False)
                if len(r.document_controls) == taken and _PROSE_WORD.search(value) is not None \
                        and value.strip().upper() not in r.g.vocabulary.releasable_to_all:
                    # (`| Name | Role | Rel | Phone |` over `| J. Haddad | driver | brother |`: a cell of words that
                    # state no control says the column may be no release column at all, and its other cells' lists
                    # (`USA, GBR`) no release of the document's; the most it can mean, NOFORN, review38b rf08)
                    r.document_controls.append(StatedControl(r.g.parse("UNCLASSIFIED//NOFORN"), line_start + start,
                                                             line_start + end, f"'{line.strip()[:60]}'"))
                # (fix46c's countries in words only after that check: a cell `the UK when the FDO agrees` read as
                # REL TO USA, GBR had silenced the fail-closed NOFORN above, review46z; they can only add a limit)
                if signless:
                    _take_field_in_words(r, value, line, line_start + start, line_start + end)
    return columns


def _take_classification_cell(r: Reading, form: str, start: int, end: int) -> bool:
    """A `Classification: UNCLASSIFIED//FOUO//NOFORN` written in a structure (a meta tag, a JSON key, a table's
    cells: a plain line is a classification line, `evidence.py`): its controls are the document's, as a release
    field's are. True when `form` is one (it is then taken)."""
    label, _, value = form.partition(":")
    name = label.strip().strip('"')
    if not value.strip() or (classification_label(r.g).fullmatch(name) is None
                             and banner_label(r.g).fullmatch(name) is None):
        return False
    marking = r.g.parse(value.strip())
    if not marking.valid or not (marking.dissem or marking.rel_to or marking.non_ic):
        return False
    controls = _controls_marking(r, marking.dissem, marking.non_ic, marking.rel_to)
    if controls is None:
        return False
    r.document_controls.append(StatedControl(controls, start, end, f"'{form.strip()}'"))
    return True


@functools.lru_cache(maxsize=8)
def banner_label(g: Grammar) -> re.Pattern[str]:
    """The label of a structure's banner field (the rules' `reader_words.structure_banner_key`); once per rules."""
    return re.compile(g.vocabulary.reader_words.structure_banner_key.pattern)


@functools.lru_cache(maxsize=8)
def classification_label(g: Grammar) -> re.Pattern[str]:
    """The label of a classification field (the rules' `reader_words.json_classification_key`); once per rules."""
    return re.compile("(?i)(?:" + g.vocabulary.reader_words.json_classification_key.pattern + ")")


def _read_controls(r: Reading, value: str) -> tuple[Marking | None, str]:
    """The controls `value` states (on an UNCLASSIFIED marking) and the rest of it that was not read: the whole
    value, or else its longest piece before a break (`,`, `;`, ` - `) that reads; (None, value) when none reads."""
    ends = [len(value)] + sorted({b.start() for b in _VALUE_BREAK.finditer(value) if b.start() > 0}, reverse=True)
    for end in ends:
        marking = _controls_of(r, value[:end].strip())
        if marking is not None:
            return marking, value[end:]
    return None, value


def _controls_of(r: Reading, words: str) -> Marking | None:
    """`words` read as dissemination controls (a control that needs a classified level, ORCON, is read on one),
    as an UNCLASSIFIED marking of those controls; None when they read as no control."""
    for base in ("UNCLASSIFIED", "SECRET"):
        marking = r.g.parse(f"{base}//{words}")
        if marking.valid and (marking.dissem or marking.rel_to or marking.non_ic):
            return _controls_marking(r, marking.dissem, marking.non_ic, marking.rel_to)
    # a list of countries alone (`Releasable to: USA, GBR`) is the list a REL TO names (also parted by `;`, `REL: USA;
    # AUS`, review37f); a list that leaves out the USA (`Releasable to: FVEY`) still names who may see it (review38b)
    listed = words.replace(";", ",")
    for countries in (listed, f"USA, {listed}"):
        marking = r.g.parse(f"UNCLASSIFIED//REL TO {countries}")
        if marking.valid and marking.rel_to:
            return _controls_marking(r, marking.dissem, marking.non_ic, marking.rel_to)
    return None


def _controls_marking(r: Reading, dissem: tuple[str, ...] | list[str], non_ic: tuple[str, ...] | list[str],
                      rel_to: tuple[str, ...] | list[str]) -> Marking | None:
    parts = [*dissem, *(["REL TO " + ", ".join(rel_to)] if rel_to else []), *non_ic]
    if not parts:
        return None
    for base in ("UNCLASSIFIED", "SECRET"):
        marking = r.g.parse(f"{base}//" + "/".join(parts))
        if marking.valid:
            return marking
    return None


def orphan_document_controls(r: Reading, portions: list[Portion], declared: Marking | None) -> Marking | None:
    """The controls that the document's banners, `Classification:` lines and release fields state and no portion
    mark carries, as one marking (NOFORN, a non-IC control such as LES NOFORN, a REL TO list); None when every
    control is carried. Each is reported once, naming what stated it."""
    vocabulary = r.g.vocabulary
    explicit = [p.marking for p in portions if p.explicit and p.marking is not None and p.marking.valid]
    rollup = r.g.rollup(explicit) if explicit else None
    if declared is not None and declared.valid and declared.rank > (rollup.rank if rollup is not None else -1) \
            and any(not p.explicit for p in portions):
        # the marks roll up lower than the banner: the unmarked text, which takes the banner, is what it rolls
        # up (a SECRET//NOFORN footnote under (U) paragraphs), its controls with its level
        return None
    carried: set[str] = set()
    carried_lists: list[tuple[str, ...]] = []
    for p in portions:
        m = p.marking
        if p.explicit and m is not None and m.valid:
            carried.update(m.dissem)
            carried.update(m.non_ic)
            if m.noforn:
                carried.add("NOFORN")
            if m.rel_to:
                carried_lists.append(m.rel_to)
    stated: list[tuple[Marking, int, int, str]] = []
    if declared is not None and declared.level is not None:
        where = next((f for f in r.fields if f.name in ("classification", "banner")), None)
        stated.append((declared, where.start if where else 0, where.end if where else 0,
                       f"the banner {declared.banner()}"))
    for e in r.evidence:
        if e.kind in ("banner", "classification_line") and e.marking is not None and e.marking.valid:
            stated.append((e.marking, e.start, e.end, f"'{e.seen[:60]}'"))
    stated.extend((c.marking, c.start, c.end, c.said) for c in r.document_controls)
    dissem: list[str] = []
    non_ic: list[str] = []
    rel_to: tuple[str, ...] | None = None
    for marking, start, end, said in stated:
        found = []
        for d in marking.dissem:
            if d in vocabulary.dissemination and d not in carried and d not in dissem and d != "DISPLAY ONLY":
                dissem.append(d)
                found.append(d)
        for c in marking.non_ic:
            if c not in carried and not (c in vocabulary.noforn_controls and "NOFORN" in carried) and c not in non_ic:
                non_ic.append(c)
                found.append(c)
        if marking.rel_to and not any(set(listed) <= set(marking.rel_to) for listed in carried_lists):
            rel_to = tuple(c for c in marking.rel_to if rel_to is None or c in rel_to)
            found.append("REL TO " + ", ".join(marking.rel_to))
        if found:
            r.problem("DOCUMENT_CONTROL_NOT_CARRIED", "warning",
                      f"{said} states {'/'.join(found)} for the document but no portion mark carries it: which "
                      "portions it belongs to cannot be told, so every controlled or unmarked portion is treated as "
                      "carrying it (plain (U) text too where no controlled portion is there to hold it)", start, end)
    if "NOFORN" in dissem and rel_to is not None:
        rel_to = None  # (NOFORN says more than any list)
    if rel_to is not None and len(rel_to) < 2:
        rel_to, dissem = None, [*dissem, "NOFORN"] if "NOFORN" not in dissem else dissem  # (a list of the USA alone)
    if not (dissem or non_ic or rel_to):
        return None
    # (controls that cannot be written as one marking limit foreign release all the same: NOFORN, fail closed)
    return _controls_marking(r, dissem, non_ic, rel_to or ()) or r.g.parse("UNCLASSIFIED//NOFORN")


def foreign_release_limit(r: Reading, controls: Marking | None) -> Marking | None:
    """What `controls` (from `orphan_document_controls`) make of a plain (U) portion: the limit they set on foreign
    release, NOFORN (a non-IC control that means it too: LES NOFORN, EXDIS) or a REL TO list; None when they set
    none. (The control itself would say more than the portion's mark allows: a (U) portion under a NODIS banner is
    kept from partners, not from the US Government.)"""
    if controls is None:
        return None
    if controls.noforn:
        return r.g.parse("UNCLASSIFIED//NOFORN")
    if controls.rel_to:
        limit = r.g.parse("UNCLASSIFIED//REL TO " + ", ".join(controls.rel_to))
        return limit if limit.valid else r.g.parse("UNCLASSIFIED//NOFORN")
    return None
