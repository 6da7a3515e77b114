"""The details panel of the selected node: one function per node kind, fed by graphbuild's queries."""
from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import networkx as nx
import streamlit as st

from graphbuild.graph import (edge_key, meetings_of, recent_meetings, signed_agreements, titles_over_time, top_officials,
                              top_partners)
from graphbuild.graph.dates import human_date
from graphbuild.graph.labels import STATUS_NAMES, display_label

from app import cached
from app.analysis import arrange_controls
from app.network import KIND_STYLES
from app.text import joined, plain

__all__ = ["details_panel"]


def _when(data: dict[str, Any]) -> str:
    return human_date(data.get("date")) or str(data.get("date_text") or human_date(data.get("start")) or "")


def _span(data: dict[str, Any]) -> str:
    start, end = data.get("start"), data.get("end")
    if start and end and start != end:
        return f"{start} → {end}"
    return str(start or end or "")


# Sentences and lists of names get room; short columns (dates, places, statuses) fit their content.
_WIDE = {name: st.column_config.TextColumn(width="large")
         for name in ("evidence", "counterparts", "agreement", "title", "name", "parties")}


def _table(rows: list[dict[str, Any]], *, key: str, empty: str) -> None:
    if not rows:
        st.caption(empty)
        return
    import pandas as pd  # when a table is first drawn, not before a first page's network (seconds under load)

    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key=key, column_config=_WIDE)


def _country_name(graph: nx.MultiDiGraph, iso3: str | None) -> str:
    node = f"country:{iso3}"
    return graph.nodes[node]["label"] if iso3 and node in graph else (iso3 or "")


# The tables show graphbuild's query rows: these pick and word their columns.


#: The meeting cards an official's details show at once (most recent first); the rest page on.
CARDS_PER_PAGE = 10


def _shortened(address: str, limit: int = 100) -> str:
    return address if len(address) <= limit else address[:limit - 1] + "…"


def _source_line(store: tuple[str, tuple], source: str) -> tuple[str, dict | None]:
    """The source as people cite it: headline, publication date, and the link (its address) or the file name."""
    article = cached.article(store[0], store[1], source)
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    if article is None:
        return plain(name), None
    parts = [f"**{plain(article.get('title') or name)}**"]
    if article.get("published"):
        parts.append(plain(human_date(article["published"])))
    url = article.get("url")
    if url and url.startswith(("http://", "https://")):
        parts.append(f"[{plain(_shortened(url.split('//', 1)[1]))}]({url.replace(')', '%29').replace(' ', '%20')})")
    elif article.get("title"):
        parts.append(plain(name))
    return " · ".join(parts), article


def _meeting_card(graph: nx.MultiDiGraph, meeting: dict[str, Any], store: tuple[str, tuple], index: int) -> None:
    with st.container(border=True, key=f"card_{index}"):
        when = human_date(meeting.get("date")) or str(meeting.get("date_text") or "date unknown")
        head = [when, meeting.get("place") or "place unknown"]
        if meeting.get("event_type") == "call":
            head.append("call")
        if meeting.get("planned"):
            head.append("planned")
        st.markdown(f"**{plain(' · '.join(head))}** — with {plain(joined(meeting['with']) or 'no one named')}")
        facts = []
        if meeting.get("title"):
            facts.append(f"Title that day: {plain(meeting['title'])}")
        if meeting.get("topics"):
            facts.append(f"Topics: {plain(joined(meeting['topics']))}")
        if facts:
            st.caption(" · ".join(facts))
        mentions = meeting.get("mentions") or [{"source": s} for s in meeting.get("sources", [])]
        _mentions(mentions, store, key=f"read_{index}")


def _mentions(mentions: list[dict[str, Any]], store: tuple[str, tuple], *, key: str) -> None:
    """Each report: its evidence sentence in full, its source, and a Read button when the text is stored."""
    for number, mention in enumerate(mentions):
        if mention.get("evidence"):
            st.markdown(f'<div class="diplo-evidence">{_html_text(mention["evidence"])}</div>',
                        unsafe_allow_html=True)
        line, article = _source_line(store, mention.get("source", ""))
        left, right = st.columns([5, 1], vertical_alignment="center")
        left.markdown(line)
        if article is not None and article.get("text"):
            right.button("Read", key=f"{key}_{number}", on_click=_open_article,
                         args=(mention.get("source"),), help="The article, with the extracted facts highlighted")


