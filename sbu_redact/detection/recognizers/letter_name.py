"""PERSON: the names an e-mail or letter addresses and is signed with, on lines of their own:
a salutation (`Natalia,`, `Peter, Tim --`, `Dear Kasia,`, `Hi Marco and Ana:`) and a sign-off
after a closing word (`Thanks,` / `Chidi`, `Best regards,` / `Tony`) or alone before the
signature block (`... at 10.` / `Katya` / `--`) or after a dash ending it (`-- Kirsten`, `...
reschedule. --W.`) or an initial alone ending the text (`... the cable. G.`, `> R.`), a known
name alone on the text's last line (`End comment.` / `Marsh`), on the closing's own line (`v/r, Tshepo`,
`Thx – Kwabena`), and a name addressed at the start of a (quoted) line (`> Tshepo, please ...`), in Latin,
Cyrillic, Greek or Armenian letters (`Драгана`), and a surname in capitals alone on its line right before
the drafting line (`End comment.` / `VARTANIAN-HOLT` / `Drafted: POL:...`). A name word is a known
given name or a capitalized word that is no English word in use; ordinary words (`Thanks,`,
`All,`, `Team --`) are not names."""
from __future__ import annotations

import re

from ..registry import register
from .base import CableRecognizer, RecognizerSpec

# (in Cyrillic, Greek or Armenian script too: a sign-off `Драгана` under an English e-mail)
_NAME_WORD = (r"[A-Z\u00C0-\u00DE\u0400-\u042F\u0391-\u03A9\u0531-\u0556]"
              r"[a-z\u00DF-\u024F\u1E00-\u1EFF\u0430-\u045F\u03AC-\u03CE\u0561-\u0587'\u2019\-]+")
_NAMES = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+){_NAME_WORD}(?:[ \t]+{_NAME_WORD})?){{0,3}}"


# a sign-off after a dash ending the text (or its paragraph): `-- Kirsten`, `... reschedule. --W.`
_DASH_SIGNOFF = re.compile(rf"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:--|\u2013|\u2014)[ \t]*(?P<names>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?"
                           r"|[A-Z]\.)[ \t]*(?=\n[ \t]*\n|\s*\Z)", re.MULTILINE)
# ... or a lower-case one (`-- ben`, `-- mj`) on the last line of the text, after a sentence
_LOWER_DASH_SIGNOFF = re.compile(r"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:--|\u2013|\u2014)[ \t]*(?P<names>[a-z]{2,12})[ \t]*(?=\s*\Z)",
                                 re.MULTILINE)
# a salutation opening a paragraph, a dash, then the message on the same line (`Antonia -- attached are ...`)
_DASH_SALUTATION = re.compile(rf"(?:\A|\n[ \t]*\n)[ \t]*(?P<names>{_NAME_WORD})[ \t]+(?:--|\u2013|\u2014)[ \t]+(?=[a-z])")
# an initial signing the text: alone on the last line after a sentence (`... again.` / `> R.`), or
# after the last sentence on its line (`... out of the cable. G.`), at the end of the text
_INITIAL_SIGNOFF = re.compile(r"(?:(?<=[.!?])[ \t]*\n(?:[ \t]*>)*|(?<=[.!?])[ \t]+)[ \t]*(?P<names>[A-Z]\.)[ \t]*(?=\s*\Z)")
# one name word alone on the text's last line, after a sentence
_LAST_LINE_NAME = re.compile(rf"(?<=[.!?])[ \t]*\n[ \t]*(?P<names>{_NAME_WORD})[ \t]*\s*\Z")
# a surname in capitals alone on its line after a sentence, signing the text right before its
# drafting or clearance line (`End comment.` / `VARTANIAN-HOLT` / `Drafted: POL:...`)
# (or opening the unit of analysis: the reader may set the signature apart)
# (the pattern opens with the line end or the text's start; the sentence's end before is checked in `find`)
_SIGNATURE_BEFORE_DRAFTING = re.compile(r"(?:\n|\A\s*)[ \t]*(?P<names>[A-Z][A-Z'\u2019\-]{2,}(?:[ \t]+[A-Z][A-Z'\u2019\-]{2,})?)"
                                        r"[ \t]*\n[ \t]*(?i:drafted|cleared|approved)\b")
