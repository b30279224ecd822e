"""FOIA batch processing: redact a folder of documents at one or more levels, in parallel,
resumably, and write a summary and a Vaughn index.

    >>> from sbu_redact.batch import run_batch
    >>> result = run_batch("request-2024-0117/", "release/", levels=["public"], jobs=2)
    >>> result.exit_status          # 0 when every document was processed, 1 otherwise

Layout of OUT_DIR (it mirrors IN_DIR; `<stem>` is a document's path relative to IN_DIR
without its extension, or with it when two inputs of one folder share a stem):

    <stem>.<level>.txt            one version per level (`partner-GBR` for the partner level)
    <stem>.<level>.log.json       its audit log (never the withheld text)
    <stem>.manifest.json          written LAST, atomically: input sha256, policy key, the sha256
                                  of every output and the document's Vaughn index rows
    summary.json                  counts and per-document status, failures with one-line reasons
    vaughn_index.csv              one row per withheld portion and per redaction

Resuming: a document is skipped when its manifest records the same input sha256 and policy
key (rules fingerprint, levels, partner, model) and every output it lists is present with the
recorded sha256. Every file is written with `atomic_write`, so a run killed at any point loses
no finished document and leaves no half-written file; the temporary files of a killed run
(hidden names ending in `.tmp`) are removed by the next run. Deterministic failures (unreadable
input, leak check) are recorded in the manifest too, so an unchanged bad document is not
retried. The index and the summary are rebuilt at the end of every run from the manifests of
the documents found in IN_DIR, so a resumed run gives the same index as an uninterrupted one.

Safety: output paths are built from the input's relative path, created one directory at a time
without following symbolic links, and checked to resolve inside OUT_DIR; an input that is a
symbolic link to a file outside IN_DIR is refused (reported as failed), symbolic links to
directories are not followed, hidden files and folders are skipped, and so is OUT_DIR when it
lies inside IN_DIR.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Iterator, Sequence

from .pipeline import version_name
from .textio import atomic_write

__all__ = ["SUFFIXES", "BatchError", "Source", "DocumentResult", "BatchResult", "discover", "run_batch",
           "VAUGHN_COLUMNS", "MANIFEST_SUFFIX", "SUMMARY_NAME", "INDEX_NAME"]

SUFFIXES = (".txt", ".md", ".markdown")
MANIFEST_SUFFIX = ".manifest.json"
SUMMARY_NAME = "summary.json"
INDEX_NAME = "vaughn_index.csv"
REVIEW_INDEX_NAME = "index.html"
LOCK_NAME = ".sbu-redact-batch.lock"
MANIFEST_FORMAT = "sbu-redact-batch-manifest/1"
SUMMARY_FORMAT = "sbu-redact-batch-summary/1"
#: Temporary files of `atomic_write`: `.<name>.<8 random characters>.tmp`.
_TEMP_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")

VAUGHN_COLUMNS = ["document_id", "document_ref", "level", "version", "paragraph", "line", "line_end",
                  "start", "end", "length", "action", "exemption", "needs_review", "entity_type", "rule",
                  "reason"]


class BatchError(Exception):
    """A usage error: bad folders, or OUT_DIR busy with another batch. One line."""


class UnsafePath(Exception):
    """An output path would leave OUT_DIR."""


# ---------------------------------------------------------------------------- discovery
@dataclass(frozen=True)
class Source:
    """One input document. `rel` is its path relative to IN_DIR (POSIX form, as found on disk);
    `document_id` is `rel` made printable (undecodable bytes of a file name escaped); `stem` is
    the output path relative to OUT_DIR, without the level suffix."""

    path: Path
    rel: str
    stem: str
    document_id: str
    problem: str | None = None


def _printable(name: str) -> str:
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def discover(in_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str] | None = None) -> list[Source]:
    """The documents under `in_dir` (.txt, .md, .markdown, any case), sorted by relative path.

    Hidden files and folders, symbolic links to folders and `out_dir` (when inside `in_dir`) are
    skipped. A symbolic link to a file outside `in_dir` is listed with a `problem` (it is never
    read)."""
    root = Path(in_dir).resolve()
    out_root = Path(out_dir).resolve() if out_dir is not None else None
    found: list[tuple[str, Path, str | None]] = []
    for current, dirs, files in os.walk(root, followlinks=False):
        here = Path(current)
        dirs[:] = sorted(d for d in dirs
                         if not d.startswith(".") and not (here / d).is_symlink()
                         and not (out_root is not None and (here / d).resolve() == out_root))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            path = here / name
            problem = None
            if path.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    problem = "is a broken symbolic link"
                else:
                    if not _inside(target, root):
                        problem = "is a symbolic link to a file outside the input folder (not read)"
            found.append((path.relative_to(root).as_posix(), path, problem))
    found.sort(key=lambda item: item[0])
    stems: dict[str, int] = {}
    for rel, _, _ in found:
        key = _strip_suffix(rel)
        stems[key] = stems.get(key, 0) + 1
    sources = []
    for rel, path, problem in found:
        stem = _strip_suffix(rel)
        sources.append(Source(path=path, rel=rel, stem=rel if stems[stem] > 1 else stem,
                              document_id=_printable(rel), problem=problem))
    return sources


def _strip_suffix(rel: str) -> str:
    head, _, tail = rel.rpartition("/")
    base = tail.rsplit(".", 1)[0] if "." in tail.lstrip(".") else tail
    return f"{head}/{base}" if head else base


# ---------------------------------------------------------------------------- safe output paths
def _safe_dir(out_root: Path, parts: Sequence[str]) -> Path:
    """Create `out_root/parts...` one level at a time, refusing symbolic links and anything
    that would resolve outside `out_root`."""
    current = out_root
    for part in parts:
        if part in ("", ".", "..") or "/" in part or "\x00" in part:
            raise UnsafePath(f"unsafe path component {part!r}")
        current = current / part
        if current.is_symlink():
            raise UnsafePath(f"{_printable(str(current))} is a symbolic link")
        try:
            current.mkdir()
        except FileExistsError:
            if not current.is_dir():
                raise UnsafePath(f"{_printable(str(current))} exists and is not a folder") from None
    resolved = current.resolve(strict=True)
    if not _inside(resolved, out_root):
        raise UnsafePath(f"{_printable(str(current))} resolves outside the output folder")
    return resolved


def output_path(out_root: Path, stem: str, suffix: str) -> Path:
    """OUT_DIR/<stem><suffix>, with its folders created, guaranteed inside OUT_DIR (which must
    already be resolved)."""
    rel = PurePosixPath(stem + suffix)
    if rel.is_absolute():
        raise UnsafePath(f"absolute output name {_printable(str(rel))!r}")
    parts = rel.parts
    directory = _safe_dir(out_root, parts[:-1])
    target = directory / parts[-1]
    if parts[-1] in (".", "..") or not _inside(target.parent, out_root):
        raise UnsafePath(f"unsafe output name {_printable(str(rel))!r}")
    if target.is_dir() and not target.is_symlink():
        raise UnsafePath(f"{_printable(str(target))} is a folder")
    return target


def _existing(out_root: Path, stem: str, suffix: str) -> Path | None:
    """The path of an existing output (no folder created), or None when missing or unsafe."""
    target = out_root.joinpath(*PurePosixPath(stem + suffix).parts)
    try:
        if target.is_symlink() or not target.is_file():
            return None
        if not _inside(target.parent.resolve(strict=True), out_root):
            return None
    except OSError:
        return None
    return target


# ---------------------------------------------------------------------------- policy key
@dataclass(frozen=True)
class Settings:
    """What a batch is run with; picklable for the worker processes."""

    levels: tuple[str, ...]
    partner: str | None
    rules_dir: str | None
    model: str | None
    out_root: str
    review: bool = False  # also write <stem>.<level>.review.html and index.html


def _sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _sha256_file(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _resolved_model(rules: Any, model: str | None) -> dict[str, str | None]:
    """The spaCy model a worker will use (found without loading it) and its version."""
    from importlib import metadata

    from .detection.engine import installed_model
    from .detection.settings import load_settings

    name = model or installed_model(load_settings(rules).models)
    version = None
    if name:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            try:
                version = metadata.version(name.replace("_", "-"))
            except metadata.PackageNotFoundError:
                version = None
    return {"name": name, "version": version}


def policy_description(settings: Settings) -> dict[str, Any]:
    """Everything besides the input that decides the outputs; its hash is the policy key."""
    from . import __version__
    from .config import load_rules

    rules = load_rules(settings.rules_dir)  # read again if its files changed since last time
    return {
        "sbu_redact": __version__,
        "rules": rules.fingerprint(),
        "levels": sorted(settings.levels),
        "partner": settings.partner.upper() if settings.partner else None,
        "model": _resolved_model(rules, settings.model),
        "review_pages": settings.review,
    }


def policy_key(description: dict[str, Any]) -> str:
    return _sha256_bytes(json.dumps(description, sort_keys=True).encode())


# ---------------------------------------------------------------------------- results
@dataclass
class DocumentResult:
    """What happened to one document. `status` is ok or failed; `run` is processed (work done
    in this run) or skipped (unchanged since a previous run)."""

    document_id: str
    status: str
    run: str
    reason: str | None = None
    outputs: list[str] = field(default_factory=list)
    versions: dict[str, dict[str, Any]] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list, repr=False)
    cacheable: bool = True
    removed: list[str] = field(default_factory=list)  # outputs of earlier runs no longer produced

    def summary(self) -> dict[str, Any]:
        data: dict[str, Any] = {"document_id": self.document_id, "status": self.status, "run": self.run}
        if self.reason is not None:
            data["reason"] = self.reason
        if self.status == "ok":
            data["outputs"] = self.outputs
            data["versions"] = self.versions
        return data


@dataclass
class BatchResult:
    documents: list[DocumentResult]
    out_dir: Path
    elapsed: float = 0.0

    @property
    def ok(self) -> list[DocumentResult]:
        return [d for d in self.documents if d.status == "ok"]

    @property
    def failed(self) -> list[DocumentResult]:
        return [d for d in self.documents if d.status == "failed"]

    @property
    def processed(self) -> int:
        return sum(1 for d in self.documents if d.run == "processed")

    @property
    def skipped(self) -> int:
        return sum(1 for d in self.documents if d.run == "skipped")

    @property
    def exit_status(self) -> int:
        return 1 if self.failed else 0

    @property
    def summary_path(self) -> Path:
        return self.out_dir / SUMMARY_NAME

    @property
    def index_path(self) -> Path:
        return self.out_dir / INDEX_NAME


# ---------------------------------------------------------------------------- worker side
_WORKER: dict[str, Any] = {}
_LOCK_FD: int | None = None


def _die_with_parent() -> None:
    """Linux: the worker gets SIGKILL when the process that started it dies, so a killed batch
    leaves no orphan still writing."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
        except Exception:  # pragma: no cover - best effort
            pass


