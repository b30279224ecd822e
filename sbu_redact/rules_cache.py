"""Validated rules kept on disk, so that a new process (a `check` run, a pre-commit hook, a
batch worker) does not parse and validate the same rules files again.

An entry is keyed by the rules' fingerprint (every byte of the rules folder), the name of
what it holds, a fingerprint of this package's code (`code_fingerprint`) and the versions of
pydantic and Python: changed rules or changed code give a new key, so a stale entry is never
found. An entry is used only
when it is a file of this user that nobody else may write, unpickles completely, repeats its
own key and holds the expected type; anything else (a corrupt, truncated or foreign file, an
unreadable or unwritable directory) counts as a miss: the caller parses and validates the
files again, as strictly as ever, and only a result that validated is stored. Files are
written atomically (a temporary file renamed into place) in a directory only the user can
write; the oldest entries are removed beyond `MAX_ENTRIES`. `load_entry` and `store_entry`
do this for any kind of entry: `check_cache` keeps check results with them.

A compiled pattern in an entry is kept as its text and flags and rebuilt by
`lazyre.compile_pattern` (from the engine code kept for it, not parsed again). The marking
vocabulary and the levels are kept as plain records (`records.py`), not as the
pydantic models that validated them (`rules_schema.py`): a process whose rules are all in the
cache imports neither pydantic nor YAML.

Where: `$SBU_REDACT_CACHE_DIR` (set it to an empty string to turn the cache off), else
`$XDG_CACHE_HOME/sbu_redact`, else the platform's user cache directory (`~/.cache/sbu_redact`,
`~/Library/Caches/sbu_redact`, `%LOCALAPPDATA%\\sbu_redact\\Cache`).
"""
from __future__ import annotations

import functools
import hashlib
import io
import os
import pickle
import re
import sys
from pathlib import Path
from typing import Any, Callable, TypeVar

T = TypeVar("T")

MAX_ENTRIES = 64
#: Whether every write to a file sets its change time (`st_ctime`), which no tool can set back:
#: then a file's status stands for its content. On Windows `st_ctime` is the creation time.
STATUS_TRACKS_WRITES = os.name != "nt"
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """The directory of the cache, or None when it is turned off."""
    explicit = os.environ.get("SBU_REDACT_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit.strip() else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "sbu_redact"
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "sbu_redact" / "Cache" if base else None
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "sbu_redact"
    return home / ".cache" / "sbu_redact"


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """What the cached objects depend on besides the rules: this package's source files and the
    pydantic version (validators and models live in the code, so new code must not use old
    entries). Cheap, because every start needs it: a file counts by path, size, inode and
    modification and change times, not by content. Writing a file always sets its change time
    (which, unlike the modification time, no copy or `touch -d` can set back), so changed code
    never keeps an old key; a touched but unchanged file only costs one miss. Where writes do
    not set the change time (`STATUS_TRACKS_WRITES`), the files' contents are hashed."""
    digest = hashlib.sha256(f"python {sys.version}\npydantic {_pydantic_version()}\n".encode())
    for folder, subfolders, files in os.walk(_PACKAGE):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                digest.update(os.path.relpath(path, _PACKAGE).encode())
                if STATUS_TRACKS_WRITES:
                    status = os.stat(path)
                    digest.update(f"\0{status.st_size}\0{status.st_ino}\0{status.st_mtime_ns}\0"
                                  f"{status.st_ctime_ns}\n".encode())
                else:
                    with open(path, "rb") as handle:
                        digest.update(handle.read())
    return digest.hexdigest()


def _pydantic_version() -> str:
    """The text of pydantic's version module, found without importing pydantic (a run whose
    rules and results all come from the cache never needs it)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("pydantic")
        locations = list(spec.submodule_search_locations or []) if spec is not None else []
        return (Path(locations[0]) / "version.py").read_text(encoding="utf-8") if locations else "none"
    except (ImportError, OSError, ValueError):
        return "unknown"


def _entry(directory: Path, kind: str, key: str) -> Path:
    return directory / f"{kind}-{hashlib.sha256(key.encode()).hexdigest()[:40]}.pickle"


def _key(fingerprint: str, name: str) -> str:
    return f"{fingerprint}|{name}|{code_fingerprint()}"


def _trusted(path: Path) -> bool:
    """Only the user's own files, writable by nobody else, are unpickled."""
    try:
        status = path.stat()
    except OSError:
        return False
    if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & 0o022):
        return False
    return True


def load_entry(kind: str, key: str) -> Any:
    """The value stored under `key` among the entries of one `kind` ("rules", "check"), or
    None (a miss). The caller checks that the value has the shape it expects."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        path = _entry(directory, kind, key)
        if not _trusted(path):
            return None
        stored_key, value = pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - whatever is wrong with an entry, it is a miss
        return None
    return value if stored_key == key else None


def store_entry(kind: str, key: str, value: Any) -> None:
    """Keep `value` under `key`, atomically; silently does nothing when the cache cannot be
    written. Beyond `MAX_ENTRIES` of this kind, the oldest are removed."""
    directory = cache_dir()
    if directory is None:
        return
    temporary: Path | None = None
    try:
        data = _dumps((key, value))
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        # a new file of a random name, only the user's (what `tempfile` does, without importing
        # it and what it imports at every `check` start that stores a result)
        name = directory / f".{kind}-{os.urandom(8).hex()}.tmp"
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                     | getattr(os, "O_BINARY", 0), 0o600)
        temporary = name
        with open(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, _entry(directory, kind, key))
        temporary = None
        _prune(directory, kind)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is only slower
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


class _Pickler(pickle.Pickler):
    """Pickles a compiled pattern as `lazyre.compile_pattern(pattern, flags)`: a later process
    gives the engine the code kept for it instead of parsing and compiling it again (what
    `re.Pattern` pickles as)."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is _PATTERN:
            from .lazyre import compile_pattern

            return compile_pattern, (obj.pattern, obj.flags)
        return NotImplemented


_PATTERN = type(re.compile(""))


def _dumps(value: Any) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def load(fingerprint: str, name: str, expected: type[T]) -> T | None:
    """The entry for `name` of the rules with this fingerprint, or None (a miss)."""
    value = load_entry("rules", _key(fingerprint, name))
    return value if isinstance(value, expected) else None


def store(fingerprint: str, name: str, value: Any) -> None:
    """Keep a validated `value`; silently does nothing when the cache cannot be written."""
    store_entry("rules", _key(fingerprint, name), value)


def cached(fingerprint: str, name: str, expected: type[T], build: Callable[[], T]) -> T:
    """The entry for `name`, else `build()` (which validates and raises on invalid rules),
    stored for the next process."""
    value = load(fingerprint, name, expected)
    if value is None:
        value = build()
        store(fingerprint, name, value)
    return value


def _prune(directory: Path, kind: str) -> None:
    entries = sorted(directory.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime)
    for old in entries[:-MAX_ENTRIES]:
        old.unlink(missing_ok=True)
