"""PERSON: a personal name written in another script inside an English document (`Иван
Петров`, `وجيهة الحويدر`): a run of one to four words in one non-Latin script of which one is
a known given name or surname (the name lexicons keep names in their own script), or, in a
script with capitals (Cyrillic, Greek), two or more capitalized words, or one after initials in its
script (`Ц. БАТБАЯР`, `И. Петров`).

A name's own spelling next to its Latin one, in parentheses (`Wang Xiuying (王秀英)`, `Kim
Min-jun (김민준)`) or before it (`王建国 (Wang Jianguo)`, `김수진 (Kim Su-jin)`: two to four
capitalized words, no place and no common English word but names), is a name whatever its script; so is a run of two or three words in a script
without capitals (Georgian, Hebrew, Devanagari, Ge'ez...) standing as a list item before a
parenthesis (`ნინო ბერიძე-ჩხაიძე (Georgia), יוסי לוינסון (Israel)`). Combining vowel signs
(Devanagari, Thai, Hebrew points) are part of a word."""
from __future__ import annotations

import re

import regex

from ..registry import register
from ..residual import script_of
from .base import CableRecognizer, RecognizerSpec

_RUN = regex.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF][\w\p{M}\u00ad\u200c\u200d'’\-]*"
                     r"(?:[ \t\u00a0]+[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF][\w\p{M}\u00ad\u200c\u200d'’\-]*){0,3}")
# a Latin name (two capitalized words) and its own spelling in parentheses: Wang Xiuying (王秀英)
# (also in the Hong Kong order, an English name after a comma: CHAN Wing-yee, Winnie (陳穎儀))
_AFTER_LATIN_NAME = re.compile(r"[A-Z\u00C0-\u00DE][\w'’]+(?:[ \t\-]+[A-Za-z\u00C0-\u00DE][\w'’]+)+"
                               r"(?:,[ \t]+[A-Z][a-z]+)?\s*\(\Z")
_ITEM_BEFORE = re.compile(r"(?:\A|[:;,][ \t]*|\n[ \t]*|\b(?:and|or)[ \t]+)\Z")
# a word this frequent (zipf) is an English word, not a syllable of a name (Bank, City; not Li, Ho)
_WORD_ZIPF = 4.5
# ... or written the other way round: 王建国 (Wang Jianguo), 김수진 (Kim Su-jin)
_LATIN_NAME_AFTER = re.compile(r"[ \t]*\([ \t]*(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3})[ \t]*\)")
# scripts with capitals: a lower-case run there is a word (проспект), not a name
_CASED_SCRIPTS = frozenset({"Cyrillic", "Greek", "Armenian"})
# a capitalized Latin word right before a name in another script (Gela ბერიძე)
_LATIN_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.\-])(?P<word>[A-Z][a-z\u00DF-\u024F]+)[ \t]+\Z")
# one or two initials in a script with capitals right before a word (Ц. БАТБАЯР, И. Петров, А.Б. Сидоров)
_SCRIPT_INITIALS = regex.compile(r"(?<![\w.])(?P<initials>(?:[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]\.[ \t\u00a0]?){1,2})[ \t\u00a0]*\Z")
_PARENTHESIS_AFTER = re.compile(r"[ \t]*\([ \t]*[A-Z][\w .'’\-]*\)")
# fixnames42: one or two initials in a script without capitals, a letter and its vowel sign maybe
# (Tamil ச. வள்ளியம்மை, பா. முத்துலட்சுமி)
_CASELESS_INITIALS = regex.compile(r"(?<![\w.\p{M}])(?P<initials>(?:[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]\p{M}*\.[ \t\u00a0]?){1,2})[ \t\u00a0]*\Z")
# fixnames42: the name's Latin spelling in parentheses after it, one word or more, initials allowed
# (முருகேசன் (Murugesan), பா. முத்துலட்சுமி (P. MUTHULAKSHMI))
_LATIN_GLOSS_AFTER = re.compile(r"[ \t]*\([ \t]*(?P<name>(?:[A-Z]\.[ \t]?){0,2}(?P<words>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3}))[ \t]*\)")


