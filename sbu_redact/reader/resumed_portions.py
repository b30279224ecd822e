"""A marked paragraph cut mid-sentence whose rest resumes, unmarked, inside a lower portion a few portions on
(issue 8, adv157-001, -009, -027, fix155).
A PDF pasted as text cuts a paragraph where its page or column ends: `(S//NF) ... we judge that the` is followed by
the next page's running head `(U) Iran: Drone Transfers to Russia Through 2028` and then `cargo manifests were
falsified ...`; a two-column bulletin's `(C//NF)` paragraph breaks off at `two mechanized brigades` and goes on under
the left column's next `(U)` block; a `(U)` footnote lands between an `(SBU//NF)` paragraph's lines. The rest then
reads as the wrapped text of the (U) portion it follows. So when a marked portion ends mid-sentence (its last word
in lower case, no stop after it) and one of the next three portions holds a line that opens in lower case right
after a line that ends a sentence or a title line, that portion is raised to at least the cut portion's mark
(raised whole, never split: fail closed).

fix40b (adv158-021): the rest may also open an unmarked portion of its own in lower case right under one-line
portions that interrupt the sentence (`(SBU NOFORN) ... is coaching applicants` / `> (U) "Tbilisi is a busy post
..." - Consul General` / `and supplying forged bank letters ...`), and the cut paragraph's mark may be one that reads
with errors (`(SBU NOFORN)`): its rest is then as doubtful as it is (withheld at every level).

fix41c (adv164-027, adv166-024): the rest may come under a bare mark line of its own, after a break (a cable's
repeated SECTION 02 header, `-- continued --`, a running head): `(C) ... has been paying` / `-- continued --` / `(U)` /
`a Syrian armed group ...`. A portion that opens with a mark alone on its line is raised when its next line opens in
lower case, or, after a cut that stops on a word no sentence ends on (`... NOW PAY THE`, in an all-caps cable too),
whatever its case."""
from __future__ import annotations

from ..document import Portion
from ..markings import Marking
from ..lazyre import lazy
from .raising import raised_to
from .state import Reading

_REACH = 3  # portions after the cut one where its rest may resume (a running head, a column's block, footnotes)
_MIN_WORDS = 6  # a cut paragraph, not a heading (`(C//NF) Eritrea: troop movements`)
# the last word of a sentence cut off: lower case, no stop after it (`..., and that the`, `two mechanized brigades`)
_CUT_OFF = lazy(r"(?:^|\s)[a-z][a-z'\-]*,?$")
# a line that ends a sentence (a footnote's number or a closing quote may follow the stop)
_ENDS_SENTENCE = lazy(r"[.!?][\"'”’)\]]*\d{0,2}$")
# a line that opens in lower case (after its indent)
_OPENS_LOWER = lazy(r"[ \t]*[a-z]")
# a title line: a mark, then words each capitalised or short (`(U) Iran: Drone Transfers to Russia Through 2028`)
_TITLE = lazy(r"[ \t]*(?:\d{1,3}[ \t]+)?\([A-Z/ ]{1,20}\)[ \t]+(?:[A-Z0-9][\w\-'’]*:?|[a-z]{1,4})(?:[ \t]+(?:[A-Z0-9][\w\-'’,]*:?|[a-z]{1,4}))*[ \t]*$")


def _resumes_in(r: Reading, q: Portion) -> bool:
    """Whether `q` holds a line opening in lower case under a line that ends a sentence or under its title line."""
    lines = r.text[q.start:q.end].split("\n")
    for k in range(1, len(lines)):
        if _OPENS_LOWER.match(lines[k]) is None:
            continue
        above = lines[k - 1].rstrip()
        if _ENDS_SENTENCE.search(above) is not None or k == 1 and _TITLE.fullmatch(above) is not None:
            return True
    return False


