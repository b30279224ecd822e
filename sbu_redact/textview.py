"""One normalised view of a text, with an exact offset map back to the original.

Markings hide behind invisible or look-alike characters: a bare-CR or NEL line end, a
zero-width space inside `SECRET`, a bidi mark before `(C)`, a no-break space after `1.`, a
fullwidth `（Ｓ）`, a Cyrillic `С` in `(С)`. The view folds all of them once per document so
that the reader, detection and the leak check all see the same plain text:

- every Unicode line end (CR, CRLF, NEL, U+2028, VT, FF, and the separators that
  `str.splitlines` breaks on) becomes `\\n`, a CRLF pair one `\\n`; a paragraph separator
  (U+2029) a blank line, `\\n\\n`, unless the text writes two between its paragraphs;
- format characters (zero-width, bidi controls, soft hyphen), combining marks, Hangul fillers
  and other control characters are removed; a NOT SIGN (`¬`, PDF extraction's hyphen) that
  breaks a word over a line end goes with the line end when no line start is lost (the word goes
  on in lower case, or inside a bracket): `(CONFI¬` / `DENTIAL)` reads `(CONFIDENTIAL)`;
- every other Unicode space becomes a space (tabs stay);
- compatibility forms (fullwidth, mathematical alphanumerics, superscripts) become the one
  character they stand for (NFKC, when that is one character); a Latin letter ligature or
  digraph whose NFKC form is plain ASCII letters (`ﬁ` `ﬂ` `ﬀ` `ﬃ` `ﬄ` `ﬅ` `ﬆ` `Ĳ` `ǉ`, as PDF
  extraction writes them) becomes those letters, in capitals between capitals: `classiﬁed`
  reads `classified`, `CONﬁDENTIAL` `CONFIDENTIAL`;
- in a text saved from HTML source (it has `<br>` or `<p>` tags), block tags become line
  ends, an element whose class says it is a comment, note or footnote starts a paragraph, a table cell's opening tag a `|` (a row reads as a Markdown table row), inline tags go, and character references (`&para;`, `&nbsp;`, `&#182;`) become the
  character they stand for; so do character references in text converted from HTML without its
  tags (`o&nbsp;(C)`) and in any other text (`&#40;SBU&#41;`, `S&#x2F;&#x2F;NF`);
- in RTF source saved as text (it starts with `{\\rtf`), `\\par` and `\\line` become line
  ends, `\\tab` a tab, `\\'hh` the character it stands for, font, colour, style and other
  tables of syntax or binary data, other control words and group braces go (the text of the
  information group and of annotations stays);
- a letter or sign that Unicode's confusables data (UTS #39, from the `confusable_homoglyphs`
  package) maps to an ASCII prototype becomes that prototype, keeping its case (a Cyrillic
  `С` is `C`, a Greek `Ι` is `I`, a small capital `ꜱ` is `S`).

Every original character becomes no view character (`deleted`, its original offset listed),
one, or, for a ligature, several: the view offsets of the second and later characters of an
expansion are listed in `expanded`. The map from view to original is therefore many-to-one
and monotone: every view character of a ligature maps to the ligature, so a span that covers
part of an expansion covers the whole original character (`span` of the `fi` of `ﬁ` alone,
or of its `i` alone, is the `ﬁ`). `to_original` and `to_view` are exact and cheap (two sorted
lists), and an all-ASCII text with `\\n` line ends is its own view (no copy, no map).
Outputs are always spliced into the original text; the view is only for reading and comparing.
"""
from __future__ import annotations

import bisect
import functools
import html
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

from .lazyre import lazy

__all__ = ["TextView", "view_of", "fold_char", "fold_pattern", "LINE_ENDS"]

#: Characters that end a line (with CRLF as one line end).
LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# Everything that is not printable ASCII, a tab or a `\n` needs a look; a CR looks at its LF.
_SPECIAL = lazy(r"\r\n?|[^\t\n\x20-\x7e]")
_CRLF = lazy(r"\r(?=\n)")
# The ASCII characters the view changes (CR first): line ends other than LF, other controls.
_ASCII_SPECIALS = "\r" + "".join(chr(c) for c in (*range(0, 9), *range(11, 13), *range(14, 32), 127))
_SPECIAL_CHAR = lazy(r"[^\t\n\x20-\x7e]")
_DOUBLED_SEPARATORS = lazy("\u2029[ \t\u00a0]*\u2029")
# HTML source: a document is read as HTML only when it has line-break or paragraph tags.
_HTML_HINT = lazy(r"<(?:br|p|div)\b[^<>]{0,200}>", re.IGNORECASE)
_HTML = lazy(r"(?P<note><(?:span|div|p|aside|section)\b[^<>]{0,200}?\bclass=[\"']?(?:[\w\- ]{0,40}\b)?(?:comment|note|annotation|footnote|sidebar)\b[^<>]{0,200}>)"
             r"|(?P<block><(?:br|/?(?:p|div|li|tr|h[1-6]|ul|ol|table|blockquote|pre))\b[^<>]{0,200}>)"
             r"|(?P<cell><t[dh]\b[^<>]{0,200}>)"
             r"|(?P<inline></?(?:b|i|u|em|strong|span|font|a|tbody|thead|code|small|sup|sub)\b[^<>]{0,200}>|</t[dh]\b[^<>]{0,200}>)"
             r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)", re.IGNORECASE)
