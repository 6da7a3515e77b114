"""What the app asks of ``graphbuild``, cached: the store's graph, filtered views, the spaCy model.

The graph is keyed by the store's stamp (its revision, which every write changes), so that
any write, from this app or from the CLI, gives a new graph on the next rerun: the one before
with the articles added since (``graphbuild.graph.LatestGraph``), or built again when more has
changed. A cached graph is shared by every session: nothing here or in the app changes one.
"""
from __future__ import annotations

import argparse
import json
import sys
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx
import streamlit as st

from graphbuild.export.first_view import FirstView
from graphbuild.export.vis import to_vis_data
from graphbuild.graph import LatestGraph, ViewFilter, overview, prepare_queries
from graphbuild.graph.cache import cache_key, load_first_view
from graphbuild.graph.people import drawn_people, meetings_in_view, rankings
from graphbuild.records import Article, Extraction
from graphbuild.store import default_path, open_store

__all__ = ["db_path", "read_only", "store_stamp", "full_graph", "graph_ready", "first_view", "officials", "view_graph", "drawn_graph",
           "drawn_data", "meetings_in_view", "view_rankings", "store_counts", "store_overrides", "article", "language_model", "extract_cached"]


def db_path(argv: list[str] | None = None) -> Path:
    """The store to explore: ``--db FILE`` after the script's ``--``, else ``$GRAPHBUILD_DB`` or the default."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    known, _ = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    return Path(known.db) if known.db else default_path()


def read_only(argv: list[str] | None = None) -> bool:
    """Whether the explorer was started ``--read-only`` (``graphbuild serve --read-only``): no upload, no curation."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--read-only", action="store_true")
    known, _ = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    return known.read_only


def store_stamp(db: Path) -> tuple:
    """Changes whenever the store is written to, from this app or another process.

    The key its graph file is kept under (``graphbuild.graph.cache.cache_key``: the store's
    revision, which every write transaction changes, and its counts), read in one snapshot.
    Not the file's size and time: a reader opening the store touches its write-ahead log,
    and the server's warm-up and a first visitor would then key the same graph twice.
    """
    with open_store(db) as store, store.snapshot():
        return cache_key(store)


# Memory, not time, bounds these caches: the graph of a 100,000-article store is over a gigabyte,
# a view of most of it a few hundred megabytes (its own adjacency, the graph's attribute dicts),
# and a view keeps its graph alive. A new stamp makes every older graph and view useless: two
# graphs are kept (the new one and the one sessions may still be drawing), and the views are
# dropped when a graph is made.


# The graph last made of each store: the next one starts from it (the articles added since, in
# memory), not from the graph file (seconds to load at 100,000 articles), and leaves it as it is
# for the sessions still drawing it.
_LATEST: dict[str, LatestGraph] = {}
# The graphs ``full_graph`` has made, by store and stamp, while they are alive: whether a page can have
# its graph at once, or would wait for the server to load it.
_MADE: "weakref.WeakValueDictionary[tuple[str, tuple], nx.MultiDiGraph]" = weakref.WeakValueDictionary()


@st.cache_resource(show_spinner="Building the graph from the store…", max_entries=2)
def full_graph(db: str, stamp: tuple) -> nx.MultiDiGraph:
    """The whole graph of the store at ``db``, overrides applied, ready for queries (``stamp`` keys the cache)."""
    with open_store(db) as store:
        graph = _LATEST.setdefault(db, LatestGraph()).graph(store)
    prepare_queries(graph)  # a graph loaded from its file is prepared already: then this costs nothing
    _view_graph.clear()  # views of the graph before, which they would keep alive
    _people.clear()
    _overview.clear()
    _drawn_data.clear()
    _rankings.clear()
    _MADE[db, stamp] = graph
    return graph


def graph_ready(db: str, stamp: tuple) -> bool:
    """Whether ``full_graph(db, stamp)`` answers at once (made already), rather than after the graph is loaded."""
    return (db, stamp) in _MADE


@st.cache_resource(show_spinner=False, max_entries=2)
def first_view(db: str, stamp: tuple) -> FirstView | None:
    """The first view kept with the store's graph file for ``stamp`` (``graphbuild.export.first_view``), or None:
    what the page draws while the graph loads."""
    with open_store(db) as store:
        kept = load_first_view(store, stamp)
    return FirstView.from_dict(kept) if kept is not None else None


@st.cache_resource(show_spinner=False, max_entries=2)
def officials(db: str, stamp: tuple) -> list[str]:
    """The officials of the store's graph, by name: the merge pickers' options, sorted once per graph."""
    graph = full_graph(db, stamp)
    return sorted((node for node, data in graph.nodes(data=True) if data["kind"] == "person"),
                  key=lambda node: graph.nodes[node]["label"].casefold())


