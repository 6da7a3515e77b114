"""A zip of ``nodes.csv`` and ``edges.csv`` (with a header row) and ``metadata.json``, for spreadsheets.

The CSV files are UTF-8 with a byte-order mark, so that Excel reads accents right. A text
cell starting with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or a line feed, or
whose first non-blank character is one of ``=+-@`` (a spreadsheet that trims cells would
see the formula), is prefixed with ``'`` so that no spreadsheet runs it as a formula (CSV
injection); the year-less date ``--07-04`` therefore reads ``'--07-04``. Read back, a cell
is the value written with that one leading ``'`` added where it was neutralised.
"""
from __future__ import annotations

import csv
import io
import json
import zipfile
from typing import Any

import networkx as nx

from graphbuild.export.snapshot import Output, binary_output, flat_graph, snapshot_metadata
from graphbuild.graph.query import ViewFilter

__all__ = ["NODE_COLUMNS", "EDGE_COLUMNS", "write_csv_zip", "neutralise"]

#: The first columns, in this order; every other attribute follows in alphabetical order.
NODE_COLUMNS = ("id", "kind", "label")
EDGE_COLUMNS = ("id", "source", "target", "kind", "start", "end")

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value: Any) -> Any:
    """A cell value no spreadsheet will evaluate: text that could start a formula gets a leading quote."""
    if isinstance(value, str) and (value.startswith(_FORMULA_STARTS) or value.lstrip().startswith(_FORMULA_STARTS)):
        return "'" + value
    return value


def _csv_bytes(rows: list[dict[str, Any]], first_columns: tuple[str, ...]) -> bytes:
    others = sorted({name for row in rows for name in row} - set(first_columns))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[*first_columns, *others], lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({name: neutralise(value) for name, value in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


def write_csv_zip(graph: nx.MultiDiGraph, out: Output, *, view: ViewFilter | None = None) -> None:
    """Write ``graph`` as a zip of nodes.csv, edges.csv and metadata.json."""
    flat = flat_graph(graph)
    nodes = [{**data, "id": node} for node, data in flat.nodes(data=True)]
    edges = [{**data, "id": key, "source": source, "target": target}
             for source, target, key, data in flat.edges(keys=True, data=True)]
    with binary_output(out) as handle, zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nodes.csv", _csv_bytes(nodes, NODE_COLUMNS))
        archive.writestr("edges.csv", _csv_bytes(edges, EDGE_COLUMNS))
        archive.writestr("metadata.json", json.dumps(snapshot_metadata(view), ensure_ascii=False, indent=1))
