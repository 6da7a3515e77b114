"""The analyst's questions about the current view: the path between two officials or countries, and rankings."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
import streamlit as st

from graphbuild.graph.dates import human_date
from graphbuild.graph import nodes_by_kind, subgraph_of
from graphbuild.graph.people import meeting_path, met_by, people_network

from app.text import plain

__all__ = ["current_path", "path_ends", "path_nodes", "path_section", "rankings_section", "PATH_KEYS", "arrangement", "arranged",
           "arrange_controls"]

PATH_KEYS = ("p_from", "p_to")
# The ends chosen, kept apart from their widgets: the path stays drawn while the Path tab is closed (a
# widget's state goes when the widget is not on the page).
_PATH_ENDS = "_path_ends"


def path_ends() -> tuple[str | None, str | None]:
    """The two ends of the path asked for in the Path tab (None where none is chosen)."""
    ends = st.session_state.get(_PATH_ENDS) or (None, None)
    return ends[0], ends[1]


def _keep_path_ends() -> None:
    st.session_state[_PATH_ENDS] = tuple(st.session_state.get(key) for key in PATH_KEYS)


def current_path(shown: nx.MultiDiGraph) -> tuple[list[dict[str, Any]] | None, str | None]:
    """The path the Path tab asks for, over ``shown`` (None when not asked), and why there is none."""
    source, target = path_ends()
    if not source or not target:
        return None, None
    if source == target:
        return None, "Choose two different ends."
    missing = [node for node in (source, target) if node not in shown]
    if missing:
        return [], "Not in the current view: " + ", ".join(missing)
    return meeting_path(shown, source, target), None


def path_nodes(steps: list[dict[str, Any]]) -> list[str]:
    """The nodes of a path in order: first end, then each meeting's other end (meetings included)."""
    if not steps:
        return []
    nodes = [steps[0]["from"]]
    for step in steps:
        nodes += [step["meeting"], step["to"]]
    return nodes


def path_section(shown: nx.MultiDiGraph, drawn: nx.Graph, steps: list[dict[str, Any]] | None,
                 problem: str | None) -> None:
    """Two ends to choose, and the chain of meetings between them, meeting by meeting."""
    ends = sorted((node for node, data in drawn.nodes(data=True) if data.get("kind") == "person"),
                  key=lambda node: str(drawn.nodes[node].get("label")).casefold())
    ends += sorted(nodes_by_kind(shown).get("country", ()), key=lambda node: str(shown.nodes[node].get("label")))
    for key, chosen in zip(PATH_KEYS, path_ends()):
        if chosen and chosen in shown and chosen not in ends:
            ends.append(chosen)  # a choice stays offered when the view narrows around it
        if chosen and key not in st.session_state:
            st.session_state[key] = chosen  # the tab opened again: its widgets show the ends kept
    label = lambda node: f"{shown.nodes[node].get('label', node)}" + (  # noqa: E731
        " (country)" if shown.nodes[node].get("kind") == "country" else "")
    left, right = st.columns(2)
    left.selectbox("From", ends, index=None, key=PATH_KEYS[0], format_func=label, on_change=_keep_path_ends,
                   placeholder="An official or a country")
    right.selectbox("To", ends, index=None, key=PATH_KEYS[1], format_func=label, on_change=_keep_path_ends,
                    placeholder="An official or a country")
    if problem:
        st.caption(problem)
    if steps is None:
        st.caption("The shortest chain of meetings between two officials (or two countries) in the current view, "
                   "drawn in the network and listed here meeting by meeting.")
        return
    if not steps:
        st.info("No chain of meetings links them in the current view.")
        return
    import pandas as pd  # when a table is first drawn, not before a first page's network

    first, last = shown.nodes[steps[0]["from"]]["label"], shown.nodes[steps[-1]["to"]]["label"]
    box = st.container(key="path")
    box.markdown(f"**{plain(first)} → {plain(last)}: {len(steps)} meeting(s)**")
    rows = []
    for number, step in enumerate(steps, 1):
        rows.append({"step": number, "from": shown.nodes[step["from"]]["label"], "met": shown.nodes[step["to"]]["label"],
                     "date": human_date(step["date"]) or "date unknown", "place": step["place"] or "",
                     "meeting": step["label"]})
    box.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="path_table")


