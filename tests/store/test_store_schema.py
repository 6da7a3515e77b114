"""Opening the database: where it lives, which files it refuses, how it upgrades."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from graphbuild.store import DEFAULT_PATH, ENV_VAR, SCHEMA_VERSION, StoreError, open_store
from graphbuild.store import schema


def test_new_store_is_versioned_marked_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "graph.sqlite"
    with open_store(path) as store:
        db = store.connection
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert schema.schema_version(db) == SCHEMA_VERSION
    assert path.is_file()


def test_default_path_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "from-env.sqlite"
    monkeypatch.setenv(ENV_VAR, str(target))
    with open_store() as store:
        assert store.path == target
    assert target.is_file()


def test_default_path_without_environment_is_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    with open_store() as store:
        assert store.path == DEFAULT_PATH
    assert (tmp_path / "data" / "graphbuild.sqlite").is_file()


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "graph.sqlite"
    with open_store(path) as store:
        store.add_override("hide", {"node": {"id": "country:VNM"}})
    with open_store(path) as store:
        assert [o.action for o in store.overrides()] == ["hide"]


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("my precious notes\n", encoding="utf-8")
    with pytest.raises(StoreError, match="notes.sqlite") as error:
        open_store(path)
    assert "not an SQLite file" in str(error.value)
    assert path.read_text(encoding="utf-8") == "my precious notes\n"


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "browser-history.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE visits (url TEXT)")
    other.execute("INSERT INTO visits VALUES ('https://example.org')")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="another program") as error:
        open_store(path)
    assert str(path) in str(error.value)
    assert path.read_bytes() == before
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    check.close()


def test_a_corrupt_file_with_an_sqlite_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    with pytest.raises(StoreError, match="broken.sqlite"):
        open_store(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        open_store(tmp_path)


def test_an_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    with open_store(path) as store:
        assert schema.schema_version(store.connection) == SCHEMA_VERSION


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "graph.sqlite"
    with open_store(path) as store:
        store.connection.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match="newer graphbuild"):
        open_store(path)


def test_an_older_store_is_migrated_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "graph.sqlite"
    with open_store(path) as store:
        store.add_override("hide", {"node": {"id": "country:VNM"}})

    def add_note_column(connection: sqlite3.Connection) -> None:
        connection.execute("ALTER TABLE overrides ADD COLUMN note TEXT")

    next_version = schema.SCHEMA_VERSION + 1
    monkeypatch.setattr(schema, "SCHEMA_VERSION", next_version)
    monkeypatch.setitem(schema.MIGRATIONS, next_version, add_note_column)
    with open_store(path) as store:
        db = store.connection
        assert schema.schema_version(db) == next_version
        columns = [row[1] for row in db.execute("PRAGMA table_info(overrides)")]
        assert "note" in columns
        assert len(store.overrides()) == 1  # the data survived the upgrade
