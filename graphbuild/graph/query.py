"""Questions the app and the CLI ask of the graph, and the one filter description they share.

Every function takes a graph built by ``build_graph`` and returns plain values or a new
graph; none changes the graph it is given, and none expects a graph to change once built:
what is slow to work out from a whole graph (the filter choices, who is most active) is
worked out once per graph and kept until the graph is dropped.

Sizes: a store of 100,000 articles makes a graph of some 140,000 meetings; a filter starts
from the facts of the chosen countries (the edges into their nodes) rather than from every
node, and copies only what it keeps.
"""
from __future__ import annotations

import gc
import weakref
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from functools import lru_cache
from itertools import filterfalse
from operator import methodcaller
from typing import Any

import networkx as nx

from graphbuild.graph.build import NODE_KINDS, derive_ties
from graphbuild.graph.copy_on_write import count_out_edges
from graphbuild.graph.people import OVERVIEW_OFFICIALS, meeting_ego, overview_pairs, refreshed_overview
from graphbuild.graph.search import search as search_names
from graphbuild.graph.dates import (
    check_date,
    first_day,
    has_year,
    interval,
    last_day,
    months_between,
    overlaps,
    sort_key,
)
from graphbuild.resolve import country_code, fold

__all__ = [
    "ViewFilter",
    "FilterChoices",
    "NETWORKS",
    "filter_graph",
    "filter_choices",
    "ego_graph",
    "find_nodes",
    "overview",
    "subgraph_of",
    "prepare_queries",
    "meetings_of",
    "collection_paused",
    "signed_agreements",
    "titles_over_time",
    "meetings_per_month",
    "meetings_without_year",
    "ties_between",
    "top_officials",
    "top_partners",
    "nodes_by_kind",
    "kind_counts",
    "edge_count",
    "recent_meetings",
]

_FACT_KINDS = ("meeting", "agreement")
# A meeting's label is made of its people's names: a search matches the people themselves.
_SEARCHED_KINDS = tuple(kind for kind in NODE_KINDS if kind != "meeting")


def _country_ids(countries: Iterable[str]) -> set[str]:
    """``country:VNM`` ids from codes, names or ids; a value that names no country is an error."""
    ids = set()
    for value in countries:
        text = value.split(":", 1)[1] if value.startswith("country:") else value
        code = country_code(text)
        if code is None:
            raise ValueError(f"{value!r} names no country")
        ids.add(f"country:{code}")
    return ids


#: The edge that makes a country one of a fact's countries: a meeting involves it, an agreement has it as a party.
_COUNTRY_LINKS = {"meeting": "involves", "agreement": "party"}


def _fact_countries(graph: nx.MultiDiGraph, node: str) -> set[str]:
    link = _COUNTRY_LINKS[graph._node[node]["kind"]]
    return {v for v, edges in graph._succ[node].items() if any(d["kind"] == link for d in edges.values())}


def _keep_fact(data: dict[str, Any], *, date_from: str | None, date_to: str | None, topics: set[str],
               statuses: set[str], undated: bool = False) -> bool:
    """Whether a fact found by ``_candidate_facts`` (which has seen to its countries) passes the other filters.

    ``undated``: a fact whose year is unknown passes the date range (it may fall in it).
    """
    if not overlaps(data.get("start"), data.get("end"), date_from, date_to) and \
            not (undated and not data.get("start") and not data.get("end")):
        return False
    if topics and not topics & {_folded(t) for t in data.get("topics", [])}:
        return False
    return not (statuses and data["kind"] == "agreement" and data.get("status") not in statuses)


#: ``fold`` of the names, topics and labels a graph holds: the search box asks for all of them at every keystroke.
_folded = lru_cache(maxsize=1 << 18)(fold)


def _names(data: dict[str, Any]) -> list[str]:
    return [name for name in (data.get("label"), data.get("name"), data.get("iso3"), *data.get("aliases", [])) if name]


_MEMOS: "weakref.WeakKeyDictionary[nx.MultiDiGraph, dict[str, Any]]" = weakref.WeakKeyDictionary()


