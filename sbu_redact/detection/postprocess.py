"""Post-processing of raw findings, in order: drop known false positives (cable numbers as
dates, acronyms, nationalities and header words as names), apply the allow list, find later
mentions of names already found, merge adjacent name parts and resolve overlaps."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from ..mentions import word_index
from ..terms import TermList
from .finding import Finding
from .before import SPACES, WORD_RUN, EndAnchored, optional
from .lexicon import CAPITALS, Lexicon, strip_possessive
from ..folding import name_fold
from .namelex import latin_forms
from .lower_case_mentions import lower_case_mentions
from .lower_case_surname import lower_case_surnames
from .quoted_alias import quoted_aliases
from .word_surname_mentions import word_surname_mentions
from .residual import script_of
from .words_around import lettered_item
from .recase import capitalize
from .slots import PersonSlots
from .span_edges import SpanEdges
from .recognizers.alias_name import NAMED_BY_A_PERSON_NOUN, PARENTHETICAL_INSIDE_A_NAME
from .recognizers.given_name import WORD_SURNAME
from .recognizers.apostrophe_surname import APOSTROPHE_SURNAME
from .recognizers.particle_surname import PARTICLE_SURNAME
from .recognizers.quoted_epithet import QUOTED_EPITHET
from .recognizers.quoted_nickname import QUOTED_NICKNAME
from .recognizers.cued_word_name import CUED_WORD_NAME
from .recognizers.listed_initials_name import LISTED_INITIALS
from .recognizers.word_given_alone import WORD_GIVEN_ALONE
from .recognizers.word_given_surname import WORD_GIVEN_SURNAME
from .recognizers.chat_line_name import GIVEN_NAME_SPEAKER
from .recognizers.chat_speaker_name import CHAT_SPEAKER

NER_RECOGNIZER = "SpacyRecognizer"
MENTIONS = "MentionPropagation"
COORDINATED = "NameCoordination"
_WORDS = re.compile(r"\S+")
_NEXT_CAPS_WORD = re.compile(r"[ \t](?P<word>[A-Z][A-Z'\-]*[A-Z])\b")
_PREVIOUS_WORD = EndAnchored(r"(?<![\w\-])(?P<word>[A-Z][A-Za-z'\-]+)[ \t]+\Z", SPACES, WORD_RUN)
_PREVIOUS_INITIALS = EndAnchored(r"(?<![\w\-])(?P<word>[A-Z][A-Za-z'\-]+)[ \t]+(?:[A-Z0]\.){1,3}[ \t]+\Z",
                                 SPACES, "[A-Z0.]*", SPACES, WORD_RUN)
_UPPER, _LETTER = CAPITALS, "A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
# a name word before a name, on the same line or the line before (María Gabriela\nSánchez)
_PREVIOUS_NAME_WORD = re.compile(rf"(?<![\w\-'\u2019])(?P<word>(?:(?<![^\s(])['\u2019\u02bb\u2018](?=[{_UPPER}]))?[{_UPPER}][{_LETTER}'\u2019\-]*[{_LETTER}])"
                                 r"(?:[ \t]+|[ \t]*\n[ \t]*)\Z")
_PREVIOUS_HYPHENATED = re.compile(rf"(?<![\w\-'\u2019])(?P<word>[{_UPPER}][{_LETTER}'\u2019\-]*[{_LETTER}])-\Z")
# (an initial may end the line before the name: `; K.\nPREMALATHA`, fixnames42)
_PREVIOUS_ABBREVIATION = re.compile(r"(?<![\w.\-])(?:(?P<initials>(?:[A-Z]\.-?){1,3})|(?P<word>[A-Z][A-Za-z]{1,3})\.)[ \t]*\n?[ \t]*\Z")
_NOT_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "A.I.", "P.O.", "D.C.", "N.Y."})
# a lone name word after a name and `and`/`or`, where the name visibly ends (GUL AGHA AND MIRWAIS;)
_AND_WORD_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?(?:\n[ \t]*)?(?i:and|or|&)(?:[ \t]+|[ \t]*\n[ \t]*)"
                             r"(?P<name>(?:[\"\u201c][^\"\u201d\n]{1,25}[\"\u201d][ \t]+)?"
                             r"(?P<word>[" + CAPITALS + r"][\w'\u2019\-]*\w))(?=[ \t]*(?:[,.;:)]|$|\n))", re.MULTILINE)
# ... or before it, opening a list item (: MIRWAIS AND GUL AGHA)
# pronouns, relatives and determiners that no stop-word list may hold (WHOM | NONGRUM CALLED)
_FUNCTION_WORDS = frozenset("WHO WHOM WHOSE WHICH WHAT WHEN WHERE THAT THIS THESE THOSE ITS HIS HER HIM HERS THEIR THEM SHE "
                            "HE THEY WE US YOU ONE BOTH EACH EVERY ALL SOME ANY SUCH OTHER ANOTHER NEITHER EITHER NOR BUT "
                            "THEN THAN ALSO ONLY EVEN JUST LIKE AS IF SO NOT NO "
                            # ... and adjectives before a person (FORMER LIFG DETAINEE'S, THE LATE X)
                            "FORMER LATE RETIRED ELDERLY YOUNG OLD NEW LOCAL SENIOR ACTING INTERIM ALLEGED SUSPECTED "
                            "CONVICTED JAILED DETAINED EXILED MISSING DECEASED VETERAN PROMINENT FAMOUS NOTED OUTSPOKEN "
                            "POPULAR WEALTHY POWERFUL INFLUENTIAL RADICAL MODERATE HARDLINE DISSIDENT FELLOW RIVAL "
                            "JAILED IMPRISONED ABDUCTED KIDNAPPED MURDERED KILLED WOUNDED INJURED ARRESTED".split())
# a citizen's or resident's status word before a name (AMCIT SAID TOIHIR, AMCIT CHARITY ROSE MARSHALL-BROWN)
_PREVIOUS_STATUS = re.compile(r"(?<![\w\-])(?:AMCITS?|AmCits?|USCs?|LPRs?)[ \t]+\Z")
_PERSON_NOUN_COMMA = re.compile(r"(?<![\w\-])(?P<noun>[A-Za-z]+(?:-[A-Za-z]+)*),[ \t]*\n?[ \t]*\Z")
# an initial after an inverted name's given name (Hunter, Grace M.; Hanna, Sherif E), or initials after a
# surname and a comma (Kharkongor, I.), closing the phrase
_TRAILING_INITIAL = re.compile(r"(?:(?P<after_given>[ \t]+[A-Z]\.?)|(?P<after_surname>,[ \t]*(?:[A-Z]\.[ \t]?){1,3}))"
                               r"(?<![ \t])(?=[ \t]*(?:[,;:)(\"\u201d]|$)|[ \t]+\()", re.MULTILINE)
_SURNAME_COMMA_BEFORE = re.compile(rf"(?<![\w\-'\u2019])(?P<word>[{_UPPER}][{_LETTER}'\u2019\-]*[{_LETTER}]),[ \t]+\Z")
_ITEM_OPENS = re.compile(r"[,;:(][ \t]*(?:\n[ \t]*)?\Z")
_AND_WORD_BEFORE = re.compile(r"(?<![\w'\u2019\-])(?P<word>[" + CAPITALS + r"][\w'\u2019\-]*\w)[ \t]+(?i:and|or|&)[ \t]+(?:\n[ \t]*)?\Z")
_LIST_MARKER_BEFORE = re.compile(r"(?:^[ \t]*|[:;\d][ \t]*)\Z", re.MULTILINE)


_WORD_BEFORE_MENTION = re.compile(r"(?<![\w'\u2019\-])([A-Za-z]+)[ \t]+\Z")
_ARTICLE_AND_WORD_BEFORE = re.compile(r"(?<![\w'\u2019\-])(?i:a|an|the)[ \t]+(?P<word>[A-Za-z][a-z\-]*|[A-Z][A-Z\-]*)[ \t]+\Z")


def _list_marker(text: str, start: int, initials: str) -> bool:
    """Whether a one-letter `initials` at `start` is a list item's letter (REF: A. ... / B. SMITH
    E-MAIL): it opens a line or follows a colon, a semicolon or a number, and its neighbour in
    the alphabet enumerates too (`words_around.lettered_item`)."""
    return len(initials.rstrip(".-")) == 1 and _LIST_MARKER_BEFORE.search(text, max(0, start - 20), start) is not None \
        and lettered_item(text, start)  # (fixnames42: 0900 K. Anbarasi, SON: P. SIVA are initials)
_PREVIOUS_PARTICLES = re.compile(r"(?<![\w\-])(?P<particles>(?:[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]{2,4}(?:[ \t]+|[ \t]*\n[ \t]*)){1,3})\Z")
_RUN_STARTING = re.compile(r"(?<!\S)\S+")  # a run of non-space, from its start
# the word right before a position, on its line (a name's prefix: I | WAYAN SUDARSANA)
_PREVIOUS_WORD_SAME_LINE = re.compile(r"(?<![\w\-'\u2019.])(?P<word>[^\W\d_]{1,3})[ \t]+\Z")
_FIRST_WORD = re.compile(r"\s*(\S+)")


def _first_word(text: str, pos: int) -> str:
    """`text[pos:].split(maxsplit=1)[0]` without copying the rest of the text ("" when no word follows)."""
    m = _FIRST_WORD.match(text, pos)
    return m.group(1) if m else ""


_NEXT_NAME_WORD = re.compile(rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<word>[{_UPPER}][{_LETTER}'\u2019\-]*[{_LETTER}])(?![\w])")
# a nickname in quotes: capitalized words, no sentence (BUSHEHR "ON SCHEDULE." RYABOV is a quotation)
_QUOTED_NICKNAME = r"[\"\u201c][" + CAPITALS + r"][\w'\u2019\- ]{0,28}[\"\u201d]"
_NICKNAME = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)" + _QUOTED_NICKNAME + r"(?=(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z])")
# a name word and a nickname in quotes before a name: RENATO "BOYET" | MACAPAGAL
_PREVIOUS_NICKNAME = re.compile(rf"(?<![\w\-'\u2019])(?P<word>[{_UPPER}][{_LETTER}'\u2019\-]*[{_LETTER}])"
                                r"(?:[ \t]+|[ \t]*\n[ \t]*)" + _QUOTED_NICKNAME + r"[ \t]+\Z")
# `and` right before a word (DIL BAHADUR GURUNG AND | MAN KUMARI THAPA MAGAR)
_ITEM_OPENS = re.compile(r"[,;:(][ \t]*\Z")  # an apposition or list item opens here, on the line
_AND_BEFORE = re.compile(r"(?<![\w])(?:and|AND|&)[ \t]+\Z")
# a word right after a name, on its line (Ricardo | Major called)
_NEXT_SURNAME_WORD = re.compile(rf"[ \t]+(?P<word>[{_UPPER}][{_LETTER}]+)(?![\w\-'\u2019.])")
# what may follow a name's last word in capitals: punctuation, a line's end, OF, AND, WHO
_PHRASE_CLOSES = re.compile(r"[ \t]*(?:[,;:)]|\.(?:[ \t]|$)|$|[ \t]+(?:OF|AND|WHO|WAS|IS|HAS|TOLD|SAID)(?![\w]))", re.MULTILINE)
# (fixnames50b) after a name: an age, a person's verb, a person's noun in parentheses
_LAYOUT_NAME_ENDS = re.compile(r",[ \t]*(?:(?i:aged?)[ \t]+)?\d{1,3}(?![\d/:]|[.,]\d)|[ \t]+(?P<verb>[A-Za-z]+)(?![\w\-'\u2019])"
                               r"|[ \t]*\((?P<noun>[A-Za-z]+)\)")
_ITEM_START = re.compile(r"(?:^|[,;:(])[ \t]*\Z", re.MULTILINE)  # a list item or apposition starts here
# a nickname in quotes right before a name, on its line: "Lala" | Sher Agha, "BABA" | GUL WAZIR
_OPENING_NICKNAME = re.compile(r"(?<![\w\"\u201c\u201d])[\"\u201c](?P<words>[" + CAPITALS + r"][\w'\u2019\-]*(?:[ \t][" + CAPITALS
                               + r"][\w'\u2019\-]*){0,2})[\"\u201d][ \t]+\Z")
# a nickname in quotes and parentheses right after a name (AZAMAT TOKONBAEV ("AKE"), Ghebrehiwet
# ("Wedi Keshi"), VARGHESE THOMAS | ("P.V. THOMAS")) or right before one ("OLD SOLDIER" (YAW ...)):
# one to four capitalized words (initials too), nothing else in the parentheses
_NICK_WORDS = r"[" + CAPITALS + r"][\w'\u2019.\-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)[" + CAPITALS + r"][\w'\u2019.\-]*){0,3}"  # ("Abu\nKarim")
_GAP_NICK = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# (names30: a lower-case article may open the nickname, `("the Sultan")`, an age or a gloss may
# follow it in the parentheses, `("Siva", 24)`, and a cue may open the parentheses before a name,
# `"LORD" (REAL NAME SHAMIL ZAKRIEV)`, `"EL NEGRO" (ALIAS OF JHON JAIRO CORDOBA)`)
_NICK_ARTICLE = r"(?:(?:the|el|la|le|il|o|a)(?:[ \t]+|[ \t]*\n[ \t]*))?"
_PAREN_NICKNAME_AFTER = re.compile(_GAP_NICK + r"\([ \t]*[\"\u201c](?P<nick>" + _NICK_ARTICLE + _NICK_WORDS
                                   + r")[,.]?[\"\u201d][ \t]*(?:[,;][^()\"\u201c\u201d]{1,24})?\)")
_PAREN_NICKNAME_BEFORE = re.compile(r"(?<![\w\"\u201c\u201d])[\"\u201c](?P<nick>" + _NICK_ARTICLE + _NICK_WORDS + r")[,.]?[\"\u201d]"
                                    + _GAP_NICK + r"\([ \t]*(?:(?i:real[ \t]+name|true[ \t]+name|alias[ \t]+of|alias|a\.k\.a\.?|aka|i\.e\.|"
                                    r"born|n[eé]e)[:,]?[ \t]+)?\Z")
NICKNAMES = "Nickname"
# a word or two that may be a name right before a gloss in parentheses on its line (names30:
# `Nazar (Teuku Muhammad) called`, `Piras (the old man) says`, `Ikraam (9), Sabbontu (6)`)
_GLOSSED_NAME = re.compile(rf"(?<![\w'\u2019\-.@/])(?P<name>[{_UPPER}][{_LETTER}'\u2019\-]*[{_LETTER}]"
                           rf"(?:[ \t]+[{_UPPER}][{_LETTER}'\u2019\-]*[{_LETTER}])?)[ \t]*\((?P<gloss>[^()\n]{{1,48}})\)")
_GLOSS_AGE = re.compile(r"[ \t]*\d{1,2}[ \t]*")
_COUNTED = re.compile(r"(?<![\w\-])(?P<word>[^\W\d_][\w\-]*)[ \t]*\([ \t]*\d{1,3}[ \t]*\)")
_GLOSS_WORD = re.compile(rf"[{_LETTER}][{_LETTER}'\u2019\-]*")
GLOSSED = "GlossedName"
# a sign-off: one to three name words closing the document's last line, or a line a quoted reply
# follows, alone, after a dash or a closing word and a comma, or after a sentence's end on the
# line (names30: `- Luca`, `Regards, Tunde`, `... 48 07. PRATT`)
_SIGN_OFF_WORD = rf"[{_UPPER}][{_LETTER}'\u2019\-]*[{_LETTER}]"
_PHRASE_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_SIGN_OFF_LOWER = r"[a-z][a-z'\u2019\-]*[a-z]"


def _phrases_pattern(phrases: tuple[str, ...]) -> str:
    """An alternation of `phrases` (rules' word lists), longest first, any gap between words, `*`
    one word: names.sign_off_words, names.naming_verbs."""
    words = [[r"[a-z\-]+" if w == "*" else re.escape(w) for w in p.split()] for p in sorted(phrases, key=len, reverse=True)]
    return "|".join(_PHRASE_GAP.join(p) for p in words) or r"(?!)"


@functools.lru_cache(maxsize=8)
def _sign_off(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?:^|(?<=[.!?])[ \t]+)(?P<lead>[-\u2013\u2014~][ \t]*|(?i:" + _phrases_pattern(words) + r"),[ \t]*)?"
                      r"(?P<name>" + _SIGN_OFF_WORD + r"(?:[ \t]+" + _SIGN_OFF_WORD + r"){0,2})[ \t]*$")


@functools.lru_cache(maxsize=8)
def _lower_sign_off(words: tuple[str, ...]) -> re.Pattern[str]:
    """(fixnames48) A sign-off in lower case on a line of its own, after a dash or a closing word and a comma:
    `thanks, innes`, `- innes (ps: her number ...)`; a parenthesis may close the line."""
    return re.compile(r"[ \t]*(?P<lead>[-\u2013\u2014~][ \t]*|(?i:" + _phrases_pattern(words) + r")[ \t]*[,\-\u2013\u2014][ \t]*)"
                      r"(?P<name>" + _SIGN_OFF_LOWER + r"(?:[ \t]+" + _SIGN_OFF_LOWER + r")?)"
                      r"(?:[ \t]+\([^()\n]*\)?)?[ \t]*\Z")


SIGN_OFF = "SignOffName"
# a word in lower case and a possessive before a person's noun or a thing a person has (names30:
# chats and notes in lower case, `yapao's brother`, `jc's lawyer`, `ashraf's passport`)
_LOWER_POSSESSIVE = re.compile(r"(?<![\w'\u2019\-.@/])(?P<word>[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF\-]*[a-z\u00DF-\u00FF])"
                               r"['\u2019]s[ \t]+(?P<noun>[a-z][a-z\-]*)\b")
_LOWER_WORD_BEFORE = EndAnchored(r"(?<![\w'\u2019\-.@/])(?P<word>[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF\-]*)[ \t]+\Z",
                                 SPACES, WORD_RUN)
_CUE_BEFORE_WORD = EndAnchored(r"([A-Za-z]+)[ \t]*\Z", SPACES, WORD_RUN)
LOWER_POSSESSIVE = "LowerCasePossessiveName"
# a nickname in quotes after a verb that gives a person's name (names30): one that only a person
# takes (`calls herself`, `goes by`, `uses the name`, `signs e-mails as`, `a.k.a.`), or a general one
# (`called`, `named`, `known as`, `dubbed`) right after a name found or a word for a person
@functools.lru_cache(maxsize=8)
def _naming_verb(person: tuple[str, ...], general: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?i:\b(?P<strong>" + _phrases_pattern(person) + r")|\b(?P<general>" + _phrases_pattern(general) + r"))"
                      r"[ \t]*\n?[ \t]*[\"\u201c](?P<nick>[^\"\u201c\u201d\n]{1,30}(?:\n[^\"\u201c\u201d\n]{1,20})?)[\"\u201d]")


# the word before a general naming verb (a comma allowed): BRAZILIAN | CALLED "GAUCHO"
_WORD_BEFORE_NAMING = re.compile(r"(?P<word>[^\W\d_][\w'\u2019\-]*)[ \t]*,?[ \t]*(?:(?i:once|also|only|simply)[ \t]+)?\Z")
NAMED_NICKNAME = "NamedNickname"
# a word written as a name, then a relative's noun in apposition (names32: `JEMP, HIS BROTHER, WILL`,
# `Morag, his sister-in-law, drafted`, `Jemp (brother) signed`); the noun is checked against kin nouns
_KIN_APPOSITION = re.compile(
    rf"(?<![\w'\u2019\-])(?P<word>[{_UPPER}][{_LETTER}'\u2019\-]*[{_LETTER}])"
    r"(?:,[ \t]+(?:his|her|their|HIS|HER|THEIR|His|Her|Their)[ \t]+(?P<kin>[A-Za-z][A-Za-z\-]+)"
    r"(?=[ \t]*[,.;)]|[ \t]*\n|[ \t]+(?i:of|in|from|and|who|said|says|will|would|is|was|has|had|can)\b)"
    r"|[ \t]+\((?:(?:his|her|their|HIS|HER|THEIR)[ \t]+)?(?P<kin2>[A-Za-z][A-Za-z\-]+)\))")
KIN_APPOSITION = "KinApposition"
# an epithet given as a name (names32): `the` and one to four words each written as a name, `of` and
# `the` between them (KNOWN AS "THE CHEMIST", IDENTIFIED ONLY AS "THE ENGINEER", CALL HIM "THE LION OF
# OBOCK", called "the Colonel"); `a`/`an` open a description instead ("A PROBLEM", "a friend of Kabul")
_EPITHET_WORD = re.compile(rf"[{_UPPER}][{_LETTER}'\u2019\-]*")
_EPITHET_JOINS = frozenset({"of", "the", "OF", "THE"})
_EPITHET_VERB = re.compile(r"(?i)\bcall|\bidentified|\bknown only|\bknown simply|\bnicknamed")


def _epithet(words: list[str]) -> bool:
    if not 2 <= len(words) <= 5 or words[0] not in ("the", "The", "THE"):
        return False
    rest = [w.rstrip(".,") for w in words[1:]]
    return _EPITHET_WORD.fullmatch(rest[0]) is not None and _EPITHET_WORD.fullmatch(rest[-1]) is not None \
        and all(w in _EPITHET_JOINS or _EPITHET_WORD.fullmatch(w) for w in rest)

# a surname written first, a comma and the given names, as a list item (names31: `Zhuk, Paval - tel.`,
# `1. Ebrahimi-Khoyi, Ali Reza - ward 7`, `To: van der Spek, Joost; ODonoghue, Ciaran`, `- de Kok,
# Hendrikus "Henk"`): the item opens its line (after a list marker or a line's label, `From:`) or
# follows a semicolon; a quoted nickname may follow the given names; the item ends (a dash between
# spaces, a column gap, a parenthesis, an angle bracket, a semicolon or the line's end), never at
# a comma (`ELDER, CHEMEI FAUSTINO,` is an apposition)
_ITEM_NAME_WORD = rf"[{_UPPER}][{_LETTER}'\u2019\-]*[{_LETTER}]"
# (the words of a name are one space apart: two spaces or a tab are a column gap, `Brice   Lycée Béhanzin`)
_SURNAME_FIRST_ITEM = re.compile(
    rf"(?:^|(?<=;))[ \t]*(?:(?:[-*\u2022\u2013]|\d{{1,2}}[.)])[ \t]+)?(?:[A-Za-z][A-Za-z ]{{0,18}}:[ \t]*)?"
    rf"(?P<surname>(?:(?P<particles>(?:[a-z]{{1,3}}['\u2019]?[ \t]+){{1,2}}))?(?:[a-z]{{1,3}}-)?{_ITEM_NAME_WORD}(?: {_ITEM_NAME_WORD})?)"
    rf",[ \t]+(?P<given>{_ITEM_NAME_WORD}(?: {_ITEM_NAME_WORD}){{0,2}})"
    rf"(?: [\"\u201c](?P<nick>{_ITEM_NAME_WORD}(?: {_ITEM_NAME_WORD})?)[\"\u201d])?"
    # (fixnames42: the list's last item before its full stop, `; Morocho, Killa.`)
    r"(?=[ \t]+[-\u2013\u2014][ \t]|[ \t]{2,}|\t|[ \t]*[(<;]|[ \t]*(?:\n|$)|\.[ \t]*(?:\n|$))", re.M)
SURNAME_FIRST = "SurnameFirstItem"
# an item of a list of people with their contacts (names32: `2. Caalaa Dheeressaa - 651-555-0109`): a list
# marker, one to four words written as a name one space apart, a dash between spaces, a phone or an e-mail
_CONTACT_ITEM = re.compile(
    rf"^[ \t]*(?:[-*\u2022]|\d{{1,2}}[.)])[ \t]+(?P<name>{_ITEM_NAME_WORD}(?: {_ITEM_NAME_WORD}){{0,3}})"
    r"[ \t]+[-\u2013\u2014][ \t]+(?=\+?\(?\d[\d \-()]{5,}|[\w.\-]+@[\w\-]+\.)", re.M)
CONTACT_ITEM = "ContactListItem"
# a word whose first letter is elided, an apostrophe glued to a capital (fixnames31: Sesotho `'Mampho`,
# `Lehlohonolo 'Moleleki`): not a quotation (no closing quote after it on its line), not English in use
_ELIDED_NAME = re.compile(rf"(?<![\w'\u2019\u2018])['\u2019](?P<word>[{_UPPER}][{_LETTER}]{{2,}})(?![\w'\u2019\-])")
_CLOSING_QUOTE = re.compile(r"[\w.,!?]['\u2019](?![\w])")
ELIDED_NAME = "ElidedInitialName"
# a nickname in quotes that closes its phrase: punctuation, a
# line's end or an alias's cue after it (CALI "DHEERE", TOLD; AGENT "CAMILO"\n; "SPIN GUL" (ALSO)
# (a comma inside the closing quote closes it too: HER CAMPAIGN MANAGER, "BOSS FANFAN," HAD)
_QUOTED_CLOSING = r"[\"\u201c](?P<nick>" + _NICK_WORDS + r")(?:,[\"\u201d]|[\"\u201d](?=[ \t]*(?:[,.;:)(]|$|\n)))"
# ... right after a name found, a comma allowed (CABDULQAADIR XUSEEN CALI "DHEERE", TOLD)
# (a last word of the name may come between: CALI, a place's name too, before "DHEERE")
_QUOTED_AFTER_NAME = re.compile(r"(?:[ \t]+(?P<word>[" + CAPITALS + r"][\w'\u2019\-]*\w)(?=[ \t]))?"
                                r"[ \t]*,?(?:[ \t]+|[ \t]*\n[ \t]*)?" + _QUOTED_CLOSING, re.MULTILINE)
# ... joined to a name found by and/or (Dickson Leung Siu-fai and "Big Beard" are)
_QUOTED_AND_AFTER = re.compile(r"[ \t]*,?(?:[ \t]+|[ \t]*\n[ \t]*)(?i:and|or|&)(?:[ \t]+|[ \t]*\n[ \t]*)[\"\u201c]"
                               r"(?P<nick>" + _NICK_WORDS + r")[\"\u201d]")
# ... anywhere, checked for a person's noun before it (HIS SON, "BEDO",; STATE SECURITY AGENT "CAMILO")
_QUOTED_ANYWHERE = re.compile(r"(?<![\w\"\u201c\u201d])" + _QUOTED_CLOSING, re.MULTILINE)
# ... or after `as` or `by`, in double or single quotes (NAMED ON THE DS-160 ONLY AS "ABANOUB".; goes by
# "Rosanga"; is listed as 'Zari' on the I-130): checked for name words (a given name, or no English word)
_QUOTED_AFTER_AS = re.compile(r"(?<![\w])(?i:as|by)(?:[ \t]+|[ \t]*\n[ \t]*)(?:(?P<dq>[\"\u201c])|(?P<sq>['\u2018]))"
                              r"(?P<nick>" + _NICK_WORDS + r")(?(dq)[\"\u201d]|['\u2019])(?![\w])(?=[ \t]*(?:[,.;:)(]|$|\n|[ \t][a-zA-Z]))",
                              re.MULTILINE)
# ... right before a surname when no name was found ("PUMPKIN"\nGRIFFITH, LEADER "BUCKY" BAIN AT, Mr. "Sonny"
# Saunders, A RANCH FOREMAN, "PETE"\nGIMENEZ,): checked for a surname (a known one English uses little, or no word)
_QUOTED_BEFORE_SURNAME = re.compile(r"(?<![\w\"\u201c\u201d])[\"\u201c](?P<nick>" + _NICK_WORDS + r")[\"\u201d]"
                                    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<surname>[" + CAPITALS + r"][\w'\u2019]*\w(?:-[" + CAPITALS + r"][\w'\u2019]*\w)?)"
                                    r"(?![\w\-.]|['\u2019](?![sS]\b))")
_NICKNAME_SURNAME_MAX_ZIPF = 3.5  # a word after a nickname in quotes that English uses less is a surname
# ... and in single quotes after a person's noun (Mr. Lakhani's son, 'Bunty', knows everything)
_SINGLE_QUOTED = re.compile(r"(?<![\w'\u2019\u2018])['\u2018](?P<nick>" + _NICK_WORDS + r")['\u2019](?![\w])(?=[ \t]*(?:[,.;:)(]|$|\n))",
                            re.MULTILINE)
# a nickname in quotes inside a name found (RENATO "BOYET" MACAPAGAL, Abdourahman "Jimmy" Waberi)
_QUOTED_IN_NAME = re.compile(r"(?<=\S[ \t])[\"\u201c](?P<nick>" + _NICK_WORDS + r")[\"\u201d](?=[ \t]*\n?[ \t]*\S)")
# a nickname in quotes opening a sentence or an item, before its verb ("TI KOUTO" CAN BE REACHED)
_QUOTED_OPENING = re.compile(r"(?:^|(?<=[:;.)]\s)|(?<=[:;.)]\s\s))[\"\u201c](?P<nick>" + _NICK_WORDS + r")[\"\u201d]", re.MULTILINE)
# a noun right before a quote, after a possessive or an article and at most one more word (HIS CAMERAMAN,
# HER CAMPAIGN MANAGER, THE BOAT'S ORGANIZER, the motor pool dispatcher)
_AGENT_NOUN_BEFORE = re.compile(r"(?<![\w\-'\u2019])(?i:his|her|their|its|our|my|the|a|an|[\w\-]+['\u2019]s)"
                                r"(?:[ \t]+[^\W\d_][\w\-]*){0,2}?[ \t]+(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)?),?[ \t]*\n?[ \t]*\Z")
_BOUNDARY = re.compile(r"['\u2019]?[sS]?(?:[ \t]*[,.;:)]|[ \t]*$|[ \t]+(?P<next>[A-Za-z]+))", re.MULTILINE)
_INITIAL = re.compile(r"[A-Z]\.?")
# a regnal or generation numeral after a name (FORKI LANSANA II, Hamad II, JOHN PAUL III); not I, V
# or X alone (a pronoun, an initial, a letter)
_REGNAL = re.compile(r"[ \t]+(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)(?![\w'\u2019\-])")
# a generational suffix after a name, a middle initial without its period maybe before it
# (Martin Luther King, Jr.; Villanueva, Rogelio "Bong" C Jr; ALVARO PEREZ SR.)
_GENERATION = re.compile(r"(?:[ \t]+[A-Z](?=[ \t]+(?:Jr|Sr|JR|SR)\b))?,?[ \t]+(?:Jr|Sr|JR|SR|Jnr|Snr|JNR|SNR)\.?(?![\w'\u2019\-])")
_NOT_IN_A_NAME = re.compile(r"\d|://|@")  # a personal name has no digits, URL scheme or @
# the words after a people's name that make it a group (NENETS HERDER, MOLOKAN PRESBYTER): at least this common (zipf)
_GROUP_NOUN_ZIPF = 2.0
_PARTICLE_NAME = re.compile(r"[a-z]{1,4}-[A-Z]")  # al-Dosari, el-Gindy: lower case, yet a name
# the word right before a word (San | Juan, St. | Helena, Lycée | Marie) and right after it (Margaret | Street)
_PREVIOUS_KIND_WORD = EndAnchored(r"(?<![\w\-'\u2019])(?P<word>[^\W\d_]+)\.?[ \t]+\Z", SPACES, optional("."), WORD_RUN)
_NEXT_KIND_WORD = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")
_PREVIOUS_CAPITALIZED = EndAnchored(r"(?<![\w'\u2019\-])(?P<word>[A-Z\u00C0-\u00DE][\w\-]*)[ \t]+\Z", SPACES, WORD_RUN)
# up to three words right before and after a mention, on its line (CIEGO DE | AVILA, TRISTAN | DA CUNHA)
_WORDS_BEFORE_ON_LINE = EndAnchored(r"(?:(?<![\w'\u2019\-])[^\W\d_][\w'\u2019]*[ \t]+){1,3}\Z",
                                    SPACES, WORD_RUN, SPACES, WORD_RUN, SPACES, WORD_RUN)
_WORDS_AFTER_ON_LINE = re.compile(r"(?:[ \t]+[^\W\d_][\w'\u2019]*(?![\w\-])){1,3}")
# a saint's word and the word after it inside a name (ST. HILL-BRATHWAITE, San Martín)
_SAINT_SURNAME = re.compile(r"(?<![\w\-'\u2019])(?P<saint>[^\W\d_]+\.?)[ \t]+(?=(?P<word>[^\W\d_][\w\-]*[^\W\d_])(?![\w\-]))")


# a word of two letters right before a name (Lê | Văn Hậu)
_SHORT_WORD_BEFORE = re.compile(r"(?<![\w'\u2019\-])(?P<word>[^\W\d_]{2})[ \t]+\Z")

# between two names of a list: a comma, an item of capitalized words, and/or (Oanh, Lê Văn Hậu and Đỗ)
_BRACKETED_SURNAME_FIRST = re.compile(r"[ \t]*\((?P<name>(?P<surname>[" + CAPITALS + r"][\w'\u2019\-]+),[ \t]*(?P<initial>["
                                      + CAPITALS + r"])\.)\)")
_ALIAS_IS_REALLY = re.compile(r"[\"\u201c](?P<alias>[" + CAPITALS + r"][\w'\u2019\-]*(?:[ \t]+[" + CAPITALS + r"][\w'\u2019\-]*){0,3})"
                              r"[\"\u201d][ \t]*\n?[ \t]*(?:is|was|IS|WAS)[ \t]*\n?[ \t]*(?:actually|really|in fact|ACTUALLY|REALLY|IN FACT)"
                              r"(?:[ \t]+|[ \t]*\n[ \t]*)")
_LIST_MIDDLE = re.compile(r",[ \t]*(?P<item>[" + CAPITALS + r"][\w'\u2019\-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)[" + CAPITALS + r"][\w'\u2019\-]*){0,3}),?"
                          r"[ \t]+(?:and|AND|&|or|OR)[ \t]+")
# given names listed with commas alone between two names found, on one line (fixnames40: `Present: Glen,
# Robin, Heather, Sandy, Dale (chair)`)
_COMMA_MIDDLE = re.compile(r",[ \t]*(?P<items>[" + CAPITALS + r"][\w'\u2019\-]*(?:,[ \t]*[" + CAPITALS + r"][\w'\u2019\-]*){0,3}),[ \t]*")
_COMMA_ITEM = re.compile(r"[" + CAPITALS + r"][\w'\u2019\-]*")

# (fixnames47b) the word right after a name (NUKU HAU | SHIPS), the word right before it (THE | RAVEN FERRY)
_NEXT_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")
# (fixnames47b) a kilometre point before a name (PK 2,3 COTE MONTAGNE, pk 7 cote lagon): an address's side of the road
_KILOMETRE_POINT_BEFORE = re.compile(r"(?<![\w])(?:PK|Pk|pk)\.?[ \t]*\d+(?:[.,]\d+)?[ \t]+\Z")
# (fixnames47b) kinds of place whose name follows `of` (THE COMMUNE OF NUKU HIVA; not THE VILLAGE OF KORRAM TIKAM,
# a person's village)
_JURISDICTION_WORDS = frozenset({"COMMUNE", "MUNICIPALITY", "ISLAND", "ISLANDS", "ATOLL", "REPUBLIC", "PROVINCE",
                                 "REGION", "DISTRICT", "OBLAST", "KRAI", "PARISH"})
# (fixnames47b) a lower-case word at least this common in English is no name on a lower-case line (mum, registrar)
_COMMON_LOWER_WORD_ZIPF = 3.0


def _scripts_change(left: str, right: str) -> bool:
    """(fixnames49) A name in Cyrillic and one in Latin letters side by side are two names (`<SURNAME> О. С.
    ISHPAYKIN IS`: the Latin spelling after the Cyrillic one), not one to merge."""
    last = next((ch for ch in reversed(left) if ch.isalpha()), "")
    first = next((ch for ch in right if ch.isalpha()), "")
    return bool(last and first) and ("\u0400" <= last <= "\u04ff") != ("\u0400" <= first <= "\u04ff")


class PostProcessor:
    def __init__(self, lexicon: Lexicon, exact: frozenset[str] = frozenset(), lower_case: frozenset[str] = frozenset()):
        self.lexicon = lexicon
        self.exact = exact  # recognizers whose spans are kept as they are (field recognizers fail closed)
        self.lower_case = lower_case  # recognizers whose names may be written in lower case (`-- ben`)
        s = lexicon.settings
        self.suppress = s.suppress
        self.numeric = [re.compile(p) for p in s.suppress.numeric_patterns]
        self.allow = TermList(s.allow, surnames=True)
        self._slots = PersonSlots(lexicon)
        self._edges = SpanEdges(lexicon, exact)

    def run(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        entry_breaks = _entry_line_breaks(findings, text)  # (fixnames44b: one name a line, kept apart)
        findings = self._drop_numeric(findings, text)
        findings = [f for f in (self._clean_name(f, text) for f in findings) if f is not None]
        findings = [f for f in findings if not self._allowed(f, text)]
        completed: dict[tuple[int, int], tuple[int, int]] = {}  # a name's span -> its completed span (see _completed)
        findings = [self._with_short_surname(self._completed(f, text, completed), text) for f in findings]  # before mentions: their parts are names too
        findings = [f for f in findings if not self._unsupported_lone_word(f, text) and not self._noun_after_modifier(f, text)]
        if "PERSON" in self.lexicon.settings.enabled:
            nicknames = self._paren_nicknames(findings, text, spans)
            nicknames += self._quoted_nicknames(findings, text, spans)
            findings += nicknames + self._nickname_mentions(findings + nicknames, text, spans)
            findings += self._coordinated(findings, text, spans)
            findings += self._slots.find(findings, text, spans)  # (names23: TIN OO SAID, GOH CHIN HOCK, OOI BEE LENG, NG KAH WAI)
            findings += self._parentheticals_across_units(text, spans)  # (names25: DRITON\n(DRITA) HAXHIU)
            findings += self._glossed_names(findings, text, spans)  # (names30: Piras (the old man) says)
            findings += self._sign_off_names(findings, text, spans)  # (names30: - Luca, Regards, Tunde)
            findings += self._lower_case_possessives(findings, text, spans)  # (names30: yapao's brother)
            findings += self._named_nicknames(findings, text, spans)  # (names30: calls herself "la Flaca")
            findings += self._surname_first_items(findings, text, spans)  # (names31: Zhuk, Paval - tel.)
            findings += self._elided_names(findings, text, spans)  # (fixnames31: 'Mampho)
            findings += self._kin_appositions(findings, text, spans)  # (names32: JEMP, HIS BROTHER, WILL SIGN)
            findings += self._contact_list_items(findings, text, spans)  # (names32: 2. Caalaa Dheeressaa - 651-555-0109)
            mentions = self._mentions(findings, text, spans)  # (SONS RAMI AND FADI ... OF FADI: the joined name too)
            findings += mentions + self._coordinated(mentions, text, spans)
            findings += self._between_names(findings, text)
            findings += self._table_column_names(findings, text, spans)
            findings += self._semicolon_list_names(findings, text, spans)
            findings += self._bracketed_surname_first(findings, text, spans)  # (fixnames32: KHABYRYYS (SLEPTSOV, K.))
            findings += self._aliases_really_named(findings, text, spans)  # (fixnames32: "U Puparu" is actually Gaetano Spina)
            findings += quoted_aliases(self.lexicon, findings, text, spans, self._kin_nouns)  # (names33: "MR. DUDLEY", "TIGRE" MBALA)
            findings += lower_case_surnames(self.lexicon, findings, text, spans)  # (names33: judith bloom)
            findings += lower_case_mentions(self.lexicon, findings, text, spans)  # (fixnames34: Brandt ... brandt has asked)
        findings = _without_names_inside_contacts(findings, text)
        findings = resolve_overlaps(_union_of_overlapping_names(_union_of_overlapping_names(findings), "STREET_ADDRESS"))
        findings = self._merge_adjacent_names(findings, text)
        findings = [self._with_trailing_nickname(f, text) for f in findings]
        findings = resolve_overlaps([self._with_short_surname(self._completed(f, text, completed), text) for f in findings])
        findings = self._ships_tribes_and_trades(findings, text)  # (fixnames51b: the laker EDWIN H. GOTT, NGĀTI POROU)
        findings = [f for f in findings if f.entity_type != "PERSON" or not self._named_thing(f, text)
                    and not (f.recognizer not in self.exact and self._ship(f, text))  # (BRP | RAMON ALCARAZ, grown)
                    and not self._noun_after_modifier(f, text)]  # (fixnames50: a penduline | tit, grown)
        findings = resolve_overlaps(self._edges.run(findings, text))  # (fixnames42b: NURSE | RUTH ANN, DAGA, | KANKARIA)
        findings = _cut_at_line_breaks(findings, text, entry_breaks)  # (fixnames44b: OSAZUWA, BLESSING I. | AIWERIOBA, ...)
        span_starts = [s for s, _ in spans]  # sorted, disjoint
        return [_with_possessive(f, text, spans, span_starts) for f in findings]

    # -- false positives -------------------------------------------------------------
    def _drop_numeric(self, findings, text):
        blockers = [f for f in findings if f.entity_type in ("CABLE_REFERENCE", "CONTROL_MARKING")]
        out = []
        for f in findings:
            if f.entity_type in self.suppress.numeric_types:
                value = text[f.start:f.end].strip()
                if any(p.fullmatch(value) for p in self.numeric) or any(f.overlaps(b) for b in blockers):
                    continue
            out.append(f)
        return out

    def _clean_name(self, f: Finding, text: str) -> Finding | None:
        """Trim words that are never names off the edges of a name; drop it if none is left."""
        if f.entity_type not in self.suppress.name_types or f.recognizer in self.exact:
            return f
        if f.entity_type == "PERSON" and (self._ship(f, text) or self._named_thing(f, text)):
            return None
        if f.recognizer == NER_RECOGNIZER and self._on_header_line(text, f.start):
            return None
        if f.entity_type == "PERSON" and f.recognizer == NER_RECOGNIZER and _NOT_IN_A_NAME.search(text, f.start, f.end):
            return None  # `=http://127.0.0.1:41443`: spaCy's guess on a URL or a number, no name
        lex = self.lexicon
        words = [m for m in _WORDS.finditer(text, f.start, f.end)]
        if f.entity_type == "PERSON":
            for i in range(1, len(words)):
                if _COLUMN_GAP.fullmatch(text, words[i - 1].end(), words[i].start()):
                    del words[i:]  # Dossou-Yovo, Marcellin      Université d'Abomey: a table's next column
                    break
        lower_case_line = f.recognizer == NER_RECOGNIZER and lex.on_lower_case_line(text, f.start) \
            or f.recognizer in self.lower_case

        quoted = f.start > 0 and text[f.start - 1] in "\"\u201c"  # ("bapak besar": a nickname in quotes is one name)

        def junk(word: str) -> bool:
            if (len(words) > 1 or f.recognizer == "LetterNameRecognizer") and _INITIAL.fullmatch(word):
                return False  # Patel, Anjali R; `> R.` signing an e-mail: an initial (R is also a portion mark's letter)
            bare = strip_possessive(word.strip(".,;:()\"'"))
            if f.recognizer == "GivenNameRecognizer" and lex.is_listed_word_given_name(bare):
                return False  # SUNDAY ADEBAYO-OLUWOLE: the recognizer read it in a name's position
            if f.explanation in (PARENTHETICAL_INSIDE_A_NAME, WORD_SURNAME, PARTICLE_SURNAME, APOSTROPHE_SURNAME,
                                 QUOTED_EPITHET, QUOTED_NICKNAME, CUED_WORD_NAME, WORD_GIVEN_SURNAME, WORD_GIVEN_ALONE,
                                 LISTED_INITIALS):
                return False  # ABDUL RASHID ("RASHID-E SURKH") TAJIK: the recognizer vetted its words
            if f.recognizer == "AliasNameRecognizer" and word[:1] in "\"\u201c" and text[f.start:f.start + 1] in "\"\u201c":
                return False  # "don Chemo": an alias in quotes is one name, its honorific and all
            return (lex.never_a_name(bare) or bare.upper() in lex.title_words and f.recognizer == NER_RECOGNIZER
                    or lex.misspelled_title(bare)
                    or bare.upper() in lex.stop_words
                    or bare.islower() and lex.function_word(bare) and not quoted  # (fixnames48b: lusi sudah tahu, jemadu ikut juga)
                    or f.recognizer == NER_RECOGNIZER and len(words) > 1 and word == words[-1].group() and self._caps_verb(bare)
                    or bare[:1].islower() and bare[:1] <= "\u024f" and not _PARTICLE_NAME.match(bare) and not lower_case_line
                    or lower_case_line and f.recognizer == NER_RECOGNIZER and self._common_lower_word(bare))
                    # (Georgian letters are lower case: only a Latin lower-case word is no name here)

        def particles_then_name() -> bool:  # DE LA CRUZ: DE is a routing word, here a particle
            i = 0
            while i < len(words) and words[i].group().lower() in lex.particles:
                i += 1
            return 0 < i < len(words) and not junk(words[i].group())

        def month_given_name() -> bool:  # MRS. JUNE BENJAMIN-DUNCAN: the title's reader took JUNE for the given name
            bare = strip_possessive(words[0].group())
            return f.recognizer == "TitledNameRecognizer" and len(words) > 1 and bare == words[0].group() \
                and bare.upper() in lex.stop_words and lex.is_word_given_name(bare) and not lex.never_a_name(bare)

        while words and junk(words[0].group()) and not particles_then_name() and not month_given_name():
            words.pop(0)
        while f.entity_type == "PERSON" and len(words) > 1 and f.explanation not in (CUED_WORD_NAME, WORD_GIVEN_SURNAME, WORD_GIVEN_ALONE) \
                and not (f.recognizer == "GivenNameRecognizer" and lex.is_listed_word_given_name(words[0].group())) \
                and self._title_before_name(words[0].group(), words[1].group()):
            words.pop(0)  # PASTOR | ISAAC WALDNER, TREASURER | "DON CHUCHO" AMAGUAÑA: a title in rules is no part of the name (fixnames41b)
        while len(words) > 1 and words[0].group().endswith(",") and name_fold(words[0].group().rstrip(",")) in lex.closing_words:
            words.pop(0)  # Mahalo, Leilani: a closing, then the name
        while words and junk(words[-1].group()) \
                and not (len(words) > 1 and lex.surname_after_given_name(words[-2].group(), words[-1].group())):
            words.pop()  # (TERRY CHRISTIAN: a surname that is a faith's name, after a given name, stays)
        while len(words) > 1 and (self._people_word(first := strip_possessive(words[0].group().strip(".,;:()\"'")))
                                  or lex.is_people(first) and words[1].group().isupper() == first.isupper()
                                  and self._common_group_word(strip_possessive(words[1].group().strip(".,;:()\"'")))) \
                and self._group_word(strip_possessive(words[1].group().strip(".,;:()\"'"))) \
                and not lex.is_place(text[words[0].start():words[-1].end()]) \
                and not self._person_before(text, words[0].start()):  # (MARI EL: a republic, vetoed below; fixnames48b)
            words.pop(0)  # THE KALASH | ELDER SAIFULLAH: the people before a person's title and name
            while len(words) > 1 and self._common_group_word(strip_possessive(words[0].group().strip(".,;:()\"'"))):
                words.pop(0)  # CHAMORRO | ACTIVISTS ROSALINDA ...: and the group's common words after it
        for i, w in enumerate(words[:-1]):
            if strip_possessive(w.group()) != w.group() and f.recognizer == NER_RECOGNIZER:
                del words[i + 1:]  # DE LOS SANTOS' MOTHER: a name ends at its possessive
                break
        if not words:
            return None
        start, end = words[0].start(), words[-1].end()
        while end > start and text[end - 1] in ".,;:)\"'":
            end -= 1
        bare_end = start + len(strip_possessive(text[start:end]))
        if f.recognizer in self.place_vetoed and (lex.is_place(text[start:bare_end]) or lex.place_before(text, end)) \
                and not self._person_before(text, start, offices=False) \
                and not lex.person_noun_before(text, start, titles=False):
            return None  # Goma, Tijuana, Abu Ghraib: a place, and nothing says person (HIS SON, ALI does)
        last = text[start:bare_end].split()[-1].upper()
        if f.recognizer in self.place_vetoed and self._town_and_state(text, start, bare_end) \
                and not self._person_before(text, start, offices=False):
            return None  # (fixnames49c) Harrison AR, Jasper AR 72641: a known town and its state's code
        if f.recognizer in self.place_vetoed and start < bare_end and len(text[start:bare_end].split()) > 1 \
                and last in lex.place_words and not lex.is_surname(last):
            return None  # Ismoil Somoni Peak, Victoria Falls: a place's name ends with its kind (not Park, a surname)
        if f.recognizer in self.place_vetoed and self._after_place_cue(text, start, bare_end):
            return None  # the Governor of NARIÑO, police in Dong Nai: a jurisdiction or a place
        if f.recognizer in self.shape_only and lex.is_organization(text, start, bare_end) \
                and not self._person_before(text, start):
            return None  # the newspaper Novaya Gazeta, Alfa Bank: an organisation named like a person
        if f.recognizer in self.place_vetoed and lex.street_or_building(text, start, bare_end) \
                and not self._person_before(text, start):
            return None  # Rue Hamra, EDIFICIO TORRE LUNA, Avenue Habib Bourguiba, Hospital Rafael Calvo: a street's or building's name
        if f.entity_type == "PERSON" and (self._group_name(text, start, bare_end) or self._before_group_noun(text, start, bare_end)) \
                and not self._person_before(text, start):
            return None  # NENETS HERDER, the Karen villagers, KALASH, the Sarakole community: a people, not a person
        if f.entity_type == "PERSON" and lex.is_brand(text[start:bare_end]) and not self._person_before(text, start) \
                and not lex.person_cue(text, start, bare_end):
            return None  # CHIQUITA, STARBUCKS COFFEE, Tata Motors: a brand, unless the words around say person
        # (A CAPTAIN KNOWN AS "VAMPIRE", THE BOY IS CALLED "MYONGI": the cue and the quotes say it is a name)
        quoted_alias = f.explanation == NAMED_BY_A_PERSON_NOUN and start > 0 and text[start - 1] in "\"\u201c" \
            or f.explanation in (CUED_WORD_NAME, WORD_GIVEN_SURNAME, WORD_GIVEN_ALONE, QUOTED_NICKNAME)  # (SON RUSTY, WILL PAPADAKIS: the recognizer read the cue)
        if f.entity_type == "PERSON" and len(words) == 1 and self._common_caps_word(text, start, bare_end) and not quoted_alias:
            return None  # THE FINANCE MINISTER STAKED, NOT MET SINCE MARCH, TO LABOR OFFICER: a word
        if f.entity_type == "PERSON" and self._post_and_office(text, start, bare_end):
            return None  # POL-Ulaanbaatar, Windhoek-POL, Minsk-PAS-All: a post and an office
        if f.entity_type == "PERSON" and self._word_given_name_run(text, start, bare_end) and not quoted_alias:
            return None  # PRICES ROSE SHARPLY, THE BILL, NOEL DECORATIONS: words, unless the context says person
        return replace(f, start=start, end=bare_end) if (start, bare_end) != (f.start, f.end) else f

    @functools.cached_property
    def _state_codes(self) -> frozenset[str]:
        """US state and Canadian province codes (postcode_line_address's `regions` in rules/entities.yaml)."""
        spec = self.lexicon.settings.recognizers.get("postcode_line_address") or {}
        return frozenset(str(w) for w in spec.get("regions") or [])

    def _town_and_state(self, text: str, start: int, end: int) -> bool:
        """(fixnames49c) Whether `text[start:end]` is a known place and a state's code in capitals after it
        (Harrison AR, JASPER, AR): a town, as an address writes it."""
        words = text[start:end].split()
        return len(words) > 1 and words[-1] in self._state_codes \
            and self.lexicon.is_place(" ".join(words[:-1]).rstrip(","))

    def _group_name(self, text: str, start: int, end: int) -> bool:
        """Whether `text[start:end]` names a people or its language rather than a person: it opens
        with one of `suppress.peoples` and goes on with common English words or titles only
        (NENETS HERDER, Chamorro activists); alone, it is a group unless it is a known given
        name or surname (KAREN, SHERPA), which only a common noun after it makes a group (KAREN
        VILLAGERS, not KAREN SAID)."""
        lex = self.lexicon
        words = [strip_possessive(w.strip(".,;:()\"'")) for w in text[start:end].split()]
        if len(words) > 1 and words[-1][-1:] in "sS" and self._people_word(words[-1]) and all(
                lex.is_place(w) or w.upper() in lex.nationalities or lex.is_people(w)
                or lex.is_common(w, lex.settings.names.rare_below_zipf) and not (lex.is_given_name(w) or lex.is_surname(w))
                for w in words[:-1]):
            return True  # CRIMEAN TATARS, VOLGA TATARS: a people (in the plural) after its place or adjective (not Pemba Sherpa)
        if not words or not lex.is_people(words[0]):
            return False

        common = self._group_word

        if len(words) > 1:
            return all(common(w) for w in words[1:])
        if self._people_word(words[0]):
            return True
        following = re.match(r"[ \t]+(?P<word>[A-Za-z]+)(?:[ \t]+(?P<other>[A-Za-z]+))?", text[end:end + 60])
        if following is None:
            return False
        word, other = following.group("word"), following.group("other") or ""
        if word.upper() in ("AND", "OR", "&") and lex.is_people(other):
            return True  # KAREN AND SHAN ACTIVISTS
        return word.upper() not in lex.stop_words and common(word) and not lex.is_common(word, 6.0)

    def _before_group_noun(self, text: str, start: int, end: int) -> bool:
        """Whether `text[start:end]` is one word no name list knows as a given name and one of
        `suppress.group_nouns` follows it (the Sarakole community, ZOMI DIASPORA), or ends with one
        after such a word (NER's `ZOMI DIASPORA`)."""
        lex = self.lexicon
        words = [strip_possessive(w.strip(".,;:()\"'")) for w in text[start:end].split()]
        if len(words) == 2 and words[1].upper() in lex.group_nouns:
            words = words[:1]
        elif len(words) != 1 or not lex.group_noun_after(text, end):
            return False
        word = words[0]
        return bool(word) and not (lex.is_given_name(word) or lex.is_word_given_name(word)) and strip_possessive(
            text[start:end]) == text[start:end]

    def _common_group_word(self, word: str) -> bool:
        """A word of a group's name after the people's (ACTIVISTS, HERDER LEADER, ELDER): a title, a
        people, or a common English word that no name list knows."""
        lex = self.lexicon
        return word.upper() in lex.title_words or lex.is_people(word) or word.upper() in lex.group_nouns or (
            lex.is_common(word, lex.settings.names.caps_continue_below_zipf)
            and not (lex.is_given_name(word) or lex.is_surname(word) or lex.is_word_given_name(word)))

    def _group_word(self, word: str) -> bool:
        """A word that may follow a people's name in a group's (HERDER, PRESBYTER, ACTIVISTS,
        ELDER, another people): a title, a people or a word in use that no name list knows."""
        lex = self.lexicon
        if word[:1].isupper() and not word.isupper():
            return word.upper() in lex.title_words or lex.is_people(word)  # (Sami Khoury: capitalized in mixed case, a name)
        return bool(word) and (word.upper() in lex.title_words or lex.is_people(word)
                               or lex.is_common(word, _GROUP_NOUN_ZIPF) and not (lex.is_given_name(word) or lex.is_surname(word)))

    def _title_before_name(self, word: str, following: str) -> bool:
        """Whether `word` opening a person's span is a one-word title of `names.titles` before the name
        (PASTOR ISAAC WALDNER, THIRU T.R. BALASUBRAMANIAN; fixnames41b): not in quotes, no comma after it, and
        no filiation particle or `of` after it (SULTAN BIN FAHD, Chief of Mission)."""
        lex = self.lexicon
        bare = word.rstrip(".:")
        if not bare or bare[:1] in "\"\u201c'(" or bare.endswith(",") or bare.upper() not in lex.one_word_titles:
            return False
        nxt = following.strip("\"\u201c").lower()
        return nxt not in lex.filiation_particles and nxt != "of"

    def _people_word(self, word: str) -> bool:
        """One of `suppress.peoples` that no name list knows as a name (KALASH, Nenets; not KAREN, SHERPA)."""
        lex = self.lexicon
        return lex.is_people(word) and not (lex.is_given_name(word) or lex.is_surname(word) or lex.is_word_given_name(word))

    def _caps_verb(self, word: str) -> bool:
        """A word in capitals shaped like a verb or adjective that no name list knows (TALHA"
        FACILITATED, at a name's end): a word in use (`names.caps_trailing_verb_min_zipf`) longer than five letters with one of
        `names.caps_not_name_suffixes`, no known surname or given name (not HARDING, FLEMING)."""
        lex = self.lexicon
        names = lex.settings.names
        return word.isupper() and len(word) > 5 and word.endswith(lex.caps_not_name_suffixes) \
            and lex.is_common(word, names.caps_trailing_verb_min_zipf) \
            and not (lex.is_surname(word) or lex.is_given_name(word) or lex.is_word_given_name(word))

    def _common_caps_word(self, text: str, start: int, end: int) -> bool:
        """Whether `text[start:end]` is one common English word in ALL-CAPS text that no name
        list knows as a name (STAKED, SINCE, OFFICER; not STONE, a surname, nor GRACE, a given name)."""
        lex = self.lexicon
        word = text[start:end]
        names = lex.settings.names
        common = lex.is_common(word, names.caps_suffix_min_zipf) or len(word) > 5 \
            and word.endswith(lex.caps_not_name_suffixes) and lex.is_common(word, names.rare_below_zipf)
        return word.isupper() and len(word) > 2 and "-" not in word and common \
            and not (lex.is_surname(word) or lex.is_given_name(word) or lex.is_word_given_name(word)) \
            and lex.caps_around(text, start, end)

    def _post_and_office(self, text: str, start: int, end: int) -> bool:
        """Whether `text[start:end]` is made of a place and office words only (POL-Ulaanbaatar,
        Windhoek-POL, Moscow Tel, Moscow NIV): `Lexicon.post_and_office`."""
        return self.lexicon.post_and_office(text[start:end])

    def _word_given_name_run(self, text: str, start: int, end: int) -> bool:
        """Whether `text[start:end]`, in ALL-CAPS text, is a given name that is a common English
        word (ROSE, BILL, NOEL, FELIX: zipf `names.caps_suffix_min_zipf` or more) alone or before
        words in use that no name list knows (ROSE SHARPLY, NOEL DECORATIONS), with nothing around
        it that says person (a title or given name before it, a person's verb or noun after it)."""
        lex = self.lexicon
        words = [strip_possessive(w.strip(".,;:()\"'")) for w in text[start:end].split()]
        names = lex.settings.names
        if not words or not words[0].isupper() or not words[0].isalpha() or not lex.is_given_name(words[0]) \
                or not lex.is_common(words[0], names.caps_suffix_min_zipf):
            return False  # (ANNA-MARIE DU PLESSIS: a double given name is a name; ADAM K: an initial)
        # (the words after it are English words in use, not only not rare: ELENA HADDAD is a name)
        if any(not (w.isalpha() and len(w) > 2 and lex.is_common(w, names.caps_suffix_min_zipf)) or lex.is_given_name(w) or lex.is_surname(w)
               or lex.is_word_given_name(w) or w.lower() in lex.particles for w in words[1:]):
            return False
        if not lex.caps_around(text, start, end) or self._person_before(text, start) or lex.person_cue(text, start, end):
            return False
        # alone, a name's position says person too (MET WITH ROSE; , BILL,)
        return len(words) > 1 or not lex.in_name_position(text, start)

    def _unsupported_lone_word(self, f: Finding, text: str) -> bool:
        """A spaCy name of one word that no name list knows, with nothing around it that says
        person (a title or given name before it, a person's verb or `'s` and a person's noun
        after it): in cables these are mostly parties, newspapers, companies, places and
        acronyms (YABLOKO, KOMMERSANT, JKIA, Hizballah), so the guess alone is not enough."""
        if f.recognizer != NER_RECOGNIZER or f.entity_type != "PERSON":
            return False
        lex = self.lexicon
        words = text[f.start:f.end].split()
        while len(words) > 1 and words[0].lower() in lex.particles:
            if words[0].lower() in lex.surname_only_particles:
                return False  # (Dal Cin, ZU SCHWANSTEDT: a surname's particle, no article)
            words.pop(0)  # De Standaard, de Volkskrant: an article, then one word
        if len(words) != 1:
            return False
        word = words[0]
        if any(lex.is_given_name(p) or lex.is_surname(p) for p in strip_possessive(word).split("-") if len(p) > 2) \
                or lex.is_double_name(word):
            return False  # (LIPENGA-KALULU LEFT EARLY: a double-barrelled name needs no cue)
        bare = strip_possessive(word)
        particle, _, rest = bare.partition("-")
        if rest and particle.islower() and particle in lex.particles and rest[:1].isupper() and not rest.isupper() \
                and self._rare_name_word(rest) and not lex.is_people(rest):
            return False  # (al-Fartusi: a lower-case particle and a rare word is a name; not Al-Sahafa, AL-MANAR)
        if bare.isalpha() and bare.islower() and len(bare) > 3 and lex.on_lower_case_line(text, f.start) \
                and not lex.is_common(bare, lex.settings.names.rare_below_zipf) and not lex.is_place(bare) \
                and self._may_be_name_word(bare):
            return False  # (chat: "mama kokusiima and the boys"): in lower-case prose no organisation hides
        if self._person_before(text, f.start):
            return False
        return not lex.person_cue(text, f.start, f.end)  # HER HUSBAND ZUHAIR, ZAFARI SAID

    place_vetoed = frozenset({NER_RECOGNIZER, "GivenNameRecognizer", "UnfamiliarNameRecognizer"})
    # guesses from a name's shape alone: organisations and streets are named the same way
    shape_only = frozenset({NER_RECOGNIZER, "UnfamiliarNameRecognizer"})

    def _named_thing(self, f: Finding, text: str) -> bool:
        """A name that is a place's or institution's named after a person (INDIRA GANDHI
        INTERNATIONAL AIRPORT, Grant Street, Casa Rómulo Gallegos); the field recognizers' slots
        are not second-guessed."""
        words = text[f.start:f.end].split()
        first = words[0].upper().rstrip(".") if words else ""
        # St Helena, San Isidro, Sveti Nikola: a saint's title and a given name (not MARGUERITE ST. JOHN-LAWAL)
        # (a double surname after it is a person's: ST. CLAIR-MORTIMER, though CLAIR is a given name)
        saint = first in self.lexicon.saints and len(words) > 1 and self.lexicon.is_given_name(words[1].rstrip(",.;:")) \
            and "-" not in words[1] and not self._person_before(text, f.start)
        # (SAN) PEDRO SULA: a given name right after a saint's title no given name or title comes before
        before = _PREVIOUS_KIND_WORD.search(text, max(0, f.start - 30), f.start)
        if not saint and before is not None and before.group("word").upper() in self.lexicon.saints and words \
                and (text[before.end("word"):before.end("word") + 1] != "." or len(before.group("word")) <= 3) \
                and self.lexicon.is_given_name(words[0].rstrip(",.;:")) and not self._person_before(text, before.start("word")):
            saint = True
        return f.recognizer not in self.exact and (self.lexicon.named_after_person(text, f.start, f.end)
                                                   or first in self.lexicon.place_words_before or saint
                                                   or len(words) == 1 and self._town_after_word(text, f.start, f.end)
                                                   or _KILOMETRE_POINT_BEFORE.search(text, max(0, f.start - 20), f.start) is not None)

    def _after_place_preposition(self, text: str, start: int, end: int) -> bool:
        """Whether a name follows one of `names.place_prepositions` (in Hanga Roa), not opening
        with a given name nor followed by a possessive (`_after_place_cue` without `<title> of`:
        `the sister of Puih Thong` is a person's)."""
        lex = self.lexicon
        before = text[max(0, start - 40):start].split()
        if not before or before[-1].lower() not in lex.place_prepositions:
            return False
        first = text[start:end].split()[0]
        return not lex.is_given_name(first) and not _POSSESSIVE.match(text, end) and text[end:end + 1] not in "'\u2019"

    def _after_place_cue(self, text: str, start: int, end: int) -> bool:
        """Whether a name follows `<title> of` (the Governor of NARIÑO, MAYOR OF GOMA) or, not
        opening with a given name nor followed by a possessive, one of `names.place_prepositions`
        (police in Dong Nai, LIVES IN JABAL AL-HUSSEIN)."""
        lex = self.lexicon
        before = text[max(0, start - 40):start].split()
        if len(before) >= 2 and before[-1].lower() == "of" and before[-2].strip(".,").upper() in lex.one_word_titles:
            return True
        if len(before) >= 2 and before[-1].lower() == "of" and before[-2].strip(".,").upper() in _JURISDICTION_WORDS \
                and not lex.is_given_name(text[start:end].split()[0]):
            return True  # (fixnames47b) THE COMMUNE OF NUKU HIVA, the island of Ua Huka: a place's kind, then its name
        if before and before[-1].lower() == "on" and self._island_like(text, start, end):
            return True  # (fixnames47b) PRICES ROSE ON NUKU HIVA: an island's name no name list knows
        if not before or before[-1].lower() not in lex.place_prepositions and not self._after_listed_place(text, start):
            return False
        first = text[start:end].split()[0]
        return not lex.is_given_name(first) and not _POSSESSIVE.match(text, end) and text[end:end + 1] not in "'\u2019"

    def _after_listed_place(self, text: str, start: int) -> bool:
        """(fixnames47b) Whether a name is the second of two joined by `and`/`or` right after one of
        `names.place_prepositions` (FIRES NEAR SHIRA AND BELY YAR, around Nuku Hiva and Ua Huka): a place
        too. The first may be a given name (Shira); no given name may come between it and the conjunction."""
        before = text[max(0, start - 80):start].split()
        if len(before) < 3 or before[-1].lower() not in ("and", "or", "&"):
            return False
        for k in range(1, min(3, len(before) - 2) + 1):
            first = before[-1 - k:-1]
            if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in first):
                return False
            if before[-2 - k].lower() in self.lexicon.place_prepositions:
                return not any(self.lexicon.is_given_name(w) for w in first[1:])
        return False

    def _island_like(self, text: str, start: int, end: int) -> bool:
        """(fixnames47b) Two or three words, none a known given name or surname nor an English word in use, no
        possessive after them: after `on`, an island's or a place's name (on Nuku Hiva, ON KOH KONG)."""
        lex = self.lexicon
        words = [strip_possessive(w.strip(".,;:")) for w in text[start:end].split()]
        return 2 <= len(words) <= 3 and text[end:end + 1] not in "'\u2019" and not _POSSESSIVE.match(text, end) \
            and not any(lex.is_given_name(w) or lex.is_surname(w) or lex.is_common(w, 3.0) for w in words)

    def _common_lower_word(self, word: str) -> bool:
        """(fixnames47b) A lower-case English word in common use, three letters or more (not an initial: tommy
        k), that no name list knows, which spaCy took for a name on a lower-case line (caller: mum wanted): no name."""
        return len(word) > 2 and word.islower() and self.lexicon.is_common(word, _COMMON_LOWER_WORD_ZIPF) \
            and not self.lexicon.is_given_name(word) and not self.lexicon.is_surname(word)

    def _person_before(self, text: str, start: int, offices: bool = True) -> bool:
        """A title or a given name right before `start` (Mr. Goma, Jean-Pierre Goma); with
        `offices=False` an office written with its post does not count (RSO ABUJA, LEGATT Lagos:
        `names.posted_offices`; DCM WEXFORD is a person)."""
        m = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        if not m:
            return False
        word = m.group("word").rstrip(".")
        if not offices and word.upper() in self.lexicon.posted_offices:
            return False  # (Ambassador is a word: Ambassador Taylor is a person)
        if strip_possessive(word) != word:
            return False  # CRUZ'S CEDULA: a possessive ends one noun phrase, the next is another
        upper = word.upper()
        if upper in self.lexicon.stop_words:
            return False  # MAYOR OF GOMA: OF is a word of some titles (Chief of Mission), not one before a name
        return upper in self.lexicon.title_words or self.lexicon.is_given_name(word)  # SAID IMEDI: SAID is a stop word

    def _ship(self, f: Finding, text: str) -> bool:
        """A name that is a ship's: it starts with, or follows, a ship prefix or a noun for a
        vessel (USS NIMITZ, the tug ALMIRANTE ORTEGA, THE MV PRINCESS AMINA)."""
        first = text[f.start:f.end].split(maxsplit=1)[0].upper() if text[f.start:f.end].strip() else ""
        preceding = text[max(0, f.start - 40):f.start]
        # (a sentence's end between: A MUSEUM SHIP. KOVALENKO SAID is no ship's name)
        before = [] if re.search(r"[.;:!?][\"')\]]*\s*\Z", preceding) else \
            [w for w in (w.strip(".,;:\"\u201c\u201d").upper() for w in preceding.split()) if w][-2:]
        # (fixnames49c: THE FISHING BOAT "ANTIP FOMIN": the quotes around a boat's name are no word)
        if len(before) == 2 and before[1] in self.lexicon.title_words:
            before = before[:1]  # THE MV PRINCESS | AMINA: the title is part of the ship's name
        if re.search(r",\s*\Z", preceding) and before and before[-1] not in self._vessel_words:
            before = []  # ITS SECRETARY, MARIA ...: a noun and a comma, a name in apposition (ITS is no ship's prefix here)
        words = [strip_possessive(w.strip(".,;:")) for w in text[f.start:f.end].split()]
        after = _NEXT_WORD_AFTER.match(text, f.end)
        owner = strip_possessive(text[f.start:f.end]) != text[f.start:f.end]  # (Ó CEALLACHÁNAIGH'S BOAT: the owner's)
        kinds = (words[-1] if len(words) > 1 else "", after.group(1) if after is not None and not owner else "")
        if any(k and k.lower().removesuffix("s") in self._vessel_words_lower for k in kinds) and not self._person_before(text, f.start) \
                and (not self.lexicon.is_given_name(words[0]) or self._determiner_before(text, f.start)):
            return True  # (fixnames47b) THE RAVEN FERRY, ullswater steamers, NUKU HAU SHIPS: a boat's name before its kind
        prefixes = self._ship_prefixes
        if before and before[-1] in prefixes and before[-1] not in self._vessel_words \
                and preceding.rstrip().rsplit(None, 1)[-1].strip(".,;:").islower():
            before = before[:-1]  # (fixnames47) hi its nora mongan here: a prefix is no word in lower case (ITS, MV)
        # (THE FV SANTA | CLARA: a prefix two words before, the ship's name begun)
        alone = f.explanation == QUOTED_NICKNAME and len(words) == 1  # (fixnames49: "TUG" WAS LAST SEEN: a nickname, no boat)
        return first in prefixes and not alone or bool(before) and (before[-1] in prefixes or len(before) == 2 and before[0] in prefixes
                                                      and text[max(0, f.start - 40):f.start].split()[-1].isupper())

    def _ships_tribes_and_trades(self, findings: list[Finding], text: str) -> list[Finding]:
        """(fixnames51b) Precision. A ship named after a person, written after `the` (a title may come between) near a
        word of ships (`suppress.ship_cues` or a vessel word, 120 letters either side): `a lake freighter, the Cason J.
        Callaway`, `aboard the John G. Munson`, `WHEELSMAN ON THE ARTHUR M. ANDERSON`, `THE ADMIRAL KUZNETSOV REFIT`;
        each other occurrence of that name in the passage, or of one taken by `_ship`, is the ship's too. The name of an
        iwi or a tribe (`suppress.tribe_openers`: NGĀTI POROU). An occupation's noun alone in capitals (`ONE FARMER
        SAID`, `CONTRACTOR'S CONTACT`: `names.person_nouns`) that no name of two words or more found holds."""
        persons = [f for f in findings if f.entity_type == "PERSON"]
        if not persons:
            return findings
        cues = self._ship_cue_pattern
        ships: set[str] = set()
        for f in persons:
            name = text[f.start:f.end]
            words = name.split()
            before = re.search(r"(?<![\w'\u2019])(the|THE|The)\s+(?:(?P<title>[A-Za-z]+\.?)\s+)?\Z",
                               text[max(0, f.start - 40):f.start])
            title_word = before.group("title") if before is not None else None
            title = title_word is not None
            if title_word is not None and title_word.rstrip(".").upper() not in self.lexicon.title_words:
                before = None
            if before is not None and (len(words) >= 2 or title) \
                    and cues.search(text, max(0, f.start - 120), min(len(text), f.end + 120)):
                ships.add(strip_possessive(name).upper())
            elif f.recognizer not in self.exact and self._ship(f, text) and len(words) >= 2:
                ships.add(strip_possessive(name).upper())
        spans: list[tuple[int, int]] = []
        for ship in ships:
            spans += [(m.start(), m.end()) for m in re.finditer(
                r"(?<![\w'\u2019])" + re.escape(ship) + r"(?![\w])", text, re.IGNORECASE)]
        openers = {w.lower() for w in self.suppress.tribe_openers}
        long_names = {w.upper() for f in persons for w in re.findall(r"[^\W\d_][\w\-]*", text[f.start:f.end])
                      if len(text[f.start:f.end].split()) >= 2}
        out = []
        for f in findings:
            if f.entity_type == "PERSON":
                name = text[f.start:f.end]
                words = name.split()
                if any(a < f.end and f.start < b for a, b in spans):
                    continue
                if len(words) >= 2 and words[0].lower() in openers:
                    continue
                bare = strip_possessive(name)
                if len(words) == 1 and f.recognizer not in self.exact and bare.isupper() and len(bare) > 3 \
                        and bare.lower() in self._trade_nouns and bare.upper() not in long_names \
                        and self.lexicon.caps_around(text, f.start, f.end, radius=60) \
                        and not self._titled_before(text, f.start) \
                        and not (self.lexicon.person_cue(text, f.start, f.end)
                                 and not self.lexicon.word_use_before(text, f.start)
                                 and not self._counted_before(text, f.start)):
                    continue  # (lead51: SHEARER TOLD CONOFF stays a person, test_names_recall49; THE FARMER SAID not)
            out.append(f)
        return out

    def _counted_before(self, text: str, start: int) -> bool:
        m = re.search(r"([A-Za-z]+)\s+\Z", text[max(0, start - 20):start])
        return m is not None and m.group(1).lower() in {w.lower() for w in self.suppress.trade_counts}

    def _titled_before(self, text: str, start: int) -> bool:
        m = re.search(r"([A-Za-z]+)\.?\s+\Z", text[max(0, start - 20):start])
        return m is not None and m.group(1).upper() in self.lexicon.title_words

    @functools.cached_property
    def _trade_nouns(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.suppress.trade_nouns)

    @functools.cached_property
    def _ship_cue_pattern(self) -> re.Pattern[str]:
        words = sorted({*self.suppress.ship_cues, *self.suppress.vessel_words}, key=len, reverse=True)
        return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")s?(?![\w])",
                          re.IGNORECASE)

    @functools.cached_property
    def _vessel_words(self) -> frozenset[str]:
        return frozenset(w.upper() for w in self.suppress.vessel_words)

    @functools.cached_property
    def _vessel_words_lower(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.suppress.vessel_words)

    @functools.cached_property
    def _ship_prefixes(self) -> frozenset[str]:
        return frozenset(p.upper() for p in [*self.suppress.ship_prefixes, *self.suppress.vessel_words])

    def _on_header_line(self, text: str, pos: int) -> bool:
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        return self.lexicon.is_header_line(line) and not line.lstrip().upper().startswith(("SUBJECT", "SUBJ"))

    def _allowed(self, f: Finding, text: str) -> bool:
        if f.entity_type != "PERSON" or not self.allow:
            return False
        return text[f.start:f.end] in self.allow

    # -- later mentions ----------------------------------------------------------------
    def _mentions(self, findings, text, spans):
        spec = self.lexicon.settings.mentions
        threshold = self.lexicon.settings.names.caps_continue_below_zipf
        parts = set()
        surnames = set()  # the last word of a name of two words or more (Bridget Ward, then the Wards)
        given_surnames: set[str] = set()  # ... of such a name that opens with a known given name
        addresses = [(f.start, f.end) for f in findings if f.entity_type == "STREET_ADDRESS"]
        for f in findings:
            if f.entity_type != "PERSON":
                continue
            if f.recognizer in self.place_vetoed and len(text[f.start:f.end].split()) == 1 \
                    and any(a <= f.start and f.end <= b for a, b in addresses):
                continue  # (fixnames49c) 77 MAIN ST, NOEL, MO: a guess of one word inside an address is its town
            words = re.findall(r"[^\W\d_][\w'\-]*", text[f.start:f.end])
            if len(words) > 1 and words[-1][:1].isupper() and not _INITIAL.fullmatch(words[-1]) \
                    or len(words) == 1 and f.explanation == CUED_WORD_NAME:  # (DUKE SAID, read by the words around it)
                surnames.add(strip_possessive(words[-1]).upper())
                if len(words) > 1 and self.lexicon.is_given_name(words[0]) and not self.lexicon.is_place(words[-1]):
                    given_surnames.add(strip_possessive(words[-1]).upper())  # (fixnames49c) TOBIAS LOCK, then THE LOCKS
            first = _SURNAME_FIRST.fullmatch(text, f.start, f.end)
            if first is not None:  # (fixnames48) BELL, ARNOLD T. / ROUTLEDGE M.: the surname written first
                surnames.add(strip_possessive(first.group("surname")).upper())
            if words and (halves := strip_possessive(words[-1]).split("-")) and len(halves) == 2 \
                    and all(len(h) >= spec.min_length and h[:1].isupper() and h[1:2].isalpha() for h in halves):
                # (fixnames47) each half of a double surname found is a surname (Sampson-Chase's, then the Chases)
                surnames.update(h.upper() for h in halves)
            # a user name glued to its initials (AWellesley, DSandquist-Hale: later WELLESLEY)
            words += [m.group("surname") for m in _GLUED_INITIALS.finditer(text, f.start, f.end)]
            if f.recognizer == _DRAFTING_RECOGNIZER:
                words += self._caps_user_name_surnames(text[f.start:f.end])
            for word in words:
                bare = strip_possessive(word)
                if len(bare) >= spec.min_length and not self.lexicon.never_a_name(bare) and not self._people_word(bare) \
                        and bare.upper() not in self.lexicon.stop_words and bare.upper() not in self.lexicon.title_words \
                        and bare.upper() not in self._edges.edge_titles \
                        and bare not in self.lexicon.lower_case_particles and not self.lexicon.is_brand(bare) \
                        and not (bare.upper() in self.lexicon.place_words and not self.lexicon.is_surname(bare)):
                    # (bar, ten: words elsewhere; RAJA of RAJA X; Fort of Galle Fort: a place's kind, fixnames45b;
                    # SPODE of a firm's name: a brand, fixnames50b)
                    parts.add(bare)
                    halves = bare.split("-")
                    if len(halves) == 2 and all(len(h) >= spec.min_length and h[:1].isupper() for h in halves):
                        parts.add("".join(halves))  # Oke-Ogunde, later Oke\u200bOgunde (an invisible character read out): the same name
                    particle, _, rest = bare.partition("-")
                    if rest and particle.lower() in self.lexicon.particles and len(rest) >= spec.min_length \
                            and self._may_be_name_word(rest) and not self._people_word(rest):
                        parts.add(rest)  # QASEM AL-KAABI, later KAABI'S: the name after its particle
                    if any(w != word and self._name_like(strip_possessive(w)) for w in words):
                        parts.update(self._hyphen_halves(bare, spec.min_length))  # (not of POL-Ulaanbaatar alone)
                    if not bare.isascii() and len(folded := name_fold(bare)) >= spec.min_length and folded.isascii():
                        parts.add(folded)  # BRZĘCZYSZCZYKIEWICZ, later BRZECZYSZCZYKIEWICZ (written without diacritics)
                    # Руслан Ахмедович Газиев, later "Gaziev had been threatened": the Latin spelling too
                    parts.update(capitalize(form) for form in latin_forms(bare, self._transliteration) if len(form) >= spec.min_length)
            if f.explanation == WORD_SURNAME and words and len(strip_possessive(words[-1])) >= spec.min_length:
                parts.add(strip_possessive(words[-1]))  # ROSALIND MARCH, later MARCH'S (the cues below decide)
            parts.update(self._saint_surnames(text, f))
            parts.update(self._word_surname_phrase(words))
        if not parts:
            return word_surname_mentions(self.lexicon, findings, text, spans, lambda start, end: self._in_known_place(text, start, end)) \
                + self._families(parts, text, spans, surnames, given_surnames)
        # a hyphen is a boundary too: ADEBAYO in (TAYLOR-ADEBAYO MEETING) is the same person
        index = word_index(text)  # the versions' propagation reuses it (mentions.sharing_indexes)
        found = {(m.start(), m.end()): m.group() for p in parts for m in index.occurrences(p)}
        forms = {form for p in parts for form in (p, p.upper(), capitalize(p), p[:1].upper() + p[1:].lower())}
        forms |= {p[:1].lower() + p[1:] for p in forms if p.partition("-")[0].lower() in self.lexicon.particles}  # (al-Rashidi)
        span_starts = [s for s, _ in spans]  # sorted, disjoint
        names = sorted((f.start, f.end) for f in findings if f.entity_type == "PERSON")
        # a word that is somewhere a place's or a saint's (San Juan, St Helena, Lycée Marie Curie,
        # Margaret Street) is not propagated alone: elsewhere it may be the place again
        placed = {word.upper() for (start, end), word in found.items() if self._in_place_name(text, start, end, names)}
        openers = self._word_given_name_openers(findings, text)
        out = []
        for (start, end), word in sorted(found.items()):
            i = bisect_right(span_starts, start)
            if not i or end > spans[i - 1][1]:
                continue  # outside the analyzed spans
            if word.upper() in placed or self.lexicon.is_organization(text, start, end):
                continue  # (WATAN of "ABU WATAN" in AL-WATAN DAILY: a newspaper)
            if self._in_known_place(text, start, end) or self._after_place_preposition(text, self._run_start(text, start), end):
                continue  # ÁVILA TAMAYO, later FROM CIEGO DE AVILA; HANGA ROA LAND, later IN HANGA ROA: a place here
            if word not in forms and (word != word.lower() or self.lexicon.is_common(word, threshold)
                                      or not self.lexicon.is_given_name(word)
                                      and self.lexicon.is_common(word, self.lexicon.settings.names.rare_below_zipf)):
                continue  # "rice", "early frost" in lower case are not Ms. Rice; "caroline's deputy" is Caroline's
            if self.lexicon.is_common(word, threshold) and self._determiner_before(text, start):
                continue  # (fixnames47) HOLDER TOLD US, then THE HOLDER OF THE LICENCE: a common noun after THE
            if word.lower() in self.lexicon.settings.mentions.modified_nouns \
                    and (word.islower() or word.isupper() and self.lexicon.caps_around(text, start, end, radius=60)) \
                    and self._modified_noun(text, start) \
                    or word.islower() and self._lower_noun_use(text, word, start, end):
                continue  # (fixnames50) Tit Ivanov, then a penduline tit, great tit, THE GREAT TIT: a noun after its modifier
            caps = self.lexicon.caps_around(text, start, end, radius=60)
            if (caps or word.isupper() is False and self._sentence_start(text, start)) \
                    and self.lexicon.is_common(word, threshold) and not self.lexicon.person_cue(text, start, end) \
                    and not (caps and _POSSESSIVE.match(text, end) is not None) \
                    and not (not caps and self._given_name_more_than_word(word)) \
                    and not (word.upper() in openers and _AUXILIARY_AFTER.match(text, end) is not None
                             and not self.lexicon.word_use_before(text, start)) \
                    and not (caps and word.upper() in surnames and _AUXILIARY_AFTER.match(text, end) is not None
                             and _CLAUSE_OPENS_BEFORE.search(text, max(0, start - 30), start) is not None):
                continue  # STONE alone is a word, STONE SAID (or A NEIGHBOUR OF STONE'S) the name found before
                # (but LUCKY IS THE MINISTER'S NEPHEW after LUCKY MOTLOMELO: a word given name that opened a name;
                # fixnames48: and GRAHAM IS HELD after GRAHAM, ELLIOT J., the subject of a clause that opens there)
            out.append(Finding("PERSON", start, end, spec.score, MENTIONS, f"later mention of the name '{word}'"))
        out += word_surname_mentions(self.lexicon, findings, text, spans,  # (fixnames50: cash says, CHURCH TOLD, THE KOS)
                                     lambda start, end: self._in_place_name(text, start, end, names)
                                     or self._in_known_place(text, start, end))
        return out + self._families(parts, text, spans, surnames, given_surnames)

    def _modified_noun(self, text: str, start: int) -> bool:
        """(fixnames50) Whether an article and one word that is neither a person's noun nor a title come right before
        `start` on its line (`a great | tit`, `THE PENDULINE | TIT`; not `HER SON | TIT`, `the lawyer | Moon`)."""
        m = _ARTICLE_AND_WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is None:
            return False
        middle = m.group("word")
        return middle.lower() not in self.lexicon.person_nouns and middle.upper() not in self.lexicon.title_words \
            and middle.upper() not in self.lexicon.one_word_titles and not self.lexicon.is_given_name(middle) \
            and (middle.islower() or middle.isupper())

    def _noun_after_modifier(self, f: Finding, text: str) -> bool:
        """(fixnames50) Whether a guessed PERSON finding is one of `mentions.modified_nouns` after its modifier: in lower case
        (`great tit`, `penduline tit`, `the tit`: see `_lower_noun_use`; the modifier may open the finding), or one
        word in capitals after an article and a modifier (`THE GREAT TIT`), no person's verb after it."""
        if f.entity_type != "PERSON" or f.recognizer in self.exact or f.recognizer in self.lower_case:
            return False
        lex = self.lexicon
        words = text[f.start:f.end].split()
        if not 1 <= len(words) <= 2 or not words[-1].isalpha():
            return False
        last = words[-1]
        if last.lower() not in lex.settings.mentions.modified_nouns or lex.person_cue(text, f.start, f.end):
            return False
        if last.isupper():
            return len(words) == 1 and lex.caps_around(text, f.start, f.end, radius=60) and self._modified_noun(text, f.start)
        if not last.islower():
            return False
        if len(words) == 2:
            first = words[0]
            return first.isalpha() and first.islower() and not lex.is_given_name(first) and not lex.is_surname(first) \
                and first.upper() not in lex.stop_words and first not in lex.person_nouns and first.upper() not in lex.title_words
        return self._lower_noun_use(text, last, f.start, f.end)

    def _lower_noun_use(self, text: str, word: str, start: int, end: int) -> bool:
        """(fixnames50) Whether a name's word written in lower case that is one of `mentions.modified_nouns` (tit) is
        used as that noun: a determiner right before it (`the tit nests`), or a word in lower case that is no stop
        word, person's verb, noun or title, nor a given name (`great tit`, `penduline tit`: a modifier), where no
        person's verb or possessive follows it."""
        lex = self.lexicon
        if word not in lex.settings.mentions.modified_nouns or lex.person_cue(text, start, end):
            return False
        m = _WORD_BEFORE_MENTION.search(text, max(0, start - 30), start)
        if m is None or not m.group(1).islower():
            return False
        before = m.group(1)
        return before in lex.determiners or before.upper() not in lex.stop_words and before not in lex.person_verbs \
            and before not in lex.person_nouns and before.upper() not in lex.title_words \
            and before.upper() not in lex.one_word_titles and not lex.is_given_name(before) \
            and before not in lex.settings.mentions.word_surname_words_before

    def _determiner_before(self, text: str, start: int) -> bool:
        """Whether a determiner (`names.determiners`: THE, A, HIS) is the word right before `start`."""
        m = _WORD_BEFORE_MENTION.search(text, max(0, start - 20), start)
        return m is not None and m.group(1).lower() in self.lexicon.determiners

    @functools.cached_property
    def _family_pattern(self) -> re.Pattern[str] | None:
        spec = self.lexicon.settings.mentions
        if not spec.family_articles or not spec.family_plural_endings:
            return None
        articles = "|".join(re.escape(w) for w in spec.family_articles)
        joiners = "|".join(re.escape(w) for w in spec.family_joiners) or r"(?!)"
        gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a space, or one line end (THE\nEKHATORS AND THE IYAMUS)
        # (fixnames46) a surname's particles between the article and the plural (THE DE KRETSERS, the van der Merwes);
        # a plural's possessive apostrophe after it (THE PERSAUDS' SHOP)
        particles = "|".join(re.escape(w) for w in sorted(self._family_particles, key=len, reverse=True)) or r"(?!)"
        lead = rf"(?:(?i:{particles}){gap}){{0,2}}"
        end = r"(?![\w\-]|['\u2019][\w'\u2019])"
        return re.compile(rf"(?<![\w'\u2019\-])(?i:{articles}){gap}(?P<lead>{lead})(?P<name>[^\W\d_][\w'\-]*?[^\W\d_']){end}"
                          rf"(?:{gap}(?i:{joiners}){gap}(?i:{articles}){gap}(?P<lead2>{lead})(?P<other>[^\W\d_][\w'\-]*?[^\W\d_']){end})?")

    @functools.cached_property
    def _family_particles(self) -> list[str]:
        """The particles of `names.particles` that can open a family's surname (de, van, der; not d/o, y)."""
        return [w for w in self.lexicon.settings.names.particles if len(w) >= 2 and w.isalpha()]

    def _families(self, parts: set[str], text: str, spans: list[tuple[int, int]],
                  surnames: frozenset[str] | set[str] = frozenset(),
                  given_surnames: frozenset[str] | set[str] = frozenset()) -> list[Finding]:
        """A family by a surname found in this text, in the plural after an article (fixnames44: ALTON LOWRY,
        then THE LOWRYS; Ines Varga-Holt, then the Varga-Holts), and a family joined to it by `and` (THE
        LOWRYS AND THE OXLEES): `mentions.family_articles`, `family_plural_endings`, `family_joiners`. The
        plural is no word in use and no people's name (not the Greens, the Germans); the one joined is the
        plural of a known surname."""
        pattern = self._family_pattern
        if pattern is None:
            return []
        if not parts:
            return self._cued_families(text, spans, [])
        lex = self.lexicon
        spec = lex.settings.mentions
        endings = sorted({e.lower() for e in spec.family_plural_endings}, key=len, reverse=True)
        found = {p.upper() for p in parts}
        # (fixnames44b) the first half of a double surname found names its family too (AKHIGBE-OSULA, THE AKHIGBES)
        found |= {p.upper().partition("-")[0] for p in parts if len(p.partition("-")[0]) >= spec.min_length}
        # (fixnames47) and so does its second half, a surname of the person's (Ridley-Chase, the Chases)
        found |= {p.upper().rpartition("-")[2] for p in parts if "-" in p and len(p.rpartition("-")[2]) >= spec.min_length}
        span_starts = [s for s, _ in spans]
        rare = lex.settings.names.rare_below_zipf

        def singulars(word: str | None, word_use: bool = False, alone: bool = False) -> list[str]:
            if not word or lex.is_people(word) or lex.is_place(word) or not word[:1].isupper():
                return []
            forms = [word[:len(word) - len(ending)] for ending in endings
                     if word.lower().endswith(ending) and len(word) - len(ending) >= spec.min_length
                     and (word.isupper() or not word[len(word) - len(ending):].isupper())]
            if lex.is_common(word, rare):  # THE KINGS: a word, unless a family stands beside it and KING is a surname
                # (fixnames46b) or a person of that surname is named in the text (Bridget Ward, then the Wards)
                return [w for w in forms if word_use and (w.upper() in found or lex.is_surname(w))
                        or alone and w.upper() in surnames and (lex.is_surname(w) or not word.isupper()
                                                                or w.upper() in given_surnames)]
                # ((fixnames48b) in mixed case the surname of a full name found needs no list: Ritesh Panda, the Pandas)
            return forms

        def after_group_noun(start: int) -> bool:  # BOTH CLANS, THE BHATIS AND THE RATHORES: clans, no families
            before = _WORD_BEFORE_ARTICLE.search(text, max(0, start - 40), start)
            return before is not None and before.group(1).upper() in lex.group_nouns

        out = []
        for m in pattern.finditer(text):
            if after_group_noun(m.start()):
                continue
            # (the surname's route alone only for a plural no other plural is joined to: THE GREENS AND THE GERMANS)
            alone = m.group("other") is None or self._surname_plurals(m.group("name"), m.group("other"), endings, surnames)
            name = next((w for w in singulars(m.group("name"), alone=alone) if w.upper() in found), None)
            other = next((w for w in singulars(m.group("other"), alone=alone) if w.upper() in found), None)
            if name is None and other is None:
                continue
            # THE LOWRYS AND THE OXLEES, THE PATHANIAS AND THE GULERIAS: a family beside a family found, either side
            hits = [(group, word if word is not None else forms[-1]) for group, word, forms in (
                ("name", name, singulars(m.group("name"), other is not None)),
                ("other", other, singulars(m.group("other"), name is not None))) if word is not None or forms]
            for group, word in hits:
                start, end = m.start(group), m.end(group)
                i = bisect_right(span_starts, start)
                if i and end <= spans[i - 1][1]:
                    out.append(Finding("PERSON", start, end, spec.score, MENTIONS, f"the family of the name '{word}'"))
        if out:  # (fixnames44b) the Tings and the Laus ...; the Kings sent regrets: in mixed case, where families are
            # named, the plural of a known surname capitalized after a lower-case article is a family too
            taken = {f.start for f in out}
            for m in pattern.finditer(text):
                word = m.group("name")
                if m.start("name") in taken or not m.group()[:1].islower() or word.isupper() or after_group_noun(m.start()) \
                        or lex.is_people(word) or lex.is_place(word) or not word[:1].isupper():
                    continue
                surname = next((w for w in (word[:len(word) - len(e)] for e in endings if word.lower().endswith(e))
                                if len(w) >= spec.min_length and lex.is_surname(w)), None)
                start, end = m.start("name"), m.end("name")
                i = bisect_right(span_starts, start)
                if surname is not None and i and end <= spans[i - 1][1]:
                    out.append(Finding("PERSON", start, end, spec.score, MENTIONS, f"the family of the surname '{surname}'"))
        return out + self._cued_families(text, spans, out)

    def _surname_plurals(self, name: str, other: str, endings: list[str], surnames: frozenset[str] | set[str]) -> bool:
        """(fixnames47) Whether two plurals joined (THE NOBLES AND THE MAYS) are both plurals of known surnames, one
        of them of a person's surname named in the text (NOBLE ASKED): families both, not THE GREENS AND THE GERMANS."""
        lex = self.lexicon
        min_length = lex.settings.mentions.min_length

        def singular(word: str) -> list[str]:
            if lex.is_people(word) or lex.is_place(word) or not word[:1].isupper():
                return []
            return [word[:len(word) - len(e)] for e in endings if word.lower().endswith(e) and len(word) - len(e) >= min_length
                    and lex.is_surname(word[:len(word) - len(e)])]
        a, b = singular(name), singular(other)
        return bool(a and b) and any(w.upper() in surnames for w in a + b)

    @functools.cached_property
    def _family_cue_pattern(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        spec = self.lexicon.settings.mentions
        if not spec.family_verbs_after and not spec.family_words_before:
            return None
        verbs = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(spec.family_verbs_after, key=len, reverse=True)) or r"(?!)"
        aux = "|".join(re.escape(w) for w in sorted(spec.family_auxiliaries, key=len, reverse=True)) or r"(?!)"
        before = "|".join(re.escape(w) for w in sorted(spec.family_words_before, key=len, reverse=True)) or r"(?!)"
        gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
        adverbs = "|".join(re.escape(w) for w in sorted(spec.family_adverbs, key=len, reverse=True)) or r"(?!)"
        preps = "|".join(re.escape(w) for w in sorted(spec.family_place_prepositions, key=len, reverse=True)) or r"(?!)"
        # (fixnames46) where they are from between the plural and the verb (the Xs in Orlando want, THE XS OF
        # ENMORE, WANT; the Xs from the coast had opened), an adverb before the verb (THE XS ALSO OWN), any
        # past participle after an auxiliary (the Xs have opened), or the plural's possessive (THE XS' SHOP)
        place = rf"(?:,?{gap}(?i:{preps}){gap}(?:(?i:the){gap})?[^\W\d_][\w'\-]*(?:{gap}[A-Z][\w'\-]*)?,?)?"
        adverb = rf"(?:{gap}(?i:{adverbs}))?"
        # (THE TOBRISES ASK; the Laus deny; the Ekhators are our brothers; (the Bairds) want; the Thakurs at the dhaba "know")
        after = re.compile(rf"(?:['\u2019](?![\w'\u2019])|\)?{place}{adverb}{gap}(?:(?i:{aux})(?:{gap}(?i:not|{adverbs}))?{gap}"
                           rf"(?:(?i:{verbs})|[^\W\d_]{{2,}}(?i:ed))|(?i:{verbs}))(?![\w'\u2019\-]))")
        # (the trekker's family (the Bairds); visited the Osemwengies)
        word_before = re.compile(rf"(?<![\w'\u2019\-])(?i:{before})[ \t]*[(,:]?[ \t]*\Z")
        return after, word_before

    def _cued_families(self, text: str, spans: list[tuple[int, int]], taken: list[Finding]) -> list[Finding]:
        """fixnames45: a family whose singular is found nowhere in the text, in the plural after an article
        when the sentence says people stand there: one of `mentions.family_verbs_after` follows (after an
        auxiliary of `family_auxiliaries`: THE TOBRISES ASK, the Laus deny, the Ekhators are our brothers) or
        one of `family_words_before` comes before (family (the Bairds), visited the Osemwengies). The plural and
        its singular are capitalized, no word in use, place, people's name, organisation or stop word."""
        cues = self._family_cue_pattern
        pattern = self._family_pattern
        if cues is None or pattern is None:
            return []
        after, word_before = cues
        lex = self.lexicon
        spec = lex.settings.mentions
        rare = lex.settings.names.rare_below_zipf
        endings = sorted({e.lower() for e in spec.family_plural_endings}, key=len, reverse=True)
        starts = {f.start for f in taken}
        span_starts = [s for s, _ in spans]
        out = []
        for start, end in self._family_series(text, endings, rare):
            i = bisect_right(span_starts, start)
            if start not in starts and i and end <= spans[i - 1][1] and not lex.is_organization(text, start, end):
                starts.add(start)
                out.append(Finding("PERSON", start, end, spec.score, MENTIONS, "a family in a series of families"))
        for m in pattern.finditer(text):
            groups = [g for g in ("name", "other") if m.group(g)]
            # (fixnames46) a surname's particle before the plural says family too (THE DE VOSSERS, the van Dijks)
            if after.match(text, m.end()) is None and word_before.search(text, max(0, m.start() - 30), m.start()) is None \
                    and not m.group("lead") and not m.group("lead2"):
                continue
            before = _WORD_BEFORE_ARTICLE.search(text, max(0, m.start() - 40), m.start())
            if before is not None and before.group(1).upper() in lex.group_nouns:
                continue
            for group in groups:
                word = m.group(group)
                start, end = m.start(group), m.end(group)
                if start in starts or not self._cued_family_word(word, endings, rare):
                    continue
                lead = m.group("lead" if group == "name" else "lead2")
                if lead and lead[:1].isupper() == word[:1].isupper():
                    start = m.start("lead" if group == "name" else "lead2")  # THE DE KRETSERS: the particle is the name's
                i = bisect_right(span_starts, start)
                if i and end <= spans[i - 1][1] and not lex.is_organization(text, start, end):
                    out.append(Finding("PERSON", start, end, spec.score, MENTIONS, "a family in the plural, by the words around it"))
        return out

    @functools.cached_property
    def _family_item(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """One family of a series (an article, then the plural: THE COWIES) and what may stand between two
        (where it is from, a comma, a joiner: `OF BUCKIE, `, `, AND `)."""
        spec = self.lexicon.settings.mentions
        if not spec.family_articles or not spec.family_joiners:
            return None
        articles = "|".join(re.escape(w) for w in spec.family_articles)
        joiners = "|".join(re.escape(w) for w in spec.family_joiners)
        preps = "|".join(re.escape(w) for w in sorted(spec.family_place_prepositions, key=len, reverse=True)) or r"(?!)"
        gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
        item = re.compile(rf"(?<![\w'\u2019\-])(?i:{articles}){gap}(?P<name>[^\W\d_][\w'\-]*?[^\W\d_'])(?![\w\-'\u2019])")
        between = re.compile(rf"(?:{gap}(?i:{preps}){gap}[A-Z][\w'\-]*)?[ \t]*(?:,[ \t]*|,?{gap}(?i:{joiners}))(?:{gap}|\Z)"
                             rf"(?:(?i:{joiners}){gap})?\Z")
        return item, between

    def _family_series(self, text: str, endings: list[str], rare: float) -> list[tuple[int, int]]:
        """(fixnames46b) THE COWIES OF BUCKIE, THE WESTS OF PORTSOY, AND THE HOPES; the Stephens, the Souters
        and the Mains: three families or more in one series, one of them a plural that is no word (as
        `_cued_family_word`); then each plural of the series whose singular is a known surname is a family,
        a word or not. Returns the plurals' spans."""
        patterns = self._family_item
        if patterns is None:
            return []
        item, between = patterns
        lex = self.lexicon
        series: list[list[re.Match[str]]] = []
        for m in item.finditer(text):
            if series and between.match(text[series[-1][-1].end():m.start()]) and "\n\n" not in text[series[-1][-1].end():m.start()]:
                series[-1].append(m)
            else:
                series.append([m])
        out = []
        for items in series:
            if len(items) < 3 or not any(self._cued_family_word(m.group("name"), endings, rare) for m in items):
                continue
            for m in items:
                word = m.group("name")
                stems = [word[:len(word) - len(e)] for e in endings if word.lower().endswith(e) and len(word) - len(e) >= 2]
                if self._cued_family_word(word, endings, rare) or word[:1].isupper() and (word.isupper() or word[1:].islower()) \
                        and not lex.is_people(word) and not lex.is_place(word) \
                        and any(lex.is_surname(stem) and not lex.is_place(stem) and stem.upper() not in lex.title_words
                                for stem in stems):
                    out.append(m.span("name"))
        return out

    def _cued_family_word(self, word: str, endings: list[str], rare: float) -> bool:
        """A plural written as a name (THE TOBRISES, the Laus) that is no word, place, people or title,
        whose singular is no word in use either."""
        lex = self.lexicon
        if not word[:1].isupper() or not (word.isupper() or word[1:].islower() or "-" in word) \
                or lex.is_people(word) or lex.is_place(word) or lex.is_common(word, rare) or lex.never_a_name(word) \
                or word.upper() in lex.stop_words or word.upper() in lex.title_words or word.upper() in lex.keep_upper:
            return False
        for ending in endings:
            stem = word[:len(word) - len(ending)]
            if word.lower().endswith(ending) and len(stem) >= 2 and stem[-1:].lower() != "s" \
                    and not lex.is_common(stem, rare) and not lex.is_people(stem) and not lex.is_place(stem) \
                    and stem.upper() not in lex.stop_words and stem.upper() not in lex.title_words:
                return True
        return False

    def _word_surname_phrase(self, words: list[str]) -> list[str]:
        """The last two words of a name of three words or more when both are English words in use
        (BERNADINE IRON CLOUD, later IRON CLOUD SAID; Loretta Runs Above): a surname of two
        words, propagated whole (each word alone is a word elsewhere)."""
        if len(words) < 3:
            return []
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        first, last = words[-2], strip_possessive(words[-1])
        if not all(len(w) >= 3 and w[:1].isupper() and "'" not in w and lex.is_common(w, threshold)
                   and w.upper() not in lex.stop_words and w.upper() not in lex.title_words and not lex.never_a_name(w)
                   for w in (first, last)):
            return []
        return [f"{first} {last}"]

    def _caps_user_name_surnames(self, name: str) -> list[str]:
        """The surnames a user name in capitals may hold after one or two initials (POL/E:SHOLMSKOV,
        later HOLMSKOV): the word less its first letter or two, when the whole is one word that no
        name or word list knows (the mentions then need the same word again, whole)."""
        word = strip_possessive(name.rsplit(":", 1)[-1].strip())
        if not _CAPS_USER_NAME.fullmatch(word):
            return []
        lex = self.lexicon
        if lex.is_given_name(word) or lex.is_surname(word) or lex.is_common(word, lex.settings.names.rare_below_zipf):
            return []
        return [word[1:], word[2:]] if len(word) >= 7 else [word[1:]]

    def _given_name_more_than_word(self, word: str) -> bool:
        """A known given name that English uses less as a word than `mentions.given_name_max_zipf`
        (Alice, Laura, Dana; not Rose, Mark, Bill, nor the given names that are words: Grace, Hope):
        in mixed case at a sentence's start it is the person found before (`Wellesley, Alice G` ...
        `Alice`, signing)."""
        lex = self.lexicon
        return lex.is_given_name(word) and not lex.is_word_given_name(word) \
            and not lex.is_common(word, lex.settings.mentions.given_name_max_zipf)

    def _word_given_name_openers(self, findings: list[Finding], text: str) -> set[str]:
        """The listed given names that are words (LUCKY, PRECIOUS, GIFT) opening a name of two
        words or more found in this text, upper case: here they are that person's given name."""
        out = set()
        for f in findings:
            if f.entity_type != "PERSON":
                continue
            words = text[f.start:f.end].split()
            if len(words) >= 2 and self.lexicon.is_word_given_name(words[0]):
                out.add(strip_possessive(words[0]).upper())
        return out

    def _saint_surnames(self, text: str, f: Finding) -> list[str]:
        """A surname led by a saint's word inside a name found after its first word (KEITHLEY ST.
        HILL-BRATHWAITE, later ST. HILL-BRATHWAITE CHAIRED): the whole phrase, which elsewhere
        is the same person's name, not a place's."""
        out = []
        for m in _SAINT_SURNAME.finditer(text, f.start, f.end):
            if m.start() > f.start and m.group("saint").upper().rstrip(".") in self.lexicon.saints \
                    and self._may_be_name_word(m.group("word")):
                out.append(" ".join(text[m.start():m.end("word")].split()))
        return out

    def _name_like(self, word: str) -> bool:
        """A known given name or surname that is no common word, or a capitalized word no English
        word list knows."""
        lex = self.lexicon
        names = lex.settings.names
        return word[:1].isupper() and self._may_be_name_word(word) and (
            (lex.is_given_name(word) or lex.is_surname(word)) and not lex.is_common(word, names.caps_continue_below_zipf)
            or not lex.is_common(word, names.rare_below_zipf))  # (not YOUNG of YOUNG KORYO-SARAM)

    def _hyphen_halves(self, word: str, min_length: int) -> list[str]:
        """The halves of a double name (STĂNCULESCU-VOICULESCU, later STĂNCULESCU'S alone): each
        half that may be a name word and is no English word in use (not HILL of HILL-BRATHWAITE,
        not a particle, not a syllable of a Chinese given name: MEI-KUEN, HO-YIN)."""
        halves = word.split("-")
        if len(halves) < 2 or any(len(h) < 2 for h in halves):
            return []  # (ZIA-UL-, a broken word)
        lex = self.lexicon
        threshold = lex.settings.names.rare_below_zipf
        if halves[0].lower() in lex.particles or halves[-1].lower() in lex.particles:
            return []  # AL-KAABI, ABDEL-: the particle's case is handled above
        return [h for h in halves if len(h) >= max(min_length, 4) and h[:1].isupper()
                and self._may_be_name_word(h) and not self._people_word(h) and not lex.is_common(h, threshold)
                and not lex.is_place(h)]

    @functools.cached_property
    def _alias_reader(self):
        from .recognizers.alias_name import AliasNameRecognizer

        return AliasNameRecognizer(self.lexicon, AliasNameRecognizer.Spec())

    def _parentheticals_across_units(self, text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A name read across a parenthetical set inside it (alias_name: `Levan ("Lekso")
        Tsikhelashvili`) where the parenthetical opens a line and the reader took it for a portion
        marking that opens an analysis unit (`DRITON\n(DRITA) HAXHIU`): the recognizer, which
        runs per unit, cannot see it; here the two units' edges are read together."""
        out = []
        for (a, b), (c, d) in zip(spans, spans[1:]):
            if c >= len(text) or text[c] != "(" or text[b:c].strip() or "\n" not in text[max(a, b - 1):c + 1]:
                continue
            lo, hi = max(a, b - 100), min(d, c + 150)
            for r in self._alias_reader._parenthetical_inside(text[lo:hi]):
                start, end = lo + r.start, lo + r.end
                if start < b and end > c:
                    out.append(Finding("PERSON", start, end, r.score, "AliasNameRecognizer",
                                       r.analysis_explanation.textual_explanation if r.analysis_explanation else ""))
        return out

    def _glossed_names(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A word or two that may be a name right before a gloss in parentheses that says a person
        (names30): the gloss opens with a person's name found (`Nazar (Teuku Muhammad) called`,
        `Deda (Gjergj Deda) reports`, titles allowed before it), is a child's age (`Ikraam (9),
        Sabbontu (6)`), or is a short role in lower case or an acronym ending in a word for a
        person (`Piras (the old man)`, `Pintus (LES)`, `Lalrinawma (YMA president)`, `Kuku (one
        name)`: `names.gloss_person_words`, person_nouns, one-word titles, nouns of a doer). The
        words before the gloss are no English word in use (a known name excepted), no place,
        people, organisation, title or stop word, no acronym in mixed case, not after a word that
        makes a name a word (IN, OF, THE: the funeral home in Bree (...)) nor before a
        place word; nothing found overlaps them."""
        if "(" not in text:
            return []
        lex = self.lexicon
        span_starts = [s for s, _ in spans]
        taken = sorted((f.start, f.end) for f in findings)
        names = sorted((f.start, f.end) for f in findings if f.entity_type == "PERSON")
        out = []
        for m in _GLOSSED_NAME.finditer(text):
            start, end = m.span("name")
            unit = _unit_of(start, spans, span_starts)
            if unit is None or m.end() > unit[1]:
                continue
            i = bisect_left(taken, (end, end))
            if i and taken[i - 1][1] > start or any(a < end and start < b for a, b in taken[i:i + 1]):
                continue  # (a finding overlaps the words)
            if not self._glosses_a_person(text, m.start("gloss"), m.end("gloss"), names):
                continue
            gloss = m.group("gloss")
            if _GLOSS_AGE.fullmatch(gloss) and (self._a_count(text, start, end, m.end()) or self._counts_on_line(text, m.start())):
                continue  # (Dragunov (2) rifles, Toyota Hilux (4), Hilux (4), radios (7): things counted)
            role = _GLOSS_WORD.findall(gloss)
            known = all(lex.is_given_name(w) or lex.is_surname(w) for w in text[start:end].split())
            if role and role[-1].lower() in lex.gloss_organisation_roles and not known:
                continue  # (IGAD (MEDIATOR), Medtronic (sponsor): an organisation's role)
            nxt = re.compile(r"[ \t]+").match(text, m.end())
            if nxt is not None and any(a == nxt.end() for a, _ in names):
                continue  # (KES (PRIEST) ADMASU ...: a title glossed before the name it opens)
            caps = lex.caps_around(text, start, end)
            parts = text[start:end].split()
            # the two words, else the last alone (Officer | Pintus (LES), SAID | KUKU (ONE NAME))
            for first in ([start, end - len(parts[-1])] if len(parts) > 1 else [start]):
                words = [strip_possessive(w) for w in text[first:end].split()]
                if all(self._glossed_word(w, caps) for w in words) and not (
                        lex.is_place(text[first:end]) or lex.is_organization(text, first, end)
                        or lex.word_use_before(text, first) or lex.place_before(text, end)
                        or lex.named_after_person(text, first, end)):
                    out.append(Finding("PERSON", first, end, self.lexicon.settings.mentions.score, GLOSSED,
                                       "a name before a gloss in parentheses that says a person"))
                    break
        return out

    def _a_count(self, text: str, start: int, end: int, after: int) -> bool:
        """Whether a number in parentheses after the words at `start:end` counts things: a noun
        for things counted follows within two words, or a brand comes right before the words."""
        nxt = re.match(r"(?:[ \t]+[^\W\d_][\w\-]*){1,2}", text[after:after + 40])
        if nxt is not None and any(w.lower() in self.lexicon.gloss_count_nouns for w in nxt.group().split()):
            return True
        prev = re.search(r"([^\W\d_][\w\-]*)[ \t]+\Z", text[max(0, start - 30):start])
        words = text[start:end].split()[:-1] + ([prev.group(1)] if prev is not None else [])
        return any(self.lexicon.is_brand(w) for w in words)

    def _counts_on_line(self, text: str, pos: int) -> bool:
        """Whether the line at `pos` counts things with numbers in parentheses: one after a word in
        lower case no person's (radios (7), not children (3)) or one `_a_count` says counts."""
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        lex = self.lexicon
        for c in _COUNTED.finditer(text, line_start, line_end):
            word = c.group("word")
            if word.islower() and not (word in lex.persons_nouns or word in lex.gloss_person_words or lex.agent_noun(word)) \
                    or self._a_count(text, c.start("word"), c.end("word"), c.end()):
                return True
        return False

    def _sign_off_names(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A sign-off (names30): one to three words that may be names (`_glossed_word`: no
        English word in use unless a known name, no place, people, title, stop word or marking,
        no digit) closing the document's last line or a line that a quoted reply (`>`) follows:
        the whole line, after a dash (`- Luca`) or a closing word and a comma (`Regards, Tunde`),
        or after a sentence's end on the line (`... 31 48 07. PRATT`). On heldout9-29 such last
        lines were a person's name in 234 of 234 (most found already as signatures)."""
        lex = self.lexicon
        span_starts = [s for s, _ in spans]
        body = text.rstrip()
        ends = [len(body)] + [m.start() for m in re.finditer(r"\n(?=[ \t]*>)", body)]
        out = []
        for end in sorted(set(ends)):
            line_start = text.rfind("\n", 0, end) + 1
            m = _sign_off(lex.sign_off_words).search(text, line_start, end)
            if m is None:  # (fixnames48) thanks, innes
                m = _lower_sign_off(lex.sign_off_words).match(text, line_start, end)
                if m is None or not self._lower_case_sign_off(text, line_start, *m.span("name")):
                    continue
            start, stop = m.span("name")
            if m.group("lead") is None and m.start() > line_start and not text[line_start:start].rstrip().endswith((".", "!", "?")):
                continue
            if not text[:line_start].strip() and m.start() == line_start:
                continue  # (a line alone that is the whole text signs nothing off: KOVRANIA, a subject)
            unit = _unit_of(start, spans, span_starts)
            if unit is None or stop > unit[1] or any(ch.isdigit() for ch in text[start:stop]):
                continue
            caps = lex.caps_around(text, start, stop)
            if not all(self._glossed_word(strip_possessive(w), caps) for w in text[start:stop].split()) \
                    or lex.is_organization(text, start, stop):
                continue
            if any(f.start < stop and start < f.end and (f.entity_type != "PERSON" or f.start <= start and stop <= f.end)
                   for f in findings):
                continue  # (found already, or something else's)
            initials = re.search(r"(?<![\w.])(?:[A-Z]\.[ \t]?){1,2}[ \t]*\Z", text[line_start:start])
            if initials is not None:
                start = line_start + initials.start()  # (Officer: M. | Oyelaran)
            out.append(Finding("PERSON", start, stop, self.lexicon.settings.mentions.score, SIGN_OFF,
                               "a name signing off the text"))
        return out

    def _lower_case_sign_off(self, text: str, line_start: int, start: int, stop: int) -> bool:
        """(fixnames48) A sign-off in lower case (`thanks, innes`, `- innes (ps: ...)`) signs a message in lower
        case: the line before it is prose in lower case, or the text opens in lower case; its words are no
        English word in use (`mentions.lower_sign_off_max_zipf`) unless a known name, and none is a person's
        noun, a stop word, a title, a place or a people's."""
        lex = self.lexicon
        before_end = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        before = text[before_end:max(before_end, line_start - 1)]
        opening = re.search(r"[^\W\d_]", text)
        if not (before.strip() and lex.is_lower_case_prose(before, text, before_end)
                or opening is not None and opening.group().islower()):
            return False
        ceiling = lex.settings.mentions.lower_sign_off_max_zipf
        return all(self._glossed_word(w, False) and w.lower() not in lex.person_nouns
                   and (not lex.is_common(w, ceiling) or (lex.is_given_name(w) or lex.is_surname(w))
                        and not lex.is_common(w, lex.settings.names.caps_continue_below_zipf))
                   for w in (strip_possessive(w) for w in text[start:stop].split()))

    def _lower_case_possessives(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A word in lower case, a possessive and a person's noun or a thing a person has
        (`names.person_nouns`: `yapao's brother`, `jc's lawyer`, `ashraf's passport`), with
        the words in lower case before it that may be a name's (`tanaka fujimoto's address`)
        (names30): in notes and chats names are written in lower case. Not after a determiner
        (`the company's phone`, `her parrain's grandson`), no stop word, place, people, title,
        marking or noun for a person (`the petitioner's`); an English word in use (a known name
        excepted) only where a name's position opens: the line's or a sentence's start, after a
        title or an initial (`mrs bloom's cell`, `him. jc's lawyer`). On heldout9-29: a person
        in 34 of 36 such words (the two others after an adjective: `the civic committee's`)."""
        if "'s" not in text and "\u2019s" not in text:
            return []
        lex = self.lexicon
        span_starts = [s for s, _ in spans]
        taken = sorted((f.start, f.end) for f in findings)
        out = []
        for m in _LOWER_POSSESSIVE.finditer(text):
            if m.group("noun") not in lex.person_nouns:
                continue
            start, end = m.span("word")
            unit = _unit_of(start, spans, span_starts)
            if unit is None or m.end("noun") > unit[1]:
                continue
            i = bisect_left(taken, (end, end))
            found = bool(i and taken[i - 1][1] > start or any(a < end and start < b for a, b in taken[i:i + 1]))
            if found and not any(f.start == start and f.entity_type == "PERSON" for f in findings):
                continue
            word = m.group("word")
            if not found and not self._lower_name_word(word):
                continue
            before = _CUE_BEFORE_WORD.search(text, max(0, start - 24), start)
            if before is not None and before.group(1).lower() in lex.determiners:
                continue
            if not found and lex.is_common(word, 3.0) and not (lex.is_given_name(word) or lex.is_surname(word)) \
                    and (not self._name_position_before(text, start) or self._noun_elsewhere(text, word)):
                continue  # (fixnames47b: `the registrar, ... registrar's phone`: a noun after a determiner elsewhere)
            # the name's words before it, in lower case (tanaka | fujimoto's)
            first = start
            for _ in range(2):
                prev = _LOWER_WORD_BEFORE.search(text, max(unit[0], first - 24), first)
                if prev is None or not self._lower_name_word(prev.group("word")) \
                        or lex.is_common(prev.group("word"), 3.0) and not (lex.is_given_name(prev.group("word"))
                                                                          or lex.is_surname(prev.group("word"))):
                    break
                first = prev.start("word")
            if found and first == start:
                continue  # (found already, and no word of the name before it)
            out.append(Finding("PERSON", first, end, self.lexicon.settings.mentions.score, LOWER_POSSESSIVE,
                               "a name in lower case before a possessive and a person's noun"))
        return out

    def _noun_elsewhere(self, text: str, word: str) -> bool:
        """Whether `word` comes right after a determiner somewhere in `text` (the registrar): a noun there."""
        dets = "|".join(re.escape(d) for d in sorted(self.lexicon.determiners, key=len, reverse=True))
        return bool(dets) and re.search(r"(?<![\w'\u2019])(?:" + dets + r")[ \t]+" + re.escape(word) + r"(?![\w\-])",
                                        text, re.IGNORECASE) is not None

    def _lower_name_word(self, word: str) -> bool:
        lex = self.lexicon
        return len(word) >= 2 and not (word.upper() in lex.stop_words or word.upper() in lex.title_words
                                       or word.upper() in lex.acronyms and not (lex.is_given_name(word) or lex.is_surname(word))
                                       or word in lex.person_nouns or lex.agent_noun(word) or lex.is_place(word)
                                       or lex.is_people(word) or lex.never_a_name(word))

    @staticmethod
    def _name_position_before(text: str, start: int) -> bool:
        """Whether a name's position opens at `start`: the line's start, after a sentence's end,
        a colon, a dash, a title's abbreviation or an initial (`mrs bloom`, `d. bloom`)."""
        head = text[max(0, start - 12):start]
        return bool(re.search(r"(?:^|\n|[.!?:;>\-][ \t]+|(?:^|[ \t(])(?i:mrs?|ms|dr|mr)\.?[ \t]+)\Z", head))

    def _named_nicknames(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A nickname in quotes after a verb that gives a person's name (names30): one only a
        person takes (`the man calls himself "le Colonel"`, `goes by "cheng"`, `uses the name
        "El Ruso"`, `signs e-mails as "..."`, `a.k.a. "teacher,"`), or `called`, `named`, `known
        as`, `dubbed` right after a name found or a word for a person (`A BRAZILIAN CALLED
        "GAUCHO"`), English words or not, in any case: one to three words, no digit, no determiner
        opening it (`"a youth leader"`, `"OUR BOYS."`, `"THE TRAIN"`: the net flags those), no
        possessive, no people, place or organisation, not stop or title words only, not one word in
        lower case after `called him` (an insult: `called him "boy"`). On
        heldout9-29, 150 of 158 quoted words after such verbs were a person's before these tests
        (the others: an operation's name, a group, a people, `"MULLAH NAQIB'S NEPHEW."`)."""
        if '"' not in text and "\u201c" not in text:
            return []
        lex = self.lexicon
        span_starts = [s for s, _ in spans]
        ends = {f.end for f in findings if f.entity_type == "PERSON"}
        taken = sorted((f.start, f.end) for f in findings)
        out = []
        for m in _naming_verb(lex.naming_verbs, lex.general_naming_verbs).finditer(text):
            start, end = m.span("nick")
            while end > start and text[end - 1] in " ,.;:!?\t\n":
                end -= 1
            while start < end and text[start] in " \t\n":
                start += 1
            unit = _unit_of(start, spans, span_starts)
            if start >= end or unit is None or end > unit[1]:
                continue
            nick = text[start:end]
            words = nick.split()
            # (names32: KNOWN AS "THE CHEMIST", CALL HIM "THE LION OF OBOCK"; not used the name "The Oasis",
            # a.k.a. "the Ministry": only after a verb that names a person, or a person before the verb)
            epithet = _epithet(words) and (m.group("strong") is None or _EPITHET_VERB.search(m.group("strong")) is not None)
            if not (1 <= len(words) <= 3 or epithet) or any(ch.isdigit() for ch in nick) \
                    or words[0].lower() in lex.determiners and not epithet or re.search(r"['\u2019][sS]\b", nick):
                continue
            if all(w.upper() in lex.stop_words or w.upper() in lex.title_words or lex.never_a_name(w) for w in words) \
                    or lex.is_people(nick) or lex.is_people(words[-1]) or lex.is_place(nick) \
                    or lex.is_organization(text, start, end) or any(w.upper() in lex.organization_words for w in words):
                continue
            if m.group("general") is not None and not self._person_before_naming(text, m.start(), ends):
                continue
            common = all(lex.is_common(w, 3.0) for w in words)
            calls = "call" in (m.group("strong") or "").lower()  # (calls him, calls herself, we will call: a person's)
            if len(words) == 1 and (nick.islower() or common) and calls:
                continue  # (called him "boy", "gusano", CALL HIM "TRAITOR": an insult or an epithet)
            # (fixnames34: a woman who signs herself "Lil": only a person signs herself, by a name written as one)
            reflexive = re.search(r"(?i)self\b", m.group("strong") or "") is not None and not nick.islower()
            if common and not epithet and m.group("strong") is not None and not calls and not reflexive \
                    and not self._person_before_naming(text, m.start(), ends):
                continue  # (used the name "Jubilee", signed as "final": English words, no person before)
            i = bisect_left(taken, (end, end))
            if i and taken[i - 1][0] <= start and taken[i - 1][1] >= end:
                continue  # (found already)
            out.append(Finding("PERSON", start, end, self.lexicon.settings.mentions.score, NAMED_NICKNAME,
                               "a nickname in quotes after a verb that names a person"))
            if epithet:  # (names32: the same epithet in quotes again, "THE CHEMIST" DROVE A CAR: the same person)
                for again in re.finditer(r"[\"\u201c]" + re.escape(nick) + r"(?=[,.]?[\"\u201d])", text):
                    a, b = again.start() + 1, again.end()
                    unit = _unit_of(a, spans, span_starts)
                    if a != start and unit is not None and b <= unit[1]:
                        out.append(Finding("PERSON", a, b, self.lexicon.settings.mentions.score, NAMED_NICKNAME,
                                           "a nickname in quotes given before by a verb that names a person"))
        return out

    def _surname_first_items(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A surname written first, a comma and one to three given names as an item of a list
        (`_SURNAME_FIRST_ITEM`, names31): a line of a contact or warden list, a `To:` line, an
        applicant's field. The given words no stop or title word, people, place or word that is
        never a name, each a known given name or no English word in use (`is_common` at 3.0); the
        surname's words capitalized (its particles lower case: de, van der, al-), no stop, title
        or closing word (Regards, Best), people or organisation, the last no English word in use
        unless a known surname or given name, nor a place unless a known surname; not on a header
        line (TAGS: PGOV, BE). One given word must be a known given name, unless another item of
        the text has this form too (a list: `Zhuk, Paval` beside `Kaliada, Ales`). On heldout9-30
        the items this takes were all of a person's name in 96 of 97 (the other a greeting's word
        before a given name, `Mahalo, Leilani`, found as a name on main already). The surname, the
        given names and a quoted nickname after them are redacted together."""
        if ", " not in text and ",\t" not in text:
            return []
        lex = self.lexicon
        span_starts = [s for s, _ in spans]
        items: list[tuple[int, int, bool, bool]] = []
        for m in _SURNAME_FIRST_ITEM.finditer(text):
            start, end = m.start("surname"), m.end("nick") + 1 if m.group("nick") else m.end("given")
            unit = _unit_of(start, spans, span_starts)
            if unit is None or end > unit[1]:
                continue
            label = re.match(r"[ \t]*([A-Za-z]+)[ \t]*:", text[text.rfind("\n", 0, start) + 1:start])
            if label is not None and label.group(1).upper() in lex.header_words:
                continue  # (TAGS: PGOV, BE)
            particles = (m.group("particles") or "").split()
            if any(w.lower().rstrip("'\u2019") not in lex.particles and w not in lex.lower_case_particles for w in particles):
                continue  # (a lower-case particle too, fixnames31: af Forselles, Henrik)
            surname = re.sub(r"^[a-z]{1,3}-", "", m.group("surname")[len(m.group("particles") or ""):])
            sur_words, given = surname.split(), m.group("given").split()
            if any(w.upper() in lex.stop_words or w.upper() in lex.title_words or not lex.is_given_name(w)
                   and (lex.never_a_name(w) or lex.is_people(w) or lex.is_place(w))
                   for w in given):
                continue
            # a given word in English use: only a known surname, and only in a list (fixnames31: TEARIKI, MATA)
            common = [w for w in given if not lex.is_given_name(w) and lex.is_common(w, 3.0)]
            if any(not lex.is_surname(w) for w in common):
                continue
            if any(w.upper() in lex.stop_words or w.upper() in lex.title_words or lex.never_a_name(w) or lex.is_people(w)
                   or w.lower() in lex.sign_off_words for w in sur_words):
                continue
            last = sur_words[-1]
            known = lex.is_surname(last) or lex.is_given_name(last) or lex.is_double_name(last)
            if lex.is_common(last, 3.0) and not known or lex.is_place(surname) and not lex.is_surname(last) \
                    or lex.is_organization(text, m.start("surname"), m.end("surname")):
                continue
            items.append((start, end, any(lex.is_given_name(w) for w in given), not common))
        out = []
        plain = sum(1 for *_, clean in items if clean)
        for start, end, known_given, clean in items:
            if not known_given and plain < 2:
                continue  # (no known given name, and no list around it)
            if not clean and plain < 2:
                continue  # (a given word in English use: two other items of the list must vouch for the form)
            if any(f.start < end and start < f.end and (f.entity_type != "PERSON" or f.start <= start and end <= f.end)
                   for f in findings):
                continue  # (found already whole, or something else's)
            out.append(Finding("PERSON", start, end, self.lexicon.settings.mentions.score, SURNAME_FIRST,
                               "a surname written first and its given names, a list item"))
        return out

    def _elided_names(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A capitalized word written with an apostrophe for an elided first letter (`_ELIDED_NAME`,
        fixnames31: Sesotho `'Mampho`, `'Mathabo`, `Lehlohonolo 'Moleleki`): an apostrophe glued
        to a capital after a space or the line's start, with no closing quote after it on its
        line (`'Zari'`, `'Small Boy'` are quotations). The word without it no stop or title word,
        place, people or word never a name, and no English word in use unless a known name
        (`'Cause`, `'Til`)."""
        if "'" not in text and "\u2019" not in text:
            return []
        lex = self.lexicon
        span_starts = [s for s, _ in spans]
        out = []
        for m in _ELIDED_NAME.finditer(text):
            start, end = m.span()
            unit = _unit_of(start, spans, span_starts)
            if unit is None or end > unit[1]:
                continue
            line_end = text.find("\n", end)
            if _CLOSING_QUOTE.search(text, end, len(text) if line_end < 0 else line_end):
                continue
            word = m.group("word")
            if word.upper() in lex.stop_words or word.upper() in lex.title_words or lex.never_a_name(word) \
                    or lex.is_place(word) or lex.is_people(word):
                continue
            if lex.is_common(word, 3.0) and not (lex.is_given_name(word) or lex.is_surname(word)):
                continue
            if any(f.start <= start and end <= f.end or f.entity_type != "PERSON" and f.start < end and start < f.end
                   for f in findings):
                continue
            out.append(Finding("PERSON", start, end, self.lexicon.settings.mentions.score, ELIDED_NAME,
                               "a name written with an apostrophe for its elided first letter"))
        return out

    def _aliases_really_named(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A name in quotes said to be really a person's name found (`"U Puparu" is actually Gaetano
        Spina`, `"EL CHELE" WAS REALLY JULIO OBANDO`): one to four words written as a name, in the
        same portion, no stop, title-only, place or people words."""
        if '"' not in text and "\u201c" not in text:
            return []
        starts = {f.start for f in findings if f.entity_type == "PERSON"}
        if not starts:
            return []
        lex = self.lexicon
        span_starts = [s for s, _ in spans]
        out = []
        for m in _ALIAS_IS_REALLY.finditer(text):
            if m.end() not in starts:
                continue
            unit = _unit_of(m.start(), spans, span_starts)
            words = m.group("alias").split()
            if unit is None or m.end() > unit[1] or any(w.upper() in lex.stop_words or lex.is_people(w) for w in words) \
                    or all(w.upper() in lex.title_words for w in words) or lex.is_place(m.group("alias")):
                continue
            out.append(Finding("PERSON", m.start(), m.end("alias") + 1, self.lexicon.settings.mentions.score, NICKNAMES,
                               "a name in quotes said to be really a person's name"))
        return out

    def _bracketed_surname_first(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A person's full name, surname first with the initial of the given name, in brackets just
        after the given name found (`KHABYRYYS (SLEPTSOV, K.)`, `Banteidor (Lyngdoh, B.)`): the
        initial is the first letter of the name before the brackets, so the name vouches for it."""
        if "(" not in text:
            return []
        lex = self.lexicon
        span_starts = [s for s, _ in spans]
        out = []
        for f in findings:
            if f.entity_type != "PERSON":
                continue
            m = _BRACKETED_SURNAME_FIRST.match(text, f.end)
            if m is None or m.group("initial") != text[f.start:f.start + 1].upper():
                continue
            unit = _unit_of(f.start, spans, span_starts)
            start, end = m.span("name")
            surname = m.group("surname")
            if unit is None or end > unit[1] or surname.upper() in lex.stop_words or lex.never_a_name(surname) \
                    or surname.upper() in lex.title_words or lex.is_people(surname) or lex.is_place(surname) \
                    and not lex.is_surname(surname):
                continue
            out.append(Finding("PERSON", start, end, f.score, COORDINATED,
                               "a surname and the initial of the given name before it, in brackets"))
        return out

    def _contact_list_items(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """The items of a list of people with their contacts (names32): a line opened by a list
        marker, one to four words written as a name, a dash between spaces, then a phone number or
        an e-mail address (`1. Tin Tin Aye - 09 731 44 052`, `4. Khin Mar Lwin - khinmar.lwin@...`).
        The list vouches for its items: another item of the same form in the text holds a name
        found. An item is no place, organisation, stop, title or marking words only; the words
        no people or nationality."""
        if " - " not in text and " \u2013 " not in text:
            return []
        items = list(_CONTACT_ITEM.finditer(text))
        if len(items) < 2:
            return []
        names = sorted((f.start, f.end) for f in findings if f.entity_type == "PERSON")

        def found(a: int, b: int) -> bool:
            i = bisect_right(names, (b, b))
            return any(s < b and a < e for s, e in names[max(0, i - 3):i])

        vouched = [found(*m.span("name")) for m in items]
        if sum(vouched) < 1:
            return []
        lex = self.lexicon
        span_starts = [s for s, _ in spans]
        out = []
        for m, ok in zip(items, vouched):
            start, end = m.span("name")
            if ok:
                continue
            unit = _unit_of(start, spans, span_starts)
            if unit is None or end > unit[1]:
                continue
            words = m.group("name").split()
            if any(w.upper() in lex.stop_words or w.upper() in lex.keep_upper or lex.never_a_name(w) or lex.is_people(w)
                   or w.upper() in lex.nationalities or w.upper() in lex.organization_words for w in words) \
                    or all(w.upper() in lex.title_words for w in words) \
                    or any(lex.is_place(w) and not (lex.is_surname(w) or lex.is_given_name(w)) for w in words) \
                    or lex.is_place(" ".join(words)) or lex.is_organization(text, start, end):
                continue
            out.append(Finding("PERSON", start, end, self.lexicon.settings.mentions.score, CONTACT_ITEM,
                               "an item of a list of people with their contacts"))
        return out

    @functools.cached_property
    def _kin_nouns(self) -> frozenset[str]:
        spec = self.lexicon.settings.recognizers.get("cued_surname") or {}
        return frozenset(w.lower() for w in spec.get("kin_nouns") or ())

    def _kin_appositions(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A word written as a name with a relative's noun in apposition after it (names32): `JEMP, HIS
        BROTHER, WILL SIGN`, `Morag, his sister-in-law, drafted`, `Jemp (brother) signed`: only a
        person has a brother. The noun is one of cued_surname's `kin_nouns`, after his/her/their and
        a comma (closed by punctuation, a line's end or a clause's word) or alone in parentheses;
        the word no stop, title, marking, people, nationality, person's or doer's noun, no place
        unless a known surname, no organisation, no English word in use unless a known name, and in
        capitals only in capitals text (`UNHCR (his employer)` in mixed case is an acronym)."""
        if "(" not in text and "," not in text:
            return []
        lex = self.lexicon
        kin = self._kin_nouns
        threshold = lex.settings.names.caps_continue_below_zipf
        span_starts = [s for s, _ in spans]
        out = []
        for m in _KIN_APPOSITION.finditer(text):
            noun = (m.group("kin") or m.group("kin2") or "").lower()
            if noun not in kin:
                continue
            start, end = m.span("word")
            word = strip_possessive(m.group("word"))
            unit = _unit_of(start, spans, span_starts)
            if unit is None or end > unit[1]:
                continue
            upper = word.upper()
            if len(word) < 2 or upper in lex.stop_words or upper in lex.title_words or upper in lex.keep_upper \
                    or upper in lex.nationalities or lex.never_a_name(word) or lex.is_people(word) \
                    or word.lower() in lex.person_nouns or lex.agent_noun(word):
                continue
            named = lex.is_given_name(word) or lex.is_surname(word)
            if lex.is_place(word) and not lex.is_surname(word) or lex.is_organization(text, start, end) \
                    or not named and lex.is_common(word, threshold):
                continue
            if word.isupper() and len(word) > 1 and not lex.caps_around(text, start, end):
                continue  # (an acronym in mixed case)
            if re.search(r"(?<![\w\-])(?i:the|a|an|this|that|our|its)[ \t]+\Z", text[max(0, start - 8):start]):
                continue  # (the Party, his ...: a noun after a determiner)
            out.append(Finding("PERSON", start, end, self.lexicon.settings.mentions.score, KIN_APPOSITION,
                               "a name with a relative's noun in apposition after it"))
        return out

    def _person_before_naming(self, text: str, pos: int, ends: set[int]) -> bool:
        """Whether a name found or a word for a person (a person's noun, a one-word title, a noun
        of a doer, a people's or a nationality's word) comes right before the naming verb at `pos`."""
        head = text[max(0, pos - 40):pos]
        gap = len(head) - len(head.rstrip(" \t,"))
        if pos - gap in ends:
            return True
        m = _WORD_BEFORE_NAMING.search(head)
        if m is None:
            return False
        word, lex = m.group("word"), self.lexicon
        if m.start() + (pos - len(head)) in ends or m.end("word") + (pos - len(head)) in ends:
            return True
        return word.lower() in lex.persons_nouns or word.upper() in lex.one_word_titles or lex.agent_noun(word) \
            or lex.is_people(word) or word.upper() in lex.nationalities

    def _glossed_word(self, word: str, caps: bool) -> bool:
        lex = self.lexicon
        if len(word) < 2 or not caps and word.isupper() and len(word) <= 4:
            return False  # (an acronym in mixed case: CODEL (SBU), YMA)
        if word.upper() in lex.stop_words or word.upper() in lex.title_words or lex.never_a_name(word) \
                or lex.is_people(word) or lex.is_place(word):
            return False
        return lex.is_given_name(word) or lex.is_surname(word) or not lex.is_common(word, 3.0)

    def _glosses_a_person(self, text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
        lex = self.lexicon
        gloss = text[start:end]
        if _GLOSS_AGE.fullmatch(gloss):
            return True
        words = _GLOSS_WORD.findall(gloss)
        if not words or any(ch.isdigit() for ch in gloss):
            return False
        # a person's name found opens it, after titles at most
        k = bisect_left(names, (start, start))
        if k < len(names) and names[k][1] <= end:
            lead = text[start:names[k][0]]
            if all(w.upper() in lex.title_words for w in _GLOSS_WORD.findall(lead)) and not any(ch in lead for ch in ",;:"):
                return True
        folded = " ".join(w.lower() for w in words)
        if any(folded == g or folded.startswith(g + " ") for g in lex.gloss_person_words if " " in g):
            return True  # (one name, Yazidi)
        if len(words) > 3 or "," in gloss or ";" in gloss:
            return False
        head, last = words[:-1], words[-1]
        if not all(w.islower() or w.isupper() and len(w) <= 5 for w in words) and not gloss.isupper():
            return False  # (capitalized words in it: another name, a place)
        if any(w.lower() in lex.determiners for w in head[1:]):
            return False
        noun = last.lower()
        return noun in lex.gloss_person_words or noun in lex.persons_nouns or noun.upper() in lex.one_word_titles \
            or lex.agent_noun(last)

    def _paren_nicknames(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A nickname in quotes inside parentheses right after a name found (`AZAMAT TOKONBAEV
        ("AKE")`, `Colonel Tesfamichael Ghebrehiwet ("Wedi Keshi")`) or right before one (`"OLD
        SOLDIER" (YAW OFORI-ATTA DANQUAH)`): the parentheses and quotes say the words stand for
        the person, English words or not (a place alone is none)."""
        lex = self.lexicon
        span_starts = [s for s, _ in spans]
        out = []
        for f in findings:
            unit = _unit_of(f.start, spans, span_starts)
            if f.entity_type != "PERSON" or f.recognizer == NICKNAMES or unit is None:
                continue
            unit_start, unit_end = unit
            found = []
            after = _PAREN_NICKNAME_AFTER.match(text, f.end, min(len(text), unit_end + 40))
            if after is not None and after.end("nick") <= unit_end:  # (the gloss after it may end on the next line)
                found.append(after.span("nick"))
            before = _PAREN_NICKNAME_BEFORE.search(text, max(unit_start, f.start - 60), f.start)
            if before is not None:
                found.append(before.span("nick"))
            for start, end in found:
                words = [strip_possessive(w.strip(".,")) for w in text[start:end].split()]
                if words[0].islower() and (len(words) < 2 or lex.is_common(words[-1], 3.0) and not (
                        words[-1].upper() in lex.title_words or lex.is_people(words[-1]))):
                    continue  # ("the Applicant", "the Buyer"): a term the document defines, no nickname
                if all(w.upper() in lex.stop_words or lex.never_a_name(w) or w.upper() in lex.keep_upper for w in words) \
                        or lex.is_place(text[start:end]) or lex.is_organization(text, start, end):
                    continue
                if len(words) == 1 and words[0].isupper() and not lex.caps_around(text, start, end):
                    continue  # Dr. Okello Obuya ("UNICEF"): in mixed case, a word in capitals is an acronym
                out.append(Finding("PERSON", start, end, f.score, NICKNAMES, "a nickname in quotes next to a name"))
        return out

    def _quoted_nicknames(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """A nickname in quotes without parentheses that closes its phrase: right after a name
        found (`CALI "DHEERE", TOLD`), joined to one by and/or (`Siu-fai and "Big Beard" are`),
        or after a person's noun or one-word title (`HIS SON, "BEDO",`, `AGENT "CAMILO"` at a
        line's end); the same tests as a nickname in parentheses (no place, organisation or
        stop words only; one word in capitals in mixed case is an acronym)."""
        if '"' not in text and "\u201c" not in text and "'" not in text and "\u2018" not in text:
            return []
        lex = self.lexicon
        span_starts = [s for s, _ in spans]
        found: set[tuple[int, int]] = set()
        last_words: set[tuple[int, int]] = set()
        for f in findings:
            if f.entity_type != "PERSON" or f.recognizer == NICKNAMES:
                continue
            m = _QUOTED_AFTER_NAME.match(text, f.end)
            if m is not None and m.group("word") is not None:
                word = m.group("word")
                if not self._may_be_name_word(word) or lex.is_common(word, lex.settings.names.caps_continue_below_zipf):
                    m = None
                else:
                    last_words.add(m.span("word"))  # the name's last word, before its nickname
            if m is not None:
                found.add(m.span("nick"))
            m = _QUOTED_AND_AFTER.match(text, f.end)
            if m is not None:
                found.add(m.span("nick"))
        for m in _QUOTED_ANYWHERE.finditer(text):
            if lex.person_noun_before(text, m.start()) \
                    or self._agent_noun_before(text, m.start()) and self._quoted_alias_words(m.group("nick"), rare=False):
                found.add(m.span("nick"))
        for m in _QUOTED_OPENING.finditer(text):  # "TI KOUTO" CAN BE REACHED: a person's verb after it
            if lex.person_cue(text, m.start("nick"), m.end()) and self._quoted_alias_words(m.group("nick")):
                found.add(m.span("nick"))
        if "'" in text or "\u2018" in text:
            for m in _SINGLE_QUOTED.finditer(text):
                if lex.person_noun_before(text, m.start()) and self._quoted_name_words(m.group("nick")):
                    found.add(m.span("nick"))
        for m in _QUOTED_AFTER_AS.finditer(text):
            if self._quoted_name_words(m.group("nick")):
                found.add(m.span("nick"))
        names = sorted((f.start, f.end) for f in findings if f.entity_type == "PERSON")
        for m in _QUOTED_BEFORE_SURNAME.finditer(text):
            i = bisect_right(names, (m.start("surname"), len(text))) - 1
            if i >= 0 and names[i][1] > m.start("surname") or i + 1 < len(names) and names[i + 1][0] < m.end("surname"):
                continue  # "Lala" Sher Agha: the name found is completed with its nickname
            if self._surname_after_nickname(m) and self._person_cue_before_quote(text, m.start()):
                found.add((m.start("nick"), m.end("surname")))
            elif self._word_surname_after_nickname(text, m):
                found.add((m.start(), m.end("surname")))  # (the quotes inside: no odd quote to complete)
        out = [Finding("PERSON", start, end, self.lexicon.settings.mentions.score, NICKNAMES,
                       "the last word of a name, before its nickname in quotes") for start, end in sorted(last_words)]
        for start, end in sorted(found):
            unit = _unit_of(start, spans, span_starts)
            if unit is None or end > unit[1]:
                continue
            words = [strip_possessive(w.strip(".,")) for w in text[start:end].split()]
            if all(w.upper() in lex.stop_words or lex.never_a_name(w) or w.upper() in lex.keep_upper
                   or w.upper() in lex.title_words for w in words) \
                    or lex.is_place(" ".join(words)) or lex.is_organization(text, start, end):
                continue
            if len(words) == 1 and words[0].isupper() and not lex.caps_around(text, start, end):
                continue  # ("UNICEF"): in mixed case, a word in capitals is an acronym
            out.append(Finding("PERSON", start, end, self.lexicon.settings.mentions.score, NICKNAMES,
                               "a nickname in quotes next to a name or a person's noun"))
        return out

    def _agent_noun_before(self, text: str, pos: int) -> bool:
        """Whether a noun for a person by its form (`Lexicon.agent_noun`) comes right before the
        quote at `pos` (a comma allowed) after a possessive or an article: HIS CAMERAMAN, "KIKAS";
        HER CAMPAIGN MANAGER, "BOSS FANFAN,"; THE BOAT'S ORGANIZER, "EL CAPI"; THE SUB-AGENT,
        "DUBAI SUNIL,"; the motor pool dispatcher "Uncle Fine"."""
        m = _AGENT_NOUN_BEFORE.search(text, max(0, pos - 60), pos)
        return m is not None and self.lexicon.agent_noun(m.group("noun")) and not self.lexicon.is_place(m.group("noun"))

    def _quoted_alias_words(self, nick: str, rare: bool = True) -> bool:
        """Whether a nickname in quotes may be a name: three words at most, no stop word, marking
        or acronym in it (a quotation has them: "WE WILL WIN," "THE TALKS FAILED."), not places
        only, and (with `rare`) a known given name or a word English hardly uses among its words
        ("TI KOUTO")."""
        lex = self.lexicon
        words = [strip_possessive(w.strip(".,")) for w in nick.split()]
        if not words or len(words) > 3 or any(w.upper() in lex.stop_words or lex.never_a_name(w) or w.upper() in lex.keep_upper
                                              for w in words) or all(lex.is_place(w) for w in words):
            return False
        threshold = lex.settings.names.rare_below_zipf
        return not rare or any(len(w) > 2 and (lex.is_given_name(w) or not lex.is_common(w, threshold)) for w in words)

    def _person_cue_before_quote(self, text: str, pos: int) -> bool:
        """Whether a person's cue comes right before the quote at `pos`: a person's noun or title
        (UNION LEADER "BUCKY" BAIN, Mr. "Sonny" Saunders), `by` or `and`, or an item's opening
        (A RANCH FOREMAN, "PETE" GIMENEZ); not FOR "EXTREMIST" LEAFLET."""
        lex = self.lexicon
        if lex.person_noun_before(text, pos) or _ITEM_OPENS.search(text, max(0, pos - 4), pos) is not None:
            return True
        before = re.search(r"(?<![\w\-])([A-Za-z]+)\.?[ \t]*\n?[ \t]*\Z", text[max(0, pos - 30):pos])
        if before is None:
            return text[:pos].strip(" \t") == "" or text[:pos].rstrip(" \t").endswith("\n")
        word = before.group(1)
        return word.upper() in ("BY", "AND", "&") or word.upper() in lex.one_word_titles or word.upper() in lex.title_words

    def _surname_after_nickname(self, m: re.Match[str]) -> bool:
        """Whether the word after a nickname in quotes is a surname (`"BUCKY" BAIN`): written as a
        name in the nickname's case, a known surname English uses little or no English word, no
        place, title, marking or organisation's word; the nickname no stop words only."""
        lex = self.lexicon
        surname, nick = m.group("surname"), m.group("nick")
        if surname.isupper() != nick.isupper() or not (surname.isupper() or surname[1:].islower()) or len(surname) < 3:
            return False
        upper = surname.upper()
        if upper in lex.stop_words or upper in lex.title_words or upper in lex.keep_upper or upper in lex.organization_words \
                or lex.never_a_name(surname) or lex.is_place(surname) and not lex.is_surname(surname) \
                or self._people_word(surname):
            return False
        threshold = lex.settings.names
        # (BAIN, KWAN: no surname list knows them, and English uses them little; not "HEZBOLLAH"
        # FIGHTERS: a plural of a word in use)
        plural = upper.endswith("S") and lex.is_common(surname[:-1], _NICKNAME_SURNAME_MAX_ZIPF - 0.5)
        named = lex.is_surname(surname) and not lex.is_common(surname, threshold.caps_continue_below_zipf) \
            or not lex.is_common(surname, _NICKNAME_SURNAME_MAX_ZIPF) and not plural
        words = [strip_possessive(w.strip(".,")) for w in nick.split()]
        return named and not all(w.upper() in lex.stop_words or lex.never_a_name(w) for w in words)

    def _word_surname_after_nickname(self, text: str, m: re.Match[str]) -> bool:
        """(fixnames50b) A surname that is a word or a place's name after a nickname in quotes (`COUSIN, "SPARKY"
        HAND,`; `HIS COUSIN "BRUSHER" SALT OWES`): a person's noun right before the quote, the nickname one word
        (no stop word, marking or acronym), the surname in its case, one word of three letters or more,
        no stop word, title, marking, organisation's word, people or verb in capitals, then punctuation or a
        word in the name's case."""
        lex = self.lexicon
        surname, nick = m.group("surname"), m.group("nick")
        if " " in nick.strip() or not lex.person_noun_before(text, m.start()) or not self._quoted_alias_words(nick, rare=False) \
                or surname.isupper() != nick.isupper() or not (surname.isupper() or surname[1:].islower()) or len(surname) < 3:
            return False
        upper = surname.upper()
        if upper in lex.stop_words or upper in lex.title_words or upper in lex.keep_upper or upper in lex.organization_words \
                or lex.never_a_name(surname) or self._people_word(surname) or self._caps_verb(surname) \
                or surname.lower() in lex.person_nouns:
            return False
        after = re.match(r"[ \t]*(?:[,.;:)]|$|[ \t](?P<word>[A-Za-z]+))", text[m.end("surname"):], re.MULTILINE)
        return after is not None and (after.group("word") is None or after.group("word").isupper() == surname.isupper())

    def _quoted_name_words(self, nick: str) -> bool:
        """Whether every word of a nickname in quotes after `as`/`by` or in single quotes is a
        name word: a known given name, or no English word in use (`AS "EXCELLENT"` is a quotation)."""
        lex = self.lexicon
        threshold = lex.settings.names.rare_below_zipf
        words = [strip_possessive(w.strip(".,")) for w in nick.split()]
        return bool(words) and all(
            len(w) > 1 and not any(ch.isdigit() for ch in w)
            and (lex.is_given_name(w) or not lex.is_common(w, threshold)) and not lex.never_a_name(w)
            and w.upper() not in lex.stop_words and not lex.is_place(w) for w in words)

    def _nickname_mentions(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """Other occurrences of a nickname found in quotes (`"OLD SOLDIER" (YAW ...)`, later `OLD
        SOLDIER'S BROTHER`; `Abdourahman "Jimmy" Waberi`, later `Jimmy took notes`): the whole
        nickname, in the case it was written; a nickname of one English word in capitals only
        where it is in quotes again (`"SMALL" USES`: SMALL alone is a word)."""
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        nicks = set()
        for f in findings:
            if f.entity_type != "PERSON":
                continue
            for m in _QUOTED_IN_NAME.finditer(text, f.start, f.end):
                before = _PREVIOUS_NAME_WORD.search(text, max(f.start, m.start() - 40), m.start())
                after = _NEXT_NAME_WORD.match(text, m.end(), f.end)
                if before is not None and after is not None \
                        and all(self._name_around_nickname(w.group("word")) for w in (before, after)):
                    nicks.add(m.group("nick"))  # (not MINISTER BLAMES "STONE AGE" PORTS: a quotation)
            if f.recognizer == NICKNAMES:
                nicks.add(text[f.start:f.end])
        if not nicks:
            return []
        span_starts = [s for s, _ in spans]
        out = []
        for nick in nicks:
            words = nick.split()
            single_word = len(words) == 1 and lex.is_common(strip_possessive(words[0]), threshold) \
                and not lex.is_given_name(strip_possessive(words[0]))
            if all(w.upper() in lex.stop_words for w in words):
                continue
            pattern = r"(?<![\w'\u2019\-])" + r"(?:[ \t]+|[ \t]*\n[ \t]*)".join(re.escape(w) for w in words) \
                + r"(?:['\u2019][sS])?(?![\w\-])"
            for m in re.finditer(pattern, text):
                start, end = m.span()
                i = bisect_right(span_starts, start)
                if not i or end > spans[i - 1][1]:
                    continue
                quoted = text[start - 1:start] in "\"\u201c" and start > 0
                written = text[start:end]
                if single_word and not quoted and (written.isupper() or lex.caps_around(text, start, end)):
                    continue  # SMALL alone in capitals is a word; Jimmy in mixed case the nickname
                out.append(Finding("PERSON", start, end, self.lexicon.settings.mentions.score, MENTIONS,
                                   f"later mention of the nickname '{nick}'"))
        return out

    def _name_around_nickname(self, word: str) -> bool:
        """Whether `word`, next to a nickname in quotes inside a name, is a name word: a known
        given name or surname, or no English word in use."""
        lex = self.lexicon
        bare = strip_possessive(word)
        return lex.is_given_name(bare) or lex.is_surname(bare) or not lex.is_common(bare, lex.settings.names.rare_below_zipf)

    def _run_start(self, text: str, start: int) -> int:
        """The start of the capitalized words (at most two more, no stop word) right before
        `start` on its line, in the case of the word at `start` (IN HANGA | ROA)."""
        caps = text[start:start + 2].isupper()
        for _ in range(2):
            m = _PREVIOUS_CAPITALIZED.search(text, max(0, start - 40), start)
            if m is None or m.group("word").isupper() != caps or m.group("word").upper() in self.lexicon.stop_words \
                    or m.group("word").lower() in self.lexicon.place_prepositions:
                break
            start = m.start("word")
        return start

    def _town_after_word(self, text: str, start: int, end: int) -> bool:
        """(fixnames50b) Whether one word found is the end of a known place's name with the capitalized word right
        before it in its case (a town named after a person: NEAR PRINCE | ALBERT, FROM PRINCE | ALBERT AND)."""
        before = _PREVIOUS_KIND_WORD.search(text, max(0, start - 30), start)
        if before is None or text[before.end("word"):start].strip() or before.group("word").isupper() != text[start:end].isupper():
            return False
        return self.lexicon.is_place(f"{before.group('word')} {strip_possessive(text[start:end])}")

    def _in_known_place(self, text: str, start: int, end: int) -> bool:
        """Whether the word `text[start:end]` is part of a known place's name of two to four words
        written around it on its line (`Lexicon.is_place`: CIEGO DE AVILA, Ciudad Juárez)."""
        before = _WORDS_BEFORE_ON_LINE.search(text, max(0, start - 60), start)
        after = _WORDS_AFTER_ON_LINE.match(text, end)
        left = before.group().split() if before is not None else []
        right = after.group().split() if after is not None else []
        if not left and not right:
            return False
        word = text[start:end]
        for i in range(len(left) + 1):
            for j in range(len(right) + 1):
                if (i or j) and i + j <= 3 and self.lexicon.is_place(" ".join(left[len(left) - i:] + [word] + right[:j])):
                    return True
        return False

    def _in_place_name(self, text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
        """Whether the word `text[start:end]` stands in a place's, saint's or institution's name:
        after a saint's title or a place's kind word (`saints`, `place_words_before`: San Juan,
        Lycée Marie) that is no part of a person's name found, or before a facility's word of
        `named_after_person` (Helena Street, Margaret Hospital)."""
        lex = self.lexicon
        before = _PREVIOUS_KIND_WORD.search(text, max(0, start - 30), start)
        if before is not None and (text[before.end("word"):before.end("word") + 1] != "." or len(before.group("word")) <= 3):
            kind = before.group("word").upper()  # (St. Helena; not RUSTAVELI AVENUE. LOMIDZE SAID: a sentence's end)
            inside = bisect_right(names, (before.start("word"), len(text))) - 1
            in_name = inside >= 0 and names[inside][0] <= before.start("word") < names[inside][1] \
                and names[inside][0] < before.start("word")
            if (kind in lex.saints or kind in lex.place_words_before) and not in_name \
                    and before.group("word")[:1].isupper():
                return True  # (not `payments via Ospina's cousin`: a word in lower case opens no place's name)
        after = _NEXT_KIND_WORD.match(text, end)
        return after is not None and (after.group("word").upper() in lex.facility_words
                                      or after.group("word").upper() in lex.place_words and after.group("word")[:1].isupper()) \
            and not lex.is_surname(after.group("word"))  # (not ZUMA CAMP, a faction; KIM PARK, a surname; Galle Fort: fixnames45b)

    def _coordinated(self, findings, text, spans):
        """A lone name word joined by `and`/`or` to a name found (`GUL AGHA AND MIRWAIS;`,
        `ANTONIO DOS REIS AND "TONINHO" VIEIRA,`, `Mirwais and Gul Agha`): a word that may only be a
        name (no English word in use, or a known name that is no common word; no place, acronym
        or title) where the name visibly ends after it."""
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        span_starts = [s for s, _ in spans]
        out = []
        for f in findings:
            if f.entity_type != "PERSON":
                continue
            unit = _unit_of(f.start, spans, span_starts)
            if unit is None:
                continue
            unit_start, unit_end = unit
            candidates = []
            after = _AND_WORD_AFTER.match(text, f.end, unit_end)
            if after is not None:
                candidates.append((after.start("name"), after.end("name"), after.group("word")))
            before = _AND_WORD_BEFORE.search(text, max(unit_start, f.start - 40), f.start)
            if before is not None and _ITEM_OPENS.search(text, max(unit_start, before.start() - 40), before.start()) is not None:
                candidates.append((before.start("word"), before.end("word"), before.group("word")))
            # (the costlier tests last, for a name with a word joined to it: both are pure)
            if not candidates or self._named_thing(f, text) or self._ship(f, text):
                continue
            caps = lex.caps_around(text, f.start, f.end)
            for start, end, word in candidates:
                bare = strip_possessive(word)
                if not caps and bare.isupper() or not self._may_be_name_word(bare) or lex.is_place(bare) \
                        or bare.upper() in lex.keep_upper or lex.place_before(text, end):
                    continue
                if self._rare_name_word(bare) or (lex.is_given_name(bare) or lex.is_surname(bare)) \
                        and not lex.is_common(bare, threshold):
                    out.append(Finding("PERSON", start, end, f.score, COORDINATED,
                                       "a name word joined by and/or to a name"))
        return out

    def _between_names(self, findings: list[Finding], text: str) -> list[Finding]:
        """The middle item of a list of names (`Nguyễn Thị Kim Oanh, Lê Văn Hậu and Đỗ Minh Quang`):
        one to four capitalized words between two names found, after a comma and before `and`,
        `&` or `or`, on one line; no stop word, title, marking, people's name or place (unless a known
        name) among them,
        and one a known name or no English word in use."""
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        names = sorted((f for f in findings if f.entity_type == "PERSON"), key=lambda f: (f.start, f.end))
        out = []
        for first, second in zip(names, names[1:]):
            m = _LIST_MIDDLE.fullmatch(text, first.end, second.start)
            if m is None:
                out += self._comma_listed_given_names(first, second, text)
                continue
            words = [strip_possessive(w) for w in m.group("item").split()]
            if any(lex.never_a_name(w) or w.upper() in lex.stop_words or lex.is_people(w)
                   or w.upper() in lex.title_words and not (i > 0 and lex.is_surname(w))  # (JUNU DAS: a surname after a word)
                   for i, w in enumerate(words)) or lex.is_organization(text, *m.span("item")) \
                    or lex.is_place(m.group("item")) or lex.place_before(text, m.end("item")) \
                    or any(lex.is_place(w) and not (lex.is_given_name(w) or lex.is_surname(w)) for w in words):
                continue
            if any(lex.is_given_name(w) or lex.is_surname(w) or not lex.is_common(w, threshold) for w in words):
                out.append(Finding("PERSON", *m.span("item"), first.score, COORDINATED, "a name listed between two names"))
        return out

    def _comma_listed_given_names(self, first: Finding, second: Finding, text: str) -> list[Finding]:
        """The given names listed with commas alone between two names found, one word each and each a
        known given name, no place but a given name, stop word, title, marking or people's name
        (fixnames40: `Glen, Robin, Heather, Sandy, Dale`): in mixed case, where the list's own words say
        name, and the word is no common word in capitals."""
        lex = self.lexicon
        m = _COMMA_MIDDLE.fullmatch(text, first.end, second.start)
        if m is None or lex.caps_around(text, first.start, second.end):
            return []
        items = list(_COMMA_ITEM.finditer(text, *m.span("items")))
        if any(w.group().isupper() or not lex.is_given_name(w.group()) or lex.never_a_name(w.group())
               or w.group().upper() in lex.stop_words or w.group().upper() in lex.title_words or lex.is_people(w.group())
               for w in items):
            return []
        return [Finding("PERSON", w.start(), w.end(), first.score, COORDINATED, "a given name listed between two names")
                for w in items]

    def _table_column_names(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """The other cells of a table's column of names (a sign-in sheet, a participants' list with
        `|`, tabs or ` / ` between columns): where two rows' cells or more of a column, and at least half
        of its filled cells after the header row, are mostly names found, each other cell of one to five
        capitalized words (a note in parentheses after them left out) that is no place,
        organisation or row of common words is a name too, whole (Saw | Kyaw Lin: the honorific
        NER left out with it)."""
        if "|" not in text and "\t" not in text and " / " not in text:
            return []
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        persons = sorted((f.start, f.end) for f in findings if f.entity_type == "PERSON")
        span_starts = [s for s, _ in spans]

        def covered(start: int, end: int, share: float = 0.5) -> bool:  # this share of the cell's letters inside names found
            i = bisect_right(persons, (end, len(text)))
            first = bisect_left(persons, (start - 200, 0))  # (no name runs on longer than this)
            inside = len({at for a, b in persons[first:i] for at in range(max(a, start), min(b, end)) if text[at].isalpha()})
            letters = sum(ch.isalpha() for ch in text[start:end])
            return letters > 0 and inside >= share * letters

        out = []
        for table in _tables(text):
            columns: dict[int, list[tuple[int, int]]] = {}
            for row in table[1:]:  # (the first row may be the header)
                for index, (start, end) in enumerate(row):
                    columns.setdefault(index, []).append((start, end))
            for cells in columns.values():
                filled = [c for c in cells if any(ch.isalpha() for ch in text[c[0]:c[1]])]
                named = [c for c in filled if covered(*_cell_name(text, *c))]
                if len(named) < 2 or 2 * len(named) < len(filled):
                    continue
                for start, end in filled:
                    start, end = _cell_name(text, start, end)
                    lower = _TABLE_LOWER_NAME.fullmatch(text, start, end) is not None
                    if covered(start, end, 1.0) or not (lower or _TABLE_NAME.fullmatch(text, start, end)):
                        continue
                    if lower and any(lex.is_common(w, lex.settings.names.rare_below_zipf) or lex.is_place(w)
                                     for w in text[start:end].split()):
                        continue  # (fixnames44b: rinchen dorje | Keylong, written in lower case; not `no show`)
                    unit = _unit_of(start, spans, span_starts)
                    if unit is None or end > unit[1]:
                        continue
                    words = [strip_possessive(w) for w in text[start:end].split()]
                    if any(lex.never_a_name(w) or w.upper() in lex.stop_words for w in words) \
                            or lex.is_place(text[start:end]) or lex.is_organization(text, start, end) \
                            or all(lex.is_common(w, threshold) and not lex.is_given_name(w) for w in words):
                        continue
                    out.append(Finding("PERSON", start, end, self.lexicon.settings.mentions.score, COORDINATED,
                                       "a cell of a table's column of names"))
        return out

    def _semicolon_list_names(self, findings: list[Finding], text: str, spans: list[tuple[int, int]]) -> list[Finding]:
        """The other items of a list of names separated by semicolons or bulleted (a guest or
        candidate list: `JORDAN AL-MASRI (FULBRIGHT 2004); GEORGIA HADDAD-FREIJ (IVLP); APRIL NASSAR;
        MAY ABU-GHAZALEH; CAROLINA ZUREIKAT.`; a prisoner list, one `- NAME (NOTE), DETAIL` a
        line): in a paragraph of three items or more where two items or more, and at least
        half of them, are mostly names found, each other item of one to four capitalized words (a
        note in parentheses after it left out) that is no place, organisation or row of common
        words, with no function word, is a name too, whole (names17)."""
        if text.count(";") < 2 and len(_BULLET_ITEM.findall(text)) < 2:
            return []
        lex = self.lexicon
        threshold = lex.settings.names.caps_continue_below_zipf
        persons = sorted((f.start, f.end) for f in findings if f.entity_type == "PERSON")
        span_starts = [s for s, _ in spans]
        out = []
        for paragraph in _PARAGRAPH.finditer(text):
            items = [*_BULLET_ITEM.finditer(text, paragraph.start(), paragraph.end())]
            if paragraph.group().count(";") >= 2:
                items += _LIST_ITEM.finditer(text, paragraph.start(), paragraph.end())
            if len(items) < 3:
                continue
            named = [m for m in items if _letters_inside(text, *_item(m), persons) * 2 >= _letters(text, *_item(m))]
            if len(named) < 2 or 2 * len(named) < len(items):
                continue
            for m in items:
                start, end = _item(m)
                if _letters_inside(text, start, end, persons) == _letters(text, start, end):
                    continue  # (found whole; a part found is completed: MAY of MAY ABU-GHAZALEH)
                unit = _unit_of(start, spans, span_starts)
                if unit is None or end > unit[1]:
                    continue
                words = [strip_possessive(w) for w in re.split(r"[\s]+", text[start:end].replace("-\n", "-"))]
                if any(lex.never_a_name(w) or w.upper() in lex.title_words or lex.is_people(w)
                       or w.upper() in lex.stop_words and (i or len(words) < 2 or lex.is_common(w, 6.5))
                       for i, w in enumerate(words)) \
                        or lex.is_place(text[start:end]) or lex.is_organization(text, start, end) \
                        or lex.place_before(text, end) \
                        or all(lex.is_common(w, threshold) and not lex.is_given_name(w) for w in words):
                    continue
                out.append(Finding("PERSON", start, end, self.lexicon.settings.mentions.score, COORDINATED,
                                   "an item of a list of names"))
        return out

    @functools.cached_property
    def _transliteration(self) -> dict[str, dict[str, str]]:
        return dict(self.lexicon.settings.name_lexicon.transliteration)

    @staticmethod
    def _sentence_start(text: str, pos: int) -> bool:
        before = text[max(0, pos - 4):pos].rstrip()
        return not before or before[-1] in ".!?:)\n"

    # -- completing and merging -----------------------------------------------------------
    def _completed(self, f: Finding, text: str, memo: dict[tuple[int, int], tuple[int, int]]) -> Finding:
        """`_complete_name(f, text)`, a function of the name's span in `text` alone: a span
        completed before in this text (most names found go through both passes of `run`
        unchanged) is not completed again."""
        if f.entity_type != "PERSON":
            return f
        span = memo.get((f.start, f.end))
        if span is None:
            grown = self._complete_name(f, text)
            memo[(f.start, f.end)] = (grown.start, grown.end)
            return grown
        return f if span == (f.start, f.end) else replace(f, start=span[0], end=span[1])

    def _complete_name(self, f: Finding, text: str) -> Finding:
        """Grow a name over the parts NER tends to drop, so that no part stays visible: a
        following particle and surname (Salman al-Dosari, Pieter van der Linden, DE LA CRUZ), a
        regnal numeral (FORKI LANSANA II), the
        rest of a hyphenated surname (BRODIE-HASSAN), a nickname in quotes and the surname after
        it (UMAR "ABU SAYF" AL-DULAIMI), a middle initial and surname (DAVID A. FENTON), a known
        surname after the name (JULIAN LEYZAOLA PEREZ), particles before it (VAN DER BERG), a
        given name before it (MARGARET THATCHER, JEAN-BAPTISTE MUKENDI, María Gabriela\nSánchez)
        and, in mixed case, a capitalized word no English word list knows (Tapiwa Chirwa-Moyo)."""
        if f.entity_type != "PERSON":
            return f
        lex = self.lexicon
        start, end = f.start, f.end
        if text.count('"', start, end) % 2:  # Nur Mohammad "Shaheen: NER stopped inside a nickname
            close = text.find('"', end, end + 30)
            if close >= 0 and "\n" not in text[end:close]:
                end = close + 1
        for _ in range(6):
            grown = self._grow_right(text, start, end)
            if grown == end:
                break
            end = grown
        last = text[start:end].split()[-1] if text[start:end].split() else ""
        following = _NEXT_CAPS_WORD.match(text, end)
        if following and lex.is_given_name(last) and self._may_be_name_word(following.group("word")) \
                and not lex.is_common(following.group("word"), lex.settings.names.caps_continue_below_zipf) \
                and ("-" not in last or lex.is_surname(following.group("word"))
                     or not lex.is_common(following.group("word"), lex.settings.names.rare_below_zipf)):
            end = following.end()  # JOHN DOE: NER stopped at the given name (not ST. CLAIR-MORTIMER | CHAIRED)
        elif (word_surname := self._surname_word_after_given_name(text, start, end)) is not None:
            end = word_surname  # Ricardo Major called; TAMIKA SANDS, ASKED: a surname that is a word
        trailing = _TRAILING_INITIAL.match(text, end)
        if trailing is not None and (trailing.group("after_given") is not None and "," in text[start:end]
                                     or trailing.group("after_surname") is not None and "," not in text[start:end]
                                     and len(text[start:end].split()) == 1):
            end = trailing.end()  # Hunter, Grace M. (FS-03); Hanna, Sherif E; "Kharkongor, I." as the letter says
        elif (given_end := self._given_and_initial_end(text, start, end, trailing)) is not None \
                and (surname_first := _SURNAME_COMMA_BEFORE.search(text, max(0, start - 40), start)) is not None \
                and self._may_be_name_word(surname_first.group("word")) \
                and (not lex.is_place(surname_first.group("word")) or lex.person_noun_before(text, surname_first.start("word"))):
            # Rated employee: Hunter, Grace M. (FS-03); (fixnames50b) a place's name after a person's noun: AMCIT SALT, NORMAN J.
            start, end = surname_first.start("word"), given_end
        initials = _PREVIOUS_INITIALS.search(text, max(0, start - 60), start)
        if initials and lex.is_given_name(initials.group("word")) and self._may_be_name_word(initials.group("word")):
            start = initials.start("word")  # ROSALIND T. FROST: NER found only the surname
        particles = _PREVIOUS_PARTICLES.search(text, max(0, start - 20), start)
        if particles:
            # the particles right before the name (THAT | LE THI HONG NHUNG: THAT is no particle)
            # (the runs of non-space that start in them: searched from there, not from the text's start)
            written = list(_RUN_STARTING.finditer(text, particles.start("particles"), particles.end("particles")))
            first = strip_possessive(text[start:end].split()[0]) if text[start:end].split() else ""
            while written and not self._particle_before(text, written[0], first):
                written.pop(0)
            if written and all(self._particle_before(text, m, first) and len(m.group()) > 1 for m in written) \
                    and (not "".join(m.group() for m in written).isupper() or lex.caps_around(text, start)):  # (DAS in mixed case: a title)
                start = written[0].start()  # VAN DER BERG, De la Torre: NER dropped the particles
        nickname = _PREVIOUS_NICKNAME.search(text, max(0, start - 80), start)
        if nickname and self._may_be_name_word(nickname.group("word")):
            start = nickname.start("word")  # RENATO "BOYET" MACAPAGAL: NER found the surname
        opening = _OPENING_NICKNAME.search(text, max(0, start - 40), start)
        # before a name of two words or more on its line, a place's or brand's word in quotes is a
        # nickname too ("TATA" LUCAS BERNÁRDEZ SUAZO, "KAKA" MEHRDAD ALIZADEH)
        full = len(text[start:end].split()) > 1 and "\n" not in text[start:end]
        if opening is not None and all(self._may_be_name_word(w) and w.upper() not in lex.organization_words
                                       and (full or not lex.is_place(w) and not lex.is_brand(w))
                                       for w in opening.group("words").split()):
            start = opening.start()  # "Lala" Sher Agha: a nickname in quotes opens the name
        for _ in range(2):  # (a given name before the first half of a double surname: MUTABAR TOJIBOEVA-RAHIMOVA)
            before_growth = start
            for _ in range(3):
                m = _PREVIOUS_NAME_WORD.search(text, max(0, start - 40), start)
                if m and _first_word(text, start).lower() in lex.filiation_particles \
                        and strip_possessive(m.group("word")) == m.group("word") and not lex.never_a_name(m.group("word")):
                    start = m.start("word")  # SULTAN BIN FAHD: before "son of" comes a given name, not a title
                    continue
                opening_given = m is not None and self._opening_word_given_name(text, m, start, end)
                if not m or not (self._may_be_name_word(m.group("word")) or opening_given):
                    break
                word = m.group("word")
                if strip_possessive(word) != word:
                    break  # PDVSA'S MILLER: a possessive is another noun phrase
                if "\n" in text[m.end("word"):start] and script_of(word) != script_of(text[start:end].split()[0]):
                    break  # (fixnames47c) Riga / Buckie | Сидоренко В. П.: over a line end, a name keeps its script
                starts_with_initial = re.match(r"[A-Z]\.[ \t]", text[start:start + 3]) is not None
                rare = not lex.is_common(word, lex.settings.names.rare_below_zipf) and not lex.is_place(word) \
                    and word.upper() not in lex.keep_upper and re.search(r"[AEIOUYaeiouy]", word) is not None
                # MATHEWS PHOSA: a known surname (used as a given name) that is no common word, same line
                named = lex.is_surname(word) and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf) \
                    and not lex.is_place(word) and "\n" not in text[m.end("word"):start]
                # HIS WIFE, GRACE OGUNLEYE: a given name that is a word, opening an apposition or list item
                word_given = lex.is_word_given_name(word) and "\n" not in text[m.end("word"):start] \
                    and (_ITEM_START.search(text, max(0, m.start("word") - 40), m.start("word")) is not None
                         or lex.person_noun_before(text, m.start("word")))
                # Marcellus "Ti-Boy" Joseph-Lafeuillee: before a nickname in quotes that opens the name, a
                # word that is no common English word and no place is the given name
                before_nickname = text[start:start + 1] in "\"\u201c" and "\n" not in text[m.end("word"):start] \
                    and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf) and not lex.is_place(word) \
                    and word.lower() not in lex.person_nouns  # (THE BLOGGER "ABU WATAN": a person's noun)
                # HIS NEPHEW TEK RAJ CHAMLING, SHEIKH SALEM ODEH SWAILEM: between a person's noun or a title
                # and the name, on its line, a word in the name's case that no English word list uses much
                cued = "\n" not in text[m.end("word"):start] and lex.person_noun_before(text, m.start("word")) \
                    and word.isupper() == text[start:end].split()[0].isupper() and not self._people_word(word) \
                    and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf) \
                    and not (lex.is_place(word) and self._after_posted_office(text, m.start("word")))
                if not (lex.is_given_name(word) or starts_with_initial or rare or named or word_given or before_nickname or cued
                        or opening_given):
                    break
                start = m.start("word")
            # MA. GUADALUPE, Mohd. Irfan: an abbreviated given name; J.-P. MBUYI-KALALA, K. Venkatesh: initials
            before = _PREVIOUS_ABBREVIATION.search(text, max(0, start - 12), start)
            if before is not None and (before.group("initials") is not None and before.group().strip() not in _NOT_INITIALS
                                       and not _list_marker(text, before.start(), before.group("initials"))
                                       or (before.group("word") or "").upper() in lex.given_name_abbreviations):
                start = before.start()
            while (joined := _PREVIOUS_HYPHENATED.search(text, max(0, start - 40), start)) is not None \
                    and self._may_be_name_word(joined.group("word")):
                start = joined.start("word")  # BRODIE-HASSAN: NER found the second half
            if start == before_growth:
                break
        prefix = _PREVIOUS_WORD_SAME_LINE.search(text, max(0, start - 8), start)
        if prefix is not None and self._name_prefix(text, prefix.group("word"), start, end):
            start = prefix.start("word")  # I WAYAN SUDARSANA, Ni Kadek Sri Wahyuni: a prefix opens the name
        inverted = _PREVIOUS_INVERTED.search(text, max(0, start - 60), start)
        if inverted is not None and self._inverted_surname(text, inverted, start, end):
            start = inverted.start("word")  # BAMAKO - KONATE, SIRIMAN BOUBACAR, 12 JAN 1979: surname first
        return f if (start, end) == (f.start, f.end) else replace(f, start=start, end=end)

    def _name_prefix(self, text: str, word: str, start: int, end: int) -> bool:
        """Whether `word`, right before the name `text[start:end]`, is one of `names.name_prefixes`
        written in the name's case (I, NI in capitals; I, Ni in mixed case), the name two words or
        more (I MADE ARTAWAN; not I | MADE alone)."""
        prefixes = self._name_prefixes
        if word.upper() not in prefixes or len(re.findall(r"[^\W\d_]+", text[start:end])) < 2:
            return False
        first = text[start:end].split()[0]
        if first.isupper():
            return word.isupper()
        return word == word.capitalize() and (len(word) == 1 or not word.isupper())

    @functools.cached_property
    def _name_prefixes(self) -> frozenset[str]:
        return frozenset(w.upper() for w in self.lexicon.settings.names.name_prefixes)

    def _opening_word_given_name(self, text: str, m: re.Match[str], start: int, end: int) -> bool:
        """Whether the word `m` right before a name of two words or more found at `start` is its
        given name though a word in use (names20: DESIRE KOFFI ASSAMOI, SALEM BUKHRIS OMRAN, MONDAY
        UDO, WONDERFUL KHARKONGOR, MAN KUMARI THAPA MAGAR): in the name's case, opening an
        apposition or a list item (after a comma, semicolon, colon, parenthesis or `and`) or after a
        person's noun or one-word title (AMCIT SAID TOIHIR, PRESIDENT WONDERFUL KHARKONGOR, Kong
        Moonlight Warjri), and no function word, title, person's noun, people, marking or verb."""
        lex = self.lexicon
        word = m.group("word")
        name_words = text[start:end].split()
        if not name_words or strip_possessive(word) != word or "-" in word:
            return False
        if len(name_words) < 2 and (lex.is_common(name_words[0], lex.settings.names.rare_below_zipf)
                                    or lex.is_place(name_words[0]) or "\n" in text[m.end("word"):start]):
            return False  # (one word found: a double name or one no English word list knows, KANE-DIOUF)
        if word.isupper() != name_words[0].isupper() or not (word.isupper() or word[1:].islower()):
            return False
        upper = word.upper()
        if upper in lex.stop_words and not lex.is_given_name(word) or upper in _FUNCTION_WORDS or upper in lex.title_words \
                or upper.endswith("S") and (upper[:-1] in lex.title_words or word[:-1].lower() in lex.person_nouns) \
                or upper.endswith("ES") and word[:-2].lower() in lex.person_nouns or word.lower() in lex.person_nouns \
                or self._people_word(word) or lex.never_a_name(word) or upper in lex.keep_upper \
                or upper in lex.organization_words or lex.misspelled_title(word) \
                or self._caps_verb(word) and not lex.is_given_name(word):
            return False
        if word.isupper() and not lex.caps_around(text, m.start("word"), m.end("word")):
            return False  # (an acronym in mixed case)
        opening = _ITEM_OPENS.search(text, max(0, m.start("word") - 4), m.start("word")) is not None \
            or _AND_BEFORE.search(text, max(0, m.start("word") - 10), m.start("word")) is not None
        if "\n" in text[m.end("word"):start]:
            return opening  # a line's last word opens the name only as an item (JUDGE, SALEM\nAMER AL-MAHJOUB)
        status = _PREVIOUS_STATUS.search(text, max(0, m.start("word") - 12), m.start("word"))
        if upper in lex.stop_words or self._caps_verb(word):
            # a verb that is a given name too (SAID): only after a citizen's status word or a person's
            # noun and a comma (AMCIT SAID TOIHIR ..., HIS DEPUTY, SAID OMAR ...; not THE SPOKESMAN SAID
            # YABLOKO, nor M'COLO, SAID KWASSA-KWASSA)
            noun_comma = _PERSON_NOUN_COMMA.search(text, max(0, m.start("word") - 40), m.start("word"))
            return len(name_words) > 1 and (status is not None or noun_comma is not None
                                            and noun_comma.group("noun").lower() in lex.person_nouns)
        if len(name_words) < 2 and not (word.isupper() and lex.person_noun_before(text, m.start("word"))):
            return False  # one word found: only after a person's noun or title, in capitals (PRESIDENT WONDERFUL KHARKONGOR)
        if lex.is_place(word) and not opening:
            return False  # LEGATT CANBERRA DESMOND O'TOOLE-RAKA: a post after an office
        return opening or status is not None or lex.person_noun_before(text, m.start("word"))

    def _given_and_initial_end(self, text: str, start: int, end: int, trailing: re.Match[str] | None) -> int | None:
        """The end of a given name and its middle initial, where `text[start:end]` is the given name and the
        initial follows (`trailing`), or is both (fixnames50b: NER found `ROSS D.` of `AMCIT PLANT, ROSS D. ON 4
        DEC`); None when it is not."""
        lex = self.lexicon
        words = text[start:end].split()
        if not words or not (lex.is_given_name(words[0]) or lex.is_word_given_name(words[0])):
            return None
        if len(words) == 1 and trailing is not None and trailing.group("after_given") is not None:
            return trailing.end()
        if len(words) == 2 and re.fullmatch(r"[A-Z]\.?", words[1]) and lex.is_given_name(words[0]):
            return end + 1 if text[end:end + 1] == "." and not words[1].endswith(".") else end
        return None

    def _surname_word_after_given_name(self, text: str, start: int, end: int) -> int | None:
        """The end of a known surname that is a word in use right after a lone given name found
        (Ricardo Major called; Amos King asked; TAMIKA SANDS, ASKED; LEROY MAJOR OF), in the name's
        case, on its line: in mixed case any such word; in capitals one closing its phrase
        (punctuation, OF, AND, WHO after it). None when there is none."""
        lex = self.lexicon
        words = text[start:end].split()
        # (fixnames50b) a given name and a middle given name found, the surname that is a word cut off (HAROLD DEAN |
        # PLANT, 71): the first a known given name (a lone one may be a word given name), the second a given name
        if not 1 <= len(words) <= 2 or not (lex.is_given_name(words[0]) or len(words) == 1 and lex.is_word_given_name(words[0])) \
                or len(words) == 2 and not (lex.is_given_name(words[1]) or lex.is_word_given_name(words[1])):
            return None
        after = _NEXT_SURNAME_WORD.match(text, end)
        if after is None:
            return None
        word = after.group("word")
        caps = words[0].isupper()
        if word.isupper() != caps or not caps and not word[1:].islower() or not lex.is_surname(word) \
                or lex.never_a_name(word) or word.upper() in lex.stop_words or lex.misspelled_title(word) \
                or word.upper() in lex.keep_upper or lex.is_place(word) \
                or word.lower() in lex.person_nouns or self._people_word(word) or self._caps_verb(word) \
                or word.upper() in lex.weekdays_and_months:
            return self._word_surname_by_layout(text, start, end, words)
        if caps and not (lex.caps_around(text, start, end) and _PHRASE_CLOSES.match(text, after.end())):
            return self._word_surname_by_layout(text, start, end, words)
        return after.end()

    def _word_surname_by_layout(self, text: str, start: int, end: int, words: list[str]) -> int | None:
        """(fixnames50b) The end of a surname no list knows as one, an English word, a place or a month (PLANT,
        SALT, SEPTEMBER), right after known given names found (`words`, from `start` to `end`), where the layout
        says the name ends there: an age after it (`HAROLD DEAN PLANT, 71,`; `KAYLA MAY SALT, AGE 9`), a person's
        verb (`AMCIT BRENDAN SALT REPORTED`) or a person's noun in parentheses (`Gemma Plant (amcit) answered`).
        One given name that is also a word may stand between (`KAYLA | MAY | SALT`). In the name's case, on its
        line; no stop word, title, acronym, people, person's noun or verb in capitals; a month not before a
        number (`JOHN MAY 3`)."""
        lex = self.lexicon
        if not lex.is_given_name(words[0]):
            return None
        caps = words[0].isupper()
        pos, middle = end, 0
        while True:
            after = _NEXT_SURNAME_WORD.match(text, pos)
            if after is None:
                return None
            word = after.group("word")
            if word.isupper() != caps or not caps and not word[1:].islower():
                return None
            if _LAYOUT_NAME_ENDS.match(text, after.end()) is not None and self._layout_name_end(text, after.end()):
                break
            if middle or len(words) > 1 or not (lex.is_given_name(word) or lex.is_word_given_name(word)):
                return None
            pos, middle = after.end(), 1  # KAYLA | MAY | SALT, AGE 9
        if lex.never_a_name(word) or word.upper() in lex.stop_words and word.upper() not in lex.weekdays_and_months \
                or lex.misspelled_title(word) or word.upper() in lex.title_words or word.upper() in lex.keep_upper \
                or word.upper() in lex.acronyms or word.lower() in lex.person_nouns or self._people_word(word) \
                or self._caps_verb(word) or lex.is_given_name(word) and not lex.is_surname(word):
            return None
        return after.end()

    def _layout_name_end(self, text: str, pos: int) -> bool:
        """Whether what follows `pos` (matched by `_LAYOUT_NAME_ENDS`) says a person's name ended there."""
        m = _LAYOUT_NAME_ENDS.match(text, pos)
        if m is None:
            return False
        if m.group("verb") is not None:
            return m.group("verb").lower() in self.lexicon.person_verbs or m.group("verb").lower() in ("reported", "reports")
        if m.group("noun") is not None:
            return m.group("noun").lower() in self.lexicon.person_nouns
        return True

    def _with_short_surname(self, f: Finding, text: str) -> Finding:
        """`f` grown left over a surname of two letters right before it (`names.short_surnames`:
        Lê | Văn Hậu, Đỗ | Minh "Tony" Quang), in the same case."""
        if f.entity_type != "PERSON" or not self._short_surnames:
            return f
        before = _SHORT_WORD_BEFORE.search(text, max(0, f.start - 4), f.start)
        if before is None or before.group("word") not in self._short_surnames \
                or before.group("word").isupper() != text[f.start:f.end].isupper():
            return f
        return replace(f, start=before.start("word"))

    @functools.cached_property
    def _short_surnames(self) -> frozenset[str]:
        words = self.lexicon.settings.names.short_surnames
        return frozenset([*words, *(w.upper() for w in words)])

    def _after_posted_office(self, text: str, start: int) -> bool:
        """Whether one of `names.posted_offices` comes right before `start` (LEGATT | CANBERRA: the post)."""
        before = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
        return before is not None and before.group("word").upper() in self.lexicon.posted_offices

    def _inverted_surname(self, text: str, m: re.Match[str], start: int, end: int) -> bool:
        """Whether `m`'s word, a comma before a name, is its surname written first (a list item
        `SURNAME, Given Names`: `- KONATE, SIRIMAN BOUBACAR, 12 JAN`, `From: Wanjiru-Castellanos,
        Bettina R`): it opens a line or a list item (after a dash, a colon or a semicolon), the
        name visibly ends, and the word may only be a name
        (no English word in use and no place, or a known surname that is none; a half of a
        double name will do), written in the name's case."""
        lex = self.lexicon
        word, name = m.group("word"), text[start:end].split()
        if not name or not self._may_be_name_word(name[0]) or word.isupper() != name[0].isupper() \
                or name_fold(word) in lex.closing_words or lex.is_place(name[0].rstrip(",")) \
                or strip_possessive(word) != word or not self._may_be_name_word(word) \
                or _INVERTED_ITEM_OPENS.search(text, max(0, m.start("word") - 20), m.start("word")) is None \
                or _INVERTED_NAME_ENDS.match(text, end) is None:
            return False
        threshold = lex.settings.names.caps_continue_below_zipf
        return (any(self._rare_name_word(part) or lex.is_surname(part) and not lex.is_common(part, threshold)
                    for part in word.split("-") if part) or self._name_list_label_before(text, m.start("word"))) \
            and not lex.is_place(word)

    def _name_list_label_before(self, text: str, start: int) -> bool:
        """Whether the word at `start` is the first of an item that a line's label names as a
        person (names29: a person's noun or one of `names.list_name_labels`: `To: Song, Ki`,
        `From: Tall, Aminata <...>`, `Name: HO, Lan`): right after the label, or after a semicolon
        on the label's line (`To: Ha, Eun-ji; Song, Ki`). There a surname written first may be an
        English word."""
        line = text.rfind("\n", 0, start) + 1
        label = _LINE_LIST_LABEL.match(text, line)
        if label is None or label.end() > start:
            return False
        between = text[label.end():start]
        if between.strip() and not between.rstrip(" \t").endswith(";"):
            return False
        return self.lexicon.names_a_list_of_persons(label.group("label"))

    def _particle_before(self, text: str, m: re.Match[str], first: str) -> bool:
        """Whether the word `m` before a name whose first word is `first` is one of its particles:
        one of `names.particles` in any case, one of `names.lower_case_particles` as written, or
        capitalized opening a sentence (`Ap Iorwerth-Price's office`), or in capitals before a
        word no English word list knows (`AF STEIG-JOENSEN`, not `AF STAFF`)."""
        lex = self.lexicon
        w = m.group()
        if w.lower() in lex.particles or w in lex.lower_case_particles:
            return True
        if w.lower() not in lex.lower_case_particles:
            return False
        if w == w[:1].upper() + w[1:].lower() and w[1:]:
            return self._sentence_start(text, m.start())
        return w.isupper() and first.isupper() and self._rare_caps_surname(first)

    def _rare_caps_surname(self, word: str) -> bool:
        """A word in capitals that may only be a name: no English word in use (each half of a
        double name), or a known surname that is no common word."""
        lex = self.lexicon
        parts = [p for p in strip_possessive(word).split("-") if p]
        return bool(parts) and self._may_be_name_word(word) and all(
            self._rare_name_word(p) or lex.is_surname(p) and not lex.is_common(p, lex.settings.names.caps_continue_below_zipf)
            for p in parts)

    def _grow_right(self, text: str, start: int, end: int) -> int:
        """`end` moved over one more part of the name, if one follows (see `_complete_name`)."""
        lex = self.lexicon
        m = self._name_tail.match(text, end)
        if m and self._may_be_name_word(m.group("word")):
            return m.end()
        m = _REGNAL.match(text, end)
        if m is not None and end > start and text[end - 1].isalpha():
            return m.end()  # FORKI LANSANA II
        m = _GENERATION.match(text, end)
        if m is not None and end > start and (text[end - 1].isalpha() or text[end - 1] in "\"\u201d"):
            return m.end()  # ROGELIO "BONG" C JR, King, Jr.
        m = self._caps_particle_tail.match(text, end)
        if m and text[start:end].isupper() and self._rare_caps_surname(m.group("word")):
            return m.end()  # BARDUR AV REYNI, FURTADO E MENEZES: a particle in capitals, then a name word
        words = text[start:end].split()
        after_particle = bool(words) and (words[-1].lower() in lex.particles or words[-1] in lex.lower_case_particles)
        nickname = _NICKNAME.match(text, end)
        following = _NEXT_NAME_WORD.match(text, nickname.end() if nickname else end)
        if following is None:
            return end
        if not self._may_be_name_word(following.group("word")):
            if nickname or after_particle:
                return end
            if self._surname_that_is_a_word(text, words, end, following):
                return following.end()
            middle = self._middle_name_that_is_a_word(text, words, end, following)
            return middle if middle is not None else end
        word = following.group("word")
        if nickname or after_particle:
            return following.end()  # UMAR "ABU SAYF" AL-DULAIMI; VAN DER | BERG
        if lex.is_patronymic(word) or words and lex.is_patronymic(words[-1]) \
                and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf) and not lex.place_before(text, following.end()):
            return following.end()  # DILNOZA | RUSTAMOVNA | ISMOILOVA: a patronymic, and the surname after it
        caps = words[-1].isupper() if words else False
        # in capitals, a word no English word list knows may be a surname no name list knows
        # (TENZIN DHONDUP, ZHANG XIULAN), taken only where the name visibly ends after it
        unknown = caps and "\n" not in text[end:following.start("word")] and self._rare_name_word(word)
        # a double surname with a known part (Olusegun | Adeyemi-Cole)
        double = "-" in word and any(lex.is_surname(part) and not lex.is_common(part, lex.settings.names.caps_continue_below_zipf)
                                     for part in word.split("-"))
        if caps != word.isupper() or not (lex.is_surname(word) or unknown or double) or lex.place_before(text, following.end()):
            return end
        boundary = _BOUNDARY.match(text, following.end())
        ends = boundary is not None and (boundary.group("next") is None or boundary.group("next").upper() in lex.stop_words)
        if (unknown or lex.is_common(word, lex.settings.names.caps_continue_below_zipf)) and not ends:
            if unknown and self._rare_words_end(text, following.end()):
                return following.end()  # ESKINDER | WOLDEGIORGIS TESFAYE OF: rare words up to the name's end
            return end  # a surname that is also a common word only where the name visibly ends
        return following.end()  # JULIAN LEYZAOLA PEREZ, CHEIKH OUSMANE FALL.

    def _surname_that_is_a_word(self, text: str, words: list[str], end: int, following: re.Match[str]) -> bool:
        """Whether the word `following` after a name (`words`, ending at `end`) is its surname
        though it is a title or a stop word too (Jonas Lapp King, wrote; Miss Ivy May, as): a
        known surname, no person's verb, written in the name's case on its line, where the name
        visibly ends (punctuation right after it; not `King of`, `MAY RESIGN`); in capitals only a title."""
        lex = self.lexicon
        word = following.group("word")
        if not words or "\n" in text[end:following.start("word")] or strip_possessive(word) != word \
                or not lex.is_surname(word) or lex.never_a_name(word) or word.lower() in lex.person_verbs:
            return False
        last = strip_possessive(words[-1])
        if last != words[-1] or not self._may_be_name_word(last) or last.isupper() != word.isupper() \
                or not word.isupper() and not word[:1].isupper():
            return False
        if word.upper() not in lex.title_words and word.isupper():
            return False  # in capitals only a title (KING): a stop word there may be the sentence's (DE STANDAARD WERE)
        return _PUNCTUATION_AFTER.match(text, following.end()) is not None

    def _middle_name_that_is_a_word(self, text: str, words: list[str], end: int, following: re.Match[str]) -> int | None:
        """The end of the surname after a middle name that is a stop word too (Miss Olive | May |
        Hendricks-Pryce), in mixed case: a known given name or surname written capitalized, on the
        name's line, before a word that may only be a name (no English word in use, or a known
        surname that is none, one half of a double name will do)."""
        lex = self.lexicon
        word = following.group("word")
        if not words or word.isupper() or "\n" in text[end:following.start("word")] or strip_possessive(word) != word \
                or not (lex.is_surname(word) or lex.is_given_name(word)) or lex.never_a_name(word) \
                or word.upper() in lex.title_words or word.lower() in lex.person_verbs or words[-1].isupper():
            return None
        after = _NEXT_NAME_WORD.match(text, following.end())
        if after is None or "\n" in text[following.end():after.start("word")] or after.group("word").isupper() \
                or not self._may_be_name_word(after.group("word")):
            return None
        threshold = lex.settings.names.caps_continue_below_zipf
        if any(self._rare_name_word(part) or lex.is_surname(part) and not lex.is_common(part, threshold)
               for part in strip_possessive(after.group("word")).split("-") if part):
            return after.end()
        return None

    def _rare_words_end(self, text: str, pos: int) -> bool:
        """Whether one or two more rare name words follow `pos` on its line, after which the name
        visibly ends (punctuation, a line end or a stop word)."""
        for _ in range(2):
            following = _NEXT_NAME_WORD.match(text, pos)
            if following is None or "\n" in text[pos:following.start("word")] \
                    or not following.group("word").isupper() or not self._rare_name_word(following.group("word")):
                return False
            pos = following.end()
            boundary = _BOUNDARY.match(text, pos)
            if boundary is not None and (boundary.group("next") is None or boundary.group("next").upper() in self.lexicon.stop_words):
                return True
        return False

    def _rare_name_word(self, word: str) -> bool:
        """A word no English word list knows that may be part of a name: no place, acronym,
        marking or title, with a vowel (not JKIA-like letters only in capitals: DTP)."""
        lex = self.lexicon
        bare = strip_possessive(word)
        return len(bare) > 2 and not lex.is_common(bare, lex.settings.names.rare_below_zipf) and not lex.is_place(bare) \
            and bare.upper() not in lex.keep_upper and re.search(r"[AEIOUYaeiouy]", bare) is not None \
            and self._may_be_name_word(bare)

    def _may_be_name_word(self, word: str) -> bool:
        bare = strip_possessive(word)
        return not (self.lexicon.never_a_name(bare) or bare.upper() in self.lexicon.stop_words
                    or bare.upper() in self.lexicon.title_words or self.lexicon.misspelled_title(bare))

    @functools.cached_property
    def _particle(self) -> str:
        """A regex of one particle inside a name: `names.particles` in any case,
        `names.lower_case_particles` in lower case (ten Brink, not TEN YEARS), and
        `names.abbreviated_particles` with their period (ST. JOHN-LAWAL)."""
        lex = self.lexicon
        def alternatives(words):
            return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) or "(?!)"
        return (r"(?:(?i:" + alternatives(lex.particles) + r")|" + alternatives(lex.lower_case_particles)
                + r"|(?i:" + alternatives(lex.abbreviated_particles) + r")\.)")

    @functools.cached_property
    def _name_tail(self) -> re.Pattern[str]:
        return re.compile(r"(?:(?:[ \t]+" + self._particle + r")+(?:[ \t]+|[ \t]*\n[ \t]*|-)|(?<=[^\W\d_])-|[ \t]+[A-Z]\.[ \t]+"
                          r"|[ \t]+[dDpP]['\u2019](?=[" + CAPITALS + r"]))"
                          r"(?P<word>[A-Z][\w'\u2019\-]*[\w])")

    @functools.cached_property
    def _caps_particle_tail(self) -> re.Pattern[str]:
        """`names.lower_case_particles` in capitals and the word after them (AV REYNI)."""
        words = sorted((re.escape(w.upper()) for w in self.lexicon.lower_case_particles), key=len, reverse=True)
        return re.compile(r"[ \t]+(?:" + ("|".join(words) or "(?!)") + r")(?:[ \t]+|[ \t]*\n[ \t]*)"
                          r"(?P<word>[A-Z][A-Z'\u2019\-]*[A-Z])(?![\w])")

    def _merge_adjacent_names(self, findings, text):
        out: list[Finding] = []
        gap = re.compile(r"[ \t]?\n?[ \t]?|(?:[ \t]+" + self._particle + r")+[ \t]+")
        for f in findings:
            prev = out[-1] if out else None
            if (prev is not None and prev.entity_type == f.entity_type == "PERSON"
                    and (gap.fullmatch(text[prev.end:f.start]) or self._name_word_between(text, prev, f)
                         or self._parenthetical_between(text, prev, f))
                    and f.start > prev.end
                    and text[prev.end - 2:prev.end] not in ("'s", "'S")
                    and not _scripts_change(text[prev.start:prev.end], text[f.start:f.end])):
                keep = prev if prev.score >= f.score else f
                out[-1] = replace(keep, start=prev.start, end=f.end, score=max(prev.score, f.score))
                continue
            out.append(f)
        return out

    def _parenthetical_between(self, text: str, prev: Finding, f: Finding) -> bool:
        """Whether a parenthetical of one to three name words stands between two names found, on a
        line or over a line end (names26: `TAVITA (TA) LEULUAIALII`, `Anong ("Mint")` /
        `Srisawat`): a nickname, a maiden name or another script's form set inside one name. Not a
        possessive before it, no acronym, place, people or organisation inside it."""
        m = _PARENTHETICAL_GAP.fullmatch(text, prev.end, f.start)
        if m is None or text[prev.end - 2:prev.end].replace("\u2019", "'").upper() == "'S" or m.group().count("\n") > 1:
            return False
        if "\n" in m.group() and len(text[f.start:f.end].split()) > 1:
            return False  # (over a line end only a surname ends the name: not two lines of a list)
        return self._nickname_words(text, m.start("inner"), m.end("inner"))

    def _with_trailing_nickname(self, f: Finding, text: str) -> Finding:
        """A name found and a nickname in parentheses right after it that ends the phrase, on its
        line (names26: `Wanwisa (Lisa) said`): one or two capitalized words, each a known given
        name, no place, people, organisation or acronym (not `Gregory L (Aviano)`, `(UNHCR)`); or
        a parenthetical of name words and a surname after it, one line end at most (`Pairoj` /
        `(Tiger) Wongsawat`): a word in the name's case that English does not use or a known
        surname, no place or people."""
        if f.entity_type != "PERSON" or text[f.end - 2:f.end].replace("\u2019", "'").upper() == "'S":
            return f
        m = _TRAILING_NICKNAME.match(text, f.end)
        if m is not None and self._nickname_words(text, m.start("inner"), m.end("inner"), strict=True):
            return replace(f, end=m.end())
        m = _PARENTHETICAL_SURNAME.match(text, f.end)
        if m is None or m.group().count("\n") > 1:
            return f
        lex = self.lexicon
        surname = strip_possessive(m.group("surname"))
        name = text[f.start:f.end]
        if surname.isupper() != name.isupper() or not self._may_be_name_word(surname) or lex.is_place(surname) \
                or lex.is_people(surname) or surname.upper() in lex.stop_words or surname.upper() in lex.title_words \
                or lex.is_common(surname, lex.settings.names.rare_below_zipf) and not lex.is_surname(surname) \
                or not self._nickname_words(text, m.start("inner"), m.end("inner")):
            return f
        return replace(f, end=m.end("surname"))

    def _nickname_words(self, text: str, start: int, end: int, *, strict: bool = False) -> bool:
        """Whether `text[start:end]` may be a nickname or another form of a name: name words (no
        marking, acronym, stop word, title, place or people); with `strict`, no organisation's
        word either, and each a known given name (a small place in parentheses is as common there
        as a nickname: `Gregory L (Aviano)`)."""
        lex = self.lexicon
        inner = text[start:end]
        words = inner.split()
        if not words or lex.is_place(inner) or strict and lex.is_organization(text, start, end):
            return False
        for word in words:
            bare = strip_possessive(word)
            upper = bare.upper()
            if lex.never_a_name(bare) or upper in lex.stop_words or upper in lex.title_words or upper in lex.acronyms \
                    or strict and upper in lex.organization_words or lex.is_place(bare) or lex.is_people(bare):
                return False
            if bare[:1].islower() or strict and not (lex.is_given_name(bare) or lex.is_word_given_name(bare)):
                return False
        return True

    def _name_word_between(self, text: str, prev: Finding, f: Finding) -> bool:
        """Whether one known given name or surname that is a word too stands between two names
        on a line or over a line end (Miss Ivy | May | Forbes): a middle name, written in the names'
        case, no person's verb (ZAKHAROV SAID LAVROV WOULD) or title, unless a title opens the name
        already (DR. HEMIN | SARDAR | MUSTAFA BARZINJI: a name carries one title)."""
        m = _MIDDLE_WORD.fullmatch(text, prev.end, f.start)
        if m is None or m.group().count("\n") > 1:
            return False  # (one line end at most: YANG | PAO\n| THAO)
        lex = self.lexicon
        word, before, after = m.group("word"), text[prev.start:prev.end].split()[-1], text[f.start:f.end].split()[0]
        known = lex.is_given_name(word) or lex.is_surname(word) \
            or not lex.is_common(word, lex.settings.names.rare_below_zipf) and not lex.is_place(word)  # (PAO: no word in use)
        # (a title word between two names after a title is a name: DR. HEMIN | SARDAR | MUSTAFA BARZINJI)
        titled = _TITLE_BEFORE.search(text, max(0, prev.start - 30), prev.start)
        title_inside = word.upper() in lex.title_words and not (
            titled is not None and titled.group("title").upper() in lex.title_words
            and not lex.is_common(word, lex.settings.names.caps_continue_below_zipf))  # (not GENERAL, a word)
        # (a person's verb capitalized in mixed case is a name: Mme Echata | Said | Omar)
        return (known or word.upper() in lex.title_words and not title_inside) \
            and not lex.never_a_name(word) and (word.lower() not in lex.person_verbs or not word.isupper()) and not title_inside \
            and before.isupper() == word.isupper() == after.isupper() and word[:1].isupper() \
            and strip_possessive(before) == before


# a surname, a comma and the given names: the item opens at a line start, a dash, a colon or a semicolon
# a user name written as one or two initials glued to a capitalized surname (AWellesley, DSandquist-Hale)
_GLUED_INITIALS = re.compile(r"(?<![\w'\u2019\-.])[A-Z]{1,2}(?P<surname>[A-Z][a-z\u00DF-\u00FF]{2,}(?:-[A-Z][a-z\u00DF-\u00FF]+)?)(?![\w'\u2019\-])")
_DRAFTING_RECOGNIZER = "DraftingLineRecognizer"
_CAPS_USER_NAME = re.compile(r"[A-Z]{6,}(?:-[A-Z]{2,})?")
_PREVIOUS_INVERTED = re.compile(rf"(?<![\w\-'\u2019])(?P<word>[{_UPPER}][{_LETTER}'\u2019\-]*[{_LETTER}]),[ \t]+\Z")
_INVERTED_ITEM_OPENS = re.compile(r"(?:^|[:;][ \t]*|[ \t][\-\u2013\u2014][ \t]+)\Z", re.MULTILINE)
# a line's label (To:, Applicant:, Drafted by:) before a list of names (`_name_list_label_before`)
_LINE_LIST_LABEL = re.compile(r"[ \t]*(?P<label>[A-Za-z][A-Za-z' ]{0,18}[A-Za-z])[ \t]*:[ \t]*")
_INVERTED_NAME_ENDS = re.compile(r"[ \t]*(?:[,;(\[<]|$)", re.MULTILINE)
_COLUMN_GAP = re.compile(r"[ \t]*\t[ \t]*| {3,}")  # between the columns of a table
_PUNCTUATION_AFTER = re.compile(r"[,;:)]|\.(?:\s|\Z)")
# a parenthetical of one to three words, in quotes or not, between two names (TAVITA (TA) LEULUAIALII)
_PARENTHETICAL_GAP = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)\([ \t]*[\"\u201c]?(?P<inner>[^\W\d_][\w'\u2019\-]*(?:[ \t]+[^\W\d_][\w'\u2019\-]*){0,2})"
                                r"[\"\u201d]?[ \t]*\)(?:[ \t]+|[ \t]*\n[ \t]*)")
# ... and one or two capitalized words in parentheses right after a name, ending its phrase (Ploy (Nok))
_TRAILING_NICKNAME = re.compile(r"[ \t]*\([\"\u201c]?(?P<inner>[" + CAPITALS + r"][\w'\u2019\-]*(?:[ \t]+[" + CAPITALS
                                + r"][\w'\u2019\-]*)?)[\"\u201d]?\)(?=[ \t]*(?:[,.;:!?]|$|[ \t][a-z]))", re.MULTILINE)
# ... or a parenthetical of one or two words and the surname after it (Pairoj\n(Tiger) Wongsawat)
_PARENTHETICAL_SURNAME = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)\([ \t]*[\"\u201c]?(?P<inner>[^\W\d_][\w'\u2019\-]*(?:[ \t]+[^\W\d_][\w'\u2019\-]*)?)"
                                    r"[\"\u201d]?[ \t]*\)(?:[ \t]+|[ \t]*\n[ \t]*)(?P<surname>[" + CAPITALS + r"][\w'\u2019\-]*\w)(?![\w'\u2019\-])")
_MIDDLE_WORD = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<word>[A-Z][A-Za-z'\u2019\-]*[A-Za-z])(?:[ \t]+|[ \t]*\n[ \t]*)")
_TITLE_BEFORE = EndAnchored(r"(?<![\w'\u2019\-])(?P<title>[A-Za-z]+)\.?[ \t]+\Z", SPACES, optional("."), WORD_RUN)
_POSSESSIVE = re.compile(r"['\u2019][sS](?![\w'\u2019])")
_CONTACT_TYPES = frozenset({"EMAIL_ADDRESS", "URL", "SOCIAL_HANDLE"})


_TABLE_LOWER_NAME = re.compile(r"[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF'\u2019\-]+(?:[ \t]+[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF'\u2019\-]+){1,3}")
_TABLE_NAME = re.compile(r"[" + CAPITALS + r"][\w'\u2019.\-]*(?:[ \t]+[" + CAPITALS + r"][\w'\u2019.\-]*){0,4}")
# (fixnames44b: a slash between spaces too, a sign-in sheet's `Name / organisation / phone`)
_CELL_SEPARATOR = re.compile(r"[ \t]*(?:\||\t)[ \t]*|[ \t]+/[ \t]+")


def _tables(text: str) -> list[list[list[tuple[int, int]]]]:
    """The tables of `text`: runs of two lines or more cut into the same number (two or more) of
    cells by `|`, tabs or a slash between spaces; each a list of rows, each row the (start, end) of its cells, trimmed."""
    tables: list[list[list[tuple[int, int]]]] = []
    current: list[list[tuple[int, int]]] = []
    pos = 0
    for line in text.split("\n"):
        cells, start = [], pos
        for m in _CELL_SEPARATOR.finditer(text, pos, pos + len(line)):
            cells.append((start, m.start()))
            start = m.end()
        cells.append((start, pos + len(line)))
        cells = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip())) for a, b in cells]
        if len(cells) >= 2 and (not current or len(cells) == len(current[0])):
            current.append(cells)
        else:
            if len(current) >= 2:
                tables.append(current)
            current = [cells] if len(cells) >= 2 else []
        pos += len(line) + 1
    if len(current) >= 2:
        tables.append(current)
    return tables


