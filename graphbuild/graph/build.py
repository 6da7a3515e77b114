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

import gc
import threading
import time
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain, combinations
from typing import Any

import networkx as nx

from graphbuild.graph.copy_on_write import writable_node
from graphbuild.graph.dates import first_day, has_year, last_day
from graphbuild.resolve import same_person
from graphbuild.store import Override, Store
from graphbuild.store.identity import country_label, country_node, known_instrument_labels, slug, strip_title

__all__ = ["NODE_KINDS", "EDGE_KINDS", "build_graph", "graph_since", "LatestGraph", "derive_ties", "edge_key",
           "node_reference", "resolve_person_ref", "tie_attributes", "article_ranks"]

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
    """The earliest start and latest end of dates of any precision, each kept as written.

    The dates are gathered first and compared once each: an official met in thousands of
    meetings brings the same few hundred dates again and again. Of two dates that begin (or
    end) on the same day, the more precise is kept ("2023-01-01" over "2023").
    """

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: set[str | None] = set()
        self.ends: set[str | None] = set()

    def add(self, start: str | None, end: str | None = None) -> None:
        self.starts.add(start)
        self.ends.add(end or start)

    def add_dates(self, dates: Iterable[str | None]) -> None:
        """Add dates that each start and end where they are (a meeting's day)."""
        dates = set(dates)
        self.starts |= dates
        self.ends |= dates

    def attributes(self) -> dict[str, str]:
        found = {}
        start = _bound(self.starts, first_day, min, _most_precise_first)
        end = _bound(self.ends, last_day, max, _most_precise_last)
        if start:
            found["start"] = start
        if end:
            found["end"] = end
        return found


def _bound(dates: set[str | None], day_of: Callable[[str], str | None], pick: Callable,
           tie: Callable[[list[str]], str]) -> str | None:
    """The date whose first (or last) day ``pick`` chooses, ``tie`` choosing among dates of that day;
    None when no date has a year (``day_of`` gives None for those).

    Written for C-level loops: a tie between two countries has thousands of distinct days.
    """
    written = list(filter(None, dates))
    days = list(map(day_of, written))
    known = list(filter(None, days))
    if not known:
        return None
    best = pick(known)
    if days.count(best) == 1:
        return written[days.index(best)]
    return tie([date for date, day in zip(written, days) if day == best])


def _most_precise_first(dates: list[str]) -> str:
    return min(dates, key=lambda date: (-len(date), date))


def _most_precise_last(dates: list[str]) -> str:
    return max(dates, key=lambda date: (len(date), date))


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
        #: absorbed person → the person they are now (``merged.get(p, p)``: a look-up per row, not a call)
        self.merged = {person: self.find(person) for person in self.parent}

    def find(self, person: str) -> str:
        while person in self.parent:
            person = self.parent[person]
        return person


# People ----------------------------------------------------------------------------------


def _preferred_spelling(names: Counter) -> str:
    """The most frequent spelling; among equals the one with most accents (Tô Lâm over To Lam)."""
    return max(names, key=lambda name: (names[name], sum(not c.isascii() for c in name), name))


def _spellings_by_person(participants: list[dict[str, Any]]) -> dict[str, list[str]]:
    spellings: dict[str, dict[str, None]] = {}  # ordered sets
    for row in participants:
        seen = spellings.setdefault(row["person_id"], {})
        language = row["language"]
        seen[strip_title(row["name"], language)] = None
        for alias in row["aliases"]:
            seen[strip_title(alias, language)] = None
    return {person: list(names) for person, names in spellings.items()}


