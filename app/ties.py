"""Time in the explorer: meetings per month of the current view, and two countries' ties over time."""
from __future__ import annotations

from collections import Counter
from typing import Any

import altair as alt
import networkx as nx
import pandas as pd
import streamlit as st

from graphbuild.graph import ties_between
from graphbuild.graph.dates import first_day, has_year, sort_key

from app.text import joined

__all__ = ["meetings_per_month", "monthly_chart", "bilateral_rows", "bilateral_section"]


def meetings_per_month(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """How many meetings of ``graph`` fall in each month (meetings without a year are left out)."""
    counts = Counter(
        first_day(data["start"])[:7]
        for _, data in graph.nodes(data=True)
        if data["kind"] == "meeting" and has_year(data.get("start"))
    )
    frame = pd.DataFrame(sorted(counts.items()), columns=["month", "meetings"])
    return frame


def monthly_chart(graph: nx.MultiDiGraph) -> None:
    """A bar chart of meetings per month for the current view."""
    frame = meetings_per_month(graph)
    undated = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "meeting" and not has_year(d.get("start")))
    if frame.empty:
        st.caption("No dated meeting in this view.")
    else:
        chart = (
            alt.Chart(frame)
            .mark_bar(color="#f59e0b")
            .encode(
                x=alt.X("yearmonth(month):T", title="Month"),
                y=alt.Y("meetings:Q", title="Meetings", axis=alt.Axis(tickMinStep=1)),
                tooltip=[alt.Tooltip("yearmonth(month):T", title="Month"), "meetings:Q"],
            )
            .properties(height=220)
        )
        st.altair_chart(chart, width="stretch", key="timeline_chart")
    if undated:
        st.caption(f"{undated} meeting(s) of this view have no known year and are not on the chart.")


def bilateral_rows(graph: nx.MultiDiGraph, first: str, second: str) -> list[dict[str, Any]]:
    """Every meeting and every agreement status change between two countries, in time order."""
    found = ties_between(graph, first, second)
    rows = []
    for meeting in found["meetings"]:
        rows.append({"date": meeting.get("date") or meeting.get("date_text") or "", "what": "meeting",
                     "event": meeting["label"], "status": "planned" if meeting.get("planned") else "held",
                     "topics": joined(meeting.get("topics")), "source": joined(meeting.get("sources"), "; ")})
    for agreement in found["agreements"]:
        for step in agreement.get("status_history") or [f"undated: {agreement.get('status', '')}"]:
            when, _, status = step.partition(": ")
            rows.append({"date": "" if when == "undated" else when, "what": "agreement",
                         "event": agreement.get("name") or agreement["label"], "status": status.replace("_", " "),
                         "topics": joined(agreement.get("topics")), "source": joined(agreement.get("sources"), "; ")})
    rows.sort(key=lambda row: (sort_key(row["date"] or None), row["what"], row["event"]))
    return rows


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
    rows = bilateral_rows(graph, first, second)
    meetings = sum(1 for row in rows if row["what"] == "meeting")
    agreements = len({row["event"] for row in rows if row["what"] == "agreement"})
    a, b, c = st.columns(3)
    a.metric("Meetings", meetings)
    b.metric("Agreements", agreements)
    dated = [row["date"] for row in rows if has_year(row["date"] or None)]
    c.metric("Period", f"{min(dated)[:7]} → {max(dated)[:7]}" if dated else "undated")
    if not rows:
        st.caption(f"Nothing links {countries[first]} and {countries[second]} in the store.")
        return
    dated_rows = [dict(row, day=first_day(row["date"])) for row in rows if has_year(row["date"] or None)]
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
