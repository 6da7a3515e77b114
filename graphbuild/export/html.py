"""A standalone HTML page of the graph, drawn by vis-network, that works offline.

pyvis's node and edge records shape the data; the page is our own, because pyvis's template links
Bootstrap from a CDN whatever its ``cdn_resources`` setting. vis-network's script and
stylesheet are read from the pyvis package and inlined: the page has no ``http(s)://``
script or stylesheet. All data (labels, tooltips) travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and vis-network
shows string tooltips as text (``innerText``) and draws labels on a canvas, so no name can
inject markup. Should anything slip through all the same, the page's Content-Security-Policy
runs only its own two scripts (by their SHA-256) and lets the page load nothing from anywhere.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
from importlib.resources import files
from string import Template
from typing import Any

import networkx as nx

from graphbuild.export.snapshot import Output, binary_output, snapshot_metadata
from graphbuild.graph.query import ViewFilter

__all__ = ["VIS_VERSION", "write_html", "vis_assets", "content_policy"]

#: The vis-network copy shipped inside pyvis that the page inlines.
VIS_VERSION = "9.1.2"

_STYLE = {  # kind → (colour, vis-network shape)
    "person": ("#4e79a7", "dot"),
    "country": ("#e15759", "square"),
    "organization": ("#76b7b2", "triangle"),
    "meeting": ("#f28e2b", "diamond"),
    "agreement": ("#59a14f", "star"),
}

_OPTIONS = {
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}, "smooth": False,
              "color": {"inherit": False, "color": "#bbbbbb"}},
    "nodes": {"font": {"size": 13}},
    "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300}},
}

# One substitution pass (string.Template): no inserted value is ever scanned for placeholders.
_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="generator" content="${generator}">
<title>${title}</title>
<style>${vis_css}</style>
<style>
body { font-family: system-ui, sans-serif; margin: 0; }
header { padding: .5em 1em; border-bottom: 1px solid #ddd; }
header h1 { font-size: 1.2em; margin: 0 0 .2em 0; }
header p, header ul { margin: .2em 0; font-size: .9em; color: #444; }
header ul { list-style: none; padding: 0; display: flex; gap: 1.2em; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .3em; vertical-align: middle; }
#graph { width: 100%; height: calc(100vh - 7em); }
div.vis-tooltip { white-space: pre-wrap; max-width: 40em; }
</style>
<script>${vis_js}</script>
</head>
<body>
<header>
<h1>${title}</h1>
<p>${summary}</p>
<p>Filters: ${filters}</p>
<ul>${legend}</ul>
</header>
<div id="graph"></div>
<script type="application/json" id="graph-data">${data}</script>
<script>${draw}</script>
</body>
</html>
"""


# The page's own script: it reads the data block (never run as script) and draws it.
_DRAW = """
var data = JSON.parse(document.getElementById("graph-data").textContent);
var network = new vis.Network(document.getElementById("graph"),
  {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}, data.options);
"""


def _script_source(script: str) -> str:
    """The CSP source that allows exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_policy(*scripts: str) -> str:
    """A Content-Security-Policy that runs only ``scripts`` and loads nothing (images only as data: URLs)."""
    allowed = " ".join(_script_source(script) for script in scripts)
    return (f"default-src 'none'; script-src {allowed}; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def vis_assets() -> tuple[str, str]:
    """The vis-network script and stylesheet shipped inside the pyvis package."""
    folder = files("pyvis") / "templates" / "lib" / f"vis-{VIS_VERSION}"
    return ((folder / "vis-network.min.js").read_text(encoding="utf-8"),
            (folder / "vis-network.css").read_text(encoding="utf-8"))


def _script_json(value: Any) -> str:
    """JSON that cannot end its ``<script>`` element or open another tag."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _tooltip(data: dict[str, Any], fields: tuple[str, ...]) -> str:
    """Plain text, one fact per line (vis-network shows it as text, never as HTML)."""
    lines = [str(data.get("label", ""))] if "label" in data else []
    for name in fields:
        value = data.get(name)
        if value in (None, "", []):
            continue
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        lines.append(f"{name}: {value}")
    return "\n".join(lines)


_NODE_FIELDS = ("kind", "country", "titles", "date", "date_text", "place", "status", "status_history",
                "instrument", "parties", "topics", "start", "end", "sources")
_EDGE_FIELDS = ("kind", "title", "organization", "date", "start", "end", "meetings", "agreements", "sources",
                "evidence")


def _network_data(graph: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    # pyvis's Node and Edge records, not Network.add_node/add_edge: those check membership
    # in a list for every call, quadratic on graphs of a few thousand nodes.
    from pyvis.edge import Edge
    from pyvis.node import Node

    nodes = []
    for node, data in graph.nodes(data=True):
        colour, shape = _STYLE.get(data.get("kind"), ("#999999", "dot"))
        nodes.append(Node(str(node), shape, label=str(data.get("label", node)), title=_tooltip(data, _NODE_FIELDS),
                          color=colour, group=data.get("kind")).options)
    edges = []
    for source, target, key, data in graph.edges(keys=True, data=True):
        width = 1 + min(int(data.get("weight", 0)), 9) if data.get("kind") == "tie" else 1
        edges.append(Edge(str(source), str(target), directed=True, id=str(key),
                          title=_tooltip(data, _EDGE_FIELDS), width=width).options)
    return nodes, edges


def write_html(graph: nx.MultiDiGraph, out: Output, *, view: ViewFilter | None = None) -> None:
    """Write ``graph`` as one self-contained HTML page, the filters and creation time in its header."""
    metadata = snapshot_metadata(view)
    nodes, edges = _network_data(graph)
    vis_js, vis_css = vis_assets()
    settings = {k: v for k, v in metadata["view"].items() if v not in (None, [], "") and k != "radius"}
    if metadata["view"].get("focus"):
        settings["radius"] = metadata["view"]["radius"]
    filters = "; ".join(f"{k}: {', '.join(v) if isinstance(v, list) else v}" for k, v in settings.items()) or "none"
    legend = "".join(f'<li><span class="swatch" style="background:{colour}"></span>{kind}</li>'
                     for kind, (colour, _) in _STYLE.items())
    page = Template(_PAGE).substitute(
        policy=html.escape(content_policy(vis_js, _DRAW)),
        generator=html.escape(metadata["generator"]),
        title="Diplomatic ties",
        summary=html.escape(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
                            f"created {metadata['created']} by {metadata['generator']}"),
        filters=html.escape(filters),
        legend=legend,
        data=_script_json({"nodes": nodes, "edges": edges, "options": _OPTIONS, "metadata": metadata}),
        vis_css=vis_css,
        vis_js=vis_js,
        draw=_DRAW,
    )
    with binary_output(out) as handle:
        handle.write(page.encode("utf-8"))
