"""The kept graph brought up to date with the articles added since it was built, without a full build.

A full build reads every row of the store (7 to 16 s at 100,000 articles). When the store
has only gained articles since the graph was kept (no article replaced or deleted, no
override added or removed, the same code), ``update_graph`` reads what the new articles
touch and applies the build's own rules to it:

- the people of the new meetings: one known already grows by their new reports (sources,
  roles, the country they represent), with what needs all their reports (the spelling
  most used, the order of their aliases and titles, their country) from tallies the build
  made and the graph file keeps; a new one, or one who now represents another country, is
  made again from all their rows, and the meetings they attended follow (their countries,
  their labels);
- the new meetings, each joining the meeting node of the same date and people (as
  ``build._meeting_groups`` joins reports: the node is found among the meetings of one of
  its people, its reports in the store by its articles and day), or a node of its own;
- the agreements the new articles report, made again from all their reports;
- the country–country ties those facts touch: a tie grows by what they bring (a tie lists
  its sources and sentences in article order, so what new articles bring comes last), or
  is made again when a fact left it or changed its countries; the dates of the people,
  organizations and countries touched; the curator's renames and hidden nodes.

What changes an attribute dict asks for it with ``copy_on_write.writable_node`` or
``writable_edge`` (on an ordinary graph, the dict itself), and a node's neighbours are changed
through ``[]`` or ``get``, not through ``items()``: the explorer's graph is updated apart from the
one its sessions are drawing (``updated_apart``), which nothing here may change.

The result is the graph a full build gives, node for node and edge for edge
(``tests/graph/test_graph_update.py`` checks it with every kind of override, and
``bench/follow.py --check`` at 100,000 articles). When the update cannot be sure of that
(an override names a person by name only, a new report joins a hidden meeting), it says so
(False) and the caller builds in full.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import chain, combinations, islice
from typing import Any

import networkx as nx

from graphbuild.graph import build as built
from graphbuild.graph import cache as kept
from graphbuild.graph.copy_on_write import writable_edge, writable_node
from graphbuild.graph.query import QueryMarks
from graphbuild.store import Store
from graphbuild.store.database import _decoded, _dicts

__all__ = ["can_update", "update_graph", "updated_apart"]

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
    for v in list(successors[node]):
        edges = successors[node][v]  # (not from items(): a graph updated apart hands those out to be read)
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


def _grow_tie(tie: dict[str, Any], facts: list[dict[str, Any]], counted: list[bool], rank: dict[str, int],
              since: int) -> None:
    """Add to a ``tie`` what its facts brought: new ones counted, new sources and sentences after the others.

    Exact because a tie lists its sources and sentences in the order of their articles
    (``build.tie_attributes``), and what an update brings comes from articles stored after.
    ``rank`` places the new articles only (from ``since`` on).
    """
    # The tie's sources are all of articles before ``since``; the facts' sources from ``since`` on are new.
    added = {source for data in facts for source in data.get("sources", ()) if rank.get(source, -1) >= since}
    first: dict[str, tuple] = {}
    for data in facts:
        for mention in data.get("mentions", ()):
            sentence = mention.get("evidence")
            key = (rank.get(mention["source"], -1), mention.get("evidence_start", -1))
            if sentence and key[0] >= since and (sentence not in first or key < first[sentence]):
                first[sentence] = key
    if first:  # a sentence an earlier article gave too is listed already (a tie lists thousands: one look, or a set)
        told = set(tie["evidence"]) if len(first) > 2 else tie["evidence"]
        first = {sentence: key for sentence, key in first.items() if sentence not in told}
    span = built._Span()
    span.add(tie.pop("start", None), tie.pop("end", None))
    for data in facts:
        span.add(data.get("start"), data.get("end"))
    tie["meetings"] += sum(1 for data, new in zip(facts, counted) if new and data["kind"] == "meeting")
    tie["agreements"] += sum(1 for data, new in zip(facts, counted) if new and data["kind"] == "agreement")
    tie["weight"] = tie["meetings"] + tie["agreements"]
    tie.update(span.attributes())
    tie["sources"].extend(sorted(added, key=lambda source: (rank[source], source)))
    tie["evidence"].extend(sorted(first, key=lambda sentence: (first[sentence], sentence)))


def _retie(graph: nx.MultiDiGraph, pairs: set[tuple[str, str]], grown: dict[str, bool],
           redo: set[tuple[str, str]], since: int) -> None:
    """Bring the ``tie`` of each pair of countries up to date.

    ``grown`` holds the facts the update made (True) or added reports to (False): a tie that
    only they changed grows by what they brought (from the articles ranked ``since`` on); the
    others (``redo``, or no tie yet) are made again from every fact that involves both countries.
    """
    node_data, successors, predecessors = graph._node, graph._succ, graph._pred
    articles = graph.graph["articles"]
    new_rank = {source: since + index for index, source in enumerate(islice(articles, since, None))}
    rank: dict[str, int] | None = None  # every article's: only for a tie made again
    by_pair: dict[tuple[str, str], list[str]] = {}
    for fact in grown:
        data = node_data.get(fact)
        if data is not None and not (data["kind"] == "meeting" and data.get("planned")):
            for pair in _pairs(_country_set(graph, fact)):
                by_pair.setdefault(pair, []).append(fact)
    for a, b in pairs:
        if a not in node_data or b not in node_data:
            continue
        key = built.edge_key(a, "tie", b)
        edges = successors[a].get(b)
        tie = edges.get(key) if edges else None
        if tie is not None and (a, b) not in redo:
            facts = by_pair.get((a, b), [])
            if facts:
                _grow_tie(writable_edge(graph, a, b, key), [node_data[fact] for fact in facts],
                          [grown[fact] for fact in facts], new_rank, since)
            continue
        if tie is not None:
            del edges[key]
            if not edges:
                del successors[a][b]
                del predecessors[b][a]
        # What points to both countries: officials (represents), meetings (involves), agreements (party).
        common = [node_data[fact] for fact in predecessors[a].keys() & predecessors[b].keys()]
        facts = [data for data in common if data["kind"] == "agreement"
                 or (data["kind"] == "meeting" and not data.get("planned"))]
        if not facts:
            continue
        meetings = sum(1 for data in facts if data["kind"] == "meeting")
        rank = rank or built.article_ranks(graph)
        built._put_edge(graph, a, b, key, built.tie_attributes(
            meetings, len(facts) - meetings, [data.get("start") for data in facts],
            [data.get("end") or data.get("start") for data in facts], [data.get("sources", ()) for data in facts],
            [data.get("mentions", ()) for data in facts], rank))


def update_graph(graph: nx.MultiDiGraph, store: Store, old_key: tuple) -> bool:
    """Add to ``graph`` (kept for ``old_key``) the articles stored since; False when only a full build will do.

    Read inside the caller's snapshot of the store. What the queries worked out of the graph
    (``query.prepare_queries``) is brought up to date with it. On False the graph may be half
    updated: the caller drops it.
    """
    marks = QueryMarks(graph)
    try:
        with built._no_collection():  # a large graph is millions of objects and no cycle: see build
            if not _update(graph, store, old_key, marks):
                return False
    except _Unsure:
        return False
    marks.refresh()
    return True


def updated_apart(graph: nx.MultiDiGraph, store: Store, old_key: tuple) -> nx.MultiDiGraph | None:
    """``graph`` (kept for ``old_key``) with the articles stored since, as a new graph; None when only a full
    build will do. ``graph`` is left as it was, for whoever is still reading it (the explorer's sessions).

    The update runs on a ``copy_on_write`` graph over ``graph``'s dicts: what it reaches is copied, the
    rest (nearly all of a large graph) is shared by the two graphs. Its worked-out queries and tallies
    are forked the same way. Read inside the caller's snapshot of the store.
    """
    from graphbuild.graph.copy_on_write import CopyOnWrite
    from graphbuild.graph.query import carry_queries, fork_queries

    with built._no_collection():  # nor while it is settled: tens of thousands of dicts, no garbage
        apart = CopyOnWrite(graph)
        work = apart.graph
        fork_queries(graph, work)
        kept.fork_side_data(graph, work)
        try:
            if not update_graph(work, store, old_key):
                return None
            updated = apart.settled()
            carry_queries(work, updated)
            kept.carry_side_data(work, updated)
        finally:
            apart.close()
    return updated


def _tallied(tallies: dict, rows: list[dict[str, Any]]) -> dict:
    """A person's tallies (``build._add_people`` made them) with their new reports added, in report order.

    A copy: the tallies of a graph updated apart (``updated_apart``) are those of the graph it started from too.
    """
    counts = {name: dict(value) if isinstance(value, dict) else value for name, value in tallies.items()}
    written, spelled, stated, titles = counts["written"], counts["spelled"], counts["stated"], counts["titles"]
    for row in rows:
        index = counts["rows"]  # the report's place among the person's: later than every earlier one
        counts["rows"] = index + 1
        name, language = row["name"], row["language"]
        written[name, language] = written.get((name, language), 0) + 1
        spelled.setdefault((name, language), None)
        for alias in row["aliases"]:
            spelled.setdefault((alias, language), None)
        if row["country"]:
            stated[row["country"]] = stated.get(row["country"], 0) + 1
        title = row["title"]
        if title:
            first = (built.first_day(row["meeting_date"]) or "9999", index)
            if title not in titles or first < titles[title]:
                titles[title] = first
    return counts


def _append_unique(values: list, new: Iterable, *, fresh: bool = False) -> None:
    """Append to ``values`` the new ones not among them, in order.

    ``fresh``: none can be among them (the sources of new articles). Else one new value is
    looked for in the list, several in a set of it (an official's sentences are thousands).
    """
    added = dict.fromkeys(value for value in new if value is not None)
    if not fresh and added:
        seen = set(values) if len(added) > 1 else values
        added = [value for value in added if value not in seen]
    values.extend(added)


def _grow_edge(edge: dict[str, Any], rows: list[dict[str, Any]], *, blank_evidence: bool) -> None:
    """Add reports to a ``represents`` or ``role`` edge: their sources, sentences and meeting days.

    ``blank_evidence``: an empty sentence is kept (as ``build._add_roles`` keeps it).
    """
    span = built._Span()
    span.add(edge.pop("start", None), edge.pop("end", None))
    span.add_dates(row["meeting_date"] for row in rows)
    edge.update(span.attributes())
    _append_unique(edge["sources"], (row["source"] for row in rows), fresh=True)
    _append_unique(edge["evidence"], (row["meeting_evidence"] for row in rows
                                      if blank_evidence or row["meeting_evidence"]))


def _grow_person(graph: nx.MultiDiGraph, person: str, counts: dict, new_rows: list[dict[str, Any]],
                 added_meetings: int, curation: built._Curation, organizations: dict[str, dict[str, Any]],
                 country_names: dict[str, str]) -> bool:
    """Bring a person of the graph up to date with their new reports; False when only a full remake will do.

    As ``build._add_people`` makes them, from the tallies of all their reports (``counts``,
    new reports included) and the new rows alone: a new source, sentence or day is added
    after those of earlier articles.
    """
    from collections import Counter

    data = graph._node[person]
    names: Counter = Counter()
    for (name, language), count in counts["written"].items():
        names[built.strip_title(name, language)] += count
    spellings = dict.fromkeys(built.strip_title(name, language) for name, language in counts["spelled"])
    stated, first_title = counts["stated"], counts["titles"]
    label = curation.label.get(person) or built._preferred_spelling(names)
    country = curation.country.get(person) or (min(stated, key=lambda c: (-stated[c], c)) if stated else None)
    supporting = [row for row in new_rows if row["country"] == country]
    if country != data.get("country") or not country or stated.get(country, 0) == len(supporting):
        return False  # its represents edge is made of other reports now (or of all when none supports it)
    data = writable_node(graph, person)
    data.update(built._clean({"kind": "person", "label": label, "name": label,
                              "aliases": [a for a in spellings if a != label],
                              "titles": sorted(first_title, key=first_title.__getitem__),
                              "meetings": data["meetings"] + added_meetings}))
    _append_unique(data["sources"], (row["source"] for row in new_rows), fresh=True)
    target = built.country_node(country)
    represents = writable_edge(graph, person, target, built.edge_key(person, "represents", target))
    _grow_edge(represents, supporting, blank_evidence=False)
    roles: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
    for row in new_rows:
        if row["organization_id"]:
            roles.setdefault((row["organization_id"], built._slug(row["title"]) if row["title"] else None),
                             []).append(row)
    for (organization, qualifier), rows in roles.items():
        key = built.edge_key(person, "role", organization, qualifier)
        edge = graph._succ[person].get(organization, {}).get(key)
        if edge is None:
            built._add_organization(graph, organization, organizations)
            edge = {**built._clean({"kind": "role", "title": rows[0]["title"]}), "sources": [], "evidence": []}
            built._put_edge(graph, person, organization, key, edge)
        else:
            edge = writable_edge(graph, person, organization, key)
        _grow_edge(edge, rows, blank_evidence=True)
    return True


def _person_rows(store: Store, people: set[str]) -> list[dict[str, Any]]:
    """The participant rows of ``people``, as ``Store.participants`` gives them and in its order."""
    rows = []
    for (meeting_id, position, row_id, person_id, name, aliases, title, organization, country, text, date, evidence,
         source, language) in store.connection.execute(
            "SELECT p.meeting_id, p.position, p.id, p.person_id, p.name, p.aliases, p.title, p.organization_id,"
            " p.country, p.country_text, m.date, m.evidence, a.source, a.language FROM participants p"
            " JOIN meetings m ON m.id = p.meeting_id JOIN articles a ON a.id = m.article_id"
            " WHERE p.person_id IN (SELECT value FROM json_each(?)) ORDER BY m.article_id, m.position, p.position",
            (_ids(people),)):
        rows.append({"id": row_id, "meeting_id": meeting_id, "position": position, "person_id": person_id,
                     "name": name, "aliases": json.loads(aliases) if aliases and aliases != "[]" else [],
                     "title": title, "organization_id": organization, "country": country, "country_text": text,
                     "meeting_date": date, "meeting_evidence": evidence, "source": source, "language": language})
    return rows


def _groupable(date: str | None, attendees: frozenset) -> bool:
    """Whether ``build._meeting_groups`` may join this report to another: a day and two people at least."""
    return bool(date) and len(attendees) >= 2


def _meeting_nodes(store: Store, meetings: set[str], curation: built._Curation,
                   graph: nx.MultiDiGraph, marks: QueryMarks | None = None) -> dict[str, str]:
    """The node that stands for each report in ``meetings``: itself, or the first report of the same meeting.

    The reports that may be the same meeting (same date, same people) are found among the
    meetings of that day (``marks``: the date index, before the graph changes) or of one of
    its people; ``build._meeting_groups`` then joins them as a full build does.
    """
    if not meetings:
        return {}
    hidden, find = curation.hidden, curation.find
    members: dict[str, set[str]] = {}
    for absorbed in curation.parent:
        members.setdefault(find(absorbed), set()).add(absorbed)

    def attendee_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [row for row in store.participants(rows, only_these=True) if find(row["person_id"]) not in hidden]

    rows = _meetings(store, "m.id IN (SELECT value FROM json_each(?))", (_ids(meetings),))
    participants = attendee_rows(rows)
    people: dict[str, set[str]] = {}
    for row in participants:
        people.setdefault(row["meeting_id"], set()).add(find(row["person_id"]))
    node_data = graph._node
    wanted: dict[str, dict[str, set[frozenset]]] = {}  # person → day → the people of new reports that day
    for row in rows:
        attendees = frozenset(people.get(row["id"], ()))
        if _groupable(row["date"], attendees):
            # through the one of its people met least often: the fewest meetings to look through
            person = min(attendees, key=lambda p: (node_data.get(p, {}).get("meetings", 0), p))
            wanted.setdefault(person, {}).setdefault(row["date"], set()).add(attendees)
    more: list[dict[str, Any]] = []
    if wanted and any(node.startswith("meeting:") for node in hidden):
        # A hidden meeting is in no graph: its reports are found in the store, through its people.
        through = {p for person in wanted for p in {person} | members.get(person, set())}
        dates = {date for days in wanted.values() for date in days}
        earlier = {row[0] for row in store.connection.execute(
            "SELECT DISTINCT p.meeting_id FROM participants p JOIN meetings m ON m.id = p.meeting_id"
            " WHERE p.person_id IN (SELECT value FROM json_each(?)) AND m.date IN (SELECT value FROM json_each(?))",
            (_ids(through), _ids(dates)))} - meetings
        if earlier:
            more = _meetings(store, "m.id IN (SELECT value FROM json_each(?))", (_ids(earlier),))
    elif wanted:
        # The meeting nodes of the same day and people (a node stands for reports of one day and
        # the same people): their reports are those of their articles that day.
        told: dict[str, set[str]] = {}  # day → articles
        for person, days in wanted.items():
            on_day = {day: marks.facts_on(day) if marks is not None and len(day) == 10 else None for day in days}
            # the meetings of those days, or of that person when a day is not in the date index
            nodes = graph._succ.get(person, ()) if None in on_day.values() else chain.from_iterable(on_day.values())
            for node in nodes:
                data = node_data[node]
                sets = days.get(data.get("date"))
                if sets is not None and data["kind"] == "meeting" and frozenset(_attendees(graph, node)) in sets:
                    told.setdefault(data["date"], set()).update(data["sources"])
        for date, sources in told.items():
            more += [row for row in _meetings(store, "a.source IN (SELECT value FROM json_each(?)) AND m.date = ?",
                                              (_ids(sources), date)) if row["id"] not in meetings]
    if more:
        participants += attendee_rows(more)
        rows = sorted(rows + more, key=lambda row: (row["article_id"], row["position"]))
    return {meeting: node for meeting, node in built._meeting_groups(rows, participants, curation).items()
            if meeting in meetings}


def _update(graph: nx.MultiDiGraph, store: Store, old_key: tuple, marks: QueryMarks) -> bool:
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
    find, hidden = curation.find, curation.hidden
    node_data = graph._node
    for row in new_articles:
        graph.graph["articles"][row["source"]] = {
            k: row[k] for k in ("title", "url", "language", "published") if row[k] is not None}

    # The people of the new meetings, made again from all their rows.
    new_meetings = _meetings(store, "m.article_id > ?", (old_max,))
    new_ids = {row["id"] for row in new_meetings}
    new_rows = [row for row in store.participants(new_meetings, only_these=True) if find(row["person_id"]) not in hidden]
    people = {find(row["person_id"]) for row in new_rows}
    meeting_of = _meeting_nodes(store, new_ids, curation, graph, marks)
    for meeting in new_ids:
        node = meeting_of.setdefault(meeting, meeting)  # a meeting whose people are all hidden
        # (a node made of new reports alone is made below, as a build makes it)
        if node != meeting and node not in node_data and (node not in new_ids or node in hidden):
            raise _Unsure("a new report of a hidden meeting")

    # (not DISTINCT in SQL: SQLite would walk the whole table in agreement order for it)
    agreement_ids = sorted({row[0] for row in db.execute(
        "SELECT agreement_id FROM agreement_mentions WHERE article_id > ?", (old_max,))})
    agreements = _agreements(store, agreement_ids)
    marks.note(chain(people, {meeting_of[meeting] for meeting in new_ids}, agreement_ids))  # before they change
    organizations = _organizations(store, {row["organization_id"] for row in new_rows if row["organization_id"]}
                                   | {party for row in agreements for party in row["parties"]})
    country_names = store.countries()
    before = {person: (node_data[person].get("country"), node_data[person].get("label"))
              for person in people if person in node_data}
    orphans: set[str] = set()  # countries and organizations that may have lost their last edge
    rewalk: set[str] = set()  # nodes whose dates are read again from all their edges
    widen: dict[str, list[tuple]] = {}  # person, country or organization → dates of its new edges
    pairs: set[tuple[str, str]] = set()

    # Meetings: those of before, and the new nodes among the new reports' (a report that joins
    # a node of before joins one of theirs: a meeting node stands for reports of the same people).
    new_nodes: dict[str, set[str]] = {}
    by_person: dict[str, list[dict[str, Any]]] = {}
    for row in new_rows:
        node = meeting_of[row["meeting_id"]]
        by_person.setdefault(find(row["person_id"]), []).append(row)
        if node not in node_data:
            new_nodes.setdefault(find(row["person_id"]), set()).add(node)
    known = {person for person in people if person in node_data}
    # The tallies of those met before are kept with the graph (made by the build, grown by updates).
    tallies = kept.side_data(graph).get("tallies")
    if tallies is None or not known <= tallies.keys():
        raise _Unsure("a person's tallies are not kept")
    for person in known:
        tallies[person] = _tallied(tallies[person], by_person.get(person, []))
    remake = {person for person in people if person not in known
              or not _grow_person(graph, person, tallies[person], by_person.get(person, []),
                                  len(new_nodes.get(person, ())), curation, organizations, country_names)}
    # The others are made again from all their rows, each older report counted as itself (its
    # node is not needed: the meetings count is that of before and the new nodes).
    rows = _person_rows(store, remake | {absorbed for absorbed in curation.parent if find(absorbed) in remake})
    organizations.update(_organizations(store, {row["organization_id"] for row in rows if row["organization_id"]}))
    counted = {**{row["meeting_id"]: row["meeting_id"] for row in rows}, **meeting_of}
    scratch = nx.MultiDiGraph()
    remade: dict[str, dict] = {}
    built._add_people(scratch, rows, curation, counted, organizations, country_names, {}, remade)
    tallies.update(remade)
    rewalk |= remake
    for person in people:
        if person in remake and person in node_data:
            scratch._node[person]["meetings"] = node_data[person]["meetings"] + len(new_nodes.get(person, ()))
            orphans |= _remove_edges(graph, person, {"represents", "role"})
            graph._node[person] = scratch._node[person]
        elif person in remake:
            built._put_node(graph, person, scratch._node[person])
        if person in remake:
            orphans |= _splice_out_edges(graph, scratch, person)
            roles = scratch._succ[person]  # and represents: skipped below
        else:  # the role edges the new reports grew (or made), not every edge of an official met thousands of times
            roles = {organization: graph._succ[person][organization] for organization in
                     {row["organization_id"] for row in by_person.get(person, ()) if row["organization_id"]}}
        for organization, edges in roles.items():
            for edge in edges.values():
                if edge["kind"] == "role":
                    widen.setdefault(organization, []).append((edge.get("start"), edge.get("end")))

    grown: dict[str, bool] = {}  # facts made (True) or told again (False) by the new articles
    redo: set[tuple[str, str]] = set()  # pairs of countries whose tie is made again from all its facts
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
                marks.note([meeting])
                was = _country_set(graph, meeting)
                now = _involves(graph, meeting)
                pairs |= _pairs(was) | _pairs(now)
                redo |= _pairs(was) | _pairs(now)
                rewalk |= was | now
                orphans |= was | now

    # The new reports: a node of their own, or the one of the same meeting told before.
    joined = {meeting_of[meeting] for meeting in new_ids}
    planned = {node: node_data[node].get("planned") for node in joined if node in node_data}
    for node in joined:
        pairs |= _pairs(_country_set(graph, node))
    built._add_meetings(graph, new_meetings, new_rows, meeting_of, curation, organizations, country_names, {})
    for node in joined:
        data = node_data[node]
        grown[node] = node not in planned
        if planned.get(node) and not data.get("planned"):
            redo |= _pairs(_country_set(graph, node))  # held after all: its older reports count now
        for country in _country_set(graph, node):
            widen.setdefault(country, []).append((data.get("start"), data.get("end")))
        pairs |= _pairs(_country_set(graph, node))
    relabel |= joined

    # The agreements the new articles report, made again from all their reports.
    if agreement_ids:
        mentions = _decoded(_dicts(db, "SELECT am.*, a.source, a.published, m.date AS meeting_date"
                                       " FROM agreement_mentions am JOIN articles a ON a.id = am.article_id"
                                       " LEFT JOIN meetings m ON m.id = am.meeting_id"
                                       " WHERE am.agreement_id IN (SELECT value FROM json_each(?))"
                                       " ORDER BY am.article_id, am.position", (_ids(agreement_ids),)), "topics")
        signed_at = {row["meeting_id"] for row in mentions if row["meeting_id"]}
        meeting_of.update({meeting: meeting for meeting in signed_at - set(meeting_of) if meeting in node_data})
        meeting_of.update(_meeting_nodes(store, signed_at - set(meeting_of), curation, graph))
        paper = nx.MultiDiGraph()  # the agreements made apart: parties are labelled before any rename
        for meeting in {meeting_of[m] for m in signed_at}:
            built._put_node(paper, meeting, node_data.get(meeting) or {"kind": "meeting"})
        built._add_agreements(paper, agreements, mentions, meeting_of, organizations, country_names, {})
        for agreement in agreement_ids:
            grown[agreement] = agreement not in node_data
            if agreement in node_data:
                pairs |= _pairs(_country_set(graph, agreement))
                parties = {v for v in graph._succ[agreement] if node_data[v]["kind"] in ("country", "organization")}
                orphans |= parties
                if agreement not in paper._node:
                    rewalk |= parties
                    redo |= _pairs(_country_set(graph, agreement))
                graph.remove_node(agreement)
            if agreement in paper._node:
                data = paper._node[agreement]
                built._put_node(graph, agreement, data)
                parties = _splice_out_edges(graph, paper, agreement)
                orphans |= parties
                if agreement not in hidden:
                    for party in parties:
                        if node_data[party]["kind"] in ("country", "organization"):
                            widen.setdefault(party, []).append((data.get("start"), data.get("end")))
                pairs |= _pairs(_country_set(graph, agreement))

    # What a build does last: hidden nodes out, labels of meetings, renames.
    hidden_meetings = {meeting_of.get(node, node) for node in hidden}
    graph.remove_nodes_from([node for node in hidden_meetings | hidden if node in node_data])
    for node in relabel:
        if node in node_data:
            label = built._meeting_label(node_data[node], [node_data[p]["label"] for p in _attendees(graph, node)])
            if node_data[node]["label"] != label:  # (a graph updated apart copies what it changes)
                writable_node(graph, node)["label"] = label
    for node, label in curation.label.items():
        node = meeting_of.get(node, node)
        if node in node_data and (node_data[node]["label"] != label or node_data[node].get("name", label) != label):
            data = writable_node(graph, node)
            data["label"] = label
            if "name" in data:
                data["name"] = label
    _retie(graph, pairs, grown, redo, len(graph.graph["articles"]) - len(new_articles))
    # A country or organization nothing points to any more is not in a full build.
    graph.remove_nodes_from([node for node in orphans if node in node_data
                             and node_data[node]["kind"] in ("country", "organization")
                             and not graph._succ[node] and not graph._pred[node]])
    for person in people - remake:  # grown: by the meetings and roles of their new reports, those still there
        out = graph._succ.get(person, {})
        reports = by_person.get(person, ())
        targets = {meeting_of[row["meeting_id"]] for row in reports} | {row["organization_id"] for row in reports}
        widen[person] = [(edge.get("start"), edge.get("end")) for target in targets
                         for edge in out.get(target, {}).values() if edge["kind"] in ("attended", "role")]
    _date(graph, widen, rewalk)
    nx._clear_cache(graph)
    return True


def _date(graph: nx.MultiDiGraph, widen: dict[str, list[tuple]], rewalk: set[str]) -> None:
    """Dates of the people, organizations and countries touched, as ``build._date_entities`` reads them off edges.

    A node that only gained edges has the span of its old span and the new edges' dates (the
    earliest start and latest end of a union are those of its parts); the others are read
    again from all their edges.
    """
    node_data = graph._node
    built._date_entities(graph, None, [node for node in rewalk if node in node_data])
    for node, dates in widen.items():
        data = node_data.get(node)
        if node in rewalk or data is None or data["kind"] not in ("person", "organization", "country"):
            continue
        data = writable_node(graph, node)
        span = built._Span()
        span.add(data.pop("start", None), data.pop("end", None))
        for start, end in dates:
            span.add(start, end)
        data.update(span.attributes())