# (fixnames48) a name written surname first: the surname, then a comma and given names, or initials ending the
# name (BELL, ARNOLD T.; ROUTLEDGE M.; not JOHN A. SMITH)
_SURNAME_FIRST = re.compile(r"(?P<surname>[^\W\d_][\w'\u2019\-]+)(?:,[ \t]+[^\n]+|[ \t]+(?:[A-Z]\.[ \t]?)+)")
# (fixnames48) a clause opens before a word: the sentence's or an item's start, a conjunction or a verb of saying
# before its subject, or an office's possessive (FPU'S HALL WAS)
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:\A|[.!?;:,(][ \t]*\n?[ \t]*|\)[ \t]+|\n[ \t]*|(?<![\w'\u2019\-])(?:SAY|SAYS|SAID|THAT|AND|BUT|WHEN|WHILE|"
    r"BECAUSE|IF|AS|SO|THEN|WHERE|ALTHOUGH|SINCE|UNTIL|UNLESS)[ \t]+|(?<![\w'\u2019\-])[A-Z]{2,6}['\u2019]S[ \t]+)\Z")
# an auxiliary or a person's verb in the past right after a given name alone opening a sentence's
# clause (LUCKY IS, Precious was, GIFT HAS)
_AUXILIARY_AFTER = re.compile(r"[ \t]+(?:IS|WAS|HAS|HAD|WILL|WOULD|COULD|DID|ALSO|is|was|has|had|will|would|could|did|also)\b")
# a paragraph: lines up to a blank line
_PARAGRAPH = re.compile(r"(?:[^\n]+\n?)+")
_LIST_WORD = r"[" + CAPITALS + r"][\w'\u2019\-]*(?:-\n[" + CAPITALS + r"][\w'\u2019\-]*)?"
# an item of a semicolon list: one to four capitalized words (on one line but for a hyphen at a
# line end), a note in parentheses, after a semicolon (then a semicolon, a full stop or the line's
# end) or at a line's start or after a colon (then a semicolon)
_LIST_NAME = r"(?P<name>" + _LIST_WORD + r"(?:[ \t]+" + _LIST_WORD + r"){0,3})(?:[ \t]*\([^()\n]{1,40}\))?"
_LIST_ITEM = re.compile(r"(?<=;)[ \t]*\n?[ \t]*" + _LIST_NAME + r"(?=[ \t]*(?:;|\.?[ \t]*(?:\n|$)))"
                        r"|(?:(?<=:)|^)[ \t]*" + _LIST_NAME.replace("?P<name>", "?P<first>") + r"(?=[ \t]*;)", re.M)


# an item of a bulleted list: a line opening with a dash, star or bullet, then a `_LIST_NAME` and
# a comma, a note in parentheses, a semicolon or the line's end
_BULLET_ITEM = re.compile(r"^[ \t]*[-*\u2022][ \t]+" + _LIST_NAME.replace("?P<name>", "?P<bullet>")
                          + r"(?=[ \t]*(?:[,;(]|$))", re.M)


def _item(m: re.Match[str]) -> tuple[int, int]:
    """The span of the name of a `_LIST_ITEM` or `_BULLET_ITEM` match."""
    for group in ("name", "first", "bullet"):
        if group in m.re.groupindex and m.group(group) is not None:
            return m.span(group)
    raise ValueError(m)


def _letters(text: str, start: int, end: int) -> int:
    return sum(ch.isalpha() for ch in text[start:end])


def _letters_inside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """The letters of `text[start:end]` inside one of `spans` (sorted)."""
    i = bisect_right(spans, (end, len(text)))
    first = bisect_left(spans, (start - 200, 0))
    return len({at for a, b in spans[first:i] for at in range(max(a, start), min(b, end)) if text[at].isalpha()})


def _cell_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A cell's span without a note in parentheses at its end (Mi Sar Dar (Mon))."""
    cell = text[start:end]
    if cell.endswith(")") and "(" in cell:
        cut = cell.rindex("(")
        end = start + len(cell[:cut].rstrip())
    return start, end


def _unit_of(pos: int, spans: list[tuple[int, int]], span_starts: list[int]) -> tuple[int, int] | None:
    """The analyzed span (unit) starting at or before `pos`, None before the first."""
    i = bisect_right(span_starts, pos)
    return spans[i - 1] if i else None


def _speakers_found_as_names(findings: list[Finding], contacts: list[Finding], text: str) -> list[Finding]:
    """Chat user names that are a person's display name (fixnames34: `[14:02] Ahmad: tell the
    americans`): a SOCIAL_HANDLE over exactly the span of a PERSON finding, written as a name
    (capitalized words of letters only, no `_`, `.` or digit a user name would have). The span
    stays withheld either way; as a PERSON its later mentions (`ahmad from the conservatory`) are
    found too."""
    persons = {(f.start, f.end) for f in findings if f.entity_type == "PERSON"}
    # (fixnames38: `hamisi: boss ...`, the speakers of a chat with no stamps, lower case and all)
    # (fixnames40: and a stamped chat line's speaker that is a known given name, `[21:04] yanky: anyone`)
    speakers = {(f.start, f.end) for f in findings
                if f.entity_type == "PERSON" and f.explanation in (CHAT_SPEAKER, GIVEN_NAME_SPEAKER)}
    # (fixnames41: and `@bepi`, a mention of a chat's speaker `bepi:` in a message: the mention is the person)
    return [c for c in contacts if c.entity_type == "SOCIAL_HANDLE" and (
        (c.start, c.end) in persons and (text[c.start].isupper() or (c.start, c.end) in speakers)
        and _DISPLAY_NAME.fullmatch(text, c.start, c.end) is not None
        or text[c.start] == "@" and (c.start + 1, c.end) in speakers and _DISPLAY_NAME.fullmatch(text, c.start + 1, c.end) is not None)]


# a display name: one to three capitalized words of letters (Ahmad, Ruth Simanjuntak)
_DISPLAY_NAME = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}")


