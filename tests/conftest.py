"""Shared fixtures: paths, and the extraction of the golden corpus, run once per session.

The spaCy models load once per process (``graphbuild.model.load_model`` is cached), so
every test that extracts shares them.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphbuild.records import Extraction
from graphbuild.store import Store, ingest_extractions, open_store

REPO = Path(__file__).resolve().parents[1]
EXTRACTION_FIXTURES = REPO / "tests" / "data" / "extractions"
SHARED = REPO.parent / "shared"
GOLDEN = REPO / "tests" / "golden"


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives a real headless Chromium")
    config.addinivalue_line("markers", "model: loads a spaCy model")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def golden_extractions() -> dict[str, dict]:
    """``graphbuild extract --json`` of the seeds, dev and held-out articles, by file stem."""
    from graphbuild.extract import extract_articles
    from graphbuild.ingest import iter_articles
    from tests.golden.scores import ARTICLE_FOLDERS

    articles = list(iter_articles([REPO / folder for folder in ARTICLE_FOLDERS]))
    return {Path(e.source).stem: e.to_dict() for e in extract_articles(articles)}


@pytest.fixture(scope="session")
def scorer():
    """The project's yardstick, ``shared/eval/score.py``, imported as a module."""
    from tests.golden.scores import load_scorer

    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"the scorer is not at {path} (shared/ must sit beside the repository)")
    return load_scorer()


def load_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def extractions() -> list[Extraction]:
    """The extraction fixtures of tests/data/extractions, in file-name order."""
    return [Extraction.from_dict(json.loads(p.read_text(encoding="utf-8")))
            for p in sorted(EXTRACTION_FIXTURES.glob("*.json"))]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A fresh store in a temporary folder."""
    with open_store(tmp_path / "graph.sqlite") as opened:
        yield opened


@pytest.fixture
def filled_store(store: Store, extractions: list[Extraction]) -> Store:
    """The fresh store filled with the extraction fixtures."""
    ingest_extractions(store, extractions)
    return store
