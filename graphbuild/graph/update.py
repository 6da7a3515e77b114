"""The kept graph brought up to date with the articles added since it was built, without a full build.

A full build reads every row of the store (7 to 12 s at 100,000 articles). When the store
has only gained articles since the graph was kept (no article replaced or deleted, no
override added or removed, the same code), ``update_graph`` reads only what the new
articles touch and redoes that part with the build's own functions:

- the people of the new meetings, from all their rows (names, titles, country, meetings
  count, roles); when a person's country or label changes, the meetings they attended
  follow (their countries, their labels);
- the new meetings, each joining the meeting node that stands for the same date and people
  (as ``build._meeting_groups`` joins reports), or a node of its own;
- the agreements the new articles report, from all their reports;
- the country–country ties of every pair of countries those facts involve (before and
  after), the dates of the people, organizations and countries touched, and the
  curator's renames and hidden nodes, applied as a build applies them.

The result is the graph a full build would give, node for node and edge for edge (the
tests check it, with merges, country corrections, renames and hidden nodes). When the
update cannot be sure of that (an override names a person by a name only, a report joins a
meeting that was hidden), it says so (returns False) and the caller builds in full.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from graphbuild.graph import build as built
from graphbuild.graph.dates import has_year
from graphbuild.store import Store
from graphbuild.store.database import _decoded, _dicts

__all__ = ["can_update", "update_graph"]

_FACT_LINKS = {"meeting": "involves", "agreement": "party"}


def can_update(old_key: tuple | None, key: tuple) -> bool:
    """Whether a graph kept for ``old_key`` may be brought up to ``key`` by ``update_graph`` (only articles added)."""
    if old_key is None or len(old_key) != len(key) or old_key[:2] != key[:2] or old_key[4] != key[4]:
        return False
    return key[3][0] >= old_key[3][0]  # fewer articles: some were deleted


def _ids(values: Iterable[str]) -> str:
    return json.dumps(sorted(set(values)))


def _meetings(store: Store, where: str, parameters: tuple) -> list[dict[str, Any]]:
    return _decoded(_dicts(store.connection, "SELECT m.*, a.source, a.language FROM meetings m"
                                             " JOIN articles a ON a.id = m.article_id"
                                             f" WHERE {where} ORDER BY m.article_id, m.position", parameters), "topics")


def _agreements(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """The agreements ``ids`` as ``Store.agreements`` gives them (in its order, with their parties)."""
    wanted = _ids(ids)
    parties: dict[str, list[str]] = {}
    for row in store.connection.execute(
            "SELECT agreement_id, party_id FROM agreement_parties WHERE agreement_id IN"
            " (SELECT value FROM json_each(?)) ORDER BY agreement_id, position", (wanted,)):
        parties.setdefault(row[0], []).append(row[1])
    return [{**row, "parties": parties.get(row["id"], [])} for row in _dicts(
        store.connection, "SELECT * FROM agreements WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
        (wanted,))]


def _organizations(store: Store, ids: set[str]) -> dict[str, dict[str, Any]]:
    """The organizations ``ids``, by id, as ``Store.organizations`` gives them."""
    return {row["id"]: dict(row) for row in store.connection.execute(
        "SELECT * FROM organizations WHERE id IN (SELECT value FROM json_each(?))", (_ids(ids),))}


class _Unsure(Exception):
    """The update cannot promise the graph of a full build: build in full instead."""


def _curation(store: Store) -> built._Curation:
    """The overrides resolved as a full build resolves them, when every person they name is known by id."""
    overrides = store.overrides()
    if not overrides:
        return built._Curation([], {}, {})
    refs = []
    for override in overrides:
        for ref in override.args.values():
            if isinstance(ref, dict) and (str(ref.get("id", "")).startswith("person:") or "name" in ref):
                refs.append(ref.get("id"))
    present = {row[0] for row in store.connection.execute(
        "SELECT DISTINCT person_id FROM participants WHERE person_id IN (SELECT value FROM json_each(?))",
        (_ids(r for r in refs if r),))}
    if any(ref not in present for ref in refs):
        raise _Unsure("an override names a person by name only")  # resolved against every spelling: build in full
    return built._Curation(overrides, {person: [] for person in present}, {})


def _country_set(graph: nx.MultiDiGraph, node: str) -> set[str]:
    data = graph._node.get(node)
    if data is None or data["kind"] not in _FACT_LINKS:
        return set()
    link = _FACT_LINKS[data["kind"]]
    return {v for v, edges in graph._succ[node].items() if any(d["kind"] == link for d in edges.values())}


def _pairs(countries: set[str]) -> set[tuple[str, str]]:
    return set(combinations(sorted(countries), 2))


def _attendees(graph: nx.MultiDiGraph, meeting: str) -> list[str]:
    node_data = graph._node
    return [u for u, edges in graph._pred[meeting].items()
            if node_data[u]["kind"] == "person" and any(d["kind"] == "attended" for d in edges.values())]


def _remove_edges(graph: nx.MultiDiGraph, node: str, kinds: set[str]) -> set[str]:
    """Drop ``node``'s out-edges of ``kinds``; the nodes they went to."""
    targets = set()
    successors, predecessors = graph._succ, graph._pred
    for v, edges in list(successors[node].items()):
        for key in [k for k, d in edges.items() if d["kind"] in kinds]:
            del edges[key]
            targets.add(v)
        if not edges:
            del successors[node][v]
            del predecessors[v][node]
    return targets


