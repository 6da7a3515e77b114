"""The graph kept on disk: the same graph as a build, stale after any write, and never a way to run code."""
from __future__ import annotations

import json
import pickle
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.graph import ViewFilter, build_graph, meetings_without_year, prepare_queries
from graphbuild.graph import cache as kept
from graphbuild.store import Store, ingest_extractions

from tests.hardening.hardening_helpers import graph_signature


def _dump(graph: nx.MultiDiGraph) -> str:
    """The graph in its own order: nodes, then each node's successors and predecessors, with attributes."""
    return json.dumps([graph.graph, list(graph.nodes(data=True)), list(graph.edges(keys=True, data=True)),
                       [(node, list(graph.pred[node])) for node in graph]], ensure_ascii=False)


@pytest.fixture
def always_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept, "MIN_BUILD_SECONDS", 0.0)


def test_a_kept_graph_is_the_built_graph(filled_store: Store, always_kept) -> None:
    built = build_graph(filled_store)
    assert kept.cache_path(filled_store).is_file()
    loaded = build_graph(filled_store)
    assert loaded is not built
    assert _dump(loaded) == _dump(built)
    assert _dump(loaded) == _dump(build_graph(filled_store, cache=False))
    # the successors and predecessors share their key dicts, as networkx keeps them
    u, v, key = next(iter(loaded.edges(keys=True)))
    assert loaded._succ[u][v] is loaded._pred[v][u]
    loaded.add_edge(u, v, key="new", kind="test")  # an ordinary graph: it can be changed
    assert loaded.pred[v][u]["new"]["kind"] == "test"


def test_a_loaded_graph_answers_filters_as_the_built_one_from_its_kept_indexes(filled_store: Store,
                                                                              always_kept) -> None:
    from graphbuild.graph import query

    built = build_graph(filled_store)
    loaded = build_graph(filled_store)
    assert loaded is not built
    memo = query._memo(loaded)
    assert {"dates", "affiliations", "links", "undated"} <= set(memo)  # restored, not worked out again
    # the kept affiliations are the loaded graph's own edge dicts, not copies
    person, affiliations = next((p, a) for p, a in memo["affiliations"].items() if a)
    target, edges = affiliations[0]
    assert any(edge is own for edge in edges for own in loaded._succ[person][target].values())
    assert meetings_without_year(loaded) == meetings_without_year(built)
    countries = sorted(node.split(":")[1] for node, kind in built.nodes(data="kind") if kind == "country")
    months = sorted(built.nodes[n]["start"][:7] for n, kind in built.nodes(data="kind")
                    if kind == "meeting" and built.nodes[n].get("start"))
    for view in (ViewFilter(countries=tuple(countries[:1])), ViewFilter(date_from=months[0], date_to=months[0]),
                 ViewFilter(date_from=months[-1], countries=tuple(countries[-2:]))):
        assert _dump(view.apply(loaded)) == _dump(view.apply(built))


def test_preparing_a_graph_twice_changes_nothing(filled_store: Store) -> None:
    from graphbuild.graph import query

    graph = build_graph(filled_store)
    prepare_queries(graph)
    first = dict(query._memo(graph))
    prepare_queries(graph)
    assert all(query._memo(graph)[name] is value for name, value in first.items())


def test_a_small_build_is_not_kept(filled_store: Store) -> None:
    build_graph(filled_store)
    assert not kept.cache_path(filled_store).exists()


def test_any_write_makes_the_kept_graph_stale(filled_store: Store, extractions, always_kept) -> None:
    first = build_graph(filled_store)
    filled_store.add_override("hide", {"node": {"id": "country:FRA"}})
    second = build_graph(filled_store)
    assert "country:FRA" in first and "country:FRA" not in second
    filled_store.delete_article(extractions[0].source)
    assert _dump(build_graph(filled_store)) == _dump(build_graph(filled_store, cache=False))
    ingest_extractions(filled_store, extractions[:1])
    # An added article updates the kept graph (graph.update): the same nodes and edges with the
    # same attributes, the new nodes last.
    assert graph_signature(build_graph(filled_store)) == graph_signature(build_graph(filled_store, cache=False))


class _Payload:
    def __reduce__(self):
        return (Path.touch, (Path(self.target),))


def test_a_planted_graph_file_runs_no_code(filled_store: Store, tmp_path: Path, always_kept) -> None:
    key = kept.cache_key(filled_store)
    bait = _Payload()
    bait.target = str(tmp_path / "pwned")
    with kept.cache_path(filled_store).open("wb") as handle:
        pickle.dump(key, handle)
        pickle.dump(bait, handle)
    assert kept.load_first_view(filled_store, key) is None
    graph = build_graph(filled_store)
    assert not (tmp_path / "pwned").exists()
    assert _dump(graph) == _dump(build_graph(filled_store, cache=False))


def test_the_file_keeps_the_first_view_ahead_of_the_graph(filled_store: Store, always_kept) -> None:
    from graphbuild.export.first_view import FirstView, first_view

    built = build_graph(filled_store)
    key = kept.cache_key(filled_store)
    stored = kept.load_first_view(filled_store, key)
    assert stored is not None and stored == first_view(built).to_dict()
    first = FirstView.from_dict(stored)
    assert first == first_view(build_graph(filled_store, cache=False))
    assert len(first.vis["nodes"]) == sum(1 for _, kind in built.nodes(data="kind") if kind == "person")
    assert first.kinds["meeting"] == sum(1 for _, kind in built.nodes(data="kind") if kind == "meeting")
    # read alone: the graph after it is not unpickled
    with kept.cache_path(filled_store).open("r+b") as handle:
        handle.seek(-200, 2)
        handle.write(b"\x00" * 200)  # the graph's end broken, its first view whole
    assert kept.load_first_view(filled_store, key) == stored
    assert kept.load_graph(filled_store, key) is None
    # for its key only: stale after a write to the store
    filled_store.add_override("hide", {"node": {"id": "country:FRA"}})
    assert kept.load_first_view(filled_store, kept.cache_key(filled_store)) is None


def test_an_unreadable_graph_file_is_rebuilt(filled_store: Store) -> None:
    kept.cache_path(filled_store).write_bytes(b"\x80\x05not a pickle at all")
    assert _dump(build_graph(filled_store)) == _dump(build_graph(filled_store, cache=False))


def test_loading_a_kept_graph_offers_the_gil_to_other_threads(filled_store: Store, always_kept, monkeypatch) -> None:
    # An explorer's server loads the graph in a thread while it serves a first page: the load gives way.
    built = build_graph(filled_store)
    offered = []
    monkeypatch.setattr(kept, "_YIELD_SECONDS", 0.0)
    monkeypatch.setattr(kept.time, "sleep", lambda seconds: offered.append(seconds))
    loaded = kept.load_graph(filled_store, kept.cache_key(filled_store))
    assert offered and set(offered) == {0}
    assert _dump(loaded) == _dump(built)