def _without_names_inside_contacts(findings: list[Finding], text: str) -> list[Finding]:
    """Names that lie inside an e-mail address, URL or handle found as such (`ainura dot
    toktogulova at gmail dot com`, `KOFFI.YAO AT YAHOO DOT FR`): the contact is withheld whole,
    and a name finding inside it would win the overlap and leave the rest of the address visible."""
    contacts = [f for f in findings if f.entity_type in _CONTACT_TYPES]
    if not contacts:
        return findings
    display_names = _speakers_found_as_names(findings, contacts, text)
    if display_names:
        contacts = [c for c in contacts if c not in display_names]
        findings = [f for f in findings if f not in display_names]
    out = []
    for f in findings:
        if f.entity_type == "PERSON":
            if any(c.start <= f.start and f.end <= c.end for c in contacts):
                continue
            for c in contacts:  # a name that begins or ends inside an e-mail address and goes on past it is
                if c.entity_type != "EMAIL_ADDRESS":  # cut at its edge (fixnames31: `... DOT GOV DOT CK` +
                    continue  # `\nNGIRMANG, KLOULECHAD`); not a URL read inside a name (`J.An|twi-Boakye`)
                if c.start < f.start < c.end < f.end:
                    rest = text[c.end:f.end]
                    f = replace(f, start=c.end + len(rest) - len(rest.lstrip()))
                elif f.start < c.start < f.end < c.end:
                    f = replace(f, end=f.start + len(text[f.start:c.start].rstrip()))
            if not any(ch.isalpha() for ch in text[f.start:f.end]):
                continue
        out.append(f)
    return out


