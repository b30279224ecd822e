"""Given-name and surname lexicons: the rules' own list plus Faker's person providers (MIT,
released monthly) for the locales rules/entities.yaml lists under `name_lexicon` (`rare_locales`:
only their names that English uses less than `rare_max_zipf`).

Names are indexed upper-case without diacritics (`YILMAZ` for Yılmaz, as cables write them);
Cyrillic names are also transliterated to Latin (`SOKOLOVA` for Соколова) with the table of
`name_lexicon.transliteration`, so that ALL-CAPS cables find them. Names in their own script
(Cyrillic, Arabic) are kept as well, for names written that way inside an English document.
Built once per rules directory: about 0.5 s and 25 MB (benchmarks/ner_models.py measures it).
"""
from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass

from ..config import Rules, RulesError
from ..folding import name_fold
from .settings import load_settings

_FIRST = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
          "middle_names", "middle_names_male", "middle_names_female")
_LAST = ("last_names", "last_names_male", "last_names_female", "last_names_nonbinary")


@dataclass(frozen=True)
class NameLexicon:
    given: frozenset[str]
    surnames: frozenset[str]


def _names(provider, attributes) -> set[str]:
    out: set[str] = set()
    for attribute in attributes:
        value = provider.__dict__.get(attribute)
        if value is None:
            for cls in provider.__mro__[1:]:
                if attribute in cls.__dict__:
                    value = cls.__dict__[attribute]
                    break
        if isinstance(value, (dict, list, tuple, set, frozenset)):
            out.update(str(v) for v in value)
    return out


def _transliterate(word: str, table: dict[str, str]) -> str:
    return "".join(table.get(ch, table.get(ch.lower(), ch)) for ch in word.lower())


def latin_forms(word: str, tables: dict[str, dict[str, str]]) -> set[str]:
    """The Latin spellings of a Cyrillic `word` by each transliteration table (`Газиев` ->
    `gaziev`), lower case; nothing for a word with no Cyrillic letter."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in word):
        return set()
    return {_transliterate(word, table) for table in tables.values()}


@functools.lru_cache(maxsize=4)
def _common_words(min_zipf: float) -> frozenset[str]:
    """The English words whose zipf frequency is `min_zipf` or more (wordfreq's bins, one per
    centibel: the list the lexicon's zipf look-ups load anyway)."""
    from wordfreq import get_frequency_list

    bins = get_frequency_list("en")
    last = int(round((9 - min_zipf) * 100))  # bin i holds the words of frequency 10^(-i/100), zipf 9 - i/100
    return frozenset(w for words in bins[:last + 1] for w in words)


@functools.lru_cache(maxsize=8)
def short_given_names(rules: Rules) -> frozenset[str]:
    """(fixnames51) Short and pet forms of given names (PAT, BEV, GAZ, BOETIE), folded: the nicknames of the data
    package `name_lexicon.short_forms_package` (`nicknames`: its NickNamer's table of a name's nicknames, of three
    letters or more and rarer than `short_forms_max_zipf`: the table gives ONE and DAY too) and the
    words of the rules file `short_forms_file` (one a line, a `#` comment after it)."""
    spec = load_settings(rules).name_lexicon
    out: set[str] = set()
    if spec.short_forms_package:
        try:
            module = importlib.import_module(spec.short_forms_package)
        except ImportError:
            raise RulesError(f"{rules.path('entities')}: key 'name_lexicon.short_forms_package': the short forms of "
                             f"given names need the package {spec.short_forms_package} (pip install "
                             f"{spec.short_forms_package})") from None
        common = _common_words(spec.short_forms_max_zipf)
        for nicknames in module.NickNamer().nickname_lookup.values():
            out.update(name_fold(n) for n in nicknames if n.isalpha() and len(n) >= 3 and n.lower() not in common)
    if spec.short_forms_file:
        path = rules.directory / spec.short_forms_file
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise RulesError(f"{path}: cannot read short forms of given names ({exc.__class__.__name__})") from None
        for line in lines:
            word = line.split("#", 1)[0].strip()
            if word:
                out.add(name_fold(word))
    return frozenset(out)


@functools.lru_cache(maxsize=8)
def name_lexicon(rules: Rules) -> NameLexicon:
    spec = load_settings(rules).name_lexicon
    given: set[str] = set()
    surnames: set[str] = set()
    if spec.locales:
        try:
            importlib.import_module("faker")
        except ImportError:
            raise RulesError(f"{rules.path('entities')}: key 'name_lexicon.locales': the name lexicons need "
                             f"the package faker (pip install faker)") from None
    rare_only = frozenset(spec.rare_locales)
    for locale in [*spec.locales, *(loc for loc in spec.rare_locales if loc not in spec.locales)]:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            raise RulesError(f"{rules.path('entities')}: key 'name_lexicon.locales': Faker has no person "
                             f"names for locale {locale!r}") from None
        first, last = _names(provider, _FIRST), _names(provider, _LAST)
        table = spec.transliteration.get(locale) or spec.transliteration.get(locale.split("_")[0])
        if locale in rare_only:  # (names rarer than rare_max_zipf only: not Dell, Red, Hand)
            common = _common_words(spec.rare_max_zipf)
            first = {n for n in first if not any(p.lower() in common for p in n.replace("-", " ").split())}
            last = {n for n in last if not any(p.lower() in common for p in n.replace("-", " ").split())}
        for names, target in ((first, given), (last, surnames)):
            for name in names:
                for part in name.replace("-", " ").split():
                    if len(part) < spec.min_length:
                        continue
                    target.add(name_fold(part))
                    if table:
                        target.add(name_fold(_transliterate(part, table)))
    return NameLexicon(frozenset(given), frozenset(surnames))
