"""``app.cached``: the store's stamp keys the cached graph; readers leave it alone, writers change it."""
from __future__ import annotations

from pathlib import Path

from graphbuild.store import open_store

from app.cached import store_stamp


def test_a_reader_holding_the_store_open_does_not_change_the_stamp(writable_db: Path) -> None:
    before = store_stamp(writable_db)
    with open_store(writable_db) as reader, reader.snapshot():
        reader.counts()
        assert store_stamp(writable_db) == before  # the server's warm-up and a visitor key one graph
    assert store_stamp(writable_db) == before


def test_any_write_changes_the_stamp(writable_db: Path) -> None:
    before = store_stamp(writable_db)
    with open_store(writable_db) as store:
        store.add_override("hide", {"node": {"id": "country:FRA"}})
    after = store_stamp(writable_db)
    assert after != before
    with open_store(writable_db) as store:
        store.remove_override(store.overrides()[-1].id)
    assert store_stamp(writable_db) not in (before, after)  # back to the same rows, still a new revision
