"""GEXF 1.3, the format Gephi reads, with dates as time intervals for Gephi's timeline.

Written here rather than by ``networkx.write_gexf``, whose 1.3 output does not validate
against the 1.3 schema (a misspelt XML Schema namespace and a ``name`` attribute on
``<graph>``). Nodes and edges carry ``start``/``end`` as whole days: a month-precise start
becomes the month's first day, a month-precise end its last day; a date without a year
(``--MM-DD``) gives no interval and stays readable in the ``date`` attribute. The snapshot's
metadata (filters, creation time) is the JSON text of ``<meta><description>``.
"""
from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree as ET

import networkx as nx

from graphbuild.export.snapshot import Output, binary_output, flat_graph, snapshot_metadata
from graphbuild.graph.dates import interval
from graphbuild.graph.query import ViewFilter

__all__ = ["NAMESPACE", "write_gexf"]

NAMESPACE = "http://gexf.net/1.3"

# Written as XML attributes of <node>/<edge>, not as <attvalue>s.
_NODE_RESERVED = frozenset({"label", "start", "end"})
_EDGE_RESERVED = frozenset({"start", "end", "weight"})
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _declare(graph_element: ET.Element, scope: str, items: list[dict[str, Any]], reserved: frozenset) -> dict[str, str]:
    """Declare one ``<attribute>`` per attribute name; return name → GEXF attribute id."""
    types: dict[str, str] = {}
    for data in items:
        for name, value in data.items():
            if name not in reserved:
                types.setdefault(name, _TYPES[type(value)])
    if not types:
        return {}
    element = ET.SubElement(graph_element, "attributes", {"class": scope, "mode": "static"})
    ids = {}
    for number, name in enumerate(sorted(types)):
        ids[name] = f"{scope[0]}{number}"
        ET.SubElement(element, "attribute", {"id": ids[name], "title": name, "type": types[name]})
    return ids


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _attvalues(element: ET.Element, data: dict[str, Any], ids: dict[str, str]) -> None:
    values = [(ids[name], value) for name, value in data.items() if name in ids]
    if values:
        container = ET.SubElement(element, "attvalues")
        for attribute_id, value in values:
            ET.SubElement(container, "attvalue", {"for": attribute_id, "value": _text(value)})


def _set_interval(attributes: dict[str, str], data: dict[str, Any]) -> None:
    start, end = interval(data.get("start"), data.get("end"))
    if start:
        attributes["start"] = start
    if end:
        attributes["end"] = end


def write_gexf(graph: nx.MultiDiGraph, out: Output, *, view: ViewFilter | None = None) -> None:
    """Write ``graph`` as GEXF 1.3; ``view`` (the filter that made it) goes into the metadata."""
    metadata = snapshot_metadata(view)
    flat = flat_graph(graph)
    root = ET.Element("gexf", {"xmlns": NAMESPACE, "version": "1.3"})
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": metadata["created"][:10]})
    ET.SubElement(meta, "creator").text = metadata["generator"]
    ET.SubElement(meta, "description").text = json.dumps(metadata, ensure_ascii=False)
    graph_element = ET.SubElement(root, "graph", {
        "defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date", "timerepresentation": "interval",
    })
    node_ids = _declare(graph_element, "node", [d for _, d in flat.nodes(data=True)], _NODE_RESERVED)
    edge_ids = _declare(graph_element, "edge", [d for *_, d in flat.edges(keys=True, data=True)], _EDGE_RESERVED)

    nodes = ET.SubElement(graph_element, "nodes", {"count": str(flat.number_of_nodes())})
    for node, data in flat.nodes(data=True):
        attributes = {"id": str(node), "label": " ".join(str(data.get("label", node)).split())}
        _set_interval(attributes, data)
        _attvalues(ET.SubElement(nodes, "node", attributes), data, node_ids)

    edges = ET.SubElement(graph_element, "edges", {"count": str(flat.number_of_edges())})
    for source, target, key, data in flat.edges(keys=True, data=True):
        attributes = {"id": str(key), "source": str(source), "target": str(target)}
        if "kind" in data:
            # Gephi's edge type. Gephi merges parallel edges of one type, so each title held in
            # an organization is its own type: the person's timeline survives the import.
            kind = str(data["kind"])
            kind = f"{kind}: {data['title']}" if kind == "role" and "title" in data else kind
            attributes["kind"] = " ".join(kind.split())
        if "weight" in data:
            attributes["weight"] = _text(data["weight"])
        _set_interval(attributes, data)
        _attvalues(ET.SubElement(edges, "edge", attributes), data, edge_ids)

    ET.indent(root)
    with binary_output(out) as handle:
        ET.ElementTree(root).write(handle, encoding="utf-8", xml_declaration=True)
