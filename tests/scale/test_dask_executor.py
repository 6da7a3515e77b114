"""Extraction on a Dask cluster fills the store exactly as one process does.

A local cluster of two worker processes (one thread each, as the README advises for a
real cluster) extracts the seeds and a few dev articles; ``graphbuild ingest --executor
dask`` writes them from the client, in input order. Every row of every table is the same
as after a single-process ingest, but the ingestion timestamps.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.cli import main

from tests.scale.corpus_helpers import store_rows

distributed = pytest.importorskip("distributed")

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "corpus" / "dev"

pytestmark = pytest.mark.model


def _articles(folder: Path) -> Path:
    """The seeds and six dev articles (French and English), in one folder."""
    folder.mkdir()
    for path in sorted((REPO / "seeds").glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    for path in sorted(DEV.glob("*.txt"))[:3] + sorted(DEV.glob("*_en_*.txt"))[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=40) as local:
        yield local


def test_a_dask_ingest_gives_the_store_of_a_single_process_ingest(tmp_path: Path, cluster, capsys) -> None:
    folder = _articles(tmp_path / "articles")
    single, distributed_db = tmp_path / "single.sqlite", tmp_path / "dask.sqlite"
    assert main(["ingest", "--db", str(single), "--no-progress", str(folder)]) == 0
    capsys.readouterr()
    code = main(["ingest", "--db", str(distributed_db), "--no-progress", "--executor", "dask",
                 "--scheduler", cluster.scheduler_address, "--batch", "3", str(folder)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "new: 11" in out
    single_tables, dask_tables = (store_rows(db, storage_order=True) for db in (single, distributed_db))
    assert single_tables["meetings"], "the articles gave no meeting: nothing was compared"
    assert dask_tables == single_tables


def test_the_same_stories_again_through_dask_change_nothing(tmp_path: Path, cluster, capsys) -> None:
    folder = _articles(tmp_path / "articles")
    db = tmp_path / "dask.sqlite"
    dask = ["--no-progress", "--executor", "dask", "--scheduler", cluster.scheduler_address]
    assert main(["ingest", "--db", str(db), *dask, str(folder)]) == 0
    before = store_rows(db, storage_order=True)
    copies = tmp_path / "copies"
    copies.mkdir()
    for path in sorted(folder.iterdir()):  # every article again, under another name, with Windows line ends
        (copies / f"again-{path.name}").write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    capsys.readouterr()
    assert main(["ingest", "--db", str(db), *dask, str(copies), str(folder)]) == 0
    out = capsys.readouterr().out
    assert "new: 0, changed: 0, unchanged: 22" in out, out
    assert store_rows(db, storage_order=True) == before


def test_the_workers_load_the_model_once_each(cluster) -> None:
    from distributed import Client

    from graphbuild.executor import DaskExecutor
    from graphbuild.ingest import iter_articles

    articles = [a for a in iter_articles([REPO / "seeds"])] * 3
    def loads() -> tuple[int, int]:
        from graphbuild.model import load_model

        info = load_model.cache_info()
        return info.misses, info.currsize

    with Client(cluster.scheduler_address) as client:
        results = [r for chunk in DaskExecutor(client, chunk=2).extract_chunks(articles) for r in chunk]
        counts = client.run(loads)
    assert [r.source for r in results] == [a.source for a in articles]  # input order
    assert len(counts) == 2, counts
    # each worker loaded each model it used once, however many chunks it extracted
    assert all(misses == models and 1 <= models <= 2 for misses, models in counts.values()), counts


def test_the_dask_executor_needs_a_scheduler_address(tmp_path: Path, capsys) -> None:
    code = main(["ingest", "--db", str(tmp_path / "x.sqlite"), "--executor", "dask", str(tmp_path)])
    assert code == 2
    assert "--scheduler" in capsys.readouterr().err
