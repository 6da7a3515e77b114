"""A corrupt or foreign database file gets one clear error naming it, and is never written over.

Each case goes through the real command (``graphbuild ingest --extractions`` and
``graphbuild export``): exit code 2, one ``error:`` line naming the file, no traceback,
and the file's bytes unchanged.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from graphbuild.cli import main
from graphbuild.store import ingest_extractions, open_store

from hardening_helpers import FIXTURES, fixture_extractions


def _good_store(path: Path) -> Path:
    with open_store(path) as store:
        ingest_extractions(store, fixture_extractions())
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _text_file(path: Path) -> Path:
    path.write_text("my precious notes, not a database\n" * 50, encoding="utf-8")
    return path


def _foreign(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (url TEXT)")
    connection.execute("INSERT INTO moz_places VALUES ('https://example.org')")
    connection.commit()
    connection.close()
    return path


def _header_only(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    return path


def _truncated(path: Path) -> Path:
    data = _good_store(path).read_bytes()
    path.write_bytes(data[: len(data) // 3])
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return path


def _scrambled(path: Path) -> Path:
    """A graphbuild store whose header is intact but whose table pages are overwritten."""
    data = bytearray(_good_store(path).read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size):
        start = page * page_size
        data[start:start + page_size] = bytes((start + i * 7) % 251 for i in range(page_size))
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return path


def _newer(path: Path) -> Path:
    with open_store(_good_store(path)) as store:
        store.connection.execute("UPDATE schema_version SET version = 99")
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


CASES = {
    "text file": (_text_file, "not an SQLite file"),
    "another program's database": (_foreign, "another program"),
    "an SQLite header and garbage": (_header_only, "not a usable SQLite database"),
    "a store cut short": (_truncated, "graph.sqlite"),
    "a store with scrambled pages": (_scrambled, "graph.sqlite"),
    "a store from a newer graphbuild": (_newer, "newer graphbuild"),
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("verb", ["ingest", "export"])
def test_a_bad_database_is_named_refused_and_left_alone(case: str, verb: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture) -> None:
    make, words = CASES[case]
    path = make(tmp_path / "graph.sqlite")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    if verb == "ingest":
        argv = ["ingest", "--db", str(path), "--extractions", "--no-progress", str(FIXTURES)]
    else:
        argv = ["export", "--db", str(path), "--format", "json", "--out", str(tmp_path / "out.json")]
    code = main(argv)
    captured = capsys.readouterr()
    assert code == 2, captured
    lines = [line for line in captured.err.splitlines() if line.startswith("error: ")]
    assert len(lines) == 1, captured.err
    assert str(path) in lines[0] and words in lines[0], lines[0]
    assert "Traceback" not in captured.err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "out.json").exists()


def test_a_database_path_that_cannot_be_made_is_named(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    code = main(["ingest", "--db", str(blocker / "graph.sqlite"), "--extractions", "--no-progress", str(FIXTURES)])
    captured = capsys.readouterr()
    assert code == 2
    assert f"error: {blocker / 'graph.sqlite'}: cannot create its folder" in captured.err
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


def _one_table_scrambled(path: Path) -> Path:
    """A store whose header, schema and most tables are sound, but whose meetings table page is garbage."""
    _good_store(path)
    connection = sqlite3.connect(path)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meetings'").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\x0d" + bytes(range(256)) * (page_size // 256 - 1) + bytes(255)
    path.write_bytes(bytes(data))
    return path


def test_corruption_found_past_opening_is_named_and_nothing_is_written(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture) -> None:
    path = _one_table_scrambled(tmp_path / "graph.sqlite")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["export", "--db", str(path), "--format", "json", "--out", str(tmp_path / "out.json")]) == 2
    err = capsys.readouterr().err
    assert f"error: {path}: database error (database disk image is malformed)" in err and "Traceback" not in err

    # A changed article must replace its old meetings, which sit on the broken page.
    changed = fixture_extractions()[0]
    changed.meetings[0].place = "Da Nang"
    (tmp_path / "changed.json").write_text(json.dumps(changed.to_dict()), encoding="utf-8")
    assert main(["ingest", "--db", str(path), "--extractions", "--no-progress", str(tmp_path / "changed.json")]) == 2
    err = capsys.readouterr().err
    assert f"error: {path}: database error" in err and "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
