"""PERSON: a name given as an alias after a cue such as `known as`, `aka`, `alias`, `nicknamed`
(`THE TRAFFICKER, KNOWN AS "MADAM BISI"`, `a woman known only as "Tanti Lena"`, `aka Daud Khan`):
the words in quotes after the cue, or the name read after it, are a person's name. A title
inside the quotes stays with it (an alias is one name). Common words alone (`known as Green
Zone`) are not an alias of a person. A nickname in quotes before a word that is no English word
in use and ends the name is a person's too (`THE GANG LEADER AS "TI BLANC" THERMIDOR.`), and so is
a nickname in quotes between two name words (`Everton "Sonny" Griffith-Clarke`, `EMHEMED "TIGER"
BUKRAA`, `Eusebio "Chebo"` / `López Santiago`): a given name, a surname or a word no English word
list knows before it, and a surname or such a word after it (`Operation "Desert Storm" Command`,
`Radio "Okapi" News` are no names); so is a known given name or surname in parentheses there (a
nickname or a maiden name: `MARGARET (PEGGY) OKAFOR-LIND`, `Rebecca (Fisher) Stoltzfus`; not `(MFA)`;
in capitals only a known given name, as an acronym looks the same).
A nickname in quotes standing alone is a person's when an honorific or kin word opens it
(`"don Chemo"`, `"camarada Wilmer"`, `THE BLOGGER "ABU WATAN"`: `quoted_honorifics`), and so is
a nickname in quotes next to a name in parentheses (`"El Nene" (Mohamed Amar Laarbi)`, `"Hrant the
Teacher" (Babakhanyan)`, `Jhonny Mujica ("el Flaco")`: both are names). A nickname in quotes may open
with an article in lower case (`known only as "la Gocha"`: `quoted_articles`), and one right after
a name of two words or more that it ends (`Musa Adam Ishag "Wad Jalaba" (Fur omda)`) goes with it.
Words in quotes given by a naming verb after a person's noun are a name even when they are
English words (`A CAPTAIN KNOWN AS "VAMPIRE"`, `CELLMATE WAS NAMED ONLY AS "EL COMANDANTE"`)."""
from __future__ import annotations

import re

from ..lexicon import CAPITALS, strip_possessive
from ..names import NameReader
from ..registry import register
from .base import CableRecognizer, RecognizerSpec

# a nickname in quotes before a surname that ends the name: "TI BLANC" THERMIDOR.
_NICKNAME_SURNAME = re.compile(r"(?<![\w\"\u201c])[\"\u201c](?P<nickname>[" + CAPITALS + r"][\w'\u2019\- ]{0,25}?)[\"\u201d][ \t]+"
                               r"(?P<surname>[" + CAPITALS + r"][\w'\u2019\-]*\w)(?=[ \t]*(?:[,.;:()]|$))", re.MULTILINE)
