"""The graph stage: the store as a dated networkx graph, and the questions asked of it."""
from __future__ import annotations

from graphbuild.graph.build import EDGE_KINDS, NODE_KINDS, build_graph, derive_ties, edge_key, node_reference
from graphbuild.graph.query import (
    ViewFilter,
    ego_graph,
    filter_graph,
    find_nodes,
    meetings_of,
    ties_between,
    top_officials,
    top_partners,
)

__all__ = [
    "NODE_KINDS",
    "EDGE_KINDS",
    "build_graph",
    "derive_ties",
    "edge_key",
    "node_reference",
    "ViewFilter",
    "filter_graph",
    "ego_graph",
    "find_nodes",
    "meetings_of",
    "ties_between",
    "top_officials",
    "top_partners",
]