def _with_possessive(f: Finding, text: str, spans: list[tuple[int, int]], span_starts: list[int]) -> Finding:
    """A name followed by a possessive (`DOE'S`, `Doe's`) covers it: the redaction takes the
    whole written word, and the `'s` left after a box says nothing a reader needs."""
    if f.entity_type != "PERSON" or not _POSSESSIVE.match(text, f.end) or not text[f.end - 1:f.end].isalpha():
        return f
    end = f.end + 2
    i = bisect_right(span_starts, f.start)
    if not i or end > spans[i - 1][1]:
        return f  # the possessive lies outside the analyzed span
    return replace(f, end=end)


def _entry_line_breaks(findings: list[Finding], text: str) -> set[int]:
    """(fixnames44b) The line ends inside a list of names written one a line: a name found on a line
    of its own, opening it (after a bullet or a number), and another one opening the next line
    (`OSAZUWA, BLESSING I.` / `AIWERIOBA, PRECIOUS O.`; `TIONG K.S. - 016...` / `LING H.M. - 013...`).
    Found before the names are grown, which may join two entries over the line end."""
    lines, entries = set(), set()
    for f in findings:
        if f.entity_type != "PERSON" or "\n" in text[f.start:f.end]:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        if _ENTRY_OPENING.fullmatch(text, line_start, f.start):
            lines.add(line_start)
            if _ENTRY_CLOSING.match(text, f.end):  # (the name ends its line or a cell: no sentence goes on)
                entries.add(line_start)
    breaks = set()
    for line_start in entries:
        end = text.find("\n", line_start)
        if end >= 0 and end + 1 in lines:
            breaks.add(end)
    return breaks


