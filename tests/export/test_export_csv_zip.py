"""CSV zip: nodes.csv and edges.csv with a header row, no cell a spreadsheet would run."""
from __future__ import annotations

import csv
import io
import json
import zipfile

import networkx as nx
import pytest

from graphbuild.export import export_bytes
from graphbuild.export.csv_zip import EDGE_COLUMNS, NODE_COLUMNS, neutralise
from graphbuild.export.snapshot import flat_graph
from graphbuild.graph import ViewFilter

FORMULA_NAME = '=HYPERLINK("http://evil.example","click")'


def read_zip(data: bytes) -> tuple[list[dict], list[dict], dict]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["edges.csv", "metadata.json", "nodes.csv"]
        nodes = list(csv.DictReader(io.StringIO(archive.read("nodes.csv").decode("utf-8-sig"))))
        edges = list(csv.DictReader(io.StringIO(archive.read("edges.csv").decode("utf-8-sig"))))
        metadata = json.loads(archive.read("metadata.json"))
    return nodes, edges, metadata


def cell(value: object) -> str:
    """What the csv module reads back for an attribute value."""
    return str(neutralise(value))


def test_csv_round_trips_through_the_csv_module(graph: nx.MultiDiGraph) -> None:
    nodes, edges, metadata = read_zip(export_bytes(graph, "csv", ViewFilter(countries=("LAO",))))
    flat = flat_graph(graph)
    assert metadata["view"]["countries"] == ["LAO"] and metadata["created"]
    assert [row["id"] for row in nodes] == list(flat.nodes)
    for row, (node, data) in zip(nodes, flat.nodes(data=True)):
        expected = {"id": node, **{k: cell(v) for k, v in data.items()}}
        assert {k: v for k, v in row.items() if v != ""} == {k: v for k, v in expected.items() if v != ""}
    assert [row["id"] for row in edges] == [key for _, _, key in flat.edges(keys=True)]
    for row, (u, v, key, data) in zip(edges, flat.edges(keys=True, data=True)):
        expected = {"id": key, "source": u, "target": v, **{k: cell(val) for k, val in data.items()}}
        assert {k: val for k, val in row.items() if val != ""} == {k: val for k, val in expected.items() if val != ""}


def test_header_rows_start_with_the_fixed_columns(graph: nx.MultiDiGraph) -> None:
    data = export_bytes(graph, "csv")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        node_header = archive.read("nodes.csv").decode("utf-8-sig").splitlines()[0].split(",")
        edge_header = archive.read("edges.csv").decode("utf-8-sig").splitlines()[0].split(",")
    assert tuple(node_header[:3]) == NODE_COLUMNS
    assert tuple(edge_header[:6]) == EDGE_COLUMNS


def test_no_cell_starts_a_formula(hostile_graph: nx.MultiDiGraph) -> None:
    nodes, edges, _ = read_zip(export_bytes(hostile_graph, "csv"))
    cells = [value for row in nodes + edges for value in row.values()]
    assert cells and not [value for value in cells if value[:1] in ("=", "+", "-", "@")]
    labels = {row["label"] for row in nodes}
    assert "'" + FORMULA_NAME in labels  # kept readable, quoted
    assert "'-2+3" in {row.get("title") for row in edges}
    assert "'--07-04" in {row.get("date") for row in nodes}


@pytest.mark.parametrize(("value", "safe"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"),
    ("Hanoi", "Hanoi"), (-1, -1), ("", ""),
])
def test_neutralise(value: object, safe: object) -> None:
    assert neutralise(value) == safe
