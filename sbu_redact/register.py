"""The marking register between and after the level and the designations: SCI control systems
with compartments, special access programs, atomic energy markings, foreign government, NATO
and JOINT classifications, IC and non-IC dissemination controls, and the register's rules
(allowed levels, exclusions, requirements), each with its reference.

Everything comes from `rules/markings.yaml`; this module turns one `/`-separated value of a
marking into a `Token` (or a `Flaw` saying why it is not one), reads a foreign-owned
classification (`//GBR S`, `//NATO SECRET`, `//JOINT S CAN USA`), and applies the rules to
the names a marking carries. `markings.Grammar` does the rest of the syntax.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Literal

from .lazyre import lazy
from .records import Record

#: The categories of a banner in their order (precedence); designations, CUI categories and
#: State captions are legacy forms outside this order.
CATEGORY_ORDER = ("level", "sci", "sap", "aea", "fgi", "dissem", "non_ic")
Category = Literal["level", "sci", "sap", "aea", "fgi", "dissem", "non_ic"]


# ---------------------------------------------------------------- rules/markings.yaml sections
# Validated records (`records.Record`): their schema, with every key and check, is in
# `rules_schema`.
class SciSystemSpec(Record):
    """An SCI control system: banner, portion, aliases, named compartments."""


class SciSpec(Record):
    """SCI: compartment and sub-compartment patterns, the systems, the reference."""


class SapSpec(Record):
    """Special access programs: prefixes, the program pattern, named tokens."""


class QualifierSpec(Record):
    """An atomic-energy qualifier (CNWDI, SIGMA)."""


class AeaSpec(Record):
    """Atomic energy markings and their qualifiers."""


class NatoSpec(Record):
    """A NATO classification: banner, portion, level."""


class AccmSpec(Record):
    """ACCM: prefix, name pattern, reference."""


class RuleSpec(Record):
    """One rule of the register: `when` a marking carries a name, what must hold."""


# ---------------------------------------------------------------- results
@dataclass(frozen=True)
class Token:
    """One value of a marking, read. `value` is its canonical (banner) form; `names` what rules
    and levels may call it (the token, its SCI system, `SAR`, `CNWDI`...); `members` the
    countries of a list (FGI sources, DISPLAY ONLY)."""

    category: Category
    value: str
    names: frozenset[str]
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Flaw:
    """Why a value is not a token: a problem code, a message and the rule's reference."""

    code: str
    message: str
    reference: str = ""
    severity: Literal["error", "warning"] = "error"


@dataclass(frozen=True)
class Foreign:
    """A foreign-owned classification: `owner` is a country trigraph, `FGI` (concealed
    source), `NATO` or `JOINT` (then `owners` are the co-owners)."""

    level: str
    owner: str
    banner: str
    portion: str
    owners: tuple[str, ...] = ()
    flaws: tuple[Flaw, ...] = field(default=())


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().upper())


def alias_table(entries: dict[str, list[str]]) -> dict[str, str]:
    """Every spelling (banner form, portion form, other spellings) -> the banner form."""
    table = {}
    for canonical, aliases in entries.items():
        for token in (canonical, *aliases):
            table[_norm(token)] = canonical
    return table


def portion_forms(entries: dict[str, list[str]]) -> dict[str, str]:
    """Banner form -> portion form (the first alias; the banner form itself when none)."""
    return {canonical: (aliases[0] if aliases else canonical) for canonical, aliases in entries.items()}


