"""A (U) table row whose text goes on with the classified row right above it is raised to that row's level (fix40b).

    | (S//NF) | A liaison service reports that Iranian advisers at Hodeidah are preparing |
    | (U)     | two explosive boats for an attack on a tanker before the end of December. |

A spreadsheet export or a pasted table wraps a long cell onto the next row, and the next row's mark cell says
`(U)` (adv156-017, adv158-026): the wrapped half of the classified sentence was released under the row's `(U)`.
Where the row above is marked higher, its text cell stops in the middle of a sentence (no `.`, `!`, `?`, `:` or
`;` at its end, at least five words) and this row's text cell in the same column goes on with it (in lower case, or
after a word no sentence ends on: rules `unfinished_line_words`), the row's `(U)` may be a wrap's: the row takes the
level of the row above. A row with cells of its own after its text (`| (U) | Update the list | RSO | 12/07 |`) under a
row that has them too is a row, not a wrap. Nothing is split or lowered; a run of such rows is raised row by row.

The same for any table a row is one line of (fix41c: adv164-013 CSV, adv164-014 HTML `<tr>`, adv166-015 TSV,
adv166-016 a pipe row with an empty cell): the row's cells are read whatever their delimiter (`<td>`, tab, `|`, `||`,
`!`, a quoted CSV field, columns two spaces apart, a JSON object's or an XML element's values on one line), the mark cell wherever it stands. Where the higher row's last
text cell stops in the middle of a sentence and the `U` row's last text cell stands in the same column, the cells
between its mark cell and that one empty (or as in the row above), the `U` row is a wrap of the row above.
"""
from __future__ import annotations

import csv
import json
import re

from ..document import Portion
from ..lazyre import compile_pattern
from .raising import raised_to
from .state import Reading

_SENTENCE_END = compile_pattern(r"[.!?:;\u2026][\"'\u201d\u2019)\]*_]*[ \t]*$")
_LOWER_START = compile_pattern(r"[ \t*_]*[^\W\d_A-Z]")
_CELL_SPLIT = re.compile(r"\t|[ \t]*\|[ \t]*|[ \t]{2,}")
_MIN_WORDS = 5


