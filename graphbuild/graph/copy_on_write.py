"""A graph that starts as another one's dicts and is changed apart from it: the other is never changed.

``graph.update`` changes the graph it is given in place, reaching straight into networkx's
dicts (see ``build._put_edge``). The explorer's graph is shared by every session: updated in
place, a session drawing it would see it half changed, or a dict change size under its loop.
Copying it first costs as much as loading it again (``graph.copy()`` took 8.3 s at 100,000
articles, the file's load 8.3 s in the same minute). ``CopyOnWrite(graph).graph`` is a graph
over the same data that copies only what is changed through it:

- its structure (node → neighbours → key → attributes): a node's neighbours are copied the
  first time one is added, removed or copied, the key dict of two nodes the first time it is
  reached through ``[]`` or ``get`` (a dict cannot tell a read from a write); ``items()`` and
  ``values()`` of a node's neighbours hand the key dicts out read-only, not copied (a loop
  over an official's thousands of meetings copies none of them). Nodes and edges added or
  removed are this graph's alone;
- the attributes of a node or an edge are handed out as they are, to be read; what changes
  them asks for them with ``writable_node`` or ``writable_edge`` (the very dict on an
  ordinary graph), which copy them, and their lists, the first time.

A meeting's ``sources`` and ``evidence`` lists are also its ``attended`` and ``involves`` edges'
(``build._add_meetings``), and an update grows them through the meeting: a meeting's attributes
are copied with its edges', each list once for all who hold it.

An update of a hundred articles copies what it changes and the neighbours of the nodes whose
edges it changes (a country's: every meeting that involves it); every other node, edge and
list stays shared with ``graph``. ``settled()`` gives the result as an ordinary graph, over plain dicts
as ``build`` makes them (the copies made along the way, not copied again).
"""
from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from types import MappingProxyType
from typing import Any

import networkx as nx

__all__ = ["CopyOnWrite", "writable_node", "writable_edge", "count_out_edges"]

_NONE: dict = {}


