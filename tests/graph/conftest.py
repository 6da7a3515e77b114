"""Fixtures for the graph tests: a store filled with the fixture extractions and its graph."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.graph import build_graph
from graphbuild.records import Extraction
from graphbuild.store import Store, ingest_extractions, open_store

FIXTURES = Path(__file__).parents[1] / "data" / "extractions"


@pytest.fixture
def extractions() -> list[Extraction]:
    """The extraction fixtures, in file-name order."""
    return [Extraction.from_dict(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(FIXTURES.glob("*.json"))]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with open_store(tmp_path / "graph.sqlite") as opened:
        yield opened


@pytest.fixture
def filled_store(store: Store, extractions: list[Extraction]) -> Store:
    ingest_extractions(store, extractions)
    return store


@pytest.fixture
def graph(filled_store: Store) -> nx.MultiDiGraph:
    return build_graph(filled_store)