def raise_wrapped_cells(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with each unclassified table row whose text cell goes on with the higher row above raised to it."""
    out = list(portions)
    for k in range(1, len(out)):
        p, above = out[k], out[k - 1]
        m, up = p.marking, above.marking
        if p.kind != "table_row" or above.kind != "table_row" or not p.explicit or p.mark_start is None \
                or m is None or not m.valid or m.rank != 0 or up is None or not up.valid \
                or not (up.rank > 0 or up.controls) or above.mark_start is None:
            continue
        if _split_row(r, above, p):
            out[k] = raised_to(r, p, [up], "its last text cell goes on with the sentence of the higher row above it "
                                           "(a cell an export split into a `U` row): it takes that row's level")
            continue
        if r.text[above.end:p.start].strip() or r.text.count("\n", above.end, p.start) > 1:
            continue  # (rows of one table, line after line)
        here = _text_cell(r, p)
        there = _text_cell(r, above)
        if here is None or there is None or here[0] != there[0] or here[2] and there[2]:
            continue  # (a row with its own cells after the text, `| (U) | Update the list | RSO | 12/07 |`, under
            # one that has them too is a row of its own, not a wrap; adv103-023)
        before, after = there[1], here[1]
        if len(before.split()) < _MIN_WORDS or _SENTENCE_END.search(before) is not None or not after:
            continue
        if _LOWER_START.match(after) is None and not _ends_on_a_word_that_goes_on(r, before):
            continue
        out[k] = raised_to(r, p, [up], "its text cell goes on with the sentence of the higher row above it (a wrapped "
                                       "cell under a `(U)` mark cell): it takes that row's level")
    return out


def _text_cell(r: Reading, p: Portion) -> tuple[int, str, bool] | None:
    """(its column after the mark cell, its text, whether a later cell holds text) of the first cell after row `p`'s
    mark cell that holds text."""
    assert p.mark_start is not None and p.mark_end is not None
    line_start = r.text.rfind("\n", 0, p.mark_start) + 1
    line_end = r.text.find("\n", p.mark_end)
    line_end = len(r.text) if line_end == -1 else line_end
    rest = r.text[p.mark_end:line_end]
    if r.text[line_start:p.mark_start].strip(" \t|"):
        return None  # (the mark cell opens the row)
    cells = _CELL_SPLIT.split(rest)
    for column, cell in enumerate(cells):
        if cell.strip():
            return column, cell.strip(), any(later.strip() for later in cells[column + 1:])
    return None


def _ends_on_a_word_that_goes_on(r: Reading, text: str) -> bool:
    found = r.g.unfinished_line.compiled.search(text)
    return found is not None and found.group(0).rstrip()[-1:].isalpha()


_ROW_TAGS = compile_pattern(r"</?t[rdh]\b[^>]*>|</?(?:tbody|thead|table)\b[^>]*>", re.I)
_CELL_TAG = re.compile(r"<t[dh]\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_XML_CELL = re.compile(r"<(\w[\w.\-]*)[^>/]*>([^<]*)</\1>")
_QUOTES = "\"'\u201c\u201d "
_ROW_KEY = re.compile(r"[\w.:/#\-]{0,16}\d[\w.:/#\-]{0,16}")
_FIXED = re.compile(r"\S+(?: \S+)*")


def _line_of(r: Reading, p: Portion) -> str | None:
    """The one line row `p` stands on (None for a row of several lines)."""
    line_start = r.text.rfind("\n", 0, p.start) + 1
    line_end = r.text.find("\n", p.start)
    line_end = len(r.text) if line_end == -1 else line_end
    if p.end > line_end + 1 and r.text[line_end:p.end].strip():
        return None
    return r.text[line_start:line_end]


def _cells(line: str) -> tuple[str, list[tuple[int, str]]] | None:
    """(the delimiter kind, [(column key, text)]) of a table row's line: the key is the cell's index for a delimited
    row, its first character's column for a fixed-width one (whose empty cells are not seen)."""
    stripped = line.strip()
    if stripped.startswith("{") and stripped.rstrip(",").endswith("}"):
        try:
            record = json.loads(stripped.rstrip(","))
        except ValueError:
            return None
        if not isinstance(record, dict):
            return None
        return "json", [(k, v.strip() if isinstance(v, str) else "") for k, v in enumerate(record.values())]
    if _XML_CELL.search(line) and not _CELL_TAG.search(line):
        return "xml", [(k, _TAG.sub(" ", m.group(2)).strip()) for k, m in enumerate(_XML_CELL.finditer(line))]
    if _CELL_TAG.search(line):
        parts = _CELL_TAG.split(line)[1:]
        return "html", [(k, _TAG.sub(" ", c).strip()) for k, c in enumerate(parts)]
    if "\t" in line:
        return "tab", [(k, c.strip()) for k, c in enumerate(line.split("\t"))]
    if stripped[:1] in "|!" or " | " in stripped:
        parts = re.split(r"\|\|?|^!|(?<=\s)!!?(?=\s)", stripped)
        if parts and not parts[0].strip():
            parts = parts[1:]
        if parts and not parts[-1].strip():
            parts = parts[:-1]
        return "pipe", [(k, c.strip()) for k, c in enumerate(parts)]
    for delimiter in (",", ";"):
        if line.count(delimiter) >= 2:
            try:
                fields = next(csv.reader([line], delimiter=delimiter))
            except (csv.Error, StopIteration):
                return None
            return "csv" + delimiter, [(k, c.strip()) for k, c in enumerate(fields)]
    if re.search(r"\S {2,}\S", line):
        return "fixed", [(m.start(), m.group(0)) for m in _FIXED.finditer(line)]
    return None


def _mark_key(r: Reading, p: Portion, cells: list[tuple[int, str]]) -> int | None:
    """The key of the cell holding row `p`'s mark."""
    assert p.mark_start is not None and p.mark_end is not None
    mark = re.sub(r"^.*>", "", r.text[p.mark_start:p.mark_end]).strip("()[] \t\"'")
    for key, text in cells:
        if text.strip("()[] \t\"'") == mark and mark:
            return key
    return None


def _split_row(r: Reading, above: Portion, p: Portion) -> bool:
    """Whether `U` row `p` holds the rest of a sentence the higher row `above` left unfinished in its last cell."""
    between = _ROW_TAGS.sub("", r.text[above.end:p.start])
    if between.strip(" \t\r\n,") or r.text.count("\n", above.end, p.start) > 3:
        return False  # (an HTML table's rows are read with blank lines between them)
    line_up, line = _line_of(r, above), _line_of(r, p)
    if line_up is None or line is None or line_up == line:
        return False
    up_cells, cells = _cells(line_up), _cells(line)
    if up_cells is None or cells is None or up_cells[0] != cells[0]:
        return False
    up, here = up_cells[1], cells[1]
    up_mark, mark = _mark_key(r, above, up), _mark_key(r, p, here)
    if up_mark is None or mark is None or up_mark != mark:
        return False
    if _split_before_trailing_cells(r, up, here, up_mark, mark):
        return True
    up_text = [(key, text) for key, text in up if key > up_mark and text.strip(_QUOTES)]
    texts = [(key, text) for key, text in here if key > mark and text.strip(_QUOTES)]
    if not up_text or not texts:
        return False
    last_key, before = up_text[-1]
    key, after = texts[-1]
    if key != last_key:
        return False
    same = dict(up)
    if any(same.get(k) != t for k, t in texts[:-1]):
        return False  # (a row with cells of its own: `| U | Valletta | Port call pending ... |`)
    if any(t.strip(_QUOTES) and same.get(k) != t and _ROW_KEY.fullmatch(t.strip(_QUOTES)) is None
           for k, t in here if k < mark):
        return False  # (a row naming its own entity before its mark cell, `4<TAB>Eastgate Freight<TAB>(U)`; a row's
        # number, id or date of its own, `T-103`, is no such cell: adv88-033)
    before, after = before.strip(_QUOTES), after.strip(_QUOTES)
    if len(before.split()) < _MIN_WORDS or _SENTENCE_END.search(before) is not None or not after:
        return False
    return _LOWER_START.match(after) is not None or _ends_on_a_word_that_goes_on(r, before)


_TRAILING_WORDS = 3  # (fix42c) a cell after the text one that names an owner, an office or a date, not text


def _split_before_trailing_cells(r: Reading, up: list[tuple[int, str]], here: list[tuple[int, str]], up_mark: int,
                                 mark: int) -> bool:
    """(fix42c: review41z W01, W02) Whether the `U` row's cells `here` hold the rest of a sentence the higher row's cells
    `up` left unfinished in a text cell with other cells after it (`"(S//NF)","... working out of the",POL` /
    `"(U)","Minsk station and ...",POL`): the same column in both rows, the cells before it (after the mark cell) empty or
    as in the row above, the cells after it short (an owner, an office, a date) in both, and in the `U` row empty or as in the row above."""
    same = dict(up)
    mine = dict(here)
    if any(t.strip(_QUOTES) and same.get(k) != t and _ROW_KEY.fullmatch(t.strip(_QUOTES)) is None
           for k, t in here if k < mark):
        return False  # (a row naming its own entity before its mark cell, as in `_split_row`: adv88-033)
    for key, before in up:
        before = before.strip(_QUOTES)
        if key <= up_mark or key not in mine or len(before.split()) < _MIN_WORDS \
                or _SENTENCE_END.search(before) is not None:
            continue
        after = mine[key].strip(_QUOTES)
        if not after or key <= mark:
            continue
        if any(t.strip(_QUOTES) and same.get(k) != t for k, t in here if mark < k < key):
            continue
        if any(len(t.split()) > _TRAILING_WORDS for k, t in [*up, *here] if k > key) \
                or any(t.strip(_QUOTES) and same.get(k) != t for k, t in here if k > key):
            continue  # (a row with cells of its own after its text, `| U | Lunch ... | GSO |` under `... | J2 |`)
        if _LOWER_START.match(after) is not None or _ends_on_a_word_that_goes_on(r, before):
            return True
    return False