def _add_people(graph: nx.MultiDiGraph, participants: list[dict[str, Any]], curation: _Curation,
                meeting_of: dict[str, str], organizations: dict[str, dict[str, Any]],
                country_names: dict[str, str], spans: dict[str, _Span], tallies: dict[str, dict] | None = None) -> None:
    """Person nodes with their ``represents`` and ``role`` edges; ``tallies`` receives, per person, what
    needs all their reports (``graph.update`` grows a person by new reports from it)."""
    by_person: dict[str, list[dict[str, Any]]] = {}
    merged = curation.merged
    for row in participants:
        by_person.setdefault(merged.get(row["person_id"], row["person_id"]), []).append(row)

    for person, rows in by_person.items():
        # One pass over the person's rows (an official may have thousands): names as written,
        # titles title by title, meeting dates distinct; each then worked out once.
        written: Counter = Counter()  # (name, language) → reports
        spelled: dict[tuple[str, str], None] = {}  # names and aliases as written, in order
        stated: Counter = Counter()
        title_dates: dict[str, dict[str | None, int]] = {}  # title → meeting date → first row
        meetings: set[str] = set()
        sources: dict[str, None] = {}
        dates: set[str | None] = set()
        evidence: dict[str, None] = {}
        for index, row in enumerate(rows):
            language = row["language"]
            written[row["name"], language] += 1
            spelled[row["name"], language] = None
            for alias in row["aliases"]:
                spelled[alias, language] = None
            if row["country"]:
                stated[row["country"]] += 1
            title = row["title"]
            if title:
                title_dates.setdefault(title, {}).setdefault(row["meeting_date"], index)
            meetings.add(meeting_of[row["meeting_id"]])
            sources[row["source"]] = None
            dates.add(row["meeting_date"])
            if row["meeting_evidence"]:
                evidence[row["meeting_evidence"]] = None
        # the days of their meetings (their roles' days are among them)
        spans[person] = span = _Span()
        span.add_dates(dates)
        names: Counter = Counter()
        for (name, language), count in written.items():
            names[strip_title(name, language)] += count
        spellings = dict.fromkeys(strip_title(name, language) for name, language in spelled)
        # a title's place in the timeline: the first day it is held, then the first report of it
        first_title = {title: min((first_day(date) or "9999", index) for date, index in dates.items())
                       for title, dates in title_dates.items()}
        if tallies is not None:  # the counts above as they stand; spellings and titles in report order
            tallies[person] = {"written": dict(written), "spelled": spelled, "stated": dict(stated),
                               "titles": first_title, "rows": len(rows)}
        label = curation.label.get(person) or _preferred_spelling(names)
        country = curation.country.get(person) or (min(stated, key=lambda c: (-stated[c], c)) if stated else None)
        _put_node(graph, person, _clean({
            "kind": "person",
            "label": label,
            "name": label,
            "aliases": [a for a in spellings if a != label],
            "country": country,
            "titles": sorted(first_title, key=first_title.__getitem__),
            "meetings": len(meetings),
            "sources": list(sources),
        }))
        if country:
            target = _add_country(graph, country, country_names)
            if stated.get(country) == len(rows):  # every report gives that country, as most do
                represented = span.attributes(), list(sources), list(evidence)
            else:
                supporting = [row for row in rows if row["country"] == country] or rows
                support = _Span()
                support.add_dates(row["meeting_date"] for row in supporting)
                represented = (support.attributes(), list(dict.fromkeys(row["source"] for row in supporting)),
                               list(dict.fromkeys(row["meeting_evidence"] for row in supporting
                                                  if row["meeting_evidence"])))
            attributes, supported_by, evidenced_by = represented
            _put_edge(graph, person, target, edge_key(person, "represents", target), {
                "kind": "represents", **attributes, "sources": supported_by, "evidence": evidenced_by})
        _add_roles(graph, person, rows, organizations, spans)


def _add_roles(graph: nx.MultiDiGraph, person: str, rows: list[dict[str, Any]],
               organizations: dict[str, dict[str, Any]], spans: dict[str, _Span]) -> None:
    """One dated ``role`` edge per (organization, title): together they are the person's timeline."""
    # Sources and evidence gathered in dicts (ordered sets): an official met in thousands of
    # meetings would otherwise cost a list scan per meeting.
    roles: dict[tuple[str, str | None], tuple[str | None, dict, dict, set]] = {}  # (organization, title key) → …
    for row in rows:
        organization = row["organization_id"]
        if not organization:
            continue
        title = row["title"]
        qualifier = _slug(title) if title else None  # "Minister" and "minister" are one role
        role = roles.get((organization, qualifier))
        if role is None:
            role = roles[organization, qualifier] = (title, {}, {}, set())
        _, sources, evidence, dates = role
        dates.add(row["meeting_date"])
        sources[row["source"]] = None
        if row["meeting_evidence"] is not None:
            evidence[row["meeting_evidence"]] = None
    for (organization, qualifier), (title, sources, evidence, dates) in roles.items():
        _add_organization(graph, organization, organizations)
        span = _Span()
        span.add_dates(dates)
        spans.setdefault(organization, _Span()).add_dates(dates)
        _put_edge(graph, person, organization, edge_key(person, "role", organization, qualifier), {
            **_clean({"kind": "role", "title": title}), "sources": list(sources), "evidence": list(evidence),
            **span.attributes()})


