"""meetings-json: the extract shape again, for the whole store or a view."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from graphbuild.export import export_bytes
from graphbuild.graph import ViewFilter
from graphbuild.records import Extraction

FIXTURES = Path(__file__).parents[1] / "data" / "extractions"


def read(data: bytes) -> tuple[dict, list[Extraction]]:
    document = json.loads(data)
    return document, [Extraction.from_dict(item) for item in document["articles"]]


def test_whole_graph_gives_back_every_article_with_facts(graph: nx.MultiDiGraph) -> None:
    document, extractions = read(export_bytes(graph, "meetings-json"))
    originals = {e.source: e for e in (Extraction.from_dict(json.loads(p.read_text(encoding="utf-8")))
                                       for p in sorted(FIXTURES.glob("*.json")))}
    assert [e.source for e in extractions] == list(originals)
    for extraction in extractions:
        original = originals[extraction.source]
        assert extraction.published == original.published and extraction.language == original.language
        assert len(extraction.meetings) == len(original.meetings)
        assert len(extraction.agreements) == len(original.agreements)
        assert [m.date for m in extraction.meetings] == [m.date for m in original.meetings]
        assert [m.evidence.sentence for m in extraction.meetings] == [m.evidence.sentence for m in original.meetings]
        assert sorted(a.status for a in extraction.agreements) == sorted(a.status for a in original.agreements)
    assert document["generator"].startswith("graphbuild") and document["view"]["kinds"] == []


def test_names_are_the_curated_ones(graph: nx.MultiDiGraph) -> None:
    _, extractions = read(export_bytes(graph, "meetings-json"))
    rank = next(e for e in extractions if e.source == "tests/90_en_singapore-extradition.txt")
    names = {p.name: p for p in rank.meetings[0].participants}
    assert set(names) == {"Tô Lâm", "Teo Chee Hean"}  # "le général Tô Lâm" is one person, with one name
    assert names["Tô Lâm"].country == "Vietnam"
    assert names["Tô Lâm"].title == "General Secretary of the Communist Party"


def test_a_view_keeps_only_its_articles(graph: nx.MultiDiGraph) -> None:
    view = ViewFilter(countries=("China",), date_from="2025", undated=False)
    document, extractions = read(export_bytes(view.apply(graph), "meetings-json", view))
    assert [e.source for e in extractions] == ["dev/12_fr_chine-conference-ministerielle.txt"]
    assert len(extractions[0].meetings) == 2
    assert document["view"]["countries"] == ["China"]