_ENTITY = lazy(r"(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)")
# RTF source: tables that hold no text, then control words, hex escapes, escaped and group braces.
# Only groups of syntax and binary data go whole (fonts, colours, styles, lists, revision ids,
# theme and data stores): the information group (`{\info{\title ...}{\author ...}}`) and
# other `{\*\...}` destinations (annotations, bookmarks) can hold the document's words, a
# title or a reviewer's comment, and are read as text like the body (round 19: a title of an
# S//NF memo in `\info` was released unread).
_RTF_HINT = lazy(r"^[ \t\n]*\{\\rtf")
_RTF = lazy(r"(?P<table>\{\\(?:\*\\)?(?:fonttbl|colortbl|stylesheet|listtable|listoverridetable|rsidtbl|themedata"
            r"|colorschememapping|latentstyles|datastore|generator|xmlnstbl|pgdsctbl|defchp|defpap|mmathPr|panose"
            r"|filetbl|revtbl)\b(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})"
            r"|(?P<hex>\\'[0-9a-fA-F]{2})|(?P<escaped>\\[{}\\])"
            r"|(?P<word>\\[a-z]{1,32}(?:-?\d{1,10})? ?)|(?P<brace>[{}])")
# A mail header's encoded word (RFC 2047): charset, Q or B encoding, encoded text.
# A mail body in quoted-printable: its header says so; soft line breaks and `=XX` escapes.
_QUOTED_PRINTABLE_HINT = lazy(r"(?im:^[ \t>]*Content-Transfer-Encoding:[ \t]*quoted-printable[ \t]*$)")
_QUOTED_PRINTABLE = lazy(r"(?P<soft>=[ \t]*\n)|(?P<hex>=[0-9A-F]{2})")
_ENCODED_WORD = lazy(r"(?P<word>=\?[\w\-]{1,40}(?:\*[\w\-]{1,20})?\?[QqBb]\?[^?\s]{0,300}\?=)")
_DELETE_CATEGORIES = frozenset({"Cf", "Mn", "Me", "Cc", "Cs"})
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")  # Hangul fillers: blank, but letters
_SMALL_CAPITAL = lazy(r"LATIN LETTER SMALL CAPITAL ([A-Z])")


