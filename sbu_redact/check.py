"""Lint the markings of document files, as `sbu-redact check` and the pre-commit hook do.

Pure logic: `check_text` and `check_paths` return data classes; printing and exit statuses
belong to `check_cli`. Every finding of the reader (spillage, banner mismatches, unmarked
portions, unknown or contradictory markings...) is reported with the severity the reader gave
it, unless `rules/check.yaml` overrides it; this module adds what the reader does not judge:

- BANNER_ROLLUP_MISMATCH for cables (the reader compares only memo banners with their roll-up);
- BOTTOM_BANNER_MISSING (ignored unless `check.yaml` gives it a severity);
- for paths configured as public (`public_paths`): PUBLIC_MARKING (the document is marked
  above what the public level releases), PUBLIC_WITHHELD (a portion the public level would
  withhold: SBU/FOUO/CUI, classified, doubtful or unmarked without a valid overall marking),
  and, with the PII option, PUBLIC_PII (an entity the public level would redact).

NER (spaCy, Presidio) is imported only when the PII option is on *and* a file lies under a
public path; otherwise checking is pure text processing.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Literal

from .config import Rules, RulesError, as_rules

if TYPE_CHECKING:  # pragma: no cover
    from .check_cache import ResultCache
    from .document import Document, Problem

Severity = Literal["error", "warning", "info"]
SeveritySetting = Literal["error", "warning", "ignore"]

CHECK_FILE = "check"

_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


# ------------------------------------------------------------------ rules/check.yaml
def _config_model() -> Any:
    """The strict pydantic model of check.yaml (built on first use: pydantic is already loaded
    by the marking grammar, but keeping it here keeps this module's import trivial)."""
    global _CheckConfigModel
    if _CheckConfigModel is not None:
        return _CheckConfigModel
    from typing import Annotated

    from pydantic import BaseModel, ConfigDict, Field, field_validator

    Glob = Annotated[str, Field(min_length=1)]

    class CheckConfig(BaseModel):
        """`rules/check.yaml`. Unknown keys are errors."""

        model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

        extensions: list[Annotated[str, Field(pattern=r"^\.[A-Za-z0-9_][A-Za-z0-9_.-]*$")]] = \
            [".txt", ".md", ".markdown"]
        exclude: list[Glob] = []
        public_paths: list[Glob] = []
        public_level: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$")] = "public"
        pii: bool = False
        pii_types: list[Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]*$")]] | None = None
        severity: dict[str, SeveritySetting] = {}
        strict: bool = False

        @field_validator("severity")
        @classmethod
        def _known_codes(cls, value: dict[str, str]) -> dict[str, str]:
            """Exactly the codes of the registry: a code missing there is a typo."""
            from .problems import CODE_NAMES

            unknown = sorted(code for code in value if code not in CODE_NAMES)
            if unknown:
                raise ValueError(f"unknown problem code(s): {', '.join(unknown)} "
                                 f"(known: {', '.join(sorted(CODE_NAMES))})")
            return value

        @field_validator("extensions")
        @classmethod
        def _lower(cls, value: list[str]) -> list[str]:
            return [v.lower() for v in value]

        @field_validator("exclude", "public_paths")
        @classmethod
        def _globs(cls, value: list[str]) -> list[str]:
            for pattern in value:
                glob_regex(pattern)  # raises ValueError for a malformed pattern
            return value

    _CheckConfigModel = CheckConfig
    return CheckConfig


_CheckConfigModel: type | None = None


@dataclass(frozen=True)
class CheckOptions:
    """What to check, resolved from check.yaml and the command line."""

    extensions: tuple[str, ...] = (".txt", ".md", ".markdown")
    exclude: tuple[str, ...] = ()
    public_paths: tuple[str, ...] = ()
    public_level: str = "public"
    pii: bool = False
    pii_types: tuple[str, ...] | None = None
    severity: dict[str, SeveritySetting] = field(default_factory=dict)
    strict: bool = False
    source: str = ""

    @classmethod
    def from_data(cls, data: Any, source: str) -> "CheckOptions":
        """Validate a parsed check.yaml (raises RulesError naming `source` and the key)."""
        from pydantic import ValidationError

        from .config import _describe_validation_error

        if data is None:
            raise RulesError(f"{source}: rules file is empty")
        try:
            model = _config_model().model_validate(data)
        except ValidationError as exc:
            raise RulesError(_describe_validation_error(Path(source), exc)) from None
        return cls(extensions=tuple(model.extensions), exclude=tuple(model.exclude),
                   public_paths=tuple(model.public_paths), public_level=model.public_level,
                   pii=model.pii, pii_types=tuple(model.pii_types) if model.pii_types is not None else None,
                   severity=dict(model.severity), strict=model.strict, source=source)


def load_options(rules: Rules | str | None = None, config_file: str | os.PathLike[str] | None = None) -> CheckOptions:
    """Options from `config_file` if given, else from `<rules>/check.yaml` (defaults when the
    rules directory has none)."""
    from .config import _load_yaml

    if config_file is not None:
        path = Path(config_file)
        try:
            data = path.read_bytes()
        except OSError:
            return CheckOptions.from_data(_load_yaml(path), str(path))  # raises, naming the problem
        # validated once per content, as the rules are (see `rules_cache`)
        import hashlib

        from . import rules_cache

        fingerprint = hashlib.sha256(str(path).encode() + b"\0" + data).hexdigest()
        return rules_cache.cached(fingerprint, "check-options-file", CheckOptions,
                                  lambda: CheckOptions.from_data(_load_yaml(path, data), str(path)))
    rule_set = as_rules(rules)
    path = rule_set.path(CHECK_FILE)
    if not path.is_file():
        return CheckOptions(source="(built-in defaults)")
    # validated once per rules fingerprint, then read from the rules cache (no YAML, no pydantic)
    return rule_set.derived("check-options", CheckOptions,
                            lambda: CheckOptions.from_data(rule_set.raw(CHECK_FILE), str(path)))


# ------------------------------------------------------------------ results
@dataclass(frozen=True)
class Finding:
    """One lint finding, located by 1-based line and column (end exclusive)."""

    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    code: str
    severity: Severity
    message: str
    reference: str = ""  # the rule, see sbu_redact.problems

    def sort_key(self) -> tuple[Any, ...]:
        return (self.path, self.line, self.col, self.code, self.message)

    def format(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.code} {self.message} [{self.reference}]"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "col": self.col, "end_line": self.end_line,
                "end_col": self.end_col, "code": self.code, "severity": self.severity,
                "message": self.message, "reference": self.reference}


