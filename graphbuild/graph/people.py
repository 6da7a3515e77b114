"""Who met whom: officials linked directly by the meetings they shared, and the questions asked of that.

The graph of ``build_graph`` has meetings as nodes (a meeting is a fact with a date, a place
and evidence); an analyst reads the network of people. ``people_network`` draws officials
linked by one ``met`` edge per pair, which carries every meeting of the pair (its dates and
places, the width of the edge). Countries, organizations and agreements join on request.
``meeting_ego`` is the focus around a node counted in meetings, not graph steps: radius 1
around an official is everyone they met, not everyone of their country.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from graphbuild.graph.dates import sort_key
from graphbuild.graph.labels import display_label

__all__ = ["people_network", "overview_network", "overview_pairs", "refreshed_overview", "OVERVIEW_OFFICIALS",
           "PEOPLE_LIMIT", "drawn_people", "meetings_in_view", "meeting_ego", "met_by", "attendees", "meeting_path", "rankings", "DRAWN_ALSO"]

#: The kinds that may be drawn beside the officials.
DRAWN_ALSO = ("country", "organization", "agreement")


def attendees(graph: nx.MultiDiGraph, meeting: str) -> list[str]:
    """The officials who attended ``meeting``, in the order the graph holds them."""
    node_data = graph._node
    return [person for person, edges in graph._pred[meeting].items()
            if node_data[person]["kind"] == "person" and any(d["kind"] == "attended" for d in edges.values())]


def _meetings_of(graph: nx.MultiDiGraph, person: str) -> list[str]:
    node_data = graph._node
    return [meeting for meeting, edges in graph._succ[person].items()
            if node_data[meeting]["kind"] == "meeting" and any(d["kind"] == "attended" for d in edges.values())]


def _meeting_entry(meeting: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"id": meeting, "date": data.get("date"), "place": data.get("place")}


def people_network(view: nx.MultiDiGraph, *, also: Iterable[str] = (), limit: int | None = None,
                   counts: dict[str, int] | None = None, keep: Iterable[str] | None = None) -> nx.Graph:
    """Officials of ``view`` linked by ``met`` edges (one per pair: ``meetings``, ``weight``, ``dates``,
    ``start``/``end``), with the kinds of ``also`` (countries, organizations, agreements) linked to them.

    ``limit``: at most that many officials, those with most meetings (``counts``, else counted
    in ``view``); ``keep``: exactly these officials (those of them in ``view``). The result's
    ``graph["officials"]`` says how many the view holds. Node attribute dicts are ``view``'s own, shared.
    """
    from graphbuild.graph.query import nodes_by_kind  # (the query module imports this one)

    people = list(nodes_by_kind(view).get("person", ()))
    total = len(people)
    if keep is not None:
        chosen = set(keep)
        people = [person for person in people if person in chosen]
    if limit is not None and len(people) > limit:
        if counts is None:
            counts = {person: len(_meetings_of(view, person)) for person in people}
        people = sorted(people, key=lambda person: (-counts.get(person, 0), person))[:limit]
    pairs, seen = _pairs(view, people)
    return _linked(view, people, pairs, total, also=also, meetings=seen)


#: The officials drawn of a view with too many to draw whole: the most active (``overview_network``).
OVERVIEW_OFFICIALS = 100
#: Views of up to this many officials are drawn whole; larger ones as their ``OVERVIEW_OFFICIALS`` most
#: active (their ties are dense: a hundred busy officials share thousands of edges, which a browser
#: lays out in seconds).
PEOPLE_LIMIT = 300


def drawn_people(view: nx.MultiDiGraph, *, also: Iterable[str] = (), limit: int = PEOPLE_LIMIT,
                 size: int = OVERVIEW_OFFICIALS) -> tuple[nx.Graph, bool]:
    """What the people network draws of ``view``, and whether that is less than the view holds: the
    ``people_network`` of its officials up to ``limit`` of them, else the ``overview_network`` of ``size``."""
    from graphbuild.graph.query import collection_paused, nodes_by_kind

    with collection_paused():  # tens of thousands of new dicts (each pair's meetings): see collection_paused
        if len(nodes_by_kind(view).get("person", ())) <= limit:
            return people_network(view, also=also), False
        return overview_network(view, also=also, size=size), True


def meetings_in_view(view: nx.MultiDiGraph) -> dict[str, int] | None:
    """Each official's meetings in ``view`` (what a drawing's node size and tooltip tell); None without meetings."""
    from graphbuild.graph.query import nodes_by_kind, top_officials

    kinds = nodes_by_kind(view)
    if not kinds.get("meeting"):
        return None
    return dict(top_officials(view, len(kinds.get("person", ()))))


def overview_network(view: nx.MultiDiGraph, *, also: Iterable[str] = (), size: int = OVERVIEW_OFFICIALS) -> nx.Graph:
    """``people_network`` of the ``size`` officials of ``view`` with most meetings (``top_officials``).

    Which of them met, at which meetings, is worked out once per graph or view: for the
    whole graph it is kept in the graph file (``prepare_queries``), so that the explorer's
    first view of a large archive is drawn without a pass over its meetings.
    """
    from graphbuild.graph.query import nodes_by_kind

    found = overview_pairs(view, size)
    people = found["officials"]
    pairs = {(a, b): meetings for a, b, meetings in found["pairs"]}
    seen = None
    if "agreement" in set(also):  # the agreements signed at the drawn officials' meetings
        seen = {meeting for person in people for meeting in _meetings_of(view, person)}
    return _linked(view, people, pairs, len(nodes_by_kind(view).get("person", ())), also=also, meetings=seen)


def overview_pairs(view: nx.MultiDiGraph, size: int = OVERVIEW_OFFICIALS) -> dict[str, Any]:
    """The ``size`` most active officials of ``view`` and the meetings of each pair of them, in time order,
    as plain data (``officials``; ``pairs``: ``[a, b, meetings]``); once per graph or view and size.

    Kept with the rest of what is worked out of the graph (``query._memo``): forgotten when its
    nodes change in number, brought up to date by ``graph.update`` (``refreshed_overview``).
    """
    from graphbuild.graph.query import _memo, top_officials  # (the query module imports this one)

    found = _memo(view).setdefault("overview", {})
    if size not in found:
        people = [person for person, _ in top_officials(view, size)]
        found[size] = _overview_entry(people, _pairs(view, people)[0])
    return found[size]


def refreshed_overview(view: nx.MultiDiGraph, old: dict[str, Any], people: list[str],
                       changed: set[str]) -> dict[str, Any]:
    """``overview_pairs`` of ``view`` for its most active ``people``, from ``old``, made before the nodes
    ``changed`` (meetings among them added, removed, or given other attendees or dates) were.

    Only the changed meetings and those of officials new among ``people`` are looked at, not
    the thousands of meetings of the others (``graph.update`` at 100,000 articles).
    """
    node_data, successors, predecessors = view._node, view._succ, view._pred
    kept = set(people)
    entering = kept - set(old["officials"])
    pairs: dict[tuple[str, str], list[str]] = {}
    for a, b, meetings in old["pairs"]:
        if a in kept and b in kept:
            unchanged = [meeting for meeting in meetings if meeting not in changed]
            if unchanged:
                pairs[a, b] = unchanged
    touched: set[tuple[str, str]] = set()

    def add(meeting: str, only_entering: bool) -> None:
        present = sorted(p for p in predecessors[meeting] if p in kept)
        for pair in combinations(present, 2):
            if not only_entering or pair[0] in entering or pair[1] in entering:
                pairs.setdefault(pair, []).append(meeting)
                touched.add(pair)

    for meeting in changed:
        if meeting in node_data and node_data[meeting]["kind"] == "meeting":
            add(meeting, False)
    seen: set[str] = set()
    for person in entering:  # their pairs with the others: before, neither was among the officials drawn
        for meeting in successors[person]:
            if meeting not in changed and meeting not in seen and node_data[meeting]["kind"] == "meeting":
                seen.add(meeting)
                add(meeting, True)
    for pair in touched:
        pairs[pair].sort(key=lambda m: (sort_key(node_data[m].get("date")), m))
    return _overview_entry(people, dict(sorted(pairs.items())))


def _overview_entry(people: list[str], pairs: dict[tuple[str, str], list[str]]) -> dict[str, Any]:
    return {"officials": people, "pairs": [[a, b, meetings] for (a, b), meetings in pairs.items()]}


def _pairs(view: nx.MultiDiGraph, people: list[str]) -> tuple[dict[tuple[str, str], list[str]], set[str]]:
    """The meetings each pair of ``people`` shared in ``view``, in time order, by pair, and every meeting looked at."""
    node_data = view._node
    kept = set(people)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    seen: set[str] = set()
    successors, predecessors = view._succ, view._pred  # read only: an official may have thousands of meetings
    for person in people:
        for meeting in successors[person]:
            if meeting in seen or node_data[meeting]["kind"] != "meeting":
                continue
            seen.add(meeting)
            # a kept official before a meeting attended it (agreements are the only other kind there)
            present = [p for p in predecessors[meeting] if p in kept]
            if len(present) > 1:
                present.sort()
                for pair in combinations(present, 2):
                    pairs[pair].append(meeting)
    for meetings in pairs.values():
        meetings.sort(key=lambda m: (sort_key(node_data[m].get("date")), m))
    return dict(sorted(pairs.items())), seen  # one order whatever the walk (``refreshed_overview`` walks less)


def _linked(view: nx.MultiDiGraph, people: list[str], pairs: dict[tuple[str, str], list[str]], total: int, *,
            also: Iterable[str], meetings: set[str] | None) -> nx.Graph:
    """The network of ``people`` with one ``met`` edge per pair of ``pairs``, and the kinds of ``also``."""
    wanted = set(also) & set(DRAWN_ALSO)
    node_data = view._node
    network = nx.Graph(officials=total)
    for person in people:
        _put(network, person, node_data[person])
    for (a, b), met in pairs.items():
        dated = [node_data[m]["start"] for m in met if node_data[m].get("start")]
        edge = {"kind": "met", "meetings": len(met), "weight": len(met),
                "dates": [_meeting_entry(m, node_data[m]) for m in met]}
        if dated:
            edge["start"], edge["end"] = min(dated), max(dated)
        network.add_edge(a, b, **edge)
    if wanted:
        _add_context(view, network, people, meetings or set(), wanted)
    return network


def _put(network: nx.Graph, node: str, data: dict[str, Any]) -> None:
    """Add ``node`` with ``data`` itself as its attribute dict (the view's, shared: never changed)."""
    if node not in network:
        network._node[node] = data
        network._adj[node] = {}


def _add_context(view: nx.MultiDiGraph, network: nx.Graph, people: list[str], meetings: set[str],
                 wanted: set[str]) -> None:
    """Countries, organizations and agreements linked to the drawn officials (and countries to agreements)."""
    from graphbuild.graph.query import nodes_by_kind

    node_data, kinds = view._node, nodes_by_kind(view)
    if "country" in wanted:
        for node in kinds.get("country", ()):
            _put(network, node, node_data[node])
    for person in people:
        for target, edges in view._succ[person].items():
            if node_data[target]["kind"] not in wanted:
                continue
            for data in edges.values():
                if data["kind"] in ("represents", "role"):
                    _put(network, target, node_data[target])
                    network.add_edge(person, target, kind=data["kind"],
                                     **{k: data[k] for k in ("start", "end", "title") if data.get(k)})
                    break
    if "agreement" in wanted:
        for node in kinds.get("agreement", ()):
            _put(network, node, node_data[node])
            for target, edges in view._succ[node].items():
                links = {d["kind"] for d in edges.values()}
                if "signed_at" in links and target in meetings:
                    when = {k: node_data[target][k] for k in ("start", "end") if node_data[target].get(k)}
                    for person in attendees(view, target):
                        if person in network:
                            network.add_edge(node, person, kind="signed", **when)
                elif "party" in links and target in network:
                    network.add_edge(node, target, kind="party")
    if "country" in wanted:
        for node in kinds.get("country", ()):
            for other, edges in view._succ[node].items():
                for edge in edges.values():
                    if edge["kind"] == "tie" and other in network:
                        network.add_edge(node, other, kind="tie", **{
                            k: edge[k] for k in ("start", "end", "meetings", "agreements", "weight") if k in edge})


def met_by(graph: nx.MultiDiGraph, node: str) -> set[str]:
    """The officials at a meeting of ``node`` (an official, or the meetings of a country, organization, agreement)."""
    return {other for other in meeting_ego(graph, node, 1) if graph._node[other]["kind"] == "person"} - {node}


def meeting_ego(graph: nx.MultiDiGraph, node: str, radius: int = 1) -> set[str]:
    """The nodes within ``radius`` meetings of ``node``: its meetings, everyone at them, and so on.

    From an official: the meetings attended and their attendees (radius 1), then their meetings
    and attendees (2)... From a country, an organization or an agreement: its meetings (the
    ones involving the country, the officials' of the organization, the meeting where the
    agreement was signed) count as the first step. With the countries, organizations and
    agreements attached to what is kept.
    """
    if node not in graph:
        raise KeyError(f"no node {node!r} in the graph")
    node_data = graph._node
    kind = node_data[node]["kind"]
    people: set[str] = set()
    meetings: set[str] = set()
    if kind == "person":
        people.add(node)
    elif kind == "meeting":
        meetings.add(node)
        people.update(attendees(graph, node))
        radius -= 1
    else:
        for other in nx.all_neighbors(graph, node):
            other_kind = node_data[other]["kind"]
            if other_kind == "meeting":
                meetings.add(other)
            elif other_kind == "person":
                people.add(other)
        for meeting in list(meetings):
            people.update(attendees(graph, meeting))
        radius -= 1
    frontier = set(people)
    for _ in range(max(radius, 0)):
        reached = {m for person in frontier for m in _meetings_of(graph, person)} - meetings
        meetings |= reached
        found = {p for m in reached for p in attendees(graph, m)} - people
        people |= found
        frontier = found
    keep = {node} | people | meetings
    for meeting in meetings:
        keep.update(target for target in graph._succ[meeting] if node_data[target]["kind"] == "country")
        keep.update(a for a, edges in graph._pred[meeting].items()
                    if node_data[a]["kind"] == "agreement" and any(d["kind"] == "signed_at" for d in edges.values()))
    for person in people:
        keep.update(target for target in graph._succ[person]
                    if node_data[target]["kind"] in ("country", "organization"))
    return keep


def _path_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """Officials, meetings and countries, linked by attendance and by the countries a meeting involves
    (once per graph)."""
    from graphbuild.graph.query import _memo  # the query module's per-graph memo (it imports this one)

    memo = _memo(graph)
    if "path_graph" not in memo:
        memo["path_graph"] = _make_path_graph(graph)
    return memo["path_graph"]


def _make_path_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    found = nx.Graph()
    for node, data in graph._node.items():
        if data["kind"] != "meeting":
            continue
        for other, edges in graph._pred[node].items():
            if any(d["kind"] == "attended" for d in edges.values()):
                found.add_edge(other, node)
        for other, edges in graph._succ[node].items():
            if any(d["kind"] == "involves" for d in edges.values()):
                found.add_edge(node, other)
    return found


def meeting_path(graph: nx.MultiDiGraph, source: str, target: str) -> list[dict[str, Any]]:
    """The shortest chain of meetings from ``source`` to ``target`` (officials or countries); [] if none.

    Each step is a meeting: ``meeting`` (its id), ``date``, ``place``, ``label``, and
    ``from`` / ``to``, the two nodes it links (an official at both ends, or a country the
    meeting involves at the chain's ends). Countries are only ends: a path never goes
    through a country, which would link everyone of it.
    """
    for node in (source, target):
        if node not in graph:
            raise KeyError(f"no node {node!r} in the graph")
    if source == target:
        return []
    links = _path_graph(graph)
    if source not in links or target not in links:
        return []
    countries = {node for node in links if graph._node[node]["kind"] == "country"} - {source, target}
    allowed = nx.subgraph_view(links, filter_node=lambda node: node not in countries)
    try:
        nodes = nx.shortest_path(allowed, source, target)
    except nx.NetworkXNoPath:
        return []
    steps = []
    for index in range(1, len(nodes) - 1, 2):
        meeting = nodes[index]
        data = graph._node[meeting]
        steps.append({"meeting": meeting, "date": data.get("date"), "place": data.get("place"),
                      "label": display_label(graph, meeting), "from": nodes[index - 1], "to": nodes[index + 1]})
    return steps


def rankings(network: nx.Graph, *, top: int = 15, sample: int = 100) -> dict[str, list[tuple[str, float]]]:
    """The officials of a ``people_network`` with most meetings, most partners, and the brokers (betweenness).

    Betweenness is networkx's, over the met edges; above ``sample`` officials it is
    estimated from that many sources (seeded: the same view gives the same ranking).
    """
    people = [node for node, data in network.nodes(data=True) if data.get("kind") == "person"]
    met = nx.Graph()
    met.add_nodes_from(people)
    met.add_edges_from((a, b, d) for a, b, d in network.edges(data=True) if d.get("kind") == "met")
    held: dict[str, set[str]] = {person: set() for person in people}
    for a, b, data in met.edges(data=True):
        ids = {entry["id"] for entry in data["dates"]}
        held[a] |= ids
        held[b] |= ids
    meetings = {person: len(ids) for person, ids in held.items()}
    partners = {person: met.degree(person) for person in people}
    k = sample if len(people) > sample else None
    brokers = nx.betweenness_centrality(met, k=k, seed=11 if k else None) if people else {}

    def best(scores: dict[str, float]) -> list[tuple[str, float]]:
        return sorted(((node, score) for node, score in scores.items() if score > 0),
                      key=lambda item: (-item[1], item[0]))[:top]

    return {"meetings": best(meetings), "partners": best(partners), "brokers": best(brokers)}
