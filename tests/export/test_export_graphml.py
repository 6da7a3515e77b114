"""GraphML: read back by networkx and by igraph, with the snapshot metadata as graph attributes."""
from __future__ import annotations

import json
from pathlib import Path

import igraph
import networkx as nx

from graphbuild.export import write_graphml
from graphbuild.export.snapshot import flat_graph
from graphbuild.graph import ViewFilter


def test_graphml_round_trips_through_networkx(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path, view=ViewFilter(topics=("extradition",)))
    back = nx.read_graphml(path)
    flat = flat_graph(graph)
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data=True)) == dict(flat.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(flat.edges(keys=True, data=True))
    assert json.loads(back.graph["view"])["topics"] == ["extradition"]
    assert back.graph["created"]


def test_graphml_opens_in_igraph(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    loaded = igraph.Graph.Read_GraphML(str(path))
    assert loaded.is_directed()
    assert loaded.vcount() == graph.number_of_nodes()
    assert loaded.ecount() == graph.number_of_edges()
    assert sorted(loaded.vs["id"]) == sorted(graph.nodes)
    vertex = loaded.vs.find(id="person:to-lam")
    assert (vertex["label"], vertex["kind"], vertex["country"]) == ("Tô Lâm", "person", "VNM")
    # Found by its ends: igraph 1.0 does not read GraphML edge ids back reliably.
    singapore, vietnam = loaded.vs.find(id="country:SGP").index, loaded.vs.find(id="country:VNM").index
    tie = loaded.es.find(_source=singapore, _target=vietnam, kind="tie")
    assert (tie["meetings"], tie["agreements"], tie["weight"]) == (3, 7, 10)
    assert sorted(loaded.es["kind"]) == sorted(d["kind"] for _, _, d in graph.edges(data=True))
