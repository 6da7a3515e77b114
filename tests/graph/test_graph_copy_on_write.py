"""A graph changed apart from the one it starts as: what is changed is copied, the rest shared, the other untouched."""
from __future__ import annotations

import pickle
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.graph import build as built
from graphbuild.graph import build_graph
from graphbuild.graph.copy_on_write import CopyOnWrite, writable_edge, writable_node
from graphbuild.store import ingest_extractions, open_store

from tests.hardening.hardening_helpers import graph_signature
from tests.scale.corpus_helpers import generated_extractions


@pytest.fixture
def base(tmp_path: Path) -> nx.MultiDiGraph:
    with open_store(tmp_path / "s.sqlite") as store:
        ingest_extractions(store, generated_extractions(40))
        return build_graph(store, cache=False)


def _of_kind(graph: nx.MultiDiGraph, kind: str) -> list[str]:
    return sorted(node for node, data in graph.nodes(data=True) if data["kind"] == kind)


def test_changes_through_the_copy_leave_the_graph_it_started_from_as_it_was(base: nx.MultiDiGraph) -> None:
    before = graph_signature(base)
    meeting = next(m for m in _of_kind(base, "meeting") if len(base.pred[m]) >= 2 and base.succ[m])
    person = next(p for p in _of_kind(base, "person") if base.nodes[p].get("country"))
    country = f"country:{base.nodes[person]['country']}"
    represents = built.edge_key(person, "represents", country)
    agreement = _of_kind(base, "agreement")[0]
    apart = CopyOnWrite(base)
    graph = apart.graph

    writable_node(graph, meeting)["sources"].append("new.txt")  # shared with its attended and involves edges
    writable_edge(graph, person, country, represents)["evidence"].append("A new sentence.")
    writable_node(graph, person)["label"] = "Renamed"
    built._put_node(graph, "meeting:new", {"kind": "meeting", "label": "New", "sources": ["new.txt"], "evidence": []})
    built._put_edge(graph, person, "meeting:new", "new-edge", {"kind": "attended", "sources": ["new.txt"],
                                                               "evidence": []})
    graph.remove_node(agreement)
    settled = apart.settled()

    assert graph_signature(base) == before
    assert settled.nodes[meeting]["sources"][-1] == "new.txt" and "new.txt" not in base.nodes[meeting]["sources"]
    for u, v, data in [*settled.in_edges(meeting, data=True), *settled.out_edges(meeting, data=True)]:
        if data["kind"] in ("attended", "involves"):
            assert data["sources"] is settled.nodes[meeting]["sources"]  # one list, as a build makes it
    assert settled.edges[person, country, represents]["evidence"][-1] == "A new sentence."
    assert settled.nodes[person]["label"] == "Renamed" and base.nodes[person]["label"] != "Renamed"
    assert settled.has_edge(person, "meeting:new") and not base.has_node("meeting:new")
    assert agreement not in settled and agreement in base
    assert not any(agreement in settled._pred[v] for v in base._succ[agreement])
    # an ordinary graph: plain dicts all the way down, that the graph file can keep
    for adjacency in (settled._succ, settled._pred):
        assert type(adjacency) is dict
        assert all(type(neighbours) is dict and all(type(edges) is dict for edges in neighbours.values())
                   for neighbours in adjacency.values())
    assert all(settled._succ[u][v] is settled._pred[v][u] for u in settled._succ for v in settled._succ[u])
    pickle.dumps((settled._node, settled._succ, settled._pred))
    # what was not changed is the same objects, not copies
    untouched = [node for node in _of_kind(base, "organization") if node not in settled._succ[person]]
    assert untouched and all(settled._node[node] is base._node[node] for node in untouched)
    assert set(settled) == set(base) - {agreement} | {"meeting:new"}


def test_what_items_and_values_hand_out_is_read_only_and_what_is_reached_is_copied(base: nx.MultiDiGraph) -> None:
    person = max(_of_kind(base, "person"), key=lambda p: len(base.succ[p]))
    before = graph_signature(base)
    apart = CopyOnWrite(base)
    graph = apart.graph
    target, edges = next(iter(graph._succ[person].items()))
    with pytest.raises(TypeError):
        edges["another"] = {"kind": "attended"}  # read-only: changed through [] instead, which copies
    first = next(iter(graph._succ[person].values()))
    with pytest.raises(TypeError):
        del first[next(iter(first))]
    graph._succ[person][target]["another"] = {"kind": "attended", "sources": [], "evidence": []}
    assert "another" in graph._pred[target][person]  # the same key dict on both sides
    with pytest.raises(TypeError):
        pickle.dumps(graph._succ)  # kept only once settled
    assert graph_signature(base) == before
    assert "another" in apart.settled()._succ[person][target]
