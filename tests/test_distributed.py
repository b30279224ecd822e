"""A batch on a real dask.distributed LocalCluster (two worker processes) writes byte for byte
what a local batch writes, resumes like it, and builds one Pipeline per worker."""
from __future__ import annotations

import distributed
import pytest

from sbu_redact.batch import run_batch
from sbu_redact.distributed import run_batch_on_cluster
from test_batch import LEVELS, run_batch_cli, visible_files
from test_batch_corpus import make_corpus

COUNT = 14


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  scheduler_port=0, silence_logs=40) as local_cluster:
        yield local_cluster


@pytest.fixture(scope="module")
def runs(tmp_path_factory, cluster):
    root = tmp_path_factory.mktemp("distributed")
    corpus = make_corpus(root / "in", COUNT, seed=5)
    local = run_batch(corpus.root, root / "local", LEVELS, partner="GBR", jobs=1)
    remote = run_batch_on_cluster(corpus.root, root / "dask", LEVELS, scheduler=cluster.scheduler_address,
                                  partner="GBR")
    return corpus, root, local, remote


def test_cluster_outputs_are_those_of_a_local_run(runs):
    corpus, root, local, remote = runs
    assert remote.processed == local.processed == COUNT + len(corpus.bad)
    assert [d.status for d in remote.documents] == [d.status for d in local.documents]
    assert len(remote.failed) == len(corpus.bad)
    local_files, remote_files = visible_files(root / "local"), visible_files(root / "dask")
    assert sorted(remote_files) == sorted(local_files)
    different = [rel for rel in local_files if local_files[rel] != remote_files[rel]]
    assert different == [], different  # versions, logs, manifests, summary, Vaughn index
    assert b"[(b)(6)]" in b"".join(data for rel, data in remote_files.items() if rel.endswith(".public.txt"))


def test_one_pipeline_per_worker(runs, cluster):
    from sbu_redact import distributed as ours

    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        built = client.run(lambda: len(ours._PIPELINES))
    assert sorted(built.values()) == [1, 1]  # the plugin built it on both workers, once


def test_resume_on_the_cluster_and_from_the_command_line(runs, cluster):
    corpus, root, _, _ = runs
    again = run_batch_on_cluster(corpus.root, root / "dask", LEVELS, scheduler=cluster.scheduler_address,
                                 partner="GBR")
    assert again.processed == 0 and again.skipped == COUNT + len(corpus.bad)
    changed = corpus.root / corpus.good[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    args = ["--level", "usg", "--level", "public", "--level", "partner", "--partner", "GBR"]
    proc = run_batch_cli(corpus.root, root / "dask", *args, "--scheduler", cluster.scheduler_address)
    assert proc.returncode == 1, proc.stderr  # the bad documents still fail
    assert "; 1 processed, " in proc.stdout, proc.stdout
    local = run_batch(corpus.root, root / "local", LEVELS, partner="GBR", jobs=1)
    assert local.processed == 1
    assert visible_files(root / "dask") == visible_files(root / "local")


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("UNCLASSIFIED\n\n(U) Hello.\n\nUNCLASSIFIED\n", encoding="utf-8")
    proc = run_batch_cli(tmp_path / "in", tmp_path / "out", "--level", "public", "--scheduler", "tcp://127.0.0.1:9")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "dask scheduler" in proc.stderr
