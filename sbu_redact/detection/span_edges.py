"""A person's span ends at the name (fixnames42b): the last pass over PERSON findings.

- A title or job word at a span's edge is cut from it (`names.titles`, their misspellings within
  one edit, `names.edge_words`): NURSE | RUTH ANN VOGELSANG-MBEKI, DEPUTY CHEIF OF MISION |
  H.K. VANTERPOOL-AMES. Only while two words of the name stay, or when a comma sets the word off
  (CHOWKIDAR, | RAMLAKHAN): cutting never leaves the name itself out.
- In capitals, a comma between two groups of words splits the span (DAGA, | KANKARIA; USENDI, |
  SUKHIYA NAG), except a surname and a given name after it (CARRERAS, LLORENÇ); a group that is an
  English word, title or job word is dropped (, REACHABLE).
- A festival, movement or club is no person (`names.event_words`, `names.thing_words_before`),
  nor any span of the same words elsewhere in the text.
- An initial of one or two letters ending a span takes its dot back (DODIKHUDOEV M., ROCHEV S.P.;
  fixnames44).
- A verb or adjective in capitals after two name words is no part of the name (HEATHER-LYNN
  OKAFOR-BRISCOE | REPORTS): a word in use with one of `names.caps_not_name_suffixes` or
  `names.edge_trailing_suffixes`, no known name.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .finding import Finding
from .lexicon import Lexicon, strip_possessive

_WORD = re.compile(r"\S+")
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+\Z")
_PIECE_BREAK = re.compile(r",\s+")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]?\.?")
# a name's last word made of initials (M, S.P, SH.N), its own dot cut off
_CUT_INITIAL = re.compile(r"(?:[^\W\d_]{1,2}\.)*(?P<last>[^\W\d_]{1,2})")
# recognizers whose spans are a surname first by design, left as they are
_SURNAME_FIRST = frozenset({"InvertedNameRecognizer", "FamilyNameFirstRecognizer", "SurnameFirstItem"})


def _bare(word: str) -> str:
    return strip_possessive(word.strip(".,;:()\"'\u201c\u201d"))


class SpanEdges:
    def __init__(self, lexicon: Lexicon, exact: frozenset[str]):
        self.lexicon = lexicon
        self.exact = exact
        names = lexicon.settings.names
        self.edge_words = frozenset(w.upper() for w in names.edge_words)
        self.edge_titles = frozenset(w.upper() for w in names.edge_titles)
        self.event_words = frozenset(w.upper() for w in names.event_words)
        self.thing_words_before = frozenset(w.upper() for w in names.thing_words_before)
        self.trailing_suffixes = tuple(lexicon.caps_not_name_suffixes) + tuple(s.upper() for s in names.edge_trailing_suffixes)

    def run(self, findings: list[Finding], text: str) -> list[Finding]:
        trimmed: list[Finding] = []
        for f in findings:
            trimmed.extend(self._trimmed(f, text) if f.entity_type == "PERSON" else [f])
        things = {self._key(text, f) for f in trimmed if self._thing(f, text)}
        # FOOTBALL CLUB MOHUN BAGAN ... THE MOHUN BAGAN SPONSORSHIP: a thing, each time
        return [f for f in trimmed if f.entity_type != "PERSON" or f.recognizer in self.exact
                or self._key(text, f) not in things]

    @staticmethod
    def _key(text: str, f: Finding) -> str:
        return " ".join(strip_possessive(text[f.start:f.end]).split()).upper()

    def _thing(self, f: Finding, text: str) -> bool:
        """A festival, movement or club read as a person: a word of `names.event_words` in it (BASTAR
        DUSSEHRA, SALWA JUDUM), or one of `names.thing_words_before` right before it (CLUB MOHUN BAGAN)."""
        if f.entity_type != "PERSON" or f.recognizer in self.exact:
            return False
        if any(_bare(w).upper() in self.event_words for w in text[f.start:f.end].split()):
            return True
        before = _LAST_WORD.search(text, max(0, f.start - 40), f.start)
        return before is not None and before.group(1).upper() in self.thing_words_before

    # -- words ------------------------------------------------------------------------
    def _title_or_job(self, word: str) -> bool:
        """A title word of `names.titles` (or one misspelled), or one of `names.edge_words`;
        each half of a hyphenated one too (MINISTR-COUNSELOR)."""
        lex = self.lexicon
        bare = _bare(word)
        if not bare or _INITIALS.fullmatch(bare):
            return False
        parts = [p for p in bare.split("-") if p]
        return bool(parts) and all(p.upper().rstrip(".") in lex.title_words or p.upper() in self.edge_words
                                   or lex.misspelled_title(p) for p in parts)

    def _given_name_before_given_name(self, word: str, following: str) -> bool:
        """SETH AARON ROGEN: an edge word that is a given name before another is the name's (not Seth
        Hazarimal Choudhary, an honorific before a name no English list knows)."""
        bare = _bare(word)
        return bare.upper() not in self.lexicon.title_words and bare.upper() not in self.edge_titles \
            and self.lexicon.is_given_name(bare) \
            and self.lexicon.is_given_name(_bare(following))

    def _known_name(self, word: str) -> bool:
        lex = self.lexicon
        return lex.is_surname(word) or lex.is_given_name(word) or lex.is_word_given_name(word)

    def _trailing_verb(self, word: str) -> bool:
        """A verb or adjective in capitals (REPORTS, REACHABLE): a word in use with one of the suffixes,
        no known name; one ending in S only if much in use (`names.edge_trailing_s_min_zipf`: not PICKLES)."""
        bare = _bare(word)
        names = self.lexicon.settings.names
        if not (bare.isupper() and len(bare) > 4 and bare.endswith(self.trailing_suffixes)) or self._known_name(bare):
            return False
        plural = bare.endswith("S") and not bare.endswith(tuple(x for x in self.trailing_suffixes if x != "S"))
        return self.lexicon.is_common(bare, names.edge_trailing_s_min_zipf if plural else names.caps_trailing_verb_min_zipf)

    def _dropped_piece(self, words: list[str]) -> bool:
        """A list item that is a title or job word, or a verb or adjective (, REACHABLE; PROCESSION,),
        not one ending in ED."""
        return len(words) == 1 and (self._title_or_job(words[0])
                                    or self._trailing_verb(words[0]) and not _bare(words[0]).endswith("ED"))

    def _cut_initial(self, word: str) -> bool:
        """A capital initial whose dot was cut off the span: one letter, or two that open names written with
        two letters (`names.given_name_abbreviations`: SH, KH), after any initials with their dots (S.P)."""
        m = _CUT_INITIAL.fullmatch(word)
        if m is None or not m.group("last")[:1].isupper():
            return False
        last = m.group("last")
        return len(last) == 1 or last.upper() in self.lexicon.given_name_abbreviations

    def _word_in_use(self, word: str) -> bool:
        bare = _bare(word)
        return self.lexicon.is_common(bare, self.lexicon.settings.names.rare_below_zipf) and not self._known_name(bare)

    # -- spans ------------------------------------------------------------------------
    def _pieces(self, f: Finding, text: str) -> list[tuple[int, int]]:
        """The span split at its commas, unless it is a surname and a given name after it."""
        if f.recognizer in self.exact or f.recognizer in _SURNAME_FIRST or f.explanation in _SURNAME_FIRST \
                or not text[f.start:f.end].isupper():  # (in mixed case a comma more often ends an address's or a surname's part)
            return [(f.start, f.end)]
        pieces, pos = [], f.start
        for m in _PIECE_BREAK.finditer(text, f.start, f.end):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, f.end))
        if len(pieces) == 1:
            return pieces
        words = [_WORD.findall(text, a, b) for a, b in pieces]
        if any(not w for w in words) or any(len(_bare(w[0])) <= 3 and not _INITIALS.fullmatch(_bare(w[0])) and len(w) == 1
                                              for w in words[1:]):
            return [(f.start, f.end)]  # SMITH, JR.
        if len(pieces) == 2 and self.lexicon.is_given_name(_bare(words[1][0])) and not self._dropped_piece(words[0]) \
                and not self._dropped_piece(words[1]):
            return [(f.start, f.end)]  # CARRERAS, LLORENÇ; Hollinrake, Tamsin B: a surname first
        kept = [(a, b) for (a, b), w in zip(pieces, words) if not self._dropped_piece(w)]
        if any(len(w) == 1 and not self._dropped_piece(w) and self._word_in_use(w[0]) for w in words):
            return [(f.start, f.end)]  # FRIED, ZISHA; FIRM, NAVIERA ATLANTICA: a word in use may be either, no split  # , REACHABLE | CHOWKIDAR,
        return kept or [(f.start, f.end)]

    def _trimmed(self, f: Finding, text: str) -> list[Finding]:
        pieces = self._pieces(f, text)
        out = []
        for a, b in pieces:
            words = list(_WORD.finditer(text, a, b))
            exact = f.recognizer in self.exact
            keep_two = 1 if exact else 2
            # a title or job word before the name (never the name: two words stay, one on a by-line slot)
            while len(words) > keep_two and self._title_or_job(words[0].group()) \
                    and words[0].group()[:1] not in "\"\u201c" and not self._given_name_before_given_name(words[0].group(), words[1].group()) \
                    and _bare(words[1].group()).lower() not in self.lexicon.particles:  # SULTAN BIN NASSER: a given name
                words.pop(0)
            if not exact:
                while len(words) > 2 and self._trailing_verb(words[-1].group()):
                    words.pop()
            if not words:
                continue
            start, end = words[0].start(), words[-1].end()
            if (a, b) == (f.start, f.end):
                end = b if words[-1].end() == b else end
            while end > start and text[end - 1] in ",;:":
                end -= 1
            if not exact and len(words) >= 2 and end == words[-1].end() and text[end:end + 1] == "." \
                    and self._cut_initial(words[-1].group()):
                end += 1  # DODIKHUDOEV M. | ROCHEV S.P. | KANEV M. M.: the initial's own dot, not the sentence's
            out.append(f if (start, end) == (f.start, f.end) else replace(f, start=start, end=end))
        return out
