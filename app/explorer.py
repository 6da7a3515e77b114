"""Diplomatic Ties Explorer: the Streamlit page. Start it with ``graphbuild serve``.

The page only arranges widgets: the store, the graph and every question asked of it come
from ``graphbuild``; ``app.cached`` keeps what is slow to make.
"""
from __future__ import annotations

import dataclasses
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
from graphbuild.export.first_view import FirstView  # noqa: E402
from graphbuild.graph import ViewFilter, filter_choices, kind_counts, meetings_without_year  # noqa: E402
from graphbuild.graph.search import search as search_names  # noqa: E402

from app import cached  # noqa: E402
from app.curation import merge_section, overrides_section, upload_section  # noqa: E402
from app.details import details_panel  # noqa: E402
from app.exports import download_buttons  # noqa: E402
from app.analysis import arranged, arrangement, current_path, path_nodes, path_section, rankings_section  # noqa: E402
from app.network import DRAW_LIMIT, PEOPLE_LIMIT, PEOPLE_OVERVIEW, network_view  # noqa: E402
from app.text import plain  # noqa: E402
from app.ties import bilateral_section, monthly_chart  # noqa: E402
from app.view import KEYS, drawn_kinds, read_url, sidebar_filters, write_url  # noqa: E402

NETWORK_KEY = "network"
TABS_KEY = "tab"

# Evidence sentences wrap in full; an article's highlighted facts stand out.
PAGE_STYLE = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 2.5rem; }
.diplo-evidence { border-left: 3px solid #f59e0b; padding: 0.2rem 0.7rem; margin: 0.2rem 0 0.4rem 0;
  white-space: normal; overflow-wrap: anywhere; font-style: italic; }
