"""Fixtures of the explorer's tests: stores filled from Extraction JSON, and the app under AppTest.

The AppTest tests need no spaCy: their stores are filled from ``tests/app/data/*.json``
(copies of the seed annotations, plus ``hostile.json`` whose names are markup). The
browser tests (``test_app_browser.py``) start the real app on the real seeds instead.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from graphbuild.store import open_store

from explorer_helpers import APP_SCRIPT, REPO, extractions, fill_store

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # the app's modules are the `app` package at the root


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory) -> Path:
    """A store of the seed annotations and the hostile article; shared, so tests must not write to it."""
    return fill_store(tmp_path_factory.mktemp("store") / "explorer.sqlite", extractions())


@pytest.fixture
def writable_db(fixture_db: Path, tmp_path: Path) -> Path:
    """A private copy of ``fixture_db`` that a test may change."""
    copy = tmp_path / "explorer.sqlite"
    with open_store(fixture_db) as store:
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(fixture_db, copy)
    return copy


@pytest.fixture
def explorer(monkeypatch):
    """A factory: the explorer under ``AppTest`` on a given store, run once."""
    from streamlit.testing.v1 import AppTest

    def start(db: Path, *, query: dict | None = None, tab: str | None = None) -> AppTest:
        """``tab``: the tab opened (only the open tab's content is on the page), else the first."""
        monkeypatch.setenv("GRAPHBUILD_DB", str(db))
        app = AppTest.from_file(str(APP_SCRIPT), default_timeout=60)
        for name, value in (query or {}).items():
            app.query_params[name] = value
        if tab is not None:
            app.session_state["tab"] = tab
        return app.run()

    return start
