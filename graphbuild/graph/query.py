"""Questions the app and the CLI ask of the graph, and the one filter description they share.

Every function takes a graph built by ``build_graph`` and returns plain values or a new
graph; none changes the graph it is given.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

import networkx as nx

from graphbuild.graph.build import NODE_KINDS, derive_ties
from graphbuild.graph.dates import check_date, first_day, has_year, last_day, months_between, overlaps, sort_key
from graphbuild.resolve import country_code, fold

__all__ = [
    "ViewFilter",
    "FilterChoices",
    "filter_graph",
    "filter_choices",
    "ego_graph",
    "find_nodes",
    "overview",
    "meetings_of",
    "signed_agreements",
    "titles_over_time",
    "meetings_per_month",
    "meetings_without_year",
    "ties_between",
    "top_officials",
    "top_partners",
]

_FACT_KINDS = ("meeting", "agreement")
# A meeting's label is made of its people's names: a search matches the people themselves.
_SEARCHED_KINDS = tuple(kind for kind in NODE_KINDS if kind != "meeting")


def _country_ids(countries: Iterable[str]) -> set[str]:
    """``country:VNM`` ids from codes, names or ids; a value that names no country is an error."""
    ids = set()
    for value in countries:
        text = value.split(":", 1)[1] if value.startswith("country:") else value
        code = country_code(text)
        if code is None:
            raise ValueError(f"{value!r} names no country")
        ids.add(f"country:{code}")
    return ids


def _fact_countries(graph: nx.MultiDiGraph, node: str) -> set[str]:
    link = "involves" if graph.nodes[node]["kind"] == "meeting" else "party"
    return {v for _, v, d in graph.out_edges(node, data=True) if d["kind"] == link}


def _keep_fact(graph: nx.MultiDiGraph, node: str, data: dict[str, Any], *, date_from: str | None,
               date_to: str | None, countries: set[str], topics: set[str], statuses: set[str]) -> bool:
    if not overlaps(data.get("start"), data.get("end"), date_from, date_to):
        return False
    if topics and not topics & {fold(t) for t in data.get("topics", [])}:
        return False
    if statuses and data["kind"] == "agreement" and data.get("status") not in statuses:
        return False
    return not countries or bool(countries & _fact_countries(graph, node))


def _names(data: dict[str, Any]) -> list[str]:
    return [name for name in (data.get("label"), data.get("name"), data.get("iso3"), *data.get("aliases", [])) if name]


def filter_graph(graph: nx.MultiDiGraph, *, date_from: str | None = None, date_to: str | None = None,
                 countries: Iterable[str] = (), kinds: Iterable[str] = (), topics: Iterable[str] = (),
                 statuses: Iterable[str] = (), search: str | None = None) -> nx.MultiDiGraph:
    """The part of the graph a user asked for; ties are recounted within it.

    Meetings and agreements are kept when they fall in the date range (undated ones do
    not), share a topic, involve one of the countries, and (agreements) have one of the
    statuses. People, organizations and countries are then kept when a kept meeting or
    agreement involves them. ``search`` keeps the nodes whose name contains it and their
    neighbours; ``kinds`` finally keeps only nodes of those kinds.
    """
    country_ids = _country_ids(countries)
    topic_keys = {fold(t) for t in topics}
    status_set = set(statuses)
    kind_set = set(kinds)
    unknown = kind_set - set(NODE_KINDS)
    if unknown:
        raise ValueError(f"unknown node kind(s) {', '.join(sorted(unknown))}; expected {', '.join(NODE_KINDS)}")
    narrowed = bool(date_from or date_to or country_ids or topic_keys or status_set)

    keep: set[str] = set()
    for node, data in graph.nodes(data=True):
        if data["kind"] in _FACT_KINDS:
            if _keep_fact(graph, node, data, date_from=date_from, date_to=date_to, countries=country_ids,
                          topics=topic_keys, statuses=status_set):
                keep.add(node)
        elif not narrowed:
            keep.add(node)
    if narrowed:
        for fact in list(keep):
            for _, neighbour in graph.out_edges(fact):
                if graph.nodes[neighbour]["kind"] not in _FACT_KINDS:
                    keep.add(neighbour)
            for person, _, data in graph.in_edges(fact, data=True):
                if data["kind"] != "attended":
                    continue
                keep.add(person)
                for _, target, edge in graph.out_edges(person, data=True):
                    if edge["kind"] == "represents" or (
                            edge["kind"] == "role"
                            and overlaps(edge.get("start"), edge.get("end"), date_from, date_to)):
                        keep.add(target)

    view = nx.MultiDiGraph(graph.subgraph(keep))
    view.graph = dict(graph.graph)
    if date_from or date_to:
        view.remove_edges_from([
            (u, v, k) for u, v, k, d in view.edges(keys=True, data=True)
            if d["kind"] == "role" and ("start" in d or "end" in d)
            and not overlaps(d.get("start"), d.get("end"), date_from, date_to)
        ])
    derive_ties(view)

    if search and search.strip():
        matched = find_nodes(view, search, _SEARCHED_KINDS, partial=True)
        around = set(matched)
        for node in matched:
            around.update(nx.all_neighbors(view, node))
        view.remove_nodes_from([node for node in list(view) if node not in around])
    if kind_set:
        view.remove_nodes_from([node for node, data in list(view.nodes(data=True)) if data["kind"] not in kind_set])
    return view


def ego_graph(graph: nx.MultiDiGraph, node: str, radius: int = 1) -> nx.MultiDiGraph:
    """``node`` and everything within ``radius`` steps of it, whatever the edge direction."""
    if node not in graph:
        raise KeyError(f"no node {node!r} in the graph")
    ego = nx.MultiDiGraph(nx.ego_graph(graph, node, radius=radius, undirected=True))
    ego.graph = dict(graph.graph)
    return ego


def find_nodes(graph: nx.MultiDiGraph, text: str, kinds: Iterable[str] = (), *, partial: bool = False) -> list[str]:
    """Node ids (of ``kinds``, if given) that ``text`` names: an id, a name (accents and case aside), an ISO code.

    With ``partial``, a node is found when one of its names contains ``text``: the search
    box's question ("gawkow" finds Krzysztof Gawkowski); blank text then finds nothing.
    """
    wanted = set(kinds)
    if text in graph and (not wanted or graph.nodes[text]["kind"] in wanted):
        return [text]
    key = fold(text)
    if partial and not key:
        return []
    found = []
    for node, data in graph.nodes(data=True):
        if wanted and data["kind"] not in wanted:
            continue
        if any(key in fold(name) if partial else fold(name) == key for name in _names(data)):
            found.append(node)
    if not found and not partial and not wanted - {"country"}:
        code = country_code(text)
        if code and f"country:{code}" in graph:
            found.append(f"country:{code}")
    return found


def overview(graph: nx.MultiDiGraph, *, limit: int, officials: int = 60) -> tuple[nx.MultiDiGraph, bool]:
    """What to draw of ``graph``, and whether that is aggregated: itself up to ``limit`` nodes, else an overview.

    The overview keeps every country and the ``officials`` most active officials, with the
    edges between them (ties, and whom each official represents).
    """
    if graph.number_of_nodes() <= limit:
        return graph, False
    keep = [node for node, data in graph.nodes(data=True) if data["kind"] == "country"]
    keep += [person for person, _ in top_officials(graph, officials)]
    aggregated = nx.MultiDiGraph(graph.subgraph(keep))
    aggregated.graph = dict(graph.graph)
    return aggregated, True


def _row(graph: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    return {"id": node, **graph.nodes[node]}


def meetings_of(graph: nx.MultiDiGraph, person: str) -> list[dict[str, Any]]:
    """Every meeting the official attended, in time order, with the title held that day and who else came."""
    rows = []
    for _, meeting, data in graph.out_edges(person, data=True):
        if data["kind"] != "attended":
            continue
        others = [graph.nodes[p]["label"] for p, _, d in graph.in_edges(meeting, data=True)
                  if d["kind"] == "attended" and p != person]
        rows.append({**_row(graph, meeting), "title": data.get("title"), "organization": data.get("organization"),
                     "with": others})
    return sorted(rows, key=lambda row: (sort_key(row.get("date")), row["id"]))


def signed_agreements(graph: nx.MultiDiGraph, person: str) -> list[dict[str, Any]]:
    """The agreements signed at a meeting the official attended, each once, with the first such meeting.

    A row is the agreement's attributes and ``id``, and ``meeting``: the ``meetings_of`` row
    of the meeting where it was signed.
    """
    rows: dict[str, dict[str, Any]] = {}
    for meeting in meetings_of(graph, person):
        for agreement, _, data in graph.in_edges(meeting["id"], data=True):
            if data["kind"] == "signed_at" and agreement not in rows:
                rows[agreement] = {**_row(graph, agreement), "meeting": meeting}
    return list(rows.values())


def titles_over_time(graph: nx.MultiDiGraph, person: str) -> list[dict[str, Any]]:
    """The official's titles, one row per (organization, title), oldest first.

    Rows are ``title``, ``organization`` (its name) and ``start``/``end``, from the official's
    ``role`` edges; an official with no known organization gets the titles the articles give,
    without organization or dates.
    """
    rows = [{"title": data.get("title"), "organization": graph.nodes[organization]["label"],
             "start": data.get("start"), "end": data.get("end")}
            for _, organization, data in graph.out_edges(person, data=True) if data["kind"] == "role"]
    rows.sort(key=lambda row: (sort_key(row["start"]), row["title"] or ""))
    return rows or [{"title": title, "organization": None, "start": None, "end": None}
                    for title in graph.nodes[person].get("titles", [])]


def meetings_per_month(graph: nx.MultiDiGraph) -> list[tuple[str, int]]:
    """How many meetings of ``graph`` fall in each month (``YYYY-MM``) that has any, in time order.

    A meeting dated by its year only counts in January; one without a year is not counted
    (``meetings_without_year`` lists them).
    """
    counts = Counter(first_day(data["start"])[:7] for _, data in graph.nodes(data=True)
                     if data["kind"] == "meeting" and has_year(data.get("start")))
    return sorted(counts.items())


def meetings_without_year(graph: nx.MultiDiGraph) -> list[str]:
    """The meetings of ``graph`` that no timeline can place: their year is unknown."""
    return [node for node, data in graph.nodes(data=True)
            if data["kind"] == "meeting" and not has_year(data.get("start"))]


def _timeline(meetings: list[dict[str, Any]], agreements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Meetings and each agreement's status changes as events, in time order."""
    events = [{"date": meeting.get("date"), "date_text": meeting.get("date_text"), "what": "meeting",
               "id": meeting["id"], "event": meeting["label"],
               "status": "planned" if meeting.get("planned") else "held",
               "topics": list(meeting.get("topics", [])), "sources": list(meeting.get("sources", []))}
              for meeting in meetings]
    for agreement in agreements:
        # A status step is "DATE: status", or "undated: status" (see graph.build).
        for step in agreement.get("status_history") or [f"undated: {agreement.get('status', '')}"]:
            when, _, status = step.partition(": ")
            events.append({"date": None if when == "undated" else when, "date_text": None, "what": "agreement",
                           "id": agreement["id"], "event": agreement.get("name") or agreement["label"],
                           "status": status, "topics": list(agreement.get("topics", [])),
                           "sources": list(agreement.get("sources", []))})
    events.sort(key=lambda event: (sort_key(event["date"]), event["what"], event["event"]))
    return events


