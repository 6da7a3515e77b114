"""What a drawing of the graph shows, the same in the explorer, its PNG and the HTML export.

Colours and shapes per kind of node and edge, the labels (``graphbuild.graph.labels``), the
tooltips as lines of text, node sizes, the order in which labels are given room, and the
legend of exactly what is drawn. ``graphbuild/export/network/network.js`` draws it with
vis-network, in the app (a Streamlit component) and in the exported page.
"""
from __future__ import annotations

from importlib.resources import files
from typing import Any

import networkx as nx

from graphbuild.graph.dates import human_date
from graphbuild.graph.labels import STATUS_NAMES, country_name, display_labels

__all__ = ["KIND_STYLES", "EDGE_STYLES", "NODE_SIZES", "to_vis_data", "legend", "network_script", "network_css"]

# One colour and one shape per kind; `symbol` is the legend's glyph for the shape.
KIND_STYLES: dict[str, dict[str, str]] = {
    "person": {"label": "Official", "plural": "Officials", "color": "#2563eb", "shape": "dot", "symbol": "\u25cf"},
    "country": {"label": "Country", "plural": "Countries", "color": "#16a34a", "shape": "square", "symbol": "\u25a0"},
    "organization": {"label": "Organization", "plural": "Organizations", "color": "#9333ea", "shape": "hexagon",
                     "symbol": "\u2b22"},
    "meeting": {"label": "Meeting", "plural": "Meetings", "color": "#f59e0b", "shape": "triangle", "symbol": "\u25b2"},
    "agreement": {"label": "Agreement", "plural": "Agreements", "color": "#dc2626", "shape": "star",
                  "symbol": "\u2605"},
}
_OTHER_STYLE = {"label": "Other", "plural": "Others", "color": "#6b7280", "shape": "dot", "symbol": "\u25cf"}

# Edges: colour, dashes, and what the legend calls them.
EDGE_STYLES: dict[str, dict[str, Any]] = {
    "met": {"color": "#60a5fa", "label": "Met (wider: more meetings)"},
    "attended": {"color": "#9aa5b8", "label": "Attended"},
    "involves": {"color": "#cbd5e1", "label": "Involves the country"},
    "represents": {"color": "#86efac", "dashes": True, "label": "Represents"},
    "role": {"color": "#d8b4fe", "dashes": True, "label": "Holds a post in"},
    "party": {"color": "#fca5a5", "label": "Party to"},
    "signed_at": {"color": "#fca5a5", "label": "Signed at"},
    "signed": {"color": "#fca5a5", "label": "Signed"},
    "tie": {"color": "#4ade80", "label": "Country tie (wider: more)"},
}
_OTHER_EDGE = {"color": "#9aa5b8", "label": "Link"}

#: Node radii in pixels: a node with no meeting, and the one with most meetings in the drawing.
NODE_SIZES = (10.0, 40.0)
#: The evidence a tooltip quotes, at most (the details panel has it in full).
_EVIDENCE_CHARS = 300
#: The dates an edge's tooltip lists before saying how many more there are.
_TOOLTIP_DATES = 5


def _kind_style(kind: str | None) -> dict[str, str]:
    return KIND_STYLES.get(kind or "", _OTHER_STYLE)


def _period(start: Any, end: Any) -> str | None:
    if start and end and start != end:
        return f"{human_date(str(start))} \u2192 {human_date(str(end))}"
    return human_date(str(start or end)) if (start or end) else None


def _node_tooltip(graph: nx.Graph, attrs: dict[str, Any], label: str, kind: str, shown: int) -> list[str]:
    lines = [label, _kind_style(kind)["label"]]
    if attrs.get("label") and attrs["label"] != label and kind == "agreement":
        lines.append(str(attrs["label"]))  # the name as written, beside the short label
    country = attrs.get("country")
    if country and kind != "country":
        lines.append(f"Country: {country_name(graph, country)}")
    if attrs.get("date"):
        lines.append(f"Date: {human_date(attrs['date'])}")
    if attrs.get("place"):
        lines.append(f"Place: {attrs['place']}")
    if attrs.get("status"):
        lines.append(f"Status: {STATUS_NAMES.get(attrs['status'], str(attrs['status']).replace('_', ' '))}")
    if kind in ("meeting", "agreement") and attrs.get("evidence"):
        sentence = str(attrs["evidence"][0])
        lines.append("\u201c" + (sentence if len(sentence) <= _EVIDENCE_CHARS else
                                   sentence[:_EVIDENCE_CHARS - 1] + "\u2026") + "\u201d")
    everywhere = attrs.get("meetings")
    if shown and everywhere and everywhere != shown:
        lines.append(f"Meetings: {shown} in this view ({everywhere} in all)")
    elif shown or everywhere:
        lines.append(f"Meetings: {shown or everywhere}")
    return lines


