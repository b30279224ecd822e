"""Run a FOIA batch on a dask.distributed cluster.

    >>> run_batch_on_cluster("request/", "release/", ["public", "usg"], scheduler="tcp://10.0.0.5:8786")

is `batch.run_batch` with the documents redacted by the cluster's workers instead of local
processes: discovery, resume, the lock, the Vaughn index and the summary stay on the client;
each task redacts a few documents (`batch.process_many`) and writes their outputs and manifests,
so outputs, manifests, resume and the index are byte for byte those of a local run. The workers
therefore need the input and output folders (and a `--rules` folder) at the same paths as the
client (a shared file system), and the same sbu_redact and spaCy model: a worker whose model or
version differs from the client's refuses the work rather than writing outputs under another
policy key.

One Pipeline (one spaCy model) per worker process: a `WorkerPlugin` builds it when the worker
joins (and on workers that join later); tasks on a worker with several threads take turns on it.
Documents are streamed: only a bounded number of tasks is submitted ahead of the results, and
a task carries paths, not texts.
"""
from __future__ import annotations

import os
import threading
from itertools import islice
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from distributed import WorkerPlugin

from .batch import (CHUNK, BatchError, DocumentResult, Progress, Settings, Source, _one_line, _resolved_model, chunks,
                    process_many, run_batch)

if TYPE_CHECKING:  # pragma: no cover
    from .batch import BatchResult

#: tasks submitted ahead per worker thread: enough to keep workers busy, few enough to bound memory
TASKS_AHEAD = 2
CONNECT_TIMEOUT = "20s"
_LOCK = threading.Lock()
_PIPELINES: dict[tuple[str | None, str | None], Any] = {}


class PipelinePlugin(WorkerPlugin):
    """Builds the worker's Pipeline (and its NER engine) once, when the worker starts, and
    checks that the worker resolves the same spaCy model and version as the client."""

    name = "sbu-redact-pipeline"

    def __init__(self, settings: Settings, model: dict[str, str | None]):
        self.settings = settings
        self.model = model

    def setup(self, worker: Any) -> None:  # noqa: D102
        pipeline_for(self.settings, self.model)


def pipeline_for(settings: Settings, expected_model: dict[str, str | None]) -> Any:
    """This process's Pipeline for the settings' rules and model, built on first use."""
    from .config import load_rules
    from .pipeline import Pipeline

    key = (settings.rules_dir, settings.model)
    with _LOCK:
        if key not in _PIPELINES:
            found = _resolved_model(load_rules(settings.rules_dir), settings.model)
            if found != expected_model:
                raise RuntimeError(f"worker {os.uname().nodename} has spaCy model {found}, the client "
                                   f"{expected_model}: install the same model on every worker")
            pipeline = Pipeline(rules=settings.rules_dir, model=settings.model)
            pipeline.detector  # noqa: B018 - builds the NER engine now, once per worker
            _PIPELINES[key] = pipeline
        return _PIPELINES[key]


def redact_chunk(chunk: Sequence[tuple[Source, str | None]], key: str, settings: Settings,
                 expected_model: dict[str, str | None]) -> list[tuple[str, DocumentResult]]:
    """A task: redact and write a few documents on a worker."""
    from . import batch

    pipeline = pipeline_for(settings, expected_model)
    with _LOCK:  # one Pipeline per worker: threads of one worker take turns
        batch._WORKER.update(settings=settings, pipeline=pipeline)
        batch._WORKER.pop("ppid", None)  # a dask worker outlives no batch of its own
        results = process_many(chunk, key)
    return [(source.rel, result) for (source, _), result in zip(chunk, results)]


def execute(todo: Sequence[tuple[Source, str | None]], key: str, settings: Settings, scheduler: Any,
            progress: Progress | None) -> Iterator[tuple[str, DocumentResult]]:
    """`batch._execute` on a cluster: results as the workers finish them."""
    from distributed import Client, as_completed

    total = len(todo)
    if not total:
        return
    from .config import load_rules

    expected = _resolved_model(load_rules(settings.rules_dir), settings.model)
    try:
        client = scheduler if isinstance(scheduler, Client) else Client(scheduler, set_as_default=False,
                                                                        timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise BatchError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from None
    try:
        client.register_plugin(PipelinePlugin(settings, expected), name=PipelinePlugin.name)
        threads = sum(client.nthreads().values()) or 1
        pending = iter(chunks(todo, min(CHUNK, max(1, -(-total // threads)))))

        def submit(chunk):
            future = client.submit(redact_chunk, chunk, key, settings, expected, pure=False)
            owners[future.key] = chunk
            return future

        owners: dict[str, Sequence[tuple[Source, str | None]]] = {}
        running = as_completed([submit(c) for c in islice(pending, threads * TASKS_AHEAD)], loop=client.loop)
        done = 0
        for future in running:
            chunk = owners.pop(future.key)
            try:
                pairs = future.result()
            except Exception as exc:  # a worker died or refused: these documents failed, say why
                pairs = [(source.rel, DocumentResult(source.document_id, "failed", "processed",
                                                     reason=_one_line(f"cluster worker failed: {exc}")))
                         for source, _ in chunk]
            future.release()
            following = next(pending, None)
            if following is not None:
                running.add(submit(following))
            for rel, result in pairs:
                done += 1
                if progress is not None:
                    progress(result, done, total)
                yield rel, result
    finally:
        if client is not scheduler:
            client.close()


def run_batch_on_cluster(in_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str], levels: Sequence[str],
                         scheduler: Any, partner: str | None = None, rules: str | os.PathLike[str] | None = None,
                         model: str | None = None, progress: Progress | None = None) -> "BatchResult":
    """`run_batch` on the dask.distributed cluster at `scheduler` (an address such as
    `tcp://host:8786`, or a `distributed.Client`)."""
    return run_batch(in_dir, out_dir, levels, partner=partner, rules=rules, model=model, progress=progress,
                     scheduler=scheduler)