# a name word, a nickname in quotes and the word after it: Everton "Sonny" Griffith-Clarke
_INNER_NICKNAME = re.compile(r"(?<![\w'\u2019\-])(?P<given>[" + CAPITALS + r"][\w'\u2019\-]*\w)[ \t]+[\"\u201c]"
                             r"(?:(?P<article>[a-z]{1,3})[ \t]+)?"  # an article in lower case may open it (Marta Lucía "la Mona" Ruiz-Garzón)
                             r"(?P<nickname>[" + CAPITALS + r"][\w'\u2019\-]*(?:(?:[ \t]|[ \t]*\n[ \t]*)[" + CAPITALS + r"][\w'\u2019\-]*){0,2})[\"\u201d]"
                             r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<surname>[" + CAPITALS + r"][\w'\u2019\-]*\w)")
# ... or in parentheses: a nickname or a maiden name (MARGARET (PEGGY) OKAFOR-LIND, Rebecca (Fisher) Stoltzfus)
_PARENTHESISED_NAME = re.compile(r"(?<![\w'\u2019\-])(?P<given>[" + CAPITALS + r"][\w'\u2019\-]*\w)[ \t]+\("
                                 r"(?P<inner>[" + CAPITALS + r"][\w'\u2019\-]*\w)\)"
                                 r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<surname>[" + CAPITALS + r"][\w'\u2019\-]*\w)")
# any parenthetical set inside a name (names25): a nickname in quotes or not, a transliteration in
# another script, one to three words (Levan ("Lekso") Tsikhelashvili, NAZIM (НАЗИМ) ALAKBAROV,
# ABDUL RASHID ("RASHID-E SURKH") TAJIK); the words before it and the word after it are read apart
_INNER_PARENTHETICAL = re.compile(r"\([ \t]*(?P<quote>[\"\u201c])?(?P<inner>[^\W\d_][\w'\u2019\-]*(?:[ \t]+[^\W\d_][\w'\u2019\-]*){0,2})"
                                  r"(?(quote)[\"\u201d])[ \t]*\)(?:[ \t]+|[ \t]*\n[ \t]*)(?P<surname>[" + CAPITALS + r"][\w'\u2019\-]*\w)"
                                  r"(?![\w'\u2019\-]*[(\[])")
# the words of a name right before such a parenthetical (on its line, or the line before: DRITON\n(DRITA) HAXHIU)
_WORDS_BEFORE_PARENTHETICAL = re.compile(r"(?<![\w'\u2019\-.])(?P<words>[" + CAPITALS + r"][\w'\u2019\-]*\w(?:[ \t]+[" + CAPITALS
                                         + r"][\w'\u2019\-]*\w){0,3})(?:[ \t]+|[ \t]*\n[ \t]*)\Z")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
# the capitalized words right before a nickname in quotes (the name it goes with)
_NAME_BEFORE = re.compile(r"(?<![\w'\u2019\-])[" + CAPITALS + r"][\w'\u2019\-]*\.?(?:[ \t]+[" + CAPITALS + r"][\w'\u2019\-]*\.?){1,4}\Z")
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.){0,2}")  # initials opening a name
# the explanation of a name in quotes after a person's noun and a naming verb (the clean-up keeps
# such a name when it is one English word: postprocess.PostProcessor._clean_name)
NAMED_BY_A_PERSON_NOUN = "a name in quotes given after a person's noun"
# ... and of a name read across a parenthetical inside it (its words vetted: the clean-up keeps them)
PARENTHETICAL_INSIDE_A_NAME = "a name with a nickname or another script's form in parentheses inside it"
# words between a person's noun, a naming verb and the name in quotes (CELLMATE WAS NAMED ONLY AS, A GIRL, NAMED HERE ONLY AS)
_NAMING_ADVERBS = r"only|here|simply|just|also|locally|widely|commonly|usually|always|now|there|then|in[ \t]+the[ \t]+file"
_NAMING_NOUN_BEFORE = re.compile(r"(?<![\w\-'\u2019])(?P<noun>[^\W\d_][\w\-]*)(?:['\u2019][sS])?,?"
                                 rf"(?:{_GAP}(?i:was|is|were|are|being|been|{_NAMING_ADVERBS})){{0,3}}{_GAP}\Z")
# another nickname in quotes after one found: "El Flaco" or "Pachito"; CALLED "X" AND THE OTHER "Y"
_ALIAS_CHAIN = re.compile(r"[ \t]*,?(?:[ \t]+|[ \t]*\n[ \t]*)(?i:or|and|/)(?:[ \t]+(?i:the[ \t]+other|the[ \t]+second))?"
                          r"(?:[ \t]+|[ \t]*\n[ \t]*)(?=[\"\u201c])")
# a person's noun right before a nickname in quotes (FARC COURIER "EL OSO" - TRUE NAME ...), the
# quotes closing their phrase
_NOUN_BEFORE_QUOTE = re.compile(r"(?<![\w\-'\u2019])(?P<noun>[^\W\d_][\w\-]*)[ \t]+(?=[\"\u201c])")
_QUOTE_CLOSES_PHRASE = re.compile(r"[ \t]*(?:[-,;:()]|\.(?:\s|\Z)|$)", re.MULTILINE)
# a nickname in quotes and an apposition with a person's noun after it ("EL PAISA," A COMMANDER OF)
_APPOSITION_AFTER = re.compile(r"[ \t]*,?(?:[ \t]+|[ \t]*\n[ \t]*)(?i:a|an|the|his|her|their)"
                               r"(?P<nouns>(?:[ \t]+[^\W\d_][\w\-]*){1,3})")
# the end of a name before an alias's cue: CORNELIUS WASHINGTON, A.K.A. "SUGAR BOY"
_NAME_BEFORE_CUE = re.compile(r"(?<![\w'\u2019\-])[" + CAPITALS + r"][\w'\u2019\-]*(?:[ \t]+[" + CAPITALS
                              + r"][\w'\u2019\-]*){0,4}[ \t]*[,(][ \t]*\Z")
# an honorific or kin word and a name word in quotes, standing alone ("don Chemo", "ABU WATAN")
_QUOTED_HONORIFIC = re.compile(r"(?<![\w\"\u201c])[\"\u201c](?P<honorific>[^\W\d_]+)(?:[ \t]+|[ \t]*\n[ \t]*)"
                               r"(?P<rest>[" + CAPITALS + r"][\w'\u2019\-]*(?:[ \t][" + CAPITALS + r"][\w'\u2019\-]*)?)[\"\u201d]")


@register("alias_name")
class AliasNameRecognizer(CableRecognizer):
    class Spec(RecognizerSpec):
        # words after which an alias follows (known as, aka)
        cues: list[str] = []
        # honorifics and kin words that open a nickname in quotes standing alone ("don Chemo",
        # "camarada Wilmer", "ABU WATAN"), in any case
        quoted_honorifics: list[str] = []
        # articles in lower case that may open a nickname in quotes ("el Flaco", "la Gocha")
        quoted_articles: list[str] = []
        # verbs that give a person's name after a person's noun (A SERGEANT NAMED "EL CHINO", a
        # friend known only as "Late", THE BOY IS CALLED "MYONGI")
        naming_verbs: list[str] = []
        # nouns for a person before one of `naming_verbs`, besides `names.person_nouns` and one-word
        # titles (a man, a cellmate, a fugitive)
        naming_nouns: list[str] = []

    def __init__(self, lexicon, spec):
        super().__init__(lexicon, spec)
        self.reader = NameReader(lexicon)
        cues = "|".join(re.escape(c).replace(r"\ ", r"[ \t]+") for c in sorted(spec.cues, key=len, reverse=True)) or "(?!)"
        self.cue = re.compile(rf"(?<![\w.])(?i:{cues})[ \t]*[\n]?[ \t]*\(?[ \t]*")
        self.honorifics = frozenset(h.lower() for h in spec.quoted_honorifics)
        article = rf"(?:(?:{'|'.join(re.escape(a) for a in spec.quoted_articles)})[ \t]+)?" if spec.quoted_articles else ""
        # (a comma or period inside the closing quote stays outside the name: A MAN CALLED "BOUJEMAA,")
        # (any script: SIGNED "Δ. ΠΑΠΑΚΥΡΙΑΚΟΠΟΥΛΟΣ"; its first letter is checked to be no lower-case one)
        # (the words may break over a line: CALLED "ARIS\nLONDON")
        self.quoted = re.compile(rf"[\"\u201c](?P<name>{article}[^\W\d_](?:[\w'\u2019\- ]|\.(?=[ \t]\w)|[ \t]*\n[ \t]*(?=\w)){{0,40}}?)[,.;]?[\"\u201d]")
        # a nickname in quotes, then a name in parentheses: "El Nene" (Mohamed Amar Laarbi)
        # (each pattern opens with its quote or parenthesis, the look-behind after it: the regex
        # engine then skips to those characters instead of trying every position)
        nickname = rf"(?P<alias>{article}[" + CAPITALS + r"][\w'\u2019\-]*(?:[ \t]+[\w'\u2019\-]+){0,3})[\"\u201d]"
        # (initials may open the name: "DOLLAR SEENU" (D.\nSREENIVASULU))
        name = r"(?P<name>(?:[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}(?:[ \t]+|[ \t]*\n[ \t]*))?[" + CAPITALS + r"][\w'\u2019\-]*\w(?:(?:[ \t]+|[ \t]*\n[ \t]*)[" + CAPITALS + r"][\w'\u2019\-]*\w){0,3})"
        self.alias_then_name = re.compile(rf"[\"\u201c](?<![\w\"\u201c][\"\u201c]){nickname}[ \t]*\n?[ \t]*\({name}\)")
        # ... or a name, then its nickname in quotes in parentheses: Jhonny Mujica ("el Flaco")
        self.alias_in_parentheses = re.compile(rf"\([ \t]*[\"\u201c]{nickname}[ \t]*\)")
        self.name_before_parenthesis = re.compile(rf"(?<![\w'\u2019\-]){name}[ \t]*\n?[ \t]*\Z")
        self.articles = frozenset(a.lower() for a in spec.quoted_articles)
        # a naming verb, the words that may follow it, and a quote: A CAPTAIN KNOWN | AS "VAMPIRE"
        verbs = "|".join(re.escape(v).replace(r"\ ", r"[ \t]+") for v in sorted(spec.naming_verbs, key=len, reverse=True)) or "(?!)"
        self.naming_verb = re.compile(rf"(?<![\w\-'\u2019])(?i:{verbs})"
                                      rf"(?:{_GAP}(?i:{_NAMING_ADVERBS}))*(?:{_GAP}(?i:as))?[ \t]*\n?[ \t]*(?=[\"\u201c])")
        self.naming_nouns = frozenset(n.lower() for n in spec.naming_nouns)
        # a name, then its nickname in quotes ending it: Musa Adam Ishag "Wad Jalaba" (Fur omda)
        self.nickname_after = re.compile(rf"[\"\u201c](?<=\w[ \t][\"\u201c]){nickname}(?=[ \t]*(?:[,(;)]|\.(?:\s|\Z)|$))",
                                         re.MULTILINE)

    def find(self, text):
        results = []
        threshold = self.lexicon.settings.names.caps_continue_below_zipf
        for m in _NICKNAME_SURNAME.finditer(text):  # "TI BLANC" THERMIDOR: a nickname, then the surname
            if self._surname(m.group("surname")) and self._alias(m.group("nickname")):
                results.append(self.result(m.start(), m.end("surname"), "a nickname in quotes and a surname"))
        for m in _INNER_NICKNAME.finditer(text):  # Everton "Sonny" Griffith-Clarke
            if m.group("article") is not None and m.group("article") not in self.articles:
                continue
            if self._given(m.group("given")) and self._family(m.group("surname")) \
                    and not all(w.upper() in self.lexicon.stop_words for w in m.group("nickname").split()):
                span = self.reader.read(text, m.start("surname"))
                end = span[1] if span is not None and span[0] == m.start("surname") else m.end("surname")
                results.append(self.result(m.start(), end, "a nickname in quotes between name words"))
        for m in _PARENTHESISED_NAME.finditer(text):  # Margaret (Peggy) Okafor-Lind, Rebecca (Fisher) Stoltzfus
            inner = m.group("inner")
            if self._given(m.group("given")) and self._family(m.group("surname")) and self._name_word(inner) \
                    and (self.lexicon.is_given_name(inner) or self.lexicon.is_word_given_name(inner)
                         or not inner.isupper() and (self.lexicon.is_surname(inner) or not self.lexicon.is_common(inner, threshold))):
                span = self.reader.read(text, m.start("surname"))
                end = span[1] if span is not None and span[0] == m.start("surname") else m.end("surname")
                results.append(self.result(m.start(), end, "a nickname or maiden name in parentheses between name words"))
        if "(" in text:
            results += self._parenthetical_inside(text)
        for m in _QUOTED_HONORIFIC.finditer(text):  # "don Chemo", THE BLOGGER "ABU WATAN"
            if m.group("honorific").lower() in self.honorifics and self._alias(m.group("rest"), quoted=True) \
                    and all(self._name_word(w) and not self.lexicon.is_place(w)
                            and (self.lexicon.is_given_name(w) or not self.lexicon.is_common(w, threshold))
                            for w in m.group("rest").split()):  # (not "Mama Africa", "Uncle Sam")
                results.append(self.result(m.start(), m.end(), "a nickname in quotes opened by an honorific"))
        if "\"" in text or "\u201c" in text:
            results += self._next_to_a_name(text)
            results += self._named_by_a_person_noun(text)
            results += self._next_to_a_person_noun(text)
        for cue in self.cue.finditer(text):
            quoted = self.quoted.match(text, cue.end())
            if quoted is not None and self._capitalized(quoted.group("name"))[:1].islower():
                quoted = None  # ("the boss" in quotes is a word)
            if quoted is not None:
                span = quoted.span("name")
            else:
                span = self.reader.read(text, cue.end())
            if span is None:
                continue
            name = self._after_a_name(text, cue.start()) if quoted is not None else None
            if self._alias(self._capitalized(text[span[0]:span[1]]) if quoted else text[span[0]:span[1]],
                           quoted=quoted is not None):
                results.append(self.result(*span, "a name given as an alias"))
            elif name is not None and self._loose_alias(text, *span):  # CORNELIUS WASHINGTON, A.K.A. "SUGAR BOY"
                results.append(self.result(*span, "a name given as an alias of the name before it"))
            else:
                continue
            if name is not None:  # (Wahyuni, a.k.a. "Kadek Bule,": the words before the alias's cue name the person)
                results.append(self.result(*name, "a name before its alias in quotes"))
            if quoted is not None:
                results += self._chained(text, quoted.end())
        return results

    def _parenthetical_inside(self, text: str) -> list:
        """One name from the first name word through the surname across a parenthetical set inside
        it (names25): a nickname in quotes (`Levan ("Lekso") Tsikhelashvili`, `ABDUL RASHID
        ("RASHID-E SURKH") TAJIK`), the name in another script (`NAZIM (НАЗИМ) ALAKBAROV`), or a
        nickname without quotes that shares the name's first letters (`KATARZYNA (KASIA) WRONA`,
        `DRITON\n(DRITA) HAXHIU`). The words before it are name words in the text's case (the
        English words and titles opening them left out), one a known name or no English word in
        use; the word after it is a name word in the same case, no English word in use unless a
        known surname, and closes the name (`GUL (ROSE) FESTIVAL`, `CIUC (CSÍKSZEREDA) WITH` are
        no names). The parenthetical alone is a person too."""
        lex = self.lexicon
        results = []
        for m in _INNER_PARENTHETICAL.finditer(text):
            before = _WORDS_BEFORE_PARENTHETICAL.search(text, max(0, m.start() - 100), m.start())
            if before is None:
                continue
            surname, inner = m.group("surname"), m.group("inner")
            caps = surname.isupper()
            words = list(re.finditer(r"\S+", before.group("words")))
            keep = len(words)
            while keep and len(words) - keep < 3 and self._word_before_parenthetical(words[keep - 1].group(), caps):
                keep -= 1  # (NEC CHAIR | MAXAMED CIRRO, EMIN AND | NAZIM: the words right before it, a name's)
            words = words[keep:]
            while words and not (self._given(words[0].group()) or lex.is_given_name(words[0].group())):
                words = words[1:]  # (CONSCRIPT ARAM, THE ACTIVIST NAZIM: the words opening the run are the sentence's)
            if not words:
                continue
            quoted = m.group("quote") is not None
            script = _LATIN.search(inner) is None
            if not self._closing_surname(text, m.start("surname"), m.end("surname"), caps, strong=quoted or script):
                continue
            firsts = {w.group()[:2].upper() for w in words} | {p[:2].upper() for w in words for p in w.group().split("-")}
            if not (quoted and self._loose_alias(text, m.start("inner"), m.end("inner")) or script
                    or inner[:2].upper() in firsts and len(inner) >= 3 and (inner.isupper() == caps or not caps)
                    and not lex.never_a_name(inner) and inner.upper() not in lex.keep_upper):
                continue
            start = before.start("words") + words[0].start()
            span = self.reader.read(text, m.start("surname"))
            end = span[1] if span is not None and span[0] == m.start("surname") else m.end("surname")
            if lex.is_organization(text, start, end) or lex.is_place(text[start:end]):
                continue
            results.append(self.result(start, end, PARENTHETICAL_INSIDE_A_NAME))
            results.append(self.result(m.start("inner"), m.end("inner"), "a nickname or another script's form in parentheses inside a name"))
        return results

    def _word_before_parenthetical(self, word: str, caps: bool) -> bool:
        """A word of the name before a parenthetical inside it: a name word in the text's case, no
        person's noun, title, or place (unless a known name)."""
        lex = self.lexicon
        if (word.isupper() != caps and len(word) > 2) or not self._name_word(word) or self._person_noun(word) \
                or lex.misspelled_title(word):
            return False
        return not lex.is_place(word) or lex.is_given_name(word) or lex.is_surname(word)

    def _closing_surname(self, text: str, start: int, end: int, caps: bool, strong: bool = False) -> bool:
        """The word `text[start:end]` after a parenthetical inside a name: written as a name in the
        text's case, no stop word, title, month, person's verb, place or organisation's word, no
        English word in use (part of it, when hyphenated) unless a known surname. After a nickname
        in quotes or a form in another script (`strong`), a people's name is a surname too (ABDUL
        RASHID ("RASHID-E SURKH") TAJIK)."""
        lex = self.lexicon
        word = strip_possessive(text[start:end])
        if strong and (word.upper() in lex.nationalities or lex.is_people(word)) and (word.isupper() == caps or len(word) <= 2) \
                and word.upper() not in lex.acronyms and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf):
            return True
        if len(word) < 2 or (word.isupper() != caps and len(word) > 2) or not self._name_word(word) or self._person_noun(word):
            return False
        upper = word.upper()
        if upper in lex.place_words or upper in lex.organization_kinds or upper in lex.document_words or upper in lex.group_nouns \
                or lex.is_place(word) and not lex.is_surname(word):
            return False
        return lex.is_surname(word) or self._family(word) or lex.is_people(word) and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf)

    def _after_a_name(self, text: str, pos: int) -> tuple[int, int] | None:
        """The capitalized words that may be a name ending right before `pos`, a comma or
        parenthesis after them (CORNELIUS WASHINGTON, | A.K.A.; Wahyuni, | a.k.a.), or None."""
        m = _NAME_BEFORE_CUE.search(text, max(0, pos - 80), pos)
        if m is None:
            return None
        words = list(re.finditer(r"[^\W\d_][\w'\u2019\-]*", m.group()))
        lex = self.lexicon
        while words and (lex.never_a_name(words[0].group()) or words[0].group().upper() in lex.stop_words
                         or not self._name_word(words[0].group()) or not self._given(words[0].group())
                         and lex.is_common(words[0].group(), lex.settings.names.caps_continue_below_zipf)):
            words = words[1:]  # (THE EARLIER NOTE ARE NOW | CORNELIUS WASHINGTON)
        if not words or any(lex.never_a_name(w.group()) or not self._name_word(w.group()) or self._person_noun(w.group())
                            for w in words):
            return None  # (THE TRAFFICKER, KNOWN AS "MADAM TOKUNBO": a person's noun, not a name)
        if not any(self._given(w.group()) for w in words) or lex.is_place(" ".join(w.group() for w in words)):
            return None
        return m.start() + words[0].start(), m.start() + words[-1].end()

    def _loose_alias(self, text: str, start: int, end: int) -> bool:
        """Words in quotes where the sentence says they name a person (after an alias's cue next to
        a name, after another alias, after a person's noun): English words allowed (SUGAR BOY), no
        stop words only, marking, acronym, place or organisation."""
        lex = self.lexicon
        name = self._capitalized(text[start:end])
        words = [strip_possessive(w.strip(".,")) for w in name.split()]
        if not words or not 1 <= len(text[start:end].split()) <= 4 or name[:1].islower():
            return False
        if words[0].upper() in ("THE", "A", "AN"):
            return False  # (THE POLICE CHIEF "THE PALANGI.": an epithet, not a name)
        if any(lex.never_a_name(w) or w.upper() in lex.keep_upper for w in words) \
                or all(w.upper() in lex.stop_words | lex.title_words for w in words):
            return False
        return not (lex.is_place(name) or lex.is_organization(text, start, end))

    def _chained(self, text: str, pos: int) -> list:
        """The nicknames in quotes after one found at `pos`, joined by `or` or `and` ("El Flaco" or
        "Pachito"; ONE WAS CALLED "ARIS LONDON" AND THE OTHER "OM DUL.")."""
        results = []
        for _ in range(3):
            chain = _ALIAS_CHAIN.match(text, pos)
            if chain is None:
                break
            quoted = self.quoted.match(text, chain.end())
            if quoted is None or not self._loose_alias(text, *quoted.span("name")):
                break
            start, end = quoted.span("name")
            results.append(self.result(start, end, "a nickname in quotes after another"))
            pos = quoted.end()
        return results

    def _person_noun(self, noun: str) -> bool:
        lex = self.lexicon
        noun = noun.lower()
        return noun in lex.persons_nouns or noun in self.naming_nouns or noun.upper() in lex.one_word_titles \
            or lex.agent_noun(noun)

    def _next_to_a_person_noun(self, text: str) -> list:
        """A nickname in quotes right after a person's noun, closing its phrase (FARC COURIER "EL
        OSO" - TRUE NAME ...), or before an apposition with one ("EL PAISA," A COMMANDER OF THE
        RASTROJOS): the noun says the words in quotes name a person."""
        results = []
        for m in _NOUN_BEFORE_QUOTE.finditer(text):
            if not self._person_noun(m.group("noun")):
                continue
            quoted = self.quoted.match(text, m.end())
            if quoted is None or _QUOTE_CLOSES_PHRASE.match(text, quoted.end()) is None \
                    or not self._loose_alias(text, *quoted.span("name")):
                continue
            start, end = quoted.span("name")
            results.append(self.result(start, end, "a nickname in quotes after a person's noun"))
            results += self._chained(text, quoted.end())
        for quoted in self.quoted.finditer(text):
            if "," not in text[quoted.end() - 2:quoted.end() + 1]:
                continue  # (an apposition needs its comma)
            after = _APPOSITION_AFTER.match(text, quoted.end())
            if after is None or not any(self._person_noun(w) for w in after.group("nouns").split()) \
                    or not self._loose_alias(text, *quoted.span("name")):
                continue
            start, end = quoted.span("name")
            results.append(self.result(start, end, "a nickname in quotes before an apposition with a person's noun"))
        return results

    def _named_by_a_person_noun(self, text: str) -> list:
        """A name in quotes given by a naming verb after a person's noun (`A SERGEANT NAMED "EL
        CHINO"`, `A CAPTAIN KNOWN AS "VAMPIRE"`, `a friend known only as "Late"`, `THE BOY IS
        CALLED "MYONGI"`): the noun says a person is named, so the words in quotes are a name even when they are English
        words. Not after a thing's noun (`AN OPERATION CALLED "X"`, `A GROUP KNOWN AS "Y"`) nor
        after a pronoun (`THE GUARDS CALL HIM "AKROMIST"`: an epithet as often as a name); no
        place, organisation, marking or stop words only."""
        lex = self.lexicon
        results = []
        for m in self.naming_verb.finditer(text):
            before = _NAMING_NOUN_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if before is None:
                continue
            if not (before.group("noun").lower() in lex.person_nouns or self._person_noun(before.group("noun"))):
                continue
            quoted = self.quoted.match(text, m.end())
            if quoted is None:
                continue
            name = self._capitalized(quoted.group("name"))
            words = [strip_possessive(w.strip(".,")) for w in name.split()]
            if not words or name[:1].islower() \
                    or all(w.upper() in lex.stop_words or w.upper() in lex.title_words or lex.never_a_name(w) or w.upper() in lex.keep_upper
                           for w in words) \
                    or lex.is_place(name) or lex.is_organization(text, quoted.start("name"), quoted.end("name")):
                continue
            start, end = quoted.span("name")
            results.append(self.result(start, end, NAMED_BY_A_PERSON_NOUN))
            results += self._chained(text, quoted.end())
        return results

    def _next_to_a_name(self, text: str) -> list:
        """Nicknames in quotes next to a name: `"El Nene" (Mohamed Amar Laarbi)`, `Jhonny Mujica
        ("el Flaco")`, `Musa Adam Ishag "Wad Jalaba"` (the names are found too when their words say so)."""
        results = []
        pairs = [(m, m) for m in self.alias_then_name.finditer(text)]
        for m in self.alias_in_parentheses.finditer(text):
            name = self.name_before_parenthesis.search(text, max(0, m.start() - 100), m.start())
            if name is not None:
                pairs.append((m, name))
        for alias, name in pairs:
            if self._parenthesised_name(name.group("name"), alias.group("alias")) \
                    and self._alias(self._capitalized(alias.group("alias")), quoted=True):
                results.append(self.result(alias.start("alias") - 1, alias.end("alias") + 1, "a nickname in quotes next to a name"))
                results.append(self.result(name.start("name"), name.end("name"), "a name next to a nickname in quotes"))
        for m in self.nickname_after.finditer(text):  # Musa Adam Ishag "Wad Jalaba" (Fur omda)
            before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start() - 1)
            if before is None:
                continue
            words = list(re.finditer(r"\S+", before.group()))
            while words and (words[0].group().rstrip(".").upper() in self.lexicon.title_words
                             or words[0].group().upper() in self.lexicon.stop_words):
                words = words[1:]  # (Sheikh Musa ...: the title stays outside)
            if len(words) < 2:
                continue
            joined = " ".join(w.group() for w in words)
            if self._parenthesised_name(joined, m.group("alias")) and self._alias(self._capitalized(m.group("alias")), quoted=True):
                results.append(self.result(before.start() + words[0].start(), m.end(), "a name and its nickname in quotes"))
        return results

    def _capitalized(self, alias: str) -> str:
        """The capitalized words of a nickname (not its article or the words in lower case inside
        it: "la Gocha", "Hrant the Teacher")."""
        return " ".join(w for w in alias.split() if not w[:1].islower())

    def _parenthesised_name(self, name: str, alias: str) -> bool:
        """A name next to a nickname: name words, no place unless a known name; a known given name or
        surname, or a word no English word list knows, among them. One word in capitals is an
        acronym in mixed case ("Iron Dome" (IDF)), and in capitals when short or kept upper."""
        lex = self.lexicon
        words = [w for w in name.split() if not _INITIALS.fullmatch(w)]  # ("DOLLAR SEENU" (D. SREENIVASULU))
        name = " ".join(words)
        if not words:
            return False
        if len(words) == 1 and name.isupper() and (not alias.isupper() or len(name) < 5 or name in lex.keep_upper):
            return False
        return all(self._name_word(w) and (not lex.is_place(strip_possessive(w)) or lex.is_given_name(w) or lex.is_surname(w))
                   for w in words) \
            and any(self._given(w) for w in words) and not lex.is_organization(name, 0, len(name))

    def _surname(self, word: str) -> bool:
        """A word that is no English word in use, no place, marking, acronym or title."""
        lex = self.lexicon
        bare = strip_possessive(word)
        return not (lex.never_a_name(bare) or bare.upper() in lex.stop_words or bare.upper() in lex.title_words or lex.is_place(bare)
                    or lex.is_common(bare, lex.settings.names.rare_below_zipf))

    def _name_word(self, word: str) -> bool:
        """No marking, acronym, stop word, title or organisation's word."""
        lex = self.lexicon
        bare = strip_possessive(word)
        return not (lex.never_a_name(bare) or bare.upper() in lex.stop_words or bare.upper() in lex.title_words
                    or bare.upper() in lex.organization_words)

    def _given(self, word: str) -> bool:
        """A word before a nickname that opens a name: a known given name or surname, or a word
        no English word list knows (below `names.caps_continue_below_zipf`) and no place."""
        lex = self.lexicon
        return self._name_word(word) and (lex.is_given_name(word) or lex.is_surname(word) or not lex.is_place(word)
                                          and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf))

    def _family(self, word: str) -> bool:
        """A word after a nickname that goes on with the name: one part of it (Cook-Herne) a known
        surname or given name, or a word no English word list knows."""
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        return self._name_word(word) and any(
            lex.is_surname(part) or lex.is_given_name(part) or not lex.is_common(part, threshold)
            for part in strip_possessive(word).split("-") if len(part) > 1)

    def _alias(self, name: str, quoted: bool = False) -> bool:
        """At least one word of `name` is a given name or no common English word (in quotes after
        a cue, also a given name that is a word: `calls "Old Tom"`), none is a marking, acronym
        or stop word."""
        lex = self.lexicon
        words = re.findall(r"[^\W\d_][\w'\u2019\-]*", name)
        if not words or any(lex.never_a_name(w) or w.upper() in lex.stop_words for w in words):
            return False
        threshold = lex.settings.names.caps_continue_below_zipf
        return any(w.upper() not in lex.title_words and (lex.is_given_name(w) or not lex.is_common(w, threshold)
                                                         or quoted and lex.is_word_given_name(w))
                   for w in words)
