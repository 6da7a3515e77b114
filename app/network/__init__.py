"""The network view: vis-network in a Streamlit bidirectional component.

Two components: one carries vis-network's script, taken from the copy pyvis ships, and never
changes (Streamlit caches its message, so the 460 kB travel once); the other draws the graph
(``graphbuild/export/network/network.js``, the script the HTML export runs too) and sends the
clicked node back to Python as its ``selected`` state.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

import networkx as nx
import streamlit as st

from graphbuild.export.html import vis_assets
from graphbuild.graph.people import OVERVIEW_OFFICIALS, PEOPLE_LIMIT
from graphbuild.export.vis import EDGE_STYLES, KIND_STYLES, NODE_SIZES, network_css, network_script, to_vis_data

__all__ = ["KIND_STYLES", "EDGE_STYLES", "DRAW_LIMIT", "PEOPLE_LIMIT", "PEOPLE_OVERVIEW", "NODE_SIZES", "network_view", "to_vis_data"]

#: Above this many nodes the browser's layout is no longer readable: ``graphbuild.graph.overview`` is drawn.
DRAW_LIMIT = 400
# PEOPLE_LIMIT (300): views of up to this many officials are drawn whole in the people network; larger
# ones show the PEOPLE_OVERVIEW officials with most meetings (graphbuild.graph.people.drawn_people).
PEOPLE_OVERVIEW = OVERVIEW_OFFICIALS  # 100: the graph file keeps the whole archive's, for the first view

_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _vis_module() -> str:
    # The UMD bundle (the copy inside pyvis, as the HTML export inlines it), run as a module,
    # sets globalThis.vis; the empty default export makes it a valid component. The source-map
    # comment goes so that nothing is ever fetched.
    script, _ = vis_assets()
    return _SOURCE_MAP.sub("", script) + "\nexport default function () {}\n"


_vis_library = st.components.v2.component("diplo_vis_library", js=_vis_module(), isolate_styles=False)
_network = st.components.v2.component("diplo_network", css=network_css(), js=network_script(),
                                      isolate_styles=False)


def network_view(
    graph: nx.Graph,
    *,
    key: str,
    selected: str | None = None,
    highlight: Iterable[str] = (),
    path: Iterable[str] = (),
    pinned: Iterable[str] = (),
    height: int = 620,
    png_name: str = "network.png",
    on_select: Callable[[], None] | None = None,
    meetings: dict[str, int] | None = None,
    vis: dict | None = None,
) -> str | None:
    """Draw ``graph``; return the id of the node last clicked (the component's ``selected`` state).

    ``meetings``: each official's meetings in the view drawn (see ``to_vis_data``); ``vis``: its
    ``to_vis_data`` made already (cached per view), instead of ``graph`` and ``meetings``;
    ``path``: nodes drawn as a path (in order), the rest dimmed; ``pinned``: nodes the layout never moves.
    """
    _vis_library(key=f"{key}_vis_library", height=1)
    data = {
        **(vis if vis is not None else to_vis_data(graph, meetings)),
        "selected": selected,
        "highlight": sorted(str(h) for h in highlight),
        "path": [str(node) for node in path],
        "pinned": [str(node) for node in pinned],
        "styles": {kind: dict(style) for kind, style in KIND_STYLES.items()},
        "edgeStyles": EDGE_STYLES,
        "height": height,
        "pngName": png_name,
    }
    result = _network(
        key=key,
        data=data,
        default={"selected": selected},
        height=height + 70,
        on_selected_change=on_select or (lambda: None),
    )
    return result.get("selected") if result is not None else None