def _cut_at_line_breaks(findings: list[Finding], text: str, breaks: set[int]) -> list[Finding]:
    """Names cut at the line ends of `_entry_line_breaks`, so that no span joins two entries of a list
    (the end of one and the start of the next), each piece without the spaces around the break."""
    if not breaks:
        return findings
    out = []
    for f in findings:
        inside = sorted(b for b in breaks if f.start < b < f.end) if f.entity_type == "PERSON" else []
        if not inside:
            out.append(f)
            continue
        start = f.start
        for b in [*inside, f.end]:
            end = b
            while end > start and text[end - 1] in " \t\n":
                end -= 1
            if end > start:
                out.append(replace(f, start=start, end=end))
            start = b + 1
            while start < f.end and text[start] in " \t":
                start += 1
    return out


_WORD_BEFORE_ARTICLE = re.compile(r"([^\W\d_]+)[ \t]*,?(?:[ \t]+|[ \t]*\n[ \t]*)\Z")
_ENTRY_CLOSING = re.compile(r"[ \t]*(?:\n|\Z|[,(/|\t\u2013\u2014]|-[ \t])")
_ENTRY_OPENING = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+|\d{1,3}[.)][ \t]+)?")


def _union_of_overlapping_names(findings: list[Finding], entity: str = "PERSON") -> list[Finding]:
    """PERSON findings that overlap become one, over the union of their spans, with the
    recognizer and score of the best: `BLACK, THEODORE R.` is not cut to spaCy's `THEODORE`
    (every part one recognizer calls a name stays withheld). The same for STREET_ADDRESS
    (fixnames49b: `23 LONG DROVE, MANEA` and `23 LONG DROVE, MANEA, MARCH PE15 0JN` are one address)."""
    names = sorted((f for f in findings if f.entity_type == entity), key=lambda f: (f.start, f.end))
    out = [f for f in findings if f.entity_type != entity]
    group: list[Finding] = []
    reach = -1
    for f in [*names, None]:
        if f is not None and group and f.start < reach:
            group.append(f)
            reach = max(reach, f.end)
            continue
        if group:
            best = max(group, key=lambda g: (g.score, g.end - g.start, g.recognizer))
            start, end = group[0].start, reach
            out.append(best if (best.start, best.end) == (start, end) else replace(best, start=start, end=end))
        if f is not None:
            group, reach = [f], f.end
    return out


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep the best of overlapping findings: the higher score, then the longer span (then the
    recognizer's name, so that equal findings resolve the same way in every process).

    Kept findings do not overlap one another, so sorted by start their ends rise too: a
    candidate overlaps some kept finding exactly when it overlaps the last one starting before
    its end (found by bisection, so the whole is O(n log n), not O(n^2))."""
    kept: list[Finding] = []
    starts: list[int] = []  # starts of the kept findings of positive length, sorted
    spans: list[Finding] = []  # those findings, in the same order
    empty: list[Finding] = []  # kept findings of no length (none in practice): checked one by one
    for f in sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start, f.recognizer, f.entity_type)):
        i = bisect_left(starts, f.end)
        if (i and spans[i - 1].overlaps(f)) or any(f.overlaps(k) for k in empty):
            continue
        kept.append(f)
        if f.end > f.start:
            starts.insert(i, f.start)
            spans.insert(i, f)
        else:
            empty.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))
