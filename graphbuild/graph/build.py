"""The dated graph of the store, with the curator's overrides applied.

A ``networkx.MultiDiGraph``: directed because the relations read one way (an official
*attended* a meeting, an agreement has a *party*), multi because one official holds several
titles in one organization over time and each title is its own dated ``role`` edge: the
official's timeline. Every edge key is unique in the whole graph, so exports use it as the
edge id.

Node ids: ``person:to-lam``, ``country:VNM``, ``org:vnm:ministry-of-public-security``,
``org:interpol``, ``meeting:<digest>-<n>``, ``agreement:<kind>-<parties>-<topic>``.
Every node has ``kind`` and ``label``; every edge has ``kind``, ``sources`` and ``evidence``,
and ``start``/``end`` when it is dated (ISO, at the precision known; a date without a year
stays in ``date`` only). Country–country ``tie`` edges are derived from meetings and
agreements, with their counts and first and last dates.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from graphbuild.graph.dates import first_day, has_year, last_day
from graphbuild.resolve import same_person
from graphbuild.store import Override, Store
from graphbuild.store.identity import country_label, country_node, slug, strip_title

__all__ = ["NODE_KINDS", "EDGE_KINDS", "build_graph", "derive_ties", "edge_key", "node_reference",
           "resolve_person_ref"]

NODE_KINDS = ("person", "country", "organization", "meeting", "agreement")
EDGE_KINDS = ("attended", "represents", "role", "involves", "signed_at", "party", "tie")

# The edges a country, person or organization is dated by (ties are derived from these).
_DATING_EDGES = frozenset({"attended", "role", "involves", "party"})
_STATUS_UNDATED = "undated"


def edge_key(source: str, kind: str, target: str, qualifier: str | None = None) -> str:
    """A key unique in the whole graph (``person:to-lam>attended>meeting:…``), used as the edge id."""
    middle = f"{kind}:{qualifier}" if qualifier else kind
    return f"{source}>{middle}>{target}"


class _Span:
    """The earliest start and latest end of dates of any precision, each kept as written."""

    __slots__ = ("start", "end")

    def __init__(self) -> None:
        self.start: str | None = None
        self.end: str | None = None

    def add(self, start: str | None, end: str | None = None) -> None:
        end = end or start
        if has_year(start) and (self.start is None or first_day(start) < first_day(self.start)):
            self.start = start
        if has_year(end) and (self.end is None or last_day(end) > last_day(self.end)):
            self.end = end

    def attributes(self) -> dict[str, str]:
        return {k: v for k, v in (("start", self.start), ("end", self.end)) if v}


def _add_unique(values: list, new: Iterable) -> None:
    for value in new:
        if value is not None and value not in values:
            values.append(value)


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """No None values: every export format can then write every attribute."""
    return {k: v for k, v in data.items() if v is not None}


# Overrides -------------------------------------------------------------------------------


def resolve_person_ref(ref: dict[str, Any], spellings: dict[str, list[str]],
                       countries: dict[str, str | None]) -> str | None:
    """The current person a stored reference names: by id if it still exists, else by name and country.

    Overrides outlive re-extraction, which may give a person another id; the name and
    country saved with the override find them again.
    """
    if ref.get("id") in spellings:
        return ref["id"]
    name, country = ref.get("name"), ref.get("country")
    if not name:
        return None
    matches = [pid for pid, names in spellings.items()
               if any(same_person(name, spelling, country, countries.get(pid)) for spelling in names)]
    matches.sort(key=lambda pid: (countries.get(pid) != country, pid))
    return matches[0] if matches else None


def node_reference(graph: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """What an override stores to find ``node`` again: its id, and for a person also name and country."""
    data = graph.nodes[node]
    if data["kind"] == "person":
        return {"id": node, "name": data["label"], "country": data.get("country")}
    return {"id": node}


class _Curation:
    """The overrides, resolved against the people of this build."""

    def __init__(self, overrides: list[Override], spellings: dict[str, list[str]],
                 countries: dict[str, str | None]):
        self.parent: dict[str, str] = {}
        self.country: dict[str, str] = {}
        self.label: dict[str, str] = {}
        self.hidden: set[str] = set()

        def target(ref: dict[str, Any]) -> str | None:
            if str(ref.get("id", "")).startswith("person:") or "name" in ref:
                person = resolve_person_ref(ref, spellings, countries)
                return self.find(person) if person else None
            return ref.get("id")

        for override in overrides:
            args = override.args
            if override.action == "merge":
                keep, absorb = target(args["keep"]), target(args["absorb"])
                if keep and absorb and keep != absorb:
                    self.parent[absorb] = keep
            elif override.action == "set_country":
                person = target(args["person"])
                if person:
                    self.country[person] = args["country"]
            elif override.action == "rename":
                node = target(args["node"])
                if node:
                    self.label[node] = args["label"]
            elif override.action == "hide":
                node = target(args["node"])
                if node:
                    self.hidden.add(node)
        # Steps recorded before a merge name the absorbed person: carry them over.
        self.country = {self.find(k): v for k, v in self.country.items()}
        self.label = {self.find(k) if k.startswith("person:") else k: v for k, v in self.label.items()}
        self.hidden = {self.find(k) if k.startswith("person:") else k for k in self.hidden}

    def find(self, person: str) -> str:
        while person in self.parent:
            person = self.parent[person]
        return person


# People ----------------------------------------------------------------------------------


def _preferred_spelling(names: Counter) -> str:
    """The most frequent spelling; among equals the one with most accents (Tô Lâm over To Lam)."""
    return max(names, key=lambda name: (names[name], sum(not c.isascii() for c in name), name))


def _spellings_by_person(participants: list[dict[str, Any]]) -> dict[str, list[str]]:
    spellings: dict[str, list[str]] = {}
    for row in participants:
        names = [strip_title(name, row["language"]) for name in (row["name"], *row["aliases"])]
        _add_unique(spellings.setdefault(row["person_id"], []), names)
    return spellings


def _add_people(graph: nx.MultiDiGraph, participants: list[dict[str, Any]], curation: _Curation,
                meeting_of: dict[str, str], organizations: dict[str, dict[str, Any]],
                country_names: dict[str, str]) -> None:
    by_person: dict[str, list[dict[str, Any]]] = {}
    for row in participants:
        by_person.setdefault(curation.find(row["person_id"]), []).append(row)

    for person, rows in by_person.items():
        names = Counter(strip_title(row["name"], row["language"]) for row in rows)
        label = curation.label.get(person) or _preferred_spelling(names)
        aliases: list[str] = []
        _add_unique(aliases, (strip_title(name, row["language"])
                              for row in rows for name in (row["name"], *row["aliases"])))
        stated = Counter(row["country"] for row in rows if row["country"])
        country = curation.country.get(person) or (min(stated, key=lambda c: (-stated[c], c)) if stated else None)
        titles = [row["title"] for row in sorted(rows, key=lambda r: first_day(r["meeting_date"]) or "9999")
                  if row["title"]]
        graph.add_node(person, **_clean({
            "kind": "person",
            "label": label,
            "name": label,
            "aliases": [a for a in aliases if a != label],
            "country": country,
            "titles": list(dict.fromkeys(titles)),
            "meetings": len({meeting_of[row["meeting_id"]] for row in rows}),
            "sources": list(dict.fromkeys(row["source"] for row in rows)),
        }))
        if country:
            _add_country(graph, country, country_names)
            supporting = [row for row in rows if row["country"] == country] or rows
            span = _Span()
            for row in supporting:
                span.add(row["meeting_date"])
            graph.add_edge(person, country_node(country), key=edge_key(person, "represents", country_node(country)),
                           kind="represents", **span.attributes(),
                           sources=list(dict.fromkeys(row["source"] for row in supporting)),
                           evidence=list(dict.fromkeys(row["meeting_evidence"] for row in supporting
                                                       if row["meeting_evidence"])))
        _add_roles(graph, person, rows, organizations)


def _add_roles(graph: nx.MultiDiGraph, person: str, rows: list[dict[str, Any]],
               organizations: dict[str, dict[str, Any]]) -> None:
    """One dated ``role`` edge per (organization, title): together they are the person's timeline."""
    for row in rows:
        organization = row["organization_id"]
        if not organization:
            continue
        _add_organization(graph, organization, organizations)
        key = edge_key(person, "role", organization, slug(row["title"]) if row["title"] else None)
        if not graph.has_edge(person, organization, key):
            graph.add_edge(person, organization, key=key, **_clean({"kind": "role", "title": row["title"]}),
                           sources=[], evidence=[])
        data = graph.edges[person, organization, key]
        span = _Span()
        span.add(data.get("start"), data.get("end"))
        span.add(row["meeting_date"])
        data.update(span.attributes())
        _add_unique(data["sources"], [row["source"]])
        _add_unique(data["evidence"], [row["meeting_evidence"]])