_slug = lru_cache(maxsize=1 << 16)(slug)


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

    Two reports are one meeting when they give the same day, the same people (two or more)
    and the same place. With a full date, a report that names no place joins one that does;
    with a day whose year is unknown ("--10-26"), only the same known place makes it certain
    (the same two ministers meet on that day of other years too).
    """
    people: dict[str, set[str]] = {}
    merged = curation.merged
    for row in participants:
        people.setdefault(row["meeting_id"], set()).add(merged.get(row["person_id"], row["person_id"]))
    first_of: dict[tuple, list[list]] = {}  # (day, people) → [node, place] of each meeting told so far
    node_of: dict[str, str] = {}
    for meeting in meetings:
        node_of[meeting["id"]] = node = meeting["id"]
        attendees = people.get(meeting["id"], ())
        date = meeting["date"]
        if len(attendees) < 2 or not date or len(date) != 10 and not (date.startswith("--") and len(date) == 7):
            continue
        place = meeting["place"].casefold() if meeting["place"] else None
        if date.startswith("--") and place is None:
            continue
        told = first_of.setdefault((date, frozenset(attendees)), [])
        for known in told:
            if known[1] == place or (not date.startswith("--") and (known[1] is None or place is None)):
                node_of[meeting["id"]] = known[0]
                known[1] = known[1] or place
                break
        else:
            told.append([node, place])
    return node_of


def _add_meetings(graph: nx.MultiDiGraph, meetings: list[dict[str, Any]], participants: list[dict[str, Any]],
                  meeting_of: dict[str, str], curation: _Curation, organizations: dict[str, dict[str, Any]],
                  country_names: dict[str, str], spans: dict[str, _Span]) -> dict[str, list[str]]:
    """Meeting nodes, their ``attended`` and ``involves`` edges; returns each meeting's attendees in order."""
    node_data, successors, predecessors = graph._node, graph._succ, graph._pred  # see _put_edge
    dating: dict[str, dict[str, str]] = {}  # meeting node → its date, start and end, as its edges carry them
    for row in meetings:
        node = meeting_of[row["id"]]
        # _clean, written out: a hundred thousand meetings
        mention = {"source": row["source"]}
        for field in ("evidence", "evidence_start", "evidence_end"):
            if row[field] is not None:
                mention[field] = row[field]
        data = node_data.get(node)
        if data is None:
            data = {"kind": "meeting", "label": node}
            when = dating[node] = {}  # what its edges are dated by
            if row["date"] is not None:
                data["date"] = when["date"] = row["date"]
                if has_year(row["date"]):
                    data["start"] = data["end"] = when["start"] = when["end"] = row["date"]
            for field in ("date_text", "place"):
                if row[field] is not None:
                    data[field] = row[field]
            data["topics"] = list(row["topics"])
            if row["event_type"] is not None:
                data["event_type"] = row["event_type"]
            data["multilateral"] = bool(row["multilateral"])
            data["teaser"] = bool(row["teaser"])
            data["planned"] = bool(row["planned"])
            data["mentions"] = [mention]
            data["sources"] = [row["source"]]
            data["evidence"] = [] if row["evidence"] is None else [row["evidence"]]
            _put_node(graph, node, data)
            continue
        data = writable_node(graph, node)  # a meeting told before (graph.update): changed, with its edges' lists
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

    names = {row["id"]: row["name"] for row in organizations.values()}
    merged = curation.merged
    countries: dict[str, str] = {}  # ISO3 → node, added on first sight
    country_days: dict[str, set[str | None]] = {}  # country node → the days of the meetings involving it
    attendees: dict[str, list[str]] = {}
    for row in participants:
        person, meeting = merged.get(row["person_id"], row["person_id"]), meeting_of[row["meeting_id"]]
        meeting_data = node_data[meeting]
        key = f"{person}>attended>{meeting}"  # edge_key(person, "attended", meeting)
        if key not in successors[person].get(meeting, _NONE):
            # Every attendee of a meeting node attended each report it stands for (reports are
            # one meeting only with the same people): the meeting's sources and evidence are
            # theirs, shared as the ``involves`` edges share them.
            edge = {"kind": "attended"}
            if row["title"] is not None:
                edge["title"] = row["title"]
            organization = names.get(row["organization_id"])
            if organization is not None:
                edge["organization"] = organization
            edge["name"] = row["name"]
            edge.update(dating[meeting])
            edge["sources"] = meeting_data["sources"]
            edge["evidence"] = meeting_data["evidence"]
            # _put_edge, inlined: a person has one new edge per meeting attended
            successors[person][meeting] = predecessors[meeting][person] = {key: edge}
            attendees.setdefault(meeting, []).append(person)
        country = node_data[person].get("country")
        if country:
            country_id = countries.get(country)
            if country_id is None:
                country_id = countries[country] = _add_country(graph, country, country_names)
                country_days[country_id] = set()
            key = f"{meeting}>involves>{country_id}"  # edge_key(meeting, "involves", country_id)
            if key not in successors[meeting].get(country_id, _NONE):
                involves = {"kind": "involves", **dating[meeting]}
                # The meeting's own lists, complete by now: shared, not copied (a graph is not
                # changed once built, and a filtered view shares its lists with the graph too).
                involves["sources"] = meeting_data["sources"]
                involves["evidence"] = meeting_data["evidence"]
                keys = successors[meeting].get(country_id)  # _put_edge, inlined
                if keys is None:
                    keys = successors[meeting][country_id] = predecessors[country_id][meeting] = {}
                keys[key] = involves
                country_days[country_id].add(involves.get("start"))  # a meeting's day: its end too
    for country_id, days in country_days.items():
        spans.setdefault(country_id, _Span()).add_dates(days)
    return attendees