@dataclass(frozen=True)
class InputProblem:
    """A path that could not be checked (missing, binary, not UTF-8...): exit status 2."""

    path: str
    message: str  # one line, naming the path

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "message": self.message}


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    input_problems: list[InputProblem] = field(default_factory=list)
    files_checked: int = 0
    pii_checked: bool = False

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def exit_status(self, strict: bool = False) -> int:
        """2 if a path could not be checked; else 1 on errors (and warnings with `strict`); else 0."""
        if self.input_problems:
            return 2
        failing = {"error", "warning"} if strict else {"error"}
        return 1 if any(f.severity in failing for f in self.findings) else 0

    def to_dict(self, strict: bool = False) -> dict[str, Any]:
        return {
            "files_checked": self.files_checked,
            "pii_checked": self.pii_checked,
            "errors": self.count("error"),
            "warnings": self.count("warning"),
            "exit_status": self.exit_status(strict),
            "findings": [f.to_dict() for f in self.findings],
            "input_errors": [p.to_dict() for p in self.input_problems],
        }


# ------------------------------------------------------------------ paths
def glob_regex(pattern: str) -> re.Pattern[str]:
    """Compile a path glob: `**` spans directories, `*` and `?` stay within one, `[...]` is a
    character class. A pattern without `/` matches the file name at any depth (as in
    .gitignore); `dir/**` matches everything under `dir`."""
    pat = pattern.strip().replace("\\", "/")
    while pat.startswith("./"):
        pat = pat[2:]
    if not pat.strip("/"):
        raise ValueError(f"empty path pattern '{pattern}'")
    directory = pat.endswith("/")  # `dir/`: everything under such a directory
    anchored = "/" in pat.rstrip("/")
    pat = pat.strip("/") + ("/**" if directory else "")
    out: list[str] = [] if anchored else ["(?:.*/)?"]
    i = 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pat.startswith("/**", i) and i + 3 == len(pat):
            out.append("(?:/.*)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        elif pat[i] == "[":
            close = pat.find("]", i + 2)
            if close < 0:
                raise ValueError(f"unclosed '[' in path pattern '{pattern}'")
            body = pat[i + 1:close]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = close + 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def relative_path(path: str, cwd: str | None = None) -> str:
    """The path as matched against `public_paths` and `exclude`: relative to the working
    directory when it lies under it, `/`-separated, without a leading `./`."""
    cwd = cwd or os.getcwd()
    p = path.replace(os.sep, "/")
    if os.path.isabs(path):
        rel = os.path.relpath(path, cwd)
        if not rel.startswith(".."):
            p = rel.replace(os.sep, "/")
    p = os.path.normpath(p).replace(os.sep, "/") if p not in ("", ".") else p
    while p.startswith("./"):
        p = p[2:]
    return p


class PathMatcher:
    def __init__(self, patterns: Iterable[str]):
        self.patterns = tuple(patterns)
        self._regexes = [glob_regex(p) for p in self.patterns]

    def __bool__(self) -> bool:
        return bool(self._regexes)

    def matches(self, rel: str) -> bool:
        return any(r.match(rel) for r in self._regexes)


def collect_files(paths: Iterable[str], options: CheckOptions, cwd: str | None = None,
                  ) -> tuple[list[str], list[InputProblem]]:
    """Files to check: each file given (whatever its extension), and in each directory given,
    recursively, the files with a configured extension, skipping hidden entries (`.git`...)
    and `exclude` patterns. Sorted, without duplicates. Missing paths are input problems."""
    exclude = PathMatcher(options.exclude)
    extensions = set(options.extensions)
    files: list[str] = []
    problems: list[InputProblem] = []
    for given in paths:
        if os.path.isdir(given):
            for root, dirs, names in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and not (exclude and exclude.matches(relative_path(os.path.join(root, d), cwd))))
                for name in names:
                    if name.startswith(".") or os.path.splitext(name)[1].lower() not in extensions:
                        continue
                    full = os.path.normpath(os.path.join(root, name))
                    if exclude and exclude.matches(relative_path(full, cwd)):
                        continue
                    files.append(full)
        elif os.path.exists(given) or os.path.islink(given):
            files.append(given)
        else:
            problems.append(InputProblem(given, f"{given}: no such file or directory"))
    return sorted(dict.fromkeys(files)), problems


# ------------------------------------------------------------------ linting one text
class Checker:
    """Lints texts with one set of rules and options. The policy (pure) and the NER pipeline
    (heavy) are built on first need."""

    def __init__(self, rules: Rules | str | None = None, options: CheckOptions | None = None,
                 cwd: str | None = None):
        self.rules = as_rules(rules)
        self.options = options if options is not None else load_options(self.rules)
        self.cwd = cwd
        self.public = PathMatcher(self.options.public_paths)
        self._level: Any = None
        self._pipeline: Any = None
        self.pii_used = False

    # -- public level ------------------------------------------------------------------
    def public_level(self) -> Any:
        """The policy's public level (None when sbu_redact.policy is unavailable: a built-in
        conservative rule is used instead)."""
        if self._level is None:
            try:
                from .policy import Policy
            except ImportError:  # pragma: no cover - policy ships with the package
                self._level = False
            else:
                self._level = Policy.from_rules(self.rules).level(self.options.public_level)
        return self._level or None

    def pii_types(self) -> dict[str, float]:
        """PII entity types checked in public files, with the minimum score that counts."""
        level = self.public_level()
        rules = dict(getattr(level, "entities", {}) or {})
        types = self.options.pii_types if self.options.pii_types is not None else tuple(rules)
        return {t: (rules[t].min_score if t in rules else 0.0) for t in types}

    def pipeline(self) -> Any:
        if self._pipeline is None:
            from .pipeline import Pipeline  # the only place where NER may load

            self._pipeline = Pipeline(self.rules)
        return self._pipeline

    def is_public(self, path: str) -> bool:
        return bool(self.public) and self.public.matches(relative_path(path, self.cwd))

    # -- linting -----------------------------------------------------------------------
    def check_text(self, text: str, path: str = "<text>", public: bool | None = None,
                   pii: bool | None = None) -> list[Finding]:
        """Findings for one document text, sorted."""
        from .problems import Code
        from .reader import read

        document = read(text, self.rules)
        if public is None:
            public = self.is_public(path)
        pii = self.options.pii if pii is None else pii
        raw: list[Problem] = list(document.problems)
        raw.extend(_cable_rollup(document))
        raw.extend(_bottom_banner(document))
        if public:
            raw.extend(self._public_problems(document))
            if pii:
                raw.extend(self._pii_problems(document))
        findings = []
        seen: set[tuple[str, str, int, int]] = set()
        for p in raw:
            setting = self.options.severity.get(p.code) or (
                "ignore" if Code[p.code].severity == "ignore" else p.severity)
            if setting in ("ignore", "info"):
                continue  # the reader's info notes (a recovered paragraph number) are not findings
            key = (p.code, p.message, p.start, p.end)
            if key in seen:
                continue
            seen.add(key)
            line, col = document.line_col(p.start)
            end_line, end_col = document.line_col(max(p.end, p.start))
            findings.append(Finding(path, line, col, end_line, end_col, p.code, setting,  # type: ignore[arg-type]
                                    p.message, p.reference))
        findings.sort(key=Finding.sort_key)
        return findings

    def _public_problems(self, document: "Document") -> list[Problem]:
        level = self.public_level()
        name = self.options.public_level
        out: list[Problem] = []
        declared = document.classification
        if declared is not None:
            where = next((f for f in document.fields if f.name in ("classification", "banner")), None)
            start, end = (where.start, where.end) if where else (0, 0)
            refused = _refused_marking(declared, level)
            if refused:
                out.append(_problem("PUBLIC_MARKING", "error",
                            f"public path holds a document marked {declared.banner()}: {refused}", start, end))
        if level is not None:
            from .in_text_controls import CODE, control_findings, named_control, raise_for_controls
            from .policy import decide

            # (fix50a) a control in a released portion's text that excludes the level withholds it, as in a version;
            # the finding names the control (fix51b)
            decided = raise_for_controls(document, decide(document, level), control_findings(document), level, None)
            decisions = [(d.portion, d.withheld, d.label or d.reason) if named_control(d) is None else
                         (d.portion, d.withheld, f"{d.label or d.reason}; {CODE}: in-text control '{named_control(d)}'")
                         for d in decided]
        else:  # pragma: no cover - conservative built-in rule without the policy module
            decisions = [(p, p.doubtful or p.marking is None or p.marking.rank > 0 or bool(p.marking.designations),
                          p.marking.banner() if p.marking else "unmarked") for p in document.portions]
        for portion, withheld, reason in decisions:
            if withheld:
                start = portion.mark_start if portion.mark_start is not None else portion.start
                end = portion.mark_end if portion.mark_end is not None else portion.body_start
                out.append(_problem("PUBLIC_WITHHELD", "error",
                            f"public path: level {name} would withhold this {portion.kind} ({reason})",
                            start, max(end, start)))
        return out

    def _pii_problems(self, document: "Document") -> list[Problem]:
        types = self.pii_types()
        if not types:
            return []
        self.pii_used = True
        pipeline = self.pipeline()
        findings = pipeline.analyze(document.text, document=document)
        out = []
        if pipeline.detector.model_name is None and "PERSON" in types:
            # fail closed: without NER, names cannot be looked for, so the file is not cleared
            out.append(_problem("PUBLIC_PII", "error", "public path: NER is off (no spaCy model), so personal names "
                        "could not be checked; install sbu_redact[ner]", 0, 0))
        for f in findings:
            if f.entity_type in types and f.score >= types[f.entity_type]:
                # the text itself is not echoed: hook output ends up in CI logs
                out.append(_problem("PUBLIC_PII", "error",
                            f"public path: {f.entity_type} ({f.end - f.start} characters) that level "
                            f"{self.options.public_level} would redact", f.start, f.end))
        return out


def _problem(code: str, severity: Severity, message: str, start: int, end: int) -> Problem:
    """A problem `check` adds (document.py is imported only once something is checked)."""
    from .document import Problem

    return Problem(code, severity, message, start, end)


def _refused_marking(declared: Any, level: Any) -> str:
    """Why a document marked `declared` is not releasable as a whole at `level` ('' if it is)."""
    if declared.level is None or not declared.valid:
        return "the marking is not valid"
    ceiling = getattr(level, "ceiling_rank", 0) if level is not None else 0
    if declared.rank > ceiling:
        return f"{declared.level} is above the level's ceiling"
    accepted = set(getattr(level, "designations", ()) or ())
    refused = [d for d in declared.designations if d not in accepted]
    if refused:
        return f"{'/'.join(refused)} is not releasable at this level"
    from .policy import marking_categories, not_released_controls

    withheld = set(getattr(level, "withhold_controls", ()) or ())
    categories = set(getattr(level, "withhold_categories", ()) or ())
    blocked = [c for c in sorted(declared.names()) if c in withheld]
    blocked += [c for c in not_released_controls(declared, level) if c not in blocked] if level is not None else []
    blocked += [c.upper() for c in sorted(marking_categories(declared) & categories)]
    if blocked:
        return f"{'/'.join(blocked)} is withheld at this level"
    return ""


def _cable_rollup(document: "Document") -> list[Problem]:
    """A cable whose classification line is higher than all of its portions (the reader
    checks this for memo banners only). Lower is SPILLAGE, which the reader reports."""
    declared, rollup = document.classification, document.rollup
    if document.kind != "cable" or declared is None or rollup is None or declared.level is None:
        return []
    if any(not p.explicit and p.kind not in ("subject", "heading") for p in document.portions):
        return []  # unmarked paragraphs take the classification line: no roll-up to compare
    if rollup.rank >= declared.rank:
        return []
    where = next((f for f in document.fields if f.name == "classification"), None)
    start, end = (where.start, where.end) if where else (0, 0)
    return [_problem("BANNER_ROLLUP_MISMATCH", "warning",
             f"classification line {declared.level} is higher than its portions require ({rollup.banner()})",
             start, end)]


def _bottom_banner(document: "Document") -> list[Problem]:
    if document.kind != "document":
        return []
    banners = document.fields_named("banner")
    if len(banners) != 1:
        return []
    top = banners[0]
    if document.text[top.end:].strip():
        return [_problem("BOTTOM_BANNER_MISSING", "warning", f"no bottom banner repeating {top.value}",
                 len(document.text.rstrip()), len(document.text.rstrip()))]
    return []


# ------------------------------------------------------------------ many files
#: What checking one file gives: its findings, or the problem that kept it from being checked,
#: and the digest of the bytes that were checked (None when nothing was).
FileOutcome = tuple[list[Finding], "InputProblem | None", "str | None"]


def check_file(checker: Checker, path: str, pii: bool | None = None) -> FileOutcome:
    """Check one file. An empty (or blank) file holds nothing to leak: no findings."""
    from .check_cache import file_digest
    from .textio import InputError, decode_text, read_file_bytes

    try:
        data = read_file_bytes(path)
        text = decode_text(path, data)
    except InputError as exc:
        if exc.problem == "is empty":
            return [], None, None
        return [], InputProblem(path, str(exc)), None
    return checker.check_text(text, path, pii=pii), None, file_digest(data)


def check_paths(paths: Iterable[str], rules: Rules | str | None = None, options: CheckOptions | None = None,
                pii: bool | None = None, cwd: str | None = None, jobs: int | None = None,
                progress: Callable[[str], None] | None = None, cache: bool = False) -> CheckResult:
    """Check files and directories. Every path is checked even when some cannot be read.
    With `cache`, results come from and go to the result cache (`check_cache`) when they can."""
    checker = Checker(rules, options, cwd=cwd)
    opts = checker.options
    use_pii = opts.pii if pii is None else pii
    files, problems = collect_files(paths, opts, cwd)
    result = CheckResult(input_problems=list(problems))
    outcomes: dict[str, FileOutcome] = {}
    stored = None
    if cache:
        from .check_cache import ResultCache

        stored = ResultCache.open(checker.rules.fingerprint(), opts, use_pii)
        outcomes = _cached_outcomes(stored, checker, files, use_pii)  # and learns their digests
    unchecked = [f for f in files if f not in outcomes]
    for path, outcome in zip(unchecked, _run(checker, unchecked, use_pii, jobs)):
        outcomes[path] = outcome
        findings, problem, digest = outcome
        if stored is not None and digest is not None and not (use_pii and checker.is_public(path)):
            stored.put(digest, checker.is_public(path), findings)
    if stored is not None:
        stored.save()
    for path in files:
        findings, problem, _ = outcomes[path]
        result.findings.extend(findings)
        if problem is not None:
            result.input_problems.append(problem)
        else:
            result.files_checked += 1
    result.findings.sort(key=Finding.sort_key)
    result.input_problems.sort(key=lambda p: p.path)
    result.pii_checked = checker.pii_used or (use_pii and any(checker.is_public(f) for f in files))
    return result


def _cached_outcomes(stored: "ResultCache", checker: Checker, files: list[str], pii: bool) -> dict[str, FileOutcome]:
    """The files whose results are stored, found by the digest of their bytes as they are now
    (a file that cannot be read is a miss: checking it reports why)."""
    found: dict[str, FileOutcome] = {}
    for path in files:
        public = checker.is_public(path)
        if pii and public:
            continue  # checked with NER: never stored
        digest = stored.digest(path)
        if digest is None:
            continue
        findings = stored.get(path, digest, public)
        if findings is not None:
            found[path] = (findings, None, digest)
    return found


# Parallel checking: worth it only for many files and without NER (a worker per CPU would
# each load its own spaCy model). Workers are forked, so they inherit the loaded rules.
_PARALLEL_MIN_FILES = 400
_worker_checker: Checker | None = None


def _worker_check(args: tuple[str, bool]) -> FileOutcome:
    assert _worker_checker is not None
    return check_file(_worker_checker, args[0], pii=args[1])


def _idle_cpus() -> int:
    """One worker per CPU that other processes leave idle (at most 8): on a busy machine
    forked workers only add their start-up and the transfer of results (measured with
    benchmarks/check_speed.py: on 2 busy CPUs, 2 workers were slower than 1)."""
    cpus = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # pragma: no cover - platforms without a load average
        busy = 0.0
    return max(1, min(8, int(cpus - busy + 0.5)))


def _run(checker: Checker, files: list[str], pii: bool, jobs: int | None) -> list[FileOutcome]:
    needs_ner = pii and any(checker.is_public(f) for f in files)
    if jobs is None:
        jobs = _idle_cpus() if len(files) >= _PARALLEL_MIN_FILES else 1
    if jobs > 1 and not needs_ner and len(files) > 1:
        import multiprocessing

        try:
            context = multiprocessing.get_context("fork")
        except ValueError:  # pragma: no cover - platforms without fork
            context = None
        if context is not None:
            global _worker_checker
            checker.public_level()  # load the policy once, before forking
            _worker_checker = checker
            try:
                with context.Pool(jobs) as pool:
                    return pool.map(_worker_check, [(f, pii) for f in files],
                                    chunksize=max(1, len(files) // (jobs * 8)))
            finally:
                _worker_checker = None
    return [check_file(checker, f, pii=pii) for f in files]