def _add_country(graph: nx.MultiDiGraph, iso3: str, country_names: dict[str, str]) -> str:
    node = country_node(iso3)
    if node not in graph:
        graph.add_node(node, kind="country", label=country_names.get(iso3) or country_label(iso3), iso3=iso3)
    return node


def _add_organization(graph: nx.MultiDiGraph, node: str, organizations: dict[str, dict[str, Any]]) -> None:
    if node in graph:
        return
    row = organizations.get(node, {"name": node.split(":")[-1], "country": None})
    graph.add_node(node, **_clean({"kind": "organization", "label": row["name"], "country": row["country"]}))


# Meetings --------------------------------------------------------------------------------


def _meeting_groups(meetings: list[dict[str, Any]], participants: list[dict[str, Any]],
                    curation: _Curation) -> dict[str, str]:
    """Meeting id → the id of the node that stands for it: one node when articles report one meeting.

    Two reports are one meeting when they give the same full date and the same people.
    """
    people: dict[str, set[str]] = {}
    for row in participants:
        people.setdefault(row["meeting_id"], set()).add(curation.find(row["person_id"]))
    first_of: dict[tuple, str] = {}
    node_of: dict[str, str] = {}
    for meeting in meetings:
        attendees = frozenset(people.get(meeting["id"], ()))
        date = meeting["date"]
        if has_year(date) and len(date) == 10 and len(attendees) >= 2:
            node_of[meeting["id"]] = first_of.setdefault((date, attendees), meeting["id"])
        else:
            node_of[meeting["id"]] = meeting["id"]
    return node_of