def _html_text(text: str) -> str:
    return html.escape(str(text))


def _open_article(source: str) -> None:
    st.session_state["_article"] = source


def _meeting_rows(graph: nx.MultiDiGraph, person: str) -> list[dict[str, Any]]:
    return [{"date": _when(meeting), "place": meeting.get("place") or "", "counterparts": joined(meeting["with"]),
             "title that day": meeting.get("title") or "", "topics": joined(meeting.get("topics")),
             "source": joined(meeting.get("sources"), "; "), "evidence": (meeting.get("evidence") or [""])[0]}
            for meeting in meetings_of(graph, person)]


def _agreement_rows(graph: nx.MultiDiGraph, person: str) -> list[dict[str, Any]]:
    return [{"agreement": agreement.get("name") or agreement["label"], "status": agreement.get("status") or "",
             "date": _when(agreement["meeting"]), "parties": joined(agreement.get("parties"))}
            for agreement in signed_agreements(graph, person)]


def _title_rows(graph: nx.MultiDiGraph, person: str) -> list[dict[str, Any]]:
    return [{"title": row["title"] or "", "organization": row["organization"] or "", "from": row["start"] or "",
             "to": row["end"] or ""} for row in titles_over_time(graph, person)]


def _official(graph: nx.MultiDiGraph, node: str, data: dict[str, Any], store: tuple[str, tuple]) -> None:
    facts = [KIND_STYLES["person"]["label"]]
    if data.get("country"):
        facts.append(_country_name(graph, data["country"]))
    facts.append(f"{data.get('meetings', 0)} meeting(s)")
    st.caption(plain(" · ".join(facts)))
    if data.get("aliases"):
        st.markdown("**Also written:** " + plain(joined(data["aliases"])))
    st.markdown("**Titles held over time**")
    _table(_title_rows(graph, node), key="d_titles", empty="No title reported.")
    total, _ = recent_meetings(graph, node, 0, 0)
    st.markdown(f"**Meetings** ({total}, most recent first)")
    if not total:
        st.caption("No meeting.")
    pages = max(1, -(-total // CARDS_PER_PAGE))
    page = st.number_input(f"Page of {CARDS_PER_PAGE} meetings (of {pages} pages)", min_value=1, max_value=pages,
                           key="d_page") if pages > 1 else 1
    # the most recent first, then those whose year is unknown
    _, newest = recent_meetings(graph, node, (page - 1) * CARDS_PER_PAGE, page * CARDS_PER_PAGE)
    for index, meeting in enumerate(newest):
        _meeting_card(graph, meeting, store, index)
    st.markdown("**Agreements signed at these meetings**")
    _table(_agreement_rows(graph, node), key="d_agreements", empty="None reported.")


def _country(graph: nx.MultiDiGraph, node: str, data: dict[str, Any], store: tuple[str, tuple]) -> None:
    st.caption(plain(f"{KIND_STYLES['country']['label']} · {data.get('iso3', '')} · {_span(data)}"))
    st.markdown("**Partners, by meetings and agreements**")
    rows = []
    for partner, weight in top_partners(graph, node, n=25):
        first, second = sorted((node, partner))
        tie = graph.get_edge_data(first, second, key=edge_key(first, "tie", second)) or {}
        rows.append({"partner": graph.nodes[partner]["label"], "meetings": tie.get("meetings", 0),
                     "agreements": tie.get("agreements", 0), "total": weight, "first": tie.get("start", ""),
                     "last": tie.get("end", "")})
    _table(rows, key="d_partners", empty="No partner in the store.")
    st.markdown("**Most active officials**")
    officials = [{"official": graph.nodes[p]["label"], "meetings": count}
                 for p, count in top_officials(graph, 10, country=data.get("iso3") or node)]
    _table(officials, key="d_officials", empty="No official.")


def _evidence(data: dict[str, Any], store: tuple[str, tuple]) -> None:
    st.markdown("**Evidence**")
    mentions = data.get("mentions") or []
    if not mentions:
        st.caption("No evidence sentence stored.")
    _mentions(mentions, store, key="read_e")


def _meeting(graph: nx.MultiDiGraph, node: str, data: dict[str, Any], store: tuple[str, tuple]) -> None:
    flags = [flag for flag, on in (("call", data.get("event_type") == "call"),
                                   ("multilateral", data.get("multilateral")), ("planned", data.get("planned")),
                                   ("from a teaser", data.get("teaser"))) if on]
    facts = [KIND_STYLES["meeting"]["label"], _when(data) or "date unknown", data.get("place") or "place unknown"]
    if data.get("date_text"):
        facts.append(f"“{data['date_text']}”")
    st.caption(plain(" · ".join(facts + flags)))
    if data.get("topics"):
        st.markdown("**Topics:** " + plain(joined(data["topics"])))
    people = []
    for person, _, edge in graph.in_edges(node, data=True):
        if edge["kind"] == "attended":
            info = graph.nodes[person]
            people.append({"participant": info["label"], "title": edge.get("title") or "",
                           "organization": edge.get("organization") or "",
                           "country": _country_name(graph, info.get("country"))})
    st.markdown("**Participants**")
    _table(people, key="d_participants", empty="No named participant.")
    signed = [graph.nodes[a].get("name") or graph.nodes[a]["label"]
              for a, _, edge in graph.in_edges(node, data=True) if edge["kind"] == "signed_at"]
    if signed:
        st.markdown("**Agreements signed here:** " + plain(joined(signed, "; ")))
    _evidence(data, store)


def _agreement(graph: nx.MultiDiGraph, node: str, data: dict[str, Any], store: tuple[str, tuple]) -> None:
    facts = [KIND_STYLES["agreement"]["label"], data.get("instrument") or "", STATUS_NAMES.get(data.get("status") or "", data.get("status") or "")]
    if data.get("mention_only"):
        facts.append("only mentioned")
    st.caption(plain(" · ".join(f for f in facts if f)))
    st.markdown("**Parties:** " + plain(joined(data.get("parties")) or "unknown"))
    if data.get("topics"):
        st.markdown("**Topics:** " + plain(joined(data["topics"])))
    st.markdown("**Status over time**")
    history = [{"date": when, "status": status}
               for when, _, status in (step.partition(": ") for step in data.get("status_history", []))]
    _table(history, key="d_history", empty="No status reported.")
    meetings = [graph.nodes[m]["label"] for _, m, edge in graph.out_edges(node, data=True) if edge["kind"] == "signed_at"]
    if meetings:
        st.markdown("**Signed at:** " + plain(joined(meetings, "; ")))
    st.markdown("**Reports**")
    _evidence({"mentions": data.get("mentions", [])}, store)


def _organization(graph: nx.MultiDiGraph, node: str, data: dict[str, Any], store: tuple[str, tuple]) -> None:
    country = _country_name(graph, data.get("country"))
    st.caption(plain(" · ".join(f for f in (KIND_STYLES["organization"]["label"], country) if f)))
    people = [{"official": graph.nodes[p]["label"], "title": edge.get("title") or "", "from": edge.get("start", ""),
               "to": edge.get("end", "")}
              for p, _, edge in graph.in_edges(node, data=True) if edge["kind"] == "role"]
    st.markdown("**Officials**")
    _table(people, key="d_members", empty="No official reported.")


_PANELS: dict[str, Callable[[nx.MultiDiGraph, str, dict[str, Any], tuple[str, tuple]], None]] = {
    "person": _official,
    "country": _country,
    "meeting": _meeting,
    "agreement": _agreement,
    "organization": _organization,
}


def details_panel(graph: nx.MultiDiGraph, node: str | None, *, on_clear: Callable[[], None], db: str,
                  stamp: tuple) -> None:
    """What the store knows about ``node`` (from the whole graph, whatever the filters)."""
    if st.session_state.get("_article"):
        article_dialog(graph, st.session_state.pop("_article"), (db, stamp))
    with st.container(border=True, key="details"):
        if node is None or node not in graph:
            st.subheader("Details", anchor=False)
            st.caption("Click a node in the network, or search an official in the sidebar, to see what the "
                       "articles say about it.")
            return
        data = graph.nodes[node]
        head, button = st.columns([6, 1], vertical_alignment="center")
        head.subheader(plain(data.get("label") or node), anchor=False)
        button.button("", key="d_clear", on_click=on_clear, help="Clear the selection", icon=":material/close:")
        arrange_controls(node)
        _PANELS.get(data["kind"], _organization)(graph, node, data, (db, stamp))


def _evidence_spans(graph: nx.MultiDiGraph, source: str, text: str) -> list[tuple[int, int, str]]:
    """Where each fact the article gave is told in its text: (start, end, what), from the stored offsets
    (else the sentence found in the text)."""
    spans = []
    for node, data in graph.nodes(data=True):
        if data["kind"] not in ("meeting", "agreement") or source not in data.get("sources", ()):
            continue
        for mention in data.get("mentions", ()):
            if mention.get("source") != source or not mention.get("evidence"):
                continue
            start, end = mention.get("evidence_start"), mention.get("evidence_end")
            if start is None or end is None or text[start:end] != mention["evidence"]:
                start = text.find(mention["evidence"])
                end = start + len(mention["evidence"])
            if start >= 0:
                spans.append((start, end, display_label(graph, node)))
    return sorted(set(spans))


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` as HTML paragraphs, every character escaped, each span in a ``<mark>`` titled with its fact."""
    pieces, at = [], 0
    for start, end, what in spans:
        if start < at:
            continue  # overlapping a span already marked
        pieces.append(html.escape(text[at:start]))
        pieces.append(f'<mark title="{html.escape(what)}">{html.escape(text[start:end])}</mark>')
        at = end
    pieces.append(html.escape(text[at:]))
    body = "".join(pieces)
    return "".join(f"<p>{paragraph}</p>" for paragraph in body.split("\n") if paragraph.strip())


def _date_correction(source: str, article: dict, store: tuple[str, tuple]) -> None:
    """Correct the article's publication date: an override kept across rebuilds; its meetings get their years."""
    from graphbuild.store import correct_published, open_store

    with st.form(key="published_form", border=False):
        left, right = st.columns([3, 2], vertical_alignment="bottom")
        wanted = left.text_input("Publication date", value=article.get("published") or "", key="published_date",
                                 placeholder="YYYY-MM-DD",
                                 help="Wrong or missing? Correct it: the article is read again, its meetings get "
                                      "their years, and the correction is kept across rebuilds.")
        submitted = right.form_submit_button("Correct the date")
    if submitted and wanted.strip() and wanted.strip() != (article.get("published") or ""):
        try:
            with open_store(store[0]) as opened:
                summary = correct_published(opened, source, wanted, extract=cached.extract_cached)
        except ValueError as error:
            st.error(plain(str(error)))
            return
        if summary.failures:
            st.error(plain(f"{source}: {summary.failures[0].reason}"))
            return
        st.session_state["_article"] = source  # open it again, dated anew, on the rerun
        st.rerun()


@st.dialog("Article", width="large")
def article_dialog(graph: nx.MultiDiGraph, source: str, store: tuple[str, tuple]) -> None:
    """The article's text, each extracted fact's evidence highlighted."""
    line, article = _source_line(store, source)
    st.markdown(line)
    if article is None or not article.get("text"):
        st.caption("The store holds no text for this article.")
        return
    if not cached.read_only():  # `graphbuild serve --read-only`: the date is shown above, not offered for correction
        _date_correction(source, article, store)
    spans = _evidence_spans(graph, source, article["text"])
    st.caption(f"{len(spans)} extracted fact(s) highlighted.")
    st.markdown(f'<div class="diplo-article">{highlighted(article["text"], spans)}</div>', unsafe_allow_html=True)
