"""The sidebar's filters, turned into a ``graphbuild.graph.ViewFilter`` and kept in the URL.

The URL is read once per session (so that a shared link opens the same view) and written
after every rerun; ``ViewFilter.to_query_params`` / ``from_query_params`` define its shape,
plus ``node`` for the selected node.
"""
from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from graphbuild.graph import NODE_KINDS, FilterChoices, ViewFilter
from graphbuild.graph.dates import first_day, last_day

from app.network import KIND_STYLES
from app.text import plain

__all__ = ["read_url", "sidebar_filters", "write_url", "SELECTED_PARAM", "KEYS"]

#: The query parameter that holds the selected node, beside the view's own parameters.
SELECTED_PARAM = "node"

#: Widget keys of the filters.
KEYS = {
    "period": "f_period",
    "countries": "f_countries",
    "kinds": "f_kinds",
    "topics": "f_topics",
    "statuses": "f_statuses",
    "search": "f_search",
    "focus": "f_focus",
    "radius": "f_radius",
}
_URL_READ = "_url_read"
_PERIOD_BOUNDS = "_period_bounds"
_LIST_PARAMS = ("countries", "kinds", "topics", "statuses")


def _month(date: str | None, months: tuple[str, ...], *, end: bool) -> str:
    """The slider's month for a bound of any precision, kept within the slider's range."""
    day = (last_day if end else first_day)(date)
    if not day:
        return months[-1] if end else months[0]
    return min(max(day[:7], months[0]), months[-1])


def read_url(choices: FilterChoices) -> str | None:
    """Once per session: put the URL's view into the filter widgets; return the URL's selected node."""
    if st.session_state.get(_URL_READ):
        return None
    st.session_state[_URL_READ] = True
    params = st.query_params
    raw = {name: params.get_all(name) if name in _LIST_PARAMS else params.get(name) for name in params}
    try:
        view = ViewFilter.from_query_params(raw)
    except (TypeError, ValueError) as error:
        st.session_state["_url_error"] = f"The link's filters could not be read ({error}); showing everything."
        view = ViewFilter()
    # Only what the link sets: a widget given both a default and a state value logs a warning.
    state = st.session_state
    if len(choices.months) > 1 and (view.date_from or view.date_to):
        state[KEYS["period"]] = (_month(view.date_from, choices.months, end=False),
                                 _month(view.date_to, choices.months, end=True))
    if view.countries:
        codes = [c.split(":", 1)[-1].upper() for c in view.countries]
        state[KEYS["countries"]] = [c for c in codes if c in choices.countries]
    if view.kinds:
        state[KEYS["kinds"]] = [k for k in view.kinds if k in NODE_KINDS]
    if view.topics:
        state[KEYS["topics"]] = [t for t in view.topics if t in choices.topics]
    if view.statuses:
        state[KEYS["statuses"]] = [s for s in view.statuses if s in choices.statuses]
    if view.search:
        state[KEYS["search"]] = view.search
    if view.focus:
        state[KEYS["focus"]] = True
        state[KEYS["radius"]] = max(1, min(view.radius, 4))
    return view.focus or params.get(SELECTED_PARAM)


def _reset_filters(choices: FilterChoices) -> None:
    state = st.session_state
    if choices.months:
        state[KEYS["period"]] = (choices.months[0], choices.months[-1])
    for name in ("countries", "topics", "statuses"):
        state[KEYS[name]] = []
    state[KEYS["kinds"]] = list(NODE_KINDS)
    state[KEYS["search"]] = ""
    state[KEYS["focus"]] = False
    state[KEYS["radius"]] = 1


def sidebar_filters(choices: FilterChoices, selected: str | None, selected_label: str | None) -> ViewFilter:
    """Draw the filters in the sidebar and return the view they describe."""
    state = st.session_state
    bar = st.sidebar
    bar.header("Filters")
    date_from = date_to = None
    if len(choices.months) > 1:
        bounds = (choices.months[0], choices.months[-1])
        current, previous = state.get(KEYS["period"]), state.get(_PERIOD_BOUNDS)
        if current is not None and ((current == previous != bounds) or not set(current) <= set(choices.months)):
            state[KEYS["period"]] = bounds  # the whole period stays whole when the store grows
        state[_PERIOD_BOUNDS] = bounds
        start, end = bar.select_slider("Period", options=choices.months, value=bounds, key=KEYS["period"],
                                       help="Meetings and agreements dated in these months; undated ones "
                                            "are shown only when the whole period is selected.")
        if (start, end) != (choices.months[0], choices.months[-1]):
            date_from, date_to = start, end
    elif choices.months:
        bar.caption(f"Period: {choices.months[0]} (one month of dated facts)")

    countries = bar.multiselect("Countries", options=list(choices.countries), key=KEYS["countries"],
                                format_func=lambda code: f"{choices.countries[code]} ({code})",
                                placeholder="All countries")
    kinds = bar.pills("Node kinds", options=list(NODE_KINDS), selection_mode="multi", key=KEYS["kinds"],
                      format_func=lambda kind: KIND_STYLES[kind]["plural"], default=list(NODE_KINDS)) or []
    if not kinds:
        bar.caption("No kind chosen: all kinds are shown.")
    topics = bar.multiselect("Topics", options=list(choices.topics), key=KEYS["topics"], placeholder="All topics")
    statuses = bar.multiselect("Agreement status", options=list(choices.statuses), key=KEYS["statuses"],
                               format_func=lambda status: status.replace("_", " "), placeholder="Any status")
    search = bar.text_input("Search officials", key=KEYS["search"], placeholder="Name, e.g. Luong Tam Quang",
                            help="Keeps the officials (and other nodes) whose name contains this, "
                                 "with their neighbours.")

    bar.subheader("Focus")
    focus_on = bar.toggle("Only the selected node's neighbourhood", key=KEYS["focus"], disabled=selected is None,
                          help="The ego network of the node selected in the graph.")
    radius = bar.slider("Radius (steps)", min_value=1, max_value=4, key=KEYS["radius"],
                        disabled=not (focus_on and selected))
    if selected_label:
        bar.caption("Selected: " + plain(selected_label))
    bar.button("Reset filters", key="f_reset", on_click=_reset_filters, args=(choices,))

    all_kinds = set(kinds) == set(NODE_KINDS)
    return ViewFilter(
        date_from=date_from,
        date_to=date_to,
        countries=tuple(countries),
        kinds=() if all_kinds or not kinds else tuple(k for k in NODE_KINDS if k in kinds),
        topics=tuple(topics),
        statuses=tuple(statuses),
        search=search.strip() or None,
        focus=selected if focus_on and selected else None,
        radius=radius if focus_on and selected else 1,
    )


def write_url(view: ViewFilter, selected: str | None) -> None:
    """Make the URL's query string describe ``view`` and the selection (only when it differs)."""
    wanted: dict[str, str | list[str]] = dict(view.to_query_params())
    if selected and not view.focus:
        wanted[SELECTED_PARAM] = selected
    current: Mapping[str, str | list[str]] = {
        name: st.query_params.get_all(name) if name in _LIST_PARAMS else st.query_params.get(name)
        for name in st.query_params
    }
    if current != wanted:
        st.query_params.from_dict(wanted)
