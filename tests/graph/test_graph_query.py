"""Queries shared by the app and the CLI, and the ViewFilter that describes a view."""
from __future__ import annotations

import networkx as nx
import pytest

from graphbuild.graph import (
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
    signed_agreements,
    ties_between,
    titles_over_time,
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
    view = ViewFilter(date_from="2023", date_to="2023", focus="person:to-lam", radius=1, undated=False).apply(graph)
    assert "person:to-lam" in view
    assert {d["date"] for d in meetings(view)} == {"2023-05-16", "2023-05-17", "2023-05-19", "2023-11-16"}
    # by default a period keeps the meetings whose year is unknown: they may fall in it
    kept = ViewFilter(date_from="2023", date_to="2023", focus="person:to-lam", radius=1).apply(graph)
    assert {d["date"] for d in meetings(kept)} - {d["date"] for d in meetings(view)} == {"--03-21", "--10-22"}
    assert ViewFilter(countries=("KOR",), focus="person:wang-xiaohong").apply(graph).number_of_nodes() == 0


def test_find_nodes_partial_finds_every_name_containing_the_text(graph: nx.MultiDiGraph) -> None:
    assert find_nodes(graph, "lam", ["person"], partial=True) == ["person:to-lam"]
    assert find_nodes(graph, "XIAO HONG", ["person"], partial=True) == ["person:wang-xiaohong"]  # an alias
    ministries = find_nodes(graph, "ministry of", ["organization"], partial=True)
    assert len(ministries) > 3 and all(node.startswith("org:") for node in ministries)
    assert find_nodes(graph, "  ", partial=True) == []
    assert find_nodes(graph, "lam") == []  # without partial, only a whole name


def test_find_nodes_by_id_keeps_to_the_kinds_asked_for(graph: nx.MultiDiGraph) -> None:
    assert find_nodes(graph, "person:to-lam", ["person"]) == ["person:to-lam"]
    assert find_nodes(graph, "country:VNM", ["person"]) == []


def test_overview_draws_small_graphs_whole_and_large_ones_aggregated(graph: nx.MultiDiGraph) -> None:
    drawn, aggregated = overview(graph, limit=graph.number_of_nodes())
    assert drawn is graph and not aggregated
    drawn, aggregated = overview(graph, limit=50, officials=3)
    assert aggregated
    countries = {node for node, data in graph.nodes(data=True) if data["kind"] == "country"}
    assert set(drawn) == countries | {node for node, _ in top_officials(graph, 3)}
    assert {data["kind"] for _, _, data in drawn.edges(data=True)} == {"tie", "represents"}
    assert drawn.graph == graph.graph and drawn is not graph


def test_signed_agreements_at_an_officials_meetings(graph: nx.MultiDiGraph) -> None:
    rows = signed_agreements(graph, "person:to-lam")
    assert [(row["id"], row["meeting"]["date"]) for row in rows] == [
        ("agreement:mou-kor-vnm-transnational-crime", "2023-05-17"),
        ("agreement:agreement-sgp-vnm-extradition", "2025-06-10"),
    ]
    assert rows[1]["status"] == "signed" and rows[1]["meeting"]["with"] == ["Teo Chee Hean"]
    assert signed_agreements(graph, "person:rumen-radev") == []


def test_a_page_of_an_officials_meetings_makes_only_its_rows(graph: nx.MultiDiGraph, monkeypatch) -> None:
    from graphbuild.graph import query
    from graphbuild.graph.dates import sort_key

    every = meetings_of(graph, "person:to-lam")
    assert len(every) > 3
    assert [row["date"] for row in every] == sorted((row["date"] for row in every), key=sort_key)
    made = []
    row_of = query._meeting_row
    monkeypatch.setattr(query, "_meeting_row", lambda *args: made.append(args[2]) or row_of(*args))
    total, page = query.recent_meetings(graph, "person:to-lam", 1, 3)
    assert total == len(every) and len(page) == 2 and len(made) == 2  # not a row per meeting of the official
    recent = [row for row in every[::-1] if row.get("start")] + [row for row in every if not row.get("start")]
    assert page == recent[1:3]


def test_titles_over_time_from_roles_or_from_the_titles_given(graph: nx.MultiDiGraph) -> None:
    rows = titles_over_time(graph, "person:to-lam")
    assert rows[:2] == [
        {"title": "ministre de la Sécurité publique", "organization": "Ministry of Public Security",
         "start": "2022-08-09", "end": "2023-11-16"},
        {"title": "General Secretary of the Communist Party", "organization": "Communist Party of Vietnam",
         "start": "2025-06-10", "end": "2025-06-10"},
    ]
    assert len(rows) == 4 and all(row["start"] is None for row in rows[2:])  # undated titles last
    assert titles_over_time(graph, "person:rumen-radev") == [
        {"title": "président bulgare", "organization": None, "start": None, "end": None}]


def test_meetings_per_month_and_those_without_a_year(graph: nx.MultiDiGraph) -> None:
    months = meetings_per_month(graph)
    assert months[:2] == [("2019-10", 4), ("2022-08", 2)] and months[-1] == ("2025-06", 1)
    assert [month for month, _ in months] == sorted(month for month, _ in months)
    undated = meetings_without_year(graph)
    assert {graph.nodes[node]["date"] for node in undated} == {"--03-21", "--10-22", "--07-04"}
    assert sum(count for _, count in months) + len(undated) == len(meetings(graph))
    assert meetings_per_month(nx.MultiDiGraph()) == []


def test_ties_between_gives_a_timeline_of_meetings_and_status_changes(graph: nx.MultiDiGraph) -> None:
    ties = ties_between(graph, "SGP", "VNM")
    timeline = ties["timeline"]
    assert {event["id"] for event in timeline} == {row["id"] for row in ties["meetings"] + ties["agreements"]}
    assert [event["what"] for event in timeline].count("meeting") == len(ties["meetings"])
    extradition = [(event["date"], event["status"]) for event in timeline
                   if event["id"] == "agreement:agreement-sgp-vnm-extradition"]
    assert extradition == [("2023-11", "proposed"), ("2025-06-10", "signed")]
    meeting = next(event for event in timeline if event["date"] == "2023-11-16")
    assert meeting["what"] == "meeting" and meeting["status"] == "held" and "Teo Chee Hean" in meeting["event"]
    assert timeline[0]["date"] == "2022-10-17" and timeline[-1]["date"] == "2025-06-10"


def test_filter_choices_are_what_the_graph_holds(graph: nx.MultiDiGraph) -> None:
    choices = filter_choices(graph)
    assert isinstance(choices, FilterChoices)
    assert choices.months[0] == "1988-01" and choices.months[-1] == "2025-06"
    assert len(choices.months) == (2025 - 1988) * 12 + 6  # every month between, even empty ones
    assert list(choices.countries.values()) == sorted(choices.countries.values())
    assert choices.countries["VNM"] == "Vietnam"
    assert choices.statuses == ("in_force", "proposed", "signed", "to_be_signed", "under_negotiation")
    assert "extradition" in choices.topics and list(choices.topics) == sorted(choices.topics, key=str.casefold)
    assert filter_choices(nx.MultiDiGraph()) == FilterChoices()


def test_views_and_their_drawings_are_made_with_the_cyclic_collector_paused(graph: nx.MultiDiGraph, monkeypatch) -> None:
    import gc

    from graphbuild.graph import people, query

    seen = []
    copy, draw = query._copy_of, people.people_network
    monkeypatch.setattr(query, "_copy_of", lambda *args, **kwargs: seen.append(gc.isenabled()) or copy(*args, **kwargs))
    monkeypatch.setattr(people, "people_network", lambda *args, **kwargs: seen.append(gc.isenabled()) or draw(*args, **kwargs))
    assert gc.isenabled()
    view = ViewFilter(countries=("VNM",)).apply(graph)
    people.drawn_people(view)
    assert seen and not any(seen)  # paused while made
    assert gc.isenabled()  # and restarted after
    gc.disable()
    try:
        ViewFilter(countries=("VNM",)).apply(graph)
        assert not gc.isenabled()  # left as it was
    finally:
        gc.enable()
