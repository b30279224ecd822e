"""Results of `sbu-redact check` kept on disk, so that checking unchanged files again (a
pre-commit hook, a CI job, an editor) costs a look at them, not reading them, as with ruff or mypy.

A file's findings are stored under the SHA-256 of its bytes and whether its path is public, in
one table per context: the rules' fingerprint, this package's code (`rules_cache.
code_fingerprint`), the resolved check options (check.yaml or `--config`, `--public`) and the
PII option. Whatever changes a result changes a key, so a stale result is never found. Findings
are stored without their path (the same bytes check the same under any name, given the public
flag) and take the path under which they are printed.

A file's digest is remembered under its status (absolute path, device, inode, size,
modification and change times), so that an unchanged file is not read again: any write sets
the change time, which no tool can set back (where it does not, on Windows, every file is read:
`rules_cache.STATUS_TRACKS_WRITES`). A file whose times are less than `RACY_SECONDS`
old is read every time (it may change again within the file system's timestamp resolution).

Not stored, so checked every time: a file that cannot be read or decoded (its error is printed
again) and a public file checked for personal information (its result depends on the installed
NER model, which the key does not cover).

The table is an entry of the rules cache's directory, read and written with its helpers (a file
of this user that nobody else may write, written atomically, the oldest tables pruned). A table
that does not unpickle or repeats another key, and a result that is not a well-formed list of
findings, are misses: those files are checked for real. A corrupt, stale, foreign or unwritable
cache costs time, never a pass. Two runs at once may each write the table: the last one wins,
which only loses the other's new results. `check --no-cache` or `SBU_REDACT_CACHE_DIR=` (empty)
turn it off.
"""
from __future__ import annotations

import hashlib
import os
import stat
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import rules_cache

if TYPE_CHECKING:  # pragma: no cover
    from .check import CheckOptions, Finding

#: Results (and file digests) kept per table; beyond it the ones not used for longest are dropped.
MAX_RESULTS = 50_000
#: A file changed more recently than this is read even when its status is known.
RACY_SECONDS = 2
_KIND = "check"
_SEVERITIES = ("error", "warning")

# A finding without its path: line, col, end_line, end_col, code, severity, message, reference.
Row = tuple[int, int, int, int, str, str, str, str]


def file_digest(data: bytes) -> str:
    """What a file's result is stored under, with its public flag."""
    return hashlib.sha256(data).hexdigest()


def _status_key(path: str, status: os.stat_result) -> tuple[str, int, int, int, int, int, int]:
    return (os.path.abspath(path), status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns,
            status.st_ctime_ns, status.st_mode)


def _result_key(digest: str, public: bool) -> str:
    return f"{digest}:{'public' if public else 'other'}"


def _well_formed(rows: Any) -> bool:
    return isinstance(rows, tuple) and all(
        isinstance(row, tuple) and len(row) == 8
        and all(type(value) is int for value in row[:4])
        and all(type(value) is str for value in row[4:])
        and row[5] in _SEVERITIES for row in rows)


@dataclass
class ResultCache:
    """The stored results and file digests of one context; `save` writes what this run added."""

    context: str
    results: dict[str, tuple[Row, ...]]
    digests: dict[tuple[Any, ...], str]
    used: dict[str, tuple[Row, ...]] = field(default_factory=dict)
    seen: dict[tuple[Any, ...], str] = field(default_factory=dict)
    added: int = 0

    @classmethod
    def open(cls, rules_fingerprint: str, options: "CheckOptions", pii: bool) -> "ResultCache":
        context = "\0".join(("check results", rules_fingerprint, rules_cache.code_fingerprint(),
                             repr(options), f"pii={pii}"))
        return cls(context, *_load(context))

    def digest(self, path: str) -> str | None:
        """The digest of the file's bytes as they are now (None when it cannot be read:
        checking it will say why); read only when its status is not known."""
        from .textio import InputError, read_file_bytes

        try:
            status = os.stat(path)
        except OSError:
            return None
        if not stat.S_ISREG(status.st_mode):
            return None
        key = _status_key(path, status)
        digest = self.digests.get(key) if rules_cache.STATUS_TRACKS_WRITES else None
        if type(digest) is not str:
            try:
                digest = file_digest(read_file_bytes(path))
            except InputError:
                return None
            if not rules_cache.STATUS_TRACKS_WRITES or \
                    time.time_ns() - max(status.st_mtime_ns, status.st_ctime_ns) < RACY_SECONDS * 10**9:
                return digest  # the bytes may change again under the same status
            self.added += 1
        self.seen[key] = digest
        return digest

    def get(self, path: str, digest: str, public: bool) -> "list[Finding] | None":
        """The findings of a file with these bytes, under `path`; None on a miss."""
        key = _result_key(digest, public)
        rows = self.results.get(key)
        if rows is None or not _well_formed(rows):
            return None
        from .check import Finding

        self.used[key] = rows
        return [Finding(path, *row) for row in rows]  # type: ignore[arg-type]

    def put(self, digest: str, public: bool, findings: "list[Finding]") -> None:
        key = _result_key(digest, public)
        self.used[key] = tuple((f.line, f.col, f.end_line, f.end_col, f.code, f.severity, f.message, f.reference)
                               for f in findings)
        self.added += 1

    def save(self) -> None:
        """Store the table when this run added to it, with what other runs stored meanwhile (a
        pre-commit hook runs one process per chunk of files); what was used now is kept longest."""
        if self.added:
            results, digests = _load(self.context)
            rules_cache.store_entry(_KIND, self.context, (_recent({**self.results, **results}, self.used),
                                                          _recent({**self.digests, **digests}, self.seen)))


def _load(context: str) -> tuple[dict[str, tuple[Row, ...]], dict[tuple[Any, ...], str]]:
    """The stored table of a context: results by digest, digests by file status (empty on a miss)."""
    table = rules_cache.load_entry(_KIND, context)
    if isinstance(table, tuple) and len(table) == 2 and all(isinstance(part, dict) for part in table):
        return table
    return {}, {}


def _recent(old: dict[Any, Any], used: dict[Any, Any]) -> dict[Any, Any]:
    """`old` updated with `used`, at most MAX_RESULTS of them, those of `used` last (kept longest)."""
    kept = {key: value for key, value in old.items() if key not in used}
    kept.update(used)
    return dict(list(kept.items())[-MAX_RESULTS:]) if len(kept) > MAX_RESULTS else kept
