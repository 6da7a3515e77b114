"""GraphML, for Cytoscape, yEd and igraph: networkx's own writer on scalar attributes.

GraphML has no list type, so lists become ``"; "``-joined text (nested values JSON); the
snapshot's metadata is kept as graph attributes ``generator``, ``created`` and ``view``
(the filters, as JSON text).
"""
from __future__ import annotations

import json

import networkx as nx

from graphbuild.export.snapshot import Output, binary_output, flat_graph, snapshot_metadata
from graphbuild.graph.query import ViewFilter

__all__ = ["write_graphml"]


def write_graphml(graph: nx.MultiDiGraph, out: Output, *, view: ViewFilter | None = None) -> None:
    """Write ``graph`` as GraphML; edge ids are the graph's (globally unique) edge keys."""
    metadata = snapshot_metadata(view)
    flat = flat_graph(graph)
    flat.graph.update(generator=metadata["generator"], created=metadata["created"],
                      view=json.dumps(metadata["view"], ensure_ascii=False))
    with binary_output(out) as handle:
        # The pure-Python writer, not lxml's: the same output whether or not lxml is installed.
        nx.write_graphml_xml(flat, handle, encoding="utf-8")
