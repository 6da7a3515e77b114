"""Batched ingest: several articles per transaction, the same store as one transaction each.

A batch commits all its articles or none; an article the store refuses inside a batch is
left out alone (a savepoint), the others are kept.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from graphbuild.records import Evidence, Extraction, Meeting, Participant
from graphbuild.store import ingest_extractions, open_store
from graphbuild.store import pipeline

from tests.scale.corpus_helpers import generated_extractions, store_rows


def test_a_batched_ingest_gives_the_store_of_one_transaction_per_article(tmp_path: Path) -> None:
    extractions = generated_extractions(300)
    with open_store(tmp_path / "one.sqlite") as store:
        single = ingest_extractions(store, extractions)
    with open_store(tmp_path / "batched.sqlite") as store:
        batched = ingest_extractions(store, extractions, batch=64)
    assert single.to_dict() == batched.to_dict()
    assert store_rows(tmp_path / "one.sqlite") == store_rows(tmp_path / "batched.sqlite")


def test_every_batch_is_a_transaction_of_several_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extractions = generated_extractions(50)
    commits = []
    with open_store(tmp_path / "graph.sqlite") as store:
        store.connection.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
        ingest_extractions(store, extractions, batch=20)
    assert len(commits) == 3  # 20 + 20 + 10

    # A batch also ends after BATCH_SECONDS of writing.
    monkeypatch.setattr(pipeline, "BATCH_SECONDS", 0.0)
    commits.clear()
    with open_store(tmp_path / "other.sqlite") as store:
        store.connection.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
        ingest_extractions(store, extractions, batch=20)
    assert len(commits) == 50


def _bad(source: str) -> Extraction:
    sentence = "A met B."
    return Extraction(source, "en", "2024-13-01", meetings=[Meeting("2024-05-01", "Hanoi", [Participant("Ann Lee")],
                                                                    evidence=Evidence(sentence, 0, len(sentence)))])


def test_an_article_refused_inside_a_batch_fails_alone(tmp_path: Path) -> None:
    extractions = generated_extractions(10)
    extractions.insert(4, _bad("bad.json"))
    with open_store(tmp_path / "graph.sqlite") as store:
        summary = ingest_extractions(store, extractions, batch=100)
        assert (summary.new, summary.failed) == (10, 1)
        assert summary.failures[0].source == "bad.json" and "published" in summary.failures[0].reason
        assert store.counts()["articles"] == 10
    with open_store(tmp_path / "clean.sqlite") as store:
        ingest_extractions(store, generated_extractions(10))
    assert store_rows(tmp_path / "graph.sqlite") == store_rows(tmp_path / "clean.sqlite")


def test_a_batch_that_fails_leaves_nothing_of_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extractions = generated_extractions(30)
    calls = {"count": 0}
    real = pipeline._save

    def failing(store, summary, extraction, **kwargs):
        calls["count"] += 1
        if calls["count"] == 25:
            raise sqlite3.OperationalError("disk I/O error")  # the environment: the run stops
        return real(store, summary, extraction, **kwargs)

    monkeypatch.setattr(pipeline, "_save", failing)
    with open_store(tmp_path / "graph.sqlite") as store:
        with pytest.raises(sqlite3.OperationalError):
            ingest_extractions(store, extractions, batch=10)
        # the first two batches are whole, the third is not there at all
        assert [row["source"] for row in store.articles()] == [e.source for e in extractions[:20]]


def test_the_revision_changes_with_each_write_that_changes_something(tmp_path: Path) -> None:
    extractions = generated_extractions(5)
    with open_store(tmp_path / "graph.sqlite") as store:
        first = store.revision()
        ingest_extractions(store, extractions, batch=10)
        second = store.revision()
        assert second != first
        ingest_extractions(store, extractions, batch=10)  # unchanged: no write
        assert store.revision() == second
        store.add_override("hide", {"node": {"id": "country:VNM"}})
        assert store.revision() != second
