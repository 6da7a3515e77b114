"""The graph stage: the store as a dated networkx graph, and the questions asked of it."""
from __future__ import annotations

from graphbuild.graph.build import EDGE_KINDS, NODE_KINDS, build_graph, derive_ties, edge_key, node_reference
from graphbuild.graph.query import (
    FilterChoices,
    ViewFilter,
    ego_graph,
    filter_choices,
    filter_graph,
    find_nodes,
    meetings_of,
    meetings_per_month,
    meetings_without_year,
    overview,
    subgraph_of,
    prepare_queries,
    signed_agreements,
    ties_between,
    titles_over_time,
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
    "FilterChoices",
    "filter_graph",
    "filter_choices",
    "ego_graph",
    "find_nodes",
    "overview",
    "subgraph_of",
    "prepare_queries",
    "meetings_of",
    "signed_agreements",
    "titles_over_time",
    "meetings_per_month",
    "meetings_without_year",
    "ties_between",
    "top_officials",
    "top_partners",
]
