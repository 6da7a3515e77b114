"""Download buttons for the current view, in every ``graphbuild export`` format (the CLI's functions)."""
from __future__ import annotations

import re

import networkx as nx
import streamlit as st

from graphbuild.export import FORMATS, export_bytes
from graphbuild.graph import ViewFilter
from graphbuild.resolve import fold

__all__ = ["view_stem", "file_name", "download_buttons"]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:40] or "x"


def view_stem(view: ViewFilter, *, focus_label: str | None = None) -> str:
    """A file stem that says what the view holds: ``ties_VNM-POL_2025-01_2025-12``."""
    parts = ["ties"]
    codes = [c.split(":", 1)[-1].upper() for c in view.countries]  # in the order the user chose them
    parts.append("-".join(codes) if codes else "all")
    if view.date_from or view.date_to:
        parts += [view.date_from or "start", view.date_to or "end"]
    if view.focus:
        parts.append(f"around-{_slug(focus_label or view.focus)}-r{view.radius}")
    if view.search:
        parts.append(f"search-{_slug(view.search)}")
    for name in ("topics", "statuses", "kinds"):
        values = getattr(view, name)
        if values:
            parts.append("-".join(_slug(v) for v in values)[:60])
    return "_".join(parts)


def file_name(stem: str, fmt: str) -> str:
    """``stem`` with the format's extension; formats that share an extension are told apart."""
    spec = FORMATS[fmt]
    plain = spec.extension.lstrip(".")
    return f"{stem}{spec.extension}" if fmt == plain else f"{stem}.{fmt.removesuffix('-json')}{spec.extension}"


def download_buttons(graph: nx.MultiDiGraph, view: ViewFilter, stem: str) -> None:
    """One button per format; each file is written only when its button is clicked."""
    st.caption(f"The current view: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges. "
               "The network as drawn: the PNG button above the graph.")
    columns = st.columns(3)
    for index, (name, spec) in enumerate(FORMATS.items()):
        target = file_name(stem, name)
        columns[index % 3].download_button(
            name.upper(),
            data=lambda name=name: export_bytes(graph, name, view),
            file_name=target,
            mime=spec.mime,
            key=f"dl_{name}",
            on_click="ignore",
            help=f"{spec.description}. Saves {target}",
            width="stretch",
            icon=":material/download:",
        )
