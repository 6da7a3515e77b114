"""The explorer's server: ``app/explorer.py`` as a Streamlit ``st.App`` that loads the graph as it starts.

``streamlit run app/server.py -- --db FILE`` (what ``graphbuild serve`` runs) serves the same
page as ``streamlit run app/explorer.py``; the difference is the first visitor's wait. A
plain Streamlit server imports the app and loads the store's graph when the first page is
opened (seconds for a large archive); here both start with the server, in a thread, into
the same caches the page reads. A visitor's first page opened before the graph is ready draws
its network from the first view kept in the graph file, and waits for the graph for the rest.
"""
from __future__ import annotations

import logging
import sys
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import streamlit as st  # noqa: E402

EXPLORER = Path(__file__).resolve().with_name("explorer.py")


def warm_up() -> None:
    """Read the first view kept with the store's graph file, load the graph into ``app.cached``, import the
    page's tables and chart, and make its first view's drawing and rankings."""
    from app import cached
    from app.network import PEOPLE_LIMIT, PEOPLE_OVERVIEW
    from graphbuild.graph import ViewFilter

    db = cached.db_path()
    if db.exists():
        stamp = cached.store_stamp(db)
        cached.first_view(str(db), stamp)  # what a page opened meanwhile draws: a few milliseconds
        cached.full_graph(str(db), stamp)
        # The page's slowest imports, which its tables and timeline need (not its first network): now, not
        # when a visitor opens a tab.
        import altair  # noqa: F401
        import pandas  # noqa: F401
        # What a visitor's first page draws (every filter at its default): ready when they come.
        sizes = {"limit": PEOPLE_LIMIT, "overview_size": PEOPLE_OVERVIEW}
        cached.drawn_data(str(db), stamp, ViewFilter(), also=(), **sizes)
        cached.view_rankings(str(db), stamp, ViewFilter(), **sizes)


def _warm_up_quietly() -> None:
    # Outside a page's run, Streamlit's cache warns that it has no script context (its only
    # warning): expected here.
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").setLevel(logging.ERROR)
    try:
        warm_up()
    except Exception as error:  # noqa: BLE001 - the page reports a store it cannot read, with its own message
        print(f"explorer: could not load the graph ahead of the first visit ({error})", file=sys.stderr)


@asynccontextmanager
async def _load_at_start(_app: st.App) -> AsyncIterator[None]:
    # A thread, so that the server answers at once; the cache's lock makes a page opened
    # meanwhile wait for this load instead of starting its own.
    threading.Thread(target=_warm_up_quietly, name="explorer-warm-up", daemon=True).start()
    yield


app = st.App(EXPLORER, lifespan=_load_at_start)
