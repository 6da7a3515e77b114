"""The graph built from the store: ids, kinds, dates, evidence, derived ties, overrides."""
from __future__ import annotations

import networkx as nx

from graphbuild.graph import EDGE_KINDS, NODE_KINDS, build_graph, node_reference
from graphbuild.graph.dates import has_year
from graphbuild.records import Extraction, Meeting, Participant
from graphbuild.store import Store, ingest_extractions

PREFIXES = {"person": "person:", "country": "country:", "organization": "org:", "meeting": "meeting:",
            "agreement": "agreement:"}


def edges_of_kind(graph: nx.MultiDiGraph, kind: str) -> list[tuple[str, str, dict]]:
    return [(u, v, d) for u, v, d in graph.edges(data=True) if d["kind"] == kind]


def test_every_node_has_an_id_of_its_kind_and_a_label(graph: nx.MultiDiGraph) -> None:
    assert {d["kind"] for _, d in graph.nodes(data=True)} == set(NODE_KINDS)
    for node, data in graph.nodes(data=True):
        assert node.startswith(PREFIXES[data["kind"]]), node
        assert data["label"], node


def test_every_edge_has_a_kind_sources_evidence_and_iso_dates(graph: nx.MultiDiGraph) -> None:
    assert {d["kind"] for _, _, d in graph.edges(data=True)} == set(EDGE_KINDS)
    for u, v, key, data in graph.edges(keys=True, data=True):
        assert data["sources"], key
        assert isinstance(data["evidence"], list), key
        for bound in ("start", "end"):
            if bound in data:
                assert has_year(data[bound]), (key, data[bound])
    assert len({key for _, _, key in graph.edges(keys=True)}) == graph.number_of_edges()  # keys unique graph-wide


def test_is_the_same_after_a_rebuild_of_the_graph(filled_store: Store, graph: nx.MultiDiGraph) -> None:
    again = build_graph(filled_store)
    assert list(again.nodes(data=True)) == list(graph.nodes(data=True))
    assert list(again.edges(keys=True, data=True)) == list(graph.edges(keys=True, data=True))


def test_one_node_per_person_with_the_accented_label(graph: nx.MultiDiGraph) -> None:
    lam = graph.nodes["person:to-lam"]
    assert lam["label"] == "Tô Lâm"
    assert "To Lam" in lam["aliases"]
    assert [n for n, d in graph.nodes(data=True) if d.get("label") in ("To Lam", "le général Tô Lâm")] == []


def test_titles_held_over_time_form_a_timeline(graph: nx.MultiDiGraph) -> None:
    roles = {(v, d["title"]): d for u, v, d in edges_of_kind(graph, "role") if u == "person:to-lam"}
    minister = roles[("org:vnm:ministry-of-public-security", "ministre de la Sécurité publique")]
    assert (minister["start"], minister["end"]) == ("2022-08-09", "2023-11-16")
    party = roles[("org:vnm:communist-party-of-vietnam", "General Secretary of the Communist Party")]
    assert (party["start"], party["end"]) == ("2025-06-10", "2025-06-10")
    assert ("org:vnm:ministry-of-public-security", "vice-ministre de la Sécurité publique") in roles


def test_attended_edges_carry_the_title_of_that_day(graph: nx.MultiDiGraph) -> None:
    attended = {v: d for u, v, d in edges_of_kind(graph, "attended") if u == "person:to-lam"}
    by_date = {graph.nodes[m].get("date"): d["title"] for m, d in attended.items()}
    assert by_date["2023-05-17"] == "ministre de la Sécurité publique"
    assert by_date["2025-06-10"] == "General Secretary of the Communist Party"


def test_countries_have_iso3_ids_and_english_names(graph: nx.MultiDiGraph) -> None:
    assert graph.nodes["country:VNM"]["label"] == "Vietnam"
    assert graph.nodes["country:KOR"]["iso3"] == "KOR"
    assert graph.has_edge("person:to-lam", "country:VNM")


