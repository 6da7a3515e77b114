"""Queries shared by the app and the CLI, and the ViewFilter that describes a view."""
from __future__ import annotations

import networkx as nx
import pytest

from graphbuild.graph import (
    ViewFilter,
    ego_graph,
    filter_graph,
    find_nodes,
    meetings_of,
    ties_between,
    top_officials,
    top_partners,
)


def kinds(graph: nx.MultiDiGraph) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, data in graph.nodes(data=True):
        counts[data["kind"]] = counts.get(data["kind"], 0) + 1
    return counts


def meetings(graph: nx.MultiDiGraph) -> list[dict]:
    return [d for _, d in graph.nodes(data=True) if d["kind"] == "meeting"]


def test_no_filter_is_the_whole_graph(graph: nx.MultiDiGraph) -> None:
    view = filter_graph(graph)
    assert set(view) == set(graph)
    assert view.number_of_edges() == graph.number_of_edges()
    assert view is not graph


def test_date_range_keeps_dated_facts_in_range_only(graph: nx.MultiDiGraph) -> None:
    view = filter_graph(graph, date_from="2023", date_to="2023-12")
    dates = sorted(d["date"] for d in meetings(view))
    assert dates == ["2023-05-16", "2023-05-17", "2023-05-17", "2023-05-19", "2023-11-16"]
    assert "person:to-lam" in view and "person:wang-xiaohong" not in view
    # Year-less meetings (--07-04) cannot be placed in 2023: left out, no error.
    assert "person:delia-ortmann" not in view


def test_date_range_recounts_ties(graph: nx.MultiDiGraph) -> None:
    view = filter_graph(graph, date_from="2023-11", date_to="2023-11")
    tie = view.edges["country:SGP", "country:VNM", "country:SGP>tie>country:VNM"]
    # The meeting of 2023-11-16 and the four instruments article 002 (2023-11) proposes, among them
    # the extradition agreement, which spans 2023-11 to its signature in 2025.
    assert (tie["meetings"], tie["agreements"]) == (1, 4)
    assert graph.edges["country:SGP", "country:VNM", "country:SGP>tie>country:VNM"]["agreements"] == 7


def test_country_filter_keeps_facts_involving_it_and_their_partners(graph: nx.MultiDiGraph) -> None:
    view = filter_graph(graph, countries=["Laos"])
    assert {d["date"] for d in meetings(view)} == {"2022-08-09", "2022-08-10"}
    assert {"country:LAO", "country:VNM"} <= set(view) and "country:KOR" not in view
    assert filter_graph(graph, countries=["LAO"]).nodes == view.nodes
    with pytest.raises(ValueError, match="Atlantis"):
        filter_graph(graph, countries=["Atlantis"])


def test_kinds_filter_keeps_only_those_node_kinds(graph: nx.MultiDiGraph) -> None:
    view = filter_graph(graph, kinds=["country"])
    assert set(kinds(view)) == {"country"}
    assert {d["kind"] for _, _, d in view.edges(data=True)} == {"tie"}
    with pytest.raises(ValueError, match="unknown node kind"):
        filter_graph(graph, kinds=["planet"])


def test_topic_filter(graph: nx.MultiDiGraph) -> None:
    view = filter_graph(graph, topics=["Extradition"])
    assert {d["kind"] for _, d in view.nodes(data=True) if d["kind"] in ("meeting", "agreement")} == {"meeting",
                                                                                                       "agreement"}
    for _, data in view.nodes(data=True):
        if data["kind"] in ("meeting", "agreement"):
            assert "extradition" in data["topics"]


def test_status_filter_applies_to_agreements_only(graph: nx.MultiDiGraph) -> None:
    view = filter_graph(graph, statuses=["in_force"])
    statuses = {d["status"] for _, d in view.nodes(data=True) if d["kind"] == "agreement"}
    assert statuses == {"in_force"}
    assert len(meetings(view)) == len(meetings(graph))


def test_search_keeps_matches_and_their_neighbours(graph: nx.MultiDiGraph) -> None:
    view = filter_graph(graph, search="to lam")
    assert "person:to-lam" in view
    assert all(node == "person:to-lam" or view.has_edge("person:to-lam", node) or view.has_edge(node, "person:to-lam")
               for node in view)
    assert kinds(filter_graph(graph, search="no such name anywhere")) == {}