@register("script_name")
class ScriptNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # recall first: in a script without capitals (Chinese, Japanese, Thai, Telugu, Arabic,
        # Urdu, Georgian...) a run of one to four words inside an English document is a name
        # unless something explains it (an organisation's word; a known place), whatever list
        # knows its words: such runs in our documents are names far more often than not
        uncased_runs: bool = True
        # ... of at least this many letters (not a lone 人 or a stray letter)
        uncased_min_letters: int = 2
        # ... and not ending with one of these: a place's or an organisation's word written in
        # that script (中国银行 a bank, 河北省 a province, 東京大学 a university)
        uncased_not_name_endings: list[str] = []

    def find(self, text):
        results = []
        for run in _RUN.finditer(text):
            words = run.group().split()
            scripts = {script_of(w) for w in words}
            if len(scripts) != 1 or None in scripts:
                continue
            known = any(self._known(w.replace("\u00ad", "")) for w in words)
            capitalized = len(words) >= 2 and all(w[:1].isupper() and len(w) > 1 for w in words)
            # (a parenthesis opening a line may open a unit of analysis of its own: the Latin
            # name is then out of sight, and a short parenthesised run there counts too)
            spelled = text[run.end():run.end() + 1] == ")" and text[run.start() - 1:run.start()] == "(" and (
                _AFTER_LATIN_NAME.search(text, max(0, run.start() - 60), run.start()) is not None
                or not text[:run.start() - 1].strip() and len(words) == 1 and 2 <= len(words[0]) <= 4)
            uncased = not any(ch.isupper() for w in words for ch in w)  # (Georgian: lower-case letters only)
            listed = uncased and 2 <= len(words) <= 3 and _PARENTHESIS_AFTER.match(text, run.end()) is not None \
                and _ITEM_BEFORE.search(text, max(0, run.start() - 10), run.start()) is not None
            latin = _LATIN_NAME_AFTER.match(text, run.end())
            spelled = spelled or len(words) <= 4 and latin is not None and self._latin_name(latin.group("name"))
            if any(w.upper() in self.lexicon.organization_words for w in words):
                continue  # Радио Азаттык, ЭХО МОСКВЫ: a radio station or newspaper
            letters = sum(ch.isalpha() for w in words for ch in w)
            caseless = not scripts & _CASED_SCRIPTS  # (Georgian names are written in lower-case letters)
            # explained: a known place, a place's or organisation's ending, or a Latin gloss after
            # it in parentheses that is no person's name (中国银行 (Bank of China))
            unexplained = caseless and self.spec.uncased_runs and letters >= self.spec.uncased_min_letters \
                and not self.lexicon.is_place(run.group()) and not words[-1].endswith(self._not_name_endings) \
                and not (latin is not None and not self._latin_name(latin.group("name")))
            initials = _SCRIPT_INITIALS.search(text, max(0, run.start() - 8), run.start()) \
                if scripts & _CASED_SCRIPTS and words[0][:1].isupper() and len(words[0]) > 1 else None
            if initials is not None and (script_of(initials.group("initials").replace(".", "").replace(" ", "")) not in scripts
                                         or not all(ch.isupper() for ch in initials.group("initials") if ch.isalpha())):
                initials = None
            if initials is None and caseless and (known or unexplained):
                initials = _CASELESS_INITIALS.search(text, max(0, run.start() - 8), run.start())
                if initials is not None and script_of(initials.group("initials").replace(".", "").replace(" ", "")) not in scripts:
                    initials = None
            if initials is not None:  # Ц. БАТБАЯР: initials in the same script before a capitalized word
                results.append(self.result(initials.start(), run.end(), f"a name in {scripts.pop()} script after initials"))
            elif known or capitalized or spelled or listed or unexplained:
                start = self._latin_given_name_before(text, run.start())
                results.append(self.result(start, run.end(), f"a name in {scripts.pop()} script"))
            else:
                continue
            gloss = _LATIN_GLOSS_AFTER.match(text, run.end())
            if gloss is not None and self._latin_gloss(gloss.group("words")):
                results.append(self.result(gloss.start("name"), gloss.end("name"), "a name's Latin spelling after it"))
        return results

    def _latin_gloss(self, words: str) -> bool:
        """fixnames42: the Latin words in parentheses after a name in another script spell it:
        they may be a name (`_latin_name`), and a word alone is no people's or language's name
        (`(Arabic)`) and no English word in use unless a known name."""
        lex = self.lexicon
        if not self._latin_name(words):
            return False
        parts = words.split()
        return len(parts) > 1 or not lex.is_people(parts[0]) and parts[0].upper() not in lex.stop_words \
            and parts[0].upper() not in lex.title_words

    def _latin_given_name_before(self, text: str, start: int) -> int:
        """Where the name in another script starting at `start` starts, with the capitalized Latin
        word right before it when that word may be a given name (`Gela ბერიძე`: a given name
        in Latin letters, the surname as he writes it): no stop word, title, marking or people's
        name (`Syriac ܫܡܘܐܝܠ`), and a
        known given name, or no English word in use and no place (`In Tbilisi ბერიძე`)."""
        before = _LATIN_WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is None:
            return start
        lex = self.lexicon
        word = before.group("word")
        if word.upper() in lex.stop_words or word.upper() in lex.title_words or lex.never_a_name(word) or lex.is_people(word) \
                or not (lex.is_given_name(word) or not lex.is_place(word)
                        and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf)):
            return start
        return before.start("word")

    @property
    def _not_name_endings(self) -> tuple[str, ...]:
        return tuple(self.spec.uncased_not_name_endings)

    def _latin_name(self, name: str) -> bool:
        """Whether `name`, a run of capitalized Latin words, may be a person's name: one word at
        least no English word in use or a known name, no place and no common English word or place unless a
        known name (not `Bank Of China`, `Ho Chi Minh City`; `Kim` is a surname, `Li` too rare)."""
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        words = name.replace("-", " ").split()
        return not lex.is_place(name) and any(not lex.is_common(w, threshold) or lex.is_surname(w) or lex.is_given_name(w) for w in words) and not any(
            lex.never_a_name(w) or (lex.is_common(w, _WORD_ZIPF) or lex.is_place(w))
            and not (lex.is_surname(w) or lex.is_given_name(w)) for w in words)

    def _known(self, word: str) -> bool:
        lex = self.lexicon
        bare = word[2:] if word.startswith("\u0627\u0644") and len(word) > 4 else word  # the Arabic article al-
        return any(lex.is_given_name(w) or lex.is_surname(w) for w in {word, bare})
