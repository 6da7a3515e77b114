"""Finding things by a name half remembered: officials, countries, organizations, agreements and topics.

rapidfuzz scores each name against the query (accents and case aside, as ``resolve.fold``
writes them): "Gawkowsky" finds Krzysztof Gawkowski, "cyber crime" the topic cybercrime.
The names of a graph are gathered once per graph.
"""
from __future__ import annotations

from typing import Any

import networkx as nx
from rapidfuzz import fuzz, process

from graphbuild.resolve import fold

__all__ = ["search", "SEARCHED_KINDS", "MIN_SCORE"]

#: What the search looks through (meetings are found through their people).
SEARCHED_KINDS = ("person", "country", "organization", "agreement")
#: The lowest score (0–100) that counts as a match.
MIN_SCORE = 84
#: Queries shorter than this match only as a part of a name (a fuzzy match of two letters means nothing).
_SHORTEST_FUZZY = 4


def _names(graph: nx.MultiDiGraph) -> tuple[list[str], list[tuple[str, str]]]:
    """Every folded name with what it names: (``kind``, node id), or ("topic", the topic); once per graph."""
    from graphbuild.graph.query import _memo  # the query module imports this one

    memo = _memo(graph)
    if "names" not in memo:
        names, owners, topics = [], [], set()
        for node, data in graph._node.items():
            kind = data["kind"]
            topics.update(data.get("topics", ()))
            if kind not in SEARCHED_KINDS:
                continue
            for name in {data.get("label"), data.get("name"), data.get("iso3"), *data.get("aliases", ())}:
                if name:
                    names.append(fold(name))
                    owners.append((kind, node))
        for topic in sorted(topics):
            names.append(fold(topic))
            owners.append(("topic", topic))
        memo["names"] = (names, owners)
    return memo["names"]


def _score(query: str, name: str, **_: Any) -> float:
    """A name containing the query, or the query's very name spaced otherwise ("cyber crime" for cybercrime),
    scores 100; otherwise the best alignment of the query on the name."""
    if query in name or query.replace(" ", "") == name.replace(" ", ""):
        return 100.0
    if len(query) < _SHORTEST_FUZZY:
        return 0.0
    return max(fuzz.partial_ratio(query, name), fuzz.token_sort_ratio(query, name))


def search(graph: nx.MultiDiGraph, text: str, *, kinds: tuple[str, ...] = (*SEARCHED_KINDS, "topic"),
           limit: int | None = 20) -> list[dict[str, Any]]:
    """The best matches of ``text``, best first: ``kind`` (or "topic"), ``id`` (the node, or the topic), ``label``,
    ``score``; one row per node or topic."""
    query = fold(text)
    if not query:
        return []
    names, owners = _names(graph)
    found: dict[tuple[str, str], float] = {}
    for _, score, index in process.extract(query, names, scorer=_score, score_cutoff=MIN_SCORE, limit=None):
        owner = owners[index]
        if owner[0] in kinds and score > found.get(owner, -1):
            found[owner] = score
    rows = [{"kind": kind, "id": node, "score": round(score, 1),
             "label": node if kind == "topic" else str(graph.nodes[node].get("label") or node)}
            for (kind, node), score in found.items()]
    rows.sort(key=lambda row: (-row["score"], row["label"].casefold()))
    return rows if limit is None else rows[:limit]