def _init_worker(settings: Settings, parent: int, warm: bool = True) -> None:
    """Process initializer: one Pipeline (one NER engine) per process, built once."""
    if parent != os.getpid():
        _die_with_parent()
        _WORKER["ppid"] = os.getppid()
    from .pipeline import Pipeline

    pipeline = Pipeline(rules=settings.rules_dir, model=settings.model)
    if warm:
        pipeline.detector  # noqa: B018 - builds the NER engine now, once
    _WORKER.update(settings=settings, pipeline=pipeline)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _rows(document_id: str, document_ref: str, version: str, level: str, log: dict[str, Any],
          text: str) -> list[dict[str, Any]]:
    rows = []
    for action in log["actions"]:
        if action["kind"] not in ("withhold", "redact", "possible_name"):
            continue
        start, end = action["start"], action["end"]
        rows.append({
            "document_id": document_id, "document_ref": document_ref, "level": level, "version": version,
            "paragraph": action.get("paragraph"), "line": _line(text, start),
            "line_end": _line(text, max(start, end - 1)), "start": start, "end": end, "length": end - start,
            "action": action["kind"], "exemption": action.get("exemption") or "",
            "needs_review": "yes" if action.get("review") or action["kind"] == "possible_name" else "no",
            "entity_type": action.get("entity_type") or "", "rule": action.get("rule") or "",
            "reason": " ".join(str(action.get("reason") or "").split()),
        })
    return rows


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _document_ref(document: Any) -> str:
    header = getattr(document, "header", None)
    if header is not None and getattr(header, "cable_id", None):
        return str(header.cable_id)
    return ""