def _add_meetings(graph: nx.MultiDiGraph, meetings: list[dict[str, Any]], participants: list[dict[str, Any]],
                  meeting_of: dict[str, str], curation: _Curation, organizations: dict[str, dict[str, Any]],
                  country_names: dict[str, str]) -> None:
    for row in meetings:
        node = meeting_of[row["id"]]
        mention = _clean({"source": row["source"], "evidence": row["evidence"],
                          "evidence_start": row["evidence_start"], "evidence_end": row["evidence_end"]})
        if node not in graph:
            dated = row["date"] if has_year(row["date"]) else None
            graph.add_node(node, **_clean({
                "kind": "meeting", "label": node, "date": row["date"], "start": dated, "end": dated,
                "date_text": row["date_text"], "place": row["place"], "topics": list(row["topics"]),
                "event_type": row["event_type"], "multilateral": bool(row["multilateral"]),
                "teaser": bool(row["teaser"]), "planned": bool(row["planned"]),
                "mentions": [], "sources": [], "evidence": [],
            }))
        data = graph.nodes[node]
        _add_unique(data["topics"], row["topics"])
        for field in ("place", "date_text", "event_type"):
            if field not in data and row[field]:
                data[field] = row[field]
        # A meeting told by an article in its own right is neither a teaser nor only planned.
        data["teaser"] = data["teaser"] and bool(row["teaser"])
        data["planned"] = data["planned"] and bool(row["planned"])
        data["multilateral"] = data["multilateral"] or bool(row["multilateral"])
        data["mentions"].append(mention)
        _add_unique(data["sources"], [row["source"]])
        _add_unique(data["evidence"], [row["evidence"]])

    for row in participants:
        person, meeting = curation.find(row["person_id"]), meeting_of[row["meeting_id"]]
        meeting_data = graph.nodes[meeting]
        key = edge_key(person, "attended", meeting)
        if not graph.has_edge(person, meeting, key):
            organization = organizations.get(row["organization_id"] or "", {}).get("name")
            graph.add_edge(person, meeting, key=key, **_clean({
                "kind": "attended", "title": row["title"], "organization": organization, "name": row["name"],
                "date": meeting_data.get("date"), "start": meeting_data.get("start"), "end": meeting_data.get("end"),
            }), sources=[], evidence=[])
        edge = graph.edges[person, meeting, key]
        _add_unique(edge["sources"], [row["source"]])
        _add_unique(edge["evidence"], [row["meeting_evidence"]])
        country = graph.nodes[person].get("country")
        if country:
            country_id = _add_country(graph, country, country_names)
            key = edge_key(meeting, "involves", country_id)
            if not graph.has_edge(meeting, country_id, key):
                graph.add_edge(meeting, country_id, key=key, **_clean({
                    "kind": "involves", "date": meeting_data.get("date"),
                    "start": meeting_data.get("start"), "end": meeting_data.get("end"),
                }), sources=list(meeting_data["sources"]), evidence=list(meeting_data["evidence"]))


