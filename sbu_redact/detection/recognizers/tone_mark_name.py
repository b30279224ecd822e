"""PERSON: a Vietnamese name written with its tone marks (`LÊ QUỐC THẮNG'S`, `Phạm Thị Hồng`): two
to four words of one syllable each (at most seven letters), capitalized, on one line, the first a
known surname (or one of `names.short_surnames`), one of them with a letter only Vietnamese
writes (đ, ơ, ư, or a vowel with a dot below, a hook above or two marks: U+1EA0-U+1EF9). Neither
spaCy nor a word list knows such a name in capitals; the letters tell it. Places (HÀ NỘI, ĐÀ
NẴNG) are no names. Run only where the text has such a letter."""
from __future__ import annotations

import re

from ..lexicon import strip_possessive
from ...folding import name_fold
from ..recase import capitalize
from ..registry import register
from .base import CableRecognizer

_VIETNAMESE = re.compile(r"[\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
_WORD = re.compile(r"(?<![\w'\u2019\-])[^\W\d_]{1,7}(?:['\u2019][sS])?(?![\w\-])")
_GAP = re.compile(r"[ \t]+")


@register("tone_mark_name")
class ToneMarkNameRecognizer(CableRecognizer):
    def find(self, text):
        if _VIETNAMESE.search(text) is None:
            return []
        lex = self.lexicon
        short = {w.upper() for w in lex.settings.names.short_surnames}
        threshold = lex.settings.names.caps_continue_below_zipf
        results = []
        done = -1
        for hit in _VIETNAMESE.finditer(text):
            if hit.start() < done:
                continue
            line_start = text.rfind("\n", 0, hit.start()) + 1
            line_end = text.find("\n", hit.start())
            line_end = len(text) if line_end < 0 else line_end
            words = list(_WORD.finditer(text, line_start, line_end))
            at = next((i for i, w in enumerate(words) if w.start() <= hit.start() < w.end()), None)
            if at is None:
                continue
            # the run of capitalized words, one space or tab apart, around the word with the letter
            first = last = at
            while first > 0 and self._joined(text, words[first - 1], words[first]):
                first -= 1
            while last + 1 < len(words) and self._joined(text, words[last], words[last + 1]):
                last += 1
            run = words[first:last + 1]
            done = run[-1].end()
            i = at - first
            # the name opens at the nearest surname at most three words before the marked word
            opening = next((j for j in range(max(0, i - 3), i + 1)
                            if strip_possessive(run[j].group()).upper() in short or lex.is_surname(strip_possessive(run[j].group()))), None)
            if opening is None:
                continue
            name = [run[opening]]
            for w in run[opening + 1:opening + 4]:
                bare = strip_possessive(name[-1].group())
                if bare != name[-1].group() or lex.is_common(w.group(), threshold) and not _VIETNAMESE.search(w.group()):
                    break  # (ĐỨC'S | FAMILY: a possessive ends the name, an English word is none of it)
                name.append(w)
            if len(name) < 2:
                continue
            if any(lex.is_place(form) for words in (name, name[:2]) for form in self._forms(words)):
                continue  # (HÀ NỘI, Đà Nẵng: Hanoi, Da Nang)
            results.append(self.result(name[0].start(), name[-1].end(), "a Vietnamese name written with its tone marks"))
        return results

    @staticmethod
    def _forms(words: list[re.Match[str]]) -> tuple[str, ...]:
        """A place's forms of `words`: as written, without marks, and joined (HÀ NỘI, HA NOI, HANOI)."""
        written = " ".join(strip_possessive(w.group()) for w in words)
        folded = name_fold(written)
        return written, folded, folded.replace(" ", ""), capitalize(folded.replace(" ", "").lower())

    def _joined(self, text: str, a: re.Match[str], b: re.Match[str]) -> bool:
        """Whether word `b` follows word `a` after spaces only and both are name-like words."""
        lex = self.lexicon
        return _GAP.fullmatch(text, a.end(), b.start()) is not None and all(
            w.group()[:1].isupper() and strip_possessive(w.group()).upper() not in lex.stop_words
            and strip_possessive(w.group()).upper() not in lex.title_words and not lex.never_a_name(w.group())
            for w in (a, b))