# ---------------------------------------------------------------- the register
class Register:
    """Reads the values of the categories beyond level and designations."""

    def __init__(self, *, sci: SciSpec, sap: SapSpec, aea: AeaSpec, nato: list[NatoSpec], non_ic: dict[str, list[str]],
                 accm: AccmSpec, dissemination: dict[str, list[str]], fgi_prefix: str, joint_prefix: str,
                 fgi_reference: str, joint_reference: str, rules: list[RuleSpec], levels: dict[str, str],
                 ranks: dict[str, int], countries: frozenset[str], tetragraphs: frozenset[str]):
        self.levels, self.ranks = levels, ranks
        self.countries, self.tetragraphs = countries, tetragraphs
        self.rules = rules
        # SCI
        self.sci_spec = sci
        self.sci_systems: dict[str, SciSystemSpec] = {}
        for system in sci.systems:
            for spelling in (system.banner, system.portion, *system.aliases):
                self.sci_systems[_norm(spelling)] = system
        # (the patterns are compiled on first use: most documents have no SCI, SAP, AEA or ACCM marking)
        self._sci = lazy(r"(?P<system>" + "|".join(sorted(map(re.escape, self.sci_systems), key=len, reverse=True))
                         + r")(?P<rest>-.*)?")
        self._compartment = lazy(sci.compartment)
        self._subcompartment = lazy(sci.subcompartment)
        # SAP
        self.sap_spec = sap
        self.sap_tokens = alias_table(sap.tokens)
        self._program = lazy(sap.program)
        # AEA
        self.aea_spec = aea
        self.aea_tokens = alias_table(aea.tokens)
        self._aea_forms = portion_forms(aea.tokens)
        self._aea_bases = {k: v for k, v in self.aea_tokens.items()
                           if v in {*aea.cnwdi.applies_to, *aea.sigma.applies_to}}
        self._sigma_number = lazy(aea.sigma.number or r"\d+")
        # FGI, NATO, JOINT
        self.fgi_prefix, self.joint_prefix = _norm(fgi_prefix), _norm(joint_prefix)
        self.fgi_reference, self.joint_reference = fgi_reference, joint_reference
        self.nato = {}
        for spec in nato:
            self.nato[_norm(spec.banner)] = spec
            self.nato[_norm(spec.portion)] = spec
        # non-IC
        self.non_ic = alias_table(non_ic)
        self.non_ic_portion = portion_forms(non_ic)
        self.accm_spec = accm
        self._accm_name = lazy(accm.name)
        self.dissem_portion = portion_forms(dissemination)
        self.precedence = {name: i for i, name in enumerate([*dissemination, *non_ic])}
        self._level_words = sorted(levels, key=len, reverse=True)

    # -- one value ------------------------------------------------------------------------
    def classify(self, value: str) -> Token | Flaw | None:
        """The token `value` stands for; a Flaw when it has a register shape but is incomplete;
        None when it is nothing the register knows here."""
        for reader in (self._sci_token, self._sap_token, self._aea_token, self._fgi_token, self._non_ic_token):
            found = reader(value)
            if found is not None:
                return found
        return None

    def _sci_token(self, value: str) -> Token | Flaw | None:
        match = self._sci.fullmatch(value)
        if match is None:
            return None
        system = self.sci_systems[match.group("system")]
        parts = [system.banner]
        rest = match.group("rest")
        if rest is not None:
            for compartment in rest[1:].split("-"):
                name, *subs = compartment.split(" ") if compartment else [""]
                named = {_norm(b): b for b in system.compartments} | {_norm(p): b for b, p in system.compartments.items()}
                if not name or not (name in named or self._compartment.fullmatch(name)) \
                        or not all(self._subcompartment.fullmatch(s) for s in subs):
                    return Flaw("INCOMPLETE", f"SCI control system {system.banner} with an incomplete or malformed "
                                f"compartment in '{value}'", self.sci_spec.reference)
                parts.append(" ".join([named.get(name, name), *subs]))
        return Token("sci", "-".join(parts), frozenset({"sci", system.banner, "-".join(parts)}))

    def sci_portion(self, value: str) -> str:
        """`SI-GAMMA ABCD` -> `SI-G ABCD`, `KLONDIKE` -> `KDK`."""
        system_name, *compartments = value.split("-")
        system = self.sci_systems.get(_norm(system_name))
        if system is None:
            return value
        out = [system.portion]
        for compartment in compartments:
            name, _, subs = compartment.partition(" ")
            out.append(" ".join(p for p in (system.compartments.get(name, name), subs) if p))
        return "-".join(out)

    def _sap_token(self, value: str) -> Token | Flaw | None:
        if value in self.sap_tokens:
            name = self.sap_tokens[value]
            return Token("sap", name, frozenset({"sap", name}))
        spec = self.sap_spec
        banner, portion = _norm(spec.banner_prefix), _norm(spec.portion_prefix)
        for prefix in (banner, portion):
            if value.startswith(prefix) or value == prefix.rstrip("-"):
                program = value[len(prefix):].strip()
                if not program or not self._program.fullmatch(program):
                    return Flaw("INCOMPLETE", f"special access program without a program name in '{value}'",
                                spec.reference)
                canonical = spec.banner_prefix + program
                return Token("sap", canonical, frozenset({"sap", "SAR", canonical}))
        return None

    def sap_portion(self, value: str) -> str:
        """`SPECIAL ACCESS REQUIRED-XYZ` -> `SAR-XYZ`."""
        spec = self.sap_spec
        if value.startswith(spec.banner_prefix):
            return spec.portion_prefix + value[len(spec.banner_prefix):]
        return (spec.tokens.get(value) or [value])[0]

    def _aea_token(self, value: str) -> Token | Flaw | None:
        if value in self.aea_tokens:
            name = self.aea_tokens[value]
            return Token("aea", name, frozenset({"aea", name}))
        base_text, sep, qualifiers = value.partition("-")
        base = self._aea_bases.get(base_text.strip())
        if base is None or not sep:
            return None
        cnwdi, sigma = self.aea_spec.cnwdi, self.aea_spec.sigma
        parts, names = [base], {"aea", base}
        for qualifier in qualifiers.split("-"):
            head, *numbers = qualifier.strip().split(" ")
            if head in (_norm(cnwdi.banner), _norm(cnwdi.portion)) and not numbers and base in cnwdi.applies_to:
                parts.append(cnwdi.banner)
                names.add(cnwdi.banner)
            elif head in (_norm(sigma.banner), _norm(sigma.portion)) and base in sigma.applies_to:
                if not numbers or not all(self._sigma_number.fullmatch(n) for n in numbers):
                    return Flaw("INCOMPLETE", f"{sigma.banner} without its numbers in '{value}'", sigma.reference)
                parts.append(f"{sigma.banner} {' '.join(numbers)}")
                names.add(sigma.banner)
            else:
                return None
        canonical = "-".join(parts)
        return Token("aea", canonical, frozenset({*names, canonical}))

    def aea_portion(self, value: str) -> str:
        """`RESTRICTED DATA-CNWDI-SIGMA 14` -> `RD-N-SG 14`."""
        cnwdi, sigma = self.aea_spec.cnwdi, self.aea_spec.sigma
        base, *qualifiers = value.split("-")
        out = [self._aea_forms.get(base, base)]
        for qualifier in qualifiers:
            if qualifier == cnwdi.banner:
                out.append(cnwdi.portion)
            elif qualifier.startswith(sigma.banner + " "):
                out.append(sigma.portion + qualifier[len(sigma.banner):])
            else:
                out.append(qualifier)
        return "-".join(out)

    def _fgi_token(self, value: str) -> Token | Flaw | None:
        prefix = self.fgi_prefix
        if value != prefix and not value.startswith(prefix + " "):
            return None
        sources = value[len(prefix):].replace(",", " ").split()
        unknown = [s for s in sources if s not in self.countries and s not in self.tetragraphs]
        if unknown:
            return Flaw("UNKNOWN_TOKEN", f"unknown country code(s) in {prefix}: {', '.join(unknown)}")
        ordered = self.country_order(sources)
        canonical = " ".join([prefix, *ordered])
        return Token("fgi", canonical, frozenset({"fgi", prefix}), members=tuple(ordered) or (prefix,))

    def _non_ic_token(self, value: str) -> Token | Flaw | None:
        if value in self.non_ic:
            name = self.non_ic[value]
            return Token("non_ic", name, frozenset({"non_ic", name}))
        prefix = _norm(self.accm_spec.prefix)
        if value.startswith(prefix) or value == prefix.rstrip("-"):
            name = value[len(prefix):].strip()
            if not name or not self._accm_name.fullmatch(name):
                return Flaw("INCOMPLETE", f"ACCM without a program name in '{value}'", self.accm_spec.reference)
            canonical = self.accm_spec.prefix + name
            return Token("non_ic", canonical, frozenset({"non_ic", prefix.rstrip("-"), canonical}))
        return None

    def country_order(self, codes: list[str]) -> list[str]:
        """USA first, then trigraphs alphabetically, then tetragraphs."""
        unique = list(dict.fromkeys(codes))
        return (["USA"] if "USA" in unique else []) + sorted(c for c in unique if c != "USA" and c not in self.tetragraphs) \
            + sorted(c for c in unique if c in self.tetragraphs)

    # -- a foreign-owned classification ------------------------------------------------------
    def foreign(self, value: str) -> Foreign | Flaw | None:
        """`GBR S`, `FGI SECRET`, `NATO SECRET`, `NS`, `JOINT S CAN USA` (what follows the
        leading `//` of a foreign-owned marking)."""
        if value in self.nato:
            spec = self.nato[value]
            return Foreign(spec.level, "NATO", spec.banner, spec.portion)
        words = value.split(" ")
        if words[0] == self.joint_prefix:
            return self._joint(value, words[1:])
        owner, rest = words[0], " ".join(words[1:])
        if owner not in self.countries and owner != self.fgi_prefix and (len(owner) != 3 or not rest):
            return None
        level = self.levels.get(rest)
        if not rest:
            return Flaw("INCOMPLETE", f"foreign government marking '{value}' without a classification",
                        self.fgi_reference)
        if level is None:
            return None
        flaws: tuple[Flaw, ...] = ()
        if owner not in self.countries and owner != self.fgi_prefix:
            flaws = (Flaw("UNKNOWN_TOKEN", f"unknown country code '{owner}' in '{value}'"),)
        return Foreign(level, owner, f"{owner} {level}", f"{owner} {self._abbreviation(level)}", flaws=flaws)

    def _joint(self, value: str, words: list[str]) -> Foreign | Flaw | None:
        text = " ".join(words)
        for spelling in self._level_words:
            if text == spelling or text.startswith(spelling + " "):
                level, owners = self.levels[spelling], text[len(spelling):].split()
                break
        else:
            return Flaw("INCOMPLETE", f"JOINT marking '{value}' without a classification", self.joint_reference) \
                if not text else None
        written = [o.strip(",") for o in owners if o.strip(",")]
        unknown = [o for o in written if o not in self.countries]
        flaws = tuple(Flaw("UNKNOWN_TOKEN", f"unknown country code '{o}' in '{value}'") for o in unknown)
        ordered = tuple(sorted(written))
        if list(ordered) != owners:
            flaws += (Flaw("NONCANONICAL", f"JOINT co-owners are written as trigraphs in alphabetical order, "
                           f"separated by spaces: {' '.join(ordered)}", self.joint_reference, "warning"),)
        return Foreign(level, "JOINT", " ".join([self.joint_prefix, level, *ordered]),
                       " ".join([self.joint_prefix, self._abbreviation(level), *ordered]), owners=ordered, flaws=flaws)

    def _abbreviation(self, level: str) -> str:
        shortest = min((s for s, name in self.levels.items() if name == level), key=len, default=level)
        return shortest

    # -- the rules ------------------------------------------------------------------------------
    def check(self, level: str | None, names: set[str], lists: dict[str, tuple[str, ...]], banner: bool,
              level_written: bool, problem: Callable[[str, str, str], None]) -> None:
        """Apply every rule whose `when` is among `names` (what the marking carries);
        `lists` holds the country lists by name (REL TO, DISPLAY ONLY, JOINT)."""
        rank = self.ranks.get(level, -1) if level is not None else -1
        for rule in self.rules:
            if rule.when not in names:
                continue
            ref = rule.reference
            if level is not None:
                if rule.minimum is not None and rank < self.ranks[rule.minimum]:
                    problem("LEVEL_NOT_ALLOWED", f"{rule.when} needs {rule.minimum} or higher, not {level}", ref)
                if rule.maximum is not None and rank > self.ranks[rule.maximum]:
                    problem("LEVEL_NOT_ALLOWED", f"{rule.when} is not used above {rule.maximum} "
                            f"(the {level} marking governs)", ref)
                if level in rule.not_at:
                    problem("LEVEL_NOT_ALLOWED", f"{rule.when} is not used at {level}", ref)
            clash = [name for name in rule.excludes if name in names]
            if clash:
                problem("CONTRADICTORY", f"{rule.when} and {', '.join(clash)} cannot both apply", ref)
            missing = [name for name in rule.requires if name not in names]
            if missing:
                problem("MISSING_REQUIRED", f"{rule.when} requires {', '.join(missing)}", ref)
            if rule.requires_any and not any(name in names for name in rule.requires_any):
                problem("MISSING_REQUIRED", f"{rule.when} requires one of {', '.join(rule.requires_any)}", ref)
            members = lists.get(rule.when, ())
            absent = [c for c in rule.list_requires if c not in members]
            if absent:
                problem("INCOMPLETE", f"{rule.when} must name {', '.join(absent)}", ref)
            elif rule.list_minimum is not None and len(members) < rule.list_minimum:
                problem("INCOMPLETE", f"{rule.when} must name at least {rule.list_minimum} countries", ref)
            if rule.banner_requires_level and banner and not level_written:
                problem("INCOMPLETE", f"a banner needs its classification level before {rule.when}", ref)
