"""The kept graph updated with the new articles alone equals a full build, node for node and edge for edge."""
from __future__ import annotations

import json
import pickle
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.graph import build_graph, node_reference
from graphbuild.graph import build as built
from graphbuild.graph import cache as kept
from graphbuild.graph import query
from graphbuild.graph.build import graph_since
from graphbuild.graph.update import can_update
from graphbuild.records import Article, Extraction
from graphbuild.store import Store, correct_published, ingest_articles, ingest_extractions, open_store, undo_override

from tests.hardening.hardening_helpers import graph_signature, query_signature, summary_signature
from tests.scale.corpus_helpers import generated_extractions


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every graph is kept, and each full build is counted."""
    monkeypatch.setattr(kept, "MIN_BUILD_SECONDS", 0.0)
    calls: list[str] = []
    full = built._build_graph

    def counted(store: Store):
        calls.append("full")
        return full(store)

    monkeypatch.setattr(built, "_build_graph", counted)
    return calls


def _updated_equals_rebuilt(store: Store, builds: list[str], new: list[Extraction]) -> None:
    # The graph a running explorer holds before the articles come (built, its queries worked out).
    with store.snapshot():
        held_key = kept.cache_key(store)
        held = build_graph(store, cache=False)
    query.prepare_queries(held)
    held_before = (graph_signature(held), query_signature(held), _tallies(held))
    before = len(builds)
    ingest_extractions(store, new, batch=100)
    updated = build_graph(store)
    assert len(builds) == before, "the kept graph was built again instead of updated"
    # the update brought the overview (the busiest officials and their pairs) up to date: not dropped, to be made again
    assert "overview" in query._MEMOS.get(updated, {})
    rebuilt = build_graph(store, cache=False)
    assert graph_signature(updated) == graph_signature(rebuilt)  # attribute lists in the same order too
    # the explorer's indexes and overview, kept up to date by the update, are those worked out of a rebuild
    assert query_signature(updated) == query_signature(rebuilt)
    if kept.kept_key(store) == kept.cache_key(store):  # the updated graph was written: so is the file
        assert _kept_file(store) == (graph_signature(rebuilt), query_signature(rebuilt))
    assert build_graph(store) is not updated and graph_signature(build_graph(store)) == graph_signature(rebuilt)
    _held_graph_follows(store, builds, held, held_key, held_before, rebuilt)


def _tallies(graph: nx.MultiDiGraph) -> str:
    return json.dumps({person: {name: sorted(map(str, value.items())) if isinstance(value, dict) else value
                                for name, value in counts.items()}
                       for person, counts in kept.side_data(graph)["tallies"].items()}, sort_keys=True)


def _held_graph_follows(store: Store, builds: list[str], held: nx.MultiDiGraph, held_key: tuple,
                        held_before: tuple, rebuilt: nx.MultiDiGraph) -> None:
    """``graph_since`` brings the graph held in memory up to date apart from it: equal to a rebuild, without
    a load or a build, and the held graph (which sessions may still be drawing) exactly as it was."""
    loads = []
    load = kept.load_graph
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kept, "load_graph", lambda *args: loads.append(args) or load(*args))
        full = len(builds)
        followed, key = graph_since(store, held, held_key)
        assert (loads, len(builds)) == ([], full)  # neither the file loaded nor a full build
    assert key == kept.cache_key(store) and followed is not held
    assert (graph_signature(held), query_signature(held), _tallies(held)) == held_before
    assert graph_signature(followed) == graph_signature(rebuilt)
    assert query_signature(followed) == query_signature(rebuilt)
    assert _tallies(followed) == _tallies(build_graph(store, cache=False))
    # what the new articles did not touch is the held graph's own objects, not copies
    untouched = [node for node in held if node in followed and followed._node[node] is held._node[node]]
    assert untouched and all(type(data) is dict for data in followed._node.values())
    if kept.kept_key(store) == key:  # written (cache.RESAVE_SECONDS): the file holds the rebuilt graph too
        assert _kept_file(store) == (graph_signature(rebuilt), query_signature(rebuilt))


def _kept_file(store: Store) -> tuple:
    """The graph file as it is on disk: the graph's signature and that of the queries kept with it, unprepared."""
    with kept.cache_path(store).open("rb") as handle:
        pickle.load(handle)  # the key
        pickle.load(handle)  # the explorer's first view
        attributes, nodes, successors, predecessors, summary, _ = pickle.load(handle)
    graph = nx.MultiDiGraph()
    graph.graph.update(attributes)
    graph._node, graph._succ, graph._pred = nodes, successors, predecessors
    return graph_signature(graph), summary_signature(summary)