def process(source: Source, input_sha: str | None, key: str) -> DocumentResult:
    """Redact one document at every level and write its outputs, then its manifest (last).
    Runs in a worker process; never raises for a bad document."""
    return process_many([(source, input_sha)], key)[0]


def process_many(items: Sequence[tuple[Source, str | None]], key: str) -> list[DocumentResult]:
    """`process` for each document, the NER of all of them in one stream (`Pipeline.redact_many`)."""
    if "ppid" in _WORKER and os.getppid() != _WORKER["ppid"]:
        os._exit(1)  # the batch was killed: do not write anything more
    settings: Settings = _WORKER["settings"]
    pipeline = _WORKER["pipeline"]
    out_root = Path(settings.out_root)
    from .textio import InputError, read_text_file

    results: list[DocumentResult | None] = [None] * len(items)
    read: list[tuple[int, str, Any]] = []
    for i, (source, input_sha) in enumerate(items):
        if source.problem:
            results[i] = _failed(out_root, source, input_sha, key, settings, source.problem, cacheable=False)
            continue
        try:
            text = read_text_file(source.path)
            read.append((i, text, pipeline.read(text)))
        except InputError as exc:
            results[i] = _failed(out_root, source, input_sha, key, settings, exc.problem,
                                 cacheable=exc.problem.startswith(("is ", "looks like", "too large")))
        except Exception as exc:  # one bad document must not stop the batch
            results[i] = _failed(out_root, source, input_sha, key, settings,
                                 f"internal error: {exc.__class__.__name__}: {exc}", cacheable=False)
    try:
        redacted = pipeline.redact_many([text for _, text, _ in read], levels=list(settings.levels),
                                        partner=settings.partner, documents=[doc for _, _, doc in read])
    except Exception:  # isolate the document that fails: one at a time
        redacted = []
        for _, text, doc in read:
            try:
                redacted += pipeline.redact_many([text], levels=list(settings.levels), partner=settings.partner,
                                                 documents=[doc])
            except Exception as exc:
                redacted.append(exc)
    for (i, text, document), versions in zip(read, redacted):
        source, input_sha = items[i]
        results[i] = _write_versions(out_root, source, input_sha, key, settings, text, document, versions)
    return [r for r in results if r is not None]


