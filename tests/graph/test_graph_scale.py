"""The graph of a generated archive: well formed, and filtered as the plain definition says.

``filter_graph`` starts from the chosen countries' facts and copies only what it keeps; the
reference below is the definition written plainly (every fact looked at, the whole
subgraph copied). They must agree on every view.
"""
from __future__ import annotations

import json

import networkx as nx
import pytest

from graphbuild.graph import ViewFilter, build_graph, derive_ties, filter_choices, filter_graph, overview, top_officials
from graphbuild.graph.dates import overlaps
from graphbuild.resolve import fold
from graphbuild.store import ingest_extractions, open_store

from tests.scale.corpus_helpers import generated_extractions


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> nx.MultiDiGraph:
    with open_store(tmp_path_factory.mktemp("archive") / "graph.sqlite") as store:
        ingest_extractions(store, generated_extractions(400), batch=100)
        return build_graph(store)


def _reference(graph, *, date_from=None, date_to=None, countries=(), topics=(), statuses=(), search=None, kinds=()):
    country_ids = {f"country:{c}" for c in countries}
    topic_keys = {fold(t) for t in topics}
    narrowed = bool(date_from or date_to or country_ids or topic_keys or statuses)

    def fact_countries(node):
        link = "involves" if graph.nodes[node]["kind"] == "meeting" else "party"
        return {v for _, v, d in graph.out_edges(node, data=True) if d["kind"] == link}

    keep = set()
    for node, data in graph.nodes(data=True):
        if data["kind"] in ("meeting", "agreement"):
            if (overlaps(data.get("start"), data.get("end"), date_from, date_to)
                    and (not topic_keys or topic_keys & {fold(t) for t in data.get("topics", [])})
                    and (not statuses or data["kind"] != "agreement" or data.get("status") in statuses)
                    and (not country_ids or country_ids & fact_countries(node))):
                keep.add(node)
        elif not narrowed:
            keep.add(node)
    if narrowed:
        for fact in list(keep):
            for _, neighbour in graph.out_edges(fact):
                if graph.nodes[neighbour]["kind"] not in ("meeting", "agreement"):
                    keep.add(neighbour)
            for person, _, data in graph.in_edges(fact, data=True):
                if data["kind"] == "attended":
                    keep.add(person)
                    for _, target, edge in graph.out_edges(person, data=True):
                        if edge["kind"] == "represents" or (edge["kind"] == "role" and overlaps(
                                edge.get("start"), edge.get("end"), date_from, date_to)):
                            keep.add(target)
    view = nx.MultiDiGraph(graph.subgraph(keep))
    if date_from or date_to:
        view.remove_edges_from([(u, v, k) for u, v, k, d in view.edges(keys=True, data=True)
                                if d["kind"] == "role" and ("start" in d or "end" in d)
                                and not overlaps(d.get("start"), d.get("end"), date_from, date_to)])
    derive_ties(view)
    if search:
        key = fold(search)
        names = lambda d: (d.get("label"), d.get("name"), d.get("iso3"), *d.get("aliases", []))  # noqa: E731
        matched = [n for n, d in view.nodes(data=True)
                   if d["kind"] != "meeting" and any(key in fold(name) for name in names(d) if name)]
        around = set(matched)
        for node in matched:
            around.update(nx.all_neighbors(view, node))
        view.remove_nodes_from([n for n in list(view) if n not in around])
    if kinds:
        view.remove_nodes_from([n for n, d in list(view.nodes(data=True)) if d["kind"] not in kinds])
    return view


def _content(graph: nx.MultiDiGraph) -> tuple:
    """Nodes and edges with their attributes; a tie's sources and evidence as sets.

    (A tie lists them in the order the view holds its meetings; the plain definition's view,
    a networkx subgraph, holds a small selection in the order of a Python set.)
    """
    def edge(data: dict) -> str:
        if data["kind"] == "tie":
            data = {**data, "sources": sorted(data["sources"]), "evidence": sorted(data["evidence"])}
        return json.dumps(data, sort_keys=True)

    nodes = sorted((n, json.dumps(d, sort_keys=True)) for n, d in graph.nodes(data=True))
    edges = sorted((u, v, k, edge(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    return nodes, edges


@pytest.mark.parametrize("view", [
    {},
    {"date_from": "2020-01", "date_to": "2020-12", "countries": ("LAO",)},
    {"date_from": "2024-03", "date_to": "2024-03", "countries": ("FRA",)},
    {"countries": ("KHM", "CHN")},
    {"date_from": "2022"},
    {"topics": ("Cybercrime",), "statuses": ("signed",)},
    {"search": "nguyen"},
    {"kinds": ("country", "person")},
    {"countries": ("JPN",), "search": "tanaka", "kinds": ("person", "meeting")},
])
def test_a_filter_keeps_what_the_plain_definition_keeps(archive: nx.MultiDiGraph, view: dict) -> None:
    fast = filter_graph(archive, **view)
    assert _content(fast) == _content(_reference(archive, **view))
    # node order: the graph's
    order = {node: index for index, node in enumerate(archive)}
    assert [order[node] for node in fast] == sorted(order[node] for node in fast)
    # a structure of its own, both sides of every edge the same key dict: changing it leaves the graph alone
    for u, successors in fast._succ.items():
        for v, keys in successors.items():
            assert fast._pred[v][u] is keys
    if view and fast.number_of_edges():
        edges = archive.number_of_edges()
        fast.remove_edges_from(list(fast.edges(keys=True)))
        assert archive.number_of_edges() == edges


def test_no_filter_is_a_read_only_view_of_the_graph(archive: nx.MultiDiGraph) -> None:
    whole = ViewFilter().apply(archive)
    assert whole is not archive and set(whole) == set(archive)
    assert whole.number_of_edges() == archive.number_of_edges()
    with pytest.raises(nx.NetworkXError):
        whole.add_node("x")


def test_the_overview_and_choices_of_a_large_view(archive: nx.MultiDiGraph) -> None:
    drawn, aggregated = overview(archive, limit=100, officials=10)
    assert aggregated
    assert {d["kind"] for _, d in drawn.nodes(data=True)} == {"country", "person"}
    assert {n for n, _ in top_officials(archive, 10)} == {n for n, d in drawn.nodes(data=True) if d["kind"] == "person"}
    assert filter_choices(archive) is filter_choices(archive)  # worked out once per graph
    assert filter_choices(archive).countries["VNM"] == "Vietnam"


def test_the_graph_is_well_formed(archive: nx.MultiDiGraph) -> None:
    # successors and predecessors are the two sides of the same edges (the build writes both)
    for u, successors in archive._succ.items():
        for v, keys in successors.items():
            assert archive._pred[v][u] is keys
    for v, predecessors in archive._pred.items():
        for u in predecessors:
            assert v in archive._succ[u]
    rebuilt = nx.MultiDiGraph(archive)  # through networkx's own methods
    assert _content(rebuilt) == _content(archive)
    meetings = [n for n, d in archive.nodes(data=True) if d["kind"] == "meeting"]
    assert len(meetings) > 400