@st.cache_resource(show_spinner=False, max_entries=8)
def _view_graph(db: str, stamp: tuple, view_json: str) -> nx.MultiDiGraph:
    return ViewFilter.from_dict(json.loads(view_json)).apply(full_graph(db, stamp))


def view_graph(db: str, stamp: tuple, view: ViewFilter) -> nx.MultiDiGraph:
    """The part of the graph ``view`` selects (filters, then focus)."""
    return _view_graph(db, stamp, json.dumps(view.to_dict(), sort_keys=True))


@st.cache_resource(show_spinner=False, max_entries=8)
def _people(db: str, stamp: tuple, view_json: str, also: tuple[str, ...], limit: int,
            overview_size: int) -> tuple[nx.Graph, bool]:
    # above the limit, the most active officials (for the whole graph, their pairs come with the graph file)
    return drawn_people(_view_graph(db, stamp, view_json), also=also, limit=limit, size=overview_size)


def drawn_graph(db: str, stamp: tuple, view: ViewFilter, *, also: tuple[str, ...], limit: int,
                overview_size: int) -> tuple[nx.Graph, bool]:
    """What the network draws of ``view``, and whether that is less than the view holds.

    The people network (officials linked by their meetings, with the kinds of ``also``): whole
    up to ``limit`` officials, else the ``overview_size`` most active; or the full graph
    (``overview`` above ``limit`` nodes).
    """
    view_json = json.dumps(view.to_dict(), sort_keys=True)
    if view.network == "people":
        return _people(db, stamp, view_json, tuple(also), limit, overview_size)
    return _overview(db, stamp, view_json, limit)


@st.cache_resource(show_spinner=False, max_entries=8)
def _overview(db: str, stamp: tuple, view_json: str, limit: int) -> tuple[nx.MultiDiGraph, bool]:
    return overview(_view_graph(db, stamp, view_json), limit=limit)


@st.cache_resource(show_spinner=False, max_entries=8)
def _drawn_data(db: str, stamp: tuple, view_json: str, also: tuple[str, ...], limit: int,
                overview_size: int) -> dict:
    view = ViewFilter.from_dict(json.loads(view_json))
    drawn, _ = drawn_graph(db, stamp, view, also=also, limit=limit, overview_size=overview_size)
    shown = _view_graph(db, stamp, view_json)
    return to_vis_data(drawn, meetings_in_view(shown))


def drawn_data(db: str, stamp: tuple, view: ViewFilter, *, also: tuple[str, ...], limit: int,
               overview_size: int) -> dict:
    """``graphbuild.export.vis.to_vis_data`` of what ``drawn_graph`` draws of ``view`` (nodes sized by their
    meetings in the view), made once per view: a rerun (a click, a widget) sends it again as it is."""
    return _drawn_data(db, stamp, json.dumps(view.to_dict(), sort_keys=True), tuple(also), limit, overview_size)


@st.cache_resource(show_spinner=False, max_entries=8)
def _rankings(db: str, stamp: tuple, view_json: str, limit: int, overview_size: int) -> dict:
    network, _ = _people(db, stamp, view_json, (), limit, overview_size)
    return rankings(network)


def view_rankings(db: str, stamp: tuple, view: ViewFilter, *, limit: int, overview_size: int) -> dict:
    """``graphbuild.graph.people.rankings`` of the officials the people network draws for ``view``."""
    return _rankings(db, stamp, json.dumps(view.to_dict(), sort_keys=True), limit, overview_size)


@st.cache_data(show_spinner=False, max_entries=64)
def article(db: str, stamp: tuple, source: str) -> dict | None:
    """A stored article by its source (title, url, published, text), or None."""
    with open_store(db) as store:
        return store.article(source)


@st.cache_data(show_spinner=False, max_entries=8)
def store_counts(db: str, stamp: tuple) -> dict[str, int]:
    """How many articles, meetings, people, agreements and overrides the store holds."""
    with open_store(db) as store:
        return store.counts()


@st.cache_data(show_spinner=False, max_entries=8)
def store_overrides(db: str, stamp: tuple) -> list[dict]:
    """The store's overrides, oldest first, as dicts (``id``, ``action``, ``args``, ``created_at``)."""
    with open_store(db) as store:
        return [override.to_dict() for override in store.overrides()]


@st.cache_resource(show_spinner="Loading the language model…")
def language_model(language: str):
    """The spaCy pipeline for ``language``, loaded once for every session of this server."""
    from graphbuild.model import load_model

    return load_model(language)


def extract_cached(articles: Iterable[Article]) -> Iterator[Extraction]:
    """``graphbuild.extract.extract_articles`` with the cached model of each article's language."""
    from graphbuild.extract import detect_language, extract_articles

    for article in articles:
        language = article.language or detect_language(article.text)
        yield from extract_articles([article], nlp=language_model(language))
