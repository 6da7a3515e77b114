"""A process killed with SIGKILL in the middle of an ingest loses nothing stored before, and a re-run finishes.

Two ways to die: (1) a real ``graphbuild ingest`` process killed at several points of a
long batch; (2) an ingest process stopped *inside* an article's transaction (its facts
written, spilled to the write-ahead log, not committed) and killed there. After each
kill the file passes SQLite's integrity and foreign-key checks, every stored article has
all its meetings, participants and agreements, and no article is half there; a re-run
stores the rest, each article exactly once, and gives the graph a clean ingest gives.
"""
from __future__ import annotations

import signal
import sqlite3
import struct
import time
from pathlib import Path

import pytest

from graphbuild.graph import build_graph
from graphbuild.store import ingest_extractions, open_store

from hardening_helpers import (
    expected_counts,
    graph_signature,
    graphbuild,
    integrity,
    many_extractions,
    start_graphbuild,
    start_pausing_ingest,
    stored_articles,
    write_extractions,
)

ARTICLES = 150


def _wait_for(condition, what: str, limit: float = 120.0, process=None) -> None:
    began = time.monotonic()
    while not condition():
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the process ended ({process.returncode}) before {what}: {process.stderr.read()}")
        if time.monotonic() - began > limit:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.005)


def _count(db: Path) -> int:
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0  # not created yet


def _check_whole(db: Path, expected: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """The file is sound and each stored article complete; what it holds."""
    assert integrity(db) == ("ok", [])
    stored = stored_articles(db)
    for source, counts in stored.items():
        assert counts == expected[source], source
    return stored


@pytest.fixture(scope="module")
def clean_graph(tmp_path_factory):
    """The graph of the batch ingested once, without any kill."""
    with open_store(tmp_path_factory.mktemp("clean") / "graph.sqlite") as store:
        summary = ingest_extractions(store, many_extractions(ARTICLES))
        assert summary.new == ARTICLES
        return graph_signature(build_graph(store))


def test_a_killed_ingest_leaves_whole_articles_and_a_rerun_completes(tmp_path: Path, clean_graph) -> None:
    batch = many_extractions(ARTICLES)
    expected = {e.source: expected_counts(e) for e in batch}
    source = write_extractions(tmp_path / "batch.json", batch)
    db = tmp_path / "graph.sqlite"
    kills = []
    for threshold in (15, 60, 110):
        process = start_graphbuild("ingest", "--db", str(db), "--extractions", "--no-progress", str(source))
        _wait_for(lambda threshold=threshold: _count(db) >= threshold, f"{threshold} articles", process=process)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL
        stored = _check_whole(db, expected)
        assert threshold <= len(stored) < ARTICLES
        kills.append(len(stored))
    assert kills == sorted(kills)  # each run kept what the one before stored

    finished = graphbuild("ingest", "--db", str(db), "--extractions", "--no-progress", "--json", str(source))
    assert finished.returncode == 0, finished.stderr
    stored = _check_whole(db, expected)
    assert set(stored) == set(expected)  # every article, once (sources are unique in the table)
    with open_store(db) as store:
        assert store.counts()["articles"] == ARTICLES
        assert graph_signature(build_graph(store)) == clean_graph


def _uncommitted_frames(wal: Path) -> int:
    """Frames after the last commit frame of a write-ahead log: the killed transaction's pages."""
    data = wal.read_bytes()
    if len(data) < 32:
        return 0
    page_size = struct.unpack(">I", data[8:12])[0]
    frames = [data[offset:offset + 24] for offset in range(32, len(data) - 23, 24 + page_size)]
    salts = data[16:24]
    valid = [frame for frame in frames if frame[8:16] == salts]
    last_commit = max((i for i, frame in enumerate(valid) if struct.unpack(">I", frame[4:8])[0]), default=-1)
    return len(valid) - 1 - last_commit


def test_a_process_killed_inside_a_transaction_leaves_the_article_out(tmp_path: Path, clean_graph) -> None:
    batch = many_extractions(ARTICLES)
    expected = {e.source: expected_counts(e) for e in batch}
    source = write_extractions(tmp_path / "batch.json", batch)
    db = tmp_path / "graph.sqlite"
    process, marker = start_pausing_ingest(tmp_path, db, source, batch[40].source)
    _wait_for(marker.exists, "the pause inside the transaction", process=process)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert _uncommitted_frames(db.with_name(db.name + "-wal")) > 0  # the hard case: pages of it on disk

    stored = _check_whole(db, expected)
    assert set(stored) == {e.source for e in batch[:40]}  # everything before it, nothing of it
    with open_store(db) as store:
        meetings = store.connection.execute("SELECT count(*) FROM meetings").fetchone()[0]
        assert meetings == sum(len(e.meetings) for e in batch[:40])

    finished = graphbuild("ingest", "--db", str(db), "--extractions", "--no-progress", "--json", str(source))
    assert finished.returncode == 0, finished.stderr
    assert '"new": 110' in finished.stdout and '"unchanged": 40' in finished.stdout
    assert set(_check_whole(db, expected)) == set(expected)
    with open_store(db) as store:
        assert graph_signature(build_graph(store)) == clean_graph