def _meeting_label(graph: nx.MultiDiGraph, node: str) -> str:
    data = graph.nodes[node]
    names = [graph.nodes[p]["label"] for p, _, d in graph.in_edges(node, data=True) if d["kind"] == "attended"]
    shown = " – ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")
    when = data.get("date") or data.get("date_text")
    parts = [shown or "meeting", when, data.get("place")]
    return ", ".join(p for p in parts if p)


# Agreements ------------------------------------------------------------------------------


def _effective_date(mention: dict[str, Any]) -> str | None:
    """When a report places the agreement: its own date, else the meeting's, else the article's."""
    for date in (mention["date"], mention["meeting_date"], mention["published"]):
        if has_year(date):
            return date
    return None


def _add_agreements(graph: nx.MultiDiGraph, agreements: list[dict[str, Any]], mentions: list[dict[str, Any]],
                    meeting_of: dict[str, str], organizations: dict[str, dict[str, Any]],
                    country_names: dict[str, str]) -> None:
    by_agreement: dict[str, list[dict[str, Any]]] = {}
    for mention in mentions:
        by_agreement.setdefault(mention["agreement_id"], []).append(mention)

    for agreement in agreements:
        node = agreement["id"]
        # Undated reports first, so the last one is the latest known status.
        reports = sorted(by_agreement.get(node, []),
                         key=lambda m: (has_year(_effective_date(m)), first_day(_effective_date(m)) or ""))
        if not reports:
            continue
        latest = reports[-1]
        span = _Span()
        history: list[str] = []
        for report in reports:
            when = _effective_date(report)
            span.add(when)
            step = f"{when or _STATUS_UNDATED}: {report['status']}"
            if not history or history[-1] != step:
                history.append(step)
        party_labels = []
        for party in agreement["parties"]:
            if party.startswith("country:"):
                _add_country(graph, party.split(":", 1)[1], country_names)
            else:
                _add_organization(graph, party, organizations)
            party_labels.append(graph.nodes[party]["label"])
        topics: list[str] = []
        _add_unique(topics, (t for report in reports for t in report["topics"]))
        sources = list(dict.fromkeys(report["source"] for report in reports))
        evidence = list(dict.fromkeys(report["evidence"] for report in reports if report["evidence"]))
        graph.add_node(node, **_clean({
            "kind": "agreement", "label": latest["name"], "name": latest["name"], "instrument": agreement["kind"],
            "status": latest["status"], "status_history": history, "parties": party_labels, "topics": topics,
            "mention_only": all(bool(report["mention_only"]) for report in reports), **span.attributes(),
            "mentions": [_clean({
                "source": r["source"], "name": r["name"], "status": r["status"], "date": r["date"],
                "topics": list(r["topics"]), "mention_only": bool(r["mention_only"]), "evidence": r["evidence"],
                "evidence_start": r["evidence_start"], "evidence_end": r["evidence_end"],
            }) for r in reports],
            "sources": sources, "evidence": evidence,
        }))
        for party in agreement["parties"]:
            graph.add_edge(node, party, key=edge_key(node, "party", party), kind="party", **span.attributes(),
                           sources=list(sources), evidence=list(evidence))
        for report in reports:
            if not report["meeting_id"]:
                continue
            meeting = meeting_of[report["meeting_id"]]
            key = edge_key(node, "signed_at", meeting)
            if graph.has_edge(node, meeting, key):
                continue
            meeting_data = graph.nodes[meeting]
            graph.add_edge(node, meeting, key=key, **_clean({
                "kind": "signed_at", "date": meeting_data.get("date"),
                "start": meeting_data.get("start"), "end": meeting_data.get("end"),
            }), sources=[report["source"]], evidence=[e for e in [report["evidence"]] if e])


