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


def test_a_store_written_to_while_explored_leaves_at_most_two_graphs_alive(explorer, writable_db: Path) -> None:
    # At a hundred thousand articles a graph is over a gigabyte: the cache keeps the current one
    # and the one before (sessions may still be drawing it), not one per write.
    import gc
    import weakref

    from app.cached import full_graph

    app = explorer(writable_db)
    graphs = []
    for _ in range(4):
        with open_store(writable_db) as store:
            store.add_override("hide", {"node": {"id": "country:FRA"}})
        app.run()
        assert not app.exception
        graphs.append(weakref.ref(full_graph(str(writable_db), store_stamp(writable_db))))
    gc.collect()
    alive = [graph() is not None for graph in graphs]
    assert alive[-1] and sum(alive) <= 2
