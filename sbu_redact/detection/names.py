"""Read a person's name forward from a position: the shared step of the recognizers that find
a name after a cue (a title, `met with`, `Classified By:`).

In mixed-case text a name is a run of capitalized words. In ALL-CAPS text every word is
capitalized, so after the first word a word continues the name only when it is a known
given name or a rare word (wordfreq), and never when it is a stop word or a title.
"""
from __future__ import annotations

import re

from .lexicon import CAPITALS, Lexicon, strip_possessive

_GAP = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?")  # spaces, at most one line break
# (d'Almeida; a Tongan or Sotho name opening with an apostrophe after a space: MELE 'AHOMANA, 'Mamosa)
_TOKEN = re.compile(r"(?:d['\u2019](?=[" + CAPITALS + r"])|(?<![^\s(])['\u2018\u2019\u02bb](?=[" + CAPITALS + r"]))?"
                    r"[" + CAPITALS + r"][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\u2019\-]*")
_PARTICLE = re.compile(r"[a-z]+(?:-(?=[A-Z]))?")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}(?=[ \t])")
_OCR_INITIAL = re.compile(r"0\.(?=[ \t]+[A-Z])")
_NICKNAME = re.compile(r"[\"\u201c][" + CAPITALS + r"][\w'\u2019\- ]{0,28}[\"\u201d](?=[ \t]+[" + CAPITALS + r"])")  # Joaquín "El Chato" Barrera


