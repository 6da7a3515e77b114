"""Time in the explorer: meetings per month of the current view, and two countries' ties over time."""
from __future__ import annotations

from typing import Any

import altair as alt
import networkx as nx
import pandas as pd
import streamlit as st

from graphbuild.graph import meetings_per_month, meetings_without_year, ties_between
from graphbuild.graph.dates import first_day, has_year

from app.text import joined, readable_date

__all__ = ["monthly_chart", "bilateral_section"]


def monthly_chart(graph: nx.MultiDiGraph) -> None:
    """A bar chart of meetings per month for the current view."""
    counts = meetings_per_month(graph)
    if not counts:
        st.caption("No dated meeting in this view.")
    else:
        chart = (
            alt.Chart(pd.DataFrame(counts, columns=["month", "meetings"]))
            .mark_bar(color="#f59e0b")
            .encode(
                x=alt.X("yearmonth(month):T", title="Month"),
                y=alt.Y("meetings:Q", title="Meetings", axis=alt.Axis(tickMinStep=1)),
                tooltip=[alt.Tooltip("yearmonth(month):T", title="Month"), "meetings:Q"],
            )
            .properties(height=220)
        )
        st.altair_chart(chart, width="stretch", key="timeline_chart")
    undated = len(meetings_without_year(graph))
    if undated:
        st.caption(f"{undated} meeting(s) of this view have no known year and are not on the chart.")


def _table_row(event: dict[str, Any]) -> dict[str, str]:
    return {"date": readable_date(event["date"]) or event["date_text"] or "", "what": event["what"],
            "event": event["event"],
            "status": event["status"].replace("_", " "), "topics": joined(event["topics"]),
            "source": joined(event["sources"], "; ")}


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
    dated_rows = [dict(row, day=first_day(row["date"])) for row in rows if has_year(row["date"])]
    dates = [row["date"] for row in dated_rows]
    a, b, c = st.columns(3)
    a.metric("Meetings", len(ties["meetings"]))
    b.metric("Agreements", len(ties["agreements"]))
    c.metric("Period", f"{min(dates)[:7]} → {max(dates)[:7]}" if dates else "undated")
    if not rows:
        st.caption(f"Nothing links {countries[first]} and {countries[second]} in the store.")
        return
    if dated_rows:
        chart = (
            alt.Chart(pd.DataFrame(dated_rows))
            .mark_point(filled=True, size=120)
            .encode(
                x=alt.X("day:T", title="Date"),
                y=alt.Y("what:N", title=None),
                color=alt.Color("status:N", title="Status"),
                shape=alt.Shape("what:N", legend=None),
                tooltip=["date:N", "what:N", "event:N", "status:N"],
            )
            .properties(height=140)
        )
        st.altair_chart(chart, width="stretch", key="bilateral_chart")
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="bilateral_table")