_NONE: dict = {}


def _put_node(graph: nx.MultiDiGraph, node: str, data: dict[str, Any]) -> None:
    """Add a new node with ``data`` as its attribute dict, as ``add_node`` would (see ``_put_edge``)."""
    graph._node[node] = data
    graph._succ[node] = {}
    graph._pred[node] = {}


def _put_edge(graph: nx.MultiDiGraph, u: str, v: str, key: str, data: dict[str, Any]) -> None:
    """Add an edge between existing nodes with ``data`` as its attribute dict, as ``add_edge`` would.

    networkx keeps a multigraph as dicts (node → neighbour → key → attributes), the key dict
    shared by the successors of ``u`` and the predecessors of ``v``: written here directly,
    since at a hundred thousand meetings its methods' checks and keyword copies cost more
    than the build's own work. The graph is new and this module is its only writer.
    """
    keys = graph._succ[u].get(v)
    if keys is None:
        keys = graph._succ[u][v] = graph._pred[v][u] = {}
    keys[key] = data


def _meeting_label(data: dict[str, Any], names: list[str]) -> str:
    """"Tô Lâm – Krzysztof Gawkowski, 2025-10-27, Hanoi": up to three attendees, the date, the place."""
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
                    country_names: dict[str, str], spans: dict[str, _Span]) -> None:
    by_agreement: dict[str, list[dict[str, Any]]] = {}
    for mention in mentions:
        by_agreement.setdefault(mention["agreement_id"], []).append(mention)

    node_data, successors = graph._node, graph._succ  # see _put_edge
    known_labels = known_instrument_labels()  # the Hanoi Convention has its own name, whoever reports it
    for agreement in agreements:
        node = agreement["id"]
        # Undated reports first, so the last one is the latest known status.
        reports = sorted(((_effective_date(m), m) for m in by_agreement.get(node, ())),
                         key=lambda dated: (has_year(dated[0]), first_day(dated[0]) or ""))
        if not reports:
            continue
        latest = reports[-1][1]
        span = _Span()
        history: list[str] = []
        for when, report in reports:
            span.add(when)
            step = f"{when or _STATUS_UNDATED}: {report['status']}"
            if not history or history[-1] != step:
                history.append(step)
        reports = [report for _, report in reports]
        party_labels = []
        for party in agreement["parties"]:
            if party.startswith("country:"):
                _add_country(graph, party.split(":", 1)[1], country_names)
            else:
                _add_organization(graph, party, organizations)
            party_labels.append(node_data[party]["label"])
        topics: list[str] = []
        _add_unique(topics, (t for report in reports for t in report["topics"]))
        sources = list(dict.fromkeys(report["source"] for report in reports))
        evidence = list(dict.fromkeys(report["evidence"] for report in reports if report["evidence"]))
        dated = span.attributes()
        label = known_labels.get(node) or latest["name"]
        _put_node(graph, node, _clean({
            "kind": "agreement", "label": label, "name": label, "instrument": agreement["kind"],
            "status": latest["status"], "status_history": history, "parties": party_labels, "topics": topics,
            "mention_only": all(bool(report["mention_only"]) for report in reports), **dated,
            "mentions": [_clean({
                "source": r["source"], "name": r["name"], "status": r["status"], "date": r["date"],
                "topics": list(r["topics"]), "mention_only": bool(r["mention_only"]), "evidence": r["evidence"],
                "evidence_start": r["evidence_start"], "evidence_end": r["evidence_end"],
            }) for r in reports],
            "sources": sources, "evidence": evidence,
        }))
        for party in agreement["parties"]:
            _put_edge(graph, node, party, edge_key(node, "party", party), {
                "kind": "party", **dated, "sources": list(sources), "evidence": list(evidence)})
            spans.setdefault(party, _Span()).add(dated.get("start"), dated.get("end"))
        for report in reports:
            if not report["meeting_id"]:
                continue
            meeting = meeting_of[report["meeting_id"]]
            key = edge_key(node, "signed_at", meeting)
            if key in successors[node].get(meeting, _NONE):
                continue
            meeting_data = node_data[meeting]
            _put_edge(graph, node, meeting, key, {**_clean({
                "kind": "signed_at", "date": meeting_data.get("date"),
                "start": meeting_data.get("start"), "end": meeting_data.get("end"),
            }), "sources": [report["source"]], "evidence": [e for e in [report["evidence"]] if e]})