def raise_resumed_portions(r: Reading, portions: list[Portion]) -> list[Portion]:
    """`portions` with the portion where a marked paragraph cut mid-sentence resumes raised to that paragraph's mark."""
    order = sorted(range(len(portions)), key=lambda k: portions[k].start)
    out = list(portions)
    for at, k in enumerate(order):
        cut = portions[k]
        if not cut.explicit or cut.marking is None:
            continue
        raw = r.text[cut.body_start:cut.end].rstrip()
        body = _without_break_lines(raw)
        # (lead41, review41cd) main's reading of the cut (on the body as written) is kept beside fix41c's (on the body
        # without its break lines), and a bare-mark portion raised does not end the search for main's resumed portion
        main_cut = len(raw.split()) >= _MIN_WORDS and _CUT_OFF.search(raw[-40:]) is not None
        long_enough = len(body.split()) >= _MIN_WORDS
        cut_off = main_cut or long_enough and _CUT_OFF.search(body[-40:]) is not None
        goes_on = long_enough and _goes_on(r, body[-40:])
        if long_enough and _UNSTOPPED.search(body[-40:]) is not None:
            # (fix42c) a running head or foot reprinted between the halves of a sentence, the rest under a bare mark
            _raise_after_page_break(r, portions, out, order[at + 1:at + 1 + _BREAK_REACH], cut, len(body))
        # (fix43c, adv172-004) a running head or foot the reader did not take as one (a cable's section break copied in
        # lower case, `secret` / `section 02 of 03 ulaanbaatar 000731`) stays in the cut paragraph: the paragraph
        # without the page lines it ends on is cut too (main's reading above is kept beside this one)
        headless = _without_page_lines(r, raw)
        if len(headless) < len(raw) and len(headless.split()) >= _MIN_WORDS and _UNSTOPPED.search(headless[-40:]):
            _raise_after_page_break(r, portions, out, order[at + 1:at + 1 + _BREAK_REACH], cut, len(headless))
        if not (cut_off or goes_on):
            continue
        for n, j in enumerate(order[at + 1:at + 1 + _REACH]):
            opens = _opens_unmarked_after_lines(r, portions, order[at + 1:at + 1 + n], portions[j])
            if not cut.marking.valid:
                if opens:  # (fix40b: a mark that reads with errors, `(SBU NOFORN)`: its rest is doubtful too)
                    out[j] = _doubtful_as(r, out[j], cut.marking)
                    break
                continue
            if (cut_off or goes_on) and _under_bare_mark(r, portions[j], goes_on):
                out[j] = raised_to(r, out[j], [cut.marking], _RESUMES)
            if not cut_off:
                continue
            if _resumes_in(r, portions[j]):
                out[j] = raised_to(r, out[j], [cut.marking], _RESUMES)
                break
            if opens:  # (raised, and the search goes on: main's reading may still find the rest further down; review40b)
                out[j] = raised_to(r, out[j], [cut.marking], _RESUMES)
    return out


_RESUMES = ("a paragraph above is cut mid-sentence (a page or column break) and its rest may resume in this portion: "
            "at least its mark")


_BARE_MARK = lazy(r"[ \t]*(?:\d{1,3}\.?[ \t]+)?\([A-Z/ \-]{1,24}\)[ \t]*$")
_NEW_PORTION = lazy(r"[ \t]*(?:\d{1,3}[.)]|[A-Za-z][.)][ \t]|\(|[-*\u2022])")


# (fix41c) a break line a cut paragraph may end on: `MORE`, `(cont'd)`, `-- continued --`, `- page 2 -`, `Page 2 of 3`
_BREAK_LINE = lazy(r"\n[ \t\f]*(?:[(\[<-]*[ \t]*(?:MORE|[Mm]ore|(?i:cont(?:'d|inued|d|\.))(?:[ \t]+(?i:on|overleaf)[^\n]{0,30})?)"
                   r"[ \t]*[)\]>-]*|-+[ \t]*(?i:(?:page|p\.)[ \t]*)?\d{1,3}[ \t]*-+|(?i:page)[ \t]*\d{1,3}(?:[ \t]+(?i:of)[ \t]+\d{1,3})?"
                   r"|\f)[ \t\f]*$")


# (fix42c) a paragraph that stops on a word with no stop after it, in any case (`... PAY THE`, `... HAS BEEN PAYING`)
_UNSTOPPED = lazy(r"[^\W\d_][\w'’\-]*,?[ \t]*$")
# (fix42c, fix43g) a line reprinted at a page's head or foot: the rules' `reader_words.page_head_line` (`r.g.page_head_line`)
_BREAK_REACH = 4  # portions after the cut one (break lines, bare marks, notes) where its rest may resume (fix42c)