class NameReader:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.names = lexicon.settings.names

    def is_caps(self, text: str, pos: int) -> bool:
        """Whether the text around `pos` is written in capitals."""
        return self.lexicon.caps_around(text, pos)

    def read(self, text: str, pos: int, caps: bool | None = None, end: int | None = None) -> tuple[int, int] | None:
        """The (start, end) of the name starting at or just after `pos` and ending by `end`
        (a field's end), or None."""
        if end is not None and end < len(text):
            return self.read(text[:end], pos, caps)
        if caps is None:
            caps = self.is_caps(text, pos)
        first = _TOKEN.match(text, _GAP.match(text, pos).end())  # type: ignore[union-attr]  # _GAP matches everywhere
        if caps and first is not None and not first.group().isupper():
            caps = False  # a mixed-case name inside an ALL-CAPS cable (a typed Classified By line)
        lex = self.lexicon
        words: list[tuple[int, int]] = []
        pending_particles: list[tuple[int, int]] = []
        i = pos
        while len(words) < self.names.max_words:
            j = _GAP.match(text, i).end()  # type: ignore[union-attr]
            if j == i and words and not (pending_particles and text[i - 1:i] == "-"):
                break  # names need a space between words (al-Dosari: a particle's hyphen will do)
            nickname = _NICKNAME.match(text, j) if words and not pending_particles else None
            if nickname is not None:
                words.append((j, nickname.end()))  # a nickname in quotes between given name and surname
                i = nickname.end()
                continue
            token = _TOKEN.match(text, j)
            ocr_initial = _OCR_INITIAL.match(text, j) if not token and words else None
            if ocr_initial is not None:
                end = ocr_initial.end()  # PETER 0. LINDQVIST: an OCR'd O.
                words.append((j, end))
                i = end
                continue
            if not token:
                particle = _PARTICLE.match(text, j)
                if words and particle and (particle.group().rstrip("-") in lex.particles
                                           or particle.group() in lex.lower_case_particles):
                    pending_particles.append((j, particle.end()))
                    i = particle.end()
                    continue
                break
            raw = token.group()
            bare = strip_possessive(raw)
            upper = bare.upper()
            initial = len(bare) == 1 and text[j + 1:j + 2] == "." and bool(words)
            acronym = not caps and len(bare) > 1 and bare.isupper()  # DAS in mixed case: a title, no particle
            if words and bare == raw and upper in lex.abbreviated_particles and text[token.end():token.end() + 1] == "." \
                    and _GAP.match(text, token.end() + 1).end() > token.end() + 1:  # type: ignore[union-attr]
                pending_particles.append((j, token.end() + 1))  # MARGUERITE ST. JOHN-LAWAL
                i = token.end() + 1
                continue
            if words and not initial and not acronym and bare.lower().rstrip("-") in lex.particles and bare == raw:
                pending_particles.append((j, token.end()))  # DE LA CRUZ, Van der Linden, AL- in caps
                i = token.end()
                continue
            if not initial and (upper in lex.stop_words or lex.never_a_name(bare)) \
                    and not (words and lex.surname_after_given_name(text[words[-1][0]:words[-1][1]], bare)) \
                    and not (not words and bare == raw and self._word_given_name_opening(text, token.end(), bare)):
                break  # (an initial such as the S. of Robert S. Ford is never a marking token)
            if not initial and lex.misspelled_title(bare):
                if words:
                    break  # ... DOE CHEIF OF STAFF: a title misspelled ends the name
                i = token.end()
                continue  # GENRAL TRISTRAM OKONKWO-BALE: a title misspelled opens no name; read on
            if words and "\n" in text[i:j] and not initial and (
                    upper in lex.title_words or lex.is_place(bare) or lex.is_common(bare, self.names.caps_continue_below_zipf)
                    and not (lex.is_given_name(bare) or lex.is_surname(bare))):
                break  # a list of participants: the next line's title, place or word starts another entry

            after_particle_or_initial = bool(pending_particles) or (
                bool(words) and text[words[-1][1] - 1:words[-1][1]] == ".")
            # JOHN MILLER, ROSALIND FROST: after a given name a known surname goes on the name
            after_given_name = bool(words) and lex.is_given_name(text[words[-1][0]:words[-1][1]])
            if caps and words and not initial and (upper in lex.title_words or not (
                    after_particle_or_initial or lex.is_given_name(bare)
                    or after_given_name and lex.is_surname(bare) and not self._verb_like(bare)
                    or not lex.is_common(bare, self.names.caps_continue_below_zipf))):
                break
            if caps and not words and not self._may_start_caps_name(text, token.end(), bare) \
                    and not (bare == raw and self._word_given_name_opening(text, token.end(), bare)):
                break
            end = j + len(bare)
            after = text[end:end + 2]
            if len(bare) == 1:
                if not after.startswith("."):
                    break  # a lone capital letter is not a name word
                if after[1:2].isalpha():
                    chain = _INITIALS.match(text, j)
                    if not words or chain is None:
                        break  # U.S., U.K.: an abbreviation, not initials
                    end = chain.end()  # JOHN W.S. DOE: initials after a given name
                else:
                    end += 1
            pending_particles.clear()
            words.append((j, end))
            i = end
            if bare != raw:
                break  # a possessive ends the name
        if not words:
            return None
        if all(e - s <= 2 for s, e in words):
            return None  # initials only
        return words[0][0], words[-1][1]

    def _word_given_name_opening(self, text: str, end: int, word: str) -> bool:
        """A given name that is also a month's or another stop word (JUNE, APRIL, MAY) opening
        the name read, followed on its line, in its case, by a known surname that is no common
        word or by a word no English word list uses (MRS. JUNE BENJAMIN-DUNCAN, Ms. April
        Goodnight): the given name, not the month."""
        lex = self.lexicon
        if not lex.is_word_given_name(word) or lex.never_a_name(word) and word.upper() not in lex.stop_words:
            return False
        gap = _GAP.match(text, end)
        following = _TOKEN.match(text, gap.end()) if gap is not None and "\n" not in gap.group() and gap.end() > end else None
        for _ in range(3):  # GENERAL AUGUST VAN DAELE-DUMONT: the surname after its particles
            if following is None or following.group().lower() not in lex.particles:
                break
            gap = _GAP.match(text, following.end())
            following = _TOKEN.match(text, gap.end()) if gap is not None and "\n" not in gap.group() and gap.end() > following.end() else None
        if following is None:
            return False
        nxt = strip_possessive(following.group())
        if nxt.isupper() != word.isupper() or nxt.upper() in lex.stop_words or lex.never_a_name(nxt) \
                or nxt.upper() in lex.title_words or lex.is_place(nxt):
            return False
        threshold = self.names.caps_continue_below_zipf
        parts = [p for p in nxt.split("-") if p]
        return bool(parts) and all(not lex.is_common(p, threshold) and (lex.is_surname(p) or not lex.is_common(p, self.names.rare_below_zipf)
                                                                        or lex.is_given_name(p)) for p in parts)

    def _verb_like(self, word: str) -> bool:
        """A surname that is a person's verb after a name (... OYELOWO WROTE): one of `names.person_verbs`."""
        return word.lower() in self.lexicon.person_verbs

    def _may_start_caps_name(self, text: str, end: int, word: str) -> bool:
        """In ALL-CAPS text, a common word opens a name only when it could be a surname standing
        alone: not shaped like a verb or adjective, and followed by a stop word or punctuation
        (AMBASSADOR BURNS SAID), not by another common word (PRIME MINISTER SIGNALS CONTINUITY)."""
        lex = self.lexicon
        if lex.is_given_name(word) or not lex.is_common(word, self.names.caps_continue_below_zipf):
            if not (len(word) > 5 and word.upper().endswith(lex.caps_not_name_suffixes)
                    and lex.is_common(word, self.names.caps_suffix_min_zipf)):
                return True
            return lex.is_given_name(word)
        following = _TOKEN.match(text, _GAP.match(text, end).end())  # type: ignore[union-attr]
        if following is None:
            return True
        nxt = strip_possessive(following.group()).upper()
        return nxt in lex.stop_words or lex.never_a_name(nxt)
