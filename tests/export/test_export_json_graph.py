"""Node-link JSON: back into networkx as the very same graph."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from graphbuild.export import write_json_graph
from graphbuild.graph import ViewFilter


def test_node_link_json_round_trips_exactly(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    view = ViewFilter(statuses=("signed",))
    write_json_graph(graph, path, view=view)
    back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert isinstance(back, nx.MultiDiGraph)
    assert list(back.nodes(data=True)) == list(graph.nodes(data=True))
    assert list(back.edges(keys=True, data=True)) == list(graph.edges(keys=True, data=True))
    assert back.graph["articles"] == graph.graph["articles"]
    assert ViewFilter.from_dict(back.graph["view"]) == view
    assert back.graph["created"] and back.graph["generator"].startswith("graphbuild")