def rankings_section(ranked: dict[str, list[tuple[str, float]]], *, aggregated: bool,
                     names: Callable[[str], str]) -> None:
    """Most meetings, most partners and brokers (betweenness) among the officials of the current view."""
    import pandas as pd  # when a table is first drawn, not before a first page's network

    if aggregated:
        st.caption("Over the officials drawn in the people network (the most active of this view).")
    columns = st.container(key="rankings").columns(3)
    titles = {"meetings": ("Most meetings", "meetings"), "partners": ("Most partners", "partners"),
              "brokers": ("Brokers (betweenness)", "betweenness")}
    for column, (name, (title, unit)) in zip(columns, titles.items()):
        with column:
            st.markdown(f"**{title}**")
            rows = [{"official": names(node), unit: round(score, 3) if name == "brokers" else int(score)}
                    for node, score in ranked[name]]
            if rows:
                st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key=f"rank_{name}")
            else:
                st.caption("No official links others in this view." if name == "brokers" else "No official.")


# Arranging the drawing: nodes expanded (their neighbours drawn), hidden or pinned, for this session.
ARRANGE = "_arrange"


def arrangement() -> dict[str, list[str]]:
    """The session's expanded, hidden and pinned nodes."""
    return st.session_state.setdefault(ARRANGE, {"expanded": [], "hidden": [], "pinned": []})


def arranged(drawn: nx.Graph, shown: nx.MultiDiGraph, *, people_view: bool, also: tuple[str, ...]) -> nx.Graph:
    """``drawn`` with the neighbours of the expanded nodes in ``shown`` added and the hidden nodes left out."""
    state = arrangement()
    expanded = [node for node in state["expanded"] if node in shown]
    hidden = set(state["hidden"])
    if not expanded and not hidden & set(drawn):
        return drawn
    if people_view:
        keep = {node for node, data in drawn.nodes(data=True) if data.get("kind") == "person"}
        for node in expanded:
            keep |= met_by(shown, node) | ({node} if shown.nodes[node]["kind"] == "person" else set())
        network = people_network(shown, also=also, keep=keep - hidden)
        network.remove_nodes_from([node for node in hidden if node in network])
        return network
    keep = set(drawn)
    for node in expanded:
        keep |= {node, *nx.all_neighbors(shown, node)}
    return subgraph_of(shown, keep - hidden)


def _toggle(name: str, node: str) -> None:
    nodes = arrangement()[name]
    if node in nodes:
        nodes.remove(node)
    else:
        nodes.append(node)


def _show_all() -> None:
    st.session_state[ARRANGE] = {"expanded": [], "hidden": [], "pinned": []}


def arrange_controls(node: str) -> None:
    """Buttons under a node's name: draw its neighbours, hide it, pin it where it is; and undo them all."""
    state = arrangement()
    columns = st.columns(4)
    columns[0].button("Collapse" if node in state["expanded"] else "Expand", key="a_expand", on_click=_toggle,
                      args=("expanded", node), help="Draw everyone this node met (or links to), even if the "
                                                     "drawing left them out")
    columns[1].button("Hide", key="a_hide", on_click=_toggle, args=("hidden", node),
                      help="Leave this node out of the drawing (Show all brings it back)")
    columns[2].button("Unpin" if node in state["pinned"] else "Pin", key="a_pin", on_click=_toggle,
                      args=("pinned", node), help="Keep this node where it is when the drawing moves")
    if any(state.values()):
        columns[3].button("Show all", key="a_reset", on_click=_show_all,
                          help=f"{len(state['expanded'])} expanded, {len(state['hidden'])} hidden, "
                               f"{len(state['pinned'])} pinned: undo them all")
