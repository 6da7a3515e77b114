"""Who met whom: the people network, the focus counted in meetings, paths, rankings, labels and fuzzy search."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.graph import ViewFilter, build_graph
from graphbuild.graph.dates import human_date
from graphbuild.graph.labels import display_labels
from graphbuild.graph.people import meeting_ego, meeting_path, people_network, rankings
from graphbuild.graph.search import search
from graphbuild.records import Extraction
from graphbuild.store import ingest_extractions, open_store

SEEDS = Path(__file__).resolve().parents[1] / "app" / "data"  # the seeds' annotations, and a hostile article
LUONG, GAWKOWSKI, TO_LAM = "person:luong-tam-quang", "person:krzysztof-gawkowski", "person:to-lam"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> nx.MultiDiGraph:
    records = [Extraction.from_dict(json.loads(path.read_text(encoding="utf-8"))) for path in sorted(SEEDS.glob("*.json"))]
    with open_store(tmp_path_factory.mktemp("people") / "seeds.sqlite") as store:
        ingest_extractions(store, records)
        return build_graph(store, cache=False)


def test_officials_are_linked_by_the_meetings_they_shared(seeds):
    network = people_network(seeds)
    assert {data["kind"] for _, data in network.nodes(data=True)} == {"person"}
    edge = network.edges[LUONG, GAWKOWSKI]
    assert (edge["kind"], edge["meetings"], edge["weight"]) == ("met", 1, 1)
    assert edge["dates"] == [{"id": "meeting:07d3c91cf657-1", "date": "2025-10-27", "place": "Hanoi"}]
    assert not network.has_edge(GAWKOWSKI, TO_LAM)  # never at one meeting
    # a meeting of four links each pair of them
    assert network.has_edge(TO_LAM, "person:ghada-waly") and network.has_edge(LUONG, "person:ghada-waly")


def test_countries_and_agreements_join_on_request_and_the_limit_keeps_the_most_active(seeds):
    network = people_network(seeds, also=("country", "agreement"))
    kinds = {data["kind"] for _, data in network.nodes(data=True)}
    assert kinds == {"person", "country", "agreement"}
    assert network.edges[LUONG, "country:VNM"]["kind"] == "represents"
    assert network.edges["agreement:mou-pol-vnm-cybersecurity", "country:POL"]["kind"] == "party"
    small = people_network(seeds, limit=3)
    assert LUONG in small and small.number_of_nodes() == 3 and small.graph["officials"] == 12


def test_radius_one_around_an_official_is_everyone_met(seeds):
    around = meeting_ego(seeds, GAWKOWSKI, 1)
    assert {node for node in around if node.startswith("person:")} == {GAWKOWSKI, LUONG}
    assert "person:ghada-waly" in meeting_ego(seeds, GAWKOWSKI, 2)
    view = ViewFilter(focus=GAWKOWSKI).apply(seeds)
    assert LUONG in view and "meeting:07d3c91cf657-1" in view and "person:ali-naghiyev" not in view
    assert LUONG not in ViewFilter(focus=GAWKOWSKI, network="full").apply(seeds)  # graph steps: a meeting between


def test_a_period_keeps_the_undated_meetings_unless_told_not_to(seeds):
    def luong_meetings(view):
        return sum(1 for m in seeds.successors(LUONG) if m in view and seeds.nodes[m]["kind"] == "meeting")

    assert luong_meetings(ViewFilter(date_from="2025-10", date_to="2025-10").apply(seeds)) == 8
    assert luong_meetings(ViewFilter(date_from="2025-10", date_to="2025-10", undated=False).apply(seeds)) == 2
    params = ViewFilter(date_from="2025-10", undated=False).to_query_params()
    assert params["undated"] == "0" and ViewFilter.from_query_params(params).undated is False


def test_between_keeps_only_the_ties_of_the_countries(seeds):
    either = ViewFilter(countries=("VNM", "POL")).apply(seeds)
    between = ViewFilter(countries=("VNM", "POL"), between=True).apply(seeds)
    assert "person:ali-naghiyev" in either and "person:ali-naghiyev" not in between
    assert {GAWKOWSKI, LUONG} <= set(between)


def test_a_path_is_listed_meeting_by_meeting(seeds):
    steps = meeting_path(seeds, GAWKOWSKI, TO_LAM)
    assert [(s["from"], s["to"]) for s in steps] == [(GAWKOWSKI, LUONG), (LUONG, TO_LAM)]
    assert [human_date(s["date"]) for s in steps] == ["27 Oct 2025", "25 Oct 2025"]
    countries = meeting_path(seeds, "country:POL", "country:ZAF")
    assert countries[0]["from"] == "country:POL" and countries[-1]["to"] == "country:ZAF"
    assert all(not s["to"].startswith("country:") for s in countries[:-1])  # never through a third country
    assert meeting_path(seeds, GAWKOWSKI, "person:maria-jose-pinto-gonzalez-artigas")  # via the gathering
    with pytest.raises(KeyError):
        meeting_path(seeds, GAWKOWSKI, "person:nobody")


def test_rankings_count_meetings_partners_and_brokers(seeds):
    ranked = rankings(people_network(seeds))
    assert ranked["meetings"][0] == (LUONG, 9)
    assert ranked["partners"][0] == (LUONG, 11)
    assert ranked["brokers"][0][0] == LUONG and ranked["brokers"][0][1] > 0.5


def test_labels_tell_nodes_apart(seeds):
    labels = display_labels(seeds)
    assert labels["meeting:1c94a05e8aab-1"] == "Meeting, 26 Oct, Hanoi: Luong Tam Quang \u2013 Ali Naghiyev"
    assert labels["agreement:mou-pol-vnm-cybersecurity"] == "MoU Vietnam\u2013Poland: cybersecurity"
    assert labels["org:vnm:ministry-of-public-security"] == "Ministry of Public Security (Vietnam)"
    assert len(set(labels.values())) == len(labels)


def test_search_forgives_misspellings_and_finds_topics(seeds):
    assert search(seeds, "Gawkowsky")[0]["id"] == GAWKOWSKI
    assert search(seeds, "tam quang")[0]["id"] == LUONG
    assert {"kind": "topic", "id": "cybercrime"} == {k: v for k, v in search(seeds, "cyber crime")[0].items()
                                                     if k in ("kind", "id")}
    assert search(seeds, "zzqx") == [] and search(seeds, "  ") == []
    assert GAWKOWSKI in ViewFilter(search="gawkowsky", network="full").apply(seeds)


def test_the_overview_is_the_people_network_of_the_most_active_and_follows_the_graph(seeds):
    from graphbuild.graph import kind_counts, nodes_by_kind, recent_meetings, top_officials
    from graphbuild.graph.people import overview_network

    for also in ((), ("country",), ("country", "organization", "agreement")):
        expected = people_network(seeds, also=also, limit=3, counts=dict(top_officials(seeds, 3)))
        found = overview_network(seeds, also=also, size=3)
        assert list(found.nodes) == list(expected.nodes) and found.graph == expected.graph
        assert list(found.edges(data=True)) == list(expected.edges(data=True))
    # a graph changed in place (as graph.update changes the kept one) is not drawn from its old pairs
    changed = seeds.copy()
    overview_network(changed, size=12)
    changed.add_node("meeting:new", kind="meeting", label="Meeting", date="2025-11-02", start="2025-11-02",
                     end="2025-11-02")
    for person in (LUONG, TO_LAM, "person:ghada-waly"):
        changed.add_edge(person, "meeting:new", kind="attended")
    network = overview_network(changed, size=12)
    assert "meeting:new" in {entry["id"] for entry in network.edges[TO_LAM, "person:ghada-waly"]["dates"]}
    assert "meeting:new" in {entry["id"] for entry in network.edges[LUONG, TO_LAM]["dates"]}
    # the view's nodes by kind, and an official's meetings a page at a time, most recent first
    assert kind_counts(seeds)["person"] == 12 == len(nodes_by_kind(seeds)["person"])
    total, page = recent_meetings(seeds, LUONG, 0, 2)
    assert total == len(page) + len(recent_meetings(seeds, LUONG, 2)[1])
    assert [row["start"] for row in page] == sorted((row["start"] for row in page), reverse=True)
