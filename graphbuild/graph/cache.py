"""The graph of a large store, kept on disk: the next process loads it instead of building it again.

``build_graph(store)`` looks for the file ``<store>.graph`` next to the store. It holds the
key the graph was built for, the graph as plain data (dicts, lists, strings, numbers) and
what the explorer works out of it once (``query.graph_summary``): loading it takes a
fraction of a build (1.1 to 2.6 s instead of 6.7 to 8.8 s at 100,000 articles). The
key is the store's revision (``Store.revision``, which every write transaction changes), its
article and override counts, and a digest of graphbuild's code and networkx's version, so a
write from any process, an upgrade or an edit of the code all make the file stale; a stale,
unreadable or foreign file is ignored and replaced. Only builds slower than
``MIN_BUILD_SECONDS`` are kept: small stores never write the file.

A file kept before articles were added is brought up to date as it is loaded
(``graph.update``: a fraction of a second for a hundred articles at 100,000). It is written
again by ``graphbuild ingest`` and ``follow`` after they store articles (``build_graph(store,
keep=True)``), and by any other process only when the update took ``RESAVE_SECONDS`` or
more: writing the whole graph takes 4 to 9 s at 100,000 articles, which the explorer, seeing
new articles before the command has written the file, should not wait for.

Between the key and the graph, the file holds the explorer's first view of the store
(``graphbuild.export.first_view``: the default network's drawing, the filter choices, a
megabyte at 100,000 articles): ``load_first_view`` reads it alone, so that the explorer
draws its first page while the graph loads.

Reading it runs no code from the file: the unpickler refuses every class and function, so a
graph file planted next to a store can hold data at most, never instructions.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import time
import weakref
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from graphbuild.graph.query import graph_summary, restore_summary
from graphbuild.store import Store

__all__ = ["MIN_BUILD_SECONDS", "RESAVE_SECONDS", "SUFFIX", "cache_path", "cache_key", "kept_key", "load_graph", "save_graph",
           "load_first_view", "side_data", "carry_side_data", "fork_side_data"]

#: Builds that take at least this long are kept on disk.
MIN_BUILD_SECONDS = 2.0
#: Updates of a kept graph that take at least this long are kept on disk (quicker ones are made again at each load).
RESAVE_SECONDS = 2.0
#: The graph file is the store's path with this suffix added.
SUFFIX = ".graph"
_FORMAT = 5


_SIDE: "weakref.WeakKeyDictionary[nx.MultiDiGraph, dict]" = weakref.WeakKeyDictionary()


def side_data(graph: nx.MultiDiGraph) -> dict:
    """Plain data kept in the graph file beside ``graph`` but not part of it (``graph.update``'s tallies)."""
    return _SIDE.setdefault(graph, {})


def carry_side_data(source: nx.MultiDiGraph, target: nx.MultiDiGraph) -> None:
    """Let ``target``, a graph object over the very dicts of ``source``, keep the side data of ``source``."""
    if source in _SIDE:
        _SIDE[target] = _SIDE[source]


def fork_side_data(source: nx.MultiDiGraph, target: nx.MultiDiGraph) -> None:
    """Give ``target``, a graph changed apart from ``source`` (``copy_on_write``), a copy of the side data of
    ``source`` one level deep: ``graph.update`` adds and replaces entries (a person's tallies), never changes one."""
    if source in _SIDE:
        _SIDE[target] = {name: dict(value) if isinstance(value, dict) else value
                         for name, value in _SIDE[source].items()}


def cache_path(store: Store) -> Path:
    """Where the graph of ``store`` is kept: ``graphbuild.sqlite`` → ``graphbuild.sqlite.graph``."""
    return store.path.with_name(store.path.name + SUFFIX)


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """What the graph is made by: every module of graphbuild, networkx, the Python version."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(f"{nx.__version__} {sys.version_info[:2]}".encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".tsv", ".yaml") and path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(store: Store) -> tuple:
    """What a kept graph must have been built for, read in the caller's snapshot of the store."""
    db = store.connection
    articles = tuple(db.execute("SELECT count(*), max(id) FROM articles").fetchone())
    overrides = tuple(db.execute("SELECT count(*), max(id) FROM overrides").fetchone())
    return (_FORMAT, _code_digest(), store.revision(), articles, overrides)


class _DataOnly(pickle.Unpickler):
    """Builds dicts, lists, strings and numbers; refuses anything that would name code."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"a graph file holds data only, not {module}.{name}")


def kept_key(store: Store) -> tuple | None:
    """The key the kept graph of ``store`` was built for; None when there is none or it cannot be read."""
    try:
        with cache_path(store).open("rb") as handle:
            key = _DataOnly(handle).load()
    except Exception:  # noqa: BLE001 - a cache that cannot be read is no cache
        return None
    return key if isinstance(key, tuple) else None


def load_first_view(store: Store, key: tuple) -> dict[str, Any] | None:
    """The first view kept with the graph of ``store`` (``FirstView.to_dict``) if it was made for ``key``; None
    otherwise. Only the start of the file is read."""
    try:
        with cache_path(store).open("rb") as handle:
            if _DataOnly(handle).load() != key:
                return None
            first = _DataOnly(handle).load()
    except Exception:  # noqa: BLE001 - a cache that cannot be read is no cache
        return None
    return first if isinstance(first, dict) else None


class _Yielding:
    """A file the unpickler reads through Python, which offers the GIL to the process's other threads every few
    milliseconds.

    Unpickling a large graph is seconds of C code that holds the GIL; an explorer's server loads it in
    a thread while it serves a first page from the first view, whose work should not wait behind it.
    """

    def __init__(self, handle: Any) -> None:
        self._handle = handle
        self._next = time.perf_counter() + _YIELD_SECONDS

    def _offer(self) -> None:
        now = time.perf_counter()
        if now >= self._next:
            time.sleep(0)  # releases the GIL: a thread waiting for it runs now
            self._next = now + _YIELD_SECONDS

    def read(self, size: int = -1) -> bytes:
        self._offer()
        return self._handle.read(size)

    def readinto(self, buffer: Any) -> int:
        self._offer()
        return self._handle.readinto(buffer)

    def readline(self, size: int = -1) -> bytes:
        return self._handle.readline(size)


#: How often a graph being loaded offers the GIL to other threads.
_YIELD_SECONDS = 0.002


def load_graph(store: Store, key: tuple) -> nx.MultiDiGraph | None:
    """The kept graph of ``store`` if it was built for ``key``; None otherwise (missing, stale, unreadable)."""
    try:
        with cache_path(store).open("rb") as opened:
            handle = _Yielding(opened)
            # One unpickler per pickle: each has its own memo.
            if _DataOnly(handle).load() != key:
                return None
            _DataOnly(handle).load()  # the first view
            attributes, nodes, successors, predecessors, summary, side = _DataOnly(handle).load()
        if not all(isinstance(part, dict) for part in (attributes, nodes, successors, predecessors, summary, side)):
            return None
        graph = nx.MultiDiGraph()
        graph.graph.update(attributes)
        # networkx's own dicts (see graph.build._put_edge); assigning them resets its cached views.
        graph._node = nodes
        graph._succ = successors
        graph._pred = predecessors
        restore_summary(graph, summary)
        if side:
            _SIDE[graph] = side
    except Exception:  # noqa: BLE001 - a cache that cannot be read is rebuilt, whatever is wrong with it
        return None
    return graph


def save_graph(store: Store, key: tuple, graph: nx.MultiDiGraph) -> bool:
    """Keep ``graph`` for ``key`` next to the store; False when the folder cannot be written (nothing else happens)."""
    from graphbuild.export.first_view import first_view  # (the drawing's data: export builds on the graph stage)

    path = cache_path(store)
    first = first_view(graph).to_dict()
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(key, out, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(first, out, protocol=pickle.HIGHEST_PROTOCOL)
                # The successor and predecessor dicts share their key dicts: pickled once, shared again.
                pickle.dump((graph.graph, graph._node, graph._succ, graph._pred, graph_summary(graph),
                             _SIDE.get(graph, {})), out,
                            protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)  # whole or not at all, for a reader in another process
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True
