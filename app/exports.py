"""Download buttons for the current view, in every ``graphbuild export`` format (the CLI's functions)."""
from __future__ import annotations

import networkx as nx
import streamlit as st

from graphbuild.export import FORMATS, export_bytes, snapshot_name
from graphbuild.graph import ViewFilter, edge_count

__all__ = ["download_buttons"]


def download_buttons(graph: nx.MultiDiGraph, view: ViewFilter, *, focus_label: str | None = None) -> None:
    """One button per format; each file is written only when its button is clicked."""
    st.caption(f"The current view: {graph.number_of_nodes()} nodes, {edge_count(graph)} edges. "
               "The network as drawn: the PNG button above the graph.")
    columns = st.columns(3)
    for index, (name, spec) in enumerate(FORMATS.items()):
        target = snapshot_name(view, name, focus_label=focus_label)
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
