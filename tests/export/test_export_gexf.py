"""GEXF 1.3: valid against the schema, read back by networkx, dates as Gephi time intervals."""
from __future__ import annotations

import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import networkx as nx

from graphbuild.export import write_gexf
from graphbuild.export.gexf import NAMESPACE
from graphbuild.export.snapshot import flat_graph
from graphbuild.graph import ViewFilter
from graphbuild.graph.dates import interval


def expected(data: dict) -> dict:
    """What a GEXF reader gets back: scalar attributes, dates widened to whole days."""
    result = dict(data)
    start, end = interval(data.get("start"), data.get("end"))
    for bound, value in (("start", start), ("end", end)):
        result.pop(bound, None)
        if value:
            result[bound] = value
    if "weight" in result:
        result["weight"] = float(result["weight"])
    return result


def test_gexf_validates_against_the_1_3_schema(graph: nx.MultiDiGraph, tmp_path: Path, gexf_schema) -> None:
    path = tmp_path / "graph.gexf"
    write_gexf(graph, path, view=ViewFilter(countries=("VNM",)))
    assert list(gexf_schema.iter_errors(str(path))) == []


def test_hostile_names_still_validate(hostile_graph: nx.MultiDiGraph, gexf_schema) -> None:
    buffer = io.BytesIO()
    write_gexf(hostile_graph, buffer)
    assert list(gexf_schema.iter_errors(io.BytesIO(buffer.getvalue()))) == []


def test_networkx_own_1_3_writer_does_not_validate(graph: nx.MultiDiGraph, gexf_schema) -> None:
    """Why write_gexf exists: should this start failing, networkx's writer may be usable again."""
    buffer = io.BytesIO()
    nx.write_gexf(flat_graph(graph), buffer, version="1.3")
    assert list(gexf_schema.iter_errors(io.BytesIO(buffer.getvalue()))) != []


def test_gexf_round_trips_through_networkx(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    write_gexf(graph, path)
    back = nx.read_gexf(path)
    flat = flat_graph(graph)
    assert set(back.nodes) == set(flat.nodes)
    for node, data in flat.nodes(data=True):
        assert back.nodes[node] == expected(data), node
    edges = {key: (u, v, data) for u, v, key, data in back.edges(keys=True, data=True)}
    assert len(edges) == flat.number_of_edges()
    for u, v, key, data in flat.edges(keys=True, data=True):
        read_u, read_v, read_data = edges[key]
        assert (read_u, read_v) == (u, v)
        assert read_data.pop("id") == key
        assert read_data == expected(data), key


def test_dates_are_time_intervals_and_year_less_dates_are_left_out(graph: nx.MultiDiGraph) -> None:
    buffer = io.BytesIO()
    write_gexf(graph, buffer)
    root = ET.fromstring(buffer.getvalue())
    ns = {"g": NAMESPACE}
    graph_element = root.find("g:graph", ns)
    assert (graph_element.get("mode"), graph_element.get("timeformat")) == ("dynamic", "date")
    nodes = {n.get("id"): n for n in root.iterfind("g:graph/g:nodes/g:node", ns)}
    agreement = nodes["agreement:agreement-sgp-vnm-extradition"]
    assert (agreement.get("start"), agreement.get("end")) == ("2023-11-01", "2025-06-10")
    year_less = [n for node_id, n in nodes.items() if graph.nodes[node_id].get("date") == "--07-04"]
    assert year_less and all(n.get("start") is None and n.get("end") is None for n in year_less)
    edge = next(e for e in root.iterfind("g:graph/g:edges/g:edge", ns) if e.get("id") == "country:SGP>tie>country:VNM")
    assert (edge.get("start"), edge.get("end"), edge.get("kind"), edge.get("weight")) == (
        "2022-10-17", "2025-06-10", "tie", "10")


def test_metadata_records_the_view_and_creation_time(graph: nx.MultiDiGraph) -> None:
    buffer = io.BytesIO()
    view = ViewFilter(date_from="2023", countries=("VNM",), focus="person:to-lam", radius=2)
    write_gexf(graph, buffer, view=view)
    root = ET.fromstring(buffer.getvalue())
    description = root.find(f"{{{NAMESPACE}}}meta/{{{NAMESPACE}}}description").text
    metadata = json.loads(description)
    assert ViewFilter.from_dict(metadata["view"]) == view
    assert metadata["created"][:4].isdigit() and "T" in metadata["created"]