def _failed(out_root: Path, source: Source, input_sha: str | None, key: str, settings: Settings, reason: str,
            cacheable: bool = True) -> DocumentResult:
    result = DocumentResult(source.document_id, "failed", "processed", reason=_one_line(reason),
                            cacheable=cacheable and input_sha is not None)
    result.removed = _forget_outputs(out_root, source, settings)
    if result.cacheable:
        _write_manifest(out_root, source, input_sha, key, result)
    return result


def _write_versions(out_root: Path, source: Source, input_sha: str | None, key: str, settings: Settings,
                    text: str, document: Any, versions: Any) -> DocumentResult:
    from .audit import dumps
    from .leakcheck import LeakError

    if isinstance(versions, LeakError):
        return _failed(out_root, source, input_sha, key, settings, f"version refused by the leak check: {versions}")
    if isinstance(versions, Exception):
        return _failed(out_root, source, input_sha, key, settings,
                       f"internal error: {versions.__class__.__name__}: {versions}", cacheable=False)
    from .suggest import review_counts

    earlier = _recorded_outputs(out_root, source)
    result = DocumentResult(source.document_id, "ok", "processed")
    hashes: dict[str, str] = {}
    ref = _document_ref(document)
    try:
        for level, version in versions.items():
            name = version_name(level, settings.partner)
            log = version.log_dict(document_id=source.document_id, include_text=False)
            outputs = [(f".{name}.txt", version.text), (f".{name}.log.json", dumps(log))]
            if settings.review:
                from .review import REVIEW_SUFFIX, render_review

                outputs.append((f".{name}{REVIEW_SUFFIX}",
                                render_review(document, version, document_id=source.document_id)))
            for suffix, payload in outputs:
                data = payload.encode("utf-8")
                atomic_write(output_path(out_root, source.stem, suffix), data)
                hashes[_printable(source.stem + suffix)] = _sha256_bytes(data)
            summary = log.get("summary", {})
            result.versions[name] = {
                "stamp": version.stamp, "banner": version.banner,
                "withheld": summary.get("by_kind", {}).get("withhold", 0),
                "redacted": summary.get("by_kind", {}).get("redact", 0),
                "needs_review": summary.get("needs_review", 0),
                **{f"review_{k}" if k != "possible_names" else k: v for k, v in review_counts(version).items()},
                "changes": summary.get("actions", 0),
            }
            result.rows.extend(_rows(source.document_id, ref, name, level, log, text))
    except (OSError, UnsafePath) as exc:
        what = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return _failed(out_root, source, input_sha, key, settings, f"cannot write output: {what}", cacheable=False)
    result.outputs = sorted(hashes)
    # stale outputs go before the new manifest: a run killed in between reprocesses the document
    result.removed = _remove_outputs(out_root, sorted(set(earlier) - set(hashes)))
    _write_manifest(out_root, source, input_sha, key, result, hashes)
    return result