def test_ego_graph_radius(graph: nx.MultiDiGraph) -> None:
    one = ego_graph(graph, "person:teo-chee-hean", 1)
    two = ego_graph(graph, "person:teo-chee-hean", 2)
    assert kinds(one) == {"person": 1, "meeting": 2, "country": 1}
    assert "person:to-lam" in two and "person:to-lam" not in one
    with pytest.raises(KeyError):
        ego_graph(graph, "person:nobody")


def test_find_nodes_by_id_name_alias_and_code(graph: nx.MultiDiGraph) -> None:
    assert find_nodes(graph, "person:to-lam") == ["person:to-lam"]
    assert find_nodes(graph, "TO LAM") == ["person:to-lam"]
    assert find_nodes(graph, "Wang Xiao Hong") == ["person:wang-xiaohong"]
    assert find_nodes(graph, "VNM") == ["country:VNM"]
    assert find_nodes(graph, "Viet Nam") == ["country:VNM"]
    assert len(find_nodes(graph, "Ministry of Public Security")) == 3


def test_meetings_of_an_official_in_time_order(graph: nx.MultiDiGraph) -> None:
    rows = meetings_of(graph, "person:to-lam")
    assert len(rows) == 9
    dated = [row["date"] for row in rows if not row["date"].startswith("--")]
    assert dated == sorted(dated) and dated[0] == "2022-08-09"
    assert [row["date"] for row in rows[-2:]] == ["--03-21", "--10-22"]  # year unknown: last
    assert rows[0]["with"] == ["Somvang Phetsavong"]
    assert rows[0]["title"] == "ministre de la Sécurité publique"


def test_ties_between_two_countries(graph: nx.MultiDiGraph) -> None:
    ties = ties_between(graph, "Singapore", "VNM")
    assert ties["countries"] == ["country:SGP", "country:VNM"]
    assert len(ties["meetings"]) == 3 and len(ties["agreements"]) == 7
    assert ties["tie"]["weight"] == 10
    assert ties_between(graph, "VNM", "SGP")["countries"] == ties["countries"]
    with pytest.raises(ValueError):
        ties_between(graph, "VNM", "Vietnam")


def test_top_officials_and_partners(graph: nx.MultiDiGraph) -> None:
    assert top_officials(graph, 1) == [("person:to-lam", 9)]
    assert top_officials(graph, 1, country="China") == [("person:meng-qingfeng", 2)]
    partners = top_partners(graph, "Vietnam", 2)
    assert partners == [("country:SGP", 10), ("country:KOR", 9)]
    assert top_partners(graph, "Peru") == []


def test_view_filter_round_trips_through_dict_and_query_params() -> None:
    view = ViewFilter(date_from="2023", date_to="2024-06-30", countries=("VNM", "LAO"), kinds=("person",),
                      topics=("cybercrime",), statuses=("signed",), search="Lam", focus="country:VNM", radius=2)
    assert ViewFilter.from_dict(view.to_dict()) == view
    params = view.to_query_params()
    assert params["countries"] == ["VNM", "LAO"] and params["radius"] == "2"
    assert ViewFilter.from_query_params(params) == view
    assert ViewFilter.from_query_params({"countries": "VNM"}).countries == ("VNM",)
    assert ViewFilter().to_query_params() == {}
    assert ViewFilter().is_empty() and not view.is_empty()
    assert ViewFilter(countries="VNM, LAO").countries == ("VNM", "LAO")


@pytest.mark.parametrize("bad", ["2023-13", "yesterday", "--07-04", "2023-02-30"])
def test_view_filter_refuses_bad_dates(bad: str) -> None:
    with pytest.raises(ValueError):
        ViewFilter(date_from=bad)


def test_view_filter_apply_filters_then_focuses(graph: nx.MultiDiGraph) -> None:
    view = ViewFilter(date_from="2023", date_to="2023", focus="person:to-lam", radius=1).apply(graph)
    assert "person:to-lam" in view
    assert {d["date"] for d in meetings(view)} == {"2023-05-16", "2023-05-17", "2023-05-19", "2023-11-16"}
    assert ViewFilter(countries=("KOR",), focus="person:wang-xiaohong").apply(graph).number_of_nodes() == 0