def ties_between(graph: nx.MultiDiGraph, a: str, b: str) -> dict[str, Any]:
    """Everything that links two countries: shared meetings and agreements, the derived tie, a timeline.

    ``timeline`` lists the meetings and every status change of the agreements as events
    (``date``, ``date_text``, ``what``, ``id``, ``event``, ``status``, ``topics``, ``sources``)
    in time order, undated ones last.
    """
    first, second = sorted(_country_ids([a, b])) if a != b else (None, None)
    if first is None:
        raise ValueError("ties_between needs two different countries")
    facts = {"meeting": [], "agreement": []}
    for node, data in graph.nodes(data=True):
        if data["kind"] in _FACT_KINDS and {first, second} <= _fact_countries(graph, node):
            facts[data["kind"]].append(_row(graph, node))
    tie = None
    if graph.has_node(first) and graph.has_node(second):
        tie = next((dict(d) for d in graph.get_edge_data(first, second, default={}).values() if d["kind"] == "tie"),
                   None)
    order = lambda row: (sort_key(row.get("start")), row["id"])  # noqa: E731
    meetings, agreements = sorted(facts["meeting"], key=order), sorted(facts["agreement"], key=order)
    return {"countries": [first, second], "meetings": meetings, "agreements": agreements, "tie": tie,
            "timeline": _timeline(meetings, agreements)}