def _raise_after_page_break(r: Reading, portions: list[Portion], out: list[Portion], after: list[int], cut: Portion,
                            body_length: int) -> None:
    """(fix42c: adv169-018, review41cd c04, c05) Raise, in `out`, each of the portions `after` the cut paragraph `cut`
    that opens with a mark alone on its line over text that opens no portion of its own (`(U)` / `Russian handlers
    ...`, in any case) when a break line or a reprinted running head or foot lies between it and the cut; the search
    stops at a portion that opens with its mark and text on one line (a new paragraph)."""
    assert cut.marking is not None
    for j in after:
        q = portions[j]
        gap = r.text[cut.body_start + body_length:q.start]
        first = r.text[q.start:q.end].split("\n", 1)[0]
        bare = q.explicit and q.mark_start is not None and _BARE_MARK.fullmatch(first) is not None
        if q.explicit and not bare:
            return
        if not bare or (r.g.page_head_line.search(gap) is None and _BREAK_LINE.search("\n" + gap) is None
                        and not any(_BREAK_LINE.search("\n" + line) for line in gap.split("\n"))):
            continue
        lines = r.text[q.start:q.end].split("\n")
        if len(lines) >= 2 and lines[1].strip() and _NEW_PORTION.match(lines[1]) is None:
            out[j] = raised_to(r, out[j], [cut.marking], _RESUMES)


def _without_page_lines(r: Reading, body: str) -> str:
    """(fix43c) `body` without the page-head, page-foot and break lines it ends on, in any case."""
    while "\n" in body:
        head, last = body.rsplit("\n", 1)
        if r.g.page_head_line.match(last) is None and _BREAK_LINE.search("\n" + last) is None:
            return body
        body = head.rstrip()
    return body


def _without_break_lines(body: str) -> str:
    """`body` without the break lines it ends on (fix41c)."""
    while True:
        found = _BREAK_LINE.search(body)
        if found is None or found.start() == 0:
            return body
        body = body[:found.start()].rstrip()


def _goes_on(r: Reading, text: str) -> bool:
    """(fix41c) Does `text` stop on a word no sentence ends on (`the`, `THE`, `of`: rules `unfinished_line_words`)?"""
    found = r.g.unfinished_line.compiled.search(text)
    return found is not None and found.group(0).rstrip()[-1:].isalpha()


def _under_bare_mark(r: Reading, q: Portion, goes_on: bool) -> bool:
    """(fix41c) Does `q` open with a mark alone on its line, its next line in lower case (or, after a cut on a word
    that goes on, any line that opens no portion of its own)?"""
    if not q.explicit or q.mark_start is None:
        return False
    lines = r.text[q.start:q.end].split("\n")
    if len(lines) < 2 or _BARE_MARK.fullmatch(lines[0]) is None or not lines[1].strip():
        return False
    return _OPENS_LOWER.match(lines[1]) is not None or goes_on and _NEW_PORTION.match(lines[1]) is None


def _opens_unmarked_after_lines(r: Reading, portions: list[Portion], between: list[int], q: Portion) -> bool:
    """(fix40b) Does `q`, unmarked, open in lower case, with only one-line portions between it and the cut paragraph
    (a pull quote, a footnote, a running head), at least one of them?"""
    if q.explicit or q.mark_start is not None or not between or _OPENS_LOWER.match(r.text, q.start) is None:
        return False
    return all("\n" not in r.text[portions[k].start:portions[k].end].strip() for k in between)


def _doubtful_as(r: Reading, p: Portion, marking: Marking) -> Portion:
    """`p` with the doubtful `marking` of the cut paragraph whose rest it may hold (withheld at every level)."""
    if p.marking is not None and not p.marking.valid:
        return p
    r.problem("GOVERNED_PORTION", "warning", "a paragraph above, whose mark reads with errors, is cut mid-sentence and "
              "its rest may resume in this portion: it is as doubtful as that paragraph", p.start, p.end)
    return p.with_marking(marking)