def _copy_node(graph: nx.MultiDiGraph, scratch: nx.MultiDiGraph, node: str) -> None:
    if node not in graph._node:
        built._put_node(graph, node, scratch._node[node])


def _splice_out_edges(graph: nx.MultiDiGraph, scratch: nx.MultiDiGraph, node: str) -> set[str]:
    """Give ``graph`` the out-edges ``node`` has in ``scratch`` (their targets added when missing); the targets."""
    targets = set()
    for v, edges in scratch._succ[node].items():
        if v not in graph._node:
            if scratch._node[v]["kind"] not in ("country", "organization"):
                continue  # a hidden meeting: a full build drops its edges with it
            _copy_node(graph, scratch, v)
        keys = graph._succ[node].get(v)
        if keys is None:
            keys = graph._succ[node][v] = graph._pred[v][node] = {}
        keys.update(edges)
        targets.add(v)
    return targets


def _involves(graph: nx.MultiDiGraph, meeting: str) -> set[str]:
    """Make the meeting's ``involves`` edges those of its attendees' countries, as a build makes them; the countries."""
    node_data = graph._node
    data = node_data[meeting]
    wanted = {}
    for person in _attendees(graph, meeting):
        country = node_data[person].get("country")
        if country:
            wanted.setdefault(built.country_node(country), country)
    _remove_edges(graph, meeting, {"involves"})
    dating = {field: data[field] for field in ("date", "start", "end") if field in data}
    for country_id, iso3 in wanted.items():
        if country_id not in node_data:
            built._add_country(graph, iso3, {})
        built._put_edge(graph, meeting, country_id, built.edge_key(meeting, "involves", country_id), {
            "kind": "involves", **dating, "sources": data["sources"], "evidence": data["evidence"]})
    return set(wanted)


def _order(store: Store, meetings: list[str], agreements: list[str]) -> list[str]:
    """Facts in the order a full build makes their nodes: meetings by their first report, then agreements."""
    meeting_rank = {row[0]: (row[1], row[2]) for row in store.connection.execute(
        "SELECT id, article_id, position FROM meetings WHERE id IN (SELECT value FROM json_each(?))",
        (_ids(meetings),))}
    agreement_rank = {row[0]: row[1] for row in store.connection.execute(
        "SELECT id, rowid FROM agreements WHERE id IN (SELECT value FROM json_each(?))", (_ids(agreements),))}
    return sorted(meetings, key=meeting_rank.__getitem__) + sorted(agreements, key=agreement_rank.__getitem__)


def _retie(graph: nx.MultiDiGraph, store: Store, pairs: set[tuple[str, str]]) -> None:
    """Recompute the ``tie`` of each pair of countries from the facts that involve both."""
    node_data, successors, predecessors = graph._node, graph._succ, graph._pred
    for a, b in pairs:
        if a in node_data:
            edges = successors[a].get(b)
            if edges is not None:
                for key in [k for k, d in edges.items() if d["kind"] == "tie"]:
                    del edges[key]
                if not edges:
                    del successors[a][b]
                    del predecessors[b][a]
        if a not in node_data or b not in node_data:
            continue
        few, other = (a, b) if len(predecessors[a]) <= len(predecessors[b]) else (b, a)
        meetings, agreements = [], []
        for fact in predecessors[few]:
            data = node_data[fact]
            kind = data["kind"]
            if kind not in _FACT_LINKS or (kind == "meeting" and data.get("planned")):
                continue
            link = _FACT_LINKS[kind]
            if any(d["kind"] == link for d in successors[fact][few].values()) and other in successors[fact] and \
                    any(d["kind"] == link for d in successors[fact][other].values()):
                (meetings if kind == "meeting" else agreements).append(fact)
        if not meetings and not agreements:
            continue
        starts, ends, sources, evidence = [], [], [], []
        for fact in _order(store, meetings, agreements):
            data = node_data[fact]
            start = data.get("start")
            starts.append(start)
            ends.append(data.get("end") or start)
            sources.append(data.get("sources", ()))
            evidence.append(data.get("evidence", ()))
        built._put_edge(graph, a, b, built.edge_key(a, "tie", b),
                        built.tie_attributes(len(meetings), len(agreements), starts, ends, sources, evidence))


