"""The explorer's first view of a store, kept in the graph file: drawn before the graph is loaded.

The page a visitor opens first (every filter at its default: the people network of the whole
store) needs little of the graph: the drawing's data, the filters' choices, how many nodes of
each kind the store holds and how many meetings have no known year. At 100,000 articles the
graph file takes seconds to load; this, kept ahead of the graph in the same file and under
the same key (``graphbuild.graph.cache``), loads in a few milliseconds, so the explorer draws
the network while the graph is still loading, and only the rest of the page waits for it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from graphbuild.export.vis import to_vis_data
from graphbuild.graph.people import drawn_people, meetings_in_view
from graphbuild.graph.query import FilterChoices, filter_choices, kind_counts, meetings_without_year

__all__ = ["FirstView", "first_view"]


@dataclass(slots=True)
class FirstView:
    """What the explorer's first page shows above its details and tabs, for a whole graph."""

    vis: dict[str, Any]  # ``to_vis_data`` of ``drawn_people(graph)``, nodes sized by their meetings
    aggregated: bool  # the drawing holds the most active officials only
    kinds: dict[str, int]  # nodes of each kind in the graph
    undated: int  # meetings whose year is unknown
    choices: FilterChoices

    def to_dict(self) -> dict[str, Any]:
        """Plain data (dicts, lists, strings, numbers), as the graph file holds it."""
        return {"vis": self.vis, "aggregated": self.aggregated, "kinds": dict(self.kinds), "undated": self.undated,
                "choices": asdict(self.choices)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "FirstView":
        """Inverse of ``to_dict``."""
        return cls(vis=data["vis"], aggregated=bool(data["aggregated"]), kinds=dict(data["kinds"]),
                   undated=int(data["undated"]), choices=FilterChoices(**data["choices"]))


def first_view(graph: nx.MultiDiGraph) -> FirstView:
    """The first view of the whole ``graph``: what the explorer draws when no filter is set."""
    drawn, aggregated = drawn_people(graph)
    return FirstView(vis=to_vis_data(drawn, meetings_in_view(graph)), aggregated=aggregated,
                     kinds=dict(kind_counts(graph)), undated=len(meetings_without_year(graph)),
                     choices=filter_choices(graph))