def _forget_outputs(out_root: Path, source: Source, settings: Settings) -> list[str]:
    """A document that fails now must not leave versions of an earlier run behind: this run's
    outputs and whatever its previous manifest listed go. Returns what was removed."""
    names = {_printable(source.stem + suffix) for suffix in _suffixes(source, settings)}
    names.update(_recorded_outputs(out_root, source))
    removed = _remove_outputs(out_root, sorted(names))
    manifest = _existing(out_root, source.stem, MANIFEST_SUFFIX)
    if manifest is not None:
        try:
            manifest.unlink()
        except OSError:
            pass
    return removed


def _recorded_outputs(out_root: Path, source: Source) -> list[str]:
    """The outputs the document's manifest lists (those of the last run that wrote them)."""
    manifest = _load_manifest(out_root, source)
    outputs = manifest.get("outputs") if manifest else None
    return sorted(outputs) if isinstance(outputs, dict) else []


def _remove_outputs(out_root: Path, names: Sequence[str]) -> list[str]:
    """Remove outputs named relative to OUT_DIR (never following a link out of it)."""
    removed = []
    for name in names:
        path = _existing(out_root, name, "")
        if path is None:
            continue
        try:
            path.unlink()
            removed.append(name)
        except OSError:
            pass
    return removed


def remove_orphans(out_root: Path, sources: Sequence[Source]) -> list[str]:
    """Outputs of documents no longer in IN_DIR (their manifests, and what those list), so the
    folder, summary.json and the Vaughn index agree."""
    current = {source.stem + MANIFEST_SUFFIX for source in sources}
    removed: list[str] = []
    for here, dirs, files in os.walk(out_root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.endswith(MANIFEST_SUFFIX):
                continue
            rel = (Path(here) / name).relative_to(out_root).as_posix()
            if rel in current:
                continue
            stem = rel[: -len(MANIFEST_SUFFIX)]
            orphan = Source(path=Path(here) / name, rel=rel, stem=stem, document_id=_printable(stem))
            listed = [n for n in _recorded_outputs(out_root, orphan) if n.startswith(stem + ".")]
            removed += _remove_outputs(out_root, listed + [rel])
    return removed


def _write_manifest(out_root: Path, source: Source, input_sha: str | None, key: str,
                    result: DocumentResult, hashes: dict[str, str] | None = None) -> None:
    manifest = {
        "format": MANIFEST_FORMAT,
        "document_id": source.document_id,
        "input_sha256": input_sha,
        "policy_key": key,
        "status": result.status,
        "reason": result.reason,
        "outputs": hashes or {},
        "versions": result.versions,
        "vaughn": result.rows,
    }
    try:
        atomic_write(output_path(out_root, source.stem, MANIFEST_SUFFIX),
                     json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    except (OSError, UnsafePath):
        pass


# ---------------------------------------------------------------------------- resuming
def _load_manifest(out_root: Path, source: Source) -> dict[str, Any] | None:
    path = _existing(out_root, source.stem, MANIFEST_SUFFIX)
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == MANIFEST_FORMAT else None


def _expected_outputs(source: Source, settings: Settings) -> list[str]:
    return sorted(_printable(source.stem + suffix) for suffix in _suffixes(source, settings))


def up_to_date(out_root: Path, source: Source, input_sha: str | None, key: str,
               settings: Settings) -> DocumentResult | None:
    """The recorded result when the document's outputs are current, else None."""
    if input_sha is None or source.problem:
        return None
    manifest = _load_manifest(out_root, source)
    if manifest is None or manifest.get("input_sha256") != input_sha or manifest.get("policy_key") != key:
        return None
    if manifest.get("status") == "failed":
        return DocumentResult(source.document_id, "failed", "skipped", reason=manifest.get("reason"))
    outputs = manifest.get("outputs") or {}
    if sorted(outputs) != _expected_outputs(source, settings):
        return None
    for suffix in _suffixes(source, settings):
        path = _existing(out_root, source.stem, suffix)
        if path is None or _sha256_file(path) != outputs.get(_printable(source.stem + suffix)):
            return None
    return DocumentResult(source.document_id, "ok", "skipped", outputs=sorted(outputs),
                          versions=manifest.get("versions") or {}, rows=manifest.get("vaughn") or [])


def _suffixes(source: Source, settings: Settings) -> Iterator[str]:
    for level in settings.levels:
        name = version_name(level, settings.partner)
        yield f".{name}.txt"
        yield f".{name}.log.json"
        if settings.review:
            yield f".{name}.review.html"


# ---------------------------------------------------------------------------- housekeeping
def _lock(out_root: Path) -> int | None:
    """Hold OUT_DIR for this run (POSIX advisory lock; released by the kernel if killed)."""
    global _LOCK_FD
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return None
    fd = os.open(out_root / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise BatchError(f"{out_root}: another sbu-redact batch is writing to this folder") from None
    _LOCK_FD = fd
    return fd


def _unlock(fd: int | None) -> None:
    global _LOCK_FD
    if fd is not None:
        os.close(fd)
        _LOCK_FD = None


def clean_stale_temporaries(out_root: Path) -> int:
    """Remove the temporary files a killed run left (we hold the lock, so none is live)."""
    removed = 0
    for current, dirs, files in os.walk(out_root, followlinks=False):
        for name in files:
            if _TEMP_NAME.match(name):
                try:
                    os.unlink(os.path.join(current, name))
                    removed += 1
                except OSError:
                    pass
    return removed


def _check_folders(in_dir: Path, out_dir: Path) -> tuple[Path, Path]:
    if not in_dir.exists():
        raise BatchError(f"{in_dir}: input folder not found")
    if not in_dir.is_dir():
        raise BatchError(f"{in_dir}: input is not a folder")
    in_root = in_dir.resolve()
    if out_dir.exists() and not out_dir.is_dir():
        raise BatchError(f"{out_dir}: output exists and is not a folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    out_root = out_dir.resolve()
    if _inside(in_root, out_root):
        raise BatchError(f"{out_dir}: the output folder must not be the input folder or contain it")
    return in_root, out_root


# ---------------------------------------------------------------------------- summary and index
def write_index(out_root: Path, results: Sequence[DocumentResult], levels: Sequence[str]) -> int:
    """vaughn_index.csv: one row per withheld portion and per redaction, by document (path
    order), level (command-line order) and position. Never the withheld text."""
    order = {level: i for i, level in enumerate(levels)}
    rows = [row for r in results if r.status == "ok" for row in r.rows]
    rows.sort(key=lambda row: (row["document_id"], order.get(row["level"], len(order)), row["start"],
                               row["end"], row["action"], row["entity_type"]))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=VAUGHN_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in VAUGHN_COLUMNS})
    atomic_write(out_root / INDEX_NAME, buffer.getvalue())
    return len(rows)


def write_summary(out_root: Path, results: Sequence[DocumentResult], levels: Sequence[str],
                  description: dict[str, Any], key: str, index_rows: int,
                  removed: Sequence[str] = ()) -> dict[str, Any]:
    summary = {
        "format": SUMMARY_FORMAT,
        "levels": list(levels),
        "partner": description["partner"],
        "model": description["model"],
        "rules_fingerprint": description["rules"],
        "policy_key": key,
        "counts": {
            "documents": len(results),
            "ok": sum(1 for r in results if r.status == "ok"),
            "failed": sum(1 for r in results if r.status == "failed"),
            "processed": sum(1 for r in results if r.run == "processed"),
            "skipped": sum(1 for r in results if r.run == "skipped"),
            "vaughn_rows": index_rows,
            "possible_names": sum(v.get("possible_names", 0) for r in results for v in (r.versions or {}).values()),
        },
        "failures": [{"document_id": r.document_id, "reason": r.reason} for r in results if r.status == "failed"],
        "documents": [r.summary() for r in results],
        # outputs of earlier runs that this run no longer produces (other levels, documents gone)
        "removed_stale": list(removed),
    }
    atomic_write(out_root / SUMMARY_NAME, json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    return summary


def write_review_index(out_root: Path, results: Sequence[DocumentResult], settings: Settings) -> list[str]:
    """index.html linking every review page (with --review); without it, an index.html left by
    an earlier run is stale and removed. Returns the names removed."""
    target = out_root / REVIEW_INDEX_NAME
    if not settings.review:
        return _remove_outputs(out_root, [REVIEW_INDEX_NAME]) if target.is_file() else []
    from urllib.parse import quote

    from .review import REVIEW_SUFFIX, render_index

    rows: list[dict[str, Any]] = []
    for result in results:
        if result.status != "ok":
            rows.append({"document_id": result.document_id, "version": "", "href": "", "stamp": "",
                         "status": "failed", "reason": result.reason, "changes": "", "review_portions": "",
                         "review_spans": "", "possible_names": ""})
            continue
        stem = next((o[: -len(f".{n}{REVIEW_SUFFIX}")] for n in result.versions for o in result.outputs
                     if o.endswith(f".{n}{REVIEW_SUFFIX}")), None)
        for name, info in result.versions.items():
            href = quote(f"{stem}.{name}{REVIEW_SUFFIX}") if stem is not None else ""
            rows.append({"document_id": result.document_id, "version": name, "href": href, "status": "ok",
                         "reason": None, "stamp": info.get("stamp", ""), "changes": info.get("changes", ""),
                         "review_portions": info.get("review_portions", ""),
                         "review_spans": info.get("review_spans", ""),
                         "possible_names": info.get("possible_names", "")})
    atomic_write(target, render_index(rows, title=f"Review: {len(results)} documents"))
    return []


# ---------------------------------------------------------------------------- running
Progress = Callable[[DocumentResult, int, int], None]


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 2))


def prepare(in_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str], levels: Sequence[str],
            partner: str | None = None, rules: str | os.PathLike[str] | None = None,
            model: str | None = None, review: bool = False) -> tuple[Settings, Path, Path]:
    """Validate everything a run needs (raising BatchError, RulesError or PolicyError) before
    any output is written."""
    from .pipeline import Pipeline

    if not levels:
        raise BatchError("at least one --level is needed")
    levels = list(dict.fromkeys(levels))
    rules_dir = str(rules) if rules is not None else None
    Pipeline(rules=rules_dir, model=model).levels(levels, partner)  # unknown level: PolicyError
    in_root, out_root = _check_folders(Path(in_dir), Path(out_dir))
    settings = Settings(levels=tuple(levels), partner=partner.upper() if partner else None,
                        rules_dir=rules_dir, model=model, out_root=str(out_root), review=review)
    return settings, in_root, out_root


