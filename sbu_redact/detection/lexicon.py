"""Word knowledge shared by the recognizers, the recaser and the post-processing: which words
are markings, acronyms, nationalities, header words, given names or common English words.

Built once per rules directory from `rules/entities.yaml` and `rules/markings.yaml`.
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from typing import Iterator

from ..config import Rules
from ..markings import grammar_for
from ..folding import name_fold
from .before import SPACES, WORD_RUN, EndAnchored, optional
from .namelex import name_lexicon, short_given_names
from .settings import EntitiesSettings, given_names, load_settings, place_names
from .zipf import zipf

# the capital letters a name may open with, for regex character classes: Latin-1's and Latin
# Extended-A/B's (Żuraw, Łukasz, Šťastný, Čolak, Ōtsuka), not only A-Z and À-Þ
CAPITALS = "A-Z\u00C0-\u00D6\u00D8-\u00DE" + "".join(ch for ch in [*map(chr, range(0x100, 0x250)), *map(chr, range(0x1E00, 0x1F00))] if ch.isupper())
WORD = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'\u2019\-]*")
LETTERS = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_NOT_LETTERS = re.compile(r"[^A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+")


_ASCII_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))


def upper_ratio(text: str) -> float:
    """The share of capitals among the letters of `text` (`LETTERS`; 0 when it has none)."""
    if text.isascii():  # the letters counted in C: the same counts as the general case
        letters = text.encode("ascii").translate(None, _ASCII_NOT_LETTERS)
        if not letters:
            return 0.0
        return (len(letters) - len(letters.translate(None, _ASCII_UPPER))) / len(letters)
    found = _NOT_LETTERS.sub("", text)  # (the letters of LETTERS.findall, as one string)
    if not found:
        return 0.0
    return sum(map(str.isupper, found)) / len(found)


_POSSESSIVE = re.compile(r"['\u2019][sS]?$")


def strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word) if ("'" in word or "\u2019" in word) else word


@functools.lru_cache(maxsize=4096)
def _zipf_in(word: str, language: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language)


_NEXT_WORD = re.compile(r"['\u2019]?[sS]?[ \t]+([A-Za-z]+)")
_HEADER_LINE = re.compile(r"[ \t]*([A-Z][A-Z.]*)(?:[ \t]+[A-Z]+)?[ \t]*(:?)")
_PREVIOUS_STREET_WORD = EndAnchored(r"(?<![\w\-])([A-Za-z]+)\.?[ \t]*\n?[ \t]*\Z",
                                    SPACES, optional("\n"), SPACES, optional("."), WORD_RUN)  # Av. | Francisco
_PREVIOUS_WORD = EndAnchored(r"([A-Za-z]+),?[ \t]+[\"'\u201c]?\Z", optional("\"'\u201c"), SPACES, optional(","), WORD_RUN)  # (HER EMPLOYER, BAKER HUGHES)
_ROMAN = re.compile(r"[IVX]{1,4}")
_PREVIOUS_TWO_WORDS = EndAnchored(r"([A-Za-z]+[ \t]+[A-Za-z]+)[ \t]+\Z", SPACES, WORD_RUN, SPACES, WORD_RUN)
_APPOSITION_KIND = re.compile(r",[ \t]+(?:the|a|an|THE|A|AN)[ \t]+([A-Za-z]+)(?:[ \t]*\n?[ \t]*(?P<noun>[A-Za-z]+))?")
_OPENING_LETTER = re.compile(r"[^\W\d_]")
_PROSE_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_PARAGRAPH_REACH = 2000  # how far back a paragraph's opening is looked for (characters)


def _opens_in_lower_case(text: str, pos: int) -> bool:
    """Whether the paragraph of `pos` (after the last blank line, at most `_PARAGRAPH_REACH`
    characters back) opens with a lower-case letter."""
    start = text.rfind("\n\n", max(0, pos - _PARAGRAPH_REACH), pos)
    if start < 0 and pos > _PARAGRAPH_REACH:
        return False  # no paragraph's opening near: no short informal message
    opening = _OPENING_LETTER.search(text, start + 2 if start >= 0 else 0)
    return opening is not None and opening.group().islower()


# a chat export's stamp and speaker (`[09:15] Wekesa-Lund, Amani (LES): `) before the message
# (an IRC-style speaker in angle brackets after the stamp too: `[09:41] <akrog> did tyler's mother land?`)
_CHAT_SPEAKER = re.compile(r"[ \t]*\[[^\]\n]{1,24}\][ \t]*(?:<[^<>\s]{1,40}>|[^\s:\[\]][^:\n\[\]]{0,60}:)[ \t]+")
# markup, URLs, addresses, code (a slash alone is prose: `met w/ the chair`, `pol/econ`, `3/14`)
_NOT_PROSE = re.compile(r"[<>={}\[\]|\\@_]|://|\w/\w+/")
_QUOTED_REPLY = re.compile(r"[ \t]*(?:>[ \t]*)+(?=[a-z])")  # `> ` before a quoted reply's line, in lower case
_NOT_PROSE_CHARS = frozenset("<>={}[]|\\@_")  # (the characters of its first way)
_FOLLOWING_WORD = re.compile(r"(?:['\u2019][sS]?|[\"\u201d])?[ \t]*\n?[ \t]*([A-Za-z][A-Za-z'\u2019]*)")  # (Peoples' | Peace)
# (fixnames49c: THE "NICHITA STANESCU" SCHOOL: the closing quote of a name in quotes before the kind)
# a building's word and maybe one more word before a name in quotes (LICEUL TEORETIC "ION CREANGA", fixnames49c)
_QUOTED_AFTER_STREET_WORD = re.compile(r"(?<![\w\-])([^\W\d_]+)\.?(?:[ \t]+[^\W\d_]+)?[ \t]+[\"\u201c]\Z")
# a company's suffix after a name: `, Inc.`, ` & Sons`, ` and Partners`, ` Ltd`
_COMPANY_AFTER = re.compile(r"(?:,[ \t]*|[ \t]*&[ \t]*|[ \t]+(?:and|AND)[ \t]+|[ \t]+)([A-Z][A-Za-z]*)(?![\w\-])")
_OFFICE_SYMBOL = re.compile(r"\b[A-Z]{2,}/[A-Z]")
# the word before a name (HER HUSBAND | ZUHAIR) and what follows it: a verb (SAID, can be
# reached, ", WHO"), or a possessive and a noun (KOVALENKO'S | BROTHER)
# a list item or an apposition opens here (`, X`, `; X`, `: X`, `(X`, `(C) X`); a line start
# alone does not (ALL-CAPS paragraphs wrap anywhere)
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019\-])(?P<word>[^\W_]+)[ \t]*\n?[ \t]*\Z")
_ITEM_OPENS = re.compile(r"(?:\A|[,;:(&]|\)[ \t])\s*\Z")
# (a hyphenated noun whole: her brother-in-law Emad, HIS HALF-BROTHER, ALI)
_NOUN_PREFIXES = frozenset({"sub", "co", "ex", "vice", "deputy", "assistant", "chief", "head", "former", "acting"})
# words in -er, -or, -ist or -man that are no person's nouns (Lexicon.agent_noun)
_NOT_AGENT_NOUNS = frozenset(
    "number numbers letter letters paper papers water waters corner corners border borders order orders center centers "
    "centre centres matter matters summer winter chapter chapters quarter quarters register character characters meter "
    "meters metre metres layer layers power powers tower towers river rivers cover covers poster posters banner banners "
    "folder folders sticker stickers trailer trailers container containers computer computers monitor monitors sector "
    "sectors factor factors motor motors floor floors door doors mirror error errors terror horror color colour honor "
    "honour favor favour behavior behaviour labor labour harbor harbour rumor rumors rumour rumours humor humour list "
    "lists twist wrist mist human humans german germans roman romans shaman format manifest protest protests contest "
    "interest interests request requests corridor corridors theater theatre shelter shelters cancer weather leather "
    "filter filters printer printers scanner scanners charter charters barrier barriers answer answers murder murders "
    "elevator elevators generator generators tractor tractors manner manners "
    "dinner dinners super silver copper timber lumber rubber finger fingers november december "
    "october september identifier indicator indicators calendar calendars dollar dollars".split())
_CUE_BEFORE = EndAnchored(r"(?<![\w\-])(?P<cue>[^\W\d_]+(?:-[^\W\d_]+)*),?[ \t]*\n?[ \t]*\Z",
                          SPACES, optional("\n"), SPACES, optional(","), WORD_RUN)
_CUE_AFTER = re.compile(r"(?P<possessive>['\u2019][sS](?=\s)|(?<=[sS])['\u2019](?=\s))?,?[ \t]*\n?[ \t]*[\"\u201c]?"
                        r"(?P<cue>[A-Za-z]+(?:[ \t]+(?i:be|of)[ \t]+[A-Za-z]+)?)")


# an apposition after a name: `, the bishop,`, `, a Kenyan journalist,` (one more word may come before the noun)
_APPOSITION_NOUN = re.compile(r",[ \t]*\n?[ \t]*(?i:the|a|an)[ \t]*\n?[ \t]+(?:(?P<first>[A-Za-z\-]+)[ \t]*\n?[ \t]+)?"
                              r"(?P<noun>[A-Za-z]+)(?=[ \t]*[,.;)\n]|[ \t]+(?i:of|for|at|in|who|whose|from|with|based)\b)")
# a copula, an article and a person's noun, up to two words before it (IS A VILLAGE HEAD IN, was the
# family's driver.)
_PREDICATE_NOUN = re.compile(r"[ \t]+(?:is|was|IS|WAS|Is|Was)[ \t]+(?:a|an|the|A|AN|THE)[ \t]+(?:[A-Za-z\-']+[ \t]+){0,2}?"
                             r"(?P<noun>[A-Za-z]+)(?=[ \t]*[,.;)\n]|[ \t]+(?i:of|for|at|in|who|whose|from|with|based)\b)")
_WORD_MEMO_SIZE = 1 << 16  # answers remembered per method (then forgotten all at once)


def _per_word(method):
    """`method(self, word)`, a function of the word and the lexicon alone (the lexicon does not
    change once built), remembered per word: recognizers, post-processing and the residual-name
    net ask about the same words many times. `method.__wrapped__` computes it afresh."""
    name = method.__name__

    @functools.wraps(method)
    def remembered(self, word):
        try:  # (most calls: a word asked about before; no method lookups on the way)
            return self._word_memos[name][word]
        except KeyError:
            pass
        memo = self._word_memos.get(name)
        if memo is None:
            memo = self._word_memos[name] = {}
        if len(memo) >= _WORD_MEMO_SIZE:
            memo.clear()
        answer = memo[word] = method(self, word)
        return answer

    return remembered


# the answers of `Lexicon.is_organization` in the current `sharing_answers` scope (None outside
# one), per lexicon, text and span: per context, so threads and concurrent calls never share one
_ANSWERS: contextvars.ContextVar[dict[tuple[object, str, int, int], bool] | None] = \
    contextvars.ContextVar("sbu_lexicon_answers", default=None)


@contextlib.contextmanager
def sharing_answers() -> Iterator[None]:
    """Within this scope `Lexicon.is_organization` answers each lexicon, text and span once
    (detection, post-processing and the residual net of every level ask again). Nothing outlives
    the scope; a nested scope uses the outer one."""
    if _ANSWERS.get() is not None:
        yield
        return
    token = _ANSWERS.set({})
    try:
        yield
    finally:
        _ANSWERS.reset(token)


class Lexicon:
    def __init__(self, rules: Rules):
        self._word_memos: dict[str, dict[str, bool]] = {}
        self.settings: EntitiesSettings = load_settings(rules)
        s = self.settings
        vocabulary = grammar_for(rules).vocabulary
        marking_words: set[str] = set()
        for token in grammar_for(rules).all_tokens:
            words = token.split()
            # a word of a phrase (FOR of FOR OFFICIAL USE ONLY) is a marking word only when it
            # is not ordinary English, or ALL-CAPS prose would keep every FOR and TO upper case
            marking_words.update(w for w in words if len(words) == 1 or zipf(w) < s.recase.common_zipf)
        marking_words.update(w.upper() for w in s.caption_variants)
        self.marking_words = frozenset(marking_words)
        self.country_codes = frozenset(vocabulary.countries) | frozenset(vocabulary.tetragraphs)
        self.acronyms = frozenset(w.upper() for w in s.suppress.acronyms)
        self.nationalities = frozenset(w.upper() for w in s.suppress.nationalities)
        self.peoples = frozenset(name_fold(w) for w in s.suppress.peoples)
        self.header_words = frozenset(w.upper() for w in s.suppress.header_words)
        self.not_name_patterns = [re.compile(p) for p in s.suppress.patterns]
        self.stop_words = frozenset(w.upper() for w in s.names.stop_words)
        # (fix51b) the calendar words (rules/record_words.yaml `months` names and `weekdays`), never a name
        calendar = grammar_for(rules).record_words
        self.months = frozenset(w.upper() for w in calendar["months"]["names"])
        self.weekdays_and_months = self.months | frozenset(w.upper() for w in calendar["weekdays"])
        names = name_lexicon(rules)
        threshold = s.name_lexicon.given_max_zipf
        self.given_names = given_names(rules) | frozenset(n for n in names.given if zipf(n) < threshold)
        # given names that are also English words (GRACE, HOPE): names only where the context says so
        listed = frozenset(name_fold(n) for n in s.names.word_given_names)
        self.word_given_names = (frozenset(n for n in names.given if zipf(n) >= threshold) - self.given_names) | listed
        # the listed ones are names even where the word is a marking's (PRIVILEGE SITHOLE)
        self.listed_word_given_names = listed
        # (fixnames51) short and pet forms (PAT, GAZ, BOETIE): names only in a speaker's or addressee's slot
        self.short_given_names = short_given_names(rules)
        self.list_leads = frozenset(w.upper() for w in s.names.list_leads)
        self.word_given_name_blockers = frozenset(w.upper() for w in s.names.word_given_name_blockers)
        self.possessive_place_words_before = frozenset(w.upper() for w in s.names.possessive_place_words_before)
        self.possessive_institution_nouns = frozenset(w.upper() for w in s.names.possessive_institution_nouns)
        self.quoted_name_blockers_before = frozenset(w.upper() for w in s.names.quoted_name_blockers_before)
        self.list_name_labels = frozenset(" ".join(w.lower().split()) for w in s.names.list_name_labels)
        self.gloss_person_words = frozenset(" ".join(w.lower().split()) for w in s.names.gloss_person_words)
        self.gloss_organisation_roles = frozenset(w.lower() for w in s.names.gloss_organisation_roles)
        self.gloss_count_nouns = frozenset(w.lower() for w in s.names.gloss_count_nouns)
        self.determiners = frozenset(w.lower() for w in s.names.determiners)
        self.sign_off_words = tuple(" ".join(w.split()) for w in s.names.sign_off_words)
        self.naming_verbs = tuple(" ".join(w.split()) for w in s.names.naming_verbs.person)
        self.general_naming_verbs = tuple(" ".join(w.split()) for w in s.names.naming_verbs.general)
        self.surnames = names.surnames
        self.places = place_names(rules)
        self.place_words = frozenset(w.upper() for w in s.place_words)
        self.place_words_before = frozenset(w.upper() for w in s.place_words_before)
        self.organization_words = frozenset(w.upper() for w in s.organization_words)
        self.facility_words = frozenset(w.upper() for w in s.named_after_person.facilities)
        self.facility_connectors = frozenset(w.upper() for w in s.named_after_person.connectors)
        self.place_prepositions = frozenset(w.lower() for w in s.names.place_prepositions)
        self.place_leads = frozenset(w.lower() for w in s.names.place_leads)
        self.posted_offices = frozenset(w.upper() for w in s.names.posted_offices)
        self.organization_kinds = frozenset(w.upper() for w in s.organization_kinds)
        self.organization_kinds_after = frozenset(w.upper() for w in s.organization_kinds_after)
        self.organization_leads = frozenset(" ".join(w.lower().split()) for w in s.organization_leads)
        self.organization_endings = tuple(w.upper() for w in s.organization_endings)
        self.company_suffixes = frozenset(w.upper().rstrip(".") for w in s.company_suffixes)
        self.particles = frozenset(w.lower() for w in s.names.particles)
        self.surname_only_particles = frozenset(w.lower() for w in s.names.surname_only_particles)
        self.lower_case_particles = frozenset(s.names.lower_case_particles)
        self.abbreviated_particles = frozenset(w.upper().rstrip(".") for w in s.names.abbreviated_particles)
        self.given_name_abbreviations = frozenset(w.upper().rstrip(".") for w in s.names.given_name_abbreviations)
        self.filiation_particles = frozenset(w.lower() for w in s.names.filiation_particles)
        self.patronymic_endings = tuple(w.upper() for w in s.names.patronymic_endings)
        self.person_verbs = frozenset(" ".join(w.lower().split()) for w in s.names.person_verbs)
        self.person_nouns = frozenset(w.lower() for w in s.names.person_nouns)
        # person_nouns that name a person (not HIS CELL, the blog)
        self.persons_nouns = self.person_nouns - frozenset(w.lower() for w in s.names.possessed_nouns)
        self.predicate_nouns = self.persons_nouns - frozenset(w.lower() for w in s.names.predicate_not_nouns)
        self.keep_upper = frozenset(w.upper() for w in s.recase.keep_upper) | self.acronyms | self.marking_words
        # words of identity documents in other languages (KIMLIK, CODICE FISCALE): each word, folded
        self.document_words = frozenset(name_fold(w).strip(".,;:") for d in s.suppress.document_words for w in d.split()) \
            | frozenset(name_fold(w) for w in s.suppress.office_words)
        self.never_names = self.acronyms | self.nationalities | self.header_words | self.marking_words | self.document_words
        self.never_names_any_case = self.nationalities | self.header_words | self.marking_words | self.document_words
        self.group_nouns = frozenset(w.upper() for w in s.suppress.group_nouns)
        self.people_prefixes = frozenset(name_fold(w) for w in s.suppress.people_prefixes)
        self.saints = frozenset(w.upper().rstrip(".") for w in s.saints)
        self.brands = frozenset(" ".join(name_fold(w).replace("-", " ").split()) for w in s.brands)
        self.surname_facilities = frozenset(w.upper() for w in s.named_after_person.surname_facilities)
        # one-word closings of letters and e-mails (Thanks, Mahalo, Asante): never a name's first word
        letter = s.recognizers.get("letter_name") or {}
        self.closing_words = frozenset(name_fold(c) for c in letter.get("closings", []) if isinstance(c, str) and " " not in c.strip())
        # (fixnames51) honorifics and kin titles before a name (oom, tannie, bhai, ma'am), lower case: cues, not titles
        self.kin_titles = frozenset(" ".join(t.lower().split()) for t in s.names.kin_titles)
        titles = sorted({t for t in s.names.titles}, key=len, reverse=True)
        self.title_words = frozenset(w.upper().rstrip(".") for t in titles for w in t.split())
        self.one_word_titles = frozenset(t.upper().rstrip(".") for t in titles if " " not in t)  # not ECON of Econ Chief
        # Short one-word titles are abbreviations that may carry a period (Mr., Amb.); a period
        # after a longer title ends the sentence.
        abbreviations = "|".join(re.escape(t) for t in titles if len(t) <= 4 and " " not in t)
        longer = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles if len(t) > 4 or " " in t)
        self.titles_pattern = rf"(?:(?:(?:{longer})|(?:{abbreviations})\.?)(?:\s+|(?=\()))"
        self.caps_not_name_suffixes = tuple(x.upper() for x in s.names.caps_not_name_suffixes)
        # title words long enough to be recognised misspelled, by length (see `misspelled_title`)
        shortest = s.names.misspelled_title_min_length
        self._titles_by_length: dict[int, list[str]] = {}
        for w in self.title_words:
            if shortest and len(w) >= shortest and w.replace("'", "").replace("-", "").isalpha():
                self._titles_by_length.setdefault(len(w), []).append(w)

    def is_caps(self, text: str) -> bool:
        """Whether `text` is written in capitals: the one test of ALL-CAPS text (recasing for NER,
        reading names, later mentions), with `recase.upper_ratio` of rules/entities.yaml."""
        return upper_ratio(text) >= self.settings.recase.upper_ratio

    def is_lower_case_prose(self, line: str, text: str | None = None, start: int = 0) -> bool:
        """Whether `line` is prose written in lower case (`my son kevin otieno was arrested`):
        enough letters, no markup, address or code characters (`<meta http-equiv="refresh">`,
        `url=http://...` are no prose), and no capital; when the line stands at `start` in
        `text`, in a paragraph that opens in lower case (an informal e-mail: `felipe -- spoke
        again to kebonye at the Orapa mine.`), a line opening in lower case with few capitalized
        words will do (`recase.lower_line_max_capitalized` of them at the most). In a chat export's
        line only the message counts (`[09:15] Wekesa, Amani: mama kokusiima says ...`), and it
        opens a paragraph of its own."""
        speaker = _CHAT_SPEAKER.match(line)
        if speaker is not None:  # a chat export's line: the message after the stamp and speaker
            line, start = line[speaker.end():], start + speaker.end()
        quoted = _QUOTED_REPLY.match(line)
        if quoted is not None:  # (fixnames47) a reply's quoted line: `> cant, tell udeme i said hi`
            line, start = line[quoted.end():], start + quoted.end()
        if sum(map(str.isalpha, line)) < self.settings.recase.min_letters or not _NOT_PROSE_CHARS.isdisjoint(line) \
                or "/" in line and _NOT_PROSE.search(line) is not None:  # (its other ways need a /)
            return False
        if not any(map(str.isupper, line)):
            return True
        opening = _OPENING_LETTER.search(line)
        if text is None or opening is None or not opening.group().islower():
            return False
        words = _PROSE_WORD.findall(line)
        return len(words) >= 6 and sum(w[0].isupper() for w in words) <= self.settings.recase.lower_line_max_capitalized * len(words) \
            and (speaker is not None or _opens_in_lower_case(text, start))  # (a chat message opens its own paragraph)

    @staticmethod
    def message_offset(line: str) -> int:
        """Where the message of a chat export's line starts (`[09:15] Wekesa, Amani (LES): ` before
        it), or 0."""
        speaker = _CHAT_SPEAKER.match(line)
        return 0 if speaker is None else speaker.end()

    def on_lower_case_line(self, text: str, pos: int) -> bool:
        """Whether the line around `pos` is lower-case prose (`is_lower_case_prose`): there a
        name is in lower case too."""
        start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
        return self.is_lower_case_prose(text[start:end if end >= 0 else len(text)], text, start)

    def caps_around(self, text: str, start: int, end: int | None = None, radius: int = 80) -> bool:
        """Whether the text around `text[start:end]` (`radius` characters on each side) is in capitals."""
        return self.is_caps(text[max(0, start - radius):(start if end is None else end) + radius])

    def is_header_line(self, line: str) -> bool:
        """A cable header line (`TO RUEHC/SECSTATE`, `TAGS: PREL`, `DEPARTMENT FOR EUR/RUS`), as
        opposed to an ALL-CAPS body line that happens to start with TO or FOR."""
        field = _HEADER_LINE.match(line)
        return field is not None and field.group(1).rstrip(".") in self.header_words and (
            field.group(2) == ":" or bool(_OFFICE_SYMBOL.search(line)))

    @_per_word
    def never_a_name(self, word: str) -> bool:
        """True for words that are never (part of) a person's name: acronyms, markings,
        nationalities, header words and the `suppress.patterns` shapes."""
        bare = strip_possessive(word).strip(".,;:")
        if not bare:
            return True
        upper = bare.upper()
        if upper in self.acronyms and not bare.isupper() and upper not in self.never_names_any_case:
            return False  # "Doe" is a surname even though DOE is an acronym
        if upper in self.never_names:  # (a marking word that is a listed given name may be a name: PRIVILEGE SITHOLE)
            return not (name_fold(bare) in self.listed_word_given_names and upper not in self.acronyms
                        and upper not in self.header_words and upper not in self.nationalities)
        return any(p.fullmatch(bare) for p in self.not_name_patterns)

    def post_and_office(self, phrase: str) -> bool:
        """Whether `phrase` is made of a place and office words only (POL-Ulaanbaatar,
        Windhoek-POL, Moscow Tel, Caracas ACS, KolkataPAS, DarEsSalaam-ConsularAll): each part,
        split at spaces and hyphens (and a part written in CamelCase at its capitals), a known
        place or an acronym or office word that is never a name (`never_a_name`,
        `names.posted_offices`), one of them a place and one not (not DALIA BEN-AMI,
        HARTLEY-MOORE, ABU EL-MAGD, WFrostQuintal)."""
        parts = [p for p in re.split(r"[\s\-]+", strip_possessive(phrase)) if p]
        if len(parts) < 1 or any(p.lower() in self.particles for p in parts):
            return False  # (DE WAAL: a particle)
        places = offices = 0
        for part in parts:
            kind = self._post_or_office(part)
            if kind is None:
                return False
            places += kind == "place"
            offices += kind == "office"
            if kind == "both":
                places += 1
                offices += 1
        return places > 0 and offices > 0

    def _post_or_office(self, part: str) -> str | None:
        if self.is_place(part):
            return "place"
        if self._office_word(part):
            return "office"
        pieces = _CAMEL_PIECE.findall(part)
        if len(pieces) < 2 or "".join(pieces) != part:
            return None
        if self.is_place(" ".join(pieces)) or self.is_place("".join(pieces)):
            return "place"  # DarEsSalaam
        if self._office_word(pieces[0]):
            return "office"  # ConsularAll, ConsularFraud: an office's mailbox
        for i in range(1, len(pieces)):
            head, rest = pieces[:i], pieces[i:]
            if (self.is_place(" ".join(head)) or self.is_place("".join(head))) and all(self._office_word(p) for p in rest):
                return "both"  # KolkataPAS, CairoACS
        return None

    def _office_word(self, word: str) -> bool:
        return word.upper() in self.posted_offices or word.lower() == "all" or self.never_a_name(word)

    def surname_after_given_name(self, given: str, word: str) -> bool:
        """A known surname that is also a nationality or a faith (CHRISTIAN, ENGLISH) right after
        a known given name in the same case (TERRY CHRISTIAN, Councillor Terry Christian): the
        surname, not a word of faith or origin (never so for an acronym, marking or header word)."""
        bare = strip_possessive(word).strip(".,;:")
        upper = bare.upper()
        if upper not in self.nationalities or not self.is_surname(bare) or upper in self.acronyms \
                or upper in self.header_words or upper in self.marking_words or upper in self.document_words:
            return False
        given = given.strip("\"'\u201c\u201d(")
        return given == strip_possessive(given) and given.isupper() == bare.isupper() and self.is_given_name(given) \
            and given.upper() not in self.nationalities

    @_per_word
    def is_people(self, word: str) -> bool:
        """A people's, ethnic or religious group's or its language's name (`suppress.peoples`:
        KAREN, Nenets, Métis), or its plural in -s (Tamils), or a compound of one or a nationality
        after one of `suppress.people_prefixes` or another people (AFRO-COLOMBIAN, Indo-Fijian)."""
        folded = name_fold(strip_possessive(word).strip(".,;:"))
        if folded in self.peoples or folded.endswith("S") and folded[:-1] in self.peoples:
            return True
        parts = folded.split("-")
        if len(parts) < 2 or not all(parts):
            return False

        def people(part: str) -> bool:
            return part in self.peoples or part in self.nationalities or part.endswith("S") and (
                part[:-1] in self.peoples or part[:-1] in self.nationalities)
        return people(parts[-1]) and all(p in self.people_prefixes or people(p) for p in parts[:-1])

    @_per_word
    def misspelled_title(self, word: str) -> bool:
        """A title word misspelled (GENRAL, AMBASADOR, CHEIF, COUNSLEOR, d'Affaries): no title word
        itself, no known name, no English word in use, and one letter added, dropped or changed, or
        two neighbouring letters swapped, after the same first letter (CHEIKH is a name, not SHEIKH
        misspelled), from a title word at least
        `names.misspelled_title_min_length` long (`names.titles`)."""
        bare = strip_possessive(word).strip(".,;:")
        upper = name_fold(bare)
        if len(upper) < 4 or upper in self.title_words or not upper.replace("'", "").replace("-", "").isalpha() \
                or self.is_given_name(bare) or self.is_surname(bare) \
                or zipf(bare) >= self.settings.names.rare_below_zipf:
            return False
        for length in (len(upper) - 1, len(upper), len(upper) + 1):
            for title in self._titles_by_length.get(length, ()):
                # (a slip keeps the first letter: not CHEIKH; a title and a letter after it is a
                # name or a word: SULTANI, GENERALS; a title of five letters is misspelled only by
                # two letters swapped: CHEIF, not CHIEU)
                if title[0] == upper[0] and not upper.startswith(title) and _one_edit(upper, title) \
                        and (len(title) > 5 or sorted(title) == sorted(upper)):
                    return True
        return False

    def group_noun_after(self, text: str, end: int) -> bool:
        """Whether one of `suppress.group_nouns` follows `end` on its line (the Sarakole | community)."""
        m = _NEXT_WORD.match(text, end)
        return m is not None and text[end:end + 1] not in ("'", "\u2019") and m.group(1).upper() in self.group_nouns

    @_per_word
    def is_given_name(self, word: str) -> bool:
        """A known given name, or given names joined by hyphens (JEAN-BAPTISTE, Anna-Maria)."""
        folded = name_fold(strip_possessive(word))
        if folded in self.given_names:
            return True
        parts = folded.split("-")
        return len(parts) > 1 and all(part in self.given_names for part in parts)

    def is_short_given_name(self, word: str) -> bool:
        """(fixnames51) A short or pet form of a given name (Pat, Gaz, Bev, Boetie) or a known given name: a name
        where the layout says speaker or addressee, never a title, stop, marking or people's word (`mo`, `col`,
        `shell` are words elsewhere)."""
        bare = strip_possessive(word)
        folded = name_fold(bare)
        if not bare.isalpha() or len(bare) < 2 or folded in self.stop_words or folded in self.title_words \
                or self.never_a_name(bare) or self.is_people(bare) or bare.lower() in self.person_nouns:
            return False
        return folded in self.short_given_names or self.is_given_name(bare)

    @_per_word
    def is_word_given_name(self, word: str) -> bool:
        """A given name of the name lexicon that is also a common English word (GRACE, HOPE), or
        given names joined by hyphens of which one is such a word (PRECIOUS-MERCY, HOPE-ELLEN)."""
        return self._compound_of(word, self.word_given_names)

    @_per_word
    def is_listed_word_given_name(self, word: str) -> bool:
        """A given name of `names.word_given_names` (GIFT, SUNDAY, PRIVILEGE), or given names
        joined by hyphens of which one is listed (PRECIOUS-MERCY, Patience-Joy)."""
        return self._compound_of(word, self.listed_word_given_names)

    def _compound_of(self, word: str, names: frozenset[str]) -> bool:
        """`word` is one of `names`, or parts joined by hyphens, one of `names` and each of
        them one of `names` or a known given name."""
        folded = name_fold(strip_possessive(word))
        if folded in names:
            return True
        parts = folded.split("-")
        return len(parts) > 1 and any(p in names for p in parts) \
            and all(p in names or p in self.given_names or p in self.word_given_names for p in parts)

    def in_name_position(self, text: str, start: int) -> bool:
        """Whether a name may start at `start`: a list item or apposition opens there (a line
        start, `,`, `;`, `:`, `(`), or a list lead (`names.list_leads`: MET WITH, LUNCH FOR, A AND),
        a title or a person's noun comes right before it."""
        if _ITEM_OPENS.search(text, max(0, start - 40), start) is not None:
            return True
        before = _CUE_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and (before.group("cue").upper() in self.list_leads
                                       or self.person_noun_before(text, start))

    def list_lead_before(self, text: str, start: int) -> bool:
        """Whether one of `names.list_leads` (MET WITH, AND, INCLUDING) comes right before `start`."""
        before = _CUE_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and before.group("cue").upper() in self.list_leads

    def word_use_before(self, text: str, start: int) -> bool:
        """Whether the word before `start` (on its line or the line before) makes a given name
        that is a word a word: a number (5 JUNE) or one of `names.word_given_name_blockers`
        (THE, OUR, IN, WE, WILL: THE HOPE, IN JUNE, WE HOPE)."""
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            return False
        word = before.group("word")
        return word[0].isdigit() or word.upper() in self.word_given_name_blockers

    @_per_word
    def is_place(self, text: str) -> bool:
        """A known place name (rules' `places_file` and `places`), case and diacritics ignored."""
        return " ".join(name_fold(strip_possessive(text)).replace("-", " ").split()) in self.places

    def place_before(self, text: str, end: int) -> bool:
        """Whether a geographic word follows `end` (`Barents Sea`, `Charles River`, `Nevsky
        Prospekt`): the words before it name a place."""
        m = _NEXT_WORD.match(text, end)
        return m is not None and m.group(1).upper() in self.place_words

    def named_after_person(self, text: str, start: int, end: int) -> bool:
        """Whether the name-like `text[start:end]` names a place or institution after a person:
        a facility word follows it, possibly over up to two connectors (`INDIRA GANDHI
        INTERNATIONAL AIRPORT`, `Nelson Mandela Children's Fund`, `KING FAHD HOSPITAL`; in mixed
        case any capitalized word may come between: `Desmond Tutu Peace Centre`), or one
        of its words after the first is such a word (`Grant Street`, `Stefan Batory Foundation`).
        Only spaces and one line end may come between (`JOHN DOE, UNIVERSITY PROFESSOR` is a person),
        and no possessive (`ADEYEMI-BANJO'S CLINIC` is hers)."""
        # (words on the span's first line only: Bonaventure Ssekandi-Kato / Parish Priest, Kasese is a
        # signature block whose next line is a title)
        words = [w.strip(".,;:").upper() for w in text[start:end].split("\n", 1)[0].split()]
        if any(w in self.facility_words for w in words[1:]) or words and words[0] in self.facility_words:
            return True  # Stefan Batory Foundation; University, alone: a mention of the institution
        if any(words[k] in self.surname_facilities and self._not_only_given(words[k - 1]) and len(words[k - 1]) > 1
               for k in range(2, len(words))):
            return True  # NELSON MANDELA HALL (not MARY ANNE HALL: after a given name, Hall is her surname; nor RAYMOND J. CROSS)
        if len(words) == 2 and words[1] in self.surname_facilities and self._house_name_word(words[0]):
            return True  # KAMBEYANDA HOUSE, Gratiaen Hall: one word that is no given name, surname or title (not Ms. Hall, Rose Hall)
        every = [w.strip(".,;:").upper() for w in text[start:end].split()]
        if len(every) > len(words) and (every[-1] in self.facility_words or every[-1] in self.place_words):
            return True  # FRANCIS RACHEL / STREET: the kind on the next line
        last = words[-1] if words else ""
        if (strip_possessive(last) != last or text[end:end + 1] in ("'", "\u2019")) \
                and any(not self.is_common(p, self.settings.names.caps_continue_below_zipf) for p in strip_possessive(last).split("-") if p):
            return False  # ADEYEMI-BANJO'S CLINIC: the person's clinic (not Nelson Mandela Children's Fund)
        pos = end
        for _ in range(3):
            m = _FOLLOWING_WORD.match(text, pos)
            if m is None:
                return False
            word = m.group(1).upper()
            if word in self.facility_words:
                return True
            if pos == end and word in self.surname_facilities and (len(words) >= 2 and self._not_only_given(words[-1])
                                                                   or len(words) == 1 and self._house_name_word(words[0])):
                return True  # SIAKA STEVENS | HALL; BIDDANDA | HOUSE (fixnames45b)
            title_case = m.group(1)[:1].isupper() and not m.group(1).isupper() and word not in self.stop_words
            # MOHAMMED V UNIVERSITY: a regnal number; BOGYOKE AUNG | SAN ROAD: in capitals, a capitalized word
            regnal = _ROMAN.fullmatch(m.group(1)) is not None
            caps_word = m.group(1).isupper() and word not in self.stop_words and self.caps_around(text, start, end)
            if word not in self.facility_connectors and not (title_case or regnal or caps_word):
                return False  # (a capitalized word in mixed case too: Desmond Tutu Peoples' Peace Centre)
            pos = m.end()
        return False

    def _house_name_word(self, word: str) -> bool:
        """A word that alone names a house, hall or estate before its kind (KAMBEYANDA HOUSE, Gratiaen
        Hall): letters only, no given name (ROSE HALL may be Rose Hall), no known surname (SMITH HALL
        may be a person) and no title (MS. HALL)."""
        bare = strip_possessive(word)
        return len(bare) > 1 and bare.replace("-", "").isalpha() and not self.is_given_name(bare) \
            and not self.is_surname(bare) and bare.upper() not in self.title_words

    def _not_only_given(self, word: str) -> bool:
        """A word that is a surname or no known given name (MWANGI, MANDELA; not ANNE)."""
        return self.is_surname(word) or not self.is_given_name(word)

    def street_or_building(self, text: str, start: int, end: int) -> bool:
        """Whether the name-like `text[start:end]` starts with, or follows, a word that makes it
        a street's or building's name (`Rue Hamra`, `EDIFICIO TORRE LUNA`, `Avenue Habib
        Bourguiba`: `place_words_before` of rules/entities.yaml)."""
        words = text[start:end].split()
        if words and words[0].upper().rstrip(".") in self.place_words_before:
            return True
        before = _PREVIOUS_STREET_WORD.search(text, max(0, start - 40), start)
        if before is not None and "." in before.group() and len(before.group(1)) > 4:
            return False  # the new hospital. | Rosaria Di Bella-Amato: a sentence's end, no abbreviation (Av. | Francisco)
        if before is None and (quoted := _QUOTED_AFTER_STREET_WORD.search(text, max(0, start - 40), start)) is not None:
            return quoted.group(1).upper() in self.place_words_before  # LICEUL TEORETIC "ION CREANGA" (fixnames49c)
        return before is not None and before.group(1).upper() in self.place_words_before

    def is_organization(self, text: str, start: int, end: int) -> bool:
        """`_is_organization`, answered once per text and span in a `sharing_answers` scope."""
        answers = _ANSWERS.get()
        if answers is None:
            return self._is_organization(text, start, end)
        key = (self, text, start, end)
        answer = answers.get(key)
        if answer is None:
            answer = answers[key] = self._is_organization(text, start, end)
        return answer

    def _is_organization(self, text: str, start: int, end: int) -> bool:
        """Whether the name-like `text[start:end]` names an organisation: it ends with an
        organisation word (`Novaya Gazeta`, `Alfa Bank`), it is one word with a company's ending
        (`GAZPROM`, `Sinochem`: `organization_endings`), or a word for a kind of organisation
        stands right before it (`the newspaper Kommersant`) or right after it (`Kommersant
        daily`, not after a possessive)."""
        words = text[start:end].split()
        if not words:
            return False
        last = strip_possessive(words[-1]).upper().rstrip(".")
        if last in self.organization_words or len(words) > 1 and (words[0].upper().rstrip(".") in self.organization_words
                                                                  or last in self.company_suffixes):
            return True  # Novaya Gazeta, Alfa Bank; Prensa Gráfica, Radio Okapi
        if len(words) > 1 and last in self.organization_kinds_after and not self.is_surname(last) \
                and not self.is_given_name(words[0]) and "\n" not in text[start:end]:
            return True  # (fixnames47b) THE FREED KAMAIYA SOCIETY: a body's name ends with its kind, on one line
        if len(words) == 1 and any(last.endswith(e) and len(last) >= len(e) + 3 for e in self.organization_endings) \
                and not self.is_surname(last):
            return True  # GAZPROM, ROSNEFT, SINOCHEM, ROSATOM: a company's name by its ending
        before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        if before is not None and before.group(1).upper() in self.organization_kinds:
            return True
        lead = _PREVIOUS_TWO_WORDS.search(text, max(0, start - 40), start)
        if lead is not None and " ".join(lead.group(1).split()).lower() in self.organization_leads:
            return True  # WRITES FOR DZERKALO TYZHNIA
        kind = _APPOSITION_KIND.match(text, end)
        if kind is not None and kind.group(1).upper() in self.organization_kinds \
                and (kind.group("noun") or "").lower() not in self.person_nouns:
            return True  # Zuuny Medee, the daily where she works (not NURJAMAL ..., AN NGO LEADER: a person)
        company = _COMPANY_AFTER.match(text, end)
        if company is not None and company.group(1).upper() in self.company_suffixes \
                and not (company.group().lstrip()[:1] == "," and company.group(1).lower() in self.person_nouns):
            return True  # John Snow, Inc.; Kamau & Sons (not WIFE NIDAA HABBABA, SONS RAMI AND FADI)
        after = _NEXT_WORD.match(text, end)
        return after is not None and text[end:end + 1] not in ("'", "’") \
            and (after.group(1).upper() in self.organization_kinds
                 or after.group(1).upper() in self.organization_kinds_after and "\n" not in text[start:end])

    def is_brand(self, text: str) -> bool:
        """Whether `text` is one of `brands` (CHIQUITA, Tim Hortons), possibly with an
        organisation word or company suffix after it (STARBUCKS COFFEE, Tata Motors)."""
        words = name_fold(strip_possessive(text)).replace("-", " ").split()
        while len(words) > 1 and (words[-1].rstrip(".") in self.organization_words
                                  or words[-1].rstrip(".") in self.company_suffixes):
            words.pop()
        return bool(words) and " ".join(words) in self.brands

    def person_cue(self, text: str, start: int, end: int) -> bool:
        """Whether the words around `text[start:end]` say it names a person: a person's noun or
        a title right before it (HER HUSBAND ZUHAIR, Chancellor Merkel), an apposition with a
        person's noun or title after it (King, the bishop,), a person's verb after
        it (ZAFARI SAID, ABANDI, WHOSE, TARAKHEL CAN BE REACHED) or a possessive and a person's
        noun (KOVALENKO'S BROTHER) (`names.person_verbs` and `names.person_nouns`)."""
        if self.person_noun_before(text, start) or self.person_apposition_after(text, end) \
                and not self.word_use_before(text, start):  # (IN BANAUE, AN IFUGAO ELDER,: a place)
            return True
        predicate = _PREDICATE_NOUN.match(text, end)
        if predicate is not None and predicate.group("noun").lower() in self.predicate_nouns \
                and not self.word_use_before(text, start):
            return True  # SUPRIYANTO IS A VILLAGE HEAD IN PORONG: a copula and a person's noun
        after = _CUE_AFTER.match(text, end)
        if after is None:
            return False
        cue = " ".join(after.group("cue").split()).lower()
        return cue in (self.person_nouns if after.group("possessive") else self.person_verbs)

    def names_a_list_of_persons(self, label: str) -> bool:
        """Whether a line's label (without its colon) names the person or persons after it
        (names29): a person's noun (Applicant) or one of `names.list_name_labels` (Name, To, Cc)."""
        noun = " ".join(label.lower().split())
        return noun in self.person_nouns or noun in self.list_name_labels

    def person_apposition_after(self, text: str, end: int) -> bool:
        """Whether an apposition naming a person's role follows `end`: a comma, an article and a
        person's noun or one-word title, one word allowed before it (`King, the bishop,`, `HOPE,
        A JOURNALIST,`, `Wells, a Kenyan lawyer,`)."""
        m = _APPOSITION_NOUN.match(text, end)
        if m is None:
            return False
        noun = m.group("noun")
        return noun.lower() in self.person_nouns or noun.upper() in self.one_word_titles

    def is_patronymic(self, word: str) -> bool:
        """A patronymic or filiation word by its ending (RUSTAMOVNA, NURLANULY, Ivanovich): no
        English word in use (`names.patronymic_endings`)."""
        bare = strip_possessive(word)
        return len(bare) > 6 and bare.upper().endswith(self.patronymic_endings) \
            and zipf(bare) < self.settings.names.rare_below_zipf

    def agent_noun(self, word: str) -> bool:
        """Whether `word` is a noun for a person by its form: a compound of -man or -woman
        (CAMERAMAN, fisherwoman), a noun of a doer in -er, -or or -ist (MANAGER, ORGANIZER,
        dispatcher, FLUTIST) that is no thing's noun (`_NOT_AGENT_NOUNS`: NUMBER, MONITOR, LIST),
        or a person's noun after a prefix (SUB-AGENT, co-driver, EX-WIFE)."""
        noun = word.lower()
        prefix, _, rest = noun.partition("-")
        if rest and prefix in _NOUN_PREFIXES and (rest in self.person_nouns or rest.upper() in self.one_word_titles
                                                  or self.agent_noun(rest)):
            return True
        if len(noun) <= 5 or "-" in noun or noun in _NOT_AGENT_NOUNS or noun.upper() in self.stop_words:
            return False
        return noun.endswith(("man", "woman", "men", "women", "er", "or", "ist", "ers", "ors", "ists"))

    def person_noun_before(self, text: str, start: int, titles: bool = True) -> bool:
        """Whether a person's noun or (with `titles`) a one-word title comes right before
        `start`, a comma allowed (HER HUSBAND ZUHAIR, HIS SON, ALI, Chancellor Merkel)."""
        before = _CUE_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and (before.group("cue").lower() in self.person_nouns
                                       or titles and before.group("cue").upper() in self.one_word_titles)

    @_per_word
    def is_double_name(self, word: str) -> bool:
        """A double-barrelled name (Lipenga-Kalulu, NTAMWENGE-HABIMANA'S): two or three halves
        joined by hyphens, each of three letters or more, with a vowel, written as a name
        (capitalized, or in capitals), none repeated (Mai-Mai), each no English word in use
        (zipf below `names.rare_below_zipf`) or a known name that is none
        (`caps_continue_below_zipf`), and no place, place's kind word (Pétion-Ville), people,
        acronym (in capitals, five letters or fewer with one vowel), marking or title."""
        bare = strip_possessive(word)
        parts = bare.split("-")
        names = self.settings.names
        if not 2 <= len(parts) <= 3 or len({p.lower() for p in parts}) < len(parts) \
                or self.is_place(bare) or self.is_people(bare):
            return False
        for part in parts:
            upper = part.upper()
            if len(part) < 3 or not part.isalpha() or not (part.isupper() or part[0].isupper() and part[1:].islower()) \
                    or not _HAS_VOWEL.search(upper) or self.never_a_name(part) or upper in self.stop_words \
                    or upper in self.title_words or upper in self.keep_upper or upper in self.place_words \
                    or self.is_place(part) or self.is_people(part):
                return False
            if part.isupper() and len(part) <= 5 and len(_HAS_VOWEL.findall(part)) <= 1 \
                    and not (self.is_surname(part) or self.is_given_name(part)):
                return False  # (VMRO-DPMNE, MAZLUM-DER: an acronym's or a word's letters)
            if self.is_common(part, names.rare_below_zipf) and not (
                    (self.is_surname(part) or self.is_given_name(part)) and not self.is_common(part, names.caps_continue_below_zipf)):
                return False
        return bare.isupper() or not any(p.isupper() for p in parts)

    @_per_word
    def is_surname(self, word: str) -> bool:
        """A known surname (many are also words: STONE, FROST; use it where the context says person)."""
        return name_fold(strip_possessive(word)) in self.surnames

    @staticmethod
    def zipf_of(word: str) -> float:
        return zipf(strip_possessive(word))

    def is_common(self, word: str, threshold: float) -> bool:
        return zipf(strip_possessive(word)) >= threshold

    def function_word(self, word: str) -> bool:
        """(fixnames48b) Whether `word` is one of the words another language of the posts uses most
        (`names.function_word_languages`, at or above `names.function_word_min_zipf` there: Indonesian
        `sudah`, `juga`, `belum`) and English little (below `names.function_word_max_english_zipf`: not `dan`,
        `cara`, names too), no surname after a name in lower-case chat (`mama lusi sudah tahu`)."""
        names = self.settings.names
        bare = strip_possessive(word).lower()
        return bool(bare) and zipf(bare) < names.function_word_max_english_zipf \
            and any(_zipf_in(bare, lang) >= names.function_word_min_zipf for lang in names.function_word_languages)


_CAMEL_PIECE = re.compile(r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+|[A-Z\u00C0-\u00DE]+(?![a-z\u00DF-\u00FF])")
_HAS_VOWEL = re.compile(r"[AEIOUY\u00C0-\u00C6\u00C8-\u00CF\u00D2-\u00D6\u00D8-\u00DD]")


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` (different) are one insertion, deletion, substitution or swap of
    two neighbouring letters apart."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 \
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) != 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


@functools.lru_cache(maxsize=8)
def lexicon_for(rules: Rules) -> Lexicon:
    return Lexicon(rules)