def top_officials(graph: nx.MultiDiGraph, n: int = 10, *, country: str | None = None) -> list[tuple[str, int]]:
    """The officials with the most meetings (optionally of one country), most first."""
    wanted = next(iter(_country_ids([country]))).split(":", 1)[1] if country else None
    counts = Counter()
    for person, data in graph.nodes(data=True):
        if data["kind"] != "person" or (wanted and data.get("country") != wanted):
            continue
        counts[person] = sum(1 for _, _, d in graph.out_edges(person, data=True) if d["kind"] == "attended")
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def top_partners(graph: nx.MultiDiGraph, country: str, n: int = 10) -> list[tuple[str, int]]:
    """The countries with the most shared meetings and agreements with ``country``, most first."""
    node = next(iter(_country_ids([country])))
    if node not in graph:
        return []
    counts = Counter()
    for u, v, data in [*graph.out_edges(node, data=True), *graph.in_edges(node, data=True)]:
        if data["kind"] == "tie":
            counts[v if u == node else u] += data["weight"]
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def _strings(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = value.split(",")
    return tuple(item.strip() for item in value if item and item.strip())


@dataclass(frozen=True)
class FilterChoices:
    """What a view's filters can offer, read from a graph: ``filter_choices`` makes it."""

    months: tuple[str, ...] = ()  # every month from the first dated fact to the last, YYYY-MM
    countries: dict[str, str] = field(default_factory=dict)  # ISO alpha-3 → name, by name
    topics: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()  # agreement statuses


def filter_choices(graph: nx.MultiDiGraph) -> FilterChoices:
    """The months, countries, topics and agreement statuses that occur in ``graph``."""
    days, topics, statuses, countries = [], set(), set(), {}
    for _, data in graph.nodes(data=True):
        kind = data["kind"]
        if kind in _FACT_KINDS:
            days += [day for day in (first_day(data.get("start")), last_day(data.get("end"))) if day]
            topics.update(data.get("topics", ()))
            if kind == "agreement" and data.get("status"):
                statuses.add(data["status"])
        elif kind == "country":
            countries[data["iso3"]] = data["label"]
    return FilterChoices(
        months=months_between(min(days), max(days)) if days else (),
        countries=dict(sorted(countries.items(), key=lambda item: item[1])),
        topics=tuple(sorted(topics, key=str.casefold)),
        statuses=tuple(sorted(statuses)),
    )


@dataclass(frozen=True)
class ViewFilter:
    """The view a user chose, shared by the app, the CLI and the snapshot metadata."""

    date_from: str | None = None
    date_to: str | None = None
    countries: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    search: str | None = None
    focus: str | None = None
    radius: int = 1
    _lists = ("countries", "kinds", "topics", "statuses")

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value:
                check_date(value)
        for name in self._lists:
            object.__setattr__(self, name, _strings(getattr(self, name)))
        if self.radius < 0:
            raise ValueError("radius must be 0 or more")

    def is_empty(self) -> bool:
        """True when the view is the whole graph."""
        return self == ViewFilter()

    def to_dict(self) -> dict[str, Any]:
        """Every setting, lists as lists: the shape recorded in snapshots."""
        return {f.name: list(getattr(self, f.name)) if f.name in self._lists else getattr(self, f.name)
                for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ViewFilter":
        """Inverse of ``to_dict``; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and v is not None}
        if "radius" in values:
            values["radius"] = int(values["radius"])
        return cls(**values)

    def to_query_params(self) -> dict[str, str | list[str]]:
        """The non-default settings as URL query parameters (lists for repeated keys)."""
        params: dict[str, str | list[str]] = {}
        for name, value in self.to_dict().items():
            if name in self._lists:
                if value:
                    params[name] = list(value)
            elif name == "radius":
                if self.focus and value != 1:
                    params[name] = str(value)
            elif value:
                params[name] = str(value)
        return params

    @classmethod
    def from_query_params(cls, params: Mapping[str, Any]) -> "ViewFilter":
        """Inverse of ``to_query_params``; a single value where a list is expected is one item."""
        data = dict(params)
        for name in cls._lists:
            if name in data and isinstance(data[name], str):
                data[name] = [data[name]]
        return cls.from_dict(data)

    def apply(self, graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
        """The filtered graph, then the neighbourhood of ``focus`` if one is set."""
        view = filter_graph(graph, date_from=self.date_from, date_to=self.date_to, countries=self.countries,
                            kinds=self.kinds, topics=self.topics, statuses=self.statuses, search=self.search)
        if self.focus:
            if self.focus not in view:
                empty = nx.MultiDiGraph()
                empty.graph = dict(graph.graph)
                return empty
            view = ego_graph(view, self.focus, self.radius)
        return view