def run_batch(in_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str], levels: Sequence[str],
              partner: str | None = None, jobs: int | None = None, rules: str | os.PathLike[str] | None = None,
              model: str | None = None, progress: Progress | None = None,
              on_start: Callable[[int, int], None] | None = None, review: bool = False,
              scheduler: Any = None) -> BatchResult:
    """Process every document under `in_dir` into `out_dir` (see the module docstring).
    With `scheduler` (a dask.distributed scheduler address or Client) the documents are
    redacted on that cluster (see `sbu_redact.distributed`) instead of in local processes.

    `progress(result, done, total)` is called for each document processed in this run;
    `on_start(to_process, skipped)` once, before the work starts. Raises BatchError,
    RulesError or PolicyError for usage problems, before anything is written."""
    began = time.monotonic()
    settings, in_root, out_root = prepare(in_dir, out_dir, levels, partner, rules, model, review)
    description = policy_description(settings)
    key = policy_key(description)
    lock = _lock(out_root)
    try:
        clean_stale_temporaries(out_root)
        sources = discover(in_root, out_root)
        results: dict[str, DocumentResult] = {}
        todo: list[tuple[Source, str | None]] = []
        for source in sources:
            input_sha = None if source.problem else _sha256_file(source.path)
            done = up_to_date(out_root, source, input_sha, key, settings)
            if done is not None:
                results[source.rel] = done
            else:
                todo.append((source, input_sha))
        if on_start is not None:
            on_start(len(todo), len(sources) - len(todo))
        if scheduler is not None:
            from .distributed import execute

            executed = execute(todo, key, settings, scheduler, progress)
        else:
            executed = _execute(todo, key, settings, jobs or default_jobs(), progress)
        for result in executed:
            results[result[0]] = result[1]
        ordered = [results[s.rel] for s in sources]
        stale = [name for r in ordered for name in r.removed] + remove_orphans(out_root, sources)
        stale += write_review_index(out_root, ordered, settings)
        rows = write_index(out_root, ordered, settings.levels)
        write_summary(out_root, ordered, settings.levels, description, key, rows, sorted(stale))
    finally:
        _unlock(lock)
    return BatchResult(documents=ordered, out_dir=out_root, elapsed=time.monotonic() - began)


