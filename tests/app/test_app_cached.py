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


# What another process stores while the explorer runs: a new article where Luong Tam Quang (met in
# the fixture articles) meets a new guest, and signs an agreement with Poland.
_NEW_ARTICLE = {
    "source": "web/new-visit.html", "language": "en", "published": "2025-11-03",
    "meetings": [{"date": "2025-11-03", "place": "Hanoi", "topics": ["cybercrime"],
                  "evidence": "Luong Tam Quang received Jan Kowalski in Hanoi on November 3.",
                  "participants": [
                      {"name": "Luong Tam Quang", "aliases": [], "title": "Minister of Public Security",
                       "organization": "Ministry of Public Security", "country": "Vietnam"},
                      {"name": "Jan Kowalski", "aliases": [], "title": "Deputy Minister of the Interior",
                       "organization": "Ministry of the Interior", "country": "Poland"}]}],
    "agreements": [{"name": "memorandum on cybercrime", "kind": "mou", "status": "signed", "date": "2025-11-03",
                    "parties": ["Vietnam", "Poland"], "topics": ["cybercrime"],
                    "evidence": "The two sides signed a memorandum on cybercrime."}],
}
_STORE_IN_ANOTHER_PROCESS = (
    "import json, sys\n"
    "from graphbuild.records import Extraction\n"
    "from graphbuild.store import ingest_extractions, open_store\n"
    "with open_store(sys.argv[1]) as store:\n"
    "    ingest_extractions(store, [Extraction.from_dict(json.loads(sys.argv[2]))])\n")


def test_articles_stored_by_another_process_reach_the_running_explorers_graph_in_memory(
        explorer, writable_db: Path, monkeypatch) -> None:
    import json
    import os
    import subprocess
    import sys

    from app.cached import full_graph
    from graphbuild.graph import build as built
    from graphbuild.graph import build_graph
    from graphbuild.graph import cache as kept

    from explorer_helpers import LUONG, REPO
    from tests.hardening.hardening_helpers import graph_signature

    monkeypatch.setattr(kept, "MIN_BUILD_SECONDS", 0.0)  # the graph kept in its file, as a large store's is
    app = explorer(writable_db)
    assert not app.exception
    drawn = full_graph(str(writable_db), store_stamp(writable_db))  # what every session is drawing
    drawn_before = graph_signature(drawn)
    with open_store(writable_db) as store:
        kept_for = kept.kept_key(store)
    assert kept_for == store_stamp(writable_db)  # the file the old way would load and bring up to date

    subprocess.run([sys.executable, "-c", _STORE_IN_ANOTHER_PROCESS, str(writable_db), json.dumps(_NEW_ARTICLE)],
                   check=True, cwd=REPO, env={**os.environ, "PYTHONPATH": os.pathsep.join(
                       [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])])})
    calls = []
    load, build = kept.load_graph, built._build_graph
    monkeypatch.setattr(kept, "load_graph", lambda *args: calls.append("load") or load(*args))
    monkeypatch.setattr(built, "_build_graph", lambda *args: calls.append("build") or build(*args))
    app.run()
    assert not app.exception

    followed = full_graph(str(writable_db), store_stamp(writable_db))
    assert followed is not drawn and calls == []  # brought up to date in memory: no file loaded, no build
    with open_store(writable_db) as store:
        assert kept.kept_key(store) == kept_for  # and nothing written: a quick update is not worth the file
        rebuilt = build_graph(store, cache=False)
    assert graph_signature(followed) == graph_signature(rebuilt)
    assert "web/new-visit.html" in followed.nodes[LUONG]["sources"]
    assert graph_signature(drawn) == drawn_before  # the sessions drawing the graph before saw nothing change
    # what the article did not touch is the same objects in both graphs (shared, not copied)
    untouched = [node for node in drawn if followed._node.get(node) is drawn._node[node]]
    assert len(untouched) > len(drawn) // 2
