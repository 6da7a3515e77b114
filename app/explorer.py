"""Diplomatic Ties Explorer: the Streamlit page. Start it with ``graphbuild serve``.

The page only arranges widgets: the store, the graph and every question asked of it come
from ``graphbuild``; ``app.cached`` keeps what is slow to make.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

# `streamlit run app/explorer.py` puts app/ on the path, not the project: the app's own
# modules are imported as the `app` package.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import networkx as nx  # noqa: E402
import streamlit as st  # noqa: E402

from graphbuild.export import snapshot_stem  # noqa: E402
from graphbuild.graph import filter_choices, find_nodes, overview, top_officials  # noqa: E402

from app import cached  # noqa: E402
from app.curation import merge_section, overrides_section, upload_section  # noqa: E402
from app.details import details_panel  # noqa: E402
from app.exports import download_buttons  # noqa: E402
from app.network import DRAW_LIMIT, network_view  # noqa: E402
from app.text import plain  # noqa: E402
from app.ties import bilateral_section, monthly_chart  # noqa: E402
from app.view import read_url, sidebar_filters, write_url  # noqa: E402

NETWORK_KEY = "network"


def current_selection(graph: nx.MultiDiGraph, from_url: str | None) -> str | None:
    """The node selected in the network (its component's state), or the URL's on a session's first run."""
    state = st.session_state.get(NETWORK_KEY)
    selected = state.get("selected") if state is not None else from_url
    return selected if selected in graph else None


def select(node: str | None) -> None:
    """Make ``node`` the network's selection (from a widget callback, before the network is drawn)."""
    if NETWORK_KEY in st.session_state:
        st.session_state[NETWORK_KEY]["selected"] = node


def _open_official() -> None:
    select(st.session_state.get("f_open"))
    st.session_state["f_open"] = None


def official_picker(view: nx.MultiDiGraph, search: str | None) -> None:
    """Under the search box: the officials whose name matches, to open one without finding it in the graph."""
    if not search:
        return
    found = sorted(find_nodes(view, search, ("person",), partial=True), key=lambda node: view.nodes[node]["label"])
    if found:
        st.sidebar.selectbox(f"Open an official ({len(found)} found)", found, index=None, key="f_open",
                             format_func=lambda node: view.nodes[node]["label"], on_change=_open_official,
                             placeholder="Choose to see the details")
    else:
        st.sidebar.caption("No official matches.")


def meetings_in_view(view: nx.MultiDiGraph) -> dict[str, int]:
    """Each official's meetings in ``view``: what their node's size and tooltip tell."""
    return dict(top_officials(view, view.number_of_nodes()))


def neighbourhood(graph: nx.MultiDiGraph, node: str | None) -> list[str]:
    """The selected node and its neighbours: what the network highlights."""
    if node is None or node not in graph:
        return []
    return [node, *nx.all_neighbors(graph, node)]


def main() -> None:
    """Draw the page."""
    st.set_page_config(page_title="Diplomatic Ties Explorer", layout="wide")  # no page_icon: it would be fetched online
    db = cached.db_path()
    stamp = cached.store_stamp(db)
    graph = cached.full_graph(str(db), stamp)
    counts = cached.store_counts(str(db), stamp)
    choices = filter_choices(graph)

    from_url = read_url(choices)
    selected = current_selection(graph, from_url)
    selected_label = graph.nodes[selected]["label"] if selected else None
    view = sidebar_filters(choices, selected, selected_label)
    shown = cached.view_graph(str(db), stamp, view)
    official_picker(shown, view.search)
    with st.sidebar.expander("Store"):
        st.caption(plain(str(db)))
        if cached.read_only():
            st.caption("Read-only explorer: no upload, no curation.")
        st.caption(f"{counts['articles']} articles · {counts['meetings']} meetings · {counts['people']} people · "
                   f"{counts['agreements']} agreements · {counts['overrides']} overrides")

    st.title("Diplomatic Ties Explorer", anchor=False)
    kinds = Counter(kind for _, kind in shown.nodes(data="kind"))
    st.caption(f"This view: {kinds['person']} officials, {kinds['country']} countries, {kinds['meeting']} meetings, "
               f"{kinds['agreement']} agreements from {counts['articles']} articles.")
    # Notices come and go: one container keeps their place, so that the network after them is never
    # remounted (which would lay it out again).
    notices = st.container()
    if st.session_state.get("_url_error"):
        notices.warning(st.session_state.pop("_url_error"))
    if counts["articles"] == 0:
        notices.info("The store is empty: " + ("fill it with `graphbuild ingest`." if cached.read_only() else
                     "add articles in **Add articles** below, or start with `graphbuild serve`, which fills an "
                     "empty store from seeds/."))
    drawn, aggregated = overview(shown, limit=DRAW_LIMIT)
    if aggregated:
        drawn_kinds = Counter(kind for _, kind in drawn.nodes(data="kind"))
        notices.info(f"This view has {shown.number_of_nodes()} nodes, more than the browser can lay out readably "
                     f"({DRAW_LIMIT}): the network shows an aggregated view, its {drawn_kinds['country']} countries "
                     f"and {drawn_kinds['person']} most active officials. Narrow the filters or focus on a node to "
                     f"see meetings and agreements; the downloads hold the whole view.")

    left, right = st.columns([3, 2], gap="medium")
    with left:
        network_view(drawn, key=NETWORK_KEY, selected=selected, highlight=neighbourhood(drawn, selected),
                     png_name=f"{snapshot_stem(view, focus_label=selected_label)}.png", height=600,
                     meetings=meetings_in_view(shown) if kinds["meeting"] else None)
    with right:
        details_panel(graph, selected, on_clear=lambda: select(None))

    editable = not cached.read_only()  # `graphbuild serve --read-only`: nothing that writes is offered
    timeline, bilateral, downloads, *writing = st.tabs(
        ["Timeline", "Bilateral ties", "Export", *(["Add articles", "Merge officials"] if editable else [])])
    with timeline:
        st.caption("Meetings per month in the current view.")
        monthly_chart(shown)
    with bilateral:
        bilateral_section(graph, choices.countries)
    with downloads:
        download_buttons(shown, view, focus_label=selected_label)
    if editable:
        articles, curate = writing
        with articles:
            upload_section(db)
        with curate:
            merge_section(db, stamp, graph)
            overrides_section(db, stamp)
    write_url(view, selected)


main()