# Derived ---------------------------------------------------------------------------------


def derive_ties(graph: nx.MultiDiGraph) -> None:
    """(Re)compute the country–country ``tie`` edges from the meetings and agreements in ``graph``.

    Every pair of countries at a held (not planned) meeting, and every pair of country
    parties to an agreement, counts once; a tie goes from the smaller country id to the larger.
    """
    nodes, successors = graph._node, graph._succ  # see _put_edge; read only
    # Ties go from country to country, and nothing else leaves a country.
    graph.remove_edges_from([(u, v, k) for u, data in nodes.items() if data["kind"] == "country"
                             for v, edges in successors[u].items() for k, d in edges.items() if d["kind"] == "tie"])
    # Per pair of countries: meetings, agreements, then the starts, ends, source lists and
    # evidence lists of its facts, merged once at the end (thousands of facts per pair).
    ties: dict[tuple[str, str], list] = {}
    rank = article_ranks(graph)
    for node, data in nodes.items():
        kind = data["kind"]
        if kind == "meeting" and not data.get("planned"):
            counter, link = 0, "involves"
        elif kind == "agreement":
            counter, link = 1, "party"
        else:
            continue
        out = successors[node]
        if len(out) < 2:
            continue
        countries = []
        for v, edges in out.items():
            if nodes[v]["kind"] == "country":
                for d in edges.values():
                    if d["kind"] == link:
                        countries.append(v)
                        break
        if len(countries) < 2:
            continue
        countries.sort()
        start, end = data.get("start"), data.get("end")
        sources, mentions = data.get("sources", ()), data.get("mentions", ())
        for pair in combinations(countries, 2):
            tie = ties.get(pair)
            if tie is None:
                tie = ties[pair] = [0, 0, [], [], [], []]
            tie[counter] += 1
            tie[2].append(start)
            tie[3].append(end or start)
            tie[4].append(sources)
            tie[5].append(mentions)
    for (a, b), (meetings, agreements, starts, ends, sources, mentions) in ties.items():
        _put_edge(graph, a, b, edge_key(a, "tie", b),
                  tie_attributes(meetings, agreements, starts, ends, sources, mentions, rank))
    nx._clear_cache(graph)