def _memo(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """What has been worked out of ``graph`` already; forgotten when the graph is, or when its nodes change in number.

    (Counting the edges of a multigraph walks every node: the node count is the cheap check.)
    """
    if isinstance(graph, _WholeView):
        graph = graph._whole  # the same nodes and edges: the same answers
    size = graph.number_of_nodes()
    memo = _MEMOS.get(graph)
    if memo is None or memo["size"] != size:
        memo = _MEMOS[graph] = {"size": size}
    return memo


class _WholeView(nx.MultiDiGraph):
    """The read-only view ``filter_graph`` gives when nothing is filtered out: the whole graph, not copied.

    Counting a multigraph's edges walks every node; the whole graph's count is worked out
    once per graph (the app shows it at every rerun).
    """

    _whole: nx.MultiDiGraph

    def number_of_edges(self, u: Any = None, v: Any = None) -> int:
        if u is None and v is None:
            return edge_count(self._whole)
        return super().number_of_edges(u, v)


def graph_summary(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """What the queries work out of a whole graph once (choices, officials' meetings, indexes, counts).

    The graph file (``graphbuild.graph.cache``) keeps it with the graph, in the same pickle
    (the affiliations hold the graph's own edge dicts): a graph loaded from it answers the
    explorer's first view and its first filters at once.
    """
    prepare_queries(graph)
    memo = _memo(graph)
    summary = {name: memo[name] for name in _SUMMARY}
    choices = summary["choices"]
    summary["choices"] = {f.name: getattr(choices, f.name) for f in fields(choices)}
    return summary


def restore_summary(graph: nx.MultiDiGraph, summary: dict[str, Any]) -> None:
    """Give a loaded graph the summary ``graph_summary`` made of it before it was saved."""
    memo = _memo(graph)
    for name in _SUMMARY:
        memo[name] = summary[name]
    memo["choices"] = FilterChoices(**summary["choices"])


def carry_queries(source: nx.MultiDiGraph, target: nx.MultiDiGraph) -> None:
    """Let ``target``, a graph object over the very dicts of ``source``, answer from what ``source`` worked out."""
    memo = _MEMOS.get(source)
    if memo is not None:
        _MEMOS[target] = memo


def fork_queries(source: nx.MultiDiGraph, target: nx.MultiDiGraph) -> None:
    """Let ``target``, a graph that starts as ``source`` and is then changed apart from it (``graph.update``
    through ``copy_on_write``), start from what ``source`` worked out; ``QueryMarks.refresh`` changes
    ``target``'s in place, ``source``'s stays as it is."""
    memo = _MEMOS.get(source)
    if memo is None:
        return
    forked = dict(memo)
    if "counts" in memo:
        forked["counts"] = {name: dict(counted) for name, counted in memo["counts"].items()}
    if "dates" in memo:
        forked["dates"] = tuple(list(part) for part in memo["dates"])
    for name in ("links", "affiliations"):
        if name in memo:
            forked[name] = dict(memo[name])
    _MEMOS[target] = forked


def forget_queries(graph: nx.MultiDiGraph) -> None:
    """Drop what was worked out of ``graph``: it has been changed in place (``graph.update``)."""
    _MEMOS.pop(graph, None)


def prepare_queries(graph: nx.MultiDiGraph) -> None:
    """Work out now what the first queries of ``graph`` would (a server does it before its first visitor)."""
    filter_choices(graph)
    top_officials(graph, 1)
    meetings_per_month(graph)
    meetings_without_year(graph)
    _date_index(graph)
    _affiliation_index(graph)
    _links(graph)
    nodes_by_kind(graph)
    overview_pairs(graph, OVERVIEW_OFFICIALS)  # the explorer's first view of a large archive
    edge_count(graph)


# The memo entries a graph file keeps (the unpickler makes no class: FilterChoices is kept as its fields).
_SUMMARY = ("choices", "counts", "attended", "months", "undated", "dates", "affiliations", "links", "edges",
            "overview")
# Those ``QueryMarks`` brings up to date from the changed nodes (it makes the overview again from them).
_KEPT_UP = _SUMMARY[:-1]


def _copy_of(graph: nx.MultiDiGraph, keep: set[str], *, ties: bool = True) -> nx.MultiDiGraph:
    """The subgraph of ``keep`` as a graph of its own, nodes in the graph's order (without ties if not ``ties``).

    Its structure is its own (removing or adding nodes and edges leaves ``graph`` alone);
    the attribute dicts are ``graph``'s own, shared, not copied: a view of a year of
    meetings is tens of thousands of them, and neither the app nor the exports change them.
    Edges are found from their meeting or agreement when they have one (a fact has a few
    edges, an official thousands), else through ``_links`` (officials' countries and
    organizations, ties); they are written straight into networkx's dicts (see
    ``graph.build._put_edge``).
    """
    view = nx.MultiDiGraph()
    view.graph = dict(graph.graph)
    nodes = [node for node in graph if node in keep] if 4 * len(keep) > len(graph) else \
        sorted(keep, key=_positions(graph).__getitem__)
    node_data, successors, predecessors = graph._node, graph._succ, graph._pred
    view_nodes, view_successors, view_predecessors = view._node, view._succ, view._pred
    for node in nodes:
        view_nodes[node] = node_data[node]
        view_successors[node] = {}
        view_predecessors[node] = {}
    links = _links(graph)
    facts = {node for node in nodes if node_data[node]["kind"] in _FACT_KINDS}
    others = keep - facts
    for u in nodes:
        if u in facts:
            out = view_successors[u]
            for v, edges in successors[u].items():
                if v in keep:
                    out[v] = view_predecessors[v][u] = dict(edges)
            into = view_predecessors[u]
            for w, edges in predecessors[u].items():
                if w in others:  # fact to fact: found from its source
                    view_successors[w][u] = into[w] = dict(edges)
            continue
        out = successors[u]
        for v in links.get(u, ()):
            if v in keep:
                edges = out[v] if ties else {key: data for key, data in out[v].items() if data["kind"] != "tie"}
                if edges:
                    view_successors[u][v] = view_predecessors[v][u] = dict(edges)
    return view


def subgraph_of(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> nx.MultiDiGraph:
    """The nodes of ``graph`` among ``nodes``, with the edges between them, as a graph of their own (shared data)."""
    return _copy_of(graph, {node for node in nodes if node in graph})


def _links(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """For each node that is not a meeting or an agreement, the successors that are not either; once per graph."""
    memo = _memo(graph)
    if "links" not in memo:
        node_data, links = graph._node, {}
        for node, data in node_data.items():
            if data["kind"] not in _FACT_KINDS:
                targets = [v for v in graph._succ[node] if node_data[v]["kind"] not in _FACT_KINDS]
                if targets:
                    links[node] = targets
        memo["links"] = links
    return memo["links"]


def _positions(graph: nx.MultiDiGraph) -> dict[str, int]:
    memo = _memo(graph)
    if "positions" not in memo:
        memo["positions"] = {node: index for index, node in enumerate(graph)}
    return memo["positions"]


def _candidate_facts(graph: nx.MultiDiGraph, countries: set[str], date_from: str | None,
                     date_to: str | None) -> Iterable[tuple[str, dict[str, Any]]]:
    """The meetings and agreements a filter must look at (``_keep_fact`` decides the rest): those of
    ``countries`` when given (involved in a meeting, party to an agreement), else those near the
    date range, else all."""
    nodes = graph.nodes
    if countries:
        node_data, found = graph._node, {}  # read only
        for country in countries:
            for fact, edges in graph._pred.get(country, _NO_EDGES).items():
                data = node_data[fact]
                link = _COUNTRY_LINKS.get(data["kind"])
                if link is not None and any(d["kind"] == link for d in edges.values()):
                    found[fact] = data
        return found.items()
    if date_from or date_to:
        firsts, facts, others = _date_index(graph)
        low = first_day(date_from) if date_from else ""
        if low:  # a fact of at most _SHORT days that ends on or after date_from starts at most that much before
            low = (date.fromisoformat(low) - timedelta(days=_SHORT)).isoformat()
        high = last_day(date_to) if date_to else "9999-12-31"
        found = facts[bisect_left(firsts, low):bisect_right(firsts, high)] + others
        return ((fact, nodes[fact]) for fact in found)
    return ((node, data) for node, data in graph.nodes(data=True) if data["kind"] in _FACT_KINDS)


# Facts no longer than this are found by their first day; longer ones (an agreement reported
# over years) are always looked at.
_SHORT = 366


def _date_index(graph: nx.MultiDiGraph) -> tuple[list[str], list[str], list[str]]:
    """The short dated facts sorted by first day (days, nodes), and the others; once per graph."""
    memo = _memo(graph)
    if "dates" not in memo:
        short, others = [], []
        for node, data in graph.nodes(data=True):
            if data["kind"] not in _FACT_KINDS:
                continue
            first, last = interval(data.get("start"), data.get("end"))
            if first is not None and last is not None and \
                    (date.fromisoformat(last) - date.fromisoformat(first)).days <= _SHORT:
                short.append((first, node))
            else:
                others.append(node)
        short.sort()
        memo["dates"] = ([first for first, _ in short], [node for _, node in short], others)
    return memo["dates"]


def filter_graph(graph: nx.MultiDiGraph, *, date_from: str | None = None, date_to: str | None = None,
                 countries: Iterable[str] = (), kinds: Iterable[str] = (), topics: Iterable[str] = (),
                 statuses: Iterable[str] = (), search: str | None = None, undated: bool = False,
                 between: bool = False) -> nx.MultiDiGraph:
    """The part of the graph a user asked for; ties are recounted within it.

    Meetings and agreements are kept when they fall in the date range (those whose year is
    unknown only with ``undated``), share a topic, involve one of the countries (all of
    them with ``between``: the ties between those countries), and (agreements) have one of
    the statuses. People, organizations and countries are then kept when a kept meeting or
    agreement involves them. ``search`` keeps the nodes whose name contains it and their
    neighbours; ``kinds`` finally keeps only nodes of those kinds.

    With no filter at all the answer is the graph itself, as a read-only view (its ties are
    those of the whole graph already): no copy of a hundred thousand meetings.
    """
    country_ids = _country_ids(countries)
    topic_keys = {fold(t) for t in topics}
    status_set = set(statuses)
    kind_set = set(kinds)
    unknown = kind_set - set(NODE_KINDS)
    if unknown:
        raise ValueError(f"unknown node kind(s) {', '.join(sorted(unknown))}; expected {', '.join(NODE_KINDS)}")
    narrowed = bool(date_from or date_to or country_ids or topic_keys or status_set)
    searched = bool(search and search.strip())

    if not narrowed:
        if not searched and not kind_set:
            whole = nx.graphviews.generic_graph_view(graph, _WholeView)
            whole.graph = dict(graph.graph)
            whole._whole = graph
            return whole
        # Nothing recounted: the ties of what is kept are the whole graph's.
        keep = set(graph)
        if searched:
            keep = _around(graph, _matches(graph, search))
        if kind_set:
            keep = {node for node in keep if graph.nodes[node]["kind"] in kind_set}
        return _copy_of(graph, keep)

    keep: set[str] = set()
    every_country = between and len(country_ids) > 1
    for node, data in _candidate_facts(graph, country_ids, date_from, date_to):
        if _keep_fact(data, date_from=date_from, date_to=date_to, topics=topic_keys, statuses=status_set,
                      undated=undated) and (not every_country or country_ids <= _fact_countries(graph, node)):
            keep.add(node)
    node_data, successors, predecessors = graph._node, graph._succ, graph._pred  # read only
    people: set[str] = set()
    for fact in list(keep):
        for neighbour in successors[fact]:
            if node_data[neighbour]["kind"] not in _FACT_KINDS:
                keep.add(neighbour)
        for person, edges in predecessors[fact].items():
            if person not in people and node_data[person]["kind"] == "person" and \
                    any(data["kind"] == "attended" for data in edges.values()):
                people.add(person)
    keep |= people
    # Each person's countries and roles once, however many kept meetings they attended.
    affiliations = _affiliation_index(graph)
    for person in people:
        for target, edges in affiliations[person]:
            if target not in keep and any(edge["kind"] == "represents" or (
                    edge["kind"] == "role" and overlaps(edge.get("start"), edge.get("end"), date_from, date_to))
                                          for edge in edges):
                keep.add(target)

    view = _copy_of(graph, keep, ties=False)
    if date_from or date_to:
        view_successors = view._succ
        view.remove_edges_from([
            (person, target, key) for person in people for target, _ in affiliations[person]
            for key, d in view_successors[person].get(target, _NO_EDGES).items()
            if d["kind"] == "role" and ("start" in d or "end" in d)
            and not overlaps(d.get("start"), d.get("end"), date_from, date_to)
        ])
    derive_ties(view)

    if searched:
        around = _around(view, _matches(view, search))
        view.remove_nodes_from([node for node in list(view) if node not in around])
    if kind_set:
        view.remove_nodes_from([node for node, data in list(view.nodes(data=True)) if data["kind"] not in kind_set])
    return view


def _affiliation_index(graph: nx.MultiDiGraph) -> dict[str, list[tuple[str, list[dict[str, Any]]]]]:
    """Every official's countries and organizations with the edges to them; once per graph.

    They are a few edges among an official's thousands of meetings: read through ``_links``,
    which holds an official's targets that are not meetings or agreements.
    """
    memo = _memo(graph)
    if "affiliations" not in memo:
        node_data, links = graph._node, _links(graph)
        memo["affiliations"] = {person: _affiliations_of(graph, person, links.get(person, ()))
                                for person, data in node_data.items() if data["kind"] == "person"}
    return memo["affiliations"]


def _affiliations_of(graph: nx.MultiDiGraph, person: str,
                     targets: Iterable[str]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The countries and organizations among ``targets`` (the person's ``_links``) with the person's edges to them."""
    node_data, out, found = graph._node, graph._succ[person], []
    for target in targets:
        if node_data[target]["kind"] in _AFFILIATED_KINDS:
            kept = [edge for edge in out[target].values() if edge["kind"] in ("represents", "role")]
            if kept:
                found.append((target, kept))
    return found


_AFFILIATED_KINDS = frozenset({"country", "organization"})
_NO_EDGES: dict = {}


def _matches(graph: nx.MultiDiGraph, text: str) -> list[str]:
    """The nodes a search box's ``text`` finds (by part of a name, or a name close to it)."""
    return [row["id"] for row in search_names(graph, text, kinds=_SEARCHED_KINDS, limit=None)]


def _around(graph: nx.MultiDiGraph, matched: list[str]) -> set[str]:
    around = set(matched)
    for node in matched:
        around.update(nx.all_neighbors(graph, node))
    return around


def ego_graph(graph: nx.MultiDiGraph, node: str, radius: int = 1) -> nx.MultiDiGraph:
    """``node`` and everything within ``radius`` steps of it, whatever the edge direction."""
    if node not in graph:
        raise KeyError(f"no node {node!r} in the graph")
    ego = nx.MultiDiGraph(nx.ego_graph(graph, node, radius=radius, undirected=True))
    ego.graph = dict(graph.graph)
    return ego


def find_nodes(graph: nx.MultiDiGraph, text: str, kinds: Iterable[str] = (), *, partial: bool = False) -> list[str]:
    """Node ids (of ``kinds``, if given) that ``text`` names: an id, a name (accents and case aside), an ISO code.

    With ``partial``, a node is found when one of its names contains ``text``: the search
    box's question ("gawkow" finds Krzysztof Gawkowski); blank text then finds nothing.
    """
    wanted = set(kinds)
    if text in graph and (not wanted or graph.nodes[text]["kind"] in wanted):
        return [text]
    key = fold(text)
    if partial and not key:
        return []
    found = []
    for node, data in graph.nodes(data=True):
        if wanted and data["kind"] not in wanted:
            continue
        if any(key in _folded(name) if partial else _folded(name) == key for name in _names(data)):
            found.append(node)
    if not found and not partial and not wanted - {"country"}:
        code = country_code(text)
        if code and f"country:{code}" in graph:
            found.append(f"country:{code}")
    return found


def overview(graph: nx.MultiDiGraph, *, limit: int, officials: int = 60) -> tuple[nx.MultiDiGraph, bool]:
    """What to draw of ``graph``, and whether that is aggregated: itself up to ``limit`` nodes, else an overview.

    The overview keeps every country and the ``officials`` most active officials, with the
    edges between them (ties, and whom each official represents).
    """
    if graph.number_of_nodes() <= limit:
        return graph, False
    keep = list(nodes_by_kind(graph).get("country", ()))
    keep += [person for person, _ in top_officials(graph, officials)]
    return _copy_of(graph, set(keep)), True


def _row(graph: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    return {"id": node, **graph.nodes[node]}


def meetings_of(graph: nx.MultiDiGraph, person: str) -> list[dict[str, Any]]:
    """Every meeting the official attended, in time order, with the title held that day and who else came.

    Each call gets rows of its own, made from the official's attendances in time order (worked
    out once per graph and official: ``recent_meetings`` and ``signed_agreements`` make only
    the rows they give).
    """
    return [_meeting_row(graph, person, meeting, data) for meeting, data in _attendances(graph, person)]


def _attendances(graph: nx.MultiDiGraph, person: str) -> list[tuple[str, dict[str, Any]]]:
    """The official's meetings and ``attended`` edges, in time order; once per graph and official (the explorer
    asks at every rerun while the official is selected, and a minister has thousands)."""
    found = _memo(graph).setdefault("attendances", {})
    if person not in found:
        # Straight through networkx's dicts (read only): a minister attended thousands of meetings.
        node_data = graph._node
        attended = [(meeting, data) for meeting, edges in graph._succ[person].items()
                    for data in edges.values() if data["kind"] == "attended"]
        found[person] = sorted(attended, key=lambda item: (sort_key(node_data[item[0]].get("date")), item[0]))
    return found[person]


def _meeting_row(graph: nx.MultiDiGraph, person: str, meeting: str, data: dict[str, Any]) -> dict[str, Any]:
    """A ``meetings_of`` row: the meeting's attributes and ``id``, the official's ``title`` and ``organization``
    that day, and ``with``: the other attendees' labels."""
    node_data = graph._node
    others = [node_data[p]["label"] for p, between in graph._pred[meeting].items() if p != person
              for d in between.values() if d["kind"] == "attended"]
    return {"id": meeting, **node_data[meeting], "title": data.get("title"), "organization": data.get("organization"),
            "with": others}


def signed_agreements(graph: nx.MultiDiGraph, person: str) -> list[dict[str, Any]]:
    """The agreements signed at a meeting the official attended, each once, with the first such meeting.

    A row is the agreement's attributes and ``id``, and ``meeting``: the ``meetings_of`` row
    of the meeting where it was signed.
    """
    found = _memo(graph).setdefault("signed_of", {})
    if person not in found:  # once per graph and official, the meeting rows only for the meetings that count
        predecessors = graph._pred
        rows: dict[str, dict[str, Any]] = {}
        for meeting, data in _attendances(graph, person):
            row = None
            for agreement, edges in predecessors[meeting].items():
                if agreement not in rows and any(edge["kind"] == "signed_at" for edge in edges.values()):
                    row = row or _meeting_row(graph, person, meeting, data)
                    rows[agreement] = {**_row(graph, agreement), "meeting": row}
        found[person] = list(rows.values())
    return [{**row, "meeting": dict(row["meeting"])} for row in found[person]]


def recent_meetings(graph: nx.MultiDiGraph, person: str, start: int = 0,
                    stop: int | None = None) -> tuple[int, list[dict[str, Any]]]:
    """How many meetings the official attended, and the ``meetings_of`` rows ``start:stop`` of them, the most
    recent first, those whose date is unknown last: a page of an official's meetings, whose rows alone are
    made (not the thousands of a minister)."""
    found = _memo(graph).setdefault("recent_of", {})
    if person not in found:
        node_data = graph._node
        ordered = _attendances(graph, person)
        found[person] = [item for item in ordered[::-1] if node_data[item[0]].get("start")] + \
            [item for item in ordered if not node_data[item[0]].get("start")]
    ordered = found[person]
    return len(ordered), [_meeting_row(graph, person, meeting, data) for meeting, data in ordered[start:stop]]


def titles_over_time(graph: nx.MultiDiGraph, person: str) -> list[dict[str, Any]]:
    """The official's titles, one row per (organization, title), oldest first.

    Rows are ``title``, ``organization`` (its name) and ``start``/``end``, from the official's
    ``role`` edges; an official with no known organization gets the titles the articles give,
    without organization or dates.
    """
    rows = [{"title": data.get("title"), "organization": graph.nodes[organization]["label"],
             "start": data.get("start"), "end": data.get("end")}
            for _, organization, data in graph.out_edges(person, data=True) if data["kind"] == "role"]
    rows.sort(key=lambda row: (sort_key(row["start"]), row["title"] or ""))
    return rows or [{"title": title, "organization": None, "start": None, "end": None}
                    for title in graph.nodes[person].get("titles", [])]


def meetings_per_month(graph: nx.MultiDiGraph) -> list[tuple[str, int]]:
    """How many meetings of ``graph`` fall in each month (``YYYY-MM``) that has any, in time order.

    A meeting dated by its year only counts in January; one without a year is not counted
    (``meetings_without_year`` lists them).
    """
    memo = _memo(graph)
    if "months" not in memo:
        counts = Counter(first_day(data["start"])[:7] for _, data in graph.nodes(data=True)
                         if data["kind"] == "meeting" and has_year(data.get("start")))
        memo["months"] = sorted(counts.items())
    return list(memo["months"])


def nodes_by_kind(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """The nodes of ``graph`` by kind, each list in the graph's order (worked out once per graph or view).

    The explorer asks at every rerun (how many officials and meetings the view holds, its
    countries): a pass over a hundred thousand meetings each time would be most of a rerun.
    The lists are shared: callers must not change them.
    """
    memo = _memo(graph)
    if "kinds" not in memo:
        index: dict[str, list[str]] = {}
        for node, data in graph._node.items():
            index.setdefault(data["kind"], []).append(node)
        memo["kinds"] = index
    return memo["kinds"]


def edge_count(graph: nx.MultiDiGraph) -> int:
    """How many edges ``graph`` holds (counting a multigraph's walks every node: once per graph or view)."""
    memo = _memo(graph)
    if "edges" not in memo:
        memo["edges"] = graph.number_of_edges()
    return memo["edges"]


def kind_counts(graph: nx.MultiDiGraph) -> Counter:
    """How many nodes of each kind ``graph`` holds."""
    return Counter({kind: len(nodes) for kind, nodes in nodes_by_kind(graph).items()})


def meetings_without_year(graph: nx.MultiDiGraph) -> list[str]:
    """The meetings of ``graph`` that no timeline can place: their year is unknown (worked out once per graph)."""
    memo = _memo(graph)
    if "undated" not in memo:
        memo["undated"] = [node for node, data in graph._node.items()
                           if data["kind"] == "meeting" and not has_year(data.get("start"))]
    return list(memo["undated"])


def _timeline(meetings: list[dict[str, Any]], agreements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Meetings and each agreement's status changes as events, in time order."""
    events = [{"date": meeting.get("date"), "date_text": meeting.get("date_text"), "what": "meeting",
               "id": meeting["id"], "event": meeting["label"],
               "status": "planned" if meeting.get("planned") else "held",
               "topics": list(meeting.get("topics", [])), "sources": list(meeting.get("sources", []))}
              for meeting in meetings]
    for agreement in agreements:
        # A status step is "DATE: status", or "undated: status" (see graph.build).
        for step in agreement.get("status_history") or [f"undated: {agreement.get('status', '')}"]:
            when, _, status = step.partition(": ")
            events.append({"date": None if when == "undated" else when, "date_text": None, "what": "agreement",
                           "id": agreement["id"], "event": agreement.get("name") or agreement["label"],
                           "status": status, "topics": list(agreement.get("topics", [])),
                           "sources": list(agreement.get("sources", []))})
    events.sort(key=lambda event: (sort_key(event["date"]), event["what"], event["event"]))
    return events


def ties_between(graph: nx.MultiDiGraph, a: str, b: str) -> dict[str, Any]:
    """Everything that links two countries: shared meetings and agreements, the derived tie, a timeline.

    ``timeline`` lists the meetings and every status change of the agreements as events
    (``date``, ``date_text``, ``what``, ``id``, ``event``, ``status``, ``topics``, ``sources``)
    in time order, undated ones last.
    """
    first, second = sorted(_country_ids([a, b])) if a != b else (None, None)
    if first is None:
        raise ValueError("ties_between needs two different countries")
    facts = {"meeting": [], "agreement": []}
    for node, data in graph.nodes(data=True):
        if data["kind"] in _FACT_KINDS and {first, second} <= _fact_countries(graph, node):
            facts[data["kind"]].append(_row(graph, node))
    tie = None
    if graph.has_node(first) and graph.has_node(second):
        tie = next((dict(d) for d in graph.get_edge_data(first, second, default={}).values() if d["kind"] == "tie"),
                   None)
    order = lambda row: (sort_key(row.get("start")), row["id"])  # noqa: E731
    meetings, agreements = sorted(facts["meeting"], key=order), sorted(facts["agreement"], key=order)
    return {"countries": [first, second], "meetings": meetings, "agreements": agreements, "tie": tie,
            "timeline": _timeline(meetings, agreements)}


def top_officials(graph: nx.MultiDiGraph, n: int = 10, *, country: str | None = None) -> list[tuple[str, int]]:
    """The officials with the most meetings (optionally of one country), most first."""
    wanted = next(iter(_country_ids([country]))).split(":", 1)[1] if country else None
    memo = _memo(graph)
    if "attended" not in memo:  # every official's meetings, counted once per graph
        successors = graph._succ  # read only
        memo["attended"] = [(person, data.get("country"), _attended(successors[person]))
                            for person, data in graph._node.items() if data["kind"] == "person"]
    counts = [(person, count) for person, country_of, count in memo["attended"] if not wanted or country_of == wanted]
    return sorted(counts, key=lambda item: (-item[1], item[0]))[:n]


def top_partners(graph: nx.MultiDiGraph, country: str, n: int = 10) -> list[tuple[str, int]]:
    """The countries with the most shared meetings and agreements with ``country``, most first."""
    node = next(iter(_country_ids([country])))
    if node not in graph:
        return []
    counts = Counter()
    for u, v, data in [*graph.out_edges(node, data=True), *graph.in_edges(node, data=True)]:
        if data["kind"] == "tie":
            counts[v if u == node else u] += data["weight"]
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


#: How a view is drawn and focused: officials linked by their meetings, or every node of the graph.
NETWORKS = ("people", "full")


def _flag(value: Any) -> bool:
    """A yes/no setting from Python or from a URL ("1", "0", "true", "false")."""
    if isinstance(value, str):
        if value.strip().lower() in ("1", "true", "yes", "on"):
            return True
        if value.strip().lower() in ("0", "false", "no", "off", ""):
            return False
        raise ValueError(f"{value!r} is not a yes/no value")
    return bool(value)


def _strings(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = value.split(",")
    return tuple(item.strip() for item in value if item and item.strip())


@dataclass(frozen=True)
class FilterChoices:
    """What a view's filters can offer, read from a graph: ``filter_choices`` makes it."""

    months: tuple[str, ...] = ()  # every month from the first dated fact to the last, YYYY-MM
    countries: dict[str, str] = field(default_factory=dict)  # ISO alpha-3 → name, by name
    topics: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # agreement statuses


def filter_choices(graph: nx.MultiDiGraph) -> FilterChoices:
    """The months, countries, topics and agreement statuses that occur in ``graph`` (worked out once per graph)."""
    memo = _memo(graph)
    if "choices" not in memo:
        memo["choices"] = _filter_choices(graph)
    return memo["choices"]


def _filter_choices(graph: nx.MultiDiGraph) -> FilterChoices:
    # How many facts give each day, topic and status: kept, a graph update keeps the choices exact from them.
    days: dict[str, int] = {}
    topics: dict[str, int] = {}
    statuses: dict[str, int] = {}
    countries = {}
    for _, data in graph.nodes(data=True):
        kind = data["kind"]
        if kind in _FACT_KINDS:
            for values, counts in zip(_choice_values(data), (days, topics, statuses)):
                for value in values:
                    counts[value] = counts.get(value, 0) + 1
        elif kind == "country":
            countries[data["iso3"]] = data["label"]
    _memo(graph)["counts"] = counts = {"days": days, "topics": topics, "statuses": statuses}
    return _choices(counts, countries)


def _choice_values(data: dict[str, Any]) -> tuple[tuple, set, tuple]:
    """What a meeting or agreement brings to the choices: its first and last days, its topics, its status."""
    days = tuple(day for day in (first_day(data.get("start")), last_day(data.get("end"))) if day)
    status = data.get("status") if data["kind"] == "agreement" else None
    return days, set(data.get("topics", ())), (status,) if status else ()


def _choices(counts: dict[str, dict[str, int]], countries: dict[str, str]) -> FilterChoices:
    days = counts["days"]
    return FilterChoices(
        months=months_between(min(days), max(days)) if days else (),
        countries=dict(sorted(countries.items(), key=lambda item: item[1])),
        topics=tuple(sorted(counts["topics"], key=str.casefold)),
        statuses=tuple(sorted(counts["statuses"])),
    )


@dataclass(frozen=True)
class ViewFilter:
    """The view a user chose, shared by the app, the CLI and the snapshot metadata."""

    date_from: str | None = None
    date_to: str | None = None
    countries: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    search: str | None = None
    focus: str | None = None
    radius: int = 1
    #: "people": the focus counts meetings (radius 1 around an official: everyone met); "full": graph steps.
    network: str = "people"
    #: With a period: keep the meetings and agreements whose year is unknown ("date unknown").
    undated: bool = True
    #: With several countries: only the facts that involve all of them (their ties), not any.
    between: bool = False
    _lists = ("countries", "kinds", "topics", "statuses")
    _flags = ("undated", "between")

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value:
                check_date(value)
        for name in self._lists:
            object.__setattr__(self, name, _strings(getattr(self, name)))
        if self.radius < 0:
            raise ValueError("radius must be 0 or more")
        if self.network not in NETWORKS:
            raise ValueError(f"network must be one of {', '.join(NETWORKS)}, not {self.network!r}")
        for name in self._flags:
            object.__setattr__(self, name, _flag(getattr(self, name)))

    def is_empty(self) -> bool:
        """True when the view is the whole graph."""
        return self == ViewFilter()

    def to_dict(self) -> dict[str, Any]:
        """Every setting, lists as lists: the shape recorded in snapshots."""
        return {f.name: list(getattr(self, f.name)) if f.name in self._lists else getattr(self, f.name)
                for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ViewFilter":
        """Inverse of ``to_dict``; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and v is not None}
        if "radius" in values:
            values["radius"] = int(values["radius"])
        return cls(**values)

    def to_query_params(self) -> dict[str, str | list[str]]:
        """The non-default settings as URL query parameters (lists for repeated keys)."""
        params: dict[str, str | list[str]] = {}
        for name, value in self.to_dict().items():
            if name in self._lists:
                if value:
                    params[name] = list(value)
            elif name == "radius":
                if self.focus and value != 1:
                    params[name] = str(value)
            elif name in self._flags or name == "network":
                if value != getattr(ViewFilter, name):
                    params[name] = {True: "1", False: "0"}.get(value, value)
            elif value:
                params[name] = str(value)
        return params

    @classmethod
    def from_query_params(cls, params: Mapping[str, Any]) -> "ViewFilter":
        """Inverse of ``to_query_params``; a single value where a list is expected is one item."""
        data = dict(params)
        for name in cls._lists:
            if name in data and isinstance(data[name], str):
                data[name] = [data[name]]
        return cls.from_dict(data)

    def apply(self, graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
        """The filtered graph, then the neighbourhood of ``focus`` if one is set."""
        with collection_paused():
            return self._apply(graph)

    def _apply(self, graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
        people = self.network == "people"
        view = filter_graph(graph, date_from=self.date_from, date_to=self.date_to, countries=self.countries,
                            kinds=self.kinds, topics=self.topics, statuses=self.statuses,
                            search=None if people else self.search, undated=self.undated, between=self.between)
        if people and self.search and self.search.strip():
            # what the search finds, and everyone its officials met (not only their meetings)
            keep: set[str] = set()
            for node in _matches(view, self.search):
                keep |= meeting_ego(view, node, 1)
            view = _copy_of(view, keep)
        if self.focus:
            if self.focus not in view:
                empty = nx.MultiDiGraph()
                empty.graph = dict(graph.graph)
                return empty
            if self.network == "people":
                return _copy_of(view, meeting_ego(view, self.focus, self.radius))
            view = ego_graph(view, self.focus, self.radius)
        return view


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while a view is made (restarted after, as it was).

    A view of a country is a hundred thousand new dicts, and the collections they set off walk
    every object of the process that the graph's freeze left out (the page's libraries, the views
    cached): 0.1 to 0.2 s of a 0.6 s filter at 100,000 articles. They hold no cycle (reference
    counting frees them); the graph object's own cycle with its views is found at the next collection.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# Kept up to date -------------------------------------------------------------------------


class QueryMarks:
    """What the worked-out queries of a graph hold of some of its nodes, noted before ``graph.update``
    changes them; ``refresh`` then brings those queries up to date from the nodes alone.

    The nodes to note: every node whose attributes or out-edges the update changes, noted before
    it does (the new ones too: they brought nothing). Countries are all noted at once (a few
    hundred; the ties between them change with any fact); the countries an update adds are found
    from the facts and people noted.
    """

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = graph
        self.before: dict[str, tuple | None] = {}
        memo = _MEMOS.get(graph)
        self.memo = memo if memo is not None and all(name in memo for name in _KEPT_UP) else None
        if self.memo is not None:
            self.note(f"country:{iso3}" for iso3 in self.memo["choices"].countries)

    def facts_on(self, day: str) -> list[str] | None:
        """The meetings and agreements whose first day is ``day`` (``YYYY-MM-DD``), as the date index
        worked out before the update has them; None when it was not worked out."""
        if self.memo is None:
            return None
        firsts, facts, _ = self.memo["dates"]
        return facts[bisect_left(firsts, day):bisect_right(firsts, day)]

    def note(self, nodes: Iterable[str]) -> None:
        """Note what ``nodes`` bring to the queries now (before they change)."""
        before = self.before
        for node in nodes:
            if node not in before:
                before[node] = _share(self.graph, node)

    def refresh(self) -> None:
        """Bring the queries worked out of the graph up to date with the noted nodes as they are now.

        The answers are those of the queries worked out again; lists whose order says nothing
        (meetings without a year, long facts, officials' counts) keep the old entries in place
        and put the changed ones at the end. Without queries worked out before, they are worked
        out again when next asked.
        """
        graph, memo = self.graph, self.memo
        _MEMOS.pop(graph, None)
        if memo is None:
            return
        node_data, successors = graph._node, graph._succ
        changed = set(self.before)
        for node in list(changed):  # the countries the update may have added
            data = node_data.get(node)
            if data is None:
                continue
            if data["kind"] in _FACT_KINDS:
                changed.update(v for v in successors[node] if node_data[v]["kind"] == "country")
            elif data["kind"] == "person" and data.get("country"):
                changed.add(f"country:{data['country']}")
        after = {node: _share(graph, node) for node in changed}
        before = {node: self.before.get(node) for node in changed}

        counts = memo["counts"]
        months = dict(memo["months"])
        firsts, facts, others = memo["dates"]
        edges = memo["edges"]
        for node in changed:
            for sign, share in ((-1, before[node]), (1, after[node])):
                if share is None:
                    continue
                edges += sign * share[1]
                if share[0] not in _FACT_KINDS:
                    continue
                _, _, values, month, _, short = share
                for group, counted in zip(values, (counts["days"], counts["topics"], counts["statuses"])):
                    for value in group:
                        _add_count(counted, value, sign)
                if month:
                    _add_count(months, month, sign)
                if short:  # sorted by first day, then node
                    at = bisect_left(facts, node, bisect_left(firsts, short), bisect_right(firsts, short))
                    if sign > 0:
                        firsts.insert(at, short)
                        facts.insert(at, node)
                    elif at < len(facts) and facts[at] == node:
                        del firsts[at], facts[at]
                    else:  # not what the notes said: worked out again when next asked
                        return
        changed_facts = sorted(node for node in changed if (before[node] or after[node] or ("",))[0] in _FACT_KINDS)
        gone = set(changed_facts)
        others[:] = [node for node in others if node not in gone] + [
            node for node in changed_facts if after[node] and not after[node][5]]
        undated = [node for node in memo["undated"] if node not in gone] + [
            node for node in changed_facts if after[node] and after[node][4]]

        countries = {iso3: node_data[f"country:{iso3}"]["label"] for iso3 in memo["choices"].countries
                     if f"country:{iso3}" not in changed}
        links, affiliations = memo["links"], memo["affiliations"]
        people = {node for node in changed if (after[node] or before[node] or ("",))[0] == "person"}
        attended = [entry for entry in memo["attended"] if entry[0] not in people]
        for node in changed:
            data = node_data.get(node)
            if data is None or data["kind"] in _FACT_KINDS:
                links.pop(node, None)
                affiliations.pop(node, None)
                continue
            if data["kind"] == "country":
                countries[data["iso3"]] = data["label"]
            out = successors[node]
            if data["kind"] == "person":  # an official's thousands of meetings passed over in C, by their ids
                targets = [v for v in filterfalse(_is_meeting, out) if node_data[v]["kind"] not in _FACT_KINDS]
            else:
                targets = [v for v in out if node_data[v]["kind"] not in _FACT_KINDS]
            if targets:
                links[node] = targets
            else:
                links.pop(node, None)
            if data["kind"] == "person":
                affiliations[node] = _affiliations_of(graph, node, targets)
                # a person points to meetings (one attended edge each) and to their links alone
                attended.append((node, data.get("country"), len(out) - len(targets)))

        fresh = _MEMOS[graph] = {"size": graph.number_of_nodes()}
        fresh.update(counts=counts, months=sorted(months.items()), dates=(firsts, facts, others), undated=undated,
                     links=links, affiliations=affiliations, attended=attended, edges=edges,
                     choices=_choices(counts, countries))
        if "overview" in memo:  # the officials drawn first and their pairs: from the changed meetings alone
            fresh["overview"] = {size: refreshed_overview(graph, old, [p for p, _ in top_officials(graph, size)],
                                                          changed)
                                 for size, old in memo["overview"].items()}


_is_meeting = methodcaller("startswith", "meeting:")  # a meeting's id (see graph.build)


def _add_count(counts: dict[str, int], key: str, sign: int) -> None:
    count = counts.get(key, 0) + sign
    if count:
        counts[key] = count
    else:
        del counts[key]


def _attended(out: dict[str, dict]) -> int:
    return sum([d["kind"] == "attended" for edges in out.values() for d in edges.values()])


def _share(graph: nx.MultiDiGraph, node: str) -> tuple | None:
    """What ``node`` brings to the worked-out queries: its kind, its out-edges, and for a fact its
    choice values, month (a meeting with a year), whether its year is unknown (a meeting), and its
    first day when it is short (``_date_index``); None when there is no such node."""
    data = graph._node.get(node)
    if data is None:
        return None
    kind, edges = data["kind"], count_out_edges(graph, node)
    if kind not in _FACT_KINDS:
        return kind, edges
    start = data.get("start")
    month = first_day(start)[:7] if kind == "meeting" and has_year(start) else None
    first, last = interval(start, data.get("end"))
    short = first if first is not None and last is not None and \
        (date.fromisoformat(last) - date.fromisoformat(first)).days <= _SHORT else None
    return kind, edges, _choice_values(data), month, kind == "meeting" and not has_year(start), short
