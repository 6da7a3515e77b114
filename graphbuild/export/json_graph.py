"""Node-link JSON, as ``networkx.node_link_data`` writes it: it reads back with ``node_link_graph``.

Lists stay lists; the snapshot's metadata joins the graph attributes (``generator``,
``created``, ``view``). Read it back with
``networkx.node_link_graph(json.load(f), edges="edges")``.
"""
from __future__ import annotations

import json

import networkx as nx

from graphbuild.export.snapshot import Output, binary_output, snapshot_metadata
from graphbuild.graph.query import ViewFilter

__all__ = ["write_json_graph"]


def write_json_graph(graph: nx.MultiDiGraph, out: Output, *, view: ViewFilter | None = None) -> None:
    """Write ``graph`` as node-link JSON (UTF-8) with the snapshot metadata in ``graph``."""
    data = nx.node_link_data(graph, edges="edges")
    data["graph"] = {**data["graph"], **snapshot_metadata(view)}
    with binary_output(out) as handle:
        handle.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