def test_meetings_link_to_countries_and_agreements_to_parties_and_meetings(graph: nx.MultiDiGraph) -> None:
    meeting = next(v for _, v, d in edges_of_kind(graph, "attended")
                   if graph.nodes[v].get("date") == "2025-06-10")
    assert {v for _, v, d in graph.out_edges(meeting, data=True) if d["kind"] == "involves"} == {"country:SGP",
                                                                                                   "country:VNM"}
    agreement = "agreement:agreement-sgp-vnm-extradition"
    assert {v for _, v, d in graph.out_edges(agreement, data=True) if d["kind"] == "party"} == {"country:SGP",
                                                                                                 "country:VNM"}
    assert [v for _, v, d in graph.out_edges(agreement, data=True) if d["kind"] == "signed_at"] == [meeting]


def test_an_agreement_keeps_its_status_history(graph: nx.MultiDiGraph) -> None:
    data = graph.nodes["agreement:agreement-sgp-vnm-extradition"]
    assert data["status_history"] == ["2023-11: proposed", "2025-06-10: signed"]
    assert data["status"] == "signed"
    assert (data["start"], data["end"]) == ("2023-11", "2025-06-10")
    assert data["sources"] == ["seeds/002_c9ff3885ea96f6c4.txt", "tests/90_en_singapore-extradition.txt"]


def test_a_date_without_year_is_kept_as_text_not_as_an_interval(graph: nx.MultiDiGraph) -> None:
    undated = [d for _, d in graph.nodes(data=True) if d["kind"] == "meeting" and d.get("date") == "--07-04"]
    assert len(undated) == 4
    assert all("start" not in d and "end" not in d for d in undated)


def test_ties_count_held_meetings_and_agreements(graph: nx.MultiDiGraph) -> None:
    tie = graph.edges["country:SGP", "country:VNM", "country:SGP>tie>country:VNM"]
    assert (tie["meetings"], tie["agreements"], tie["weight"]) == (3, 7, 10)
    assert (tie["start"], tie["end"]) == ("2022-10-17", "2025-06-10")
    korea = graph.edges["country:KOR", "country:VNM", "country:KOR>tie>country:VNM"]
    assert korea["meetings"] == 4  # 5 meetings with Korea, one of them only planned


def test_one_meeting_reported_by_two_articles_is_one_node(store: Store) -> None:
    people = [Participant("Alice Martin", country="France"), Participant("Bob Keller", country="Germany")]
    ingest_extractions(store, [
        Extraction("a.txt", "en", "2024-01-05", meetings=[Meeting("2024-01-05", "Paris", people, topics=["drugs"])]),
        Extraction("b.txt", "en", "2024-01-06", meetings=[Meeting("2024-01-05", None, people, topics=["cyber"],
                                                                  teaser=True)]),
    ])
    graph = build_graph(store)
    meetings = [d for _, d in graph.nodes(data=True) if d["kind"] == "meeting"]
    assert len(meetings) == 1
    assert meetings[0]["sources"] == ["a.txt", "b.txt"]
    assert meetings[0]["topics"] == ["drugs", "cyber"]
    assert meetings[0]["teaser"] is False and meetings[0]["place"] == "Paris"
    # each attendee was at both reports: their edges cite both articles, and the meeting's label names them
    attended = [d for _, _, d in graph.edges(data=True) if d["kind"] == "attended"]
    assert len(attended) == 2 and all(d["sources"] == ["a.txt", "b.txt"] for d in attended)
    assert meetings[0]["label"] == "Alice Martin – Bob Keller, 2024-01-05, Paris"


def _meeting_nodes(store: Store, *reports: tuple[str, str | None, tuple[str, ...]]) -> list[dict]:
    """The meeting nodes of one report per article: (date, place, people)."""
    ingest_extractions(store, [
        Extraction(f"{index}.txt", "en", None, meetings=[Meeting(date, place, [Participant(name) for name in people])])
        for index, (date, place, people) in enumerate(reports)])
    return [d for _, d in build_graph(store).nodes(data=True) if d["kind"] == "meeting"]