# Derived ---------------------------------------------------------------------------------


def derive_ties(graph: nx.MultiDiGraph) -> None:
    """(Re)compute the country–country ``tie`` edges from the meetings and agreements in ``graph``.

    Every pair of countries at a held (not planned) meeting, and every pair of country
    parties to an agreement, counts once; a tie goes from the smaller country id to the larger.
    """
    graph.remove_edges_from([(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True) if d["kind"] == "tie"])
    ties: dict[tuple[str, str], dict[str, Any]] = {}
    for node, data in graph.nodes(data=True):
        if data["kind"] == "meeting" and not data.get("planned"):
            counter, link = "meetings", "involves"
        elif data["kind"] == "agreement":
            counter, link = "agreements", "party"
        else:
            continue
        countries = sorted({v for _, v, d in graph.out_edges(node, data=True)
                            if d["kind"] == link and graph.nodes[v]["kind"] == "country"})
        for pair in combinations(countries, 2):
            tie = ties.setdefault(pair, {"meetings": 0, "agreements": 0, "span": _Span(), "sources": [],
                                         "evidence": []})
            tie[counter] += 1
            tie["span"].add(data.get("start"), data.get("end"))
            _add_unique(tie["sources"], data.get("sources", []))
            _add_unique(tie["evidence"], data.get("evidence", []))
    for (a, b), tie in ties.items():
        graph.add_edge(a, b, key=edge_key(a, "tie", b), kind="tie", meetings=tie["meetings"],
                       agreements=tie["agreements"], weight=tie["meetings"] + tie["agreements"],
                       **tie["span"].attributes(), sources=tie["sources"], evidence=tie["evidence"])


def _date_entities(graph: nx.MultiDiGraph) -> None:
    """Give people, organizations and countries the span of the dated edges that touch them."""
    for node, data in graph.nodes(data=True):
        if data["kind"] not in ("person", "organization", "country"):
            continue
        span = _Span()
        for edges in (graph.out_edges(node, data=True), graph.in_edges(node, data=True)):
            for _, _, edge in edges:
                if edge["kind"] in _DATING_EDGES:
                    span.add(edge.get("start"), edge.get("end"))
        data.pop("start", None)
        data.pop("end", None)
        data.update(span.attributes())


def build_graph(store: Store) -> nx.MultiDiGraph:
    """The whole graph of the store, overrides applied (merged, re-countried, renamed, hidden).

    All its queries read one moment of the store, so an ingest running in another process
    cannot hand it a meeting without its participants.
    """
    with store.snapshot():
        return _build_graph(store)


def _build_graph(store: Store) -> nx.MultiDiGraph:
    articles = store.articles()
    participants = store.participants()
    meetings = store.meetings()
    organizations = {row["id"]: row for row in store.organizations()}
    country_names = store.countries()
    spellings = _spellings_by_person(participants)
    curation = _Curation(store.overrides(), spellings, {row["id"]: row["country"] for row in store.people()})

    graph = nx.MultiDiGraph(articles={
        row["source"]: _clean({k: row[k] for k in ("title", "url", "language", "published")}) for row in articles
    })
    # A hidden person takes away what only they brought: their meetings' countries, their roles.
    participants = [row for row in participants if curation.find(row["person_id"]) not in curation.hidden]
    meeting_of = _meeting_groups(meetings, participants, curation)
    _add_people(graph, participants, curation, meeting_of, organizations, country_names)
    _add_meetings(graph, meetings, participants, meeting_of, curation, organizations, country_names)
    _add_agreements(graph, store.agreements(), store.agreement_mentions(), meeting_of, organizations, country_names)

    graph.remove_nodes_from([meeting_of.get(node, node) for node in curation.hidden])
    for node, data in graph.nodes(data=True):
        if data["kind"] == "meeting":
            data["label"] = _meeting_label(graph, node)
    for node, label in curation.label.items():
        node = meeting_of.get(node, node)
        if node in graph:
            graph.nodes[node]["label"] = label
            if "name" in graph.nodes[node]:
                graph.nodes[node]["name"] = label
    derive_ties(graph)
    _date_entities(graph)
    return graph
