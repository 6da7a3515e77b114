"""The format registry and the two entry points the CLI and the app use."""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.export import FORMATS, export, export_bytes


def test_registry_lists_every_format_with_extension_and_mime() -> None:
    assert list(FORMATS) == ["gexf", "graphml", "json", "csv", "html", "meetings-json"]
    for name, fmt in FORMATS.items():
        assert fmt.name == name and fmt.extension.startswith(".") and "/" in fmt.mime and callable(fmt.write)


@pytest.mark.parametrize("name", list(FORMATS))
def test_path_and_file_object_give_the_same_kind_of_file(graph: nx.MultiDiGraph, tmp_path: Path, name: str) -> None:
    path = tmp_path / "nested" / f"out{FORMATS[name].extension}"
    export(graph, name, path)
    buffer = io.BytesIO()
    export(graph, name, buffer)
    data = export_bytes(graph, name)
    assert path.read_bytes()[:64] == buffer.getvalue()[:64] == data[:64]
    assert len(data) > 1000


def test_empty_graph_exports_in_every_format() -> None:
    for name in FORMATS:
        assert export_bytes(nx.MultiDiGraph(), name)


def test_unknown_format_is_refused(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(ValueError, match="unknown export format 'pdf'"):
        export_bytes(graph, "pdf")
