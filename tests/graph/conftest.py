"""Fixtures for the graph tests: the graph of a store filled with the fixture extractions
(the store fixtures are in tests/conftest.py)."""
from __future__ import annotations

import networkx as nx
import pytest

from graphbuild.graph import build_graph
from graphbuild.store import Store


@pytest.fixture
def graph(filled_store: Store) -> nx.MultiDiGraph:
    return build_graph(filled_store)