def _edge_tooltip(graph: nx.Graph, a: Any, b: Any, attrs: dict[str, Any]) -> list[str]:
    kind = str(attrs.get("kind") or "tie")
    if kind == "met":
        names = f"{graph.nodes[a].get('label', a)} \u2013 {graph.nodes[b].get('label', b)}"
        count = int(attrs.get("meetings") or 0)
        lines = [names, f"{count} meeting{'s' if count != 1 else ''}"]
        dates = attrs.get("dates") or []
        for entry in dates[:_TOOLTIP_DATES]:
            lines.append(", ".join(part for part in (human_date(entry.get("date")) or "date unknown",
                                                     entry.get("place")) if part))
        if len(dates) > _TOOLTIP_DATES:
            lines.append(f"\u2026 and {len(dates) - _TOOLTIP_DATES} more")
        return lines
    lines = [kind.replace("_", " ").capitalize(), _period(attrs.get("start"), attrs.get("end")) or "date unknown"]
    if attrs.get("title"):
        lines.append(str(attrs["title"]))
    if kind == "tie":
        lines.append(f"{attrs.get('meetings', 0)} meeting(s), {attrs.get('agreements', 0)} agreement(s)")
    return lines


def _meeting_count(graph: nx.Graph, node: Any, attrs: dict[str, Any]) -> int:
    if "meetings" in attrs:
        return int(attrs["meetings"] or 0)
    return sum(1 for other in nx.all_neighbors(graph, node) if graph.nodes[other].get("kind") == "meeting")


def _edge_width(attrs: dict[str, Any]) -> float:
    weight = attrs.get("weight")
    return round(min(8.0, 1 + float(weight) ** 0.5), 1) if weight else 1


def to_vis_data(graph: nx.Graph, meetings: dict[str, int] | None = None) -> dict[str, Any]:
    """Nodes, edges and legend of ``graph`` as the drawing shows them: ids, labels, sizes, tooltip lines.

    A node's area grows with its meetings relative to the busiest node drawn: in an archive an
    official met 13,000 times would otherwise cover the whole network. ``meetings`` counts them
    in the view the drawing stands for, for the nodes it names; the others count their
    meetings in the whole store. ``rank`` orders the nodes by meetings (0: the most): labels
    are given room in that order.
    """
    counts = {node: meetings[node] if meetings is not None and node in meetings else
              _meeting_count(graph, node, attrs) for node, attrs in graph.nodes(data=True)}
    most = max(counts.values(), default=0) or 1
    smallest, largest = NODE_SIZES
    labels = display_labels(graph)
    order = sorted(graph, key=lambda node: (-counts[node], graph.nodes[node].get("kind") != "country", labels[node]))
    rank = {node: index for index, node in enumerate(order)}
    nodes = []
    for node, attrs in graph.nodes(data=True):
        kind = attrs.get("kind") or "other"
        count = counts[node]
        nodes.append({
            "id": str(node),
            "kind": kind,
            "label": labels[node],
            "rank": rank[node],
            "size": round(smallest + (largest - smallest) * (count / most) ** 0.5, 1),
            "tooltip": _node_tooltip(graph, attrs, labels[node], kind, count),
        })
    edges = []
    for index, (a, b, attrs) in enumerate(graph.edges(data=True)):
        edges.append({
            "id": f"e{index}:{a}|{b}",
            "from": str(a),
            "to": str(b),
            "kind": attrs.get("kind") or "tie",
            "start": attrs.get("start"),
            "end": attrs.get("end"),
            "tooltip": _edge_tooltip(graph, a, b, attrs),
            "width": _edge_width(attrs),
        })
    return {"nodes": nodes, "edges": edges, "legend": legend(nodes, edges)}


def legend(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per kind of node and of edge that is drawn (and none for what is not), in a fixed order."""
    node_kinds = {node["kind"] for node in nodes}
    edge_kinds = {edge["kind"] for edge in edges}
    entries = [{"what": "node", "kind": kind, "label": style["plural"], "symbol": style["symbol"],
                "color": style["color"]} for kind, style in KIND_STYLES.items() if kind in node_kinds]
    entries += [{"what": "edge", "kind": kind, "label": EDGE_STYLES.get(kind, _OTHER_EDGE)["label"],
                 "color": EDGE_STYLES.get(kind, _OTHER_EDGE)["color"],
                 "dashes": bool(EDGE_STYLES.get(kind, _OTHER_EDGE).get("dashes"))}
                for kind in [*EDGE_STYLES, *sorted(edge_kinds - set(EDGE_STYLES))] if kind in edge_kinds]
    return entries


def _asset(name: str) -> str:
    return (files("graphbuild.export") / "network" / name).read_text(encoding="utf-8")


def network_script() -> str:
    """The drawing's script (an ES module whose default export draws ``data`` into ``parentElement``)."""
    return _asset("network.js")


def network_css() -> str:
    """The drawing's stylesheet."""
    return _asset("network.css")
