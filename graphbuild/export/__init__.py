"""Snapshots of the graph, one module per format, all with one signature.

``write_<format>(graph, out, *, view=None)`` writes ``graph`` (already filtered: the view
the user chose) to ``out``, a path or a binary file object; ``view`` is the ``ViewFilter``
that produced it, recorded with the creation time in the snapshot's metadata. ``FORMATS``
lists them with their file extension and MIME type; ``export`` and ``export_bytes``
(for download buttons) pick one by name.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx

from graphbuild.export.csv_zip import write_csv_zip
from graphbuild.export.gexf import write_gexf
from graphbuild.export.graphml import write_graphml
from graphbuild.export.html import write_html
from graphbuild.export.json_graph import write_json_graph
from graphbuild.export.meetings_json import write_meetings_json
from graphbuild.export.naming import snapshot_name, snapshot_stem
from graphbuild.export.snapshot import Output
from graphbuild.graph.query import ViewFilter

__all__ = [
    "Format",
    "FORMATS",
    "export",
    "export_bytes",
    "snapshot_name",
    "snapshot_stem",
    "write_gexf",
    "write_graphml",
    "write_json_graph",
    "write_csv_zip",
    "write_html",
    "write_meetings_json",
]


@dataclass(frozen=True, slots=True)
class Format:
    """An export format: its name, file extension, MIME type and writer."""

    name: str
    extension: str
    mime: str
    write: Callable[..., None]
    description: str


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("gexf", ".gexf", "application/gexf+xml", write_gexf, "GEXF 1.3 for Gephi, dates as time intervals"),
    Format("graphml", ".graphml", "application/graphml+xml", write_graphml, "GraphML for Cytoscape, yEd, igraph"),
    Format("json", ".json", "application/json", write_json_graph, "node-link JSON (networkx node_link_graph)"),
    Format("csv", ".zip", "application/zip", write_csv_zip, "zip of nodes.csv and edges.csv for spreadsheets"),
    Format("html", ".html", "text/html", write_html, "standalone offline page drawn with vis-network"),
    Format("meetings-json", ".json", "application/json", write_meetings_json,
           "meetings and agreements per article, the extract shape"),
)}


def _format(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown export format {name!r}; expected one of {', '.join(FORMATS)}") from None


def export(graph: nx.MultiDiGraph, fmt: str, out: Output, *, view: ViewFilter | None = None) -> None:
    """Write ``graph`` in format ``fmt`` (a key of ``FORMATS``) to ``out``."""
    _format(fmt).write(graph, out, view=view)


def export_bytes(graph: nx.MultiDiGraph, fmt: str, view: ViewFilter | None = None) -> bytes:
    """The bytes of ``graph`` in format ``fmt``: what a download button serves."""
    buffer = io.BytesIO()
    export(graph, fmt, buffer, view=view)
    return buffer.getvalue()