.diplo-article p { margin: 0 0 0.6rem 0; line-height: 1.5; }
.diplo-article mark { background: #fde68a; padding: 0 0.1rem; }
</style>"""


def current_selection(graph: nx.MultiDiGraph, from_url: str | None) -> str | None:
    """The node selected in the network (its component's state), or the URL's on a session's first run."""
    state = st.session_state.get(NETWORK_KEY)
    selected = state.get("selected") if state is not None else from_url
    return selected if selected in graph else None


def select(node: str | None) -> None:
    """Make ``node`` the network's selection (from a widget callback, before the network is drawn)."""
    if NETWORK_KEY in st.session_state:
        st.session_state[NETWORK_KEY]["selected"] = node


def _open_found() -> None:
    found = st.session_state.get("f_open")
    st.session_state["f_open"] = None
    if found is None:
        return
    kind, _, value = found.partition("|")
    if kind == "topic":
        topics = st.session_state.get(KEYS["topics"]) or []
        st.session_state[KEYS["topics"]] = [*topics, value] if value not in topics else topics
    else:
        select(value)


def search_picker(graph: nx.MultiDiGraph, search: str | None) -> None:
    """Under the search box: what the search finds (close names too), to open an official, a country or an
    agreement, or to filter on a topic."""
    if not search:
        return
    found = search_names(graph, search, limit=25)
    if not found:
        st.sidebar.caption("Nothing matches.")
        return
    options = {f"{row['kind']}|{row['id']}": row for row in found}
    names = {"person": "official", "country": "country", "organization": "organization", "agreement": "agreement",
             "topic": "topic: filter on it"}
    st.sidebar.selectbox(f"Open ({len(found)} found)", list(options), index=None, key="f_open",
                         format_func=lambda key: f"{options[key]['label']} ({names[options[key]['kind']]})",
                         on_change=_open_found, placeholder="Choose to see the details")


def neighbourhood(graph: nx.Graph | None, node: str | None) -> list[str]:
    """The selected node and its neighbours: what the network highlights."""
    if graph is None or node is None or node not in graph:
        return []
    return [node, *nx.all_neighbors(graph, node)]


def first_view(db: Path, stamp: tuple) -> FirstView | None:
    """What this run may draw before the store's graph is ready: a visitor's first page (no link's filters,
    nothing chosen yet) while the server is still loading the graph, from the first view kept in its file."""
    if cached.graph_ready(str(db), stamp) or st.query_params or st.session_state:
        return None
    return cached.first_view(str(db), stamp)


def main() -> None:
    """Draw the page."""
    st.set_page_config(page_title="Diplomatic Ties Explorer", layout="wide")  # no page_icon: it would be fetched online
    db = cached.db_path()
    stamp = cached.store_stamp(db)
    # A first page drawn while the graph loads: its network from the graph file's first view; the details and
    # the tabs wait for the graph, below.
    first = first_view(db, stamp)
    graph = cached.full_graph(str(db), stamp) if first is None else None
    counts = cached.store_counts(str(db), stamp)
    choices = filter_choices(graph) if graph is not None else first.choices

    from_url = read_url(choices)
    selected = current_selection(graph, from_url) if graph is not None else None
    selected_label = graph.nodes[selected]["label"] if selected else None
    view = sidebar_filters(choices, selected, selected_label)
    if graph is None and (view != ViewFilter() or drawn_kinds()):
        first, graph = None, cached.full_graph(str(db), stamp)  # not the default view after all
    shown = cached.view_graph(str(db), stamp, view) if graph is not None else None
    if graph is not None:
        search_picker(graph, view.search)
    with st.sidebar.expander("Store"):
        st.caption(plain(str(db)))
        if cached.read_only():
            st.caption("Read-only explorer: no upload, no curation.")
        st.caption(f"{counts['articles']} articles · {counts['meetings']} meetings · {counts['people']} people · "
                   f"{counts['agreements']} agreements · {counts['overrides']} overrides")

    st.markdown(PAGE_STYLE, unsafe_allow_html=True)
    st.title("Diplomatic Ties Explorer", anchor=False)
    kinds = Counter(first.kinds) if first else kind_counts(shown)  # once per view, not a pass at every rerun
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
    people_view = view.network == "people"
    sizes = {"also": drawn_kinds(), "limit": PEOPLE_LIMIT if people_view else DRAW_LIMIT,
             "overview_size": PEOPLE_OVERVIEW}
    drawn, aggregated = (None, first.aggregated) if first else cached.drawn_graph(str(db), stamp, view, **sizes)
    if aggregated and people_view:
        notices.info(f"This view has {kinds['person']} officials, more than the network draws readably "
                     f"({PEOPLE_LIMIT}): it draws the {PEOPLE_OVERVIEW} with most meetings. Narrow the filters or "
                     f"focus on a node to see the others; the downloads hold the whole view.")
    elif aggregated:
        drawn_kinds_count = Counter(kind for _, kind in drawn.nodes(data="kind"))
        notices.info(f"This view has {shown.number_of_nodes()} nodes, more than the browser can lay out readably "
                     f"({DRAW_LIMIT}): the network shows an aggregated view, its {drawn_kinds_count['country']} "
                     f"countries and {drawn_kinds_count['person']} most active officials. Narrow the filters or focus "
                     f"on a node to see meetings and agreements; the downloads hold the whole view.")
    undated = first.undated if first else len(meetings_without_year(shown))
    if undated:
        notices.caption(f"{undated} meeting(s) of this view have no known year: kept as date unknown"
                        + (" in the period chosen." if view.date_from or view.date_to else "."))
    elif (view.date_from or view.date_to) and not view.undated:
        hidden = len(meetings_without_year(graph))
        if hidden:
            notices.caption(f"Meetings with date unknown (up to {hidden}) are left out: turn on "
                            f"\"Keep meetings with date unknown\" to see them.")

    if first:
        vis = first.vis
    elif arrangement()["expanded"] or arrangement()["hidden"]:
        # expanded nodes reach beyond a search or a focus, not beyond the filters
        around = cached.view_graph(str(db), stamp, dataclasses.replace(view, search=None, focus=None, radius=1))
        drawn = arranged(drawn, around, people_view=people_view, also=drawn_kinds())
        vis = None
    else:  # what the view draws, made once per view
        vis = cached.drawn_data(str(db), stamp, view, **sizes)
    steps, problem = current_path(shown) if shown is not None else (None, None)
    path = path_nodes(steps or [])
    # The details are written first, into their place under the network: after a click they reach the
    # browser before the network's data, which takes the browser longer to take in.
    network_slot, details_slot = st.container(), st.container()
    with details_slot:
        details_panel(graph, selected, on_clear=lambda: select(None), db=str(db), stamp=stamp)
    with network_slot:
        network_view(drawn, key=NETWORK_KEY, selected=selected, highlight=neighbourhood(drawn, selected),
                     path=[node for node in path if node in drawn], pinned=arrangement()["pinned"],
                     png_name=f"{snapshot_stem(view, focus_label=selected_label)}.png", height=640,
                     vis=vis, meetings=cached.meetings_in_view(shown) if vis is None else None)
    if graph is None:  # the first view is drawn: the rest of the page waits for the graph
        graph = cached.full_graph(str(db), stamp)
        shown = cached.view_graph(str(db), stamp, view)
        drawn, _ = cached.drawn_graph(str(db), stamp, view, **sizes)

    editable = not cached.read_only()  # `graphbuild serve --read-only`: nothing that writes is offered
    # Only the open tab's content is worked out and sent (each rerun re-renders all it sends, and the tables,
    # the chart and the download buttons of the closed tabs were most of it); opening one reruns the page.
    timeline, path_tab, ranking, bilateral, downloads, *writing = st.tabs(
        ["Timeline", "Path", "Rankings", "Bilateral ties", "Export",
         *(["Add articles", "Merge officials"] if editable else [])], key=TABS_KEY, on_change="rerun")
    if timeline.open:
        with timeline:
            st.caption("Meetings per month in the current view: click a month to see only it in the network.")
            monthly_chart(shown, period_key=KEYS["period"])
    if path_tab.open:
        with path_tab:
            path_section(shown, drawn, steps, problem)
    if ranking.open:
        with ranking:
            rankings_section(cached.view_rankings(str(db), stamp, view, limit=PEOPLE_LIMIT,
                                                  overview_size=PEOPLE_OVERVIEW),
                             aggregated=kinds["person"] > PEOPLE_LIMIT, names=lambda node: graph.nodes[node]["label"])
    if bilateral.open:
        with bilateral:
            bilateral_section(graph, choices.countries)
    if downloads.open:
        with downloads:
            download_buttons(shown, view, focus_label=selected_label)
    if editable:
        articles, curate = writing
        if articles.open:
            with articles:
                upload_section(db)
        if curate.open:
            with curate:
                merge_section(db, stamp, graph)
                overrides_section(db, stamp)
    write_url(view, selected)


main()