# ... or a double name making a unit of analysis of its own (the reader set the signature apart;
# one word alone there may be a subject line's place: SUBJECT: ... IN / SVINIA)
_ALONE_CAPS = re.compile(r"\A\s*(?P<names>[A-Z][A-Z'\u2019]{2,}-[A-Z][A-Z'\u2019]{2,})\s*\Z")
_TAIL = 400  # how far from the text's end the two above are looked for (characters)
# a unit of analysis made of one name word (the reader sets a sign-off after a blank line apart)
_ALONE = re.compile(rf"\A\s*(?P<names>{_NAME_WORD})\s*\Z")


# a lower-case word signing after a dash is a name unless it is this common (zipf: `-- the end`)
_LOWER_SIGNOFF_MAX_ZIPF = 5.0


@register("letter_name")
class LetterNameRecognizer(CableRecognizer):
    lower_case_names = True  # a sign-off may be written in lower case (`-- ben`); post-processing keeps it
    class Spec(RecognizerSpec):
        # words that may open a salutation line (Dear, Hi, Hello)
        greetings: list[str] = []
        # closing words after which the next line is the writer's name (Thanks, Best regards)
        closings: list[str] = []
        # a word at or above this zipf frequency is an English word, unless a known given name
        max_zipf: float = 3.0

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        greetings = "|".join(re.escape(g) for g in sorted(spec.greetings, key=len, reverse=True)) or "(?!)"
        closings = "|".join(re.escape(c).replace(r"\ ", r"[ \t]+") for c in sorted(spec.closings, key=len, reverse=True)) or "(?!)"
        self.max_zipf = spec.max_zipf
        self._closing_words = frozenset(c.lower() for c in spec.closings)
        # a salutation line: a paragraph of its own (a unit of analysis may start with it)
        self._salutation = re.compile(rf"(?:\A|\n[ \t]*\n|\n(?=[ \t]*(?i:{greetings})\b))[ \t]*(?:(?i:{greetings})[ \t]+)?"
                                      rf"(?P<names>{_NAMES})[ \t]*(?:,|:|--|\u2014|\u2013)[ \t]*(?=\n|\Z)")
        self._signoff = re.compile(rf"^[ \t]*(?i:{closings})[ \t]*[,.!]?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:--?[ \t]*)?"
                                   rf"(?P<names>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]*$", re.MULTILINE)
        # a sign-off without a closing word: one name word (mixed case) alone on the line after a
        # sentence, before the signature delimiter (`--`), a `Sent from` line or the end of the
        # unit of analysis (the reader makes the signature block a unit of its own)
        # a closing and the name on one line: `v/r, Tshepo`, `Thx – Kwabena`; a greeting-like
        # vocative opening a (quoted) line: `> Tshepo, please tell ...`
        self._inline_signoff = re.compile(rf"^[ \t]*(?i:{closings})[ \t]*(?:,|\u2013|\u2014|--?)[ \t]*"
                                          rf"(?P<names>{_NAME_WORD})[ \t]*$", re.MULTILINE)
        self._vocative = re.compile(rf"^(?:[ \t]*>)*[ \t]*(?P<names>{_NAME_WORD}),[ \t]+(?=(?:please|pls|can|could|would|"
                                    rf"thanks|thank|see|FYI|fyi|just|I|we)\b)", re.MULTILINE)
        self._bare_signoff = re.compile(rf"(?<=[.!?])[ \t]*\n[ \t]*(?P<names>{_NAME_WORD})[ \t]*(?:\Z|\n(?:[ \t]*\n)*"
                                        r"[ \t]*(?:--[ \t]*$|Sent from\b))", re.MULTILINE)

    def find(self, text):
        results = []
        for m in _DASH_SIGNOFF.finditer(text):  # `-- Kirsten`, `... reschedule. --W.` ending the e-mail
            name = m.group("names")
            if len(name) == 2 or all(self._name_word(p) for p in name.split()):
                results.append(self.result(m.start("names"), m.end("names"), "a name signing an e-mail after a dash"))
        tail = max(0, len(text) - _TAIL)  # (both end the text: searched near its end only)
        for m in _INITIAL_SIGNOFF.finditer(text, tail):  # `... out of the cable. G.` ending the e-mail
            results.append(self.result(m.start("names"), m.end("names"), "an initial signing an e-mail"))
        last = _LAST_LINE_NAME.search(text, tail)  # `... End comment.` / `Marsh`: a known name that is a word too
        if last is not None and not self._name_word(last.group("names")) and self._known_name_word(last.group("names")):
            results.append(self.result(last.start("names"), last.end("names"), "a known name signing the text on its last line"))
        signatures = [m for m in _SIGNATURE_BEFORE_DRAFTING.finditer(text)
                      if m.start() == 0 or text[:m.start()].rstrip(" \t")[-1:] in (".", "!", "?")]
        for m in [*signatures, *_ALONE_CAPS.finditer(text)]:  # `VARTANIAN-HOLT` / `Drafted: ...`
            parts = [p for p in re.split(r"[\s\-]+", m.group("names")) if p]
            lex = self.lexicon
            if not any(lex.never_a_name(p) or p.upper() in lex.stop_words or p.upper() in lex.title_words or self._closing(p)
                       for p in parts) and any(self._name_word(p) or self._known_name_word(p) for p in parts) \
                    and all(self._name_word(p) or self._known_name_word(p) for p in m.group("names").split()[:1]):
                results.append(self.result(m.start("names"), m.end("names"), "a surname in capitals signing the text (alone, or before its drafting line)"))
        for m in _LOWER_DASH_SIGNOFF.finditer(text):  # `-- ben` ending the e-mail
            word = m.group("names")
            if word.upper() not in self.lexicon.stop_words and not self.lexicon.never_a_name(word) \
                    and not self._closing(word) and not self.lexicon.is_common(word, _LOWER_SIGNOFF_MAX_ZIPF):
                results.append(self.result(m.start("names"), m.end("names"), "a lower-case name signing an e-mail after a dash"))
        for pattern, why in ((_DASH_SALUTATION, "a name a message is addressed to, before a dash"),
                             (self._salutation, "a name a letter or e-mail is addressed to"),
                             (self._signoff, "a name after a closing word"),
                             (self._inline_signoff, "a name after a closing word on its line"),
                             (self._vocative, "a name addressed at the start of a line"),
                             (_ALONE, "a name alone in a unit of analysis (a sign-off the reader set apart)"),
                             (self._bare_signoff, "a name signing an e-mail before its signature block")):
            for m in pattern.finditer(text):
                for word in re.finditer(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?", text[m.start("names"):m.end("names")]):
                    parts = word.group().split()
                    if all(self._name_word(p) for p in parts) and parts[0] not in ("and",):
                        start = m.start("names") + word.start()
                        results.append(self.result(start, start + len(word.group()), why))
        return results

    def _closing(self, word: str) -> bool:
        return word.lower() in self._closing_words

    def _known_name_word(self, word: str) -> bool:
        """A known surname or given name, though an English word too (`Marsh`, `Hope`), and no
        word that is never a name, stop word, title, place or closing."""
        lex = self.lexicon
        upper = word.upper()
        return not (lex.never_a_name(word) or upper in lex.stop_words or upper in lex.title_words or lex.is_place(word)
                    or self._closing(word)) and (lex.is_surname(word) or lex.is_given_name(word) or lex.is_word_given_name(word))

    def _name_word(self, word: str) -> bool:
        lex = self.lexicon
        upper = word.upper()
        if lex.never_a_name(word) or upper in lex.stop_words or upper in lex.title_words or lex.is_place(word) \
                or self._closing(word):
            return False  # (Mahalo, / Leilani: the closing is no name)
        return lex.is_given_name(word) or not lex.is_common(word, self.max_zipf)
