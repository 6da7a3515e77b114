"""Labels people can tell apart: what the explorer, the HTML export and the CLI write for a node.

A node's ``label`` attribute is what the articles say (an agreement's full name, a meeting's
people, date and place as stored); ``display_label`` is what is drawn: a meeting says it is
one and when and where it was, an agreement is named by its kind, parties and topic rather
than its first 28 characters, a ministry carries its country.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx

from graphbuild.graph.dates import human_date
from graphbuild.store.identity import country_label

__all__ = ["display_label", "display_labels", "INSTRUMENT_NAMES", "STATUS_NAMES", "country_name"]

#: What each kind of instrument is called in a label.
INSTRUMENT_NAMES = {"mou": "MoU", "agreement": "Agreement", "treaty": "Treaty", "convention": "Convention",
                    "plan": "Plan", "protocol": "Protocol"}

#: Agreement statuses as people say them.
STATUS_NAMES = {"signed": "signed", "to_be_signed": "to be signed", "proposed": "proposed",
                "under_negotiation": "under negotiation", "in_force": "in force", "other": "mentioned"}

_MAX_NAMES = 3


def country_name(graph: nx.Graph, iso3: str | None) -> str:
    """The name of a country code, as the graph's country node has it (else the project's table)."""
    if not iso3:
        return ""
    return (graph.nodes.get(f"country:{iso3}") or {}).get("label") or country_label(iso3)


def _attendees(graph: nx.Graph, meeting: str) -> list[str]:
    if not graph.is_directed():
        return []
    return [graph.nodes[person]["label"] for person, _, data in graph.in_edges(meeting, data=True)
            if data.get("kind") == "attended"]


def _meeting_label(graph: nx.Graph, node: str, data: dict[str, Any]) -> str:
    date = data.get("date")
    when = human_date(date).replace(" (year unknown)", "") if date else str(data.get("date_text") or "")
    head = ", ".join(part for part in ("Call" if data.get("event_type") == "call" else "Meeting", when,
                                       data.get("place")) if part)
    names = _attendees(graph, node)
    if not names:
        return head
    shown = " – ".join(names[:_MAX_NAMES]) + (f" +{len(names) - _MAX_NAMES}" if len(names) > _MAX_NAMES else "")
    return f"{head}: {shown}"


def _agreement_label(data: dict[str, Any]) -> str:
    kind = INSTRUMENT_NAMES.get(str(data.get("instrument") or ""), "Agreement")
    parties = [str(party) for party in data.get("parties") or ()]
    head = f"{kind} {'–'.join(parties)}" if 0 < len(parties) <= 3 else \
        f"{kind} of {len(parties)} parties" if parties else kind
    topics = list(data.get("topics") or ())
    if topics:
        return f"{head}: {', '.join(topics[:2])}"
    return head


def _organization_label(graph: nx.Graph, data: dict[str, Any]) -> str:
    label = str(data.get("label") or "")
    country = country_name(graph, data.get("country"))
    if country and country.casefold() not in label.casefold():
        return f"{label} ({country})"
    return label


def display_label(graph: nx.Graph, node: str) -> str:
    """What to write for ``node``: its label, made to tell it apart from nodes of the same kind."""
    data = graph.nodes[node]
    kind = data.get("kind")
    if kind == "meeting":
        return _meeting_label(graph, node, data)
    if kind == "agreement":
        return _agreement_label(data)
    if kind == "organization":
        return _organization_label(graph, data)
    return str(data.get("label") or node)


#: Kinds whose nodes two articles may name alike though they differ: their labels are told apart.
_TOLD_APART = frozenset({"meeting", "agreement", "organization"})


def display_labels(graph: nx.Graph, nodes: Iterable[str] | None = None) -> dict[str, str]:
    """``display_label`` of each node; meetings, agreements and organizations that two nodes would share get
    the node's date (else a number). People and countries keep their names."""
    every = list(graph if nodes is None else nodes)
    labels = {node: display_label(graph, node) for node in every}
    chosen = [node for node in every if graph.nodes[node].get("kind") in _TOLD_APART]
    counts = Counter(labels.values())
    seen: Counter = Counter()
    for node in chosen:
        label = labels[node]
        if counts[label] < 2:
            continue
        data = graph.nodes[node]
        when = human_date(data.get("start") or data.get("date"))
        seen[label] += 1
        labels[node] = f"{label} ({when})" if when and when not in label else f"{label} #{seen[label]}"
    # a date may not be enough (two agreements on one day): number what still collides
    counts = Counter(labels.values())
    seen.clear()
    for node in chosen:
        if counts[labels[node]] > 1:
            seen[labels[node]] += 1
            labels[node] = f"{labels[node]} #{seen[labels[node]]}"
    return labels