@dataclass(frozen=True)
class TextView:
    """The normalised `text` of `original`. `deleted` lists the original offsets of the
    characters the view leaves out (in order); `expanded` lists the view offsets of the view
    characters that stand for the same original character as the view character before them
    (the `i` of the `fi` a ligature `ﬁ` becomes; in order). Every other original character is
    one view character, in the same order."""

    original: str
    text: str
    deleted: tuple[int, ...] = ()
    expanded: tuple[int, ...] = ()

    @functools.cached_property
    def _gaps(self) -> list[int]:
        # the offset (in the view without its expansions) at which each deleted character would have stood
        return [offset - k for k, offset in enumerate(self.deleted)]

    @functools.cached_property
    def _expansions(self) -> list[int]:
        # the offset, in the view without its expansions, of the character each expansion continues
        return [offset - k - 1 for k, offset in enumerate(self.expanded)]

    @property
    def identity(self) -> bool:
        """True when the view is the original text itself."""
        return self.text is self.original

    def to_original(self, offset: int) -> int:
        """The original offset of the view character at `offset` (`len(text)` maps to
        `len(original)`). Characters the view left out before it are skipped: a start. Every
        character of an expansion maps to the one original character it stands for."""
        if self.expanded:
            offset -= bisect.bisect_right(self.expanded, offset)
        if not self.deleted:
            return offset
        return offset + bisect.bisect_right(self._gaps, offset)

    def to_original_end(self, offset: int) -> int:
        """The original offset just after the view character before `offset`: an end, so
        characters the view left out after a span's last character are not part of it, except
        the combining marks on that character (a strikethrough `T̶` is one written character).
        An end inside an expansion ends after the whole original character."""
        if (not self.deleted and not self.expanded) or offset <= 0:
            return offset
        end = self.to_original(offset - 1) + 1
        index = bisect.bisect_left(self.deleted, end)
        while index < len(self.deleted) and self.deleted[index] == end \
                and unicodedata.category(self.original[end]) in ("Mn", "Me"):
            end, index = end + 1, index + 1
        return end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the view span `start:end` (a span that covers part of an
        expansion covers the whole original character)."""
        if end <= start:
            point = self.to_original(start)
            return point, point
        return self.to_original(start), self.to_original_end(end)

    def to_view(self, offset: int) -> int:
        """The view offset of the original offset `offset` (a deleted character maps to the
        view character after it, a ligature to the first character of its expansion)."""
        if self.deleted:
            offset -= bisect.bisect_left(self.deleted, offset)
        if self.expanded:
            offset += bisect.bisect_left(self._expansions, offset)
        return offset

    def leaving_out(self, text: str, left_out: list[int]) -> "TextView":
        """The view of `original` whose text is `text`: this view's text without the view
        characters at the offsets `left_out` (markup decoded, a hyphenated word joined). The two
        maps compose: an original character is left out when all its view characters are."""
        if not self.expanded:
            deleted = sorted({*self.deleted, *(self.to_original(at) for at in left_out)})
            return TextView(self.original, text, tuple(deleted))
        gone = sorted(set(left_out))
        gone_set = set(gone)
        left: set[int] = set(self.deleted)
        expanded: list[int] = []
        groups: dict[int, list[int]] = {}  # the first view character of an expansion: all of them
        first = -1
        for at in self.expanded:
            if at - 1 not in groups.get(first, ()):
                first = at - 1
                groups[first] = [first]
            groups[first].append(at)
        in_groups = {at for members in groups.values() for at in members}
        for at in gone:
            if at not in in_groups:
                left.add(self.to_original(at))
        for first, members in groups.items():
            kept = [at for at in members if at not in gone_set]
            if not kept:
                left.add(self.to_original(first))
            expanded.extend(at - bisect.bisect_left(gone, at) for at in kept[1:])
        return TextView(self.original, text, tuple(sorted(left)), tuple(expanded))


def view_of(text: str) -> TextView:
    """The normalised view of `text` (see the module docstring), with escaped marks read as marks
    (`escaped_marks`) and letter-spaced marking lines as words (`letter_spacing`)."""
    from .escaped_marks import unescaped_marks  # (they build on this module's view)
    from .letter_spacing import joined_letters
    return joined_letters(unescaped_marks(_folded_view(text)))


def _folded_view(text: str) -> TextView:
    """The view of `text` with its characters folded and its markup decoded (module docstring)."""
    ascii_text = text.isascii()
    # (ASCII without a special character: printable once tabs and line ends are left out; a few
    # C scans, much cheaper than one regular expression or a scan per special character)
    if ascii_text and text.replace("\n", "").replace("\t", "").isprintable():
        view = TextView(text, text)
    elif ascii_text and not any(char in text for char in _ASCII_SPECIALS[1:]) and "\r\n" in text \
            and "\r" not in text.replace("\r\n", ""):
        # CRLF line ends and nothing else to fold: every CR before an LF is left out
        view = TextView(text, text.replace("\r\n", "\n"), tuple(m.start() for m in _CRLF.finditer(text)))
    else:
        kept: dict[int, str] | None = None
        if _SCRIPT_HINT.search(text) is not None:
            # letters of another script than Latin: a word of its own script keeps them (`_in_context`)
            joins: list[int] = []
            if _LINE_HYPHENS in text:  # (the words a line hyphen joins are one word)
                _fold_characters(text, None, joins)
            kept = _in_context(text, set(joins)) or None
        folded, deleted, expanded = _fold_characters(text, kept)
        view = TextView(text, text) if not deleted and folded == text \
            else TextView(text, folded, tuple(deleted), tuple(expanded))
    if "=?" in view.text and _ENCODED_WORD.search(view.text) is not None:
        # a mail header's encoded words (RFC 2047): `=?UTF-8?Q?SECRET=2F=2FNOFORN?=` reads as what it says
        view = _decoded(text, view, _ENCODED_WORD.compiled, _encoded_word)
    if "=\n" in view.text and _QUOTED_PRINTABLE_HINT.search(view.text) is not None:
        # a mail body in quoted-printable (RFC 2045): a soft line break `=` + line end joins the
        # line to the next (`SECRET//NOFO=` / `RN`), `=2F` is `/` (round 23)
        view = _decoded(text, view, _QUOTED_PRINTABLE.compiled, _quoted_printable)
    if _RTF_HINT.match(view.text):
        return _decoded(text, view, _RTF.compiled, _rtf_markup)
    if "<" not in view.text or _HTML_HINT.search(view.text) is None:
        if "&" in view.text and _ENTITY.search(view.text) is not None:
            # character references left in text (HTML converted to text, `o&nbsp;(C) Vice minister`,
            # round 69; a list export that escapes its marks, `&#40;SBU&#41;`, `S&#x2F;&#x2F;NF`,
            # fixmarks35): wherever they occur they read as the characters they stand for, so a mark,
            # banner or note written that way is read like any other (an unknown name stays as written)
            return _escaped_twice(text, _decoded(text, view, _ENTITY.compiled, _markup))
        return view
    # HTML source, read after the characters are folded (a zero-width space inside a tag does
    # not hide it)
    return _escaped_twice(text, _decoded(text, view, _HTML.compiled, _markup))


def _escaped_twice(text: str, view: TextView) -> TextView:
    """A view whose character references were themselves escaped (`&amp;#40;S&amp;#41;`, a feed
    that escapes an export's escapes) decoded again, at most twice more: read once, such a mark
    stayed `&#40;S&#41;`, no mark, and its line went on the (U) portion above (review35c)."""
    for _ in range(2):
        if "&" not in view.text or _ENTITY.search(view.text) is None:
            break
        again = _decoded(text, view, _ENTITY.compiled, _markup)
        if again.text == view.text:
            break
        view = again
    return view


def _decoded(text: str, view: TextView, pattern: re.Pattern[str], meaning: Callable[[str, str], str | None]) -> TextView:
    """The view of source markup (HTML, RTF) on top of the folded characters (the two maps
    compose: `TextView.leaving_out`)."""
    decoded, left_out = _decode_markup(view.text, pattern, meaning)
    return view.leaving_out(decoded, left_out)


def _fold_characters(text: str, kept: dict[int, str] | None = None,
                     joins: list[int] | None = None) -> tuple[str, list[int], list[int]]:
    """The folded text, the original offsets it leaves out and the view offsets that continue
    an expansion (`TextView`). `kept`: what the characters at some offsets are instead of
    `fold_char` (a word of another script, `_in_context`); `joins` (when given) gets the offsets
    of the line hyphens and line ends that join a word broken over a line end."""
    pieces: list[str] = []
    deleted: list[int] = []
    expanded: list[int] = []
    cursor = 0
    grown = 0  # view characters added by expansions so far (view offset = original offset - deleted + grown)
    joined_to = (-1, 0)  # (where the last line joined by a hyphen starts, where its view line starts)
    separators_doubled = "\u2029" in text and _DOUBLED_SEPARATORS.search(text) is not None
    for match in _SPECIAL_CHAR.finditer(text):
        start = match.start()
        if start < cursor:
            continue  # (a line end joined to the hyphen before it)
        pieces.append(text[cursor:start])
        found = match.group()
        if found in _LINE_HYPHENS:
            line_start = max(text.rfind(end_char, 0, start) for end_char in LINE_ENDS) + 1
            if line_start == joined_to[0]:  # (a line joined to the one above goes on from that one's start)
                line_start = joined_to[1]
            joined = _hyphen_join(text, start, line_start)
            if joined:  # `CONFI¬` / `DENTIAL`: the hyphen and the line end go, the word is whole
                joined_to = (joined, line_start)
                deleted.extend(range(start, joined))
                if joins is not None:
                    joins.extend(range(start, joined))
                cursor = joined
                continue
        if found == "\r":
            if text[start + 1:start + 2] == "\n":
                deleted.append(start)  # CRLF: the LF stays
            else:
                pieces.append("\n")
        elif found == "\u2029" and separators_doubled:
            pieces.append("\n")  # (a text that writes its paragraph breaks as two separators: one is a line end)
        else:
            folded = fold_char(found) if kept is None or start not in kept else kept[start]
            if folded:
                if len(folded) > 1:  # a ligature (or an enclosed letter): its later characters continue it
                    folded = _in_case(folded, text, start) if folded.isalpha() else folded
                    at = start - len(deleted) + grown
                    expanded.extend(range(at + 1, at + len(folded)))
                    grown += len(folded) - 1
                pieces.append(folded)
            else:
                deleted.append(start)
        cursor = match.end()
    pieces.append(text[cursor:])
    return "".join(pieces), deleted, expanded


# ---------------------------------------------------------------- words of other scripts
# A look-alike folds to its ASCII prototype, and a combining mark goes, in a word of Latin letters
# (`ЅECRET`, `NOFΟRN`, `S̶E̶C̶R̶E̶T̶`) and in a word every letter of which is a look-alike (`(Ѕ)`,
# `ТЅ`, `НСЅ`: a marking spelled in another script's letters). A word of another script that holds a
# letter with no ASCII look-alike (`پیراگراف`, `गोपनीय`, `ลับ`, `סודי`, `пункт`) is a word of
# that script and keeps its letters, its vowel signs (the Arabic and Hebrew vowel points, optional
# in writing, still go) and its digits (as ASCII digits: `۳` is `3`), and the sentence's full stop
# after it (`ہے۔`). A word is a run of letters, marks and digits (and of what the view leaves
# out inside it: `SE\u200bCRET` is one word).
# (any character of a script other than Latin or of a digit of one: only then can a word keep its script)
_SCRIPT_HINT = lazy("[\u0370-\u1dff\u2c00-\u2dff\u3040-\u9fff\ua640-\ua6ff\ua720-\uabff\uac00-\ud7ff"
                    "\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufefc\U00010000-\U0001cfff\U0001e800-\U0001efff"
                    "\U00020000-\U0003ffff]")
_SEP, _GAP, _MARK, _LATIN, _LOOKALIKE, _OWN, _DIGIT, _DIGIT_LOOKALIKE = range(8)  # the roles of characters in words


@functools.lru_cache(maxsize=1)
def _scripts() -> tuple[Callable[[str], object], Callable[[str], object], Callable[[str], object]]:
    import regex  # (only for a text with letters of another script)

    return (regex.compile(r"\p{Script=Latin}").match,
            regex.compile(r"[\p{Script=Common}\p{Script=Inherited}]").match,
            regex.compile(r"[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]").match)


@functools.lru_cache(maxsize=8192)
def _role(char: str) -> int:
    """What `char` is in a word: a letter of the Latin script (or one that folds to an ASCII letter
    and has no script: `𝐒`, or a sign that folds to one: `٥` among letters), a letter of another
    script that folds to an ASCII character (a look-alike) or that keeps its identity (one with no
    ASCII look-alike), a mark, a digit, something the view leaves out, or no part of a word."""
    if char.isascii():
        return _LATIN if char.isalpha() else _DIGIT if char.isdigit() else _SEP if char.isprintable() or char in "\t\n\r" or char in LINE_ENDS else _GAP
    category = unicodedata.category(char)
    folded = fold_char(char)
    if category[0] == "M":
        return _MARK
    if not folded or char in _INVISIBLE_LETTERS:
        return _GAP
    if category == "Nd":  # (a digit that looks like a letter: `𑣩` is a C, `٥` an o)
        return _DIGIT_LOOKALIKE if folded.isalpha() else _DIGIT
    latin, no_script, _ = _scripts()
    if category[0] == "L":
        if latin(char) or (no_script(char) and folded.isascii()):
            return _LATIN
        return _LOOKALIKE if folded.isascii() else _OWN
    return _LATIN if len(folded) == 1 and folded.isascii() and folded.isalpha() else _SEP


@functools.lru_cache(maxsize=4096)
def _script_of(char: str) -> str:
    """The script of a letter, as its name gives it (the scripts of Japanese and Korean are one)."""
    script = unicodedata.name(char, "").split(" ", 1)[0]
    return "CJK" if script in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "KANGXI") else script


def _own(char: str) -> str:
    """A letter of another script as a word of that script keeps it (its compatibility form:
    an Arabic presentation form is the letter; not when that folds otherwise: a lunate `Ϲ` is no `Σ`)."""
    compatible = unicodedata.normalize("NFKC", char)
    return compatible if len(compatible) == 1 and fold_char(compatible) == fold_char(char) else char


def _kept_form(char: str, role: int) -> str:
    """What `char` is in a word that keeps its script."""
    if role in (_LOOKALIKE, _OWN):
        return _own(char)
    if role in (_DIGIT, _DIGIT_LOOKALIKE):
        return str(unicodedata.decimal(char, "")) or fold_char(char)
    if role == _MARK:
        _, no_script, pointed = _scripts()
        if unicodedata.category(char) == "Me" or no_script(char) or pointed(char):
            return fold_char(char)  # (a vowel point, an enclosing or overlay mark goes)
        return char
    return fold_char(char)


def _in_context(text: str, joins: set[int]) -> dict[int, str]:
    """The characters of `text` that a word of their own script keeps (their offsets, and what
    they are in the view instead of `fold_char`), with the full stop of that script after such a
    word. `joins`: the line hyphens and line ends that join a word (inside it). (Run by run of
    characters between spaces and ASCII signs, each run read once per process.)"""
    if joins:
        return _words_in_context(text, joins)[0]
    kept: dict[int, str] = {}
    last = -1  # the end of the last run that ends with a word that keeps its script
    done = 0
    for match in _SCRIPT_HINT.finditer(text):
        if match.start() < done:
            continue
        start = match.start()
        while start > 0 and text[start - 1] not in _RUN_ENDS:
            start -= 1
        done = _RUN_REST.match(text, match.start()).end()  # type: ignore[union-attr]
        forms, trailing = _run_in_context(text[start:done])
        if last >= 0 and _is_script_stop(text[start]) and not text[last:start].strip(" "):
            kept[start] = text[start]  # (`ہے ۔`)
        kept.update((start + at, form) for at, form in forms)
        last = done if trailing else -1
    return kept


# a run of characters between ASCII spaces and signs (every one of which ends a word)
_RUN_ENDS = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" + "".join(chr(c) for c in range(0x21, 0x7f) if not chr(c).isalnum()))
_RUN_REST = lazy("[^" + re.escape("".join(sorted(_RUN_ENDS))) + "]*")


@functools.lru_cache(maxsize=16384)
def _run_in_context(run: str) -> tuple[tuple[tuple[int, str], ...], bool]:
    kept, trailing = _words_in_context(run, set())
    return tuple(kept.items()), trailing


def _is_script_stop(char: str) -> bool:
    """Is `char` a sign of a script's own that `fold_char` makes an ASCII sign (`۔`, `׃`)?"""
    return _role(char) == _SEP and not char.isascii() and fold_char(char) != char \
        and not _scripts()[1](char) and not _scripts()[0](char)


def _words_in_context(text: str, joins: set[int]) -> tuple[dict[int, str], bool]:
    """`_in_context`, and whether the last word of `text` keeps its script and only spaces follow it."""
    kept: dict[int, str] = {}
    size = len(text)
    trailing = False

    def role(at: int) -> int:
        return _GAP if at in joins else _role(text[at])

    done = 0
    for match in _SCRIPT_HINT.finditer(text):
        at = match.start()
        if at < done or role(at) not in (_OWN, _DIGIT, _DIGIT_LOOKALIKE):
            continue
        start, end = at, at + 1
        while start > 0 and role(start - 1) != _SEP:
            start -= 1
        while end < size and role(end) != _SEP:
            end += 1
        done = end
        roles = [role(i) for i in range(start, end)]
        if _LATIN in roles or len({_script_of(text[i]) for i, r in zip(range(start, end), roles) if r in (_LOOKALIKE, _OWN)}) > 1:
            continue  # a Latin word, or a word in letters of two scripts: folded
        if _OWN in roles:  # a word of its script
            for i, r in zip(range(start, end), roles):
                form = _kept_form(text[i], r) if i not in joins else fold_char(text[i])
                if form != fold_char(text[i]):
                    kept[i] = form
        elif _LOOKALIKE not in roles and _DIGIT in roles:  # a number (`۱۲` is 12, `١` alone still an l)
            kept.update((i, _kept_form(text[i], r)) for i, r in zip(range(start, end), roles)
                        if r in (_DIGIT, _DIGIT_LOOKALIKE) and _kept_form(text[i], r) != fold_char(text[i]))
            continue
        else:
            continue  # a word spelled in look-alikes: folded
        after = end
        while after < size and (text[after] == " " or fold_char(text[after]) == " "):
            after += 1
        if after == size:
            trailing = True
        elif _is_script_stop(text[after]):
            kept[after] = text[after]  # (`ہے۔`: the Urdu full stop is no hyphen)
    return kept, trailing


def fold_pattern(pattern: str) -> str:
    """A regular expression of the rules written in another script (`پیراگراف`, `गोपनीय`,
    `СЕКРЕТНО`), as it must read to match the view: each word of non-ASCII letters matches what the
    view makes of it in a word of its own script (`_in_context`: `الفقرة`) or what `fold_char`
    makes of each letter (in a Latin word, or a word of look-alikes: `lلفقرة`), as a choice of the
    two words (so the words a text must hold for it are still known: `prefilter`)."""
    out: list[str] = []
    in_class = False
    class_start = -1
    escaped = False
    at = 0
    while at < len(pattern):
        char = pattern[at]
        if char.isascii():
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == "[" and not in_class:
                in_class, class_start = True, at
            elif char == "]" and in_class and at > class_start + 1 \
                    and not (at == class_start + 2 and pattern[class_start + 1] == "^"):
                in_class = False
            at += 1
            continue
        if escaped:  # (`\ہ` is the letter itself)
            out.pop()
            escaped = False
        if not in_class and _role(char) != _SEP:
            end = at
            while end < len(pattern) and not pattern[end].isascii() and _role(pattern[end]) != _SEP:
                end += 1
            if end < len(pattern) and pattern[end] in "?*+{" and end - at > 1:
                end -= 1  # (a quantifier after a word's last letter is that letter's)
            word = pattern[at:end]
            forms = ["".join(_kept_form(c, _role(c)) for c in word), "".join(fold_char(c) for c in word)]
            out.append(_choice(forms, end - at == 1 and end < len(pattern) and pattern[end] in "?*+{"))
            at = end
            continue
        role = _role(char)
        forms = [fold_char(char)]
        own = char if role == _SEP and not _scripts()[0](char) and not _scripts()[1](char) else _kept_form(char, role)
        if own != forms[0]:
            forms.append(own)
        if in_class and (pattern[at + 1:at + 2] == "-" and pattern[at + 2:at + 3] not in ("", "]")
                         or pattern[at - 1:at] == "-" and at - 2 > class_start and pattern[at - 2] != "\\"):
            out.append(own)  # (an end of a range: the letter itself)
        elif in_class:
            out.extend(re.escape(form) if form.isascii() else form for form in forms if len(form) == 1)
        else:
            out.append(_choice(forms, True))
        at += 1
    return "".join(out)


def _choice(forms: list[str], quantified: bool) -> str:
    """A pattern that matches any of `forms` (literal text), one atom when `quantified`."""
    escaped = list(dict.fromkeys("".join(re.escape(c) if c.isascii() else c for c in form) for form in forms))
    if len(escaped) == 1 and (len(forms[0]) == 1 or not quantified):
        return escaped[0]
    return "(?:" + "|".join(escaped) + ")"


# The hyphen that breaks a word at a line end in PDF extraction (a NOT SIGN for the hyphen of some
# fonts): `(CONFI¬` / `DENTIAL)` is `(CONFIDENTIAL)`. (Not the soft hyphen: an invisible character
# written anywhere, which must not join a field line to the line above it.)
_LINE_HYPHENS = "\u00ac"


def _hyphen_join(text: str, at: int, line_start: int) -> int:
    """The offset after the line end that the hyphen at `at` breaks a word over (letters on both
    sides, and no line start lost), or 0 when it breaks none. Characters the view leaves out
    (zero-width, bidi) do not count, and the line is the view's (from `line_start`, before the
    lines joined to it), so the view of the view joins alike."""
    before = _kept(text, at - 1, -1)
    end = at + 1
    if text.startswith("\r\n", end):
        end += 2
    elif text[end:end + 1] and text[end] in LINE_ENDS:
        end += 1
    else:
        return 0
    after = _kept(text, end, 1)
    if not (before.isalpha() and after.isalpha()):
        return 0
    # joining takes a line start away: only where no line start is lost, i.e. the word goes on in
    # lower case (`gov¬` / `ernment`) or inside a bracket opened on its line (a mark: `(CONFI¬`)
    line = text[line_start:at]
    return end if after.islower() or line.count("(") > line.count(")") else 0


def _kept(text: str, at: int, step: int) -> str:
    """The first character the view keeps from `at` on (`step` 1) or back (-1), folded; "" at
    either end of the text or at a line end."""
    while 0 <= at < len(text) and text[at] not in LINE_ENDS:
        folded = fold_char(text[at])
        if folded:
            return folded[0] if step > 0 else folded[-1]
        at += step
    return ""


def _in_case(letters: str, text: str, at: int) -> str:
    """The letters of the ligature at `at` in the case of the word around it: there is no
    capital `ﬁ`, so `CONﬁDENTIAL` is `CONFIDENTIAL` (the letters next to it are capitals)."""
    around = [char for char in (text[at - 1:at], text[at + 1:at + 2]) if char.isalpha()]
    return letters.upper() if around and all(char.isupper() for char in around) else letters


def _decode_markup(text: str, pattern: re.Pattern[str],
                   meaning: Callable[[str, str], str | None]) -> tuple[str, list[int]]:
    """Tags, control words and character references of source markup: every character of one
    but the last is left out; the last stands for what it means (a line end, nothing, the
    character). A table cell's tag is the exception: its first character stands for its bar."""
    pieces: list[str] = []
    deleted: list[int] = []
    cursor = 0
    for match in pattern.finditer(text):
        pieces.append(text[cursor:match.start()])
        meant = meaning(match.lastgroup or "", match.group())
        if meant is None:
            pieces.append(match.group())  # an unknown reference stays as written
        elif match.lastgroup == "cell":  # (the `<` of a cell's tag is its bar: a row starts at its tag)
            deleted.extend(range(match.start() + 1, match.end()))
            pieces.append(meant)
        else:  # the last characters stand for what it means, one each; the others are left out
            deleted.extend(range(match.start(), match.end() - len(meant)))
            pieces.append(meant)
        cursor = match.end()
    pieces.append(text[cursor:])
    return "".join(pieces), deleted


def _markup(kind: str, found: str) -> str | None:
    """What an HTML tag or character reference is in the view (None: keep it as written)."""
    if kind == "note":  # a comment, note or footnote set into the text (`<span class="comment" ...>`, round 102): a paragraph of its own
        return "\n\n"
    if kind == "block":
        return "\n"
    if kind == "inline":
        return ""
    if kind == "cell":  # a table cell starts after a bar, as in a Markdown table: `|ID|Classification|Summary`
        return "|"
    char = html.unescape(found)
    if len(char) != 1 or char == found:
        return None
    return fold_char(char)


def _encoded_word(kind: str, found: str) -> str | None:
    """What a mail header's encoded word says, each character folded (None: undecodable or
    empty, kept as written; never longer than the word, so every written character stands for at
    most one)."""
    import email.errors  # (only for the texts that have an encoded word: `check` starts without it)
    import email.header
    try:
        parts = email.header.decode_header(found)
        said = "".join(part.decode(charset or "ascii", errors="replace") if isinstance(part, bytes) else part
                       for part, charset in parts)
    except (LookupError, ValueError, email.errors.HeaderParseError):
        return None
    folded = "".join(fold_char(char) for char in said)
    if not folded.strip():
        return None  # a word that decodes to nothing (`=?UTF-8?B?!!!?=`) is damage, kept as written
    return folded if len(folded) <= len(found) else None


def _quoted_printable(kind: str, found: str) -> str | None:
    """What a quoted-printable soft line break or escape is in the view."""
    if kind == "soft":
        return ""
    return fold_char(bytes([int(found[1:], 16)]).decode("latin-1"))


def _rtf_markup(kind: str, found: str) -> str | None:
    """What an RTF control word, escape or brace is in the view."""
    if kind == "hex":
        return fold_char(bytes([int(found[2:], 16)]).decode("cp1252", errors="replace"))
    if kind == "escaped":
        return found[1]
    if kind == "word":
        word = found.rstrip(" ")[1:].rstrip("-0123456789")
        # (a footnote's group is text set apart from the paragraph it sits in: a paragraph of its own, round 102)
        return {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "tab": "\t", "footnote": "\n\n"}.get(word, "")
    return ""


@functools.lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """What one character is in the view: `\\n`, a space, one other character, the ASCII
    letters a Latin ligature stands for (`ﬁ` -> `fi`), or `""` when the view leaves it out.
    Repeated until stable, so the view of a view is itself."""
    folded = _fold_once(char)
    for _ in range(3):
        if len(folded) != 1 or folded == char:
            return folded
        char, folded = folded, _fold_once(folded)
    return folded


def _fold_once(char: str) -> str:
    if char == "\u2029":
        # a PARAGRAPH SEPARATOR ends a paragraph, not a line: a blank line, so the line after it
        # starts a portion of its own even when it opens in lower case (a web viewer's copy, round 61);
        # but in a text that writes two between paragraphs, one is a line end (`_fold_characters`, round 63)
        return "\n\n"
    if char in LINE_ENDS:
        return "\n"
    if char == "\x1f":
        # a UNIT SEPARATOR parts the fields of a record, as a tab does: a mark after it opens its
        # field (round 162: `S\x1f(SBU) home address` read as `S(SBU) home`, a mark inside a word)
        return "\t"
    if char == "\t" or "\x20" <= char <= "\x7e":
        return char
    category = unicodedata.category(char)
    if category in ("Zs",):
        return " "
    if category in ("Zl", "Zp"):
        return "\n"
    if category in _DELETE_CATEGORIES or char in _INVISIBLE_LETTERS:
        return ""
    if "\u2460" <= char <= "\u24ff" or "\u2776" <= char <= "\u2793" or "\U0001f100" <= char <= "\U0001f1ff":
        enclosed = _enclosed(char)
        if enclosed:
            return enclosed
    compatible = unicodedata.normalize("NFKC", char)
    if len(compatible) == 1 and compatible != char and compatible.isascii():
        return compatible
    if len(compatible) > 1 and category[0] == "L" and compatible.isascii() and compatible.isalpha():
        return compatible  # a Latin ligature or digraph: `ﬁ` is `fi`, `Ĳ` is `IJ` (not `™`, `⒮`, `Ⅱ`: no letters)
    small = _SMALL_CAPITAL.fullmatch(unicodedata.name(char, ""))
    if small:
        return small.group(1)
    prototype = _prototype(char)  # before NFKC's own answer: a lunate sigma looks like C, not like Σ
    if prototype:
        return prototype
    if category == "Nd":  # a digit of another script that looks like no letter: `۲` is 2 (fold25)
        return str(unicodedata.decimal(char))
    return compatible if len(compatible) == 1 else char


_ENCLOSED = lazy(r"(?:DINGBAT )?(?:NEGATIVE )?(?:DOUBLE )?(?:SANS-SERIF )?(?:CIRCLED|PARENTHESIZED|SQUARED) "
                 r"(?:LATIN (?P<case>CAPITAL|SMALL) LETTER (?P<letter>[A-Z])|(?:DIGIT|NUMBER) (?P<number>[A-Z ]+))")
_NUMBERS = {name: str(n) for n, name in enumerate(
    "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN SIXTEEN "
    "SEVENTEEN EIGHTEEN NINETEEN TWENTY".split())}


def _enclosed(char: str) -> str:
    """An enclosed letter or number (`⒮`, `Ⓢ`, `🅢`, `🄢`, `🅂`, `①`, `⑴`, `❶`) in the view: the
    letter or number in parentheses, in its case (`(s)`, `(S)`, `(1)`), as a portion mark is
    written: NFKC alone makes a circled `Ⓢ` a bare `S` and leaves `🅢` as it is. "" when `char` is
    no enclosed letter or number."""
    m = _ENCLOSED.fullmatch(unicodedata.name(char, ""))
    if m is None:
        return ""
    if m.group("letter"):
        letter = m.group("letter")
        return f"({letter if m.group('case') == 'CAPITAL' else letter.lower()})"
    number = _NUMBERS.get(m.group("number") or "")
    return f"({number})" if number else ""


def _prototype(char: str) -> str | None:
    """The ASCII character Unicode's confusables data says `char` looks like, in the case of
    `char` (None when it has none): `С` -> `C`, `ѕ` -> `s`, `Ι` -> `I` (the data's prototype
    of I, l and 1 is `l`; a capital keeps looking like a capital)."""
    data = _confusables()
    targets = _single_chars(data.get(char, ()))
    if not targets:
        return None
    candidates: list[str] = []
    for target in targets:
        if target.isascii():
            candidates.append(target)
        else:
            small = _SMALL_CAPITAL.fullmatch(unicodedata.name(target, ""))
            if small:  # Cyrillic т looks like a small capital T, which looks like T
                candidates.append(small.group(1))
    if not candidates:
        return None
    prototype = candidates[0]
    family = [prototype, *_single_chars(data.get(prototype, ()))]
    category = unicodedata.category(char)
    if category == "Lu":
        upper = [c for c in family if c.isascii() and c.isupper()]
        return upper[0] if upper else prototype.upper() if prototype.isalpha() else prototype
    if category == "Ll":
        lower = [c for c in family if c.isascii() and c.islower()]
        return lower[0] if lower else prototype
    return prototype if prototype.isprintable() and not prototype.isspace() else None


def _single_chars(entries: object) -> list[str]:
    """The one-character homoglyphs of a confusables entry (direction marks the data wraps
    around right-to-left characters are dropped)."""
    out = []
    for entry in entries or ():  # type: ignore[attr-defined]
        glyph = entry["c"].replace("\u200e", "").replace("\u200f", "")
        if len(glyph) == 1:
            out.append(glyph)
    return out


@functools.lru_cache(maxsize=1)
def _confusables() -> dict[str, list[dict[str, str]]]:
    """Unicode's confusables table as the `confusable_homoglyphs` package ships it. Read only
    when a text holds a character that nothing cheaper folds, and without importing the
    package's modules (they import urllib for their updater)."""
    from importlib import resources  # (imported only for a text that needs the table)

    raw = (resources.files("confusable_homoglyphs") / "confusables.json").read_text(encoding="utf-8")
    data: dict[str, list[dict[str, str]]] = json.loads(raw)
    # the data wraps right-to-left characters in direction marks, keys included
    return {key.replace("\u200e", "").replace("\u200f", ""): value for key, value in data.items()}
