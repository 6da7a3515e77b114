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
from graphbuild.graph.labels import STATUS_NAMES
from graphbuild.graph.people import DRAWN_ALSO

from app.network import KIND_STYLES
from app.text import plain

__all__ = ["read_url", "sidebar_filters", "write_url", "drawn_kinds", "SELECTED_PARAM", "DRAW_PARAM", "KEYS"]

#: The query parameter that holds the selected node, beside the view's own parameters.
SELECTED_PARAM = "node"
#: The query parameter that holds what is drawn beside the officials in the people network.
DRAW_PARAM = "draw"

_NETWORK_NAMES = {"people": "Who met whom", "full": "Everything (meetings as nodes)"}

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
    "network": "f_network",
    "draw": "f_draw",
    "undated": "f_undated",
    "between": "f_between",
}
_URL_READ = "_url_read"
_PERIOD_BOUNDS = "_period_bounds"
_LIST_PARAMS = ("countries", "kinds", "topics", "statuses", DRAW_PARAM)


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
    if view.network != "people":
        state[KEYS["network"]] = view.network
    if not view.undated:
        state[KEYS["undated"]] = False
    if view.between:
        state[KEYS["between"]] = True
    drawn = params.get_all(DRAW_PARAM)
    if drawn:
        state[KEYS["draw"]] = [kind for value in drawn for kind in value.split(",") if kind in DRAWN_ALSO]
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
    state[KEYS["undated"]] = True
    state[KEYS["between"]] = False


def drawn_kinds() -> tuple[str, ...]:
    """What the people network draws beside the officials (the sidebar's "Also draw")."""
    return tuple(st.session_state.get(KEYS["draw"]) or ())


def sidebar_filters(choices: FilterChoices, selected: str | None, selected_label: str | None) -> ViewFilter:
    """Draw the filters in the sidebar and return the view they describe."""
    state = st.session_state
    bar = st.sidebar
    bar.header("Filters")
    # Defaults through the state, not the widgets: a widget given both logs a warning (see read_url).
    for name, default in (("network", "people"), ("undated", True), ("between", False)):
        state.setdefault(KEYS[name], default)
    network = bar.segmented_control("Network", options=list(_NETWORK_NAMES), key=KEYS["network"],
                                    format_func=_NETWORK_NAMES.get,
                                    help="Who met whom: officials linked by their meetings (wider: more meetings). "
                                         "Everything: meetings, countries, organizations and agreements as nodes.")
    network = network or "people"
    if network == "people":
        bar.pills("Also draw", options=list(DRAWN_ALSO), selection_mode="multi", key=KEYS["draw"],
                  format_func=lambda kind: KIND_STYLES[kind]["plural"])
        kinds: list[str] = list(NODE_KINDS)
    else:
        kinds = bar.pills("Node kinds", options=list(NODE_KINDS), selection_mode="multi", key=KEYS["kinds"],
                          format_func=lambda kind: KIND_STYLES[kind]["plural"], default=list(NODE_KINDS)) or []
        if not kinds:
            bar.caption("No kind chosen: all kinds are shown.")

    date_from = date_to = None
    if len(choices.months) > 1:
        bounds = (choices.months[0], choices.months[-1])
        current, previous = state.get(KEYS["period"]), state.get(_PERIOD_BOUNDS)
        if current is not None and ((current == previous != bounds) or not set(current) <= set(choices.months)):
            state[KEYS["period"]] = bounds  # the whole period stays whole when the store grows
        state[_PERIOD_BOUNDS] = bounds
        # (a range slider is told so by its value: given though the state may hold one, from a link or
        # the timeline, which only logs a warning)
        start, end = bar.select_slider("Period", options=choices.months, value=bounds, key=KEYS["period"],
                                       help="Meetings and agreements dated in these months (a click on the "
                                            "timeline's month chooses it).")
        if (start, end) != (choices.months[0], choices.months[-1]):
            date_from, date_to = start, end
    elif choices.months:
        bar.caption(f"Period: {choices.months[0]} (one month of dated facts)")
    undated = bar.toggle("Keep meetings with date unknown", key=KEYS["undated"],
                         help="Meetings whose year the article does not give (\"le 26 octobre\") may fall in any "
                              "period: kept, marked date unknown, unless this is off.")

    countries = bar.multiselect("Countries", options=list(choices.countries), key=KEYS["countries"],
                                format_func=lambda code: f"{choices.countries[code]} ({code})",
                                placeholder="All countries")
    between = bar.toggle("Only ties between these countries", key=KEYS["between"],
                         disabled=len(countries) < 2,
                         help="With two countries or more: only the meetings and agreements that involve all of "
                              "them, instead of those that involve any.")
    topics = bar.multiselect("Topics", options=list(choices.topics), key=KEYS["topics"], placeholder="All topics")
    statuses = bar.pills("Agreement status", options=list(choices.statuses), selection_mode="multi",
                         key=KEYS["statuses"], format_func=lambda status: STATUS_NAMES.get(status, status)) or []
    search = bar.text_input("Search", key=KEYS["search"], placeholder="A name, e.g. Gawkowski",
                            help="Officials, countries, organizations and agreements whose name is close to this "
                                 "(misspellings allowed), with everyone their officials met.")

    bar.subheader("Focus")
    focus_on = bar.toggle("Only the selected node's neighbourhood", key=KEYS["focus"], disabled=selected is None,
                          help="Around the node selected in the graph: radius 1 around an official is everyone "
                               "they met.")
    radius = bar.slider("Radius (meetings)" if network == "people" else "Radius (steps)", min_value=1, max_value=4,
                        key=KEYS["radius"], disabled=not (focus_on and selected))
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
        network=network,
        undated=undated,
        between=between and len(countries) > 1,
    )


def write_url(view: ViewFilter, selected: str | None) -> None:
    """Make the URL's query string describe ``view`` and the selection (only when it differs)."""
    wanted: dict[str, str | list[str]] = dict(view.to_query_params())
    if selected and not view.focus:
        wanted[SELECTED_PARAM] = selected
    if view.network == "people" and drawn_kinds():
        wanted[DRAW_PARAM] = list(drawn_kinds())
    current: Mapping[str, str | list[str]] = {
        name: st.query_params.get_all(name) if name in _LIST_PARAMS else st.query_params.get(name)
        for name in st.query_params
    }
    if current != wanted:
        st.query_params.from_dict(wanted)