def update_graph(graph: nx.MultiDiGraph, store: Store, old_key: tuple) -> bool:
    """Add to ``graph`` (kept for ``old_key``) the articles stored since; False when only a full build will do.

    Read inside the caller's snapshot of the store. On False the graph may be half updated:
    the caller drops it.
    """
    try:
        with built._no_collection():  # a large graph is millions of objects and no cycle: see build
            return _update(graph, store, old_key)
    except _Unsure:
        return False


def _update(graph: nx.MultiDiGraph, store: Store, old_key: tuple) -> bool:
    old_count, old_max = old_key[3]
    old_max = old_max or 0
    db = store.connection
    count = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    new_articles = list(_dicts(db, "SELECT id, source, title, url, language, published FROM articles"
                                   " WHERE id > ? ORDER BY id", (old_max,)))
    if count - old_count != len(new_articles):
        return False  # an article was replaced or deleted: its old facts are in the graph
    if not new_articles:
        return True
    curation = _curation(store)
    merged, hidden = curation.merged, curation.hidden
    node_data = graph._node

    for row in new_articles:
        graph.graph["articles"][row["source"]] = {
            k: row[k] for k in ("title", "url", "language", "published") if row[k] is not None}

    # The people of the new meetings, and every meeting they attended: their rows make them again.
    new_meetings = _meetings(store, "m.article_id > ?", (old_max,))
    new_people = {merged.get(row["person_id"], row["person_id"])
                  for row in store.participants(new_meetings, only_these=True)}
    people = {person for person in new_people if person not in hidden}
    raw_ids = people | {absorbed for absorbed, person in merged.items() if person in people}
    attended = [row[0] for row in db.execute(
        "SELECT DISTINCT meeting_id FROM participants WHERE person_id IN (SELECT value FROM json_each(?))",
        (_ids(raw_ids),))]
    meetings = _meetings(store, "m.id IN (SELECT value FROM json_each(?))", (_ids(attended),))
    participants = [row for row in store.participants(meetings, only_these=True)
                    if curation.find(row["person_id"]) not in hidden]
    # Every report of a meeting node shares its people, so all of its reports are among these rows.
    meeting_of = built._meeting_groups(meetings, participants, curation)
    for row in new_meetings:
        if row["id"] not in meeting_of:
            meeting_of[row["id"]] = row["id"]  # a meeting whose people are all hidden

    agreement_ids = [row[0] for row in db.execute(
        "SELECT DISTINCT agreement_id FROM agreement_mentions WHERE article_id > ?", (old_max,))]
    agreements = _agreements(store, agreement_ids)
    organizations = _organizations(store, {row["organization_id"] for row in participants if row["organization_id"]}
                                   | {party for row in agreements for party in row["parties"]})
    country_names = store.countries()
    before = {person: (node_data[person].get("country"), node_data[person].get("label"))
              for person in people if person in node_data}
    touched: set[str] = set(people)  # nodes whose dates are read again from their edges
    pairs: set[tuple[str, str]] = set()

    scratch = nx.MultiDiGraph()
    built._add_people(scratch, [row for row in participants if merged.get(row["person_id"], row["person_id"]) in people],
                      curation, meeting_of, organizations, country_names, {})
    for person in people:
        if person in node_data:
            touched |= _remove_edges(graph, person, {"represents", "role"})
            graph._node[person] = scratch._node[person]
        else:
            built._put_node(graph, person, scratch._node[person])
        touched |= _splice_out_edges(graph, scratch, person)

    # A person who now represents another country takes their meetings' countries along.
    relabel: set[str] = set()
    for person, (country, label) in before.items():
        data = node_data[person]
        if data.get("country") == country and data.get("label") == label:
            continue
        for meeting in graph._succ[person]:
            if node_data[meeting]["kind"] != "meeting":
                continue
            relabel.add(meeting)
            if data.get("country") != country:
                countries = _country_set(graph, meeting)
                pairs |= _pairs(countries)
                touched |= countries
                countries = _involves(graph, meeting)
                pairs |= _pairs(countries)
                touched |= countries

    # The new reports: a node of their own, or the one of the same meeting told before.
    new_ids = {row["id"] for row in new_meetings}
    new_rows = [row for row in participants if row["meeting_id"] in new_ids]
    joined = {meeting_of[meeting] for meeting in new_ids}
    hidden_meetings = {meeting_of.get(node, node) for node in hidden}
    if any(meeting_of[meeting] in hidden_meetings and meeting_of[meeting] != meeting for meeting in new_ids):
        raise _Unsure("a new report of a hidden meeting")
    for node in joined:
        countries = _country_set(graph, node)
        pairs |= _pairs(countries)
        touched |= countries
    built._add_meetings(graph, new_meetings, new_rows, meeting_of, curation, organizations, country_names, {})
    for node in joined:
        countries = _country_set(graph, node)
        pairs |= _pairs(countries)
        touched |= countries
    relabel |= joined

    # The agreements the new articles report, made again from all their reports.
    if agreement_ids:
        wanted = _ids(agreement_ids)
        mentions = _decoded(_dicts(db, "SELECT am.*, a.source, a.published, m.date AS meeting_date"
                                       " FROM agreement_mentions am JOIN articles a ON a.id = am.article_id"
                                       " LEFT JOIN meetings m ON m.id = am.meeting_id"
                                       " WHERE am.agreement_id IN (SELECT value FROM json_each(?))"
                                       " ORDER BY am.article_id, am.position", (wanted,)), "topics")
        signed_at = {row["meeting_id"] for row in mentions if row["meeting_id"]}
        for meeting in signed_at - set(meeting_of):
            meeting_of[meeting] = _meeting_node(graph, store, meeting, curation)
        paper = nx.MultiDiGraph()  # the agreements made apart: parties are labelled before any rename
        for meeting in {meeting_of[m] for m in signed_at}:
            built._put_node(paper, meeting, node_data.get(meeting) or {"kind": "meeting"})
        built._add_agreements(paper, agreements, mentions, meeting_of, organizations, country_names, {})
        for agreement in agreement_ids:
            if agreement in node_data:
                parties = _country_set(graph, agreement)
                pairs |= _pairs(parties)
                touched |= set(graph._succ[agreement])
                graph.remove_node(agreement)
            if agreement in paper._node:
                built._put_node(graph, agreement, paper._node[agreement])
                touched |= _splice_out_edges(graph, paper, agreement)
                pairs |= _pairs(_country_set(graph, agreement))

    # What a build does last: hidden nodes out, labels of meetings, renames.
    graph.remove_nodes_from([node for node in hidden_meetings | hidden if node in node_data])
    for node in relabel:
        if node in node_data:
            node_data[node]["label"] = built._meeting_label(
                node_data[node], [node_data[p]["label"] for p in _attendees(graph, node)])
    for node, label in curation.label.items():
        node = meeting_of.get(node, node)
        if node in node_data:
            node_data[node]["label"] = label
            if "name" in node_data[node]:
                node_data[node]["name"] = label
    _retie(graph, store, pairs)
    touched |= {country for pair in pairs for country in pair}
    # A country or organization nothing points to any more is not in a full build.
    graph.remove_nodes_from([node for node in touched if node in node_data
                             and node_data[node]["kind"] in ("country", "organization")
                             and not graph._succ[node] and not graph._pred[node]])
    built._date_entities(graph, None, [node for node in touched if node in node_data])
    nx._clear_cache(graph)
    return True


def _meeting_node(graph: nx.MultiDiGraph, store: Store, meeting: str, curation: built._Curation) -> str:
    """The node that stands for an older report ``meeting``: itself, or the node of the same date and people."""
    if meeting in graph._node:
        return meeting
    rows = _meetings(store, "m.id = ?", (meeting,))
    people = {curation.find(row["person_id"]) for row in store.participants(rows, only_these=True)} - curation.hidden
    if rows and people:
        date = rows[0]["date"]
        for candidate in graph._succ.get(next(iter(people)), {}):
            data = graph._node[candidate]
            if data["kind"] == "meeting" and data.get("date") == date and set(_attendees(graph, candidate)) == people \
                    and has_year(date):
                return candidate
    raise _Unsure(f"the meeting {meeting} stands for no node (hidden?)")
