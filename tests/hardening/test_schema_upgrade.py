"""A database made by the previous version is upgraded in place, whole, and nothing in it is lost.

``data/store_v1.sql`` is a dump of a store written by the version-1 code (its tables,
its rows, one override). Version 2 adds the indexes that cascading deletes and the
garbage collection need; version 3 the identity keys; version 4 the index of articles by
their normalised text.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from graphbuild.graph import build_graph
from graphbuild.store import SCHEMA_VERSION, StoreError, ingest_extractions, open_store
from graphbuild.store import schema

from hardening_helpers import DATA, fixture_extractions, graph_signature, integrity

V2_INDEXES = {"person_keys_participant", "agreement_mentions_article", "agreement_mentions_meeting",
              "participants_organization", "agreement_parties_party"}
TABLES = ("articles", "meetings", "participants", "people", "organizations", "countries",
          "agreements", "agreement_parties", "agreement_mentions", "overrides")
# Derived from the rows above: version 3 adds keys to them.
DERIVED = ("person_keys",)
V3_INDEXES = {"person_keys_lookup", "person_keys_person", "participants_spellings"}
V4_INDEXES = {"articles_content"}  # articles found by their normalised text


def make_v1(path: Path) -> Path:
    """A version-1 database file from the dump."""
    connection = sqlite3.connect(path)
    connection.executescript((DATA / "store_v1.sql").read_text(encoding="utf-8"))
    connection.close()
    return path


def _rows(path: Path, tables: tuple[str, ...] = TABLES) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in tables}
    finally:
        connection.close()


def _indexes(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        connection.close()


def test_the_fixture_is_a_version_1_store(tmp_path: Path) -> None:
    path = make_v1(tmp_path / "old.sqlite")
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert connection.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
    connection.close()
    assert not _indexes(path) & (V2_INDEXES | V3_INDEXES)
    assert SCHEMA_VERSION == 5


def test_a_version_1_store_is_upgraded_in_place_with_every_row_kept(tmp_path: Path) -> None:
    path = make_v1(tmp_path / "old.sqlite")
    before, keys_before = _rows(path), _rows(path, DERIVED)
    assert sum(len(rows) for rows in before.values()) > 200
    with open_store(path) as store:
        assert schema.schema_version(store.connection) == SCHEMA_VERSION
        upgraded = build_graph(store)
        assert [o.action for o in store.overrides()] == ["hide"]
    assert _indexes(path) >= V2_INDEXES | V3_INDEXES | V4_INDEXES
    assert _rows(path) == before
    assert set(_rows(path, DERIVED)["person_keys"]) > set(keys_before["person_keys"])  # the tight keys added
    assert integrity(path) == ("ok", [])

    # The same graph as the same articles stored by this version.
    with open_store(tmp_path / "new.sqlite") as store:
        ingest_extractions(store, fixture_extractions())
        store.add_override("hide", {"node": {"id": "country:FRA"}})
        assert graph_signature(build_graph(store)) == graph_signature(upgraded)
        assert "country:FRA" not in upgraded

    # And it goes on: the same articles again change nothing, a new one is stored.
    with open_store(path) as store:
        again = ingest_extractions(store, fixture_extractions())
        assert again.unchanged == len(fixture_extractions()) and again.new == 0
        assert store.delete_article(store.articles()[0]["source"])
    assert integrity(path) == ("ok", [])


def test_a_failed_upgrade_leaves_the_old_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_v1(tmp_path / "old.sqlite")
    before = _rows(path)

    def half_done(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE INDEX person_keys_participant ON person_keys(participant_id)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(schema.MIGRATIONS, 2, half_done)
    with pytest.raises(StoreError, match="old.sqlite"):
        open_store(path)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
    connection.close()
    assert not _indexes(path) & V2_INDEXES  # the step rolled back whole
    assert _rows(path) == before

    monkeypatch.undo()
    with open_store(path) as store:  # the next try upgrades it
        assert schema.schema_version(store.connection) == SCHEMA_VERSION


def test_the_upgrade_makes_replacing_an_article_use_indexes(tmp_path: Path) -> None:
    path = make_v1(tmp_path / "old.sqlite")
    with open_store(path) as store:
        db = store.connection
        for statement in ("DELETE FROM person_keys WHERE participant_id = 1",
                          "DELETE FROM agreement_mentions WHERE article_id = 1",
                          "UPDATE agreement_mentions SET meeting_id = NULL WHERE meeting_id = 'x'"):
            plan = " ".join(str(row[-1]) for row in db.execute(f"EXPLAIN QUERY PLAN {statement}"))
            assert "USING" in plan and "INDEX" in plan, (statement, plan)


def _version_2(path: Path) -> Path:
    """A version-2 store as an earlier graphbuild left it: no identity keys yet."""
    make_v1(path)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN")
    schema.MIGRATIONS[2](connection)
    connection.execute("UPDATE schema_version SET version = 2")
    connection.execute("COMMIT")
    connection.close()
    return path


def test_a_version_2_store_gets_its_identity_keys_once_at_opening(tmp_path: Path) -> None:
    path = _version_2(tmp_path / "v2.sqlite")
    assert not _indexes(path) & V3_INDEXES
    before = _rows(path)
    with open_store(path) as store:
        assert schema.schema_version(store.connection) == SCHEMA_VERSION
        assert "agreement_keys" in schema._user_tables(store.connection)
        keyed = store.connection.execute("SELECT count(*) FROM agreement_keys").fetchone()[0]
        assert keyed > 0
    assert _indexes(path) >= V3_INDEXES and _rows(path) == before
    # up to date now: opening it again writes nothing
    stamp = path.stat().st_mtime_ns, path.stat().st_size
    with open_store(path) as store:
        assert store.counts()["articles"] > 0
    assert (path.stat().st_mtime_ns, path.stat().st_size) == stamp
    assert integrity(path) == ("ok", [])
