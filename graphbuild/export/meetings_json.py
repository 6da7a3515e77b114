"""The extract shape again (``graphbuild extract --json``), rebuilt from the graph or a view of it.

The file is ``{"generator", "created", "view", "articles": [...]}``, each article the
``Extraction.to_dict`` shape; ``shared/eval/score.py`` reads such an object as it reads a
bare list. Names, countries and organizations are the curated ones (merges, renames and
country corrections applied); an article appears when the graph keeps at least one of its
meetings or agreements.
"""
from __future__ import annotations

import json
from typing import Any

import networkx as nx

from graphbuild.export.snapshot import Output, binary_output, snapshot_metadata
from graphbuild.graph.query import ViewFilter
from graphbuild.records import Agreement, Evidence, Extraction, Meeting, Participant

__all__ = ["write_meetings_json", "graph_extractions"]


def _evidence(mention: dict[str, Any]) -> Evidence | None:
    if not mention.get("evidence"):
        return None
    return Evidence(mention["evidence"], mention.get("evidence_start", -1), mention.get("evidence_end", -1))


def _participants(graph: nx.MultiDiGraph, meeting: str) -> list[Participant]:
    people = []
    for person, _, edge in graph.in_edges(meeting, data=True):
        if edge["kind"] != "attended":
            continue
        data = graph.nodes[person]
        country = graph.nodes.get(f"country:{data['country']}", {}).get("label") if data.get("country") else None
        people.append(Participant(name=data["label"], aliases=list(data.get("aliases", [])), title=edge.get("title"),
                                  organization=edge.get("organization"), country=country))
    return people


def _parties(graph: nx.MultiDiGraph, agreement: str) -> list[str]:
    parties = [graph.nodes[v]["label"] for _, v, d in graph.out_edges(agreement, data=True) if d["kind"] == "party"]
    return parties or list(graph.nodes[agreement].get("parties", []))


def graph_extractions(graph: nx.MultiDiGraph) -> list[Extraction]:
    """One ``Extraction`` per article that supports a meeting or agreement of ``graph``, in store order."""
    articles: dict[str, dict[str, Any]] = graph.graph.get("articles", {})
    by_source: dict[str, Extraction] = {}

    def extraction(source: str) -> Extraction:
        if source not in by_source:
            info = articles.get(source, {})
            by_source[source] = Extraction(source=source, language=info.get("language") or "fr",
                                           published=info.get("published"))
        return by_source[source]

    for node, data in graph.nodes(data=True):
        if data["kind"] == "meeting":
            participants = _participants(graph, node)
            for mention in data.get("mentions", []):
                extraction(mention["source"]).meetings.append(Meeting(
                    date=data.get("date"), place=data.get("place"), participants=participants,
                    evidence=_evidence(mention), date_text=data.get("date_text"), topics=list(data.get("topics", [])),
                    event_type=data.get("event_type"), multilateral=bool(data.get("multilateral")),
                    teaser=bool(data.get("teaser")), planned=bool(data.get("planned")),
                ))
        elif data["kind"] == "agreement":
            parties = _parties(graph, node)
            for mention in data.get("mentions", []):
                extraction(mention["source"]).agreements.append(Agreement(
                    name=mention["name"], kind=data["instrument"], status=mention["status"], parties=parties,
                    date=mention.get("date"), topics=list(mention.get("topics", [])), evidence=_evidence(mention),
                    mention_only=bool(mention.get("mention_only")),
                ))
    order = {source: index for index, source in enumerate(articles)}
    return sorted(by_source.values(), key=lambda e: (order.get(e.source, len(order)), e.source))


def write_meetings_json(graph: nx.MultiDiGraph, out: Output, *, view: ViewFilter | None = None) -> None:
    """Write the articles' meetings and agreements of ``graph`` in the extract shape, with the metadata."""
    document = {**snapshot_metadata(view), "articles": [e.to_dict() for e in graph_extractions(graph)]}
    with binary_output(out) as handle:
        handle.write(json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
