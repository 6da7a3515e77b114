"""The graph built from the store: ids, kinds, dates, evidence, derived ties, overrides."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from graphbuild.graph import EDGE_KINDS, NODE_KINDS, LatestGraph, build_graph, graph_since, node_reference
from graphbuild.graph.dates import has_year
from graphbuild.records import Extraction, Meeting, Participant
from graphbuild.store import Store, ingest_extractions, open_store

from tests.hardening.hardening_helpers import graph_signature
from tests.scale.corpus_helpers import generated_extractions

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


# The graph held in memory, brought up to date (graph_since, LatestGraph) --------------------


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Full builds and graph file loads, counted; every build is kept in the graph file (a large store's)."""
    from graphbuild.graph import build as built
    from graphbuild.graph import cache as kept

    monkeypatch.setattr(kept, "MIN_BUILD_SECONDS", 0.0)
    calls = {"builds": 0, "loads": 0}
    build, load = built._build_graph, kept.load_graph

    def counted_build(store: Store) -> nx.MultiDiGraph:
        calls["builds"] += 1
        return build(store)

    def counted_load(store: Store, key: tuple) -> nx.MultiDiGraph | None:
        calls["loads"] += 1
        return load(store, key)

    monkeypatch.setattr(built, "_build_graph", counted_build)
    monkeypatch.setattr(kept, "load_graph", counted_load)
    return calls


def _held(store: Store) -> tuple[nx.MultiDiGraph, tuple, tuple]:
    """A graph as the explorer holds it, its key, and its signature."""
    from graphbuild.graph import cache as kept

    with store.snapshot():
        key = kept.cache_key(store)
        graph = build_graph(store)
    return graph, key, graph_signature(graph)


def test_the_held_graph_is_given_back_while_the_store_has_not_changed(tmp_path: Path, counted: dict) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        ingest_extractions(store, generated_extractions(30))
        graph, key, _ = _held(store)
        before = dict(counted)
        assert graph_since(store, graph, key) == (graph, key)
        assert counted == before


def test_the_held_graph_takes_the_new_articles_and_writes_no_file_when_that_is_quick(
        tmp_path: Path, counted: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    from graphbuild.graph import cache as kept

    with open_store(tmp_path / "s.sqlite") as store:
        ingest_extractions(store, generated_extractions(60))
        graph, key, signature = _held(store)
        ingest_extractions(store, generated_extractions(10, start=60))
        before = dict(counted)
        monkeypatch.setattr(kept, "RESAVE_SECONDS", float("inf"))
        updated, now = graph_since(store, graph, key)
        assert counted == before and kept.kept_key(store) == key  # no build, no load, nothing written
        assert now == kept.cache_key(store) and graph_signature(graph) == signature
        assert graph_signature(updated) == graph_signature(build_graph(store, cache=False))
        ingest_extractions(store, generated_extractions(10, start=70))
        monkeypatch.setattr(kept, "RESAVE_SECONDS", 0.0)  # a slow one is kept for the next process
        before = dict(counted)
        again, later = graph_since(store, updated, now)
        assert kept.kept_key(store) == later and counted == before
        assert graph_signature(kept.load_graph(store, later)) == graph_signature(again)


def test_more_than_new_articles_builds_again_and_leaves_the_held_graph_as_it_was(tmp_path: Path,
                                                                                 counted: dict) -> None:
    extractions = generated_extractions(60)
    with open_store(tmp_path / "s.sqlite") as store:
        ingest_extractions(store, extractions)
        graph, key, signature = _held(store)
        store.add_override("hide", {"node": {"id": "country:VNM"}})
        builds = counted["builds"]
        updated, now = graph_since(store, graph, key)
        assert counted["builds"] == builds + 1 and "country:VNM" not in updated
        assert graph_signature(graph) == signature

        graph, key, signature = updated, now, graph_signature(updated)
        changed = extractions[3].to_dict()
        changed["meetings"][0]["topics"] = ["a topic of its own"]
        ingest_extractions(store, [Extraction.from_dict(changed)])  # replaced: its old facts are in the graph
        builds = counted["builds"]
        updated, now = graph_since(store, graph, key)
        assert counted["builds"] == builds + 1  # the update gave up: built in full
        assert graph_signature(updated) == graph_signature(build_graph(store, cache=False))
        assert graph_signature(graph) == signature


def test_the_latest_graph_starts_from_the_one_it_made_while_that_one_is_alive(tmp_path: Path, counted: dict) -> None:
    import gc

    latest = LatestGraph()
    with open_store(tmp_path / "s.sqlite") as store:
        ingest_extractions(store, generated_extractions(40))
        first = latest.graph(store)
        assert latest.graph(store) is first
        ingest_extractions(store, generated_extractions(5, start=40))
        before = dict(counted)
        second = latest.graph(store)
        assert counted == before and second is not first  # from the first, in memory
        assert graph_signature(second) == graph_signature(build_graph(store, cache=False))
        del first, second  # no session draws them any more: not kept alive for the next one
        gc.collect()
        ingest_extractions(store, generated_extractions(5, start=45))
        latest.graph(store)
        assert counted["loads"] + counted["builds"] > before["loads"] + before["builds"]


def test_article_ranks_are_made_once_per_articles_dict_and_follow_what_is_added(graph) -> None:
    from graphbuild.graph import ViewFilter
    from graphbuild.graph.build import article_ranks

    ranks = article_ranks(graph)
    assert list(ranks) == list(graph.graph["articles"]) and list(ranks.values()) == list(range(len(ranks)))
    view = ViewFilter(countries=("VNM",)).apply(graph)  # a view shares its graph's articles
    assert article_ranks(view) is ranks and article_ranks(graph) is ranks
    graph.graph["articles"]["later.txt"] = {}
    assert article_ranks(graph)["later.txt"] == len(ranks)