def test_new_articles_update_the_kept_graph_as_a_rebuild_would(tmp_path: Path, builds: list[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        ingest_extractions(store, generated_extractions(300), batch=100)
        build_graph(store)
        assert builds == ["full"]
        kept_for = kept.kept_key(store)
        monkeypatch.setattr(kept, "RESAVE_SECONDS", float("inf"))  # a quick update is not written: made at each load
        _updated_equals_rebuilt(store, builds, generated_extractions(60, start=300))
        _updated_equals_rebuilt(store, builds, generated_extractions(25, start=360))  # 85 articles added at load
        assert kept.kept_key(store) == kept_for
        full = len(builds)
        build_graph(store, keep=True)  # as graphbuild ingest and follow do after storing articles: updated, written
        assert kept.kept_key(store) == kept.cache_key(store) and len(builds) == full
        monkeypatch.setattr(kept, "RESAVE_SECONDS", 0.0)  # a slow one is written, with its indexes
        _updated_equals_rebuilt(store, builds, generated_extractions(20, start=385))
        assert kept.kept_key(store) == kept.cache_key(store)
        _updated_equals_rebuilt(store, builds, generated_extractions(15, start=405))  # an updated graph, again


def test_merges_and_every_override_are_applied_to_the_new_articles(tmp_path: Path, builds: list[str]) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        ingest_extractions(store, generated_extractions(300), batch=100)
        graph = build_graph(store, cache=False)
        people = sorted((n for n, kind in graph.nodes(data="kind") if kind == "person"),
                        key=lambda n: (-graph.nodes[n]["meetings"], n))
        meetings = sorted(n for n, kind in graph.nodes(data="kind") if kind == "meeting")
        countries = sorted(n for n, kind in graph.nodes(data="kind") if kind == "country")
        store.add_override("merge", {"keep": node_reference(graph, people[0]), "absorb": node_reference(graph, people[5])})
        store.add_override("set_country", {"person": node_reference(graph, people[1]), "country": "FRA"})
        store.add_override("rename", {"node": node_reference(graph, people[2]), "label": "Renamed Official"})
        store.add_override("rename", {"node": {"id": countries[0]}, "label": "Renamed Country"})
        store.add_override("rename", {"node": {"id": meetings[3]}, "label": "Renamed meeting"})
        store.add_override("hide", {"node": node_reference(graph, people[8])})
        store.add_override("hide", {"node": {"id": countries[2]}})
        store.add_override("hide", {"node": {"id": meetings[10]}})
        build_graph(store)
        _updated_equals_rebuilt(store, builds, generated_extractions(100, start=300))


def _extraction(source: str, day: str, guest: tuple[str, str], *, agreement: bool = False) -> Extraction:
    name, country = guest
    return Extraction.from_dict({
        "source": source, "language": "en", "published": day,
        "meetings": [{"date": day, "place": "Hanoi", "topics": ["trade"], "evidence": f"{name} met Bui Thanh Son.",
                      "participants": [
                          {"name": "Bui Thanh Son", "aliases": [], "title": "Minister of Foreign Affairs",
                           "organization": "Ministry of Foreign Affairs", "country": "Vietnam"},
                          {"name": name, "aliases": [], "title": "Ambassador", "organization": None,
                           "country": country}]}],
        "agreements": [{"name": "Trade agreement", "kind": "agreement", "status": "signed" if agreement else "proposed",
                        "date": day, "parties": ["Vietnam", "Laos"], "topics": ["trade"],
                        "evidence": "They signed a trade agreement."}] if agreement or day < "2025-03" else []})


def test_a_person_who_changes_country_or_name_carries_their_meetings_along(tmp_path: Path,
                                                                           builds: list[str]) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        ingest_extractions(store, [
            _extraction("a1", "2025-01-10", ("Khamphao Ernst", None)),
            _extraction("a2", "2025-02-11", ("Khamphao Ernst", None)),
            _extraction("a3", "2025-02-20", ("Saysomphone Vong", "Laos")),
            *generated_extractions(40)])
        graph = build_graph(store)
        person = next(n for n, data in graph.nodes(data=True) if data.get("label") == "Khamphao Ernst")
        assert "country" not in graph.nodes[person]
        first = next(m for m in graph.succ[person] if "a1" in graph.nodes[m].get("sources", []))
        _updated_equals_rebuilt(store, builds, [
            _extraction("b1", "2025-03-01", ("Khamphào Ernst", "Thailand")),
            _extraction("b2", "2025-03-02", ("Khamphào Ernst", "Thailand")),
            _extraction("b3", "2025-03-03", ("Khamphào Ernst", "Thailand"), agreement=True),
            _extraction("b4", "2025-02-20", ("Saysomphone Vong", "Laos")),  # the same meeting as a3, told again
        ])
        graph = build_graph(store)
        assert graph.nodes[person]["country"] == "THA" and graph.nodes[person]["label"] == "Khamphào Ernst"
        assert "country:THA" in graph.succ[first]  # the January meeting involves Thailand now
        assert graph.nodes[first]["label"].startswith("Bui Thanh Son – Khamphào Ernst")
        assert [data["sources"] for data in graph.nodes.values()
                if data["kind"] == "meeting" and "a3" in data["sources"]] == [["a3", "b4"]]  # one meeting


def test_only_added_articles_are_updated_anything_else_is_built_again(tmp_path: Path, builds: list[str]) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        extractions = generated_extractions(80)
        ingest_extractions(store, extractions)
        build_graph(store)
        store.delete_article(extractions[0].source)
        before = len(builds)
        assert graph_signature(build_graph(store)) == graph_signature(build_graph(store, cache=False))
        assert len(builds) == before + 2  # a deleted article: built in full
        store.add_override("hide", {"node": {"id": "country:VNM"}})
        assert not can_update(kept.kept_key(store), kept.cache_key(store))  # an override: built in full
        ingest_extractions(store, generated_extractions(5, start=80))
        assert graph_signature(build_graph(store)) == graph_signature(build_graph(store, cache=False))
        assert len(builds) == before + 4


def _dating_extractor(articles):
    """Dates "26 October" as the real extractor does: with the publication's year, else as a day without year."""
    for article in articles:
        day = f"{article.published[:4]}-10-26" if article.published else "--10-26"
        extraction = _extraction(article.source, "2025-04-01", ("Khamphao Ernst", "Laos")).to_dict()
        extraction["published"] = article.published
        extraction["meetings"][0]["date"] = day
        yield Extraction.from_dict(extraction)


def test_a_corrected_publication_date_builds_in_full_then_updates_as_a_rebuild_would(tmp_path: Path,
                                                                                       builds: list[str]) -> None:
    article = Article(source="undated.txt", text="Bui Thanh Son met Khamphao Ernst on 26 October in Hanoi.")
    with open_store(tmp_path / "s.sqlite") as store:
        ingest_extractions(store, generated_extractions(200), batch=100)
        ingest_articles(store, [article], extract=_dating_extractor, progress=False)
        build_graph(store)
        before = len(builds)
        correct_published(store, article.source, "2025-10-27", extract=_dating_extractor)
        assert not can_update(kept.kept_key(store), kept.cache_key(store))  # a new override: built in full
        graph = build_graph(store)
        assert len(builds) == before + 1 and graph_signature(graph) == graph_signature(build_graph(store, cache=False))
        dated = [n for n, data in graph.nodes(data=True) if data["kind"] == "meeting" and "undated.txt" in data["sources"]]
        assert [graph.nodes[n]["date"] for n in dated] == ["2025-10-26"]
        # Articles added afterwards (the same file again among them): updated, equal to a full build.
        assert ingest_articles(store, [article], extract=_dating_extractor, progress=False).unchanged == 1
        _updated_equals_rebuilt(store, builds, generated_extractions(50, start=200))
        assert [data["date"] for data in build_graph(store).nodes.values()
                if data["kind"] == "meeting" and "undated.txt" in data["sources"]] == ["2025-10-26"]
        # Undone: built in full again, the meeting without its year.
        assert undo_override(store, store.overrides()[0].id, extract=_dating_extractor)
        graph = build_graph(store)
        assert graph_signature(graph) == graph_signature(build_graph(store, cache=False))
        assert [data["date"] for data in graph.nodes.values()
                if data["kind"] == "meeting" and "undated.txt" in data["sources"]] == ["--10-26"]
        _updated_equals_rebuilt(store, builds, generated_extractions(20, start=250))


def test_two_new_articles_telling_one_new_meeting_are_one_node_without_a_full_build(tmp_path: Path,
                                                                                    builds: list[str]) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        ingest_extractions(store, generated_extractions(60))
        build_graph(store)
        _updated_equals_rebuilt(store, builds, [
            _extraction("c1", "2025-05-01", ("Khamphao Ernst", "Laos")),
            _extraction("c2", "2025-05-01", ("Khamphao Ernst", "Laos"), agreement=True),  # the same meeting again
            *generated_extractions(5, start=60)])
        graph = build_graph(store)
        assert [data["sources"] for data in graph.nodes.values()
                if data["kind"] == "meeting" and "c1" in data["sources"]] == [["c1", "c2"]]
