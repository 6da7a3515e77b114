"""A standalone HTML page of the graph, drawn as the explorer draws it, that works offline.

The page draws the view as the app does (``graphbuild.export.vis``: the same colours, shapes,
labels, tooltips and legend, drawn by the same script, ``export/network/network.js``): the
people network (officials linked by their meetings) for a view of ``network`` "people", the
full graph for "full". The page is our own, not pyvis's, whose template links
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
from importlib.util import find_spec
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx

from graphbuild.export.snapshot import Output, binary_output, snapshot_metadata
from graphbuild.export.vis import EDGE_STYLES, KIND_STYLES, network_css, network_script, to_vis_data
from graphbuild.graph.people import people_network
from graphbuild.graph.query import ViewFilter, top_officials

__all__ = ["VIS_VERSION", "write_html", "vis_assets", "content_policy", "drawing"]

#: The vis-network copy shipped inside pyvis that the page inlines.
VIS_VERSION = "9.1.2"

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
#graph { padding: 0 1em; }
</style>
<style>${network_css}</style>
<script>${vis_js}</script>
</head>
<body>
<header>
<h1>${title}</h1>
<p>${summary}</p>
<p>Filters: ${filters}</p>
</header>
<div id="graph"></div>
<script type="application/json" id="graph-data">${data}</script>
<script type="module">${draw}</script>
</body>
</html>
"""


# The page's own script: the explorer's drawing module, given the data block (never run as script).
_START = """
const data = JSON.parse(document.getElementById("graph-data").textContent);
data.height = Math.max(400, window.innerHeight - document.querySelector("header").offsetHeight - 90);
draw({ data, parentElement: document.getElementById("graph"), setStateValue: () => {} }).then(() => {
  globalThis.network = document.querySelector('[data-testid="diplo-graph"]').network; // for scripts and tests
});
"""


def _draw_script() -> str:
    # network.js is an ES module whose default export draws: named here, then called.
    return network_script().replace("export default async function", "async function draw", 1) + _START


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
    # Found, not imported: importing pyvis brings IPython and jinja2 (a tenth of a second, more under load).
    folder = Path(find_spec("pyvis").submodule_search_locations[0]) / "templates" / "lib" / f"vis-{VIS_VERSION}"
    return ((folder / "vis-network.min.js").read_text(encoding="utf-8"),
            (folder / "vis-network.css").read_text(encoding="utf-8"))


def _script_json(value: Any) -> str:
    """JSON that cannot end its ``<script>`` element or open another tag."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def drawing(graph: nx.MultiDiGraph, view: ViewFilter | None) -> dict[str, Any]:
    """What the page draws of ``graph``: the app's data for the view's network (people, or the full graph)."""
    counts = dict(top_officials(graph, graph.number_of_nodes()))
    if view is None or view.network == "people":
        drawn = people_network(graph)
    else:
        drawn = graph
    return {**to_vis_data(drawn, counts), "selected": None, "highlight": [], "path": [],
            "styles": {kind: dict(style) for kind, style in KIND_STYLES.items()}, "edgeStyles": EDGE_STYLES}


def write_html(graph: nx.MultiDiGraph, out: Output, *, view: ViewFilter | None = None) -> None:
    """Write ``graph`` as one self-contained HTML page, the filters and creation time in its header."""
    metadata = snapshot_metadata(view)
    vis_js, vis_css = vis_assets()
    draw = _draw_script()
    settings = {k: v for k, v in metadata["view"].items() if v not in (None, [], "") and k != "radius"}
    if metadata["view"].get("focus"):
        settings["radius"] = metadata["view"]["radius"]
    filters = "; ".join(f"{k}: {', '.join(v) if isinstance(v, list) else v}" for k, v in settings.items()) or "none"
    page = Template(_PAGE).substitute(
        policy=html.escape(content_policy(vis_js, draw)),
        generator=html.escape(metadata["generator"]),
        title="Diplomatic ties",
        summary=html.escape(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
                            f"created {metadata['created']} by {metadata['generator']}"),
        filters=html.escape(filters),
        data=_script_json({**drawing(graph, view), "metadata": metadata}),
        vis_css=vis_css,
        network_css=network_css(),
        vis_js=vis_js,
        draw=draw,
    )
    with binary_output(out) as handle:
        handle.write(page.encode("utf-8"))