def article_ranks(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Each article's place in the order the store received them (``graph.graph["articles"]``).

    Made once per articles dict and length, not at each call: a filtered view shares its graph's
    dict, and every filter derives its ties with it (a dict of 100,000 entries each time).
    """
    articles = graph.graph.get("articles", {})
    held = _RANKS.get("of")
    if held is None or held[0] is not articles or len(held[1]) != len(articles):
        # Articles are only ever added at the end of the dict (graph.update): the same dict at the same
        # length holds the same articles in the same order.
        held = _RANKS["of"] = (articles, {source: index for index, source in enumerate(articles)})
    return held[1]


# The last ranks made, with the articles dict they were made of (one entry).
_RANKS: dict[str, tuple[Any, dict[str, int]]] = {}


def tie_attributes(meetings: int, agreements: int, starts: list, ends: list, sources: list[list],
                   mentions: list[list], rank: dict[str, int]) -> dict[str, Any]:
    """The attributes of a country–country ``tie``: its counts, its span, its sources and evidence.

    Sources come in the order the store received their articles, and each evidence sentence
    in the order of the first report that gives it (its article, then its place there): a
    tie then only grows at the end as articles come, and can be updated without being made
    again (``graph.update``).
    """
    span = _Span()
    span.starts, span.ends = set(starts), set(ends)
    last = len(rank)
    found = set(chain.from_iterable(sources))
    found.discard(None)
    first: dict[str, tuple] = {}
    for mention in chain.from_iterable(mentions):
        sentence = mention.get("evidence")
        if sentence:
            key = (rank.get(mention["source"], last), mention.get("evidence_start", -1))
            known = first.get(sentence)
            if known is None or key < known:
                first[sentence] = key
    return {"kind": "tie", "meetings": meetings, "agreements": agreements, "weight": meetings + agreements,
            **span.attributes(), "sources": sorted(found, key=lambda source: (rank.get(source, last), source)),
            "evidence": sorted(first, key=lambda sentence: (first[sentence], sentence))}


def _date_entities(graph: nx.MultiDiGraph, spans: dict[str, _Span] | None,
                   nodes: Iterable[str] | None = None) -> None:
    """Give people, organizations and countries the span of the dated edges that touch them.

    ``spans`` are those gathered as the edges were made; None (something was hidden since)
    reads them off the edges that are left. ``nodes`` limits the work to those nodes.
    """
    successors, predecessors = graph._succ, graph._pred  # see _put_edge
    items = graph._node.items() if nodes is None else ((node, graph._node[node]) for node in nodes)
    for node, data in items:
        if data["kind"] not in ("person", "organization", "country"):
            continue
        if nodes is not None:  # graph.update's: a graph updated apart copies what it changes
            data = writable_node(graph, node)
        data.pop("start", None)
        data.pop("end", None)
        if spans is not None:
            if node in spans:
                data.update(spans[node].attributes())
            continue
        # _Span.add, inlined: a country is touched by every meeting that involves it.
        span = _Span()
        starts, ends = span.starts, span.ends
        for neighbours in (successors[node], predecessors[node]):
            for edges in neighbours.values():
                for edge in edges.values():
                    if edge["kind"] in _DATING_EDGES:
                        start = edge.get("start")
                        starts.add(start)
                        ends.add(edge.get("end") or start)
        data.update(span.attributes())


def build_graph(store: Store, *, cache: bool = True, keep: bool = False) -> nx.MultiDiGraph:
    """The whole graph of the store, overrides applied (merged, re-countried, renamed, hidden).

    All its queries read one moment of the store, so an ingest running in another process
    cannot hand it a meeting without its participants. With ``cache``, a graph kept for this
    very state of the store is loaded instead, and a slow build is kept for the next
    process (``graphbuild.graph.cache``); a graph kept before articles were added is
    brought up to date with them alone (``graphbuild.graph.update``), and kept again when that
    was slow. ``keep``: whatever it took, the graph is kept (``graphbuild ingest`` and
    ``follow`` write it after storing articles, so that the explorer never has to).
    """
    from graphbuild.graph import cache as kept

    with store.snapshot():
        with _no_collection():
            key = kept.cache_key(store) if cache else None
            graph = kept.load_graph(store, key) if key is not None else None
            if graph is None and key is not None:
                graph = _updated(store, key, keep)
            if graph is None:
                began = time.perf_counter()
                graph = _build_graph(store)
                if key is not None and (keep or time.perf_counter() - began >= kept.MIN_BUILD_SECONDS):
                    kept.save_graph(store, key, graph)
        return _made_after_freeze(graph)


def graph_since(store: Store, graph: nx.MultiDiGraph, key: tuple) -> tuple[nx.MultiDiGraph, tuple]:
    """The graph of the store as it is now and its key, from ``graph``, held in memory for ``key``.

    ``graph`` itself when the store has not changed since; when it has only gained articles,
    ``graph`` with their facts as a new graph (``update.updated_apart``), ``graph`` left as it
    is for whoever is still reading it, and written to the graph file only when that was slow
    (``cache.RESAVE_SECONDS``, as ``build_graph`` does); else what ``build_graph`` gives (the
    file loaded, or a full build). The explorer's graph follows the store this way, without
    loading the file again at each write (4.7 to 8 s at 100,000 articles).
    """
    from graphbuild.graph import cache as kept
    from graphbuild.graph.update import can_update, updated_apart

    with store.snapshot():
        now = kept.cache_key(store)
        if now == key:
            return graph, now
        if can_update(key, now):
            began = time.perf_counter()
            updated = updated_apart(graph, store, key)
            if updated is not None:
                if time.perf_counter() - began >= kept.RESAVE_SECONDS:
                    kept.save_graph(store, now, updated)
                return updated, now
        return build_graph(store), now


class LatestGraph:
    """The graph last made of a store, held (weakly) with its key: the next one is brought up to date from it.

    What the explorer keeps between two writes to its store: ``graph()`` gives the graph of the
    store as it is, from the one held through ``graph_since`` while it is alive (sessions are
    drawing it), else from ``build_graph``. One at a time: a second caller waits, then starts
    from the first one's graph.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: tuple[weakref.ref, tuple] | None = None

    def graph(self, store: Store) -> nx.MultiDiGraph:
        """The graph of ``store`` now (the one held itself when the store has not changed)."""
        from graphbuild.graph import cache as kept

        with self._lock, store.snapshot():
            held = self._held[0]() if self._held else None
            if held is None:
                key = kept.cache_key(store)
                graph = build_graph(store)
            else:
                graph, key = graph_since(store, held, self._held[1])
            self._held = (weakref.ref(graph), key)
            return graph


def _updated(store: Store, key: tuple, keep: bool) -> nx.MultiDiGraph | None:
    """The kept graph brought up to ``key`` with the articles added since (``graph.update``), and kept again
    when ``keep`` or when that was slow (``cache.RESAVE_SECONDS``); None when it cannot be (no kept graph,
    or more has changed than articles added)."""
    from graphbuild.graph import cache as kept
    from graphbuild.graph.update import can_update, update_graph

    old = kept.kept_key(store)
    if not can_update(old, key):
        return None
    graph = kept.load_graph(store, old)
    began = time.perf_counter()
    if graph is None or not update_graph(graph, store, old):  # which keeps its queries up to date
        return None
    if keep or time.perf_counter() - began >= kept.RESAVE_SECONDS:
        kept.save_graph(store, key, graph)
    return graph


@contextmanager
def _no_collection() -> Iterator[None]:
    """No cyclic garbage collection while a graph is made, and none of its objects walked by later ones.

    A graph of a hundred thousand meetings is millions of small objects and no cycle among
    them: the collector would walk them all as they are made, and again at the first
    collection afterwards (a second, at the first filter). They go to the permanent
    generation instead (``gc.freeze``); reference counting still frees them with the graph,
    as long as the graph object itself is in no cycle the collector would have to find
    (see ``_made_after_freeze``).
    """
    collecting = gc.isenabled()
    gc.disable()
    began = time.perf_counter()
    try:
        yield
    finally:
        # Only after a large graph (a small one is not worth it): freezing also keeps whatever
        # cyclic garbage of the process is not collected yet, for good.
        if time.perf_counter() - began >= _FREEZE_SECONDS:
            gc.freeze()
        if collecting:
            gc.enable()


# A build or load at least this long made enough objects to be frozen out of later collections.
_FREEZE_SECONDS = 1.0


def _made_after_freeze(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same nodes, edges and worked-out queries in a graph object made after ``gc.freeze``.

    networkx keeps some views of a graph on the graph (``G.edges``, ``G.degree``), and each
    refers back to it: a cycle, which only the collector can free. Frozen, the graph object
    would never be examined again, and a dropped graph (the explorer's, after every write to
    the store) would keep its millions of objects alive for good. The object handed out is
    made after the freeze; the one used while building is emptied, so nothing frozen refers
    to the graph's data but the data itself.
    """
    from graphbuild.graph import cache as kept
    from graphbuild.graph.query import carry_queries

    fresh = nx.MultiDiGraph()
    fresh.graph = graph.graph
    # networkx's own dicts (see _put_edge); assigning them resets its cached views.
    fresh._node = graph._node
    fresh._succ = graph._succ
    fresh._pred = graph._pred
    carry_queries(graph, fresh)
    kept.carry_side_data(graph, fresh)
    graph.__dict__.clear()
    return fresh


def _shared(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> list[dict[str, Any]]:
    """``rows`` with one string object per distinct value of ``columns``.

    Each row read from SQLite brings its own copy of its article's source, its date, its
    evidence sentence (when two reports are one): shared, and passed on to the participants
    (``Store.participants``), the graph of a hundred thousand meetings is hundreds of
    megabytes smaller (and as much quicker to make, memory being slow to come by).
    """
    strings: dict[str, str] = {}
    for row in rows:
        for column in columns:
            value = row[column]
            if value is not None:
                row[column] = strings.setdefault(value, value)
    return rows


def _build_graph(store: Store) -> nx.MultiDiGraph:
    articles = store.articles()
    meetings = _shared(store.meetings(), ("source", "evidence", "date", "language"))
    participants = store.participants(meetings)  # sharing the meetings' strings
    organizations = {row["id"]: row for row in store.organizations()}
    country_names = store.countries()
    overrides = store.overrides()
    if overrides:  # a stored reference to a person is resolved by their spellings
        curation = _Curation(overrides, _spellings_by_person(participants),
                             {row["id"]: row["country"] for row in store.people()})
    else:
        curation = _Curation([], {}, {})

    graph = nx.MultiDiGraph(articles={
        row["source"]: {k: row[k] for k in ("title", "url", "language", "published") if row[k] is not None}
        for row in articles
    })
    # A hidden person takes away what only they brought: their meetings' countries, their roles.
    if curation.hidden:
        participants = [row for row in participants if curation.find(row["person_id"]) not in curation.hidden]
    meeting_of = _meeting_groups(meetings, participants, curation)
    spans: dict[str, _Span] = {}  # of people, organizations and countries, as their dated edges are made
    tallies: dict[str, dict] = {}
    _add_people(graph, participants, curation, meeting_of, organizations, country_names, spans, tallies)
    attendees = _add_meetings(graph, meetings, participants, meeting_of, curation, organizations, country_names,
                              spans)
    _add_agreements(graph, store.agreements(), store.agreement_mentions(), meeting_of, organizations, country_names,
                    spans)

    graph.remove_nodes_from([meeting_of.get(node, node) for node in curation.hidden])
    node_data = graph._node
    for node, data in node_data.items():
        if data["kind"] == "meeting":
            people = attendees.get(node)
            data["label"] = _meeting_label(data, [node_data[p]["label"] for p in people] if people else [])
    for node, label in curation.label.items():
        node = meeting_of.get(node, node)
        if node in graph:
            graph.nodes[node]["label"] = label
            if "name" in graph.nodes[node]:
                graph.nodes[node]["name"] = label
    derive_ties(graph)
    _date_entities(graph, None if curation.hidden else spans)
    from graphbuild.graph import cache as kept

    kept.side_data(graph)["tallies"] = tallies  # kept in the graph file: what an update grows people from
    return graph
