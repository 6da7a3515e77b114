"""A large graph is frozen out of the collector's walks (``gc.freeze``) and still freed when dropped."""
from __future__ import annotations

import gc
import weakref

import pytest

from graphbuild.graph import ViewFilter, build_graph, prepare_queries
from graphbuild.graph import build
from graphbuild.graph import cache as kept
from graphbuild.store import Store


@pytest.fixture
def always_frozen(monkeypatch: pytest.MonkeyPatch):
    """Every build and load freezes, as one of a large store does; the test's process is unfrozen after."""
    monkeypatch.setattr(build, "_FREEZE_SECONDS", 0.0)
    monkeypatch.setattr(kept, "MIN_BUILD_SECONDS", 0.0)
    yield
    gc.unfreeze()


def _used(graph) -> None:
    """What the explorer does with a graph: the views networkx keeps on it (and which refer back to it)."""
    prepare_queries(graph)
    graph.number_of_edges()
    list(graph.edges(keys=True))
    dict(graph.degree)
    ViewFilter(kinds=("person",)).apply(graph)


@pytest.mark.parametrize("source", ["built", "loaded from the graph file"])
def test_a_dropped_graph_is_freed_after_a_freeze(filled_store: Store, always_frozen, source: str) -> None:
    if source != "built":
        build_graph(filled_store)  # writes the graph file
    frozen_before = gc.get_freeze_count()
    graph = build_graph(filled_store)
    assert kept.cache_path(filled_store).is_file()
    assert gc.get_freeze_count() > frozen_before  # its nodes and edges were frozen
    _used(graph)
    assert graph.number_of_nodes() > 0 and graph.nodes[next(iter(graph))]["kind"]
    probe = weakref.ref(graph)
    del graph
    gc.collect()
    assert probe() is None


def test_the_graph_handed_out_answers_from_what_was_worked_out_while_building(filled_store: Store,
                                                                           always_frozen) -> None:
    from graphbuild.graph import query

    build_graph(filled_store)
    loaded = build_graph(filled_store)
    assert {"dates", "affiliations", "links", "undated"} <= set(query._memo(loaded))
