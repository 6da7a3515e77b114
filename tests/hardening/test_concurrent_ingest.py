"""Two ingests at once on one database, and a reader (the app) that keeps going while they write.

SQLite in WAL mode with a busy timeout: writers queue one article's transaction at a time,
readers never wait. The two processes below start together on a file that does not exist
yet, with half their articles in common: every article ends up stored exactly once.
"""
from __future__ import annotations

import json
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from graphbuild.graph import build_graph
from graphbuild.store import ingest_extractions, open_store
from graphbuild.store import schema

from hardening_helpers import (
    expected_counts,
    graph_signature,
    integrity,
    many_extractions,
    start_graphbuild,
    start_pausing_ingest,
    stored_articles,
    write_extractions,
)

ARTICLES = 150


def _consistent(graph) -> None:
    """What a graph built from a half-written store would break: every report has its meeting and people."""
    for node, data in graph.nodes(data=True):
        if data["kind"] == "meeting":
            attendees = [u for u, _, d in graph.in_edges(node, data=True) if d["kind"] == "attended"]
            assert len(attendees) == 3, node  # each meeting of the batch has three people


def test_two_ingests_at_once_store_every_article_exactly_once(tmp_path: Path) -> None:
    batch = many_extractions(ARTICLES)
    first = write_extractions(tmp_path / "first.json", batch[:100])
    second = write_extractions(tmp_path / "second.json", batch[50:])
    db = tmp_path / "graph.sqlite"
    processes = [start_graphbuild("ingest", "--db", str(db), "--extractions", "--no-progress", "--json", str(path))
                 for path in (first, second)]

    # Meanwhile, a reader builds the graph again and again, as the app does on every change.
    builds, seen = 0, []
    while any(process.poll() is None for process in processes):
        if not db.exists():
            time.sleep(0.01)
            continue
        with open_store(db) as store, store.snapshot():
            graph = build_graph(store)
        _consistent(graph)
        seen.append(len(graph.graph["articles"]))
        builds += 1
    results = [process.communicate(timeout=120) + (process.returncode,) for process in processes]
    for _, err, code in results:
        assert code == 0, err
    summaries = [json.loads(out) for out, _, _ in results]
    assert sum(s["new"] for s in summaries) == ARTICLES
    assert sum(s["unchanged"] for s in summaries) == 50
    assert sum(s["failed"] for s in summaries) == 0

    assert integrity(db) == ("ok", [])
    stored = stored_articles(db)
    assert stored == {e.source: expected_counts(e) for e in batch}
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*), count(DISTINCT source) FROM articles").fetchone() == (150, 150)
    assert seen == sorted(seen)  # the reader never saw an article vanish
    assert any(0 < count < ARTICLES for count in seen), seen  # it did read while they wrote
    print(f"{builds} graph builds during the two ingests, of {sorted(set(seen))[:5]}… articles")

    with open_store(tmp_path / "clean.sqlite") as store:
        ingest_extractions(store, batch)
        clean = graph_signature(build_graph(store), ordered=False)
    with open_store(db) as store:
        assert graph_signature(build_graph(store), ordered=False) == clean


def test_the_store_opens_and_builds_while_a_writer_holds_the_lock(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    batch = many_extractions(40, meetings=3)
    source = write_extractions(tmp_path / "batch.json", batch)
    db = tmp_path / "graph.sqlite"
    writer, marker = start_pausing_ingest(tmp_path, db, source, batch[20].source)
    try:
        began = time.monotonic()
        while not marker.exists():
            assert writer.poll() is None, writer.stderr.read()
            assert time.monotonic() - began < 120, "the writer never reached its pause"
            time.sleep(0.01)
        # A reader that would need the write lock fails at once instead of waiting a minute.
        monkeypatch.setattr(schema, "BUSY_TIMEOUT_SECONDS", 0.2)
        with open_store(db) as store:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                with store.transaction():
                    pass  # the lock really is held by the paused writer
            with store.snapshot():
                graph = build_graph(store)
            assert len(graph.graph["articles"]) == 20  # what is committed, not the paused article
            _consistent(graph)
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)


def _interleaved(tmp_path: Path):
    """A store (connection ``a``) and a commit from another connection made between two of its reads."""
    batch = many_extractions(3, meetings=2)
    for extraction in batch:  # each agreement signed at the article's first meeting
        extraction.agreements[0].date = extraction.meetings[0].date
    a, b = open_store(tmp_path / "graph.sqlite"), open_store(tmp_path / "graph.sqlite")
    ingest_extractions(a, batch[:1])
    meetings = a.meetings

    def meetings_then_another_commit():
        rows = meetings()
        ingest_extractions(b, batch[1:2])  # another process commits between two reads
        return rows

    a.meetings = meetings_then_another_commit
    return a, b


def test_a_snapshot_sees_one_moment_while_another_process_commits(tmp_path: Path) -> None:
    a, b = _interleaved(tmp_path)
    try:
        with a.snapshot():
            graph = build_graph(a)
            assert a.counts()["articles"] == 1  # the commit made meanwhile stays invisible
        assert len(graph.graph["articles"]) == 1
        _consistent(graph)
        assert a.counts()["articles"] == 2  # and is there once the snapshot ends
    finally:
        a.close()
        b.close()


def test_build_graph_alone_is_consistent_while_another_process_commits(tmp_path: Path) -> None:
    a, b = _interleaved(tmp_path)
    try:
        _consistent(build_graph(a))
    finally:
        a.close()
        b.close()
