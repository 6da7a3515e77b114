"""The network view: vis-network in a Streamlit bidirectional component.

Two components: one carries vis-network's script, taken from the copy pyvis ships, and never
changes (Streamlit caches its message, so the 460 kB travel once); the other draws the graph
and sends the clicked node back to Python as its ``selected`` state.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import streamlit as st

from graphbuild.export.html import vis_assets

from app.text import readable_date

__all__ = ["KIND_STYLES", "DRAW_LIMIT", "NODE_SIZES", "network_view", "to_vis_data"]

#: Above this many nodes the browser's layout is no longer readable: ``graphbuild.graph.overview`` is drawn.
DRAW_LIMIT = 400

_HERE = Path(__file__).resolve().parent

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

EDGE_STYLES: dict[str, dict[str, Any]] = {
    "represents": {"color": "#86efac", "dashes": True},
    "party": {"color": "#fca5a5"},
    "signed_at": {"color": "#fca5a5"},
    "role": {"color": "#d8b4fe", "dashes": True},
    "tie": {"color": "#4ade80"},
}

_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _vis_module() -> str:
    # The UMD bundle (the copy inside pyvis, as the HTML export inlines it), run as a module,
    # sets globalThis.vis; the empty default export makes it a valid component. The source-map
    # comment goes so that nothing is ever fetched.
    script, _ = vis_assets()
    return _SOURCE_MAP.sub("", script) + "\nexport default function () {}\n"


_vis_library = st.components.v2.component("diplo_vis_library", js=_vis_module(), isolate_styles=False)
_network = st.components.v2.component(
    "diplo_network",
    css=(_HERE / "network.css").read_text(encoding="utf-8"),
    js=(_HERE / "network.js").read_text(encoding="utf-8"),
    isolate_styles=False,
)


def _kind_style(kind: str | None) -> dict[str, str]:
    return KIND_STYLES.get(kind or "", _OTHER_STYLE)


def _period(start: Any, end: Any) -> str | None:
    if start and end and start != end:
        return f"{start} \u2192 {end}"
    return str(start or end) if (start or end) else None


def _node_tooltip(graph: nx.Graph, attrs: dict[str, Any], kind: str, shown: int) -> list[str]:
    lines = [str(attrs.get("label") or ""), _kind_style(kind)["label"]]
    country = attrs.get("country")
    if country and kind != "country":
        node = f"country:{country}"
        lines.append(f"Country: {graph.nodes[node]['label'] if node in graph else country}")
    for name in ("date", "place", "status"):
        value = attrs.get(name)
        if value:
            lines.append(f"{name.capitalize()}: {str(value).replace('_', ' ')}")
    everywhere = attrs.get("meetings")
    if shown and everywhere and everywhere != shown:
        lines.append(f"Meetings: {shown} in this view ({everywhere} in all)")
    elif shown or everywhere:
        lines.append(f"Meetings: {shown or everywhere}")
    return lines


def _edge_tooltip(attrs: dict[str, Any]) -> list[str]:
    kind = str(attrs.get("kind") or "tie").replace("_", " ")
    lines = [kind.capitalize(), _period(attrs.get("start"), attrs.get("end")) or "date unknown"]
    if attrs.get("title"):
        lines.append(str(attrs["title"]))
    if attrs.get("kind") == "tie":
        lines.append(f"{attrs.get('meetings', 0)} meeting(s), {attrs.get('agreements', 0)} agreement(s)")
    return lines


def _meeting_count(graph: nx.Graph, node: Any, attrs: dict[str, Any]) -> int:
    if "meetings" in attrs:
        return int(attrs["meetings"] or 0)
    return sum(1 for other in graph.neighbors(node) if graph.nodes[other].get("kind") == "meeting")


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


#: Node radii in pixels: a node with no meeting, and the one with most meetings in the drawing.
NODE_SIZES = (10.0, 40.0)


def to_vis_data(graph: nx.Graph, meetings: dict[str, int] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Nodes and edges of ``graph`` as the component draws them: ids, text, size, tooltip lines.

    A node's area grows with its meetings relative to the busiest node drawn: in an archive an
    official met 13,000 times would otherwise cover the whole network. ``meetings`` counts them
    in the view the drawing stands for (an aggregated drawing has no meetings of its own to
    count), for the nodes it names; the others count their meetings in the whole store.
    """
    counts = {node: meetings[node] if meetings is not None and node in meetings else
              _meeting_count(graph, node, attrs) for node, attrs in graph.nodes(data=True)}
    most = max(counts.values(), default=0) or 1
    smallest, largest = NODE_SIZES
    nodes = []
    for node, attrs in graph.nodes(data=True):
        kind = attrs.get("kind") or "other"
        label = str(attrs.get("label") or node)
        count = counts[node]
        if kind == "meeting":
            # The people are drawn beside it: the date tells meetings apart.
            shown = readable_date(attrs.get("date")) or str(attrs.get("date_text") or "meeting")
        elif kind == "agreement":
            shown = _short(label)
        else:
            shown = label
        nodes.append(
            {
                "id": str(node),
                "kind": kind,
                "label": shown,
                "size": round(smallest + (largest - smallest) * (count / most) ** 0.5, 1),
                "tooltip": _node_tooltip(graph, {**attrs, "label": label}, kind, count),
            }
        )
    edges = []
    for index, (a, b, attrs) in enumerate(graph.edges(data=True)):
        edges.append(
            {
                "id": f"e{index}:{a}|{b}",
                "from": str(a),
                "to": str(b),
                "kind": attrs.get("kind") or "tie",
                "tooltip": _edge_tooltip(attrs),
                "width": round(min(8.0, 1 + float(attrs.get("weight") or 0) ** 0.5), 1) if attrs.get("weight") else 1,
            }
        )
    return {"nodes": nodes, "edges": edges}


def network_view(
    graph: nx.Graph,
    *,
    key: str,
    selected: str | None = None,
    highlight: Iterable[str] = (),
    height: int = 620,
    png_name: str = "network.png",
    on_select: Callable[[], None] | None = None,
    meetings: dict[str, int] | None = None,
) -> str | None:
    """Draw ``graph``; return the id of the node last clicked (the component's ``selected`` state).

    ``meetings``: each official's meetings in the view drawn (see ``to_vis_data``).
    """
    _vis_library(key=f"{key}_vis_library", height=1)
    data = {
        **to_vis_data(graph, meetings),
        "selected": selected,
        "highlight": sorted(str(h) for h in highlight),
        "styles": {kind: dict(style) for kind, style in KIND_STYLES.items()},
        "edgeStyles": EDGE_STYLES,
        "height": height,
        "pngName": png_name,
    }
    result = _network(
        key=key,
        data=data,
        default={"selected": selected},
        height=height + 40,
        on_selected_change=on_select or (lambda: None),
    )
    return result.get("selected") if result is not None else None