def _task(chunk: Sequence[tuple[Source, str | None]], key: str) -> list[tuple[str, DocumentResult]]:
    return [(source.rel, result) for (source, _), result in zip(chunk, process_many(chunk, key))]


#: documents per task: their NER runs as one stream; small enough to balance workers and to
#: lose little when a batch is killed
CHUNK = 8


def chunks(todo: Sequence[tuple[Source, str | None]], size: int = CHUNK) -> list[Sequence[tuple[Source, str | None]]]:
    return [todo[i:i + size] for i in range(0, len(todo), size)]


def _mp_context() -> Any:
    """Spawned workers: they inherit none of this process's threads (the progress bar's) or open
    files, and, being its direct children, die with it (see `_die_with_parent`); a fork server
    would keep them alive after a SIGKILL. Each worker builds its own Pipeline once."""
    import multiprocessing

    return multiprocessing.get_context("spawn")


def _execute(todo: list[tuple[Source, str | None]], key: str, settings: Settings, jobs: int,
             progress: Progress | None) -> Iterator[tuple[str, DocumentResult]]:
    total = len(todo)
    if not todo:
        return
    if jobs <= 1 or total == 1:
        _init_worker(settings, os.getpid())
        done = 0
        for chunk in chunks(todo):
            for rel, result in _task(chunk, key):
                done += 1
                if progress is not None:
                    progress(result, done, total)
                yield rel, result
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=min(jobs, total), mp_context=_mp_context(),
                               initializer=_init_worker, initargs=(settings, os.getpid()))
    try:
        futures = {pool.submit(_task, chunk, key): chunk for chunk in chunks(todo, min(CHUNK, -(-total // jobs)))}
        done = 0
        for future in as_completed(futures):
            try:
                pairs = future.result()
            except BrokenProcessPool as exc:
                pairs = [(source.rel, DocumentResult(source.document_id, "failed", "processed",
                                                     reason=_one_line(f"worker process died: {exc}")))
                         for source, _ in futures[future]]
            except Exception as exc:  # pragma: no cover - process_many() catches document errors
                pairs = [(source.rel, DocumentResult(source.document_id, "failed", "processed",
                                                     reason=_one_line(f"internal error: {exc!r}")))
                         for source, _ in futures[future]]
            for rel, result in pairs:
                done += 1
                if progress is not None:
                    progress(result, done, total)
                yield rel, result
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def summary_line(result: BatchResult) -> str:
    rows = 0
    try:
        rows = json.loads(result.summary_path.read_text(encoding="utf-8"))["counts"]["vaughn_rows"]
    except (OSError, ValueError, KeyError):
        pass
    return (f"{len(result.documents)} documents: {len(result.ok)} ok, {len(result.failed)} failed; "
            f"{result.processed} processed, {result.skipped} unchanged and skipped; "
            f"{rows} Vaughn index rows; {result.elapsed:.1f}s")