def writable_node(graph: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """The attributes of ``node``, to be changed: on a graph made by ``CopyOnWrite``, its own copy."""
    data = graph._node[node]
    apart = graph.__dict__.get("copy_on_write")
    if apart is None or apart.base_nodes.get(node) is not data:
        return data  # an ordinary graph, or attributes made or copied through this one already
    return apart.take_node(node)


def writable_edge(graph: nx.MultiDiGraph, u: str, v: str, key: str) -> dict[str, Any]:
    """The attributes of the edge ``key`` from ``u`` to ``v``, to be changed: on a graph made by
    ``CopyOnWrite``, its own copy."""
    edges = graph._succ[u][v]
    data = edges[key]
    apart = graph.__dict__.get("copy_on_write")
    if apart is None or apart.base_edge(u, v, key) is not data:
        return data
    for end in (u, v):
        if graph._node[end]["kind"] == "meeting":
            apart.take_node(end)  # with its edges: they share its lists
            return edges[key]
    edges[key] = copied = apart.private(data)
    return copied


def count_out_edges(graph: nx.MultiDiGraph, node: str) -> int:
    """How many edges leave ``node``: on a graph made by ``CopyOnWrite`` too, read without copying anything."""
    successors = graph._succ
    out = successors.own[node] if type(successors) is _Adjacency else successors[node]
    return sum(map(len, out.own.values() if type(out) is _Neighbours else out.values()))


class CopyOnWrite:
    """A graph over the dicts of ``base`` (``.graph``) that copies what is changed through it; ``base`` stays as is."""

    def __init__(self, base: nx.MultiDiGraph) -> None:
        self.base_nodes = base._node
        self._base_successors = base._succ
        self._lists: dict[int, list] = {}  # id of a list of ``base`` → its copy, one for every holder
        self._pairs: set[tuple[str, str]] = set()  # (u, v) whose key dict is this graph's own, on both sides
        self._fresh: set[str] = set()  # nodes added through this graph: their neighbours are its own
        self._successors = _Adjacency(self, base._succ, outgoing=True)
        self._predecessors = _Adjacency(self, base._pred, outgoing=False)
        graph = nx.MultiDiGraph()
        # One level down too: an update adds the new articles to graph.graph["articles"].
        graph.graph = {name: _shallow(value) for name, value in base.graph.items()}
        graph._node = base._node.copy()  # the attributes copied when asked for (writable_node)
        graph._succ = self._successors
        graph._pred = self._predecessors
        graph.__dict__["copy_on_write"] = self
        self.graph: nx.MultiDiGraph | None = graph

    # Attributes ---------------------------------------------------------------------------

    def private(self, data: dict[str, Any]) -> dict[str, Any]:
        """A copy of attributes ``data``, its lists and dicts copied too (a list held twice copied once).

        One level down only: the dicts in a list (a meeting's or an agreement's mentions) stay
        shared, as an update adds mentions and never changes one.
        """
        copied = dict(data)
        for name, value in data.items():
            if type(value) is list:
                own = self._lists.get(id(value))
                if own is None:
                    own = self._lists[id(value)] = list(value)
                copied[name] = own
            elif type(value) is dict:
                copied[name] = dict(value)
        return copied

    def base_edge(self, u: str, v: str, key: str) -> dict | None:
        """The attributes ``base`` has for that edge, None if it has none."""
        return self._base_successors.get(u, _NONE).get(v, _NONE).get(key)

    def take_node(self, node: str) -> dict[str, Any]:
        """Give ``node`` (a node of ``base``) attributes of its own; a meeting's edges too (they share its lists)."""
        graph = self.graph
        data = graph._node[node]
        if self.base_nodes.get(node) is not data:
            return data  # its own already
        graph._node[node] = data = self.private(data)
        if data["kind"] == "meeting":
            for neighbours in (graph._succ[node], graph._pred[node]):
                for other in list(neighbours):
                    edges = neighbours[other]  # this graph's own key dict
                    for key, edge in edges.items():
                        edges[key] = self.private(edge)  # its lists now the meeting's own
        return data

    # Structure ----------------------------------------------------------------------------

    def is_own_pair(self, u: str, v: str) -> bool:
        """Whether the key dict from ``u`` to ``v`` is this graph's: copied already, or made through it."""
        return (u, v) in self._pairs or u in self._fresh or v in self._fresh

    def take_pair(self, u: str, v: str) -> None:
        """Give the edges from ``u`` to ``v`` a key dict of their own, the same on both sides (attributes shared)."""
        successors, predecessors = self._successors[u], self._predecessors[v]
        edges = dict(successors.own[v])
        successors.install(v, edges)
        predecessors.install(u, edges)
        self._pairs.add((u, v))

    def add_pair(self, u: str, v: str) -> None:
        """Note the key dict from ``u`` to ``v`` as made through this graph."""
        self._pairs.add((u, v))

    def add_node(self, node: str) -> None:
        """Note ``node`` as added through this graph."""
        self._fresh.add(node)

    # The result ---------------------------------------------------------------------------

    def settled(self) -> nx.MultiDiGraph:
        """The graph as it is now, over plain dicts, as a new graph object; this one is not to be used again."""
        graph = nx.MultiDiGraph()
        graph.graph = self.graph.graph
        graph._node = self.graph._node
        graph._succ = self._successors.settled()
        graph._pred = self._predecessors.settled()
        self.close()
        return graph

    def close(self) -> None:
        """Break the cycles between this object and its mappings: reference counting frees them (the collector
        may not: a slow update freezes what it made, ``build._no_collection``)."""
        if self.graph is None:
            return
        self._successors.close()
        self._predecessors.close()
        self._lists.clear()
        self._pairs.clear()
        self._fresh.clear()
        self.graph.__dict__.clear()
        self.graph = None


def _shallow(value: Any) -> Any:
    if isinstance(value, dict):
        return value.copy()
    if isinstance(value, list):
        return list(value)
    return value


class _OverOwn(MutableMapping):
    """A mapping whose reads that copy nothing go straight to its dict ``own``."""

    own: dict

    def __contains__(self, key: object) -> bool:
        return key in self.own

    def __iter__(self) -> Iterator[str]:
        return iter(self.own)

    def __len__(self) -> int:
        return len(self.own)

    def keys(self):
        return self.own.keys()


class _Adjacency(_OverOwn):
    """Node → its neighbours (successors or predecessors): a ``_Neighbours`` once reached."""

    def __init__(self, owner: CopyOnWrite, base: dict, *, outgoing: bool) -> None:
        self.own = base.copy()
        self._owner = owner
        self._outgoing = outgoing
        self._reached: list[str] = []

    def __getitem__(self, node: str) -> Any:
        neighbours = self.own[node]  # a KeyError when there is no such node, as a dict's
        if type(neighbours) is dict and node not in self._owner._fresh:
            neighbours = self.own[node] = _Neighbours(self._owner, node, neighbours, outgoing=self._outgoing)
            self._reached.append(node)
        return neighbours

    def __setitem__(self, node: str, neighbours: dict) -> None:
        # a node added (networkx's add_node, build._put_node): its neighbours start empty
        self._owner.add_node(node)
        self.own[node] = neighbours

    def __delitem__(self, node: str) -> None:
        del self.own[node]

    def settled(self) -> dict:
        """The plain dict of node → neighbours: each reached node's, its copy or still the base's."""
        own = self.own
        for node in self._reached:
            neighbours = own.get(node)
            if type(neighbours) is _Neighbours:  # (not a node removed, or added again, since)
                own[node] = neighbours.own
        return own

    def close(self) -> None:
        """Let go of the owner (and the reached neighbours of theirs)."""
        for node in self._reached:
            neighbours = self.own.get(node)
            if type(neighbours) is _Neighbours:
                neighbours.close()
        self._reached.clear()
        self.own = {}
        self._owner = None

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise TypeError("a copy-on-write graph is settled before it is kept")


class _Neighbours(_OverOwn):
    """Neighbour → key dict, for one node: a key dict is copied the first time it is reached through [] or get.

    The neighbours themselves are the base's dict until one is set, removed or copied: then a
    copy (an official's thousands of meetings are read far more often than changed).
    """

    def __init__(self, owner: CopyOnWrite, node: str, base: dict, *, outgoing: bool) -> None:
        self.own = base
        self._copied = False
        self._owner = owner
        self._node = node
        self._outgoing = outgoing

    def _pair(self, other: str) -> tuple[str, str]:
        return (self._node, other) if self._outgoing else (other, self._node)

    def _writable(self) -> dict:
        if not self._copied:
            self.own = self.own.copy()
            self._copied = True
        return self.own

    def install(self, other: str, edges: dict) -> None:
        """Set the key dict to ``other``, the neighbours copied first if they are still the base's."""
        self._writable()[other] = edges

    def __getitem__(self, other: str) -> dict:
        edges = self.own[other]  # a KeyError when there is no such neighbour, as a dict's
        pair = self._pair(other)
        if not self._owner.is_own_pair(*pair):
            self._owner.take_pair(*pair)
            edges = self.own[other]
        return edges

    def __setitem__(self, other: str, edges: dict) -> None:
        # a key dict made by the caller (build._put_edge), who sets it on the other side too
        self._owner.add_pair(*self._pair(other))
        self.install(other, edges)

    def __delitem__(self, other: str) -> None:
        del self._writable()[other]

    # To be read: the key dicts as they are, read-only (changed through [] or get, which copy them first).
    def items(self) -> _ReadOnly:
        return _ReadOnly(self.own, lambda own: zip(own.keys(), map(MappingProxyType, own.values())))

    def values(self) -> _ReadOnly:
        return _ReadOnly(self.own, lambda own: map(MappingProxyType, own.values()))

    def close(self) -> None:
        """Let go of the owner."""
        self._owner = None

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise TypeError("a copy-on-write graph is settled before it is kept")


class _ReadOnly:
    """What ``items()`` or ``values()`` of a node's neighbours hand out: their key dicts, read-only, as they are now."""

    def __init__(self, own: dict, walk) -> None:
        self._own = own
        self._walk = walk

    def __iter__(self) -> Iterator:
        return self._walk(self._own)

    def __len__(self) -> int:
        return len(self._own)