def test_two_reports_in_two_places_are_two_meetings(store: Store) -> None:
    pair = ("Alice Martin", "Bob Keller")
    assert len(_meeting_nodes(store, ("2024-01-05", "Paris", pair), ("2024-01-05", "Berlin", pair))) == 2


def test_a_day_without_year_joins_only_with_the_same_people_and_place(store: Store) -> None:
    pair, trio = ("Alice Martin", "Bob Keller"), ("Alice Martin", "Bob Keller", "Carol Diaz")
    nodes = _meeting_nodes(store, ("--10-26", "Hanoi", pair), ("--10-26", "Hanoi", pair),  # certain: one
                           ("--10-26", None, pair), ("--10-26", None, pair),  # no place: may be other years
                           ("--10-26", "Hanoi", trio), ("--10-27", "Hanoi", pair))
    assert sorted(len(d["sources"]) for d in nodes) == [1, 1, 1, 1, 2]


def test_overrides_are_applied_and_survive_re_extraction(filled_store: Store, extractions: list[Extraction]) -> None:
    filled_store.add_override("merge", {"keep": {"id": "person:luong-tam-quang", "name": "Luong Tam Quang"},
                                        "absorb": {"id": "person:le-quy-vuong", "name": "Le Quy Vuong"}})
    filled_store.add_override("set_country", {"person": {"id": "person:henk-verhoeven", "name": "Henk Verhoeven"},
                                              "country": "NLD"})
    filled_store.add_override("rename", {"node": {"id": "org:europol"}, "label": "Europol (EU agency)"})
    filled_store.add_override("hide", {"node": {"id": "person:rumen-radev", "name": "Rumen Radev"}})

    def check(graph: nx.MultiDiGraph) -> None:
        assert "person:le-quy-vuong" not in graph
        assert graph.nodes["person:luong-tam-quang"]["meetings"] == 5
        assert graph.nodes["person:henk-verhoeven"]["country"] == "NLD"
        assert graph.has_edge("person:henk-verhoeven", "country:NLD")
        assert graph.nodes["org:europol"]["label"] == "Europol (EU agency)"
        assert "person:rumen-radev" not in graph
        assert not graph.has_edge("country:BGR", "country:VNM")  # his meeting no longer ties Bulgaria

    check(build_graph(filled_store))
    # Re-extraction gives the people new rows (here: their articles are replaced wholesale).
    for extraction in extractions:
        filled_store.delete_article(extraction.source)
    assert filled_store.counts()["people"] == 0
    ingest_extractions(filled_store, list(reversed(extractions)))
    check(build_graph(filled_store))


def test_node_reference_is_what_overrides_store(graph: nx.MultiDiGraph) -> None:
    assert node_reference(graph, "person:to-lam") == {"id": "person:to-lam", "name": "Tô Lâm", "country": "VNM"}
    assert node_reference(graph, "org:europol") == {"id": "org:europol"}


def test_a_span_keeps_the_earliest_start_and_latest_end_the_most_precise_on_a_tie() -> None:
    from graphbuild.graph.build import _Span

    span = _Span()
    span.add_dates(["2023", "2023-01-01", "2023-05", None, "--05-01", ""])
    assert span.attributes() == {"start": "2023-01-01", "end": "2023"}  # "2023" alone ends on 31 December
    span.add_dates(["2023-12", "2023-12-31"])
    assert span.attributes() == {"start": "2023-01-01", "end": "2023-12-31"}
    span.add("2022-06-30", "2022-07-02")
    assert span.attributes() == {"start": "2022-06-30", "end": "2023-12-31"}
    undated = _Span()
    undated.add_dates(["--05-01", None])
    assert undated.attributes() == {}
