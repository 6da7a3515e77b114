"""Time in the explorer: meetings per month of the current view, and two countries' ties over time."""
from __future__ import annotations

from typing import Any

import networkx as nx
import streamlit as st

from graphbuild.graph import meetings_per_month, meetings_without_year, ties_between
from graphbuild.graph.dates import has_year, human_date
from graphbuild.graph.labels import STATUS_NAMES

from app.text import joined

__all__ = ["monthly_chart", "bilateral_section"]


def _pick_month(chart_key: str, period_key: str) -> None:
    """A month clicked on the timeline becomes the period (a second click on it brings the whole period back)."""
    selection = st.session_state.get(chart_key)
    points = ((selection or {}).get("selection") or {}).get("month") or []
    months = [point.get("month") for point in points if point.get("month")]
    if months:
        st.session_state[period_key] = (min(months), max(months))
    else:
        st.session_state.pop(period_key, None)


def monthly_chart(graph: nx.MultiDiGraph, *, period_key: str | None = None) -> None:
    """A bar chart of meetings per month for the current view; a click on a month filters the graph to it."""
    counts = meetings_per_month(graph)
    if not counts:
        st.caption("No dated meeting in this view.")
    else:
        # imported when the chart is first drawn, not before a first page's network (a second or more under load)
        import altair as alt
        import pandas as pd

        pick = alt.selection_point(name="month", fields=["month"], on="click")
        chart = (
            alt.Chart(pd.DataFrame(counts, columns=["month", "meetings"]))
            .mark_bar(color="#f59e0b")
            .encode(
                x=alt.X("month:O", title="Month", axis=alt.Axis(labelAngle=-45)),
                y=alt.Y("meetings:Q", title="Meetings", axis=alt.Axis(tickMinStep=1)),
                tooltip=[alt.Tooltip("month:O", title="Month"), "meetings:Q"],
            )
            .add_params(pick)
            .properties(height=220)
        )
        if period_key:
            st.altair_chart(chart, width="stretch", key="timeline_chart", selection_mode="month",
                            on_select=lambda: _pick_month("timeline_chart", period_key))
        else:
            st.altair_chart(chart, width="stretch", key="timeline_chart")
    undated = len(meetings_without_year(graph))
    if undated:
        st.caption(f"{undated} meeting(s) of this view have no known year and are not on the chart "
                   "(the network keeps them, as date unknown).")


def _table_row(event: dict[str, Any]) -> dict[str, str]:
    return {"date": human_date(event["date"]) or event["date_text"] or "date unknown", "what": event["what"],
            "event": event["event"], "status": STATUS_NAMES.get(event["status"], event["status"].replace("_", " ")),
            "topics": joined(event["topics"]),
            "source": joined((source.replace("\\", "/").rsplit("/", 1)[-1] for source in event["sources"]), "; ")}


def bilateral_section(graph: nx.MultiDiGraph, countries: dict[str, str]) -> None:
    """Two country pickers and the timeline of their meetings and agreements."""
    if len(countries) < 2:
        st.caption("The store names fewer than two countries.")
        return
    left, right = st.columns(2)
    label = lambda code: f"{countries[code]} ({code})"  # noqa: E731
    first = left.selectbox("Country", list(countries), index=None, key="t_first", format_func=label,
                           placeholder="Choose a country")
    second = right.selectbox("and country", [c for c in countries if c != first], index=None, key="t_second",
                             format_func=label, placeholder="Choose another country")
    if not first or not second:
        st.caption("Choose two countries to see every meeting and agreement between them.")
        return
    ties = ties_between(graph, first, second)
    rows = [_table_row(event) for event in ties["timeline"]]
    dates = [event["date"] for event in ties["timeline"] if has_year(event["date"])]
    a, b, c = st.columns(3)
    a.metric("Meetings", len(ties["meetings"]))
    b.metric("Agreements", len(ties["agreements"]))
    c.metric("Period", f"{human_date(min(dates)[:7])} → {human_date(max(dates)[:7])}" if dates else "date unknown")
    if not rows:
        st.caption(f"Nothing links {countries[first]} and {countries[second]} in the store.")
        return
    import pandas as pd  # when the table is first drawn

    # A dated list, one row per event in time order (date unknown last): nothing stacks on one dot.
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="bilateral_table")
