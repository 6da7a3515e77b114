"""What every export format shares: the snapshot's metadata, scalar attributes, the output file."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

import networkx as nx

from graphbuild import __version__
from graphbuild.graph.query import ViewFilter

__all__ = ["LIST_SEPARATOR", "Output", "snapshot_metadata", "flat_value", "flat_graph", "binary_output"]

#: Lists of names (topics, aliases, sources) become one cell joined by this.
LIST_SEPARATOR = "; "

#: A path, or a binary file object open for writing.
Output = str | Path | IO[bytes]

# Characters XML 1.0 cannot hold at all; they only come from broken input.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# An XML reader turns a carriage return in element text into a line feed: write line feeds.
_LINE_BREAK = re.compile("\r\n?")


def _scalar_text(text: str) -> str:
    return _XML_ILLEGAL.sub("", _LINE_BREAK.sub("\n", text))


def snapshot_metadata(view: ViewFilter | None) -> dict[str, Any]:
    """What a snapshot records about itself: the filters that made it, when, and by what."""
    return {
        "generator": f"graphbuild {__version__}",
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "view": (view or ViewFilter()).to_dict(),
    }


def flat_value(value: Any) -> str | int | float | bool | None:
    """A scalar for formats without lists: lists of names joined, anything nested as JSON.

    Text loses the characters XML cannot hold (C0 controls but tab and line feed, U+FFFE,
    U+FFFF) and writes every line break as a line feed, so that the GraphML, GEXF and CSV
    files read back alike.
    """
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return _scalar_text(value)
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return _scalar_text(LIST_SEPARATOR.join(value))
    return _scalar_text(json.dumps(value, ensure_ascii=False, sort_keys=True))


def _unify_types(items: list[dict[str, Any]]) -> None:
    """One type per attribute name, as GEXF and GraphML declare it once for all nodes (or edges)."""
    types: dict[str, set[type]] = {}
    for data in items:
        for name, value in data.items():
            types.setdefault(name, set()).add(type(value))
    for name, seen in types.items():
        if len(seen) == 1:
            continue
        to_float = seen <= {int, float}
        for data in items:
            if name in data:
                data[name] = float(data[name]) if to_float else str(data[name])


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes, one type per attribute name, no None, no graph data."""
    flat = nx.MultiDiGraph()
    nodes = [(node, {k: flat_value(v) for k, v in data.items() if v is not None})
             for node, data in graph.nodes(data=True)]
    edges = [(u, v, key, {k: flat_value(val) for k, val in data.items() if val is not None})
             for u, v, key, data in graph.edges(keys=True, data=True)]
    _unify_types([data for _, data in nodes])
    _unify_types([data for *_, data in edges])
    flat.add_nodes_from(nodes)
    flat.add_edges_from(edges)
    return flat


@contextmanager
def binary_output(out: Output) -> Iterator[IO[bytes]]:
    """A binary handle on ``out``: a path is opened (and its folder made), a file object is used as is."""
    if isinstance(out, (str, Path)):
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            yield handle
    else:
        yield out
